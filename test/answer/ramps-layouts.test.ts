/**
 * Answers from meeting notes kept in org-mode (actions with their states) and a Word delivery plan rated
 * with Wingdings symbols, referenced "SR82-A1", whose meeting is named only in its page header.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { rampsDraftPdf, rampsNotesOrg, rampsPlanDocx, rampsTermsAdoc } from "../helpers/papers-adaptations.js";

const corpus = async () => ({ "ramps-panel-notes-2082-03-03.txt": rampsNotesOrg, "ramps-panel-delivery-plan-2081-82-q3.docx": await rampsPlanDocx() });

describe("actions with their states", () => {
  it("lists the actions still open, TODO and WAITING, with owner and deadline, and not the done ones", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which actions from the 3 march ramps panel meeting are still open?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("A82/02: Bring the stairlift costs to the June meeting");
      expect(answer.answer).toContain("Fenwick Adeyemi");
      expect(answer.answer).toContain("A82/03");
      expect(answer.answer).not.toContain("A82/01");
      expect(answer.answer).not.toContain("Date of next meeting");
    });
  });

  it("lists the done ones when asked which are done, each cited where it is written", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which of the ramps panel actions are done?");
      expect(answer.answer).toContain("A82/01: Circulate the ramps survey to members");
      expect(answer.answer).not.toContain("A82/02");
      expect(answer.citations.some((c) => c.quote.includes("A82/01 Circulate the ramps survey to members") && !c.quote.includes("A82/02"))).toBe(true);
    });
  });
});

describe("the date of the next meeting under its own heading", () => {
  it("is the meeting after the one the notes are of", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("when's the next ramps panel meeting after the march one?");
      expect(answer.answer).toContain("was set for Wednesday 10 June 2082 at 10.30am");
      expect(answer.answer).not.toContain("am..");
    });
  });
});

describe("who substituted for a member", () => {
  it("names that member's substitute, not every substitute at the meeting", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("who subbed for cllr lusk at the march ramps panel meeting?");
      expect(answer.answer).toContain("Imelda Crane");
      expect(answer.answer).not.toContain("Jasper Wren");
    });
  });
});

describe("a person's phone number", () => {
  it("is given from the front sheet that gives it, and said to be missing for a member whose papers give none", async () => {
    await withCorpus({ ...(await corpus()), "ramps-grant-response-draft-2.pdf": await rampsDraftPdf() }, async (a) => {
      const officer = await a.engine.ask("what's Ottoline Pryce's phone number?");
      expect(officer.answer).toContain("020 7946 0771");
      const member = await a.engine.ask("what's cllr quiller's phone number?");
      expect(member.found).toBe(false);
      expect(member.answer).toContain("The papers give no phone number for Barnaby Quiller");
    });
  });
});

describe("a declaration made by the Chair", () => {
  it("says who was in the chair, from the meeting's register", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("any declarations of interest at the ramps panel in march?");
      expect(answer.answer).toMatch(/The Chair \(Barnaby Quiller\) declared/);
    });
  });
});

describe("a Word delivery plan rated with symbols", () => {
  it("names a symbol's rating of four words from the key, under a reference like SR82-B1", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which ramps panel milestones will not be met?");
      expect(answer.answer).toContain("SR82-B1");
      expect(answer.answer).not.toContain("SR82-A2");
    });
  });

  it("is a paper for the meeting its page header names", async () => {
    await withCorpus(await corpus(), async (a) => {
      const doc = a.index.documents.find((d) => d.meta.docId === "ramps-panel-delivery-plan-2081-82-q3")!;
      expect(doc.meta.date).toBe("2082-03-03");
      expect(doc.meta.board).toBe("Stairlifts and Ramps Panel");
    });
  });
});

describe("terms of reference kept as AsciiDoc source", () => {
  it("lists a political group's members from a table written a cell a line", async () => {
    await withCorpus({ "ramps-panel-terms-2081-82.txt": rampsTermsAdoc }, async (a) => {
      const answer = await a.engine.ask("who are the lib dem members of the stairlifts and ramps panel?");
      expect(answer.answer).toContain("Peregrine Vosper");
      expect(answer.answer).toContain("Rosamund Teague");
      expect(answer.answer).not.toContain("Winifred Ashdown");
    });
  });
});

describe("a Word draft printed with its markup", () => {
  it("reads the recommendation without the margin's deleted figure run into its lines", async () => {
    await withCorpus({ "ramps-grant-response-draft-2.pdf": await rampsDraftPdf() }, async (a) => {
      const answer = await a.engine.ask("what is the ramps grant paper asking the panel to agree?");
      expect(answer.answer).toContain("£12,000");
      expect(answer.answer).not.toContain("£10,000");
      const background = await a.engine.ask("what has happened to the average cost of a ramp?");
      expect(background.answer).toContain("and the average cost of a ramp has risen to £9,400");
    });
  });
});
