import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { structure } from "../../src/ingest/structure.js";
import { bundled } from "../helpers/corpus.js";

describe("metadata of the bundled documents", () => {
  it.each([
    ["lga-performance-report-2019-03", { title: "LGA Performance Report March 19", date: "2019-03", period: "March 2019", financialYear: "2018/19", kind: "performance report" }],
    ["lga-performance-report-2013-q1", { date: "2013-06", period: "Q1 2013/14", financialYear: "2013/14", kind: "performance report" }],
    ["iib-agenda-2018-03-22", { date: "2018-03-22", period: "22 March 2018", kind: "board agenda pack", board: "Improvement and Innovation Board" }],
    ["iib-agenda-2020-12-17", { date: "2020-12-17", period: "17 December 2020", kind: "board agenda pack", board: "Improvement and Innovation Board" }],
    ["sector-led-improvement-2018-19", { title: "Sector-led improvement in 2018/19", period: "2018/19", financialYear: "2018/19", kind: "report" }],
  ])("%s", (name, expected) => {
    const { meta } = bundled(name);
    expect(meta.docId).toBe(name);
    expect(meta).toMatchObject(expected);
  });

  it("gives the untitled Q1 2013/14 report a title naming its period", () => {
    expect(bundled("lga-performance-report-2013-q1").meta.title).toContain("Q1 2013/14");
  });

  it("lets a sidecar .meta.json override inferred fields; an unknown key is a warning, not a failure", () => {
    const dir = mkdtempSync(join(tmpdir(), "meta-"));
    const path = join(dir, "notes.txt");
    const text = "Quarterly notes\n\nSomething happened in June 2021.\n";
    writeFileSync(path, text);
    writeFileSync(`${path}.meta.json`, JSON.stringify({ title: "Board notes", date: "2021-06", board: "Resources Board" }));
    const meta = inferMetadata(path, structure({ format: "text", text }));
    expect(meta).toMatchObject({ docId: "notes", title: "Board notes", date: "2021-06", financialYear: "2021/22", board: "Resources Board" });
    writeFileSync(`${path}.meta.json`, JSON.stringify({ colour: "blue", publisher: "Fire Services Management Committee" }));
    const warnings: string[] = [];
    const withUnknown = inferMetadata(path, structure({ format: "text", text }), warnings);
    expect(withUnknown.publisher).toBe("Fire Services Management Committee");
    expect(warnings.join(" ")).toMatch(/unknown key colour ignored/);
    // A known key with a wrong value still fails loudly: the document is skipped with the reason.
    writeFileSync(`${path}.meta.json`, JSON.stringify({ kind: "novel" }));
    expect(() => inferMetadata(path, structure({ format: "text", text }))).toThrow(/kind/);
  });
});

describe("a quarter named after its year", () => {
  it("reads 'work programme 2026/27: progress at quarter 1' as covering Q1 2026/27", async () => {
    const { ingested } = await import("../helpers/corpus.js");
    const { wellbeingProgressTxt } = await import("../helpers/papers-layouts.js");
    const doc = await ingested("wellbeing-progress.txt", wellbeingProgressTxt);
    expect(doc.meta.covers).toContainEqual(expect.objectContaining({ kind: "quarter", financialYear: "2026/27", quarter: 1 }));
  });
});

describe("a body's name", () => {
  const boardOf = (name: string, text: string) => inferMetadata(join(mkdtempSync(join(tmpdir(), "meta-")), name), structure({ format: "text", text })).board;

  it("may end in 'Network', but a network named inside a longer name is no body", () => {
    expect(boardOf("update-2031-05.txt", "Delivery update: quarter 1\n\nLibraries Outreach Network\n\n14 May 2031\n\nThe update covers April to June.\n")).toBe("Libraries Outreach Network");
    expect(boardOf("fund-2031-05.txt", "Heat Network Feasibility Fund: round 1 awards\n\nTwelve councils bid.\n")).toBeUndefined();
  });

  it("may join its words with 'to', but a paper's 'Report to' says whom it is for", () => {
    expect(boardOf("minutes-2146-11-16.txt", "Home to School Transport Task Group\n\nMinutes of the meeting held on 16 November 2146\n\nPresent: Cllr A Smith\n")).toBe("Home to School Transport Task Group");
    expect(boardOf("paper-2146-11.txt", "Report to the Resources Board\n\nPurpose of report: For decision.\n\nThe paper sets out the budget.\n")).toBe("Resources Board");
  });

  it("is not a heading about the body: 'About the Task Group'", () => {
    const page = "Information for members of the task group.\n\n- About the Task Group\n- Terms of reference\n\nAbout the Task Group\n\nTerms of reference, membership and who to contact.\n";
    expect(boardOf("handbook.txt", page)).toBeUndefined();
  });

  it("is named by initials opening the title, spelt out by the document: 'SKGTG members' handbook'", () => {
    const page = "SKGTG members' handbook 2601/02\n\nAbout the Task Group\n\nInformation for members of the Stiles and Kissing Gates Task Group (SKGTG), a member task group of the Countryside Access Board.\n";
    expect(boardOf("handbook.txt", page)).toBe("Stiles and Kissing Gates Task Group");
  });

  it("is read from a note of its meeting: '… of yesterday's meeting of the X Task Group'", () => {
    const note = "Subject: Note of yesterday's meeting\n\nDear all,\n\nBelow is the note of yesterday's meeting of the Rural Bus Services Task Group.\n\nPresent: Cllr A Smith\n";
    expect(boardOf("note-2033-03-09.txt", note)).toBe("Rural Bus Services Task Group");
  });
});

describe("a body named by its initials, or by a post held on it", () => {
  const metaOf = (name: string, text: string) => inferMetadata(join(mkdtempSync(join(tmpdir(), "meta-")), name), structure({ format: "text", text }));

  it("spells the initials out where the document gives the full name", () => {
    const text = "FECTG Task Group – membership 2093/94\n\nLGA Ferry and Estuary Crossings Task Group – membership and substitutes\n\nChair: Cllr W Scarth\n";
    expect(metaOf("membership-2093-94.txt", text).board).toBe("Ferry and Estuary Crossings Task Group");
  });

  it("leaves off a signature's post: 'Chair, LGA Ferry and Estuary Crossings Task Group'", () => {
    const text = "Subject: Item 5 – ferry fares paper\n\nDear Harriet,\n\nContent with the paper.\n\nWilhelmina\n\nChair, LGA Ferry and Estuary Crossings Task Group\n";
    expect(metaOf("email-2093-11-07.txt", text).board).toBe("Ferry and Estuary Crossings Task Group");
  });
});

describe("an e-mail's 'Sent:' header", () => {
  it("nor are the days a covering note gives: 'the updated action log', corrections 'by Friday 8 January'", () => {
    const text =
      "From: Jory Penhale\nSent: 9 December 2601\nSubject: SKGTG: draft minutes of 2 December 2601 and updated action log\n\nPlease find below the draft minutes of the Stiles and Kissing Gates Task Group meeting held on Wednesday 2 December 2601, with the updated action log.\n\nIf you have any corrections, please let me know by Friday 8 January 2602.\n\nMinutes of the meeting held on Wednesday 2 December 2601\n\nPresent: Cllr A Smith\n\n1. Welcome and apologies\n\n1.1 The Chair welcomed members.\n";
    const meta = inferMetadata(join(mkdtempSync(join(tmpdir(), "meta-")), "minutes.eml.txt"), structure({ format: "text", text }));
    expect(meta.kind).toBe("minutes");
    expect(meta.date).toBe("2601-12-02");
  });

  it("is when the message was sent, not the day of the meeting its paper is for", () => {
    const text =
      "From: Harriet Voysey\nSent: 07 November 2093 16:18\nTo: Lorna Gilhespy\nSubject: Item 5 – ferry fares paper\n\nPurpose of report: For decision.\n\nMeeting: Ferry and Estuary Crossings Task Group\n\nDate: 20 November 2093\n\nRecommendations: That the Task Group agrees the fares policy.\n";
    const meta = inferMetadata(join(mkdtempSync(join(tmpdir(), "meta-")), "item-5.txt"), structure({ format: "text", text }));
    expect(meta.date).toBe("2093-11-20");
  });
});

describe("an export with a row per measure per quarter", () => {
  it("is of its latest quarter and covers each quarter its period column names", () => {
    const text = "ref\tmeasure\tperiod\tstatus\nFE-1\tSailings\t2093/94 Q1\tGreen\nFE-1\tSailings\t2093/94 Q2\tAmber\nFE-2\tFares\t2093/94 Q1\tRed\nFE-2\tFares\t2093/94 Q2\tRed\n";
    const meta = inferMetadata(join(mkdtempSync(join(tmpdir(), "meta-")), "measures.txt"), structure({ format: "text", text }));
    expect(meta.period).toBe("Q2 2093/94");
    expect(meta.covers).toContainEqual(expect.objectContaining({ kind: "quarter", financialYear: "2093/94", quarter: 1 }));
  });
});

describe("a system's printout dated on its opening lines", () => {
  it("is of the day its 'Date:' line gives, not the month its text names most", () => {
    const text = [
      "VoteLink Chamber 6.3 – Session results",
      "",
      "Session: Invasive Weeds Task Group",
      "",
      "Date: 20/01/2372 Start: 10:00 Venue: Council Chamber",
      "",
      "Vote 1 of 2 – Item 3: Minutes of the meeting held on 13 November 2371",
      "",
      "Motion: That the minutes of the meeting held on 13 November 2371 be approved.",
      "",
      "Vote 2 of 2 – Item 5: Balsam season agreed in November 2371",
      "",
    ].join("\n");
    expect(inferMetadata("/tmp/iwtg-votes.txt", structure({ format: "text", text })).date).toBe("2372-01-20");
  });
});
