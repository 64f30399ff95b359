// Builds docs/street-lighting-dark-skies-panel-executive-decisions-2026-27.html (a page of the LGA website: the
// Street Lighting and Dark Skies Panel's "Record of executive decisions" 2026/27, last updated 1 February 2027)
// and its plain-text rendering text/street-lighting-dark-skies-panel-executive-decisions-2026-27.txt.
//
//   node src/build-decisions-html.mjs
//
// Layout: skip link, header with a search form, main menu, breadcrumb, <main>; an intro; a (non-working) filter
// form and an "Expand all" button; then EACH DECISION AS A <details> ELEMENT (newest first; only the two newest
// are open), whose <summary> holds the reference, the title and a STATUS BADGE (<span class="badge …">), and whose
// body is a list of LABELLED FIELDS built from <div class="field"><span class="field-label">…</span>
// <span class="field-value">…</span></div> (Decision reference, Date of decision, Decision maker, Decision,
// Reasons, Alternatives considered (some), Interests declared, Published, Call-in deadline, Call-in (one),
// Status). No <table>, no <dl>. Footer with "Last updated" and the contact.
// Rendering: page chrome as lines (skip link, site name, "Search", menu items, breadcrumb items, form labels and
// options, button); the <summary> as "ref | title | badge"; each field as "Label: value"; the footer lines.
// Synthetic test fixture: the people, decisions, suppliers and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "street-lighting-dark-skies-panel-executive-decisions-2026-27";

// ---------------------------------------------------------------- content
const SKIP = "Skip to main content";
const SITE = "Local Government Association";
const MENU = ["Our work", "Publications", "Events", "Councillor hub", "About us"];
const CRUMBS = ["Home", "Our work", "Street Lighting and Dark Skies Panel", "Record of executive decisions"];
const H1 = "Record of executive decisions 2026/27";
const INTRO = [
  "This page records the decisions taken between meetings of the Street Lighting and Dark Skies Panel: urgent decisions taken by the Chair after consulting the Vice-Chair, and spending decisions of up to £25,000 taken by the Head of Transport and Infrastructure, under section 8 of the Panel’s terms of reference.",
  "Any three members of the Panel, from at least two political groups, may call in a decision within five working days of its publication. Decisions the Chair has recorded as urgent cannot be called in.",
];
const FILTER = { label: "Show decisions with status", options: ["All", "Implemented", "Open for call-in", "Called in"], button: "Apply", expand: "Expand all" };
const CHAIR = "Cllr Rowena Tidmarsh, Chair, after consulting the Vice-Chair";
const HEAD_TI = "Marcus Gravener, Head of Transport and Infrastructure";
// newest first
const D = [
  {
    ref: "SLDP-ED 27/02", title: "Lighting and Dark Skies Summit 2027: venue", badge: ["open", "Open for call-in"],
    date: "Wednesday 27 January 2027", maker: HEAD_TI,
    decision: "To book the Millgate Conference Centre, Sheffield, for the Lighting and Dark Skies Summit on Friday 18 June 2027, at a cost of £12,750 for venue hire, audio-visual equipment and catering.",
    reasons: "Three venues were considered. The Millgate Conference Centre was the cheapest of the three that had step-free access throughout, and Sheffield is easy to reach from the North and the Midlands, where most of last year’s delegates came from.",
    alternatives: "Holding the Summit at 18 Smith Square (too small for the expected numbers) or online only (members asked for an in-person event).",
    interests: "None.", published: "Thursday 28 January 2027", callin: "Thursday 4 February 2027",
    status: "Open for call-in",
  },
  {
    ref: "SLDP-ED 27/01", title: "Smart Lighting Fund round 2: award of grants", badge: ["called-in", "Called in"],
    date: "Monday 18 January 2027", maker: CHAIR,
    decision: "To award 14 grants totalling £402,600 to the councils recommended in the officers’ assessment report, and to hold the remaining £47,400 of the fund for a third round.",
    reasons: "Round 2 received 57 bids worth £1.38 million. Officers scored the bids against the criteria published in November (SLDP-ED 26/05), and the 14 recommended bids scored highest. The assessment report is not published with this record because it contains information about councils’ bids that has not yet been confirmed to them.",
    interests: "None.", published: "Tuesday 19 January 2027", callin: "Tuesday 26 January 2027",
    callinNote: "Called in on Friday 22 January 2027 by Cllr Rupert Oxenham, Cllr Fiona Gatenby and Cllr Norman Rookledge. Reason given: only three of the 14 recommended grants go to predominantly rural councils, although rural councils made 23 of the 57 bids; the members ask the Panel to consider whether scoring on energy saved per pound puts councils with fewer, more widely spaced lights at a disadvantage.",
    status: "Called in – not to be put into effect until the Panel has considered it on Wednesday 10 February 2027 (item 6)",
  },
  {
    ref: "SLDP-ED 26/06", title: "Dark Skies Week 2027: campaign materials", badge: ["done", "Implemented"],
    date: "Wednesday 9 December 2026", maker: HEAD_TI,
    decision: "To commission Northlight Design Co. to produce the campaign materials for Dark Skies Week 2027 (posters, social media graphics and a two-minute film), at a cost of £9,800.",
    reasons: "Partner councils asked for ready-made materials they can adapt. Northlight Design Co. produced the most suitable of the three quotes received.",
    interests: "None.", published: "Thursday 10 December 2026", callin: "Thursday 17 December 2026",
    status: "Implemented",
  },
  {
    ref: "SLDP-ED 26/05", title: "Smart Lighting Fund round 2: criteria and timetable", badge: ["done", "Implemented"],
    date: "Wednesday 18 November 2026", maker: CHAIR,
    decision: "To open round 2 of the Smart Lighting Fund on 1 December 2026 and close it on 15 January 2027, with £450,000 available in grants of up to £40,000 each. Bids are scored on energy saved per pound of grant (50 per cent), reduction in light spill (30 per cent) and community support (20 per cent).",
    reasons: "The Panel agreed on 14 October 2026 that round 2 should open before the end of the year, so the decision could not wait until the meeting on 10 February 2027.",
    alternatives: "Keeping the round 1 criteria, which did not score light spill.",
    interests: "None.", published: "Thursday 19 November 2026", callin: "Thursday 26 November 2026",
    status: "Implemented",
  },
  {
    ref: "SLDP-ED 26/04", title: "Street lighting benchmarking service: contract extension", badge: ["done", "Implemented"],
    date: "Wednesday 4 November 2026", maker: HEAD_TI,
    decision: "To extend the contract with Lumenwise Data Ltd for the street lighting benchmarking service by one year, to 31 December 2027, at a cost of £22,400.",
    reasons: "The benchmarking service supplies the energy data for performance measure SLDP-M02 and is used by 146 councils. The contract allows one extension of a year.",
    interests: "None.", published: "Thursday 5 November 2026", callin: "Thursday 12 November 2026",
    status: "Implemented",
  },
  {
    ref: "SLDP-ED 26/03", title: "Response to the call for evidence on light pollution", badge: ["done", "Implemented"],
    date: "Monday 19 October 2026", maker: CHAIR,
    decision: "To submit the LGA’s response to the Department for Environment, Food and Rural Affairs call for evidence on light pollution, supporting a national standard for light pollution in planning guidance and opposing any new duty on councils that is not funded.",
    reasons: "The call for evidence closed on 23 October 2026, before the Panel’s next meeting. The Chair recorded the decision as urgent.",
    interests: "None.", published: "Tuesday 20 October 2026", callin: "Not applicable – urgent decision",
    status: "Implemented",
  },
  {
    ref: "SLDP-ED 26/02", title: "Research on part-night lighting and crime", badge: ["done", "Implemented"],
    date: "Wednesday 2 September 2026", maker: HEAD_TI,
    decision: "To commission Brackenridge Research Ltd to study recorded crime and people’s feelings of safety in 12 council areas that have introduced part-night lighting, at a cost of £18,500, with a final report by 31 March 2027.",
    reasons: "Members asked at the meeting of 8 July 2026 for independent evidence before the Panel takes a position on part-night lighting. Three quotes were received; Brackenridge Research Ltd’s was the lowest and scored highest on quality.",
    alternatives: "Doing the study in-house (no capacity) or a review of published research only (it would give no evidence from English councils).",
    interests: "None.", published: "Thursday 3 September 2026", callin: "Thursday 10 September 2026",
    status: "Implemented",
  },
  {
    ref: "SLDP-ED 26/01", title: "Co-opted advisers to the Dark Skies Working Group", badge: ["done", "Implemented"],
    date: "Friday 10 July 2026", maker: CHAIR,
    decision: "To co-opt Dr Leah Fearnside (Starlight Landscapes Network) and Owain Pickersgill (Lighting Engineers’ Guild) as advisers to the Dark Skies Working Group until July 2027. Advisers may not vote.",
    reasons: "The Panel asked on 8 July 2026 for the advisers to be appointed before the Working Group’s first meeting of the year.",
    interests: "None.", published: "Monday 13 July 2026", callin: "Monday 20 July 2026",
    status: "Implemented",
  },
];
const FOOTER = ["Last updated: Monday 1 February 2027", "Contact: Hamish Brodie, Member Services Officer – 020 7946 0941 – hamish.brodie@local.gov.uk", "Local Government Association, 18 Smith Square, London SW1P 3HZ"];

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const parse = (s) => { const m = s.match(/(\d{1,2}) ([A-Z][a-z]+) (\d{4})/); return new Date(Date.UTC(+m[3], MONTHS.indexOf(m[2]), +m[1])); };
for (const m of JSON.stringify([D, FOOTER]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const addWorking = (d, n) => { const x = new Date(d); while (n) { x.setUTCDate(x.getUTCDate() + 1); if (x.getUTCDay() % 6) n--; } return x; };
for (const d of D) {
  const pub = parse(d.published);
  const dd = parse(d.date);
  if ((pub - dd) / 864e5 < 0 || addWorking(dd, 2) < pub) throw new Error("published more than two working days after the decision " + d.ref);
  if (!d.callin.startsWith("Not")) { if (+addWorking(pub, 5) !== +parse(d.callin)) throw new Error("call-in deadline " + d.ref); }
  if (d.maker === HEAD_TI) { const amt = +d.decision.match(/£([\d,]+)/)[1].replace(/,/g, ""); if (amt > 25000) throw new Error("officer limit " + d.ref); }
}
if (402600 + 47400 !== 450000 || 14 * 40000 < 402600) throw new Error("fund arithmetic");

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const field = (label, value, cls = "") => `          <div class="field${cls ? " " + cls : ""}">
            <span class="field-label">${label}</span>
            <span class="field-value">${esc(value)}</span>
          </div>`;
const fieldsOf = (d) => [
  ["Decision reference", d.ref], ["Date of decision", d.date], ["Decision maker", d.maker], ["Decision", d.decision], ["Reasons", d.reasons],
  ...(d.alternatives ? [["Alternatives considered", d.alternatives]] : []), ["Interests declared", d.interests], ["Published", d.published],
  ["Call-in deadline", d.callin], ...(d.callinNote ? [["Call-in", d.callinNote]] : []), ["Status", d.status],
];
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${H1} | Street Lighting and Dark Skies Panel | Local Government Association</title>
  <style>
    body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1b1b1b; line-height: 1.45; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #ffdd00; }
    header.site { background: #0b3d5c; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
    header.site a.logo { color: #fff; font-weight: bold; text-decoration: none; font-size: 1.2rem; }
    nav.main ul { list-style: none; margin: 0; padding: 0 24px; display: flex; gap: 20px; background: #e6eef5; }
    nav.main li { padding: 10px 0; }
    ol.crumbs { list-style: none; display: flex; gap: 6px; padding: 10px 24px; margin: 0; font-size: .85rem; }
    ol.crumbs li + li::before { content: "›"; margin-right: 6px; color: #777; }
    main { max-width: 60rem; padding: 0 24px 40px; }
    form.filter { background: #f4f6f8; padding: 10px 14px; margin: 16px 0; display: flex; gap: 12px; align-items: center; }
    details.decision { border: 1px solid #c9d3dd; border-left: 5px solid #0b3d5c; margin: 0 0 12px; padding: 0; }
    details.decision > summary { cursor: pointer; padding: 10px 14px; font-weight: bold; display: flex; gap: 12px; align-items: center; }
    details.decision > summary .ref { font-family: "Courier New", monospace; color: #0b3d5c; min-width: 9.5em; }
    .badge { margin-left: auto; font-size: .78rem; padding: 2px 8px; border-radius: 10px; color: #fff; }
    .badge.done { background: #3b7d3b; } .badge.open { background: #b26b00; } .badge.called-in { background: #b3261e; }
    .fields { padding: 4px 14px 12px; }
    .field { display: grid; grid-template-columns: 12rem 1fr; gap: 10px; padding: 5px 0; border-top: 1px dotted #d5dde5; }
    .field-label { font-weight: bold; color: #3d4b59; }
    .field.status .field-value { font-weight: bold; }
    footer.site { border-top: 4px solid #0b3d5c; padding: 14px 24px; font-size: .85rem; background: #f4f6f8; }
  </style>
</head>
<body>
  <a class="skip" href="#content">${SKIP}</a>
  <header class="site">
    <a class="logo" href="/">${SITE}</a>
    <form class="search" role="search" action="/search"><label for="q" class="skip">Search</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
  </header>
  <nav class="main" aria-label="Main menu">
    <ul>
${MENU.map((m) => `      <li><a href="#">${m}</a></li>`).join("\n")}
    </ul>
  </nav>
  <nav aria-label="Breadcrumb">
    <ol class="crumbs">
${CRUMBS.map((c, i) => `      <li>${i < CRUMBS.length - 1 ? `<a href="#">${c}</a>` : `<span aria-current="page">${c}</span>`}</li>`).join("\n")}
    </ol>
  </nav>
  <main id="content">
    <h1>${H1}</h1>
${INTRO.map((p) => `    <p>${esc(p)}</p>`).join("\n")}
    <form class="filter" onsubmit="return false">
      <label for="st">${FILTER.label}</label>
      <select id="st" name="status">
${FILTER.options.map((o) => `        <option>${o}</option>`).join("\n")}
      </select>
      <button type="submit">${FILTER.button}</button>
      <button type="button" class="expand">${FILTER.expand}</button>
    </form>
${D.map((d, k) => `    <details class="decision" id="${d.ref.replace(/[^A-Z0-9]+/g, "-").toLowerCase()}"${k < 2 ? " open" : ""}>
      <summary><span class="ref">${d.ref}</span> <span class="title">${esc(d.title)}</span> <span class="badge ${d.badge[0]}">${d.badge[1]}</span></summary>
      <div class="fields">
${fieldsOf(d).map(([l, v]) => field(l, v, l === "Status" ? "status" : "")).join("\n")}
      </div>
    </details>`).join("\n")}
  </main>
  <footer class="site">
${FOOTER.map((f) => `    <p>${esc(f)}</p>`).join("\n")}
  </footer>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ---------------------------------------------------------------- rendering
const R = [SKIP, SITE, "Search", "Search", ...MENU, ...CRUMBS, H1, ...INTRO, FILTER.label, ...FILTER.options, FILTER.button, FILTER.expand];
for (const d of D) {
  R.push(`${d.ref} | ${d.title} | ${d.badge[1]}`);
  for (const [l, v] of fieldsOf(d)) R.push(`${l}: ${v}`);
}
R.push(...FOOTER);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines, ${D.length} decisions)`);
