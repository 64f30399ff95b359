import { describe, expect, it } from "vitest";
import { asciiDocToMarkdown, isAsciiDoc } from "../../../src/ingest/loaders/asciidoc.js";
import { rampsTermsAdoc } from "../../helpers/papers-adaptations.js";

describe("asciiDocToMarkdown", () => {
  const { text, hints } = asciiDocToMarkdown(rampsTermsAdoc);

  it("reads the title, sections and attribute entries, keeping every word of the source", () => {
    expect(hints?.title).toBe("Stairlifts and Ramps Panel: terms of reference and membership 2081/82");
    expect(text).toMatch(/^## Membership$/m);
    expect(text).toContain("Next review: 14 April 2082");
    expect(text).toContain("// Kept in the member-services docs repository.");
    expect(text).toContain("{next-review}");
  });

  it("makes a table written a cell a line into rows of as many cells as its cols attribute gives", () => {
    expect(text).toContain("| Member | Council | Group | Role |");
    expect(text).toContain("| Cllr Winifred Ashdown | Rutland County Council | Conservative | Vice-Chair |");
    expect(text).toContain("| Cllr Peregrine Vosper | Mid Devon District Council | Liberal Democrat | Memberfootnote:[Appointed on 2 September 2081 in place of Cllr Aldous Fenn.] |");
    expect(text).toContain("| Cllr Lysander Crabb | Torbay Council | Liberal Democrat |");
    expect(text).not.toContain("[cols=");
  });

  it("leaves text that is not AsciiDoc as it is", () => {
    const plain = "Notes of the meeting\n\nA line with = in it.\n";
    expect(isAsciiDoc(plain)).toBe(false);
    expect(asciiDocToMarkdown(plain).text).toBe(plain);
  });
});
