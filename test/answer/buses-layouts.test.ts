/**
 * The Rural Bus Services Task Group's papers (test/helpers/papers-buses.ts): a Word paper typed with tab
 * stops instead of tables, and a markdown workplan whose status cells are symbols named by its own key.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { busesBulletinHtml, busesLedgerTxt, busesReportHtml, busesWikiNotesHtml, busesNoteTxt, busesPaperDocx, busesWorkplanMd } from "../helpers/papers-buses.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "rural-bus-services-task-group-item-3-2033-03-09.docx"), await busesPaperDocx());
  writeFileSync(join(corpus, "rural-bus-services-task-group-workplan-2032-33-q4.md"), busesWorkplanMd);
  writeFileSync(join(corpus, "rural-bus-services-task-group-note-2033-03-09.txt"), busesNoteTxt);
  writeFileSync(join(corpus, "rural-bus-services-task-group-ledger-2032-33-p11.txt"), busesLedgerTxt);
  writeFileSync(join(corpus, "rural-bus-news-2033-03.html"), busesBulletinHtml);
  writeFileSync(join(corpus, "rural-bus-work-programme-2032-33-q3.html"), busesReportHtml);
  writeFileSync(join(corpus, "rural-bus-services-task-group-wiki-notes.html"), busesWikiNotesHtml);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quoted = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");

describe("a Word paper typed with tab stops instead of tables", () => {
  it("reads the typed rows as a table: a row's cells by their column", async () => {
    const grants = assistant.index.recordsOf("cell").filter((r) => r.docId.includes("item-3") && r.rowLabel === "RBG-02");
    expect(grants.map((c) => `${c.column}: ${c.value}`)).toEqual(expect.arrayContaining(["Council: Cumberland", "Grant (£): 28,000"]));
  });

  it("reads its front sheet's typed labels: the contact officer and post", async () => {
    const a = await ask("who is the contact officer for the rural bus grants paper?");
    expect(a.answer).toContain("Perpetua Quillfeather");
    expect(a.answer).toMatch(/Senior Adviser, Transport/);
  });

  it("keeps a paragraph's own number apart from a table: '1.<tab>The panel …' is a sentence", async () => {
    const file = join(tempDir(), "item-3.docx");
    writeFileSync(file, await busesPaperDocx());
    const { text } = await loadFile(file);
    expect(text).toContain("1. The panel scored each bid out of 40 against four criteria.");
    expect(text).toContain("RBG-02\tCumberland\tEskdale Saturday service\t31\t28,000");
  });

  it("reads a typed risk register with a line of mitigation under each row", () => {
    const risks = assistant.index.recordsOf("risk").filter((r) => r.docId.includes("item-3"));
    expect(risks.map((r) => r.ref).sort()).toEqual(["RBT1", "RBT2", "RBT3", "RBT4"]);
    expect(risks.find((r) => r.ref === "RBT3")).toMatchObject({ score: 6, owner: "Winifred Ashcombe" });
  });

  it("bands each risk by the bands the paper lists in one line", async () => {
    const risks = assistant.index.recordsOf("risk").filter((r) => r.docId.includes("item-3"));
    expect(risks.find((r) => r.ref === "RBT1")?.band).toBe("Very high");
    expect(risks.find((r) => r.ref === "RBT2")?.band).toBe("High");
    const a = await ask("anything very high on the rural bus risk register?");
    expect(a.answer).toContain("RBT1");
    expect(a.answer).not.toContain("RBT2");
  });

  it("reads 'getting worse' as asking which risks went up", async () => {
    const a = await ask("which rural bus risks are getting worse?");
    expect(a.answer).toContain("RBT1");
    expect(a.answer).not.toMatch(/RBT2|RBT3/);
  });

  it("reads a column named by the last review's month as the earlier score: which risks went up", async () => {
    const a = await ask("which rural bus risks have gone up since the last review?");
    expect(a.answer).toContain("RBT1");
    expect(a.answer).not.toMatch(/RBT2|RBT3/);
  });
});

describe("a workplan whose statuses are symbols named by its own key", () => {
  it("gives each action the key's word for its symbol, with the key's colour", () => {
    const actions = assistant.index.recordsOf("target").filter((r) => r.docId.includes("workplan"));
    const of = (ref: string) => actions.find((t) => t.ref === ref);
    expect(of("RBW-2")).toMatchObject({ statusLabel: "Stuck", status: "Red" });
    expect(of("RBW-3")).toMatchObject({ statusLabel: "Wobbling", status: "Amber" });
    expect(of("RBW-1")).toMatchObject({ statusLabel: "Finished", status: "Blue" });
  });

  it("gives last quarter's rating beside this quarter's when asked", async () => {
    const a = await ask("whats the status of the driver recruitment toolkit on the bus workplan, was it the same last quarter?");
    expect(a.answer).toMatch(/RBW-3.*Wobbling \(Amber\); Q3: Stuck/);
  });

  it("says what a symbol named by its shape means, from the key", async () => {
    const a = await ask("on the bus workplan what does the triangle mean?");
    expect(a.answer).toContain("Wobbling");
    expect(a.answer).toContain("Amber");
    expect(quoted(a)).toContain("Behind plan; can still be recovered");
  });

  it("answers by the document's own word, reading this quarter's column, and cites the key", async () => {
    const a = await ask("which bus workplan actions are stuck?");
    expect(a.answer).toContain("RBW-2");
    // (RBW-3 was stuck in Q3, not now.)
    expect(a.answer).not.toContain("RBW-3");
    expect(quoted(a)).toContain("Cannot go on without a decision");
  });
});

describe("an e-mail note of a meeting, sent the day after", () => {
  const note = () => assistant.index.documents.find((d) => d.meta.docId.endsWith("note-2033-03-09"))!;

  it("is dated by the meeting (its file name's day), not by the day it was sent", () => {
    expect(note().meta.kind).toBe("minutes");
    expect(note().meta.date).toBe("2033-03-09");
  });

  it("reads lists kept apart by semicolons: who was there, who sent apologies, who stood in for whom", async () => {
    const seen = assistant.index.recordsOf("attendance").filter((r) => r.docId.endsWith("note-2033-03-09"));
    expect(seen.filter((r) => r.present).map((r) => r.person)).toEqual(expect.arrayContaining(["Ambrose Fetherstone", "Hyacinth Brereton", "Lucan Ebbsworth", "Piers Gallimore"]));
    expect(seen.filter((r) => !r.present).map((r) => r.person).sort()).toEqual(["Oswin Marchbanks", "Tabitha Wrenshaw"]);
    expect(seen.every((r) => r.meetingDate === "2033-03-09")).toBe(true);
    const a = await ask("who sent apologies to the rural bus task group on 9 march 2033?");
    expect(a.answer).toContain("Marchbanks");
    expect(a.answer).toContain("Wrenshaw");
    expect(a.answer).not.toContain("Ebbsworth");
  });

  it("reads a line listing the interests declared, one a semicolon, each with its item", async () => {
    const declared = assistant.index.recordsOf("declaration").filter((r) => r.docId.endsWith("note-2033-03-09"));
    expect(declared.map((d) => `${d.person} (item ${d.item})`).sort()).toEqual(["Lucan Ebbsworth (item 2)", "Marigold Tresize (item 2)"]);
    const a = await ask("any declarations of interest at the rural bus task group on 9 March 2033?");
    expect(a.answer).toContain("Ebbsworth");
    expect(a.answer).toContain("Tresize");
    expect(quoted(a)).toContain("as a trustee of the Eskdale Community Transport Trust");
  });

  it("does not read the signature's street address as a numbered minute", () => {
    const minutes = assistant.index.recordsOf("minute").filter((r) => r.docId.endsWith("note-2033-03-09"));
    expect(minutes.map((m) => m.title).join("\n")).not.toMatch(/Smith Square/);
  });
});

describe("a finance system's fixed-width report", () => {
  const cellsOf = (row: string) => assistant.index.recordsOf("cell").filter((r) => r.docId.includes("ledger") && r.rowLabel.includes(row));

  it("reads the columns its rule of dashes gives, under a header of two lines, through group headings and rules over totals", () => {
    expect(cellsOf("R2215").map((c) => `${c.column}: ${c.value}`)).toEqual(expect.arrayContaining(["FORECAST OUTTURN: 5,100", "FORECAST VARIANCE: 600"]));
    expect(cellsOf("R2230").map((c) => `${c.column}: ${c.value}`)).toContain("ANNUAL BUDGET: 125,650");
    // (A total under a rule is a row of its own, not more of the row above it.)
    expect(cellsOf("R2215").map((c) => c.value).join(" ")).not.toContain("100,500");
  });

  it("keeps a schedule's title over its rule as a line, not cut at the columns", async () => {
    const file = join(tempDir(), "ledger.txt");
    writeFileSync(file, busesLedgerTxt);
    const { text } = await loadFile(file);
    expect(text).toContain("SCHEDULE C   BUDGET HOLDER COMMENTARY");
    expect(text).toContain("R2210\tONE POST VACANT JANUARY TO MARCH.");
  });
});

describe("a web page laid out in a table, and a caption between two tables", () => {
  it("reads side-by-side cells as sections of their own: no quote runs from one into the other", async () => {
    const a = await ask("what did the chair say about round 2 of the rural bus grant in the bulletin?");
    expect(quoted(a)).toContain("Round 2 opens in June");
    expect(quoted(a)).not.toMatch(/From the Chair Your Task Group/);
  });

  it("starts a new table at a caption and a header of other names, though as wide as the table before", () => {
    const grants = assistant.index.recordsOf("cell").filter((r) => r.docId.includes("news") && r.rowLabel.includes("RBG-02"));
    expect(grants.map((c) => `${c.column}: ${c.value}`)).toContain("Grant: £28,000");
  });
});

describe("a paper whose front sheet is a numbered section, under an author line", () => {
  const report = () => assistant.index.documents.find((d) => d.meta.docId.includes("work-programme"))!;

  it("is titled by the heading over its '1 Front sheet', and its board read from a line of parts", () => {
    expect(report().meta.title).toBe("Work programme 2032/33: performance at quarter 3");
    expect(report().meta.board).toBe("Rural Bus Services Task Group");
  });

  it("gives the contact officer, not the author, for a paper named by its board's words and its quarter", async () => {
    const a = await ask("contact officer for the q3 rural bus perf report?");
    expect(a.answer).toContain("Osric Pemberton-Vale");
    expect(a.answer).toContain("020 7946 0321");
    expect(quoted(a)).toContain("Contact officer: Osric Pemberton-Vale");
  });
});

describe("notes of a meeting exported from a wiki", () => {
  const notes = () => assistant.index.documents.find((d) => d.meta.docId.includes("wiki-notes"))!;

  it("is dated by the day in its page title, not by when the page was last modified", () => {
    expect(notes().meta.date).toBe("2033-01-12");
  });

  it("reads the 'Members' list under 'Attendees' as present, and a guest's chair of another body as that body's", async () => {
    const seen = assistant.index.recordsOf("attendance").filter((r) => r.docId.includes("wiki-notes"));
    expect(seen.find((r) => r.person === "Ambrose Fetherstone")).toMatchObject({ present: true, role: "Chair" });
    expect(seen.find((r) => r.person === "Lucan Ebbsworth")?.present).toBe(true);
    expect(seen.find((r) => r.person === "Tobias Wrayburn")?.role).toBe("Chair, Dales Community Transport Association");
    const a = await ask("who chairs the rural bus services task group?");
    expect(a.answer).toContain("Fetherstone");
    expect(a.answer).not.toContain("Wrayburn");
  });
});
