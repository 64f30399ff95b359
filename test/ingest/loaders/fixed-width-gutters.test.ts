/**
 * Columns of fixed-width text found by their gutters: figures set right and ratings centred line up by
 * the blank between columns, while prose whose spaces happen to line up stays prose.
 */
import { describe, expect, it } from "vitest";
import { fixedWidthToTabs } from "../../../src/ingest/loaders/text.js";
import { cellsByGutters, gutterColumns } from "../../../src/ingest/loaders/fixed-width-gutters.js";

describe("gutterColumns", () => {
  const table = [
    "Ref     Measure                       Target     Q1 Q1 RAG       Q2 Q2 RAG",
    "HWG-01  Hedgerows surveyed               120     84  Amber      121  Green",
    "HWG-02  Hedge-laying courses run      8 of 8 6 of 8  Amber   8 of 8Complete",
    "HWG-03  Volunteers trained                60     52   Red        41   Red",
    "HWG-04  Trees planted in gaps          2,000    640  Amber    2,310  Green",
    "HWG-05  Landowners signed up              40     22   Red        38  Amber",
    "HWG-06  Verges cut late                   90     70  Green       95  Green",
  ];

  it("finds a column for each figure set right and each rating set in the middle", () => {
    const gutters = gutterColumns(table)!;
    expect(table.map((l) => cellsByGutters(l, gutters))).toContainEqual(["HWG-02", "Hedge-laying courses run", "8 of 8", "6 of 8", "Amber", "8 of 8", "Complete"]);
    expect(cellsByGutters(table[0]!, gutters)).toEqual(["Ref", "Measure", "Target", "Q1", "Q1 RAG", "Q2", "Q2 RAG"]);
  });

  it("turns such a table into rows of cells", () => {
    expect(fixedWidthToTabs(table.join("\n"))).toContain("HWG-04\tTrees planted in gaps\t2,000\t640\tAmber\t2,310\tGreen");
  });

  it("leaves a report's heading lines of labels and values as they are", () => {
    const heading = [
      "REPORT  : HDG207   HEDGEROW GRANTS BY COUNCIL                           RUN DATE: 13/11/2243",
      "LEDGER  : GL       ACTUALS AND FORECAST                                 RUN TIME:   06:14:52",
      "PERIOD  : 07 (OCT 2243)   YEAR: 2243/44                                  USER    :    QUILLAN",
    ].join("\n");
    expect(fixedWidthToTabs(heading)).toBe(heading);
  });
});
