/**
 * Word's rebuild of a printed page keeps each printed line a paragraph of its own: a sentence cut at a
 * line's end reads on into the next ("… The lower cap" / "(it was 6 per cent) lets …"), and a label line
 * holding a sentence ("Quorum: five members … groups. A substitute counts towards") is no heading. A board
 * asked by its initials before its kind ("the SMT panel") is not searched for those words; declarations
 * written out under a "Declaration:" label are read as declarations.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

async function printedLinesDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph, HeadingLevel } = await import("docx");
  const lines = [
    "Quorum: four members, from at least two political groups. A substitute counts towards",
    "the quorum when attending in place of a member.",
    "3. Officers propose a cap on pitch fee rises for the next two years: no rise above",
    "4 per cent in any one year, for every market in the scheme. The lower cap",
    "(it was 6 per cent under the old scheme) keeps pitches affordable for new traders.",
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Street Markets Trading Panel – terms and proposals 2071/72", heading: HeadingLevel.HEADING_1 }),
          ...lines.map((t) => new Paragraph(t)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const notes = `<!DOCTYPE html><html><head><title>Street Markets Trading Panel – notes of 18 November 2071</title></head><body>
<h1>Street Markets Trading Panel</h1>
<p>Notes of the meeting of 18 November 2071</p>
<h2>1. Welcome and apologies</h2>
<ul>
<li>Apologies were received from Cllr Petra Holloway.</li>
<li>Declaration: Cllr Jasper Quennell declared that his family runs a stall at Bury Market (item 3).</li>
<li>Declaration: Cllr Ines Margolyes declared a non-pecuniary interest in item 4 as a trustee of a market charity.</li>
</ul>
<h2>2. Pitch fees</h2>
<p>The Panel discussed pitch fees at markets across the region and the stalls let at each market.</p>
</body></html>`;

describe("a document whose printed lines are paragraphs of their own", () => {
  it("quotes the sentence whole across the lines it was printed on", async () => {
    await withCorpus({ "smt-panel-terms-2071-72.docx": await printedLinesDocx() }, async (a) => {
      const answer = await a.engine.ask("why is the new cap lower than under the old scheme?");
      expect(answer.citations.some((c) => c.quote.includes("The lower cap (it was 6 per cent under the old scheme) keeps pitches affordable"))).toBe(true);
    });
  });

  it("answers the quorum of the board asked by its initials and kind, from a label line holding two sentences", async () => {
    await withCorpus({ "smt-panel-terms-2071-72.docx": await printedLinesDocx(), "smt-panel-notes-2071-11-18.html": notes }, async (a) => {
      const answer = await a.engine.ask("what's the quorum for the SMT panel?");
      expect(answer.answer).toContain("Quorum: four members, from at least two political groups. A substitute counts towards the quorum");
    });
  });
});

describe("declarations written out under a label", () => {
  it("reads each as a declaration record and lists them for the meeting", async () => {
    await withCorpus({ "smt-panel-notes-2071-11-18.html": notes }, async (a) => {
      expect(a.engine.recordsOf("declaration").map((d) => d.person).sort()).toEqual(["Ines Margolyes", "Jasper Quennell"]);
      const answer = await a.engine.ask("any declarations of interest at the november meeting?");
      expect(answer.answer).toContain("Jasper Quennell");
      expect(answer.answer).toContain("Ines Margolyes");
    });
  });
});
