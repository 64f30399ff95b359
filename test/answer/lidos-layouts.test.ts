/**
 * The Lidos and Outdoor Swimming Panel's papers (test/helpers/papers-lidos.ts): a kanban board in
 * markdown, a WebVTT transcript, a Word chair's brief whose members' table says how each attends, and a
 * PDF letter with a first-page footer inside a numbered list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { lidosBoardMd, lidosBriefDocx, lidosForumHtml, lidosFundMd, lidosLetterPdf, lidosTranscriptVtt } from "../helpers/papers-lidos.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "lidos-outdoor-swimming-panel-action-board-2031-10-20.md"), lidosBoardMd);
  writeFileSync(join(corpus, "lidos-outdoor-swimming-panel-evidence-session-2031-09-18.txt"), lidosTranscriptVtt);
  writeFileSync(join(corpus, "lidos-outdoor-swimming-panel-chairs-brief-2031-10-14.docx"), await lidosBriefDocx());
  writeFileSync(join(corpus, "lidos-outdoor-swimming-panel-letter-2031-10-02.pdf"), await lidosLetterPdf());
  writeFileSync(join(corpus, "lidos-outdoor-swimming-panel-fund-2031-08.md"), lidosFundMd);
  writeFileSync(join(corpus, "lido-officers-forum-winter-opening-thread.html"), lidosForumHtml);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quoted = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");
const doc = (part: string) => assistant.index.documents.find((d) => d.meta.docId.includes(part))!;

describe("a kanban board kept as markdown", () => {
  it("is titled by its file name, not by the plugin's settings or its first lane", () => {
    expect(doc("action-board").meta.title).toBe("Lidos outdoor swimming panel action board");
  });

  it("gives each card the lane it is in as its status", async () => {
    const cards = assistant.index.recordsOf("target").filter((r) => r.docId.includes("action-board"));
    const status = (ref: string) => cards.find((c) => c.ref === ref)?.statusLabel;
    expect(status("LOS-05")).toBe("Waiting on others");
    expect(status("LOS-04")).toBe("In progress");
    // (A bold "Complete" opens the Done lane, as the plugin writes it: either word says the card is done.)
    expect(["Done", "Complete"]).toContain(status("LOS-01"));
    const a = await ask("what's waiting on others on the action board?");
    expect(a.answer).toContain("LOS-05");
    expect(a.answer).not.toContain("LOS-07");
  });

  it("quotes a card as a reader sees it: a box, not '[x]', and no settings", async () => {
    const a = await ask("when was the letter to the minister on lido capital funding sent?");
    expect(quoted(a)).toContain("Sent 2031-10-02");
    expect(quoted(a)).not.toMatch(/\[x\]|\[ \]|kanban-plugin/);
  });
});

describe("a transcript saved as WebVTT captions", () => {
  it("is titled by its NOTE, not by the 'WEBVTT' signature", () => {
    expect(doc("evidence-session").meta.title).toBe("Lidos and Outdoor Swimming Panel: evidence session on open water quality");
  });

  it("reads what was said, without the cues' numbers and timings", async () => {
    const text = assistant.index.documentText(doc("evidence-session").meta.docId)!.text;
    expect(text).toContain("Sampling at inland bathing sites found that one in four failed the standard last summer.");
    expect(text).not.toMatch(/-->|^WEBVTT|^NOTE$|^\d+$/m);
    const a = await ask("what did the wild swimming trust find about inland bathing sites?");
    expect(quoted(a)).toContain("one in four failed the standard");
  });
});

describe("a chair's brief whose members' table says how each is attending", () => {
  it("gives the meeting's apologies, and who substitutes for whom", async () => {
    const a = await ask("who sent apologies for the 14 october meeting?");
    expect(a.answer).toContain("Philippa Vandermeer");
    expect(a.answer).toContain("Godfrey Umeadi");
    expect(a.answer).not.toContain("Henrietta Blomqvist");
    const sub = await ask("who is subbing for cllr umeadi in october?");
    expect(sub.answer).toContain("Saoirse Lindqvist");
  });

  it("still lists the members and their roles", async () => {
    const a = await ask("who is the vice-chair of the lidos and outdoor swimming panel?");
    expect(a.answer).toContain("Desmond Achterberg");
  });
});

describe("the chair named in a question about something else", () => {
  it("does not answer who the chair is", async () => {
    const a = await ask("what's in the chairs letter to the minister about water quality sampling?");
    expect(a.answer).not.toMatch(/panel chair: /i);
    expect(a.answer).toContain("publish guidance on water quality sampling");
  });
});

describe("a letter whose numbered list runs over a page, past a first-page footer", () => {
  it("never quotes the footer with the item after it", async () => {
    const a = await ask("what did the panel ask the government to count lidos as?");
    expect(quoted(a)).toContain("count lidos as sports facilities");
    expect(quoted(a)).not.toContain("Smith Square");
  });
});

describe("a letter's annex table of councils", () => {
  it("is not an attendance register: councils are not people", () => {
    expect(assistant.index.recordsOf("attendance").filter((r) => r.docId.includes("letter") || r.docId.includes("fund"))).toHaveLength(0);
  });

  it("lists the rows whose status has the qualifier asked for", async () => {
    const a = await ask("which lidos are open to members only?");
    expect(a.answer).toContain("Bristol City Council");
    expect(a.answer).toContain("Cheltenham Borough Council");
    expect(a.answer).not.toContain("Cornwall Council");
  });

  it("finds a row's grant under a money column that has no £ in its cells", async () => {
    const a = await ask("reading lido - how much grant did they get and when did it reopen");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("40,000");
  });

  it("does not give a figure counted to one month for another month", async () => {
    const a = await ask("how many swims were there at the jubilee annexe in september 2031?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("no figure for september 2031");
  });

  it("answers what happened with a row from the row and its note, not from one cell", async () => {
    const a = await ask("what happened with the pelham lido?");
    expect(a.answer).toContain("Withdrawn");
    expect(a.answer).toContain("Pelham");
  });
});

describe("a forum thread saved from the browser", () => {
  it("keeps the posts and drops the page's controls, pager and portraits' alt text", () => {
    const text = assistant.index.documentText(doc("forum").meta.docId)!.text;
    expect(text).toContain("The Panel will publish guidance on winter opening hours for lidos in January 2032.");
    expect(text).toContain("Barnaby Trelawney");
    expect(text).not.toMatch(/\bReply\b|Showing posts|Profile picture/);
  });
});
