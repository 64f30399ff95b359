// Builds docs/libraries-panel-minutes-2098-09-17.pdf and its rendering in text/.
// Layout: MINUTES TYPESET IN TWO COLUMNS (as a DTP template sets them), A4 portrait, DejaVu Serif body:
// a full-width masthead on page 1 (organisation, body, meeting line, a red DRAFT notice), then the text
// flowing down the left column, the right column and on to the next page; minute headings numbered
// in the margin style ("4  Community Hubs Capital Fund…"), paragraph numbers as bold run-ins ("4.3"),
// the attendance as short lines; a running header (body and date) and a footer ("Page x of y",
// "PLCHP minutes 17.09.98 – draft"). After the text, a FULL-WIDTH action table spanning both columns
// below the end of the columns. Each printed line is drawn on its own, so pdf.js reads the lines in
// column order. Page furniture (running header, footer) is left out of the rendering.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-minutes-twocol-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, requireMain, FONTS, BODY, VENUE, OFFICERS as O, GUEST, MEMBERS, FORMER, SUBS, ACTIONS } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const BASE = "libraries-panel-minutes-2098-09-17";
const W = 595.28, H = 841.89, ML = 50, MR = 50, MT = 62, MB = 66, GAP = 20;
const CW = (W - ML - MR - GAP) / 2;
const FS = 9.4, LH = 12.2;
const doc = new PDFDocument({ size: "A4", margins: { top: 0, bottom: 0, left: 0, right: 0 }, autoFirstPage: false, info: { Title: "PLCHP minutes 17 September 2098 (draft)", Author: "Saoirse Lindqvist", Creator: "Adobe InDesign 2098 (Macintosh)", Producer: "Adobe PDF Library 47.0" } });
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));
doc.registerFont("reg", join(FONTS, "DejaVuSerif.ttf")).registerFont("bold", join(FONTS, "DejaVuSerif-Bold.ttf")).registerFont("it", join(FONTS, "DejaVuSerif-Italic.ttf"))
  .registerFont("sans", join(FONTS, "DejaVuSans.ttf")).registerFont("sansb", join(FONTS, "DejaVuSans-Bold.ttf"));

const out = [];
const m = Object.fromEntries(MEMBERS.map((x) => [x.name.split(" ").pop(), x]));
const who = (x, role) => `${x.name}${role ? ` (${role})` : ""} (${x.party}) – ${x.council}`;

// ---------------------------------------------------------------- content as blocks
// {t:"h", text} minute heading; {t:"sub", text} small caps heading; {t:"p", num, text}; {t:"line", text}; {t:"it", text}
const B = [];
const h = (text) => B.push({ t: "h", text });
const sub = (text) => B.push({ t: "sub", text });
const p = (num, text) => B.push({ t: "p", num, text });
const line = (text) => B.push({ t: "line", text });
const it = (text) => B.push({ t: "it", text });

sub("Present");
line(who(m.Achterberg, "Chair"));
line(who(m["Malhotra-Quayle"], "Vice-Chair"));
line(who(m.Stannard, "Deputy Chair"));
line(who(m.Pryddereth, "Deputy Chair"));
for (const k of ["Brocklehurst", "Wrenfield", "Kettlewell", "Castellan", "Abernethy-Cole"]) line(who(m[k]));
line(who(m.Hesseltine) + " (online)");
sub("Substitute");
line(`${SUBS[1].name} (${SUBS[1].party}) – ${SUBS[1].council}, for ${FORMER.name}`);
sub("Apologies");
line(`${FORMER.name} (${FORMER.party}) – ${FORMER.council}`);
line(who(m.Teversham));
sub("In attendance");
line(`${GUEST.name}, ${GUEST.post} (item 3)`);
for (const o of [O.fairweather, O.millington, O.pemberton, O.teague, O.yeo]) line(`${o.name}, ${o.post}`);
line(`${O.lindqvist.name}, ${O.lindqvist.post} (clerk)`);

h("1  Welcome, apologies and declarations of interest");
p("1.1", "The Chair welcomed members, and Cllr Lowri Fennimore, attending as substitute for Cllr Horace Bellingdon. Apologies were received as listed above. Cllr Wanjiru Hesseltine joined the meeting online.");
p("1.2", "Cllr Ambrose Kettlewell declared a non-pecuniary interest in item 4 as a trustee of the Friends of Brackenfield Library, which may support a bid to the Community Hubs Capital Fund. He took part in the discussion but did not vote.");
p("1.3", "Cllr Sunniva Castellan said that Pellingham City Council intends to bid to the Fund. The Panel noted that item 4 concerned the design of the scheme, not individual bids, and she took part.");
h("2  Minutes of the last meeting");
p("2.1", "The minutes of the meeting held on 18 June 2098 were agreed as a correct record, subject to correcting Cllr Pryddereth's council to North Tarrant County Council in minute 5.2.");
h("3  Reading Futures Trust: the Read Ahead summer scheme");
p("3.1", "Dr Anouk Verhaegen, Chief Executive of the Reading Futures Trust, presented interim results of the Read Ahead summer scheme 2098. 468,250 children had completed the scheme, against a target of 450,000, and 31% of those completing it were taking part for the first time.");
p("3.2", "Members asked about reach in rural areas. Dr Verhaegen said that the Trust would break completions down by rural and urban council in its full evaluation, due in January 2099.");
p("3.3", "The Panel thanked Dr Verhaegen and noted the presentation.");
h("4  Community Hubs Capital Fund: design of round 1");
p("4.1", "Caspar Millington, Senior Adviser, Community Hubs, introduced the paper, which proposed a round 1 fund of £4.2 million for capital projects that bring library services together with other council and community services, a maximum grant of £400,000 and match funding of at least 25% of project costs.");
p("4.2", "Members supported the Fund but were concerned that a £400,000 cap would let too few councils benefit. Cllr Pryddereth proposed, and Cllr Brocklehurst seconded, a maximum grant of £350,000.");
p("4.3", "Resolved: that the Panel (a) agreed a round 1 Community Hubs Capital Fund of £4.2 million; (b) agreed a maximum grant of £350,000 rather than the £400,000 proposed in the paper; (c) agreed that bids must show match funding of at least 25% of project costs; and (d) agreed that bids scoring below 70 out of 100 would not be funded.");
p("4.4", "Caspar Millington confirmed that round 1 would open on 24 September 2098 and close on 24 October 2098, and that recommended awards would come to the Panel on 12 November 2098.");
h("5  Shared eLending Consortium: buying a single platform");
p("5.1", "Odile Pemberton-Nwosu, Adviser, Digital Libraries, reported that 31 councils were now in the consortium and set out two routes to buy a single e-lending platform: a further competition under the national digital content framework, or a joint procurement led by Carrowby City Council.");
p("5.2", "Resolved: that the Panel agreed to buy the platform through a further competition under the national digital content framework, with a contract of three years from 2 February 2099 and an option to extend by two years, within a budget of £1.35 million over the three years.");
p("5.3", "The Chair confirmed Cllr Dev Malhotra-Quayle as lead member for digital libraries.");
h("6  Performance report: quarter 1 2098/99");
p("6.1", "Bartholomew Yeo, Data and Performance Analyst, presented the quarter 1 report. Of ten measures, four were Green, three Amber, one Red and two not rated.");
p("6.2", "Members were concerned about extended-access hours (LIB-04, Red), where 95 hours a week had been added against a profile of 150, and about the continuing fall in volunteer hours (LIB-09).");
p("6.3", "Resolved: that the Panel noted the report, asked for a recovery plan for extended-access hours at its next meeting, and asked for a deep dive into volunteer hours, led with Cllr Nerys Abernethy-Cole as lead member for workforce and volunteers.");
h("7  Forward work programme");
p("7.1", "The Panel agreed the forward work programme, adding a report on business rates relief for libraries to the meeting on 11 March 2099. The Chair will write to the minister on business rates relief before then.");
h("8  Any other business");
p("8.1", "The Chair thanked Cllr Horace Bellingdon, who stands down from the Panel on 30 September 2098, for his work as a member since 2095. Lydbrook Metropolitan Borough Council has nominated Cllr Margit Olawale to replace him from 1 October 2098.");
p("8.2", "The next meeting will be held on Wednesday 12 November 2098 at 10.30am in the Brontë Room, Ashdown House.");
it("The meeting closed at 12.52pm.");

// ---------------------------------------------------------------- line breaking
function wrap(text, width, font, size, indent = 0) {
  doc.font(font).fontSize(size);
  const words = text.split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    const trial = cur ? cur + " " + w : w;
    const avail = width - (lines.length === 0 ? indent : 0);
    if (doc.widthOfString(trial) > avail && cur) { lines.push(cur); cur = w; } else cur = trial;
  }
  if (cur) lines.push(cur);
  return lines;
}

// layout pass: produce per-page draws; two passes to know the page count
function layout(draw, total) {
  let page = 0, col = 0, y = 0, top = MT;
  const pages = [];
  const furniture = () => {
    doc.font("sans").fontSize(7.5).fillColor("#555555");
    doc.text(`${BODY} – minutes, 17 September 2098`, ML, 34, { lineBreak: false });
    doc.text("DRAFT", W - MR - 60, 34, { width: 60, align: "right", lineBreak: false });
    doc.moveTo(ML, 46).lineTo(W - MR, 46).lineWidth(0.5).strokeColor("#7A2E8E").stroke();
    doc.text("PLCHP minutes 17.09.98 – draft", ML, H - 40, { lineBreak: false });
    doc.text(`Page ${page} of ${total}`, W - MR - 80, H - 40, { width: 80, align: "right", lineBreak: false });
    doc.fillColor("#000000");
  };
  const newPage = () => {
    page++;
    if (draw) { doc.addPage({ size: "A4", margins: { top: 0, bottom: 0, left: 0, right: 0 } }); furniture(); }
    col = 0; top = MT; y = top;
  };
  newPage();
  // masthead
  const mast = [
    ["sans", 8.5, "#7A2E8E", "Local Government Association"],
    ["sansb", 17, "#000000", BODY],
    ["reg", 10, "#000000", `Minutes of the meeting held on Wednesday 17 September 2098, 10.30am, ${VENUE}, and online`],
  ];
  for (const [f, s, c, t] of mast) {
    const ls = wrap(t, W - ML - MR, f, s);
    for (const l of ls) { if (draw) doc.font(f).fontSize(s).fillColor(c).text(l, ML, y, { lineBreak: false }); y += s * 1.3; }
    if (draw && t === mast[2][3]) out.push(t); else if (draw) out.push(t);
    y += 3;
  }
  if (draw) {
    doc.rect(ML, y, W - ML - MR, 18).lineWidth(0.8).strokeColor("#B00020").stroke();
    doc.font("sansb").fontSize(8.5).fillColor("#B00020").text("DRAFT – to be confirmed at the meeting on 12 November 2098", ML + 6, y + 5, { lineBreak: false });
    doc.fillColor("#000000");
    out.push("DRAFT – to be confirmed at the meeting on 12 November 2098");
  }
  y += 30;
  top = y;
  const colX = () => ML + col * (CW + GAP);
  const need = (hgt) => {
    if (y + hgt > H - MB) {
      if (col === 0) { col = 1; y = top; } else { newPage(); }
    }
  };
  for (const b of B) {
    if (b.t === "h") {
      const ls = wrap(b.text, CW, "sansb", 10.2);
      need(8 + ls.length * 13 + LH * 2);
      y += 8;
      for (const l of ls) { if (draw) doc.font("sansb").fontSize(10.2).fillColor("#7A2E8E").text(l, colX(), y, { lineBreak: false }); y += 13; }
      if (draw) { doc.fillColor("#000000"); out.push(b.text); }
      y += 2;
    } else if (b.t === "sub") {
      need(6 + 12 + LH);
      y += 6;
      if (draw) { doc.font("sansb").fontSize(8.6).text(b.text.toUpperCase(), colX(), y, { lineBreak: false, characterSpacing: 0.6 }); out.push(b.text.toUpperCase()); }
      y += 12;
    } else if (b.t === "line") {
      const ls = wrap(b.text, CW - 10, "reg", FS - 0.6);
      for (const [k, l] of ls.entries()) { need(LH - 1); if (draw) doc.font("reg").fontSize(FS - 0.6).text(l, colX() + (k ? 10 : 0), y, { lineBreak: false }); y += LH - 1; }
      if (draw) out.push(b.text);
    } else if (b.t === "p" || b.t === "it") {
      const font = b.t === "it" ? "it" : "reg";
      doc.font("bold").fontSize(FS);
      const ind = b.num ? doc.widthOfString(b.num + " ") + 2 : 0;
      const ls = wrap(b.text, CW, font, FS, ind);
      y += 3;
      for (const [k, l] of ls.entries()) {
        need(LH);
        if (draw) {
          if (k === 0 && b.num) { doc.font("bold").fontSize(FS).text(b.num, colX(), y, { lineBreak: false }); doc.font(font).fontSize(FS).text(l, colX() + ind, y, { lineBreak: false }); }
          else doc.font(font).fontSize(FS).text(l, colX(), y, { lineBreak: false });
        }
        y += LH;
      }
      if (draw) out.push(b.num ? `${b.num} ${b.text}` : b.text);
    }
  }
  // full-width action table below the lower of the two columns' ends
  const colEnds = col === 1 ? y : y; // right column used: table below both; left column only: below it
  y = col === 1 ? Math.max(y, H - MB - 1) + 0 : y; // if the right column is in use, the table goes on a new page
  if (col === 1) { newPage(); y = MT; } else y = colEnds + 14;
  const cols = [["Ref", 44], ["Minute", 40], ["Action", 255], ["Owner", 93], ["Due", W - ML - MR - 44 - 40 - 255 - 93]];
  if (draw) { doc.font("sansb").fontSize(10.2).fillColor("#7A2E8E").text("Actions agreed at this meeting", ML, y, { lineBreak: false }); doc.fillColor("#000000"); out.push("Actions agreed at this meeting"); }
  y += 16;
  const minuteOf = { "A98-07": "4.4", "A98-08": "3.3", "A98-09": "5.2", "A98-10": "6.3", "A98-11": "6.3", "A98-12": "7.1" };
  const rows = [cols.map((c) => c[0]), ...ACTIONS.map((a) => [a.ref, minuteOf[a.ref], a.text, a.owner, a.due])];
  for (const [ri, r] of rows.entries()) {
    const f = ri === 0 ? "sansb" : "sans";
    const cellLines = r.map((c, i) => wrap(c, cols[i][1] - 8, f, 8.2));
    const rh = Math.max(...cellLines.map((l) => l.length)) * 10.5 + 6;
    if (draw) {
      let x = ML;
      if (ri === 0) doc.rect(ML, y, W - ML - MR, rh).fill("#EFE4F3");
      doc.fillColor("#000000");
      for (const [i, ls] of cellLines.entries()) {
        ls.forEach((l, k) => doc.font(f).fontSize(8.2).text(l, x + 4, y + 3 + k * 10.5, { lineBreak: false }));
        x += cols[i][1];
      }
      doc.moveTo(ML, y + rh).lineTo(W - MR, y + rh).lineWidth(0.4).strokeColor("#999999").stroke();
      out.push(r.join(" | "));
    }
    y += rh;
  }
  return page;
}
const total = layout(false, 0);
layout(true, total);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${total} pages) and text/${BASE}.txt`);
