/**
 * A calendar exported as iCalendar and saved as text, each meeting's agenda in its event's description:
 * the agenda of the meeting asked for, by its event's start, though the file covers the whole year.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const event = (start: string, summary: string, agenda: string[]) =>
  [
    "BEGIN:VEVENT",
    `DESCRIPTION:Meeting of the Harbours and Estuaries Panel.\\n\\nAgenda\\n${agenda.map((a, i) => `${i + 1}. ${a}`).join("\\n")}\\n\\nPapers follow.`,
    `SUMMARY:${summary}`,
    `DTSTART;TZID="GMT Standard Time":${start}`,
    'LOCATION:Harbour Office\\, Quay Street',
    "END:VEVENT",
  ].join("\n");

const calendar = [
  "BEGIN:VCALENDAR",
  "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
  "VERSION:2.0",
  "X-WR-CALNAME:Harbours and Estuaries Panel 2070-71",
  event("20701021T100000", "Harbours and Estuaries Panel", ["Welcome and apologies", "Dredging programme – Ada Penrose", "Harbour dues review – Rhys Tonkin"]),
  event("20710120T100000", "Harbours and Estuaries Panel", ["Welcome and apologies", "Pontoon lighting trial – Rhys Tonkin", "Risk register – Ada Penrose"]),
  "END:VCALENDAR",
  "",
].join("\n");

describe("a calendar whose events carry their agendas", () => {
  it("gives the agenda of the meeting asked for, by its event's start", async () => {
    await withCorpus({ "harbours-panel-meetings-2070-71.txt": calendar }, async (a) => {
      const items = a.index.recordsOf("agenda_item");
      expect(new Set(items.map((r) => r.meetingDate))).toEqual(new Set(["2070-10-21", "2071-01-20"]));
      const answer = await a.engine.ask("what's on the agenda for the 20 january harbours panel meeting?");
      expect(answer.answer).toContain("Pontoon lighting trial");
      expect(answer.answer).not.toContain("Dredging programme");
    });
  });

  it("reads 'what's going to the october meeting?' as a question about its agenda", async () => {
    await withCorpus({ "harbours-panel-meetings-2070-71.txt": calendar }, async (a) => {
      const answer = await a.engine.ask("what's going to the october harbours panel meeting?");
      expect(answer.answer).toContain("Dredging programme");
      expect(answer.answer).not.toContain("Pontoon lighting trial");
    });
  });
});
