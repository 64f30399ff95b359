/**
 * The Allotments and Community Growing Panel's papers (test/helpers/papers-allotments.ts): a Word note of a
 * meeting in the LGA's template, a plain-text risk register of labelled blocks, a web performance page
 * with last quarter's status beside this quarter's, a markdown membership and a PDF front sheet with a
 * wrapped label.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadPdf } from "../../src/ingest/loaders/pdf.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { allotmentsConsultationMd, allotmentsMeetingHtml, allotmentsPanelPaperPdf, allotmentsMembershipMd, allotmentsNoteDocx, allotmentsPaperPdf, allotmentsPerformanceHtml, allotmentsPlanPdf, allotmentsRiskRegisterTxt } from "../helpers/papers-allotments.js";

let assistant: Assistant;
let corpus: string;

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "allotments-panel-note-2032-03-09.docx"), await allotmentsNoteDocx());
  writeFileSync(join(corpus, "allotments-panel-risk-register-2032-02.txt"), allotmentsRiskRegisterTxt);
  writeFileSync(join(corpus, "allotments-panel-performance-2031-32-q3.html"), allotmentsPerformanceHtml);
  writeFileSync(join(corpus, "allotments-panel-membership-2031-32.md"), allotmentsMembershipMd);
  writeFileSync(join(corpus, "allotments-panel-paper-2032-03-09.pdf"), await allotmentsPaperPdf());
  writeFileSync(join(corpus, "allotments-panel-delivery-plan-2032-02.pdf"), await allotmentsPlanPdf());
  writeFileSync(join(corpus, "allotments-panel-meeting-2032-06-08.html"), allotmentsMeetingHtml);
  writeFileSync(join(corpus, "lga-response-community-growing-spaces-2032-04.md"), allotmentsConsultationMd);
  writeFileSync(join(corpus, "allotments-panel-plan-report-2032-03.pdf"), await allotmentsPanelPaperPdf());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quoted = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");
const doc = (part: string) => assistant.index.documents.find((d) => d.meta.docId.includes(part))!;
const minutes = (part: string) => assistant.index.recordsOf("minute").filter((r) => r.docId.includes(part));
const count = (type: "risk" | "target", part: string) => assistant.index.recordsOf(type).filter((r) => r.docId.includes(part)).length;

describe("a note of a meeting in the LGA's template", () => {
  it("is minutes of the meeting its details table dates", () => {
    expect(doc("note").meta.kind).toBe("minutes");
    expect(doc("note").meta.date).toBe("2032-03-09");
  });

  it("reads each row of the note's table as an item, its bold first paragraph the title", () => {
    const titles = minutes("note").map((r) => r.title);
    expect(titles).toEqual(["Welcome, apologies and declarations of interest", "Waiting lists survey 2032", "Community orchards grant: arrangements"]);
  });

  it("pairs the owners and dates of the third column with the item's actions, in order", async () => {
    const a = await ask("what actions did bryony pick up at the march meeting?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Officers to write to the councils that did not reply.");
    expect(a.answer).toContain("31 March 2032");
    expect(a.answer).toContain("Officers to publish the guidance for the grant.");
    expect(a.answer).toContain("15 April 2032");
    expect(a.answer).not.toContain("map the waiting lists");
    expect(quoted(a)).toContain("Bryony Castellan by 31 March 2032");
  });

  it("keeps the decision apart from the actions", async () => {
    const minute = minutes("note").find((r) => r.number === "3")!;
    expect(minute.decision).toContain("(a) a budget of £120,000");
    expect(minute.decision).not.toContain("Officers to publish");
  });

  it("reads the attendance appendix by its groups, written once over their rows", async () => {
    const a = await ask("who sent apologies to the march meeting of the allotments panel?");
    expect(a.answer).toContain("Ptolemy Vanstone");
    expect(a.answer).not.toContain("Honoria Pettigrew");
    const present = assistant.index.recordsOf("attendance").filter((r) => r.docId.includes("note") && r.present).map((r) => r.person);
    expect(present).toContain("Honoria Pettigrew");
    // Officers in attendance are not members of the Panel.
    expect(assistant.index.recordsOf("member").filter((r) => r.docId.includes("note")).map((r) => r.person)).not.toContain("Hollis Treadgold");
  });
});

describe("a plain-text risk register of labelled blocks", () => {
  it("is dated by its 'Position at' line and holds risks, not targets", () => {
    expect(doc("risk-register").meta.date).toBe("2032-02");
    expect(count("risk", "risk-register")).toBe(3);
    expect(count("target", "risk-register")).toBe(0);
  });

  it("reads the bands from lines that name the band first", async () => {
    const a = await ask("which risks on the allotments risk register are rated high?");
    expect(a.answer).toContain("ACG-R1");
    expect(a.answer).not.toContain("ACG-R2");
  });

  it("answers whether a risk named by its words is still open", async () => {
    const a = await ask("is the allotment survey response risk still open?");
    expect(a.answer).toContain("ACG-R3");
    expect(a.answer).toMatch(/closed/i);
    expect(a.answer).toContain("188 replies");
  });
});

describe("a performance page with last quarter's status beside this quarter's", () => {
  it("reads 'Last quarter' as an earlier rating and 'Position at …' as progress", () => {
    const t = assistant.index.recordsOf("target").find((r) => r.docId.includes("performance") && r.ref === "ACG-01")!;
    expect(t.otherRatings?.[0]?.label).toBe("On track");
    expect(t.delivered).toBe("212 plots");
  });

  it("lists the measures that moved from one named status to another since the quarter before", async () => {
    const a = await ask("which measures have gone from on track to slipping since q2?");
    expect(a.answer).toContain("ACG-01");
    expect(a.answer).not.toContain("ACG-03");
    expect(a.answer).not.toContain("ACG-04");
  });
});

describe("questions the tables answer, and ones they do not", () => {
  it("says what a row labelled by a code is, when it is the highest", async () => {
    const a = await ask("which of the orchard grants recommended scored highest?");
    expect(a.answer).toMatch(/OG2?-01 \((?:East of England; )?(?:Herefordshire|Norfolk County) Council/);
  });

  it("does not take a status word that describes another noun for a status ('open data')", async () => {
    const a = await ask("how many councils publish plot vacancies as open data now? whats the target");
    expect(a.answer).toContain("58 councils");
    expect(a.answer).not.toMatch(/status Open/i);
  });
});

describe("what the papers leave unsaid", () => {
  it("finds money 'left over' in papers that say 'left'", async () => {
    const a = await ask("whats happening with the leftover money in the orchards grant?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("£4,500");
  });

  it("declines a sum asked of one grant when the papers give only other sums", async () => {
    const a = await ask("how much is the heritage fund grant worth?");
    expect(a.found).toBe(false);
  });
});

describe("a membership with substitutes written 'Group: Cllr Name (Council)'", () => {
  it("reads the substitute's name and group", () => {
    const subs = assistant.index.recordsOf("member").filter((r) => r.docId.includes("membership") && r.role === "substitute");
    expect(subs.map((r) => [r.person, r.group])).toContainEqual(["Ysolde Carbury", "Liberal Democrat"]);
  });
});

describe("a PDF front sheet whose label wraps over two lines", () => {
  it("keeps the wrapped label on its own row, apart from the next", async () => {
    const { text } = await loadPdf(join(corpus, "allotments-panel-paper-2032-03-09.pdf"));
    expect(text).toContain("Is this report confidential?\tNo");
    expect(text).toMatch(/^Recommendations\tThat the Panel agrees/m);
  });
});

describe("a delivery plan printed by a scheduling tool, its tasks in one ruled box", () => {
  it("reads each line that opens with its own ID as a row", async () => {
    const { text } = await loadPdf(join(corpus, "allotments-panel-delivery-plan-2032-02.pdf"));
    expect(text).toMatch(/^2\tWaiting list survey report\tHollis Treadgold\t60%\tAt risk$/m);
    expect(text).toMatch(/^3\tPlot vacancy data pilot\t/m);
  });

  it("answers what is at risk, typed 'whats'", async () => {
    const a = await ask("whats at risk on the delivery plan?");
    expect(a.answer).toContain("Waiting list survey report");
    expect(a.answer).not.toContain("Plot vacancy data pilot");
  });
});

describe("a meeting's web page titled by its body and day", () => {
  it("is the meeting's record, of that day", () => {
    expect(doc("meeting").meta.kind).toBe("minutes");
    expect(doc("meeting").meta.date).toBe("2032-06-08");
  });

  it("names each row of a table grouped by region by its reference", async () => {
    const a = await ask("which orchard award scored highest?");
    expect(a.answer).toContain("OG2-01 (East of England; Norfolk County Council): 84");
    expect(a.answer).toContain("of 4 rows");
  });

  it("does not answer 'how many' from a cell whose table's title alone shares the question's words", async () => {
    const a = await ask("how many bids did the grant receive?");
    expect(a.answer).toContain("23 bids");
    expect(a.answer).not.toMatch(/Region: /);
  });
});

describe("a consultation response, each question followed by 'Our answer:'", () => {
  it("reads a question with the answer given to it", async () => {
    const a = await ask("did we agree that plot rents should be capped at inflation?");
    expect(a.answer).toContain("Our answer: Disagree.");
  });
});

describe("a PDF front sheet in a shaded panel beside the numbered paragraphs", () => {
  it("reads the panel and the paragraphs apart, each paragraph whole", async () => {
    const { text } = await loadPdf(join(corpus, "allotments-panel-plan-report-2032-03.pdf"));
    expect(text).toContain("Contact officer");
    expect(text).not.toMatch(/Hollis Treadgold[^\n]*(?:waiting list|plot vacancy)/);
    expect(text.replace(/\s+/g, " ")).toContain("2. The waiting list survey report is at risk because fewer councils replied than expected, and the report will now follow in April");
  });
});
