/**
 * Records from further layouts (test/helpers/papers-layouts.ts): a key of rating words beside a table that
 * counts targets by rating, products that name their factors with controls on rows of their own, and an
 * agenda pack with members on lines of their own and agenda items with dot leaders.
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import {
  coastalAgendaTxt,
  cultureBriefingMd,
  cultureDashboardHtml,
  cultureDecisionsHtml,
  cultureOutturnDocx,
  cultureRegisterDocx,
  floodRegisterMd,
  heritageTorTxt,
  housingReportDocx,
  ruralForwardPlanTxt,
  ruralRegisterHtml,
  transportDecisionsHtml,
} from "../../helpers/papers-layouts.js";

describe("a Word report with a key of rating words and a table counting targets by rating", () => {
  it("reads the targets from the targets table only, rated from the report's own quarter's column", async () => {
    const { of, meta } = await ingested("housing-report.docx", await housingReportDocx());
    const targets = of("target");
    // The counts ("Achieved | 2") are not targets, nor is the key.
    expect(targets.map((t) => t.ref)).toEqual(["HO1", "HO2", "HO3", "HO4"]);
    expect(meta.period).toBe("Q3 2024/25");
    // Q3 is the report's quarter: HO1 moved from Partially achieved (Q2) to Achieved.
    expect(targets[0]).toMatchObject({ status: "Green", statusLabel: "Achieved", leadPerson: "Mina Okafor" });
    expect(targets[0]!.otherRatings?.[0]).toMatchObject({ column: "Q2 status", status: "Amber" });
    expect(targets[2]).toMatchObject({ status: "Red", statusLabel: "Not achieved" });
    expect(targets[3]).toMatchObject({ status: "Amber", statusLabel: "Partially achieved" });
    // A lead who is a person is not taken for a board.
    expect(targets.every((t) => t.board === undefined)).toBe(true);
  });
});

describe("a risk register whose scores name their factors ('L4 x I3 = 12')", () => {
  it("reads likelihood and impact by their letters, whichever comes first, and controls carried on a row of their own", async () => {
    const { of } = await ingested("flood-register.md", floodRegisterMd);
    const risks = of("risk");
    expect(risks.map((r) => r.ref)).toEqual(["FR-1", "FR-2", "FR-3"]);
    expect(risks[0]).toMatchObject({ likelihood: 4, impact: 3, score: 12, owner: "Priya Das" });
    expect(risks[0]!.mitigation).toContain("joint bid to the Treasury");
    expect(risks[0]!.mitigation).toContain("shared procurement of maintenance contracts");
    // "I4 x L2": impact first.
    expect(risks[1]).toMatchObject({ likelihood: 2, impact: 4, score: 8 });
    expect(risks[2]).toMatchObject({ likelihood: 2, impact: 5, score: 10 });
  });
});

describe("a risk register with a target score beside the current one", () => {
  it("reads the score the risk stands at, and the target apart, whichever column comes last", async () => {
    const register = (scores: string) => `# Parks Board risk register, March 2026

| Ref | Risk | Owner | Likelihood | Impact | ${scores} | Status |
|---|---|---|---|---|---|---|
| PK-R1 | Grant for play areas is cut, so that repairs stop. | Head of Parks Policy | 4 | 4 | 16 | 6 | Treat |
| PK-R2 | Volunteers leave the friends groups. | Parks Adviser | 2 | 3 | 6 | 4 | Tolerate |
`;
    for (const scores of ["Current score | Target score", "Score | Target score"]) {
      const { of } = await ingested("parks-register.md", register(scores));
      expect(of("risk").map((r) => [r.ref, r.score, r.targetScore])).toEqual([
        ["PK-R1", 16, 6],
        ["PK-R2", 6, 4],
      ]);
    }
  });
});

describe("interests declared as a table (member, item, nature of interest)", () => {
  it("reads a declaration from each row, with its item", async () => {
    const { of } = await ingested("transport-decisions.html", transportDecisionsHtml);
    const declared = of("declaration");
    expect(declared.map((d) => [d.person, d.item])).toEqual([
      ["Marcus Ollerton", "3"],
      ["Beatrix Kaye", "4"],
    ]);
    expect(declared[1]!.interest).toMatch(/Other registrable interest: trustee of a community transport charity/);
    expect(declared[1]).toMatchObject({ meetingDate: "2026-03-04" });
  });
});

describe("a plain-text agenda pack: members on lines of their own, items with dot leaders", () => {
  it("reads each member with the role on the line under and the group in brackets", async () => {
    const { of, meta } = await ingested("coastal-agenda.txt", coastalAgendaTxt);
    expect(meta.kind).toBe("board agenda pack");
    expect(meta.board).toBe("Coastal Communities Board");
    const members = of("member");
    expect(members.map((m) => [m.displayName, m.role, m.group, m.council])).toEqual([
      ["Cllr Ann Holt", "chair", "Conservative", "Northshire County Council"],
      ["Cllr Ravi Mistry", "vice-chair", "Labour", "Eastport City Council"],
      ["Cllr Tom Reid", "lead member", "Liberal Democrat", "Westbay District Council"],
      ["Cllr Joan Fairley", "member", "Independent", "Saltmarsh Borough Council"],
    ]);
    expect(members[2]!.portfolio).toBe("Tourism");
  });

  it("reads agenda items without their dot leaders, a wrapped title whole, and a verbal item as verbal", async () => {
    const { of } = await ingested("coastal-agenda.txt", coastalAgendaTxt);
    const items = of("agenda_item");
    expect(items.map((i) => [i.number, i.title, i.pages])).toEqual([
      ["1", "Welcome, apologies and declarations of interest – Verbal", undefined],
      ["2", "Minutes of the previous meeting", "3-8"],
      ["3", "Coastal erosion funding: an update on the shoreline management programme", "9-14"],
      ["4", "Seaside tourism recovery plan", "15-22"],
    ]);
    // A note in brackets under an item, wrapped over two lines, is the item's note, not its title.
    expect(items[3]!.note).toBe("Cllr Tom Reid, Lead Member for Tourism, will introduce this item");
  });
});

describe("a web dashboard of cards, each a heading over a definition list", () => {
  it("reads each card as a rated programme, with its lead, its progress text and its figures", async () => {
    const { of, meta } = await ingested("culture-dashboard.html", cultureDashboardHtml);
    // The portal's name after the page's own title is not part of it.
    expect(meta.title).toBe("Culture programmes dashboard: Quarter 2 2024/25");
    const cards = of("target");
    expect(cards.map((t) => [t.text, t.status, t.leadPerson, t.refIsSynthetic])).toEqual([
      ["Library Futures", "Red", "Marnie Castellan", true],
      ["Museum Skills Exchange", "Green", "Oren Whitcombe", true],
      ["Festival Resilience Fund", "Amber", "Marnie Castellan", true],
    ]);
    expect(cards[0]!.delivered).toBe("Only four of the ten pilot libraries have opened their extended hours.");
    const cells = of("cell").filter((c) => c.rowLabel === "Library Futures");
    expect(cells.map((c) => [c.column, c.value])).toEqual([
      ["Budget", "£640,000"],
      ["Spend to date", "£212,500"],
    ]);
    // A figure is quoted with its card's name and the labels above it.
    expect(cells[1]!.source.replace(/\s+/g, " ")).toBe("Library Futures Lead: Marnie Castellan Budget: £640,000 Spend to date: £212,500");
  });
});

describe("a briefing that says who's who in sentences", () => {
  it("reads each councillor named before the verb with the role the sentence gives", async () => {
    const { of } = await ingested("culture-briefing.md", cultureBriefingMd);
    const members = of("member");
    expect(members.map((m) => [m.displayName, m.role, m.council, m.group, m.portfolio])).toEqual([
      ["Cllr Hester Quayle", "chair", "Norfolk County Council", "Conservative", undefined],
      ["Cllr Dev Anand-Price", "vice-chair", "Bristol City Council", "Labour", undefined],
      ["Cllr Maud Ellery", "deputy chair", "Bath and North East Somerset Council", "Liberal Democrat", undefined],
      ["Cllr Piers Tolland", "deputy chair", "Cornwall Council", "Independent", undefined],
      ["Cllr Yusuf Harrow", "lead member", "Leeds City Council", "Labour", "libraries"],
      ["Cllr Greta Vance", "lead member", "Kent County Council", "Conservative", "museums and heritage"],
      ["Cllr Noel Briar", "substitute", "Wigan Council", "Labour", undefined],
      ["Cllr Ruth Oduya", "substitute", "Essex County Council", "Conservative", undefined],
    ]);
    expect(members.every((m) => m.term === "2024/25")).toBe(true);
  });
});

describe("a Word risk register with a key of status words", () => {
  it("reads each risk's status word and its 'risk and consequence' text; the key is not a table of targets", async () => {
    const { of } = await ingested("culture-register.docx", await cultureRegisterDocx());
    expect(of("target")).toEqual([]);
    const risks = of("risk");
    expect(risks.map((r) => [r.ref, r.statusLabel, r.score])).toEqual([
      ["CB-R1", "Treat", 16],
      ["CB-R2", "Tolerate", 6],
      ["CB-R3", "Transfer", 4],
      ["CB-R4", "Tolerate", 4],
    ]);
    expect(risks[1]!.description).toBe("A festival grant recipient becomes insolvent");
  });
});

describe("a Word table whose header is two rows (years spanning 'Budget | Actual')", () => {
  it("names each column by both rows", async () => {
    const { of } = await ingested("culture-outturn.docx", await cultureOutturnDocx());
    const row = of("cell").filter((c) => c.rowLabel === "Library Futures");
    expect(row.map((c) => [c.column, c.value])).toEqual([
      ["2023/24 Budget", "600,000"],
      ["2023/24 Actual", "580,250"],
      ["2024/25 Budget", "640,000"],
      ["2024/25 Actual", "655,900"],
    ]);
    // The second header row is not a row of figures.
    expect(of("cell").some((c) => c.rowLabel === "Budget" || c.value === "Actual")).toBe(false);
  });
});

describe("attendance written as one sentence of labelled lists", () => {
  it("reads who was present, who sent apologies and who attended as officers", async () => {
    const { of } = await ingested("culture-decisions.html", cultureDecisionsHtml);
    const byGroup = (g: string) => of("attendance").filter((a) => a.group === g).map((a) => a.person);
    expect(byGroup("Present")).toEqual(["Hester Quayle", "Dev Anand-Price", "Yusuf Harrow", "Noel Briar"]);
    expect(byGroup("Apologies")).toEqual(["Greta Vance", "Piers Tolland"]);
    expect(byGroup("In attendance")).toEqual(["Marnie Castellan", "Oren Whitcombe"]);
  });

  it("reads the next meeting from the sentence that gives it", async () => {
    const { of } = await ingested("culture-decisions.html", cultureDecisionsHtml);
    expect(of("meeting")[0]?.nextMeeting).toBe("Thursday 11 September 2025 at 10.30am at 18 Smith Square, London");
  });
});

describe("terms of reference of a sub-group, numbered sections in capitals", () => {
  it("titles the document by the sub-group and what it is, with its sections as headings", async () => {
    const { meta, chunks } = await ingested("heritage-tor.txt", heritageTorTxt);
    expect(meta.title).toBe("Heritage Skills Task and Finish Group – Terms of reference 2025/26");
    expect(meta.board).toBe("Heritage Skills Task and Finish Group");
    const quorum = chunks.find((c) => c.text.includes("The quorum is three members"));
    expect(quorum?.locator.section).toContain("2. QUORUM");
  });
});

describe("a register of one meeting: a name, a role and an attendance word for each member", () => {
  it("reads who came, who did not and why, on the meeting's own day, with the role and whom a substitute stood in for", async () => {
    const { of } = await ingested("rural-register.html", ruralRegisterHtml);
    const register = of("attendance");
    expect(register.map((a) => a.meetingDate)).toEqual(Array(6).fill("2026-03-03"));
    expect(register.filter((a) => a.present === false).map((a) => `${a.person}: ${a.note}`)).toEqual([
      "Owain Tredwell: Apologies",
      "Sorcha Penhallow: Sent substitute",
      "Rufus Amberley: Absent",
    ]);
    expect(register.find((a) => a.person === "Marta Pellingham")).toMatchObject({ present: true, role: "Chair" });
    expect(register.find((a) => a.person === "Linnea Hartswood")).toMatchObject({ present: true, role: "Substitute for Councillor Sorcha Penhallow" });
  });

  it("reads a forward plan's labelled blocks as rows of a table, not (with their 'Exempt: No' lines) as attendance", async () => {
    const { of } = await ingested("rural-forward-plan.txt", ruralForwardPlanTxt);
    expect(of("attendance")).toEqual([]);
    // Each block is a row named by its reference, each label a column; the block the page break cuts is one row.
    const fields = (ref: string) => Object.fromEntries(of("cell").filter((c) => c.rowLabel === ref).map((c) => [c.column, c.value]));
    expect(fields("KD 26/02")).toEqual({
      Title: "Village halls energy fund",
      "Decision maker": "Rural Services Board",
      "Date of decision": "12 May 2026",
      "Lead officer": "Caspar Whinmoor, Senior Adviser",
      Exempt: "No",
    });
    expect(fields("KD 26/03")).toMatchObject({ Exempt: "Yes", "Date of decision": "7 July 2026" });
  });
});
