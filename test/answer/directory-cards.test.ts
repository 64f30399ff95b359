/**
 * Members' cards on a web page (test/helpers/papers-floodrisk.ts): roles given only in each card's list of
 * the bodies the member sits on, the page dated by its "Last updated" line; and a membership table that
 * counts the meetings each member attended; a decision log whose records' status is a metadata bullet.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { floodRiskAnnualReportMd, floodRiskDecisionLogMd, floodRiskGrantsMd, floodRiskSurveyTxt, floodRiskDirectoryHtml, floodRiskMinutesMd, floodRiskNoteTxt } from "../helpers/papers-floodrisk.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "flood-risk-task-group-members-directory.html"), floodRiskDirectoryHtml);
  writeFileSync(join(corpus, "flood-risk-task-group-annual-report-2030-31.md"), floodRiskAnnualReportMd);
  writeFileSync(join(corpus, "flood-risk-task-group-minutes-2031-07-08.md"), floodRiskMinutesMd);
  writeFileSync(join(corpus, "flood-risk-task-group-note-2031-10-15.txt"), floodRiskNoteTxt);
  writeFileSync(join(corpus, "flood-risk-task-group-decision-log.md"), floodRiskDecisionLogMd);
  writeFileSync(join(corpus, "flood-risk-task-group-shoreline-grants-2031-10-15.md"), floodRiskGrantsMd);
  writeFileSync(join(corpus, "flood-risk-task-group-coastal-survey-2031.txt"), floodRiskSurveyTxt);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quoted = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");

describe("a directory of members' cards", () => {
  it("dates the page by its last update, not by the month its cards mention most", () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId.includes("directory"))!;
    expect(doc.meta.date).toBe("2031-10");
    // (Also as a file's metadata writes the day: "Last updated: 2031-10-20".)
    const log = assistant.index.documents.find((d) => d.meta.docId.includes("decision-log"))!;
    expect(log.meta.date).toBe("2031-10");
  });

  it("reads the role on the body from the card's list of bodies, typed with a space for the hyphen", async () => {
    const a = await ask("who's vice chair of the flood risk task group now?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Oswin Blaxhall");
    expect(a.answer).not.toContain("Walberswick");
    expect(quoted(a)).toContain("Flood-risk and Coastal Erosion Task Group – Vice-Chair (from 1 October 2031)");
  });

  it("lists every holder of a role, whatever order the cards are in", async () => {
    const a = await ask("who are the deputy chairs of the task group");
    expect(a.answer).toContain("Idris Dunwich");
    expect(a.answer).toContain("Rosalind Hemsby");
    expect(a.answer).not.toContain("Ambridge");
  });

  it("keeps a member who was a substitute until lately as a member", async () => {
    const a = await ask("which labour cllrs are on the task group incl subs");
    expect(a.answer).toContain("Kessingland");
    expect(a.answer).toContain("Carrow");
    expect(a.answer).not.toContain("Pakefield");
  });

  it("gives a member's roles on other bodies from their card", async () => {
    const a = await ask("what other lga committees is cllr dunwich on");
    expect(a.answer).toContain("Rural Services Panel");
  });
});

describe("a membership table counting the meetings attended", () => {
  it("answers who had the worst attendance from the count column", async () => {
    const a = await ask("who had the worst attendance last year");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Perpetua Ambridge");
    expect(quoted(a)).toContain("Cllr Perpetua Ambridge | Hull City Council | Labour | Member | 1");
  });

  it("still reads the table as the year's membership", async () => {
    const a = await ask("who was vice chair of the task group in 2030/31?");
    expect(a.answer).toContain("Walberswick");
  });
});

describe("what the registers and status columns do not hold", () => {
  it("answers who chaired a month's meeting from a note, not from another meeting's register", async () => {
    const a = await ask("who chaired the shoreline grants item at the october meeting?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Idris Dunwich");
    expect(a.answer).not.toMatch(/8 July 2031 meeting/);
  });

  it("reads a status typed short ('carried fwd') as the report's word", async () => {
    const a = await ask("which governance actions are carried fwd?");
    expect(a.answer).toContain("FR-02");
    expect(a.answer).not.toContain("FR-01");
  });
});

describe("a decision log of markdown records", () => {
  it("lists the records of a status by the status's word, with what the status line says after it", async () => {
    const a = await ask("has anything in the decision log been superseded?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("FRD-01");
    expect(a.answer).toContain("superseded by FRD-03");
    expect(a.answer).not.toContain("FRD-02");
    // (Quoted as its reader sees it: the link's words without its target.)
    expect(quoted(a)).toContain("Status: superseded by FRD-03");
  });

  it("reads 'not made yet' as no words of the subject", async () => {
    const a = await ask("any decisions in the log still only proposed / not made yet?");
    expect(a.answer).toContain("FRD-04");
    expect(a.answer).not.toContain("FRD-02");
  });
});

describe("a sentence that announces what follows", () => {
  it("quotes its paragraph whole, so both weaknesses it announces are given", async () => {
    const a = await ask("what weaknesses did the governance review find?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("two weaknesses");
    expect(a.answer).toContain("register of interests");
    expect(quoted(a)).toContain("Second, an interest that a member declared");
  });
});

describe("what later papers say of a record", () => {
  it("adds the later mention of an action's reference to the action's row when asked what has happened since", async () => {
    const a = await ask("FR-02 was carried forward in the annual report – has it been done since?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Carried forward");
    expect(a.answer).toMatch(/Later: Chosen option: "Sign the protocol as drafted", so action FR-02 of the annual report is completed/);
    expect(quoted(a)).toContain("so action FR-02 of the annual report is completed, three months late");
  });

  it("does not add later papers when the question does not ask what has happened since", async () => {
    const a = await ask("what is the status of FR-02?");
    expect(a.answer).not.toContain("Later:");
  });
});

describe("a document's list of contents", () => {
  it("is not quoted as an answer: the section it names is", async () => {
    const a = await ask("why was the shoreline grants closing date moved later?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("because the guidance was late");
    expect(a.answer).not.toMatch(/FRD-02: Coastal change toolkit launch/);
  });
});

describe("a table of bids with dashes for no award", () => {
  it("lists the rows of an outcome the question names, the dashes being no ratings", async () => {
    const a = await ask("which shoreline grant bids ended up on the reserve list?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Thorpeness");
    expect(a.answer).toContain("Bude");
    expect(a.answer).not.toContain("Ainsdale");
  });
});

describe("a question asking what a study found", () => {
  it("is declined when the papers only plan to use the study", async () => {
    const a = await ask("what did the independent evaluation of the toolkit pilot conclude?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/no findings or conclusions/);
  });

  it("is answered when the papers say what it found", async () => {
    const a = await ask("what did the review of 2030/31 find?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("two weaknesses");
  });
});

describe("whom to contact about a document that is not a board paper", () => {
  it("gives the contact line of the document the question names, run on to its next line", async () => {
    const a = await ask("who do i talk to about the coastal erosion survey results?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Morwenna Trevose");
    expect(a.answer).toContain("morwenna.trevose@local.gov.uk");
    expect(quoted(a)).toContain("Contact: Morwenna Trevose, Research Adviser, 020 7946 0388,");
  });
});
