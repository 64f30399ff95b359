/**
 * Layouts read on documents made here: Word's automatic list numbering (the numbers a reader sees, not in
 * the runs), a SharePoint list view saved from the browser (a grid wrapping a table, names in buttons,
 * group heading rows, the list's own status words), a page of MediaWiki source (tables, templates, links),
 * reStructuredText notes (an over- and underlined title, a grid table of who was present), and a PDF whose
 * wide table is printed turned a quarter turn on a portrait page.
 */
import { describe, expect, it } from "vitest";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { ingested } from "../../helpers/corpus.js";
import { pdfBuffer } from "../../helpers/papers.js";

const numbered = (reference: string, level: number, text: string, instance = 1) => new Paragraph({ numbering: { reference, level, instance }, children: [new TextRun(text)] });

async function numberedPaper(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "paras",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: "(%2)", alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: "Paper A: fluoride varnish", bold: true })] }),
          numbered("paras", 0, "Fluoride varnish halves decay in young children."),
          numbered("paras", 0, "Officers propose two tiers:"),
          numbered("paras", 1, "tier 1 in the most deprived 20 per cent of areas;"),
          numbered("paras", 1, "tier 2 in the next 20 per cent, as set out in paragraph 2(a)."),
          new Paragraph({ children: [new TextRun({ text: "Paper B: water fluoridation", bold: true })] }),
          numbered("paras", 0, "The scheme would serve 418,000 people.", 2),
          numbered("paras", 0, "Members are asked to support it.", 2),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe("Word's automatic list numbering", () => {
  it("is written before each numbered paragraph as Word shows it, a restarted list counting from 1 again", async () => {
    const { text } = await ingested("dental-papers-2066-11-18.docx", await numberedPaper());
    expect(text).toMatch(/1\. Fluoride varnish halves decay/);
    expect(text).toMatch(/2\. Officers propose two tiers:/);
    expect(text).toMatch(/\(a\) tier 1 in the most deprived/);
    expect(text).toMatch(/\(b\) tier 2 in the next 20 per cent/);
    expect(text).toMatch(/1\. The scheme would serve 418,000 people/);
    expect(text).toMatch(/2\. Members are asked to support it/);
  });
});

const listView = `<!DOCTYPE html><html><head><title>Dental Delivery Tracker - By confidence</title></head><body>
<div role="banner"><span>SharePoint</span></div>
<main>
<h2>Dental Delivery Tracker 2066/67</h2>
<p>Delivery confidence key: Stalled = red, blocked; Drifting = amber, slipping; On course = green, on time; Delivered = blue, complete.</p>
<div class="ms-DetailsList" role="grid"><table><thead><tr><th aria-label="Select all"></th><th><button type="button">Ref</button></th><th><button type="button">Title</button></th><th><button type="button">Lead</button></th><th><button type="button">Delivery confidence</button></th><th><button type="button">Target date</button></th></tr></thead><tbody>
<tr><td colspan="6"><button aria-label="Collapse group">&#x2304;</button><span>Delivery confidence : Stalled</span> <span>(1)</span></td></tr>
<tr><td><span role="checkbox" aria-label="Select row"></span></td><td>DT-04</td><td><a href="#">Ring-fenced toothbrushing grant</a></td><td><span><button type="button">Hamza Cardew</button></span></td><td><span class="pill">Stalled</span></td><td>31/03/2067</td></tr>
<tr><td colspan="6"><button aria-label="Collapse group">&#x2304;</button><span>Delivery confidence : Drifting</span> <span>(1)</span></td></tr>
<tr><td><span role="checkbox" aria-label="Select row"></span></td><td>DT-02</td><td><a href="#">Fluoride varnish good practice guide</a></td><td><span><button type="button">Nadia Zubair</button></span></td><td><span class="pill">Drifting</span></td><td>31/12/2066</td></tr>
<tr><td colspan="6"><button aria-label="Collapse group">&#x2304;</button><span>Delivery confidence : On course</span> <span>(1)</span></td></tr>
<tr><td><span role="checkbox" aria-label="Select row"></span></td><td>DT-07</td><td><a href="#">Dental access briefing for councillors</a></td><td><span><button type="button">Joel Wadsworth</button></span></td><td><span class="pill">On course</span></td><td>15/01/2067</td></tr>
</tbody></table></div>
</main></body></html>`;

describe("a list view saved from SharePoint", () => {
  it("reads the table inside its grid, the names in its buttons and its own status words by its key", async () => {
    const { of } = await ingested("dental-delivery-tracker-2066-11.html", listView);
    const targets = of("target");
    expect(targets.map((t) => t.ref)).toEqual(["DT-04", "DT-02", "DT-07"]);
    expect(targets[0]).toMatchObject({ text: "Ring-fenced toothbrushing grant", status: "Red", statusLabel: "Stalled", leadPerson: "Hamza Cardew" });
    expect(targets[1]).toMatchObject({ status: "Amber", leadPerson: "Nadia Zubair" });
    expect(targets[2]).toMatchObject({ status: "Green", leadPerson: "Joel Wadsworth" });
  });
});

const wikiPage = `{{Short description|LGA member task group on dental health}}
{{Use dmy dates}}
The '''Dental Health Task Group''' is a member task group of the [[Local Government Association|LGA]], set up by the [[Community Wellbeing Board]].

__TOC__

== Membership 2066/67 ==
{| class="wikitable sortable"
|+ Members of the task group, 2066/67
! Name !! Council !! Political group !! Role
|-
| [[Cllr Marisol Crossthwaite]] || Gateshead Council || Labour || {{Role|Chair}}
|-
| [[Cllr Tobias Pinnegar]] || Wiltshire Council || Conservative || {{Role|Vice-Chair}}
|-
| [[Cllr Hedda Lovibond]] || Cornwall Council || Liberal Democrat || {{Role|Member}}
|}

== Policy asks ==
{| class="wikitable"
! Ref !! Ask !! Lead officer !! Rating
|-
| A1 || A ring-fenced toothbrushing grant of £32 million a year || [[User:HCardew|Hamza Cardew]] || {{Status|Red}}
|-
| A2 || Ward-level dental access data every quarter || [[User:GVellacott|Gareth Vellacott]] || {{Status|Amber}}
|}
`;

describe("a page of MediaWiki source", () => {
  it("reads its tables' rows, its members and ratings through links and templates, and its subject as its title", async () => {
    const { meta, text, of } = await ingested("dental-task-group-wiki-2066-67.txt", wikiPage);
    expect(meta.title).toBe("Dental Health Task Group");
    expect(text).toContain("A1 | A ring-fenced toothbrushing grant of £32 million a year | Hamza Cardew | Red");
    const members = of("member");
    expect(members.map((m) => [m.displayName, m.role])).toEqual([
      ["Cllr Marisol Crossthwaite", "chair"],
      ["Cllr Tobias Pinnegar", "vice-chair"],
      ["Cllr Hedda Lovibond", "member"],
    ]);
    const targets = of("target");
    expect(targets.map((t) => [t.ref, t.status, t.leadPerson])).toEqual([
      ["A1", "Red", "Hamza Cardew"],
      ["A2", "Amber", "Gareth Vellacott"],
    ]);
  });

  it("leaves text underlined with '=' alone", async () => {
    const { text } = await ingested("theme-report.txt", "THEME C: TOURISM\n================\nLead member: Cllr Simon Tollemache\n\nTHEME D: SPORT\n==============\nLead member: Cllr Esther Quennell\n");
    expect(text).toContain("Lead member: Cllr Simon Tollemache");
    expect(text).not.toMatch(/^#+ =/m);
  });
});

const rstNotes = `==========================================================
Dental Health Task Group: notes of the meeting of 18 November 2066
==========================================================

:Date: Thursday 18 November 2066, 11.00am
:Status: Draft, for approval at the meeting on 20 January 2067

Attendance
==========

Members and substitutes present:

+---------------------------+------------------+--------------+-------------+
| Name                      | Group            | Attending as | How         |
+===========================+==================+==============+=============+
| Cllr Marisol Crossthwaite | Labour           | Chair        | In the room |
+---------------------------+------------------+--------------+-------------+
| Cllr Tobias Pinnegar      | Conservative     | Vice-Chair   | Online      |
+---------------------------+------------------+--------------+-------------+
| Cllr Jonah Bettridge      | Conservative     | Substitute   | In the room |
+---------------------------+------------------+--------------+-------------+

Apologies:

#. Cllr Barnaby Oakshott (Surrey County Council). Cllr Jonah Bettridge attended as his substitute.
#. Cllr Kester Trudgeon (Somerset Council). No substitute was named.

1. Welcome
==========

The Chair welcomed members.
`;

describe("reStructuredText notes of a meeting", () => {
  it("take their over- and underlined title for the document's, and the table of who was present for the meeting's attendance", async () => {
    const { meta, of } = await ingested("dental-task-group-notes-2066-11-18.txt", rstNotes);
    expect(meta.kind).toBe("minutes");
    expect(meta.date).toBe("2066-11-18");
    expect(of("member")).toHaveLength(0);
    const present = of("attendance").filter((a) => a.present);
    // ("#." items under "Apologies:", each a name and what it says of a substitute.)
    const apologies = of("attendance").filter((a) => !a.present);
    expect(apologies.map((a) => [a.person, a.meetingDate, a.note])).toEqual([
      ["Barnaby Oakshott", "2066-11-18", "Cllr Jonah Bettridge attended as his substitute"],
      ["Kester Trudgeon", "2066-11-18", "No substitute was named"],
    ]);
    expect(present.map((a) => [a.person, a.meetingDate, a.present, a.role])).toEqual([
      ["Marisol Crossthwaite", "2066-11-18", true, "Chair"],
      ["Tobias Pinnegar", "2066-11-18", true, "Vice-Chair"],
      ["Jonah Bettridge", "2066-11-18", true, "Substitute"],
    ]);
  });
});

describe("a wide table printed turned a quarter turn on a portrait page", () => {
  it("is read in its own frame, a row a line", async () => {
    const pdf = await pdfBuffer((doc) => {
      doc.fontSize(14).text("Risk register, Quarter 2 2066/67", 50, 50);
      doc.addPage();
      // Turned anticlockwise about the page's bottom-left corner: the text runs up the page.
      doc.save();
      doc.rotate(-90, { origin: [0, 842] });
      const rows = [
        ["Ref", "Risk", "Owner", "Score"],
        ["DHR-1", "No national toothbrushing grant", "Saoirse Pagnell", "16"],
        ["DHR-2", "No ward-level dental data", "Gareth Vellacott", "12"],
      ];
      rows.forEach((cells, i) => {
        const y = 842 + 60 + i * 22;
        [40, 110, 330, 480].forEach((x, k) => doc.fontSize(10).text(cells[k]!, x, y, { lineBreak: false }));
      });
      doc.restore();
    });
    const { text } = await ingested("dental-risk-register-2066-67-q2.pdf", pdf);
    expect(text).toMatch(/DHR-1 \| No national toothbrushing grant \| Saoirse Pagnell \| 16/);
    expect(text).toMatch(/DHR-2 \| No ward-level dental data \| Gareth Vellacott \| 12/);
  });
});
