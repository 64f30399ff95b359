/**
 * Papers of the invented Public Drinking Fountains Task Group: a room plan drawn in PowerPoint and saved
 * as PDF, a work board exported after its quarter, a Teams recap page and draft minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { extractRecords } from "../../src/ingest/records/index.js";
import { structure } from "../../src/ingest/structure.js";
import type { MemberRecord, TargetRecord } from "../../src/ingest/records/schema.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { fountainsBoardCsv, fountainsHaveYourSayHtml, fountainsHighlightCsv, fountainsPanelsPdf, fountainsMinutesMarkdown, fountainsRecapHtml, fountainsSeatingPlanPdf, fountainsTasksCsv } from "../helpers/papers-fountains.js";

const PLAN = "pdftg-seating-plan-2382-01-14.pdf";
const BOARD = "pdftg-refill-board-export-2381-11-21.csv";
const RECAP = "pdftg-siting-workshop-recap.html";
const MINUTES = "pdftg-minutes-2381-10-15.md";
const HIGHLIGHT = "pdftg-highlight-report-q3-2381-82.csv";
const TASKS = "pdftg-tasks-export-2382-01-13.csv";
const HAVE_YOUR_SAY = "pdftg-fountain-sites-have-your-say.html";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, PLAN), await fountainsSeatingPlanPdf());
  writeFileSync(join(corpus, BOARD), fountainsBoardCsv());
  writeFileSync(join(corpus, RECAP), fountainsRecapHtml());
  writeFileSync(join(corpus, MINUTES), fountainsMinutesMarkdown());
  writeFileSync(join(corpus, HIGHLIGHT), fountainsHighlightCsv());
  writeFileSync(join(corpus, TASKS), fountainsTasksCsv());
  writeFileSync(join(corpus, HAVE_YOUR_SAY), fountainsHaveYourSayHtml());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const analysed = async (name: string) => {
  const path = join(corpus, name);
  const doc = structure(await loadFile(path));
  const meta = inferMetadata(path, doc);
  return { meta, records: extractRecords(doc, meta) };
};

describe("a room plan drawn as a slide", () => {
  it("reads each seat's box whole, the turned ones too, and the panel's rows", async () => {
    const text = (await loadFile(join(corpus, PLAN))).text;
    expect(text).toContain("Mic 3 Cllr Tamsin Orrell Quarndon Borough Council Lab · LM");
    expect(text).toContain("Mic 6 Cllr Bartholomew Kinch Lowick Metropolitan Borough Council Lab · S (for Cllr Ottilie Saxby)");
    expect(text).toMatch(/Mic 2\nCllr Odette Farrant\nBramcote City Council\nLD · C/);
    expect(text).toContain("Cllr Odette Farrant\tBramcote\tLD\tC");
  });

  it("reads a membership panel printed without a header, its roles and groups by the key's codes", async () => {
    const members = (await analysed(PLAN)).records.filter((r): r is MemberRecord => r.type === "member");
    const of = (person: string) => members.find((m) => m.person === person);
    expect(of("Odette Farrant")).toMatchObject({ role: "chair", council: "Bramcote", group: "Liberal Democrat" });
    expect(of("Lucan Hebblethwaite")?.role).toBe("vice-chair");
    expect(of("Ottilie Saxby")?.role).toBe("deputy chair");
    expect(of("Tamsin Orrell")?.role).toBe("lead member");
    expect(members.filter((m) => m.role === "substitute").map((m) => m.person).sort()).toEqual(["Bartholomew Kinch", "Griselda Moorcock"]);
  });

  it("answers the chair, the named substitutes, a member's microphone and who substitutes at the meeting", async () => {
    expect((await ask("who chairs the public drinking fountains task group?")).answer).toContain("Farrant");
    const subs = (await ask("named subs on the fountains task group?")).answer;
    expect(subs).toContain("Kinch");
    expect(subs).toContain("Moorcock");
    const mic = await ask("whats cllr penhallow's mic number?");
    expect(mic.answer).toContain("Mic 4");
    expect(mic.answer).not.toMatch(/no phone number/i);
    expect((await ask("who's subbing for saxby on 14 jan?")).answer).toContain("Kinch");
  });
});

describe("a work board exported after its quarter", () => {
  it("rates each measure by the column naming no quarter, the quarter's own one beside it earlier, and keeps a titled lead whole", async () => {
    const { meta, records } = await analysed(BOARD);
    // (As of the day it was exported, not the quarter's end.)
    expect(meta.date).toBe("2381-11-21");
    const targets = records.filter((r): r is TargetRecord => r.type === "target");
    const dfm3 = targets.find((t) => t.ref === "DFM-03")!;
    expect(dfm3).toMatchObject({ status: "Red", statusLabel: "Off track", leadPerson: "Cllr Ivo Penhallow" });
    expect(dfm3.otherRatings?.map((o) => [o.column, o.status])).toEqual([["Q1 health", "Amber"]]);
    // (A board leaves a row's status empty until work starts.)
    const unstarted = (await ask("any milestones not started yet?")).answer;
    expect(unstarted).toContain("DFP-03");
    expect(unstarted).not.toContain("DFP-02");
    const worse = (await ask("which fountain measures got worse between q1 and q2?")).answer;
    expect(worse).toContain("DFM-02");
    expect(worse).toContain("DFM-03");
    expect(worse).not.toContain("DFM-01");
  });
});

describe("a Teams recap and draft minutes", () => {
  it("dates a recap by its own line and reads a task's day without a year in the year its weekday fixes", async () => {
    expect((await analysed(RECAP)).meta.date).toBe("2381-11-11");
    // (Who presented: the register's rows whose role is "Presenter".)
    const presented = (await ask("who presented at the fountain siting workshop on teams?")).answer;
    expect(presented).toContain("Orrell");
    expect(presented).toContain("Rufus Yallop");
    expect(presented).not.toContain("Penhallow");
    const when = await ask("when was the draft siting guidance due to go out to councils?");
    expect(when.answer).toContain("Fri 20 Nov is Friday 20 November 2381");
  });

  it("says where minutes stand by the line that says so, and which earlier actions they report open", async () => {
    const state = await ask("are the 15 oct minutes signed off?");
    expect(state.answer).toContain("DRAFT – not yet approved by the Task Group");
    const open = await ask("which june actions were still open at the oct meeting?");
    expect(open.answer).toContain("DFA-03");
  });
});

describe("a highlight report and a work tool's export", () => {
  it("tells two columns both headed RAG apart by the quarter before each, rating by the latest", async () => {
    const targets = (await analysed(HIGHLIGHT)).records.filter((r): r is TargetRecord => r.type === "target");
    const ftn1 = targets.find((t) => t.ref === "FTN-01")!;
    expect(ftn1).toMatchObject({ status: "Red", statusLabel: "R" });
    expect(ftn1.otherRatings?.map((o) => [o.column, o.status])).toEqual([["Q2 RAG", "Green"]]);
    const red = (await ask("which ftn measures are red at q3?")).answer;
    expect(red).toContain("FTN-01");
    expect(red).not.toContain("FTN-03");
  });

  it("names the tasks by the papers' codes, not the tool's ids, with their due dates in words and their assignees", async () => {
    const targets = (await analysed(TASKS)).records.filter((r): r is TargetRecord => r.type === "target");
    expect(targets.map((t) => t.ref)).toEqual(["DFA-09", "DFA-10", "DFA-11", "PDF-44"]);
    expect(targets[0]).toMatchObject({ statusLabel: "in progress", due: "Thursday, January 22nd 2382", lead: "Rufus Yallop" });
    // (Two assignees are two people who share it, not a person and a body.)
    expect(targets[2]).toMatchObject({ lead: "Ines Marchbank, Rufus Yallop", leadPerson: "Ines Marchbank, Rufus Yallop" });
    const where = await ask("where is DFA-09 at?");
    expect(where.answer).toContain("in progress");
    expect(where.answer).not.toContain("DFA-10");
  });

  it("reads initials the papers never write as the words they do, and a count asked of a place they do not count in", async () => {
    const count = await ask("how many brs installed in q3?");
    expect(count.answer).toContain("41");
    const place = await ask("how many brs were installed in sedgeford in q3?");
    expect(place.found).toBe(false);
    expect(place.answer).toContain("Sedgeford");
  });
});

describe("a consultation page whose contacts are in a side panel", () => {
  it("reads the panel that gives the page's contacts after the page's main part, not the site's furniture", async () => {
    const text = (await loadFile(join(corpus, HAVE_YOUR_SAY))).text;
    expect(text).toContain("Ines Marchbank Programme Officer, Refill Britain Phone 020 7946 0811");
    expect(text.indexOf("reported to the Public Drinking Fountains Task Group")).toBeLessThan(text.indexOf("Who's listening"));
    expect(text).not.toContain("Powered by");
    expect((await ask("who do i contact about the fountain sites survey and their number")).answer).toContain("020 7946 0811");
  });
});

describe("tables set side by side on a report's page", () => {
  it("reads each table whole, one after the other, each row with its own cells", async () => {
    const path = join(tempDir(), "pdftg-highlight-report-q3-2381-82-page-2.pdf");
    writeFileSync(path, await fountainsPanelsPdf());
    const lines = (await loadFile(path)).text.split("\n").map((l) => l.trim());
    expect(lines).toContain("DFP-02\tInstaller framework let\t15/12/2381\tLate");
    expect(lines).toContain("Repairs\t60\t71");
    expect(lines).toContain("Total\t300\t297");
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
    expect(at("DFP-04")).toBeLessThan(at("Finance 2381/82"));
    expect(at("Total")).toBeLessThan(at("Prepared by the programme office"));
  });
});
