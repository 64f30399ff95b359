import { describe, expect, it } from "vitest";
import { isOrgFile, orgToMarkdown } from "../../../src/ingest/loaders/org.js";
import { rampsNotesOrg } from "../../helpers/papers-adaptations.js";

describe("orgToMarkdown", () => {
  const { text, hints } = orgToMarkdown(rampsNotesOrg);

  it("takes the title from #+TITLE, and shows keyword lines as labels", () => {
    expect(hints?.title).toBe("Stairlifts and Ramps Panel - notes of the meeting of 3 March 2082");
    expect(text).toContain("Date: <2082-03-03 Tue 10:30>");
    expect(text).toContain("Startup: overview");
    expect(text).not.toContain("#+");
  });

  it("reads headings as headings without their tags, and a task heading as a list item holding its stamps and drawers", () => {
    expect(text).toMatch(/^## 2\. Ramps grant$/m);
    expect(text).toMatch(/^- WAITING \[#A\] A82\/03 Letter from the Chair to the Minister on the ramps grant$/m);
    expect(text).toMatch(/^ {2}DEADLINE: <2082-04-01 Wed>$/m);
    expect(text).toMatch(/^ {2}State "WAITING" {4}from "TODO" {7}\[2082-03-10 Tue 11:05\]$/m);
    expect(text).toMatch(/^# Date of next meeting$/m);
  });

  it("writes a table's rule lines as markdown's", () => {
    expect(text).toMatch(/^\|-+\|-+\|-+\|-+\|$/m);
  });

  it("leaves text that is not an org file as it is", () => {
    const plain = "* Note\nA line.\n* Another\n";
    expect(isOrgFile(plain)).toBe(false);
    expect(orgToMarkdown(plain).text).toBe(plain);
  });
});
