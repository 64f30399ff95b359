/**
 * An event platform's attendee export (as Eventbrite's "Attendee Summary" writes it): a row per ticket, the
 * attendee's first name and surname apart, a status that alone says who came ("Checked In", "Attending" for
 * booked and never checked in, "Not Attending" for cancelled), and the organiser's questions as columns. An
 * invented Saltmarsh Wardens' Conference.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";

const SESSIONS = ["A – Grazing and the marsh edge", "B – Counting wading birds", "C – Volunteers and access"];
/** First name, surname, status, session (index into SESSIONS). */
const ATTENDEES: [string, string, string, number][] = [
  ["Imelda", "Frogwell", "Checked In", 1],
  ["Casimir", "Ormeshaw", "Checked In", 0],
  ["Wren", "Paddock", "Attending", 1],
  ["Bronagh", "Tallis", "Checked In", 2],
  ["Ezra", "Quartermain", "Not Attending", 1],
  ["Philippa", "Noakes", "Checked In", 1],
  ["Dmitri", "Selwood", "Checked In", 0],
];
const HEADER = ["Event Name", "Order #", "First Name", "Surname", "Email", "Ticket Type", "Total Paid", "Attendee Status", "Company", "Which afternoon session will you join?"];
/** Whom each attendee works for: two councils share a word. */
const COMPANY = ["Marrowby Vale District Council", "Marrowby Town Council", "Marrowby Vale District Council", "Saltgrave Wildlife Trust", "Marrowby Vale District Council", "Marrowby Vale District Council", "Marrowby Town Council"];
const csv = [
  HEADER,
  ...ATTENDEES.map(([first, last, status, session], k) => [
    "Saltmarsh Wardens' Conference 2197",
    String(7100 + k),
    first,
    last,
    `${first.toLowerCase()}@example.org`,
    k % 2 ? "Warden (free)" : "Partner (£30)",
    k % 2 ? "0.00" : "30.00",
    status,
    COMPANY[k]!,
    SESSIONS[session]!,
  ]),
]
  .map((r) => r.map((c) => `"${c}"`).join(","))
  .join("\r\n");

let assistant: Assistant;
const DOC = "saltmarsh-wardens-conference-attendee-summary-2197-05-15";

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${DOC}.csv`), `\ufeff${csv}\r\n`);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("an event's attendee export", () => {
  it("is the event's register, not a body's members or a list of targets", () => {
    const records = assistant.index.recordsOf("attendance").filter((r) => r.docId === DOC);
    expect(records.filter((r) => r.present).map((r) => r.person).sort()).toEqual(["Bronagh Tallis", "Casimir Ormeshaw", "Dmitri Selwood", "Imelda Frogwell", "Philippa Noakes"]);
    // (Booked and never checked in is not there; nor is a cancelled booking.)
    expect(records.find((r) => r.person === "Wren Paddock")?.present).toBe(false);
    expect(records.find((r) => r.person === "Ezra Quartermain")?.present).toBe(false);
    expect(assistant.index.recordsOf("member").filter((r) => r.docId === DOC)).toHaveLength(0);
    expect(assistant.index.recordsOf("target").filter((r) => r.docId === DOC)).toHaveLength(0);
  });

  it("counts who turned up by their check-in", async () => {
    const a = await assistant.answerer.ask("how many people actually turned up to the wardens conference?");
    expect(a.answer).toMatch(/\b5 attended\b/);
    expect(a.answer).not.toContain("Wren Paddock");
  });

  it("lists who came from the council the question names, not from another of the same place", async () => {
    const a = await assistant.answerer.ask("who from marrowby vale dc actually came to the conference?");
    expect(a.answer).toContain("Imelda Frogwell");
    expect(a.answer).toContain("Philippa Noakes");
    // (Booked but never checked in; and the town council is another body.)
    expect(a.answer).not.toContain("Wren Paddock");
    expect(a.answer).not.toContain("Casimir Ormeshaw");
  });

  it("names the session most people booked, counting the rows of its column", async () => {
    const a = await assistant.answerer.ask("which afternoon session got the most bookings?");
    expect(a.answer).toMatch(/^B – Counting wading birds: 4 of 7 rows/);
    expect(a.citations.some((c) => c.quote.includes("Which afternoon session will you join?"))).toBe(true);
  });
});
