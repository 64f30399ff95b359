/**
 * Papers of the invented Community Floodwardens Task Group: a story page of cards, a kanban board saved from
 * the browser, a comparison report as PDF with deletions struck through by drawn lines, and a Q&A export.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { extractRecords } from "../../src/ingest/records/index.js";
import { structure } from "../../src/ingest/structure.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { floodwardensBoardHtml, floodwardensComparisonPdf, floodwardensMinutesMarkdown, floodwardensQaCsv, floodwardensStoryHtml } from "../helpers/papers-floodwardens.js";

const STORY = "cfwtg-winter-story-2331-12-08.html";
const BOARD = "cfwtg-actions-and-risks-board-2331-12-09.html";
const COMPARISON = "cfwtg-terms-of-reference-comparison-2331-11-20.pdf";
const QA = "cfwtg-public-qa-export-2332-01-30.csv";
const MINUTES = "cfwtg-minutes-2331-12-04.md";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, STORY), floodwardensStoryHtml());
  writeFileSync(join(corpus, BOARD), floodwardensBoardHtml());
  writeFileSync(join(corpus, COMPARISON), await floodwardensComparisonPdf());
  writeFileSync(join(corpus, QA), floodwardensQaCsv());
  writeFileSync(join(corpus, MINUTES), floodwardensMinutesMarkdown());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const loaded = async (name: string) => (await loadFile(join(corpus, name))).text;
const records = async (name: string) => {
  const path = join(corpus, name);
  const doc = structure(await loadFile(path));
  return extractRecords(doc, inferMetadata(path, doc));
};

describe("a story page of measure cards", () => {
  it("reads a card's rating written alone on its line, and is of the quarter its opening names by its end", async () => {
    const a = await ask("which floodwarden measures are red at q2?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("CFW-02");
    expect(a.answer).not.toContain("CFW-01");
    expect(a.answer).not.toContain("CFW-04");
  });

  it("reads the last quarter's rating from the card's shared line, so what got worse is found", async () => {
    const targets = (await records(STORY)).filter((r) => r.type === "target");
    const plans = targets.find((t) => t.type === "target" && t.ref === "CFW-04");
    expect(plans?.type === "target" && plans.status).toBe("Amber");
    expect(plans?.type === "target" && plans.otherRatings?.[0]).toMatchObject({ column: "Quarter 1", status: "Green" });
    // (Its description, a short line under its name, is not a card of its own.)
    expect(targets).toHaveLength(4);
    // (Its rating shouted alone on its line does not put the page's next sections under it.)
    const grants = structure(await loadFile(join(corpus, STORY))).blocks.find((b) => b.text.startsWith("Three grants were made"));
    expect(grants?.headings?.join(" > ")).not.toMatch(/AMBER/);
  });

  it("answers how a measure named by its words is doing with its rating and the card's figure", async () => {
    const a = await ask("how's the sandbag stores measure doing?");
    expect(a.answer).toMatch(/CFW-02 Sandbag stores: Red/);
    expect(a.answer).toContain("Figure: 61%; Target: 90%");
  });

  it("declines a quarter the card gives no figures for, saying the quarters it does", async () => {
    const a = await ask("what were the q3 figures for CFW-02?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/no figures for CFW-02 at Q3.*Q1 and Q2/);
  });

  it("keeps a carousel's hidden cards and a chart's amounts drawn as SVG labels", async () => {
    const text = await loaded(STORY);
    expect(text).toContain("Cllr Thaddeus Quarrington · Member");
    expect(text).toMatch(/Brackwater Wardens Network\t9,750/);
    const a = await ask("who chairs the flood task group?");
    expect(a.answer).toContain("Tenterden");
    // (Each a member, with council and group: "(Green Party)" is a group.)
    const members = (await records(STORY)).filter((r) => r.type === "member");
    expect(members.map((m) => m.type === "member" && [m.person, m.role, m.council, m.group])).toEqual([
      ["Marisol Tenterden", "chair", "Brackwater Borough Council", "Labour"],
      ["Oriel Vantongeren", "vice-chair", "Saltmarsh District Council", "Conservative"],
      ["Thaddeus Quarrington", "member", "Fenholt City Council", "Liberal Democrat"],
      ["Wilhelmina Ashgrove", "member", "Mudford District Council", "Green Party"],
    ]);
  });
});

describe("a kanban board saved from the browser", () => {
  it("gives an action the state of the lane it sits in, with its owner's name from the board's key", async () => {
    const a = await ask("which cfwtg actions are blocked?");
    expect(a.answer).toContain("FWA-23");
    expect(a.answer).not.toContain("FWA-22");
    const blocked = (await records(BOARD)).find((r) => r.type === "target" && r.ref === "FWA-23");
    expect(blocked).toMatchObject({ statusLabel: "blocked", due: "8 Dec", leadPerson: "Petronella Hartigan", delivered: "Blocker: Waiting for the depot's new lease" });
    // (When it was moved to its lane, from the board's activity.)
    const done = (await records(BOARD)).find((r) => r.type === "target" && r.ref === "FWA-19");
    expect(done).toMatchObject({ statusLabel: "done", delivered: "moved to Actions – done by Gideon Wolstenholme on 30 Nov 2331, 09:40" });
  });

  it("keeps its side panel and drops the initials drawn beside a name and the header's row of them", async () => {
    const text = await loaded(BOARD);
    expect(text).toContain("Owners are shown by their initials: PH Petronella Hartigan");
    expect(text).toMatch(/^- Petronella Hartigan moved FWA-23/m);
    expect(text).not.toMatch(/PH GW MT/);
    // (An owner's initials alone on a card stay: they are all the card says of the owner.)
    expect(text).toMatch(/FWA-23 Agree a key holder for the Brackwater depot 8 Dec Blocker: Waiting for the depot's new lease PH/);
  });

  it("is as of the day its file's name gives, within the year its title keeps", async () => {
    const path = join(corpus, BOARD);
    const meta = inferMetadata(path, structure(await loadFile(path)));
    expect([meta.date, meta.period]).toEqual(["2331-12-09", "2331/32"]);
  });

  it("reads its risk cards, rated by their coloured label", async () => {
    const risks = (await records(BOARD)).filter((r) => r.type === "risk");
    expect(risks.map((r) => r.type === "risk" && [r.ref, r.rating, r.score])).toEqual([
      ["R3", "Red", 20],
      ["R1", "Amber", 9],
    ]);
    const a = await ask("which risks are red on the floodwardens board?");
    expect(a.answer).toContain("R3");
    expect(a.answer).not.toContain("R1:");
  });
});

describe("a comparison report with its deletions struck through by drawn lines", () => {
  it("writes the struck words as struck, beside the new ones", async () => {
    const text = await loaded(COMPARISON);
    expect(text).toContain("meets ~~six~~ four times a year");
    expect(text).toContain("~~The quorum is three members.~~ The quorum is four voting members.");
  });

  it("answers a question that calls the terms of reference the ToR, which the papers never write", async () => {
    const a = await ask("whats the quorum under the new ToR?");
    expect(a.answer).not.toMatch(/do not mention/);
    expect(a.answer).toContain("four voting members");
  });
});

describe("a contact officer's own numbered section", () => {
  it("answers 'contact officer for X?' with the section's name, number and e-mail", async () => {
    const a = await ask("contact officer for the terms of reference?");
    expect(a.answer).toContain("Petronella Hartigan, Programme Officer");
    expect(a.answer).toContain("020 7946 0733");
    // (The section, not passages that share the question's words.)
    expect(a.answer).not.toContain("meets");
  });
});

describe("minutes", () => {
  it("answers 'what did they decide about X?' with the minutes' decision", async () => {
    const a = await ask("what did they decide about the depot key holders?");
    expect(a.answer).toContain("asks officers to agree a key holder for the Brackwater depot");
  });

  it("says a decision taken in private is not in the papers, not that 'Confidential' was decided", async () => {
    const a = await ask("what did they decide about the sandbag supply contract?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/decided in private/);
  });
});

describe("a Q&A export", () => {
  it("is dated by its 'Exported at' line, its time and zone after the day", async () => {
    const path = join(corpus, QA);
    expect(inferMetadata(path, structure(await loadFile(path))).date).toBe("2332-02-03");
  });
});
