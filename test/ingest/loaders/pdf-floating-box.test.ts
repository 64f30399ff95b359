/** A box of notes floating beside an agenda's title and details, drawn after the agenda, reads as a block of its own. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { FOOTBRIDGES_BOX, FOOTBRIDGES_ITEMS, footbridgesAgendaPdf } from "../../helpers/papers-footbridges.js";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** A row of cells, as the text writes a table's row, alone on its line. */
const row = (...cells: string[]) => new RegExp(`(?:^|\n)${cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*(?:\\t|\\|)\\s*")}\n`);

describe("an agenda whose 'At a glance' box floats at the top right of its first page", () => {
  it("reads each of the box's notes whole, after the agenda, and the agenda's rows untouched", async () => {
    const doc = await ingested("fsstg-agenda-2491-06-09.pdf", await footbridgesAgendaPdf());
    const text = squash(doc.text);
    for (const note of FOOTBRIDGES_BOX) expect(text).toContain(note);
    // Not glued to the title or the meeting's details beside it.
    expect(doc.text).toMatch(row("Date", "Monday 9 June 2491"));
    expect(doc.text).toMatch(row("Venue", "Room 1, 18 Smith Square, London SW1P 3HZ"));
    for (const cells of FOOTBRIDGES_ITEMS) expect(doc.text).toMatch(row(...cells));
    const lastItem = doc.text.indexOf(FOOTBRIDGES_ITEMS[FOOTBRIDGES_ITEMS.length - 1]![1]!);
    expect(doc.text.indexOf("At a glance")).toBeGreaterThan(lastItem);
  });
});
