// Builds docs/…-membership-attendance-risks-2086-87.html: a Google Sheets spreadsheet "published to the web"
// (File > Share > Publish to web, "Entire document", "Web page"): a top bar with the document's title and
// sheet tabs, each sheet a <table class="waffle"> with a header row of column letters (A, B, C …) and a row
// number at the start of every row, merged cells as colspan, empty spacer rows and cells, and every sheet
// in the page but hidden (display:none) until its tab is clicked (a script shows the first). Text rendering:
// every sheet in turn, its tab name, the column-letter row and each row "n | cell | cell".
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "bus-concessionary-travel-task-group-membership-attendance-risks-2086-87";
const TITLE = "BSCT Task Group – membership, attendance and risks 2086/87";

// a row: array of cells; a cell is a string or {v, span, cls}
const T = (v, span, cls) => ({ v, span, cls });
const membership = {
  name: "Membership",
  cols: 7,
  widths: [110, 220, 220, 130, 110, 80, 360],
  rows: [
    [T("LGA Bus Services and Concessionary Travel Task Group – membership 2086/87", 7, "s0")],
    [T("Maintained by Member Services (Lorna Gilhespy). Last updated 8 November 2086.", 7, "s1")],
    [],
    [T("Role", 1, "s2"), T("Councillor", 1, "s2"), T("Council", 1, "s2"), T("Political group", 1, "s2"), T("From", 1, "s2"), T("", 1, "s2"), T("Notes", 1, "s2")],
    ["Chair", "Cllr Eleanor Pendlebury", "Lincolnshire County Council", "Conservative", "1 July 2086", "", "Lead member, BBP-1 concessionary travel funding"],
    ["Vice-Chair", "Cllr Samuel Ogunsanya", "Sheffield City Council", "Labour", "1 October 2086", "", "Member from 1 July 2086; Vice-Chair from 1 October 2086 in place of Cllr Alan Thursfield"],
    ["Deputy Chair", "Cllr Megan Tregenza", "Cornwall Council", "Liberal Democrat", "1 July 2086", "", ""],
    ["Deputy Chair", "Cllr Roger Bythesea", "Wiltshire Council", "Independent", "1 July 2086", "", ""],
    ["Member", "Cllr Anjali Ramasubramanian", "Birmingham City Council", "Labour", "1 July 2086", "", ""],
    ["Member", "Cllr Hugh Ashwell", "North Yorkshire Council", "Conservative", "1 July 2086", "", ""],
    ["Member", "Cllr Patricia Gummow", "Devon County Council", "Conservative", "1 July 2086", "", ""],
    ["Member", "Cllr Fiona Farquharson", "Bristol City Council", "Labour", "1 July 2086", "", ""],
    ["Member", "Cllr Dominic Yelverton", "Hertfordshire County Council", "Conservative", "1 July 2086", "", ""],
    ["Member", "Cllr Ruth Lathwell", "Oxfordshire County Council", "Liberal Democrat", "1 July 2086", "", ""],
    ["Member", "Cllr Kiran Sivaraman", "Brighton & Hove City Council", "Independent", "1 July 2086", "", "Green Party; sits with the Independent Group"],
    ["Member", "Cllr Connor Redshaw", "Sunderland City Council", "Labour", "1 October 2086", "", "Replaced Cllr Alan Thursfield (Wakefield Council), who stood down on 30 September 2086"],
    [],
    [T("Substitutes 2086/87", 7, "s3")],
    [T("Group", 1, "s2"), T("Councillor", 1, "s2"), T("Council", 1, "s2"), T("", 1, "s2"), T("", 1, "s2"), T("", 1, "s2"), T("Notes", 1, "s2")],
    ["Conservative", "Cllr Oliver Trudgeon", "Shropshire Council", "", "", "", ""],
    ["Labour", "Cllr Niamh Rudyard", "Leeds City Council", "", "", "", ""],
    ["Liberal Democrat", "Cllr Gareth Inchcombe", "Somerset Council", "", "", "", ""],
    ["Independent", "Cllr Bernadette Chamberlayne", "Isle of Wight Council", "", "", "", ""],
    [],
    [T("LGA officers", 7, "s3")],
    [T("Name", 1, "s2"), T("Post", 1, "s2"), T("Phone", 1, "s2"), T("Email", 2, "s2"), T("", 1, "s2"), T("", 1, "s2")],
    ["Fenella Rookwood", "Head of Transport and Infrastructure", "020 7946 0670", T("fenella.rookwood@local.gov.uk", 2), "", ""],
    ["Harriet Voysey", "Senior Adviser (Buses and Concessionary Travel) – lead officer", "020 7946 0636", T("harriet.voysey@local.gov.uk", 2), "", ""],
    ["Kwabena Mensah-Tullett", "Adviser (Rural Transport)", "020 7946 0628", T("kwabena.mensah-tullett@local.gov.uk", 2), "", ""],
    ["Tamsin Brocklesby", "Senior Research Officer", "020 7946 0687", T("tamsin.brocklesby@local.gov.uk", 2), "", ""],
    ["Desmond Shuttleworth", "Finance Business Partner", "020 7946 0659", T("desmond.shuttleworth@local.gov.uk", 2), "", ""],
    ["Lorna Gilhespy", "Member Services Officer", "020 7946 0641", T("lorna.gilhespy@local.gov.uk", 2), "", ""],
  ],
};
const attendance = {
  name: "Attendance",
  cols: 7,
  widths: [230, 90, 90, 90, 90, 80, 300],
  rows: [
    [T("Attendance 2086/87", 7, "s0")],
    [],
    [T("Councillor", 1, "s2"), T("17 Jul 2086", 1, "s2"), T("18 Sep 2086", 1, "s2"), T("20 Nov 2086", 1, "s2"), T("19 Feb 2087", 1, "s2"), T("Attended", 1, "s2"), T("Notes", 1, "s2")],
    ["Cllr Eleanor Pendlebury", "P", "P", "", "", "2 of 2", ""],
    ["Cllr Alan Thursfield", "P", "P", "–", "–", "2 of 2", "Member and Vice-Chair to 30 September 2086"],
    ["Cllr Samuel Ogunsanya", "V", "P", "", "", "2 of 2", ""],
    ["Cllr Megan Tregenza", "P", "P", "", "", "2 of 2", ""],
    ["Cllr Roger Bythesea", "P", "V", "", "", "2 of 2", ""],
    ["Cllr Anjali Ramasubramanian", "A", "P", "", "", "1 of 2", ""],
    ["Cllr Hugh Ashwell", "P", "P", "", "", "2 of 2", ""],
    ["Cllr Patricia Gummow", "P", "S", "", "", "1 of 2", "18 Sep: Cllr Trudgeon substituted"],
    ["Cllr Fiona Farquharson", "S", "S", "", "", "0 of 2", "17 Jul and 18 Sep: Cllr Rudyard substituted"],
    ["Cllr Dominic Yelverton", "P", "P", "", "", "2 of 2", ""],
    ["Cllr Ruth Lathwell", "P", "V", "", "", "2 of 2", ""],
    ["Cllr Kiran Sivaraman", "P", "A", "", "", "1 of 2", ""],
    ["Cllr Connor Redshaw", "–", "–", "", "", "0 of 0", "Member from 1 October 2086"],
    [],
    [T("Key", 1, "s3")],
    ["P", T("present in the room", 2)],
    ["V", T("attended virtually (Teams)", 2)],
    ["A", T("apologies", 2)],
    ["S", T("apologies, substitute attended", 2)],
    ["–", T("not a member at the time", 2)],
  ],
};
const risks = {
  name: "Risk register",
  cols: 10,
  widths: [80, 300, 170, 40, 40, 60, 80, 110, 360, 100],
  rows: [
    [T("Task Group risk register – last reviewed 4 November 2086", 10, "s0")],
    [T("Owner of the register: Fenella Rookwood. Scores are likelihood x impact.", 10, "s1")],
    [],
    [T("Ref", 1, "s2"), T("Risk", 1, "s2"), T("Owner", 1, "s2"), T("L", 1, "s2"), T("I", 1, "s2"), T("Score", 1, "s2"), T("Rating", 1, "s2"), T("Since Sep", 1, "s2"), T("Mitigation", 1, "s2"), T("Next review", 1, "s2")],
    ["BCTR-01", "Government does not fund the concessionary travel shortfall in 2087/88", "Harriet Voysey", "4", "5", "20", "High", "↑ (was 16)", "Revised evidence of a £236 million gap; Chair to meet the Minister; ask built into the LGA's Spending Review submission", "Feb 2087"],
    ["BCTR-02", "Operators withdraw commercial services when fare cap support ends in March 2087", "Kwabena Mensah-Tullett", "4", "4", "16", "High", "=", "Survey of councils on services at risk; joint statement with operators' associations", "Feb 2087"],
    ["BCTR-03", "Bus driver shortages cause council-supported contracts to fail", "Kwabena Mensah-Tullett", "3", "4", "12", "High", "↑ (was 9)", "Recruitment campaign (now January 2087); share contract flexibilities", "Jan 2087"],
    ["BCTR-04", "Councils lack capacity to deliver enhanced partnership variations", "Fenella Rookwood", "2", "3", "6", "Medium", "↓ (was 9)", "Peer support offer; model variation documents published September 2086", "Feb 2087"],
    ["BCTR-05", "Reimbursement data return delayed, so the gap cannot be evidenced", "Tamsin Brocklesby", "3", "3", "9", "Medium", "New", "Added November 2086 (action BT86/18). Use councils' own returns; agree a publication date with DfT (now 12 November 2086)", "Dec 2086"],
    ["BCTR-06", "Zero emission bus grant rounds close before rural councils can bid", "Fenella Rookwood", "2", "4", "8", "Medium", "=", "Briefing for rural councils before Clean Bus Fund round 4 closes on 31 January 2087", "Jan 2087"],
    ["BCTR-07", "Demand responsive transport pilots end without evaluation evidence", "Kwabena Mensah-Tullett", "1", "3", "3", "Low", "↓ (was 6)", "Interim evaluation complete; good practice guide in January 2087", "Feb 2087"],
    ["BCTR-08", "Task Group budget overspends", "Desmond Shuttleworth", "1", "2", "2", "Low", "=", "Monthly monitoring; forecast underspend at month 7", "Feb 2087"],
    [],
    [T("Rating bands: Low 1 to 5; Medium 6 to 11; High 12 to 25. L = likelihood and I = impact, each scored 1 (lowest) to 5 (highest).", 10, "s1")],
    [T("Since Sep: ↑ score higher than at the September review; ↓ lower; = unchanged; New = not on the register in September.", 10, "s1")],
  ],
};
const sheets = [membership, attendance, risks];

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const letters = (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));
const norm = (c) => (typeof c === "string" ? { v: c, span: 1 } : { v: c.v, span: c.span ?? 1, cls: c.cls });

let html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="google" content="notranslate"><title>${esc(TITLE)}</title>
<link rel="shortcut icon" href="https://ssl.gstatic.com/docs/spreadsheets/spreadsheets_2023q4.ico">
<style type="text/css">body{margin:0;font-family:Arial,sans-serif}#top-bar{border-bottom:1px solid #ccc;padding:6px 12px}#doc-title{font-size:18px;padding:4px 0}#sheet-menu ul{list-style:none;margin:0;padding:0;display:flex}#sheet-menu li{padding:4px 12px;border:1px solid #ccc;margin-right:2px}#sheet-menu li.active{background:#fff;font-weight:bold}#sheets-viewport{overflow:auto}#footer{font-size:11px;color:#666;padding:8px 12px;border-top:1px solid #ccc}
.ritz .waffle a{color:inherit}.ritz .waffle{border-collapse:collapse;table-layout:fixed}.ritz .waffle td{border:1px solid #e2e2e2;padding:2px 3px;font-size:10pt;vertical-align:bottom;overflow:hidden;white-space:nowrap}.ritz .waffle .column-headers-background{background:#f8f9fa;color:#5f6368;font-size:8pt;text-align:center;border:1px solid #c0c0c0}.ritz .waffle .row-headers-background{background:#f8f9fa;color:#5f6368;font-size:8pt;text-align:right;padding-right:4px;border:1px solid #c0c0c0}.ritz .waffle .s0{font-weight:bold;font-size:14pt}.ritz .waffle .s1{font-style:italic;color:#555}.ritz .waffle .s2{font-weight:bold;background:#1f4e79;color:#fff}.ritz .waffle .s3{font-weight:bold;background:#d9e2f3}
</style></head><body>
<div id="top-bar"><div id="doc-title"><span class="name">${esc(TITLE)}</span></div>
<div id="sheet-menu" role="navigation"><ul>${sheets.map((s, i) => `<li id="sheet-button-${i}" class="switcherItem${i === 0 ? " active" : ""}"><a href="#" onclick="switchToSheet('${i}')">${esc(s.name)}</a></li>`).join("")}</ul></div></div>
<div id="sheets-viewport">`;
const txt = [TITLE, sheets.map((s) => s.name).join(" | "), ""];
sheets.forEach((s, si) => {
  const L = letters(s.cols);
  html += `<div id="${si}" style="display:none;position:relative;" dir="ltr"><div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0"><thead><tr><th class="row-header freezebar-origin-ltr"></th>${L.map((l, i) => `<th id="${si}C${i}" style="width:${s.widths[i]}px;" class="column-headers-background">${l}</th>`).join("")}</tr></thead><tbody>`;
  txt.push(`Sheet: ${s.name}`, "| " + L.join(" | "));
  s.rows.forEach((row, ri) => {
    const n = ri + 1;
    const cells = row.map(norm);
    let used = cells.reduce((a, c) => a + c.span, 0);
    while (used < s.cols) cells.push({ v: "", span: 1 }), used++;
    html += `<tr style="height: 20px"><th id="${si}R${ri}" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">${n}</div></th>`;
    for (const c of cells) html += `<td class="${c.cls ?? "s4"}" dir="ltr"${c.span > 1 ? ` colspan="${c.span}"` : ""}>${esc(c.v)}</td>`;
    html += `</tr>`;
    const vals = cells.map((c) => c.v);
    while (vals.length && vals[vals.length - 1] === "") vals.pop();
    txt.push(vals.length ? `${n} | ${vals.join(" | ")}` : `${n}`);
  });
  html += `</tbody></table></div></div>`;
  txt.push("");
});
html += `</div>
<div id="footer"><a target="_blank" href="https://docs.google.com/spreadsheets/">Published by Google Sheets</a> – <a href="#" target="_blank">Report abuse</a> – Updated automatically every 5 minutes</div>
<script type="text/javascript">function switchToSheet(id){var v=document.getElementById('sheets-viewport').children;for(var i=0;i<v.length;i++){v[i].style.display=(v[i].id==id)?'block':'none';}var b=document.querySelectorAll('#sheet-menu li');for(var j=0;j<b.length;j++){b[j].className='switcherItem'+(b[j].id=='sheet-button-'+id?' active':'');}return false;}switchToSheet('0');</script>
</body></html>
`;
txt.push("Published by Google Sheets – Report abuse – Updated automatically every 5 minutes");
writeFileSync(join(root, "docs", BASE + ".html"), html);
writeFileSync(join(root, "text", BASE + ".txt"), txt.join("\n") + "\n");
