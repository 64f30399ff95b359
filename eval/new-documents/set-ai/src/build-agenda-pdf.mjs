// Builds docs/winter-service-task-group-agenda-papers-2053-10-15.pdf and text/<same>.txt from one content list.
// The PDF imitates a page of the LGA website printed from a desktop browser ("Save as PDF" with headers and footers
// on): a running header with the print date and time and the page title, a footer with the page's URL and
// "Page n of m", and the site's cookie banner, skip link, header, navigation menu and breadcrumb printed above the
// content; the site footer printed after it. Backgrounds are not printed (as browsers do by default), so boxes
// and buttons are outlines only.
//   node src/build-agenda-pdf.mjs
// Synthetic test fixture: the people, figures and decisions are invented.
import { join } from "node:path";
import { createWriteStream } from "node:fs";
import { FONTS, requireNM, root, writeText, assert, checkWeekdays } from "./common.mjs";

const PDFDocument = requireNM("pdfkit");
const BASE = "winter-service-task-group-agenda-papers-2053-10-15";
const TITLE = "Winter Service Task Group: agenda and papers, 15 October 2053 | Local Government Association";
const URL = "https://www.local.gov.uk/about/structure/lga-boards-and-panels/winter-service-task-group/agenda-and-papers-15-october-2053";
const PRINTED = "14/10/2053, 16:47";

// ------------------------------------------------------------------ content
// block kinds: banner (boxed lines), buttons (a row of outlined buttons), menu (a row of links), crumb, h1, h2, h3,
// p, np (numbered paragraph), li (bulleted), dl (two-column label / value rows), table, gap, rule
const B = [];
const add = (o) => B.push(o);

add({ t: "banner", title: "Cookies on the LGA website", lines: [
  "We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the website, remember your settings and improve our services.",
  "We also use cookies set by other sites to help us deliver content from their services.",
] });
add({ t: "buttons", items: ["Accept additional cookies", "Reject additional cookies", "View cookies"] });
add({ t: "small", text: "Skip to main content" });
add({ t: "masthead", left: "Local Government Association", right: ["Sign in", "Register", "Search the site", "Search"] });
add({ t: "menu", items: ["Topics", "Our support", "Parliament", "Events", "Publications", "News and comment", "About"] });
add({ t: "crumb", items: ["Home", "About", "Structure", "LGA boards and panels", "Winter Service Task Group", "Agenda and papers, 15 October 2053"] });

add({ t: "h1", text: "Winter Service Task Group: agenda and papers, 15 October 2053" });
add({ t: "p", text: "The Winter Service Task Group brings together lead members for highways from across England to prepare councils for winter and to make the case to Government for the salt, vehicles, data and funding that councils’ winter service depends on." });
add({ t: "h2", text: "Meeting details" });
add({ t: "dl", rows: [
  ["Date", ["Wednesday 15 October 2053"]],
  ["Time", ["10.30am to 12.30pm"]],
  ["Venue", ["Smith Square 2, Ground Floor, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams"]],
  ["Contact", ["Cerian Lofthouse, Member Services Officer", "020 7946 0769", "cerian.lofthouse@local.gov.uk"]],
] });
add({ t: "p", text: "Members who cannot attend are asked to tell Cerian Lofthouse by 5pm on Monday 13 October 2053 so that a substitute can be arranged. The meeting will be webcast live and the recording kept on this page for six months." });

add({ t: "h2", text: "Agenda" });
add({ t: "table", widths: [38, 290, 110, 77], header: ["Item", "Title", "Purpose", "Time"], rows: [
  ["1", "Welcome, apologies, substitutes and declarations of interest", "", "10.30am"],
  ["2", "Note of the last meeting (11 June 2053) and membership 2053/54", "For noting", "10.35am"],
  ["3", "Winter readiness 2053/54: salt stocks and the Salt Sharing Protocol", "For decision", "10.45am"],
  ["4", "Project Hoarfrost: interim findings of the electric gritter trial", "For discussion", "11.20am"],
  ["5", "Footways and grit bins: survey of councils’ policies", "For information", "11.55am"],
  ["6", "Any other business", "", "12.20pm"],
] });
add({ t: "p", text: "The note of the meeting of 11 June 2053 and the membership of the Task Group for 2053/54 are on the Task Group’s page. Date of next meeting: Wednesday 4 February 2054, 10.30am." });

// ---- Item 3
add({ t: "h2", text: "Item 3: Winter readiness 2053/54: salt stocks and the Salt Sharing Protocol" });
add({ t: "dl", rows: [
  ["Purpose of report", ["For decision."]],
  ["Summary", ["Highway authorities held 1.31 million tonnes of salt at 1 October 2053, 94 per cent of the stock they planned to hold before the season, but nine held less than 70 per cent. This report gives the results of the salt stock survey, proposes version 2 of the Salt Sharing Protocol and proposes that we ask the Department for Transport to keep the national salt reserve at its present size."]],
  ["Recommendations", ["That the Task Group:",
    "(a) endorses version 2 of the Salt Sharing Protocol (paragraphs 6 to 8) for circulation to all highway authorities by 31 October 2053;",
    "(b) agrees that the Chair writes to the Department for Transport asking that the national salt reserve be kept at no less than 250,000 tonnes for 2053/54; and",
    "(c) notes the results of the salt stock survey."]],
  ["Contact officer", ["Marisol Whiteoak"]],
  ["Position", ["Adviser, Winter Service"]],
  ["Phone no", ["020 7946 0738"]],
  ["Email", ["marisol.whiteoak@local.gov.uk"]],
] });
add({ t: "h3", text: "Background" });
add({ t: "np", n: "1", text: "At its meeting on 11 June 2053 the Task Group asked for a survey of councils’ salt stocks before the start of the season, and for proposals to make the Salt Sharing Protocol quicker to use." });
add({ t: "np", n: "2", text: "147 of the 152 highway authorities in England responded to the survey by 3 October 2053. Between them they held 1.31 million tonnes of salt at 1 October 2053, 94 per cent of the 1.39 million tonnes they had planned to hold before the season starts." });
add({ t: "np", n: "3", text: "Nine authorities held less than 70 per cent of their planned stock. Most of them told us that deliveries had been held up by the closure of a shaft at one of the two main suppliers’ mines for repairs in August. Both suppliers expect to clear their order books by the middle of November." });
add({ t: "p", text: "Table 1: Salt stock at 1 October 2053, by region", bold: true });
add({ t: "table", widths: [150, 85, 95, 95, 90], header: ["Region", "Authorities responding", "Stock held (tonnes)", "Per cent of planned stock", "Authorities below 70 per cent"], rows: [
  ["North East", "12", "61,400", "97", "0"],
  ["North West", "23", "158,900", "92", "2"],
  ["Yorkshire and the Humber", "15", "147,300", "95", "1"],
  ["East Midlands", "9", "171,800", "98", "0"],
  ["West Midlands", "14", "149,600", "90", "2"],
  ["East of England", "11", "176,200", "96", "1"],
  ["London", "29", "83,500", "88", "2"],
  ["South East", "19", "222,700", "95", "1"],
  ["South West", "15", "138,600", "93", "0"],
  ["England", "147", "1,310,000", "94", "9"],
], boldLast: true, align: ["left", "right", "right", "right", "right"] });
add({ t: "h3", text: "The Salt Sharing Protocol" });
add({ t: "np", n: "4", text: "Version 1 of the Protocol, agreed by the Task Group in 2051, lets a highway authority whose stock falls below its minimum resilience level ask a neighbouring authority for salt. It was used 11 times in 2052/53, but authorities told us that ringing round each neighbour in turn took too long during a cold spell." });
add({ t: "np", n: "5", text: "Under version 1 an authority could decline a request for any reason, and four of the eleven requests last season were declined." });
add({ t: "np", n: "6", text: "Version 2 makes three changes. First, a request is made once, to a regional coordinator, who finds the salt. Second, salt is supplied at cost plus haulage and invoiced within 30 days. Third, an authority may decline a request only if supplying it would take its own stock below 6 days of resilience stock." });
add({ t: "np", n: "7", text: "The regional coordinators will be the winter service leads nominated by each region’s members of the Winter Service Practice Network, whose chair, Padraig Donnachie, has agreed the text." });
add({ t: "np", n: "8", text: "Authorities will be asked to sign up to version 2 by 31 March 2054. We will measure how many have signed, and how quickly salt reaches the authority that asked for it, in the Task Group’s performance tracker." });
add({ t: "h3", text: "The national salt reserve" });
add({ t: "np", n: "9", text: "The national salt reserve held by the Department for Transport was 250,000 tonnes in 2052/53. The Department has told us that it is reviewing whether a reserve of that size is still needed. We propose that the Chair writes asking that it be kept at no less than 250,000 tonnes for 2053/54, given the nine authorities with low stocks." });
add({ t: "h3", text: "Implications for the LGA" });
add({ t: "np", n: "10", text: "There are no costs beyond the £24,000 already budgeted in 2053/54 for the survey and for administering the Protocol." });

// ---- Item 4
add({ t: "h2", text: "Item 4: Project Hoarfrost: interim findings of the electric gritter trial" });
add({ t: "dl", rows: [
  ["Purpose of report", ["For discussion."]],
  ["Summary", ["Six councils have run 14 battery-electric gritters on priority routes since December 2052. This report gives the interim findings of the independent evaluation after the first season and proposes that we seek funding to extend the trial."]],
  ["Recommendations", ["That the Task Group:",
    "(a) comments on the interim findings in paragraphs 3 to 7;",
    "(b) agrees in principle that officers bid to the Department for Transport’s Highways Decarbonisation Fund to extend the trial to 31 March 2055 with up to eight councils; and",
    "(c) asks for a further report, with the draft bid, to its meeting on 4 February 2054."]],
  ["Contact officer", ["Chidinma Redfearn"]],
  ["Position", ["Senior Adviser, Highways and Transport"]],
  ["Phone no", ["020 7946 0749"]],
  ["Email", ["chidinma.redfearn@local.gov.uk"]],
] });
add({ t: "h3", text: "The trial" });
add({ t: "np", n: "1", text: "The six trial councils are Norfolk, Somerset, Stockport, Telford and Wrekin, Wiltshire and York. Each leases between one and four battery-electric gritters, which replace diesel gritters on one or more priority routes." });
add({ t: "np", n: "2", text: "Between them the 14 gritters treated 31,800 route-kilometres in the 2052/53 season, 9 per cent of the trial councils’ treatments of their priority networks." });
add({ t: "h3", text: "Interim findings" });
add({ t: "np", n: "3", text: "Range. In temperatures below zero the gritters averaged 71 kilometres on a full charge, against the 96 kilometres claimed by the manufacturer. Two routes in York had to be shortened so that a gritter could finish its run." });
add({ t: "np", n: "4", text: "Availability. The gritters were available on 79 per cent of treatment days, against the trial’s target of 85 per cent. Most of the days lost were caused by charging faults at two depots, which have since been fixed." });
add({ t: "np", n: "5", text: "Cost. The cost of each route-kilometre treated was 18 per cent higher than with a diesel gritter, mainly because of the lease cost of the vehicles. Electricity cost 41 per cent less per kilometre than diesel." });
add({ t: "np", n: "6", text: "Drivers. Drivers rated the vehicles 3.6 out of 5 overall. They liked the quiet cab and disliked the time taken to recharge between runs." });
add({ t: "np", n: "7", text: "Carbon. The trial saved an estimated 212 tonnes of carbon dioxide equivalent compared with diesel gritters on the same routes." });
add({ t: "h3", text: "Extending the trial" });
add({ t: "np", n: "8", text: "The Highways Decarbonisation Fund is expected to open for bids in January 2054. An extension to 31 March 2055 with up to eight councils would cost an estimated £1.46 million, of which the councils would meet £290,000. The two councils that have asked to join are Cumberland and Northumberland." });
add({ t: "np", n: "9", text: "The evaluation is funded by a contribution of £60,000 from the Task Group’s budget in 2053/54." });

// ---- Item 5
add({ t: "h2", text: "Item 5: Footways and grit bins: survey of councils’ policies" });
add({ t: "dl", rows: [
  ["Purpose of report", ["For information."]],
  ["Summary", ["118 councils answered our survey of footway treatment and grit bin policies in July and August 2053. This report sets out the results, which will inform a good practice note to be published by March 2054."]],
  ["Recommendation", ["That the Task Group notes the results of the survey."]],
  ["Contact officer", ["Temitope Kenyon"]],
  ["Position", ["Research Officer"]],
  ["Phone no", ["020 7946 0766"]],
  ["Email", ["temitope.kenyon@local.gov.uk"]],
] });
add({ t: "np", n: "1", text: "The 118 councils that responded maintain 214,600 grit bins between them, a median of 1,420 bins per council." });
add({ t: "np", n: "2", text: "41 councils (35 per cent) treat some footways as a matter of routine in severe weather, usually in town centres and near hospitals and schools. The other 77 treat footways only after snow has lain for 24 hours." });
add({ t: "np", n: "3", text: "64 councils aim to refill a reported empty grit bin within 5 working days and 22 within 10 working days; 32 have no published standard." });
add({ t: "np", n: "4", text: "19 councils charge parish and town councils or residents for a new grit bin, at a median charge of £185 a bin." });
add({ t: "np", n: "5", text: "87 councils run a snow warden or winter volunteer scheme. Most give volunteers a bag of salt, a spreader and public liability cover." });

add({ t: "h2", text: "Documents" });
add({ t: "li", text: "Agenda and papers, 15 October 2053 (PDF, 1.4MB)" });
add({ t: "li", text: "Salt Sharing Protocol, version 2 (draft) (Word, 88KB)" });
add({ t: "li", text: "Project Hoarfrost interim evaluation report (PDF, 2.9MB)" });
add({ t: "small", text: "Page last updated: 8 October 2053" });
add({ t: "small", text: "Was this page useful?   Yes   No" });
add({ t: "rule" });
add({ t: "small", text: "Local Government Association, 18 Smith Square, London SW1P 3HZ. Telephone 020 7946 0000" });
add({ t: "small", text: "Accessibility   Privacy   Cookies   Terms and conditions   Contact us" });
add({ t: "small", text: "© Local Government Association 2053" });

// ------------------------------------------------------------------ checks on the content
const t1 = B.find((b) => b.t === "table" && b.header[0] === "Region");
const body = t1.rows.slice(0, -1);
const sum = (i) => body.reduce((s, r) => s + Number(r[i].replace(/,/g, "")), 0);
assert(sum(1) === 147, "responding authorities sum to 147");
assert(sum(2) === 1310000, "stock sums to 1,310,000");
assert(sum(4) === 9, "nine authorities below 70 per cent");
assert(64 + 22 + 32 === 118 && 41 + 77 === 118, "grit bin survey counts add to 118");

// ------------------------------------------------------------------ layout
const doc = new PDFDocument({ size: "A4", margins: { top: 0, left: 0, right: 0, bottom: 0 }, bufferPages: true,
  info: { Title: TITLE, Creator: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36", Producer: "Skia/PDF m139" } });
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("S", join(FONTS, "DejaVuSerif.ttf"));
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));

const W = 595.28, H = 841.89, L = 40, R = W - 40, TOP = 44, BOTTOM = H - 44;
let y = TOP;
const pages = [[]]; // text lines per page (content only)
const out = (s) => pages[pages.length - 1].push(s);

const wrap = (text, font, size, width) => {
  doc.font(font).fontSize(size);
  const words = text.split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    const t = cur ? cur + " " + w : w;
    if (doc.widthOfString(t) <= width || !cur) cur = t;
    else { lines.push(cur); cur = w; }
  }
  if (cur) lines.push(cur);
  return lines;
};
const newPage = () => { doc.addPage(); y = TOP; pages.push([]); };
const need = (h) => { if (y + h > BOTTOM) newPage(); };
const drawLines = (lines, x, font, size, lh, color = "#0b0c0c") => {
  doc.font(font).fontSize(size).fillColor(color);
  for (const l of lines) { doc.text(l, x, y, { lineBreak: false }); y += lh; }
};

for (const b of B) {
  if (b.t === "banner") {
    const lines = b.lines.map((s) => wrap(s, "R", 9, R - L - 20));
    const h = 22 + lines.reduce((s, l) => s + l.length * 12 + 4, 0);
    need(h);
    doc.rect(L, y, R - L, h).lineWidth(0.8).strokeColor("#505a5f").stroke();
    y += 8;
    drawLines([b.title], L + 10, "B", 11, 16);
    out(b.title);
    b.lines.forEach((s, i) => { drawLines(lines[i], L + 10, "R", 9, 12); y += 4; out(s); });
    y += 6;
  } else if (b.t === "buttons") {
    need(26);
    let x = L;
    doc.font("R").fontSize(9);
    for (const it of b.items) {
      const w = doc.widthOfString(it) + 16;
      doc.rect(x, y, w, 18).lineWidth(0.8).strokeColor("#0b0c0c").stroke();
      doc.fillColor("#0b0c0c").text(it, x + 8, y + 5, { lineBreak: false });
      x += w + 10;
    }
    out(b.items.join("   "));
    y += 28;
  } else if (b.t === "small") {
    need(14);
    drawLines([b.text], L, "R", 8, 14, "#505a5f");
    out(b.text);
  } else if (b.t === "masthead") {
    need(34);
    doc.rect(L, y, R - L, 30).lineWidth(0.8).strokeColor("#0b0c0c").stroke();
    doc.font("B").fontSize(13).fillColor("#0b0c0c").text(b.left, L + 10, y + 9, { lineBreak: false });
    doc.font("R").fontSize(8);
    let x = R - 10;
    const xs = [];
    for (const it of [...b.right].reverse()) { x -= doc.widthOfString(it); xs.unshift([it, x]); x -= 14; }
    for (const [it, xx] of xs) doc.text(it, xx, y + 12, { lineBreak: false });
    out(b.left + "   " + b.right.join("   "));
    y += 36;
  } else if (b.t === "menu") {
    need(20);
    let x = L;
    doc.font("R").fontSize(9).fillColor("#1d70b8");
    for (const it of b.items) { doc.text(it, x, y, { lineBreak: false, underline: true }); x += doc.widthOfString(it) + 16; }
    doc.moveTo(L, y + 14).lineTo(R, y + 14).lineWidth(0.5).strokeColor("#b1b4b6").stroke();
    out(b.items.join("   "));
    y += 22;
  } else if (b.t === "crumb") {
    need(18);
    const s = b.items.join(" › ");
    drawLines(wrap(s, "R", 8, R - L), L, "R", 8, 11, "#505a5f");
    out(s);
    y += 8;
  } else if (b.t === "h1") {
    const lines = wrap(b.text, "B", 18, R - L);
    need(lines.length * 23 + 8);
    drawLines(lines, L, "B", 18, 23);
    out(b.text);
    y += 8;
  } else if (b.t === "h2") {
    const lines = wrap(b.text, "B", 13, R - L);
    need(lines.length * 17 + 60); // keep a heading with what follows
    y += 6;
    drawLines(lines, L, "B", 13, 17);
    out(b.text);
    y += 4;
  } else if (b.t === "h3") {
    need(50);
    y += 2;
    drawLines([b.text], L, "B", 10.5, 15);
    out(b.text);
    y += 2;
  } else if (b.t === "p" || b.t === "np" || b.t === "li") {
    const ind = b.t === "p" ? 0 : 22;
    const lines = wrap(b.text, b.bold ? "B" : "R", 9.5, R - L - ind);
    need(lines.length * 12.5 + 6);
    if (b.t === "np") doc.font("R").fontSize(9.5).fillColor("#0b0c0c").text(b.n + ".", L, y, { lineBreak: false });
    if (b.t === "li") doc.circle(L + 8, y + 5, 1.8).fill("#0b0c0c");
    drawLines(lines, L + ind, b.bold ? "B" : "R", 9.5, 12.5);
    out(b.t === "np" ? `${b.n}. ${b.text}` : b.text);
    y += 6;
  } else if (b.t === "dl") {
    for (const [label, vals] of b.rows) {
      const vlines = vals.map((v) => wrap(v, "R", 9.5, R - L - 140));
      const h = vlines.reduce((s, l) => s + l.length * 12.5 + 3, 0) + 6;
      need(h);
      doc.moveTo(L, y).lineTo(R, y).lineWidth(0.5).strokeColor("#b1b4b6").stroke();
      y += 4;
      doc.font("B").fontSize(9.5).fillColor("#0b0c0c").text(label, L, y, { lineBreak: false });
      vals.forEach((v, i) => { drawLines(vlines[i], L + 140, "R", 9.5, 12.5); y += 3; });
      out(label + " | " + vals.join(" "));
      y += 2;
    }
    doc.moveTo(L, y).lineTo(R, y).lineWidth(0.5).strokeColor("#b1b4b6").stroke();
    y += 8;
  } else if (b.t === "table") {
    const xs = [];
    b.widths.reduce((x, w) => { xs.push(x); return x + w; }, L);
    const align = b.align ?? b.widths.map(() => "left");
    const rowLines = (cells, font) => cells.map((c, i) => wrap(c, font, 8.5, b.widths[i] - 8));
    const drawRow = (cells, font, lines) => {
      const h = Math.max(...lines.map((l) => l.length)) * 11 + 8;
      cells.forEach((c, i) => {
        doc.rect(xs[i], y, b.widths[i], h).lineWidth(0.5).strokeColor("#b1b4b6").stroke();
        doc.font(font).fontSize(8.5).fillColor("#0b0c0c");
        lines[i].forEach((l, k) => {
          const lx = align[i] === "right" ? xs[i] + b.widths[i] - 4 - doc.widthOfString(l) : xs[i] + 4;
          doc.text(l, lx, y + 4 + k * 11, { lineBreak: false });
        });
      });
      y += h;
      out(cells.join(" | ").replace(/\s+/g, " "));
    };
    const hl = rowLines(b.header, "B");
    const hh = Math.max(...hl.map((l) => l.length)) * 11 + 8;
    need(hh + 30);
    drawRow(b.header, "B", hl);
    b.rows.forEach((r, i) => {
      const font = b.boldLast && i === b.rows.length - 1 ? "B" : "R";
      const rl = rowLines(r, font);
      const h = Math.max(...rl.map((l) => l.length)) * 11 + 8;
      if (y + h > BOTTOM) { newPage(); drawRow(b.header, "B", hl); } // the browser repeats <thead> on a new page
      drawRow(r, font, rl);
    });
    y += 10;
  } else if (b.t === "rule") {
    need(10);
    doc.moveTo(L, y + 4).lineTo(R, y + 4).lineWidth(1).strokeColor("#1d70b8").stroke();
    y += 10;
  }
}

// running header and footer, as the browser prints them
const n = pages.length;
const text = [];
for (let i = 0; i < n; i++) {
  doc.switchToPage(i);
  doc.font("R").fontSize(7.5).fillColor("#000");
  doc.text(PRINTED, 24, 16, { lineBreak: false });
  const tw = doc.widthOfString(TITLE);
  doc.text(TITLE, (W - tw) / 2 + 20, 16, { lineBreak: false });
  doc.text(URL, 24, H - 22, { lineBreak: false });
  const pn = `Page ${i + 1} of ${n}`;
  doc.text(pn, W - 24 - doc.widthOfString(pn), H - 22, { lineBreak: false });
  text.push(`${PRINTED}   ${TITLE}`, ...pages[i], `${URL}   ${pn}`, "");
}
doc.end();

const rendered = writeText(BASE, text);
checkWeekdays(rendered);
console.log(`wrote docs/${BASE}.pdf (${n} pages) and text/${BASE}.txt`);
