/**
 * Papers of the Community Chargepoints Task Group in the layouts of other tools (see
 * helpers/papers-chargepoints): a board paper saved from a report system's web form, an Excel tracker
 * printed to PDF with its row and column headings and its comments at the end of the sheet, a Teams
 * transcript downloaded as Word, a Microsoft Project plan exported as CSV and a Google Calendar invitation.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import {
  CHARGEPOINTS_BODY,
  FORM_REPORT,
  INVITE_AGENDA,
  PLAN_TASKS,
  TRACKER_COMMENT,
  TRACKER_ROWS,
  chargepointsInviteEml,
  chargepointsPlanCsv,
  chargepointsReportFormHtml,
  chargepointsTrackerPdf,
  chargepointsTranscriptDocx,
} from "../helpers/papers-chargepoints.js";

let assistant: Assistant;
let corpus: string;
const FORM = "cctg-item-5-round-2-allocations-rpt-2171-0007-saved";
const TRACKER = "cctg-hcf-tracker-2171-72-q2-with-comments";
const TRANSCRIPT = "cctg-meeting-2171-10-12-teams-transcript";
const PLAN = "cctg-chargepoint-programme-plan-project-export";
const INVITE = "cctg-updated-invitation-wickmere-2171-10-12";

const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${FORM}.html`), chargepointsReportFormHtml());
  writeFileSync(join(corpus, `${TRACKER}.pdf`), await chargepointsTrackerPdf());
  writeFileSync(join(corpus, `${TRANSCRIPT}.docx`), await chargepointsTranscriptDocx());
  writeFileSync(join(corpus, `${PLAN}.csv`), chargepointsPlanCsv());
  writeFileSync(join(corpus, `${INVITE}.eml`), chargepointsInviteEml());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a board paper saved from a report system's web form", () => {
  it("reads each field as its label and what was typed, chosen or ticked", async () => {
    const { text } = await loadFile(join(corpus, `${FORM}.html`));
    expect(text).toContain(`Reference: ${FORM_REPORT.ref}`);
    expect(text).toMatch(/^Purpose of report: For decision$/m);
    // (The options not chosen are not on the page.)
    expect(text).not.toMatch(/For discussion|For information|For noting/);
    expect(text).toContain("Is this a key decision?: ◉ Yes ◯ No");
    // (A hidden input is no field.)
    expect(text).not.toContain("a81f0c2e9d");
  });

  it("writes a text area's lines each as a line, and a fieldset's legend as a heading", async () => {
    const { text } = await loadFile(join(corpus, `${FORM}.html`));
    const lines = text.split("\n").map((l) => l.trim());
    for (const rec of FORM_REPORT.recommendations) expect(lines).toContain(rec);
    expect(lines).toContain("## Contact officer");
    expect(lines).toContain("## Report details");
    expect(text).toContain(`Name: ${FORM_REPORT.contact.name}`);
  });

  it("writes struck-through text as struck", async () => {
    const { text } = await loadFile(join(corpus, `${FORM}.html`));
    expect(text).toContain("Bids are now due by ~~30 September 2171~~ 14 November 2171");
  });

  it("is titled by its 'Report title' field and dated and placed by its 'Meeting' field", () => {
    const meta = metaOf(FORM);
    expect(meta.title).toBe(FORM_REPORT.title);
    expect(meta.board).toBe(CHARGEPOINTS_BODY);
    expect(meta.date).toBe("2171-10-12");
    expect(meta.kind).toBe("board paper");
  });

  it("reads the paper's agenda item from the field above its title, and its purpose", () => {
    const papers = assistant.index.recordsOf("paper").filter((p) => p.docId === FORM);
    expect(papers.map((p) => p.title)).toEqual([FORM_REPORT.title]);
    expect(papers[0]!.item).toBe("5");
    // (The purpose is the option chosen, not run on into the next field, "Is this a key decision?".)
    expect(papers[0]!.purpose).toBe("For decision");
    expect(papers[0]!.contacts?.[0]?.name).toBe(FORM_REPORT.contact.name);
  });

  it("answers whether the item is a key decision from the radio button checked", async () => {
    const answer = await assistant.engine.ask("is item 5 a key decision?");
    expect(answer.answer).toMatch(/key decision: Yes\b/);
  });
});

describe("an Excel tracker printed with row and column headings, its comments at the end of the sheet", () => {
  it("reads the printed grid's letters and row numbers as the program's, not the sheet's", async () => {
    const { text } = await loadFile(join(corpus, `${TRACKER}.pdf`));
    // (The loader gives the grid as it is printed; structure drops it.)
    expect(text).toMatch(/^\tA\tB\tC\tD\tE$/m);
    expect(text).toMatch(/^5\tHCF-01\t/m);
  });

  it("reads a target for each scheme with its status, and none for the total or the key", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === TRACKER);
    expect(Object.fromEntries(targets.map((t) => [t.ref, t.statusLabel]))).toEqual({
      "HCF-01": "At risk",
      "HCF-02": "On track",
      "HCF-03": "Complete",
      "HCF-04": "Delayed",
      "HCF-05": "On track",
    });
    expect(targets.find((t) => t.ref === "HCF-01")!.status).toBe("Amber");
    expect(targets.some((t) => /\bTotal\b/.test(t.text))).toBe(false);
    const keyTexts = [13, 14, 15, 16].map((r) => TRACKER_ROWS[r]![1]!);
    expect(targets.some((t) => keyTexts.some((k) => t.text.includes(k)) || /Status key/.test(t.text))).toBe(false);
    // (Nor is a row number read as a reference.)
    expect(targets.some((t) => /^\d+$/.test(t.ref))).toBe(false);
  });

  it("heads each comment by the row its cell address points at", () => {
    const places = assistant.index.chunkPlaces(TRACKER);
    const text = assistant.index.documentText(TRACKER)!.text;
    const comment = places.find((p) => text.slice(p.start, p.end).includes(TRACKER_COMMENT));
    expect(comment).toBeDefined();
    const section = comment!.locator.section?.join(" > ") ?? "";
    expect(section).toContain("Cell: D5 (HCF-01 | Brindlecombe District Council");
    expect(section).toContain("Status Q2");
    const d8 = places.find((p) => (p.locator.section ?? []).some((s) => s.startsWith("Cell: D8 (")));
    expect(d8?.locator.section?.join(" ")).toContain("HCF-04");
  });

  it("answers what a scheme's comment says", async () => {
    const answer = await assistant.engine.ask("what does the comment on HCF-01 say?");
    expect(answer.answer).toContain("withdrawn consent for the village hall site");
  });
});

describe("a Teams transcript downloaded as Word", () => {
  it("is the meeting's record, dated by its day", () => {
    const meta = metaOf(TRANSCRIPT);
    expect(meta.kind).toBe("minutes");
    expect(meta.date).toBe("2171-10-12");
    expect(meta.board).toBe(CHARGEPOINTS_BODY);
  });

  it("reads apologies and a substitute said in a turn", () => {
    const attendance = assistant.index.recordsOf("attendance").filter((a) => a.docId === TRANSCRIPT);
    const absent = attendance.filter((a) => !a.present);
    expect(absent.map((a) => a.person)).toEqual(["Barnaby Fenchurch-Oduya"]);
    const sub = attendance.find((a) => a.person === "Rosalind Quennell-Marsh");
    expect(sub?.present).toBe(true);
    expect(sub?.note).toBe("substitute for Councillor Barnaby Fenchurch-Oduya");
    // (The substitute did not send apologies, nor did the speakers.)
    expect(attendance.some((a) => a.person === "Rosalind Quennell-Marsh" && !a.present)).toBe(false);
  });

  it("reads no agenda item from the recording's length or day", () => {
    const items = assistant.index.recordsOf("agenda_item").filter((a) => a.docId === TRANSCRIPT);
    expect(items.some((i) => /8m|12s|October/.test(i.title))).toBe(false);
  });
});

describe("a Microsoft Project plan exported as CSV", () => {
  it("reads each task as a target named by its Name, rated by its Status, led by its resource", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === PLAN);
    expect(targets.map((t) => t.text)).toEqual(PLAN_TASKS.map(([name]) => name));
    expect(targets.map((t) => t.statusLabel)).toEqual(PLAN_TASKS.map(([, status]) => status));
    expect(targets.map((t) => t.lead)).toEqual(PLAN_TASKS.map(([, , who]) => who));
    // (Late is red, Complete is done.)
    expect(targets.filter((t) => t.status === "Red").map((t) => t.text)).toEqual(PLAN_TASKS.filter(([, s]) => s === "Late").map(([n]) => n));
  });

  it("lists exactly the late tasks", async () => {
    const answer = await assistant.engine.ask("which tasks are late in the chargepoint programme plan?");
    for (const [name, status] of PLAN_TASKS) {
      if (status === "Late") expect(answer.answer).toContain(name);
      else expect(answer.answer).not.toContain(name);
    }
    // (Not the tracker's delayed scheme.)
    expect(answer.answer).not.toContain("HCF-04");
  });
});

describe("a Google Calendar invitation saved as .eml", () => {
  it("announces the meeting of its calendar event's day", () => {
    const meta = metaOf(INVITE);
    expect(meta.kind).toBe("board agenda pack");
    expect(meta.date).toBe("2171-10-12");
    expect(meta.board).toBe(CHARGEPOINTS_BODY);
  });

  it("shows the old time and place struck through above the new", async () => {
    const { text, hints } = await loadFile(join(corpus, `${INVITE}.eml`));
    expect(text).toContain("~~Saturday 12 Oct 2171 ⋅ 10:30 – 13:00 (British Summer Time)~~");
    expect(text).toContain("~~Council Chamber, Civic Centre, Market Street, Wickmere WK1 2AB~~");
    expect(hints?.event).toMatchObject({ day: "2171-10-12", time: "09:45" });
    expect(hints?.event?.location).toBe("Committee Room 3, Civic Centre, Market Street, Wickmere WK1 2AB");
  });

  it("gives the meeting the event's start time and place, not the struck ones", () => {
    const meeting = assistant.index.recordsOf("meeting").find((m) => m.docId === INVITE);
    expect(meeting?.time).toBe("09:45");
    expect(meeting?.venue).toMatch(/^Committee Room 3\b/);
  });

  it("reads the agenda its description lists, and no attendance from its guests", () => {
    const items = assistant.index.recordsOf("agenda_item").filter((a) => a.docId === INVITE);
    expect(items.map((i) => i.number)).toEqual(INVITE_AGENDA.map((_, i) => String(i + 1)));
    expect(items.map((i) => i.title)).toEqual(INVITE_AGENDA);
    expect(assistant.index.recordsOf("attendance").filter((a) => a.docId === INVITE)).toEqual([]);
  });

  it("answers where the meeting is", async () => {
    const answer = await assistant.engine.ask("where's the 12 oct chargepoints meeting?");
    expect(answer.answer).toContain("Committee Room 3");
    expect(answer.answer).not.toMatch(/Council Chamber/);
    // (The paper for the meeting dates it too; the meeting is told once, by the record that places it.)
    const meetings = assistant.index.recordsOf("meeting").filter((m) => m.date === "2171-10-12");
    expect(meetings.length).toBeGreaterThan(1);
    const venue = await assistant.engine.ask("what's the venue for the 12 oct chargepoints meeting?");
    expect(venue.answer.match(/12 October 2171/g)).toHaveLength(1);
    expect(venue.answer).toContain("Committee Room 3");
  });
});

describe("questions about a paper's field and a meeting's time and place", () => {
  it("does not read 'a key decision' as asking what was decided", () => {
    const vocabulary = (assistant.engine as unknown as { vocabulary: Parameters<typeof parseQuestion>[1] }).vocabulary;
    // (The papers hold the Task Group's minutes, so "decision" alone could ask of them.)
    expect(vocabulary?.minutesBoards).toContain(CHARGEPOINTS_BODY);
    expect(parseQuestion("is item 5 a key decision?", vocabulary).intent).not.toBe("minutes");
    expect(parseQuestion("what did the task group decide on item 5?", vocabulary).intent).toBe("minutes");
  });

  it("reads '10.30' in a question about a start time as a time, not a reference", () => {
    const q = parseQuestion("what time does the oct meeting start? i had 10.30");
    expect(q.refs).not.toContain("10.30");
    expect(q.intent).toBe("meeting");
    // (Elsewhere it may be one.)
    expect(parseQuestion("is 10.30 on track?").refs).toContain("10.30");
  });

  it("reads 'where's the … meeting?' as asking about the meeting", () => {
    expect(parseQuestion("where's the 12 oct meeting?").intent).toBe("meeting");
    expect(parseQuestion("where's the 12 oct meeting about?").intent).not.toBe("meeting");
  });
});
