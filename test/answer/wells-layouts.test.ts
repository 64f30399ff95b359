/**
 * Papers of the Drinking Fountains and Wells Task Group in the layouts of other tools (see
 * helpers/papers-wells): a large print transcription, a sheet of address labels, a report writer's CSV with
 * no header row, a notes app's HTML export and a scheduling poll's page.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { WELLS_BODY, labelsPdf, largePrintPaperPdf, notesHtml, pollHtml, worksReportCsv } from "../helpers/papers-wells.js";

let assistant: Assistant;
let corpus: string;
const PAPER = "dfwtg-item-4-village-wells-grant-large-print-2195-05-03";
const LABELS = "dfwtg-agenda-despatch-labels-2195-04-25";
const WORKS = "dfwtg-works-open-actions-2195-05-02";
const NOTES = "dfwtg-notes-2195-05-03";
const POLL = "dfwtg-site-visit-poll-2195-06";

const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;
const ask = (q: string) => assistant.answerer.ask(q);
const members = (docId: string) => assistant.index.recordsOf("member").filter((r) => r.docId === docId);
const targets = (docId: string) => assistant.index.recordsOf("target").filter((r) => r.docId === docId);
const declarations = (docId: string) => assistant.index.recordsOf("declaration").filter((r) => r.docId === docId);

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${PAPER}.pdf`), await largePrintPaperPdf());
  writeFileSync(join(corpus, `${LABELS}.pdf`), await labelsPdf());
  // (Saved in Windows-1252, as the report writer saves it: its en dash is byte 0x96.)
  writeFileSync(join(corpus, `${WORKS}.csv`), Buffer.from(worksReportCsv.replace(/–/g, "\x96"), "latin1"));
  writeFileSync(join(corpus, `${NOTES}.html`), notesHtml);
  writeFileSync(join(corpus, `${POLL}.html`), pollHtml);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a large print transcription", () => {
  it("reads each numbered entry of a table set out as a list as one paragraph, a page break and the total apart", async () => {
    const { text } = await loadFile(join(corpus, `${PAPER}.pdf`));
    expect(text).toContain("Entry 1 of 3 · Council: Brackwater Parish Council · Well: St Ebba's Well: new cover and pump · Amount asked for: £41,000 · Score: 74 · Recommended award: £41,000");
    // (The entry cut by the page break goes on as a paragraph of its own on the next page.)
    expect(text).toMatch(/\nScore: 61 · Recommended award: none \(below the threshold\)\n/);
    expect(text).toMatch(/Recommended award: £21,500\n+Total: £96,000 asked for\./);
  });

  it("answers a row of the listed table from its entry", async () => {
    const a = await ask("what did nethercombe ask for from the village wells grant and what did it score?");
    expect(a.answer).toContain("£21,500");
    expect(a.answer).toContain("68");
  });

  it("names the paper by the item number on its cover", async () => {
    expect(metaOf(PAPER).board).toBe(WELLS_BODY);
    const a = await ask("contact officer for item 4 pls");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Perpetua Hollinrake");
  });
});

describe("a sheet of address labels", () => {
  it("reads the labels one by one, each a paragraph of its lines", async () => {
    const { text } = await loadFile(join(corpus, `${LABELS}.pdf`));
    expect(text).toContain(`CHAIR'S COPY – BY HAND · Cllr Isolde Carrow · Chair, ${WELLS_BODY} · Nethershire County Council`);
    expect(text).toContain("Cllr Marisol Fenwright · Vice-Chair (DFWTG) · Hollowcombe Borough Council");
  });

  it("reads each councillor's label as a member of the body the positions name, the gone and the guest left out", () => {
    const listed = members(LABELS);
    const role = (person: string) => listed.find((m) => m.person.includes(person))?.role;
    expect(role("Carrow")).toBe("chair");
    expect(role("Fenwright")).toBe("vice-chair");
    expect(role("Ambler")).toBe("member");
    expect(role("Grindrod")).toBe("substitute");
    expect(listed.find((m) => m.person.includes("Grindrod"))?.group).toBe("Labour");
    expect(role("Dunstall")).toBeUndefined();
    expect(role("Oakshott")).toBeUndefined();
    expect(listed.every((m) => m.board === WELLS_BODY)).toBe(true);
  });

  it("answers who chairs the body from the labels", async () => {
    const a = await ask("who chairs the drinking fountains and wells task group?");
    expect(a.answer).toContain("Isolde Carrow");
  });
});

describe("a report writer's CSV with no header row", () => {
  it("reads the report's text once, its records as rows under their headings and its totals once", async () => {
    const { text } = await loadFile(join(corpus, `${WORKS}.csv`));
    expect(text).toContain("Council\tRef\tWork\tNext action\tDue\tEst. cost\tStatus\tLead\n");
    expect(text).toContain("Brackwater District Council\tDFW-117\tPinfold Well head\tRebuild well head\t31/03/2195\t£18,400.00\tOVERDUE\tA. Threlfall");
    expect(text).toContain("Total works listed: 4");
    expect(text.match(/Fountains and Wells Programme/g)).toHaveLength(1);
    // (The page a record fell on and its group's counts are not lines of the report.)
    expect(text).not.toMatch(/Page \d of 2|Works listed:/);
  });

  it("names each work's action by the work, and its three-digit reference", () => {
    const target = targets(WORKS).find((t) => t.ref === "DFW-150");
    expect(target?.text).toBe("Lady Well: Clear and fence (Wells Grant round 1 bid)");
    expect(target?.statusLabel).toBe("With contractor");
  });

  it("does not quote two records as one run: the file has the whole report between them", () => {
    const engine = assistant.engine;
    expect(engine.isVerbatim(WORKS, "Brackwater District Council | DFW-117 | Pinfold Well head | Rebuild well head")).toBe(true);
    expect(engine.isVerbatim(WORKS, "£1,200.00 | Open | P. Hollinrake Brackwater District Council | DFW-117 | Pinfold Well head")).toBe(false);
  });

  it("answers whether a work is done by its status, not its cost", async () => {
    const a = await ask("is the lady well job done yet?");
    expect(a.answer).toContain("With contractor");
    const overdue = await ask("which works are overdue?");
    expect(overdue.answer).toContain("DFW-117");
    expect(overdue.answer).not.toContain("DFW-104");
  });
});

describe("a notes app's HTML export", () => {
  it("reads its to-dos as the meeting's actions, each owner's initials named from the notes", () => {
    const actions = assistant.index.recordsOf("minute").filter((m) => m.docId === NOTES).flatMap((m) => m.actions);
    const letters = actions.find((a) => /award letters/.test(a.text));
    expect(letters?.status).toBe("open");
    expect(letters?.owner).toBe("PH (Perpetua Hollinrake)");
    expect(letters?.deadline).toBe("20 May");
    expect(actions.find((a) => /book the room/.test(a.text))?.status).toBe("done");
  });

  it("lists the open actions of the meeting", async () => {
    const a = await ask("which actions from the 3 may meeting are still open?");
    expect(a.answer).toContain("award letters");
    expect(a.answer).toContain("site visit");
    expect(a.answer).not.toContain("book the room");
  });

  it("names who is doing an action and by when, the owner's initials spelt out", async () => {
    const a = await ask("who's doing the award letters and by when?");
    expect(a.answer).toContain("Perpetua Hollinrake");
    expect(a.answer).toContain("20 May");
  });

  it("says an item whose notes are encrypted records no decision it can read", async () => {
    const a = await ask("what was decided on the conduit house lease?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("Encrypted content");
  });

  it("reads a 'Next meeting:' line as the date of the next meeting", async () => {
    const a = await ask("when's the next dfwtg meeting?");
    expect(a.answer).toContain("Tuesday 5 July 2195");
  });

  it("reads interests listed under DOIs with dashes, each councillor a line names", async () => {
    const people = declarations(NOTES).map((d) => d.person);
    expect(people).toEqual(["Ambler", "Carrow", "Grindrod"]);
    const a = await ask("DOIs at the may meeting?");
    expect(a.answer).toContain("Ambler");
    expect(a.answer).toContain("Grindrod");
  });

  it("reads a line naming several councillors, 'Cllrs A, B and C', as each of them present", () => {
    const present = assistant.index.recordsOf("attendance").filter((r) => r.docId === NOTES && r.present === true).map((r) => r.person);
    expect(present).toEqual(expect.arrayContaining(["Sandiford", "Tolhurst", "Wragge"]));
    expect(present.some((p) => /Cllrs/.test(p))).toBe(false);
  });

  it("names who came in a member's place, the note saying 'sub for'", async () => {
    const a = await ask("who subbed for fenwright on 3 may?");
    expect(a.answer).toContain("Tobias Grindrod");
  });

  it("answers what a council got from the awards agreed, not from what its work is estimated to cost", async () => {
    const a = await ask("how much did nethershire actually get in round 1?");
    expect(a.answer).toContain("£19,000");
    expect(a.answer).not.toContain("£21,500.00");
  });

  it("names the notes' body by the initials of their title, spelt out as the other papers name it", () => {
    expect(metaOf(NOTES).kind).toBe("minutes");
    expect(metaOf(NOTES).board).toBe("Drinking Fountains and Wells Task Group");
  });
});

describe("a scheduling poll's page", () => {
  it("reads each answer icon by its title and keeps words of spans set apart", async () => {
    const { text } = await loadFile(join(corpus, `${POLL}.html`));
    expect(text).toContain("Isolde Carrow\tYes\tNo");
    expect(text).toContain("Marisol Fenwright\tIf need be\tYes");
    expect(text).toContain("Anselm Threlfall is organizing");
    expect(text).toContain("Location Pinfold Well, Brackwater");
  });

  it("is dated by the month its file's name gives, yet is no record of a meeting on a day of that month", async () => {
    expect(metaOf(POLL).period).toBe("June 2195");
    const a = await ask("what did the 7 june meeting decide about the pinfold well?");
    expect(a.found).toBe(false);
  });
});
