/**
 * Papers of an invented body, the Community Floodwardens Task Group, 2331/32, in layouts other fixtures do
 * not use: a story page saved from the browser (measure cards whose rating is a word alone on its line and
 * whose target and last quarter share one line, a carousel of member cards all but one hidden, a bar chart
 * whose amounts exist only as SVG labels); a kanban board saved from the browser (an action's state only the
 * lane it sits in, labels drawn as buttons, owners as initials keyed in the board's side panel, a lane of
 * risk cards); a comparison report as PDF whose deleted words are struck through by drawn lines beside the
 * new ones; and a Q&A export as CSV dated by its "Exported at" line. Everything here is made up.
 */
import { pdfBuffer } from "./papers.js";

const MEASURES: { ref: string; name: string; figure: string; what: string; target: string; earlier: string; rating: string; lead: string; note: string }[] = [
  { ref: "CFW-01", name: "Wardens", figure: "412", what: "Trained flood wardens on the register", target: "400", earlier: "380 (amber)", rating: "GREEN", lead: "Cllr Oriel Vantongeren", note: "Spring courses full." },
  { ref: "CFW-02", name: "Sandbag stores", figure: "61%", what: "Sandbag stores checked in the quarter", target: "90%", earlier: "88% (green)", rating: "RED", lead: "Cllr Oriel Vantongeren", note: "Two depots closed for repairs." },
  { ref: "CFW-03", name: "Alerts", figure: "97%", what: "Flood alerts passed on within an hour", target: "95%", earlier: "91% (amber)", rating: "GREEN", lead: "Cllr Thaddeus Quarrington", note: "New text service live." },
  { ref: "CFW-04", name: "Plans", figure: "34", what: "Parishes with a community flood plan", target: "50", earlier: "33 (green)", rating: "AMBER", lead: "Cllr Thaddeus Quarrington", note: "Eight plans in draft." },
];

const MEMBERS = [
  "Cllr Marisol Tenterden · Chair · Brackwater Borough Council (Labour)",
  "Cllr Oriel Vantongeren · Vice-Chair · Saltmarsh District Council (Conservative)",
  "Cllr Thaddeus Quarrington · Member · Fenholt City Council (Liberal Democrat)",
  "Cllr Wilhelmina Ashgrove · Member · Mudford District Council (Green Party)",
];

/** The Task Group's winter story, saved from the browser: cards, a carousel and an SVG chart. */
export function floodwardensStoryHtml(): string {
  const card = (m: (typeof MEASURES)[number]) => `<div class="tile measure" role="region" aria-roledescription="Card">
  <h3 class="tile-heading">${m.ref} · ${m.name}</h3>
  <p class="big">${m.figure}</p>
  <p><span class="run">${m.what}</span></p>
  <p class="small">Target: ${m.target} · Quarter 1: ${m.earlier}</p>
  <p><span class="rating">${m.rating}</span></p>
  <p class="small">Lead: ${m.lead}</p>
  <p class="small"><span class="run">${m.note}</span></p>
</div>`;
  const members = MEMBERS.map((m, k) => `<figure class="tile slide" aria-hidden="${k === 0 ? "false" : "true"}"><img src="m${k}.jpg" alt="Photo"><figcaption>${m}</figcaption></figure>`).join("\n");
  const bars = [
    ["Saltmarsh Parish Council", "12,400"],
    ["Brackwater Wardens Network", "9,750"],
    ["Fenholt Scouts", "4,200"],
  ]
    .map(([name, amount], k) => `<g><text x="0" y="${50 + 30 * k}">${name}</text><rect x="220" y="${38 + 30 * k}" width="200" height="18"></rect><text x="430" y="${50 + 30 * k}">${amount}</text></g>`)
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Floodwardens: the Chair's winter story</title></head><body>
<div class="app-bar"><span>Marisol Tenterden</span></div>
<div class="story">
<h1>Floodwardens: the Chair's winter story</h1>
<p>Community Floodwardens Task Group · December 2331</p>
<h2>How we are doing</h2>
<p>Our four measures at the end of quarter 2 (30 September 2331). Green means on track, amber at risk and red off track.</p>
${MEASURES.map(card).join("\n")}
<h2>Small grants</h2>
<p>Three grants were made from the Floodwardens Fund this autumn.</p>
<svg class="chart" viewBox="0 0 500 160" role="img" aria-label="Bar chart"><text x="0" y="18">Grants (£)</text>${bars}</svg>
<h2>Meet the Task Group</h2>
<p>Four councillors. Click through to meet them all.</p>
<div class="carousel">
${members}
</div>
</div>
</body></html>`;
}

/** The Task Group's kanban board saved from the browser: lanes, label buttons, initials and a side panel. */
export function floodwardensBoardHtml(): string {
  const card = (label: string, title: string, badges: string[], initials: string) => `<li class="card"><a class="card-link" href="#">
<div class="card-labels"><button class="card-label" data-color="blue"><span>${label}</span></button></div>
<span class="card-title">${title}</span>
<div class="badges">${badges.map((b) => `<span class="badge"><span class="badge-text">${b}</span></span>`).join("")}</div>
<div class="members"><span class="member-initials" title="${initials}">${initials}</span></div>
</a></li>`;
  const lane = (name: string, cards: string[]) => `<li class="lane"><div class="lane-header"><h2 class="lane-name">${name}</h2><button class="lane-menu">…</button></div><ol>
${cards.join("\n")}
</ol><button class="add-card">+ Add a card</button></li>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CFWTG – actions and risks 2331/32 | Boards</title></head><body>
<div class="top-bar"><a href="/">Boards</a></div>
<div class="board">
<h1 class="board-name">CFWTG – actions and risks 2331/32</h1>
<div class="facepile"><span class="member" title="Petronella Hartigan"><span class="member-initials">PH</span></span><span class="member" title="Gideon Wolstenholme"><span class="member-initials">GW</span></span><span class="member" title="Marisol Tenterden"><span class="member-initials">MT</span></span></div>
<ol class="lanes">
${lane("Actions – to do", [card("Minute 4", "FWA-21 Write to the water company about the Saltmarsh outfall", ["12 Jan"], "PH")])}
${lane("Actions – in progress", [card("Minute 5", "FWA-22 Restock the Fenholt sandbag depot", ["19 Dec", "1/3"], "GW")])}
${lane("Actions – blocked", [card("Minute 5", "FWA-23 Agree a key holder for the Brackwater depot", ["8 Dec", "Blocker: Waiting for the depot's new lease"], "PH")])}
${lane("Actions – done", [card("Minute 3", "FWA-19 Publish the warden training dates", ["30 Nov"], "GW")])}
${lane("Risk log", [
  card("Red", "R3 Depots closed when a flood comes", ["Likelihood: 4", "Impact: 5", "Score: 20", "Trend: Worse"], "GW"),
  card("Amber", "R1 Too few wardens in the rural parishes", ["Likelihood: 3", "Impact: 3", "Score: 9", "Trend: Same"], "PH"),
])}
</ol>
</div>
<aside class="board-menu" aria-label="Menu">
<h2>Menu</h2>
<section><h3>About this board</h3>
<p>Action log and risk log of the Community Floodwardens Task Group, kept up to date between meetings by the Programme Officer. Actions are numbered FWA-; risks R1 to R3.</p>
<p>Owners are shown by their initials: PH Petronella Hartigan, Programme Officer · GW Gideon Wolstenholme, Depots Manager. Risk score = likelihood × impact.</p>
</section>
<section><h3>Activity</h3><ul>
<li><span class="member-initials" aria-label="Petronella Hartigan">PH</span> <span>Petronella Hartigan moved FWA-23 Agree a key holder for the Brackwater depot from Actions – in progress to Actions – blocked</span> <time>5 Dec 2331, 11:02</time></li>
<li><span class="member-initials" aria-label="Gideon Wolstenholme">GW</span> <span>Gideon Wolstenholme moved FWA-19 Publish the warden training dates from Actions – in progress to Actions – done</span> <time>30 Nov 2331, 09:40</time></li>
</ul></section>
</aside>
</body></html>`;
}

/** The comparison of the terms of reference, version 1 against version 2: deletions struck through by drawn lines. */
export function floodwardensComparisonPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(14).text("Comparison of CFWTG Terms of Reference v1 and v2", 60, 60, { lineBreak: false });
    doc.font("Helvetica").fontSize(10);
    // A run of words, struck through or not, each after the last on one line.
    const line = (runs: [string, boolean][], y: number) => {
      let x = 60;
      for (const [text, struck] of runs) {
        doc.fillColor(struck ? "#c00000" : "#000000").text(text, x, y, { lineBreak: false });
        const w = doc.widthOfString(text);
        if (struck) doc.moveTo(x, y + 4).lineTo(x + w, y + 4).lineWidth(0.6).strokeColor("#c00000").stroke();
        x += w + doc.widthOfString(" ");
      }
    };
    doc.font("Helvetica-Bold").text("4. Meetings", 60, 100, { lineBreak: false });
    doc.font("Helvetica");
    line([["4.1 The Task Group meets", false], ["six", true], ["four", false], ["times a year.", false]], 118);
    doc.font("Helvetica-Bold").text("5. Quorum", 60, 150, { lineBreak: false });
    doc.font("Helvetica");
    line([["5.1", false], ["The quorum is three members.", true], ["The quorum is four voting members.", false]], 168);
    doc.font("Helvetica-Bold").text("6. Contact officer", 60, 200, { lineBreak: false });
    doc.font("Helvetica");
    line([["Petronella Hartigan, Programme Officer", false]], 218);
    line([["Tel: 020 7946 0733", false]], 234);
    line([["Email: petronella.hartigan@local.gov.uk", false]], 250);
    doc.fillColor("#000000").strokeColor("#000000");
  });
}

/** The public Q&A's export: the event's details above the questions, dated by when it was exported. */
export function floodwardensQaCsv(): string {
  const rows = [
    ["Event name", "Ask the Community Floodwardens Task Group"],
    ["Exported at", "03/02/2332 10:15 (UTC)"],
    [],
    ["Question ID", "Question", "Author", "Votes", "Status", "Reply", "Reply author"],
    ["Q-101", "Where is my nearest sandbag store?", "Anonymous", "12", "Answered", "Every parish has one; the list is on the council's flood page.", "Petronella Hartigan"],
    ["Q-102", "Can I become a flood warden at 16?", "Sam", "7", "Answered", "Yes, with a parent's consent, from the spring courses.", "Cllr Marisol Tenterden"],
  ];
  return `\ufeff${rows.map((r) => r.map((c) => `"${c}"`).join(",")).join("\r\n")}\r\n`;
}

/** Minutes in markdown, one item taken in private and recorded only by its resolution's number. */
export function floodwardensMinutesMarkdown(): string {
  return `# Community Floodwardens Task Group: minutes

Minutes of the meeting held on Thursday 4 December 2331 at 18 Smith Square.

**Present:** Cllr Marisol Tenterden (Chair), Cllr Oriel Vantongeren (Vice-Chair), Cllr Thaddeus Quarrington

## 1. Depot key holders

1.1 Members heard that the Brackwater depot has no key holder while its lease is renewed.

RESOLVED: that the Task Group asks officers to agree a key holder for the Brackwater depot (FWA-23).

## 2. Sandbag supply contract (confidential)

The press and public were excluded for this item under paragraph 3 of Schedule 12A.

Resolution: FWC-2331-09
Confidential
Carried
`;
}
