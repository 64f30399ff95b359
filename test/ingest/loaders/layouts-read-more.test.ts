/**
 * More layouts the loaders read as their documents mean them, each on a document made here: a Word draft's
 * reviewers' comments and its endnotes in lower-roman numbers, an e-mail thread's quoted replies (with a
 * table typed with spaces inside a quote), Pandoc's markdown (title block, definition lists, "#." items, a
 * ```csv table), a web page's hidden tab panels, and a PDF timeline whose left panel is one ruled box of
 * columns beside the months' gridlines, under a page with a sidebar beside the text.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, EndnoteReferenceRun, Footer, InsertedTextRun, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { loadDocx } from "../../../src/ingest/loaders/docx.js";
import { structure } from "../../../src/ingest/structure.js";
import { htmlToText } from "../../../src/ingest/loaders/html.js";
import { loadPdf } from "../../../src/ingest/loaders/pdf.js";
import { loadText, withoutQuoteMarks } from "../../../src/ingest/loaders/text.js";
import { pdfBuffer } from "../../helpers/papers.js";

let dir: string;
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lga-layouts-read-more-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a Word draft circulated for comment", () => {
  it("keeps each reviewer's comment, with its author, after the paragraph it is anchored to", async () => {
    const doc = new Document({
      comments: {
        children: [
          { id: 0, author: "Oswin Paterson", initials: "OP", date: new Date("2029-03-01"), children: [new Paragraph("Say Disagree here until the price cap is in force.")] },
          { id: 1, author: "Tamsin Rook", initials: "TR", date: new Date("2029-03-02"), children: [new Paragraph("Agreed; added to the list for the meeting.")] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph("Our answer to each question uses the options Agree, Partly agree or Disagree."),
            new Paragraph("Question 5"),
            new Paragraph({ children: [new TextRun("Our answer: "), new CommentRangeStart(0), new CommentRangeStart(1), new TextRun("Partly agree"), new CommentRangeEnd(0), new CommentRangeEnd(1), new TextRun({ children: [new CommentReference(0)] })] }),
            new Paragraph("Schools should connect only where the price is capped."),
          ],
        },
      ],
    });
    const r = await loadDocx(file("comments.docx", await Packer.toBuffer(doc)));
    const ls = r.text.split("\n").filter(Boolean);
    const answer = ls.indexOf("Our answer: Partly agree");
    expect(answer).toBeGreaterThan(0);
    expect(ls[answer + 1]).toBe("Oswin Paterson: Say Disagree here until the price cap is in force.");
    expect(ls[answer + 2]).toBe("Tamsin Rook: Agreed; added to the list for the meeting.");
    expect(ls[answer + 3]).toBe("Schools should connect only where the price is capped.");
  });

  it("numbers endnotes as Word prints them (i, ii) at the end", async () => {
    const doc = new Document({
      endnotes: { 1: { children: [new Paragraph("Survey of 112 councils, November 2028.")] }, 2: { children: [new Paragraph("Figures from the 28 pilot councils.")] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun("64 councils responded"), new EndnoteReferenceRun(1), new TextRun(" and 46 want the role"), new EndnoteReferenceRun(2), new TextRun(".")] })] }],
    });
    const r = await loadDocx(file("endnotes.docx", await Packer.toBuffer(doc)));
    const ls = r.text.split("\n").filter(Boolean);
    expect(ls).toContain("64 councils responded and 46 want the role.");
    expect(ls).toContain("i. Survey of 112 councils, November 2028.");
    expect(ls).toContain("ii. Figures from the 28 pilot councils.");
  });
});

describe("an e-mail thread", () => {
  const thread = [
    "From: Ada Pike <ada.pike@example.gov.uk>",
    "Subject: Re: outturn",
    "",
    "Thanks, final figures below.",
    "",
    "On Tue, 17 Apr 2029, Ben Vole wrote:",
    "> Could you confirm the outturn?",
    ">",
    ">> Here is the provisional outturn:",
    ">>",
    ">>   Budget line             Budget  Outturn",
    ">>   ---------------------  -------  -------",
    ">>   Zoning support         310,000  296,850",
    ">>   Policy and research     85,000   88,400",
    ">>",
    ">> Best wishes",
    "",
  ].join("\n");

  it("reads quoted replies without their quote marks", () => {
    const text = withoutQuoteMarks(thread);
    expect(text).toContain("\nCould you confirm the outturn?\n");
    expect(text).toContain("\nHere is the provisional outturn:\n");
    expect(text).not.toMatch(/^>/m);
  });

  it("reads a table typed with spaces inside a quote as a table", async () => {
    const r = await loadText(file("thread.txt", thread), "text");
    expect(r.text).toContain("Zoning support\t310,000\t296,850");
    expect(r.text).toContain("Policy and research\t85,000\t88,400");
  });
});

describe("Pandoc's markdown", () => {
  const md = [
    "% Hedge Grants 2029/30: round 1 awards",
    "% Ruth Garnet, Grants Manager",
    "% Hedgerows Panel, 20 June 2029, item 5",
    "",
    "Purpose of report",
    ":   For decision.",
    "",
    "Recommendations",
    ":   That the Panel:",
    "",
    "    (a) approves the awards in Table 1;\\",
    "    (b) agrees the reserve list.",
    "",
    "Is this report confidential?",
    ":   No.",
    "",
    "## Background",
    "",
    "#. Round 1 closed on 18 May 2029.",
    "#. Nine councils bid.",
    "",
    "```csv",
    "Ref,Council,Bid,Recommendation",
    'HG-01,Leeds City Council,"£12,000",Recommended',
    'HG-02,"Bath and North East Somerset Council","£8,500",Reserve (1)',
    "```",
    "",
  ].join("\n");

  it("reads the title block, definition lists, '#.' items and a ```csv table", async () => {
    const r = await loadText(file("hedges.md", md), "markdown");
    const ls = r.text.split("\n");
    expect(r.hints?.title).toBe("Hedge Grants 2029/30: round 1 awards");
    expect(ls).toContain("# Hedge Grants 2029/30: round 1 awards");
    expect(ls).toContain("Ruth Garnet, Grants Manager – Hedgerows Panel, 20 June 2029, item 5");
    expect(ls).toContain("Purpose of report: For decision.");
    expect(ls).toContain("Recommendations: That the Panel:");
    expect(ls).toContain("(a) approves the awards in Table 1;");
    expect(ls).toContain("(b) agrees the reserve list.");
    expect(ls).toContain("Is this report confidential? No.");
    expect(ls).toContain("- Round 1 closed on 18 May 2029.");
    expect(ls).toContain("| HG-02 | Bath and North East Somerset Council | £8,500 | Reserve (1) |");
    expect(r.text).not.toContain("```");
  });
});

describe("a web page with tabs", () => {
  it("reads every tab's panel, hidden or not", () => {
    const html = `<main><h1>Hedgerows Panel – 7 March 2029</h1>
      <div role="tablist"><button role="tab" aria-selected="true">Details</button><button role="tab">Minutes</button></div>
      <section role="tabpanel" id="p1"><p>Venue: Westminster Room</p></section>
      <section role="tabpanel" id="p2" hidden><h2>Minutes</h2><p>The Panel agreed the hedge grants criteria.</p></section>
      <div hidden><p>Not shown at all.</p></div></main>`;
    const text = htmlToText(html);
    expect(text).toContain("Venue: Westminster Room");
    expect(text).toContain("The Panel agreed the hedge grants criteria.");
    expect(text).not.toContain("Not shown at all.");
  });
});

describe("a PDF timeline", () => {
  /** A landscape page: a sidebar key beside the front sheet, then a ruled timeline whose left box holds five columns. */
  function timelinePdf(): Promise<Buffer> {
    return pdfBuffer(
      (doc) => {
        const at = (t: string, x: number, y: number, width = 400, bold = false, size = 9) => doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(size).text(t, x, y, { width, lineBreak: width < 1000 });
        at("Hedge planting programme 2029/30: timeline at 8 June 2029", 40, 40, 700, true, 14);
        const summary =
          "Summary: On 7 March 2029 the Panel agreed the plan for the hedge planting programme and asked to see progress as a timeline at each meeting of the Panel. Of its six tasks, two are complete, two are on track and two are at risk of missing their finish dates. Two dates have moved since the Panel agreed the plan in March, and both are explained in the table of changes. The Panel is asked to note progress and agree the revised dates for the two tasks at risk, including the nursery stock order in the autumn.";
        const key = ["How to read the timeline", "Blue bar: complete and signed off", "Green bar: on track to its finish", "Amber bar: at risk of missing its date", "Grey bar: not yet started at all", "Diamond: a milestone with its date", "Dashed line: the date of this report"];
        doc.font("Helvetica").fontSize(10).text(summary, 40, 80, { width: 480, lineGap: 3 });
        key.forEach((line, k) => at(line, 560, 80 + k * 14, 240, k === 0, 10));
        // The timeline: a ruled box for the task columns, then one column per month.
        const top = 220;
        const rows = [
          ["ID", "Task", "Lead", "Finish", "Status"],
          ["HP1.1", "Survey of field margins", "Ann Corrie", "25 May 2029", "Complete"],
          ["HP1.2", "Nursery stock order", "Ben Heald", "30 Nov 2029", "At risk"],
          ["HP1.3", "Volunteer planting days", "Ann Corrie", "31 Mar 2030", "On track"],
          ["HP1.4", "Hedge laying training", "Cara Dunn", "19 Sep 2029", "At risk"],
        ];
        const xs = [44, 90, 250, 330, 410];
        rows.forEach((r, k) => r.forEach((cell, c) => at(cell, xs[c]!, top + 6 + k * 20, 70, k === 0, 8)));
        doc.lineWidth(0.5);
        for (let k = 0; k <= rows.length; k++) doc.moveTo(40, top + k * 20).lineTo(800, top + k * 20).stroke();
        for (const x of [40, 470, 530, 590, 650, 710, 770, 800]) doc.moveTo(x, top).lineTo(x, top + rows.length * 20).stroke();
        ["Apr", "May", "Jun", "Jul", "Aug", "Sep"].forEach((m, k) => at(m, 478 + k * 60, top + 6, 40, true, 8));
      },
      { size: "A4", layout: "landscape", margin: 30 },
    );
  }

  it("reads a sidebar beside the text after the text, and the columns of a ruled box that draws none", async () => {
    const r = await loadPdf(file("timeline.pdf", await timelinePdf()));
    const ls = r.text.split("\n");
    // The summary reads on as one paragraph, the key's lines after it, not beside it.
    expect(r.text).toMatch(/Summary: On 7 March 2029 the Panel agreed the plan for the hedge planting programme and asked/);
    expect(ls.some((l) => l.includes("Blue bar: complete") && !l.includes("Summary"))).toBe(true);
    // Each task's columns are cells of their own.
    expect(ls.some((l) => /^HP1\.2\tNursery stock order\tBen Heald\t30 Nov 2029\tAt risk(?:\t|$)/.test(l))).toBe(true);
  });
});

describe("a Word draft with its tracked changes still in it", () => {
  it("reads the text as the changes would leave it, and each change as its reviewer's note after its paragraph", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("Rents and concessions"),
            new Paragraph({
              children: [
                new TextRun("9. Councils should offer a concession of "),
                new DeletedTextRun({ text: "at least", id: 1, author: "Cllr Osric Penhallow", date: "2030-01-08T19:42:00Z" }),
                new InsertedTextRun({ text: "up to", id: 2, author: "Cllr Osric Penhallow", date: "2030-01-08T19:42:00Z" }),
                new TextRun(" 50 per cent of the rent."),
              ],
            }),
            new Paragraph("10. Water should be included in the rent."),
          ],
        },
      ],
    });
    const r = await loadDocx(file("tracked.docx", await Packer.toBuffer(doc)));
    const ls = r.text.split("\n").filter(Boolean);
    const nine = ls.indexOf("9. Councils should offer a concession of up to 50 per cent of the rent.");
    expect(nine).toBeGreaterThan(0);
    expect(ls[nine + 1]).toBe("Cllr Osric Penhallow Deleted: at least");
    expect(ls[nine + 2]).toBe("Cllr Osric Penhallow Inserted: up to");
    expect(ls[nine + 3]).toBe("10. Water should be included in the rent.");
    // A change noted in the margin titles nothing: the paragraphs after it are not under it.
    const blocks = structure(r).blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).not.toContain("Cllr Osric Penhallow Inserted: up to");
    expect(blocks.find((b) => b.text === "Cllr Osric Penhallow Deleted: at least")?.kind).toBe("text");
  });
});

describe("a report printed to a text file page by page", () => {
  const header = "Moorland Grazing Panel                                        Wednesday 24 April 2030\nItem 7 - Fencing grants: progress\n=====================================================================================";
  const footer = (n: number) => `-------------------------------------------------------------------------------------\nPrinted from the report system on 11 April 2030                          Page ${n} of 2`;
  // Columns 8, 19, 9, 9, 8, 6 and 11 wide, as the rule under the heading draws them.
  const widths = [8, 19, 9, 9, 8, 6, 11];
  const line = (...cells: string[]) => cells.map((c, k) => (k >= 2 && k <= 5 ? c.padStart(widths[k]! - 1).padEnd(widths[k]!) : c.padEnd(widths[k]!))).join("").trimEnd();
  const rule = widths.map((w) => "-".repeat(w - 1)).join(" ");
  const report = [
    header,
    "",
    "1.  The table gives each grant's progress.",
    "",
    line("Ref", "Council", "Award", "Paid", "Plots", "Plots", "Status"),
    line("", "", "(£)", "(£)", "planned", "done"),
    rule,
    line("FG-01", "Barnsley", "32,000", "32,000", "40", "40", "Complete"),
    line("", "Metropolitan"),
    line("", "Borough Council"),
    "",
    line("FG-02", "Plymouth City", "38,500", "0", "33", "0", "Withdrawn"),
    "",
    footer(1),
    `\f${header}`,
    "",
    line("", "Council"),
    "",
    line("FG-03", "Dorset Council", "29,800", "29,800", "30", "30", "Complete"),
    rule,
    "2.  Two grants are complete.",
    "",
    footer(2),
  ].join("\n");

  it("drops the running header and footer of every page but the first's heading, and reads the table on over the break", async () => {
    const r = await loadText(file("grants-report.txt", report));
    expect(r.text.match(/Printed from the report system/g)).toBeNull();
    expect(r.text.match(/Item 7 - Fencing grants: progress/g)).toHaveLength(1);
    const ls = r.text.split("\n");
    // (The heading of two lines, "Plots" over "planned", is one column's name.)
    expect(ls).toContain(["Ref", "Council", "Award (£)", "Paid (£)", "Plots planned", "Plots done", "Status"].join("\t"));
    expect(ls).toContain(["FG-01", "Barnsley Metropolitan Borough Council", "32,000", "32,000", "40", "40", "Complete"].join("\t"));
    // (A row cut by the page break: its council's last word is on the next page.)
    expect(ls).toContain(["FG-02", "Plymouth City Council", "38,500", "0", "33", "0", "Withdrawn"].join("\t"));
    expect(ls).toContain(["FG-03", "Dorset Council", "29,800", "29,800", "30", "30", "Complete"].join("\t"));
    // (The closing rule ends the table: the paragraph after it is text.)
    expect(ls).toContain("2.  Two grants are complete.");
    expect(ls.some((l) => /^-+\t-+/.test(l))).toBe(false);
  });
});

describe("a text report printed 108 columns wide", () => {
  it("joins each numbered paragraph's hard-wrapped lines, under its hanging indent", async () => {
    const words = "The council's contractor went into administration in January 2030 after the site had been cleared and a new contractor was appointed on 2 April 2030".split(" ");
    // Sixteen paragraphs wrapped at 104 columns under a six-column hanging indent.
    const paragraph = (n: number) => {
      const lines: string[] = [];
      let line = `${`${n}.`.padEnd(6)}GFP-${n}, Moorland Council.`;
      for (const w of [...words, ...words]) {
        if (line.length + 1 + w.length > 104) {
          lines.push(line);
          line = `      ${w}`;
        } else line += ` ${w}`;
      }
      lines.push(line);
      return lines.join("\n");
    };
    const text = Array.from({ length: 16 }, (_, k) => paragraph(k + 1)).join("\n\n");
    const r = await loadText(file("wide-report.txt", text));
    const ls = r.text.split("\n").filter(Boolean);
    expect(ls).toHaveLength(16);
    expect(ls[0]).toMatch(/^1\.\s+GFP-1, Moorland Council\. The council's contractor .* on 2 April 2030$/);
  });
});

describe("a Word footer with a page number", () => {
  it("keeps the footer's words without the 'Page of' its fields leave", async () => {
    const doc = new Document({
      sections: [
        {
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun("DRAFT 3 – FOR COMMENT – Page "), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(" of "), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] })] }) },
          children: [new Paragraph("The model agreement is out for consultation.")],
        },
      ],
    });
    const r = await loadDocx(file("footer.docx", await Packer.toBuffer(doc)));
    expect(r.text).toContain("DRAFT 3 – FOR COMMENT");
    expect(r.text).not.toMatch(/Page\s+of/);
  });
});

describe("a PDF table whose narrow header cell broke a word without a hyphen", () => {
  /** A ruled table of bids: "Recommende" over "d award" in the last header cell, as Word wraps a long word. */
  function bidsPdf(): Promise<Buffer> {
    return pdfBuffer((doc) => {
      doc.font("Helvetica").fontSize(9);
      const xs = [50, 200, 260, 320];
      const top = 100;
      const rows: string[][][] = [
        [["Council"], ["Score"], ["Recommende", "d award"]],
        [["Ashcott"], ["84"], ["£118,000"]],
        [["Brenthorpe"], ["77"], ["£96,000"]],
        [["Calderwick"], ["71"], ["£88,500"]],
      ];
      rows.forEach((r, k) => r.forEach((cell, c) => cell.forEach((line, j) => doc.text(line, xs[c]! + 4, top + 5 + k * 30 + j * 11, { lineBreak: false }))));
      doc.lineWidth(0.5);
      for (let k = 0; k <= rows.length; k++) doc.moveTo(xs[0]!, top + k * 30).lineTo(xs[3]!, top + k * 30).stroke();
      for (const x of xs) doc.moveTo(x, top).lineTo(x, top + rows.length * 30).stroke();
    });
  }

  it("joins the broken word, and leaves a cell's real words apart", async () => {
    const r = await loadPdf(file("bids.pdf", await bidsPdf()));
    expect(r.text).toContain("Council\tScore\tRecommended award");
    expect(r.text).toContain("Ashcott\t84\t£118,000");
  });
});
