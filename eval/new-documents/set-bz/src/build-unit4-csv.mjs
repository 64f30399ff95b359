// Builds docs/<unit4 csv>: the programme's budget monitoring at period 9 of 2561/62 (256109, December 2561)
// as a Unit4 ERP (Agresso) browser enquiry exported to CSV: the enquiry's column captions as the header,
// code columns each followed by their description column "(T)" (descriptions cut at 25 characters, as
// the finance system stores them: "Grants to local authoriti"), the period as YYYYPP of the financial
// year, amounts unformatted with two decimals and a minus sign, variance = forecast - budget (a minus is
// an underspend; nothing in the file says so); a subtotal row after each cost centre that carries only
// the cost centre and the amounts, and a grand total row with no text at all; the fund's grants one row
// per project. Text fields quoted, numbers not, CRLF. Also writes text/<base>.txt (the file's lines).
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, CC, LINES, TOTAL } from "./common.mjs";

const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
const n = (x) => x.toFixed(2);
const rows = [["Cost centre", "Cost centre(T)", "Account", "Account(T)", "Project", "Project(T)", "Period", "Budget", "Actuals", "Commitments", "Forecast", "Variance"].map(q).join(",")];
for (const cc of Object.keys(CC)) {
  const ls = LINES.filter((l) => l.cc === cc);
  for (const l of ls) rows.push([q(l.cc), q(CC[l.cc]), q(l.acc), q(l.accT), q(l.proj ?? ""), q(l.projT ?? ""), q("256109"), n(l.b), n(l.a), n(l.c), n(l.f), n(l.v)].join(","));
  const s = (k) => ls.reduce((t, l) => t + l[k], 0);
  rows.push([q(cc), q(""), q(""), q(""), q(""), q(""), q(""), n(s("b")), n(s("a")), n(s("c")), n(s("f")), n(s("v"))].join(","));
}
rows.push([q(""), q(""), q(""), q(""), q(""), q(""), q(""), n(TOTAL.b), n(TOTAL.a), n(TOTAL.c), n(TOTAL.f), n(TOTAL.v)].join(","));
writeFileSync(join(root, "docs", DOCS.unit4), rows.join("\r\n") + "\r\n");
writeFileSync(join(root, "text", basename(DOCS.unit4, extname(DOCS.unit4)) + ".txt"), rows.join("\n") + "\n");
console.log("wrote", DOCS.unit4);
