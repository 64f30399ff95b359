/**
 * Papers of the Saltmarsh Restoration Panel in layouts from other tools (see helpers/papers-saltmarsh): a
 * Marp slide deck in markdown, a Microsoft Forms export of members' returns before a meeting, and minutes
 * signed under their own confirmation.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { structure } from "../../src/ingest/structure.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { saltmarshAgendaTxt, saltmarshBilingualDocx, saltmarshDeckMd, saltmarshFormsCsv, saltmarshFundPaperTxt, saltmarshMinutesTxt, saltmarshPisPdf, saltmarshWikiTxt } from "../helpers/papers-saltmarsh.js";

let assistant: Assistant;
let corpus: string;
const DECK = "srp-item-5-q3-review-slides-2095-02-09";
const RETURNS = "srp-pre-meeting-returns-9-february-2095";

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${DECK}.md`), saltmarshDeckMd);
  writeFileSync(join(corpus, `${RETURNS}.csv`), saltmarshFormsCsv());
  writeFileSync(join(corpus, "srp-minutes-2094-11-03.txt"), saltmarshMinutesTxt);
  writeFileSync(join(corpus, "srp-item-6-restoration-fund-round-2-2095-02-09.txt"), saltmarshFundPaperTxt);
  writeFileSync(join(corpus, "srp-agenda-2095-02-09.txt"), saltmarshAgendaTxt);
  writeFileSync(join(corpus, "srp-programme-pis-q3-2094-95.pdf"), await saltmarshPisPdf());
  writeFileSync(join(corpus, "srp-officers-wiki-start.txt"), saltmarshWikiTxt);
  writeFileSync(join(corpus, "srp-item-7-grazing-scheme-cy-en-2095-02-09.docx"), await saltmarshBilingualDocx());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a Marp slide deck in markdown", () => {
  it("reads the presenter notes and leaves out style sheets, directives and image settings", async () => {
    const { text } = await loadFile(join(corpus, `${DECK}.md`));
    expect(text).toContain("The hectare figure excludes the 85 hectares restored by the Wildfowl Trust");
    expect(text).not.toMatch(/font-size|display: flex|_class|_paginate/);
    const shown = structure({ text, format: "markdown" }).blocks.map((b) => b.text).join("\n");
    expect(shown).not.toMatch(/\bbg\b|right:40%|saltmarsh-aerial/);
  });

  it("is titled by its first slide's heading, not by a line of its style sheet", () => {
    const meta = assistant.index.documents.find((d) => d.meta.docId === DECK)!.meta;
    expect(meta.title).toBe("Saltmarsh Restoration Programme");
  });

  it("answers from what the presenter says in the notes", async () => {
    const answer = await assistant.engine.ask("why does the hectare figure leave out cobbold creek?");
    expect(answer.answer).toContain("Wildfowl Trust");
  });

  it("reads this review's score as the risk's score and the month-named score as the last review's", () => {
    const risks = assistant.index.recordsOf("risk").filter((r) => r.docId === DECK);
    expect(Object.fromEntries(risks.map((r) => [r.ref, r.score]))).toEqual({ "SRR-01": 16, "SRR-02": 8, "SRR-03": 9, "SRR-04": 12 });
  });

  it("answers which risks went up since the month of the last review", async () => {
    const answer = await assistant.engine.ask("did any risks go up since september?");
    expect(answer.answer).toContain("SRR-01");
    expect(answer.answer).toContain("SRR-04");
    expect(answer.answer).not.toContain("SRR-02");
    expect(answer.answer).not.toContain("SRR-03");
  });
});

describe("a Microsoft Forms export of members' returns before a meeting", () => {
  it("names each response's cells by who sent it, not by its ID or time", () => {
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === RETURNS);
    expect(cells.find((c) => /^Will you attend/.test(c.column) && c.rowLabel === "Perpetua Lund")?.value).toBe("Yes – online (Teams)");
  });

  it("gives the meeting its question names the attendance and apologies, a later answer replacing an earlier one", () => {
    const attendance = assistant.index.recordsOf("attendance").filter((a) => a.docId === RETURNS);
    expect(new Set(attendance.map((a) => a.meetingDate))).toEqual(new Set(["2095-02-09"]));
    const byPerson = Object.fromEntries(attendance.map((a) => [a.person, a.present]));
    expect(byPerson).toEqual({ "Wilfred Ashdown": true, "Perpetua Lund": true, "Orla Penhaligon": false, "Roderick Quennell": false, "Tamsin Vosper": true });
  });

  it("answers who has sent apologies, with their substitutes", async () => {
    const answer = await assistant.engine.ask("who's sent apologies for 9 feb so far?");
    expect(answer.answer).toContain("Orla Penhaligon");
    expect(answer.answer).toContain("Roderick Quennell");
    expect(answer.answer).toContain("Bartholomew Kerne");
    expect(answer.answer).not.toContain("Wilfred Ashdown");
  });

  it("answers how a member will attend, on a day named by its date in the month alone", async () => {
    const answer = await assistant.engine.ask("how is cllr lund attending on the 9th?");
    expect(answer.answer).toContain("online (Teams)");
  });

  it("reads the interests declared in the returns, by the items they name", () => {
    const declarations = assistant.index.recordsOf("declaration").filter((d) => d.docId === RETURNS);
    expect(declarations).toEqual([expect.objectContaining({ person: "Perpetua Lund", meetingDate: "2095-02-09", item: "6" })]);
    expect(declarations[0]!.interest).toContain("grazing licence on the Cobbold marsh");
  });
});

describe("minutes signed under their own confirmation", () => {
  it("answers whether they are signed from their own confirmation and signature, not an earlier meeting's minutes", async () => {
    const answer = await assistant.engine.ask("have the 3 nov minutes been signed?");
    expect(answer.answer).toContain("Confirmed as a correct record at the meeting held on 9 February 2095");
    expect(answer.answer).toContain("Date: 10/02/2095");
    expect(answer.answer).not.toContain("8 September 2094");
  });

  it("asked what time they were signed, gives a time of day, not the chair's other rows", async () => {
    const answer = await assistant.engine.ask("what time did the chair sign the november minutes?");
    expect(answer.answer).toContain("09:12 AM");
  });
});

describe("a numbered part of a scheme asked, beside sentences on another part", () => {
  it("answers from the sentence that gives the part asked, not declining because a closer one is of round 1", async () => {
    const answer = await assistant.engine.ask("how much will round 3 of the restoration fund have?");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("£588,000");
  });

  it("declines what has been spent so far when the papers give only sums awarded or to be spent", async () => {
    const answer = await assistant.engine.ask("how much round 1 money have councils actually spent so far?");
    expect(answer.found).toBe(false);
  });

  it("still declines a sum of a part the papers give none for", async () => {
    const answer = await assistant.engine.ask("how much did round 1 of the restoration fund pay out to Kestle?");
    expect(answer.answer).not.toContain("£588,000");
  });
});

describe("a bilingual Word paper, each row a text beside its translation", () => {
  it("reads a sentence beside its translation as two paragraphs, not as a title", async () => {
    const { text } = await loadFile(join(corpus, "srp-item-7-grazing-scheme-cy-en-2095-02-09.docx"));
    expect(text).toMatch(/\n\(a\) cytuno ar y cynllun pori[^\n]*;\n+\(a\) agrees the grazing scheme[^\n]*;\n/);
    expect(text).not.toMatch(/#+ \(a\)/);
  });

  it("reads the recommendations under a heading given in both languages", () => {
    const paper = assistant.index.recordsOf("paper").find((p) => p.docId === "srp-item-7-grazing-scheme-cy-en-2095-02-09");
    expect(paper?.recommendation).toContain("(b) agrees a licence fee of £18 a hectare");
    expect(paper?.recommendation).not.toContain("Background");
  });

  it("answers whether it is exempt with the field's whole value, its exception and all", async () => {
    const answer = await assistant.engine.ask("is the grazing scheme report a key decision? exempt?");
    expect(answer.answer).toContain("Key decision: Yes");
    expect(answer.answer).toContain("No, but Appendix B (the licence holders' details) is exempt");
    expect(answer.answer).not.toContain("it is not exempt");
  });

  it("answers the recommendations of an item asked by its number, misspelt", async () => {
    const answer = await assistant.engine.ask("reccomendations for item 7 grazing scheme?");
    expect(answer.answer).toContain("£18 a hectare");
  });
});

describe("a performance system's PIs report in PDF, its header over two rows", () => {
  it("heads each column with the quarter spanning it, so the latest quarter's status rates each PI", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === "srp-programme-pis-q3-2094-95");
    // (Each by the report's own word for it.)
    expect(Object.fromEntries(targets.map((t) => [t.ref, t.statusLabel]))).toEqual({ "SRP-01": "Alert", "SRP-02": "Warning", "SRP-03": "OK", "SRP-04": "OK" });
  });

  it("rates a performance system's statuses, OK, Warning and Alert, as green, amber and red, so a move between quarters is read", async () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === "srp-programme-pis-q3-2094-95");
    expect(Object.fromEntries(targets.map((t) => [t.ref, t.status]))).toEqual({ "SRP-01": "Red", "SRP-02": "Amber", "SRP-03": "Green", "SRP-04": "Green" });
    const better = await assistant.engine.ask("did any SRP PIs get better between Q2 and Q3?");
    expect(better.answer).toContain("SRP-03");
    expect(better.answer).not.toMatch(/SRP-01[^\n]*better/);
  });

  it("answers which PIs are on alert in the latest quarter, not the earlier one", async () => {
    const answer = await assistant.engine.ask("which SRP PIs are on alert in q3?");
    expect(answer.answer).toContain("SRP-01");
    expect(answer.answer).not.toContain("SRP-03");
  });
});

describe("a DokuWiki page's source", () => {
  it("reads headings by their level, tables with their links' words, footnotes and a facts box", async () => {
    const { text } = await loadFile(join(corpus, "srp-officers-wiki-start.txt"));
    expect(text).toMatch(/^# Saltmarsh Restoration Panel officers' page$/m);
    expect(text).toMatch(/^## Risk register$/m);
    expect(text).toContain("| SRR-05 | Tidal surge breaches the new seawall (The Environment Agency's 2094 survey.) | 2 | 5 | 10 | **A** | Wilfred Ashdown |");
    expect(text).toContain("Quorum: 3 members");
    expect(text).not.toMatch(/\[\[|<color|~~NOTOC~~|\{\{tag>/);
  });

  it("reads its risk register and the officers' table, named by their words not their links", () => {
    const risks = assistant.index.recordsOf("risk").filter((r) => r.docId === "srp-officers-wiki-start");
    expect(risks.map((r) => [r.ref, r.score, r.owner])).toEqual([
      ["SRR-05", 10, "Wilfred Ashdown"],
      ["SRR-06", 16, "Orla Penhaligon"],
    ]);
  });
});
