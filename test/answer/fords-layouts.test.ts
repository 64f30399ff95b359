/**
 * The Fords and Stepping Stones Task Group's papers (invented): an agenda pack whose papers are files
 * attached to the PDF, a BI tool's crosstab in long form, a report writer's RTF of placed frames and a web
 * app's minutes page whose actions are only in its page data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { structure } from "../../src/ingest/structure.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { fordsAgendaPackPdf, fordsCoverWithPaperclipPdf, fordsCrosstabCsv, fordsMembershipRtf, fordsMinutesHtml, fordsSurveySlidesPdf } from "../helpers/papers-fords.js";

const PACK = "frtg-agenda-pack-2448-02-14.pdf";
const CROSSTAB = "frtg-measures-by-quarter-crosstab-2448-01-20.csv";
const MEMBERSHIP = "frtg-membership-report.rtf";
const MINUTES = "frtg-minutes-2447-10-12.html";
const SLIDES = "frtg-ford-surveys-slides-2447-10-12.pdf";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, PACK), await fordsAgendaPackPdf());
  writeFileSync(join(corpus, CROSSTAB), fordsCrosstabCsv());
  writeFileSync(join(corpus, MEMBERSHIP), fordsMembershipRtf());
  writeFileSync(join(corpus, MINUTES), fordsMinutesHtml());
  writeFileSync(join(corpus, SLIDES), await fordsSurveySlidesPdf());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const lines = async (name: string) => (await loadFile(join(corpus, name))).text.split("\n").map((l) => l.trimEnd());

describe("an agenda pack whose papers are files attached to the PDF", () => {
  it("reads each attached file after the pack's pages, under its name, on no page of the pack", async () => {
    const loaded = await loadFile(join(corpus, PACK));
    const text = loaded.text.split("\n");
    const paper = text.indexOf("# Attachment: FRTG 14-02-2448 Item 4 Ford Gauge Grants.docx");
    const register = text.indexOf("# Attachment: FRTG 14-02-2448 Item 5 Risk register.pdf");
    expect(paper).toBeGreaterThan(text.findIndex((l) => l.includes("Programme risk register")));
    expect(register).toBeGreaterThan(paper);
    expect(text).toContain("Key decision\tYes: the grants total more than £50,000");
    expect(text.some((l) => l.startsWith("FSR-04\tDrivers ignore closure signs at flooded fords\tJT\t3\t5\t15\tRed"))).toBe(true);
    expect(loaded.unpagedFrom).toBeLessThanOrEqual(loaded.text.indexOf("Attachment:"));
    expect(loaded.pages!.at(-1)!.end).toBeLessThanOrEqual(loaded.unpagedFrom!);
  });

  it("reads a file pinned to a page as a paperclip note too", async () => {
    const path = join(tempDir(), "frtg-late-paper-cover.pdf");
    writeFileSync(path, await fordsCoverWithPaperclipPdf());
    const text = (await loadFile(path)).text.split("\n");
    expect(text).toContain("# Attachment: frtg-late-paper-hatherby.txt");
    expect(text).toContain("The relaying of the Hatherby stepping stones is costed at £6,500 and would take three weeks.");
  });

  it("answers a paper's front sheet and the attached register's red risks, owners named from the key", async () => {
    const paper = await assistant.answerer.ask("is the ford gauge grants item a key decision?");
    expect(paper.answer).toContain("Yes: the grants total more than £50,000");
    const risks = await assistant.answerer.ask("which risks are red on the programme risk register?");
    expect(risks.answer).toContain("FSR-01");
    expect(risks.answer).toContain("FSR-04");
    expect(risks.answer).not.toContain("FSR-02");
    expect(risks.answer).toContain("Jasper Thorne");
    // (Quoted from the attached file's rows, cited without a page of the pack.)
    const row = risks.citations.find((c) => c.quote.startsWith("FSR-04"));
    expect(row?.locator).not.toMatch(/\bp\. \d/);
  });
});

describe("a BI tool's crosstab in long form", () => {
  it("reads each measure's rows as one row, a column per measure and quarter", async () => {
    const text = await lines(CROSSTAB);
    expect(text[0]).toBe(
      "Theme\tRef\tMeasure\tLead Member\tQ1 2447/48 Target\tQ1 2447/48 Actual\tQ1 2447/48 Status\tQ1 2447/48 Commentary\tQ2 2447/48 Target\tQ2 2447/48 Actual\tQ2 2447/48 Status\tQ2 2447/48 Commentary",
    );
    expect(text).toContain("Restoration\tFS-02\tFords passable on inspection days\tCllr Edwina Quarrell\t90%\t88%\tGreen\tWet spring\t90%\t71%\tRed\tFourteen fords closed after the July storms in Fenbridge");
  });

  it("is of the quarters its status columns rate", async () => {
    const path = join(corpus, CROSSTAB);
    const meta = inferMetadata(path, structure(await loadFile(path)));
    expect(meta.covers.some((c) => c.kind === "quarter" && c.quarter === 2 && c.financialYear === "2447/48")).toBe(true);
  });

  it("answers the quarter's reds with the quarter's commentary, quoting the measure's lines as the file has them", async () => {
    const answer = await assistant.answerer.ask("which FS measures were red in q2?");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("FS-02");
    expect(answer.answer).not.toContain("FS-03");
    const quote = answer.citations.find((c) => c.quote.includes("FS-02"))?.quote ?? "";
    expect(quote).toContain("Status | Green | Red");
    expect(quote).toContain("Fourteen fords closed after the July storms in Fenbridge");
  });
});

describe("a report writer's RTF of placed frames", () => {
  it("reads frames on one line as a row under the column headings, the page header once and no page footer", async () => {
    const text = await lines(MEMBERSHIP);
    expect(text).toContain("Member\tCouncil\tRole\tLead member for\tAppointed");
    expect(text).toContain("Cllr Edwina Quarrell\tFenbridge District Council\tChair\tRestoration\t01/06/2447");
    expect(text).toContain("Cllr Ignatius Wode\tHatherby Borough Council\tLabour\tAny Labour member");
    expect(text.filter((l) => l === "Membership report")).toHaveLength(1);
    expect(text.some((l) => /Page \d of 2/.test(l))).toBe(false);
    expect(text).toContain("Printed: 03/02/2448 08:40");
  });

  it("answers a group's members and the named substitutes", async () => {
    const labour = await assistant.answerer.ask("who are the labour members of the fords task group?");
    expect(labour.answer).toContain("Barnabas Lowe");
    expect(labour.answer).toContain("Cressida Penhallow");
    expect(labour.answer).not.toContain("Members in group");
    const subs = await assistant.answerer.ask("who are the named substitutes for the fords task group?");
    expect(subs.answer).toContain("Ignatius Wode");
    expect(subs.answer).toContain("Perpetua Slee");
  });
});

describe("a web app's minutes page", () => {
  it("keeps apart words its styles set apart, and writes the actions its page data holds as a table", async () => {
    const text = await lines(MINUTES);
    expect(text).toContain("Draft minutes Not yet approved. These minutes will be submitted for approval on 14 February 2448.");
    expect(text).toContain("Wednesday 12 October 2447 10:00");
    expect(text).toContain("## 3 Ford surveys");
    expect(text).toContain("Reference\tDescription\tAssignee\tDue date\tState");
    expect(text).toContain("FSA-02\tDraft the round 1 criteria for Ford Gauge Grants\tHester Mallory\t2448-01-15\topen");
  });

  it("answers the open actions, an action's owner, and who presented an item with their organisation", async () => {
    const open = await assistant.answerer.ask("which actions from the october meeting are still open?");
    expect(open.answer).toContain("FSA-02");
    expect(open.answer).toContain("FSA-03");
    expect(open.answer).not.toContain("FSA-01");
    const owner = await assistant.answerer.ask("who owns FSA-03?");
    expect(owner.answer).toContain("Jasper Thorne");
    const presented = await assistant.answerer.ask("who presented the ford surveys item in october?");
    expect(presented.answer).toContain("Linnea Gorse");
    expect(presented.answer).toContain("Osric Pennock");
  });
});

describe("a slide deck printed with its builds", () => {
  it("reads a slide shown a point at a time once, as its last step shows it, without the running headline", async () => {
    const loaded = await loadFile(join(corpus, SLIDES));
    const text = loaded.text.split("\n").map((l) => l.trim());
    expect(text.filter((l) => l === "Key findings")).toHaveLength(1);
    const findings = text.indexOf("Key findings");
    expect(text.slice(findings, findings + 5).filter((l) => l.startsWith("•"))).toHaveLength(3);
    // (The headline's parts, "Findings … Ford surveys", are left out; the short title alone atop the title slide stays.)
    expect(text.some((l) => /\S.*\bFord surveys$/.test(l))).toBe(false);
    expect(loaded.pages!.map((p) => p.number)).toEqual([1, 2, 3, 6, 7, 8]);
  });
});
