// Minutes of the meeting of 9 September 2071 (A4 PDF, pdfkit), laid out like a Word document printed to PDF
// with LINE NUMBERING switched on: every fifth line is numbered in the left margin, restarting on each page
// (tables are not numbered, as in Word). The exempt part of item 5 is redacted: black bars, each labelled
// "[REDACTED - para 3]" in white, and the confidential Appendix A is withheld (a notice page).
// Writes docs/<minutes>.pdf and text/<minutes>.txt: each printed line in order, with its margin number when it has
// one (a reader copying the page gets "15 ..." at the start of that line), the redaction labels as printed;
// the page footer left out.
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { FILES, OFFICERS } from "./content.mjs";
import { FONTS, docPath, writeText, loadPdfkit } from "./lib.mjs";

const PDFDocument = await loadPdfkit();
const BASE = FILES.minutes.replace(/\.pdf$/, "");
const O = OFFICERS;
const RED = "⟦R⟧"; // a redaction bar the width of its label and a little more
const REDLINE = "⟦RL⟧"; // a redaction bar to the end of the line
const LABEL = "[REDACTED - para 3]";

// ----------------------------------------------------------------------------- content
// blocks: h (item heading), p (paragraph; "**x**" at the start is bold), b (bullet), tabs (label | name | council), gap, table, title
const B = [];
const title = (t, size = 15) => B.push({ k: "title", t, size });
const h = (t) => B.push({ k: "h", t });
const p = (t) => B.push({ k: "p", t });
const b = (t) => B.push({ k: "b", t });
const tabs = (a, n, c) => B.push({ k: "tabs", a, n, c });
const gap = (g = 6) => B.push({ k: "gap", g });

title("Local Government Association", 9);
title("Cosmetic Procedures and Special Treatments Panel", 15);
title("Minutes", 13);
p("Date: Wednesday 9 September 2071");
p("Time: 10.30am");
p("Venue: Beaumont Room, 18 Smith Square, London SW1P 3HZ, and online");
gap(8);
p("**Attendance**");
tabs("Chair", "Cllr Hattie Blencowe", "Wiltshire Council");
tabs("Vice-Chair", "Cllr Abimbola Thackeray", "Manchester City Council");
tabs("Deputy Chairs", "Cllr Leonard Gilhooly", "South Cambridgeshire District Council");
tabs("", "Cllr Stanislav Dobrowolski", "Cumberland Council");
tabs("Members", "Cllr Piers Ashburnham", "Lincolnshire County Council");
tabs("", "Cllr Mairead Kittredge", "Bristol City Council");
tabs("", "Cllr Anjali Mukherjee", "London Borough of Croydon");
tabs("", "Cllr Rafael Ionescu", "Leicester City Council");
tabs("", "Cllr Geraldine Rigsby (online)", "Kent County Council");
tabs("Substitutes", "Cllr Margot Pridmore (North Yorkshire Council) for Cllr Tobias Cudworth", "");
tabs("", "Cllr Oluwaseun Adeyemi-Hart (Leeds City Council) for Cllr Jolene Hepworth", "");
tabs("Apologies", "Cllr Tobias Cudworth, Cllr Jolene Hepworth and Cllr Felix Lowndes", "");
tabs("In attendance", `${O.isolde.name}, ${O.caspar.name}, ${O.rupert.name}, ${O.leah.name} and ${O.priya.name} (LGA officers)`, "");
tabs("", "Dr Eleri Marchbanks (DHSC), item 3", "");
tabs("", "Owen Trethewey (CIEH), item 4", "");
gap(8);

h("1   Welcome, apologies and declarations of interest");
p("The Chair welcomed members to the meeting, in particular Cllr Anjali Mukherjee, who was attending her first meeting of the Panel, and the two guests. Apologies and substitutions were as listed above.");
p("Cllr Mairead Kittredge declared a non-registrable interest in item 5, as her sister owns an aesthetics clinic in Bristol. She took no part in the discussion of that item and left the meeting while the exempt appendix was considered.");
p("Cllr Rafael Ionescu declared an other registrable interest in item 4, as a registered acupuncturist with a practice in Leicester. He remained in the meeting.");
p("No other interests were declared.");

h("2   Minutes of the meeting held on 10 June 2071");
p("**Decision:** The minutes of the meeting held on 10 June 2071 were agreed as a correct record.");

h("3   National licensing scheme for non-surgical cosmetic procedures: update from DHSC");
p("Dr Eleri Marchbanks, Deputy Director for Cosmetics Licensing at the Department of Health and Social Care (DHSC), introduced the item. She said that the consultation on the fees for the scheme had opened on 4 September 2071 and would close on 27 November 2071. The Government intends the scheme to go live on 1 April 2073, with councils issuing practitioner licences and premises licences.");
p("Procedures would be placed in three bands by risk. Band 1 procedures could be carried out by a licensed practitioner in licensed premises. Band 2 procedures, which include botulinum toxin and dermal fillers, would also need a named prescriber. Band 3 procedures could only be carried out in premises regulated by the Care Quality Commission.");
p("In the discussion, members made the following points:");
b("Councils would need at least twelve months between the regulations being made and the scheme going live, to recruit and train staff.");
b("A single national fee would not reflect the different costs of councils in London, in cities and in rural areas. Members favoured local fee-setting within a national cap.");
b("Practitioners working from their homes or visiting clients were the greatest concern; councils would need a power to enter domestic premises with a warrant.");
b("The Band 3 list should include thread lifts and high-strength chemical peels.");
p("Dr Marchbanks said that DHSC would consider the points made and would welcome the LGA's response to the consultation.");
p("**Decision:** The Panel noted the update and agreed that the LGA's response to the consultation should call for local fee-setting within a national cap, and for a lead-in time of at least twelve months. Officers were asked to prepare a draft response for lead members to sign off by 6 November 2071.");
p(`**Action:** ${O.caspar.name} to prepare the draft consultation response for lead members by 30 October 2071.`);

h("4   Special Treatments Toolkit (second edition)");
p(`${O.leah.name}, ${O.leah.post}, introduced the report, with Owen Trethewey of the Chartered Institute of Environmental Health (CIEH). The second edition of the Toolkit covers tattooing, semi-permanent make-up, cosmetic piercing, acupuncture and electrolysis, and had been due for publication in September 2071. Counsel's review of the chapter on model byelaws was still outstanding, following the changes to the registration regime under the Local Government (Miscellaneous Provisions) Act 1982.`);
p("Mr Trethewey said that environmental health officers valued the Toolkit's inspection checklists and that the CIEH would promote the second edition to its members. Cllr Ionescu asked that the chapter on acupuncture should refer to the voluntary registers kept by professional bodies.");
p("**Decision:** The Panel agreed that the Toolkit should not be published until counsel had advised on the model byelaws chapter, and asked officers to propose a revised publication date at the next meeting.");
p(`**Action:** ${O.leah.name} to circulate the draft chapters on cosmetic piercing and semi-permanent make-up to members by 30 September 2071.`);

h("5   Enforcement pilot: interim findings");
p(`${O.rupert.name}, ${O.rupert.post}, introduced the report. Eight councils are taking part in the enforcement pilot: Birmingham City Council, Blackpool Council, Brighton and Hove City Council, Cornwall Council, Derby City Council, the London Borough of Newham, Sunderland City Council and Walsall Council. The pilot is funded by a DHSC grant of £240,000 for 2071/72.`);
p("By the end of August 2071, officers and trained volunteers had completed 74 test purchases. In 19 of them a practitioner offered a Band 2 procedure without a consultation with a prescriber, and in 6 of them a procedure was offered to a test purchaser aged under 18. Each of the six cases was referred to trading standards.");
p("The Panel resolved that the press and public be excluded from the meeting for the consideration of Appendix A to the report, under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972, as it contains information relating to the financial or business affairs of particular persons.");
p(`Members discussed the results for each of the pilot councils set out in Appendix A. ${REDLINE} ${REDLINE} Officers reported that a practitioner at ${RED} had offered dermal filler to a test purchaser aged 17, and that ${RED} had referred the case to the police as well as to trading standards. ${REDLINE}`);
p("The press and public were readmitted to the meeting.");
p("**Decision:** The Panel noted the interim findings and agreed that the pilot should continue until December 2071, with an interim evaluation to go to DHSC in January 2072.");
p(`**Action:** ${O.rupert.name} to write to the eight pilot councils about the time taken to refer under-18 cases to trading standards, by 24 September 2071.`);

h("6   Performance report: Quarter 1 2071/72");
p(`${O.isolde.name}, ${O.isolde.post}, introduced the report. Nine of the twelve measures in the programme plan were on target or complete at 30 June 2071. Cllr Thackeray was concerned that only 190 officers had completed the foundation training module, and asked for a breakdown of take-up by region.`);
p("**Decision:** The Panel noted the report.");
p(`**Action:** ${O.caspar.name} to circulate a breakdown of training take-up by region to members by 14 October 2071.`);

h("7   Members' briefings and forward plan");
p(`${O.priya.name}, ${O.priya.post}, reported that the second members' briefing, on the banding of procedures in the new scheme, would be held online on 16 September 2071. The forward plan includes a review of the Panel's terms of reference at its November meeting.`);
p("**Decision:** The Panel agreed the forward plan.");

h("8   Any other business");
p("The Chair reported that Cllr Tobias Cudworth would stand down as a councillor in October 2071, and thanked him in his absence for his work on the Panel since it was set up.");
p("**Date of next meeting:** Wednesday 18 November 2071, 11.00am, 18 Smith Square and online.");
p("The meeting closed at 12.40pm.");
gap(6);
p("**Actions arising**");
B.push({ k: "table", cols: [28, 250, 100, 90], head: ["No.", "Action", "Owner", "Deadline"], rows: [
  ["1", "Prepare the draft response to the DHSC fees consultation for lead members (item 3)", O.caspar.name, "30 October 2071"],
  ["2", "Circulate the draft Toolkit chapters on cosmetic piercing and semi-permanent make-up (item 4)", O.leah.name, "30 September 2071"],
  ["3", "Write to the pilot councils about referral times for under-18 cases (item 5)", O.rupert.name, "24 September 2071"],
  ["4", "Circulate a breakdown of training take-up by region (item 6)", O.caspar.name, "14 October 2071"],
] });
B.push({ k: "page" });
title("Appendix A", 13);
p("**Enforcement pilot: premises visited and results of test purchases**");
p("**EXEMPT - NOT FOR PUBLICATION**");
p("This appendix contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person, including the authority holding that information). It has been withheld from the published minutes.");
p(`${REDLINE} ${REDLINE} ${REDLINE} ${REDLINE} ${REDLINE} ${REDLINE}`);

// ----------------------------------------------------------------------------- layout
const doc = new PDFDocument({ size: "A4", margins: { top: 64, bottom: 64, left: 80, right: 64 }, bufferPages: true,
  info: { Title: "Cosmetic Procedures and Special Treatments Panel - minutes 9 September 2071", Author: "Priya Cottingham", Creator: "Microsoft® Word for Microsoft 365", CreationDate: new Date("2071-09-16T10:12:00Z") } });
doc.pipe(createWriteStream(docPath(FILES.minutes)));
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
const L = doc.page.margins.left;
const W = doc.page.width - L - doc.page.margins.right;
const BOTTOM = doc.page.height - doc.page.margins.bottom;
const SIZE = 10, LH = 14.5;
let y = doc.page.margins.top;
let lineNo = 0;
const out = [];

function newPage() {
  doc.addPage();
  y = doc.page.margins.top;
  lineNo = 0;
}
function numberLine() {
  lineNo++;
  if (lineNo % 5 === 0) {
    doc.font("R").fontSize(8).fillColor("#666").text(String(lineNo), L - 42, y + 1.5, { width: 24, align: "right", lineBreak: false });
    return `${lineNo} `;
  }
  return "";
}
function ensure(hh) {
  if (y + hh > BOTTOM) newPage();
}

// words with fonts -> lines
function tokenise(text) {
  const toks = [];
  let bold = false;
  for (let part of text.split(/(\*\*[^*]+\*\*)/)) {
    if (!part) continue;
    bold = part.startsWith("**");
    if (bold) part = part.slice(2, -2);
    for (const w of part.split(/\s+/).filter(Boolean)) toks.push({ w, f: bold ? "B" : "R" });
  }
  return toks;
}
function width(t) {
  if (t.w === RED) return doc.font("B").fontSize(8).widthOfString(LABEL) + 60;
  doc.font(t.f).fontSize(SIZE);
  return doc.widthOfString(t.w);
}
function wrap(toks, avail) {
  const lines = [];
  let cur = [], used = 0;
  const space = doc.font("R").fontSize(SIZE).widthOfString(" ");
  for (const t of toks) {
    if (t.w === REDLINE) {
      if (cur.length) lines.push(cur);
      lines.push([t]);
      cur = []; used = 0;
      continue;
    }
    const wd = width(t);
    if (cur.length && used + space + wd > avail) {
      lines.push(cur);
      cur = []; used = 0;
    }
    used += (cur.length ? space : 0) + wd;
    cur.push(t);
  }
  if (cur.length) lines.push(cur);
  return lines;
}
function bar(x, w) {
  doc.rect(x, y - 1, w, LH - 1).fill("#000");
  doc.font("B").fontSize(8).fillColor("#fff").text(LABEL, x + 4, y + 1.5, { lineBreak: false });
}
function drawLine(line, x0, avail) {
  let x = x0;
  const parts = [];
  const space = doc.font("R").fontSize(SIZE).widthOfString(" ");
  let run = null;
  const flush = () => {
    if (!run) return;
    doc.font(run.f).fontSize(SIZE).fillColor("#000").text(run.s, run.x, y, { lineBreak: false });
    run = null;
  };
  for (const t of line) {
    if (t.w === REDLINE) {
      bar(x0, avail);
      parts.push(LABEL);
      continue;
    }
    if (t.w === RED) {
      flush();
      const wd = width(t);
      bar(x, wd);
      x += wd + space;
      parts.push(LABEL);
      continue;
    }
    if (run && run.f === t.f) {
      run.s += " " + t.w;
    } else {
      flush();
      run = { f: t.f, s: t.w, x };
    }
    x += doc.font(t.f).fontSize(SIZE).widthOfString(t.w) + space;
    parts.push(t.w);
  }
  flush();
  return parts.join(" ");
}

for (const blk of B) {
  if (blk.k === "gap") { y += blk.g; continue; }
  if (blk.k === "page") { newPage(); continue; }
  if (blk.k === "title") {
    const lh = blk.size * 1.45;
    ensure(lh);
    const n = numberLine();
    doc.font("B").fontSize(blk.size).fillColor(blk.size < 10 ? "#444" : "#000").text(blk.t, L, y, { lineBreak: false });
    out.push(n + blk.t);
    y += lh;
    continue;
  }
  if (blk.k === "tabs") {
    // a Word paragraph with tab stops: label at 0, name at 95, council at 255 (name and council wrap within their columns)
    const NAME_X = 95, COUNCIL_X = 255;
    const nameW = blk.c ? COUNCIL_X - NAME_X - 8 : W - NAME_X;
    const nameLines = wrap(tokenise(blk.n), nameW);
    const councilLines = blk.c ? wrap(tokenise(blk.c), W - COUNCIL_X) : [];
    const n2 = Math.max(nameLines.length, councilLines.length);
    for (let i = 0; i < n2; i++) {
      ensure(LH);
      const n = numberLine();
      const parts = [];
      if (i === 0 && blk.a) { doc.font("B").fontSize(SIZE).fillColor("#000").text(blk.a, L, y, { lineBreak: false }); parts.push(blk.a); }
      if (nameLines[i]) parts.push(drawLine(nameLines[i], L + NAME_X, nameW));
      if (councilLines[i]) parts.push(drawLine(councilLines[i], L + COUNCIL_X, W - COUNCIL_X));
      out.push(n + parts.join(" "));
      y += LH;
    }
    continue;
  }
  if (blk.k === "table") {
    const pad = 4;
    const rows = [blk.head, ...blk.rows];
    rows.forEach((r, ri) => {
      doc.font(ri === 0 ? "B" : "R").fontSize(9);
      const rh = Math.max(...r.map((c, i) => doc.heightOfString(c, { width: blk.cols[i] - 2 * pad }))) + 2 * pad;
      ensure(rh);
      let x = L;
      r.forEach((c, i) => {
        doc.rect(x, y, blk.cols[i], rh).lineWidth(0.6).strokeColor("#000").stroke();
        doc.font(ri === 0 ? "B" : "R").fontSize(9).fillColor("#000").text(c, x + pad, y + pad, { width: blk.cols[i] - 2 * pad });
        x += blk.cols[i];
      });
      y += rh;
      out.push(r.join(" | "));
    });
    y += 8;
    continue;
  }
  // h, p, b
  const indent = blk.k === "b" ? 18 : 0;
  const toks = tokenise(blk.t);
  if (blk.k === "h") toks.forEach((t) => (t.f = "B"));
  const lines = wrap(toks, W - indent);
  if (blk.k === "h") { y += 4; ensure(LH * 2); }
  lines.forEach((ln, i) => {
    ensure(LH);
    const n = numberLine();
    let pre = "";
    if (blk.k === "b" && i === 0) {
      doc.font("R").fontSize(SIZE).fillColor("#000").text("●", L + 4, y, { lineBreak: false });
      pre = "● ";
    }
    out.push(n + pre + drawLine(ln, L + indent, W - indent));
    y += LH;
  });
  y += blk.k === "h" ? 2 : 6;
}

const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins;
  doc.page.margins = { ...m, bottom: 0 };
  doc.font("R").fontSize(8).fillColor("#444").text(`Cosmetic Procedures and Special Treatments Panel - 9 September 2071 - Page ${i + 1} of ${range.count}`, L, doc.page.height - 40, { width: W, align: "center", lineBreak: false });
  doc.page.margins = m;
}
doc.end();
writeText(BASE, out);
console.log(`wrote docs/${FILES.minutes} (${range.count} pages) and text/${BASE}.txt`);
