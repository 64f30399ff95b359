/**
 * Layouts of work tools and committee systems (the Hedgerows and Verges Panel's papers, invented): a work
 * tracker's tree query as CSV, a Lotus Notes structured-text export, a goals app's tree page, a "papers
 * published" message and a hearing's transcript, read as a person reads them.
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { hedgerowsGoalsHtml, hedgerowsNotesExport, hedgerowsPapersPublishedEml, hedgerowsTranscriptText, hedgerowsTreeQueryCsv } from "../../helpers/papers-hedgerows.js";
import { notesExportToText } from "../../../src/ingest/loaders/notes-export.js";
import { workItemRecords } from "../../../src/ingest/loaders/work-items.js";

describe("a work tracker's tree query exported as CSV", () => {
  it("reads one title of the depth columns, descriptions as text, and each kind of item as a table of its own", async () => {
    const doc = await ingested("hvp-programme-tree-query-2662-02-01.csv", hedgerowsTreeQueryCsv());
    expect(doc.text).toContain("HVP-01 Hedge planting on 40 km of roadside");
    expect(doc.text).toContain("18 of 40 km planted; the tree nursery closed in January. Target date moved from 31/12/2661.");
    expect(doc.text).not.toMatch(/<div>|<b>/);
    // (Each kind under its name, its rows keeping the kind: a row is quoted as the export has it.)
    expect(doc.text).toMatch(/^Risk$/m);
    expect(doc.text).toMatch(/^Feature$/m);
    expect(doc.text).toContain("Risk | HVR-01 Verge contractors cannot recruit cutting crews");
    // (Quotes are checked against the rows in the file's order under the file's header, not the kinds' own.)
    expect(doc.loadedText).toContain("ID\tWork Item Type\tTitle 1\tTitle 2\tTitle 3\tState");
    expect(doc.loadedText).not.toMatch(/^Feature$/m);
    // (Dated by its file's name: its first line is a kind, not a title.)
    expect(doc.meta.date).toBe("2662-02-01");
  });

  it("rates features by the key in the epic's description and reads risks with their owners and bands", async () => {
    const doc = await ingested("hvp-programme-tree-query-2662-02-01.csv", hedgerowsTreeQueryCsv());
    const targets = doc.of("target").filter((t) => t.ref.startsWith("HVP"));
    expect(targets.map((t) => [t.ref, t.status, t.statusLabel])).toEqual([
      ["HVP-01", "Red", undefined],
      ["HVP-02", "Green", "On track"],
      ["HVP-03", "Blue", "Complete"],
    ]);
    expect(targets[0]!.text).toBe("Hedge planting on 40 km of roadside");
    const risks = doc.of("risk");
    expect(risks.map((r) => [r.ref, r.score, r.band])).toEqual([
      ["HVR-01", 16, "Red"],
      ["HVR-02", 6, "Green"],
      ["HVR-03", 15, "Red"],
    ]);
    expect(risks[0]!.description).toBe("Verge contractors cannot recruit cutting crews");
    expect(risks[0]!.owner).toMatch(/^Ottoline Brackenbury/);
  });

  it("leaves an export of one kind with no depth columns or markup as it was", () => {
    expect(workItemRecords([["ID", "Title", "State"], ["1", "A", "Open"], ["2", "B", "Done"], ["3", "C", "Open"]])).toBeUndefined();
  });
});

describe("a Lotus Notes database exported as structured text", () => {
  it("reads each document's items as labelled lines and its body as text, without the database's own items", async () => {
    const doc = await ingested("hvp-committee-notes-export-2662-02-01.txt", hedgerowsNotesExport());
    expect(doc.text).toContain("MeetingDate: 12/11/2661");
    expect(doc.text).toContain("Minutes of the meeting held on Thursday 12 November 2661 at 10.30am");
    expect(doc.text).not.toMatch(/\$UpdatedBy|\$REF|\$FILE|CompletedDate:\s*$/m);
    expect(doc.meta.kind).toBe("minutes");
    // (A quote is not run on over the items left out: it is checked against the file.)
    expect(doc.loadedText).toContain("$REF:");
    expect(doc.meta.date).toBe("2661-11-12");
  });

  it("reads the minutes, who came, the members and each action document as a record", async () => {
    const doc = await ingested("hvp-committee-notes-export-2662-02-01.txt", hedgerowsNotesExport());
    expect(doc.of("minute").map((m) => m.title)).toEqual(["Apologies and declarations of interest", "Hedge planting (HVP-01)", "Verge management standard (HVP-03)"]);
    expect(doc.of("member").filter((m) => m.role === "chair").map((m) => m.person)).toEqual(["Araminta Fothergill"]);
    const absent = doc.of("attendance").filter((a) => a.present === false).map((a) => a.person);
    expect(absent).toEqual(["Rufus Penhaligon"]);
    const actions = doc.of("target").map((t) => [t.ref, t.text, t.status]);
    expect(actions).toEqual([
      ["HVA-12", "Buy replacement whips from a second nursery", null],
      ["HVA-13", "Write to councils about the new planting date", "Blue"],
    ]);
  });

  it("is told from a text that merely has a form's line", () => {
    expect(notesExportToText("Form:  Minutes\nThe meeting was quorate.\n")).toBeUndefined();
  });
});

describe("a goals app's tree saved as HTML", () => {
  it("reads its rows of spans as a table's rows, the owner's initials and the latest note under each", async () => {
    const doc = await ingested("hvp-goals-2662-02-03.html", hedgerowsGoalsHtml());
    expect(doc.text).toContain("Key Result HVK1.1 Kilometres of hedge planted | 18 / 40 | 45% | Off track | OB | Cllr Fothergill");
    expect(doc.text).toContain("Nursery closed in January; whips ordered elsewhere.");
    const targets = doc.of("target").filter((t) => !t.refIsSynthetic);
    expect(targets.map((t) => [t.ref, t.text, t.status])).toEqual([
      ["HVK1.1", "Kilometres of hedge planted", "Red"],
      ["HVK1.2", "Volunteers trained in hedge laying", "Green"],
      ["HVK1.3", "Verges cut for wildflowers", "Amber"],
    ]);
  });
});

describe("a 'papers published' message", () => {
  it("is the meeting's agenda: its items typed as 'Item n:' lines, those after 'Part B' private", async () => {
    const doc = await ingested("hvp-papers-published-2662-02-04.eml", hedgerowsPapersPublishedEml());
    expect(doc.meta.kind).toBe("board agenda pack");
    expect(doc.meta.date).toBe("2662-02-11");
    const items = doc.of("agenda_item");
    expect(items.map((i) => [i.number, i.confidential])).toEqual([
      ["1", false],
      ["2", false],
      ["3", false],
      ["4", false],
      ["5", false],
      ["6", true],
    ]);
    expect(items[4]!.title).toBe("Any other business");
    // (The agenda's line naming the last meeting's minutes is an item, not minutes the message carries.)
    expect(doc.of("minute")).toEqual([]);
  });
});

describe("a hearing's transcript", () => {
  it("reads who sat and who gave evidence, panel by panel, as there", async () => {
    const doc = await ingested("hvp-evidence-session-transcript-2662-01-14.txt", hedgerowsTranscriptText());
    const names = doc.of("attendance").map((a) => a.person.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(["bartholomew quennell", "imogen thistlewood", "cassius moberly", "honoria vanstone"]));
  });
});

describe("what these readings leave alone", () => {
  it("keeps a card's description between its title and its labels, outside minutes", async () => {
    const text = ["Hedgerows Programme measures", "", "HVM-01 Improve hedge cover", "", "This measure counts the kilometres of hedge in good condition.", "", "Status: Green", "", "Lead: Ottoline Brackenbury", ""].join("\n");
    const doc = await ingested("hvp-measures-2662.txt", text);
    expect(doc.of("target").map((t) => [t.ref, t.status])).toEqual([["HVM-01", "Green"]]);
  });

  it("reads a front sheet's 'Committee members:' and 'Substitutes:' as the membership, not who came", async () => {
    const text = [
      "HEDGEROWS AND VERGES PANEL",
      "",
      "Thursday 11 February 2662, 10.30am",
      "",
      "Committee members: Cllr Araminta Fothergill (Chair), Cllr Bartholomew Quennell, Cllr Imogen Thistlewood",
      "",
      "Substitutes: Cllr Lavinia Ormerod, Cllr Rufus Penhaligon",
      "",
      "Agenda",
      "",
      "1. Welcome",
      "2. Declarations of interest",
      "3. Hedgerows Programme",
      "",
    ].join("\n");
    const doc = await ingested("hvp-agenda-2662-02-11.txt", text);
    expect(doc.of("attendance")).toEqual([]);
    expect(doc.of("member").filter((m) => m.role === "substitute").map((m) => m.person)).toEqual(["Lavinia Ormerod", "Rufus Penhaligon"]);
  });

  it("reads a membership list's 'Title' as a post beside its 'Status'", async () => {
    const csv = ["Name,Title,Council,Status", "Cllr Araminta Fothergill,Chair,Woldhaven District Council,Current", "Cllr Bartholomew Quennell,Vice-Chair,Sedgecombe Borough Council,Current", "Cllr Imogen Thistlewood,Member,Woldhaven District Council,Current", ""].join("\n");
    const doc = await ingested("hvp-membership-2661-62.csv", csv);
    expect(doc.of("member").map((m) => m.role)).toEqual(["chair", "vice-chair", "member"]);
  });

  it("keeps numbered choices and kinds of task alike as the export has them", () => {
    const ballot = [["Voter", "Option 1", "Option 2", "Option 3"], ["A", "X", "", ""], ["B", "", "X", ""], ["C", "", "", "X"]];
    expect(workItemRecords(ballot)).toBeUndefined();
    const jira = [
      ["Summary", "Issue key", "Issue Type", "Status", "Assignee", "Parent"],
      ["Draft the standard", "HVP-1", "Task", "Done", "Jo Bloggs", ""],
      ["Check the draft", "HVP-2", "Task", "To Do", "Jo Bloggs", ""],
      ["Legal check", "HVP-3", "Sub-task", "To Do", "Jo Bloggs", "HVP-1"],
      ["Print it", "HVP-4", "Sub-task", "Done", "Jo Bloggs", "HVP-1"],
    ];
    expect(workItemRecords(jira)).toBeUndefined();
  });
});
