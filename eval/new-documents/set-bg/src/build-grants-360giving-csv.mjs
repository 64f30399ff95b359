// Builds docs/wca-neighbourhood-choices-360giving-2188-01-28.csv and its rendering in text/.
// Layout: OPEN GRANTS DATA IN THE 360GIVING DATA STANDARD, published by the Combined Authority as a CSV
// (saved from Excel as "CSV UTF-8": a byte order mark, CRLF row ends, fields quoted only when they
// hold a comma or a quote). One row per grant, round 1 and round 2 together; THE STANDARD'S COLUMN
// TITLES, WITH ITS COLON PATHS ("Recipient Org:Identifier", "Planned Dates:Duration (months)",
// "Beneficiary Location:Geographic Code Type", "Grant Programme:Title", "From An Open Call?"); org
// identifiers in the standard's prefixes (GB-CHC- charity numbers, GB-COH- company numbers, 360G-WCA-ORG-
// for groups with neither, parish and town councils among them), grant identifiers "360G-WCA-NBHD-R2-05";
// AMOUNTS AS BARE NUMBERS ("98000"), DATES IN ISO FORM ("2187-12-03"), planned dates per grant; "Amount
// Disbursed" is paid to 31 December 2187; "Amount Applied For" differs from the award once; a
// "Last Modified" timestamp with its offset. THE BODY THAT RATIFIED THE GRANTS IS NAMED ONLY INSIDE THE
// DESCRIPTIONS; the funder is the Combined Authority; projects are known by title, not by the Our Say
// reference, so they are matched to the other papers by their words.
// Rendering: the header row, then each row's non-empty fields, cells joined by " | ".
// Synthetic test fixture: every group, identifier, figure and date is invented.
//   node src/build-grants-360giving-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, CA, BODY, GRANTS, ROUNDS, GEO } from "./common.mjs";

const FILE = DOCS.grants;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded", "Amount Disbursed", "Award Date",
  "Planned Dates:Start Date", "Planned Dates:End Date", "Planned Dates:Duration (months)",
  "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number", "Recipient Org:Postal Code",
  "Beneficiary Location:Name", "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type",
  "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title",
  "Classifications:Vocabulary", "Classifications:Title", "From An Open Call?", "Data Source", "Last Modified"];
const isoOf = (dmy) => dmy.split("/").reverse().join("-");
const rows = [];
for (const g of [...GRANTS].sort((a, b) => ROUNDS[a.round].award.localeCompare(ROUNDS[b.round].award) || a.id.localeCompare(b.id))) {
  const r = ROUNDS[g.round];
  const desc = `${g.desc} Chosen by residents in the round ${g.round} vote on Our Say (${r.vote}) and ratified by the ${BODY} on ${r.ratified}.`;
  rows.push([g.ref, g.title, desc, "GBP", String(g.applied), String(g.amount), String(g.paid), r.award,
    isoOf(g.start), isoOf(g.end), String(g.months),
    g.orgId, g.org, g.charity ?? "", g.company ?? "", g.pc,
    g.area, GEO[g.area], "LAD",
    "GB-LAE-WSTMCA", CA, r.code, r.title,
    "WCA themes", g.theme, "Yes", "https://www.westmarchca.gov.uk/neighbourhood-choices/grants-data", "2188-01-28T09:14:00+00:00"]);
}
const q = (c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = "\uFEFF" + [HEAD, ...rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
const out = [HEAD.join(" | "), ...rows.map((r) => r.filter((c) => c !== "").join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
