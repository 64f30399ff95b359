import { describe, expect, it } from "vitest";
import { sentenceUnits } from "../../src/answer/extract.js";

describe("sentenceUnits", () => {
  it("does not run a chat's next message on from a short message before it", () => {
    const text = [
      "23/02/2124, 12:06 - Jo Bloggs: Recorded as UD-02. Reported on 15 March.",
      "",
      "23/02/2124, 12:07 - Jo Bloggs: Record.pdf (file attached)",
      "",
      "[24/02/2124, 09:00:10] Sam Okoro: Thanks.",
    ].join("\n");
    const units = sentenceUnits(text, 0).map((u) => u.text);
    expect(units.some((u) => u.includes("15 March") && u.includes("Record.pdf"))).toBe(false);
    expect(units.some((u) => u.includes("Record.pdf") && u.includes("Thanks"))).toBe(false);
  });

  it("keeps a short list with its lead-in, and a full sentence after it apart", () => {
    const text = [
      "Income 2020/21",
      "- Grants, £19,200 (29.9%)",
      "- Other income, £13,751 (21.4%)",
      "- Subscriptions, £9,525 (14.8%)",
      "Whilst income held up in the year, subscriptions fell slightly compared with the year before, as expected.",
    ].join("\n");
    const units = sentenceUnits(text, 100);
    expect(units).toHaveLength(2);
    expect(units[0]!.text).toMatch(/^Income 2020\/21\n- Grants[\s\S]*Subscriptions, £9,525 \(14\.8%\)$/);
    expect(units[1]!.text).toMatch(/^Whilst income held up/);
    // Offsets point into the text given, shifted by the base.
    for (const u of units) expect(text.slice(u.start - 100, u.end - 100).trim()).toBe(u.text);
  });

  it("does not run a survey's next numbered question on from the answers bulleted under the last", () => {
    const text = 'Latest Responses\n- "27.50"\n- "19"\n7. How confident are you that your council can meet its duties in full?\nMore details 87 responses\n3.08 Average Rating';
    const units = sentenceUnits(text, 0).map((u) => u.text);
    expect(units[0]).toBe('Latest Responses\n- "27.50"\n- "19"');
    expect(units[1]).toBe("7. How confident are you that your council can meet its duties in full?");
  });

  it("keeps sub-numbered items (30.1, 30.2) with their lead-in, but not a numbered paragraph after them", () => {
    const long = "Some of the aids may require external resources to be commissioned, and other data themes are likely to emerge as the year goes on and the sector asks for them to be prioritised.";
    const text = `We would support the rollout of these standards:\n30.1 Elections data – with Cabinet Office\n30.2 Libraries assets – with DCMS\n31. ${long}`;
    const units = sentenceUnits(text, 0);
    expect(units[0]!.text).toBe("We would support the rollout of these standards:\n30.1 Elections data – with Cabinet Office\n30.2 Libraries assets – with DCMS");
    expect(units[1]!.text).toBe(`31. ${long}`);
  });

  it("keeps a short table row whole, and does not run the last cells of a long row into the next row", () => {
    const long = `A1 | ${"Work with councils on the programme and report on what was learnt. ".repeat(5).trim()} | 40% | On track`;
    const text = ["Ref | Measure | Target | Actual | Status", "M1 | Councils with a plan | 150 | 118 | At risk", long, "A2 | Another target | 10 | 12 | On track"].join("\n");
    const units = sentenceUnits(text, 0).map((u) => u.text);
    expect(units).toContain("M1 | Councils with a plan | 150 | 118 | At risk");
    expect(units).toContain("A2 | Another target | 10 | 12 | On track");
    expect(units.some((u) => u.includes("On track") && u.includes("A2 |") && u.includes("40%"))).toBe(false);
  });

  it("keeps a short list whose items end in full stops together under its heading, and the next heading apart", () => {
    const text = [
      "### Removed",
      "",
      "- The five councils' separate policies and fee tables.",
      "- The option to leave out the number 13 (two policies).",
      "- Naming streets after living people (one policy).",
      "",
      "## [2.3.0] - 2185-11-11",
      "",
      "The last version of the city council's own policy, the base of 3.0.0.",
    ].join("\n");
    const units = sentenceUnits(text, 0).map((u) => u.text);
    expect(units[0]).toMatch(/^### Removed\n\n- The five councils'[\s\S]*living people \(one policy\)\.$/);
    expect(units[1]).toMatch(/^## \[2\.3\.0\]/);
  });

  it("does not run a list on after a lead-in that is a whole sentence", () => {
    const text = "The board agreed the plan in full at its meeting in the autumn of the year.\n- Item one of the plan\n- Item two of the plan";
    const units = sentenceUnits(text, 0);
    expect(units[0]!.text).toBe("The board agreed the plan in full at its meeting in the autumn of the year.");
  });

  it("does not run one speaker's turn on into the next, nor an item numbered on past a line between", () => {
    const turns = "Jo Bloggs LGA: Thank you, Chair.\nDr Ann Lee - Open Streets: We surveyed 400 people about their journeys on foot.";
    expect(sentenceUnits(turns, 0).map((u) => u.text)).toEqual(["Jo Bloggs LGA: Thank you, Chair.", "Dr Ann Lee - Open Streets: We surveyed 400 people about their journeys on foot."]);
    const list = "The Panel asks the Government to:\n1. fund the repairs;\n2. publish the guidance;\nLocal Government Association · 18 Smith Square · London SW1P 3HZ · www.local.gov.uk\n3. meet the Panel.";
    expect(sentenceUnits(list, 0).some((u) => u.text.includes("Smith Square") && u.text.includes("3. meet"))).toBe(false);
  });
});
