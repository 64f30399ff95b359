/**
 * Papers of the Public Conveniences Task Group in the layouts of other tools (see
 * helpers/papers-conveniences): a fillable PDF form saved without flattening, minutes forwarded as an
 * attached message, and a Word schedule of changes struck through by hand.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { conveniencesDecisionFormPdf, conveniencesForwardedEml, conveniencesScheduleDocx } from "../helpers/papers-conveniences.js";

let assistant: Assistant;
let corpus: string;
const FORM = "pctg-pc-ud-07-decision-record";
const MINUTES = "pctg-fw-draft-minutes-2098-01-15";
const SCHEDULE = "pctg-item-4-terms-of-reference-changes";

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${FORM}.pdf`), await conveniencesDecisionFormPdf());
  writeFileSync(join(corpus, `${MINUTES}.eml`), conveniencesForwardedEml);
  writeFileSync(join(corpus, `${SCHEDULE}.docx`), await conveniencesScheduleDocx());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a PDF form filled in and saved without flattening", () => {
  it("reads what was typed into each field beside its label, and the box ticked", async () => {
    const { text } = await loadFile(join(corpus, `${FORM}.pdf`));
    expect(text).toMatch(/Decision reference\s+PC-UD-07/);
    expect(text).toMatch(/Amount of this decision\s+£36,500/);
    expect(text).toMatch(/Is this a key decision\?[^\n]*☐ Yes[^\n]*☑ No/);
  });

  it("answers from the form's values", async () => {
    const answer = await assistant.engine.ask("how much was PC-UD-07 for?");
    expect(answer.answer).toContain("£36,500");
  });
});

describe("minutes forwarded as an attached message", () => {
  it("reads the covering note, then the attached message, its dash encoded in Windows-1252 kept", async () => {
    const { text, hints } = await loadFile(join(corpus, `${MINUTES}.eml`));
    expect(hints?.title).toBe("FW: Draft minutes – Public Conveniences Task Group, 15 January 2098");
    expect(text).toContain("the draft minutes are attached – one correction");
    expect(text.indexOf("one correction")).toBeLessThan(text.indexOf("Minutes of the meeting held on Thursday 15 January 2098"));
  });

  it("reads the attached minutes' attendance and their numbered item giving the next meeting", async () => {
    const apologies = assistant.index.recordsOf("attendance").filter((a) => a.docId === MINUTES && !a.present);
    expect(apologies.map((a) => a.person)).toEqual(["Lucan Fairweather-Ngata"]);
    const meeting = assistant.index.recordsOf("meeting").find((m) => m.docId === MINUTES);
    expect(meeting?.nextMeeting).toContain("4 March 2098");
  });
});

describe("a Word schedule of changes struck through by hand", () => {
  it("writes the struck words as struck, so the old value is not read as the new", async () => {
    const { text } = await loadFile(join(corpus, `${SCHEDULE}.docx`));
    expect(text).toContain("The quorum is ~~two~~ three members.");
    expect(text).toContain("meets ~~three~~ four times a year.");
  });
});

describe("the chair as the one who acted", () => {
  it("does not read 'who did the chair consult?' as asking who the chair is", () => {
    // (With the papers' vocabulary, which knows the Task Group as a board with a chair.)
    const vocabulary = (assistant.engine as unknown as { vocabulary: Parameters<typeof parseQuestion>[1] }).vocabulary;
    expect(parseQuestion("who did the task group chair consult on PC-UD-07?", vocabulary).intent).not.toBe("membership");
    expect(parseQuestion("who is the task group chair?", vocabulary).intent).toBe("membership");
  });
});
