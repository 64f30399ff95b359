/**
 * "What's got better since Q1 in the delivery plan?" of a quarter 2 report that rates only its own quarter
 * but gives each row's direction of travel against quarter 1: the rows moving that way, from the report the
 * question names, not from some other report of quarter 1.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const PLAN = [
  "# Orchard delivery plan 2284/85: progress at quarter 2",
  "",
  "Heritage Orchards Joint Panel, 16 January 2285",
  "",
  "| Ref | Milestone | Status | Trend since Q1 |",
  "| --- | --- | --- | --- |",
  "| OD-1 | Graft 40 Russet trees | On schedule | ⇧ |",
  "| OD-2 | Survey the Coldharbour walls | Slipping | ⇩ |",
  "| OD-3 | Train 12 volunteer pruners | On schedule | ⇨ |",
  "| OD-4 | Publish the orchard map | Delivered | ⇧ |",
  "",
  "Key: ⇧ better than at quarter 1; ⇨ no change; ⇩ worse than at quarter 1.",
].join("\n");

const OTHER = [
  "# Allotments performance report, quarter 1 2284/85",
  "",
  "| Ref | Measure | Status |",
  "| --- | --- | --- |",
  "| AL-1 | Plots let | Green |",
  "| AL-2 | Waiting list cleared | Red |",
].join("\n");

describe("a change asked since a quarter of a report that gives directions of travel", () => {
  it("lists the rows moving the way asked, from the report its title names", async () => {
    await withCorpus({ "orchard-delivery-plan-2284-85-q2.md": PLAN, "allotments-performance-2284-85-q1.md": OTHER }, async (assistant) => {
      const better = await assistant.answerer.ask("what's got better since Q1 in the orchard delivery plan");
      expect(better.answer).toContain("OD-1");
      expect(better.answer).toContain("OD-4");
      expect(better.answer).not.toContain("OD-2");
      expect(better.answer).not.toContain("AL-1");
      const worse = await assistant.answerer.ask("what's got worse since Q1 in the orchard delivery plan?");
      expect(worse.answer).toContain("OD-2");
      expect(worse.answer).not.toContain("OD-1");
    });
  });
});
