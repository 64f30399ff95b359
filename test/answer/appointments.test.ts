/**
 * An office taken at a meeting, as the minutes record it ("AGREED: Cllr Hocking is Vice-Chair from today"),
 * over the terms of reference that listed another holder earlier in the same year.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";

const TERMS = [
  "Lifeboat Stations Liaison Panel – terms of reference 2271/72",
  "",
  "## Membership 2271/72",
  "",
  "- Cllr Rosenwyn Tregarthen (Chair) - Penlowen Borough Council - Labour",
  "- Cllr Jago Polglase (Vice-Chair) - Trevone District Council - Conservative",
  "- Cllr Demelza Hocking - Polkerris Town Council - Liberal Democrat",
  "- Cllr Kitto Bosanko - Penlowen Borough Council - Labour",
  "",
].join("\n");

const MINUTES = [
  "Lifeboat Stations Liaison Panel",
  "",
  "Minutes of the meeting held on Thursday 5 October 2271",
  "",
  "Present: Cllr Rosenwyn Tregarthen (Chair), Cllr Demelza Hocking, Cllr Kitto Bosanko",
  "",
  "1. Membership and Vice-Chair",
  "",
  "The Chair reported that Cllr Jago Polglase stood down from the Panel on 30 September.",
  "",
  "AGREED: Cllr Hocking is Vice-Chair from today.",
  "",
].join("\n");

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "lslp-terms-of-reference-2271-06-10.md"), TERMS);
  writeFileSync(join(corpus, "lslp-minutes-2271-10-05.txt"), MINUTES);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("an office taken at a meeting", () => {
  it("is a member record of the meeting's body, named in full as the minutes name them elsewhere", () => {
    const appointed = assistant.index.recordsOf("member").filter((m) => m.docId === "lslp-minutes-2271-10-05");
    expect(appointed.map((m) => [m.person, m.role, m.term])).toEqual([["Demelza Hocking", "vice-chair", "2271/72"]]);
    expect(appointed[0]!.source).toBe("AGREED: Cllr Hocking is Vice-Chair from today.");
  });

  it("answers who holds the office now with the later holder, with the council the membership list gives", async () => {
    const a = await assistant.answerer.ask("who's vice chair of the lifeboat stations liaison panel now?");
    expect(a.answer).toMatch(/vice-chair: Cllr Demelza Hocking \(Liberal Democrat, Polkerris Town Council\)/);
    expect(a.answer).toContain("Earlier in 2271/72: Cllr Jago Polglase");
    expect(a.citations.map((c) => c.quote)).toContain("AGREED: Cllr Hocking is Vice-Chair from today.");
  });

  it("leaves an office no later paper fills with its listed holder", async () => {
    const a = await assistant.answerer.ask("who chairs the lifeboat stations liaison panel?");
    expect(a.answer).toMatch(/chair: Cllr Rosenwyn Tregarthen/i);
    expect(a.answer).not.toContain("Earlier in");
  });
});
