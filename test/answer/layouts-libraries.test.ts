/**
 * Answers from the Libraries Panel's papers (test/helpers/papers-libraries.ts): a Word agenda whose item
 * numbers follow a time column and whose contact officer is only in the page footer, an email sent round
 * as the note of an informal meeting, and a performance page titled "body – what it is".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import {
  librariesAgendaDocx,
  librariesEmailNote,
  librariesGrantsMd,
  librariesMeasuresMd,
  librariesMembershipMd,
  librariesMinutesPdf,
  librariesPerformanceHtml,
  librariesTrackerMd,
  librariesJanuaryMinutesMd,
  librariesDecisionLogTxt,
  archivesRiskCsv,
  archivesRisksMd,
  heritagePlanMd,
} from "../helpers/papers-libraries.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "libraries-agenda-2026-12-09.docx"), await librariesAgendaDocx());
  writeFileSync(join(corpus, "libraries-informal-note.txt"), librariesEmailNote);
  writeFileSync(join(corpus, "libraries-performance-q2.html"), librariesPerformanceHtml);
  writeFileSync(join(corpus, "libraries-minutes-2026-12-09.pdf"), await librariesMinutesPdf());
  writeFileSync(join(corpus, "libraries-membership-2026-27.md"), librariesMembershipMd);
  writeFileSync(join(corpus, "libraries-audit-tracker-2026-11.md"), librariesTrackerMd);
  writeFileSync(join(corpus, "libraries-performance-q3.md"), librariesMeasuresMd);
  writeFileSync(join(corpus, "libraries-reading-fund-round-2.md"), librariesGrantsMd);
  writeFileSync(join(corpus, "libraries-minutes-2027-01-20.md"), librariesJanuaryMinutesMd);
  writeFileSync(join(corpus, "libraries-decision-log.txt"), librariesDecisionLogTxt);
  writeFileSync(join(corpus, "archives-risk-register-2027-02.csv"), archivesRiskCsv);
  writeFileSync(join(corpus, "archives-programme-risks-2027-06.md"), archivesRisksMd);
  writeFileSync(join(corpus, "heritage-business-plan-2026-27.md"), heritagePlanMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quotes = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");
const titleOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)?.meta.title;

describe("a Word agenda whose item numbers follow a time column", () => {
  it("lists the items by their own numbers, the exempt part's as confidential, without page numbers", async () => {
    const a = await ask("what's on the agenda for the 9 dec meeting?");
    expect(a.answer).toContain("2. Library opening hours survey 2026");
    expect(a.answer).toMatch(/4\. Book supply framework: commercial terms[^\n]*confidential/);
    expect(a.answer).not.toMatch(/\(pages \d/);
    expect(a.answer).not.toContain("10.30. ");
  });

  it("finds the contact officer the page footer gives", async () => {
    const a = await ask("whos the contact officer for the dec 9 agenda");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Perpetua Langridge");
    expect(quotes(a)).toContain("Contact officer: Perpetua Langridge, Senior Adviser (Libraries)");
  });
});

describe("an email sent round as the note of an informal meeting", () => {
  it("is titled by its subject, not its sender", () => {
    expect(titleOf("libraries-informal-note")).toBe("Note of informal meeting with the publishers - Fri 20 Nov");
  });

  it("says who was there and who sent apologies, for the day the subject names", async () => {
    const a = await ask("who was at the informal mtg with the publishers?");
    expect(a.answer).toContain("20 November 2026");
    expect(a.answer).toMatch(/present: [^.]*Marisol Ebbage[^.]*Imogen Castlereagh/);
    expect(a.answer).toMatch(/Apologies: Ngozi Haverstock/);
    expect(quotes(a)).toContain("Attendees: Cllr Marisol Ebbage (Kirklees)");
  });
});

describe("a web page titled by its body, a dash, then what it is", () => {
  it("keeps what the page is in its title", () => {
    expect(titleOf("libraries-performance-q2")).toBe("Libraries Panel – Quarterly performance report: Quarter 2 2026/27");
  });

  it("answers whom to ask about a report named by its kind with the report's own author and contact", async () => {
    const a = await ask("who do i ask about the numbers in the perf report?");
    expect(a.answer).toContain("Augustin Pemberthy");
    expect(quotes(a)).toContain("augustin.pemberthy@local.gov.uk");
  });

  it("quotes a short paragraph whole behind the sentence that answers", async () => {
    const a = await ask("how many hours did volunteers give to library outreach?");
    expect(a.answer).toContain("8,940");
    expect(quotes(a)).toContain("Volunteers gave 8,940 hours to library outreach in the quarter. Most of the hours went to home delivery services");
  });
});

describe("PDF minutes numbered in a margin column, each minute's paragraphs run together", () => {
  it("knows who introduced an item, past a post and a body after the name", async () => {
    const a = await ask("who introduced the opening hours survey item at the december meeting?");
    expect(a.answer).toContain("Augustin Pemberthy introduced item 14/26");
  });

  it("reads a resolution run into the minute's text", async () => {
    const a = await ask("what did the panel resolve on the reading champions programme?");
    expect(a.answer).toContain("extended to 60 councils in 2027/28");
  });
});

describe("declarations under a numbered item, not a heading", () => {
  it("finds one declared without the word interest", async () => {
    const a = await ask("were any declarations made at the december meeting?");
    expect(a.answer).toContain("Orla Penhallow declared that she is a trustee of the Kernow Reading Trust");
  });
});

describe("measures written as blocks: a titled line over a table of one row", () => {
  it("lists a measure by its trend, named by its title", async () => {
    const a = await ask("which library measures are getting worse?");
    expect(a.answer).toContain("LP-05");
    expect(a.answer).toContain("Library visits per 1,000 residents");
    expect(a.answer).not.toContain("LP-06");
    expect(quotes(a)).toContain("LP-05 Library visits per 1,000 residents");
  });

  it("gives a measure's target and actual figures", async () => {
    const a = await ask("library visits measure - target vs actual?");
    expect(a.answer).toMatch(/Library visits per 1,000 residents[^\n]*Actual 2,150 visits; Target 2,400 visits/);
  });

  it("lists the measures by the report's own rating word, though its key maps that word to a colour", async () => {
    const a = await ask("what measures are showing slippage?");
    expect(a.answer).toContain("LP-05");
    expect(a.answer).not.toContain("LP-06");
    expect(a.answer).not.toContain("LP-07");
  });

  it("says whether a measure is on track with its target and actual figures", async () => {
    const a = await ask("is the e-book loans measure on track");
    expect(a.answer).toMatch(/LP-06[^\n]*Target: 300 councils; Actual: 312 councils/);
  });
});

describe("a membership table with a column for a working group", () => {
  it("knows who chairs the working group from that column", async () => {
    const a = await ask("who chairs the reading champions steering group?");
    expect(a.answer).toContain("Ngozi Haverstock");
    expect(a.answer).not.toContain("Marisol Ebbage");
  });

  it("lists its members with their party from the group rows, not the column", async () => {
    const a = await ask("who is on the reading champions steering group?");
    for (const name of ["Ngozi Haverstock", "Tobias Wellbeloved", "Orla Penhallow"]) expect(a.answer).toContain(name);
    expect(a.answer).not.toContain("Fenwick Ashdown");
    expect(a.answer).toContain("Conservative group");
  });
});

describe("a party's members and substitutes", () => {
  it("lists the members of the parties a question names", async () => {
    const a = await ask("who are the lib dem and conservative members on the libraries panel");
    for (const name of ["Orla Penhallow", "Tobias Wellbeloved", "Fenwick Ashdown"]) expect(a.answer).toContain(name);
    expect(a.answer).not.toContain("Marisol Ebbage");
  });

  it("finds a party's substitute in a table whose column says 'Substitute'", async () => {
    const a = await ask("whos the tory sub on the libraries panel");
    expect(a.answer).toMatch(/substitute: Cllr Henrietta Quarles \(Conservative group, Rutland County Council\)/);
    expect(a.answer).not.toContain("Idris Mawdsley");
  });
});

describe("a tracker whose rows are short enough to quote whole", () => {
  it("quotes each overdue row from its reference", async () => {
    const a = await ask("which audit recommendations are overdue?");
    expect(a.answer).toContain("LA-02");
    expect(a.answer).toContain("LA-03");
    expect(quotes(a)).toContain("LA-02 | Keep a register of interests for grant panels | Head of Libraries Policy | 31 August 2026 | Overdue");
  });
});

describe("a round the papers do not give", () => {
  it("declines a total asked for round 1 when only round 2's table is held, and says so", async () => {
    const a = await ask("how much did round 1 of the reading fund give out in total");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("round 2, not round 1");
  });

  it("still answers the round the papers give", async () => {
    const a = await ask("how much did round 2 of the reading fund give out in total");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("95,500");
  });
});

describe("a short paragraph that answers", () => {
  it("is shown whole, the sentence after the one that matches included", async () => {
    const a = await ask("what are the criteria for reading fund round 3?");
    expect(a.answer).toContain("To open round 3 of the reading fund on 1 March 2027");
    expect(a.answer).toContain("cost per reader (40 per cent)");
  });
});

describe("an attendance table with a column for each way of attending", () => {
  it("reads who was in the room, who joined online and who sent apologies, a substitute apart", async () => {
    const a = await ask("who sent apologies to the 20 jan meeting and did anyone sub?");
    expect(a.answer).toMatch(/apologies: Orla Penhallow\./);
    expect(a.answer).toContain("Marisol Ebbage (substitute for Cllr Penhallow)");
    const at = await ask("who was at the 20 january libraries meeting?");
    expect(at.answer).toContain("Tobias Wellbeloved – Online");
    expect(at.answer).toContain("Ngozi Haverstock (Chair) – In the room");
    const online = await ask("who joined the 20 jan libraries meeting online?");
    expect(online.answer).toContain("Tobias Wellbeloved");
    expect(online.answer).not.toContain("Fenwick Ashdown");
  });

  it("counts those the register marks in the room", async () => {
    const a = await ask("how many councillors were in the room at the 20 jan libraries meeting?");
    expect(a.answer).toMatch(/\b3 present in the room\b/);
    expect(a.answer).not.toContain("Tobias Wellbeloved");
  });
});

describe("a log of decisions written as mail headers", () => {
  it("names the log by its own field and its body, and reads a folded value whole", async () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId === "libraries-decision-log")!;
    expect(doc.meta.board).toBe("Libraries Panel");
    const a = await ask("what did the chair decide about the reading champions pilot?");
    expect(a.answer).toContain("To extend the reading champions pilot to twelve more councils, at a cost of £18,400");
  });
});

describe("a risk register exported as CSV", () => {
  it("reads its rows as risks, named by the first words of its body's name", async () => {
    const a = await ask("any risks rated very high on the public archives risk reg?");
    expect(a.answer).toContain("PAR-01");
    expect(a.answer).not.toContain("PAR-02");
    expect(quotes(a)).toContain("Digitisation projects slip, so grants are carried forward");
  });

  it("lists the risks whose direction of travel is up", async () => {
    const a = await ask("which archives risks are increasing?");
    expect(a.answer).toContain("PAR-01");
    expect(a.answer).toContain("PAR-03");
    expect(a.answer).not.toContain("PAR-04");
  });
});

describe("risks written as list items with their fields under them", () => {
  it("reads each as a risk: its score from likelihood and impact, owner, controls and direction", async () => {
    const a = await ask("what's the risk score for the volunteers for the cataloguing backlog risk?");
    expect(a.answer).toContain("ARC-01");
    expect(a.answer).toMatch(/score 12/);
    const owner = await ask("who owns the strongroom damp risk?");
    expect(owner.answer).toContain("Bartholomew Inkpen");
    const controls = await ask("what controls are in place for the cataloguing volunteers risk?");
    expect(controls.answer).toContain("a volunteer drive with county record offices, launched on 3 May 2027");
  });

  it("bands them by the paper's own ranges, written range first", async () => {
    const a = await ask("which risks on the heritage skills panel register are rated high?");
    expect(a.answer).toMatch(/ARC-01[^\n]*score 12 \(High\)/);
    expect(a.answer).not.toContain("ARC-02");
  });

  it("reads a month that names a meeting as the meeting's, not the register's", async () => {
    const a = await ask("the january mtg asked for a risk on cataloguing volunteers - how's it scored?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/ARC-01[^\n]*score 12/);
  });
});

describe("a business plan rated quarter by quarter with symbols, and a key of status codes", () => {
  it("reads the quarter the plan reports on, and who missed that quarter's milestone", async () => {
    const a = await ask("which heritage skills commitments missed their Q2 milestone?");
    expect(a.answer).toContain("HS-02");
    expect(a.answer).not.toContain("HS-03");
    expect(a.answer).not.toContain("HS-01");
  });

  it("reads a key of codes with meanings in several columns as a key, not as targets", async () => {
    const a = await ask("which heritage skills milestones were missed?");
    expect(a.answer).toContain("HSM-03");
    expect(a.answer).not.toContain("HSM-02");
    expect(a.answer).not.toContain("At risk of missing the due date:");
  });
});

