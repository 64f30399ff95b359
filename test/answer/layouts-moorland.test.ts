/**
 * What the papers do not say (test/helpers/papers-moorland.ts): the outcome of a meeting whose papers are
 * held but not its minutes, a count or a fee a passage talks around; and dates read as the files give them
 * (front matter naming the meeting, a drafting comment, a title ending "monitoring at 31 December", an
 * export line "Position at 28/02/2027").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import {
  moorlandBudgetPaperMd,
  moorlandGrantsMd,
  moorlandMembershipMd,
  moorlandMinutesMd,
  moorlandPerformanceMd,
  moorlandRiskRegisterCsv,
  moorlandTrainingPdf,
  peatlandActionsMd,
  peatlandBoardHtml,
  peatlandGrantsTxt,
  peatlandHighlightsMd,
  peatlandPaperMd,
  peatlandUpdateMd,
  pathsBudgetMd,
  pathsMinutesTxt,
} from "../helpers/papers-moorland.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "moorland-fire-panel-minutes-2026-11-03.md"), moorlandMinutesMd);
  writeFileSync(join(corpus, "moorland-fire-panel-budget-2027-02-09.md"), moorlandBudgetPaperMd);
  writeFileSync(join(corpus, "moorland-fire-panel-risk-register.csv"), moorlandRiskRegisterCsv);
  writeFileSync(join(corpus, "peatland-board-rewetting-2027-01-12.md"), peatlandPaperMd);
  writeFileSync(join(corpus, "peatland-board-update-2027-03.md"), peatlandUpdateMd);
  writeFileSync(join(corpus, "moorland-fire-panel-membership-2026-27.md"), moorlandMembershipMd);
  writeFileSync(join(corpus, "moorland-fire-panel-training-2027-02-09.pdf"), await moorlandTrainingPdf());
  writeFileSync(join(corpus, "peatland-board-grants-2027-01-12.txt"), peatlandGrantsTxt);
  writeFileSync(join(corpus, "peatland-restoration-board.html"), peatlandBoardHtml);
  writeFileSync(join(corpus, "moorland-fire-panel-grants-2027-28.md"), moorlandGrantsMd);
  writeFileSync(join(corpus, "moorland-fire-panel-performance-2026-27-q4.md"), moorlandPerformanceMd);
  writeFileSync(join(corpus, "peatland-board-actions-2027.md"), peatlandActionsMd);
  writeFileSync(join(corpus, "peatland-board-highlights-2026-27-q3.md"), peatlandHighlightsMd);
  writeFileSync(join(corpus, "upland-paths-wg-budget-2026-27-outturn.md"), pathsBudgetMd);
  writeFileSync(join(corpus, "upland-paths-wg-minutes-2026-10-05.txt"), pathsMinutesTxt);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;

describe("dates as the files give them", () => {
  it("dates minutes by the meeting their front matter names, not by a drafting comment", () => {
    const meta = metaOf("moorland-fire-panel-minutes-2026-11-03");
    expect(meta.kind).toBe("minutes");
    expect(meta.date).toBe("2026-11-03");
    expect(meta.title).toContain("3 November 2026");
  });

  it("drops a markdown comment, which a reader never sees", () => {
    expect(assistant.index.documentText("moorland-fire-panel-minutes-2026-11-03")!.text).not.toContain("Draft v3");
  });

  it("dates a paper by its meeting, not by the end of the period its title reports on", () => {
    const meta = metaOf("moorland-fire-panel-budget-2027-02-09");
    expect(meta.date).toBe("2027-02-09");
    expect(meta.title).toBe("Wildfire budget 2026/27: monitoring at 31 December 2026");
  });

  it("dates a spreadsheet export by the position its first lines give (dd/mm/yyyy)", () => {
    expect(metaOf("moorland-fire-panel-risk-register").date).toBe("2027-02");
  });
});

describe("the outcome of a meeting", () => {
  it("says it holds a meeting's papers but not what it decided, though a later paper mentions the meeting", async () => {
    const a = await ask("did the panel approve the 12k virement on 9 feb?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("no minutes or record of decisions");
    expect(a.answer).toContain("9 February 2027");
  });

  it("answers from a later paper that says what the meeting decided", async () => {
    const a = await ask("what did the peatland board decide on the rewetting pilot on 12 jan?");
    expect(a.found).toBe(true);
    expect(a.citations.map((c) => c.quote).join("\n")).toContain("At its meeting on 12 January 2027 the Board agreed");
  });
});

describe("a value the papers talk around", () => {
  it("does not answer a count with percentages", async () => {
    const a = await ask("how many calls did the fire watch line get in december?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("no count");
  });

  it("answers a count the papers give", async () => {
    const a = await ask("how many firefighters have done the wildfire training course?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("146");
  });

  it("does not answer a fee with a paragraph that names no sum", async () => {
    const a = await ask("what is the fee for the moorland fire conference?");
    expect(a.found).toBe(false);
  });
});

describe("membership as dash bullets and a lead-in to the substitutes", () => {
  it("reads the council, the group in brackets after it and the role after a comma", () => {
    const alsop = assistant.index.recordsOf("member").find((r) => r.docId === "moorland-fire-panel-membership-2026-27" && r.person === "Winifred Alsop");
    expect(alsop).toMatchObject({ role: "vice-chair", council: "Moorland District Council", group: "Independent" });
  });

  it("names the chair and vice-chair, though a council's name shares a word with the body's", async () => {
    const a = await ask("who chairs the moorland fire panel and who is vice chair?");
    expect(a.answer).toMatch(/chair[^\n]*Bartholomew Quayle/i);
    expect(a.answer).toMatch(/vice-chair[^\n]*Winifred Alsop/i);
  });

  it("reads a group abbreviated in brackets after a council in a table, and lists a chair once", async () => {
    const fromMinutes = assistant.index.recordsOf("member").find((r) => r.docId === "moorland-fire-panel-minutes-2026-11-03" && r.person === "Bartholomew Quayle");
    expect(fromMinutes).toMatchObject({ council: "Calderdale Council", group: "Labour" });
    const a = await ask("who is on the moorland fire panel?");
    expect(a.answer).toMatch(/chair[^\n]*Bartholomew Quayle/i);
    expect(a.answer.match(/Bartholomew Quayle/g)).toHaveLength(1);
  });

  it("takes the list after \"The substitutes … are:\" as substitutes", async () => {
    const a = await ask("who are the subs on the moorland fire panel?");
    expect(a.answer).toContain("Ottoline Ferrabee");
    expect(a.answer).toContain("Rufus Kendrew");
    expect(a.answer).not.toContain("Henrietta Voysey");
  });
});

describe("a paper's contact wherever its layout puts it", () => {
  it("reads a contact given at the paper's end, under \"Report author\"", async () => {
    const a = await ask("who is the contact officer for the rewetting pilot paper?");
    expect(a.answer).toContain("Anwen Trethowan, Senior Adviser (Peatland), 020 7946 0552, anwen.trethowan@local.gov.uk");
  });

  it("reads labels in capitals on lines of their own, over their values", async () => {
    const a = await ask("who is the contact officer for the peat-free compost grants paper?");
    expect(a.answer).toContain("Marek Hollingdrake, Adviser (Green Spaces), 020 7946 0561, marek.hollingdrake@local.gov.uk");
  });

  it("reads a borderless grid of labels beside values a row each", async () => {
    const a = await ask("who is the contact officer for the wildfire training paper?");
    expect(a.answer).toContain("Ysolde Penhaligon, Senior Adviser (Wildfire), 020 7946 0557");
  });
});

describe("a web page of members' cards in accordion sections", () => {
  it("names the page by its heading, not by a terms of reference's \"Purpose\", and dates it by its update, not its term's end", () => {
    const meta = metaOf("peatland-restoration-board");
    expect(meta.title).toBe("Peatland Restoration Board");
    expect(meta.kind).not.toBe("board paper");
    expect(meta.date).toBe("2027-01");
  });

  it("reads an accordion's heading from its button, without the toggle", () => {
    const text = assistant.index.documentText("peatland-restoration-board")!.text;
    expect(text).toMatch(/\nMembership 2026\/27\n/);
    // (Its summary line is a line of its own under it.)
    expect(text).toMatch(/\nTerms of reference\n+What the Board does\n/);
    expect(text).not.toMatch(/\bShow\b/);
  });

  it("keeps a summary list's row on one line: name, post and telephone", async () => {
    expect(assistant.index.documentText("peatland-restoration-board")!.text).toContain("Idris Penhallow: Member Services Officer and clerk to the Board | 020 7946 0558");
    const a = await ask("who's the clerk to the peatland board?");
    expect(a.answer).toContain("020 7946 0558");
  });

  it("reads each card as a member: name, role, council, group and portfolio", async () => {
    const a = await ask("who chairs the peatland restoration board and who is the deputy chair?");
    expect(a.answer).toMatch(/chair[^\n]*Gwenllian Ashdown \(Plaid Cymru, Powys County Council\)/i);
    expect(a.answer).toMatch(/deputy chair[^\n]*Torquil Renshaw/i);
    const deputies = await ask("who chairs the peatland restoration board and who are the deputies?");
    expect(deputies.answer).toContain("Gwenllian Ashdown");
    expect(deputies.answer).toContain("Torquil Renshaw");
    const renshaw = assistant.index.recordsOf("member").find((r) => r.person === "Torquil Renshaw");
    expect(renshaw).toMatchObject({ council: "North Yorkshire Council", group: "Conservative", portfolio: "Lowland peat" });
  });
});

describe("a place in a list", () => {
  it("reads the first and last rows of the table the list's name captions, not its total", async () => {
    const first = await ask("who is first on the waiting list for fire breaks grants?");
    expect(first.answer).toContain("High Peak Borough Council");
    const last = await ask("who's last on the waiting list?");
    expect(last.answer).toContain("Craven District Council");
    expect(last.answer).not.toMatch(/^Last[^\n]*: Total/);
  });

  it("reads a list whose places are a column's values", async () => {
    const a = await ask("which council is first on the reserve list for fire breaks?");
    expect(a.answer).toMatch(/Reserve 1[^\n]*Oldham Council[^\n]*14,250/);
  });
});

describe("a row found by a name in one of its cells", () => {
  it("reads the cell asked for of the row that name is in, the row named", async () => {
    const a = await ask("what did saddleworth moor score?");
    expect(a.answer).toMatch(/Oldham Council[^\n]*Score:? 36/);
    // (Asked of a row without naming a column, the row whole.)
    const row = await ask("what about the saddleworth moor bid?");
    expect(row.answer).toMatch(/Oldham Council[^\n]*14,250/);
  });

  it("does not give another sum for a body asked about that the papers give no sum for", async () => {
    const a = await ask("how much did barnsley council ask for?");
    expect(a.found).toBe(false);
  });
});

describe("ratings against an earlier quarter's column", () => {
  it("lists what got worse since the quarter whose ratings the report gives beside its own", async () => {
    const a = await ask("which moorland fire measures got worse since q3?");
    expect(a.answer).toMatch(/MF-01[^\n]*Green → Amber/);
    expect(a.answer).toMatch(/MF-03[^\n]*Amber → Red/);
    expect(a.answer).not.toContain("MF-04");
  });
});

describe("an action log written as a task list", () => {
  it("reads an empty box as open, a ticked one as complete and a struck-through one as dropped", async () => {
    const a = await ask("which peatland board actions are still open?");
    expect(a.answer).toContain("PRB/02");
    expect(a.answer).not.toContain("PRB/01");
    expect(a.answer).not.toContain("PRB/03");
    const dropped = assistant.index.recordsOf("target").find((t) => t.ref === "PRB/03");
    expect(dropped).toMatchObject({ statusLabel: "Dropped", lead: "Anwen Trethowan", due: "31 March 2027" });
  });
});

describe("workstream forms whose status is a ticked check box", () => {
  it("reads the ticked option as the status and the form's Reference line as its reference", async () => {
    const a = await ask("which peatland workstreams have some slippage?");
    expect(a.answer).toContain("PRB-W2");
    expect(a.answer).not.toContain("PRB-W1");
    const w1 = assistant.index.recordsOf("target").find((t) => t.ref === "PRB-W1");
    expect(w1).toMatchObject({ status: "Green", statusLabel: "On track", lead: "Anwen Trethowan" });
  });
});

describe("a year-end budget asked for its quarter 3 column", () => {
  it("names the working group by a word of its own and 'wg', and reads the row its code labels by its head", async () => {
    const a = await ask("q3 forecast for staffing in the paths wg budget?");
    expect(a.answer).toContain("94,500");
    expect(a.answer).not.toContain("28,000");
  });
});

describe("minutes whose resolutions and actions are numbered paragraphs", () => {
  it("reads \"4.2 Resolved:\" as the item's decision and \"4.3 [Action: …]\" as its action", async () => {
    const a = await ask("what did the paths wg resolve on path surveys in october?");
    expect(a.answer).toContain("agrees the survey method for 2027");
    expect(a.answer).toMatch(/Action: Gethin Morfydd to write to the volunteer groups/);
  });
});
