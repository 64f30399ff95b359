/** A list printed grouped (a mail client's task list by category) is one table, its groups' lines among its rows. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { FOOTBRIDGES_TASK_ROWS, footbridgesTaskListPdf } from "../../helpers/papers-footbridges.js";

const cellsOf = (cells: string[]) => cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*(?:\\t|\\|)\\s*");
const row = (...cells: string[]) => new RegExp(`(?:^|\\n)${cellsOf(cells)}\\s*(?:\\n|$)`);
/** A task's row, after its importance cell ("!", or empty and left out). */
const taskRow = (...cells: string[]) => new RegExp(`(?:^|\\n)(?:!\\s*(?:\\t|\\|)\\s*)?${cellsOf(cells)}\\s*(?:\\n|$)`);

describe("a task list printed in a table, grouped by category", () => {
  it("keeps its header over every row, a group's line between them not ending the table", async () => {
    const doc = await ingested("fsstg-tasks-printed-2491-06-02.pdf", await footbridgesTaskListPdf());
    expect(doc.text).toMatch(row("!", "Task Subject", "Status", "Due Date", "% Complete", "Owner"));
    for (const cells of FOOTBRIDGES_TASK_ROWS) expect(doc.text).toMatch(taskRow(...cells));
    // (Each group's line a line of its own, not run into the header.)
    expect(doc.text).toMatch(/(?:^|\n)Categories: FSSTG actions \(3 items\)\s*(?:\n|$)/);
    expect(doc.text).toMatch(/(?:^|\n)Categories: Clerk \(1 item\)\s*(?:\n|$)/);
    expect(doc.of("target").map((t) => t.ref)).toEqual(expect.arrayContaining(["FSA-10", "FSA-11", "FSA-12"]));
  });
});
