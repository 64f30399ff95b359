/**
 * An agenda pack that carries the note of the last meeting, a body's page whose name heads a strip of
 * tabs, and minutes kept as a note whose tasks sit under their items.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { harboursCommitteePageHtml, harboursMinutesMd, harboursPackHtml } from "../helpers/papers-harbours.js";

describe("an agenda pack with the note of the last meeting among its papers", () => {
  it("is a pack, not minutes: an item's number and page from its agenda, a paper's purpose from its front sheet", async () => {
    await withCorpus({ "harbours-agenda-pack-2071-01-20.html": harboursPackHtml }, async (a) => {
      expect(a.index.documents[0]!.meta.kind).toBe("board agenda pack");
      const item = await a.engine.ask("what item number is the risk register on the 20 january agenda, and what page?");
      expect(item.answer).toMatch(/Item 3\b/);
      expect(item.answer).toMatch(/\bpage 9\b/);
      const purpose = await a.engine.ask("what's the purpose of the risk register paper?");
      expect(purpose.answer).toMatch(/For decision/);
    });
  });

  it("dates the note's attendance by its own meeting, every councillor of groups kept apart by semicolons", async () => {
    await withCorpus({ "harbours-agenda-pack-2071-01-20.html": harboursPackHtml }, async (a) => {
      const records = a.index.recordsOf("attendance");
      expect(new Set(records.map((r) => r.meetingDate))).toEqual(new Set(["2070-10-21"]));
      expect(records.filter((r) => r.present).map((r) => r.person).sort()).toEqual(["Ada Merrow", "Jenifer Roskilly", "Morwen Hosking", "Piran Jago", "Tobias Penwarden"]);
      expect(records.find((r) => !r.present)?.person).toBe("Wenna Tresize");
      // (Who took someone's place is asked of the papers, not of the person who left.)
      const replaced = await a.engine.ask("who replaced Cllr Tresize on the panel?");
      expect(replaced.answer).toContain("Lowdy Pascoe");
    });
  });
});

describe("a body's page whose name heads a strip of tabs", () => {
  it("is not read as a heading with nothing under it", async () => {
    await withCorpus({ "harbours-panel-committee-details.html": harboursCommitteePageHtml }, async (a) => {
      const answer = await a.engine.ask("what is the harbours and estuaries panel actually for?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("Harbour Resilience Programme");
    });
  });
});

describe("minutes kept as a note, titled by the body and the day", () => {
  const note = `${harboursMinutesMd}
## 2. Any other business

> [!important] Pilotage
> The Panel agreed that the Chair write to the port authority about HB-04.

- [ ] Chair's letter to the port authority on pilotage #action owner:: Rhys Tonkin 📅 2071-02-27
`;

  it("names its body from the title line, and reads a task under an item as its action, with owner and date", async () => {
    await withCorpus({ "harbours-minutes-2071-01-20.md": note }, async (a) => {
      expect(a.index.documents[0]!.meta.board).toBe("Harbours and Estuaries Panel");
      const answer = await a.engine.ask("HB-04 is red - what did the panel agree to do about it, who has the action and by when?");
      expect(answer.answer).toContain("Rhys Tonkin");
      expect(answer.answer).toContain("27 February 2071");
      expect(answer.answer).not.toContain("Circulate the dredging contract timetable");
    });
  });
});
