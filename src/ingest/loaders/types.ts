import { readFile } from "node:fs/promises";
/**
 * What every loader returns: the document as plain text in one shape, whatever the file format.
 *
 * The shape is the one the bundled .txt conversions use, so that one structure finder serves all formats:
 * - one paragraph, heading or list item per line, blank lines between blocks;
 * - a table row is one line with its cells separated by TAB characters (a cell's own line breaks are
 *   folded to spaces), the header row first;
 * - headings may carry markdown `#` marks; bold may stay as `<b>..</b>` or `**..**` (cleaned later).
 * - PDF pages are separated by a form feed (`\f`) and listed in `pages` with their character offsets.
 */
export interface PageSpan {
  /** 1-based page number as printed by the PDF reader. */
  number: number;
  /** Offset of the page's first character in `text`. */
  start: number;
  /** Offset just past the page's last character in `text`. */
  end: number;
}

/**
 * What a file says about itself besides its text: the title its format stores (an HTML `<title>`, Word's
 * core properties, a PDF's document information, markdown front matter) and any other front-matter fields.
 * Metadata inference weighs these against what the content says.
 */
export interface DocumentHints {
  title?: string;
  /** Front-matter fields as written (`board: Children and Young People Board`), keys in lower case. */
  fields?: Record<string, string>;
  /** Lists typed side by side were read one after the other: a list's lines are not consecutive on the page. */
  sideBySideLists?: boolean;
  /** The first and last days of a log of messages (a chat's export), as ISO dates: when it was written. */
  span?: { from: string; to: string };
  /** A log of messages stamped with times only (a meeting's chat): of the day its file's name gives, if any. */
  timesOnly?: boolean;
  /** A task list exported as iCalendar, a task a paragraph of its property lines. */
  taskList?: boolean;
  /** Table cells with no text whose only content is a rating colour's fill (Word's shading). */
  cellFills?: CellFill[];
  /** The meeting an invitation is for, from the calendar event it carries: its day (ISO), time and place. */
  event?: CalendarEvent;
  /** Address labels read one by one, each a paragraph of its lines joined by " · " (a mail merge's sheet). */
  addressLabels?: boolean;
  /** A calendar printed as month grids, its days written as headings over their items. */
  calendarGrid?: boolean;
  /** Whose checkboxes a page's tasks have: Zim's ("[*]" done, "[x]" not done), not markdown's. */
  checkboxes?: "zim";
}

/** A calendar event as its VEVENT gives it. */
export interface CalendarEvent {
  day: string;
  /** Start time as written in the event's own time zone ("09:45"). */
  time?: string;
  location?: string;
  summary?: string;
}

/** An empty table cell's fill colour ("Green"), by the line (1-based) of its row and its TAB-separated cell. */
export interface CellFill {
  line: number;
  cell: number;
  colour: string;
}

export interface LoadedText {
  format: "pdf" | "docx" | "html" | "markdown" | "text";
  text: string;
  /** Present for paged formats (PDF). */
  pages?: PageSpan[];
  /** Where text on no page begins: the files a PDF carries as attachments, written after its pages. */
  unpagedFrom?: number;
  hints?: DocumentHints;
  /**
   * The file's words in the file's order, where `text` rearranges them (a flattened report's records under
   * their headings): what a quote is checked against, so that it is a run of the file's words.
   */
  verbatimText?: string;
}

/** A file that could not be loaded: reported by name with the reason, and skipped. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "LoadError";
  }
}

/** A source file's bytes; an unreadable file is a LoadError naming the reason (ENOENT, EACCES, …). */
export async function readSource(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new LoadError(path, `cannot read file (${(err as NodeJS.ErrnoException).code ?? "read error"})`);
  }
}
