// Builds docs/culture-tourism-sport-board-progress-2022-q3.txt (a plain-text board paper, hard-wrapped at
// 72 columns, with page footers and form feeds, in which every target is a block of indented lines
// rather than a table row) and its rendering text/culture-tourism-sport-board-progress-2022-q3.txt
// (one paragraph per line, footers left out).
//
//   node src/build-cts-txt.mjs
//
// Synthetic test fixture: the people, figures and ratings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "culture-tourism-sport-board-progress-2022-q3";
const WIDTH = 72;

// ------------------------------------------------------------------ content
// Blocks: {t:"line", text} (never wrapped), {t:"p", text, indent, hang} (wrapped), {t:"blank"},
// {t:"heading", text, under} (underlined), {t:"page"} (form feed with a footer), {t:"target", ...}.
const B = [];
const line = (text) => B.push({ t: "line", text });
const blank = () => B.push({ t: "blank" });
const p = (text, indent = 0, hang = 0) => B.push({ t: "p", text, indent, hang });
const heading = (text, under = "=") => B.push({ t: "heading", text, under });
const page = () => B.push({ t: "page" });
const target = (o) => B.push({ t: "target", ...o });
const defn = (term, text) => B.push({ t: "defn", term, text });

line("Culture, Tourism and Sport Board");
line("2 February 2023");
line("Item 4");
blank();
blank();
heading("WORK PROGRAMME 2022/23: PROGRESS REPORT FOR QUARTER 3");
line("(1 October to 31 December 2022)");
blank();
line("Purpose of report");
blank();
p("For information and decision.");
blank();
line("Summary");
blank();
p("This report sets out progress at the end of December 2022 against the 14 targets in the Board's work programme for 2022/23. Eight targets are GREEN, three are AMBER, one is RED and two are COMPLETE. The Board is asked to agree a revised deadline for the research on a local visitor levy (target C.2).");
blank();
line("Recommendations");
blank();
p("That the Culture, Tourism and Sport Board:");
blank();
p("(a) notes progress against the 2022/23 work programme; and", 2, 4);
p("(b) agrees that the deadline for target C.2 (research on a local visitor levy) is moved from January 2023 to April 2023.", 2, 4);
blank();
line("Action");
blank();
p("Officers to take forward the work programme as directed by members and to report progress at quarter 4 to the Board's meeting on 22 June 2023.");
blank();
line("Contact officer:   Harriet Kimble");
line("Position:          Adviser, Culture, Tourism and Sport");
line("Phone no:          020 7946 0743");
line("Email:             harriet.kimble@local.gov.uk");
page();

heading("Work programme 2022/23: progress report for quarter 3", "-");
blank();
line("Background");
blank();
p("1.  The Board agreed its work programme for 2022/23 at its meeting on 23 June 2022. The programme has 14 targets under four themes: libraries; leisure, sport and physical activity; tourism and the visitor economy; and culture and heritage. Each theme has a lead member, who reports on it at each meeting.", 0, 4);
blank();
p("2.  Officers rate each target every quarter using the following definitions:", 0, 4);
blank();
defn("GREEN", "on track to be delivered by the date agreed");
defn("AMBER", "at risk; action is in hand to bring it back on track");
defn("RED", "off track; will not be delivered without a change of approach or further resources");
defn("COMPLETE", "delivered");
blank();
p("3.  At the end of December 2022, eight targets are GREEN, three are AMBER, one is RED and two are COMPLETE. Since quarter 2, target A.1 has moved from GREEN to AMBER and target B.2 has improved from RED to AMBER.", 0, 4);
blank();
p("4.  The Chair, Cllr Gwendolyn Ashby, wrote to the Secretary of State for Culture, Media and Sport on 9 December 2022 about the energy costs of leisure centres and swimming pools (target B.1). No reply had been received by the end of the quarter.", 0, 4);
blank();
p("5.  The research on a local visitor levy (target C.2) was due to be published in January 2023. Fieldwork was delayed because fewer councils than expected responded to the survey over the autumn, and the Board is asked to agree a revised deadline of April 2023.", 0, 4);
blank();
line("Progress by theme");
blank();

heading("THEME A: LIBRARIES");
line("Lead member: Cllr Roderick Haynes");
blank();
target({
  ref: "A.1", title: "Make the case for sustainable funding for public libraries in the 2023/24 local government finance settlement",
  lead: "Harriet Kimble", status: "AMBER (at risk)",
  progress: "Moved from GREEN in quarter 2. The provisional settlement on 19 December 2022 included no specific funding for libraries. Our survey found that 17 councils were consulting on reduced library opening hours for 2023/24. We will raise libraries in our response to the settlement consultation.",
});
target({
  ref: "A.2", title: "Publish a councillor's guide to libraries as community hubs by December 2022",
  lead: "Harriet Kimble", status: "COMPLETE",
  progress: "The guide was published on 8 December 2022 and had been downloaded 1,140 times by the end of the month.",
});
target({
  ref: "A.3", title: "Support councils to offer libraries as warm spaces over the winter",
  lead: "Harriet Kimble", status: "GREEN (on track)",
  progress: "By the end of December 2022, 1,960 libraries in England were registered as warm spaces on councils' websites. We published a short guide, with Libraries Connected, on running warm spaces safely.",
});
page();

heading("THEME B: LEISURE, SPORT AND PHYSICAL ACTIVITY");
line("Lead member: Cllr Parveen Iqbal");
blank();
target({
  ref: "B.1", title: "Secure support for leisure centres and swimming pools facing higher energy costs",
  lead: "Tamsin Okoro", status: "RED (off track)",
  progress: "Energy costs for council leisure facilities have risen by an average of 152 per cent on 2021/22. Leisure centres run by trusts are not covered by the Energy Bill Relief Scheme beyond March 2023, and 31 councils told us they had closed a pool or cut its opening hours since October 2022. We have asked the Department for Culture, Media and Sport for a dedicated fund of £100 million; no funding has been offered.",
});
target({
  ref: "B.2", title: "Secure a new national sport strategy that recognises the role of councils",
  lead: "Tamsin Okoro", status: "AMBER (at risk)",
  progress: "Improved from RED in quarter 2. The Department for Culture, Media and Sport confirmed in November that the new sport strategy will be published in spring 2023 and invited the LGA to join its expert panel. The strategy is later than planned, but our main asks are now being considered.",
});
target({
  ref: "B.3", title: "Share the lessons of the Birmingham 2022 Commonwealth Games with councils",
  lead: "Tamsin Okoro", status: "COMPLETE",
  progress: "Our report on the legacy of the Games for host and neighbouring councils was published on 24 November 2022, with six case studies.",
});
target({
  ref: "B.4", title: "Support councils to improve school swimming and water safety",
  lead: "Tamsin Okoro", status: "GREEN (on track)",
  progress: "Forty councils have joined the water safety network launched in September. A webinar on school swimming attainment in November attracted 212 participants.",
});
blank();

heading("THEME C: TOURISM AND THE VISITOR ECONOMY");
line("Lead member: Cllr Simon Tollemache");
blank();
target({
  ref: "C.1", title: "Make sure councils have a leading role in the new Local Visitor Economy Partnerships",
  lead: "Callum Brereton", status: "GREEN (on track)",
  progress: "VisitEngland has confirmed that councils will be core partners in Local Visitor Economy Partnerships. Fourteen areas applied in the first round, and all of them include their councils on the partnership board.",
});
target({
  ref: "C.2", title: "Publish research on the case for a local visitor levy by January 2023",
  lead: "Callum Brereton", status: "AMBER (at risk)",
  progress: "Fieldwork has been delayed (see paragraph 5). A revised deadline of April 2023 is proposed.",
});
target({
  ref: "C.3", title: "Support coastal and rural councils to manage visitor pressures",
  lead: "Callum Brereton", status: "GREEN (on track)",
  progress: "Visitor numbers held up over the summer despite the Met Office's first red warning for extreme heat in July. Our coastal councils network met twice in the quarter, and we published guidance on managing visitor car parking.",
});
page();

heading("THEME D: CULTURE AND HERITAGE");
line("Lead member: Cllr Esther Quennell");
blank();
target({
  ref: "D.1", title: "Support the growth of cultural compacts",
  lead: "Ines Carvalho", status: "GREEN (on track)",
  progress: "There are now 32 cultural compacts in England. We held a learning event for compact chairs on 15 November 2022.",
});
target({
  ref: "D.2", title: "Support Bradford's year as UK City of Culture 2025 and share the lessons with other councils",
  lead: "Ines Carvalho", status: "GREEN (on track)",
  progress: "We met Bradford's programme team in October and agreed a shared learning programme for councils bidding for future titles, starting in spring 2023.",
});
target({
  ref: "D.3", title: "Make the case for councils' role in Arts Council England's 2023-26 investment programme",
  lead: "Ines Carvalho", status: "GREEN (on track)",
  progress: "Arts Council England announced its 2023-26 investment programme on 4 November 2022. We briefed councils on the outcome and are working with Arts Council England on its new place-based partnerships.",
});
target({
  ref: "D.4", title: "Secure councils' role in the National Lottery Heritage Fund's new strategy",
  lead: "Ines Carvalho", status: "GREEN (on track)",
  progress: "We responded to the Fund's consultation on its strategy for 2023-2033 in October, calling for a continued focus on local heritage and on places with low levels of past investment.",
});
blank();
line("Implications for Wales");
blank();
p("6.  The Board's work programme covers England only. Culture, tourism and sport are devolved in Wales.", 0, 4);
blank();
line("Financial implications");
blank();
p("7.  The work programme is delivered within the Board's existing budget.", 0, 4);
blank();
line("Next steps");
blank();
p("8.  Officers will report progress at quarter 4 (January to March 2023) to the Board's meeting on 22 June 2023.", 0, 4);

const FOOTER = "18 Smith Square, London SW1P 3HZ   T 020 7946 0136   E info@local.gov.uk   www.local.gov.uk";

// check the ratings add up to the stated counts
const targets = B.filter((b) => b.t === "target");
const n = (s) => targets.filter((t) => t.status.startsWith(s)).length;
if (targets.length !== 14 || n("GREEN") !== 8 || n("AMBER") !== 3 || n("RED") !== 1 || n("COMPLETE") !== 2) throw new Error("status counts");

// ------------------------------------------------------------------ output
function wrap(text, indent, hang) {
  // first line indented by `indent`, continuation lines by `indent + hang`; runs of spaces are kept
  const words = text.split(/(?<=\S) (?=\S)/);
  const lines = [];
  let cur = " ".repeat(indent);
  let first = true;
  for (const w of words) {
    const pad = first ? indent : indent + hang;
    if (cur.trim() && cur.length + 1 + w.length > WIDTH) {
      lines.push(cur);
      cur = " ".repeat(indent + hang) + w;
      first = false;
    } else cur += (cur.trim() ? " " : "") + w;
    void pad;
  }
  lines.push(cur);
  return lines;
}
const doc = [];
const rend = [];
let pageNo = 1;
for (const b of B) {
  switch (b.t) {
    case "line":
      doc.push(b.text);
      rend.push(b.text.replace(/^\s+/, "").replace(/\s{2,}/g, " "));
      break;
    case "blank":
      doc.push("");
      break;
    case "p":
      doc.push(...wrap(b.text, b.indent, b.hang));
      rend.push(b.text.replace(/\s{2,}/g, " "));
      break;
    case "defn":
      doc.push(...wrap(`${b.term.padEnd(9)} ${b.text}`, 6, 10));
      rend.push(`${b.term} ${b.text}`);
      break;
    case "heading":
      doc.push(b.text, b.under.repeat(b.text.length));
      rend.push(b.text);
      break;
    case "target":
      doc.push(...wrap(`Target ${b.ref} - ${b.title}`, 0, 4));
      doc.push(...wrap(`Lead: ${b.lead}`, 4, 0));
      doc.push(...wrap(`Status: ${b.status}`, 4, 0));
      doc.push(...wrap(`Progress: ${b.progress}`, 4, 4));
      doc.push("");
      rend.push(`Target ${b.ref} - ${b.title}`, `Lead: ${b.lead}`, `Status: ${b.status}`, `Progress: ${b.progress}`);
      break;
    case "page":
      doc.push("", "", FOOTER.padStart(Math.floor((WIDTH + FOOTER.length) / 2)), `Page ${pageNo}`.padStart(WIDTH), "\f");
      pageNo++;
      break;
    default:
      throw new Error(b.t);
  }
}
doc.push("", "", FOOTER.padStart(Math.floor((WIDTH + FOOTER.length) / 2)), `Page ${pageNo}`.padStart(WIDTH));
for (const l of doc) if (l.length > WIDTH + 20) throw new Error("long line: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), doc.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), rend.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${pageNo} pages) and text/${BASE}.txt (${rend.length} lines)`);
