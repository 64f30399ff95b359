/**
 * Membership tabled a column per political group, members listed down each column (a row holds people of
 * different groups), then a "Substitutes" row and one substitute a column: each person's group is their
 * column's, their office the brackets after their name.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const membership = `# Canal Towpaths Working Group: membership 2071/72

## Membership

| Labour (3) | Conservative (2) | Liberal Democrat (1) |
|---|---|---|
| Cllr Ada Quillfeather (Chair) Leeds City Council | Cllr Basil Tremayne (Vice-Chair) Cheshire East Council | Cllr Clemency Ashdown Bath and North East Somerset Council |
| Cllr Dorcas Penhaligon Wigan Council | Cllr Edmund Fairweather North Yorkshire Council | |
| Cllr Fenella Okonjo Sheffield City Council | | |
| Substitutes | | |
| Cllr Gideon Marchbanks Salford City Council | Cllr Honora Blackwood Solihull Metropolitan Borough Council | Cllr Ignatius Pell Somerset Council |
`;

describe("a membership table with a column per political group", () => {
  it("names the chair from the brackets after a name", async () => {
    await withCorpus({ "canal-towpaths-membership-2071-72.md": membership }, async (a) => {
      const answer = await a.engine.ask("who chairs the canal towpaths working group?");
      expect(answer.answer).toContain("Ada Quillfeather");
      expect(answer.answer).not.toContain("Basil Tremayne");
    });
  });

  it("lists a group's members from its column only, quoting each by its own cell", async () => {
    await withCorpus({ "canal-towpaths-membership-2071-72.md": membership }, async (a) => {
      const answer = await a.engine.ask("which conservatives sit on the canal towpaths working group?");
      expect(answer.answer).toContain("Basil Tremayne");
      expect(answer.answer).toContain("Edmund Fairweather");
      expect(answer.answer).not.toContain("Dorcas Penhaligon");
      expect(answer.citations.some((c) => c.quote === "Cllr Edmund Fairweather North Yorkshire Council")).toBe(true);
    });
  });

  it("reads the row after 'Substitutes' as substitutes of each column's group", async () => {
    await withCorpus({ "canal-towpaths-membership-2071-72.md": membership }, async (a) => {
      const subs = a.engine.recordsOf("member").filter((m) => m.role === "substitute");
      expect(subs.map((m) => `${m.person}/${m.group}`).sort()).toEqual(["Gideon Marchbanks/Labour", "Honora Blackwood/Conservative", "Ignatius Pell/Liberal Democrat"]);
    });
  });
});
