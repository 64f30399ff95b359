/**
 * Papers of the invented Heritage Orchards Joint Panel in layouts other tools make: draft minutes exported
 * from a Redmine wiki as Textile, a Word report whose front sheet is simple fields, a workbook converted to
 * markdown through pandas and an intranet news post with persona cards and calendar cards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { orchardFieldReport, orchardMinutesTextile, orchardNewsPost, orchardNoticesPdf, orchardPerformanceMarkdown, orchardRegisterMarkdown } from "../helpers/papers-orchards.js";

const MINUTES = "hojp-minutes-2284-10-03-redmine-wiki";
const REPORT = "hojp-item-4-orchard-restoration-2285-01-16";
const REGISTER = "hojp-orchard-register-2284-12-31";
const NEWS = "hojp-news-2284-12-20";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${MINUTES}.txt`), orchardMinutesTextile());
  writeFileSync(join(corpus, `${REPORT}.docx`), await orchardFieldReport());
  writeFileSync(join(corpus, `${REGISTER}.md`), orchardRegisterMarkdown());
  writeFileSync(join(corpus, `${NEWS}.html`), orchardNewsPost());
  writeFileSync(join(corpus, "hojp-performance-q2-2284-85.md"), orchardPerformanceMarkdown());
  writeFileSync(join(corpus, "hobwick-parish-magazine-notices-2285-01.pdf"), await orchardNoticesPdf());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;
const loaded = async (name: string) => (await loadFile(join(corpus, name))).text;

describe("draft minutes exported from a Redmine wiki as Textile", () => {
  it("reads headings, a table whose council cells span two rows, block quotes and a spanning note", async () => {
    const text = await loaded(`${MINUTES}.txt`);
    expect(text).toContain("## Attendance");
    expect(text).toContain("| Pellingford County Council | Cllr Oriel Vantongeren (Chair) | Present |");
    // (The second councillor's row has a cell fewer: the spanned cell is left empty, not shifted into.)
    expect(text).toContain("|  | Cllr Bastian Quarrendon | Apologies |");
    expect(text).toContain("\nSubstitute: Cllr Evadne Spurling (Pellingford County Council) for Cllr Bastian Quarrendon");
    expect(text).toContain("\nRESOLVED that the Panel:");
    expect(text).not.toContain("bq.");
    // (A coloured status is kept as written: a quote of its row is the file's own words.)
    expect(text).toContain("| #5103 | Write to the county archivist about the orchard maps | Marigold Tewkes | 15/11/2284 | %{color:red}*Overdue*% |");
  });

  it("lists the actions still open by their coloured statuses and issue numbers", async () => {
    const a = await ask("any actions from the 3 oct meeting still open?");
    expect(a.answer).toContain("#5102");
    expect(a.answer).toContain("#5103");
    expect(a.answer).toMatch(/Overdue/);
    expect(a.answer).not.toContain("#5101");
  });
});

describe("a Word report whose front sheet's values are simple fields", () => {
  it("shows each field's cached result beside its label, and titles the paper by its Title row", async () => {
    const text = await loaded(`${REPORT}.docx`);
    expect(text).toContain("Contact officer\tMarigold Tewkes");
    expect(text).toContain("Phone no\t01632 960 418");
    expect(metaOf(REPORT).title).toBe("Orchard restoration: progress at quarter 3 and the grafting budget");
  });

  it("knows the paper's item by its running header, and quotes one recommendation asked for by its letter", async () => {
    const paper = assistant.index.recordsOf("paper").find((r) => r.docId === REPORT);
    expect(paper?.item).toBe("4");
    const a = await ask("exact wording of rec (b) in item 4?");
    expect(a.answer).toContain("Recommendation (b): (b) approves £4,200 for rootstock in 2285/86.");
    expect(a.answer).not.toContain("(a) notes progress");
  });

  it("gives the contact officer and their number", async () => {
    const a = await ask("contact officer for the orchard restoration report? need their number");
    expect(a.answer).toContain("Marigold Tewkes");
    expect(a.answer).toContain("01632 960 418");
  });
});

describe("a workbook converted to markdown through pandas", () => {
  it("heads each table with its first row of data, its title above, and leaves 'NaN' at a row's ends empty", async () => {
    const text = await loaded(`${REGISTER}.md`);
    expect(text).toContain("Heritage orchards – register 2284/85 (as at 31/12/2284)\n\n| Ref | Orchard | Parish | Due | Done | RAG |\n| --- |");
    expect(text).not.toContain("Unnamed: 1");
    expect(text).toContain("| Autumn surveys |  |  |  |  |  |");
    // (A "NaN" between filled cells stays as written.)
    expect(text).toContain("| HO-04 | Quarry Bank Orchard | Pellingford | 2284-11-12 00:00:00 |  |  |".replace("|  |  |", "| NaN | N |"));
  });

  it("rates rows by the key's codes, named by the word each code's meaning opens with, though a Done column is filled", () => {
    const rows = assistant.index.recordsOf("target").filter((r) => r.docId === REGISTER);
    const byRef = new Map(rows.map((r) => [r.ref, r]));
    expect(byRef.get("HO-01")).toMatchObject({ status: "Red", statusLabel: "Red" });
    expect(byRef.get("HO-02")).toMatchObject({ status: "Amber", statusLabel: "Amber" });
    expect(byRef.get("HO-04")?.statusLabel).toBe("Not yet surveyed");
  });

  it("reads a row's machine-written dates as days under their columns, beside the row as written", async () => {
    const a = await ask("when was the tithe barn orchard survey done and how did it go");
    expect(a.answer).toContain("2284-10-28 00:00:00");
    expect(a.answer).toContain("Done: 28 October 2284");
  });

  it("answers for every code a question lists", async () => {
    const a = await ask("on the orchard register which orchards are showing R or A?");
    expect(a.answer).toContain("HO-01");
    expect(a.answer).toContain("HO-02");
    expect(a.answer).not.toContain("HO-03");
    expect(a.answer).not.toMatch(/Red \(Red\)/);
  });
});

describe("an intranet news post with persona cards and calendar cards", () => {
  it("reads a persona card's details between middle dots: role, council, party", async () => {
    const a = await ask("who chairs the heritage orchards panel");
    expect(a.answer).toContain("Oriel Vantongeren");
    const chair = assistant.index.recordsOf("member").find((r) => r.docId === NEWS && r.role === "chair");
    expect(chair).toMatchObject({ council: "Pellingford County Council", group: "Liberal Democrat" });
  });

  it("keeps a calendar card's date box, hidden from screen readers but shown on the page", async () => {
    const text = await loaded(`${NEWS}.html`);
    expect(text).toMatch(/JAN 16\s+Heritage Orchards Joint Panel/);
    expect(text).toMatch(/FEB 20\s+Wassail at Coldharbour Orchard/);
  });

  it("answers from a calendar card, its title over when it is held not taken for a heading with nothing under it", async () => {
    const a = await ask("when is the wassail at coldharbour orchard?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("FEB 20");
  });
});

describe("someone an earlier paper names, who has since left", () => {
  it("says who replaced them, from the paper that says they stood down", async () => {
    const a = await ask("who replaced cllr wrinch");
    expect(a.answer).toContain("Hesper Morrow");
  });

  it("puts the later word first when asked whether an earlier paper still holds", async () => {
    const a = await ask("oct minutes say wrinch is lead for grafting - still right?");
    expect(a.answer.split("\n")[0]).toContain("stood down");
    expect(a.answer).toContain("Hesper Morrow");
  });
});

describe("a date asked of a measure named by its reference", () => {
  it("is not answered by the measure's quarter columns, but by the passage that gives the day", async () => {
    const a = await ask("when did the HOM-1 grafting recovery plan come in?");
    expect(a.answer).toContain("9 December 2284");
  });

  it("reads a day written in figures in the passage that answers, day first as the document writes its days", async () => {
    const a = await ask("when is the orchard wall survey report due?");
    expect(a.answer).toContain("05/03/2285 is 5 March 2285");
  });
});

describe("a notices page set in narrow justified columns", () => {
  it("reads a notice's justified lines as one paragraph, though the page's columns are not found", async () => {
    const text = (await loaded("hobwick-parish-magazine-notices-2285-01.pdf")).replace(/\s+/g, " ");
    expect(text).toContain("Anyone who wishes to object to the felling of the Coldharbour pear trees should write to Marigold Tewkes, Orchards Project Officer, Shire Hall, Pellingford, by 5pm on Friday 9 February 2285.");
    const paragraphs = (await loaded("hobwick-parish-magazine-notices-2285-01.pdf")).split(/\n\s*\n/);
    expect(paragraphs.some((p) => p.includes("Anyone who wishes") && p.includes("9 February 2285"))).toBe(true);
  });

  it("answers who objections go to, and by when", async () => {
    const a = await ask("who do objections to felling the coldharbour pear trees go to, and by when?");
    expect(a.answer).toContain("Marigold Tewkes");
    expect(a.answer).toContain("9 February 2285");
  });
});
