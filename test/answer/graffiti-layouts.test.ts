/**
 * The Graffiti Removal Task Group's workbook saved by Excel as a web page (test/helpers/papers-graffiti.ts):
 * a table a sheet, spacer columns, title blocks, a key with no header row, budget dashes and a risk
 * register with the last quarter's score beside this quarter's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { graffitiChartMd, graffitiIncidentsMd, graffitiMinutesTxt, graffitiPlannerCsv, graffitiWorkbookHtml } from "../helpers/papers-graffiti.js";

const WORKBOOK = "graffiti-removal-task-group-tracker-2071-72-q2.html";
const CHART = "graffiti-removal-task-group-membership-2071-72.md";
const MINUTES = "graffiti-removal-task-group-minutes-2071-09-14.txt";

let assistant: Assistant;
let corpus: string;

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, WORKBOOK), graffitiWorkbookHtml);
  writeFileSync(join(corpus, CHART), graffitiChartMd);
  writeFileSync(join(corpus, MINUTES), graffitiMinutesTxt);
  writeFileSync(join(corpus, "graffiti-removal-task-group-actions-planner-2071-11-12.csv"), graffitiPlannerCsv);
  writeFileSync(join(corpus, "graffiti-removal-task-group-item-4-reports-2071-11-18.md"), graffitiIncidentsMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const docId = WORKBOOK.replace(/\.html$/, "");

describe("a workbook saved as a web page", () => {
  it("reads every sheet, without its spacer columns, its title block as lines and its sheet tabs left out", async () => {
    const { text } = await loadFile(join(corpus, WORKBOOK));
    expect(text).toContain("Status at: 30/09/2071\n\nPrepared by: Odile Prendergast");
    expect(text).toMatch(/^Ref\tMilestone\tLead officer/m);
    expect(text).toContain("budget monitoring 2071/72");
    expect(text).toContain("GRR-02");
    expect(text).not.toMatch(/Tracker\s+Budget\s+Risks/);
  });

  it("reads a key with no header row under its 'Key' line, codes named by the words their meanings open with", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === docId);
    expect(targets.map((t) => `${t.ref} ${t.statusLabel ?? t.status}`)).toEqual(
      expect.arrayContaining(["GRT-1.1 Complete", "GRT-1.2 Slipping", "GRT-2.1 Off track"]),
    );
    expect(targets.every((t) => /^GRT-/.test(t.ref))).toBe(true);
  });

  it("names a budget's rows by their line, not by their numbers, and reads its dashes as nothing spent", async () => {
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === docId && c.column === "Actual spend To date");
    expect(cells.map((c) => c.rowLabel)).toEqual(["Survey of councils", "Rapid removal pilot grants", "Legal advice on penalties"]);
    const a = await ask("how much has been spent on the survey of councils so far?");
    expect(a.answer).toContain("6,150");
  });

  it("reads a header's top row spanning its columns, and titles the table by the sheet's title, not a label line above it", () => {
    const cell = assistant.index.recordsOf("cell").find((c) => c.docId === docId && c.rowLabel === "Survey of councils" && c.column === "Budget Original");
    expect(cell?.value).toBe("8,000");
    expect(cell?.table).toMatch(/> Graffiti Removal Task Group – budget monitoring 2071\/72$|^Graffiti Removal Task Group – budget monitoring 2071\/72$/);
  });

  it("scores a risk by its score column, not the last quarter's, bands it by the rating line under the register, and says how it moved since", async () => {
    const risk = assistant.index.recordsOf("risk").find((r) => r.docId === docId && r.ref === "GRR-01");
    expect(risk).toMatchObject({ score: 6, trend: "▼, down from 9 (Q1 score)", band: "Low" });
    const a = await ask("the survey risk - gone up or down since Q1?");
    expect(a.answer).toContain("down from 9");
  });

  it("answers whether one milestone got worse since the quarter its earlier column names", async () => {
    const a = await ask("has GRT-2.1 got worse since Q1?");
    expect(a.answer).toMatch(/GRT-2\.1 .*: Slipping → Off track/);
    expect(a.answer).not.toContain("GRT-1.2");
  });
});

describe("a membership chart's boxes", () => {
  const members = () => assistant.index.recordsOf("member").filter((m) => m.docId === CHART.replace(/\.md$/, ""));

  it("gives each box the role on the line above its name, and the members' boxes the group over them", () => {
    const byName = new Map(members().map((m) => [m.person, m]));
    expect(byName.get("Ada Quarrie")).toMatchObject({ role: "chair", group: "Conservative", council: "Dorset Council" });
    expect(byName.get("Benedict Rook")).toMatchObject({ role: "vice-chair", group: "Labour" });
    expect(byName.get("Cordelia Vane")).toMatchObject({ role: "deputy chair" });
    expect(byName.get("Esme Farrant")).toMatchObject({ role: "member", group: "Conservative" });
    expect(byName.get("Gideon Hale")).toMatchObject({ role: "member", group: "Labour" });
  });

  it("answers which of a party sit on the group, and its members apart from the chair", async () => {
    const libDems = await ask("which lib dems sit on the graffiti task group?");
    expect(libDems.answer).toContain("Cordelia Vane");
    expect(libDems.answer).not.toContain("Gideon Hale");
    const tories = await ask("who are the conservative members of the graffiti task group apart from the chair?");
    expect(tories.answer).toContain("Dominic Ashdown");
    expect(tories.answer).toContain("Esme Farrant");
  });

  it("lists no one an item of changes says stood down, and no group as a member", () => {
    const names = members().map((m) => m.person);
    expect(names).not.toContain("Imelda Kerr");
    expect(names.some((n) => /Labour Group/.test(n))).toBe(false);
  });
});

describe("minutes with the lists of who came and who sent apologies typed side by side", () => {
  it("reads each list under its own label", async () => {
    const { text } = await loadFile(join(corpus, MINUTES));
    expect(text).toMatch(/Members present:\s+Cllr Ada Quarrie \(Chair\) \(Con\)\s+Cllr Benedict Rook/);
    expect(text).toMatch(/Apologies:\s+Cllr Esme Farrant \(Con\)\s+Cllr Cordelia Vane/);
    expect(text).toContain("Odile Prendergast - Adviser (Data and\nEvidence)");
  });

  it("answers who sent apologies, quoting each name's own line, not a run of lines the page does not have", async () => {
    const a = await ask("who sent apologies to the graffiti task group in september?");
    expect(a.answer).toContain("Esme Farrant");
    expect(a.answer).toContain("Cordelia Vane");
    expect(a.answer).not.toContain("Dominic Ashdown");
    expect(a.citations.map((c) => c.quote)).toEqual(expect.arrayContaining(["Cllr Esme Farrant (Con)", "Cllr Cordelia Vane (Deputy Chair) (LD)"]));
  });
});

describe("declarations at a meeting of a body named by a word an interest uses", () => {
  it("lists every declaration, not only the one whose words name the body", async () => {
    const a = await ask("were there any declarations of interest at the september graffiti meeting?");
    expect(a.answer).toContain("Gideon Hale");
    expect(a.answer).toContain("Ada Quarrie");
  });
});

describe("a planning tool's export of tasks", () => {
  it("reads each task by its name, led by whoever it is assigned to, not by its priority", () => {
    const tasks = assistant.index.recordsOf("target").filter((t) => t.docId === "graffiti-removal-task-group-actions-planner-2071-11-12");
    expect(tasks.map((t) => t.text)).toEqual(["Instruct counsel on penalty powers", "Circulate the removal times survey", "Book the pilot councils' launch event"]);
    expect(tasks[0]).toMatchObject({ lead: "Barnaby Quist" });
  });

  it("is dated by its 'Date of export' line, not by the months its tasks name", () => {
    const meta = assistant.index.documents.find((d) => d.meta.docId === "graffiti-removal-task-group-actions-planner-2071-11-12")!.meta;
    expect(meta.date).toBe("2071-11-12");
  });
});

describe("a paper whose table has a column for each year", () => {
  it("answers a year no paper covers from the table's column for it, rather than saying it holds no such figures", async () => {
    const a = await ask("graffiti on railway bridges - numbers for 2070/71?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("38,900");
  });
});
