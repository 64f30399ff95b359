/**
 * Answers from further layouts (test/helpers/papers-layouts.ts) beside the minutes of papers-sections: what
 * a key's rating words mean, targets listed by a rating word, a lead member's portfolio from the line under
 * a member, a risk's factors read by their letters, an agenda with dot leaders, a count of a board's members,
 * a two-column PDF quoted whole, questions that ask who is doing something by when, and a forward plan's
 * row found by its item.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig, withCorpus } from "../helpers/assistant.js";
import { asDocument, isVerbatim } from "../helpers/verbatim.js";
import {
  bankingBriefingPdf,
  coastalAgendaTxt,
  cultureBriefingMd,
  cultureDashboardHtml,
  cultureDecisionsHtml,
  cultureOutturnDocx,
  cultureRegisterDocx,
  floodRegisterMd,
  heritageTorTxt,
  librariesAgendaMd,
  librariesAttendanceTxt,
  librariesProgressDocx,
  cyclingDashboardHtml,
  cyclingMinutesTxt,
  wellbeingAgendaDocx,
  wellbeingBudgetHtml,
  wellbeingMinutesMd,
  wellbeingProgressTxt,
  housingReportDocx,
  parksReportTxt,
  ruralActionsLogMd,
  ruralForwardPlanTxt,
  skillsScorecardMd,
  ruralRegisterHtml,
  transportDecisionsHtml,
  transportReportPdf,
  villageShopsAllocationsMd,
  waterwaysForwardPlanMd,
} from "../helpers/papers-layouts.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "housing-report.docx"), await housingReportDocx());
  writeFileSync(join(corpus, "flood-register.md"), floodRegisterMd);
  writeFileSync(join(corpus, "coastal-agenda.txt"), coastalAgendaTxt);
  writeFileSync(join(corpus, "banking-briefing.pdf"), await bankingBriefingPdf());
  writeFileSync(join(corpus, "culture-dashboard.html"), cultureDashboardHtml);
  writeFileSync(join(corpus, "culture-briefing.md"), cultureBriefingMd);
  writeFileSync(join(corpus, "culture-register.docx"), await cultureRegisterDocx());
  writeFileSync(join(corpus, "culture-outturn.docx"), await cultureOutturnDocx());
  writeFileSync(join(corpus, "culture-decisions.html"), cultureDecisionsHtml);
  writeFileSync(join(corpus, "heritage-tor.txt"), heritageTorTxt);
  writeFileSync(join(corpus, "transport-report.pdf"), await transportReportPdf());
  writeFileSync(join(corpus, "parks-report.txt"), parksReportTxt);
  writeFileSync(join(corpus, "waterways-work-programme.md"), waterwaysForwardPlanMd);
  writeFileSync(join(corpus, "rural-register.html"), ruralRegisterHtml);
  writeFileSync(join(corpus, "rural-forward-plan.txt"), ruralForwardPlanTxt);
  writeFileSync(join(corpus, "village-shops-allocations.md"), villageShopsAllocationsMd);
  writeFileSync(join(corpus, "rural-actions-log.md"), ruralActionsLogMd);
  writeFileSync(join(corpus, "skills-scorecard.md"), skillsScorecardMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quotes = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");

describe("a report rated in words, with a key that says what they mean", () => {
  it("says what a rating word means, quoting the key", async () => {
    const a = await ask("what does partially achieved mean in the housing report?");
    expect(a.answer).toContain("Partially achieved = Some of the target has been met, the rest is expected later.");
    expect(a.answer).not.toContain("..");
    expect(quotes(a)).toContain("Partially achieved | Some of the target has been met");
  });

  it("lists the targets not achieved this quarter, and not the count of them", async () => {
    const a = await ask("which housing targets were not achieved?");
    expect(a.answer).toMatch(/HO3/);
    expect(a.answer).not.toMatch(/HO1|HO2|HO4/);
  });
});

describe("a membership written as lines with the role under each member", () => {
  it("names the lead member for a portfolio", async () => {
    const a = await ask("who is the lead member for tourism on the coastal communities board?");
    expect(a.answer).toMatch(/Cllr Tom Reid/);
    expect(a.answer).toMatch(/Tourism/);
    expect(a.answer).not.toMatch(/Ann Holt|Ravi Mistry/);
  });

  it("counts the board's members", async () => {
    const a = await ask("how many members does the coastal communities board have?");
    expect(a.answer).toMatch(/^4 members of the Coastal Communities Board/);
  });
});

describe("a register whose scores name their factors", () => {
  it("gives a risk's likelihood and impact the right way round", async () => {
    const a = await ask("what is the likelihood of FR-2?");
    expect(a.answer).toMatch(/Impact 4 × likelihood 2 = score 8/);
    expect(quotes(a)).toContain("I4 x L2 = 8");
  });
});

describe("an agenda with dot leaders", () => {
  it("lists the items with their pages and no dots", async () => {
    const a = await ask("what's on the agenda for the coastal communities board?");
    expect(a.answer).toContain("3. Coastal erosion funding: an update on the shoreline management programme (pages 9-14)");
    expect(a.answer).toContain("1. Welcome, apologies and declarations of interest – Verbal");
    expect(a.answer).not.toMatch(/\.{3}/);
  });

  it("finds an item by words a topic would set aside ('the tourism plan item'), with the note under it", async () => {
    const a = await ask("what pages is the seaside tourism recovery plan in the coastal communities board pack, and who's introducing it?");
    expect(a.answer).toMatch(/Item 4, "Seaside tourism recovery plan".*pages 15-22/);
    expect(a.answer).toContain("Cllr Tom Reid, Lead Member for Tourism, will introduce this item");
    expect(a.answer).not.toMatch(/Coastal erosion/);
  });
});

describe("a two-column PDF", () => {
  it("quotes a paragraph of the right-hand column whole and verbatim", async () => {
    const a = await ask("how many banking hubs have opened in coastal towns?");
    expect(a.answer).toMatch(/only three hubs have opened in coastal towns so far/);
    for (const c of a.citations) expect(isVerbatim(c.quote, [asDocument(assistant.index.documentText(c.docId)?.text ?? "")]), c.quote).toBe(true);
  });
});

describe("questions about who is doing something, by when", () => {
  const vocab = { people: [], boards: ["Coastal Communities Board"], minutesBoards: ["Coastal Communities Board"] };
  it("reads them as questions about the minutes' actions, even when they name a venue or a meeting", () => {
    expect(parseQuestion("who's sorting the venue for the next meeting, and by when?", vocab).intent).toBe("minutes");
    expect(parseQuestion("who is drafting the response to the consultation?", vocab).intent).toBe("minutes");
    // Without minutes to read, a venue question stays a question about the meeting.
    expect(parseQuestion("where is the venue for the next meeting?", vocab).intent).toBe("meeting");
  });

  it("knows a board by a word of its own and the initials of its kind ('coastal SIG'), beside another board", () => {
    const boards = ["Coastal Special Interest Group", "Local Infrastructure and Net Zero Board", "Asylum, Refugee and Migration Task Group"];
    const named = { people: [], boards, minutesBoards: ["Coastal Special Interest Group"] };
    expect(parseQuestion("what did the coastal sig agree on erosion funding?", named).board).toBe("Coastal Special Interest Group");
    const both = parseQuestion("is anyone on both LINZ and the asylum task group this year?", named);
    expect(both.boards).toEqual(expect.arrayContaining(["Local Infrastructure and Net Zero Board", "Asylum, Refugee and Migration Task Group"]));
    expect(both.intent).toBe("membership");
  });

  it("reads 'who chaired <an event> on <a day>' as about that event, not a board's meeting", () => {
    expect(parseQuestion("who chaired the launch webinar on 1 dec 2020?", vocab).intent).not.toBe("attendance");
    expect(parseQuestion("who chaired the coastal communities board on 6 February 2025?", vocab).intent).toBe("attendance");
  });
});

describe("a dashboard of cards", () => {
  it("gives a programme's rating and why, from its card, not another report's nearest target", async () => {
    const a = await ask("whats the RAG on library futures + why");
    expect(a.answer).toMatch(/Library Futures: Red/);
    expect(a.answer).toContain("Only four of the ten pilot libraries");
    expect(a.answer).not.toMatch(/HO\d/);
  });

  it("lists the programmes of a rating", async () => {
    const a = await ask("which culture programmes are amber or red?");
    expect(a.answer).toMatch(/Library Futures/);
    expect(a.answer).toMatch(/Festival Resilience Fund/);
    expect(a.answer).not.toMatch(/Museum Skills Exchange/);
  });

  it("gives a card's figures", async () => {
    const a = await ask("how much has the festival resilience fund spent so far?");
    expect(a.answer).toContain("£455,000");
  });
});

describe("a who's-who briefing", () => {
  it("names a lead member by portfolio", async () => {
    const a = await ask("who is the lead member for museums on the culture board?");
    expect(a.answer).toMatch(/Greta Vance/);
  });
});

describe("a register's own status words", () => {
  it("lists the risks with the status asked for, in the question's form of the word", async () => {
    const a = await ask("which culture board risks are we tolerating?");
    expect(a.answer).toMatch(/status Tolerate/);
    expect(a.answer).toMatch(/CB-R2/);
    expect(a.answer).toMatch(/CB-R4/);
    expect(a.answer).not.toMatch(/CB-R1|CB-R3/);
  });
});

describe("a table with a column per year", () => {
  it("answers a year's figure from that year's columns, though the paper is dated a year later", async () => {
    const a = await ask("what was the 2023/24 actual for museum skills exchange?");
    expect(a.answer).toContain("291,000");
    expect(a.answer).not.toContain("298,400");
  });
});

describe("minutes whose attendance is one sentence", () => {
  it("says who chaired and, when asked, who sent apologies", async () => {
    const a = await ask("who chaired the culture board on 5 june 2025 and who sent apologies?");
    expect(a.answer).toMatch(/Hester Quayle \(Chair\)/);
    expect(a.answer).toMatch(/apologies: Greta Vance; Piers Tolland/);
  });
});

describe("terms of reference", () => {
  it("answers 'how often' with the frequency, and 'meet' is not a question about meeting a target", async () => {
    expect(parseQuestion("how often does the heritage skills tfg meet?").intent).toBe("free_text");
    const a = await ask("how often does the heritage skills task & finish group meet?");
    expect(a.answer).toMatch(/meets every eight weeks/);
  });
});

describe("a landscape PDF report rated by codes in brackets", () => {
  it("lists the targets its key calls complete, across both pages", async () => {
    const a = await ask("which transport targets are complete?");
    expect(a.answer).toMatch(/TB1/);
    expect(a.answer).toMatch(/TB5/);
    expect(a.answer).not.toMatch(/TB[234678]/);
  });

  it("gives a target's due date and lead when asked when and who", async () => {
    const a = await ask("when's TB3 due and whos leading it");
    expect(a.answer).toMatch(/TB3.*G \(Green\)\. Due: 31 March 2026\. Lead: Idris Mallory\./s);
  });

  it("reads 'is it done?' as a question about a target's rating", async () => {
    const a = await ask("is the data-sharing protocol with national highways done?");
    expect(a.answer).toMatch(/TB5.*C \(Blue\)/s);
  });

  it("reads a rating code asked in capitals ('which are R?')", async () => {
    const a = await ask("which transport targets are R?");
    expect(a.answer).toMatch(/2 targets were R \(Red\)/);
    expect(a.answer).toMatch(/TB2/);
    expect(a.answer).toMatch(/TB8/);
  });
});

describe("a table row wrapped on to a line of its own", () => {
  it("still cites the row, quoting only words that run on in the file as written", async () => {
    const a = await ask("what's the status of PK1?");
    expect(a.answer).toMatch(/PK1.*Amber/s);
    expect(a.citations.length).toBeGreaterThan(0);
    const loaded = asDocument(assistant.index.documentText(a.citations[0]!.docId)?.loadedText ?? "");
    for (const c of a.citations) expect(isVerbatim(c.quote, [loaded]), c.quote).toBe(true);
  });
});

describe("a forward plan: a row found by its item, asked for its date and officer", () => {
  it("gives the meeting (carried down from the row above) and the officer of the item named", async () => {
    const a = await ask("when is the canal heritage survey final report coming to the waterways board, and who's the officer?");
    expect(a.answer).toContain("4 February 2026");
    expect(a.answer).toContain("Jasper Whitcombe");
    expect(a.answer).not.toContain("Marisol Teague");
    expect(quotes(a)).toContain("Canal heritage survey: final report | Jasper Whitcombe");
  });
});

describe("a meeting's register read as its attendance and its board's roles", () => {
  it("lists who sent apologies, a substitute or did not come, and who stood in for whom", async () => {
    const a = await ask("who sent apols to the rural services board in march?");
    expect(a.answer).toMatch(/Owain Tredwell/);
    expect(a.answer).toMatch(/Sorcha Penhallow/);
    expect(a.answer).not.toMatch(/Marta Pellingham/);
    const subs = await ask("who subbed at the rural services board meeting and for who?");
    expect(subs.answer).toMatch(/Linnea Hartswood[^\n]*Sorcha Penhallow/);
    // The substitutes and whom they stood in for, not the whole register.
    expect(subs.answer).not.toMatch(/Marta Pellingham|Beatrix Collingwood/);
  });

  it("names the chair, with the council a plan's 'Chair:' line gives, and the deputy from the register", async () => {
    const a = await ask("who chairs the rural services board, what council are they?");
    expect(a.answer).toMatch(/Marta Pellingham[^\n]*Eden District Council/);
    expect(a.answer).not.toMatch(/Owain Tredwell/);
    // One sentence, the verb said once, names two lead members and their portfolios.
    const lead = await ask("who's the lead member for village services on the rural services board?");
    expect(lead.answer).toMatch(/Sorcha Penhallow/);
    expect(lead.answer).not.toMatch(/Beatrix Collingwood/);
    // (The plan names only its chair; the register names the rest.)
    const deputy = await ask("who is deputy chair of the rural services board?");
    expect(deputy.answer).toMatch(/Owain Tredwell/);
  });
});

describe("a forward plan written as one labelled block per decision", () => {
  it("finds a decision by its title and reads its other fields, the one cut by a page break too", async () => {
    const a = await ask("when's the village halls energy fund decision and who is the lead officer?");
    expect(a.answer).toMatch(/12 May 2026/);
    expect(a.answer).toMatch(/Caspar Whinmoor/);
    expect(a.answer).not.toMatch(/Tamsin Orrell/);
    const exempt = await ask("is the rural housing enablers contract decision exempt, and when is it?");
    expect(exempt.answer).toMatch(/Exempt: Yes/);
    expect(exempt.answer).toMatch(/7 July 2026/);
  });
});

describe("a table named only by its paper's title", () => {
  it("answers how much a council is getting from the fund the title names, its row read once", async () => {
    const a = await ask("how much is Eden getting from the village shops fund?");
    expect(a.answer).toMatch(/Eden District Council[^\n]*Allocation 2026\/27 £18,000/);
    expect(a.answer).not.toMatch(/Ryedale/);
  });
});

describe("a scorecard with notes on its indicators after the table", () => {
  it("gives the report's note on the indicator asked about, quoted from under its reference", async () => {
    const a = await ask("why is the planning vacancies indicator off track on the skills scorecard?");
    expect(a.answer).toMatch(/SK-04[^\n]*Off track/);
    expect(a.answer).toContain("experienced planners moved to the private sector");
    expect(quotes(a)).toContain("Vacancies rose to 15% as experienced planners moved to the private sector");
    // Not the label line under the reference, nor another indicator's note.
    expect(a.answer).not.toMatch(/Crispin Hale|levy budgets/);
  });
});

describe("interests declared as a table", () => {
  it("lists each member's declaration with its item, for the meeting named by its month", async () => {
    await withCorpus({ "transport-decisions.html": transportDecisionsHtml }, async (local) => {
      const a = await local.engine.ask("were any interests declared at the march transport board?");
      expect(a.answer).toMatch(/Marcus Ollerton declared an interest in item 3/);
      expect(a.answer).toMatch(/Beatrix Kaye[^\n]*trustee of a community transport charity/);
      expect(a.citations.map((c) => c.quote).join("\n")).toContain("Cllr Beatrix Kaye | 4. Concessionary fares");
    });
  });
});

describe("an actions log whose owners are posts", () => {
  it("lists the actions by the log's own status word, naming who holds each owner's post and citing where", async () => {
    const a = await ask("which actions are overdue on the rural services board log + whos on them");
    // (References with a year in them: "RA25-01".)
    expect(a.answer).toMatch(/RA25-01/);
    expect(a.answer).not.toMatch(/RA25-02|RA25-03/);
    expect(a.answer).toMatch(/Head of Rural Policy \(Ambrose Kettlewell\)/);
    expect(quotes(a)).toMatch(/Head of Rural Policy \| Ambrose Kettlewell/);
    // The log's word asked for ("open") is a rating, not a subject to find in the actions' text; the
    // one ruled out ("not the overdue ones") is not asked for.
    // One action asked about by what it is: whoever holds the post that owns it, from the table of posts.
    const one = await ask("who's got the action to write to the minister about rural bus funding?");
    expect(one.answer).toMatch(/Head of Rural Policy[^\n]*Ambrose Kettlewell/);
    expect(quotes(one)).toMatch(/Head of Rural Policy \| Ambrose Kettlewell/);
    const open = await ask("what actions are still open on the rural services board log? not the overdue ones");
    expect(open.answer).toMatch(/RA25-02/);
    expect(open.answer).not.toMatch(/RA25-01|RA25-04/);
  });
});

describe("a scorecard with a direction of travel", () => {
  it("lists the indicators getting worse, or improving, by what the column says", async () => {
    const worse = await ask("which skills scorecard indicators are getting worse?");
    expect(worse.answer).toMatch(/SK-01[^\n]*Worsening/);
    expect(worse.answer).toMatch(/SK-04/);
    expect(worse.answer).not.toMatch(/SK-02|SK-03/);
    const better = await ask("which skills scorecard measures are improving?");
    expect(better.answer).toMatch(/SK-02/);
    expect(better.answer).not.toMatch(/SK-01|SK-03|SK-04/);
  });

  it("gives one indicator's figures by their columns with its status, and quotes its short row whole", async () => {
    const a = await ask("is the vacancy rate indicator ok? numbers?");
    expect(a.answer).toMatch(/SK-04[^\n]*Off track/);
    expect(a.answer).toMatch(/Target: 12%; Actual: 15%/);
    expect(a.answer).toMatch(/Direction of travel: ▼ Worsening/);
    expect(quotes(a)).toContain("SK-04 | Vacancy rate in council planning teams | 12% | 15% | ▼ Worsening | Off track");
  });

  it("lists a status's rows quoted whole when they are short, not from their last figures", async () => {
    const a = await ask("which skills scorecard indicators are at risk?");
    expect(a.answer).toMatch(/SK-01/);
    expect(quotes(a)).toContain("SK-01 | Apprenticeship starts in councils | 1,200 | 1,050 | ▼ Worsening | At risk");
  });

  it("does not read a word of the asker's own ('stuff') as a slip for a word of the papers ('staff')", async () => {
    const a = await ask("brief me on the apprenticeship stuff pls");
    expect(a.answer).toMatch(/Apprenticeship starts/);
    expect(a.answer).not.toMatch(/apprenticeship staff|digital skills course/i);
  });
});

describe("a Word progress report with a table per theme and progress cells of several paragraphs", () => {
  it("reads every theme's rows as objectives, by references with a dot and letter codes in a list", async () => {
    await withCorpus({ "libraries-progress.docx": await librariesProgressDocx() }, async (local) => {
      const listed = await local.engine.ask("which libraries board objectives were R or A in Q3?");
      expect(listed.answer).toMatch(/L1\.1/);
      expect(listed.answer).toMatch(/L2\.1/);
      expect(listed.answer).not.toMatch(/L1\.2|L2\.2/);
      // The count of objectives by code is a table of its own, not objectives named "1. Reading and learning".
      const green = await local.engine.ask("which libraries objectives are G?");
      expect(green.answer).toMatch(/L1\.2/);
      expect(green.answer).not.toMatch(/Reading and learning \||L1\.1|L2\.1/);
      // A column the question names is given with the owner, quoted from the row.
      const owner = await local.engine.ask("who owns L2.2 and whats the next milestone?");
      expect(owner.answer).toMatch(/L2\.2[^\n]*Osric Penhallow[^\n]*Next milestone: Volunteer celebration event, 30 April 2026/);
      expect(quotes(owner)).toContain("Volunteer celebration event, 30 April 2026");
      // One objective named by its subject, asked whether it still has a rating.
      const one = await local.engine.ask("status of the winter reading challenge objective? still A/G?");
      expect(one.answer).toMatch(/L1\.1[^\n]*No, A\b/);
      expect(one.answer).not.toMatch(/L1\.2|L2\.1/);
    });
  });
});

describe("an attendance record naming each meeting on a line of its own", () => {
  it("dates each meeting's lists by its line, and leaves the overall rate to the sentence that gives it", async () => {
    await withCorpus({ "libraries-attendance.txt": librariesAttendanceTxt }, async (local) => {
      const apologies = await local.engine.ask("who sent apologies to the libraries board on 4 feb?");
      expect(apologies.answer).toMatch(/Anselm Quigley/);
      expect(apologies.answer).toMatch(/Rosamund Tregear/);
      expect(apologies.answer).not.toMatch(/Barnaby Ferrers/);
      const rate = await local.engine.ask("whats the overall attendance rate for the libraries board?");
      expect(rate.answer).toMatch(/5 of 8 possible meetings \(63%\)/);
    });
  });
});

describe("an agenda pack for a meeting with no minutes", () => {
  it("says the decision is not recorded, naming the agenda papers it holds", async () => {
    await withCorpus({ "libraries-agenda.md": librariesAgendaMd }, async (local) => {
      const a = await local.engine.ask("what did the libraries board decide on the opening hours research on 25 march?");
      expect(a.found).toBe(false);
      expect(a.answer).toMatch(/no minutes[^\n]*25 March 2026/);
      expect(a.answer).toMatch(/agenda papers/);
      // A sentence that opens on a count is quoted with the one before it, which says out of what.
      const count = await local.engine.ask("how many library services responded to the opening hours survey?");
      expect(quotes(count)).toMatch(/surveyed the heads of the 151 library services in England\. 97 services responded/);
    });
  });
});

describe("one member's declaration", () => {
  it("gives the interest the member named declared, not everyone's", async () => {
    await withCorpus({ "transport-decisions.html": transportDecisionsHtml }, async (local) => {
      const a = await local.engine.ask("what interest did beatrix kaye declare at the transport board?");
      expect(a.answer).toMatch(/Beatrix Kaye[^\n]*trustee of a community transport charity/);
      expect(a.answer).not.toMatch(/Ollerton/);
    });
  });
});

describe("a forum's papers: officers, agenda and front sheet in Word tables, minutes, a budget page, a report", () => {
  it("reads each layout's records and answers from them", async () => {
    const files = {
      "wellbeing-agenda.docx": await wellbeingAgendaDocx(),
      "wellbeing-minutes.md": wellbeingMinutesMd,
      "wellbeing-budget.html": wellbeingBudgetHtml,
      "wellbeing-progress.txt": wellbeingProgressTxt,
    };
    await withCorpus(files, async (local) => {
      const ask = (q: string) => local.engine.ask(q);
      // A role written once over two rows ("Deputy Chairs") holds for both; "the forum" is the one forum.
      const deputies = await ask("who are the deputy chairs of the forum?");
      expect(deputies.answer).toMatch(/Lucan Petheridge/);
      expect(deputies.answer).toMatch(/Marisol Ekwueme/);
      // A region written once over the members who sit for it.
      const region = await ask("what region does cllr petheridge sit for?");
      expect(region.answer).toMatch(/Northumberland County Council[^\n]*for North East/);
      // The list's other columns go with the member ("Term ends").
      const term = await ask("when does cllr ekwueme's term on the forum end?");
      expect(term.answer).toMatch(/Term ends: May 2029/);
      // An agenda table whose item holds a table of its own is still the agenda; a title is not its paper's note.
      const agenda = await ask("what's on the wellbeing forum agenda?");
      expect(agenda.answer).toMatch(/Loneliness grants: allocations/);
      expect(agenda.answer).toMatch(/Reports from outside bodies/);
      expect(agenda.answer).not.toMatch(/allocations Paper 2/);
      // A front sheet laid out as a table, the contact's details a table inside it.
      const contact = await ask("who is the contact officer for the loneliness grants paper?");
      expect(contact.answer).toMatch(/Tamsin Ruddock/);
      expect(contact.answer).toMatch(/020 7946 0999/);
      // Decisions in quoted blocks; substitutes named with whom they stood in for.
      const decided = await ask("what was decided about the loneliness grants?");
      expect(decided.answer).toMatch(/two of the twelve grants go to rural councils/);
      const subs = await ask("who subbed for who at the wellbeing forum on 15 oct?");
      expect(subs.answer).toMatch(/Horatio Quilliam[^\n;]*Marisol Ekwueme/);
      // A header of two rows names each column by both; a list's drawn numbers are never quoted.
      const revised = await ask("what's the revised budget for loneliness grants?");
      expect(revised.answer).toMatch(/Revised £64,000/);
      const asking = await ask("what's the budget page asking the forum to agree?");
      expect(asking.answer).toMatch(/virement of £4,000/);
      expect(asking.citations.map((c) => c.quote).join("\n")).not.toMatch(/\b[12]\. (?:notes|agrees)/);
      // What was said under an item of the minutes, all of it.
      const said = await ask("what did the chair say in her update at the october meeting?");
      expect(said.answer).toMatch(/carers' hub in Wigan/);
      expect(said.answer).toMatch(/Lincoln on 4 March 2027/);
      // A briefing on a paper named by its title: its front sheet, what the meeting decided, its sections.
      const brief = await ask("brief me on the loneliness grants paper");
      expect(brief.answer).toMatch(/Purpose: For decision\./);
      expect(brief.answer).toMatch(/Contact officer: Tamsin Ruddock/);
      expect(brief.answer).toMatch(/Decided at the meeting[^\n]*\n• The Forum agreed the allocations in Table 1, with a condition/);
      expect(brief.answer).toMatch(/twelve councils in 2026\/27/);
      // A risk written as a heading and one paragraph of labelled sentences.
      const risk = await ask("whats the rating on the advice line demand risk?");
      expect(risk.answer).toMatch(/WF-R1/);
      expect(risk.answer).toMatch(/\b12\b/);
      expect(risk.answer).toMatch(/Tamsin Ruddock/);
    });
  });
});

describe("plain-text minutes numbered within the year, and a dashboard of status images with a legend", () => {
  it("reads the items, the lists, the sentences of apologies and substitutes, and the legend's words", async () => {
    await withCorpus({ "cycling-minutes.txt": cyclingMinutesTxt, "cycling-dashboard.html": cyclingDashboardHtml }, async (local) => {
      const ask = (q: string) => local.engine.ask(q);
      // "7/27 Welcome …" after a rule of dashes is an item; "18 Smith Square" is not.
      // A subject the papers never mention is declined, though the board's own name is known.
      const unknown = await ask("what did the cycling panel decide about e-scooters?");
      expect(unknown.found).toBe(false);
      expect(unknown.answer).toMatch(/do not mention "scooters"/);
      const decided = await ask("what did the cycling panel decide about cycle lane funding?");
      expect(decided.answer).toMatch(/write to the Minister about cycle lane funding/);
      expect(decided.answer).toMatch(/item 8\/27/);
      const apologies = await ask("who sent apologies to the cycling panel on 9 june?");
      for (const name of ["Ignatius Fothergill", "Rosalind Quarrie", "Ambrose Nethercott"]) expect(apologies.answer).toContain(name);
      const subs = await ask("who subbed for who at the cycling panel on 9 june?");
      expect(subs.answer).toMatch(/Percival Oddington[^;\n]*Fothergill/);
      expect(subs.answer).toMatch(/Jessamy Threlkeld[^;\n]*Quarrie/);
      // A legend item names grey "not rated"; "hit target" lists the Green ones of the dashboard named.
      const unrated = await ask("which indicator isnt rated on the dashboard?");
      expect(unrated.answer).toMatch(/CYC-3/);
      expect(unrated.answer).not.toMatch(/CYC-1|CYC-2/);
      const hit = await ask("which dashboard indicators hit target this year?");
      expect(hit.answer).toMatch(/CYC-1/);
      expect(hit.answer).not.toMatch(/CYC-2|CYC-3/);
      // A row across its month columns, the highest (or lowest) month named.
      const busiest = await ask("which month had the most cycle training places booked?");
      expect(busiest.answer).toMatch(/highest in May, 95/);
      const quietest = await ask("which month had the fewest cycle training places booked?");
      expect(quietest.answer).toMatch(/lowest in Jul, 12/);
      // A month named without its year is the column of that month.
      const june = await ask("cycle training places booked in june?");
      // (A short row is given whole, the month asked for first.)
      expect(june.answer).toMatch(/: Jun:? 61\b/);
    });
  });
});

describe("'which targets have we hit' read by the report's own key", () => {
  it("lists the rating the key says is met, not Green when Green means on track", async () => {
    const report = [
      "# Walking Board work programme 2026/27: progress at quarter 2",
      "",
      "| Ref | Measure | Status |",
      "|---|---|---|",
      "| WK-1 | Councils with a walking strategy | B |",
      "| WK-2 | Walking routes mapped | G |",
      "| WK-3 | Crossings upgraded | R |",
      "",
      "## Status key",
      "",
      "| Letter | Colour | Meaning |",
      "|---|---|---|",
      "| B | Blue | Target for 2026/27 already met |",
      "| G | Green | On track to meet the target by March 2027 |",
      "| R | Red | Off track: the target will not be met |",
      "",
    ].join("\n");
    await withCorpus({ "walking-progress.md": report }, async (local) => {
      const a = await local.engine.ask("have we already hit any of the walking board targets this yr?");
      expect(a.answer).toMatch(/WK-1/);
      expect(a.answer).not.toMatch(/WK-2|WK-3/);
    });
  });
});

describe("a briefing on a chair's report under one title heading", () => {
  it("is about the report, not who chairs, and reads the sections under its title", async () => {
    const report = [
      "# Heritage Panel – Chair's annual report 2026/27",
      "",
      "## Foreword",
      "",
      "This is my second annual report as Chair of the Heritage Panel, and the busiest year we have had.",
      "",
      "## Listed buildings at risk",
      "",
      "The number of councils with a register of local buildings at risk rose from 88 to 104 during the year.",
      "",
      "## Volunteers",
      "",
      "Some 2,300 volunteers helped councils survey war memorials, twice as many as the year before.",
      "",
    ].join("\n");
    await withCorpus({ "heritage-chairs-report.md": report }, async (local) => {
      const a = await local.engine.ask("brief me on the chair's annual report");
      expect(a.query.intent).toBe("briefing");
      expect(a.answer).toMatch(/Foreword[^\n]*\n• This is my second annual report/);
      expect(a.answer).toMatch(/rose from 88 to 104/);
      expect(a.answer).toMatch(/2,300 volunteers/);
    });
  });
});
