/**
 * Papers of the Quarries and Minerals Panel in layouts from other tools (see helpers/papers-quarries):
 * minutes sent as an e-mail (.eml), the next pack's action log in markdown, a web report rated by ticks in
 * R / A / G / C columns, and a paper under a MultiMarkdown metadata block.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { quarriesMeasuresHtml, quarriesMinutesEml, quarriesNoteMd, quarriesPackMd, quarriesPaperMd } from "../helpers/papers-quarries.js";

let assistant: Assistant;
let corpus: string;

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "quarries-minutes-email-2077-01-25.eml"), quarriesMinutesEml);
  writeFileSync(join(corpus, "quarries-agenda-pack-2077-03-10.md"), quarriesPackMd);
  writeFileSync(join(corpus, "minerals-performance-2076-77-q3.html"), quarriesMeasuresHtml);
  writeFileSync(join(corpus, "quarries-item-5-bonds-pooling-2077-03-01.md"), quarriesPaperMd);
  writeFileSync(join(corpus, "quarries-note-2077-03-10.md"), quarriesNoteMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("minutes sent in the body of an e-mail", () => {
  it("reads the message as a mail client shows it: its headers decoded, then the HTML part's text", async () => {
    const { text, hints } = await loadFile(join(corpus, "quarries-minutes-email-2077-01-25.eml"));
    expect(hints?.title).toBe("Draft minutes – Quarries and Minerals Panel, 20 January 2077");
    expect(text).toContain("From: Odile Brannigan <odile.brannigan@local.gov.uk>");
    expect(text).toContain("Cllr Emeka Stroud (Lab) – Pellham City Council, for Cllr Gwen Marrable");
    expect(text).toMatch(/TA-23\t1\.1\tWrite to the minerals trade body/);
  });

  it("answers from the minutes in it: who came as a substitute", async () => {
    const answer = await assistant.engine.ask("who subbed at the january quarries panel?");
    expect(answer.answer).toContain("Emeka Stroud");
  });

  it("dates the attendance lists by the meeting the subject names, not by the day the message was sent", () => {
    const listed = assistant.index.recordsOf("attendance").filter((r) => r.docId === "quarries-minutes-email-2077-01-25" && r.person === "Emeka Stroud");
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed.map((r) => r.meetingDate))).toEqual(new Set(["2077-01-20"]));
  });

  it("reads a member's statement under the declarations item as a declaration, though typed with a slip", async () => {
    const answer = await assistant.engine.ask("any declerations of interest at the january quarries panel?");
    expect(answer.answer).toContain("Nadia Foulkes");
    expect(answer.answer).toContain("Haddon Edge");
  });

  it("reads declarations listed under a line of their own, one a member, as declarations", async () => {
    const declared = assistant.index.recordsOf("declaration").filter((r) => r.docId === "quarries-note-2077-03-10");
    expect(declared.map((r) => [r.person, r.item])).toEqual([["Rowan Abernethy", "4"]]);
    const answer = await assistant.engine.ask("any declarations of interest at the march quarries panel?");
    expect(answer.answer).toContain("Rowan Abernethy");
    expect(answer.answer).toContain("haulage firm");
    expect(answer.answer).not.toContain("Nadia Foulkes");
  });

  it("answers what was decided in a month named without its year from that meeting's minutes", async () => {
    const answer = await assistant.engine.ask("what did they decide on restoration bonds in january?");
    expect(answer.answer).toContain("£1.2 million");
    expect(answer.citations[0]?.quote).toContain("that the Panel agreed a minimum bond of £1.2 million");
  });

  it("says when draft minutes go for confirmation, from the covering note", async () => {
    const answer = await assistant.engine.ask("are the 20 jan quarries panel minutes signed off yet?");
    expect(answer.answer).toContain("they will go to the next meeting on Wednesday 10 March 2077 for confirmation");
  });
});

describe("an action agreed in minutes and followed up in the next pack's action log", () => {
  it("keeps a reference whole though its letters are a shorthand ('TA' is not temporary accommodation there)", () => {
    expect(parseQuestion("whats happening with TA-23, the letter?").refs).toEqual(["TA-23"]);
  });

  it("gives the action from the minutes and its status from the later action log", async () => {
    const answer = await assistant.engine.ask("whats happening with TA-23, the lorry routes letter?");
    expect(answer.answer).toContain("Odile Brannigan");
    expect(answer.answer).toContain("Overdue");
    expect(answer.citations.some((c) => c.quote.includes("TA-23 | Write to the minerals trade body") && c.quote.includes("Overdue"))).toBe(true);
  });

  it("lists the meeting's actions still open by their later status: not complete, whatever word the log uses", async () => {
    const answer = await assistant.engine.ask("which of the actions from the january quarries panel are still open?");
    for (const ref of ["TA-22", "TA-23", "TA-24"]) expect(answer.answer).toContain(ref);
    expect(answer.answer).not.toContain("TA-21");
  });

  it("reads an action log's rows rated in words as open or not when actions are asked for", async () => {
    const answer = await assistant.engine.ask("which actions in the quarries action log are still open?");
    expect(answer.answer).toContain("TA-24");
    expect(answer.answer).toContain("TA-23");
    expect(answer.answer).not.toContain("TA-21");
  });
});

describe("what a survey found, and money paid out so far", () => {
  it("answers what a survey found from the sentence that says it, past passages that only name the survey", async () => {
    const answer = await assistant.engine.ask("what did the minerals haulage forum survey find?");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("41%");
  });

  it("declines 'how much has been paid out so far?' when the papers give only sums agreed and a row that leaves the grants out", async () => {
    const answer = await assistant.engine.ask("how much restoration grant money has actually been paid out so far?");
    expect(answer.found).toBe(false);
    expect(answer.answer).not.toContain("£41,000");
    expect(answer.answer).not.toContain("£235,000");
  });
});

describe("a table of bids labelled by their references", () => {
  it("reads what the rows are from the reference column's header ('Bid ref'): a bid's score asked by its council", async () => {
    const answer = await assistant.engine.ask("what did tarrows bid score");
    expect(answer.answer).toContain("71");
    expect(answer.citations.some((c) => c.quote.includes("QRG-02 | Tarrow District Council"))).toBe(true);
  });
});

describe("a table in thousands of pounds", () => {
  it("gives a figure with the sum it stands for, the table's own figure kept", async () => {
    const answer = await assistant.engine.ask("what's the forecast for monitoring visits in the inspection budget?");
    expect(answer.answer).toContain("135 (£135,000)");
  });
});

describe("a risk register with its controls in a second table", () => {
  it("keeps one risk per reference, the second table's rows read as that table's cells", async () => {
    const risks = assistant.index.recordsOf("risk").filter((r) => r.docId === "quarries-agenda-pack-2077-03-10");
    expect(risks.map((r) => [r.ref, r.score])).toEqual([["QRR-01", 15], ["QRR-02", 12]]);
    const answer = await assistant.engine.ask("what further action is planned on QRR-02?");
    expect(answer.answer).toContain("Route signage pilot at Kelsby");
  });
});

describe("a report rated by a tick in one of four columns R / A / G / C", () => {
  it("rates each measure by the column its tick is in, the earlier quarter's word kept as the earlier rating", async () => {
    const answer = await assistant.engine.ask("which minerals measures are red at q3?");
    expect(answer.answer).toContain("QR-02");
    expect(answer.answer).not.toContain("QR-01");
    expect(answer.answer).not.toContain("QR-03");
  });

  it("reads a code the genre does not know by the word the document's key gives it ('C – complete')", async () => {
    const answer = await assistant.engine.ask("has QR-04 been done?");
    expect(answer.answer).toContain("complete");
  });
});

describe("a markdown paper under a MultiMarkdown metadata block", () => {
  it("is titled by its title, not by the body's name set under it", () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId === "quarries-item-5-bonds-pooling-2077-03-01")!;
    expect(doc.meta.title).toBe("Restoration bonds: options for pooling");
    expect(doc.meta.kind).toBe("board paper");
  });

  it("reads the metadata block as the file's own fields, as front matter is read", async () => {
    const { hints, text } = await loadFile(join(corpus, "quarries-item-5-bonds-pooling-2077-03-01.md"));
    expect(hints?.title).toBe("Restoration bonds: options for pooling");
    expect(hints?.fields?.author).toBe("Hamid Osei");
    expect(text).toContain("Meeting: Quarries and Minerals Panel, 10 March 2077");
  });

  it("gives the paper's contact officer when the paper is asked for by its title", async () => {
    const answer = await assistant.engine.ask("who is the contact officer for the restoration bonds pooling paper?");
    expect(answer.answer).toContain("Hamid Osei");
    expect(answer.answer).toContain("020 7946 0312");
  });
});
