/**
 * Ingest says what it understood: per document its kind, title, board, period and records by type, a
 * warning when a document that looks like a report (or pack, or minutes) yields none of the records its
 * kind should have, and `--explain FILE` for one document's model and records.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { createEmbeddings } from "../../src/index/embeddings/index.js";
import { explainFile } from "../../src/ingest/explain.js";
import { formatExplanation, formatSummary } from "../../src/cli/format.js";
import { testConfig, tempDir } from "../helpers/assistant.js";
import { auditMinutesHtml, workforceUpdateMd } from "../helpers/papers.js";

/** A report that says it is one but whose ratings are written as prose, not in a table. */
const unreadReport = `Housing Board performance report, Quarter 1 2022/23

Our housing objectives this quarter are set out in the narrative below, with ratings given in the text.

The homelessness objective is broadly on course and the temporary accommodation objective is of concern.
`;

describe("the ingest summary", () => {
  it("lists each document as understood, and warns about a report that gave no targets", async () => {
    const corpus = join(tempDir(), "corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "workforce-update.md"), workforceUpdateMd);
    writeFileSync(join(corpus, "housing-report-2022-q1.txt"), unreadReport);
    writeFileSync(join(corpus, "workforce-update.md.meta.json"), JSON.stringify({ publisher: "Workforce Board", colour: "green" }));
    const config = testConfig({ CORPUS_DIR: corpus });
    const summary = await buildIndex({ corpusDir: corpus, indexDir: config.indexDir, provider: createEmbeddings(config) });
    const workforce = summary.understood.find((d) => d.relPath === "workforce-update.md")!;
    expect(workforce).toMatchObject({ kind: "performance report", board: "Workforce Board", period: "September 2021", records: { target: 4, risk: 2 } });
    expect(workforce.warnings.join(" ")).toMatch(/unknown key colour ignored/);
    const housing = summary.understood.find((d) => d.relPath === "housing-report-2022-q1.txt")!;
    expect(housing.kind).toBe("performance report");
    expect(housing.warnings.join(" ")).toMatch(/looks like a performance report but gave no target or risk records/);
    const text = formatSummary(summary);
    expect(text).toContain('workforce-update.md: performance report, "Workforce Board performance update: September 2021", Workforce Board, September 2021; 4 targets, 2 risks');
    expect(text).toMatch(/housing-report-2022-q1\.txt: .*\n {4}warning: looks like a performance report/);
    // The documents are indexed all the same: a warning loses nothing.
    expect(summary.documents).toBe(2);
  }, 30_000);
});

describe("--explain", () => {
  it("prints one document's metadata, outline, tables with column roles, and records", async () => {
    const dir = tempDir();
    const path = join(dir, "audit-minutes.html");
    writeFileSync(path, auditMinutesHtml);
    const text = formatExplanation(await explainFile(path));
    expect(text).toContain('kind: minutes; title: "Audit Committee minutes, 16 March 2022"; board: Audit Committee; date: 2022-03-16');
    expect(text).toContain("Action [target] | Owner [lead] | Deadline [review]");
    expect(text).toContain("minute 3: Pension fund valuation | introduced by Cllr Helen Marsh | decision | 1 action(s)");
    expect(text).toContain("declaration Ian Bright");
  });

  it("is a command: npm run ingest -- --explain FILE builds nothing", () => {
    const dir = tempDir();
    const path = join(dir, "workforce-update.md");
    writeFileSync(path, workforceUpdateMd);
    const indexDir = join(dir, "index");
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", "--explain", path], {
      encoding: "utf8",
      env: { ...process.env, INDEX_DIR: indexDir },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("target WF2: Publish the apprenticeship levy evaluation | R (Red) | lead Tom Ure");
    expect(r.stdout).toContain("Ref [ref] | Risk [risk] | Likelihood [likelihood] | Impact [impact] | Score [score] | Owner [lead] | Trend [trend]");
    expect(spawnSync("ls", [indexDir]).status).not.toBe(0);
  }, 30_000);
});
