/**
 * A calendar of meetings printed as a year planner: month rows of day cells, a meeting given only by its
 * code under its day ("14 LRP"), explained by a key of codes with times and venues. An invented Lighthouses
 * and Rescue Posts Panel of an invented Saltgrave Combined Authority.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { pdfBuffer } from "../helpers/papers.js";

const MONTHS = ["May", "June", "July", "August", "September", "October"];
/** Day cells carrying a code: month index, day, code. "(R)" marks a reserve date, held only if needed. */
const CODED: [number, number, string][] = [
  [0, 4, "BH"],
  [0, 14, "LRP"],
  [1, 9, "SCB"],
  [2, 16, "LRP"],
  [3, 27, "LRP (R)"],
  [4, 10, "SCB"],
  [5, 8, "LRP"],
  [2, 21, "HMP"],
];
const KEY = [
  ["Code", "Meeting", "Time", "Venue"],
  ["LRP", "Lighthouses and Rescue Posts Panel", "10:30", "Room 4, Saltgrave Guildhall"],
  ["SCB", "Saltgrave Combined Board", "14:00", "Council Chamber, Saltgrave Guildhall"],
  ["BH", "Bank holiday", "", ""],
];

function plannerPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(14).text("Saltgrave Combined Authority – Calendar of Meetings 2196/97", 30, 30);
      const x0 = 30;
      const colW = 24;
      const rowH = 26;
      let y = 70;
      doc.fontSize(7).font("Helvetica-Bold");
      for (let d = 0; d < 31; d++) doc.text(["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][d % 7]!, x0 + 70 + d * colW + 3, y, { lineBreak: false });
      y += 14;
      MONTHS.forEach((month, mi) => {
        doc.rect(x0, y, 70 + 31 * colW, rowH).stroke();
        doc.font("Helvetica-Bold").fontSize(8).text(`${month} 2196`, x0 + 3, y + 4, { lineBreak: false });
        for (let d = 1; d <= 30; d++) {
          const cx = x0 + 70 + (d - 1) * colW;
          doc.moveTo(cx, y).lineTo(cx, y + rowH).stroke();
          doc.font("Helvetica").fontSize(7).text(String(d), cx + 3, y + 3, { lineBreak: false });
          const coded = CODED.find(([m, day]) => m === mi && day === d);
          if (coded) doc.font("Helvetica-Bold").fontSize(6).text(coded[2], cx + 2, y + 13, { lineBreak: false });
        }
        y += rowH;
      });
      y += 30;
      doc.font("Helvetica-Bold").fontSize(11).text("Key", x0, y);
      y += 18;
      for (const row of KEY) {
        const xs = [x0, x0 + 50, x0 + 260, x0 + 320];
        row.forEach((cell, k) => doc.font(row === KEY[0] ? "Helvetica-Bold" : "Helvetica").fontSize(9).text(cell, xs[k]!, y, { lineBreak: false }));
        y += 16;
      }
      // (A code the key leaves out, named only by a note: the body whose initials it is.)
      doc.font("Helvetica").fontSize(9).text("Note: the Harbour Moorings Panel meets only when an appeal is lodged.", x0, y + 10);
    },
    { size: "A4", layout: "landscape", margin: 30 },
  );
}

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "saltgrave-calendar-of-meetings-2196-97.pdf"), await plannerPdf());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a year planner of meetings by code", () => {
  it("reads each coded day as the meeting of the body the key names, with the key's time and venue", () => {
    const meetings = assistant.index.recordsOf("meeting").filter((m) => m.board === "Lighthouses and Rescue Posts Panel");
    // (The reserve date is held only if needed: not a meeting.)
    expect(meetings.map((m) => m.date).sort()).toEqual(["2196-05-14", "2196-07-16", "2196-10-08"]);
    expect(meetings.every((m) => m.time === "10:30" && m.venue === "Room 4, Saltgrave Guildhall")).toBe(true);
    // (A bank holiday is no body's meeting.)
    expect(assistant.index.recordsOf("meeting").some((m) => m.date === "2196-05-04")).toBe(false);
  });

  it("reads a code the key leaves out as the body the document names by those initials", () => {
    expect(assistant.index.recordsOf("meeting").filter((m) => m.board === "Harbour Moorings Panel").map((m) => m.date)).toEqual(["2196-07-21"]);
  });

  it("lists a body's meeting dates, asked by its initials", async () => {
    const a = await assistant.answerer.ask("list the lrp meeting dates");
    expect(a.answer).toContain("14 May 2196");
    expect(a.answer).toContain("16 July 2196");
    expect(a.answer).toContain("8 October 2196");
    expect(a.answer).not.toContain("9 June 2196");
    expect(a.citations.some((c) => c.quote === "14 LRP")).toBe(true);
  });

  it("says when and where a body meets", async () => {
    const a = await assistant.answerer.ask("what time does the saltgrave combined board start and where?");
    expect(a.answer).toContain("14:00");
    expect(a.answer).toContain("Council Chamber, Saltgrave Guildhall");
  });
});
