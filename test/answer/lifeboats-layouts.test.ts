/**
 * Papers of the invented Lifeboat Stations Liaison Panel in layouts other tools make: draft minutes in an
 * e-mail corrected by notes typed under what they correct, an R Markdown report as knitr leaves it, a
 * finance system's transaction listing printed to PDF, a grants system's record form saved from the
 * browser and the Chair's script for the next meeting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { parsePeriods } from "../../src/answer/query.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { lifeboatChairsScript, lifeboatDraftMinutesText, lifeboatGrantRecordHtml, lifeboatKnitrReport, lifeboatLedgerPdf } from "../helpers/papers-lifeboats.js";

const MINUTES = "lslp-draft-minutes-2271-10-05";
const REPORT = "lslp-performance-q2-2271-72";
const LEDGER = "lslp-harbour-fund-ledger-5180-2271-07";
const GRANT = "lslp-grant-record-hsf-r2-01";
const SCRIPT = "lslp-chairs-script-2272-01-18";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${MINUTES}.txt`), lifeboatDraftMinutesText());
  writeFileSync(join(corpus, `${REPORT}.md`), lifeboatKnitrReport());
  writeFileSync(join(corpus, `${LEDGER}.pdf`), await lifeboatLedgerPdf());
  writeFileSync(join(corpus, `${GRANT}.html`), lifeboatGrantRecordHtml());
  writeFileSync(join(corpus, `${SCRIPT}.txt`), lifeboatChairsScript());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;
const recordsOf = <T extends Parameters<Assistant["index"]["recordsOf"]>[0]>(type: T, docId: string) => assistant.index.recordsOf(type).filter((r) => r.docId === docId);

describe("draft minutes corrected by notes typed under what they correct", () => {
  it("names the body its subject gives only by initials as the minutes spell it out", () => {
    expect(metaOf(MINUTES).board).toBe("Lifeboat Stations Liaison Panel");
  });

  it("shows the note under a quoted line, quoting it verbatim", async () => {
    const a = await ask("who declared the lifeboat fund trustee interest?");
    expect(a.answer).toContain("Demelza Hocking");
    expect(a.answer).toContain("Note under it: “[RT: This was Cllr Bosanko, not Cllr Hocking");
    expect(a.citations.map((c) => c.quote)).toContain("[RT: This was Cllr Bosanko, not Cllr Hocking – Cllr Bosanko is the Fund's trustee. Please correct.]");
  });

  it("shows the note under an action's row, the last of its table", async () => {
    const a = await ask("who's doing LSA-12?");
    expect(a.answer).toMatch(/Note under it: “\[RT: Morwenna – could Tamsin Keast take LSA-12\?/);
  });

  it("gives a later paper's word on an action named by its reference", async () => {
    const a = await ask("did the offer letters (LSA-11) go out?");
    expect(a.answer).toContain("Later, in the LSLP 18 January 2272 – Chair's script: “LSA-11 is complete: Morwenna Spargo sent the offer letters on 12 October 2271.”");
    expect(a.citations.map((c) => c.quote)).toContain("LSA-11 is complete: Morwenna Spargo sent the offer letters on 12 October 2271.");
  });

  it("reads a council in the cell after a member's name as the council, not with the cell's bar", () => {
    const chair = recordsOf("attendance", MINUTES).filter((r) => r.person === "Rosenwyn Tregarthen" && r.council);
    expect(chair.length).toBeGreaterThan(0);
    for (const r of chair) expect(r).toMatchObject({ role: "Chair", council: "Penlowen Borough Council" });
  });

  it("answers who chaired a part of the meeting from the sentence saying so, not with the Chair", async () => {
    const part = await ask("who chaired the penlowen bid bit at the oct meeting");
    expect(part.answer).toContain("“4.2 The Chair left the room for Penlowen's bid, and the Vice-Chair, Cllr Jago Polglase, chaired that part of the item.”".replace(/[“”]/g, '"'));
    const whole = await ask("who chaired the oct meeting");
    expect(whole.answer).toContain("Rosenwyn Tregarthen (Chair) was present");
  });

  it("answers who chairs from the minutes' list when the only members held are a paper's lead members", async () => {
    const a = await ask("who chairs the lifeboat stations liaison panel?");
    expect(a.answer).toMatch(/^Rosenwyn Tregarthen is listed as Chair \(Penlowen Borough Council\)/);
  });
});

describe("an R Markdown report as knitr leaves it", () => {
  it("reads a data frame printed in console output as a table, without its row numbers", async () => {
    const { text } = await loadFile(join(corpus, `${REPORT}.md`));
    expect(text).toContain("| line | budget | spent | forecast |");
    expect(text).toContain("| Volunteer recruitment | 18000 | 6200 | 17500 |");
    expect(text).not.toContain("## 2 Volunteer recruitment");
  });

  it("gives a table's figures in pounds with their separators when the table says it is in pounds", async () => {
    const a = await ask("volunteer recruitment budget and spend?");
    expect(a.answer).toContain("budget 18000 (£18,000)");
    expect(a.answer).toContain("spent 6200 (£6,200)");
  });

  it("reads a line of lead members, each with what they lead on in brackets", async () => {
    const leads = recordsOf("member", REPORT);
    expect(leads.map((m) => [m.person, m.role, m.portfolio])).toEqual([
      ["Kitto Bosanko", "lead member", "harbour safety"],
      ["Demelza Hocking", "lead member", "volunteer recruitment"],
      ["Jago Polglase", "lead member", "beach patrols"],
    ]);
  });
});

describe("a finance system's transaction listing printed to PDF", () => {
  it("keeps each double-spaced posting a row of its own, the period in its own column", async () => {
    const { text } = await loadFile(join(corpus, `${LEDGER}.pdf`));
    expect(text).toContain("19/05/2271\t02\tGRT\tGP30112\tPOLKERRIS TOWN COUNCIL\tR1-02 Slipway lighting 2nd inst\t8,000.00\t\t64,000.00 CR");
    expect(text).toContain("09/06/2271\t03\tGRT\tGP30121\tTREVONE DISTRICT COUNC\tR1-04 Beach signage 2nd inst\t5,500.00\t\t53,000.00 CR");
    expect(text).toMatch(/^\t+OPENING BALANCE 01\/04\/2271\t+12,000\.00 CR$/m);
  });

  it("reads the field block over the table as lines, once, and dates the listing by its period", async () => {
    const { text } = await loadFile(join(corpus, `${LEDGER}.pdf`));
    expect(text).toContain("PERIOD : 01/04/2271 TO 31/07/2271 (PERIODS 01-04)");
    expect(text.match(/COST CENTRE : 5180 HARBOUR SAFETY FUND/g)).toHaveLength(1);
    expect(metaOf(LEDGER).period).toBe("July 2271");
  });

  it("sums what a listing paid one council, less the reversal of a duplicate, citing each posting", async () => {
    const a = await ask("how much has trevone actually been paid?");
    expect(a.answer).toMatch(/^TREVONE DISTRICT COUNC: £5,500 net in .+ \(3 postings: debits £11,000, credits £5,500\)\./);
    expect(a.citations.map((c) => c.quote).join("\n")).toContain("16/06/2271 | 03 | REV | JN08120 | TREVONE DISTRICT COUNC | Reversal of GP30121 duplicate payment | 5,500.00 | 58,500.00 CR");
  });
});

describe("a grants system's record form saved from the browser", () => {
  it("keeps a header's value a word apart from the label under it, and a lookup's one item on its label's line", async () => {
    const { text } = await loadFile(join(corpus, `${GRANT}.html`));
    expect(text).toContain("£41,000.00 Awarded amount");
    expect(text).toContain("Offer pending Status Reason");
    expect(text).toContain("Lead contact: Ysella Pengelly");
    expect(text).toContain("Fund: Harbour Safety Fund");
  });

  it("ticks the stages its aria labels say are completed, and no other", async () => {
    const { text } = await loadFile(join(corpus, `${GRANT}.html`));
    expect(text).toContain("Received ✓");
    expect(text).toContain("Assessment ✓");
    expect(text).not.toMatch(/Offer ✓|Monitoring ✓/);
  });
});

describe("the Chair's script for the next meeting", () => {
  it("is dated by the meeting day its title gives", () => {
    expect(metaOf(SCRIPT)).toMatchObject({ date: "2272-01-18", period: "18 January 2272" });
  });

  it("does not read what the chair says about a member as who the chair is", () => {
    expect(recordsOf("member", SCRIPT).filter((m) => m.role === "chair")).toEqual([]);
  });

  it("reads a month before \"presentation\" as that month's meeting", () => {
    expect(parsePeriods("the trust's numbers from the oct presentation?", ["2270-10-08", "2271-10-05"])[0]).toMatchObject({ kind: "month", iso: "2271-10" });
  });

  it("reads a day asked without its year as the one nearest the papers' meetings", () => {
    expect(parsePeriods("who's presenting item 3 on 18 jan?", ["2271-10-05"])[0]).toMatchObject({ kind: "day", iso: "2272-01-18" });
  });
});
