/**
 * A mind map exported to PDF: one page sized to the map (here 2,030 × 1,164 pt, under five A4 sheets in
 * area), topics spread round a central one, each with its status label under it. Read as a page of lines,
 * topics on the same height on either side run into one line; read as a canvas, each topic is its own
 * paragraph with its label after it.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { pdfBuffer } from "../../helpers/papers.js";
import { tempDir } from "../../helpers/assistant.js";

const TOPICS: { text: string; label: string; x: number; y: number }[] = [
  { text: "Hedge laying course for volunteers", label: "Agreed Petra W.", x: 120, y: 260 },
  { text: "Text message reminders before each work party", label: "To decide 12 May Osric T.", x: 1540, y: 260 },
  { text: "Second tool store at the north gate", label: "Parked – cost", x: 120, y: 820 },
  { text: "Litter pick with the primary school", label: "Agreed Osric T.", x: 1540, y: 820 },
];

function mindMapPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(20).text("Green Lanes Volunteers: next season", 830, 560, { width: 370, align: "center" });
      for (const t of TOPICS) {
        doc.font("Helvetica").fontSize(14).text(t.text, t.x, t.y, { width: 330 });
        doc.font("Helvetica").fontSize(9).fillColor("grey").text(t.label, t.x, t.y + 44, { lineBreak: false });
        doc.fillColor("black");
      }
    },
    { size: [2030, 1164], margin: 0 },
  );
}

describe("a mind map printed to one large page", () => {
  it("reads each topic apart from the topic level with it across the page, its label after it", async () => {
    const path = join(tempDir(), "green-lanes-mind-map-2196-03-02.pdf");
    writeFileSync(path, await mindMapPdf());
    const { text } = await loadFile(path);
    const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
    expect(lines).toContain("Text message reminders before each work party");
    expect(lines).toContain("Hedge laying course for volunteers");
    const at = lines.indexOf("Text message reminders before each work party");
    expect(lines[at + 1]).toBe("To decide 12 May Osric T.");
  });
});
