/**
 * Papers of the invented Towpath Wardens Working Group in two layouts: a programme tracker saved as Excel's
 * "Formatted Text (Space delimited)", a folded leaflet exported print-ready with its panels imposed on
 * landscape sheets, and minutes published by a meeting portal (items titled by class, decisions as motion
 * blocks), and a poll report exported a row per answer; with a note of a meeting that gives a figure the
 * tracker shows as hashes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { passageChars } from "../../src/answer/engine.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { structure } from "../../src/ingest/structure.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { towpathLeafletPdf, towpathMeetingNoteText, towpathPollReportCsv, towpathPortalMinutesHtml, towpathTrackerPrn } from "../helpers/papers-towpath.js";

const TRACKER = "twwg-programme-tracker-q2-2311-12.txt";
const LEAFLET = "twwg-members-guide-2311-12.pdf";
const NOTE = "twwg-note-2311-12-03.txt";
const MINUTES = "twwg-minutes-2311-12-03.html";
const POLLS = "twwg-workshop-2311-12-09-poll-report.csv";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, TRACKER), towpathTrackerPrn());
  writeFileSync(join(corpus, LEAFLET), await towpathLeafletPdf());
  writeFileSync(join(corpus, NOTE), towpathMeetingNoteText());
  writeFileSync(join(corpus, MINUTES), towpathPortalMinutesHtml());
  writeFileSync(join(corpus, POLLS), towpathPollReportCsv());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const loaded = async (name: string) => (await loadFile(join(corpus, name))).text;

describe("a sheet saved as Excel's Formatted Text", () => {
  it("reads figures set right and ratings centred as cells of their columns, touching cells apart", async () => {
    const text = await loaded(TRACKER);
    expect(text).toContain("TWW-02\tLock-side lifebuoys checked and in place\t18 of 18\t16 of 18\tAmber\t14 of 18\tRed\tCllr Pellow");
    expect(text).toContain("TWW-04\tBridges with a current safety inspection\t9 of 9\t7 of 9\tAmber\t9 of 9\tComplete\tCllr Ashworth");
    expect(text).toContain("Warden training and kit\t£31,000\t##########\t£31,000");
  });

  it("puts the columns written as a second block back beside their rows", async () => {
    const text = await loaded(TRACKER);
    expect(text).toMatch(/TWW-02\t[^\n]*\tCllr Pellow\tFour buoys stolen at Hatherop and Wendle locks in July\t20\/11\/2311/);
    expect(text).toMatch(/TWR-02\t[^\n]*\tTamper-proof housings at six locks\t13\/11\/2311/);
  });

  it("lists the risks rated high from the register under the measures", async () => {
    const a = await ask("which risks are rated high?");
    expect(a.answer).toContain("TWR-01");
    expect(a.answer).toContain("TWR-02");
    expect(a.answer).not.toContain("TWR-03");
  });

  it("gives a risk's mitigation from the second block", async () => {
    const a = await ask("what is the mitigation for TWR-02?");
    expect(a.answer).toContain("Tamper-proof housings at six locks");
  });

  it("quotes a row as the file has it, without the second block's words", async () => {
    const a = await ask("what is the mitigation for TWR-02?");
    const file = readFileSync(join(corpus, TRACKER), "latin1").replace(/\s+/g, " ");
    const quote = a.citations.find((c) => c.quote.includes("TWR-02"))?.quote;
    expect(quote).toBeDefined();
    expect(file).toContain(quote!.split(" | ").join(" ").replace(/\s+/g, " ").slice(0, 40));
    expect(quote).not.toContain("Tamper-proof");
  });

  it("answers which measures got worse between two quarters from the two rating columns", async () => {
    const a = await ask("what got worse between q1 and q2?");
    expect(a.answer).toContain("TWW-02");
    expect(a.answer).toContain("TWW-03");
    expect(a.answer).not.toContain("TWW-05");
  });

  it("gives a count of a whole as the measure's figures", async () => {
    const a = await ask("is the bridge inspections measure done?");
    expect(a.answer).toContain("TWW-04");
    expect(a.answer).toContain("Q2: 9 of 9");
  });

  it("shows a passage long enough to hold the sentence after the one found", async () => {
    expect(passageChars(1)).toBe(600);
    expect(passageChars(3)).toBe(480);
    expect(passageChars(6)).toBe(480);
    const a = await ask("which actions from the july meeting are open?");
    expect(a.answer).toContain("TWA-12");
    expect(a.answer).toContain("TWA-15");
  });

  it("leaves a figure shown as hashes to the papers that give it", async () => {
    const a = await ask("how much has been spent on warden training? the tracker shows ####");
    expect(a.answer).toContain("£12,486.75");
  });
});

describe("a folded leaflet exported print-ready", () => {
  it("reads each panel whole, the cover first, and leaves out the slug's page line", async () => {
    const text = await loaded(LEAFLET);
    expect(text).toMatch(/Contact us\s+\*?\*?Programme Manager, Towpaths\s+Gwendoline Farquharson\s+020 7946 0611/);
    expect(text.indexOf("Towpath Wardens Working Group")).toBeLessThan(text.indexOf("Who's who"));
    expect(text.indexOf("Who's who")).toBeLessThan(text.indexOf("How we work"));
    expect(text).not.toContain(".indd");
  });

  it("is titled by its cover and dated by when it was published", async () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId.startsWith("twwg-members-guide"))!;
    expect(doc.meta.title).toContain("Members' guide 2311/12");
    expect(doc.meta.date).toBe("2311-07");
  });

  it("lists the named substitutes under their heading, one member to a line", async () => {
    const a = await ask("who are the named substitutes of the towpath wardens working group?");
    expect(a.answer).toContain("Danvers");
  });

  it("gives a post's phone number from its contact card", async () => {
    const a = await ask("number for the programme manager?");
    expect(a.answer).toContain("020 7946 0611");
    expect(a.answer).toContain("Gwendoline Farquharson");
  });
});

describe("minutes published by a meeting portal", () => {
  it("reads an item's numbered title, set by its class, as a heading", async () => {
    const text = await loaded(MINUTES);
    expect(text).toContain("### 2. Towpath Safety Plan: Performance at Quarter 2 2311/12 (Report TWWG-2311-07)");
    expect(text).toContain("### 3. Lock-side Safety Grants: Round 1 (Report TWWG-2311-08)");
  });

  it("keeps a motion's result and an attachment's name inside the item, not as headings", async () => {
    const headings = structure(await loadFile(join(corpus, MINUTES))).blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toContain("3. Lock-side Safety Grants: Round 1 (Report TWWG-2311-08)");
    expect(headings.filter((h) => /^(?:Carried|Defeated)\b|\.pdf$/.test(h))).toEqual([]);
    const minutes = assistant.index.recordsOf("minute").filter((r) => r.docId.startsWith("twwg-minutes"));
    expect(minutes.find((r) => r.number === "3")!.decision).toContain("Carried (5 to 2)");
  });

  it("answers what a report not held recommended from what its meeting resolved on it", async () => {
    const a = await ask("what did the round 1 grants report recommend? TWWG-2311-08");
    expect(a.answer).toContain("£9,000 to Hatherop District Council");
    expect(a.answer).toContain("Carried (5 to 2)");
  });

  it("says whether an amendment got through by the result under its motion block", async () => {
    const a = await ask("did quist's amendment on hatherop get through?");
    expect(a.answer).toMatch(/^No\b/);
    expect(a.answer).toContain("Defeated (2 to 5)");
    expect(a.citations.some((c) => c.quote === "Defeated (2 to 5)")).toBe(true);
  });

  it("says a motion was carried when its result says so", async () => {
    const a = await ask("was the motion on the round 1 grants to hatherop and wendle carried?");
    expect(a.answer).toMatch(/^Yes\b/);
    expect(a.answer).toContain("Carried (5 to 2)");
  });

  it("says what another item named by its number is", async () => {
    const a = await ask("why were the press and public excluded on 3 dec?");
    expect(a.answer).toContain("Warden Patrol Contract");
  });

  it("answers what was resolved on a quarter's report from the item about that quarter", async () => {
    const a = await ask("what was resolved on the q2 performance report");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("lifebuoy replacement plan by 16 January 2312");
  });
});

describe("a poll report exported a row per answer", () => {
  it("is dated by the day its report was generated", () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId.startsWith("twwg-workshop"))!;
    expect(doc.meta.date).toBe("2311-12-09");
  });

  it("counts the rows whose answer is the option asked about", async () => {
    const a = await ask("how many picked lifebuoys in the workshop poll?");
    expect(a.answer).toContain("3 of the 5");
    expect(a.answer).toContain("What should round 2 fund first?");
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("counts every answer to the question a poll is named by", async () => {
    const a = await ask("how did the winter patrol poll go?");
    expect(a.answer).toContain("Yes: 3");
    expect(a.answer).toContain("No: 2");
  });
});
