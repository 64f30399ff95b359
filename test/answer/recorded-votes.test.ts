/**
 * Recorded votes as a matrix (a row per question put, a column per member headed by the member's name, a
 * code in each cell explained by the paper's key): who voted which way on a question, and which questions
 * were lost, read by row and column. An invented Bathing Waters Task Group.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir, testConfig } from "../helpers/assistant.js";

const MEMBERS = ["Cllr Orla Pennywhistle (Chair)", "Cllr Hamid Stroud", "Cllr Bea Quennell", "Cllr Tomasz Wyvern", "Cllr Ruth Ambleside"];
// (The key's "A" is an abstention and "AG" a vote against: not the usual codes.)
const VOTES: [string, string, string[], string][] = [
  ["1", "Adopt the bathing water signage standard (BWTG/95/04)", ["F", "F", "F", "F", "F"], "Carried"],
  ["2", "Amendment (Cllr Stroud): defer the closure of Gull Point beach for a season", ["AG", "F", "F", "AG", "AG"], "Lost"],
  ["3", "Close Gull Point beach to bathing from 1 May 2196 (BWTG/95/05)", ["F", "AG", "A", "F", "F"], "Carried"],
  ["4", "Officers' recommendation: charge for lifeguard cover at events", ["AG", "F", "AG", "AG", "F"], "Lost"],
];

const recordHtml = `<!DOCTYPE html><html><head><title>Bathing Waters Task Group – record of decisions – 14 March 2196</title></head><body><main>
<h1>Bathing Waters Task Group – record of decisions – 14 March 2196</h1>
<p><strong>Present:</strong> ${MEMBERS.join(", ")}.</p>
<h2>Item 4 – Gull Point beach</h2>
<p>Decision BWTG/95/05. The Task Group agreed to close Gull Point beach to bathing from 1 May 2196. Vote: Appendix A, row 3.</p>
<h2>Appendix A – Recorded votes</h2>
<table><thead><tr><th>Row</th><th>Question put</th>${MEMBERS.map((m) => `<th>${m}</th>`).join("")}<th>Result</th></tr></thead>
<tbody>${VOTES.map(([row, put, cells, result]) => `<tr><td>${row}</td><td>${put}</td>${cells.map((c) => `<td>${c}</td>`).join("")}<td>${result}</td></tr>`).join("\n")}</tbody></table>
<p>Key: F for; AG against; A abstained.</p>
</main></body></html>`;

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "bwtg-record-of-decisions-2196-03-14.html"), recordHtml);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a matrix of recorded votes", () => {
  it("lists who voted against a motion, by the paper's key, and not those who voted for it", async () => {
    const a = await assistant.answerer.ask("who voted against closing gull point beach?");
    expect(a.answer).toContain("Hamid Stroud");
    // (The amendment to defer the closure is another row: its votes against are not this motion's.)
    expect(a.answer).not.toContain("Pennywhistle");
    expect(a.answer).not.toContain("Wyvern");
    expect(a.answer).not.toContain("Quennell");
    expect(a.citations[0]!.quote).toContain("Close Gull Point beach to bathing from 1 May 2196 (BWTG/95/05)");
  });

  it("reads an abstention by the key's own code", async () => {
    const a = await assistant.answerer.ask("did anyone abstain on the gull point closure?");
    expect(a.answer).toContain("Bea Quennell");
    expect(a.answer).not.toContain("Stroud");
  });

  it("lists the questions put that were lost", async () => {
    const a = await assistant.answerer.ask("which votes were lost at the march meeting?");
    expect(a.answer).toContain("defer the closure of Gull Point beach");
    expect(a.answer).toContain("lifeguard cover");
    expect(a.answer).not.toContain("signage standard");
  });
});

describe("attendance asked of a month no paper is of", () => {
  it("says it has no record of that meeting and which it has, rather than another meeting's register", async () => {
    const a = await assistant.answerer.ask("who attended the january 2196 bathing waters meeting?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("no attendance record for a meeting in January 2196");
    expect(a.answer).toContain("14 March 2196");
    expect(a.answer).not.toContain("Pennywhistle");
  });
});
