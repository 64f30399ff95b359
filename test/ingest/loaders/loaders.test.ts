import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDocx } from "../../../src/ingest/loaders/docx.js";
import { htmlToText, loadHtml } from "../../../src/ingest/loaders/html.js";
import { SUPPORTED_EXTENSIONS, isSupported, loadFile } from "../../../src/ingest/loaders/index.js";
import { loadText } from "../../../src/ingest/loaders/text.js";
import { LoadError } from "../../../src/ingest/loaders/types.js";
import { makeDocx, makeReportPdf } from "./fixtures.js";

let dir: string;
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lga-loaders-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function reason(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LoadError);
  return (err as LoadError).reason;
}

describe("htmlToText", () => {
  const html = `<!DOCTYPE html><html><head><title>Papers</title><style>td { color: red }</style>
    <script>document.write("tracking")</script></head><body>
    <nav><a href="/">Home</a> <a href="/boards">Boards</a></nav>
    <h1>Board &amp; committee papers</h1>
    <h2>Membership</h2>
    <p>The board has   twelve
       members.<br>It meets quarterly.</p>
    <ul><li>Item one</li><li>Item <b>two</b></li></ul>
    <table>
      <thead><tr><th>Ref</th><th>Target</th><th>Status</th></tr></thead>
      <tbody>
        <tr><td>1.2</td><td><p>Reduce the number of councils</p><ul><li>by 50%</li><li>by March</li></ul></td><td><b>Red</b></td></tr>
        <tr><td colspan="2">OBJECTIVE 2: peer support</td><td></td></tr>
        <tr><td>2.1</td><td>Change of control support</td><td>Green</td></tr>
      </tbody>
    </table>
    <p>Caf&eacute; &ldquo;quotes&rdquo; &lt;b&gt; &#163;5 &nbsp;end</p>
    </body></html>`;
  const text = htmlToText(html);
  const ls = text.split("\n");

  it("drops scripts, styles, navigation and the doctype", () => {
    expect(text).not.toMatch(/tracking|color: red|Home|Boards|DOCTYPE/i);
  });

  it("writes headings as # lines and paragraphs / list items one per line", () => {
    expect(ls).toContain("# Board & committee papers");
    expect(ls).toContain("## Membership");
    expect(ls).toContain("The board has twelve members.");
    expect(ls).toContain("It meets quarterly.");
    expect(ls).toContain("- Item one");
    expect(ls).toContain("- Item two");
  });

  it("writes table rows as TAB-separated lines with nested <p>/<ul> folded into the cell", () => {
    expect(ls).toContain("Ref\tTarget\tStatus");
    expect(ls).toContain("1.2\tReduce the number of councils by 50%; by March\tRed");
    expect(ls).toContain("OBJECTIVE 2: peer support\t\t");
    expect(ls).toContain("2.1\tChange of control support\tGreen");
    // rows are consecutive lines
    const i = ls.indexOf("Ref\tTarget\tStatus");
    expect(ls[i + 1]).toMatch(/^1\.2\t/);
  });

  it("decodes entities", () => {
    expect(ls).toContain("Café “quotes” <b> £5 end");
  });

  it("pads a rowspan so later cells stay in their columns", () => {
    const t = htmlToText(
      `<table><tr><td rowspan="2">A</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>`,
    );
    expect(t.split("\n")).toEqual(["A\tb\tc", "\td\te"]);
  });

  it("loadHtml reads a file and refuses one with no text", async () => {
    const r = await loadHtml(file("page.html", html));
    expect(r.format).toBe("html");
    expect(r.text).toContain("2.1\tChange of control support\tGreen");
    expect(await reason(loadHtml(file("empty.html", "<html><body><script>x()</script></body></html>")))).toMatch(
      /no extractable text/,
    );
  });
});

describe("loadDocx", () => {
  it("keeps the heading, the paragraphs and the table as TAB rows", async () => {
    const p = file("board.docx", await makeDocx());
    const r = await loadDocx(p);
    expect(r.format).toBe("docx");
    const ls = r.text.split("\n");
    expect(ls).toContain("# Improvement and Innovation Board");
    expect(ls).toContain("Membership for 2017/18");
    expect(ls).toContain("The board met four times.");
    expect(ls).toContain("Councillor\tAuthority");
    expect(ls).toContain("Cllr Peter Fleming OBE (Chairman)\tSevenoaks District Council");
    expect(ls).toContain("Cllr Judi Billing MBE\tNorth Hertfordshire District Council");
    expect(ls).toContain("Contact officer: Eleanor Reader-Moore");
  });

  it("refuses a .docx that is not a zip archive", async () => {
    expect(await reason(loadDocx(file("fake.docx", "just some text, not a zip")))).toMatch(/not a valid \.docx/);
  });

  it("refuses a zip that is not a Word document", async () => {
    // an empty zip archive (end-of-central-directory record only)
    const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect(await reason(loadDocx(file("empty-zip.docx", emptyZip)))).toMatch(/not a valid \.docx/);
  });
});

describe("text and markdown", () => {
  it("keeps markdown as it is, strips a BOM and normalises CRLF", async () => {
    const md = "\ufeff# Title\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | **2** |\r\n";
    const r = await loadFile(file("notes.md", md));
    expect(r.format).toBe("markdown");
    expect(r.text).toBe("# Title\n\n| a | b |\n|---|---|\n| 1 | **2** |\n");
  });

  it("loads UTF-8 text with its tabs", async () => {
    const r = await loadText(file("table.txt", "F1\tTarget\t£5m\tGreen\n"));
    expect(r).toEqual({ format: "text", text: "F1\tTarget\t£5m\tGreen\n" });
  });

  it("refuses an empty or whitespace-only file", async () => {
    expect(await reason(loadFile(file("empty.txt", "")))).toMatch(/empty/);
    expect(await reason(loadFile(file("blank.txt", "  \n\t\n ")))).toMatch(/empty/);
  });

  it("refuses invalid UTF-8", async () => {
    const bad = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" au lait\n")]);
    expect(await reason(loadFile(file("latin1.txt", bad)))).toMatch(/invalid UTF-8/);
  });

  it("refuses binary content named .txt", async () => {
    const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await reason(loadFile(file("image.txt", bin)))).toMatch(/binary/);
  });
});

describe("loadFile", () => {
  it("lists the supported extensions", () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(
      [".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".txt"].sort(),
    );
    expect(isSupported("a/B.PDF")).toBe(true);
    expect(isSupported("a/b.xlsx")).toBe(false);
  });

  it("refuses an unsupported type by name", async () => {
    const p = file("budget.xlsx", "PK\u0003\u0004whatever");
    const err = await loadFile(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as LoadError).reason).toBe("unsupported file type .xlsx");
    expect((err as LoadError).file).toBe(p);
  });

  it("dispatches on the extension (case-insensitive)", async () => {
    const pdf = join(dir, "Report.PDF");
    await makeReportPdf(pdf);
    const r = await loadFile(pdf);
    expect(r.format).toBe("pdf");
    expect(r.pages?.length).toBe(4);
    const h = await loadFile(file("x.htm", "<p>Hello <i>there</i></p>"));
    expect(h).toEqual({ format: "html", text: "Hello there" });
  });

  it("turns a PDF that is random bytes into a LoadError with a reason", async () => {
    const junk = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256));
    expect(await reason(loadFile(file("junk.pdf", junk)))).toMatch(/not a PDF/);
  });

  it("reports a missing file as a LoadError", async () => {
    expect(await reason(loadFile(join(dir, "missing.txt")))).toMatch(/cannot read file \(ENOENT\)/);
  });
});
