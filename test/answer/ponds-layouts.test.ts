/**
 * Papers of the invented Village Ponds Task Group in two PDF layouts: a programme report whose statuses
 * are coloured circles over invisible alt text, beside a direction-of-travel symbol and named by a key on
 * the last page, and minutes printed with line numbers in the margin.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { pondsBusinessPlanMarkdown, pondsMeetingNoticeText, pondsMinutesPdf, pondsReportPdf, pondsRiskRegisterHtml } from "../helpers/papers-ponds.js";

const REPORT = "vptg-programme-report-q2-2301-12-14.pdf";
const MINUTES = "vptg-minutes-2301-10-12.pdf";
const RISKS = "vptg-risk-register-2301-11-30.html";
const NOTICE = "vptg-officers-channel-2301-12-02.txt";
const PLAN = "vptg-business-plan-2301-02-q2.md";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, REPORT), await pondsReportPdf());
  writeFileSync(join(corpus, MINUTES), await pondsMinutesPdf());
  writeFileSync(join(corpus, RISKS), pondsRiskRegisterHtml());
  writeFileSync(join(corpus, NOTICE), pondsMeetingNoticeText());
  writeFileSync(join(corpus, PLAN), pondsBusinessPlanMarkdown());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const loaded = async (name: string) => (await loadFile(join(corpus, name))).text;

describe("statuses drawn as circles over their alt text", () => {
  it("reads each row whole, its alt text and its symbol in cells of their own", async () => {
    const text = await loaded(REPORT);
    expect(text).toContain("VPT-01\tPonds surveyed for great crested newts\t41 ponds (Q1: 30).\tGreen circle\t+\tAda Whitlock");
    expect(text).toContain("\tRed circle\t+\tBasil Ormerod");
  });

  it("lists the measures whose circle is red", async () => {
    const a = await ask("which pond measures are red?");
    expect(a.answer).toContain("VPT-02");
    expect(a.answer).toContain("VPT-03");
    expect(a.answer).not.toContain("VPT-04");
  });

  it("gives a grey circle the key's words", async () => {
    const a = await ask("pond health index - what status is it on?");
    expect(a.answer).toContain("Not yet due");
  });

  it("gives the direction of travel in the words of the key", async () => {
    const a = await ask("VPT-02 is red but is it at least going the right way?");
    expect(a.answer).toContain("Improved since Quarter 1");
  });
});

describe("a budget table whose headers are set right", () => {
  it("reads a header's wrapped line with the line above it that ends where it ends", async () => {
    const text = await loaded(REPORT);
    expect(text).toContain("Budget line\tBudget 2301/02\tSpend to 30 September 2301\tForecast outturn\tVariance");
  });
});

describe("a report's front sheet", () => {
  it("gives what the board is being asked to decide as the paper's recommendations", async () => {
    const a = await ask("what's the task group being asked to decide in the Q2 ponds report?");
    expect(a.answer).toContain("May 2302");
  });

  it("gives the contact for a paper named by its item", async () => {
    const a = await ask("contact for the ponds programme item? need a phone number");
    expect(a.answer).toMatch(/^Contact officer/);
    expect(a.answer).toContain("Ada Whitlock");
  });
});

describe("minutes printed with line numbers in the margin", () => {
  it("keeps a number inside a paragraph where a copy has it, and a number opening a block on a line of its own", async () => {
    const text = await loaded(MINUTES);
    expect(text).toContain("with newts 10 until a licence had been granted.");
    expect(text).toContain("\n3 Volunteer training");
    expect(text).not.toContain("15 3 Volunteer");
    expect(text).toContain("\nApologies were received");
  });

  it("answers what was agreed about a subject, from the item that records a decision on it", async () => {
    const a = await ask("what did the task group agree in october about dredging?");
    expect(a.answer).toContain("should not start at any pond with newts");
    expect(a.answer).toMatch(/item 2\b/);
  });

  it("answers whether a meeting named by its month did a thing from its decisions", async () => {
    const a = await ask("oct meeting - did the task group stop the dredging?");
    expect(a.answer).toMatch(/^Decision, Village Ponds Task Group, 12 October 2301, item 2\b/);
    expect(a.answer).toContain("should not start at any pond with newts");
  });
});

describe("a risk register's bands named before their scores", () => {
  it("gives the scores that make a risk high, from the register's key", async () => {
    const a = await ask("risk reg - what score makes a risk high?");
    expect(a.answer).toMatch(/^A risk is High when its score is 15 to 25\b/);
    expect(a.citations.some((c) => c.quote.includes("Rating bands: Low 1 to 6, Medium 8 to 12, High 15 to 25."))).toBe(true);
  });
});

describe("a name withheld from the published minutes", () => {
  it("says the papers withhold it rather than answering with the passage", async () => {
    const a = await ask("which landowner refused access for the newt survey?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/^The papers I hold withhold it/);
    expect(a.answer).toContain("[REDACTED - para 3]");
  });
});

describe("a meeting's place given only in a notice of it", () => {
  it("answers where the meeting is from the notice's Where line under its day", async () => {
    const a = await ask("where's the december task group meeting being held?");
    expect(a.answer).toContain("The Boathouse, Mere Lane, Cheadle Hulme");
    expect(a.citations.some((c) => c.quote.includes("The Boathouse"))).toBe(true);
  });
});

describe("a business plan's commitments ticked by quarter", () => {
  it("gives a commitment's delivery confidence and the note its reference opens", async () => {
    const a = await ask("is the pond warden scheme on track?");
    expect(a.answer).toContain("VBP-01");
    expect(a.answer).toContain("Delivery confidence: High");
    expect(a.answer).toContain("22 of the 30 warden places have been filled");
  });
});

describe("a meeting whose minutes are not held, debriefed in a message", () => {
  it("lists the actions the note of that day gives", async () => {
    const a = await ask("what actions came out of the 14 dec task group meeting - who's doing what?");
    expect(a.answer).toContain("re-advertise the dredging contract by Friday 13 January 2302");
    expect(a.answer).toContain("Ada: write to the two landowners");
    expect(a.citations.some((c) => c.quote.includes("Basil: re-advertise"))).toBe(true);
  });
});
