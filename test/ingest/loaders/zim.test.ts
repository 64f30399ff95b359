/**
 * A Zim wiki page as Zim keeps it, and a tracker's sheet printed with its chips' dropdown marks: read as
 * their readers see them.
 */
import { describe, expect, it } from "vitest";
import { isZimPage, zimToMarkdown } from "../../../src/ingest/loaders/zim.js";
import { ingested } from "../../helpers/corpus.js";
import { pumpsTrackerPdf, pumpsZimNotes } from "../../helpers/papers-pumps.js";

describe("a Zim page", () => {
  it("is known by its header, and other text is left as it is", () => {
    expect(isZimPage(pumpsZimNotes())).toBe(true);
    const dokuWiki = "====== Title ======\n\n[ ] a box that is no Zim's\n";
    expect(isZimPage(dokuWiki)).toBe(false);
    expect(zimToMarkdown(dokuWiki).text).toBe(dokuWiki);
  });

  it("reads headings by Zim's levels, links by their words, and keeps the boxes as written", () => {
    const { text, hints } = zimToMarkdown(pumpsZimNotes());
    expect(hints?.checkboxes).toBe("zim");
    expect(text).toContain("# 2712-03-08 VPTG meeting");
    expect(text).toContain("## 3. Notes of 14 December 2711 and actions");
    expect(text).not.toMatch(/Content-Type|Wiki-Format/);
    expect(text).toContain("Back to Meetings");
    expect(text).not.toContain("[[");
    expect(text).toContain("DRAFT notes by Perpetua Ollerenshaw (Member Services Officer).");
    // (Each box as written, a paragraph of its own; a lettered item indented by a tab a list item.)
    expect(text).toContain("\n[x] PA-24 Arrange a site visit");
    expect(text).toContain("\n[*] PA-21 Survey the parish pumps");
    expect(text).toMatch(/\n {2}- a\. awards the grants PG-01 and PG-02;/);
  });

  it("reads a task's state, owner and due day as Zim means them", async () => {
    const doc = await ingested("vptg-meeting-notes-2712-03-08.txt", pumpsZimNotes());
    const review = doc.of("minute").find((m) => m.number === "3")!;
    const state = Object.fromEntries(review.actions.map((a) => [a.ref, a.status]));
    expect(state).toEqual({ "PA-21": "done", "PA-22": "carried forward", "PA-23": "open", "PA-24": "dropped" });
    const handles = review.actions.find((a) => a.ref === "PA-22")!;
    expect(handles.owner).toBe("Imogen (Imogen Faraday)");
    expect(handles.deadline).toBe("2712-05-12");
    // (Quoted from the task's words: its box is no word of the page's.)
    expect(doc.text.slice(handles.span![0], handles.span![0] + handles.span![1])).toMatch(/^PA-22 Costed plan/);
  });
});

describe("a sheet's chips printed with their dropdown marks", () => {
  it("leaves the mark after a chip's word out, and keeps a drawn bullet before a note", async () => {
    const doc = await ingested("vptg-tracker-q3-2712-01-10.pdf", await pumpsTrackerPdf());
    expect(doc.text).toMatch(/PM-01\s*(?:\t|\|)\s*Pumps restored to working order\s*(?:\t|\|)\s*On course\s*(?:\t|\|)\s*14/);
    expect(doc.text).not.toMatch(/On course[ \t]*•/);
    expect(doc.text).toMatch(/•\s*Figures from the three councils' returns\./);
  });
});
