/**
 * A report whose key gives two status words one colour ("Delayed" and "At risk", both Amber): a move from
 * one to the other is read as the key orders them, so "what's got worse?" lists it.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const TRACKER = [
  "Harbour Walls Fund: scheme tracker, quarter 2 2158/59",
  "",
  "Ref\tCouncil\tStatus Q1 2158/59\tStatus Q2 2158/59",
  "HWF-01\tSaltby Borough Council\tOn track\tComplete",
  "HWF-02\tMerrowcombe District Council\tDelayed\tAt risk",
  "HWF-03\tQuillhaven City Council\tOn track\tDelayed",
  "HWF-04\tStarnmouth Borough Council\tAt risk\tDelayed",
  "HWF-05\tBrackwell District Council\tOn track\tOn track",
  "",
  "Status key",
  "",
  "Complete\tAll works finished and the final claim paid",
  "On track\tDelivering to the agreed profile",
  "Delayed\tBehind profile, with a recovery plan agreed",
  "At risk\tBehind profile, with no agreed recovery plan",
  "",
  "Colours: Complete is Blue, On track is Green, Delayed and At risk are Amber.",
].join("\n");

describe("status words of one colour, ordered by the report's key", () => {
  it("lists a move from Delayed to At risk as a drop, and At risk to Delayed as a rise", async () => {
    await withCorpus({ "harbour-walls-fund-tracker-2158-59-q2.txt": TRACKER }, async (assistant) => {
      const worse = await assistant.engine.ask("which harbour walls schemes have got worse since Q1?");
      expect(worse.answer).toContain("HWF-02");
      expect(worse.answer).toContain("HWF-03");
      expect(worse.answer).not.toContain("HWF-04");
      const better = await assistant.engine.ask("which harbour walls schemes have improved since Q1?");
      expect(better.answer).toContain("HWF-04");
      expect(better.answer).not.toContain("HWF-02");
    });
  });
});
