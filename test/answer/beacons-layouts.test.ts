/**
 * Papers of the invented Beacon Restoration Panel in layouts other tools export: a text paper under a report
 * template's cover sheet of fields, a semicolon CSV with a group row of quarters, a web page whose header is
 * three rows deep, a table set out the other way round (an item a column), and a notes app's page whose
 * actions sit in a box beside the notes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { parseQuestion } from "../../src/answer/query.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { ingested } from "../helpers/corpus.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { BEACON_ACTIONS, beaconBudgetCsv, beaconCoverSheetPaper, beaconNotesPdf, beaconPerformanceHtml, beaconPilotsHtml } from "../helpers/papers-beacons.js";

const PAPER = "brp-programme-2262-03-14";
const BUDGET = "brp-budget-2262-63-p6";
const PERFORMANCE = "brp-performance-2262-06-13";
const PILOTS = "brp-pilots-2262-06-13";
const NOTES = "brp-notes-2262-06-13";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${PAPER}.txt`), beaconCoverSheetPaper());
  writeFileSync(join(corpus, `${BUDGET}.csv`), beaconBudgetCsv());
  writeFileSync(join(corpus, `${PERFORMANCE}.html`), beaconPerformanceHtml());
  writeFileSync(join(corpus, `${PILOTS}.html`), beaconPilotsHtml());
  writeFileSync(join(corpus, `${NOTES}.pdf`), await beaconNotesPdf());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const recordsOf = <T extends Parameters<Assistant["index"]["recordsOf"]>[0]>(type: T, docId: string) => assistant.index.recordsOf(type).filter((r) => r.docId === docId);

describe("a paper under a report template's cover sheet of fields", () => {
  it("reads each field as a labelled line, a folded value as one line and a list under its label", async () => {
    const { text, hints } = await loadFile(join(corpus, `${PAPER}.txt`));
    expect(text).toContain("Contact officer: Idris Mawdsley\nContact position: Programme Adviser, Heritage\nContact phone: 020 7946 0512");
    expect(text).toContain("Summary: This report sets out the programme of beacon repairs for 2262/63, the three councils proposed for the lantern pilots and the Panel's membership.");
    expect(text).toContain("Recommendations:\n- That the Panel agrees the repair programme at Annex A.\n- That the Panel notes its membership for 2262/63 at Annex B.");
    // (The export's comment lines are text, not the paper's title; the "---" under the sheet is no heading's underline.)
    expect(text).not.toMatch(/^#/m);
    expect(text).not.toMatch(/^#+ - Beacon Restoration Panel, 10 January/m);
    expect(hints?.title).toBe("Beacon restoration programme 2262/63");
  });

  it("makes the paper's front sheet of the fields, a field a line", () => {
    const [paper] = recordsOf("paper", PAPER);
    expect(paper).toMatchObject({ title: "Beacon restoration programme 2262/63", item: "4", purpose: "For decision" });
    expect(paper!.contacts[0]).toMatchObject({ name: "Idris Mawdsley", position: "Programme Adviser, Heritage", phone: "020 7946 0512", email: "idris.mawdsley@local.gov.uk" });
    expect(paper!.recommendation).toMatch(/repair programme at Annex A[\s\S]*membership for 2262\/63 at Annex B/);
  });

  it("takes the lead member's role from the brackets, and the member from the fuller membership annex", () => {
    const chair = recordsOf("member", PAPER).filter((m) => m.person === "Hester Quennell");
    expect(chair).toHaveLength(1);
    expect(chair[0]).toMatchObject({ role: "chair", council: "Ashwold District Council", group: "Labour" });
  });

  it("answers who to contact about it", async () => {
    const a = await ask("contact officer for the beacon restoration programme paper + their phone no?");
    expect(a.answer).toMatch(/Idris Mawdsley/);
    expect(a.answer).toMatch(/020 7946 0512/);
  });
});

describe("a board asked by initials that take in an \"in\" between its words", () => {
  it("names the board", () => {
    const vocab = { people: [], boards: ["Young People Not in Work Task Group"] };
    expect(parseQuestion("who are the subs for the YPNIW task group?", vocab)).toMatchObject({ intent: "membership", board: "Young People Not in Work Task Group" });
  });
});

describe("a budget exported as CSV with semicolons and a group row of quarters", () => {
  const cell = (rowLabel: string, column: string) => recordsOf("cell", BUDGET).find((c) => c.rowLabel === rowLabel && c.column === column)?.value;

  it("names each column by its quarter and its own name, and the columns after the quarters by theirs alone", () => {
    expect(cell("BR420", "Q2 Jul-Sep Actual")).toBe("5,500");
    expect(cell("BR410", "Q1 Apr-Jun Profile")).toBe("15,000");
    expect(cell("BR410", "Forecast outturn")).toBe("62,400");
    expect(recordsOf("cell", BUDGET).some((c) => /Q4 Jan-Mar (?:Forecast|Variance|Comment)/.test(c.column))).toBe(false);
    // (A quoted cell keeps its semicolon.)
    expect(cell("BR430", "Comment")).toBe("Survey closed; final invoice paid");
  });

  it("reads the total row, its first cell empty, as the total's", async () => {
    expect(cell("Total", "Forecast outturn")).toBe("95,040");
    expect(recordsOf("cell", BUDGET).some((c) => c.rowLabel === "BR430" && c.value === "95,040")).toBe(false);
    const a = await ask("what's the forecast outturn for the whole beacon budget?");
    expect(a.answer).toMatch(/95,040/);
  });
});

describe("a web page whose measures table has a header three rows deep", () => {
  it("rates each measure by the latest quarter's status, keeping the earlier quarter's", () => {
    const m1 = recordsOf("target", PERFORMANCE).find((t) => t.ref === "BRP-M1");
    expect(m1).toMatchObject({ status: "Red", statusLabel: "R" });
    expect(m1!.otherRatings).toEqual([expect.objectContaining({ column: "2262/63 Q1 (April to June) Status", status: "Green" })]);
    expect(m1!.locator.section[0]).toBe("Table 1: Measures, quarters 1 and 2 2262/63");
  });

  it("reads the key in the table's footer after its rows, as a browser shows it", async () => {
    const { text } = await loadFile(join(corpus, `${PERFORMANCE}.html`));
    expect(text.indexOf("Status key:")).toBeGreaterThan(text.indexOf("BRP-M2"));
    expect(text.indexOf("Table 1: Measures, quarters 1 and 2 2262/63")).toBeLessThan(text.indexOf("BRP-M1"));
  });

  it("reads the current risk's factors, score and rating beside the inherent score", () => {
    const r1 = recordsOf("risk", PERFORMANCE).find((r) => r.ref === "BRP-R1");
    expect(r1).toMatchObject({ description: "Scaffolding costs rise beyond the repair budget.", owner: "Wenna Trago", likelihood: 4, impact: 4, score: 16, inherentScore: 12, rating: "Red" });
  });

  it("answers a measure asked by its code without the prefix, for the quarter asked", async () => {
    expect(parseQuestion("was BRP M2 amber or red in q1?", { people: [], boards: [], targetRefs: ["BRP-M1", "BRP-M2"] }).refs).toEqual(["BRP-M2"]);
    expect(parseQuestion("was M2 amber in q1?", { people: [], boards: [], targetRefs: ["BRP-M1", "BRP-M2"] }).refs).toEqual(["BRP-M2"]);
    const a = await ask("was BRP M2 amber or red in q1?");
    expect(a.answer).toMatch(/BRP-M2/);
    expect(a.answer).toMatch(/Q1 \(April to June\) Status: A \(Amber\)/);
  });
});

describe("a table set out the other way round, an item a column", () => {
  it("reads each column as an item, named by the header's corner and its letter", () => {
    const pilots = recordsOf("target", PILOTS);
    expect(pilots.find((t) => t.ref === "Pilot B")).toMatchObject({ text: "Fenmoor Council", status: "Amber", statusLabel: "Slipping", lead: "Ottilie Crane, Heritage Officer" });
    expect(pilots.find((t) => t.ref === "Pilot C")).toMatchObject({ text: "Harrowdene Council", statusLabel: "Stalled", figures: [["Lanterns fitted", "0"]] });
    // (Further items under the header's corner again, "Ref | LP-03 | LP-04", under the same attributes.)
    expect(pilots.find((t) => t.ref === "LP-03")).toMatchObject({ text: "Parishes signed up to the rota", lead: "Idris Mawdsley", status: "Green" });
    expect(pilots.some((t) => /^(?:Council|Status|Lead officer)$/.test(t.text))).toBe(false);
    const fitted = recordsOf("cell", PILOTS).find((c) => c.rowLabel === "Harrowdene Council (Pilot C)" && c.column === "Lanterns fitted");
    expect(fitted?.value).toBe("0");
  });

  it("answers who runs an item, citing the rows that name it and its lead", async () => {
    const a = await ask("who's running the fenmoor lantern pilot?");
    expect(a.answer).toMatch(/Ottilie Crane/);
    // (The rows naming the pilots and their leads, one under the other, are one quote.)
    expect(a.citations.some((c) => c.quote.includes("Council lead | Talfryn Boase, Estates Manager | Ottilie Crane, Heritage Officer"))).toBe(true);
    expect(a.citations.some((c) => c.quote.includes("Council | Ashwold District Council | Fenmoor Council"))).toBe(true);
  });

  it("does not read an item's rating row as its own row of cells", async () => {
    const a = await ask("who runs the complaints about glare measure, and what's its status?");
    expect(a.answer).toMatch(/LP-02 Complaints about glare: Not met \(Red\)/);
    expect(a.answer).toMatch(/Idris Mawdsley/);
    expect(a.answer).not.toMatch(/Measure: Status/);
  });

  it("answers the status a paper gave an item", async () => {
    expect(parseQuestion("harrowdene lantern pilot - what status did the june progress paper give it?", { people: [], boards: [] }).intent).toBe("target_status");
    const a = await ask("harrowdene lantern pilot - what status did the june progress paper give it?");
    expect(a.answer.split("\n")[0]).toMatch(/Harrowdene Council \(Pilot C\)/);
    expect(a.answer).toMatch(/Status: Stalled/);
  });
});

describe("a notes page with its actions in a box beside the notes", () => {
  it("reads the notes, then the actions, each whole", async () => {
    const doc = await ingested(`${NOTES}.pdf`, await beaconNotesPdf());
    for (const action of BEACON_ACTIONS) expect(doc.text).toContain(action.join(" "));
    expect(doc.text).toContain("Cllr Hester Quennell (Chair), Cllr Bram Ottery, Cllr Lisette Dunmore, Cllr Caspian Threlfall");
    expect(doc.text.indexOf("@Idris Mawdsley write to")).toBeGreaterThan(doc.text.indexOf("lowered to Green."));
    // (A label opens its own line: "Subs: …" then "Apologies: …".)
    expect(doc.text).toMatch(/^Apologies: Cllr Jory Penhallow$/m);
  });

  it("reads who was there from the names under \"Present\", the subs and the apologies", () => {
    const attendance = recordsOf("attendance", NOTES);
    const present = (person: string) => attendance.find((a) => a.person === person)?.present;
    expect(present("Hester Quennell")).toBe(true);
    expect(present("Caspian Threlfall")).toBe(true);
    expect(present("Morwen Pascoe")).toBe(true);
    expect(present("Jory Penhallow")).toBe(false);
    // ("Apologies from Cllr A - Cllr B subbing": B was there.)
    expect(attendance.some((a) => /Pascoe/.test(a.person) && !a.present)).toBe(false);
  });

  it("reads each interest a line of declarations gives, a sentence each", () => {
    const declared = recordsOf("declaration", NOTES).map((d) => [d.person, d.item]);
    expect(declared).toEqual([
      ["Dunmore", "2"],
      ["Ottery", "3"],
    ]);
  });
});
