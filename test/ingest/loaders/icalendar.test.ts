/**
 * A calendar exported as iCalendar and saved as text: folded lines (a break and a space anywhere, even
 * mid-word) and escaped values ("\n", "\,", "\;") read as a person reads them, and a sentence folded
 * mid-word is found and quoted whole.
 */
import { describe, expect, it } from "vitest";
import { icalendarToText } from "../../../src/ingest/loaders/icalendar.js";
import { withCorpus } from "../../helpers/assistant.js";

const calendar = [
  "BEGIN:VCALENDAR",
  "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
  "X-WR-CALNAME:Canal Towpaths Working Group 2071-72",
  "BEGIN:VEVENT",
  "DESCRIPTION:Site visit to the Leeds and Liverpool Canal towpath\\, Skipton.\\n\\nTravel: a mini",
  " bus leaves Skipton station at 09.45 and returns there by 14.30.\\nHost: Cllr Ada Quillfeather",
  "DTSTART;TZID=\"GMT Standard Time\":20711014T100000",
  "SUMMARY;LANGUAGE=en-gb:Members' site visit: towpath surfaces\\; Skipton",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("an iCalendar file saved as text", () => {
  it("is unfolded and unescaped, and titled by the calendar's name", () => {
    const read = icalendarToText(calendar.replace(/\r\n/g, "\n"))!;
    expect(read.title).toBe("Canal Towpaths Working Group 2071-72");
    expect(read.text).toContain("DESCRIPTION:Site visit to the Leeds and Liverpool Canal towpath, Skipton.\n\nTravel: a minibus leaves Skipton station at 09.45");
    expect(read.text).toContain("SUMMARY;LANGUAGE=en-gb:Members' site visit: towpath surfaces; Skipton");
    expect(icalendarToText("Not a calendar\nBEGIN:VEVENT")).toBeUndefined();
  });

  it("answers from a sentence its export folded mid-word, quoting it whole", async () => {
    await withCorpus({ "canal-towpaths-meetings-2071-72.txt": calendar }, async (a) => {
      const answer = await a.engine.ask("what time does the minibus leave?");
      expect(answer.answer).toContain("09.45");
      expect(answer.citations.some((c) => c.quote.includes("a minibus leaves Skipton station at 09.45"))).toBe(true);
    });
  });
});
