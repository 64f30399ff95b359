/**
 * Layouts the loaders read as their documents mean them, each on a document made here: a plain-text grid
 * table whose cells wrap, a front sheet whose values stand in a column of their own, Word footnotes, a web
 * page's form and labelled fields, a table of elements with ARIA roles, markdown links by reference, and PDF lists under labels, a running header from page 2 and a bold
 * header line boxed with its values.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from "docx";
import { loadDocx } from "../../../src/ingest/loaders/docx.js";
import { htmlToText } from "../../../src/ingest/loaders/html.js";
import { loadPdf } from "../../../src/ingest/loaders/pdf.js";
import { csvToRows, gridTablesToRows, hangingLabelsToLines, joinListContinuations, loadText, setextHeadingsToAtx } from "../../../src/ingest/loaders/text.js";
import { cleanInline } from "../../../src/ingest/clean.js";
import { pdfBuffer } from "../../helpers/papers.js";

let dir: string;
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lga-layouts-read-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a plain-text grid table", () => {
  const grid = [
    "+--------+------------------+-----------------------+---------+",
    "| Ref    | Council          | Project               | Grant   |",
    "+========+==================+=======================+=========+",
    "| LB/01  | Kirklees Council | Extension of Moor     | 150,000 |",
    "|        |                  | Lane cemetery: 900    |         |",
    "|        |                  | graves                |         |",
    "+--------+------------------+-----------------------+---------+",
    "| LB/02  | London Borough   | Pre-built burial      |  82,500 |",
    "|        | of Enfield       | chambers              |         |",
    "+--------+------------------+-----------------------+---------+",
  ].join("\n");

  it("reads each row from border to border, a wrapped cell whole", () => {
    expect(gridTablesToRows(`Table 1\n${grid}\nAfter the table.`).split("\n")).toEqual([
      "Table 1",
      "Ref\tCouncil\tProject\tGrant",
      "LB/01\tKirklees Council\tExtension of Moor Lane cemetery: 900 graves\t150,000",
      "LB/02\tLondon Borough of Enfield\tPre-built burial chambers\t82,500",
      "After the table.",
    ]);
  });

  it("leaves a lone rule of pluses and dashes as it is", () => {
    expect(gridTablesToRows("Above\n+------+\nBelow")).toBe("Above\n+------+\nBelow");
  });
});

describe("a front sheet whose values stand in a column of their own", () => {
  const sheet = [
    "Purpose:            For decision.",
    "Summary:            The report recommends grants to nine councils",
    "                    from the fund, totalling £640,000.",
    "Recommendation:     That the Panel:",
    "                    (a) approves the grants in Table 1; and",
    "                    (b) delegates any change of up to 10 per cent",
    "                        to the Head of Service.",
    "Contact officer:    Jo Bloggs",
    "",
    "1.  Background text that is not part of it.",
  ].join("\n");

  it("reads each label's value whole, its list items on lines of their own", () => {
    expect(hangingLabelsToLines(sheet).split("\n")).toEqual([
      "Purpose:\tFor decision.",
      "Summary:\tThe report recommends grants to nine councils from the fund, totalling £640,000.",
      "Recommendation:\tThat the Panel:",
      "\t(a) approves the grants in Table 1; and",
      "\t(b) delegates any change of up to 10 per cent to the Head of Service.",
      "Contact officer:\tJo Bloggs",
      "",
      "1.  Background text that is not part of it.",
    ]);
  });

  it("leaves one label with spaces after it alone", () => {
    const text = "Note:   see below.\nSomething else entirely.";
    expect(hangingLabelsToLines(text)).toBe(text);
  });
});

describe("Word footnotes", () => {
  it("keeps the note's text as a paragraph after its number, without mammoth's [1] and ↑ links", async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph("Revised on 4 August 2026 because the records system was late.")] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun("Due date: 31 January 2027"), new FootnoteReferenceRun(1), new TextRun(".")] })] }],
    });
    const r = await loadDocx(file("footnotes.docx", await Packer.toBuffer(doc)));
    const ls = r.text.split("\n").filter(Boolean);
    expect(ls).toContain("Due date: 31 January 2027.");
    expect(ls).toContain("1. Revised on 4 August 2026 because the records system was late.");
    expect(r.text).not.toMatch(/\[1\]|↑/);
  });
});

describe("a web page's form and labelled fields", () => {
  it("drops a form control's label and writes a field's label before its value", () => {
    const html = `<main><h1>Decisions</h1>
      <form><label for="st">Show decisions with status</label><select id="st"><option>All</option></select></form>
      <div class="field"><span class="field-label">Decision maker</span> <span class="field-value">Jo Bloggs, Director</span></div>
      <div class="field"><span class="field-label">Date of decision</span> <span class="field-value">27 January 2027</span></div></main>`;
    const ls = htmlToText(html).split("\n").filter(Boolean);
    expect(ls).not.toContain("Show decisions with status");
    expect(ls).toContain("Decision maker: Jo Bloggs, Director");
    expect(ls).toContain("Date of decision: 27 January 2027");
  });
});

describe("a table built of elements with ARIA roles", () => {
  it("reads rows and cells by their roles, cells apart though nothing stands between them", () => {
    const html = `<main><h2>Grants</h2><div role="table" aria-label="Grants">
      <div role="rowgroup"><div role="row"><span role="columnheader">Ref</span><span role="columnheader">Council</span><span role="columnheader">Grant</span><span role="columnheader">Status</span></div></div>
      <div role="rowgroup"><div role="row"><span role="rowheader">G-01</span><span role="cell">Norfolk County Council</span><span role="cell">£35,800</span><span role="cell"><span class="pill">Delayed</span></span></div>
      <div role="row"><span role="rowheader">G-02</span><span role="cell">Kent County Council</span><span role="cell">£31,000</span><span role="cell">Complete</span></div></div>
    </div></main>`;
    const ls = htmlToText(html).split("\n").filter(Boolean);
    expect(ls).toContain("Ref\tCouncil\tGrant\tStatus");
    expect(ls).toContain("G-01\tNorfolk County Council\t£35,800\tDelayed");
    expect(ls).toContain("G-02\tKent County Council\t£31,000\tComplete");
  });
});

describe("markdown links written by reference", () => {
  it("keeps a link's text and leaves out the definitions a reader never sees", async () => {
    const path = file("links.md", `# Risks\n\nThe figures are in the [performance dashboard][] and the [decision log][log].\n\n[performance dashboard]: https://example.org/perf "Performance"\n[log]: https://example.org/log\n`);
    const { text } = await loadText(path, "markdown");
    expect(text).not.toContain("https://example.org");
    expect(cleanInline(text.split("\n").find((l) => l.startsWith("The figures"))!)).toBe("The figures are in the performance dashboard and the decision log.");
  });
});

describe("comma-separated values", () => {
  it("reads each record as a row of cells, a quoted cell whole", () => {
    const csv = 'Title of the register,,,\nRef,Risk,Owner,Trend\nR-1,"Slips, delays",Jo Bloggs,Up\nR-2,"Said ""no""\nthen yes",Al Smith,Down\nR-3,Plain,Al Smith,Stable\n';
    expect(csvToRows(csv).split("\n")).toEqual(["Title of the register", "Ref\tRisk\tOwner\tTrend", "R-1\tSlips, delays\tJo Bloggs\tUp", 'R-2\tSaid "no" then yes\tAl Smith\tDown', "R-3\tPlain\tAl Smith\tStable", ""]);
  });

  it("leaves prose with commas alone", () => {
    const prose = "The Panel met on 3 March, and agreed, with thanks, the plan.\nIt asked officers, again, to report.\nNothing else was said, or done, that day.\n";
    expect(csvToRows(prose)).toBe(prose);
  });
});

describe("markdown as it renders", () => {
  it("reads an underlined title or heading as a heading, not a rule under a paragraph", () => {
    expect(setextHeadingsToAtx("Programme risks\n===============\n\nSummary\n-------\n\nText.\n\n---\n")).toBe("# Programme risks\n\n## Summary\n\nText.\n\n---\n");
  });

  it("joins a list item's indented lines to it, a nested item kept apart", () => {
    const md = "* **R-1 Staff leave** – Likelihood: 3,\n  Impact: 4\n    - Owner: Jo Bloggs\n    - Controls: a plan agreed on\n      3 May 2027\n\nNext paragraph\nstays as it is.";
    expect(joinListContinuations(md)).toBe("* **R-1 Staff leave** – Likelihood: 3, Impact: 4\n    - Owner: Jo Bloggs\n    - Controls: a plan agreed on 3 May 2027\n\nNext paragraph\nstays as it is.");
  });
});

describe("PDF layouts", () => {
  it("reads a list under a label (names under \"Present:\") one name a line", async () => {
    const pdf = await pdfBuffer((doc) => {
      doc.font("Helvetica").fontSize(10);
      doc.text("Minutes of the meeting held on Wednesday 21 October 2026", 50, 50);
      const rows: [string, string][] = [
        ["Present:", "Cllr Ada Brightwell (Chair) – Bristol City Council"],
        ["", "Cllr Bo Castleton – Somerset Council"],
        ["", "Cllr Cy Dunmore – Essex County Council"],
        ["Apologies:", "Cllr Di Elphick – Croydon Council"],
        ["", "Cllr Ed Farrant – Kirklees Council"],
      ];
      rows.forEach(([label, value], i) => {
        if (label) doc.text(label, 50, 90 + i * 14);
        doc.text(value, 150, 90 + i * 14);
      });
      doc.text(
        "1. Welcome and apologies. The Chair welcomed members to the meeting and noted the apologies received. The minutes of the last meeting were agreed as a correct record, and there were no matters arising from them that were not on the agenda.",
        50,
        180,
        { width: 495 },
      );
    });
    const r = await loadPdf(file("minutes.pdf", pdf));
    const ls = r.text.split("\n");
    expect(ls).toContain("Present:\tCllr Ada Brightwell (Chair) – Bristol City Council");
    expect(ls).toContain("\tCllr Bo Castleton – Somerset Council");
    expect(ls).toContain("\tCllr Ed Farrant – Kirklees Council");
  });

  it("drops a running header that every page but the first has", async () => {
    const pdf = await pdfBuffer((doc) => {
      for (let page = 1; page <= 3; page++) {
        if (page > 1) doc.addPage();
        doc.font("Helvetica").fontSize(8);
        if (page > 1) doc.text("Libraries Panel – 9 December 2026 – draft minutes", 50, 30, { lineBreak: false });
        doc.fontSize(10).text(`Page ${page} says something of its own about the libraries programme.`, 50, 120);
      }
    });
    const r = await loadPdf(file("running.pdf", pdf));
    expect(r.text).not.toContain("draft minutes");
    expect(r.text).toContain("Page 3 says something of its own");
  });

  it("reads a bold header line boxed with its values as a header row over them", async () => {
    const pdf = await pdfBuffer((doc) => {
      doc.font("Helvetica-Bold").fontSize(11).text("LP-04 Library staff trained in digital skills", 50, 50);
      const x = [50, 170, 290, 410];
      doc.rect(50, 72, 480, 17).fillColor("#e3e8ef").fill();
      doc.fillColor("#000000");
      ["Target", "Actual", "Status", "Trend"].forEach((t, i) => doc.font("Helvetica-Bold").fontSize(9).text(t, x[i]! + 4, 76, { lineBreak: false }));
      ["600 staff", "412 staff", "Off track", "Worsening"].forEach((t, i) => doc.font("Helvetica").fontSize(9).text(t, x[i]! + 4, 94, { lineBreak: false }));
      doc.rect(50, 72, 480, 38).stroke();
      x.slice(1).forEach((at) => doc.moveTo(at, 72).lineTo(at, 110).stroke());
      doc.fontSize(10).text("Commentary: training was paused over the summer.", 50, 130);
    });
    const r = await loadPdf(file("boxed.pdf", pdf));
    const ls = r.text.split("\n");
    expect(ls).toContain("Target\tActual\tStatus\tTrend");
    expect(ls).toContain("600 staff\t412 staff\tOff track\tWorsening");
  });
});
