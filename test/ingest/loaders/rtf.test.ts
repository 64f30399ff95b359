/**
 * Word's Rich Text Format, as a file of its own and as the attachment of an Outlook rich-text e-mail that
 * reaches another mail system with its attachments inside winmail.dat (TNEF): minutes of the invented
 * Harbour Walls Panel, with a heading style, bold labels, Windows-1252 bytes, Unicode characters with
 * their fallbacks, a hyperlink field and an actions table.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFile, LoadError } from "../../../src/ingest/loaders/index.js";
import { tnefAttachments } from "../../../src/ingest/loaders/tnef.js";
import { tempDir } from "../../helpers/assistant.js";
import { emailWithWinmail, rtfParagraph, rtfRow, tnefStream, wordRtf } from "../../helpers/rich-text.js";

const MINUTES = wordRtf(
  "Harbour Walls Panel minutes 14 March 2171",
  [
    rtfParagraph(String.raw`Harbour Walls Panel`, String.raw`\s1`),
    rtfParagraph(String.raw`DRAFT \'96 not yet approved`),
    rtfParagraph(String.raw`{\b Members present:} Cllr Petra Quayle (Chair), Cllr Owain Drage`),
    rtfParagraph(String.raw`2.1 The panel agreed awards of \'a348,000 \u8212\'97 the first since 2169 \u8211\'96 for Quayford.`),
    rtfParagraph(String.raw`Contact: {\field{\*\fldinst HYPERLINK "mailto:tamsin.hollis@example.gov.uk"}{\fldrslt Tamsin Hollis}}{\*\bkmkstart _Toc1}{\*\bkmkend _Toc1}`),
    rtfParagraph(String.raw`Actions`, String.raw`\s1`),
    rtfRow(["Ref", "Action", "Owner", "Due"]),
    rtfRow(["HWP-04", "Write to Quayford about the award", "Tamsin Hollis", "21/03/2171"]),
    rtfRow(["HWP-05", String.raw`Survey the north mole \'96 phase 2`, "Owain Drage", "30/04/2171"]),
    rtfParagraph(String.raw`Next meeting: 9 May 2171.`),
  ].join(""),
);

function lines(text: string): string[] {
  return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

describe("RTF documents", () => {
  it("reads paragraphs, headings by their style, bold labels and tables, without Word's tables of fonts and styles", async () => {
    const path = join(tempDir(), "hwp-minutes-2171-03-14.rtf");
    writeFileSync(path, MINUTES, "latin1");
    const loaded = await loadFile(path);
    const read = lines(loaded.text);
    expect(read).toContain("# Harbour Walls Panel");
    expect(read).toContain("DRAFT – not yet approved");
    expect(read.some((line) => /^(\*\*|<b>)?Members present:(\*\*|<\/b>)? Cllr Petra Quayle \(Chair\), Cllr Owain Drage$/.test(line))).toBe(true);
    // (A Unicode character's fallback byte is not read twice; `\'a3` is "£" in the document's code page.)
    expect(read).toContain("2.1 The panel agreed awards of £48,000 — the first since 2169 – for Quayford.");
    // (A field's result, not its instruction; bookmarks are not text.)
    expect(read).toContain("Contact: Tamsin Hollis");
    expect(read).toContain("Ref\tAction\tOwner\tDue");
    expect(read).toContain("HWP-05\tSurvey the north mole – phase 2\tOwain Drage\t30/04/2171");
    expect(read.indexOf("HWP-05\tSurvey the north mole – phase 2\tOwain Drage\t30/04/2171")).toBeLessThan(read.indexOf("Next meeting: 9 May 2171."));
    expect(loaded.text).not.toMatch(/Times New Roman|Arial|Normal|Default Paragraph Font|header text|HYPERLINK|Democratic Services/);
    expect(loaded.hints?.title).toBe("Harbour Walls Panel minutes 14 March 2171");
  });

  it("keeps a text box or two set in frames where they stand in the flow", async () => {
    const boxed = wordRtf(
      "Harbour Walls Panel note",
      [
        rtfParagraph(String.raw`The panel met on 9 May 2171.`),
        String.raw`{\pard\plain\pvpg\phpg\posx720\posy1440\absw3000 Quayford's award was paid on 1 May 2171.\par}`,
        rtfParagraph(String.raw`Next meeting: 11 July 2171.`),
      ].join(""),
    );
    const path = join(tempDir(), "hwp-note-2171-05-09.rtf");
    writeFileSync(path, boxed, "latin1");
    const read = lines((await loadFile(path)).text);
    const box = read.indexOf("Quayford's award was paid on 1 May 2171.");
    expect(box).toBeGreaterThan(read.indexOf("The panel met on 9 May 2171."));
    expect(box).toBeLessThan(read.indexOf("Next meeting: 11 July 2171."));
  });

  it("reads a presentation saved as an outline: slide titles as headings, the lines under them as bullet points", async () => {
    // (PowerPoint's "Outline/RTF" writes every paragraph at an outline level: titles at the first, body text below.)
    const slide = (title: string, ...points: [number, string][]) =>
      [String.raw`\pard\plain\s1\outlinelevel0\b\fs44 ${title}\par`, ...points.map(([level, text]) => String.raw`\pard\plain\outlinelevel${level}\li${360 * level}\fs32 ${text}\par`)].join("\r\n");
    const outline = wordRtf(
      "Harbour Walls Panel: quarter 3",
      [
        slide("Quarter 3 performance", [1, "Harbour Walls Panel, 11 July 2171"]),
        slide("Summary", [1, "Nine measures: six on track, two at risk and one off track"], [2, "Wall surveys completed: 14 of 18 against a target of 18 (Amber)"]),
        slide("Next steps", [1, "The panel is asked to note the report and the two recovery plans"]),
      ].join("\r\n"),
    );
    const path = join(tempDir(), "hwp-q3-slides-outline-2171-07-11.rtf");
    writeFileSync(path, outline, "latin1");
    const read = lines((await loadFile(path)).text);
    expect(read).toContain("# Summary");
    expect(read).toContain("- Nine measures: six on track, two at risk and one off track");
    expect(read).toContain("- Wall surveys completed: 14 of 18 against a target of 18 (Amber)");
    expect(read.filter((l) => l.startsWith("#"))).toEqual(["# Quarter 3 performance", "# Summary", "# Next steps"]);
  });

  it("reports a file that is not RTF", async () => {
    const path = join(tempDir(), "not-rtf.rtf");
    writeFileSync(path, "Just some words.");
    await expect(loadFile(path)).rejects.toBeInstanceOf(LoadError);
  });
});

describe("Outlook rich-text e-mails (winmail.dat)", () => {
  const winmail = tnefStream("HWP - draft minutes of 14 March 2171", [
    { shortName: "HWPDRA~1.RTF", longName: "HWP draft minutes 14 March 2171.rtf", data: Buffer.from(MINUTES, "latin1") },
  ]);

  it("finds each attachment's long name and bytes in the TNEF stream", () => {
    const files = tnefAttachments(winmail);
    expect(files.map((f) => f.name)).toEqual(["HWP draft minutes 14 March 2171.rtf"]);
    expect(files[0]!.data.toString("latin1")).toBe(MINUTES);
  });

  it("reads the minutes inside winmail.dat after the covering note, under the file's name", async () => {
    const path = join(tempDir(), "hwp-draft-minutes-2171-03-14.eml");
    writeFileSync(
      path,
      emailWithWinmail({
        from: "Tamsin Hollis <tamsin.hollis@example.gov.uk>",
        to: "HWP Members <hwp-members@example.gov.uk>",
        subject: "HWP - draft minutes of 14 March 2171",
        date: "Fri, 18 Mar 2171 10:02:11 +0000",
        note: "Dear members,\r\n\r\nPlease find attached the draft minutes of the meeting on 14 March 2171.",
        winmail,
      }),
    );
    const loaded = await loadFile(path);
    const read = lines(loaded.text);
    const at = (start: string) => read.findIndex((line) => line.startsWith(start));
    expect(loaded.hints?.title).toBe("HWP - draft minutes of 14 March 2171");
    expect(at("Please find attached")).toBeGreaterThan(-1);
    expect(read).toContain("# Attachment: HWP draft minutes 14 March 2171.rtf");
    expect(read).toContain("HWP-04\tWrite to Quayford about the award\tTamsin Hollis\t21/03/2171");
    expect(at("Please find attached")).toBeLessThan(at("# Attachment: HWP draft"));
    expect(at("# Attachment: HWP draft")).toBeLessThan(at("# Harbour Walls Panel"));
    expect(loaded.text).not.toContain("winmail.dat");
  });
});
