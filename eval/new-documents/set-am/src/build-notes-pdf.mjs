// Builds docs/…-item-4-better-buses-update-2086-11-20.pdf: a PowerPoint deck printed as NOTES PAGES
// (File > Print > Notes Pages > Microsoft Print to PDF): A4 portrait, one slide a page, the 16:9 slide as a
// framed picture on the top half (title, bullets, a slide table with coloured status cells, a key, the slide
// footer and slide number inside the slide), the speaker's notes as body text under it, the notes master's
// header (deck name left, date right) and the page number at the foot. Facts are split between the slides
// and the notes. Text rendering: page by page – notes header, slide text, notes, page number.
import { writeFileSync, createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const require = createRequire("/work/main/package.json");
const PDFDocument = require("pdfkit");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "bus-concessionary-travel-task-group-item-4-better-buses-update-2086-11-20";
const F = "/usr/share/fonts/truetype/dejavu/";
const FOOT = "Bus Services and Concessionary Travel Task Group | Item 4 | 20 November 2086";
const DECK = "Better Buses Programme 2086/87 – half-year update";
const COL = { "Complete": "#2F6EBA", "On track": "#3A8B3A", "At risk": "#E0A100", "Off track": "#C0392B", "Not started": "#8C8C8C" };

const slides = [
  {
    titleSlide: true,
    title: "Better Buses Programme 2086/87",
    subtitle: "Half-year update: position at 30 September 2086",
    lines: ["Bus Services and Concessionary Travel Task Group", "Item 4 – Wednesday 20 November 2086", "Fenella Rookwood, Head of Transport and Infrastructure"],
    notes: ["Thank you, Chair. This presentation replaces a written report for item 4. It gives the position at 30 September 2086, the end of quarter 2, with updates to early November where we have them. The recommendations are on the last slide."],
  },
  {
    title: "The half year in numbers",
    bullets: ["7 workstreams: 1 complete, 2 on track, 2 at risk, 1 off track, 1 not started", "14 demand responsive transport pilots live (target 12)", "150.3 million concessionary journeys in Q2 – back above target", "3 indicators outside tolerance: services withdrawn, driver vacancies, passenger satisfaction"],
    notes: ["The indicator figures come from the data warehouse extract of 21 October, which members have as a background paper.", "Passenger satisfaction fell to 76 per cent, the lowest since the survey began in 2079. We think the fare rises in the north east in August are a large part of that, and the research team will look at it before the February meeting."],
  },
  {
    title: "Workstream status at 30 September 2086",
    table: {
      widths: [70, 280, 190, 170, 100, 100],
      rows: [
        ["Ref", "Workstream", "Lead member", "Lead officer", "Q1", "Q2"],
        ["BBP-1", "Concessionary travel funding", "Cllr Eleanor Pendlebury", "Harriet Voysey", "At risk", "Off track"],
        ["BBP-2", "Enhanced partnerships and franchising support", "Cllr Roger Bythesea", "Fenella Rookwood", "On track", "On track"],
        ["BBP-3", "Rural buses and demand responsive transport", "Cllr Hugh Ashwell", "Kwabena Mensah-Tullett", "On track", "On track"],
        ["BBP-4", "Bus driver workforce", "Cllr Samuel Ogunsanya", "Kwabena Mensah-Tullett", "On track", "At risk"],
        ["BBP-5", "Zero emission bus transition", "Cllr Megan Tregenza", "Fenella Rookwood", "At risk", "At risk"],
        ["BBP-6", "Passenger information standard", "Cllr Ruth Lathwell", "Tamsin Brocklesby", "On track", "Complete"],
        ["BBP-7", "Bus priority and roadworks coordination", "Cllr Dominic Yelverton", "Fenella Rookwood", "Not started", "Not started"],
      ],
    },
    key: "Complete: delivered | On track | At risk: may slip, action in hand | Off track: will not deliver without a decision | Not started",
    notes: ["BBP-1 has moved to off track because the Government has still not answered the Chair's letter of 25 September on a new burdens assessment. BBP-4 moved to at risk in late September when the national recruitment campaign was put back. BBP-6 is complete: the passenger information standard was published on 30 September.", "We propose on the last slide to pause BBP-7 until 2087/88, when the roadworks permit reforms are expected."],
  },
  {
    title: "Concessionary travel: the gap is growing",
    bullets: ["Shortfall estimate for 2086/87: £236 million (£212 million in September)", "64 of 82 travel concession authorities report a shortfall", "Average reimbursement per journey: £1.18, up 9p on 2085/86", "Item 5 asks the Task Group to agree the LGA's ask of Government"],
    notes: ["The £24 million increase since September comes mostly from higher reimbursement rates after the fare cap changes in July.", "The Department's own figures for quarter 2 have not been published; the release moved to 12 November 2086, so indicator BCT-06 has no value for Q2."],
  },
  {
    title: "Rural buses and demand responsive transport",
    bullets: ["14 DRT pilots live in 11 council areas; 2 more start in January 2087", "Average cost per passenger trip: £14.60 (pilots range from £8.90 to £27.40)", "Good practice guide: draft at item 6 today, to be published in January 2087"],
    notes: ["The cheapest pilot per trip is in Rutland; the most expensive is a Sunday-only service in West Devon, which the council is reviewing. Cllr Ashwell has asked that the guide covers community transport operators as well as commercial ones."],
  },
  {
    title: "Bus driver workforce",
    bullets: ["Operators report a driver vacancy rate of 7.4% (target 6.0%)", "National recruitment campaign put back from October 2086 to January 2087", "The Task Group's £30,000 campaign budget is not yet committed"],
    notes: ["Operators' associations told us the delay was to line the campaign up with the new licence fee arrangements. Kwabena will bring a fuller update to the February meeting. Action BT86/17 from September asked for this update today."],
  },
  {
    title: "Top risks",
    table: {
      widths: [100, 520, 90, 170],
      rows: [
        ["Ref", "Risk", "Score", "Since September"],
        ["BCTR-01", "Government does not fund the concessionary travel shortfall in 2087/88", "20", "Higher (was 16)"],
        ["BCTR-02", "Operators withdraw commercial services when fare cap support ends", "16", "Unchanged"],
        ["BCTR-03", "Bus driver shortages cause council-supported contracts to fail", "12", "Higher (was 9)"],
      ],
    },
    key: "From the risk register reviewed on 4 November 2086; scores are likelihood x impact",
    notes: ["The full register is item 7. Two risks have gone up since September and two have come down; the demand responsive transport risk, BCTR-07, is now low."],
  },
  {
    title: "Zero emission buses",
    bullets: ["28.8% of buses in council-supported fleets are zero emission (target 30%)", "Clean Bus Fund round 4 closes on 31 January 2087", "Rural councils' bids held back by depot charging costs"],
    notes: ["We are running a briefing for rural councils on 9 December before round 4 closes. Cllr Tregenza will chair it."],
  },
  {
    title: "Recommendations",
    bullets: ["The Task Group is asked to:", "(a) note progress on the Better Buses Programme at the half year;", "(b) agree to pause BBP-7, bus priority and roadworks coordination, until 2087/88;", "(c) ask the Chair to write to the operators' associations about driver recruitment."],
    notes: ["Contact officer: Fenella Rookwood, Head of Transport and Infrastructure, 020 7946 0670, fenella.rookwood@local.gov.uk"],
  },
];

const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "Better Buses Programme 2086-87 half-year update (Notes Pages)", Author: "Fenella Rookwood", Creator: "Microsoft® PowerPoint® for Microsoft 365", Producer: "Microsoft: Print To PDF" } });
doc.registerFont("R", F + "DejaVuSans.ttf");
doc.registerFont("B", F + "DejaVuSans-Bold.ttf");
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));
const txt = [];
const X0 = 57.6, Y0 = 62, S = 0.5; // slide frame on the notes page (960 x 540 slide scaled by 0.5)

slides.forEach((s, i) => {
  const n = i + 1;
  doc.addPage();
  // notes master header
  doc.font("R").fontSize(9).fillColor("#444").text(DECK, 40, 24, { lineBreak: false });
  doc.text("20/11/2086", 475, 24, { width: 80, align: "right", lineBreak: false });
  txt.push(DECK, "20/11/2086");
  // slide
  doc.save();
  doc.translate(X0, Y0).scale(S);
  doc.rect(0, 0, 960, 540).fill("#FFFFFF");
  if (s.titleSlide) {
    doc.rect(0, 0, 960, 540).fill("#0B3D6B");
    doc.rect(0, 380, 960, 8).fill("#F2A900");
    doc.font("B").fontSize(44).fillColor("#FFFFFF").text(s.title, 60, 150, { width: 840 });
    doc.font("R").fontSize(24).fillColor("#DCE6F2").text(s.subtitle, 60, 230, { width: 840 });
    let y = 405;
    for (const l of s.lines) { doc.font("R").fontSize(18).fillColor("#FFFFFF").text(l, 60, y, { width: 840 }); y += 30; }
    txt.push(s.title, s.subtitle, ...s.lines);
  } else {
    doc.rect(0, 0, 960, 14).fill("#0B3D6B");
    doc.font("B").fontSize(32).fillColor("#0B3D6B").text(s.title, 50, 40, { width: 860 });
    doc.rect(50, 92, 120, 5).fill("#F2A900");
    txt.push(s.title);
    if (s.bullets) {
      let y = 130;
      for (const b of s.bullets) {
        const sub = /^\([a-z]\)/.test(b);
        if (!sub) doc.circle(62, y + 13, 6).fill("#F2A900");
        doc.font("R").fontSize(22).fillColor("#222").text(b, sub ? 110 : 85, y, { width: 820 });
        y = doc.y + 18;
        txt.push(b);
      }
    }
    if (s.table) {
      const { widths, rows } = s.table;
      let y = 120;
      rows.forEach((r, ri) => {
        const h = ri === 0 ? 34 : 40;
        let x = 25;
        r.forEach((c, ci) => {
          const status = ri > 0 && COL[c] && s.title.startsWith("Workstream");
          doc.rect(x, y, widths[ci], h).fill(ri === 0 ? "#0B3D6B" : status ? COL[c] : ri % 2 ? "#EEF3F9" : "#FFFFFF");
          doc.rect(x, y, widths[ci], h).lineWidth(1).stroke("#FFFFFF");
          doc.font(ri === 0 || status ? "B" : "R").fontSize(ri === 0 ? 16 : 15).fillColor(ri === 0 || status ? "#FFFFFF" : "#222").text(c, x + 6, y + (ri === 0 ? 9 : 6), { width: widths[ci] - 12, height: h - 4 });
          x += widths[ci];
        });
        y += h;
        txt.push(r.join(" | "));
      });
      if (s.key) {
        doc.font("R").fontSize(13).fillColor("#444").text(s.key, 40, y + 12, { width: 880 });
        txt.push(s.key);
      }
    }
    doc.font("R").fontSize(12).fillColor("#777").text(FOOT, 40, 508, { width: 700, lineBreak: false });
    doc.text(String(n), 860, 508, { width: 60, align: "right", lineBreak: false });
    txt.push(FOOT, String(n));
  }
  doc.restore();
  doc.rect(X0, Y0, 480, 270).lineWidth(0.75).stroke("#000000");
  // notes
  let y = 372;
  for (const p of s.notes) {
    doc.font("R").fontSize(12).fillColor("#000").text(p, 72, y, { width: 451, lineGap: 2 });
    y = doc.y + 10;
    txt.push(p);
  }
  doc.font("R").fontSize(9).fillColor("#444").text(String(n), 475, 805, { width: 80, align: "right", lineBreak: false });
  txt.push(String(n), "");
});
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), txt.join("\n"));
