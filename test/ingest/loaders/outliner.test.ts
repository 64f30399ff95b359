import { describe, expect, it } from "vitest";
import { isOutlinerPage, outlinerToMarkdown } from "../../../src/ingest/loaders/outliner.js";
import { almshousesNotesMd } from "../../helpers/papers-almshouses.js";

describe("outlinerToMarkdown", () => {
  const { text, hints } = outlinerToMarkdown(almshousesNotesMd);

  it("takes the page's title from its title property and writes properties as labels", () => {
    expect(hints?.title).toBe("ACHTG/Meeting notes 2047-03-12");
    expect(text).toContain("Body: [[Almshouses and Community Housing Task Group]]");
  });

  it("reads a heading inside a bullet as a heading, and a bold bullet over deeper bullets as one below it", () => {
    expect(text).toMatch(/^## Attendance$/m);
    expect(text).toMatch(/^### Apologies$/m);
    expect(text).toMatch(/^- \[\[Cllr Wilfred Aysgarth\]\] - no sub$/m);
  });

  it("keeps a bullet's properties and second lines with it, and leaves out query macros and block ids", () => {
    expect(text).toMatch(/^- DONE Publish the survey report #action\n {2}Owner: \[\[Leontyne Marchetti\]\]\n {2}DEADLINE: <2047-03-19 Fri>$/m);
    expect(text).not.toContain("{{query");
    expect(text).not.toMatch(/\t/);
  });

  it("leaves a markdown paper with a list in it as it is", () => {
    const paper = "# Paper\n\nThe Board is asked to:\n\n- note the report\n- agree the plan\n\nContact: Jo Bloggs\n";
    expect(isOutlinerPage(paper)).toBe(false);
    expect(outlinerToMarkdown(paper).text).toBe(paper);
  });
});
