/**
 * loadFile: one entry point for every supported document type. Each failure is a LoadError with a short
 * reason (the caller reports it and skips the file), never a raw stack trace.
 *
 * The readers of PDF, Word and HTML (pdf.js, mammoth, a DOM) are imported when a file of their kind is
 * first read, so answering from a built index (the CLI, the bot and its workers) never loads them.
 */
import { extname } from "node:path";
import { loadText } from "./text.js";
import { LoadError, type LoadedText } from "./types.js";
import { calendarGridsToDays } from "./calendar-grid.js";
import { pagedEntriesAsParagraphs } from "./linearised-tables.js";
import { attachedFilesText, type AttachedFile } from "./attached-files.js";

export { LoadError } from "./types.js";
export type { LoadedText, PageSpan } from "./types.js";

/** File extensions loadFile accepts (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = [".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".csv", ".eml", ".rtf", ".vcf", ".ics"];

/** True if loadFile handles this file's extension. */
export function isSupported(path: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** Load any supported file as text; throws LoadError(file, reason) for anything that cannot be loaded. */
export async function loadFile(path: string): Promise<LoadedText> {
  const ext = extname(path).toLowerCase();
  try {
    let result: LoadedText;
    let attachments: AttachedFile[] | undefined;
    switch (ext) {
      case ".pdf": {
        const { attachments: carried, ...pdf } = await (await import("./pdf.js")).loadPdf(path);
        result = pdf;
        attachments = carried;
        break;
      }
      case ".docx":
        result = await (await import("./docx.js")).loadDocx(path);
        break;
      case ".html":
      case ".htm":
        result = await (await import("./html.js")).loadHtml(path);
        break;
      case ".md":
      case ".markdown":
        result = await loadText(path, "markdown");
        // (Markdown may carry tables written as HTML: they are read as the HTML loader reads a table.)
        if (/<table\b/i.test(result.text)) result = { ...result, text: (await import("./html.js")).htmlTablesToText(result.text) };
        break;
      case ".txt":
      // (A spreadsheet exported as CSV is plain text whose records are read as a table's rows.)
      case ".csv":
      // (Contact cards exported from an address book.)
      case ".vcf":
      // (A calendar or task list exported as iCalendar.)
      case ".ics":
        result = await loadText(path, "text");
        break;
      // (Minutes and papers sent to members in the body of an e-mail.)
      case ".eml":
        result = await (await import("./email.js")).loadEmail(path);
        break;
      // (Word's Rich Text Format: minutes exported from committee systems, Outlook's rich-text attachments.)
      case ".rtf":
        result = await (await import("./rtf.js")).loadRtf(path);
        break;
      default:
        throw new LoadError(path, ext ? `unsupported file type ${ext}` : "unsupported file type (no extension)");
    }
    if (!result.text.trim()) throw new LoadError(path, "no extractable text");
    // (A table set out as a list of numbered entries, whatever the file: an entry a paragraph.)
    const entries = pagedEntriesAsParagraphs(result.text, result.pages);
    if (entries.text !== result.text) result = { ...result, text: entries.text, ...(entries.pages ? { pages: entries.pages } : {}) };
    // (A calendar printed as a month grid, whatever the file: its items dated by their cells.)
    const calendar = calendarGridsToDays(result.text);
    if (calendar.span) result = { ...result, text: calendar.text, hints: { ...result.hints, span: calendar.span, calendarGrid: true } };
    // (The papers a PDF pack carries as attached files, after its pages, on none of them.)
    const carried = attachments?.length ? await attachedFilesText(attachments) : [];
    if (!carried.length) return result;
    return { ...result, text: [result.text, ...carried].join("\n\n"), unpagedFrom: result.text.length };
  } catch (err) {
    if (err instanceof LoadError) throw err;
    const msg = (err as Error)?.message ?? String(err);
    throw new LoadError(path, `could not load: ${msg.split("\n")[0]!.slice(0, 200)}`);
  }
}
