// Builds docs/street-naming-and-numbering-page-lynx-dump-2186-11-14.txt and its rendering in text/.
// Layout: A WEB PAGE SAVED AS TEXT BY A TEXT-MODE BROWSER ("lynx -dump"): the authority's "Street naming
// and numbering" page as lynx prints it. EVERY LINK IS A NUMBER IN BRACKETS BEFORE ITS TEXT ("[23]record of
// decisions"), resolved only in the "References" list at the end ("  23. https://…"), after which come
// "Hidden links:"; the page's <link rel="alternate"> tags print as "#[1]…" on the first line; the search
// form prints as an underscore field; headings start at the left margin, body text is indented three
// spaces and HARD-WRAPPED AT 77 COLUMNS, bullets are "*" and numbered steps "1." with hanging indents.
// Of the two tables, the fees table is simple, so lynx lays it out in aligned columns (TRST); the
// applications table is not (links and line breaks in its cells), so each row is printed as one run of
// words, its cells only separated by a space and wrapped like a paragraph, the row's cells impossible to
// tell apart except by reading. The menu, breadcrumb and footer are printed with the content.
// Rendering: each paragraph, list item and table row unwrapped to one line (link numbers kept as printed,
// "*" bullets dropped, the fees table's cells joined by " | "), and the reference lines as printed.
// Synthetic test fixture: the page, its applications and every decision are invented.
//   node src/build-web-page-lynx-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, SITE, GIT, FEES, OFFICERS as O, BODY, PANEL } from "./common.mjs";

const FILE = DOCS.web;
const BASE = basename(FILE, extname(FILE));
const WIDTH = 77;
const PAGE = `${SITE}/planning/street-naming-and-numbering`;
const refs = [];
const hidden = [];
// "{text|url}" marks a link: printed "[n]text"
const link = (s) => s.replace(/\{([^|{}]*)\|([^{}]+)\}/g, (_, t, u) => { refs.push(u.startsWith("http") || u.startsWith("mailto:") ? u : u.startsWith("#") ? PAGE + u : SITE + u); return `[${refs.length}]${t}`; });
const lines = [];
const render = [];
const wrap = (text, first, rest) => {
  const words = text.split(" ");
  const out = [];
  let cur = first;
  let empty = true;
  for (const w of words) {
    if (!empty && cur.length + 1 + w.length > WIDTH) { out.push(cur); cur = rest + w; }
    else { cur += (empty ? "" : " ") + w; }
    empty = false;
  }
  out.push(cur);
  return out;
};
const blank = () => lines.push("");
const heading = (t) => { blank(); lines.push(t); blank(); render.push(t); };
const para = (t) => { const s = link(t); lines.push(...wrap(s, "   ", "   ")); blank(); render.push(s); };
const bullets = (items) => { for (const t of items) { const s = link(t); lines.push(...wrap(s, "     * ", "       ")); render.push(s); } blank(); };
const steps = (items) => { items.forEach((t, i) => { const s = link(t); lines.push(...wrap(s, `    ${i + 1}. `, "       ")); render.push(`${i + 1}. ${s}`); }); blank(); };
const rowPara = (t) => { const s = link(t); lines.push(...wrap(s, "   ", "   ")); render.push(s); };

// ---------------------------------------------------------------- the page as lynx prints it
refs.push(`${SITE}/planning/street-naming-and-numbering?format=amp`, `${SITE}/news/rss`);
lines.push("   #[1]alternate [2]Greater Skelderby Combined Authority news");
render.push("#[1]alternate [2]Greater Skelderby Combined Authority news");
blank();
para("{Skip to main content|/planning/street-naming-and-numbering#main}");
para("{Greater Skelderby Combined Authority|/}");
{
  refs.push(`${SITE}/search`);
  const n = refs.length;
  const s = `[${n}]Search this site ____________________ Search`;
  lines.push("   " + s); blank(); render.push(s);
}
bullets(["{Home|/}", "{Transport|/transport}", "{Planning and land|/planning}", "{Democracy|/democracy}", "{Contact us|/contact}"]);
para("{Home|/} > {Planning and land|/planning} > Street naming and numbering");

heading("Street naming and numbering");
para(`The Combined Authority names new streets and numbers new and converted properties for Fenwyke, Haddlestone, Osmerley, Skelderby and Thornby Vale. Since 1 April 2186 this has been done for all five councils by the {${BODY}|/democracy/committees/jsnac} (JSNAC), under one {Street Naming and Numbering Policy|/planning/street-naming-and-numbering/policy}.`);
para("On this page:");
bullets(["{Apply to name or number a property|#apply}", "{Who decides|#decides}", "{Fees|#fees}", "{Current applications|#current}", "{Recent decisions|#recent}", "{Renaming Gallows Hill Lane, Thornby|#gallows-hill}", "{Contact the team|#contact}"]);

heading("Apply to name or number a property");
para("You must apply if you are building new homes or business premises, converting a building into flats, or want to rename or renumber your property. Apply at least three months before the first home or unit is occupied.");
para("{Apply online|/planning/street-naming-and-numbering/apply}. You can still use the paper form SNN1 until 31 December 2186.");
para("What happens next:");
steps([
  "We check your application and plans (up to 10 working days).",
  "We consult the emergency services, the ward members and the council for the area on the proposed names for 28 days.",
  "If no one objects, the Naming Panel decides at its next meeting. If there is an objection, the application goes to the Joint Street Naming and Addressing Committee.",
  "We issue the official addresses and tell the National Address Register, the emergency services and the council for the area.",
]);
para("We aim to issue addresses within eight weeks of a complete application.");

heading("Who decides");
para(`Applications with no objection are decided by the ${PANEL}, which normally meets online on the first Thursday of the month. Applications with an objection, renamings of streets and requests that need an exception to the policy go to the {${BODY}|/democracy/committees/jsnac}, which is chaired by Cllr Ottoline Fairbarn. Dates are in the {calendar of meetings|/democracy/calendar-of-meetings-2186-87.pdf}.`);

heading("Fees");
para("Fees 2186/87 (from 1 April 2186). Fees for 2187/88 will be published in January 2187.");
{
  const rows = [["Service", "Fee"], ...FEES.map((r) => [r[0], r[1]])];
  const w0 = Math.max(...rows.map((r) => r[0].length)) + 4;
  for (const r of rows) { lines.push("   " + r[0].padEnd(w0) + r[1]); render.push(r.join(" | ")); }
  blank();
}
para("Pay by card when you apply online. We do not charge residents when we rename their street.");

heading("Current applications");
para("Applications being checked or out to consultation, at 13 November 2186.");
rowPara("Reference Site Proposed names Stage");
blank();
rowPara("SN/2186/041 Hallam Fields, Fenwyke (210 homes, Hallam Fields Developments LLP) Skylark Way, Merlin Close, Hobby Gardens Objection received from Greater Skelderby Fire and Rescue Service: Merlin Close sounds like Merlin Court, Fenwyke. To be decided by the {Joint Street Naming and Addressing Committee|/democracy/committees/jsnac} on 28 November 2186.");
blank();
rowPara("SN/2186/044 Land off Moss Lane, Thornby (32 homes, Moss Lane Homes Ltd) Kestrel Rise, Lapwing Close Consultation until 24 November 2186. To the Naming Panel on 7 December 2186 if there is no objection.");
blank();
rowPara("SN/2186/046 Osmerley Wharf, Block D (64 flats, Osmerley Wharf Ltd) Numbering only Waiting for floor plans from the developer.");
blank();
rowPara("SN/2186/047 Former Haddlestone Road depot, Haddlestone (6 industrial units) Foundry Court Consultation until 1 December 2186.");
blank();
para("{Comment on a proposed name|/planning/street-naming-and-numbering/comment}");

heading("Recent decisions");
bullets([
  "SN/2186/043 4 Market Street, Haddlestone: 18 flats numbered Flats 1 to 18. Naming Panel, 5 October 2186.",
  "SN/2186/029 Cooper's Mews, Skelderby (new street, 12 homes): approved. Naming Panel, 5 October 2186.",
  "SN/2186/031 Ropewalk Yard, Osmerley: Tanner's Row and Kilnworks Lane approved; Regent Close refused as a duplicate. Joint Street Naming and Addressing Committee, 19 September 2186 ({record of decisions|/democracy/committees/jsnac/2186-09-19/decisions}).",
  "SN/2186/037 Haddlestone Riverside: Ada Bramhope Way approved, in effect from 1 October 2186. Joint Street Naming and Addressing Committee, 19 September 2186.",
  "SN/2186/040 Osmerley Wharf, Block C: flats numbered 1 to 12 and 14 to 25, with no number 13, as an exception to the policy. Joint Street Naming and Addressing Committee, 19 September 2186.",
  "SN/2186/035 Chandlers Walk, Skelderby: approved. Naming Panel, 7 September 2186.",
]);

heading("Renaming Gallows Hill Lane, Thornby");
para("On 19 September 2186 the Joint Street Naming and Addressing Committee agreed to rename Gallows Hill Lane as Gallowfield Lane from 1 January 2187 ({decision JSNAC/86/16|/democracy/committees/jsnac/2186-09-19/decisions#item6}). The decision was called in by five members of the Overview and Scrutiny Committee. The committee considered the call-in on 3 October 2186 and took no further action, so the decision stands.");
para("We wrote to all 88 households on 20 October 2186 with their new address and a free change of address letter. New nameplates will be put up in the week beginning 11 December 2186; the old nameplates will stay up, crossed through, until 31 March 2187. The National Address Register and the emergency services have been told.");

heading("Contact the team");
para(`Street Naming and Numbering team: ${O.underhay.name}, ${O.underhay.post}`);
para(`Email: {${O.underhay.email}|mailto:${O.underhay.email}}`);
para(`Telephone: ${O.underhay.phone} (Monday to Friday, 9am to 4pm)`);
para(`For the address gazetteer and address data: ${O.pickavance.name}, ${O.pickavance.post}, ${O.pickavance.phone}, {${O.pickavance.email}|mailto:${O.pickavance.email}}`);

heading("Related");
bullets(["{Street Naming and Numbering Policy (version 3.2, in force from 1 October 2186)|/planning/street-naming-and-numbering/policy}", `{Policy change history|${GIT}/-/blob/main/CHANGELOG.md}`, "{Calendar of meetings 2186/87|/democracy/calendar-of-meetings-2186-87.pdf}", "{Greater Skelderby Addressing Forum 2186|/events/addressing-forum-2186}"]);
para("Page last updated: 13 November 2186");
para("{Was this page useful?|/feedback?page=street-naming-and-numbering}");
bullets(["{Accessibility|/accessibility}", "{Cookies|/cookies}", "{Privacy|/privacy}"]);
para("© Greater Skelderby Combined Authority 2186");
hidden.push(`${SITE}/planning/street-naming-and-numbering#content-top`, `${SITE}/assets/img/gscca-logo.svg`);

// ---------------------------------------------------------------- references
lines.push("References");
blank();
render.push("References");
refs.forEach((u, i) => { const s = `${String(i + 1).padStart(4)}. ${u}`; lines.push(s); render.push(s.trim()); });
blank();
lines.push("   Hidden links:");
render.push("Hidden links:");
hidden.forEach((u, i) => { const s = `${String(refs.length + i + 1).padStart(4)}. ${u}`; lines.push(s); render.push(s.trim()); });

const txt = lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
writeFileSync(join(root, "docs", FILE), txt);
writeFileSync(join(root, "text", BASE + ".txt"), render.map((l) => l.replace(/^\* /, "")).join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
