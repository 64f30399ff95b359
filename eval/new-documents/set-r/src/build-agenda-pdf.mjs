// Builds docs/registration-ceremonies-panel-agenda-2027-06-16.pdf (the agenda pack of the LGA Registration and
// Ceremonies Panel for Wednesday 16 June 2027, made with pdfkit) and its plain-text rendering
// text/registration-ceremonies-panel-agenda-2027-06-16.txt from the same content.
//
//   node src/build-agenda-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait, DejaVu Sans (embedded), 8 pages. Page 1: a COVER (kicker, body, "Agenda and papers", date,
// venue, published, contact, a note on apologies). Page 2: a CONTENTS PAGE – columns Item | Business | Page with
// the page number (or "Verbal", "Separate document", "Web page") RIGHT-ALIGNED AFTER A DOT LEADER drawn as a row
// of dots from the end of the title; a title that does not fit WRAPS and the leader follows its last line; a
// note on the separately published papers; the date of the next meeting. Pages 3 onwards: THE THREE PAPERS IN THE
// PACK (items 3, 4 and 8), each starting on a new page with a masthead (body left; date and "Item n" right),
// its title, and A FRONT SHEET DRAWN AS A BOXED TWO-COLUMN TABLE (shaded label cells on the left – Purpose of
// report, Summary, Is this report confidential?, Recommendations, Action, Contact officer, Position, Phone no,
// Email – value cells on the right, every cell ruled; the recommendations cell holds several lines "(a) …");
// then side headings and numbered paragraphs with hanging numbers; items 4 and 8 have a small ruled table
// ("Table 1"). The contents page's numbers are the pages the papers actually start on (checked). A footer on
// every page ("Registration and Ceremonies Panel – Wednesday 16 June 2027" / "Page n of 8"), drawn last.
// Rendering: the cover and contents lines; each contents row as "Item | Business | Page" (the dots dropped);
// each paper's masthead lines, title, each front-sheet row as "Label | value" (a cell's lines joined with
// spaces), headings and numbered paragraphs, each table row with " | "; the footer dropped.
// Synthetic test fixture: the people, figures and decisions are invented.
import { createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, require, checkWeekdays } from "./common.mjs";

const BASE = "registration-ceremonies-panel-agenda-2027-06-16";
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const BODY = "Registration and Ceremonies Panel";
const COVER = {
  kicker: "Local Government Association",
  title: BODY,
  sub: "Agenda and papers",
  when: "Wednesday 16 June 2027, 11.00 am",
  lines: [
    ["Venue:", "Meeting Room 3, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams"],
    ["Published:", "Tuesday 8 June 2027"],
    ["Contact:", "Nyasha Deverell, Member Services Officer – 020 7946 0873 – nyasha.deverell@local.gov.uk"],
  ],
  note: "Members who cannot attend should tell the contact officer by 5.00 pm on Tuesday 15 June 2027, with the name of their substitute.",
};
const CONTENTS_H = "Contents";
const CONTENTS_HEAD = ["Item", "Business", "Page"];
// [item, title, page or null (= a paper in this pack: its first page is filled in), paper key]
const AGENDA = [
  ["1", "Welcome, apologies, substitutes and declarations of interest", "Verbal"],
  ["2", "Minutes of the meeting held on 10 March 2027", "Separate document"],
  ["3", "Citizenship ceremonies: recovery plan progress and Ceremony Catch-up Fund round 2", null],
  ["4", "Approved premises fees 2027/28: outcome of the consultation", null],
  ["5", "Performance at year end 2026/27", "Web page"],
  ["6", "Programme risks: June 2027 update", "Separate document"],
  ["7", "Decisions taken between meetings: decision log to 4 June 2027", "Separate document"],
  ["8", "Appointments for 2027/28: Chair, Vice-Chair and lead members", null],
  ["9", "Any other business", "Verbal"],
];
const CONTENTS_NOTE = "The papers for items 2, 6 and 7 are published as separate documents with this agenda, and item 5 as a page on the LGA website.";
const NEXT = "Date of next meeting: Wednesday 13 October 2027, 11.00 am, 18 Smith Square";
const FS_LABELS = ["Purpose of report", "Summary", "Is this report confidential?", "Recommendations", "Action", "Contact officer", "Position", "Phone no", "Email"];
// papers: item, title, front sheet values (strings or arrays of lines, in FS_LABELS order), body blocks:
// ["h", heading] | ["p", "n. text"] | ["table", caption, head, rows] | ["note", text]
const PAPERS = [
  {
    item: "3", title: AGENDA[2][1],
    fs: [
      "For decision.",
      "This report updates the Panel on the citizenship ceremony recovery plan and the first round of the Ceremony Catch-up Fund, and proposes arrangements for round 2. At 31 May 2027, 8,915 people had been waiting more than three months for a ceremony, down from 11,840 at 28 February 2027.",
      "No",
      ["That the Panel:", "(a) notes the progress of the recovery plan and the round 1 grants;", "(b) agrees that round 2 of the Ceremony Catch-up Fund, worth £261,500, opens on Monday 5 July 2027 and closes on Friday 6 August 2027; and", "(c) agrees that round 2 is open only to councils where more than 300 people were waiting more than three months for a ceremony at 30 June 2027."],
      "Officers to open round 2 as agreed.",
      "Kasimir Nowacki",
      "Senior Adviser, Citizenship and Nationality",
      "020 7946 0874",
      "kasimir.nowacki@local.gov.uk",
    ],
    body: [
      ["h", "Background"],
      ["p", "1. In December 2026 the Panel agreed a recovery plan to bring the number of people waiting more than three months for a citizenship ceremony below 5,000 by 30 September 2027. On 10 March 2027 it agreed the criteria for the £600,000 Ceremony Catch-up Fund and delegated the award of round 1 grants to the Chair."],
      ["h", "Progress"],
      ["p", "2. The number waiting more than three months has fallen in every month since November: from 14,200 at 30 November 2026 to 10,960 at 31 March 2027 and 8,915 at 31 May 2027. To reach the target, it must fall by about 1,000 a month from June to September."],
      ["p", "3. Councils held 412 extra ceremonies in April and May 2027, most of them on Saturdays. Group ceremonies of up to 40 people, now offered by nine councils, account for more than half of the fall since March."],
      ["h", "Ceremony Catch-up Fund round 1"],
      ["p", "4. Round 1 opened on 6 April 2027 and, after the closing date was extended because the ceremony booking platform was unavailable, closed on 30 April 2027. It received 31 bids worth £512,300. On 11 May 2027 the Chair awarded 19 grants totalling £338,500 (decision RCD 27/07), and the grants were paid on 28 May 2027."],
      ["p", "5. The £11,500 not awarded in round 1 has been added to round 2, which is therefore worth £261,500."],
      ["h", "Proposals for round 2"],
      ["p", "6. Officers propose that round 2 is aimed at the councils with the longest waits: only councils where more than 300 people were waiting more than three months at 30 June 2027 could bid. On the figures at 31 May 2027, 14 councils meet this condition."],
      ["p", "7. Bids would be scored on the criteria used in round 1, with match funding counting for no more than 10 per cent of the score, and grants would again be capped at £30,000 for each council."],
      ["h", "Financial implications"],
      ["p", "8. The Fund’s £600,000 was agreed in the 2026/27 budget and carried forward to 2027/28. Hedley Karolia, Finance Business Partner, has confirmed that round 2 can be met in full from the sum carried forward."],
      ["h", "Next steps"],
      ["p", "9. If the Panel agrees, officers will open round 2 on 5 July 2027 and report the grants to the meeting on 13 October 2027."],
    ],
  },
  {
    item: "4", title: AGENDA[3][1],
    fs: [
      "For decision.",
      "The Panel consulted on draft model fees for approved premises licences from 15 March to 23 April 2027. This report sets out the responses and recommends final model fees for councils to adopt from 1 September 2027.",
      "No",
      ["That the Panel:", "(a) agrees the model fees in Table 1 for publication on 1 September 2027; and", "(b) agrees that the model fees are reviewed every two years."],
      "Officers to publish the model fees with guidance for councils.",
      "Kenver Pugsley",
      "Adviser, Ceremonies and Fees",
      "020 7946 0878",
      "kenver.pugsley@local.gov.uk",
    ],
    body: [
      ["h", "Background"],
      ["p", "1. Councils approve premises such as hotels and country houses for civil marriages and civil partnerships, and charge a fee for a licence, normally for three years. The LGA’s model fees help councils set fees that recover their costs. At 31 March 2027, 58 councils had adopted them."],
      ["h", "The consultation"],
      ["p", "2. On 10 March 2027 the Panel agreed to consult on draft model fees in four bands. The consultation ran from 15 March to 23 April 2027 and received 164 responses: 121 from councils, 38 from venues and 5 from others. Castlegate Research Ltd also surveyed 60 small and rural venues by telephone (decision RCD 27/04)."],
      ["p", "3. Most councils (97 of the 121) supported the four bands. Venues, including 41 of the 60 venues in the telephone survey, said that the Band A fee of £1,450 was too high for small venues, most of which hold fewer than 20 ceremonies a year."],
      ["p", "4. Large venues said that Band C did not reflect the lower cost of inspecting premises that have held a licence before. Officers have reviewed the cost evidence from 23 councils and recommend lower fees for Bands A and C."],
      ["p", "5. 44 responses asked for Band D, for outdoor and temporary structures, to be dropped. Officers recommend keeping it, because inspecting an outdoor site takes on average twice as long as inspecting a building."],
      ["table", "Table 1: Model fees for a three-year approved premises licence", ["Band", "Capacity", "Proposed in March 2027", "Recommended"], [
        ["A", "Up to 50 guests", "£1,450", "£1,400"],
        ["B", "51 to 150 guests", "£1,950", "£1,950"],
        ["C", "151 guests or more", "£2,600", "£2,450"],
        ["D", "Outdoor and temporary structures", "£2,900", "£2,900"],
      ], [60, 180, 135, 108]],
      ["p", "6. Renewing a licence would cost 80 per cent of the fee for its band."],
      ["h", "Financial implications"],
      ["p", "7. There is no cost to the LGA beyond officer time and the £6,900 telephone survey, which was met from the Panel’s research budget."],
      ["h", "Next steps"],
      ["p", "8. If the Panel agrees, the model fees will be published on Wednesday 1 September 2027 with guidance for councils. Officers will report how many councils adopt them through performance measure RCP-08."],
    ],
  },
  {
    item: "8", title: AGENDA[7][1],
    fs: [
      "For noting.",
      "The political groups have made their nominations for the Panel’s Chair, Vice-Chair and lead members for 2027/28. The appointments take effect from the LGA’s annual general meeting on Wednesday 7 July 2027.",
      "No",
      ["That the Panel:", "(a) notes the nominations in Table 1; and", "(b) thanks Cllr Merryn Scobie, who is standing down from the Panel, for her work as Chair."],
      "Member Services to update the Panel’s membership for 2027/28.",
      "Nyasha Deverell",
      "Member Services Officer",
      "020 7946 0873",
      "nyasha.deverell@local.gov.uk",
    ],
    body: [
      ["h", "Nominations"],
      ["p", "1. Under the Panel’s terms of reference the Chair is nominated by the largest political group in the LGA General Assembly and the Vice-Chair by the second largest. Each group nominates its own lead members."],
      ["p", "2. Cllr Merryn Scobie told the Panel on 10 March 2027 that she would not seek reappointment. The Labour group has nominated Cllr Nasima Kaderbhai, now lead member for citizenship, as Chair for 2027/28, and Cllr Padraig Mulgrew to follow her as lead member for citizenship."],
      ["p", "3. Cllr Farida Gartside (Stockton-on-Tees Borough Council), who has been a Labour substitute, will take Cllr Scobie’s seat on the Panel. The Labour group will name a new substitute before the meeting in October."],
      ["p", "4. The Liberal Democrat group has nominated Cllr Lamorna Kitto as lead member for death registration in place of Cllr Tobin Kulkarni, who remains a member of the Panel."],
      ["table", "Table 1: Chair, Vice-Chair and lead members", ["Role", "2026/27", "2027/28 (nominated)"], [
        ["Chair", "Cllr Merryn Scobie (Lab)", "Cllr Nasima Kaderbhai (Lab)"],
        ["Vice-Chair", "Cllr Oriel Wrathall (Con)", "Cllr Oriel Wrathall (Con)"],
        ["Lead member, citizenship", "Cllr Nasima Kaderbhai (Lab)", "Cllr Padraig Mulgrew (Lab)"],
        ["Lead member, ceremonies and fees", "Cllr Lettice Stainforth (Con)", "Cllr Lettice Stainforth (Con)"],
        ["Lead member, death registration", "Cllr Tobin Kulkarni (LD)", "Cllr Lamorna Kitto (LD)"],
      ], [173, 155, 155]],
      ["p", "5. Lead members speak for the Panel on their subject between meetings, working with the lead officer: for citizenship Kasimir Nowacki, for ceremonies and fees Kenver Pugsley, and for death registration Rosenna Hollowood."],
    ],
  },
];
const FOOT_L = "Registration and Ceremonies Panel – Wednesday 16 June 2027";

// ---------------------------------------------------------------- checks
if (338500 + 11500 !== 350000 || 250000 + 11500 !== 261500 || 350000 + 250000 !== 600000) throw new Error("fund");
if (121 + 38 + 5 !== 164) throw new Error("responses");
if (Math.round((8915 - 5000) / 4 / 100) * 100 !== 1000) throw new Error("monthly fall");
checkWeekdays(JSON.stringify([COVER, AGENDA, PAPERS, NEXT]), "agenda pack");
for (const p of PAPERS) if (p.fs.length !== FS_LABELS.length) throw new Error("front sheet of item " + p.item);

// ---------------------------------------------------------------- PDF
const PW = 595.28, PH = 841.89, L = 56, W = PW - 2 * L, TOP = 56, BOTTOM = PH - 64;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 20, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("NI", join(FONTS, "DejaVuSans-Oblique.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = "Registration and Ceremonies Panel – agenda and papers, 16 June 2027";
doc.info.Author = "Local Government Association";
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#4a235a";
let y = TOP;
const newPage = () => { doc.addPage(); y = TOP; };
const page = () => doc.bufferedPageRange().count; // 1-based number of the current (last) page
const ensure = (h) => { if (y + h > BOTTOM) newPage(); };

// page 1: cover
newPage();
y = 150;
doc.font("NB").fontSize(10).fillColor("#6b5a78").text(COVER.kicker.toUpperCase(), L, y, { characterSpacing: 1, lineBreak: false });
y += 30;
doc.font("NB").fontSize(26).fillColor(ACC).text(COVER.title, L, y, { width: W });
y += doc.heightOfString(COVER.title, { width: W }) + 10;
doc.font("N").fontSize(18).fillColor(ACC).text(COVER.sub, L, y, { lineBreak: false });
y += 40;
doc.rect(L, y, W, 2).fillColor(ACC).fill();
y += 18;
doc.font("NB").fontSize(13).fillColor("#111111").text(COVER.when, L, y, { lineBreak: false });
y += 30;
for (const [lab, t] of COVER.lines) {
  doc.font("NB").fontSize(10).fillColor("#111111").text(lab, L, y, { lineBreak: false });
  doc.font("N").fontSize(10).text(t, L + 80, y, { width: W - 80 });
  y += doc.heightOfString(t, { width: W - 80 }) + 8;
}
y += 14;
doc.font("NI").fontSize(9.5).fillColor("#333333").text(COVER.note, L, y, { width: W });

// pages 3…: the papers (page 2 is left for the contents, drawn once the papers' pages are known)
newPage();
const starts = {};
const para = (t, o = {}) => {
  const fs = o.size ?? 9.8, f = o.font ?? "N";
  const m = o.numbered ? t.match(/^(\d+)\. (.*)$/) : null;
  const x = L + (m ? 24 : 0), w = W - (m ? 24 : 0), body = m ? m[2] : t;
  const h = doc.font(f).fontSize(fs).heightOfString(body, { width: w, lineGap: 2 });
  ensure(h);
  if (m) doc.font(f).fontSize(fs).fillColor("#111111").text(m[1] + ".", L, y, { lineBreak: false });
  doc.font(f).fontSize(fs).fillColor("#111111").text(body, x, y, { width: w, lineGap: 2 });
  y += h + (o.after ?? 7);
};
const LW = 140, PAD = 6;
for (const p of PAPERS) {
  newPage();
  starts[p.item] = page();
  // masthead
  doc.font("NB").fontSize(9.5).fillColor(ACC).text(BODY, L, y, { lineBreak: false });
  doc.font("N").fontSize(9.5).fillColor("#111111").text("16 June 2027", L, y, { width: W, align: "right", lineBreak: false });
  y += 14;
  doc.font("NB").fontSize(9.5).text(`Item ${p.item}`, L, y, { width: W, align: "right", lineBreak: false });
  y += 24;
  doc.font("NB").fontSize(15).fillColor(ACC).text(p.title, L, y, { width: W });
  y += doc.heightOfString(p.title, { width: W }) + 12;
  // front sheet: boxed two-column table
  const top = y;
  FS_LABELS.forEach((lab, i) => {
    const v = p.fs[i];
    const lines = Array.isArray(v) ? v : [v];
    doc.font("N").fontSize(9.2);
    const vh = lines.reduce((a, t) => a + doc.heightOfString(t, { width: W - LW - 2 * PAD, lineGap: 1.5 }) + 3, -3);
    const lh = doc.font("NB").fontSize(9.2).heightOfString(lab, { width: LW - 2 * PAD });
    const h = Math.max(vh, lh) + 2 * PAD;
    doc.rect(L, y, LW, h).fillColor("#efe8f3").fill();
    doc.lineWidth(0.6).strokeColor("#8e7a9c").rect(L, y, LW, h).stroke().rect(L + LW, y, W - LW, h).stroke();
    doc.font("NB").fontSize(9.2).fillColor("#2b1a36").text(lab, L + PAD, y + PAD, { width: LW - 2 * PAD });
    let yy = y + PAD;
    for (const t of lines) {
      doc.font("N").fontSize(9.2).fillColor("#111111").text(t, L + LW + PAD, yy, { width: W - LW - 2 * PAD, lineGap: 1.5 });
      yy += doc.heightOfString(t, { width: W - LW - 2 * PAD, lineGap: 1.5 }) + 3;
    }
    y += h;
  });
  doc.lineWidth(1.4).strokeColor(ACC).rect(L, top, W, y - top).stroke();
  if (page() !== starts[p.item]) throw new Error("front sheet of item " + p.item + " runs over a page");
  y += 18;
  for (const b of p.body) {
    if (b[0] === "h") { ensure(75); doc.font("NB").fontSize(11).fillColor(ACC).text(b[1], L, y, { lineBreak: false }); y += 17; }
    else if (b[0] === "p") para(b[1], { numbered: true });
    else if (b[0] === "table") {
      const [, cap, head, rows, cw] = b;
      const cx = cw.map((_, i) => L + cw.slice(0, i).reduce((a, c) => a + c, 0));
      ensure(20 + 20 * (rows.length + 1) + 10);
      doc.font("NB").fontSize(9.5).fillColor("#111111").text(cap, L, y, { lineBreak: false });
      y += 16;
      const row = (cells, bold, fill) => {
        const h = 19;
        if (fill) doc.rect(L, y, W, h).fillColor(fill).fill();
        cells.forEach((c, i) => {
          doc.font(bold ? "CB" : "C").fontSize(9).fillColor("#111111").text(c, cx[i] + 5, y + 5, { width: cw[i] - 10, lineBreak: false, align: i > 1 && /^£/.test(c) ? "right" : "left" });
        });
        doc.lineWidth(0.5).strokeColor("#8e7a9c");
        cx.forEach((x, i) => doc.rect(x, y, cw[i], h).stroke());
        y += h;
      };
      row(head, true, "#efe8f3");
      for (const r of rows) row(r, false);
      y += 10;
      [head, ...rows].forEach((r, k) => r.forEach((c, i) => { if (doc.font(k ? "C" : "CB").fontSize(9).widthOfString(c) > cw[i] - 10) throw new Error("table cell too wide: " + c); }));
    }
  }
}
const pages = page();

// page 2: contents with dot leaders
doc.switchToPage(1);
y = TOP + 10;
doc.font("NB").fontSize(18).fillColor(ACC).text(CONTENTS_H, L, y, { lineBreak: false });
y += 36;
const IX = L, BX = L + 38, PX = L + W; // item, business, page (right edge)
const PAGEW = 104; // width kept for the page column
doc.font("NB").fontSize(9.5).fillColor("#555555");
doc.text(CONTENTS_HEAD[0], IX, y, { lineBreak: false });
doc.text(CONTENTS_HEAD[1], BX, y, { lineBreak: false });
doc.text(CONTENTS_HEAD[2], PX - PAGEW, y, { width: PAGEW, align: "right", lineBreak: false });
y += 16;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.6).strokeColor("#8e7a9c").stroke();
y += 10;
const FS = 10.5;
const maxTitle = W - 38 - PAGEW - 14;
const rendered = [];
for (const a of AGENDA) {
  const pg = a[2] ?? String(starts[a[0]]);
  rendered.push([a[0], a[1], pg]);
  doc.font("N").fontSize(FS).fillColor("#111111");
  // wrap the title by hand so that the leader can follow its last line
  const words = a[1].split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    const t = cur ? cur + " " + w : w;
    if (doc.widthOfString(t) > maxTitle) { lines.push(cur); cur = w; } else cur = t;
  }
  lines.push(cur);
  doc.font("NB").fontSize(FS).text(a[0], IX, y, { lineBreak: false });
  lines.forEach((ln, k) => {
    doc.font("N").fontSize(FS).fillColor("#111111").text(ln, BX, y, { lineBreak: false });
    if (k < lines.length - 1) y += FS + 5;
  });
  const endX = BX + doc.font("N").fontSize(FS).widthOfString(lines[lines.length - 1]) + 4;
  const pw = doc.font(a[2] ? "NI" : "NB").fontSize(FS).widthOfString(pg);
  const dotW = doc.font("N").fontSize(FS).widthOfString(" .");
  const n = Math.floor((PX - pw - 6 - endX) / dotW);
  if (n < 3) throw new Error("no room for the leader of item " + a[0]);
  doc.font("N").fontSize(FS).fillColor("#777777").text(" .".repeat(n), endX, y, { lineBreak: false });
  doc.font(a[2] ? "NI" : "NB").fontSize(FS).fillColor("#111111").text(pg, PX - pw, y, { lineBreak: false });
  y += FS + 14;
}
y += 6;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.6).strokeColor("#8e7a9c").stroke();
y += 12;
doc.font("NI").fontSize(9.5).fillColor("#333333").text(CONTENTS_NOTE, L, y, { width: W });
y += doc.heightOfString(CONTENTS_NOTE, { width: W }) + 14;
doc.font("NB").fontSize(10).fillColor("#111111").text(NEXT, L, y, { width: W });

// footers, drawn last
for (let p = 0; p < pages; p++) {
  doc.switchToPage(p);
  doc.page.margins.bottom = 0;
  doc.moveTo(L, PH - 44).lineTo(L + W, PH - 44).lineWidth(0.4).strokeColor("#8e7a9c").stroke();
  doc.font("N").fontSize(7.8).fillColor("#555555");
  doc.text(FOOT_L, L, PH - 36, { width: W * 0.7, lineBreak: false });
  doc.text(`Page ${p + 1} of ${pages}`, L + W * 0.7, PH - 36, { width: W * 0.3, align: "right", lineBreak: false });
}
doc.end();
await new Promise((r) => out.on("finish", r));
if (pages !== 8 || JSON.stringify(starts) !== JSON.stringify({ 3: 3, 4: 5, 8: 7 })) throw new Error(`pages ${pages}, papers start ${JSON.stringify(starts)}`);

// ---------------------------------------------------------------- rendering
const R = [COVER.kicker, COVER.title, COVER.sub, COVER.when, ...COVER.lines.map(([l, t]) => `${l} ${t}`), COVER.note, CONTENTS_H, CONTENTS_HEAD.join(" | ")];
for (const r of rendered) R.push(r.join(" | "));
R.push(CONTENTS_NOTE, NEXT);
for (const p of PAPERS) {
  R.push(BODY, "16 June 2027", `Item ${p.item}`, p.title);
  FS_LABELS.forEach((lab, i) => R.push(`${lab} | ${[].concat(p.fs[i]).join(" ")}`));
  for (const b of p.body) {
    if (b[0] === "h" || b[0] === "p") R.push(b[1]);
    else if (b[0] === "table") R.push(b[1], b[2].join(" | "), ...b[3].map((r) => r.join(" | ")));
  }
}
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${pages} pages; papers start ${JSON.stringify(starts)}) and text/${BASE}.txt (${R.length} lines)`);
