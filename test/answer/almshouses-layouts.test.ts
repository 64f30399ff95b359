/**
 * Answers from an outliner's page of meeting notes, a Word terms of reference laid out in label/content
 * tables, and an agenda table that names who presents each item.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { almshousesAgendaHtml, almshousesNotesMd, almshousesTermsDocx } from "../helpers/papers-almshouses.js";

const corpus = async () => ({
  "achtg-meeting-notes-2047-03-12.md": almshousesNotesMd,
  "achtg-agenda-2047-03-12.html": almshousesAgendaHtml,
  "achtg-terms-of-reference-2046-47.docx": await almshousesTermsDocx(),
});

describe("an outliner's page of meeting notes", () => {
  it("reads a bold bullet over names as the group they are in: who sent apologies, not who was present", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("who sent apologies to the almshouses task group meeting on 12 march 2047?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("Wilfred Aysgarth");
      expect(answer.answer).toContain("Dorcas Feverell");
      expect(answer.answer).not.toContain("Jago Penhallow");
    });
  });
});

describe("a Word terms of reference laid out in label and content tables", () => {
  it("gives the chair from the row labelled Chair", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("who chairs the almshouses task group?");
      expect(answer.answer).toContain("Ottilie Brackwater");
      expect(answer.answer).not.toContain("Castellane");
    });
  });

  it("lists every substitute, the ones on lines under the label too, and no member as a substitute", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("who are the named substitutes for the almshouses task group?");
      expect(answer.answer).toContain("Hamish Treloar");
      expect(answer.answer).toContain("Perdita Lowick");
      expect(answer.answer).not.toContain("Wilfred Aysgarth");
    });
  });

  it("gives a lead member's portfolio from a line under the Lead members label", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which cllr is lead member for funding and governance on the almshouses task group?");
      expect(answer.answer).toContain("Dorcas Feverell");
      expect(answer.answer).not.toContain("Penhallow");
    });
  });
});

describe("an agenda table with a column of presenters", () => {
  it("answers an item asked by its number with who presents it", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("whats item 3 on the 12 march agenda and who's presenting it?");
      expect(answer.answer).toContain("Policy budget 2046/47: quarter 3 monitoring");
      expect(answer.answer).toContain("Casimir Druce");
      expect(answer.answer).not.toContain("Leontyne Marchetti, Adviser");
    });
  });
});
