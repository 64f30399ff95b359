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
import { WEIRS_MEASURES, weirsApprovalEml, weirsRisksCsv, weirsSlidesOutlineRtf, weirsTasksPdf } from "../../helpers/papers-weirs.js";

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

describe("a list's export whose owners are sign-in claims", () => {
  it("gives each owner the name the claim's address spells, beside the claim", async () => {
    const doc = await ingested("wstg-risks-2612-02-20.csv", weirsRisksCsv());
    expect(doc.of("risk").map((r) => r.owner)).toEqual([
      "i:0#.f|membership|tobias.quennell@local.gov.uk (Tobias Quennell)",
      "i:0#.f|membership|orla.penhallow-vane@local.gov.uk (Orla Penhallow-Vane)",
    ]);
  });
});
