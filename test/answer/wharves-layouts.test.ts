/**
 * Papers of the Canal Wharves Working Group in the layouts of other tools (see helpers/papers-wharves): a
 * Word pack whose figures are a native chart and whose key dates are SmartArt, carrying the draft minutes
 * and the actions of the last meeting; a Telegram Desktop chat export; a whiteboard exported as one huge
 * PDF page.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import {
  CARD,
  CHART_ROWS,
  CHAT_APOLOGY,
  CHAT_FILE,
  CHAT_FOLLOW_UP,
  CHAT_REPLY_WITH_FILE,
  DONE_ACTION,
  MEASURE_RED,
  NOVEMBER_DECLARATION,
  OPEN_ACTION,
  VOTE_STICKIES,
  wharvesChartPackDocx,
  wharvesTelegramHtml,
  wharvesWhiteboardPdf,
} from "../helpers/papers-wharves.js";

let assistant: Assistant;
let corpus: string;
const PACK = "cwwg-agenda-pack-2172-03-14";
const CHAT = "cwwg-members-chat-export-2172-03-12";
const BOARD = "cwwg-workshop-board-2172-01-25";

const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;
const ask = (q: string) => assistant.answerer.ask(q);

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${PACK}.docx`), await wharvesChartPackDocx());
  writeFileSync(join(corpus, `${CHAT}.html`), wharvesTelegramHtml());
  writeFileSync(join(corpus, `${BOARD}.pdf`), await wharvesWhiteboardPdf());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a Word pack with a native chart and a SmartArt graphic", () => {
  it("reads the chart's cached figures as a table in its number format, headed from its workbook", async () => {
    const { text } = await loadFile(join(corpus, `${PACK}.docx`));
    expect(text).toContain("Moorings let by quarter\n");
    expect(text).toMatch(/^Quarter\t2170\/71\t2171\/72$/m);
    expect(text).toMatch(/^Q2 \(Jul–Sep\)\t1,702\t1,538$/m);
    // (The point the chart does not have yet is an empty cell, not a figure.)
    expect(text).toMatch(/^Q4 \(Jan–Mar\)\t1,327\t?$/m);
    expect(CHART_ROWS).toHaveLength(4);
  });

  it("reads the SmartArt's nodes in the order the graphic shows them, each node's lines on one line", async () => {
    const { text } = await loadFile(join(corpus, `${PACK}.docx`));
    expect(text).toContain("- 3 April 2172 – Towpath campaign launch\n- 14–20 May 2172 – Canal Safety Week\n- 1 June 2172 – Wharf dashboard opens to residents");
  });

  it("dates the last meeting's minutes in the pack by their title, not by the meeting that is to approve them", () => {
    const attendance = assistant.index.recordsOf("attendance").filter((r) => r.docId === PACK);
    expect(attendance.length).toBeGreaterThan(0);
    expect(new Set(attendance.map((r) => r.meetingDate))).toEqual(new Set(["2171-11-23"]));
  });

  it("covers the day of the last meeting whose minutes it carries, so what was declared there is found", async () => {
    expect(metaOf(PACK).kind).toBe("board agenda pack");
    expect(metaOf(PACK).covers).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "day", iso: "2171-11-23" })]));
    const a = await ask("any declarations of interest at the november meeting?");
    expect(a.citations.some((c) => c.docId === PACK && c.quote.includes(NOVEMBER_DECLARATION.slice(0, 40)))).toBe(true);
    // (Read as the November meeting's declaration, not the pack's own meeting's.)
    const declared = assistant.index.recordsOf("declaration").filter((r) => r.docId === PACK);
    expect(declared.map((r) => [r.person, r.meetingDate])).toEqual([["Desmond Harrowgate", "2171-11-23"]]);
    expect(a.answer).toMatch(/Desmond Harrowgate declared an interest in item 5[^\n]*23 November 2171/);
  });

  it("covers the quarter its tables are titled by", async () => {
    expect(metaOf(PACK).covers).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "quarter", quarter: 3, financialYear: "2171/72" })]));
    const a = await ask("which measures are red at q3?");
    expect(a.answer).toContain(MEASURE_RED[0]);
  });

  it("lists the open actions of the meeting the question names, from the later pack that reports them", async () => {
    const a = await ask("which actions from the nov meeting are still open?");
    expect(a.answer).toContain(OPEN_ACTION[0]);
    expect(a.answer).not.toContain(DONE_ACTION[0]);
    // (Actions, not the measures beside them.)
    expect(a.answer).not.toContain(MEASURE_RED[0]);
  });
});

describe("a Telegram Desktop chat export", () => {
  it("reads each message as one line opened by its time and sender, without the avatars' initials", async () => {
    const { text } = await loadFile(join(corpus, `${CHAT}.html`));
    expect(text).toContain(`${CHAT_APOLOGY.time} ${CHAT_APOLOGY.name}: ${CHAT_APOLOGY.text}`);
    expect(text).toContain("09:40 Ottoline B (Chair) (In reply to this message): Yes – it will be in item 4.");
    expect(text).not.toMatch(/^(?:PM|OB|HO|LW|IS)$/m);
    // (A follow-up drawn without a name keeps its time only: no name is put in its line.)
    expect(text).toMatch(new RegExp(`^09:21 ${CHAT_FOLLOW_UP.replace(/[?]/g, "\\?")}$`, "m"));
    // (A file between the name and the words keeps its place; the chat's files are not dropped.)
    expect(text).toMatch(new RegExp(`^10:02 Henrietta Oakes:\\n+${CHAT_FILE}\\n+9\\.6 KB\\n+Appendix A for item 5`, "m"));
    // (A reply with a file: its mark said once, in the opening line.)
    const reply = text.slice(text.indexOf("10:04 Henrietta Oakes"), text.indexOf(CHAT_REPLY_WITH_FILE));
    expect(reply).toMatch(/^10:04 Henrietta Oakes \(In reply to this message\):/);
    expect(reply.match(/In reply to/g)).toHaveLength(1);
  });

  it("quotes a member's message whole, with who sent it", async () => {
    const a = await ask("what did Leo say about the 14th?");
    const quote = a.citations.find((c) => c.docId === CHAT)?.quote ?? "";
    expect(quote).toContain(`${CHAT_APOLOGY.name}: Apols from me for the 14th too`);
  });
});

describe("a whiteboard exported as one huge PDF page", () => {
  it("reads each sticky as one paragraph, its count typed under it beside it, not the board's rows run together", async () => {
    const { text } = await loadFile(join(corpus, `${BOARD}.pdf`));
    for (const [sticky, count] of VOTE_STICKIES) expect(text).toMatch(new RegExp(`^${sticky}\\n+${count} dots$`, "m"));
    // (Stickies side by side in other frames are not one line with the vote's.)
    expect(text).toMatch(/^Moorings data now monthly from every council\n+Marisol Quince$/m);
    expect(text).not.toMatch(/Millbrook.*Moorings data/);
    expect(text).toMatch(new RegExp(`^${CARD.title}$`, "m"));
  });

  it("is dated by the day its opening lines hold the workshop on, though titled by the year it plans for", () => {
    const meta = metaOf(BOARD);
    expect(meta.date).toBe("2172-01-25");
    expect(meta.covers).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "day", iso: "2172-01-25" }), expect.objectContaining({ kind: "financial_year", financialYear: "2172/73" })]));
  });

  it("answers a sticky's vote count, quoting the count beside its sticky", async () => {
    const a = await ask("how many dots did lighting the towpath get?");
    expect(a.answer).toMatch(/Light the towpath between the two wharves\s+11 dots/);
    // (The count goes with the sticky above it, not with the next sticky.)
    expect(a.answer).not.toMatch(/\b11 dots\s+Freeze wharf rents/);
  });
});
