/**
 * Records from further layouts (test/helpers/papers-layouts.ts): a key of rating words beside a table that
 * counts targets by rating, products that name their factors with controls on rows of their own, and an
 * agenda pack with members on lines of their own and agenda items with dot leaders.
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { coastalAgendaTxt, floodRegisterMd, housingReportDocx } from "../../helpers/papers-layouts.js";

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
