/**
 * Papers of the invented Dark Skies Task Group in layouts other tools make: a Word pack that still holds
 * hidden text and rates its measures in a column per year, a survey tool's raw export and a debate's record
 * saved from a parliament's website.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { darkSkiesDebateHtml, darkSkiesPackDocx, darkSkiesSurveyCsv } from "../helpers/papers-darkskies.js";

const PACK = "dstg-agenda-pack-2292-03-09.docx";
const SURVEY = "dstg-council-survey-2291-qualtrics-export-2292-01-10.csv";
const DEBATE = "hansard-westminster-hall-light-pollution-2292-02-12.html";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, PACK), await darkSkiesPackDocx());
  writeFileSync(join(corpus, SURVEY), darkSkiesSurveyCsv());
  writeFileSync(join(corpus, DEBATE), darkSkiesDebateHtml());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const loaded = async (name: string) => (await loadFile(join(corpus, name))).text;

describe("a Word pack that still holds hidden text", () => {
  it("reads what Word shows: no guidance notes, superseded drafts or exempt notes", async () => {
    const text = await loaded(PACK);
    expect(text).toContain("(b) recommends that member councils charge £380 for a new licence and £190 to renew it.");
    expect(text).not.toContain("£410");
    expect(text).not.toContain("Guidance:");
    expect(text).not.toContain("Glowmaster");
    expect(text).toContain("DSA-12");
  });

  it("gives the paper's recommendations asked by the verb of its title's noun, without the superseded draft", async () => {
    const a = await ask("recs on the licensing paper?");
    expect(a.answer).toContain("£380");
    expect(a.answer).not.toContain("£410");
  });
});

describe("measures rated in a column per year", () => {
  it("lists the latest year's reds", async () => {
    const a = await ask("which dark skies measures were red?");
    expect(a.answer).toContain("DSM-02");
    expect(a.answer).toContain("DSM-04");
    expect(a.answer).not.toContain("DSM-03");
  });

  it("gives a year's figure with that year's rating", async () => {
    const a = await ask("how many complaints about light nuisance were there in 2290?");
    expect(a.answer).toContain("380");
    expect(a.answer).toContain("2290 rating: Green");
  });

  it("lists the measures rated worse in the later of two years named", async () => {
    const a = await ask("what got worse between 2290 and 2291 on the dark skies measures?");
    expect(a.answer).toContain("DSM-02");
    expect(a.answer).not.toContain("DSM-01");
    expect(a.answer).not.toContain("DSM-03");
  });

  it("reads the row of an age band named by its figures", async () => {
    const a = await ask("how many 12-17s had falls after dark?");
    expect(a.answer).toContain("12 to 17");
    expect(a.answer).toContain("14");
    expect(a.answer).not.toContain("Under 12");
  });

  it("says which years it has when asked for one it has not", async () => {
    const a = await ask("how many complaints about light nuisance were there in 2287?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("2287");
  });
});

describe("minutes resolving a lettered list", () => {
  it("quotes the resolution whole, to its last lettered point", async () => {
    const a = await ask("what was resolved after the astronomical society's evidence?");
    expect(a.answer).toContain("model lighting condition");
  });
});

describe("a survey tool's raw export", () => {
  it("reads its answers under its questions, without its bookkeeping, previews or unfinished responses", async () => {
    const text = await loaded(SURVEY);
    expect(text.split("\n")[0]).toMatch(/^Which council are you answering for\?\tYour name and job title\t/);
    expect(text).not.toContain("ImportId");
    expect(text).not.toContain("203.0.113.9");
    expect(text).not.toContain("TEST - please ignore");
    expect(text.match(/Brackwater District Council/g)).toHaveLength(1);
  });

  it("answers a council's figure from its row", async () => {
    const a = await ask("how many light nuisance complaints did ravensholt report in the survey?");
    expect(a.answer).toContain("287");
  });

  it("names who answered for a council, from the response's own name column", async () => {
    const a = await ask("who filled in the lighting survey for ravensholt?");
    expect(a.answer).toContain("Jonas Merriweather");
    expect(a.answer).not.toContain("Perpetua Quayle");
  });

  it("lists the councils that have not answered yes to a question, and those that have", async () => {
    const not = await ask("which councils haven't adopted the dark skies lighting policy?");
    expect(not.answer).toContain("Ravensholt City Council");
    expect(not.answer).toContain("Brackwater District Council");
    expect(not.answer).not.toContain("Aldermoor");
    const yes = await ask("which councils have adopted the dark skies lighting policy?");
    expect(yes.answer).toContain("Aldermoor County Council");
    expect(yes.answer).toContain("Fellgate Borough Council");
    expect(yes.answer).not.toContain("Ravensholt");
  });
});

describe("a debate's record saved from a parliament's website", () => {
  it("reads each speaker as one heading line, without the share links", async () => {
    const text = await loaded(DEBATE);
    expect(text).toContain("## Sir Ambrose Pettigrew-Lund (Ravensholt and Brack) (Con)");
    expect(text).not.toMatch(/^Post$/m);
  });

  it("names the speaker of words that name nobody", async () => {
    const a = await ask("which MP said most businesses already dim their shop signs after midnight?");
    expect(a.answer).toContain("Pettigrew-Lund");
    // (Not cut after "the hon.": the question is one sentence.)
    expect(a.citations.some((c) => c.quote.includes("Does the hon. Lady accept"))).toBe(true);
  });
});

describe("outcomes the papers do not record", () => {
  it("says the papers do not say who won a contract they only say was advertised", async () => {
    const a = await ask("who won the sky quality monitoring contract?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/do not say who won/);
  });

  it("names the winner where the papers say who it was awarded to", async () => {
    const a = await ask("who won the dark sky photography prize?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Marisol Ekwueme");
  });

  it("says there is no reply to quote when the papers record none", async () => {
    const a = await ask("what did the Department say in reply to the chair's letter on lighting standards?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("No reply from the Department");
  });
});

describe("a letter inside a pack", () => {
  it("names who wrote it, from the lines under its sign-off", async () => {
    const a = await ask("who wrote the rangers' letter?");
    expect(a.answer).toContain("Marcus Oyelaran-Whitby");
    expect(a.answer).toContain("Head Ranger");
  });
});

describe("references the papers never give", () => {
  it("declines a reference no paper holds, and answers one they do", async () => {
    const missing = await ask("what's the status of action DSA-19?");
    expect(missing.found).toBe(false);
    expect(missing.answer).toContain("DSA-19");
    const held = await ask("who owns action DSA-11?");
    expect(held.answer).toContain("Ottoline Brackenbury");
  });
});
