// Builds docs/heat-networks-commission-email-zoning-response-sign-off-2029-04-24.txt (an email thread between the
// Heat Networks Commission's Chair and its lead officer, 17 to 24 April 2029: the sign-off and submission of the
// zoning consultation response, the change of Vice-Chair, and the provisional budget outturn for 2028/29) and its
// plain-text rendering text/<same base>.txt.
//
//   node src/build-email-txt.mjs
//
// Layout: plain text as saved from a mail client ("Save as… Text only"): the newest message first, with its
// From / To / Cc / Date (RFC 2822) / Subject header, a reply text hard-wrapped at 72 columns and a signature
// with "|" separators; below it the QUOTED THREAD: an attribution line ("On Thu, 19 Apr 2029 at 21:47, … wrote:")
// and the Chair's reply with every line prefixed "> ", in which she answers INLINE: the officer's earlier message
// is quoted a second level deep (">> "), cut into pieces, with the Chair's answers at the first level between
// them; the officer's numbered points hard-wrapped with a hanging indent; the 2028/29 outturn as a SPACE-ALIGNED
// TABLE INSIDE THE SECOND-LEVEL QUOTE (">>   Budget line   Budget …", a dashed rule under the header, brackets for
// underspends). The final message adds what happened since (submission reference, the Group office's
// nominations, the carry-forward).
// Rendering: header lines as they are; each paragraph or numbered point unwrapped onto one line with the quote
// markers removed; the attribution lines as lines; each table row as its cells joined with " | " (the dashed rule
// dropped); blank lines dropped.
// Synthetic test fixture: the people, addresses and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "heat-networks-commission-email-zoning-response-sign-off-2029-04-24";

// ---------------------------------------------------------------- content
const BUDGET = [
  ["Zoning support programme", 310000, 296850],
  ["Policy and research", 85000, 88400],
  ["Customer protection work", 60000, 57200],
  ["Events and conference", 40000, 41650],
  ["Member meetings and support", 25000, 22300],
];
const tot = BUDGET.reduce((a, [, b, o]) => [a[0] + b, a[1] + o], [0, 0]);
const money = (n) => n.toLocaleString("en-GB");
const variance = (v) => (v < 0 ? `(${money(-v)})` : money(v));
const TABLE = [["Budget line", "Budget", "Outturn", "Variance"], ...BUDGET.map(([l, b, o]) => [l, money(b), money(o), variance(o - b)]), ["Total", money(tot[0]), money(tot[1]), variance(tot[1] - tot[0])]];

// blocks: [depth, kind, text]; kinds: "h" header line (not wrapped), "p" paragraph, "n" numbered point, "t" table,
// "raw" a line kept as it is, "blank"
const B = [];
const h = (t) => B.push([0, "h", t]);
const p = (d, t) => B.push([d, "p", t]);
const n = (d, t) => B.push([d, "n", t]);
const raw = (d, t) => B.push([d, "raw", t]);
const blank = (d) => B.push([d, "blank", ""]);

h("From: Imogen Thirkettle <imogen.thirkettle@local.gov.uk>");
h("To: Cllr Rosalind Gomersall <rosalind.gomersall@members.local.gov.uk>");
h("Cc: Conrad Esslemont <conrad.esslemont@local.gov.uk>; Priya Lanchester <priya.lanchester@local.gov.uk>");
h("Date: Tue, 24 Apr 2029 16:02:37 +0100");
h("Subject: Re: Zoning response: final for sign-off (and Vice-Chair)");
blank(0);
p(0, "Dear Rosalind,");
blank(0);
p(0, "Done: the final response went to the Department at 15:10 today through the consultation portal (confirmation reference ZCR-2029-0862). Both of your changes are in, and the final version is attached for the Commission’s files.");
blank(0);
p(0, "On the other two points:");
blank(0);
p(0, "Vice-Chair: the Conservative Group office confirmed this morning that Cllr Piers Stanyforth will be Vice-Chair from 1 May 2029, and that Cllr Henrietta Gaskarth moves from substitute to full member in Alasdair’s place from the same date. The Group will nominate a new substitute after its meeting in May, so we have no name yet. Priya will put the changes to the Commission on 20 June (item 2).");
blank(0);
p(0, "Budget: Olumide has confirmed that the outturn figures below are final. He says the £13,150 underspend on the zoning support programme can be carried forward into 2029/30, as you asked, but only for the legal review of the zone coordinator guidance.");
blank(0);
p(0, "Best wishes,");
p(0, "Imogen");
blank(0);
raw(0, "Imogen Thirkettle | Adviser (Heat and Energy) | Local Government Association");
raw(0, "020 7946 0613 | 18 Smith Square, London SW1P 3HZ");
blank(0);
p(0, "On Thu, 19 Apr 2029 at 21:47, Cllr Rosalind Gomersall <rosalind.gomersall@members.local.gov.uk> wrote:");
p(1, "Imogen,");
blank(1);
p(1, "Thank you, this reads well and I am happy to sign it off subject to two changes. My replies are below each of your points.");
blank(1);
p(1, "On Tue, 17 Apr 2029 at 10:31, Imogen Thirkettle <imogen.thirkettle@local.gov.uk> wrote:");
p(2, "Dear Rosalind,");
blank(2);
p(2, "Draft 5 of the zoning response is attached for your sign-off. It makes the changes the Commission agreed on 7 March:");
blank(2);
n(2, "1. Question 5 now answers Disagree: schools and care homes should not be required to connect until a price cap is in force.");
n(2, "2. Question 6 asks for 36 months, which the zone coordinator may extend to 48 months for schools in rural areas.");
n(2, "3. Question 8 offers building-level heat demand and floor area only, and nothing about tenants’ homes.");
blank(1);
p(1, "All fine.");
blank(1);
p(2, "I have also made two changes of my own:");
blank(2);
n(2, "4. Question 3: the Department’s update of 5 April raised its estimate to 362 zones, so our new burdens ask goes up from £45 million to £48 million a year (about £132,000 a zone, as before).");
blank(1);
p(1, "Yes, and please say in the text that the figure will need to be revisited if the number of zones changes again.");
blank(1);
n(2, "5. Question 10: we now answer Disagree, since the Department itself no longer uses the estimate of 340 zones.");
blank(1);
p(1, "Fine. And one more: in question 1, please add that a combined authority should take the role only with the agreement of the councils in the zone. Several members raised this with me after the meeting.");
blank(1);
p(2, "The deadline is Friday 27 April. Could you let me know by Friday 20 April?");
blank(2);
p(2, "Separately, Olumide has sent the provisional outturn for 2028/29:");
blank(2);
B.push([2, "t", TABLE]);
blank(2);
p(2, "Figures in pounds; underspends in brackets.");
blank(2);
p(2, "Best wishes,");
p(2, "Imogen");
blank(1);
p(1, "Could the zoning underspend be carried forward into next year? The legal review of the guidance looks tight.");
blank(1);
p(1, "On another matter: Alasdair rang me on Monday. He becomes Leader of Cheshire East Council on 30 April and will stand down from the Commission that day. I would like Piers to take over as Vice-Chair if the Group agrees. Could you ask the Group office?");
blank(1);
p(1, "Rosalind");

// ---------------------------------------------------------------- checks
if (tot[0] !== 520000 || tot[1] !== 506400 || tot[1] - tot[0] !== -13600 || 296850 - 310000 !== -13150) throw new Error("budget");
if (Math.abs(362 * 132000 - 48e6) > 0.5e6 || Math.abs(340 * 132000 - 45e6) > 0.5e6) throw new Error("zones");
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
for (const [, , t] of B) if (typeof t === "string") for (const m of t.matchAll(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MON.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
for (const [d, wd] of [[27, "Friday"], [20, "Friday"]]) if (new Date(Date.UTC(2029, 3, d)).getUTCDay() !== 5 || wd !== "Friday") throw new Error("weekday " + d);

// ---------------------------------------------------------------- text
const WIDTH = 72;
const wrap = (text, width, first = "", rest = "") => {
  const out = [];
  let line = first;
  let empty = true;
  for (const w of text.split(" ")) {
    if (!empty && (line + " " + w).length > width) {
      out.push(line);
      line = rest + w;
    } else line = empty ? line + w : line + " " + w;
    empty = false;
  }
  out.push(line);
  return out;
};
const L = [];
const R = [];
for (const [d, kind, t] of B) {
  const q = d ? ">".repeat(d) + " " : "";
  const qb = d ? ">".repeat(d) : "";
  if (kind === "blank") L.push(qb);
  else if (kind === "h") { L.push(t); R.push(t); }
  else if (kind === "raw") { L.push(q + t); R.push(t); }
  else if (kind === "p") { L.push(...wrap(t, WIDTH - q.length).map((l) => q + l)); R.push(t); }
  else if (kind === "n") {
    const m = t.match(/^(\d+\. )(.*)$/);
    L.push(...wrap(m[2], WIDTH - q.length, m[1], " ".repeat(m[1].length)).map((l) => q + l));
    R.push(t);
  } else if (kind === "t") {
    const widths = t[0].map((_, i) => Math.max(...t.map((r) => r[i].length)));
    const fmt = (r) => "  " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    L.push(q + fmt(t[0]), q + "  " + widths.map((w) => "-".repeat(w)).join("  "), ...t.slice(1).map((r) => q + fmt(r)));
    R.push(...t.map((r) => r.join(" | ")));
  }
}
for (const l of L) if (l.length > WIDTH + 3 && !/^(To|Cc|From):|\| Local Government Association$/.test(l)) throw new Error("line too long: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), L.map((l) => l.trimEnd()).join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${L.length} lines) and text/${BASE}.txt (${R.length} lines); outturn ${tot[1]} of ${tot[0]}`);
