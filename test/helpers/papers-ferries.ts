/**
 * Fixture papers of an invented body, the Ferry and Estuary Crossings Task Group, in layouts the other
 * fixtures do not use: indicators exported from a data warehouse in "long" form (one row per indicator per
 * quarter, snake_case field names, "#" comment rows holding the only key to the numeric status codes); a
 * spreadsheet published to the web (every sheet hidden until its tab is clicked, the grid's column letters
 * and row numbers drawn, several blocks on one sheet each under its own title and header row, attendance as
 * one-letter codes keyed in a small table); and a note of a meeting whose actions table gives each action a
 * reference and the item it arose from. Everything here is made up.
 */

export const ferryIndicatorsCsv = [
  "# extract: DW_FECTG_INDICATOR_LONG v1.4",
  "# body: Ferry and Estuary Crossings Task Group; periods 2093/94 Q1 to 2093/94 Q2",
  "# status_cd: 1 = on or better than target; 2 = worse than target but within tolerance (5% of target); 3 = outside tolerance - action needed; 4 = no return / not measured this period",
  "# queries: Petronella Quayle, Data Officer, 020 7946 0912",
  "indicator_cd,indicator_nm,unit,period,value,target,status_cd,lead_officer,comment_txt",
  "FEC-01,Ferry sailings run as timetabled,%,2093/94 Q1,97.1,98,2,Ambrose Tollemache,",
  "FEC-01,Ferry sailings run as timetabled,%,2093/94 Q2,92.4,98,3,Ambrose Tollemache,Two vessels in dry dock",
  "FEC-02,Councils with an estuary crossing plan,councils,2093/94 Q1,31,30,1,Ambrose Tollemache,",
  "FEC-02,Councils with an estuary crossing plan,councils,2093/94 Q2,33,30,1,Ambrose Tollemache,",
  "FEC-03,Passengers satisfied with their crossing,%,2093/94 Q1,71,80,3,Petronella Quayle,",
  "FEC-03,Passengers satisfied with their crossing,%,2093/94 Q2,78,80,2,Petronella Quayle,",
  "FEC-04,Ferry fare concessions claimed,thousand,2093/94 Q1,412,400,1,Petronella Quayle,",
  "FEC-04,Ferry fare concessions claimed,thousand,2093/94 Q2,,400,4,Petronella Quayle,No return: operators' data due 14 November 2093",
  "# end of extract: 8 rows",
  "",
].join("\n");

const letters = (n: number) => [...Array(n).keys()].map((k) => `<th class="column-headers-background">${String.fromCharCode(65 + k)}</th>`).join("");
const sheet = (id: number, width: number, rows: string[][]) =>
  `<div id="${id}" style="display:none;position:relative;"><table class="waffle"><thead><tr><th class="row-header"></th>${letters(width)}</tr></thead><tbody>${rows
    .map((r, k) => `<tr><th class="row-headers-background"><div>${k + 1}</div></th>${r.length === 1 ? `<td colspan="${width}">${r[0]}</td>` : r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</tbody></table></div>`;

export const ferrySheetsHtml = `<!DOCTYPE html><html><head><title>FECTG – membership, attendance and risks 2093/94</title></head><body>
<div id="top-bar"><div id="doc-title">FECTG – membership, attendance and risks 2093/94</div>
<div id="sheet-menu" role="navigation"><ul><li><a href="#" onclick="switchToSheet('0')">Membership</a></li><li><a href="#" onclick="switchToSheet('1')">Attendance</a></li><li><a href="#" onclick="switchToSheet('2')">Risks</a></li></ul></div></div>
<div id="sheets-viewport">
${sheet(0, 5, [
  ["LGA Ferry and Estuary Crossings Task Group – membership 2093/94"],
  ["Role", "Councillor", "Council", "Political group", "Notes"],
  ["Chair", "Cllr Wilhelmina Scarth", "Orkney Islands Council", "Independent", ""],
  ["Vice-Chair", "Cllr Desmond Oyelaran", "Hull City Council", "Labour", ""],
  ["Member", "Cllr Perpetua Lusby", "Cornwall Council", "Liberal Democrat", ""],
  ["Member", "Cllr Godfrey Arkwright", "Isle of Wight Council", "Conservative", ""],
  ["Substitutes 2093/94"],
  ["Group", "Councillor", "Council", "", "Notes"],
  ["Conservative", "Cllr Ottilie Fane", "Southampton City Council", "", ""],
  ["Liberal Democrat", "Cllr Rainer Boskovic", "Somerset Council", "", ""],
])}
${sheet(1, 4, [
  ["Attendance 2093/94"],
  ["Councillor", "10 Jul 2093", "11 Sep 2093", "Notes"],
  ["Cllr Wilhelmina Scarth", "P", "P", ""],
  ["Cllr Desmond Oyelaran", "V", "P", ""],
  ["Cllr Perpetua Lusby", "A", "S", "11 Sep: Cllr Boskovic substituted"],
  ["Cllr Godfrey Arkwright", "P", "A", ""],
  ["Key"],
  ["P", "present in the room", "", ""],
  ["V", "attended virtually (Teams)", "", ""],
  ["A", "apologies", "", ""],
  ["S", "apologies, substitute attended", "", ""],
])}
${sheet(2, 6, [
  ["Task Group risk register"],
  ["Ref", "Risk", "Owner", "L", "I", "Score"],
  ["FECR-01", "Ferry operators withdraw winter sailings", "Ambrose Tollemache", "4", "4", "16"],
  ["FECR-02", "Crossing grant bids fail", "Petronella Quayle", "2", "3", "6"],
])}
</div><div id="footer">Published by Google Sheets – Report abuse – Updated automatically every 5 minutes</div>
<script>function switchToSheet(id){}</script></body></html>`;

export const ferryNotesMd = `# Ferry and Estuary Crossings Task Group – note of the meeting of 11 September 2093

## 1. Welcome and apologies

The Chair welcomed members. Apologies were received from Cllr Godfrey Arkwright.

## 2. Winter sailings

Ambrose Tollemache introduced the report on winter sailings.

## 3. Any other business

Table 1: Actions arising

| Ref | Action | Owner | Deadline | Item |
|---|---|---|---|---|
| FE93/04 | Write to the ferry operators about winter sailings | Ambrose Tollemache | 30 September 2093 | 2 |
| FE93/05 | Circulate the crossing grant guidance | Petronella Quayle | 14 October 2093 | 2 |
| FE93/06 | Book the venue for the November meeting | Petronella Quayle | 1 October 2093 | 3 |
`;

export const ferryBudgetMd = `# Ferry and Estuary Crossings Task Group – budget monitoring, month 7

Month 7 figures for the Task Group budget are below (to 31 October 2093).

| Budget line | Budget 2093/94 | Spend to 31 Oct | Forecast outturn | Variance |
|---|---|---|---|---|
| Research and data | £40,000 | £18,000 | £31,000 | (£9,000) |
| Member events | £25,000 | £20,500 | £27,100 | £2,100 |
| Total | £65,000 | £38,500 | £58,100 | (£6,900) |

Underspends are shown in brackets.
`;
