/**
 * Papers of the invented Invasive Weeds Task Group: an open data portal page whose grid is only inside a
 * frame's `srcdoc`, a bounce carrying the original e-mail, a Word paper whose formula is Office Math, and a
 * committee system's attendance query saved as CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { extractRecords } from "../../src/ingest/records/index.js";
import { structure } from "../../src/ingest/structure.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { KNOTWEED_BODY, knotweedAttendanceCsv, knotweedBounceEml, knotweedGrantDocx, knotweedHandoutText, knotweedMinutesMarkdown, knotweedPortalHtml, knotweedProgressGitbook, knotweedVoteResultsText } from "../helpers/papers-knotweed.js";

const PORTAL = "iwtg-measures-q2-2371-72-open-data.html";
const BOUNCE = "iwtg-undeliverable-urgent-decision-2371-12-05.eml";
const GRANT = "iwtg-grant-paper-2372-01-20.docx";
const ATTENDANCE = "iwtg-attendance-query-2371-12-07.csv";
const MINUTES = "iwtg-minutes-2370-12-10.md";
const HANDOUT = "iwtg-item-5-balsam-handout-2372-02-17.txt";
const GITBOOK = "iwtg-riverbank-progress-gitbook-2372-01-24.md";
const VOTES = "iwtg-vote-results-2372-01-20.txt";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, PORTAL), knotweedPortalHtml());
  writeFileSync(join(corpus, BOUNCE), knotweedBounceEml());
  writeFileSync(join(corpus, GRANT), await knotweedGrantDocx());
  writeFileSync(join(corpus, ATTENDANCE), knotweedAttendanceCsv());
  writeFileSync(join(corpus, MINUTES), knotweedMinutesMarkdown());
  writeFileSync(join(corpus, HANDOUT), knotweedHandoutText());
  writeFileSync(join(corpus, GITBOOK), knotweedProgressGitbook());
  writeFileSync(join(corpus, VOTES), knotweedVoteResultsText());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const loaded = async (name: string) => (await loadFile(join(corpus, name))).text;
const records = async (name: string) => {
  const path = join(corpus, name);
  const doc = structure(await loadFile(path));
  return extractRecords(doc, inferMetadata(path, doc));
};

describe("an open data portal page saved with its frame", () => {
  it("reads the grid inside the frame's srcdoc as a table in the order drawn, and keeps the title and notes", async () => {
    const text = await loaded(PORTAL);
    expect(text).toContain("IWT-01\tKnotweed stands treated within 20 working days of report\t90%\t93%\tG\t88%\tA\tQuenby");
    expect(text.indexOf("IWT-01\t")).toBeLessThan(text.indexOf("IWT-03\t"));
    expect(text).toContain("measure_id\tmeasure\ttarget");
    expect(text).toContain("Correction, 9 December 2371: IWT-02 was reported as 80% and has been corrected to 81%.");
    expect(text).toContain("# Quarter 2 2371/72");
    // (The pager's arrows and the grid's buttons are the page's machinery.)
    expect(text).not.toContain("«");
    expect(text).not.toMatch(/Grid Graph/);
  });

  it("rates each measure by its latest quarter's field, its letters read by the data dictionary's key", async () => {
    const targets = (await records(PORTAL)).filter((r) => r.type === "target");
    const second = targets.find((t) => t.type === "target" && t.ref === "IWT-02");
    expect(second?.type === "target" && second.status).toBe("Red");
    expect(second?.type === "target" && second.otherRatings?.[0]).toMatchObject({ column: "q1_rag", status: "Green" });
    const third = targets.find((t) => t.type === "target" && t.ref === "IWT-03");
    expect(third?.type === "target" && third.statusLabel).toBe("complete");
    const a = await ask("which IWT measures were red at q2?");
    expect(a.answer).toContain("IWT-02");
    expect(a.answer).not.toContain("IWT-01");
  });
});

describe("questions of the papers' measures and meetings", () => {
  it("declines a rating asked of a measure the papers name but rate in no row, saying which they rate", async () => {
    const a = await ask("what's IWT-04's q2 rating?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("No row of the papers rates IWT-04");
    expect(a.answer).toContain("IWT-01, IWT-02, IWT-03");
  });

  it("leaves open actions to the passages when the reports in scope rate measures, not actions", async () => {
    const a = await ask("which actions from the nov meeting are still open?");
    expect(a.answer).not.toMatch(/No actions were/);
    expect(a.answer).toContain("IWA-02");
  });
});

describe("a handout of a meeting whose minutes are not held", () => {
  it("is the board's its file name's initials name, and says what was proposed, not what was decided", async () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId === "iwtg-item-5-balsam-handout-2372-02-17");
    expect(doc?.meta.board).toBe(KNOTWEED_BODY);
    const a = await ask("what did the tg decide on the balsam pulling season at the 17 feb meeting?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("what was proposed to the meeting, not what it decided");
  });
});

describe("a docs site's page whose tabs hold a table for each quarter, rated only by colour", () => {
  it("rates each row by its mark's colour, for the quarter its tab names, the measure named by the next column", async () => {
    const targets = (await records(GITBOOK)).filter((r) => r.type === "target");
    const q3 = targets.find((t) => t.type === "target" && t.ref === "IWP-02" && t.period === "Q3 2371/72");
    expect(q3?.type === "target" && q3.status).toBe("Red");
    // (Called by the word the key line gives its colour, though every entry of the key is the same "●".)
    expect(q3?.type === "target" && q3.statusLabel).toBe("off track");
    expect(q3?.type === "target" && q3.text).toBe("Stands cleared along the Millbrook");
    expect(q3?.locator.section).toEqual(["Q3 2371/72 (to 31 December 2371)"]);
    const q2 = targets.find((t) => t.type === "target" && t.ref === "IWP-02" && t.period === "Q2 2371/72");
    expect(q2?.type === "target" && q2.status).toBe("Amber");
  });

  it("answers for the quarter asked, or the latest, not the superseded tab", async () => {
    const red = await ask("which IWP measures are red at q3?");
    expect(red.answer).toContain("IWP-02");
    expect(red.answer).not.toContain("IWP-03");
    const figure = await ask("IWP-01 q3 figure?");
    expect(figure.answer).toContain("Result: 19");
  });
});

describe("lists of members and of a meeting's seats", () => {
  it("answers a role from the latest list that gives it, though a later list has no one in it", async () => {
    const a = await ask("who is the vice-chair of the invasive weeds task group?");
    expect(a.answer).toContain("Caspian Oduya");
  });

  it("reads a seat allocation's attendance column as the register of the meeting the printout is dated by", async () => {
    const rows = (await records(VOTES)).filter((r) => r.type === "attendance");
    expect(rows.find((r) => r.type === "attendance" && r.person === "Rhoswen Tallis")).toMatchObject({ meetingDate: "2372-01-20", present: false });
    const a = await ask("apologies for the 20 jan meeting?");
    expect(a.answer).toContain("Rhoswen Tallis");
    expect(a.answer).not.toContain("Ivo Quenby");
  });
});

describe("a survey's responses", () => {
  it("are those who answered, not members, though a column names them", async () => {
    const dir = tempDir();
    const path = join(dir, "iwtg-balsam-survey-typeform-2372-02-01.csv");
    writeFileSync(
      path,
      [
        "#,Are you responding as…?,Name of your organisation,Which council area do you mainly live in?,Anything else?,Submit Date (UTC)",
        "3e6da349,Organisation,Millbrook Anglers' Club,Colbrook,Please pull before July.,2372-01-30 10:02:11",
        "edd53125,Organisation,Harrowdene Rivers Trust,Harrowdene,,2372-01-29 16:40:03",
      ].join("\n"),
    );
    const doc = structure(await loadFile(path));
    expect(extractRecords(doc, inferMetadata(path, doc)).filter((r) => r.type === "member")).toEqual([]);
  });
});

describe("a bounce carrying the original e-mail", () => {
  it("is read as the original message, titled by its subject", async () => {
    const text = await loaded(BOUNCE);
    expect(text.startsWith("From: Tamsin Rowbotham")).toBe(true);
    expect(text).not.toContain("couldn't be delivered");
    expect(text).toContain("Decision\tTo treat 14 further riverbank sites");
    const doc = assistant.index.documents.find((d) => d.meta.docId === "iwtg-undeliverable-urgent-decision-2371-12-05");
    expect(doc?.meta.title).toBe("IWTG: Chair's urgent decision UD-2371-02");
  });

  it("answers what was decided from the record's Decision, in the December the papers hold a decision of", async () => {
    const a = await ask("what did the chair decide under urgency in december");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("£12,300");
    expect(a.answer).not.toContain("Regrowth was found");
  });
});

describe("a Word paper whose formula is an equation", () => {
  it("writes the display and inline equations in Word's linear form", async () => {
    const text = await loaded(GRANT);
    expect(text).toContain("A_i = G × (0.6 × S_i/S + 0.4 × 1/N)");
    expect(text).toContain("A_i is the allocation to council i;");
    expect(text).toContain("S_i is the number of infested sites council i reported, and S is the total;");
  });

  it("answers what the formula is with the equation", async () => {
    const a = await ask("whats the formula for allocating the weed treatment grant");
    // (The sentence leading in to the equation is read with it.)
    expect(a.answer).toContain("worked out as follows: A_i = G × (0.6 × S_i/S + 0.4 × 1/N)");
  });
});

describe("an attendance query saved from a database", () => {
  it("reads members by their role field, leaving out NULLs, per-meeting fields and a member whose appointment ended", async () => {
    const members = (await records(ATTENDANCE)).filter((r) => r.type === "member");
    const names = members.map((m) => (m.type === "member" ? m.person : ""));
    expect(names).not.toContain("Mabel Ashdown");
    const welland = members.find((m) => m.type === "member" && m.person === "Otto Welland");
    expect(welland?.type === "member" && welland.role).toBe("substitute");
    const quenby = members.find((m) => m.type === "member" && m.person === "Ivo Quenby");
    expect(quenby?.type === "member" && quenby.role).toBe("chair");
    const details = quenby?.type === "member" ? (quenby.details ?? []).map((d) => d.column) : [];
    expect(details).not.toContain("Meeting Date");
    expect(details).not.toContain("Attendance");
    expect(JSON.stringify(quenby?.type === "member" ? quenby.details : [])).not.toContain("NULL");
  });

  it("is the board's whose initials its file name begins with", () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId === "iwtg-attendance-query-2371-12-07");
    expect(doc?.meta.board).toBe(KNOTWEED_BODY);
    const bounce = assistant.index.documents.find((d) => d.meta.docId === "iwtg-undeliverable-urgent-decision-2371-12-05");
    expect(bounce?.meta.board).toBe(KNOTWEED_BODY);
  });

  it("lists the named substitutes", async () => {
    const a = await ask("who are the named subs on the iwtg?");
    expect(a.answer).toContain("Linnet Farrage");
    expect(a.answer).toContain("Otto Welland");
    expect(a.answer).not.toContain("Caspian Oduya");
  });

  it("reads each row as who came to that meeting, a substitute with the member whose id it gives", async () => {
    const rows = (await records(ATTENDANCE)).filter((r) => r.type === "attendance" && r.meetingDate === "2371-11-13");
    const welland = rows.find((r) => r.type === "attendance" && r.person === "Otto Welland");
    expect(welland?.type === "attendance" && welland.note).toBe("substitute for Cllr Rhoswen Tallis");
    // (A substitute not called says nothing of the meeting.)
    expect(rows.some((r) => r.type === "attendance" && r.person === "Linnet Farrage")).toBe(false);
    const a = await ask("who was on teams for the nov meeting?");
    expect(a.answer).toContain("Caspian Oduya");
    expect(a.answer).not.toContain("Ivo Quenby");
  });
});
