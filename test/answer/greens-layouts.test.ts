/**
 * Papers of the Village Commons Task Group in the layouts of other tools (see helpers/papers-greens): an
 * Outlook calendar printed as a month grid, a Word export whose minutes are altChunk HTML parts, a GitLab
 * wiki page of Mermaid diagrams rated with emoji shortcodes, a Loomio thread, an Outlook contacts export.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import {
  ALTCHUNK_ACTION,
  ALTCHUNK_MINUTE,
  GREENS_BODY,
  LOOMIO_AGAINST,
  greensAltChunkMinutesDocx,
  greensCalendarPdf,
  greensCommitteePageHtml,
  greensContactsCsv,
  greensLoomioThreadHtml,
  greensPlanWikiMd,
} from "../helpers/papers-greens.js";

let assistant: Assistant;
let corpus: string;
const CALENDAR = "vctg-calendar-2163-11-outlook-monthly";
const MINUTES = "vctg-minutes-2163-10-12";
const PLAN = "vctg-delivery-plan-wiki";
const THREAD = "vctg-loomio-pond-survey";
const CONTACTS = "vctg-contacts-export-2163-11-03";
const PAGE = "vctg-committee-details";

const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;
const targetsOf = (docId: string) => assistant.index.recordsOf("target").filter((r) => r.docId === docId);
const membersOf = (docId: string) => assistant.index.recordsOf("member").filter((r) => r.docId === docId);
const ask = (q: string) => assistant.answerer.ask(q);

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${CALENDAR}.pdf`), await greensCalendarPdf());
  writeFileSync(join(corpus, `${MINUTES}.docx`), await greensAltChunkMinutesDocx());
  writeFileSync(join(corpus, `${PLAN}.md`), greensPlanWikiMd());
  writeFileSync(join(corpus, `${THREAD}.html`), greensLoomioThreadHtml());
  writeFileSync(join(corpus, `${CONTACTS}.csv`), greensContactsCsv());
  writeFileSync(join(corpus, `${PAGE}.html`), greensCommitteePageHtml());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a calendar printed as a month grid", () => {
  it("heads each day's items with the date its cell stands for, and keeps the items' words", async () => {
    const { text } = await loadFile(join(corpus, `${CALENDAR}.pdf`));
    expect(text).toMatch(/^### Monday 21 November 2163\n- 09:30 Programme team meeting; Teams Meeting\n- 14:00 Chair's briefing: VCTG 24 November; Teams Meeting$/m);
    expect(text).toMatch(/^### Thursday 24 November 2163\n- 10:30 VCTG meeting; Committee Room 2, Town Hall$/m);
    // (The mini-calendars' bare numbers are not text; the month printed beside them is.)
    expect(text).not.toMatch(/^\s*1 2 3 4 5 6 7\s*$/m);
    expect(text).toContain("November 2163");
  });

  it("covers the days its grid shows", () => {
    const meta = metaOf(CALENDAR);
    expect(meta.covers.map((c) => c.iso)).toEqual(expect.arrayContaining(["2163-10", "2163-11", "2163-12"]));
  });

  it("holds a body's meeting in its day's cell as that body's meeting, named by initials the papers spell out", async () => {
    const meetings = assistant.index.recordsOf("meeting").filter((m) => m.docId === CALENDAR);
    // (Only the body's own meeting: not the team's, nor the chair's briefing for it.)
    expect(meetings.map((m) => [m.board, m.date, m.time, m.venue])).toEqual([["VCTG", "2163-11-24", "10:30", "Committee Room 2, Town Hall"]]);
    const a = await ask("where's the november VCTG meeting?");
    expect(a.answer).toContain(`${GREENS_BODY}: 24 November 2163, 10:30, Committee Room 2, Town Hall`);
  });

  it("answers when an item is by its day, quoting the item as printed", async () => {
    const a = await ask("when is the chair's briefing?");
    expect(a.answer).toContain("21 November 2163");
    const cited = a.citations.find((c) => c.docId === CALENDAR);
    expect(cited?.quote).toContain("14:00 Chair's briefing: VCTG 24 November; Teams Meeting");
    // (The day heads the item; it is not part of the quote, which is the page's words.)
    expect(cited?.quote).not.toContain("Monday 21 November");
  });
});

describe("a Word export whose minutes are altChunk HTML parts", () => {
  it("reads the parts where Word merges them, in their own charset", async () => {
    const { text } = await loadFile(join(corpus, `${MINUTES}.docx`));
    expect(text).toContain(ALTCHUNK_MINUTE);
    expect(text.indexOf("Venue: Committee Room 2")).toBeLessThan(text.indexOf(ALTCHUNK_MINUTE));
    expect(text).toContain(ALTCHUNK_ACTION.join("\t"));
  });

  it("answers from the minutes' words", async () => {
    const a = await ask("what did the commons task group agree about the Ashcombe Green pond?");
    expect(a.answer).toContain("£18,400");
    expect(a.citations.some((c) => c.docId === MINUTES)).toBe(true);
  });

  it("reads a count of actions done with the sentence that goes on to those still open", async () => {
    const a = await ask("which actions from july are still open?");
    expect(a.answer).toContain("VGA-09");
    expect(a.answer).toContain("VGA-11");
  });
});

describe("a GitLab wiki page whose data is Mermaid diagrams", () => {
  it("reads a gantt chart's tasks as milestones rated by the tags the page's key explains", () => {
    const milestones = targetsOf(PLAN).filter((r) => /^G\d/.test(r.ref));
    const status = Object.fromEntries(milestones.map((r) => [r.ref, [r.status, r.statusLabel]]));
    expect(status.G01).toEqual(["Blue", "complete"]);
    expect(status.G02).toEqual(["Amber", "at risk"]);
    expect(status.G03?.[0]).toBe("Green");
    expect(status.G04).toEqual(["Amber", "at risk"]);
  });

  it("lists the milestones at risk, quoting their lines", async () => {
    const a = await ask("which milestones are at risk on the commons delivery plan?");
    expect(a.answer).toContain("G02");
    expect(a.answer).toContain("G04");
    expect(a.answer).not.toContain("G01");
    const quote = a.citations.find((c) => c.quote.includes("G04"))?.quote ?? "";
    expect(quote).toContain("G04 Pond restoration at Ashcombe Green | crit | g04 | 2164-01-09 | 2164-05-30");
  });

  it("rates a table's emoji shortcodes by the key line under it, and keeps them in the text", async () => {
    const { text } = await loadFile(join(corpus, `${PLAN}.md`));
    expect(text).toContain(":red_circle:");
    const measures = targetsOf(PLAN).filter((r) => r.ref.startsWith("VGM"));
    expect(measures.map((r) => [r.ref, r.status, r.statusLabel])).toEqual([
      ["VGM-01", "Red", "off track"],
      ["VGM-02", "Green", "on track"],
      ["VGM-03", "Amber", "some risk"],
    ]);
  });

  it("answers 'what's the latest on X?' in papers that never say 'latest'", async () => {
    const a = await ask("whats the latest on the mowing contract");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("G03 Mowing contract re-let");
  });

  it("dates the plan by its edit and covers the quarter its measures table is titled by", () => {
    expect(metaOf(PLAN).covers).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "quarter", quarter: 2, financialYear: "2163/64" })]));
  });

  it("reads a pie chart's slices as a table under its title, and a flowchart's arrows a line each", async () => {
    const { text } = await loadFile(join(corpus, `${PLAN}.md`));
    expect(text).toMatch(/^\| Programme budget 2163\/64 \(£214,000\) \|\s*\|$/m);
    expect(text).toMatch(/^\| Pond restoration \| 46000 \|$/m);
    expect(text).toMatch(/^- B -->\|over £10,000\| D\[The whole Task Group\]$/m);
    // (The chart's settings draw it; nobody reads them.)
    expect(text).not.toMatch(/dateFormat|axisFormat|showData/);
  });
});

describe("a Loomio thread saved from the browser", () => {
  it("titles the paper by the thread, not by what kind of item it is, and drops the avatars' initials", async () => {
    expect(metaOf(THREAD).title).toBe("Ashcombe Green pond: survey contract");
    expect(metaOf(THREAD).board).toBe(GREENS_BODY);
    const { text } = await loadFile(join(corpus, `${THREAD}.html`));
    expect(text).toContain(`Disagree ${LOOMIO_AGAINST.name}`);
    expect(text).not.toMatch(/\bBQ\b|\bHO\b/);
  });

  it("answers a front sheet's confidential and key-decision fields of the paper named", async () => {
    const a = await ask("is the pond survey paper confidential or a key decision?");
    // (A paper's front sheet, not the agenda's confidential items.)
    expect(a.query?.intent).toBe("paper");
    expect(a.answer).toContain("Is this report confidential? No.");
    expect(a.answer).toContain("Is this a key decision? No.");
  });

  it("finds who voted against by the poll's Disagree", async () => {
    const a = await ask("who voted against the survey contract and why?");
    expect(a.answer).toContain(LOOMIO_AGAINST.name);
    expect(a.answer).toContain(LOOMIO_AGAINST.reason);
  });
});

describe("an Outlook contacts export", () => {
  it("gives members the roles of their categories, and leaves out officers and former members", () => {
    const members = membersOf(CONTACTS).map((r) => [r.displayName, r.role, r.council]);
    expect(members).toEqual([
      ["Cllr Priscilla Adeyemi-Hurst", "chair", "Ashcombe District Council"],
      ["Cllr Oswin Pettifer", "member", "Marlcombe Borough Council"],
      ["Cllr Bartholomew Quist", "substitute", "Fenwold District Council"],
    ]);
  });

  it("gives the members the body their categories are all filed under, named by its initials", async () => {
    expect(new Set(membersOf(CONTACTS).map((m) => m.board))).toEqual(new Set(["VCTG"]));
    const a = await ask("who chairs the VCTG?");
    expect(a.answer).toContain("Cllr Priscilla Adeyemi-Hurst");
  });

  it("answers who someone is and their number with the whole row of the contact a note describes", async () => {
    const a = await ask("who runs the pond restoration budget and what's their number?");
    expect(a.answer).toContain("Halima | Ostrowski-Bell");
    expect(a.answer).toContain("020 7946 0610");
  });
});

describe("a committee's web page listing its meetings", () => {
  it("holds each listed date as the body's meeting, in the venue the line or the list gives, a cancelled one not", () => {
    const meetings = assistant.index.recordsOf("meeting").filter((m) => m.docId === PAGE);
    expect(meetings.map((m) => [m.date, m.time, m.venue])).toEqual([
      ["2163-10-12", "10.30 am", "Committee Room 2, Town Hall"],
      ["2163-11-24", "10.30 am", "Committee Room 2, Town Hall"],
      ["2164-01-18", "10.30 am", "Ashcombe Village Hall"],
    ]);
  });

  it("gives the number of the officer asked about, not the number of the one in the row above", async () => {
    const a = await ask("number for the finance business partner on the commons task group?");
    expect(a.answer).toContain("020 7946 0651");
    expect(a.answer).not.toContain("020 7946 0650");
  });

  it("answers when and where a meeting named by its month is", async () => {
    const a = await ask("when and where is the jan meeting?");
    expect(a.answer).toContain("18 January 2164");
    expect(a.answer).toContain("Ashcombe Village Hall");
  });
});
