// Builds docs/pollinators-verges-task-group-risks-grants-actions.html and its rendering in text/.
// Layout: an LGA web page whose two tables are "responsive": the <thead> is visually hidden
// (class="sr-only"), every <td> carries a data-label attribute that CSS shows before the cell's value
// (the labels are attributes, not text), and each row is drawn as a stacked card; the action tracker
// is a list of <article> cards whose dates are <time datetime="…"> elements showing the day and month
// only ("Friday 19 December"), the year being in the attribute.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-risks-actions-html.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, BODY, PARENT, OFFICERS } from "./common.mjs";

const BASE = "pollinators-verges-task-group-risks-grants-actions";
const O = OFFICERS;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const lines = []; // the text rendering, in reading order
const T = (s) => lines.push(s);

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const shown = (iso, weekday = true) => {
  const d = new Date(iso + "T12:00:00Z");
  return `${weekday ? DAYS[d.getUTCDay()] + " " : ""}${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
};
const time = (iso, weekday) => `<time datetime="${iso}">${shown(iso, weekday)}</time>`;

// ------------------------------------------------------------------ content
const RISK_HEAD = ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Score", "Trend", "Next review"];
const RISKS = [
  ["PVR-01", "The Government delays its national pesticides action plan consultation further, so the Task Group cannot respond as planned (PVD-06).", O.frogley.name, "4", "2", "8", "Steady", "March 2093"],
  ["PVR-02", "Pilot councils withdraw from the Pesticide-Free Pavements Pilot because of residents' complaints about weeds.", O.frogley.name, "3", "4", "12", "Rising", "March 2093"],
  ["PVR-03", "Round 2 grants from the Cut and Collect Equipment Fund are not spent by 31 March 2093 because of long lead times for machinery.", O.jeffcoate.name, "4", "3", "12", "Rising", "February 2093"],
  ["PVR-04", "Reduced cutting blocks sightlines at junctions and bends, leading to an accident and a claim against a council.", O.burstow.name, "2", "5", "10", "Steady", "March 2093"],
  ["PVR-05", "Too few councils answer the invasive species survey to give the good practice guide an evidence base (PVD-07).", O.ivatt.name, "4", "3", "12", "Rising", "January 2093"],
  ["PVR-06", "Councils have no affordable route for disposing of verge cuttings collected by cut-and-collect.", O.burstow.name, "3", "3", "9", "New", "March 2093"],
  ["PVR-07", "Verge Champions volunteers are not covered by councils' insurance.", O.ivatt.name, "2", "3", "6", "Falling", "January 2093"],
  ["PVR-08", "The lead officer post is left vacant during the LGA's recruitment freeze.", O.stribling.name, "2", "4", "8", "Steady", "June 2093"],
];
const GRANT_HEAD = ["Ref", "Council", "Equipment", "Grant (£)", "Match funding (£)", "Status"];
const GRANTS = [
  ["CCE-01", "Lincolnshire County Council", "Two tractor-mounted flail collectors", "186,000", "62,000", "Ordered"],
  ["CCE-02", "Wiltshire Council", "Flail collector and trailer", "142,500", "47,500", "Delivered"],
  ["CCE-03", "Leeds City Council", "Compact cut-and-collect mower for urban verges", "88,000", "30,000", "Ordered"],
  ["CCE-04", "Cornwall Council", "Verge and hedge flail collector", "131,200", "44,000", "Awaiting order"],
  ["CCE-05", "Herefordshire Council", "Cut-and-collect machine and a baler for cuttings", "158,300", "52,800", "Ordered"],
  ["CCE-06", "Durham County Council", "Two compact collectors", "96,000", "32,000", "Ordered"],
  ["CCE-07", "South Cambridgeshire District Council", "Pedestrian-operated collector for village greens", "34,500", "11,500", "Ordered"],
  ["CCE-08", "Norfolk County Council", "Flail collector shared with two district councils", "149,000", "50,000", "Awaiting order"],
  ["CCE-09", "Bristol City Council", "Electric compact collector", "112,000", "37,400", "Awaiting order"],
  ["CCE-10", "Sheffield City Council", "Cut-and-collect attachment for an existing tractor", "102,500", "34,200", "Ordered"],
];
const sum = (k) => GRANTS.reduce((a, r) => a + Number(r[k].replace(/,/g, "")), 0).toLocaleString("en-GB");
if (sum(3) !== "1,200,000" || sum(4) !== "401,400") throw new Error(`grant totals ${sum(3)} / ${sum(4)}`);
GRANTS.push(["Total", "", "", sum(3), sum(4), ""]);

const ACTIONS = [
  { ref: "PVA-03", met: "2092-09-17", title: "Write to the Minister asking when the national pesticides action plan consultation will be published", owner: `Cllr Octavia Pennycook (Chair), with ${O.frogley.name}`, due: "2092-10-31", status: "Done", note: "Letter sent on 21 October 2092. No reply had been received by the December meeting." },
  { ref: "PVA-05", met: "2092-09-17", title: "Send a reminder about the invasive species survey to councils that have not replied", owner: O.ivatt.name, due: "2092-11-14", status: "Done", note: "Reminder sent on 6 November 2092; the survey has been reopened until 31 January 2093." },
  { ref: "PVA-06", met: "2092-09-17", title: "Arrange a members' site visit to see cut-and-collect verge management", owner: O.ellerker.name, due: "2092-10-10", status: "Done", note: "Visit to Wiltshire Council's highways depot at Devizes held on 22 October 2092." },
  { ref: "PVA-08", met: "2092-12-03", title: "Publish the round 2 awards and write to every bidding council", owner: O.jeffcoate.name, due: "2092-12-12", status: "Done", note: "Awards published on 10 December 2092; all 23 bidders told the outcome." },
  { ref: "PVA-09", met: "2092-12-03", title: "Report the revised date for the invasive species guide (PVD-07) to the Board", owner: O.ivatt.name, due: "2093-01-21", status: "Open", note: `On the agenda of the ${PARENT} for 21 January 2093.` },
  { ref: "PVA-10", met: "2092-12-03", title: "Circulate the interim evaluation of the pilot to all councils with a covering note from the Chair", owner: O.frogley.name, due: "2092-12-19", status: "Overdue", note: "The covering note is with the Chair for approval." },
  { ref: "PVA-11", met: "2092-12-03", title: "Seek legal advice on insurance cover for Verge Champions volunteers", owner: O.ivatt.name, due: "2093-01-30", status: "Open", note: "Instructions sent to the LGA's legal team on 15 December 2092." },
  { ref: "PVA-12", met: "2092-12-03", title: "Add a risk on the disposal of cuttings to the risk register", owner: O.burstow.name, due: "2093-01-09", status: "Done", note: "Added as PVR-06." },
  { ref: "PVA-13", met: "2092-12-03", title: "Invite the Highway Verge Engineers' Forum to the March meeting", owner: O.ellerker.name, due: "2093-02-06", status: "Open", note: "" },
  { ref: "PVA-14", met: "2092-12-03", title: "Bring a paper on options for continuing the pilot in 2093/94", owner: O.frogley.name, due: "2093-03-11", status: "Open", note: "For the meeting on 11 March 2093." },
  { ref: "PVA-15", met: "2092-12-03", title: "Prepare a draft response to the pesticides action plan consultation so it can be sent quickly once published", owner: O.frogley.name, due: "2093-02-27", status: "Open", note: "" },
];

// ------------------------------------------------------------------ page
const h = [];
const H = (s) => h.push(s);
function responsiveTable(id, caption, head, rows) {
  H(`<table class="responsive" id="${id}">`);
  H(`  <caption>${esc(caption)}</caption>`);
  H(`  <thead class="sr-only"><tr>${head.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead>`);
  H("  <tbody>");
  T(caption);
  T(head.join(" | "));
  for (const r of rows) {
    const total = r[0] === "Total";
    H(`    <tr${total ? ' class="total"' : ""}>` + r.map((c, i) => `<td data-label="${esc(head[i])}">${esc(c)}</td>`).join("") + "</tr>");
    T(r.join(" | ").replace(/[ |]+$/, ""));
  }
  H("  </tbody>");
  H("</table>");
}

const pageTitle = `${BODY}: risks, grants and actions`;
H("<!DOCTYPE html>");
H('<html lang="en-GB">');
H("<head>");
H('<meta charset="utf-8">');
H('<meta name="viewport" content="width=device-width, initial-scale=1">');
H(`<title>${esc(pageTitle)} | Local Government Association</title>`);
H(`<style>
body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1d1d1b; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: -9999px; } .skip-link:focus { left: 1rem; top: 1rem; }
header.site, footer.site { background: #00205b; color: #fff; padding: 1rem 2rem; }
header.site a, footer.site a { color: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem; }
table.responsive { width: 100%; border-collapse: collapse; margin: 1rem 0 2rem; }
table.responsive caption { text-align: left; font-weight: bold; padding-bottom: .5rem; }
table.responsive tr { display: block; border: 1px solid #c8c8c8; border-left: 6px solid #00205b; margin-bottom: .75rem; padding: .5rem .75rem; }
table.responsive td { display: grid; grid-template-columns: 9rem 1fr; gap: .5rem; padding: .2rem 0; }
table.responsive td::before { content: attr(data-label); font-weight: bold; }
table.responsive td:empty { display: none; }
table.responsive tr.total { border-left-color: #6b6b6b; background: #f3f3f3; font-weight: bold; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }
article.action { border: 1px solid #c8c8c8; border-top: 6px solid #00205b; padding: .75rem 1rem; }
article.action h3 { font-size: 1rem; margin: .25rem 0 .5rem; }
article.action .ref { font-size: .85rem; color: #555; margin: 0; }
article.action dl { display: grid; grid-template-columns: 4rem 1fr; margin: .5rem 0; }
article.action dt { font-weight: bold; }
.tag { display: inline-block; padding: .1rem .5rem; border-radius: 1rem; font-size: .8rem; font-weight: bold; }
.tag--done { background: #d4edda; } .tag--open { background: #dbe7f5; } .tag--overdue { background: #f8d7da; }
</style>`);
H("</head>");
H("<body>");
H('<a class="skip-link" href="#main">Skip to main content</a>');
H('<header class="site"><a href="/" class="logo">Local Government Association</a>');
H('<nav aria-label="Main"><ul><li><a href="/our-work">Our work</a></li><li><a href="/publications">Publications</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></nav></header>');
H('<nav aria-label="Breadcrumb" class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/our-work">Our work</a></li><li><a href="/our-work/climate-nature-environment">Climate, nature and environment</a></li><li aria-current="page">' + esc(BODY) + "</li></ol></nav>");
T("Local Government Association");
T("Our work | Publications | News | About");
T(`Home > Our work > Climate, nature and environment > ${BODY}`);
H('<main id="main">');
H(`<h1>${esc(pageTitle)}</h1>`);
T(pageTitle);
H(`<p class="updated">Last updated: <time datetime="2093-01-09T16:40">${shown("2093-01-09")} 2093</time></p>`);
T(`Last updated: ${shown("2093-01-09")} 2093`);
const intro = `This page is kept by the officers who support the ${BODY}, a member task group of the ${PARENT}. It shows the Task Group's risk register, the grants awarded from round 2 of the Cut and Collect Equipment Fund, and the actions agreed at its meetings. Papers and minutes are published with each meeting's agenda.`;
H(`<p>${esc(intro)}</p>`);
T(intro);

H('<h2 id="risks">Risk register</h2>');
T("Risk register");
const rp = "The register was reviewed by the Task Group on 3 December 2092, and risk PVR-06 was added on 9 January 2093 at its request. Likelihood and impact are each scored from 1 (low) to 5 (high) and the score is likelihood multiplied by impact: 1 to 5 is a low risk, 6 to 11 a medium risk and 12 to 25 a high risk.";
H(`<p>${esc(rp)}</p>`);
T(rp);
responsiveTable("risk-register", "Risk register at 9 January 2093", RISK_HEAD, RISKS);

H('<h2 id="grants">Cut and Collect Equipment Fund: round 2 grants</h2>');
T("Cut and Collect Equipment Fund: round 2 grants");
const gp = "The Task Group awarded ten grants from round 2 of the Fund on 3 December 2092, from 23 bids. Councils must order their equipment by 28 February 2093 and claim the grant by 31 March 2093.";
H(`<p>${esc(gp)}</p>`);
T(gp);
responsiveTable("grants", "Round 2 grants and their status at 9 January 2093", GRANT_HEAD, GRANTS);
const rl = "Reserve list, to be funded in this order if a council withdraws: CCE-R1 Cumberland Council (bid of £78,000) and CCE-R2 Somerset Council (bid of £91,500).";
H(`<p>${esc(rl)}</p>`);
T(rl);

H('<h2 id="actions">Action tracker</h2>');
T("Action tracker");
const ap = "Actions agreed at the Task Group's meetings, with the officer or member responsible. Completed actions from meetings before September 2092 have been archived.";
H(`<p>${esc(ap)}</p>`);
T(ap);
H('<div class="cards">');
for (const a of ACTIONS) {
  const cls = a.status.toLowerCase();
  H(`<article class="action" aria-labelledby="${a.ref}-title">`);
  H(`  <p class="ref">${a.ref} · agreed ${time(a.met, false)}</p>`);
  H(`  <h3 id="${a.ref}-title">${esc(a.title)}</h3>`);
  H(`  <dl><dt>Owner</dt><dd>${esc(a.owner)}</dd><dt>Due</dt><dd>${time(a.due)}</dd></dl>`);
  H(`  <p><span class="tag tag--${cls}">${a.status}</span></p>`);
  if (a.note) H(`  <p class="note">${esc(a.note)}</p>`);
  H("</article>");
  T(`${a.ref} · agreed ${shown(a.met, false)}`);
  T(a.title);
  T(`Owner ${a.owner}`);
  T(`Due ${shown(a.due)}`);
  T(a.status);
  if (a.note) T(a.note);
}
H("</div>");
const contact = `Contact: ${O.burstow.name}, ${O.burstow.post}, ${O.burstow.email}, ${O.burstow.phone}.`;
H(`<p class="contact">${esc(contact)}</p>`);
T(contact);
H("</main>");
H('<footer class="site"><p>Local Government Association, 18 Smith Square, London SW1P 3HZ</p><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul></footer>');
T("Local Government Association, 18 Smith Square, London SW1P 3HZ");
T("Accessibility | Privacy | Contact us");
H("</body>");
H("</html>");

writeFileSync(join(root, "docs", BASE + ".html"), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log("wrote", BASE);
