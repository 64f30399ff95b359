import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPdf } from "../../../src/ingest/loaders/pdf.js";
import { layoutPdf, type PdfPageInput, type PdfTextItem } from "../../../src/ingest/loaders/pdf-layout.js";
import { LoadError } from "../../../src/ingest/loaders/types.js";
import {
  LONG_DELIVERY,
  SPLIT_FIRST,
  SPLIT_SECOND,
  TARGET_12,
  makeEncryptedPdf,
  makeImageOnlyPdf,
  makeReportPdf,
} from "./fixtures.js";

let dir: string;
let reportPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lga-pdf-"));
  reportPath = join(dir, "report.pdf");
  await makeReportPdf(reportPath);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const lines = (s: string) => s.split("\n");
const rowStarting = (text: string, first: string) => lines(text).filter((l) => l.split("\t")[0] === first);

describe("loadPdf on a generated multi-page report", () => {
  it("keeps the pages: one span per page, separated by form feeds, page text in the right span", async () => {
    const r = await loadPdf(reportPath);
    expect(r.format).toBe("pdf");
    expect(r.pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(r.text.split("\f")).toHaveLength(4);
    const page = (n: number) => r.text.slice(r.pages[n - 1]!.start, r.pages[n - 1]!.end);
    expect(page(1)).toContain("Performance report");
    expect(page(2)).toContain("1.2\t");
    expect(page(3)).toContain("2.2\t");
    expect(page(4)).toContain("2.3\t");
    for (const p of r.pages) expect(r.text.slice(p.start, p.end)).not.toContain("\f");
  });

  it("joins the wrapped lines of a paragraph into one line", async () => {
    const r = await loadPdf(reportPath);
    expect(lines(r.text)).toContain(
      "This report sets out the progress made against the business plan during the year. " +
        "It covers the work of every board and the support offered to councils across England, " +
        "including peer challenges, leadership programmes and advice on finance.",
    );
    expect(lines(r.text)).toContain("The second paragraph is short.");
  });

  it("rebuilds an unruled table: one TAB-separated line per row, wrapped cells folded, status in its own cell", async () => {
    const r = await loadPdf(reportPath);
    expect(rowStarting(r.text, "Ref")[0]).toBe("Ref\tTarget\tWhat we delivered\tStatus");
    expect(rowStarting(r.text, "1.1")).toEqual([`1.1\tDeliver at least 110 peer challenges\t${LONG_DELIVERY}\tGreen`]);
    expect(rowStarting(r.text, "1.2")).toEqual([
      `1.2\t${TARGET_12}\tWhilst we did not meet the target we made progress\tRed`,
    ]);
    expect(rowStarting(r.text, "1.3")).toEqual(["1.3\tPublish guidance\tGuidance published in June\tAmber"]);
  });

  it("rebuilds a ruled table, joins the row broken over the page and drops the repeated header", async () => {
    const r = await loadPdf(reportPath);
    expect(rowStarting(r.text, "2.2")).toEqual([
      `2.2\tTraining for at least 20 councillors\t${SPLIT_FIRST} ${SPLIT_SECOND}\tAmber`,
    ]);
    expect(rowStarting(r.text, "2.1")).toEqual([
      "2.1\tChange of control support to 15 councils\tWe supported 18 councils\tGreen",
    ]);
    expect(rowStarting(r.text, "2.3")).toEqual(["2.3\tScrutiny support\tDelivered as planned\tGreen"]);
    // the header of the ruled table appears once, on page 3 only
    expect(lines(r.text).filter((l) => l === "Ref\tTarget\tDelivery\tStatus")).toHaveLength(1);
    // no fragment row left over from the break
    expect(lines(r.text).some((l) => l.startsWith("\t\tand a national conference"))).toBe(false);
    expect(r.stats.rowsJoinedAcrossPages).toBe(1);
  });

  it("drops the running footer (same text at the same place on every page)", async () => {
    const r = await loadPdf(reportPath);
    expect(r.text).not.toMatch(/Page \d of 4/);
  });

  it("refuses a PDF without a text layer", async () => {
    const p = join(dir, "scan.pdf");
    await makeImageOnlyPdf(p);
    await expect(loadPdf(p)).rejects.toThrow(/no extractable text/);
  });

  it("refuses an encrypted PDF with a clear reason", async () => {
    const p = join(dir, "secret.pdf");
    await makeEncryptedPdf(p);
    const err = await loadPdf(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as LoadError).reason).toMatch(/encrypted|password/i);
  });

  it("refuses random bytes and a truncated PDF with a LoadError, not a stack trace", async () => {
    const junk = join(dir, "junk.pdf");
    writeFileSync(junk, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    const e1 = await loadPdf(junk).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(LoadError);
    expect((e1 as LoadError).reason).toMatch(/not a PDF/);
    const broken = join(dir, "broken.pdf");
    writeFileSync(broken, "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage\n");
    const e2 = await loadPdf(broken).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(LoadError);
    expect((e2 as LoadError).reason).toMatch(/PDF/);
    expect((e2 as LoadError).reason).not.toMatch(/\n\s+at /);
  });
});

// ---------------------------------------------------------------------------------------------------
// Layout analysis on synthetic geometry (no PDF library): fast checks of the table mechanics.

function words(text: string, x: number, y: number, size = 10, bold = false): PdfTextItem {
  return { str: text, x, y, w: text.length * size * 0.5, size, bold };
}

/** A ruled grid: vertical rules at xs from top to bottom (optionally open at the bottom), rules at ys. */
function grid(xs: number[], ys: number[], bottom: number): Pick<PdfPageInput, "hRules" | "vRules"> {
  return {
    vRules: xs.map((x) => ({ x, y0: ys[0]!, y1: bottom })),
    hRules: ys.map((y) => ({ y, x0: xs[0]!, x1: xs[xs.length - 1]! })),
  };
}

describe("layoutPdf (synthetic pages)", () => {
  it("puts a cell spanning columns first and pads the spanned columns with empty cells", () => {
    const xs = [50, 100, 300, 400];
    const page: PdfPageInput = {
      number: 1,
      width: 600,
      height: 800,
      items: [
        words("Ref", 55, 70, 10, true),
        words("Target", 105, 70, 10, true),
        words("Status", 305, 70, 10, true),
        words("OBJECTIVE 4: work with councils", 55, 100, 10, true),
        words("4.1", 55, 130),
        words("Bespoke packages of", 105, 130),
        words("support for councils", 105, 142),
        words("Green", 305, 130),
      ],
      // the objective row (y 80..110) has no inner vertical rules
      hRules: [80, 110, 160].map((y) => ({ y, x0: 50, x1: 400 })).concat([{ y: 55, x0: 50, x1: 400 }]),
      vRules: [
        { x: 50, y0: 55, y1: 160 },
        { x: 400, y0: 55, y1: 160 },
        { x: 100, y0: 55, y1: 80 },
        { x: 300, y0: 55, y1: 80 },
        { x: 100, y0: 110, y1: 160 },
        { x: 300, y0: 110, y1: 160 },
      ],
    };
    void xs;
    const { text } = layoutPdf([page]);
    expect(lines(text)).toEqual([
      "Ref\tTarget\tStatus",
      "OBJECTIVE 4: work with councils\t\t",
      "4.1\tBespoke packages of support for councils\tGreen",
    ]);
  });

  it("reads a header row drawn without rules above a ruled grid (a coloured header band), a wrapped cell whole", () => {
    // th { background } over td { border }: the header's words sit above the grid, one per column; the
    // "Direction of / travel" cell wraps onto lines above and below the others. A caption above in a
    // larger size is not part of it.
    const xs = [50, 150, 250, 350, 450];
    const page: PdfPageInput = {
      number: 1,
      width: 600,
      height: 800,
      items: [
        words("Corporate risk register", 50, 40, 14, true),
        words("Risk", 55, 75, 9),
        words("Owner", 155, 75, 9),
        words("Score", 255, 75, 9),
        words("Direction of", 355, 70, 9),
        words("travel", 355, 80, 9),
        words("CR1 Loss of income", 55, 100),
        words("Dan Osei", 155, 100),
        words("20", 255, 100),
        words("Increasing", 355, 100),
      ],
      ...grid(xs, [86, 110], 110),
    };
    const ls = lines(layoutPdf([page]).text);
    expect(ls).toContain("Risk\tOwner\tScore\tDirection of travel");
    expect(ls[ls.indexOf("Risk\tOwner\tScore\tDirection of travel") + 1]).toBe("CR1 Loss of income\tDan Osei\t20\tIncreasing");
    expect(ls[0]).toBe("Corporate risk register");
  });

  it("keeps three columns when two stacked unruled tables set them at slightly different places", () => {
    // A report printed as one table per theme, each laid out to its own widths: the second table's
    // columns start 25-30pt left of the first's. No row fills both placings of a column.
    const page: PdfPageInput = {
      number: 1,
      width: 600,
      height: 800,
      items: [
        words("Councils are financially sustainable", 55, 95),
        words("Ann Lee", 260, 95),
        words("Green", 380, 95),
        words("The workforce can deliver services", 55, 115),
        words("Bo Chan", 260, 115),
        words("Amber", 380, 115),
        words("Pensions are reformed for all", 55, 135),
        words("Cy Diaz", 235, 135),
        words("Red", 350, 135),
        words("Waste is reduced and reused", 55, 155),
        words("Di Eng", 235, 155),
        words("Green", 350, 155),
      ],
      hRules: [],
      vRules: [],
    };
    expect(lines(layoutPdf([page]).text)).toEqual([
      "Councils are financially sustainable\tAnn Lee\tGreen",
      "The workforce can deliver services\tBo Chan\tAmber",
      "Pensions are reformed for all\tCy Diaz\tRed",
      "Waste is reduced and reused\tDi Eng\tGreen",
    ]);
  });

  it("does not join a complete row at a page end with the first row of the next page", () => {
    const xs = [50, 100, 300, 400];
    const mk = (n: number, rows: [string, string, string][], bottom: number): PdfPageInput => {
      const ys = [60, 80];
      const items = [words("Ref", 55, 75, 10, true), words("Target", 105, 75, 10, true), words("Status", 305, 75, 10, true)];
      let y = 80;
      for (const [a, b, c] of rows) {
        items.push(words(a, 55, y + 14), words(b, 105, y + 14), words(c, 305, y + 14));
        y += 20;
        ys.push(y);
      }
      return { number: n, width: 600, height: 800, items, ...grid(xs, ys.slice(0, -1), bottom) };
    };
    // page 1 ends with row 1.1 complete (no closing rule: browsers leave the bottom open at a page break)
    const p1 = mk(1, [["1.1", "First target", "Green"]], 780);
    const p2 = mk(2, [["1.2", "Second target", "Red"]], 120);
    const { text, stats } = layoutPdf([p1, p2]);
    const rows = lines(text).filter((l) => l.includes("\t"));
    expect(rows).toEqual(["Ref\tTarget\tStatus", "1.1\tFirst target\tGreen", "1.2\tSecond target\tRed"]);
    expect(stats.headerRowsDropped).toBe(1);
    expect(stats.rowsJoinedAcrossPages).toBe(0);
  });
});
