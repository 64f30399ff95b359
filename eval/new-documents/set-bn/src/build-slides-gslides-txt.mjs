// Builds docs/dcstg-call-blocker-evaluation-slides-2255-12-05.txt and its rendering in text/.
// Layout: A GOOGLE SLIDES DECK DOWNLOADED AS PLAIN TEXT (File > Download > Plain text (.txt)): UTF-8
// with a byte-order mark; the text of every text box of every slide, one after another, with NOTHING
// MARKING WHERE A SLIDE STARTS OR ENDS (no slide numbers, no titles marked as titles); bullets dropped;
// the boxes of a slide in the order they were created, not the order they are read – on two slides a
// source note and an attribution come before the title or quote they belong to; A TABLE COMES OUT ONE
// CELL A LINE, row after row, so the results table (six councils and a total, five columns) is
// thirty-five lines of bare values under five header lines; speaker notes are not exported; line breaks inside a box kept; CRLF line ends.
// Rendering: the file's lines, without the byte-order mark and blank lines.
// Synthetic test fixture: every person, figure and quotation is invented.
//   node src/build-slides-gslides-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, EVAL, EVAL_DEVICES, EVAL_CALLS, UNIT, RENEWAL, RENEWAL_COST } from "./common.mjs";

const FILE = DOCS.slides;
const BASE = basename(FILE, extname(FILE));
const n = (x) => x.toLocaleString("en-GB");
const slides = [
  // 1 title (created: title, subtitle, presenter)
  ["Call blocker scheme: six-month evaluation", `${BODY}\n5 December 2255 · Item 6`, `${O.lorcan.name}, ${O.lorcan.post}`],
  // 2
  ["What we did", `${EVAL_DEVICES} call blockers fitted in six councils between April and September 2255\nDevices block unknown numbers and let through calls from a trusted list the resident chooses\n£${UNIT} per device: the unit, fitting and 12 months' call screening\nReferrals from adult social care, the police and Scam Champions`],
  // 3 (the source box was made first; the table is one cell a line)
  ["Source: supplier's call logs, April to September 2255; resident survey, 402 replies (61%)", "Results by council, April to September 2255",
    ["Council", "Devices fitted", "Calls blocked", "Scam or nuisance", "Felt safer",
      ...EVAL.flatMap((e) => [e.council, String(e.devices), n(e.calls), e.bad, e.safer]),
      "Total", String(EVAL_DEVICES), n(EVAL_CALLS), "96%", "92%"].join("\n")],
  // 4 (the attributions were placed before the quotes)
  ["What residents told us", "– resident, Ebberston, aged 84", "“I used to dread the phone ringing. Now it only rings when it's someone I know.”", "– carer, Fosbury", "“My dad sleeps better knowing the scammers can't get through to him.”", "“It stopped a man who rang me four times a day about my pension.”\n– resident, Mardleton, aged 79"],
  // 5
  ["Money and harm prevented", `An estimated £212,600 of losses prevented in six months\nAn average of 21 blocked calls per device per month\n3 residents referred to adult social care after their call logs showed repeated targeting`],
  // 6
  ["What we ask the Task Group to agree", `1. Round 2 priority: residents aged 75 or over, or living with dementia, referred by adult social care or the police\n2. Fund 12 months' renewal of call screening for all ${EVAL_DEVICES} round 1 devices: £${n(RENEWAL_COST)} (${EVAL_DEVICES} × £${RENEWAL})\n3. Report the renewal cost to the Consumer and Community Safety Board in January 2256`],
  // 7
  ["Next steps", "Round 2 devices fitted from January 2256 (Hollinsby and Stannerby approved; Fosbury awaiting a decision)\nWrexley invited to resubmit with an adult social care referral route\nTwelve-month evaluation to the Task Group in September 2256"],
  // 8
  ["Questions?", `${O.lorcan.email} · ${O.lorcan.phone}`],
];
{
  // weighted totals shown on slide 3
  const bad = EVAL.reduce((t, e) => t + e.calls * parseInt(e.bad), 0) / EVAL_CALLS;
  const safer = EVAL.reduce((t, e) => t + e.devices * parseInt(e.safer), 0) / EVAL_DEVICES;
  if (Math.round(bad) !== 96 || Math.round(safer) !== 92) throw new Error(`totals ${bad} ${safer}`);
  if (Math.round(EVAL_CALLS / EVAL_DEVICES / 6) !== 21) throw new Error("calls per device");
}
const lines = slides.flat().join("\n").split("\n");
writeFileSync(join(root, "docs", FILE), "\uFEFF" + lines.join("\r\n") + "\r\n");
writeFileSync(join(root, "text", BASE + ".txt"), lines.filter((l) => l.trim()).join("\n") + "\n");
console.log(`wrote docs/${FILE} (${lines.length} lines) and text/${BASE}.txt`);
