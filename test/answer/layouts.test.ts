/**
 * Answers over papers of several boards in layouts of their own (test/helpers/papers.ts): each answer
 * names its board and never gives one board's record as another's; rating words, minutes, periods by what
 * a document covers, and quotes kept word for word.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { auditMinutesHtml, culturePaperPdf, fireAttendanceTxt, resourcesBoardPackDocx, workforceUpdateMd } from "../helpers/papers.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "resources-board-2022-03-09.docx"), await resourcesBoardPackDocx());
  writeFileSync(join(corpus, "culture-paper-2022-06-14.pdf"), await culturePaperPdf());
  writeFileSync(join(corpus, "audit-minutes.html"), auditMinutesHtml);
  writeFileSync(join(corpus, "workforce-update.md"), workforceUpdateMd);
  writeFileSync(join(corpus, "fire-attendance.txt"), fireAttendanceTxt);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);

describe("answers keep to the board asked about", () => {
  it("gives each board's vice-chair from its own list", async () => {
    const culture = await ask("who is the vice chair of the culture, tourism and sport board?");
    expect(culture.found).toBe(true);
    expect(culture.answer).toContain("Rosa Lyle");
    expect(culture.answer).not.toContain("Chidi Okonkwo");
    const resources = await ask("who's vice-chair of the resources board?");
    expect(resources.answer).toContain("Chidi Okonkwo");
    expect(resources.answer).not.toContain("Rosa Lyle");
    expect(resources.answer).toContain("Resources Board");
  });

  it("lists a board's substitutes from lists under group headings", async () => {
    const a = await ask("who are the substitutes on the culture tourism and sport board?");
    expect(a.answer).toContain("Peter Quinn");
    expect(a.answer).toContain("Sam Tate");
    expect(a.answer).not.toContain("Omar Siddiqui");
  });
});

describe("ratings as reports write them", () => {
  it("'off track' and letter codes", async () => {
    const a = await ask("which workforce objectives were off track?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("WF2");
    expect(a.answer).not.toContain("WF1");
    const ag = await ask("anything rated A/G in the workforce update?");
    expect(ag.answer).toContain("WF3");
    expect(ag.answer).not.toContain("WF4");
  });

  it("a report known only by its month answers for its quarter", async () => {
    const a = await ask("which workforce objectives were red in Q2 2021/22?");
    expect(a.answer).toContain("WF2");
  });
});

describe("minutes", () => {
  it("who introduced an item, what was resolved, who sent apologies", async () => {
    const intro = await ask("who introduced the pension fund valuation item at the audit committee?");
    expect(intro.answer).toContain("Helen Marsh");
    expect(intro.citations[0]!.quote).toContain("introduced the item");
    const resolved = await ask("what did the audit committee decide on the external audit plan?");
    expect(resolved.answer).toContain("approves the external audit plan");
    const apologies = await ask("apologies at the audit committee on 16/3/22?");
    expect(apologies.answer).toContain("Kieran Dodd");
    expect(apologies.answer).toContain("Lucy Eames");
    expect(apologies.answer).not.toContain("Ian Bright");
  });

  it("keeps '<' and '>' of the document in the quote it shows", async () => {
    const a = await ask("what materiality did the external auditors set for the audit committee?");
    expect(a.found).toBe(true);
    const quote = a.citations.map((c) => c.quote).find((q) => q.includes("Materiality"));
    expect(quote).toContain("scores < 8 with impact > 4 are reported");
    for (const c of a.citations) expect(assistant.engine.isVerbatim(c.docId, c.quote)).toBe(true);
  });
});

describe("papers and periods", () => {
  it("a single paper's contact officer, and its month found as a period", async () => {
    const contact = await ask("who's the contact officer for the libraries recovery fund paper?");
    expect(contact.answer).toContain("Ruth Ambrose");
    const june = await ask("what board papers are there for June 22?");
    expect(june.found).toBe(true);
    expect(june.answer).toContain("Libraries recovery fund");
  });

  it("a risk by what it is about, with likelihood and impact read from their own columns", async () => {
    const a = await ask("what's the risk score for industrial action over pay, and who owns it?");
    expect(a.answer).toMatch(/likelihood 2/);
    expect(a.answer).toContain("Naomi Reid");
  });

  it("'latest report' means the newest report, not the newest file", () => {
    const scope = assistant.engine.periodScope(assistant.engine.parse("what did the latest report say about apprenticeships?"));
    expect(scope.docs.map((d) => d.meta.kind)).toEqual(["performance report"]);
  });
});
