import { describe, expect, it } from "vitest";
import { expandQuestion, parsePeriods, parseQuestion, parseRefs, questionWords, withoutBoardInitials } from "../../src/answer/query.js";
import { labelField } from "../../src/ingest/vocabulary.js";

const ranged = (q: string) => parsePeriods(q).map((p) => [p.label, p.inRange]);

describe("parsePeriods", () => {
  it("reads both ends of a range", () => {
    expect(ranged("funding from 2010-11 to 2017-18")).toEqual([
      ["2010-11", true],
      ["2017-18", true],
    ]);
    expect(ranged("staffing between Dec-17 and Mar-19")).toEqual([
      ["Dec-17", true],
      ["Mar-19", true],
    ]);
    expect(ranged("staffing Dec-17 - Mar-19")).toEqual([
      ["Dec-17", true],
      ["Mar-19", true],
    ]);
  });

  it("does not take a list of periods, or a dash before one, for a range", () => {
    expect(ranged("registered users - march 2019 vs dec 2020?")).toEqual([
      ["march 2019", false],
      ["dec 2020", false],
    ]);
    expect(ranged("registered users in March 2019 and December 2020")).toEqual([
      ["March 2019", false],
      ["December 2020", false],
    ]);
  });
});

describe("parsePeriods: a month without a year", () => {
  it("takes the year of the month named with one ('Oct 2020 vs June')", () => {
    expect(parsePeriods("satisfaction in oct 2020 vs june?").map((p) => p.iso)).toEqual(["2020-10", "2020-06"]);
    // Alone, a month name is not a period ("may" is a verb too).
    expect(parsePeriods("what may the board decide in june?")).toEqual([]);
  });
});

describe("parseQuestion: membership", () => {
  it("reads 'members (incl observers)' as everyone, and 'in both years' as a membership question", () => {
    const q = parseQuestion("which labour members (incl observers) were on the I&I board in both 17/18 and 20/21?");
    expect(q.intent).toBe("membership");
    expect(q.role).toBeUndefined();
    expect(parseQuestion("who are the observers on the I&I board?").role).toBe("observer");
    expect(parseQuestion("who was on the board in both 2017/18 and 2020/21?").intent).toBe("membership");
    expect(parseQuestion("who chaired the launch webinar?").intent).not.toBe("membership");
    expect(parseQuestion("who chairs the I&I board?").intent).toBe("membership");
    expect(parseQuestion("who turned up to the 22 March 2018 IIB meeting?").intent).toBe("attendance");
  });

  it("does not read the chair as the post asked about when the chair does something or owns something", () => {
    for (const q of ["when's the chair meeting the minister?", "did round 2 close on the date the chair gave the minister?", "who was cc'd on the chairs letter to the minister?", "how should the chair handle declarations on the awards item?"]) {
      expect(parseQuestion(q, { people: [], boards: ["Improvement and Innovation Board"] }).intent, q).not.toBe("membership");
    }
    for (const q of ["who is the chair of the I&I board?", "who are the deputy chairs on the I&I board?", "what council is the chair of the I&I board from?", "I&I board chair?"]) {
      expect(parseQuestion(q).intent, q).toBe("membership");
    }
  });
});

describe("councils named in a question", () => {
  const vocab = { people: [], boards: ["Housing and Planning Board"], councils: ["Amber Valley Borough Council", "Wiltshire Council"] };
  it("takes a council as named only when every distinctive word of its name is there", () => {
    // "amber" is a rating here, not Amber Valley: a list of Amber outcomes, not a membership question.
    expect(parseQuestion("which business plan outcomes were amber in the Q1 2013/14 report, and who owned them?", vocab).intent).toBe("list_by_status");
    expect(parseQuestion("who represents Amber Valley on the Housing and Planning Board?", vocab).intent).toBe("membership");
    expect(parseQuestion("who is the member from Wiltshire?", vocab).intent).toBe("membership");
    expect(parseQuestion("who's from wiltshire?", vocab).intent).toBe("membership");
  });

  it("does not read 'who gave evidence for' a council as who represents it", () => {
    expect(parseQuestion("who gave evidence for wiltshire at the evidence session?", vocab).intent).not.toBe("membership");
  });
});

describe("a rating word of the papers' own", () => {
  const vocab = { people: [], boards: ["Rural Services Board"], minutesBoards: ["Rural Services Board"], statusLabels: ["Overdue", "Superseded"] };
  it("lists by it, even where the board's minutes record actions", () => {
    const q = parseQuestion("which actions are overdue on the rural services board action log?", vocab);
    expect(q.intent).toBe("list_by_status");
    expect(q.statusLabels).toEqual(["Overdue"]);
    // One of the papers' words ruled out: the other asked for.
    expect(parseQuestion("what actions are still open on the rural services board log? not the overdue ones", { ...vocab, statusLabels: ["Open", "Overdue"] }).statusLabels).toEqual(["Open"]);
    // Not a word the papers rate by: the minutes' actions.
    expect(parseQuestion("which actions did the rural services board agree?", vocab).intent).toBe("minutes");
  });

  it("lists a work programme's actions by a RAG colour, though the board's minutes record actions", () => {
    expect(parseQuestion("which rural services board work programme actions were red at the end of Q2?", vocab).intent).toBe("list_by_status");
    expect(parseQuestion("which actions were agreed at the rural services board meeting?", vocab).intent).toBe("minutes");
  });
});

describe("shorthand in questions", () => {
  it("reads an ad as advertising, but not ad hoc", () => {
    expect(parseQuestion("when's the stand local ad contract decision?").topic).toMatch(/advertising contract/);
    expect(parseQuestion("was the ad hoc group agreed?").topic).not.toMatch(/advertising/);
  });

  it("reads max, rnd and quid as the papers write them", () => {
    expect(parseQuestion("whats the max grant for a joint bid in rnd 2?").topic).toMatch(/maximum grant .*round/);
    expect(parseQuestion("has the minister agreed to upping the fine to 100 quid?").topic).toMatch(/raising .*£100/);
    expect(parseQuestion("what did Cllr Max Fenwick say about the fund?").topic).not.toMatch(/maximum/i);
  });

  it("reads 'the west mids' as the region", () => {
    expect(parseQuestion("vacancy rate for crossing patrols in the west mids?").topic).toMatch(/west midlands/i);
  });

  it("reads TA as temporary accommodation, and 'stuff' as no word of the subject", () => {
    expect(parseQuestion("how much did councils spend on TA in 24/25?").topic).toMatch(/temporary accommodation/);
    expect(parseQuestion("brief me on the councillor safety stuff pls").topic).toBe("councillor safety");
  });
});

describe("a status asked as 'ok'", () => {
  it("reads 'is the … indicator ok?' as a status question, not 'is the venue ok?'", () => {
    expect(parseQuestion("is the youth council indicator ok? numbers look pretty flat").intent).toBe("target_status");
    expect(parseQuestion("is the venue ok for wheelchair users?").intent).not.toBe("target_status");
  });
});

describe("a status word asked as what is showing", () => {
  it("lists the rows at that word: 'whats showing as warning in the q2 report'", () => {
    const vocab = { people: [], boards: [], statusLabels: ["Warning", "Overdue"] };
    const q = parseQuestion("whats showing as warning in the q2 pentana report", vocab);
    expect(q.statusLabels).toContain("Warning");
    expect(q.intent).toBe("list_by_status");
    expect(parseQuestion("what's flagged as overdue on the action log?", vocab).intent).toBe("list_by_status");
  });
});

describe("a direction of travel asked for", () => {
  it("lists by it, and not when the question asks about a rating that moved", () => {
    const q = parseQuestion("which scorecard measures are getting worse v last yr");
    expect(q.intent).toBe("list_by_status");
    expect(q.trend).toBe("worse");
    expect(parseQuestion("which indicators are improving?").trend).toBe("better");
    expect(parseQuestion("what is the sector-led improvement offer?").trend).toBeUndefined();
    // One risk's movement is a question about that risk.
    expect(parseQuestion("audit backlog risk on the ERB register - what rag and is it getting better?").intent).not.toBe("list_by_status");
  });
});

describe("rows named in other words than targets", () => {
  it("lists a register's asks, items or tasks by their rating, and reads what a risk paper asks for as the paper's", () => {
    expect(parseQuestion("on the task group wiki page which policy asks are red or amber?").intent).toBe("list_by_status");
    expect(parseQuestion("which items are amber?").intent).toBe("list_by_status");
    expect(parseQuestion("whats drifting on the delivery tracker atm", { people: [], boards: [], statusLabels: ["Drifting"] }).intent).toBe("list_by_status");
    expect(parseQuestion("what is the Q2 risk and budget paper asking members to do").intent).toBe("paper");
    expect(parseQuestion("what's the wastedataflow paper for").paperField).toBe("purpose");
    expect(parseQuestion("what's the wastedataflow paper for and who do I ask about it").paperField).toBe("contact");
    // (A risk itself is still asked of the register.)
    expect(parseQuestion("what is the highest risk on the register?").intent).toBe("risk");
  });
});

describe("parseQuestion: a count of items, or a figure of one", () => {
  it("asks one target's status when 'how many' counts what the target counts", () => {
    expect(parseQuestion("is the apprenticeship target on track? how many started so far").intent).toBe("target_status");
    expect(parseQuestion("how many targets are on track?").intent).toBe("list_by_status");
    expect(parseQuestion("are the housing targets on track, and how many of them are red?").intent).toBe("list_by_status");
  });

  it("reads 'the nov board' as the meeting of that month when the papers hold one", () => {
    expect(parsePeriods("any declarations at the nov board?", ["2025-11-27", "2025-09-18"]).map((p) => p.iso)).toEqual(["2025-11"]);
    expect(parsePeriods("any declarations at the nov board?", ["2025-09-18"])).toEqual([]);
  });

  it("reads 'the june 2186 meeting' as that month and year, whether or not the papers hold a meeting then", () => {
    expect(parsePeriods("who attended the june 2186 jsnac meeting?", ["2186-09-19"]).map((p) => p.iso)).toEqual(["2186-06"]);
  });
});

describe("parseQuestion: rating codes and references as staff write them", () => {
  it("reads letter codes listed after one another ('R or A'), not the article", () => {
    expect(parseQuestion("which objectives were R or A in the Q2 update?").statuses).toEqual(["Red", "Amber"]);
    expect(parseQuestion("which are G, A/G or A?").statuses.sort()).toEqual(["Amber", "Amber/Green", "Green"]);
    expect(parseQuestion("is the target rated A bit late").statuses).toEqual([]);
  });

  it("reads a reference with a dot after its letter ('W2.3'), and one objective named by its subject", () => {
    expect(parseRefs("status of W2.3?")).toEqual(["W2.3"]);
    expect(parseRefs("targets 1.2 and 3.4")).toEqual(["1.2", "3.4"]);
    expect(parseQuestion("status of the graduate recruitment objective? still A/G?").intent).toBe("target_status");
    expect(parseQuestion("which objectives are still A/G?").intent).toBe("list_by_status");
  });

  it("asks what happened, not who someone is, in 'did Cllr X …?' and 'why did … Cllr X?'", () => {
    const vocab = { people: ["Isolde Penhaligan"], boards: [] };
    expect(parseQuestion("who is cllr penhaligan?", vocab).intent).toBe("person");
    expect(parseQuestion("did cllr penhaligan approve the bid in the end?", vocab).intent).not.toBe("person");
    expect(parseQuestion("why did the approval go to cllr penhaligan?", vocab).intent).not.toBe("person");
  });

  it("reads a code numbered with a leading zero ('NZ2-04') as one reference, and 'CES1-5' as a range", () => {
    expect(parseRefs("what did NZ2-04 score?")).toEqual(["NZ2-04"]);
    expect(parseRefs("how are CES1-5 doing?")).toEqual(["CES1", "CES2", "CES3", "CES4", "CES5"]);
  });

  it("reads 'what did they decide about X?' as the minutes' decisions when minutes are held", () => {
    const vocab = { people: [], boards: ["Community Floodwardens Task Group"], minutesBoards: ["Community Floodwardens Task Group"] };
    expect(parseQuestion("what did they decide about the saltmarsh bid", vocab).intent).toBe("minutes");
    expect(parseQuestion("what did they decide about the saltmarsh bid", { people: [], boards: [] }).intent).not.toBe("minutes");
  });

  it("reads 'v2 v3' typed in lower case as versions, not references", () => {
    expect(parseRefs(expandQuestion("how many changes in the ToR v2 v3 comparison?", { people: [], boards: [] }))).toEqual([]);
    expect(expandQuestion("the v2 draft", { people: [], boards: [] })).toBe("the version 2 draft");
    // ("20k" as papers write a sum; not "8.8k", whose figure is not a whole thousand.)
    expect(expandQuestion("has thistlewood had its 20k yet?", { people: [], boards: [] })).toBe("has thistlewood had its £20,000 yet?");
    expect(expandQuestion("what happened to the 8.8k contingency?", { people: [], boards: [] })).toBe("what happened to the 8.8k contingency?");
    expect(parseRefs("what is V2 rated?")).toEqual(["V2"]);
  });

  it("names a board by a long word of its name clipped as people clip it ('the defib task group')", () => {
    const vocab = { people: [], boards: ["Community Defibrillators Task Group", "Community Wellbeing Board"] };
    expect(parseQuestion("who chairs the defib task group?", vocab).board).toBe("Community Defibrillators Task Group");
    // (Too short a clip names nothing: "the def task group".)
    expect(parseQuestion("who chairs the def task group?", vocab).board).toBeUndefined();
  });

  it("asks for a rate, not a list of who came, when it asks for the attendance rate", () => {
    expect(parseQuestion("whats the overall attendance rate for the board?").intent).not.toBe("attendance");
    expect(parseQuestion("who sent apologies to the board on 4 feb?").intent).toBe("attendance");
  });

  it("reads 'what interest did <member> declare' as a question about the minutes' declarations", () => {
    const vocab = { people: ["Malcolm Ashbury"], boards: ["Fire Services Management Committee"], minutesBoards: ["Fire Services Management Committee"] };
    expect(parseQuestion("what interest did malcolm ashbury declare at fsmc?", vocab).intent).toBe("minutes");
  });
});

describe("parseQuestion: what the chair did is not who the chair is", () => {
  it("reads 'what alternatives did the chair look at' and 'brief me on the chair's report' as about the papers", () => {
    expect(parseQuestion("what alternatives did the chair look at before extending the fund deadline").intent).not.toBe("membership");
    expect(parseQuestion("brief me on the chair's annual report").intent).toBe("briefing");
    expect(parseQuestion("who is the chair of the panel?", { people: [], boards: ["Road Safety Panel"] }).intent).toBe("membership");
  });
});

describe("parseQuestion: boards named short, and a target's lead member", () => {
  const vocab = { people: [], boards: ["Road Safety Panel", "Urban Trees and Green Spaces Working Group", "Resources Board"] };

  it("reads 'the panel' as the one panel the papers have, and a party's members as a membership question", () => {
    const q = parseQuestion("how many labour cllrs on the panel this yr, who are they", vocab);
    expect(q.board).toBe("Road Safety Panel");
    expect(q.intent).toBe("membership");
  });

  it("reads 'the trees wg' as the working group, not as words of the subject", () => {
    const q = parseQuestion("which budget lines are red on the trees wg budget?", vocab);
    expect(q.board).toBe("Urban Trees and Green Spaces Working Group");
    expect(q.topic).not.toMatch(/\btrees\b|\bwg\b/);
  });

  it("reads 'lead member on the X indicator' as who leads a target, not the board's lead members", () => {
    expect(parseQuestion("who's lead member on the data exchange indicator", vocab).intent).toBe("target_lead");
    expect(parseQuestion("who are the lead members of the panel?", vocab).intent).toBe("membership");
  });

  it("lists by the papers' own status words, the longest one named ('well below', not 'below' too)", () => {
    const labels = { ...vocab, statusLabels: ["Below", "Well below", "Superseded", "Meeting"] };
    const q = parseQuestion("which KPIs are well below?", labels);
    expect(q.intent).toBe("list_by_status");
    expect(q.statusLabels).toEqual(["Well below"]);
    expect(parseQuestion("which of the chair's decisions got superseded?", labels).intent).toBe("list_by_status");
    // ("Meeting" as a status word is not the meeting a question names.)
    expect(parseQuestion("what's coming to the december meeting for decision?", labels).statusLabels).toEqual([]);
  });
});

describe("parseQuestion: a meeting day written month first", () => {
  it("reads 'the sept 17 agenda' as the meeting of 17 September, and 'the Mar 19 report' as March 2019", () => {
    const days = { people: [], boards: [], meetingDays: ["2026-09-17"] };
    expect(parseQuestion("whos the contact officer for the sept 17 agenda", days).periods).toMatchObject([{ kind: "day", iso: "2026-09-17" }]);
    expect(parseQuestion("which targets were red in the Mar 19 report?", days).periods).toMatchObject([{ kind: "month", iso: "2019-03" }]);
  });
});

describe("parseQuestion: a day asked about as the answer, not as the papers' period", () => {
  it("reads 'still 20 june' as the day a meeting is checked against, which picks no papers", () => {
    const days = { people: [], boards: [], meetingDays: ["2164-03-14", "2164-06-20"] };
    expect(parseQuestion("is the june meeting still 20 june?", days).periods).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "day", iso: "2164-06-20", inRange: true })]));
    expect(parseQuestion("who sent apologies for 20 june?", days).periods).toMatchObject([{ kind: "day", iso: "2164-06-20", inRange: false }]);
    // (A meeting named only by that day is still picked out by it.)
    expect(parseQuestion("is the next tg meeting still 20 june?", days).periods).toMatchObject([{ kind: "day", iso: "2164-06-20", inRange: false }]);
  });
});

describe("parseQuestion: a paper's front-sheet fields asked in two short questions", () => {
  it("reads 'is the round 2 paper a key decision? confidential?' as about the paper, not the agenda's confidential items", () => {
    expect(parseQuestion("is the round 2 paper a key decision? confidential?").intent).toBe("paper");
    expect(parseQuestion("which items on the agenda are confidential?").intent).not.toBe("paper");
  });
});

describe("parseQuestion: a meeting's actions by their state", () => {
  it("reads 'which actions from the nov meeting are still open?' as a list of open actions when no minutes are held", () => {
    const days = { people: [], boards: [], meetingDays: ["2163-11-23", "2164-03-14"] };
    const q = parseQuestion("wich actions from the nov meeting are still open?", days);
    expect(q.intent).toBe("list_by_status");
    expect(q.statusLabels).toEqual(["Open"]);
    expect(q.periods).toMatchObject([{ kind: "month", iso: "2163-11" }]);
  });
});

describe("parseQuestion: shorthand read by what is beside it", () => {
  it("reads 'indoor temp' as a temperature and 'temp accommodation' as temporary, and 'when we turned up' as no meeting's attendance", () => {
    expect(parseQuestion("indoor temp at the market hall on the spot check?").topic).not.toMatch(/temporary/);
    expect(parseQuestion("how many households are in temp accommodation?").topic).toMatch(/temporary/);
    expect(parseQuestion("which site was shut when we turned up to check it?").intent).not.toBe("attendance");
    expect(parseQuestion("who turned up to the march meeting?").intent).toBe("attendance");
  });

  it("reads 'what did they actually decide on the penstone bid?' as the minutes' decision", () => {
    const vocab = { people: [], boards: ["Bus Shelters Task Group"], minutesBoards: ["Bus Shelters Task Group"] };
    expect(parseQuestion("what did they actualy decide on the penstone bid", vocab).intent).toBe("minutes");
  });

  it("reads what a task group decided, or what was agreed, about a subject as the minutes' decision", () => {
    const vocab = { people: [], boards: ["Public Benches Task Group"], minutesBoards: ["Public Benches Task Group"] };
    expect(parseQuestion("what did the tg decide about the seat repairs contract?", vocab).intent).toBe("minutes");
    expect(parseQuestion("what was agreed about the plaque fee?", vocab).intent).toBe("minutes");
  });

  it("reads how much notice a substitute needs as no question of who they are", () => {
    const vocab = { people: [], boards: ["Public Benches Task Group"] };
    expect(parseQuestion("how much notice do i need to give if a substitute is coming for me", vocab).intent).not.toBe("membership");
    expect(parseQuestion("who are the substitutes?", vocab).intent).toBe("membership");
  });

  it("keeps a briefing the question is about as its subject, and not one it asks for", () => {
    expect(parseQuestion("when's the chair's briefing for the jan meeting?").topic).toContain("briefing");
    expect(parseQuestion("brief me on the seat repairs contract").topic).not.toContain("briefing");
    expect(parseQuestion("brief me on the seat repairs contract").intent).toBe("briefing");
  });

  it("reads when apologies are due, and by when a thing has to be open, as no register and no open actions", () => {
    const vocab = { people: [], boards: ["Public Benches Task Group"], minutesBoards: ["Public Benches Task Group"], statusLabels: ["Open", "Closed"] };
    expect(parseQuestion("when do apologies for the 14 jan meeting need to be in by?", vocab).intent).not.toBe("attendance");
    expect(parseQuestion("who sent apologies to the 14 jan meeting?", vocab).intent).toBe("attendance");
    const opening = parseQuestion("by when do the round 1 benches have to be open?", vocab);
    expect(opening.intent).not.toBe("minutes");
    expect(opening.statusLabels).toEqual([]);
    expect(parseQuestion("which actions have we still got open?", vocab).statusLabels).toEqual(["Open"]);
  });
});

describe("parseQuestion: a meeting still to come, named by its month", () => {
  it("reads 'the jan meeting' of papers still to come out as the January after the papers' latest meeting", () => {
    const days = { people: [], boards: [], meetingDays: ["2018-01-30", "2401-10-12"] };
    expect(parseQuestion("when do papers come out for the jan meeting", days).periods).toMatchObject([{ kind: "month", iso: "2402-01" }]);
    expect(parseQuestion("who was at the jan meeting?", days).periods).toMatchObject([{ kind: "month", iso: "2018-01" }]);
  });
});

describe("parseQuestion: a month and two figures that may be a year", () => {
  it("reads 'march 22' as March 2022 when the papers have a meeting that month, though one was on 22 March", () => {
    const days = { people: [], boards: [], meetingDays: ["2018-03-22", "2022-03-09"] };
    expect(parseQuestion("who's the contact officer on the white paper paper (P&P march 22)?", days).periods).toMatchObject([{ kind: "month", iso: "2022-03" }]);
  });
});

describe("parseQuestion: attendance of an event, a party's count, a lead members' report", () => {
  const vocab = { people: [], boards: ["Water Resilience Commission"] };
  it("reads 'the summit attendance risk' and 'roundtable attendance vs milestone' as not about who attended", () => {
    expect(parseQuestion("who owns the summit attendance risk", vocab).intent).not.toBe("attendance");
    expect(parseQuestion("drought roundtable attendance q1 vs milestone?", vocab).intent).not.toBe("attendance");
  });
  it("reads who turned up to a webinar as a figure, not a meeting's register; a meeting's still is", () => {
    expect(parseQuestion("who's running the HWB webinars and how many turned up to the first one", vocab).intent).not.toBe("attendance");
    expect(parseQuestion("how many turned up to the commission meeting in june?", vocab).intent).toBe("attendance");
  });
  it("counts a party's members, and briefs on the lead members' report", () => {
    expect(parseQuestion("how many lib dems on the commission in 25/26", vocab).intent).toBe("membership");
    expect(parseQuestion("brief me on the lead members annual report", vocab).intent).toBe("briefing");
  });
});

describe("shorthand and labels people type", () => {
  const vocab = { people: [], boards: ["Libraries Panel"] };
  it("reads 'ppl' as people and 'mtg' as meeting, and whom to ask as whom to contact", () => {
    expect(expandQuestion("how many ppl came to the mtg", vocab)).toBe("how many people came to the meeting");
    expect(expandQuestion("who do i talk to about the perf report", vocab)).toBe("who to contact about the performance report");
    expect(parseQuestion("who do i ask about the numbers in the perf report?", vocab).paperField).toBe("contact");
  });
  it("does not make a question about papers in general a paper's contact", () => {
    expect(parseQuestion("who do I contact about the panel's papers? need a phone no", vocab).intent).not.toBe("paper");
  });
  it("reads a label that allows its plural, 'Recommendation(s)'", () => {
    expect(labelField("Recommendation(s):")).toBe("recommendation");
  });
});

describe("a reference numbered within its year", () => {
  it("reads 'IA26-03' as one reference and a question about it as about that item", () => {
    expect(parseRefs("original and revised due dates for IA26-03?")).toEqual(["IA26-03"]);
    expect(parseRefs("what rating has DP81-F3 got, and SR82-B1?")).toEqual(["DP81-F3", "SR82-B1"]);
    expect(parseQuestion("original and revised due dates for IA26-03?").intent).toBe("target_status");
  });
});

describe("a year a count runs from", () => {
  it("'since 2024' is not a period a paper must cover; 'in 2024' is", () => {
    expect(parsePeriods("how many plots have been lost since 2024")).toEqual([]);
    expect(parsePeriods("how many plots were lost in 2024").map((p) => p.label)).toEqual(["2024"]);
  });
});

describe("a version written short", () => {
  it("'v1.1' is read as 'version 1.1'", () => {
    expect(expandQuestion("what changed in v1.1 of the data standard", { people: [], boards: [] })).toBe("what changed in version 1.1 of the data standard");
  });
});

describe("a meeting named by a month the papers hold no meeting in", () => {
  const days = ["2047-09-17", "2047-11-19"];
  it("is that month, the last before the papers' latest meeting, not another meeting's", () => {
    expect(parsePeriods("who was at the first task group meeting back in july?", days)).toEqual([expect.objectContaining({ kind: "month", iso: "2047-07" })]);
    expect(parsePeriods("what did the december meeting agree?", days)).toEqual([expect.objectContaining({ kind: "month", iso: "2046-12" })]);
    // (A month the papers hold a meeting in is that meeting's.)
    expect(parsePeriods("who sent apologies to the sept meeting?", days)).toEqual([expect.objectContaining({ kind: "month", iso: "2047-09" })]);
  });

  it("is not read into an agenda's month, which a forward plan may list before its papers exist", () => {
    expect(parsePeriods("whats on the board agenda in nov?", ["2047-09-17"]).filter((p) => p.kind === "month")).toEqual([]);
    expect(parsePeriods("what's coming to the march meeting for decision?", ["2047-09-17"]).filter((p) => p.kind === "month")).toEqual([]);
  });
});

describe("a board named by its initials before its kind's word", () => {
  it("leaves them out of the words searched for", () => {
    const left = withoutBoardInitials("what's the quorum for the BID panel?", "Business Improvement Districts Panel");
    expect(left).not.toMatch(/\bBID\b/);
    expect(left).toContain("quorum");
    // (Not another body's initials.)
    expect(withoutBoardInitials("what's the quorum for the SMT panel?", "Business Improvement Districts Panel")).toContain("SMT panel");
  });
});

describe("a body whose name holds a rating's word", () => {
  const vocab = { people: [], boards: ["Village Greens Task Group"] };
  it("is not a rating asked for, though a rating asked of it is", () => {
    expect(parseQuestion("what did the Village Greens Task Group agree about the pond?", vocab).statuses).toEqual([]);
    expect(parseQuestion("which targets are green for the Village Greens Task Group?", vocab).statuses).toEqual(["Green"]);
  });
});

describe("a venue asked about", () => {
  it("is a meeting's place, unless what it costs is asked", () => {
    expect(parseQuestion("what's the venue for the march meeting?").intent).toBe("meeting");
    expect(parseQuestion("how much is the summit venue costing").intent).not.toBe("meeting");
    expect(parseQuestion("what will the venue cost?").intent).not.toBe("meeting");
  });
});

describe("a plan's ratings compared with a month", () => {
  it("asks which ratings dropped since that month, of a delivery plan's actions too", () => {
    const q = parseQuestion("what got worse on the cosmetics delivery plan since march");
    expect(q.intent).toBe("target_status");
    expect(q.ratingChange).toBe("down");
    expect(parseQuestion("which actions improved since june?").ratingChange).toBe("up");
  });
});

describe("a session of an event chaired", () => {
  it("is the event's programme to say, not the board's chair", () => {
    expect(parseQuestion("who's chairing the panel at the summit").intent).not.toBe("membership");
    expect(parseQuestion("who chairs the panel?").intent).toBe("membership");
  });
});

describe("a quarter named by its months without a year", () => {
  it("is that quarter of the financial year ('oct-dec' is Q3), and an age is not a reference", () => {
    const q = parseQuestion("what did the programme spend in oct-dec?");
    expect(q.periods).toEqual([expect.objectContaining({ kind: "quarter", quarter: 3 })]);
    expect(parseQuestion("how much in jul to sep?").periods).toEqual([expect.objectContaining({ kind: "quarter", quarter: 2 })]);
    expect(parseQuestion("under-18 test purchases - how many failed?").refs).toEqual([]);
  });
});

describe("what someone said of a subject, when papers go out, what a body agreed", () => {
  const vocab = { people: ["Euphemia Crowther-Oni"], boards: ["Public Monuments Group"], minutesBoards: [""] };
  it("asks the passages for what a person said about something, not who the person is", () => {
    expect(parseQuestion("what did dr crowther-oni say about petitions?", vocab).intent).not.toBe("person");
    expect(parseQuestion("who is dr crowther-oni?", vocab).intent).toBe("person");
  });

  it("reads 'when do papers go out' as a date to find, not a meeting's agenda", () => {
    expect(parseQuestion("when do papers go out for the extra meeting", vocab).intent).not.toBe("agenda");
    expect(parseQuestion("what papers are going to the extra meeting?", vocab).intent).toBe("agenda");
  });

  it("reads 'what did the TG agree on X' as a meeting's decision where minutes are held, whatever their board", () => {
    expect(parseQuestion("what did the tg agree on the review scope", vocab).intent).toBe("minutes");
    expect(parseQuestion("what did the tg agree on the review scope", { ...vocab, minutesBoards: [] }).intent).not.toBe("minutes");
  });

  it("spells out a round by its number, not a road", () => {
    expect(parseQuestion("which rd 2 bids didnt make the threshold").topic).toContain("round");
    expect(parseQuestion("what is at 12 Bath Rd?").topic).not.toContain("round");
  });
});

describe("a web page named by what it is", () => {
  it("is not a question about a paper's page numbers", () => {
    const q = parseQuestion("whats the global execution status on the our say results page?");
    expect(q.paperField).toBeUndefined();
    expect(q.intent).not.toBe("agenda");
    expect(parseQuestion("what pages is the finance paper on?").paperField).toBe("pages");
  });
});

describe("a briefing asked for politely", () => {
  it("is a briefing, whatever comes before the word", () => {
    expect(parseQuestion("can u give me a quick briefing on item 5 before thursday").intent).toBe("briefing");
    expect(parseQuestion("quick briefing on the panel's risk register pls").intent).toBe("briefing");
    expect(parseQuestion("could you please brief me on the fund").intent).toBe("briefing");
    expect(parseQuestion("is there a briefing note on the fund?").intent).not.toBe("briefing");
    expect(parseQuestion("i missed the away day - what came out of it?").intent).toBe("briefing");
  });
});

describe("a rating denied within the phrase that asks for it", () => {
  it("rules out the rating a list is asked without ('weren't complete'), but reads 'isn't rated' as the rating Not rated", () => {
    const denied = parseQuestion("which of the october actions weren't complete on the action log at 1 dec?", { people: [], boards: [], statusLabels: ["Complete", "Overdue"] });
    expect(denied.excludeStatuses).toEqual(["Blue"]);
    expect(denied.statuses).toEqual([]);
    expect(denied.statusLabels).toEqual([]);
    expect(parseQuestion("which indicator isn't rated on the dashboard and why").statuses).toEqual(["Not rated"]);
  });
});

describe("a deadline for papers, a day of the month and a decision between meetings", () => {
  it("reads a deadline for papers as a date asked for, not the meeting's agenda", () => {
    expect(parseQuestion("papers deadline for the january meeting?").intent).not.toBe("agenda");
    expect(parseQuestion("what papers are going to the january meeting?").intent).toBe("agenda");
  });

  it("does not take a day of the month for a word the papers must use", () => {
    expect(questionWords("is the jan meeting still on the 14th?")).not.toContain("14th");
  });

  it("reads a month something was decided in as the latest month a paper is dated, a meeting's or not", () => {
    const meetingDays = ["2370-12-10"];
    expect(parsePeriods("what did the chair decide under urgency in december", meetingDays, ["2370-12", "2371-12"])[0]?.iso).toBe("2371-12");
    expect(parsePeriods("what did the chair decide under urgency in december", meetingDays)[0]?.iso).toBe("2370-12");
  });
});

describe("what the chair may do, and substitutes named by a body's initials", () => {
  it("reads 'could the chair do that?' as a question about what was done, not who the chair is", () => {
    const vocab = { people: [], boards: ["Pavement Parking Task Group"] };
    expect(parseQuestion("why was the consultation extended and could the chair do that on her own?", vocab).intent).not.toBe("membership");
    expect(parseQuestion("who chairs the pavement parking task group?", vocab).intent).toBe("membership");
  });

  it("reads 'named subs' as the substitutes, whatever names the body", () => {
    expect(parseQuestion("named subs on the pdftg?").role).toBe("substitute");
    expect(parseQuestion("subs on the fountains group?").role).toBe("substitute");
  });

  it("reads 'is item 5 confidential or a key decision?' as a paper's front sheet, the slip in 'decison' too", () => {
    expect(parseQuestion("is item 5 confidential or a key decison?").intent).toBe("paper");
    expect(parseQuestion("is item 4 a key decision?").intent).toBe("paper");
    expect(parseQuestion("which items are confidential at the march meeting?").intent).toBe("agenda");
  });
});

describe("a paper's item named by its title, a thing that shows up in a paper, and a body named by its kind's initials", () => {
  it("reads 'is the round 2 awards item a key decision, and is any of it confidential?' as the item's paper", () => {
    expect(parseQuestion("is the round 2 awards item a key decision, and is any of it confidential?").intent).toBe("paper");
  });

  it("does not read where money 'shows up in the risk register' as who showed up", () => {
    expect(parseQuestion("how does the water money agreed in november show up in the risk register").intent).not.toBe("attendance");
    expect(parseQuestion("who showed up to the november meeting?").intent).toBe("attendance");
  });

  it("reads the substitutes 'for the TG (Task Group)', a body's kind spelled out, as a body's, not an event's", () => {
    const vocab = { people: [], boards: ["Fords and Stepping Stones Task Group", "Improvement and Innovation Board"], abbreviations: new Map([["TG", "Task Group"]]) };
    expect(parseQuestion("who are the named substitutes for the TG", vocab).intent).toBe("membership");
    expect(parseQuestion("who chaired the launch webinar for the working group?", vocab).intent).not.toBe("membership");
  });
});

describe("the chair as someone who acts", () => {
  it("does not read 'chair's decisions' or 'want the chair to make the awards' as who the chair is", () => {
    const vocab = { people: [], boards: ["Fords and Stepping Stones Task Group"], abbreviations: new Map([["TG", "Task Group"]]) };
    expect(parseQuestion("what limit did the TG agree for chair's decisions between meetings?", vocab).intent).not.toBe("membership");
    expect(parseQuestion("why does the round 2 report want the chair to make the awards instead of the TG?", vocab).intent).not.toBe("membership");
    expect(parseQuestion("who chairs the TG?", vocab).intent).toBe("membership");
    expect(parseQuestion("who is the chair of the fords task group?", vocab).intent).toBe("membership");
  });
});

describe("a meeting asked for by its month", () => {
  it("is a meeting question: 'when is the march tg meeting?', 'is the march meeting still on the 9th?'", () => {
    expect(parseQuestion("when is the march tg meeting?").intent).toBe("meeting");
    expect(parseQuestion("is the march tg meeting still on the 9th?").intent).toBe("meeting");
  });

  it("is not a meeting named by its subject, a word that starts like a month, or actions 'still on track'", () => {
    expect(parseQuestion("when is the extra meeting on the statue?").intent).not.toBe("meeting");
    expect(parseQuestion("when is the market traders meeting?").intent).not.toBe("meeting");
    expect(parseQuestion("which actions from the last meeting are still on track?").intent).not.toBe("meeting");
  });
});

describe("colour words that are not ratings", () => {
  it("reads 'green party' as a party and 'red lines' as no rating", () => {
    expect(parseQuestion("which members are green party?").statuses).toEqual([]);
    expect(parseQuestion("does the council have any red lines on devolution?").statuses).toEqual([]);
  });
});

describe("a project's manager and an item's asks, and what is neither", () => {
  it("reads 'who's the PM for the X project?' as who leads it, not every manager asked about", () => {
    expect(parseQuestion("who's the PM for the footpath scheme?").intent).toBe("target_lead");
    expect(parseQuestion("who is the project manager for the bridge project?").intent).toBe("target_lead");
    expect(parseQuestion("who is the manager of the leisure centre?").intent).not.toBe("target_lead");
  });

  it("reads what an item's paper asks the body to do as the paper's, not what members asked at the item", () => {
    expect(parseQuestion("what is item 6 asking the panel to agree?").intent).toBe("paper");
    expect(parseQuestion("at item 4, what did members ask officers to do?").intent).not.toBe("paper");
  });

  it("reads 'The Panel is asked to:' as a paper's recommendations", () => {
    expect(labelField("The Panel is asked to")).toBe("recommendation");
    expect(labelField("The Board is invited to:")).toBe("recommendation");
    expect(labelField("Members asked")).toBeUndefined();
  });
});

describe("a lane's word in how a thing goes", () => {
  const vocab = { people: [], boards: [], statusLabels: ["Doing", "Done", "Going ahead"] };
  it("is not asked for in 'how is X doing?'", () => {
    expect(parseQuestion("how is PM-04 doing now compared with q2?", vocab).statusLabels).toEqual([]);
    expect(parseQuestion("how's the pump survey doing", vocab).statusLabels).toEqual([]);
  });
  it("is asked for when the question asks for it", () => {
    expect(parseQuestion("which tasks are doing?", vocab).statusLabels).toEqual(["Doing"]);
  });
});
