/**
 * Minutes pasted from an online document into an e-mail: each numbered heading a list of one item, its
 * number only the list's start, the paragraphs under it outside any list; the action log pasted after the
 * last item under a line of its own.
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { stilesMinutesEml } from "../../helpers/papers-stiles.js";

describe("minutes pasted from an online document", () => {
  it("show each heading with the number the list draws", async () => {
    const doc = await ingested("skgtg-draft-minutes-2601-12-02.eml", stilesMinutesEml());
    for (const heading of ["1. Welcome and apologies", "2. Declarations of interest", "3. Kissing gates grants", "4. Any other business"]) {
      expect(doc.text).toMatch(new RegExp(`(?:^|\\n)${heading}\\n`));
    }
  });

  it("read as the meeting's items, the last ending where the action log begins", async () => {
    const doc = await ingested("skgtg-draft-minutes-2601-12-02.eml", stilesMinutesEml());
    const items = doc.of("minute");
    expect(items.map((m) => m.title)).toEqual(["Welcome and apologies", "Declarations of interest", "Kissing gates grants", "Any other business"]);
    expect(items.at(-1)!.actions).toEqual([]);
    expect(doc.of("target").map((t) => t.ref)).toEqual(["SKA-11", "SKA-12", "SKA-13"]);
  });
});
