/**
 * Papers of the Street Trees Panel in layouts from other tools (see helpers/papers-streettrees): a report
 * server's Word export laid out by a grid of text boxes, a members' database query exported as HTML, a
 * risk system's cards in PDF, a Teams attendance report and notes downloaded from Google Docs as markdown.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { streetTreesMembersHtml, streetTreesNotesMd, streetTreesReportDocx, streetTreesRiskCardsPdf, streetTreesTeamsCsv } from "../helpers/papers-streettrees.js";

let assistant: Assistant;
let corpus: string;
const REPORT = "street-trees-item-4-performance-q2-2090-91";
const MEMBERS = "street-trees-members-access-export-2090-11-28";
const RISKS = "street-trees-risk-detail-report-2090-11-25";

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${REPORT}.docx`), await streetTreesReportDocx());
  writeFileSync(join(corpus, `${MEMBERS}.html`), streetTreesMembersHtml);
  writeFileSync(join(corpus, `${RISKS}.pdf`), await streetTreesRiskCardsPdf());
  writeFileSync(join(corpus, "street-trees-teams-attendance-2090-12-11.csv"), streetTreesTeamsCsv());
  writeFileSync(join(corpus, "street-trees-meeting-notes-2090-12-11.md"), streetTreesNotesMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const docMeta = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;

describe("a report server's Word export, every line a text box in a layout grid", () => {
  it("reads a text box alone in its grid row as a paragraph, so the report is titled by its own title", () => {
    expect(docMeta(REPORT).title).toBe("Street Trees Programme: performance report, quarter 2 2090/91");
  });

  it("keeps the measures one table: a commentary row spanning it is its measure's, not a new table or a group", async () => {
    const { text } = await loadFile(join(corpus, `${REPORT}.docx`));
    expect(text).toMatch(/ST-01\tStreet trees planted \(cumulative\)[^\n]*\nCommentary: Planting paused/);
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === REPORT);
    expect(targets.map((t) => t.ref)).toEqual(["ST-01", "ST-02", "ST-03", "ST-04"]);
    expect(targets.find((t) => t.ref === "ST-03")!.delivered).toContain("212 of the 1,493 young trees");
    expect(targets.find((t) => t.ref === "ST-04")!.theme.join(" ")).toContain("ST2 Tree health");
  });

  it("rates each measure by the symbol's word in the key written in one line, the unnamed level between its neighbours", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === REPORT);
    const rated = Object.fromEntries(targets.map((t) => [t.ref, [t.statusLabel, t.status]]));
    expect(rated).toEqual({ "ST-01": ["Watch", "Amber/Green"], "ST-02": ["Healthy", "Green"], "ST-03": ["Critical", "Red"], "ST-04": ["Healthy", "Green"] });
    // ("Health at Q1" beside "Health at Q2": the earlier quarter's rating.)
    expect(targets.find((t) => t.ref === "ST-03")!.otherRatings).toEqual([expect.objectContaining({ column: "Health at Q1", label: "Concern", status: "Amber" })]);
  });

  it("answers which measures got worse since the earlier quarter, by the key's order", async () => {
    const answer = await assistant.engine.ask("anything on the street trees perf report got worse since q1?");
    expect(answer.answer).toContain("ST-01");
    expect(answer.answer).toContain("ST-03");
    expect(answer.answer).not.toContain("ST-04");
  });

  it("asked why a measure is rated as it is, gives the whole of its commentary", async () => {
    const answer = await assistant.engine.ask("why is ST-01 on watch?");
    expect(answer.answer).toContain("Autumn planting resumed on 1 October");
  });

  it("says a quarter the report has no columns for is not held, and reads one it has from the measure's row", async () => {
    const missing = await assistant.engine.ask("what was ST-03 at q3?");
    expect(missing.found).toBe(false);
    expect(missing.answer).toContain("no figures for ST-03 at Q3");
    expect(missing.answer).toContain("Q1 and Q2");
    const held = await assistant.engine.ask("what was ST-03 at q1?");
    expect(held.found).toBe(true);
    expect(held.answer).toContain("Actual Q1: 9.5%");
  });

  it("reads a budget line named by a code no record has from the budget table", async () => {
    const answer = await assistant.engine.ask("whats the forecast for the ST1 planting budget");
    expect(answer.answer).toContain("432");
  });
});

describe("a members' database query exported as HTML", () => {
  it("titles the export by the query's name in words", () => {
    expect(docMeta(MEMBERS).title).toBe("ST Members 2090/91");
  });

  it("reads each member's office from the Yes/No column flagged, and leaves out a member who has left", () => {
    const members = assistant.index.recordsOf("member").filter((m) => m.docId === MEMBERS);
    const roles = Object.fromEntries(members.map((m) => [m.person, m.role]));
    expect(roles).toEqual({ "Ottoline Brackenbury": "vice-chair", "Isidore Fenwick-Hale": "substitute", "Ferdinand Oyelaran": "member", "Winifred Quarrington": "chair" });
    expect(members.find((m) => m.person === "Ferdinand Oyelaran")!.council).toBe("Castlebrook City Council");
  });
});

describe("a risk system's detail report, a card per risk", () => {
  it("reads each card as a risk: the lozenge's rating, the boxed fields, the assessments side by side", () => {
    const risks = assistant.index.recordsOf("risk").filter((r) => r.docId === RISKS);
    const first = risks.find((r) => r.ref === "STR-01")!;
    expect(first).toMatchObject({ description: "Young trees die in drought summers", score: 20, likelihood: 5, impact: 4, inherentScore: 16, targetScore: 8, owner: "Maren Quiller (Tree Health Lead)", trend: "Rising", category: "Environmental" });
    expect(risks.map((r) => r.ref)).toEqual(["STR-01", "STR-02"]);
  });

  it("keeps a sub-table's shaded header row apart from its first row", async () => {
    const { text } = await loadFile(join(corpus, `${RISKS}.pdf`));
    expect(text).toMatch(/Date\tScore\tComment\n20\/11\/2090\t20\tUp from 12/);
  });

  it("answers who has an action named by its reference, and when it is due, from the card's actions table", async () => {
    const answer = await assistant.engine.ask("who's got STR-01-A1 and when's it due");
    expect(answer.answer).toContain("Maren Quiller");
    expect(answer.answer).toContain("31/03/2091");
    expect(answer.answer).not.toContain("STR-02-A1");
  });

  it("answers which risks went up at the last review by their direction of travel", async () => {
    const answer = await assistant.engine.ask("which risks went up at the last review?");
    expect(answer.answer).toContain("STR-01");
    expect(answer.answer).not.toContain("STR-02");
  });

  it("quotes the card's title for its rating and the assessments for its score before controls", async () => {
    const answer = await assistant.engine.ask("inherent score on STR-01?");
    expect(answer.answer).toContain("inherent score 16");
    const quotes = answer.citations.map((c) => c.quote).join("\n");
    expect(quotes).toContain("VERY HIGH 20");
    // (The assessment before controls alone: the three side by side are not one run of the page's words.)
    expect(answer.citations.map((c) => c.quote)).toContain("L4 × I4 = 16");
  });
});

describe("a Teams attendance report", () => {
  it("is no membership list: its roles are the call's", () => {
    expect(assistant.index.recordsOf("member").filter((m) => m.docId === "street-trees-teams-attendance-2090-12-11")).toEqual([]);
  });

  it("says how long someone was on the call, and how long the call ran", async () => {
    const member = await assistant.engine.ask("how long was cllr oyelaran on the teams call?");
    expect(member.answer).toContain("1h 41m 9s");
    const call = await assistant.engine.ask("how long did the street trees meeting run on teams?");
    expect(call.answer).toContain("2h 3m 36s");
  });
});

describe("notes of a hybrid meeting downloaded from Google Docs as markdown", () => {
  const present = () => assistant.index.recordsOf("attendance").filter((a) => a.docId === "street-trees-meeting-notes-2090-12-11");

  it("reads members in the room and online, officers after an 'online:' group, and whom a substitute stood in for", () => {
    const people = present().map((a) => a.person);
    expect(people).toEqual(expect.arrayContaining(["Winifred Quarrington", "Ferdinand Oyelaran", "Cressida Vane", "Jonah Pellow", "Maren Quiller", "Rosalind Okafor"]));
    expect(present().find((a) => a.person === "Isidore Fenwick-Hale")!.note).toBe("substitute for Cllr Leopold Ashgrove");
  });

  it("answers which actions of an earlier meeting, named by its month, are still open, from the action log carried in these notes", async () => {
    const answer = await assistant.engine.ask("which of the sept actions are still open?");
    expect(answer.answer).toContain("STA-10");
    expect(answer.answer).toContain("STA-12");
    expect(answer.answer).not.toContain("STA-09");
    expect(answer.answer).not.toContain("STA-14");
  });

  it("says the notes are a draft when asked whether they are signed off", async () => {
    const answer = await assistant.engine.ask("are the street trees notes signed off yet?");
    expect(answer.answer).toContain("Draft – to be agreed at the meeting on 12 March 2091");
  });

  it("shows a heading's escaped full stop as the document shows it", () => {
    const minutes = assistant.index.recordsOf("minute").filter((m) => m.docId === "street-trees-meeting-notes-2090-12-11");
    expect(minutes.map((m) => m.title)).toContain("Performance report, quarter 2 2090/91");
  });
});

describe("questions", () => {
  it("does not read 'high-risk defects' as a question about risks", () => {
    expect(parseQuestion("how many high risk defects weren't made safe in 24h last quarter").intent).not.toBe("risk");
    expect(parseQuestion("which high risk items are on the register?").intent).toBe("risk");
  });
});
