/**
 * PDF loader: pdf-parse v2 opens the document (it wraps pdf.js); pdf.js gives each page's text runs with
 * their positions and the page's drawing operators, from which cell borders are read. pdf-layout.ts then
 * rebuilds paragraphs and table rows from the geometry.
 */
import { pagedLabelsOneByOne } from "./address-cards.js";
import { withoutChartLabels } from "./chart-labels.js";
import { mapPages } from "./paged.js";
import { PDFParse } from "pdf-parse";
import { AnnotationType, OPS, Util } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api.js";
import {
  emptyLayoutStats,
  layoutPdf,
  type HRule,
  type LayoutStats,
  type Mark,
  type PdfPageInput,
  type PdfTextItem,
  type VRule,
} from "./pdf-layout.js";
import { layoutCanvas } from "./pdf-canvas.js";
import { layoutSlides, SLIDE_TOOL } from "./pdf-slides.js";
import { cardBesideTableUnfolded, floatingBoxUnfolded, sideBySideTablesUnfolded } from "./pdf-panels-side.js";
import type { AttachedFile } from "./attached-files.js";
import { LoadError, readSource, type LoadedText, type PageSpan } from "./types.js";

type Matrix = [number, number, number, number, number, number];

export interface PdfLoadResult extends LoadedText {
  format: "pdf";
  pages: NonNullable<LoadedText["pages"]>;
  /** What the layout analysis found (tables, rows, ...); for diagnostics. */
  stats: LayoutStats & { pageCount: number; layoutFailed: boolean };
  /** Files the PDF carries in its Attachments panel (embedded files): papers a pack holds on no page. */
  attachments?: AttachedFile[];
}

/** Load a PDF file as text: one paragraph per line, table rows as TAB-separated lines, pages split by \f. */
export async function loadPdf(path: string): Promise<PdfLoadResult> {
  const buf = await readSource(path);
  return pdfBufferToText(buf, path);
}

/** Same as loadPdf for bytes already in memory; `name` is used in error messages. */
export async function pdfBufferToText(data: Uint8Array, name: string): Promise<PdfLoadResult> {
  if (data.length === 0) throw new LoadError(name, "empty file");
  const head = Buffer.from(data.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) throw new LoadError(name, "not a PDF file (no %PDF header)");

  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
  try {
    const doc = await openDocument(parser);
    // (A slide shown a step at a time, each step a page, is read once, as its last step shows it.)
    const pages = withoutEarlierBuilds(await extractPages(doc));
    let result: { text: string; pages: PageSpan[]; stats: LayoutStats };
    let layoutFailed = false;
    let addressLabels = false;
    try {
      // (A whiteboard or poster on one huge page is read box by box; slides shape by shape.)
      result = layoutCanvas(pages) ?? (SLIDE_TOOL.test(await producer(doc)) ? layoutSlides(pages) : undefined) ?? layoutPdf(pages);
      // (A chart's words, printed again by the table under it, are left to the table.)
      const charted = mapPages(result.text, result.pages, withoutChartLabels);
      result = { ...result, text: charted.text, pages: charted.pages ?? result.pages };
      // (A sheet of address labels is read label by label.)
      const labels = pagedLabelsOneByOne(result.text, result.pages);
      result = { ...result, text: labels.text, pages: labels.pages };
      addressLabels = labels.labels;
    } catch {
      // Safety net: a layout bug must not lose the document; fall back to pdf-parse's plain page text.
      layoutFailed = true;
      result = await plainText(parser);
    }
    if (!/[\p{L}\p{N}]/u.test(result.text)) {
      throw new LoadError(name, "no extractable text (scanned or image-only PDF?)");
    }
    const title = await infoTitle(doc);
    const attachments = await embeddedFiles(doc);
    return {
      format: "pdf",
      ...(attachments.length ? { attachments } : {}),
      text: result.text,
      pages: result.pages,
      ...(title || addressLabels ? { hints: { ...(title ? { title } : {}), ...(addressLabels ? { addressLabels } : {}) } } : {}),
      stats: { ...result.stats, pageCount: doc.numPages, layoutFailed },
    };
  } catch (err) {
    throw toLoadError(name, err);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function extractPages(doc: PDFDocumentProxy): Promise<PdfPageInput[]> {
  const pages: PdfPageInput[] = [];
  let failed = 0;
  let firstError: unknown;
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      pages.push(await extractPage(doc, n));
    } catch (err) {
      // one damaged page: keep the others
      failed++;
      firstError ??= err;
      pages.push({ number: n, width: 595, height: 842, items: [], hRules: [], vRules: [] });
    }
  }
  if (failed > 0 && failed === doc.numPages) throw firstError;
  return pages;
}

/** The Title of the PDF's document information, when set (browsers print the page's <title> there). */
async function infoTitle(doc: PDFDocumentProxy): Promise<string | undefined> {
  try {
    const { info } = (await doc.getMetadata()) as { info?: { Title?: unknown } };
    const title = typeof info?.Title === "string" ? info.Title.replace(/\s+/g, " ").trim() : "";
    return title || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A slide deck printed with its builds (Beamer without "handout", overlays each a page): a page every one
 * of whose words the next page of the same size draws again in the same place, and which draws less than
 * it, is an earlier step of that slide (a list's first points, a table's first rows). It is left out for
 * the step that shows it all, before the layout is read, so that a table shown in steps is one table.
 * (A number alone may change between the steps, a slide's counter.)
 */
export function withoutEarlierBuilds(pages: PdfPageInput[]): PdfPageInput[] {
  const inked = (p: PdfPageInput) => p.items.filter((it) => it.str.trim() && !/^[\d\s/]+$/.test(it.str.trim()));
  const sameSpot = (a: PdfTextItem, b: PdfTextItem) => Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1;
  const earlierStep = (k: number) => {
    const page = pages[k]!;
    const next = pages[k + 1];
    if (!next || next.width !== page.width || next.height !== page.height) return false;
    const own = inked(page);
    const later = inked(next);
    if (own.length === 0 || own.length >= later.length) return false;
    // (Looked up by their words, so that a long page is not compared run by run with every other.)
    const byWords = new Map<string, PdfTextItem[]>();
    for (const l of later) byWords.set(l.str, [...(byWords.get(l.str) ?? []), l]);
    return own.every((it) => (byWords.get(it.str) ?? []).some((l) => sameSpot(it, l)));
  };
  const kept = pages.filter((_, k) => !earlierStep(k));
  return kept.length === pages.length ? pages : kept;
}

/**
 * The files embedded in the PDF, by their file names: those of its Attachments panel (the EmbeddedFiles
 * name tree) and those pinned to its pages as paperclip notes (file attachment annotations), each once.
 * None when unreadable.
 */
async function embeddedFiles(doc: PDFDocumentProxy): Promise<AttachedFile[]> {
  type Carried = { filename?: unknown; content?: unknown };
  const files: AttachedFile[] = [];
  const add = (a: Carried | undefined) => {
    if (typeof a?.filename !== "string" || !(a.content instanceof Uint8Array)) return;
    const data = Buffer.from(a.content);
    if (!files.some((f) => f.name === a.filename && f.data.equals(data))) files.push({ name: a.filename, data });
  };
  try {
    for (const a of Object.values(((await doc.getAttachments()) ?? {}) as Record<string, Carried>)) add(a);
  } catch {
    // an unreadable name tree: the pages' notes may still carry files
  }
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      const notes = (await (await doc.getPage(n)).getAnnotations()) as { annotationType?: number; file?: Carried }[];
      for (const note of notes) if (note.annotationType === AnnotationType.FILEATTACHMENT) add(note.file);
    } catch {
      // a page whose notes cannot be read carries none
    }
  }
  return files;
}

/** The application that made the PDF and the one that wrote it (document information's Creator and Producer). */
async function producer(doc: PDFDocumentProxy): Promise<string> {
  try {
    const { info } = (await doc.getMetadata()) as { info?: { Creator?: unknown; Producer?: unknown } };
    return [info?.Creator, info?.Producer].filter((v): v is string => typeof v === "string").join(" ");
  } catch {
    return "";
  }
}

/** pdf-parse's own text, page by page (no table reconstruction). */
async function plainText(parser: PDFParse): Promise<{ text: string; pages: PageSpan[]; stats: LayoutStats }> {
  const r = await parser.getText({ pageJoiner: "" });
  let text = "";
  const pages: PageSpan[] = [];
  r.pages.forEach((p, i) => {
    if (i > 0) text += "\n\f\n";
    const start = text.length;
    text += p.text.replace(/\r\n?/g, "\n").trim();
    pages.push({ number: p.num, start, end: text.length });
  });
  const stats = emptyLayoutStats();
  return { text, pages, stats };
}

/** The positioned text and rules of every page, before layout analysis (for debugging and tests). */
export async function extractPdfPages(data: Uint8Array): Promise<PdfPageInput[]> {
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
  try {
    return await extractPages(await openDocument(parser));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** PDFParse opens the document lazily in its `load()`; it is not in its public typings, hence the cast. */
async function openDocument(parser: PDFParse): Promise<PDFDocumentProxy> {
  const loader = (parser as unknown as { load?: () => Promise<PDFDocumentProxy> }).load;
  if (typeof loader !== "function") throw new Error("pdf-parse: unsupported version (no load())");
  return loader.call(parser);
}

function toLoadError(name: string, err: unknown): LoadError {
  if (err instanceof LoadError) return err;
  const e = err as { name?: string; message?: string };
  const msg = (e?.message ?? String(err)).split("\n")[0]!.slice(0, 200);
  switch (e?.name) {
    case "PasswordException":
      return new LoadError(name, "encrypted PDF (password required)");
    case "InvalidPDFException":
      return new LoadError(name, `corrupt or invalid PDF (${msg})`);
    case "FormatError":
    case "UnknownErrorException":
      return new LoadError(name, `corrupt PDF (${msg})`);
    default:
      return new LoadError(name, `could not read PDF: ${msg}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Per-page extraction

const BOLD_RE = /bold|black|heavy|semibold|demibold|extrabold|,b$|-b$/i;

async function extractPage(doc: PDFDocumentProxy, n: number): Promise<PdfPageInput> {
  const page = await doc.getPage(n);
  try {
    const vp = page.getViewport({ scale: 1 });
    const vpt = vp.transform as Matrix;
    let hRules: HRule[] = [];
    let vRules: VRule[] = [];
    let marks: Mark[] = [];
    try {
      const ol = await page.getOperatorList();
      ({ hRules, vRules, marks } = extractRules(ol.fnArray, ol.argsArray, vpt));
    } catch {
      // no graphics: tables fall back to text alignment
    }
    const tc = await page.getTextContent();
    const boldCache = new Map<string, boolean>();
    const isBold = (fontName: string): boolean => {
      let b = boldCache.get(fontName);
      if (b === undefined) {
        b = false;
        try {
          const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string }) : null;
          const fam = (tc.styles as Record<string, { fontFamily?: string }>)[fontName]?.fontFamily ?? "";
          b = BOLD_RE.test(font?.name ?? "") || BOLD_RE.test(fam);
        } catch {
          b = false;
        }
        boldCache.set(fontName, b);
      }
      return b;
    };
    const items: PdfTextItem[] = [];
    const rotated: PdfTextItem[] = [];
    // Text turned a quarter turn, by which way its baseline runs: up the page or down it.
    const turned: { up: PdfTextItem[]; down: PdfTextItem[] } = { up: [], down: [] };
    const runOf = new Map<PdfTextItem, TurnedRun>();
    const drawn: NonNullable<PdfPageInput["drawn"]> = [];
    for (const raw of tc.items) {
      if (!("str" in raw)) continue;
      const it = raw as { str: string; transform: number[]; width: number; fontName: string; hasEOL?: boolean };
      if (!it.str || !it.str.trim()) {
        // a drawn space run: remember that the previous run ended with a space
        const prev = items[items.length - 1];
        if (prev && it.str) prev.spaceAfter = true;
        continue;
      }
      const m = Util.transform(vpt, it.transform) as Matrix;
      const size = Math.hypot(m[2], m[3]);
      const horizontal = m[0] > 0 && Math.abs(m[1]) <= 0.05 * Math.abs(m[0]);
      const scaleX = Math.hypot(m[0], m[1]) / Math.max(1e-6, Math.hypot(it.transform[0]!, it.transform[1]!));
      const item: PdfTextItem = {
        str: it.str,
        x: m[4],
        y: m[5],
        w: it.width * (Number.isFinite(scaleX) && scaleX > 0 ? scaleX : 1),
        size: size > 0 ? size : 1,
        bold: isBold(it.fontName),
      };
      (horizontal ? items : rotated).push(item);
      drawn.push({ item, upright: horizontal });
      if (!horizontal && Math.abs(m[0]) <= 0.05 * Math.abs(m[1])) {
        (m[1] < 0 ? turned.up : turned.down).push(item);
        // (Only a quarter turn: a watermark set at an angle across a table is not a cell's header.)
        runOf.set(item, { up: m[1] < 0, x: m[4], y: m[5] });
      }
    }
    markStruckItems(items, hRules);
    // A form filled in and saved without flattening: what was typed lives only in its fields.
    try {
      items.push(...formFieldItems(await page.getAnnotations({ intent: "display" }), vpt, items));
    } catch {
      // no annotations to read
    }
    // A page printed turned (a wide table run up a portrait page): most of its text a quarter turn round,
    // one way. It is read in its own frame, turned back, rules and all; the upright lines (a page number)
    // after it.
    const chars = (list: PdfTextItem[]) => list.reduce((n, it) => n + it.str.length, 0);
    const way = chars(turned.up) > chars(turned.down) ? "up" : "down";
    if (chars(turned[way]) > 2 * chars(items) && chars(turned[way]) >= 0.8 * chars(rotated)) {
      const page = turnBack({ number: n, width: vp.width, height: vp.height, items: turned[way], hRules, vRules, marks }, way);
      const upright = [...items, ...rotated.filter((r) => !turned[way].includes(r))];
      upright.forEach((r, i) => page.items.push({ ...r, x: 0, y: page.height + (i + 1) * r.size * 1.5 }));
      return page;
    }
    // Headers turned a quarter turn inside a ruled cell (a spreadsheet's rotated column labels) are read
    // in their cell, where a reader reads them; other rotated text (margin labels) is kept, laid out as
    // lines after the page's text.
    const { placed, rest } = turnedIntoCells(rotated, runOf, vRules);
    items.push(...placed);
    rest.forEach((r, i) => {
      items.push({ ...r, x: 0, y: vp.height + (i + 1) * r.size * 1.5, w: r.w });
    });
    // (Text turned a quarter turn, on a slide, is a shape's, a seat's or a label's, which the page's layout
    // cannot place. The runs in drawing order are kept to read such a slide by.)
    // (Ruled tables side by side, a report's "Milestones" beside its "Finance", are read one after the other.)
    // (So is a dashboard's card set beside a table: after the table; and a box of notes beside the text.)
    return floatingBoxUnfolded(cardBesideTableUnfolded(sideBySideTablesUnfolded({ number: n, width: vp.width, height: vp.height, items, hRules, vRules, marks, ...(runOf.size ? { drawn } : {}) })));
  } finally {
    page.cleanup();
  }
}

/**
 * Runs of text with a line drawn through them (a comparison report's deletions, struck through in red;
 * a paragraph moved away, struck twice) are written struck, "~~four~~", as a reader sees them and as the
 * Word loader writes deleted text: the words are kept, and read as no longer so. A strike runs through
 * the middle of the run's letters and no further than the run; an underline or a table's rule does not.
 */
function markStruckItems(items: PdfTextItem[], hRules: HRule[]): void {
  for (const it of items) {
    const top = it.y - 0.6 * it.size;
    const bottom = it.y - 0.12 * it.size;
    const struck = hRules.some((h) => h.y > top && h.y < bottom && h.x0 <= it.x + 0.1 * it.w && h.x1 >= it.x + 0.9 * it.w && h.x1 - h.x0 <= it.w + it.size);
    if (struck && /\S/.test(it.str)) it.str = `~~${it.str.trim()}~~`;
  }
}

/** What pdf.js says of a form field's widget. */
interface Widget {
  subtype?: string;
  fieldType?: string;
  fieldValue?: unknown;
  rect?: number[];
  checkBox?: boolean;
  radioButton?: boolean;
  exportValue?: string;
  buttonValue?: string;
  hidden?: boolean;
}

/**
 * The values of a form's fields, as a reader sees them in their boxes: a text field's words at its box, a
 * paragraph a line; a drop-down's choice; a check box or radio button as "☑" ticked or "☐" not. (A
 * form saved without flattening prints only its labels and empty boxes; the values are the fields'.)
 * A value the page's own text already shows at that place (a flattened copy) is not added again.
 */
function formFieldItems(annotations: unknown[], vpt: Matrix, printed: PdfTextItem[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const a of annotations as Widget[]) {
    if (a.subtype !== "Widget" || !a.rect || a.hidden) continue;
    const [x1, y1, x2, y2] = a.rect as [number, number, number, number];
    const apply = (x: number, y: number): [number, number] => [vpt[0] * x + vpt[2] * y + vpt[4], vpt[1] * x + vpt[3] * y + vpt[5]];
    const [left, top] = apply(x1, y2);
    const [right, bottom] = apply(x2, y1);
    const height = Math.abs(bottom - top);
    const at = (str: string, x: number, baseline: number, size: number): PdfTextItem => ({ str, x, y: baseline, w: str.length * size * 0.5, size, bold: false });
    if (a.fieldType === "Btn" && (a.checkBox || a.radioButton)) {
      const on = a.radioButton ? a.fieldValue !== undefined && a.fieldValue === a.buttonValue : a.fieldValue !== undefined && a.fieldValue !== "Off" && a.fieldValue !== null;
      const size = Math.max(6, Math.min(10, height));
      const glyph = on ? "☑" : "☐";
      // (Written before the option's word printed beside it, "☑ No", as one run: a run of its own between
      // the question and its options would read as a column of a table.)
      const label = printed.find((p) => Math.abs(p.y - (bottom - height * 0.1)) <= Math.max(3, height * 0.4) && p.x >= right - 1 && p.x <= right + 30);
      if (label) {
        label.str = `${glyph} ${label.str}`;
      } else out.push(at(glyph, left, bottom - height * 0.15, size));
      continue;
    }
    const value = a.fieldType === "Ch" ? (Array.isArray(a.fieldValue) ? a.fieldValue.join(", ") : a.fieldValue) : a.fieldType === "Tx" ? a.fieldValue : undefined;
    if (typeof value !== "string" || !value.trim()) continue;
    const inBox = printed.filter((p) => p.x >= left - 2 && p.x <= right && p.y >= top && p.y <= bottom + 2);
    if (inBox.length && value.includes(inBox[0]!.str.trim())) continue;
    // (A paragraph of the value is one run as wide as its box: the box wraps it, and its words are one text.)
    const size = Math.min(10, Math.max(6, height - 8));
    const paragraphs = value.split(/\r\n?|\n/).map((p) => p.trim()).filter(Boolean);
    paragraphs.forEach((line, k) => out.push({ ...at(line, left + 2, top + 2 + size * 0.85 + k * size * 1.2, size), w: Math.min(line.length * size * 0.5, right - left - 4) }));
  }
  return out;
}

/** Where a quarter-turned run starts (its baseline's origin) and which way it runs. */
interface TurnedRun {
  up: boolean;
  x: number;
  y: number;
}

/**
 * Quarter-turned runs that sit inside a cell drawn by vertical rules, written across that cell as one
 * upright run: the cell's lines in reading order (text running up reads its lines left to right, text
 * running down right to left), set on the baseline where the runs start, so the cell reads with its row.
 */
function turnedIntoCells(
  rotated: PdfTextItem[],
  runOf: Map<PdfTextItem, TurnedRun>,
  vRules: VRule[],
): { placed: PdfTextItem[]; rest: PdfTextItem[] } {
  const cells: { left: number; right: number; top: number; bottom: number; runs: { item: PdfTextItem; run: TurnedRun }[] }[] = [];
  const rest: PdfTextItem[] = [];
  for (const item of rotated) {
    const run = runOf.get(item);
    if (!run) {
      rest.push(item);
      continue;
    }
    // The glyphs stand to the left of a baseline running up, to the right of one running down.
    const centre = run.x + (run.up ? -0.35 : 0.35) * item.size;
    const [top, bottom] = run.up ? [run.y - item.w, run.y] : [run.y, run.y + item.w];
    const spanning = vRules.filter((r) => r.y0 <= top + 1 && r.y1 >= bottom - 1);
    const left = Math.max(...spanning.filter((r) => r.x < centre).map((r) => r.x));
    const right = Math.min(...spanning.filter((r) => r.x > centre).map((r) => r.x));
    if (!Number.isFinite(left) || !Number.isFinite(right) || right - left > Math.max(4 * item.w, 12 * item.size)) {
      rest.push(item);
      continue;
    }
    // Lines of one cell lie between the same rules and overlap down the page.
    let cell = cells.find((c) => c.left === left && c.right === right && c.top < bottom && c.bottom > top);
    if (!cell) cells.push((cell = { left, right, top, bottom, runs: [] }));
    cell.top = Math.min(cell.top, top);
    cell.bottom = Math.max(cell.bottom, bottom);
    cell.runs.push({ item, run });
  }
  const placed = cells.map(({ left, right, runs }) => {
    const ordered = [...runs].sort((a, b) => (a.run.up ? a.run.x - b.run.x : b.run.x - a.run.x));
    const str = ordered.map((r) => r.item.str.trim()).join(" ");
    const size = Math.max(...runs.map((r) => r.item.size));
    return {
      str,
      x: left + 1,
      y: Math.max(...runs.map((r) => (r.run.up ? r.run.y : r.run.y + r.item.w))),
      w: Math.min(right - left - 2, size * 0.5 * str.length),
      size,
      bold: runs.some((r) => r.item.bold),
    };
  });
  return { placed, rest };
}

/**
 * A page's text and rules in the frame of text turned a quarter turn: text running up the page reads left
 * to right when the page is turned clockwise (x from the foot of the page up, y from its left edge), text
 * running down when it is turned anticlockwise.
 */
function turnBack(page: PdfPageInput, way: "up" | "down"): PdfPageInput {
  const { width: W, height: H } = page;
  const point = (x: number, y: number) => (way === "up" ? { x: H - y, y: x } : { x: y, y: W - x });
  const items = page.items.map((it) => ({ ...it, ...point(it.x, it.y) }));
  const vRules: VRule[] = page.hRules.map((r) => {
    const [a, b] = [point(r.x0, r.y), point(r.x1, r.y)];
    return { x: a.x, y0: Math.min(a.y, b.y), y1: Math.max(a.y, b.y) };
  });
  const hRules: HRule[] = page.vRules.map((r) => {
    const [a, b] = [point(r.x, r.y0), point(r.x, r.y1)];
    return { y: a.y, x0: Math.min(a.x, b.x), x1: Math.max(a.x, b.x) };
  });
  const marks: Mark[] = (page.marks ?? []).map((m) => {
    const [a, b] = [point(m.x0, m.y0), point(m.x1, m.y1)];
    return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
  });
  return { ...page, width: H, height: W, items, hRules, vRules, marks };
}

// ---------------------------------------------------------------------------------------------------
// Drawn rules from the operator list

const WHITE_MIN = 0xf5;

function isWhite(color: unknown): boolean {
  if (typeof color === "string" && /^#[0-9a-f]{6}$/i.test(color)) {
    const r = parseInt(color.slice(1, 3), 16);
    const g = parseInt(color.slice(3, 5), 16);
    const b = parseInt(color.slice(5, 7), 16);
    return r >= WHITE_MIN && g >= WHITE_MIN && b >= WHITE_MIN;
  }
  if (Array.isArray(color) || ArrayBuffer.isView(color)) {
    const c = Array.from(color as ArrayLike<number>);
    if (c.length >= 3) return c.slice(0, 3).every((v) => v >= WHITE_MIN);
  }
  return false;
}

const STROKE_OPS = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILL_OPS = new Set<number>([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/** pdf.js path encoding inside constructPath (pdf.js 5.x). */
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 3;

/** Read horizontal and vertical rules (lines, thin filled rectangles, rectangle edges) in page coordinates. */
export function extractRules(
  fnArray: number[],
  argsArray: unknown[],
  viewport: Matrix,
): { hRules: HRule[]; vRules: VRule[]; marks: Mark[] } {
  const hRules: HRule[] = [];
  const vRules: VRule[] = [];
  const marks: Mark[] = [];
  const bands: Band[] = [];
  interface GState {
    ctm: Matrix;
    fill: unknown;
    stroke: unknown;
    lineWidth: number;
  }
  let st: GState = { ctm: [1, 0, 0, 1, 0, 0], fill: "#000000", stroke: "#000000", lineWidth: 1 };
  const stack: GState[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ...st });
        break;
      case OPS.restore:
        st = stack.pop() ?? st;
        break;
      case OPS.transform:
        if (args && args.length >= 6) st.ctm = Util.transform(st.ctm, args as number[]) as Matrix;
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...st });
        const m = args?.[0] as number[] | null | undefined;
        if (m && m.length >= 6) st.ctm = Util.transform(st.ctm, Array.from(m)) as Matrix;
        break;
      }
      case OPS.paintFormXObjectEnd:
        st = stack.pop() ?? st;
        break;
      case OPS.setFillRGBColor:
        st.fill = args?.[0] ?? args;
        break;
      case OPS.setStrokeRGBColor:
        st.stroke = args?.[0] ?? args;
        break;
      case OPS.setFillTransparent:
        st.fill = "#ffffff";
        break;
      case OPS.setStrokeTransparent:
        st.stroke = "#ffffff";
        break;
      case OPS.setLineWidth:
        st.lineWidth = Number(args?.[0] ?? 1);
        break;
      case OPS.constructPath: {
        if (!args) break;
        const op = args[0] as number;
        const data = (args[1] as unknown[] | undefined)?.[0];
        if (!data || !(ArrayBuffer.isView(data) || Array.isArray(data))) break;
        const stroke = STROKE_OPS.has(op) && !isWhite(st.stroke);
        const fill = FILL_OPS.has(op) && !isWhite(st.fill);
        if (!stroke && !fill) break;
        const m = Util.transform(viewport, st.ctm) as Matrix;
        addPathRules(data as ArrayLike<number>, m, stroke, fill, hRules, vRules, marks, bands);
        break;
      }
      default:
        break;
    }
  }
  // A wide shaded band a line or two deep over rules as wide as it: a table's header row filled with colour
  // over body rows ruled only below. Its edges part it from the caption above and the first row below, as
  // rules would. (Not a chart's bar or a redaction box, which no rule matches; nor a total row shaded at
  // the foot of a table.)
  const rulesBelow = (b: Band) => hRules.filter((r) => Math.abs(r.x0 - b.x0) <= 2 && Math.abs(r.x1 - b.x1) <= 2 && r.y > b.y1 + 1 && r.y - b.y1 < 300).length;
  for (const b of bands.filter((x) => rulesBelow(x) >= 2)) hRules.push({ y: b.y0, x0: b.x0, x1: b.x1 }, { y: b.y1, x0: b.x0, x1: b.x1 });
  return { hRules, vRules, marks };
}

/** A filled rectangle's extent. */
interface Band {
  y0: number;
  y1: number;
  x0: number;
  x1: number;
}

function addPathRules(
  path: ArrayLike<number>,
  m: Matrix,
  stroke: boolean,
  fill: boolean,
  hRules: HRule[],
  vRules: VRule[],
  marks: Mark[],
  bands: Band[],
): void {
  const tx = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const subpaths: { pts: [number, number][]; curved: boolean }[] = [];
  let cur: { pts: [number, number][]; curved: boolean } | null = null;
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === DRAW_MOVE) {
      cur = { pts: [tx(path[i]!, path[i + 1]!)], curved: false };
      subpaths.push(cur);
      i += 2;
    } else if (op === DRAW_LINE) {
      const p = tx(path[i]!, path[i + 1]!);
      if (!cur) {
        cur = { pts: [], curved: false };
        subpaths.push(cur);
      }
      cur.pts.push(p);
      i += 2;
    } else if (op === DRAW_CURVE) {
      const p = tx(path[i + 4]!, path[i + 5]!);
      if (cur) {
        cur.curved = true;
        cur.pts.push(p);
      }
      i += 6;
    } else if (op === DRAW_CLOSE) {
      if (cur && cur.pts.length > 1) cur.pts.push(cur.pts[0]!);
    } else {
      break; // unknown encoding: give up on this path
    }
  }
  for (const sp of subpaths) {
    if (sp.pts.length < 2) continue;
    const xs = sp.pts.map((p) => p[0]);
    const ys = sp.pts.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    const w = x1 - x0;
    const h = y1 - y0;
    // A small filled dot or square: a drawn list bullet.
    if (fill && sp.pts.length >= 3 && w >= 1 && h >= 1 && w <= 8 && h <= 8 && w / h >= 0.5 && w / h <= 2) {
      marks.push({ x0, y0, x1, y1 });
    }
    if (fill && !sp.curved && sp.pts.length >= 3) {
      // A thin filled rectangle is a drawn line (how browsers print table borders).
      if (w <= 3 && h >= 4) vRules.push({ x: (x0 + x1) / 2, y0, y1 });
      else if (h <= 3 && w >= 4) hRules.push({ y: (y0 + y1) / 2, x0, x1 });
      else if (w >= 60 && h >= 6 && h <= 40 && sp.pts.length <= 5) bands.push({ y0, y1, x0, x1 });
    }
    // A small stroked circle or square: a hollow list bullet.
    if (!fill && stroke && sp.curved && w >= 1 && h >= 1 && w <= 8 && h <= 8 && w / h >= 0.5 && w / h <= 2) {
      marks.push({ x0, y0, x1, y1 });
    }
    if (stroke) {
      for (let k = 1; k < sp.pts.length; k++) {
        const [ax, ay] = sp.pts[k - 1]!;
        const [bx, by] = sp.pts[k]!;
        if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 4) {
          hRules.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
        } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 4) {
          vRules.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
        }
      }
    }
  }
}


