/**
 * Papers of an invented Canal Towpaths Panel (2096/97) in layouts staff share from other
 * tools: a spreadsheet dashboard saved as CSV whose blocks sit side by side as well as one under another
 * (projects beside their key, spend under them), its status a merged header over a row of months; minutes
 * in plain words as a markdown page ("Who came", "What we decided", "What happens next"); a group chat
 * exported by WhatsApp on an iPhone; a risk register whose rating is a "Risk band" explained by one
 * sentence; and a data platform's comparison page with its table in a collapsed "Show data table". Every
 * name, council and figure is made up.
 */

const pad = (cells: string[], width = 10) => [...cells, ...Array.from({ length: width - cells.length }, () => "")].map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");

/** The programme dashboard at 30 November 2096, saved from a spreadsheet as CSV. */
export function towpathsDashboardCsv(): string {
  const rows: string[][] = [
    ["Canal Towpaths Panel – Towpath Renewal dashboard"],
    ["Position at 30 November 2096 (status at month end; spend in £)"],
    [],
    ["A. Projects", "", "", "", "", "", "", "Key"],
    ["Ref", "Project", "Lead member", "Lead officer", "Status", "", "", "G", "On track"],
    ["", "", "", "", "Oct", "Nov", "", "A", "Some slippage"],
    ["TP1", "New plots on the Wharf Lane site", "Cllr Perrin-Oduya", "Hesketh Caldwell-Moon", "A", "G", "", "R", "Needs the Panel's help"],
    ["TP2", "Water butts for every site", "Cllr Lisle-Amadi", "Marisol Thackeray", "G", "R"],
    ["TP3", "Waiting list cleanse", "Cllr Perrin-Oduya", "Tobiah Wrexley", "G", "A"],
    ["TP4", "Community orchard", "Cllr Fenwick-Obi", "Marisol Thackeray", "R", "R"],
    [],
    ["B. Spend 2096/97 (£)"],
    ["Budget line", "Budget", "Spent to\ndate", "Forecast\noutturn"],
    ["Site repairs", "42,000", "30,500", "44,000"],
    ["Seed Fund grants", "60,000", "18,000", "55,000"],
    ["Programme officer", "35,000", "23,300", "35,000"],
    ["Total", "137,000", "71,800", "134,000"],
  ];
  return `\uFEFF${rows.map((r) => pad(r)).join("\r\n")}\r\n`;
}

/** Minutes of 4 November 2096 written in plain words, as a markdown page. */
export const towpathsPlainMinutesMd = `# What happened at the Canal Towpaths Panel

Thursday 4 November 2096

This is a plain words version of the minutes.

## Who came to the meeting

Cllr Ottoline Fenwick-Obi was in the chair.

These councillors came to the meeting:

- Cllr Jasper Perrin-Oduya
- Cllr Delphine Lisle-Amadi
- Cllr Ruairi Blenkinsop

Cllr Sabine Hartigan-Roe came in place of Cllr Idris Mawdesley-Quaye.

## Who could not come

Cllr Idris Mawdesley-Quaye and Cllr Petra Wolstenholme could not come.

## Telling us about interests

Cllr Ruairi Blenkinsop told us he has an interest in the Wharf Lane site. He rents a plot there.

## What we decided

We agreed to spend £12,000 on new water butts.

We agreed that the waiting list will be checked every year.

## What happens next

Marisol Thackeray will order the water butts. She will do this by 1 December 2096.

Tobiah Wrexley will write to everyone on the waiting list. He will do this by 31 January 2097.

## Next meeting

Our next meeting is on Thursday 3 March 2097.
`;

/** The Panel's leads' group chat, exported by WhatsApp on an iPhone. */
export const towpathsChatTxt = [
  "[02/10/2096, 09:00:12] Tobiah Wrexley: \u200EMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
  '[02/10/2096, 09:00:40] Tobiah Wrexley: \u200ETobiah Wrexley created group "Towpath Renewal leads"',
  "[02/10/2096, 09:02:03] Tobiah Wrexley: Morning all. This group is for quick notes between meetings.",
  "Nothing here is a decision of the Panel.",
  "[14/10/2096, 16:20:55] Marisol Thackeray: The water butt supplier has doubled its price, so TP2 is now red.",
  "[14/10/2096, 16:21:30] Marisol Thackeray: \u200E<attached: 00000012-PHOTO-2096-10-14-16-21-30.jpg>",
  "[14/10/2096, 16:25:02] Ottoline F-O: \u200EThis message was deleted.",
  "[14/10/2096, 16:26:47] Ottoline F-O: Thanks Marisol. Can we find a second supplier before the November meeting?",
  "[29/10/2096, 11:05:19] Tobiah Wrexley: Room change for the 4th: we are now in the Orchard Room at the Town Hall.",
  "[01/11/2096, 08:45:00] Jasper P-O: Apologies for the 4th, I am away. Sabine will not be able to sub either.",
].join("\n");

/** The programme's risk register at 30 November 2096, its rating a band of the score. */
export const towpathsRiskRegisterMd = `# Towpath Renewal programme: risk register

Position at 30 November 2096.

Scores of 16 to 25 are Red, 9 to 15 Amber and 1 to 8 Green.

| Ref | Risk | Likelihood | Impact | Score | Risk band | Owner |
|---|---|---|---|---|---|---|
| TPR-1 | Water supply to the Wharf Lane site fails in a dry summer | 4 | 4 | 16 | Red | Hesketh Caldwell-Moon |
| TPR-2 | Plot holders leave the waiting list before plots are ready | 3 | 3 | 9 | Amber | Tobiah Wrexley |
| TPR-3 | The orchard's young trees are lost to frost | 2 | 3 | 6 | Green | Marisol Thackeray |
| TPR-4 | Seed Fund grants are not spent by March | 4 | 5 | 20 | Red | Marisol Thackeray |
`;

/** A data platform's comparison page, saved from the browser: the chart's data in a collapsed table. */
export const towpathsComparisonHtml = `<!doctype html>
<html lang="en"><head><title>Waiting times for a mooring, 2095/96 | Data Shed</title></head>
<body>
<header><nav><a href="/">Data Shed</a> <a href="/reports">Reports</a></nav></header>
<main>
<h1>Waiting times for a mooring, 2095/96</h1>
<dl>
<dt>Compiled by</dt><dd>Anouk Prideaux-Lyle, Data Officer</dd>
<dt>Prepared for</dt><dd>Canal Towpaths Panel, 3 March 2097</dd>
</dl>
<h2>Median wait for a mooring (months)</h2>
<svg role="img" aria-label="Bar chart"><title>Median wait for a mooring (months)</title><g><text>Wharfdale</text><text>Kestle</text></g><g><text>30</text><text>14</text></g></svg>
<details>
<summary>Show data table</summary>
<table>
<thead><tr><th>Area</th><th>Months</th><th>Rank among Panel councils</th></tr></thead>
<tbody>
<tr><td>Wharfdale</td><td>14</td><td>1</td></tr>
<tr><td>Kestle</td><td>30</td><td>3</td></tr>
<tr><td>Ormsby</td><td>22</td><td>2</td></tr>
<tr><td>All councils mean</td><td>19</td><td></td></tr>
</tbody>
</table>
</details>
</main>
<footer>© Data Shed</footer>
</body></html>
`;
