/**
 * Papers as office workflow tools leave them (the Weirs and Sluices Task Group's, invented): a task list
 * printed grouped, a deck saved as its outline, an approval message whose section titles are styled
 * paragraphs, a list's export whose owners are sign-in claims.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { tempDir } from "../../helpers/assistant.js";
import { ingested } from "../../helpers/corpus.js";
import { structure } from "../../../src/ingest/structure.js";
import { ratingOf } from "../../../src/ingest/vocabulary.js";
import { WEIRS_MEASURES, weirsApprovalEml, weirsBudgetCsv, weirsRisksCsv, weirsSlidesOutlineRtf, weirsTasksPdf } from "../../helpers/papers-weirs.js";

/** The text the loader reads from a file of these bytes. */
async function loaded(name: string, data: string | Buffer): Promise<string> {
  const path = join(tempDir(), name);
  writeFileSync(path, data);
  return (await loadFile(path)).text;
}

const cells = (...values: string[]) => new RegExp(`(?:^|\\n)${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*(?:\\t|\\|)\\s*")}\\s*(?:\\n|$)`);

describe("a task list printed grouped, a group's fold mark apart from its words", () => {
  it("is one table under its column names, each group's line a row of its own", async () => {
    const doc = await ingested("wstg-tasks-2612-03-04.pdf", await weirsTasksPdf());
    expect(doc.text).toMatch(cells("Task Subject", "Status", "Due Date", "% Complete", "Owner"));
    expect(doc.text).toMatch(/(?:^|\n)• Categories: \(none\) \(1 items\)\s*(?:\n|$)/);
    expect(doc.text).toMatch(/(?:^|\n)• Categories: WSTG Dec 2611 actions \(4 items\)\s*(?:\n|$)/);
    // (The due date set 3pt before the next column is a cell of its own.)
    expect(doc.text).toMatch(cells("Chase the Environment Agency on the fish pass...", "In Progress", "Wed 10/03/2612", "25%", "Tobias Quennell"));
  });

  it("reads a task struck through whole by its reference, done by its status, under its group's name", async () => {
    const doc = await ingested("wstg-tasks-2612-03-04.pdf", await weirsTasksPdf());
    const tasks = doc.of("target");
    const done = tasks.find((t) => t.ref === "WSA-11")!;
    expect(done.text).toBe("Survey the Millbeck sluice gates");
    expect(done.status).toBe("Blue");
    expect(done.theme).toEqual(["WSTG Dec 2611 actions"]);
    // (A state of four words is its label, as the list writes it.)
    expect(tasks.find((t) => t.ref === "WSA-12")!.statusLabel).toBe("Waiting on someone else");
  });
});

describe("a deck saved as its outline", () => {
  it("nests each slide's points by level, without the bullets PowerPoint drew", async () => {
    const text = await loaded("wstg-q3-slides-outline-2612-03-10.rtf", Buffer.from(weirsSlidesOutlineRtf(), "latin1"));
    expect(text).toMatch(/(?:^|\n)- WSM-01 Sluice gates inspected on time\n  - Target: 12 by 31 March 2612\n/);
    expect(text).not.toMatch(/[•–]\s+(?:WSM|Target)/);
  });

  it("reads a measure typed as a point with its fields under it, rated by its latest quarter", async () => {
    const doc = await ingested("wstg-q3-slides-outline-2612-03-10.rtf", Buffer.from(weirsSlidesOutlineRtf(), "latin1"));
    const measures = doc.of("target");
    expect(measures.map((t) => t.ref)).toEqual(WEIRS_MEASURES.map((m) => m.ref));
    expect(measures.map((t) => t.status)).toEqual(["Amber", "Red", "Blue"]);
    expect(measures[0]!.otherRatings?.[0]).toMatchObject({ column: "Quarter 2", status: "Red" });
    expect(measures[0]!.figures).toContainEqual(["Target", "12 by 31 March 2612"]);
  });

  it("rates a measure by its highest-numbered quarter, whatever order the quarters are written in", async () => {
    const reversed = weirsSlidesOutlineRtf().replace("Quarter 2: 5 (Red) \\'b7 Quarter 3: 9 (Amber)", "Quarter 3: 9 (Amber) \\'b7 Quarter 2: 5 (Red)");
    expect(reversed).not.toBe(weirsSlidesOutlineRtf());
    const doc = await ingested("wstg-q3-slides-outline-2612-03-10.rtf", Buffer.from(reversed, "latin1"));
    expect(doc.of("target").find((t) => t.ref === "WSM-01")?.status).toBe("Amber");
  });

  it("takes a period for a label only over a figure or a rating, and a figure's colour only from a colour word", () => {
    const doc = structure({ format: "text", text: "Quarter 2: 96% (Green)\n\nQ1: How do I apply for a grant?\n\nQuarter 3: amber" });
    expect(doc.blocks.map((b) => b.label?.name)).toEqual(["Quarter 2", undefined, "Quarter 3"]);
    expect(ratingOf("4 weirs, behind plan (Red)")).toBe("Red");
    expect(ratingOf("12 units (a)")).toBeUndefined();
  });
});

describe("an approval message whose section titles are styled paragraphs", () => {
  it("reads a bold paragraph set large as a heading, a label line as no heading", async () => {
    const text = await loaded("wstg-agenda-sign-off-2612-03-02.eml", weirsApprovalEml());
    expect(text).toMatch(/(?:^|\n)#+ Draft minutes of the meeting of Wednesday 9 December 2611\n/);
    expect(text).toMatch(/(?:^|\n)#+ 1 Welcome and apologies\n/);
    const doc = await ingested("wstg-agenda-sign-off-2612-03-02.eml", weirsApprovalEml());
    const row = doc.of("agenda_item").find((r) => r.number === "4")!;
    expect(row.locator.section ?? []).not.toContainEqual(expect.stringMatching(/^Venue|^Date/));
  });

  it("carries the minutes of the meeting before, each item a title at the level of theirs", async () => {
    const doc = await ingested("wstg-agenda-sign-off-2612-03-02.eml", weirsApprovalEml());
    const minutes = doc.of("minute");
    expect(minutes.map((m) => m.title)).toEqual(expect.arrayContaining(["Welcome and apologies", "Weirs and Sluices Programme: quarter 2", "Date of next meeting"]));
    expect(minutes.every((m) => m.meetingDate === "2611-12-09")).toBe(true);
  });

  it("names every member after one plural title, each with the role in their bracket", async () => {
    const doc = await ingested("wstg-agenda-sign-off-2612-03-02.eml", weirsApprovalEml());
    const members = doc.of("member");
    expect(members.filter((m) => m.role === "member").map((m) => m.person)).toEqual(["Loveday Trewhella", "Jowan Penrose", "Kerensa Polglaze"]);
    expect(members.find((m) => m.role === "chair")?.person).toBe("Demelza Rosewarne");
    expect(members.filter((m) => m.role === "substitute").map((m) => [m.person, m.group])).toEqual([
      ["Morwenna Keast", "Labour"],
      ["Tristan Nancarrow", "Conservative"],
    ]);
    expect(members.filter((m) => m.role === "lead member").map((m) => [m.person, m.portfolio])).toEqual([
      ["Demelza Rosewarne", "weir safety"],
      ["Piran Chenoweth", "fish passes and eels"],
    ]);
  });
});

describe("paragraphs styled bold in a message", () => {
  it("are headings only when set larger than body text, with no link in them, not a label and its value", async () => {
    const html = [
      "<html><body>",
      '<p style="font-size:15px;font-weight:600">Agenda</p>',
      '<p style="font-size:15px;font-weight:600">6 Catering and capacity: the partner\'s plan</p>',
      '<p style="font-size:11pt;font-weight:bold">Please note the change of venue</p>',
      '<p style="font-weight:normal;mso-bidi-font-weight:bold;font-size:16px">Not bold at all</p>',
      '<div style="font-size:16px;font-weight:700"><a href="#">View the approval</a></div>',
      '<p style="font-size:16px;font-weight:700">Venue: Room 4</p>',
      "<p>The meeting will be in Room 4.</p>",
      "</body></html>",
    ].join("\n");
    const text = await loaded("wstg-note.html", html);
    expect(text).toMatch(/(?:^|\n)#+ Agenda\n/);
    expect(text).toMatch(/(?:^|\n)#+ 6 Catering and capacity: the partner's plan\n/);
    for (const line of ["Please note the change of venue", "Not bold at all", "Venue: Room 4"]) expect(text).not.toMatch(new RegExp(`#+ ${line}`));
    expect(text).not.toMatch(/#+ View the approval/);
  });
});

describe("a list's export whose owners are sign-in claims", () => {
  it("gives each owner the name the claim's address spells, beside the claim", async () => {
    const doc = await ingested("wstg-risks-2612-02-20.csv", weirsRisksCsv());
    expect(doc.of("risk").map((r) => r.owner)).toEqual([
      "i:0#.f|membership|tobias.quennell@local.gov.uk (Tobias Quennell)",
      "i:0#.f|membership|orla.penhallow-vane@local.gov.uk (Orla Penhallow-Vane)",
    ]);
    const shared = await ingested("wstg-risks-2612-02-21.csv", weirsRisksCsv().replace("orla.penhallow-vane@", "democratic.services@"));
    expect(shared.of("risk")[1]!.owner).toBe("i:0#.f|membership|democratic.services@local.gov.uk");
  });
});

describe("a finance system's enquiry exported with an unlabelled grand total", () => {
  it("reads the last row of figures alone as the total, not as the cost centre above it", async () => {
    const doc = await ingested("wstg-budget-p09-2612.csv", weirsBudgetCsv());
    const budget = doc.of("cell").filter((c) => c.column === "Budget");
    expect(budget.find((c) => c.value === "350000.00")?.rowLabel).toBe("Total");
    expect(budget.filter((c) => c.value === "250000.00").map((c) => c.rowLabel)).toEqual(["W5520", "W5520"]);
  });
});

