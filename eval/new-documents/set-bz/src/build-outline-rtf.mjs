// Builds docs/<outline rtf>: the item 5 presentation for 11 March 2562 (quarter 3 2561/62 performance,
// budget and risks) saved from PowerPoint as "Outline/RTF": only what the slides' title and body
// placeholders hold, as an outline – each slide's title a level-1 paragraph in the title's large font, each
// body paragraph at the level of its indent (bullets as \pntext characters), a measure's target, figures,
// rating and lead as level-3 paragraphs under it; no slide numbers, no speaker notes and nothing from the
// slides' tables, charts, pictures or free text boxes (the turned-away chart and the risk heat map leave their
// titles only). Code page 1252 with \'hh escapes, \uN for what 1252 lacks.
// Also writes text/<base>.txt (a paragraph a line, bullets left out).
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, MEETINGS, longWd, long, MEASURES, count, OFFICERS, cllr, RISKS, TOTAL, LINES, TURNED, money, P } from "./common.mjs";

const O = OFFICERS;
const c3 = count("r3"), c2 = count("r2");
const fund = LINES.filter((l) => l.cc === "E4430");
const agency = LINES.find((l) => l.acc === "1180");
// slides: [title, [[level, text], ...]]
const measureBlock = (m) => [
  [2, `${m.id} ${m.title}`],
  [3, `Target: ${m.target}`],
  [3, `Quarter 2: ${m.q2} (${m.r2}) · Quarter 3: ${m.q3} (${m.r3})`],
  [3, `Lead: ${cllr(m.lead)}`],
  [3, m.note],
];
const SLIDES = [
  ["Holiday Clubs Programme: quarter 3 2561/62", [
    [2, `${BODY}, ${long(MEETINGS.march)}, item 5`],
    [2, `${O.rosalind.name}, Programme Manager, and ${O.idris.name}`],
  ]],
  ["Quarter 3 at a glance (1 October to 31 December 2561)", [
    [2, `10 measures: ${c3.Green} on track, ${c3.Amber} some risk, ${c3.Red} off track, ${c3.Blue} complete`],
    [2, `At quarter 2: ${c2.Green} on track, ${c2.Amber} some risk`],
    [2, "4 measures rated worse than at quarter 2, 3 better"],
    [2, `Spend ${money(TOTAL.a)} of ${money(TOTAL.b)} to period 9; forecast underspend ${money(-TOTAL.v)}`],
    [2, `${RISKS.filter((r) => r.rag === "Red").length} risks scored 12 or more`],
  ]],
  ["How we rate", [[2, "Green: on track"], [2, "Amber: some risk"], [2, "Red: off track"], [2, "Blue: complete"]]],
  ["Measures HCM-01 to HCM-05", MEASURES.slice(0, 5).flatMap(measureBlock)],
  ["Measures HCM-06 to HCM-10", MEASURES.slice(5).flatMap(measureBlock)],
  ["Children turned away by club, 2561 calendar year", []],
  ["Recovery plan: HCM-04 children turned away (action HFA-41)", [
    [2, `${TURNED.q2.toLocaleString("en-GB")} children by 30 September; ${TURNED.q3.toLocaleString("en-GB")} by 31 December, against a limit of ${TURNED.limit2561.toLocaleString("en-GB")} for 2561 (25% below ${TURNED.y2560.toLocaleString("en-GB")} in 2560)`],
    [2, "Brightplate Foods to supply hot meals at its last 14 clubs by 31 March 2562"],
    [2, "Extra Easter sessions brought forward at Ambledown and Hollin Ford"],
    [2, `Proposed limit for 2562: ${TURNED.limit2562.toLocaleString("en-GB")} children, reported monthly from April 2562`],
    [3, "Ambledown central kitchen (£6.2 million) still not committed: see risk HCR-01"],
  ]],
  ["Budget 2561/62 to period 9 (31 December 2561)", [
    [2, `Budget ${money(TOTAL.b)}; actual ${money(TOTAL.a)}; committed ${money(TOTAL.c)}; forecast ${money(TOTAL.f)}`],
    [2, `Forecast underspend ${money(-TOTAL.v)} (in the Unit4 report a minus variance is an underspend)`],
    [3, `Expansion Fund: ${money(-fund.reduce((s, l) => s + l.v, 0))} less than budgeted (Pellbridge, Leddon Youth Hub: the school trust is paying for the kitchen refit)`],
    [3, `Agency staff: ${money(agency.v)} over budget (cover for a vacant quality assurance post since October)`],
    [2, "Detail: Unit4 budget monitoring report, period 256109"],
  ]],
  ["Risks scoring 12 or more", RISKS.filter((r) => r.rag === "Red").map((r) => [2, `${r.id} ${r.title}: ${r.score} (${r.score > r.prev ? `up from ${r.prev}` : "no change"})`])],
  ["Risk heat map", []],
  ["Recommendations", [
    [2, "The Task Group is asked to:"],
    [3, "(a) note quarter 3 performance and the budget position;"],
    [3, `(b) agree the HCM-04 recovery plan, including a limit of ${TURNED.limit2562.toLocaleString("en-GB")} children turned away in 2562;`],
    [3, "(c) agree that the Pellbridge saving of £48,000 is carried into round 2 of the Expansion Fund, subject to the Department for Education's agreement."],
  ]],
  ["Contacts", [
    [2, `${O.rosalind.name}, ${O.rosalind.post}: ${O.rosalind.phone}, ${O.rosalind.email}`],
    [2, `${O.idris.name}, ${O.idris.post}: ${O.idris.phone}, ${O.idris.email}`],
    [2, `${O.bart.name}, ${O.bart.post} (budget): ${O.bart.phone}, ${O.bart.email}`],
    [2, `${O.ines.name}, ${O.ines.post} (booking system): ${O.ines.phone}, ${O.ines.email}`],
  ]],
];

// ------------------------------------------------------------------ RTF
const CP1252 = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97 };
const rtfText = (s) => [...s].map((ch) => {
  const c = ch.codePointAt(0);
  if (ch === "\\" || ch === "{" || ch === "}") return "\\" + ch;
  if (c < 128) return ch;
  if (CP1252[ch]) return "\\'" + CP1252[ch].toString(16);
  if (c < 256) return "\\'" + c.toString(16);
  return `\\u${c > 32767 ? c - 65536 : c}?`;
}).join("");
const FS = { 1: 64, 2: 40, 3: 32, 4: 28 };
const IND = { 1: 0, 2: 360, 3: 720, 4: 1080 };
const parts = [];
parts.push("{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0\\deflang2057\\deflangfe2057");
parts.push("{\\fonttbl{\\f0\\fswiss\\fcharset0\\fprq2 Aptos;}{\\f1\\fswiss\\fcharset0\\fprq2 Aptos Display;}{\\f2\\fswiss\\fcharset0\\fprq2 Arial;}{\\f3\\fnil\\fcharset2\\fprq2 Wingdings;}}");
parts.push("{\\colortbl;\\red0\\green0\\blue0;\\red14\\green40\\blue65;\\red0\\green102\\blue153;}");
parts.push("{\\info{\\title Holiday Clubs Programme: quarter 3 2561/62}{\\author " + O.rosalind.name + "}{\\operator " + O.rosalind.name + "}{\\creatim\\yr2562\\mo2\\dy24\\hr17\\min2}{\\revtim\\yr2562\\mo2\\dy25\\hr9\\min41}{\\*\\company Local Government Association}}");
parts.push("\\paperw11907\\paperh16840\\margl1440\\margr1440\\margt1440\\margb1440\\viewkind1\\uc1");
for (const [title, body] of SLIDES) {
  parts.push(`\\pard\\plain\\ql\\outlinelevel0\\sb240\\sa60\\f1\\fs${FS[1]}\\cf2\\b ${rtfText(title)}\\b0\\par`);
  for (const [lvl, t] of body) {
    const bullet = lvl === 2 ? "\\'95" : "\\'96";
    parts.push(`\\pard\\plain\\ql\\outlinelevel${lvl - 1}\\fi-360\\li${IND[lvl] + 360}\\sb40\\f0\\fs${FS[lvl]}\\cf1{\\pntext\\f2 ${bullet}\\tab}{\\*\\pn\\pnlvlblt\\pnf2\\pnindent360{\\pntxtb ${bullet}}}${rtfText(t)}\\par`);
  }
}
parts.push("}");
writeFileSync(join(root, "docs", DOCS.outline), parts.join("\r\n") + "\r\n", "latin1");

const rendering = SLIDES.flatMap(([title, body]) => [title, ...body.map(([, t]) => t)]);
writeFileSync(join(root, "text", basename(DOCS.outline, extname(DOCS.outline)) + ".txt"), rendering.join("\n") + "\n");
console.log("wrote", DOCS.outline);
