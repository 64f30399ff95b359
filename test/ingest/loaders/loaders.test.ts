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

describe("htmlToText: a data table whose progress cells run to several paragraphs", () => {
  const long = "This paragraph of progress runs on for a good while so that the cell as a whole is long. ";
  const html = `<table><thead><tr><th>Ref</th><th>Objective</th><th>Status</th><th>Progress</th><th>Owner</th></tr></thead><tbody>
    <tr><td>W1.1</td><td>Conclude the pay round</td><td>A</td><td><p>${long}</p><p>${long}</p><p>${long}</p><p>${long}</p><p>${long}</p></td><td>Jo Bloggs</td></tr>
    <tr><td>W1.2</td><td>Agree the fire pay award</td><td>G</td><td><p>Agreed in June.</p></td><td>Sam Ray</td></tr>
  </tbody></table>`;

  it("keeps each row a row under its header, the cell's paragraphs on its line", () => {
    const ls = htmlToText(html).split("\n").filter(Boolean);
    expect(ls[0]).toBe("Ref\tObjective\tStatus\tProgress\tOwner");
    expect(ls[1]).toMatch(/^W1\.1\tConclude the pay round\tA\tThis paragraph[^\t]*long\.\tJo Bloggs$/);
    expect(ls[2]).toBe("W1.2\tAgree the fire pay award\tG\tAgreed in June.\tSam Ray");
  });

  it("still reads a table without column headers whose cells hold several paragraphs as sections", () => {
    const layout = html.replace(/<thead>.*?<\/thead>/s, "");
    expect(htmlToText(layout)).toMatch(/^#+ W1\.1 Conclude the pay round A/m);
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

  it("drops a Pandoc fenced div's ':::' lines and keeps what they fence", async () => {
    const md = "# Minutes\n\nMembers agreed.\n\n::: {.resolved}\n**Resolved** – that the Panel notes the report.\n:::\n";
    const r = await loadFile(file("minutes.md", md));
    expect(r.text).not.toContain(":::");
    expect(r.text).toContain("**Resolved** – that the Panel notes the report.");
    expect(r.text).toMatch(/Members agreed\.\n\n+\*\*Resolved\*\*/);
  });

  it("loads UTF-8 text with its tabs", async () => {
    const r = await loadText(file("table.txt", "F1\tTarget\t£5m\tGreen\n"));
    expect(r).toEqual({ format: "text", text: "F1\tTarget\t£5m\tGreen\n" });
  });

  it("reads UTF-16 text with its byte order mark, as Windows tools save 'Unicode text' (an attendance report's tabs)", async () => {
    const body = "Name\tFirst join\tRole\r\nCllr Tamsin Ode\t11/12/76, 2:01:14 PM\tPresenter\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]);
    expect((await loadFile(file("attendance.csv", le))).text).toContain("Cllr Tamsin Ode\t11/12/76, 2:01:14 PM\tPresenter");
    const be = Buffer.from(le.subarray(2)).swap16();
    expect((await loadFile(file("attendance-be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).text).toContain("Name\tFirst join\tRole\n");
  });

  it("refuses an empty or whitespace-only file", async () => {
    expect(await reason(loadFile(file("empty.txt", "")))).toMatch(/empty/);
    expect(await reason(loadFile(file("blank.txt", "  \n\t\n ")))).toMatch(/empty/);
  });

  it("reads text that is not UTF-8 in the single-byte encoding it reads as: Windows-1252 or Mac OS Roman", async () => {
    // (Excel on Windows saves "CSV (Comma delimited)" in Windows-1252; Excel for Mac in Mac OS Roman, rows
    // ended by a carriage return alone.)
    const windows = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" au lait "), Buffer.from([0x96]), Buffer.from(" "), Buffer.from([0xa3]), Buffer.from("4\n")]);
    expect((await loadFile(file("cp1252.txt", windows))).text.trim()).toBe("Café au lait – £4");
    const mac = Buffer.concat([Buffer.from("Ref,Cost\rA1,"), Buffer.from([0xa3]), Buffer.from("4 "), Buffer.from([0xd0]), Buffer.from(" S"), Buffer.from([0xbf]), Buffer.from("lvberg"), Buffer.from([0xd5]), Buffer.from("s\rB2,5\rC3,6\r")]);
    expect((await loadFile(file("mac.csv", mac))).text).toContain("£4 – Sølvberg’s");
  });

  it("refuses binary content named .txt", async () => {
    const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await reason(loadFile(file("image.txt", bin)))).toMatch(/binary/);
  });
});

describe("loadFile", () => {
  it("lists the supported extensions", () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(
      [".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".txt", ".csv", ".eml", ".rtf", ".vcf", ".ics"].sort(),
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

describe("web pages keep their main content", () => {
  const chrome = `<a class="skip-link" href="#main">Skip to main content</a>
    <header class="site"><div class="logo">Local Government Association</div>
      <form role="search"><label>Search</label><input name="q"></form></header>
    <nav aria-label="Main menu"><ul><li><a href="/">Home</a></li><li><a href="/boards">Boards</a></li></ul></nav>
    <div class="breadcrumb">Home › Committees › Meeting</div>
    <div id="cookie-banner"><p>We use cookies to improve this site.</p></div>`;
  const footer = `<footer><ul><li>Accessibility statement</li><li>Privacy notice</li></ul><p>Powered by a CMS</p></footer>`;

  it("reads only <main> when the page has one, and gives the page's <title> as a hint", async () => {
    const html = `<html><head><title>Minutes of the Fire Board</title></head><body>${chrome}
      <main><h1>Minutes</h1><p>Members agreed the budget. Scores &lt; 8 with impact &gt; 4 are monitored.</p></main>${footer}</body></html>`;
    const r = await loadHtml(file("landmarks.html", html));
    expect(r.text).toContain("Members agreed the budget.");
    expect(r.text).not.toMatch(/Skip to main|Search|Home|cookies|Accessibility|Powered by|Local Government Association/);
    expect(r.hints?.title).toBe("Minutes of the Fire Board");
    // prose with "<" and ">" keeps every word
    expect(r.text).toContain("Scores < 8 with impact > 4 are monitored.");
  });

  it("finds the article with Readability when the page has no <main>", async () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: the board discussed the council's budget pressures, the pay award and the outcome of the consultation on fees, and agreed to write to the Minister before the settlement.</p>`;
    const html = `<html><head><title>Item</title></head><body>${chrome}<div id="content"><h2>Budget monitoring</h2>${[1, 2, 3, 4, 5].map(para).join("")}</div>${footer}</body></html>`;
    const r = await loadHtml(file("article.html", html));
    expect(r.text).toContain("Paragraph 5: the board discussed");
    expect(r.text).not.toMatch(/Skip to main|cookies|Privacy notice|Powered by/);
  });

  it("reads a layout table (cells with headings and paragraphs) as headed sections, not rows", () => {
    const text = htmlToText(`<h2>Items</h2><table><thead><tr><th>No.</th><th>Item</th></tr></thead><tbody>
      <tr><td><p>3.</p></td><td><p>Finance settlement</p><h3>Minutes:</h3><p>Cllr Ann Lee introduced the report.</p><h3>Decision:</h3><p>Members noted the report.</p></td></tr>
      </tbody></table>`);
    const ls = text.split("\n").filter((l) => l);
    expect(ls).toContain("### 3. Finance settlement");
    expect(ls).toContain("#### Minutes:");
    expect(ls).toContain("Cllr Ann Lee introduced the report.");
    expect(ls).toContain("#### Decision:");
    expect(text).not.toContain("\t");
  });

  it("writes no list number the page does not: typed ones as written, drawn ones not at all", () => {
    const ls = htmlToText(`<ol><li>1. develop the policy;</li><li>2. lobby the Government.</li></ol><ol><li>notes the report</li></ol>`).split("\n");
    expect(ls).toContain("1. develop the policy;");
    expect(ls).toContain("2. lobby the Government.");
    // (The browser draws "1." before it; the page's text has none, so no quote may show one.)
    expect(ls).toContain("- notes the report");
  });
});

describe("what files say about themselves", () => {
  it("markdown front matter becomes hints; its lines stay in the text, its fences do not", async () => {
    const p = file("note.md", `---\ntitle: "Culture Board: terms of reference 2021/22"\nboard: Culture Board\ndate: 2021-06-01\n---\n\n# Culture Board\n\nText.\n`);
    const r = await loadText(p, "markdown");
    expect(r.hints?.title).toBe("Culture Board: terms of reference 2021/22");
    expect(r.hints?.fields).toMatchObject({ board: "Culture Board", date: "2021-06-01" });
    expect(r.text).toContain("board: Culture Board");
    expect(r.text).not.toMatch(/^---/m);
  });

  it("a Word file's core title is a hint", async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    const buf = await Packer.toBuffer(new Document({ title: "Resources Board – Agenda – 9 March 2022", sections: [{ children: [new Paragraph("Agenda")] }] }));
    const r = await loadDocx(file("titled.docx", buf));
    expect(r.hints?.title).toBe("Resources Board – Agenda – 9 March 2022");
  });
});
