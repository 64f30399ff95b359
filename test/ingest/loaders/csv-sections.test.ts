/**
 * A report exported as CSV in stacked sections (a meeting tool's poll report): each section's title a
 * line of its own, each section's records rows of cells under its own header, a label and its value a line.
 */
import { describe, expect, it } from "vitest";
import { csvToRows } from "../../../src/ingest/loaders/text.js";
import { towpathPollReportCsv } from "../../helpers/papers-towpath.js";

describe("csvToRows of stacked sections", () => {
  const text = csvToRows(towpathPollReportCsv().replace(/^\ufeff/, "").replace(/\r\n/g, "\n"));

  it("sets each section's title on a line of its own", () => {
    expect(text).toMatch(/\n\nLaunched Polls\n\n#\tPoll Name\tLaunched Time\t# Participants Answered\n1\tPoll 1: Priorities/);
    expect(text).toMatch(/\n\nPoll Details\n\n#\tUser Name/);
  });

  it("reads each section's records as rows of their own width", () => {
    expect(text).toContain("Towpath wardens workshop\t812 4410 0076\tDec 9, 2311 09:58 AM\t95\t11");
    expect(text).toContain("8\tSunniva Oakes\t\tDec 9, 2311 10:52:15 AM\tPoll 2: Winter hours\tShould wardens patrol after dark in winter?\tYes\tWhich towpath needs it most?\tHatherop");
  });

  it("names the cells a section's rows run past its header by the header's last column", () => {
    expect(text).toContain("#\tUser Name\tEmail Address\tSubmitted Date and Time\tPoll Name\tQuestion Details\tQuestion Details (2)\tQuestion Details (3)\tQuestion Details (4)\n");
  });

  it("reads a label and its value as a line", () => {
    expect(text).toContain("Report Generated: Dec 9, 2311 12:21 PM\n");
  });
});
