/**
 * Layouts of collaboration tools (the Culverts and Soakaways Task Group's papers, invented): a Confluence
 * page in its storage format, a task list exported as iCalendar, minutes downloaded from Google Docs as
 * plain text (tables a cell a line) and a Zoom chat, read as a person reads them.
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { CULVERT_TASKS, culvertsMinutesGoogleText, culvertsTasksIcs, culvertsTrackerStorage, culvertsZoomChat } from "../../helpers/papers-culverts.js";
import { confluenceStorageAsHtml, isConfluenceStorage } from "../../../src/ingest/loaders/confluence-storage.js";
import { stackedCellsToRows } from "../../../src/ingest/loaders/stacked-cells.js";

describe("a Confluence page in storage format", () => {
  it("shows its lozenges, dates, tasks and link text as the page does, not the macros' settings", async () => {
    const doc = await ingested("cstg-tracker-q3-2631-32-confluence-storage.html", culvertsTrackerStorage());
    expect(doc.text).toContain("Overall status | (Yellow) AT RISK");
    expect(doc.text).toContain("CSM-02 | Blocked soakaways cleared within 10 days | 72% | (Yellow) AT RISK | 58% | (Red) OFF TRACK");
    expect(doc.text).toContain("Last reviewed | 24 Feb 2632");
    expect(doc.text).toContain("Reported to | Item 6, CSTG meeting of 12 March 2632");
    expect(doc.text).toMatch(/☑ Culvert register published – due 05 Nov 2631/);
    expect(doc.text).toMatch(/☐ Trash screen survey finished – due 30 Apr 2632/);
    expect(doc.text).toContain("Show the budget (£000)");
    expect(doc.text).toContain("Figures validated on 10 Feb 2632.");
    // (Not a macro's settings, a task's ids, an editor's placeholder or a person's account id.)
    expect(doc.text).not.toMatch(/YellowAT|cstg-tracker|aa-1|Type the date|5f2a7c01|maxLevel|warning/);
  });

  it("rates each measure by its lozenge's colour, labelled by its words", async () => {
    const doc = await ingested("cstg-tracker-q3-2631-32-confluence-storage.html", culvertsTrackerStorage());
    const targets = doc.of("target").filter((t) => t.ref.startsWith("CSM"));
    expect(targets.map((t) => [t.ref, t.status, t.statusLabel])).toEqual([
      ["CSM-01", "Green", "ON TRACK"],
      ["CSM-02", "Red", "OFF TRACK"],
      ["CSM-03", "Red", "OFF TRACK"],
      ["CSM-04", "Green", "ON TRACK"],
    ]);
  });

  it("is told from a page that only names a macro", () => {
    expect(isConfluenceStorage("<p>Write a status as <code>&lt;ac:structured-macro ac:name=\"status\"&gt;</code>.</p>")).toBe(false);
    const plain = "<p>An ordinary page</p>";
    expect(confluenceStorageAsHtml(plain)).toBe(plain);
  });

  it("keeps what follows a self-closing macro or link, reads nested tasks, and escapes nothing twice", async () => {
    const page = [
      `<p>Overall <ac:structured-macro ac:name="status" ac:macro-id="s1" /></p><h2>Measures</h2><p>Roads &amp; drains <ac:link ac:anchor="top" /> checked</p>`,
      `<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-uuid>u-1</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body>Parent task <ac:task-list><ac:task><ac:task-id>2</ac:task-id><ac:task-uuid>u-2</ac:task-uuid><ac:task-status>complete</ac:task-status><ac:task-body>Child task</ac:task-body></ac:task></ac:task-list></ac:task-body></ac:task></ac:task-list>`,
      `<p><ac:link><ri:page ri:content-title="Q3 &amp; Q4 papers" /></ac:link></p>`,
    ].join("\n");
    const doc = await ingested("cstg-notes-confluence-storage.html", page);
    expect(doc.text).toContain("Measures");
    expect(doc.text).toContain("Roads & drains checked");
    expect(doc.text).toMatch(/☐ Parent task[\s\S]*☑ Child task/);
    expect(doc.text).toContain("Q3 & Q4 papers");
    expect(doc.text).not.toMatch(/u-2|&amp;/);
  });
});

describe("a task list exported as iCalendar", () => {
  it("reads a task a paragraph of its own lines, without the lines its program keeps for itself", async () => {
    const doc = await ingested("cstg-actions-thunderbird-2632-03-20.ics", culvertsTasksIcs());
    expect(doc.text).toContain("SUMMARY:CSA-22 Survey the trash screens on the Lidden");
    expect(doc.text).toContain("Nine of fifteen screens surveyed; the rest in March.");
    expect(doc.text).toContain('ATTENDEE;CN="Jago Penberthy";PARTSTAT=IN-PROCESS');
    expect(doc.text).not.toMatch(/UID:|DTSTAMP|X-MOZ|TZOFFSET|ORGANIZER|BEGIN:VTODO/);
    // (As of the last day a task was changed.)
    expect(doc.meta.date).toBe("2632-03-13");
  });

  it("makes each task a record: its state, due day, owner and notes", async () => {
    const doc = await ingested("cstg-actions-thunderbird-2632-03-20.ics", culvertsTasksIcs());
    const tasks = doc.of("target");
    expect(tasks.map((t) => t.ref)).toEqual(CULVERT_TASKS.map(([s]) => s.split(" ")[0]));
    const late = tasks.find((t) => t.ref === "CSA-23")!;
    expect(late).toMatchObject({ statusLabel: "NEEDS-ACTION", due: "31 January 2632", lead: "Morwenna Cardew" });
    expect(late.delivered).toContain("Overdue. Waiting for the highways contract; now expected in May.");
    expect(tasks.find((t) => t.ref === "CSA-21")).toMatchObject({ status: "Blue", figures: [["Complete", "100%"], ["Completed", "28 November 2631"]] });
    // (Each quoted as its own lines: a task's record never runs into the next.)
    expect(late.source.startsWith("SUMMARY:CSA-23")).toBe(true);
    expect(late.source).not.toContain("CSA-24");
  });
});

describe("an iCalendar file of events, or of one task with a long description", () => {
  it("gives no task records for events", async () => {
    const events = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:CSTG meeting", "STATUS:CONFIRMED", "DTSTART:26320312T100000", "DESCRIPTION:Agenda\\n\\nItem 1", "END:VEVENT", "BEGIN:VEVENT", "SUMMARY:CSTG site visit", "STATUS:CONFIRMED", "DTSTART:26320412T100000", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
    const doc = await ingested("cstg-meetings-2632.ics", events);
    expect(doc.of("target")).toEqual([]);
  });

  it("reads a lone task whole, its description's blank lines and own labels its notes", async () => {
    const task = [
      "BEGIN:VCALENDAR", "BEGIN:VTODO", "SUMMARY:CSA-31 Clear the Lidden trash screens", "DESCRIPTION:Owner: Jago Penberthy\\n\\nQ3: nine of fifteen cleared\\nSTATUS: waiting on the contractor",
      "STATUS:IN-PROCESS", "DUE;VALUE=DATE:26320331", "ATTENDEE;CN=\"Penberthy: Jago\";PARTSTAT=IN-PROCESS:mailto:jago@example.gov.uk", "END:VTODO", "END:VCALENDAR", "",
    ].join("\r\n");
    const doc = await ingested("cstg-one-task-2632-03-20.ics", task);
    const [t] = doc.of("target");
    expect(t).toMatchObject({ ref: "CSA-31", statusLabel: "IN-PROCESS", due: "31 March 2632", lead: "Jago Penberthy" });
    expect(t!.delivered).toBe("Q3: nine of fifteen cleared STATUS: waiting on the contractor");
  });
});

describe("minutes downloaded from Google Docs as plain text", () => {
  it("sets a table written a cell a line out a row a line, when its header names its columns", () => {
    const text = stackedCellsToRows(culvertsMinutesGoogleText());
    expect(text).toContain("Attendance\nName\tCouncil\tRole\tAttended\nCllr Morgana Tregothnan\tKernow Vale Council\tChair\tIn the room\n");
    expect(text).toContain("CSA-26\tRecovery plan for CSM-03 (trash screens with a named owner)\tMorwenna Cardew with Cllr Piran Ashdown\t11 June 2632");
  });

  it("leaves a list of names a line alone", () => {
    const people = ["Cllr Ann Lee", "Cllr Bo Hart", "Cllr Cy Moss", "Cllr Di Penn", "Cllr Ed Rowe", "Cllr Flo Yates"].join("\n");
    expect(stackedCellsToRows(people)).toBe(people);
    const councils = ["Kernow Vale Council", "Lidden District Council", "Porthcove Borough Council", "Tamar County Council", "Fowey Town Council", "Looe Town Council"].join("\n");
    expect(stackedCellsToRows(councils)).toBe(councils);
  });

  it("does not read a table whose cell runs over two lines at another width", () => {
    const table = ["Ref", "Action", "Owner", "Due", "A-1", "Write to", "the council", "Jo Bloggs", "1 May", "A-2", "Call", "Bo Hart", "2 May", "A-3", "Email", "Cy Moss", "3 May", "A-4", "Visit", "Di Penn", "4 May"].join("\n");
    expect(stackedCellsToRows(table)).toBe(table);
  });

  it("reads who attended, who sent apologies and who substituted", async () => {
    const doc = await ingested("cstg-draft-minutes-2632-03-12-google-docs.txt", culvertsMinutesGoogleText());
    const attendance = doc.of("attendance");
    const of = (name: string) => attendance.filter((r) => r.person.endsWith(name)).map((r) => r.present);
    expect(of("Tregothnan")).toEqual([true]);
    expect(of("Rosewarne")).toEqual([false]);
    expect(of("Vosper")).toEqual([false]);
    // (The substitute was there: the apologies' sentence does not make them absent.)
    expect(of("Hocking")).toEqual([true]);
  });

  it("records each of two members declaring one interest together", async () => {
    const doc = await ingested("cstg-draft-minutes-2632-03-12-google-docs.txt", culvertsMinutesGoogleText());
    const declared = doc.of("declaration").map((d) => d.person);
    expect(declared).toEqual(["Morgana Tregothnan", "Tamsin Pellow"]);
  });
});

describe("a Zoom chat", () => {
  it("reads a message a paragraph, its stamp and sender first, dated by its file's name", async () => {
    const doc = await ingested("cstg-zoom-chat-2632-03-12.txt", culvertsZoomChat());
    expect(doc.text).toContain(
      "10:39:12 From Cllr Piran Ashdown to Everyone: Declaration for item 5: Lidden DC has bid CG-2-04 and I sit on Lidden's drainage committee. Other registrable interest – I'll stay and vote.",
    );
    expect(doc.meta.date).toBe("2632-03-12");
  });
});
