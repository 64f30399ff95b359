/**
 * Fixture papers of an invented body, the Rural Bus Services Task Group, in layouts the other fixtures do
 * not use: a Word paper typed with tab stops instead of Word tables (its front sheet, a grants table and a
 * risk register whose rows are followed by a line of mitigation, with a column of each risk's score at the
 * last review and the score bands given in one line); and a markdown workplan whose status cells hold only
 * symbols, each named by a key of the document's own words. Everything here is made up.
 */
import { Document, Packer, Paragraph, Tab, TextRun } from "docx";

/** A paragraph typed as Word users type tables: cells apart by tab characters. */
function typed(line: string, bold = false): Paragraph {
  const [first, ...rest] = line.split("\t");
  return new Paragraph({ children: [new TextRun({ text: first!, bold }), ...rest.map((cell) => new TextRun({ children: [new Tab(), cell], bold }))] });
}

/** Item 3 of 9 March 2033: rural bus grants and the Task Group's risk register (Word, tab stops). */
export async function busesPaperDocx(): Promise<Buffer> {
  const lines: [string, boolean?][] = [
    ["Rural Bus Services Task Group", true],
    ["9 March 2033"],
    ["Item 3"],
    ["Rural bus grants: round 1 and the risk register", true],
    ["Purpose of report\tFor decision."],
    ["Summary\tTwelve councils bid to round 1 of the Rural Bus Grant. Four awards are recommended."],
    ["Contact officer\tPerpetua Quillfeather"],
    ["Position\tSenior Adviser, Transport"],
    ["Phone no\t020 7946 0313"],
    ["1.\tThe panel scored each bid out of 40 against four criteria."],
    ["2.\tThe four highest scoring bids are recommended in Table 1."],
    ["Table 1: Recommended awards", true],
    ["Ref\tCouncil\tRoute\tScore\tGrant (£)", true],
    ["RBG-01\tShropshire\tClun valley demand-responsive service\t34\t41,500"],
    ["RBG-02\tCumberland\tEskdale Saturday service\t31\t28,000"],
    ["RBG-03\tLincolnshire\tWolds market-day link\t29\t36,250"],
    ["RBG-04\tPowys border\tTanat valley school and shopper bus\t27\t19,900"],
    ["Appendix A: risk register, March 2033", true],
    ["Scores: likelihood (L) x impact (I). Bands: 15–25 Very high; 8–14 High; 4–7 Medium; 1–3 Low. June: the score at the last review, on 14 June 2032."],
    ["Ref\tRisk\tL\tI\tScore\tJune\tOwner", true],
    ["RBT1\tOperators withdraw tendered rural routes\t4\t4\t16\t12\tOsric Pemberton-Vale"],
    ["Mitigation: round 2 of the grant; joint tendering advice."],
    ["RBT2\tDrivers cannot be recruited for the new services\t3\t3\t9\t9\tPerpetua Quillfeather"],
    ["Mitigation: shared driver training with two colleges."],
    ["RBT3\tFares data is not shared by operators\t2\t3\t6\t12\tWinifred Ashcombe"],
    ["Mitigation: data clause added to every grant agreement."],
    ["RBT4\tRound 2 is oversubscribed\t3\t2\t6\tNew\tOsric Pemberton-Vale"],
    ["Mitigation: scoring threshold agreed in advance."],
  ];
  const doc = new Document({ sections: [{ children: lines.map(([line, bold]) => typed(line, bold)) }] });
  return Packer.toBuffer(doc);
}

/** The Task Group's workplan at quarter 4 2032/33 (markdown): symbols in the status cells, a key of its own words. */
export const busesWorkplanMd = `# Rural Bus Services Task Group: workplan 2032/33, quarter 4

## How to read the symbols

| Symbol | Status | What it means | Colour |
| --- | --- | --- | --- |
| ✔ | Finished | Delivered and closed | Blue |
| ● | Moving | On time and on budget | Green |
| ▲ | Wobbling | Behind plan; can still be recovered | Amber |
| ■ | Stuck | Cannot go on without a decision | Red |
| ○ | Not started | Not due to start yet | Grey |

## Workplan at 31 March 2033

| Ref | Action | Lead | Q3 | Q4 | Comment |
| --- | --- | --- | --- | --- | --- |
| RBW-1 | Map every council's tendered routes | Winifred Ashcombe | ● | ✔ | Published 2 March |
| RBW-2 | Model contract for demand-responsive services | Osric Pemberton-Vale | ● | ■ | Legal advice awaited from two operators |
| RBW-3 | Driver recruitment toolkit | Perpetua Quillfeather | ■ | ▲ | Colleges signed up; launch in May |
| RBW-4 | Fares data standard | Winifred Ashcombe | ○ | ● | First draft out for comment |
`;

/** The clerk's e-mail note of the meeting of 9 March 2033, sent the day after (plain text, dates month first). */
export const busesNoteTxt = `From: Ottoline Brackenbury <ottoline.brackenbury@local.gov.uk>
Sent: Friday, March 10, 2033 8:40 AM
To: Rural Bus Services Task Group members
Subject: Note of yesterday's Task Group meeting

Dear all,

Here is the note of yesterday's meeting of the Rural Bus Services Task Group, from my own notes.

Present: Cllr Ambrose Fetherstone (Chair); Cllr Hyacinth Brereton (Vice-Chair); Cllr Lucan Ebbsworth; Cllr Marigold Tresize
Substitutes: Cllr Piers Gallimore for Cllr Tabitha Wrenshaw
Apologies: Cllr Tabitha Wrenshaw; Cllr Oswin Marchbanks
Officers: Perpetua Quillfeather; Winifred Ashcombe
Declarations of interest: Cllr Lucan Ebbsworth, item 2, Shropshire's bid (RBG-01), as a member of Shropshire's cabinet; Cllr Marigold Tresize, item 2, as a trustee of the Eskdale Community Transport Trust. Both left the room while their bid was discussed.

Rural bus grants
The Task Group agreed the four awards recommended in the paper.

Thanks,
Ottoline

Ottoline Brackenbury
Member Services Officer | Local Government Association
18 Smith Square, London SW1P 3HZ | 020 7946 0399
`;

/** The Task Group's budget as a finance system prints it: fixed-width columns under a two-line header and a rule. */
export const busesLedgerTxt = `LOCAL GOVERNMENT ASSOCIATION            FINANCIAL LEDGER SYSTEM                          PAGE:    1
REPORT  : GLM207   BUDGET MONITORING BY COST CENTRE                               RUN DATE: 10/03/2033

COST   DESCRIPTION                      ANNUAL     FORECAST     FORECAST
CENTRE                                  BUDGET      OUTTURN     VARIANCE
------ ----------------------------  ---------  -----------  -----------
GROUP 1  STAFFING
R2210  TASK GROUP OFFICERS              96,000       92,400       3,600-
R2215  MEMBER TRAVEL                     4,500        5,100         600
                                      ---------  -----------  -----------
       ** GROUP 1 TOTAL                100,500       97,500       3,000-

GROUP 2  GRANTS
R2230  RURAL BUS GRANT ROUND 1         125,650      125,650            0
                                      =========  ===========  ===========
       *** REPORT TOTAL                226,150      223,150       3,000-
                                      =========  ===========  ===========

SCHEDULE C   BUDGET HOLDER COMMENTARY
------ ----------------------------------------------------------------------
R2210  ONE POST VACANT JANUARY TO MARCH.
R2215  EXTRA SITE VISITS TO ESKDALE AND THE CLUN VALLEY.
`;

/** The Task Group's bulletin as a web page: its story and its "Your Task Group" box side by side in a layout table. */
export const busesBulletinHtml = `<!doctype html><html><head><title>Rural Bus News, March 2033</title></head><body><main>
<h1>Rural Bus News, March 2033</h1>
<table><tr>
<td><p><strong>From the Chair</strong></p><p>Welcome to the spring issue. We agreed four grants from round 1 of the Rural Bus Grant on 9 March.</p><p>Round 2 opens in June, with a scoring threshold agreed in advance.</p></td>
<td><p><strong>Your Task Group</strong></p><p>Chair: Cllr Ambrose Fetherstone</p><p>Vice-Chair: Cllr Hyacinth Brereton</p></td>
</tr></table>
<h2>Meeting of 9 March 2033</h2>
<table>
<tr><th>Time</th><th>Item</th><th>Who</th><th>Notes</th></tr>
<tr><td>10:00</td><td>1. Welcome</td><td>Chair</td><td>The Chair welcomed members.</td></tr>
<tr><td>10:10</td><td>2. Rural bus grants</td><td>Perpetua Quillfeather</td><td>Four awards agreed.</td></tr>
</table>
<p>Grants agreed under item 2</p>
<table>
<tr><th>Ref</th><th>Council</th><th>Route</th><th>Grant</th></tr>
<tr><td>RBG-01</td><td>Shropshire</td><td>Clun valley demand-responsive service</td><td>£41,500</td></tr>
<tr><td>RBG-02</td><td>Cumberland</td><td>Eskdale Saturday service</td><td>£28,000</td></tr>
</table>
</main></body></html>`;

/** A performance paper rendered from a report tool: the title over an author line, then "1 Front sheet" as a numbered section. */
export const busesReportHtml = `<!doctype html><html><head><title>Work programme 2032/33: performance at quarter 3</title></head><body><main>
<h1>Work programme 2032/33: performance at quarter 3</h1>
<p>Rural Bus Services Task Group · Thursday 9 March 2033 · Item 4</p>
<dl><dt>Author</dt><dd>Winifred Ashcombe</dd><dt>Published</dt><dd>1 March 2033</dd></dl>
<h2>1 Front sheet</h2>
<p>Purpose of report: For information.</p>
<p>Summary: Progress on the work programme at quarter 3 (October to December 2032).</p>
<p>Contact officer: Osric Pemberton-Vale</p>
<p>Position: Programme Manager</p>
<p>Phone no: 020 7946 0321</p>
<h2>2 Progress</h2>
<p>All four actions are moving, and the fares data standard is out for comment.</p>
</main></body></html>`;

/** Notes of the January meeting as a wiki page exports them: dated in the page's title, "Members" under "Attendees". */
export const busesWikiNotesHtml = `<!doctype html><html><head><title>Rural Bus Services Task Group : 2033-01-12 Task Group meeting notes</title></head><body>
<div id="main-content">
<p>Created by , last modified by Ottoline Brackenbury on Jan 20, 2033</p>
<h2>Attendees</h2>
<p>Members</p>
<ul><li>Cllr Ambrose Fetherstone (Chair) – Shropshire Council</li><li>Cllr Lucan Ebbsworth – Cumberland Council</li></ul>
<p>Apologies</p>
<ul><li>Cllr Oswin Marchbanks – Powys County Council</li></ul>
<p>In attendance</p>
<ul><li>Tobias Wrayburn – Chair, Dales Community Transport Association (item 2)</li></ul>
<h2>Discussion items</h2>
<p>Tobias Wrayburn described how volunteer drivers keep dial-a-ride services running in the Dales.</p>
</div></body></html>`;
