// Builds docs/allotments-community-growing-panel-survey-2029-slides-2030-01-23.pdf (the slides presented to the LGA
// Allotments and Community Growing Panel on Wednesday 23 January 2030, item 3: "Allotment Provision Survey 2029:
// headline results" by Dr Rashida Mallinson, Senior Research Officer) and its plain-text rendering
// text/<same base>.txt from the same content.
//
//   node src/build-slides-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A SLIDE DECK SAVED AS PDF, as a presentation program exports it: TEN 16:9 LANDSCAPE PAGES (960 x 540 pt,
// 13.33 x 7.5 in), ONE SLIDE A PAGE, DejaVu Sans (embedded). A title slide (survey name, subtitle, Panel, date and
// item, the speaker's name and post); then each slide has a TITLE at the top left under a coloured band and one of:
// BULLET POINTS (a drawn bullet, no numbers); FOUR "BIG NUMBER" TILES; A HORIZONTAL BAR CHART DRAWN AS SHAPES with
// its category labels at the left and each value printed at the end of its bar, a dashed reference line labelled
// "England: 72" and a source line; A GROUPED VERTICAL BAR CHART (2024 and 2029 bars side by side per type of
// council, values printed above the bars, a legend of two swatches, the categories under the axis); two "gained /
// lost" panels; a percentage bar chart with a callout box; numbered asks in circles; questions for discussion.
// Every slide after the first has a FOOTER with THE SPEAKER'S NAME AND POST at the left, the survey name in the
// middle and the slide number ("4 / 10") at the right, drawn last.
// No table anywhere: the regional figures and the waits by type of council are only in the charts.
// Rendering: per slide its title, then its lines in reading order: bullets without the bullet; a tile as "number |
// caption"; a chart's title, then one line per bar "label | value" (grouped: "label | 2024 value | 2029 value", after
// a legend line "2024 | 2029"), the reference-line label and the source line; the footers are dropped. Every text is
// drawn in rendering order (checked by check-gold).
// Synthetic test fixture: the survey, its figures and the people are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "allotments-community-growing-panel-survey-2029-slides-2030-01-23";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const SPEAKER = "Dr Rashida Mallinson";
const POST = "Senior Research Officer, LGA Research";
const DECK = "Allotment Provision Survey 2029";
const TITLE_SLIDE = [DECK, "Headline results", "Allotments and Community Growing Panel", "Wednesday 23 January 2030 – Item 3", SPEAKER, POST];
const REGIONS = [
  ["London", 183], ["South East", 88], ["South West", 79], ["East of England", 74], ["West Midlands", 66],
  ["North West", 61], ["Yorkshire and the Humber", 54], ["East Midlands", 49], ["North East", 38],
];
const ENGLAND = 72;
const WAITS = [["London boroughs", 58, 71], ["Metropolitan districts", 24, 33], ["Unitary authorities", 20, 29], ["District councils", 17, 26], ["All councils", 22, 31]];
const HOLD = [["Spreadsheet", 52], ["Allotment management software", 27], ["Held only by site associations", 13], ["Paper records", 8]];
const SLIDES = [
  { kind: "title" },
  { title: "About the survey", bullets: [
    "An online survey of the 276 councils in England that have a duty to provide allotments",
    "Open from Monday 10 September to Friday 26 October 2029",
    "191 councils responded (69 per cent), from every region",
    "Questions on plots, waiting lists, rents and concessions, sites gained and lost, and how councils hold their waiting lists",
    "Figures are at 31 August 2029 unless stated, and are compared with the LGA’s 2024 survey where the question was the same",
    "Results are for the responding councils only: they have not been grossed up to all councils",
  ] },
  { title: "Headline figures", tiles: [
    ["218,640", "plots managed by the responding councils"],
    ["157,320", "people on waiting lists"],
    ["31 months", "median wait for a plot (22 months in 2024)"],
    ["3.8%", "of plots vacant at 31 August 2029"],
  ], note: "That is 72 people waiting for every 100 plots." },
  { title: "Demand is highest in London and the South East", hbar: { head: "People on waiting lists for every 100 plots, by region", rows: REGIONS, ref: ENGLAND, refLabel: `England: ${ENGLAND}`, max: 200, unit: "" }, source: "Base: 191 responding councils. Source: LGA Allotment Provision Survey 2029." },
  { title: "Waits have lengthened for every type of council", vbar: { head: "Median wait for a plot (months)", legend: ["2024", "2029"], rows: WAITS, max: 80 }, source: "Base: 191 responding councils in 2029 and 178 in 2024." },
  { title: "Rents and concessions", bullets: [
    "Median annual rent for a full plot (250 square metres): £118, up from £94 in 2024",
    "Rents range from £32 to £395 a year",
    "84 per cent of councils offer a concession; 61 per cent of those give 50 per cent off",
    "The most common grounds are a means-tested benefit (79 per cent) and age (52 per cent)",
    "11 councils have stopped giving a concession by age since 2024",
    "Water is included in the rent at 72 per cent of councils",
  ] },
  { title: "Sites gained and lost since April 2024", panels: [
    ["Gained", "47 new sites", "1,910 plots"],
    ["Lost", "14 sites closed", "338 plots"],
  ], bullets: [
    "A net gain of 1,572 plots in five years",
    "9 of the 14 closed sites were on land sold or redeveloped for housing",
    "Councils expect to open 1,350 more plots by March 2032",
    "23 councils say they have no land available for new sites",
  ] },
  { title: "How councils hold their waiting lists", hbar: { head: "Share of responding councils, by how the waiting list is held", rows: HOLD, max: 60, unit: "%" },
    callout: "Only 19 councils publish their waiting list using the Allotment Waiting List Data Standard (version 1.0).", source: "Base: 191 responding councils." },
  { title: "What we propose to ask Government", asks: [
    ["Protect allotment land", "A stronger test before the Secretary of State consents to the disposal of statutory allotment land"],
    ["Fund new plots", "A £15 million capital fund from 2031/32 to create 6,000 new plots over three years"],
    ["Measure demand consistently", "Back the Allotment Waiting List Data Standard as the national measure of demand"],
  ] },
  { title: "For discussion", bullets: [
    "Do members agree the three asks?",
    "Councils were told that their answers would be published by region only. Should we ask them for consent to publish council-level results?",
    "Should the survey be repeated every two years rather than every five?",
    "The full report will be published on Monday 4 March 2030.",
  ] },
];

// ---------------------------------------------------------------- checks
if (Math.round((191 / 276) * 100) !== 69) throw new Error("response rate");
if (Math.round((157320 / 218640) * 100) !== ENGLAND) throw new Error("people per 100 plots");
if (HOLD.reduce((a, [, v]) => a + v, 0) !== 100) throw new Error("percentages");
if (1910 - 338 !== 1572) throw new Error("net plots");
if (Math.max(...REGIONS.map((r) => r[1])) > 200 || Math.max(...WAITS.flatMap((w) => w.slice(1))) > 80) throw new Error("chart scale");
for (const [, a, b] of WAITS) if (!(b > a)) throw new Error("waits must lengthen");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TITLE_SLIDE, SLIDES]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+)(?: to [A-Za-z]+ \d+ [A-Za-z]+)? (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
for (const d of ["2029-09-10", "2029-10-26"]) if ([0, 6].includes(new Date(d).getUTCDay())) throw new Error("weekend " + d);

// ---------------------------------------------------------------- PDF
const PW = 960, PH = 540, L = 56, W = PW - 2 * L;
const GREEN = "#2F5D24", LIGHT = "#E6EFE0", ACC2 = "#C9772B", GREY = "#9AA5A0", INK = "#1D2A22";
const doc = new PDFDocument({ size: [PW, PH], margins: { top: 0, bottom: 0, left: 0, right: 0 }, autoFirstPage: false });
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.info.Title = `${DECK}: headline results`;
doc.info.Author = SPEAKER;
doc.info.Subject = "Synthetic test fixture";
doc.info.Creator = "Presentation software (export to PDF)";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));
const R = [];
const txt = (s, x, y, o = {}) => {
  doc.font(o.font ?? "N").fontSize(o.size ?? 16).fillColor(o.color ?? INK);
  if (o.width && !o.wrap && doc.widthOfString(s) > o.width) throw new Error("too wide: " + s);
  doc.text(s, x, y, { width: o.width, align: o.align, lineBreak: !!o.wrap, lineGap: o.lineGap ?? 3 });
  return doc.y;
};
const footer = (n) => {
  doc.moveTo(L, PH - 40).lineTo(PW - L, PH - 40).lineWidth(0.6).strokeColor(GREY).stroke();
  txt(`${SPEAKER}, ${POST}`, L, PH - 30, { size: 10, color: "#55605A" });
  txt(DECK, L, PH - 30, { size: 10, color: "#55605A", width: W, align: "center" });
  txt(`${n} / ${SLIDES.length}`, L, PH - 30, { size: 10, color: "#55605A", width: W, align: "right" });
};
const slideTitle = (t) => {
  doc.rect(0, 0, PW, 14).fill(GREEN);
  txt(t, L, 38, { font: "NB", size: 27, color: GREEN, width: W });
  doc.rect(L, 82, 70, 4).fill(ACC2);
  R.push(t);
};
const bullets = (list, y, size = 19, width = W) => {
  for (const b of list) {
    doc.circle(L + 7, y + size * 0.62, 4).fill(ACC2);
    y = txt(b, L + 26, y, { size, width: width - 26, wrap: true, lineGap: 4 }) + 12;
    R.push(b);
  }
  return y;
};
const hbar = (c, y0, width) => {
  txt(c.head, L, y0, { font: "NB", size: 15, color: INK, width });
  R.push(c.head);
  const LABW = 250, X0 = L + LABW + 14, BW = width - LABW - 80;
  const rowH = Math.min(32, 300 / c.rows.length);
  let y = y0 + 34;
  const sc = (v) => (v / c.max) * BW;
  for (const [lab, v] of c.rows) {
    const val = `${v}${c.unit}`;
    txt(lab, L, y + (rowH - 14) / 2 - 2, { size: 13, width: LABW, align: "right" });
    doc.rect(X0, y + 3, sc(v), rowH - 8).fill(GREEN);
    txt(val, X0 + sc(v) + 6, y + (rowH - 14) / 2 - 2, { font: "NB", size: 13, color: INK });
    R.push(`${lab} | ${val}`);
    y += rowH;
  }
  doc.moveTo(X0, y0 + 30).lineTo(X0, y + 2).lineWidth(1).strokeColor("#444").stroke();
  if (c.ref) {
    const rx = X0 + sc(c.ref);
    doc.moveTo(rx, y0 + 30).lineTo(rx, y + 4).dash(4, { space: 3 }).lineWidth(1.2).strokeColor(ACC2).stroke().undash();
    txt(c.refLabel, rx + 5, y + 2, { font: "NB", size: 12, color: ACC2 });
    R.push(c.refLabel);
  }
  return y + 22;
};
const vbar = (c, y0) => {
  txt(c.head, L, y0, { font: "NB", size: 15, color: INK, width: W });
  R.push(c.head);
  // legend
  const cols = ["#A9B4AE", GREEN];
  let lx = PW - L - 190;
  c.legend.forEach((lg, i) => {
    doc.rect(lx, y0 + 3, 16, 12).fill(cols[i]);
    txt(lg, lx + 22, y0 + 1, { size: 13 });
    lx += 90;
  });
  R.push(c.legend.join(" | "));
  const base = y0 + 300, H = 250;
  const gw = W / c.rows.length, bw = 46;
  doc.moveTo(L, base).lineTo(PW - L, base).lineWidth(1).strokeColor("#444").stroke();
  c.rows.forEach(([lab, a, b], i) => {
    const cx = L + gw * i + gw / 2;
    txt(lab, L + gw * i, base + 8, { size: 13, width: gw, align: "center" });
    [a, b].forEach((v, k) => {
      const h = (v / c.max) * H;
      const x = cx - bw - 3 + k * (bw + 6);
      doc.rect(x, base - h, bw, h).fill(cols[k]);
      txt(String(v), x, base - h - 18, { font: "NB", size: 13, width: bw, align: "center" });
    });
    R.push(`${lab} | ${a} | ${b}`);
  });
  return base + 34;
};

SLIDES.forEach((s, i) => {
  doc.addPage();
  if (s.kind === "title") {
    doc.rect(0, 0, PW, PH).fill(LIGHT);
    doc.rect(0, 0, 28, PH).fill(GREEN);
    doc.rect(0, PH - 120, PW, 120).fill(GREEN);
    txt("Local Government Association", L + 10, 40, { font: "NB", size: 14, color: GREEN });
    txt(TITLE_SLIDE[0], L + 10, 120, { font: "NB", size: 40, color: GREEN, width: W });
    txt(TITLE_SLIDE[1], L + 10, 178, { size: 28, color: INK, width: W });
    doc.rect(L + 10, 230, 90, 5).fill(ACC2);
    txt(TITLE_SLIDE[2], L + 10, 258, { font: "NB", size: 18, color: INK, width: W });
    txt(TITLE_SLIDE[3], L + 10, 286, { size: 18, color: INK, width: W });
    txt(TITLE_SLIDE[4], L + 10, PH - 92, { font: "NB", size: 20, color: "#FFFFFF", width: W });
    txt(TITLE_SLIDE[5], L + 10, PH - 62, { size: 16, color: "#FFFFFF", width: W });
    R.push(...TITLE_SLIDE);
    return;
  }
  slideTitle(s.title);
  let y = 112;
  if (s.tiles) {
    const tw = (W - 3 * 20) / 4;
    s.tiles.forEach(([num, cap], k) => {
      const x = L + k * (tw + 20);
      doc.rect(x, y, tw, 200).fill(LIGHT);
      doc.rect(x, y, tw, 6).fill(GREEN);
      txt(num, x + 16, y + 40, { font: "NB", size: 27, color: GREEN, width: tw - 32 });
      txt(cap, x + 16, y + 100, { size: 16, width: tw - 32, wrap: true });
      R.push(`${num} | ${cap}`);
    });
    y += 240;
    txt(s.note, L, y, { size: 19, width: W });
    R.push(s.note);
  }
  if (s.hbar) {
    const width = s.callout ? W - 300 : W;
    y = hbar(s.hbar, y, width);
    if (s.callout) {
      const bx = PW - L - 270;
      doc.roundedRect(bx, 150, 270, 170, 8).fill(LIGHT);
      doc.rect(bx, 150, 6, 170).fill(ACC2);
      txt(s.callout, bx + 22, 172, { font: "NB", size: 17, color: GREEN, width: 230, wrap: true, lineGap: 5 });
      R.push(s.callout);
    }
  }
  if (s.vbar) y = vbar(s.vbar, y);
  if (s.source) {
    txt(s.source, L, PH - 70, { size: 11, color: "#55605A", width: W });
    R.push(s.source);
  }
  if (s.panels) {
    const pw = (W - 30) / 2;
    s.panels.forEach(([h, a, b], k) => {
      const x = L + k * (pw + 30);
      doc.rect(x, y, pw, 120).fill(k === 0 ? LIGHT : "#F6E7DA");
      txt(h, x + 20, y + 14, { font: "NB", size: 16, color: k === 0 ? GREEN : "#8A4B16" });
      txt(a, x + 20, y + 42, { font: "NB", size: 28, color: INK });
      txt(b, x + 20, y + 82, { size: 20, color: INK });
      R.push(`${h} | ${a} | ${b}`);
    });
    y += 150;
    y = bullets(s.bullets, y, 18);
  } else if (s.bullets) {
    y = bullets(s.bullets, y + 6);
  }
  if (s.asks) {
    s.asks.forEach(([h, t], k) => {
      doc.circle(L + 24, y + 24, 22).fill(GREEN);
      txt(String(k + 1), L + 2, y + 13, { font: "NB", size: 20, color: "#FFFFFF", width: 44, align: "center" });
      txt(h, L + 64, y + 4, { font: "NB", size: 20, color: GREEN, width: W - 64 });
      y = txt(t, L + 64, y + 34, { size: 17, width: W - 64, wrap: true }) + 26;
      R.push(`${k + 1} ${h}`, t);
    });
  }
  if (y > PH - 50) throw new Error(`slide ${i + 1} overflows (${y})`);
  footer(i + 1);
});
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf and text/${BASE}.txt (${R.length} lines, ${SLIDES.length} slides)`);
