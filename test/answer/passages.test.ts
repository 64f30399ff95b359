/**
 * Answers read from passages, completed from what they point at: a paragraph a sentence refers to by its
 * number, the rows a spanning first cell covers, and shorthand ("recs", "nov"); and a board's agenda asked
 * for when the papers hold only another board's agendas, answered from its own papers or not at all.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { coastalAgendaTxt } from "../helpers/papers-layouts.js";

const librariesPaper = `# Libraries Board: grant for 2026/27

Date: 12 March 2026

## Recommendations

That the Libraries Board agrees the allocation of the 2026/27 grant of £60,000 set out in paragraph 4.

## Background

1. The grant helps councils keep branch libraries open.

2. Councils bid for it each autumn.

## Plans for 2026/27

3. Demand for the home library service has grown again this year.

4. Members are asked to agree the following allocation of the 2026/27 grant:
mobile libraries: £25,000;
home library service: £20,000; and
digital lending: £15,000.

5. The Board will review the allocation in March 2027.

## Forward plan 2026/27

| Meeting | Item | Lead officer |
|---|---|---|
| 10 September 2026 | Reading well: the summer challenge | Imogen Tate |
| 12 November 2026 | Library buildings: the capital bid | Imogen Tate |
|  | Volunteers in libraries: a survey | Colm Ferry |
|  | Opening hours: councils' plans | Imogen Tate |
| 21 January 2027 | Annual report on visits | Colm Ferry |
`;

describe("passages completed from what they point at", () => {
  it("brings the numbered paragraph a recommendation refers to, whole", async () => {
    await withCorpus({ "libraries-grant.md": librariesPaper }, async (a) => {
      const answer = await a.engine.ask("what are the recs on the libraries grant and how is it being split?");
      expect(answer.answer).toMatch(/set out in paragraph 4/);
      for (const part of ["mobile libraries: £25,000", "home library service: £20,000", "digital lending: £15,000"]) expect(answer.answer).toContain(part);
      expect(answer.citations.map((c) => c.quote).join("\n")).toMatch(/4\. Members are asked to agree the following allocation/);
    });
  });

  it("reads the rows under a spanning first cell with it, and a month written short", async () => {
    await withCorpus({ "libraries-grant.md": librariesPaper, "coastal-agenda.txt": coastalAgendaTxt }, async (a) => {
      const answer = await a.engine.ask("whats on the libraries board agenda in nov?");
      expect(answer.answer).toContain("Library buildings: the capital bid");
      expect(answer.answer).toContain("Volunteers in libraries: a survey");
      expect(answer.answer).toContain("Opening hours: councils' plans");
      // Another board's agenda is never given for this one's.
      expect(answer.answer).not.toMatch(/Coastal|Agenda of the/);
    });
  });
});

describe("a count the paper writes in words", () => {
  it("leads with it in figures, quoting the words", async () => {
    const paper = `# Reading Fund: allocations for 2026/27

## Background

Each council receives a base grant of £5,000. Twenty-three councils applied by the closing date of 31 October 2025, and twelve met the criteria in full.
`;
    await withCorpus({ "reading-fund.md": paper }, async (a) => {
      const answer = await a.engine.ask("how many councils applied to the reading fund?");
      expect(answer.answer).toMatch(/^23 councils \(the paper: “Twenty-three councils”\)/);
      expect(answer.citations.map((c) => c.quote).join("\n")).toContain("Twenty-three councils applied");
    });
  });
});

describe("an abbreviation the papers define", () => {
  it("is answered with its definition, quoting the line that gives it", async () => {
    const minutes = `# Parks Board minutes, 3 June 2026

Officers present (initials as used in the Action by column):

| Officer | Post |
|---|---|
| Tamsin Quarrie (TQ) | Head of Parks Policy |
| Rhodri Vale (RV) | Adviser (Green Spaces) |

## 4. Play areas

TQ presented the report on play area funding. RV will circulate the survey results by 30 June.
`;
    await withCorpus({ "parks-minutes.md": minutes }, async (a) => {
      const answer = await a.engine.ask("who is TQ in the june minutes?");
      expect(answer.answer).toMatch(/^TQ is Tamsin Quarrie/);
      expect(answer.citations.map((c) => c.quote).join("\n")).toContain("Tamsin Quarrie (TQ) | Head of Parks Policy");
      const stands = await a.engine.ask("what does RV stand for?");
      expect(stands.answer).toMatch(/^RV is Rhodri Vale/);
    });
  });
});

const pathsBudgetPaper = `# Moorland paths budget 2031/32: monitoring at 30 November 2031

Date: 14 January 2032

## Recommendations

That the Panel:
(a) notes the forecast outturn of £412,300 against the budget of £450,000, an underspend of £37,700;
(b) agrees to move £5,000 from stile repairs to waymarking.

## Background

1. The Panel agreed its moorland paths budget of £450,000 for 2031/32 in June 2031.

Table 1: Moorland paths budget 2031/32, position at 30 November 2031 (£)

| Budget line | Budget | Spent | Forecast |
|---|---|---|---|
| Stile repairs | 150,000 | 61,000 | 120,000 |
| Waymarking | 100,000 | 70,500 | 102,300 |
| Bridleway surfacing | 200,000 | 96,000 | 190,000 |

2. Stile repairs are forecast under budget because fewer councils claimed than planned.
`;

describe("a heading or a table's caption is not an answer", () => {
  it("answers the total underspend from the recommendation, not from the paper's title or the table's caption that share its words", async () => {
    await withCorpus({ "moorland-paths-budget-2031-11.md": pathsBudgetPaper }, async (a) => {
      const answer = await a.engine.ask("total forecast underspend on the moorland paths budget?");
      expect(answer.answer).toContain("37,700");
      expect(answer.answer).not.toMatch(/^• (?:Moorland paths budget 2031\/32: monitoring|Table 1: Moorland paths budget)/m);
    });
  });
});

const towpathsTerms = `# Canal Towpaths Working Group: terms of reference 2031/32

## Terms of reference

1. **Status.** The Canal Towpaths Working Group is a working group of the Environment Board. The Canal Towpaths Working Group reports to the Board after each meeting.
2. **Purpose.** The Canal Towpaths Working Group will lead the LGA's work with councils and the Canal and River Trust on towpath access, lighting and repairs.
3. **Membership.** Seven members nominated by the political groups, and one substitute for each group.
4. **Quorum.** Three members, from at least two political groups.
5. **Meetings.** Three meetings a year, which may be held online.
`;

const towpathsNote = `# Canal Towpaths Working Group: note of the meeting, 4 March 2032

1. The Chair welcomed members to the Canal Towpaths Working Group.
2. The Canal Towpaths Working Group noted the survey of towpath lighting.
3. The next meeting of the Canal Towpaths Working Group is on 10 June 2032.
`;

describe("words naming the body asked about", () => {
  it("do not outvote the thing asked of it within its own papers", async () => {
    await withCorpus({ "towpaths-terms-of-reference.md": towpathsTerms, "towpaths-note-2032-03-04.md": towpathsNote }, async (a) => {
      const answer = await a.engine.ask("whats the quorum for the canal towpaths working group?");
      expect(answer.found).toBe(true);
      expect(answer.answer.split("\n")[0]).toMatch(/Quorum\. Three members, from at least two political groups/);
      expect(answer.citations[0]?.quote).toMatch(/Three members, from at least two political groups/);
    });
  });
});

const pack = `# Dental Health Task Group: papers for 18 November 2066

## Paper A: fluoride varnish

1. Fluoride varnish halves decay in young children.
2. Officers propose two tiers:
   (a) tier 1 in the most deprived 20 per cent of areas;
   (b) tier 2 in the next 20 per cent of areas.
3. Members are asked to agree the tiers.

## Paper B: water fluoridation scheme

1. The scheme would serve 418,000 people in County Durham.
2. The LGA's response says that:
   (a) the scheme is supported;
   (b) the capital cost, estimated at £9.6 million, should be met by the Department;
   (c) the running costs should not fall on the public health grant.
`;

describe("a paragraph asked for by its number", () => {
  it("is quoted from the paper the question names, each paper numbering its paragraphs afresh", async () => {
    await withCorpus({ "dental-papers-2066-11-18.md": pack }, async (a) => {
      const b = await a.engine.ask("what does para 2(b) of the water fluoridation paper say?");
      expect(b.found).toBe(true);
      expect(b.answer).toContain("Paragraph 2(b)");
      expect(b.answer).toContain("£9.6 million, should be met by the Department");
      expect(b.citations[0]?.quote).toMatch(/^\(b\) the capital cost, estimated at £9\.6 million/);
      const a2 = await a.engine.ask("paragraph 2(b) of the varnish paper?");
      expect(a2.answer).toContain("tier 2 in the next 20 per cent of areas");
      expect(a2.answer).not.toContain("£9.6 million");
    });
  });
});

describe("a question in two parts", () => {
  it("answers the second part too, read as a follow-up of the first", async () => {
    await withCorpus({ "towpaths-terms-of-reference.md": towpathsTerms, "towpaths-note-2032-03-04.md": towpathsNote }, async (a) => {
      const answer = await a.engine.ask("whats the quorum for the canal towpaths working group, and when is its next meeting?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toMatch(/Three members, from at least two political groups/);
      expect(answer.answer).toMatch(/10 June 2032/);
      expect(answer.citations.some((c) => c.quote.includes("10 June 2032"))).toBe(true);
    });
  });
});
