/**
 * The Pest Control Panel's papers (test/helpers/papers-pests.ts): a typeset PDF report with note marks and
 * a budget table under a two-line header, a members' database export, wiki notes of a meeting and a
 * survey's results page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { pestsMembershipCsv, pestsReportPdf, pestsSurveyHtml, pestsTermsMd, pestsTrackerMd, pestsWikiNotesHtml } from "../helpers/papers-pests.js";

const REPORT = "pest-control-panel-half-year-report-2060-61.pdf";
const EXPORT = "pest-control-panel-membership-export-2060-11-01.csv";
const NOTES = "pest-control-panel-notes-2060-10-02.html";
const SURVEY = "pest-control-survey-2060.html";
const TERMS = "pest-control-panel-terms-of-reference-2060-61.md";
const TRACKER = "pest-control-panel-tracker-2060-61-q2.md";

let assistant: Assistant;
let corpus: string;

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, REPORT), await pestsReportPdf());
  writeFileSync(join(corpus, EXPORT), pestsMembershipCsv);
  writeFileSync(join(corpus, NOTES), pestsWikiNotesHtml);
  writeFileSync(join(corpus, SURVEY), pestsSurveyHtml);
  writeFileSync(join(corpus, TERMS), pestsTermsMd);
  writeFileSync(join(corpus, TRACKER), pestsTrackerMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const metaOf = (file: string) => assistant.index.documents.find((d) => d.meta.docId === file.replace(/\.\w+$/, ""))!.meta;

describe("a typeset PDF report", () => {
  it("writes note marks set small and raised as superscripts on the line they mark", async () => {
    const { text } = await loadFile(join(corpus, REPORT));
    expect(text).toContain("in the first half of the year.¹");
    expect(text).toContain("¹ Councils charge residents");
    expect(text).toContain("(% of call-outs)ᵃ\t81%");
    expect(text).not.toMatch(/^1$/m);
  });

  it("reads a header wrapped over two lines and set right over its figures as the table's header", async () => {
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === metaOf(REPORT).docId && c.rowLabel === "Baiting contracts");
    expect(cells.map((c) => `${c.column}: ${c.value}`)).toEqual(expect.arrayContaining(["Spent to 30 Sep: 6,300", "Forecast outturn: 30,000"]));
    const a = await ask("baiting contracts budget line - whats the forecast outturn?");
    expect(a.answer).toContain("30,000");
  });

  it("is the half-year's report of the board its comma-separated line names", () => {
    expect(metaOf(REPORT)).toMatchObject({ board: "Pest Control Panel", period: "first half of 2060/61" });
  });
});

describe("a members' database export", () => {
  it("reads each appointment as a member, roles and parties by the export's own codes", () => {
    const members = assistant.index.recordsOf("member").filter((m) => m.docId === metaOf(EXPORT).docId);
    const of = (person: string) => members.find((m) => m.person === person);
    expect(of("Ossian Brightwater")).toMatchObject({ role: "vice-chair", group: "Labour", council: "Hull City Council", board: "Pest Control Panel", term: "2060/61" });
    expect(of("Tamsin Gorringe")?.role).toBe("substitute");
  });

  it("leaves out an appointment that ended before the export was run", () => {
    const members = assistant.index.recordsOf("member").filter((m) => m.docId === metaOf(EXPORT).docId);
    expect(members.map((m) => m.person)).not.toContain("Ivo Dunstable");
    expect(members.map((m) => m.person)).toContain("Elowen Fairweather");
  });

  it("is dated by its file's name and belongs to the body its Committee column names", () => {
    expect(metaOf(EXPORT)).toMatchObject({ date: "2060-11-01", board: "Pest Control Panel" });
  });
});

describe("notes of a meeting on a wiki page", () => {
  it("is dated by the page title's day and names the body its infobox gives", () => {
    expect(metaOf(NOTES)).toMatchObject({ date: "2060-10-02", board: "Pest Control Panel" });
  });

  it("reads attendance from the sections under 'Attendance', each heading's '[edit]' aside", async () => {
    const a = await ask("who sent apologies to the october pest control panel meeting?");
    expect(a.answer).toContain("Delphine Carrow");
    expect(a.answer).not.toContain("Ossian Brightwater");
    const present = assistant.index.recordsOf("attendance").filter((r) => r.docId === metaOf(NOTES).docId && r.present === true);
    expect(present.map((r) => r.person)).toEqual(expect.arrayContaining(["Rosamund Amberley", "Ossian Brightwater", "Elowen Fairweather"]));
    expect(present.find((r) => r.person === "Ossian Brightwater")).toMatchObject({ role: "Vice-Chair", council: "Hull City Council" });
  });

  it("says it holds no attendance for a day with no meeting, rather than giving other meetings'", async () => {
    const a = await ask("who sent apologies for the 14 nov panel meeting");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("14 November");
    expect(a.answer).not.toContain("Delphine Carrow");
  });

  it("keeps the '[edit]' a reader sees beside each heading in the text", async () => {
    const { text } = await loadFile(join(corpus, NOTES));
    expect(text).toContain("Apologies[edit]");
  });
});

describe("a survey's results page", () => {
  it("titles each card's table by the line the card names as its label, links beside a count spaced", async () => {
    const { text } = await loadFile(join(corpus, SURVEY));
    expect(text).toMatch(/#+ 1\. Does your council charge residents for treating rats\?/);
    expect(text).toContain("More details Insights 120 responses");
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === metaOf(SURVEY).docId && c.rowLabel === "Yes, for every treatment");
    expect(cells[0]?.table).toContain("Does your council charge residents for treating rats?");
  });

  it("does not read a card's count of answers or its average as a heading, a title or a target", () => {
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === metaOf(SURVEY).docId);
    expect(cells.some((c) => /More details|responses/.test(c.table))).toBe(false);
    expect(cells.find((c) => c.rowLabel === "5 stars")?.table).toBe("4. How confident are you that your council can meet its pest control duties in full in 2062/63?");
    expect(assistant.index.recordsOf("target").filter((t) => t.docId === metaOf(SURVEY).docId)).toEqual([]);
  });

  it("finds an answer option by the figures and the 'more than' the question gives", async () => {
    const a = await ask("what % of councils said rat treatment costs went up more than 20 percent");
    expect(a.answer).toContain("25%");
    expect(a.answer).not.toContain("42%");
  });

  it("answers the year a card asks about, though no paper covers that year, with the card's average", async () => {
    const a = await ask("avg confidence rating for meeting pest control duties in 62/63?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("3.42 Average Rating");
  });

  it("names the option most chosen, its count and its share, when the question names neither column", async () => {
    const a = await ask("what would help councils most with pests, in the survey?");
    expect(a.answer).toMatch(/^Funding for treatments in social housing: 90 \(Responses\), 75% \(%\)/);
  });
});

describe("a tracker of rated indicators beside a budget table", () => {
  it("names a numbered table by its own caption, not by the caption above it read as a heading", () => {
    const budget = assistant.index.recordsOf("cell").find((c) => c.docId === metaOf(TRACKER).docId && c.rowLabel === "Pest webinars for officers");
    expect(budget?.table).toBe("Table 4: Budget 2060/61 at 30 September 2060 (£)");
  });

  it("answers how many from a rated indicator's figures, not from a budget line of the same words", async () => {
    const a = await ask("how many officers have been on the pest webinars?");
    expect(a.answer).toContain("212");
    expect(a.answer).not.toContain("36,000");
  });

  it("does not give an indicator's rate for how many", async () => {
    const a = await ask("how many treatment requests were answered within two days?");
    expect(a.answer).not.toMatch(/Q2:? 68%/);
  });
});

describe("terms of reference listing office holders, members by group and substitutes after their group", () => {
  const membersOf = () => assistant.index.recordsOf("member").filter((m) => m.docId === metaOf(TERMS).docId);

  it("reads council and group from one bracket after an office holder", () => {
    expect(membersOf().find((m) => m.person === "Rosamund Amberley" && m.role === "chair")).toMatchObject({ council: "Fenland District Council", group: "Conservative" });
  });

  it("reads 'Labour: Cllr …' lines under 'Substitutes' as substitutes of that group, and the last group's member as a member", () => {
    const subs = membersOf().filter((m) => m.role === "substitute");
    expect(subs.map((m) => `${m.person} (${m.group})`).sort()).toEqual(["Jago Penhaligon (Labour)", "Morwenna Treloar (Liberal Democrat)", "Tamsin Gorringe (Conservative)"]);
    expect(membersOf().find((m) => m.person === "Delphine Carrow")?.role).toBe("member");
  });

  it("does not list someone a sentence says stood down", () => {
    expect(membersOf().map((m) => m.person)).not.toContain("Crispin Yelland");
  });

  it("answers who replaced someone with the sentence after the one saying they stood down", async () => {
    const a = await ask("who replaced cllr yelland on the pest control panel?");
    expect(a.answer).toContain("Elowen Fairweather");
  });
});
