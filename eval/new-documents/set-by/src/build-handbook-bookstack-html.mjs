// Builds docs/dwbtg-members-handbook-2471-72.html and its rendering in text/.
// Layout: A BOOKSTACK BOOK EXPORTED AS A "CONTAINED WEB FILE" (Book > Export > Contained Web File .html),
// the members' handbook kept in the association's BookStack wiki: ONE HTML FILE FOR THE WHOLE BOOK, the
// export stylesheet inline in <head>, images inlined as data: URIs; in the body, inside
// <div class="page-content" dir="auto">, THE BOOK'S NAME AS AN <h1>, its description, THE EXPORT'S
// CONTENTS LIST (a <ul class="contents"> of links to "#chapter-N" and "#page-N", page names nested under
// their chapters), then every chapter and page in book order, EACH ONE STARTING WITH
// <div class="page-break"></div> AND AN <h1> OF ITS OWN – THE BOOK, ITS CHAPTERS AND ITS PAGES ALL AT THE
// SAME HEADING LEVEL – and each page in a chapter preceded by a <div class="chapter-hint"> repeating the
// chapter's name. Page bodies are as BookStack stores them: EVERY BLOCK CARRIES A BOOKSTACK BOOKMARK ID
// ("bkmrk-" and the first words of its text, slugged and cut short, "-1" for a repeat); pages written in
// the WYSIWYG editor have TinyMCE TABLES WITH NO <thead> – the first row of plain <td> cells in <strong> –
// with <colgroup> widths and inline heights, a cell holding two lines split by <br>, "Large" / "Medium" /
// "Small header" as <h2> / <h3> / <h4>; CALLOUTS as <p class="callout info|warning|success">; a
// COLLAPSIBLE BLOCK (<details><summary>) holding the delegations table; a meeting date STRUCK THROUGH
// (<s>) beside its replacement; a page written in the MARKDOWN editor has CommonMark output (a table with
// <thead>, a list); a book-level page (the glossary) after the chapters. The book has no date anywhere
// but the callouts' "Updated …" lines.
// Rendering: from the book's name on, each heading, paragraph, list item, callout and table row (cells
// joined by " | ", a <br> as a space) as the browser shows it; the contents list and the chapter hints
// left out; the collapsed block read as if opened.
// Synthetic test fixture: every person, council, number and date is invented.
//   node src/build-handbook-bookstack-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, BOARD, PROGRAMME, FUND, ROOM, MEETINGS, OFFICERS as O, PEOPLE, P, MEMBERS, SUBS, cllr, LIMITS, gbp } from "./common.mjs";

const FILE = DOCS.handbook;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const strip = (h) => h.replace(/<br>/g, " ").replace(/<[^>]+>/g, "").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();

// BookStack bookmark ids: "bkmrk-" + the block's text, lower-cased, runs of other characters as "-",
// cut to 20 characters; a repeat within the page gets "-1", "-2" …
let used = new Set();
let blank = 0;
const bk = (html) => {
  let id = "bkmrk-" + strip(html).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-/, "").slice(0, 20).replace(/-$/, "");
  if (id === "bkmrk-") id = "bkmrk-" + (++blank).toString(36).padStart(3, "0"); // BookStack gives an empty block a short code
  let k = id, n = 0;
  while (used.has(k)) k = `${id}-${++n}`;
  used.add(k);
  return k;
};
const R = []; // rendering lines
const html = [];
const p = (inner, cls) => { html.push(`<p${cls ? ` class="${cls}"` : ""} id="${bk(inner)}">${inner}</p>`); R.push(strip(inner)); };
const h = (lvl, text) => { html.push(`<h${lvl} id="${bk(text)}">${esc(text)}</h${lvl}>`); R.push(text); };
const ul = (items, tag = "ul") => { html.push(`<${tag} id="${bk(items.join(" "))}">` + items.map((i) => `\n<li>${i}</li>`).join("") + `\n</${tag}>`); for (const i of items) R.push(strip(i)); };
// a TinyMCE table: no thead, the first row bold cells
const tiny = (rows, widths, first = true) => {
  const id = bk(rows.map((r) => r.join(" ")).join(" "));
  let t = `<table id="${id}" style="border-collapse: collapse; width: 100%; height: ${(rows.length * 29.7969).toFixed(4)}px;" border="1">\n<colgroup>${widths.map((w) => `<col style="width: ${w}%;">`).join("")}</colgroup>\n<tbody>`;
  rows.forEach((r, i) => {
    t += `\n<tr style="height: 29.7969px;">` + r.map((c, j) => `\n<td style="width: ${widths[j]}%; height: 29.7969px;">${i === 0 && first ? `<strong>${c}</strong>` : c}</td>`).join("") + "\n</tr>";
    R.push(r.map(strip).join(" | "));
  });
  html.push(t + "\n</tbody>\n</table>");
};
// a markdown page's table (CommonMark: thead / tbody)
const mdTable = (rows) => {
  const [head, ...body] = rows;
  html.push(`<table id="${bk(rows.map((r) => r.join(" ")).join(" "))}">\n<thead>\n<tr>\n${head.map((c) => `<th>${c}</th>`).join("\n")}\n</tr>\n</thead>\n<tbody>\n` + body.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join("\n")}\n</tr>`).join("\n") + "\n</tbody>\n</table>");
  for (const r of rows) R.push(r.map(strip).join(" | "));
};

// ------------------------------------------------------------------ the book
const BOOK = `${SHORT} members' handbook 2471/72`;
const CH = [
  { id: 41, name: "About the Task Group", desc: "Terms of reference, membership and who to contact.", pages: [{ id: 310, name: "Terms of reference" }, { id: 311, name: "Membership 2471/72" }, { id: 312, name: "Officers and contacts" }] },
  { id: 42, name: "Meetings 2471/72", desc: "Dates, venues and deadlines for this year's meetings.", pages: [{ id: 315, name: "Meeting dates" }, { id: 318, name: "Apologies, substitutes and declarations" }] },
];
const LOOSE = { id: 320, name: "Glossary" };
const pageStart = (pg, chapter) => {
  used = new Set();
  html.push(`<div class="page-break"></div>`);
  if (chapter) html.push(`<div class="chapter-hint">${esc(chapter.name)}</div>`);
  html.push(`<h1 id="page-${pg.id}">${esc(pg.name)}</h1>`);
  R.push(pg.name);
};

html.push(`<h1 style="font-size: 4.8em">${esc(BOOK)}</h1>`);
R.push(BOOK);
html.push(`<div><p>Information for members and officers of the ${BODY} (${SHORT}), a member task group of the ${BOARD}. Kept by Member Services: please tell us if anything here is out of date.</p></div>`);
R.push(`Information for members and officers of the ${BODY} (${SHORT}), a member task group of the ${BOARD}. Kept by Member Services: please tell us if anything here is out of date.`);
// the export's contents list
html.push(`<ul class="contents">` + CH.map((c) => `\n<li><a href="#chapter-${c.id}">${esc(c.name)}</a></li>\n<ul>` + c.pages.map((pg) => `\n<li><a href="#page-${pg.id}">${esc(pg.name)}</a></li>`).join("") + "\n</ul>").join("") + `\n<li><a href="#page-${LOOSE.id}">${LOOSE.name}</a></li>\n</ul>`);

// ---------------------------------------------------------------- chapter 1
const ch1 = CH[0];
html.push(`<div class="page-break"></div>`, `<h1 id="chapter-${ch1.id}">${esc(ch1.name)}</h1>`, `<div><p>${ch1.desc}</p></div>`);
R.push(ch1.name, ch1.desc);

// Terms of reference (WYSIWYG)
pageStart(ch1.pages[0], ch1);
// a picture inlined as a data: URI, named as uploaded
html.push(`<p id="${bk("")}"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNkYGD4z8DAwMDAwMDAAAANBAEAwPQrXwAAAABJRU5ErkJggg==" alt="smoke-control-area-sign.png" width="240"></p>`);
p(`The ${BODY} was set up by the ${BOARD} on 11 May 2471 to oversee the ${PROGRAMME} and the ${FUND}. It reports to the Board after each meeting.`);
h(4, "Purpose");
ul([
  "To oversee the delivery, performance, risks and budget of the programme.",
  `To award grants from the ${FUND} within the limits below.`,
  "To agree guidance for councils on smoke control areas and their enforcement.",
  "To lead the association's work with government on domestic burning and air quality.",
]);
h(4, "Membership");
p("Twelve councillors from councils in membership, appointed by the Board for the municipal year in proportion to the political groups, with three named substitutes. A substitute may attend in place of any member of their own group.");
h(4, "Quorum");
p("Four members, including the Chair or the Vice-Chair.");
h(4, "Meetings");
p("Four a year at 18 Smith Square, with the option of joining on Microsoft Teams. Papers are published at least five working days before each meeting.");
html.push(`<details id="${bk("Delegations: who can decide what")}">\n<summary>Delegations: who can decide what</summary>`);
R.push("Delegations: who can decide what");
tiny([
  ["Decision", "Who decides", "Limit"],
  [`${FUND} awards and variations`, "Programme Manager", `up to ${gbp(LIMITS.officer)}`],
  [`${FUND} awards and variations`, "The Chair, after consulting the Vice-Chair", `${gbp(LIMITS.officer + 1)} to ${gbp(LIMITS.chair)}`],
  [`${FUND} awards and variations`, "The Task Group", `over ${gbp(LIMITS.chair)}`],
  ["Urgent decisions between meetings", "The Chair and the Vice-Chair together, reported to the next meeting", "any amount within the programme budget"],
], [34, 40, 26]);
p(`Decisions to spend more than ${gbp(LIMITS.key)} in a year are key decisions and must be on the forward plan at least 28 days before they are taken.`);
html.push(`</details>`);
p("The terms of reference were agreed by the Board on 11 May 2471 and will next be reviewed in May 2472.", "callout info");

// Membership (WYSIWYG)
pageStart(ch1.pages[1], ch1);
p("Members for the municipal year 2471/72. Lead members speak for the Task Group on their topic between meetings.");
const roleCell = (m) => (m.lead ? `${m.role}<br>Lead member: ${m.lead}` : m.role);
tiny([["Councillor", "Council", "Political group", "Role"], ...MEMBERS.map((m) => [cllr(m.k), m.council, m.group, roleCell(m)])], [27, 33, 16, 24]);
p(`<strong>Change of membership</strong> (updated 4 January 2472): ${cllr("lambourne")} (Conservative, Thornlow County Council) stood down from the Task Group on ${P.lambourne.left}. The Conservative group nominated ${cllr("foulkes")} (Thornlow County Council), who joined the Task Group on ${P.foulkes.from}.`, "callout warning");
h(3, "Named substitutes");
ul(SUBS.map((s) => `${s.group}: ${cllr(s.k)} (${s.council})`));
h(3, "Lead members");
ul(MEMBERS.filter((m) => m.lead).map((m) => `${cllr(m.k)}${m.role !== "Member" ? ` (${m.role})` : ""} – ${m.lead}`));

// Officers and contacts (markdown editor)
pageStart(ch1.pages[2], ch1);
p(`The officer team for the ${PROGRAMME}. Please send apologies and substitutions to Member Services, not to the lead officers.`);
const OFF = ["ainsworth", "emmerson", "hargreaves", "whitlam", "prendiville", "rothery", "ilesanmi"];
mdTable([["Name", "Role", "Telephone", "Email"], ...OFF.map((k) => [O[k].name, O[k].post, O[k].phone, `<a href="mailto:${O[k].email}">${O[k].email}</a>`])]);
p(`Lead officer for the Task Group: <strong>${O.ainsworth.name}</strong>. Clerk to the Task Group: <strong>${O.rothery.name}</strong>.`);

// ---------------------------------------------------------------- chapter 2
const ch2 = CH[1];
html.push(`<div class="page-break"></div>`, `<h1 id="chapter-${ch2.id}">${esc(ch2.name)}</h1>`, `<div><p>${ch2.desc}</p></div>`);
R.push(ch2.name, ch2.desc);

// Meeting dates (WYSIWYG)
pageStart(ch2.pages[0], ch2);
p(`All meetings start at 10.30am in ${ROOM}, and on Teams. Pre-meetings for the Chair, Vice-Chair and Deputy Chair start at 9.45am.`);
const mrow = (m) => [m.was ? `<s>${m.was}</s> ${m.date}` : m.date + (m.provisional ? " (provisional)" : ""), m.iso < "2472-01-01" ? "Held" : "", m.published];
tiny([["Date", "Status", "Papers published"], ...MEETINGS.map(mrow)], [46, 18, 36]);
p(`<strong>Updated 20 January 2472:</strong> the March meeting has moved from Wednesday 9 March to Wednesday 16 March 2472, so that the round 2 assessment panel can finish scoring the ${FUND} bids. Room 2.4 is booked.`, "callout warning");
h(4, "Chair's briefings");
p("The Chair is briefed on the Monday of the week before each meeting, at 2pm on Teams. For the March meeting the briefing is on Monday 7 March 2472.");

// Apologies, substitutes and declarations (markdown editor)
pageStart(ch2.pages[1], ch2);
ul([
  `Apologies must reach ${O.rothery.name} by 5pm two working days before the meeting.`,
  "If you cannot attend, tell your group's named substitute and Member Services; the substitute receives the papers.",
  "Declare any interest at the start of the meeting (item 2) or when the item comes up, and say whether you will take part.",
  `Members whose own council has bid to the ${FUND} should not score or vote on that bid.`,
], "ol");

// Glossary (book-level page, markdown editor)
pageStart(LOOSE, null);
for (const [t, d] of [
  ["Ready to Burn", "A certification scheme for wood and manufactured solid fuels that are dry enough and low enough in sulphur to burn with less smoke."],
  ["Smoke control area", "An area declared by a council in which smoke must not be emitted from a chimney unless an authorised fuel or an exempt appliance is used."],
  ["Exempt appliance", "A stove or boiler approved to burn unauthorised fuel such as wood in a smoke control area without emitting smoke."],
  ["PM2.5", "Fine particulate matter, 2.5 micrometres or smaller. Domestic burning is one of its largest sources in winter."],
  ["Burn Better", "The Task Group's winter campaign to help residents burn less and burn cleaner."],
]) p(`<strong>${t}</strong> – ${d}`);

// ------------------------------------------------------------------ the file
const STYLE = `/* BookStack export styles */
html, body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Oxygen", "Ubuntu", "Roboto", "Cantarell", "Fira Sans", "Droid Sans", "Helvetica Neue", sans-serif; font-size: 14px; line-height: 1.6; color: #444; }
.page-content { overflow-wrap: break-word; max-width: 840px; margin: 0 auto; }
.page-content h1 { font-size: 2.8275em; font-weight: 400; }
.page-break { page-break-after: always; }
.chapter-hint { color: #888; margin-top: 32px; }
.chapter-hint + h1 { margin-top: 0; }
ul.contents ul li { font-size: 0.8em; }
.page-content table { border-collapse: collapse; }
.page-content table td, .page-content table th { border: 1px solid #ddd; padding: .2em .4em; min-width: 1em; }
.page-content details { border: 1px solid #ddd; margin-bottom: 1em; padding: 0 1em; }
.page-content details summary { font-weight: 700; margin: 0 -1em; padding: .5em 1em; }
.callout { border-inline-start: 3px solid #898989; background-color: #eee; padding: 8px 16px 8px 40px; display: block; position: relative; }
.callout.info { border-left-color: #0288d1; background-color: #edf8ff; color: #0288d1; }
.callout.warning { border-left-color: #cf4d03; background-color: #fff5ec; color: #cf4d03; }
.callout.success { border-left-color: #0f7d15; background-color: #eafdeb; color: #0f7d15; }
.callout:before { content: ''; width: 1.2em; height: 1.2em; position: absolute; left: 8px; top: 10px; background-image: url('data:image/svg+xml;base64,PHN2ZyB2aWV3Qm94PSIwIDAgMjQgMjQiIGZpbGw9IiMwMjg4ZDEiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyI+PHBhdGggZD0iTTAgMGgyNHYyNEgweiIgZmlsbD0ibm9uZSIvPjwvc3ZnPg=='); }
s { color: #888; }`;
const doc = `<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>${esc(BOOK)}</title>

    <style>
${STYLE}
    </style>

</head>
<body class="export export-format-html export-engine-none">
<div class="page-content" dir="auto">
${html.join("\n")}
</div>
</body>
</html>
`;
writeFileSync(join(root, "docs", FILE), doc);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${R.length} lines)`);
