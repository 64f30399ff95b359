/**
 * Papers of the Canal Towpaths Panel in layouts from other tools (see helpers/papers-towpaths): a dashboard
 * saved as CSV with blocks side by side, minutes in plain words, a WhatsApp export from an iPhone, a risk
 * register rated by bands one sentence explains, and a data platform's page with a collapsed data table.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { structure } from "../../src/ingest/structure.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { towpathsChatTxt, towpathsComparisonHtml, towpathsDashboardCsv, towpathsPlainMinutesMd, towpathsRiskRegisterMd } from "../helpers/papers-towpaths.js";

let assistant: Assistant;
let corpus: string;
const DASHBOARD = "ctp-towpath-renewal-dashboard-2096-11";
const MINUTES = "ctp-minutes-2096-11-04-plain-words";
const CHAT = "ctp-whatsapp-towpath-leads";
const RISKS = "ctp-risk-register-2096-11";
const COMPARISON = "ctp-mooring-waits-2095-96-data-shed";

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${DASHBOARD}.csv`), towpathsDashboardCsv());
  writeFileSync(join(corpus, `${MINUTES}.md`), towpathsPlainMinutesMd);
  writeFileSync(join(corpus, `${CHAT}.txt`), towpathsChatTxt);
  writeFileSync(join(corpus, `${RISKS}.md`), towpathsRiskRegisterMd);
  writeFileSync(join(corpus, `${COMPARISON}.html`), towpathsComparisonHtml);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a dashboard saved as CSV with its blocks side by side", () => {
  it("reads the block beside another as a table of its own, under its own title", async () => {
    const { text } = await loadFile(join(corpus, `${DASHBOARD}.csv`));
    const doc = structure({ text, format: "text" });
    const titles = doc.tables.map((t) => t.title ?? "");
    expect(titles).toContain("A. Projects");
    expect(titles).toContain("B. Spend 2096/97 (£)");
    const projects = doc.tables.find((t) => t.title === "A. Projects")!;
    // (The key beside the projects is not a column of theirs.)
    expect(projects.header.join(" ")).not.toMatch(/Some slippage|On track/);
  });

  it("rates each project by the latest month under the merged status header", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === DASHBOARD);
    expect(Object.fromEntries(targets.map((t) => [t.ref, t.status]))).toEqual({ TP1: "Green", TP2: "Red", TP3: "Amber", TP4: "Red" });
  });

  it("answers which projects got worse from one month to the next", async () => {
    expect(parseQuestion("did any project get worse oct to nov?").ratingChange).toBe("down");
    const answer = await assistant.engine.ask("did any project get worse oct to nov?");
    expect(answer.answer).toMatch(/TP2/);
    expect(answer.answer).toMatch(/TP3/);
    expect(answer.answer).not.toMatch(/TP1\b.*worse/);
  });

  it("gives the lead officer a question asks for, beside the lead member", async () => {
    const answer = await assistant.engine.ask("who is the lead officer for the waiting list cleanse project?");
    expect(answer.answer).toContain("Tobiah Wrexley");
  });

  it("reads the row a question names though it says 'so far', and the total when it says 'whole'", async () => {
    const row = await assistant.engine.ask("how much of the seed fund budget has been spent so far this year?");
    expect(row.answer).toContain("18,000");
    const whole = await assistant.engine.ask("forecast outturn for the whole towpath renewal budget?");
    expect(whole.answer).toContain("134,000");
  });
});

describe("minutes in plain words", () => {
  it("reads who chaired, who came in place of whom and who could not come", async () => {
    const chair = await assistant.engine.ask("who chaired the 4 nov meeting?");
    expect(chair.answer).toContain("Fenwick-Obi");
    const apologies = await assistant.engine.ask("apologies at the november towpaths meeting? any subs?");
    expect(apologies.answer).toContain("Wolstenholme");
    expect(apologies.answer).toContain("Mawdesley-Quaye");
    expect(apologies.answer).toContain("Hartigan-Roe");
  });

  it("reads what was decided, the actions with their owners and dates, and an interest said plainly", async () => {
    const decided = await assistant.engine.ask("what did the towpaths panel decide at the november meeting?");
    expect(decided.answer).toContain("£12,000");
    expect(decided.answer).toContain("checked every year");
    const actions = await assistant.engine.ask("actions from 4 nov - who's doing what?");
    expect(actions.answer).toMatch(/Marisol Thackeray[\s\S]*1 December 2096/);
    expect(actions.answer).toMatch(/Tobiah Wrexley[\s\S]*31 January 2097/);
    const declared = assistant.index.recordsOf("declaration").filter((d) => d.docId === MINUTES);
    expect(declared.map((d) => d.person)).toEqual(["Ruairi Blenkinsop"]);
    expect(declared[0]!.interest).toContain("Wharf Lane");
  });
});

describe("a WhatsApp group chat exported from an iPhone", () => {
  it("is titled by the group's name, a message a paragraph, the app's own notices left out", async () => {
    const { text, hints } = await loadFile(join(corpus, `${CHAT}.txt`));
    expect(hints?.title).toBe("Towpath Renewal leads");
    expect(text).not.toMatch(/end-to-end encrypted|<attached:|message was deleted/);
    const blocks = structure({ text, format: "text" }).blocks.map((b) => b.text);
    // (A message's second line is the same paragraph; the next message is not.)
    expect(blocks).toContain("[02/10/2096, 09:02:03] Tobiah Wrexley: Morning all. This group is for quick notes between meetings. Nothing here is a decision of the Panel.");
    expect(blocks.some((b) => b.includes("GS2") || (b.includes("now red") && b.includes("Can we find")))).toBe(false);
  });

  it("is dated by the days its messages were sent, and answers a question about a day in them", async () => {
    const meta = assistant.index.documents.find((d) => d.meta.docId === CHAT)!.meta;
    expect(meta.date).toBe("2096-11-01");
    expect(meta.covers.map((c) => c.iso)).toEqual(["2096-10", "2096-11"]);
    const answer = await assistant.engine.ask("where is the 4 november towpaths meeting now - room change?");
    expect(answer.answer).toContain("Orchard Room");
  });
});

describe("a risk register rated by bands that one sentence gives", () => {
  it("reads the 'Risk band' column as each risk's rating and the bands from the sentence", async () => {
    const risks = assistant.index.recordsOf("risk").filter((r) => r.docId === RISKS);
    expect(Object.fromEntries(risks.map((r) => [r.ref, r.rating]))).toEqual({ "TPR-1": "Red", "TPR-2": "Amber", "TPR-3": "Green", "TPR-4": "Red" });
    const answer = await assistant.engine.ask("which risks are red in the towpath renewal risk register?");
    expect(answer.answer).toContain("TPR-1");
    expect(answer.answer).toContain("TPR-4");
    expect(answer.answer).not.toMatch(/No risk is in the Red band/);
  });
});

describe("a data platform's page with its data in a collapsed table", () => {
  it("titles the table by the chart above it, not by the control that opens it", async () => {
    const { text } = await loadFile(join(corpus, `${COMPARISON}.html`));
    const titles = structure({ text, format: "html" }).tables.map((t) => t.title);
    expect(titles).toEqual(["Median wait for a mooring (months)"]);
  });

  it("is the board's that its 'Prepared for' field names", () => {
    const meta = assistant.index.documents.find((d) => d.meta.docId === COMPARISON)!.meta;
    expect(meta.board).toBe("Canal Towpaths Panel");
  });

  it("answers who compiled it and an average the page calls a mean", async () => {
    expect(parseQuestion("who put together the mooring waits report?").paperField).toBe("contact");
    const author = await assistant.engine.ask("who put together the mooring waits report?");
    expect(author.answer).toContain("Anouk Prideaux-Lyle");
    const mean = await assistant.engine.ask("what's the all councils avg wait for a mooring?");
    expect(mean.answer).toContain("19");
  });
});

describe("questions in staff's shorthand", () => {
  it("reads 'hows X looking' as a question about X's rating", () => {
    expect(parseQuestion("hows TP4 looking?").intent).toBe("target_status");
  });

  it("reads 'is item 4 for noting or for decision' as a question about the paper's purpose", () => {
    const q = parseQuestion("is item 4 for noting or for decision?");
    expect(q.intent).toBe("paper");
    expect(q.paperField).toBe("purpose");
  });
});
