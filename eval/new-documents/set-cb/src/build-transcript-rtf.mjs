// Builds docs/lscp-evidence-session-transcript-2622-01-22.rtf and its rendering: the verbatim transcript
// of the Panel's evidence session on chewing gum and graffiti (22 January 2622), as a reporting firm's
// computer-aided transcription (CAT) system exports it for word processors, in RTF/CRE: every word is
// preceded by a hidden {\*\cxs …} group holding the steno strokes it was written with, every paragraph
// begins with a hidden {\*\cxt hh:mm:ss:ff} timestamp, the paragraph styles are the transcript's own
// (Question, Answer, Colloquy, Parenthetical, Centered, Fixed Line), the page is Courier 12 point
// double-spaced with line numbers made by RTF line numbering (\linemod, restarting each page, so no
// number is in the text), speaker labels are in capitals ("MR ODUM:"), questions are numbered in the
// margin style of committee transcripts ("Q4"), a running header and a footer with a PAGE field, a
// front page of appearances in capitals, parentheticals for breaks and [inaudible] / [crosstalk]
// notes, and the firm's certificate at the end. Text in Windows-1252 escapes (\'a3 for "£", \'96 for
// the en dash).
//   node src/build-transcript-rtf.mjs
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, DOCS, BODY, ROOM, P, WITNESSES, OFFICERS, EV_PRESENT } from "./common.mjs";

const up = (k) => `CLLR ${P[k].fore.toUpperCase()} ${P[k].sur.toUpperCase()}`;
const W = Object.fromEntries(WITNESSES.map((w) => [w.k, w]));
// paragraphs: [style, text]; styles: C centered, F fixed line, X colloquy, Q question, A answer, R parenthetical, PAGE page break
const paras = [];
const add = (s, t) => paras.push([s, t]);
add("C", BODY.toUpperCase());
add("C", "EVIDENCE SESSION: CHEWING GUM AND GRAFFITI");
add("C", "Tuesday, 22 January 2622");
add("C", ROOM);
add("C", "Commencing at 2.00pm");
add("F", "Before:");
add("F", `${up("etherege")} (Labour, Pelwick Metropolitan Borough Council), lead member for chewing gum and graffiti, in the Chair`);
add("F", "Panel members:");
for (const k of EV_PRESENT.filter((k) => k !== "etherege")) add("F", `${up(k)} (${P[k].group}, ${P[k].council})${P[k].role === "Vice-Chair" ? ", Vice-Chair" : ""}`);
add("F", "Witnesses:");
add("F", "Panel 1");
for (const w of WITNESSES.filter((w) => w.panel === 1)) add("F", `${w.name.toUpperCase()}, ${w.post}`);
add("F", "Panel 2");
for (const w of WITNESSES.filter((w) => w.panel === 2)) add("F", `${w.name.toUpperCase()}, ${w.post}`);
add("F", "Also present:");
add("F", `${OFFICERS.bastable.name}, ${OFFICERS.bastable.post}`);
add("F", `${OFFICERS.dibley.name}, ${OFFICERS.dibley.post} (clerk)`);
add("F", "Transcribed by Thamesbank Reporting Ltd from the stenographic record and the audio recording.");
add("F", "Unapproved transcript: the witnesses have not yet had the opportunity to correct it.");
add("PAGE");
add("R", "(2.00pm)");
add("X", `CHAIR: Good afternoon and welcome to this evidence session of the ${BODY} on chewing gum and graffiti. I am Dorcas Etherege, the Panel's lead member for chewing gum and graffiti. Cllr Griselda Farebrother, the Panel's Chair, has sent her apologies and asked me to chair this session. A warm welcome also to Cllr Keturah Doggart, who joined the Panel last week. Before we start, are there any declarations of interest?`);
add("X", "CLLR BALLANTYNE: Yes, Chair. Mr Odum is the Head of Street Scene at Harnmouth City Council, of which I am a member. I do not think that stops me asking questions, but I want it on the record.");
add("X", "CHAIR: Thank you, that is noted. Let us go to our first panel.");
add("R", "(Panel 1: Dr Sabine Juxon and Mr Emrys Odum)");
add("Q", "Q1 CHAIR: Dr Juxon, why is gum such a stubborn problem for councils?");
add("A", "DR JUXON: Because it is cheap to drop and expensive to remove. Removing one piece of gum costs a council between 10p and 15p, and cleaning a typical high street costs on average £7,400. Within six months about half of the staining is back.");
add("Q", "Q2 CLLR SLEIGHTHOLME: Does anything actually change behaviour?");
add("A", "DR JUXON: Yes. In our trial in six towns in 2619, gum target boards and pavement stencils cut the amount of gum dropped by 38% over 12 weeks. The effect fades, so the boards need changing every few months.");
add("Q", "Q3 CLLR SLEIGHTHOLME: And fines?");
add("A", "DR JUXON: Fines work when people believe they will be caught. Most people do not.");
add("Q", "Q4 CLLR TULLIBARDINE: Mr Odum, the programme's target is to remove offensive graffiti within 24 hours of a report. How does Harnmouth do?");
add("A", "MR ODUM: We remove 92% of offensive graffiti within 24 hours of a report. We have two crews on seven-day rotas, and that weekend cover is the difference. Councils without weekend crews struggle with reports that come in on a Friday night.");
add("Q", "Q5 CLLR TULLIBARDINE: What does that cost you?");
add("A", "MR ODUM: Our graffiti budget is £415,000 a year. We had 6,140 graffiti reports in 2620/21, about a quarter of them offensive.");
add("Q", "Q6 CLLR DOGGART: Are anti-graffiti coatings worth it?");
add("A", "MR ODUM: For underpasses and shutters, yes. Anti-graffiti coating costs us about £18 a square metre, and a coated wall takes a crew ten minutes to clean instead of an hour.");
add("Q", "Q7 CLLR LETHBRIDGE: Would Harnmouth join a regional framework if the Panel lets one?");
add("A", "MR ODUM: We would join a regional lot, yes, as long as we can keep our own crews for offensive graffiti. [inaudible] That is where the 24 hours is won or lost.");
add("Q", "Q8 CHAIR: Thank you both. [crosstalk] Sorry, Dr Juxon, briefly?");
add("A", "DR JUXON: Only that the evidence on gum is clearer than the evidence on graffiti. I would not spend the whole fund on gum because of that.");
add("X", "CHAIR: Thank you. We will take a short break.");
add("R", "(Adjourned at 3.02pm)");
add("PAGE");
add("R", "(Resumed at 3.10pm)");
add("R", "(Panel 2: Ms Lucinda Brightman and Mr Ptolemy Ruiz)");
add("Q", "Q9 CHAIR: Ms Brightman, tell us about the volunteers.");
add("A", "MS BRIGHTMAN: Our member groups logged 1.3 million volunteer hours last year. The groups are growing, but they are worried about safety. From 1 April 2622 our insurance will cover a group's litter pick only if it is led by someone trained in sharps and traffic safety.");
add("Q", "Q10 CLLR LETHBRIDGE: How many group leaders are trained now?");
add("A", "MS BRIGHTMAN: Fewer than one in five of the group leaders we know of.");
add("Q", "Q11 CLLR LETHBRIDGE: So from April most groups will be uninsured?");
add("A", "MS BRIGHTMAN: Unless training picks up very quickly, yes. That is why the loss of the training provider in December hurt.");
add("Q", "Q12 CHAIR: Mr Ruiz, what are the gum manufacturers offering?");
add("A", "MR RUIZ: Our members will put £1.2 million over three years into the Gum Clean-up Scheme. Councils will be able to apply from 1 April 2622 for grants for removal and for prevention, such as target boards.");
add("Q", "Q13 CLLR SLEIGHTHOLME: Would your members accept a levy on gum instead?");
add("A", "MR RUIZ: No. We do not support a levy. A voluntary scheme gets money to councils faster.");
add("Q", "Q14 CLLR SLEIGHTHOLME: £1.2 million across the whole country is not much.");
add("A", "MR RUIZ: It is £1.2 million more than there was.");
add("R", "(Laughter)");
add("Q", "Q15 CLLR BALLANTYNE: Could councils use your grants as the match funding for the Panel's own fund?");
add("A", "MR RUIZ: I see no reason why not, but I will check and write to the Panel.");
add("X", "CHAIR: Thank you, please do. The clerk will follow that up.");
add("Q", "Q16 CHAIR: Finally, to both of you: one thing the Panel should recommend?");
add("A", "MS BRIGHTMAN: Fund safety training for group leaders before April.");
add("A", "MR RUIZ: Back the Gum Clean-up Scheme and let councils use it alongside your own fund.");
add("X", "CHAIR: Thank you all. The clerk will send the witnesses this transcript to check. I will bring the findings and our recommendations to the Panel's meeting on 19 March 2622. The session is closed.");
add("R", "(The session ended at 4.10pm)");
add("PAGE");
add("C", "CERTIFICATE");
add("F", "We hereby certify that the foregoing is a true and accurate transcript of the stenographic notes and the audio recording of the proceedings, to the best of our skill and ability.");
add("F", "Thamesbank Reporting Ltd, Official Reporters");
add("F", "Transcript produced 24 January 2622. Job reference TR-2622-0147.");

// ---------------------------------------------------------------- RTF/CRE
const CP = { "£": "\\'a3", "–": "\\'96", "—": "\\'97", "‘": "\\'91", "’": "\\'92", "“": "\\'93", "”": "\\'94", "é": "\\'e9" };
const rtfText = (s) => s.replace(/[\\{}]/g, (c) => "\\" + c).replace(/[^\x00-\x7f]/g, (c) => CP[c] ?? `\\u${c.charCodeAt(0)}?`);
// pseudo steno: a word's outline in capitals (consonant clusters, a number after "#")
const steno = (w) => {
  const x = w.replace(/[^A-Za-z0-9]/g, "");
  if (!x) return "";
  if (/^[0-9]+$/.test(x)) return "#" + x;
  const u = x.toUpperCase();
  const first = u[0];
  const rest = u.slice(1).replace(/[AEIOUY]/g, "").replace(/(.)\1+/g, "$1").slice(0, 5);
  return (first + rest).slice(0, 7) || first;
};
let clock = 14 * 3600;
const stamp = () => {
  clock += 17 + (paras.length % 5) * 9;
  const h = Math.floor(clock / 3600), m = Math.floor((clock % 3600) / 60), s = clock % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}:${String((clock * 7) % 30).padStart(2, "0")}`;
};
const STY = { C: "\\s5\\qc", F: "\\s6\\ql", X: "\\s3\\fi720", Q: "\\s1\\fi720", A: "\\s2\\fi720", R: "\\s4\\qc" };
const body = [];
for (const [s, t] of paras) {
  if (s === "PAGE") { body.push("\\page"); continue; }
  if (s === "R" && t === "(Resumed at 3.10pm)") clock = 15 * 3600 + 10 * 60;
  // bold speaker label (and the question number) as transcripts set it
  const m = "QAX".includes(s) ? /^((?:Q\d+ )?[A-Z][A-Z .']+:)( .*)$/.exec(t) : null;
  const words = (m ? m[2] : t).split(" ").filter(Boolean);
  const wrapped = words.map((w) => { const st = steno(w); return (st ? `{\\*\\cxs ${st}}` : "") + rtfText(w); }).join(" ");
  const label = m ? `{\\b ${m[1].split(" ").map((w) => `{\\*\\cxs ${steno(w) || "SPKR"}}` + rtfText(w)).join(" ")}} ` : "";
  body.push(`\\pard\\plain ${STY[s]}\\sl480\\slmult1\\f0\\fs24 {\\*\\cxt ${stamp()}}${label}${wrapped}\\par`);
}
const rtf = [
  "{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057",
  "{\\*\\cxrev100}{\\*\\cxsystem CAT Transcription System 14.2}{\\*\\cxjobref TR-2622-0147}",
  "{\\fonttbl{\\f0\\fmodern\\fcharset0\\fprq1 Courier New;}{\\f1\\fswiss\\fcharset0 Arial;}}",
  "{\\colortbl;\\red0\\green0\\blue0;\\red128\\green128\\blue128;}",
  "{\\stylesheet{\\s0\\f0\\fs24 Normal;}{\\s1\\fi720\\sl480\\slmult1\\f0\\fs24 Question;}{\\s2\\fi720\\sl480\\slmult1\\f0\\fs24 Answer;}{\\s3\\fi720\\sl480\\slmult1\\f0\\fs24 Colloquy;}{\\s4\\qc\\sl480\\slmult1\\f0\\fs24 Parenthetical;}{\\s5\\qc\\sl480\\slmult1\\f0\\fs24 Centered;}{\\s6\\sl480\\slmult1\\f0\\fs24 Fixed Line;}}",
  "{\\info{\\title LSCP evidence session 22 January 2622}{\\author Thamesbank Reporting Ltd}{\\operator CAT Transcription System}{\\creatim\\yr2622\\mo1\\dy24\\hr9\\min12}}",
  "\\paperw11906\\paperh16838\\margl1800\\margr1080\\margt1080\\margb1080",
  "\\sectd\\linemod1\\linex360\\linestarts1\\linerestart\\pgnrestart",
  "{\\header\\pard\\plain\\qr\\f1\\fs18 LSCP evidence session \\'96 22 January 2622 \\'96 Unapproved\\par}",
  "{\\footer\\pard\\plain\\qc\\f1\\fs18 Thamesbank Reporting Ltd \\'b7 Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}",
  ...body,
  "}",
  "",
].join("\r\n");
writeFileSync(join(root, "docs", DOCS.transcript), rtf, "latin1");

// rendering: each paragraph as printed, the hidden steno and timestamps, the header, footer and line
// numbers left out
writeFileSync(join(root, "text", basename(DOCS.transcript, ".rtf") + ".txt"), paras.filter(([s]) => s !== "PAGE").map(([, t]) => t).join("\n") + "\n");
console.log(`wrote docs/${DOCS.transcript} (${paras.length} paragraphs)`);
