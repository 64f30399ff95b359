/**
 * A chart drawn before the table of its figures (a survey tool's summary exported as PDF): the chart's
 * bar labels and axis are left to the table, which says them all; the question stays the table's title.
 */
import { describe, expect, it } from "vitest";
import { withoutChartLabels } from "../../../src/ingest/loaders/chart-labels.js";
import { ingested } from "../../helpers/corpus.js";
import { pdfBuffer } from "../../helpers/papers.js";

const CHOICES: [string, string, string][] = [
  ["Fewer than 5 stiles", "40.00%", "8"],
  ["5 to 20 stiles", "35.00%", "7"],
  ["More than 20 stiles", "25.00%", "5"],
];

/** One survey question a page: its wording, a bar chart with its labels and axis, then the table. */
function surveySummaryPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(12).text("Q1", 42, 60);
    doc.font("Helvetica").fontSize(12).text("How many stiles does your council maintain?", 72, 60);
    CHOICES.forEach(([label, share], k) => {
      const y = 100 + k * 20;
      doc.fontSize(7.5).text(label, 60, y, { width: 110, align: "right" });
      doc.rect(180, y - 2, Number.parseFloat(share) * 3.5, 10).fill("#00bf6f").fillColor("black");
    });
    const ticks = ["0%", "10%", "20%", "30%", "40%", "50%", "60%", "70%", "80%", "90%", "100%"];
    ticks.forEach((t, k) => doc.fontSize(6.5).text(t, 175 + k * 35, 170, { lineBreak: false }));
    doc.fontSize(7).text("ANSWER CHOICES", 46, 200, { lineBreak: false });
    doc.text("RESPONSES", 502, 200, { lineBreak: false });
    CHOICES.forEach(([label, share, count], k) => {
      const y = 220 + k * 20;
      doc.fontSize(8).text(label, 46, y, { lineBreak: false });
      doc.text(share, 439, y, { lineBreak: false });
      doc.text(count, 539, y, { lineBreak: false });
    });
  });
}

describe("a chart drawn before its table", () => {
  it("drops the axis and the bar labels the table repeats", () => {
    const page = ["Q1 How many stiles?", "", "Fewer than 5", "", "More than 5", "", "0% 25% 50% 75% 100%", "", "ANSWER CHOICES\t\tRESPONSES", "Fewer than 5\t60%\t6", "More than 5\t40%\t4"].join("\n");
    expect(withoutChartLabels(page)).toBe(["Q1 How many stiles?", "", "ANSWER CHOICES\t\tRESPONSES", "Fewer than 5\t60%\t6", "More than 5\t40%\t4"].join("\n"));
  });

  it("keeps a line of figures that is no axis, and lines the table does not repeat", () => {
    const page = ["Budget lines", "", "Spent so far", "", "2 6 11 6 1", "", "Line\tBudget", "Spent\t4"].join("\n");
    expect(withoutChartLabels(page)).toBe(page);
    const notRepeated = ["Q1 How many stiles?", "", "Shown below", "", "Also below", "", "0% 25% 50% 75% 100%", "", "Fewer than 5\t60%\t6"].join("\n");
    expect(withoutChartLabels(notRepeated)).toBe(notRepeated);
  });

  it("keeps a table's header of years and a calendar's row of days", () => {
    const years = ["Stiles repaired", "", "Stiles replaced", "", "\t2021\t2022\t2023\t2024", "Stiles repaired\t4\t6\t8\t9", "Stiles replaced\t1\t2\t2\t3"].join("\n");
    expect(withoutChartLabels(years)).toBe(years);
    const days = ["Panel", "", "Site visit", "", "1 2 3 4 5 6 7", "Panel 10am", "Site visit 2pm"].join("\n");
    expect(withoutChartLabels(days)).toBe(days);
  });

  it("reads a survey summary's page as its question over its table", async () => {
    const doc = await ingested("stiles-survey-summary-2681-11-30.pdf", await surveySummaryPdf());
    expect(doc.text).not.toMatch(/0% 10% 20%/);
    // (Each choice once: in the table, not again as a line of its own.)
    for (const [label] of CHOICES) expect(doc.text.split(label).length - 1).toBe(1);
    // (The question's line is followed by the table's, nothing of the chart between them.)
    expect(doc.text).toMatch(/Q1 How many stiles does your council maintain\?\s*\nANSWER CHOICES/);
    expect(doc.text).toMatch(/5 to 20 stiles\s*(?:\t|\|)\s*35\.00%\s*(?:\t|\|)\s*7/);
  });
});
