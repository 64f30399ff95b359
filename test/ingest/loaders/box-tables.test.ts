import { describe, expect, it } from "vitest";
import { boxDrawingToGrid, gridTablesToRows } from "../../../src/ingest/loaders/text.js";
import { htmlToText } from "../../../src/ingest/loaders/html.js";

const printed = [
  "┌──────────────────┬──────────┬─────────┐",
  "│ Council          │ Paid to  │ Weeks:  │",
  "│                  │ 30 Sep   │ Q2      │",
  "├──────────────────┼──────────┼─────────┤",
  "│ Hexham Borough   │ £18,750  │ 41.6    │",
  "│ Council          │          │         │",
  "├──────────────────┼──────────┼─────────┤",
  "│ Alnwick Council  │ £0       │ 44.9    │",
  "╞══════════════════╪══════════╪═════════╡",
  "│ Total / average  │ £18,750  │ 43.3    │",
  "└──────────────────┴──────────┴─────────┘",
].join("\n");

describe("tables printed with box-drawing characters", () => {
  it("are read row by row, a cell wrapped over lines read whole, the total under the double rule too", () => {
    const rows = gridTablesToRows(boxDrawingToGrid(printed)).split("\n");
    expect(rows).toEqual(["Council\tPaid to 30 Sep\tWeeks: Q2", "Hexham Borough Council\t£18,750\t41.6", "Alnwick Council\t£0\t44.9", "Total / average\t£18,750\t43.3"]);
  });

  it("leave other lines with a stray box character alone", () => {
    expect(boxDrawingToGrid("Status │ see below")).toBe("Status │ see below");
  });

  it("are read in a web page's preformatted text, and a highlighter's spans in it are markup, not text", () => {
    const text = htmlToText(`<p>Pilots</p><pre>${printed}</pre><pre><span class="n">after</span> <span class="o">=</span> <span class="s2">&quot;Q2&quot;</span></pre>`);
    expect(text).toContain("Hexham Borough Council\t£18,750\t41.6");
    expect(text).toContain('after = "Q2"');
    expect(text).not.toContain("<span");
  });
});
