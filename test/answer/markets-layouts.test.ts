/**
 * Answers from a static-site generator's tracker (TOML front matter, ratings as shortcodes), a meeting-notes
 * app's export (attendance fields, check-box actions with chips) and a pivot table printed to PDF.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { marketsMembershipDocx, marketsNotesHtml, marketsPivotPdf, marketsTrackerMd } from "../helpers/papers-markets.js";

const corpus = async () => ({
  "markets-tracker-2071-72-q2.md": marketsTrackerMd,
  "markets-notes-2071-11-18.html": marketsNotesHtml,
  "markets-pitch-fees-pivot-2071-72-q2.pdf": await marketsPivotPdf(),
  "markets-membership-2071-72.docx": await marketsMembershipDocx(),
});

describe("a tracker whose ratings are shortcodes", () => {
  it("reads each shortcode's colour, named by the page's key of dots", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which street markets actions are off course?");
      expect(answer.answer).toContain("SM-A2");
      expect(answer.answer).not.toContain("SM-A1");
      const ref = await a.engine.ask("SM-A1 - what was it rated in Q1 and what is it now?");
      expect(ref.answer).toContain("at risk (Amber)");
      expect(ref.answer).toMatch(/Q1: on course/);
    });
  });

  it("lists a work programme's actions by their rating, not a meeting's actions", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which street markets panel work programme actions were red at the end of Q2?");
      expect(answer.answer).toContain("SM-A2");
      expect(answer.answer).not.toContain("Write to the councils");
    });
  });

  it("takes the body and the author from the TOML front matter", async () => {
    await withCorpus(await corpus(), async (a) => {
      const doc = a.index.documents.find((d) => d.meta.docId === "markets-tracker-2071-72-q2")!;
      expect(doc.meta.board).toBe("Street Markets Panel");
      expect(doc.meta.title).toBe("Work programme tracker: Quarter 2 2071/72");
    });
  });
});

describe("a meeting-notes app's export", () => {
  it("is the notes of the meeting of its US-style date, each attendee by the Attendance field, not the invite", async () => {
    await withCorpus(await corpus(), async (a) => {
      const doc = a.index.documents.find((d) => d.meta.docId === "markets-notes-2071-11-18")!;
      expect(doc.meta).toMatchObject({ kind: "minutes", date: "2071-11-18" });
      const answer = await a.engine.ask("did cllr trewin attend the street markets panel on 18 november 2071?");
      expect(answer.answer).toMatch(/Absalom Trewin did not attend/);
      const online = await a.engine.ask("did cllr frogley attend the street markets panel on 18 november 2071?");
      expect(online.answer).toMatch(/Imelda Frogley attended/);
    });
  });

  it("reads an action's check box, @assignee and due date", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which actions from the 18 nov street markets panel meeting are done?");
      expect(answer.answer).toContain("Write to the councils that have not replied");
      expect(answer.answer).not.toContain("Report the survey results");
      expect(answer.answer).toContain("owner: Odile Fairbrass");
      expect(answer.answer).not.toContain("Fairbrass Due");
      const owned = await a.engine.ask("what actions did Crispin Vellacott pick up at the street markets panel?");
      expect(owned.answer).toContain("Report the survey results");
      expect(owned.answer).toMatch(/Feb(?:ruary)? 10, 2072/);
      expect(owned.citations.every((c) => !/repliedOdile|@Odile FairbrassDue/.test(c.quote))).toBe(true);
    });
  });
});

describe("a pivot table printed to PDF, ruled only above its subtotals", () => {
  it("keeps each line of figures a row of its own", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("how much in pitch fees did Ipswich Sunday Market bring in?");
      expect(answer.answer).toContain("31,500");
      expect(answer.answer).not.toContain("96,100");
    });
  });
});

describe("a table Word rebuilt from a printed page, one printed line a row", () => {
  it("reads a name or council wrapped onto the next line as the row's, not a group's heading", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("what council + party is cllr trewin?");
      expect(answer.answer).toContain("Broxbourne Borough Council");
      expect(answer.answer).toContain("Conservative");
      expect(answer.citations.some((c) => c.quote === "Cllr Absalom | Broxbourne Borough | Conservative | Member")).toBe(true);
      const quist = await a.engine.ask("what council is cllr quist on?");
      expect(quist.answer).toContain("Bury Council");
      expect(quist.answer).not.toContain("Independent group Bury");
    });
  });
});
