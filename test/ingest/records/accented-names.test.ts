/** Members' names with accents ("Cllr Gráinne Ó Súilleabháin") are read whole, and a question matches a name only as whole words. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { footbridgesMinutesText } from "../../helpers/papers-footbridges.js";
import { stilesMinutesEml } from "../../helpers/papers-stiles.js";
import { parseQuestion } from "../../../src/answer/query.js";

describe("minutes whose members' names carry accents", () => {
  it("lists each member present by their whole name, not cut at the first accent", async () => {
    const doc = await ingested("fsstg-minutes-2491-03-03.txt", footbridgesMinutesText());
    const present = doc.of("attendance").map((a) => a.person);
    expect(present).toEqual(expect.arrayContaining(["Perran Tresidder", "Gráinne Ó Súilleabháin", "Søren Ásgeirsson", "Mirela Dragoș", "Hedley Pentreath"]));
    expect(present.filter((p) => !p.includes(" "))).toEqual([]);
  });

  it("gives a declaration to the member who made it", async () => {
    const doc = await ingested("fsstg-minutes-2491-03-03.txt", footbridgesMinutesText());
    expect(doc.of("declaration").map((d) => d.person)).toContain("Søren Ásgeirsson");
  });
});

describe("apologies listed in an e-mail's minutes", () => {
  it("name a member whose surname is hyphenated and accented whole", async () => {
    // (Said in the first minute, not listed: "Apologies were received from …".)
    const said = stilesMinutesEml()
      .replace(/<tr><td><p dir="ltr"><span style="font-weight:700">Apologies:<\/span>.*?<\/tr>/, "")
      .replace("Apologies were received from Cllr Isaac Pennock.", "Apologies were received from Cllr Isaac Pennock and from Cllr Ingrid Kerr-Lindström.");
    const doc = await ingested("skgtg-draft-minutes-2601-12-02.eml", said);
    const absent = doc.of("attendance").filter((a) => !a.present).map((a) => a.person);
    expect(absent).toContain("Ingrid Kerr-Lindström");
  });
});

describe("a person named in a question", () => {
  it("is matched as whole words: a short name is not found inside another word", () => {
    const vocab = { people: ["Al Grant", "Ed"], boards: [] };
    expect(parseQuestion("who can sign off grant awards under 75k?", vocab).person).toBeUndefined();
    expect(parseQuestion("what did the board decide about the edge of the programme?", vocab).person).toBeUndefined();
    expect(parseQuestion("what is al grant's role?", vocab).person).toBe("Al Grant");
  });
});
