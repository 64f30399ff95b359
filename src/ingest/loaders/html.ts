/**
 * HTML loader: turns an HTML page (or a fragment, or mammoth's Word output) into the loaders' text shape:
 * headings as `#` lines, one paragraph / list item per line, a table row per line with TAB-separated cells
 * (a cell's paragraphs and list items folded into one line), scripts, styles and navigation dropped,
 * entities decoded.
 *
 * A whole web page keeps its main content only: the `<main>` landmark when the page has one, otherwise
 * what Mozilla's Readability finds, after the page's banners, menus, breadcrumbs, skip links, cookie
 * notices and footers are dropped. A table used for layout (its cells hold headings, tables or several
 * paragraphs, as a minutes page's items do) is read row by row as headed sections, not as data rows.
 */
import { positionedPages } from "./positioned-html.js";
import { confluenceStorageAsHtml } from "./confluence-storage.js";
import { joinChatMessages } from "./chat-html.js";
import { layoutPdf } from "./pdf-layout.js";
import { HTMLElement, Node, NodeType, TextNode, parse } from "node-html-parser";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { LoadError, readSource, type LoadedText } from "./types.js";
import { pageDataTables } from "./page-data.js";
import { boxDrawingToGrid, decodeUtf8Text, gridTablesToRows } from "./text.js";
import { columnRole } from "../vocabulary.js";
import { gridRowNumber, isColumnLetterRow } from "../sheet-grid.js";

/** The class of a person's picture, drawn as a photo or as their initials. */
const AVATAR_CLASS = /(?:^|[-_\s])(?:avatar|userpic)(?:$|[-_\s])/i;

/** A person's picture drawn as their initials ("IT" in a circle beside "Imelda Thornycroft"). */
function isAvatarInitials(className: string | null | undefined, text: string): boolean {
  return (AVATAR_CLASS.test(className ?? "") || /(?:^|__|\s)initials\b/i.test(className ?? "")) && /^\s*\p{Lu}{1,3}\s*$/u.test(text);
}

/**
 * A person's initials drawn in a badge right before their name ("DA" then "Delphine Arkwright-Nunes moved
 * …" in a board's activity), the name the badge's label gives: a picture of the name, said twice. (Not an
 * owner's initials alone on a card, which are all the card says of them.)
 */
function initialsBeforeName(el: Element): boolean {
  const text = collapse(el.textContent ?? "");
  if (!/initials/i.test(el.getAttribute("class") ?? "") || !/^\p{Lu}{1,3}$/u.test(text)) return false;
  const name = collapse(el.getAttribute("aria-label") ?? el.getAttribute("title") ?? el.parentElement?.getAttribute("title") ?? "").replace(/\s*\(.*$/, "");
  if (name.length < 4) return false;
  let node: Element | null = el;
  // (The text after the badge, in the badge's line.)
  while (node && !node.nextSibling && node.parentElement) node = node.parentElement;
  let after = "";
  for (let n = node?.nextSibling ?? null; n && after.length < name.length + 2; n = n.nextSibling) after += n.textContent ?? "";
  return collapse(after).startsWith(name);
}

/**
 * An avatar of initials labelled by a name (its `aria-label` or `title`) that is nowhere in the line it
 * stands in (the nearest enclosing element with more to say than the initials), a line of inline parts: an
 * assignee drawn only as an avatar in a task's row, not one beside its name.
 */
function isLoneAvatar(el: Element): boolean {
  const initials = collapse(el.textContent ?? "");
  const name = collapse(el.getAttribute("aria-label") ?? el.getAttribute("title") ?? "");
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u.test(name) || name.length > 60) return false;
  let line: Element | null = el.parentElement;
  while (line && collapse(line.textContent ?? "") === initials) line = line.parentElement;
  // (In a line of its own, over a paragraph, a reply's author: a picture, left out as before.)
  return !!line && !collapse(line.textContent ?? "").includes(name) && !line.querySelector("p, div, li, h1, h2, h3, h4, h5, h6, table");
}

/** Whether an empty element drawn as a check box is ticked; undefined when it is not one. */
function drawnCheckbox(node: HTMLElement): boolean | undefined {
  // (Its attributes first: the text of every element walked is not read.)
  const checked = (node.getAttribute("aria-checked") ?? "").toLowerCase();
  const byRole = (node.getAttribute("role") ?? "").toLowerCase() === "checkbox" && (checked === "true" || checked === "false");
  const state = /(?:^|\s)checkbox[-_](on|off|checked|unchecked)(?:$|\s)/i.exec(node.getAttribute("class") ?? "")?.[1]?.toLowerCase();
  if (!byRole && !state) return undefined;
  if (node.tagName?.toLowerCase() === "input" || collapse(node.text)) return undefined;
  // (Not a grid's row selector, "Select row": a control, not a state of the row.)
  if (/\bselect\b/i.test(node.getAttribute("aria-label") ?? node.getAttribute("title") ?? "")) return undefined;
  return byRole ? checked === "true" : state === "on" || state === "checked";
}

/** A row of people's initials badges and nothing else (a board's members in its header, "DA KO MI LS"). */
function isFacepile(el: Element): boolean {
  const faces = [...el.children];
  return faces.length >= 3 && faces.every((f) => /^\p{Lu}{1,3}$/u.test(collapse(f.textContent ?? "")) && (/initials/i.test(f.outerHTML) || f.hasAttribute("title")));
}

/** Elements whose content is never text for the reader. */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "svg",
  "math",
  "head",
  "iframe",
  "object",
  "embed",
  "canvas",
  "select",
  "button",
  "map",
]);

/** Elements that start and end a block (their text is a line of its own). */
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "blockquote",
  "address",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "details",
  "summary",
  "dl",
  "dt",
  "dd",
  "center",
  "caption",
  "legend",
  "body",
  "html",
]);

type BlockKind = "para" | "heading" | "item" | "row" | "pre" | "line";

interface Block {
  kind: BlockKind;
  text: string;
  /** The first row of a table: a blank line keeps it apart from a table just before it. */
  opensTable?: boolean;
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/** Collects text into blocks while walking the tree. */
class Collector {
  readonly blocks: Block[] = [];
  private buf = "";
  /** Level of the last heading written: the rows of a layout table nest one level below it. */
  lastLevel = 1;

  inline(s: string): void {
    this.buf += s;
  }

  /** End the current block (if it has text). */
  flush(kind: BlockKind = "para", prefix = ""): void {
    // (A table a program printed with box-drawing characters in preformatted text: its rows, as cells.)
    const text = kind === "pre" ? gridTablesToRows(boxDrawingToGrid(this.buf.replace(/^\n+|\s+$/g, ""))) : collapse(this.buf);
    this.buf = "";
    if (text) this.blocks.push({ kind, text: prefix + text });
  }

  push(block: Block): void {
    this.flush();
    this.blocks.push(block);
  }
}

interface WalkContext {
  pre: boolean;
  /** Inside a table cell: line breaks become spaces. */
  inCell: boolean;
  listDepth: number;
  /** Headings are written at this level or deeper (inside a layout table's row). */
  minLevel?: number;
  /** Level of the heading a fieldset's legend is written at (one below the fieldset around it). */
  fieldsetLevel?: number;
  /** Blocks run on in the current line (a field's value read on its label's line). */
  runOn?: boolean;
}

/** Elements whose text is struck through. */
const STRUCK_TAGS = new Set(["s", "del", "strike"]);

/** Values already read on their label's line. */
const readBesideLabel = new WeakSet<Node>();

/** Tags whose content is more than a line: a value holding one is read below its label, not on its line. */
const MULTI_LINE = new Set(["p", "table", "ul", "ol", "li", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dl"]);

/** A field's value in an element of its own beside its label (a form's row: the label in one column, the field in the next), short enough to be one line. */
function oneLineValue(node: HTMLElement): HTMLElement | undefined {
  const value = node.nextElementSibling;
  if (!value || !BLOCK.has(tagOf(value)) || collapse(value.text).length > 200) return undefined;
  // (A lookup field's value is a list of one linked item, "Lead contact" over "• Wilhelmina Cotterell-Bain".)
  const items = (list: HTMLElement) => list.childNodes.filter((c) => c instanceof HTMLElement && tagOf(c) === "li").length;
  const oneItem = (el: HTMLElement) => (/^[uo]l$/.test(tagOf(el)) && items(el) === 1) || (tagOf(el) === "li" && !!el.parentNode && /^[uo]l$/.test(tagOf(el.parentNode)) && items(el.parentNode) === 1);
  return value.querySelectorAll("*").some((el) => MULTI_LINE.has(tagOf(el)) && !oneItem(el)) ? undefined : value;
}

const LABEL_CLASS = /^(?:[\w-]*[-_])?label$/i;

/** Parts of an accordion heading's button that are not its text: the "Show" toggle, an icon. */
function isHeadingAside(node: HTMLElement): boolean {
  return node.getAttribute("data-nosnippet") !== undefined || node.getAttribute("aria-hidden") === "true" || /(?:^|[-_\s])(?:toggle|icon|chevron)(?:$|[-_\s])/i.test(node.getAttribute("class") ?? "");
}

/** The summary line an accordion's heading button shows under its title ("The ten members and their roles"). */
function isHeadingSummary(node: HTMLElement): boolean {
  return /(?:^|[-_\s])summary(?:$|[-_\s])/i.test(node.getAttribute("class") ?? "");
}

/** A numbered item's title, one level under a page's title and its subtitle. */
const ITEM_TITLE_LEVEL = 3;
const ITEM_TITLE_CLASS = /(?:item|title|heading)/i;

/**
 * A block whose class names it an item or a title, holding a short line that opens with the item's number
 * ("6. Public Rescue Equipment Fund: Round 2 Awards") and nothing set as blocks of its own.
 */
function isItemTitle(node: HTMLElement): boolean {
  if (!BLOCK.has(tagOf(node)) || !node.classList || ![...node.classList.values()].some((c) => ITEM_TITLE_CLASS.test(c))) return false;
  if (node.querySelector("div, p, table, ul, ol, li, h1, h2, h3, h4, h5, h6, br")) return false;
  const text = collapse(node.text);
  return text.length <= 200 && /^\d{1,3}(?:\.\d{1,2})?\.?\s+\p{Lu}/u.test(text) && !/[.;:]$/.test(text);
}

/** An element the page marks as a field's label, a value beside it. */
function isFieldLabel(node: HTMLElement): boolean {
  if (!node.classList || ![...node.classList.values()].some((c) => LABEL_CLASS.test(c))) return false;
  const value = node.nextElementSibling;
  return !!value && collapse(value.text) !== "" && ![...(value.classList?.values() ?? [])].some((c) => LABEL_CLASS.test(c)) && collapse(node.text).length <= 60;
}

/**
 * A tab's panel: hidden until its tab is chosen, but the page's content all the same (a meeting page's
 * Attendance, Minutes and Actions tabs).
 */
function isTabPanel(node: HTMLElement): boolean {
  return (node.getAttribute("role") ?? "").trim().toLowerCase() === "tabpanel";
}

/** Elements that say by their ARIA role what table part they are (a grid of `<div>`s and `<span>`s). */
const ROLE_TAGS: Record<string, string> = {
  table: "table",
  grid: "table",
  rowgroup: "tbody",
  row: "tr",
  columnheader: "th",
  rowheader: "th",
  cell: "td",
  gridcell: "td",
};

/** The element's tag, or the table tag its ARIA role stands for. */
function tagOf(node: Node): string {
  if (!(node instanceof HTMLElement)) return "";
  const role = node.getAttribute("role")?.trim().toLowerCase();
  return (role && ROLE_TAGS[role]) || (node.rawTagName ?? "").toLowerCase();
}

function walk(node: Node, out: Collector, ctx: WalkContext): void {
  if (readBesideLabel.has(node)) return;
  if (node.nodeType === NodeType.TEXT_NODE) {
    // (Preformatted text is kept raw by the parser: a highlighter's <span>s are its markup, not its text.)
    const raw = (node as TextNode).rawText;
    const text = ctx.pre && /<[a-z/][^>]*>/i.test(raw) ? parse(raw.replace(/<[^>]*>/g, "")).text : (node as TextNode).text;
    out.inline(ctx.pre ? text : text.replace(/[\s\u00a0]+/g, " "));
    return;
  }
  if (!(node instanceof HTMLElement)) return; // comments
  const tag = tagOf(node);
  // (A button in a table's cell is the cell's content: a column's sort button holds its name, a person
  // column's button the person's. One that only draws a glyph, a group's "⌄" toggle, says nothing.)
  const cellButton = tag === "button" && ctx.inCell && /[\p{L}\p{N}]/u.test(node.text);
  // (An icon drawn as an image, role="img", says its title or label, as a screen reader reads it: a poll's
  // "Yes", "If need be", "No" in each cell. An icon with neither is decoration.)
  // (Not a chart drawn with words of its own, <text> labels: that is read, or left, as a chart.)
  if (tag === "svg" && (node.getAttribute("role") ?? "").toLowerCase() === "img" && node.getAttribute("aria-hidden") !== "true" && !node.querySelector("text")) {
    const said = collapse(node.querySelector("title")?.text ?? node.getAttribute("aria-label") ?? "");
    if (said) out.inline(` ${said} `);
    return;
  }
  if (SKIP.has(tag) && !cellButton) return;
  if ((node.getAttribute("hidden") !== undefined && !isTabPanel(node)) || node.getAttribute("aria-hidden") === "true") return;
  if (/display\s*:\s*none/i.test(node.getAttribute("style") ?? "") && !isTabPanel(node)) return;
  if ((node.getAttribute("role") ?? "").toLowerCase() === "navigation") return;
  // (A person's avatar drawn as their initials, "IT" in a circle beside "Imelda Thornycroft": a picture of
  // the name beside it, not words of the page.)
  if (isAvatarInitials(node.getAttribute("class"), node.text)) return;
  // (A heading's permalink, "¶" or "#" linking to itself, as notebooks and documentation sites add them.)
  if (tag === "a" && /^#/.test(node.getAttribute("href") ?? "") && /^\s*[¶#§🔗]\s*$/u.test(node.text)) return;

  // Text struck through (an invitation's old time above the new one, a schedule of changes) is written
  // "~~struck~~", as the Word loader writes it: the reader sees it is no longer so.
  if (STRUCK_TAGS.has(tag) || /text-decoration[^;"]*line-through/i.test(node.getAttribute("style") ?? "")) {
    if (!collapse(node.text)) return;
    out.inline("~~");
    for (const c of node.childNodes) walk(c, out, { ...ctx, runOn: true });
    out.inline("~~");
    return;
  }
  // (A box drawn ticked or not by its state alone, an empty element: role="checkbox" with aria-checked, as a
  // task list draws it, or a class, "checkbox checkbox-on", as a notes app exports a property.)
  const drawn = drawnCheckbox(node);
  if (drawn !== undefined) {
    out.inline(drawn ? "☑ " : "☐ ");
    return;
  }
  switch (tag) {
    case "input":
      // A ticked box, as a task list or a notes app draws an action's state (a glyph, not a word: quotes
      // of the line are unchanged).
      if ((node.getAttribute("type") ?? "").toLowerCase() === "checkbox") out.inline(node.getAttribute("checked") !== undefined ? "☑ " : "☐ ");
      return;
    case "br":
      if (ctx.inCell || ctx.pre || ctx.runOn) out.inline(ctx.pre ? "\n" : " ");
      else out.flush("line");
      return;
    case "hr":
      out.flush();
      return;
    case "img": {
      // An image's text alternative is what it says ("Direction of travel: worsening"); decorative images
      // (alt="") say nothing.
      // (Nor does a portrait's, "Profile picture of Jo Bloggs", beside the name it pictures, nor a logo's.)
      const alt = collapse(node.getAttribute("alt") ?? "");
      if (alt && !PORTRAIT_OR_LOGO.test(alt)) out.inline(` ${alt} `);
      return;
    }
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6": {
      out.flush();
      // An accordion's heading is a button: its text is the heading, without the "Show" toggle; the summary
      // line beside it is a line of its own under the heading.
      const summaries: HTMLElement[] = [];
      const readHeading = (n: Node): void => {
        if (n instanceof HTMLElement && tagOf(n) === "button") {
          for (const c of n.childNodes) {
            if (c instanceof HTMLElement && isHeadingSummary(c)) summaries.push(c);
            else if (!(c instanceof HTMLElement) || !isHeadingAside(c)) readHeading(c);
          }
          return;
        }
        if (n instanceof HTMLElement && n.childNodes.some((c) => c instanceof HTMLElement && tagOf(c) === "button")) {
          for (const c of n.childNodes) readHeading(c);
          return;
        }
        // (A heading's own blocks are parts of its one line: a debate record's speaker heading sets the name
        // and the constituency in <div>s, "Cordelia Jowett-Farouk" "(Caldersey North) (Lab)".)
        walk(n, out, { ...ctx, runOn: true });
      };
      for (const c of node.childNodes) readHeading(c);
      if (ctx.inCell) out.flush();
      else {
        const level = Math.min(6, Math.max(Number(tag[1]), ctx.minLevel ?? 1));
        out.flush("heading", `${"#".repeat(level)} `);
        out.lastLevel = level;
      }
      for (const summary of summaries) {
        walk(summary, out, ctx);
        out.flush();
      }
      return;
    }
    case "pre": {
      out.flush();
      for (const c of node.childNodes) walk(c, out, { ...ctx, pre: true });
      out.flush(ctx.inCell ? "para" : "pre");
      return;
    }
    case "ul":
    case "ol":
    case "menu": {
      out.flush();
      for (const li of node.childNodes) {
        if (tagOf(li) !== "li") {
          walk(li, out, ctx);
          continue;
        }
        // In a table cell the items are folded into the cell's line, separated by "; " (no markers). A
        // numbered list's numbers are drawn by the browser (or Word), not written in the text, so a quote
        // never shows one: its items are marked as a list, the number typed in an item's text ("1. develop
        // …") kept as written.
        const numbered = tag === "ol" && TYPED_NUMBER.test(collapse((li as HTMLElement).text));
        // (A numbered list broken by paragraphs, each item a list of its own, as a Google Doc pastes its
        // numbered headings, "<ol start="5"><li>Stove Swap Fund</li></ol>", shows the number the browser
        // draws: with it the line is the item it numbers, without it a bullet point.)
        const shown = !ctx.inCell && !numbered && interruptedListNumber(node, li as HTMLElement);
        const marker = ctx.inCell || numbered ? "" : shown ? `${shown}. ` : "- ";
        const indent = ctx.inCell ? "" : "  ".repeat(ctx.listDepth);
        walkListItem(li as HTMLElement, out, { ...ctx, listDepth: ctx.listDepth + 1 }, indent + marker);
      }
      out.flush();
      return;
    }
    case "li": // stray <li> outside a list
      walkListItem(node, out, { ...ctx, listDepth: ctx.listDepth + 1 }, ctx.inCell ? "" : "- ");
      return;
    case "dl":
      if (!ctx.inCell && walkDefinitionList(node, out, ctx)) return;
      break;
    case "fieldset": {
      // A fieldset's legend is the heading of the fields it frames ("Contact officer" over Name, Phone …):
      // a level below the fieldset around it (the second level in a page), and what it frames below it.
      const legend = node.childNodes.find((c): c is HTMLElement => c instanceof HTMLElement && tagOf(c) === "legend");
      if (!legend || ctx.inCell) break;
      const level = Math.min(6, ctx.fieldsetLevel ?? 2);
      out.flush();
      walk(legend, out, { ...ctx, runOn: true });
      out.flush("heading", `${"#".repeat(level)} `);
      const inner = { ...ctx, fieldsetLevel: level + 1, minLevel: Math.max(ctx.minLevel ?? 1, level + 1) };
      for (const c of node.childNodes) if (c !== legend) walk(c, out, inner);
      out.flush();
      return;
    }
    case "label":
      // (A label only screen readers hear, an editor's "Rich Text Editor", is not on the page.)
      if (/(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|[\w-]*voice-label)(?:\s|$)/.test(node.getAttribute("class") ?? "")) return;
      // A form control's label ("Show decisions with status" over a drop-down) says nothing without it.
      if (node.getAttribute("for") !== undefined || node.querySelector("input, select, textarea")) return;
      break;
    case "table":
      out.flush();
      // (A "grid" by its role that holds a real table, not rows of its own, is the table's wrapper.)
      if ((node.rawTagName ?? "").toLowerCase() !== "table" && tableRows(node).length === 0) {
        for (const c of node.childNodes) walk(c, out, ctx);
        out.flush();
        return;
      }
      if (ctx.inCell) {
        // a table inside a cell: its rows become running text of the cell
        for (const row of tableRows(node)) out.inline(` ${row.join(" ")} `);
        return;
      }
      // (A row of links to the page's own parts, a workbook's sheet tabs, is its navigation.)
      if (isAnchorBar(node)) return;
      // (A table its page says is only for layout, as an e-mail's template marks them, role "presentation",
      // holding one cell: the cell's content, as the reader sees it.)
      const onlyCell = /^(?:presentation|none)$/i.test((node.getAttribute("role") ?? "").trim()) ? ownRows(node) : [];
      if (onlyCell.length === 1 && cellsOf(onlyCell[0]!).length === 1) {
        for (const child of cellsOf(onlyCell[0]!)[0]!.childNodes) walk(child, out, ctx);
        return;
      }
      if (isLayoutTable(node)) {
        walkLayoutTable(node, out, ctx);
        return;
      }
      // (Its caption, "Table 1: Performance measures", is its title, above it as a browser shows it.)
      for (const caption of node.childNodes.filter((c) => tagOf(c) === "caption")) {
        const text = collapse((caption as HTMLElement).text);
        if (text) out.push({ kind: "para", text });
      }
      for (const block of gridBlocks(withoutSheetHeadings(tableRows(node)), headRowCount(node))) out.push(block);
      return;
    default:
      break;
  }
  // A field's label set apart by its class ("field-label" beside "field-value"): "Label: value".
  if (isFieldLabel(node)) {
    out.inline(` ${collapse(node.text).replace(/\s*:$/, "")}: `);
    const value = oneLineValue(node);
    if (value) {
      // (A lookup's list of one item is that item's words on the label's line.)
      const item = value.querySelector("li");
      const only = item && collapse(item.text) === collapse(value.text) ? item : value;
      for (const c of only.childNodes) walk(c, out, { ...ctx, runOn: true });
      readBesideLabel.add(value);
    }
    return;
  }
  // A numbered item's title set apart by its class, not by a heading tag ("<div class="AgendaItem">6.
  // <span class="AgendaItemTitle">Round 2 Awards</span>", as meeting portals publish minutes): a heading.
  if (!ctx.inCell && !ctx.runOn && isItemTitle(node)) {
    out.flush();
    for (const c of node.childNodes) walk(c, out, { ...ctx, runOn: true });
    const level = Math.min(6, Math.max(ITEM_TITLE_LEVEL, ctx.minLevel ?? 1));
    out.flush("heading", `${"#".repeat(level)} `);
    return;
  }
  const block = BLOCK.has(tag) && !ctx.runOn;
  if (!block && touchesFieldBefore(node)) out.inline(" ");
  if (block) out.flush();
  // (A block run on in a line is words apart from its neighbours: "◉ Yes" "◯ No".)
  else if (ctx.runOn && BLOCK.has(tag)) out.inline(" ");
  for (const c of node.childNodes) walk(c, out, ctx);
  if (block) out.flush();
  else if (ctx.runOn && BLOCK.has(tag)) out.inline(" ");
  else if (tag === "td" || tag === "th") out.inline(" ");
}

/**
 * A card's fields set side by side by the page's style sheet, not by spaces: "<a class="name">Cllr Ann
 * Lee</a><span class="role">Chair · Ashwold</span>". Written together they would make one word
 * ("LeeChair"), so a field that touches the field before it, each with its own class, and starts a new
 * word (a capital after a letter or digit) is kept a word apart. (Word's HTML splits a word into spans
 * too, "<span lang=EN-GB>Wol</span><span lang=EN-GB>singham</span>", without classes or a capital.)
 */
function touchesFieldBefore(node: HTMLElement): boolean {
  const before = node.previousSibling;
  if (!(before instanceof HTMLElement) || !before.getAttribute("class") || !node.getAttribute("class")) return false;
  return /[\p{L}\p{N})]$/u.test(before.text) && /^\p{Lu}/u.test(node.text);
}

/**
 * A definition list as "Term: value" lines, the way a front sheet writes its labels ("Lead: Jo Bloggs",
 * "RAG: Amber"); a value of several paragraphs or a list follows its "Term:" line as blocks of its own.
 * Pairs may be wrapped in <div>s (HTML5). Returns false when the list has no terms.
 */
function walkDefinitionList(dl: HTMLElement, out: Collector, ctx: WalkContext): boolean {
  const items: HTMLElement[] = [];
  const collect = (el: HTMLElement) => {
    for (const c of el.childNodes) {
      const t = tagOf(c);
      if (t === "dt" || t === "dd") items.push(c as HTMLElement);
      else if (t === "div") collect(c as HTMLElement);
    }
  };
  collect(dl);
  if (!items.some((i) => tagOf(i) === "dt")) return false;
  out.flush();
  let term = "";
  // The line of the last term's value: a second value of the same term ("Member Services Officer", then
  // "020 7946 0456") stays on it, as a summary list's row reads.
  let line: { kind: "para"; text: string } | undefined;
  for (const item of items) {
    if (tagOf(item) === "dt") {
      if (term) out.push({ kind: "para", text: `${term}:` });
      term = collapse(item.text).replace(/:$/, "");
      line = undefined;
      continue;
    }
    const complex = item.querySelectorAll("p, ul, ol, table, h1, h2, h3, h4, h5, h6, dl").length > 1 || item.querySelector("ul, ol, table, dl");
    if (!complex) {
      const value = collapse(item.text);
      if (!term && line && value) line.text += ` | ${value}`;
      else if (term || value) out.push((line = { kind: "para", text: term ? `${term}: ${value}` : value }));
    } else {
      if (term) out.push({ kind: "para", text: `${term}:` });
      for (const c of item.childNodes) walk(c, out, ctx);
      out.flush();
      line = undefined;
    }
    term = "";
  }
  if (term) out.push({ kind: "para", text: `${term}:` });
  return true;
}

/** An item that starts with its own number or letter: "1.", "2)", "(a)", "b)", "9.1". */
const TYPED_NUMBER = /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)]|\([ivx]{1,5}\))\s/i;

/** Rows of the table itself (not of tables nested in its cells). */
function ownRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const collect = (el: HTMLElement) => {
    for (const c of el.childNodes) {
      const t = tagOf(c);
      if (t === "tr") rows.push(c as HTMLElement);
      else if (t === "thead" || t === "tbody" || t === "tfoot") collect(c as HTMLElement);
    }
  };
  collect(table);
  return rows;
}

const cellsOf = (tr: HTMLElement) => tr.childNodes.filter((c): c is HTMLElement => tagOf(c) === "td" || tagOf(c) === "th");

/**
 * A table used to lay out sections: some cell holds headings, or (in a table without a row of column
 * headers) a table or several paragraphs. A data table's progress column may run to several paragraphs,
 * and an agenda's item may hold a small table of its own.
 */
function isLayoutTable(table: HTMLElement): boolean {
  const rows = ownRows(table);
  const headed = hasColumnHeaders(rows);
  // A minutes template's table ("Item | Decisions and actions | Action by") is laid out in sections even
  // under a header row: its cells open with a bold title and go on to paragraphs and lists.
  if (headed && rows.filter((tr) => cellsOf(tr).some(opensWithTitle)).length >= 2) return true;
  return rows.some((tr) =>
    cellsOf(tr).some((cell) => {
      const inner = cell.querySelectorAll("*").map(tagOf);
      // (Several short paragraphs are one value written on several lines: a contact's name, post, phone.)
      if (inner.some((t) => /^h[1-6]$/.test(t))) return true;
      return !headed && (inner.includes("table") || (inner.filter((t) => t === "p").length >= 3 && collapse(cell.text).length >= 400));
    }),
  );
}

/** The number a one-item numbered list shows (its `start`, or 1), when its item is a short line of its own. */
function interruptedListNumber(list: HTMLElement, li: HTMLElement): number | undefined {
  if (tagOf(list) !== "ol" || list.childNodes.filter((c) => tagOf(c) === "li").length !== 1) return undefined;
  // (Not an item whose own text opens with a number, "2.1 The Panel will:": Word's numbers written in.)
  if (li.querySelector("ul, ol, table") || collapse(li.text).length > 150 || /^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s/.test(collapse(li.text))) return undefined;
  const type = list.getAttribute("type");
  if ((type && type !== "1") || /list-style(?:-type)?\s*:\s*none/i.test(`${list.getAttribute("style") ?? ""} ${li.getAttribute("style") ?? ""}`)) return undefined;
  const startOf = (ol: HTMLElement) => Number(ol.getAttribute("start") ?? "1");
  const start = startOf(list);
  if (!Number.isInteger(start) || start < 1 || start >= 1000) return undefined;
  // (Broken, not a list of one: it goes on from an earlier list, or a later one goes on from it.)
  const siblings = list.parentNode?.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && tagOf(c) === "ol") ?? [];
  const goesOn = list.getAttribute("start") !== undefined && start > 1;
  const goneOn = siblings.slice(siblings.indexOf(list) + 1).some((ol) => ol.getAttribute("start") !== undefined && startOf(ol) === start + 1);
  return goesOn || goneOn ? start : undefined;
}

const blockChildren = (el: HTMLElement) => el.childNodes.filter((c): c is HTMLElement => ["p", "ul", "ol", "div", "table"].includes(tagOf(c)));
/** A paragraph that is all bold: a title, or a name in a column of owners. */
const isBoldParagraph = (p: HTMLElement) => tagOf(p) === "p" && !!collapse(p.text) && p.querySelectorAll("strong, b").map((b) => collapse(b.text)).join(" ") === collapse(p.text);

/** A cell whose first paragraph is a bold title (not a "Label:"), followed by at least two more blocks. */
function opensWithTitle(cell: HTMLElement): boolean {
  const blocks = blockChildren(cell);
  const first = blocks[0];
  const title = first ? collapse(first.text) : "";
  return !!first && blocks.length >= 3 && isBoldParagraph(first) && title.length <= 120 && /[A-Za-z]{3}/.test(title) && !/:$/.test(title);
}

/**
 * A cell of short paragraphs beside a section ("Ravi Merrifield" / "by 30 September 2027"): its entries,
 * each a bold line and the lines under it, read as one line apiece. Undefined for any other cell.
 */
function shortEntries(cell: HTMLElement): string[] | undefined {
  const blocks = blockChildren(cell);
  if (blocks.length < 2 || blocks.some((b) => tagOf(b) !== "p" || collapse(b.text).length > 80)) return undefined;
  const entries: string[][] = [];
  for (const p of blocks) {
    if (!collapse(p.text)) continue;
    if (entries.length === 0 || isBoldParagraph(p)) entries.push([]);
    entries[entries.length - 1]!.push(collapse(p.text));
  }
  return entries.map((e) => e.join(" "));
}

/** A cell's one paragraph that is a sentence or a list entry, not a title: it ends as a sentence does. */
const PARALLEL_ENTRY = /\S\s+\S[\s\S]*[.;:,]$|^\(?[a-z0-9]{1,3}[.)]\s+\S/i;

/** A first row of three or more short header cells (`<th>`), as a data table has and a layout table does not. */
function hasColumnHeaders(rows: HTMLElement[]): boolean {
  const first = rows[0] ? cellsOf(rows[0]) : [];
  return first.length >= 3 && first.every((c) => tagOf(c) === "th" && collapse(c.text).length <= 60);
}

/**
 * A layout table's rows as sections: the opening line of each cell ("3." and the item's title) together
 * as a heading one level below the page's last heading, then the rest of each cell's content in order.
 */
function walkLayoutTable(table: HTMLElement, out: Collector, ctx: WalkContext): void {
  const rowLevel = Math.min(6, out.lastLevel + 1);
  const headed = hasColumnHeaders(ownRows(table));
  for (const tr of ownRows(table)) {
    const cells = cellsOf(tr);
    const parts = cells.map((cell) => {
      const sub = new Collector();
      sub.lastLevel = rowLevel;
      for (const c of cell.childNodes) walk(c, sub, { ...ctx, minLevel: rowLevel + 1 });
      sub.flush();
      return sub.blocks;
    });
    const isHeaderRow = cells.every((c) => tagOf(c) === "th");
    // A label beside its value ("Purpose of report" | "For decision.", or a value of several paragraphs or
    // a table of its own) is a row of labels, as in any front sheet: the label with the value's first line.
    // (Empty spacer cells between and around them, as a report engine's grid places its boxes, are nothing.)
    const boxes = parts.filter((blocks) => blocks.length > 0);
    // (The label may be set as a heading, "When" as an invitation's <h3> beside the time.)
    const label = boxes[0]?.length === 1 && (boxes[0][0]!.kind === "para" || boxes[0][0]!.kind === "heading") ? boxes[0][0]!.text.replace(/^#+\s+/, "") : undefined;
    if (boxes.length === 2 && (cells.length === 2 || boxes.length < cells.length) && !isHeaderRow && label && label.length <= 40 && label.split(/\s+/).length <= 6 && !/[.;]$/.test(label)) {
      const value = boxes[1]!;
      const first = value[0] && (value[0].kind === "para" || value[0].kind === "item") ? value[0] : undefined;
      out.push(first ? { kind: "row", text: `${label}\t${first.text}` } : { kind: "para", text: label });
      for (const b of first ? value.slice(1) : value) out.push(b);
      continue;
    }
    // Two cells that each hold a sentence or a list entry, a text beside its translation ("(a) nodi
    // perfformiad …;" | "(a) notes performance …;"), are two paragraphs, one after the other: not a title.
    const single = boxes.every((blocks) => blocks.length === 1 && blocks[0]!.kind === "para");
    if (boxes.length === 2 && single && !isHeaderRow && boxes.every((blocks) => PARALLEL_ENTRY.test(blocks[0]!.text))) {
      for (const blocks of boxes) out.push(blocks[0]!);
      continue;
    }
    // The opening block of each cell, when it is a short line of text, names the row: up to the first
    // cell that opens with words ("3" | "Performance report" | …); later cells' openings are their content.
    const opening = parts.map((blocks) => (blocks[0] && blocks[0].kind !== "heading" && blocks[0].kind !== "row" && blocks[0].text.length <= 200 ? blocks[0] : undefined));
    // Columns of a page laid out side by side (a newsletter's story beside its "Your Panel" box): each
    // cell is a section of its own, titled by its own opening, read one after the other.
    const sideBySide = !headed && !isHeaderRow && parts.filter((blocks) => blocks.length >= 2).length >= 2 && opening.every((b) => !b || b.text.split(/\s+/).length >= 2);
    if (sideBySide) {
      parts.forEach((blocks, k) => {
        const own = opening[k];
        if (own) out.push({ kind: "heading", text: `${"#".repeat(rowLevel)} ${own.text}` });
        for (const b of own ? blocks.slice(1) : blocks) out.push(b);
      });
      continue;
    }
    // (Only under a header row, as a minutes template has: a table without one keeps its openings together.)
    const named = isHeaderRow || !headed ? -1 : opening.findIndex((b) => !!b && /[A-Za-z]{3}/.test(b.text) && (opensWithTitle(cells[opening.indexOf(b)]!) || b.text.split(/\s+/).length >= 2));
    const titled = opening.map((b, k) => (named < 0 || k <= named ? b : undefined));
    const title = titled.filter((b): b is Block => !!b).map((b) => b.text).join(" ");
    if (title) out.push({ kind: isHeaderRow ? "para" : "heading", text: isHeaderRow ? title : `${"#".repeat(rowLevel)} ${title}` });
    parts.forEach((blocks, k) => {
      // (A column of owners beside the section: one line per owner, with the date under the name.)
      const entries = !titled[k] && named >= 0 && k > named ? shortEntries(cells[k]!) : undefined;
      if (entries) for (const e of entries) out.push({ kind: "para", text: e });
      else for (const b of titled[k] ? blocks.slice(1) : blocks) out.push(b);
    });
  }
  out.lastLevel = rowLevel;
}

function walkListItem(li: HTMLElement, out: Collector, ctx: WalkContext, marker: string): void {
  out.flush();
  let wroteMarker = false;
  const sub = new Collector();
  // The item's own text up to a nested list is one line; nested lists follow as their own items.
  for (const c of li.childNodes) {
    const t = tagOf(c);
    if (t === "ul" || t === "ol") {
      sub.flush();
      if (sub.blocks.some((b) => b.kind === "heading")) {
        // An item holding a heading is a section set out as a list item (a decision notice's
        // <li><h3>5. Title</h3><p>…</p></li>): its blocks are written as they are.
        for (const b of sub.blocks.splice(0)) out.push(b);
        wroteMarker = true;
      }
      for (const b of sub.blocks.splice(0)) {
        out.push({ kind: "item", text: (wroteMarker ? "" : marker) + b.text });
        wroteMarker = true;
      }
      if (!wroteMarker) {
        // empty item text before the nested list: keep the marker out of the output
        wroteMarker = true;
      }
      walk(c, out, ctx);
    } else {
      walk(c, sub, { ...ctx, inCell: ctx.inCell });
    }
  }
  sub.flush();
  if (sub.blocks.some((b) => b.kind === "heading")) {
    for (const b of sub.blocks) out.push(b);
    return;
  }
  // (An item whose details are wrapped in a block, "<li><div>title</div><div><p>…</p><p>…</p><ul>…</ul>
  // </div></li>" (an agenda point and its collapsed panel), is its first line; the paragraphs and the list
  // inside keep their own lines rather than running on into one.)
  if (sub.blocks.length > 2 && sub.blocks.some((b) => b.kind === "item")) {
    const [head, ...rest] = sub.blocks;
    out.push({ kind: "item", text: (wroteMarker ? "" : marker) + head!.text });
    for (const b of rest) out.push(b);
    return;
  }
  const texts = sub.blocks.map((b) => b.text);
  if (texts.length) out.push({ kind: "item", text: (wroteMarker ? "" : marker) + texts.join(" ") });
}

/** The rows of a table's <thead>, the rows of its column names. */
function headRowCount(table: HTMLElement): number {
  const head = table.childNodes.find((c) => tagOf(c) === "thead");
  return head ? head.childNodes.filter((c) => tagOf(c) === "tr").length : 0;
}

/**
 * The rows of a table (not of tables nested in it), each a list of folded cell texts, spans padded. A
 * <tfoot> (a key, a total) is read after the body, where a browser draws it, wherever the source puts it.
 */
function tableRows(table: HTMLElement): string[][] {
  const trs: HTMLElement[] = [];
  const footer: HTMLElement[] = [];
  const collect = (el: HTMLElement, into: HTMLElement[]) => {
    for (const c of el.childNodes) {
      const t = tagOf(c);
      if (t === "tr") into.push(c as HTMLElement);
      else if (t === "thead" || t === "tbody") collect(c as HTMLElement, into);
      else if (t === "tfoot") collect(c as HTMLElement, footer);
    }
  };
  collect(table, trs);
  trs.push(...footer);
  const rows: string[][] = [];
  // columns still covered by a rowspan from an earlier row: column index -> rows left
  const pending = new Map<number, number>();
  for (const tr of trs) {
    const row: string[] = [];
    const takePending = () => {
      while ((pending.get(row.length) ?? 0) > 0) {
        pending.set(row.length, pending.get(row.length)! - 1);
        row.push("");
      }
    };
    for (const c of tr.childNodes) {
      const t = tagOf(c);
      if (t !== "td" && t !== "th") continue;
      takePending();
      const cell = c as HTMLElement;
      const colspan = clampSpan(cell.getAttribute("colspan"));
      const rowspan = clampSpan(cell.getAttribute("rowspan"));
      const col = row.length;
      row.push(cellText(cell));
      for (let k = 1; k < colspan; k++) row.push("");
      if (rowspan > 1) for (let k = 0; k < colspan; k++) pending.set(col + k, rowspan - 1);
    }
    takePending();
    rows.push(row);
  }
  return rows;
}

/**
 * A sheet published as a web page (Google Sheets' "Publish to the web") draws the spreadsheet's own
 * headings: both are dropped, so the sheet's header row is its first (see `sheet-grid.ts`).
 */
function withoutSheetHeadings(rows: string[][]): string[][] {
  if (!isColumnLetterRow(rows[0] ?? [])) return rows;
  const body = rows.slice(1);
  const numbered = body.filter((r) => gridRowNumber(r[0]) !== undefined);
  return numbered.length >= 0.8 * body.length ? body.map((r) => r.slice(1)) : body;
}

/** A table of links to places in the page and nothing else: "Tracker | Budget | Risks", a workbook's sheet tabs. */
function isAnchorBar(table: HTMLElement): boolean {
  const cells = table.querySelectorAll("td, th").filter((c) => collapse(c.text));
  return cells.length >= 2 && cells.every((c) => {
    const links = c.querySelectorAll("a");
    return links.length > 0 && links.every((a) => (a.getAttribute("href") ?? "").startsWith("#")) && collapse(links.map((a) => a.text).join(" ")) === collapse(c.text);
  });
}

/**
 * A row that reads as a table's header: short labels only (a few words, no figures), two of them or more
 * the genre's column names ("Group | Councillor | Council", "Name | Post | Phone | Email").
 */
function isHeaderRow(row: string[] | undefined): boolean {
  const cells = (row ?? []).filter((c) => c !== "");
  return (
    cells.length >= 2 &&
    cells.every((c) => c.length <= 30 && c.split(/\s+/).length <= 3 && !/\d/.test(c) && !/^(?:cllr|councillor)\s+\S/i.test(c)) &&
    cells.filter((c) => columnRole(c)).length >= 2
  );
}

/** A line of a grid that starts its key: "Key", "Legend", "Status key". */
const KEY_TITLE = /^(?:(?:status|rag|colour|color)\s+)?(?:key|legend)\b[^.]{0,40}$/i;

/**
 * A table's rows as blocks. A spreadsheet saved as a web page (Excel's "Save as Web Page") keeps a sheet's
 * title lines, its key and its notes in the same grid as its data, with empty spacer columns between:
 * columns empty in every row are dropped; the lines above the header row (the first row holding most of the
 * columns) are the sheet's title block, read as lines (a line of labels, "Status at: | 30/09/2047 |
 * Prepared by: | …", as a row of its own); a "Key" line after the data starts a table of its own; a note of
 * one cell ending in a full stop is a paragraph. A plain table, whose first row is its header, is unchanged.
 */
function gridBlocks(rows: string[][], headRows = 0): Block[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const used = [...Array(width).keys()].filter((k) => rows.some((r) => (r[k] ?? "") !== ""));
  const kept = rows.filter((r) => r.some((c) => c !== "")).map((r) => used.map((k) => r[k] ?? ""));
  const filled = (r: string[]) => r.filter((c) => c !== "");
  const most = Math.max(0, ...kept.map((r) => filled(r).length));
  // (A <thead> of several rows, spanning cells over the columns' names, is the header, however few its cells.)
  const spanningHead = headRows >= 2 && headRows < kept.length && rows.slice(0, headRows).every((r) => r.some((c) => c !== ""));
  const headerAt = spanningHead ? headRows - 1 : most >= 3 ? Math.max(0, kept.findIndex((r) => filled(r).length >= Math.ceil(most * 0.6))) : 0;
  // A report engine's page grid (Reporting Services' Word export): text boxes placed by empty spacer rows and
  // columns, never more than a label beside its value in a row. A box alone in its row is a paragraph.
  const spacerRows = rows.filter((r) => r.every((c) => c === "")).length;
  const layoutGrid = most <= 2 && spacerRows >= 2 && used.length < width;
  // (A note spanning the table between two of its data rows, a report server's "Commentary: …" under each
  // measure, is the row above's: the table goes on under it.)
  const dataRow = (r: string[] | undefined) => !!r && filled(r).length >= Math.max(3, Math.ceil(most * 0.6)) && !isHeaderRow(r);
  const betweenDataRows = (i: number) => dataRow(kept[i - 1]) && (dataRow(kept[i + 1]) || filled(kept[i + 1] ?? []).length >= 2);
  const blocks: Block[] = [];
  let opens = true;
  // (A key's rows, "G | On track", are as wide as their own cells: not a continuation of the sheet's table.)
  let inKey = false;
  kept.forEach((row, i) => {
    const r = inKey ? row.slice(0, row.length - [...row].reverse().findIndex((c) => c !== "")) : row;
    const cells = filled(r);
    const only = cells.length === 1 ? cells[0]! : undefined;
    if (spanningHead && i <= headerAt) {
      blocks.push({ kind: "row", text: r.join("\t"), ...(i === 0 ? { opensTable: true } : {}) });
      opens = false;
    } else if ((i < headerAt || layoutGrid) && only !== undefined) {
      blocks.push({ kind: "para", text: only });
      opens = true;
    } else if (i === headerAt - 1 && cells.length >= 2 && cells.every((c) => !/:$/.test(c)) && r.every((c, k) => !c || kept[headerAt]![k])) {
      // (A header's top row spanning groups of its columns, "Budget | Actual spend | Year end", is the
      // table's too.)
      blocks.push({ kind: "row", text: r.join("\t"), opensTable: true });
      opens = false;
    } else if (i < headerAt) {
      // (Labels and their values side by side, "Status at: | 30/09/2047 | Prepared by: | …", a line each.)
      const paired = cells.length % 2 === 0 && cells.every((c, k) => (k % 2 === 0) === /:$/.test(c));
      if (paired) for (let k = 0; k < cells.length; k += 2) blocks.push({ kind: "para", text: `${cells[k]} ${cells[k + 1]}` });
      else blocks.push({ kind: "para", text: cells.join(" ") });
      opens = true;
    } else if (i > headerAt && only !== undefined && !KEY_TITLE.test(only) && isHeaderRow(kept[i + 1])) {
      // (A sheet holding several tables, one under another: a block's title line over its own header row,
      // "Substitutes 2086/87" over "Group | Councillor | Council", starts a table of its own.)
      blocks.push({ kind: "para", text: only });
      opens = true;
    } else if (i > headerAt && only !== undefined && (KEY_TITLE.test(only) || (/\.$/.test(only) && only.length > 40 && r.indexOf(only) === r.findIndex((c) => c !== "") && r.slice(r.indexOf(only) + 1).every((c) => c === "") && !betweenDataRows(i)))) {
      blocks.push({ kind: "para", text: only });
      opens = true;
      inKey = KEY_TITLE.test(only);
    } else {
      blocks.push({ kind: "row", text: r.join("\t"), ...(opens ? { opensTable: true } : {}) });
      opens = false;
    }
  });
  return blocks;
}

function clampSpan(v: string | undefined): number {
  const n = Number(v ?? "1");
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), 50) : 1;
}

/** A paragraph that names a councillor first: "Cllr Jo Bloggs – Leeds City Council", "Planning: Cllr Jo Bloggs". */
const COUNCILLOR_ENTRY = /^(?:[^:]{3,60}:\s*)?(?:cllr|councillor)\.?\s/i;

/**
 * A cell's content folded to one line: paragraphs joined by spaces, list items by "; ", and so are
 * paragraphs that each name a councillor (a cell of members, one a paragraph), which would otherwise run
 * one member's council into the next one's name.
 */
function cellText(cell: HTMLElement): string {
  const sub = new Collector();
  for (const c of cell.childNodes) walk(c, sub, { pre: false, inCell: true, listDepth: 0 });
  sub.flush();
  const blocks = sub.blocks.map((b) => ({ kind: b.kind, text: collapse(b.text.replace(/\t/g, " ")) })).filter((b) => b.text);
  const people = blocks.length >= 2 && blocks.every((b) => COUNCILLOR_ENTRY.test(b.text));
  let s = "";
  let prev: (typeof blocks)[number] | undefined;
  for (const b of blocks) {
    if (!s) s = b.text;
    else s += people || (prev?.kind === "item" && b.kind === "item") ? `; ${b.text}` : ` ${b.text}`;
    prev = b;
  }
  return s;
}

/**
 * A calendar card's date box, a month's abbreviation and a day ("MAR" "8"): hidden from screen readers,
 * which read the card's label instead, but what the page shows. Kept, unhidden, its parts words apart.
 */
function keptDateBox(node: Element): boolean {
  if (node.getAttribute("aria-hidden") !== "true" || node.hasAttribute("hidden")) return false;
  const parts = [...node.children].map((c) => collapse(c.textContent ?? ""));
  const shown = parts.length >= 2 ? parts.join(" ") : collapse(node.textContent ?? "");
  if (!new RegExp(`^(?:(?:${MONTH_ABBREVIATIONS})\\.? \\d{1,2}|\\d{1,2} (?:${MONTH_ABBREVIATIONS})\\.?)$`, "i").test(shown)) return false;
  for (const child of [...node.children].slice(0, -1)) child.after(node.ownerDocument.createTextNode(" "));
  node.removeAttribute("aria-hidden");
  return true;
}
const MONTH_ABBREVIATIONS = "jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec";

/** Landmarks and page furniture that are never the document's content. */
const CHROME = [
  "nav",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=search]",
  "[aria-hidden=true]",
  "[hidden]:not([role=tabpanel i])",
  "dialog",
  "[class*=breadcrumb i]",
  // (A pager's arrows and page numbers, "«" "1 – 10" "»".)
  "[class~=pagination i]",
  // (A web app's buttons drawn as links to nowhere on the page, "Grid" "Graph" "Filters".)
  "a[class~=btn i][href^='#']",
  "[id*=breadcrumb i]",
  "[class*=cookie i]",
  "[id*=cookie i]",
  "[class*=consent i]",
  "[class*=skip i]",
  "a[href^='#main' i]",
  "a[href^='#content' i]",
  // (Links that share the page on social media, "Post" under each speech of a debate's record.)
  "a[href*='twitter.com/intent' i]",
  "a[href*='x.com/intent' i]",
  "a[href*='facebook.com/sharer' i]",
  "a[href*='linkedin.com/share' i]",
  "[class~=share-options i]",
].join(", ");

/** An image's text alternative that only names a person's picture or a logo. */
const PORTRAIT_OR_LOGO = /^(?:(?:profile |user )?(?:picture|photo|photograph|image|avatar|headshot)(?: of\b.*)?|.*\b(?:logo|avatar|profile picture|headshot)|photo of .*)$/i;

/** A link that is a control of the page, not a reference: "Reply", "Quote", "Report". */
const UI_ACTION = /^(?:reply|quote|share|report|flag|edit|delete|permalink|like|follow|unfollow|subscribe|bookmark|print|back to top|link to this|(?:show|hide) quoted sections|download|view as html|actions)$/i;
/** A pager's line: "Showing posts 1 to 13 of 13", "Showing 1–10 of 42 results". */
const PAGER = /^showing (?:\w+ )?\d+\s*(?:to|-|–)\s*\d+ of \d+(?: \w+)?$/i;

/**
 * Parts of the page hidden until a tab names them (a published workbook's sheets, shown one at a time by its
 * sheet tabs; a page's tabs that say which panel they control): the page's content all the same, marked as
 * the tab panels they are. A tab names its panel by aria-controls, a link to "#id", or the id in its onclick.
 */
function markTabPanels(document: Document): void {
  const hidden = [...document.querySelectorAll("[id]")].filter((el) => el.hasAttribute("hidden") || /display\s*:\s*none/i.test(el.getAttribute("style") ?? ""));
  if (!hidden.length) return;
  const named = new Set<string>();
  for (const el of [...document.querySelectorAll("[aria-controls], a[href^='#'], [onclick]")]) {
    for (const id of (el.getAttribute("aria-controls") ?? "").split(/\s+/)) if (id) named.add(id);
    const href = el.getAttribute("href") ?? "";
    if (href.startsWith("#") && href.length > 1) named.add(href.slice(1));
    for (const m of (el.getAttribute("onclick") ?? "").matchAll(/['"]([^'"]{1,60})['"]/g)) named.add(m[1]!);
  }
  for (const el of hidden) if (named.has(el.getAttribute("id")!) && !el.getAttribute("role")) el.setAttribute("role", "tabpanel");
  // (A collapsed section's panel, "Terms of reference" under a disclosure button that says it is not
  // expanded, is hidden from screen readers too until clicked open: the page's content all the same. Not a
  // menu's popup, which a button that says it opens one controls.)
  // (Nor a site's menu folded behind a button, its panel mostly links.)
  const disclosed = new Set<string>();
  for (const el of [...document.querySelectorAll("[aria-controls][aria-expanded=false]")]) {
    const popup = el.getAttribute("aria-haspopup");
    if (popup && popup !== "false") continue;
    for (const id of (el.getAttribute("aria-controls") ?? "").split(/\s+/)) if (id) disclosed.add(id);
  }
  const mostlyLinks = (el: Element) => {
    const all = collapse(el.textContent ?? "").length;
    const linked = [...el.querySelectorAll("a")].reduce((n, a) => n + collapse(a.textContent ?? "").length, 0);
    return all === 0 || linked * 2 > all;
  };
  for (const el of hidden) {
    if (disclosed.has(el.getAttribute("id")!) && el.getAttribute("role") === "tabpanel" && !el.querySelector("nav, [role=navigation], [role=menu]") && !mostlyLinks(el)) el.removeAttribute("aria-hidden");
  }
}

/** A weight a heading is set in: "font-weight:600", "bold" (the property itself, not "mso-bidi-font-weight"). */
const HEADING_WEIGHT = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/i;
/**
 * The smallest type, in CSS pixels, a line styled bold must be set in to be a heading: larger than a mail
 * client's 11pt body text (14.7px), so a bold sentence of the body is not one.
 */
const MIN_HEADING_PX = 15;

/** An inline style's font size in CSS pixels ("15px", "11pt", "1.2em"); undefined when it sets none. */
function fontSizePx(style: string): number | undefined {
  const m = /(?:^|;)\s*font-size\s*:\s*([\d.]+)\s*(px|pt|r?em)\b/i.exec(style);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2]!.toLowerCase() === "pt" ? (n * 4) / 3 : m[2]!.toLowerCase() === "px" ? n : n * 16;
}

/**
 * A paragraph styled as a heading, bold and set large ("font-size:15px;font-weight:600"), as a mail
 * template or a workflow's message writes its section titles ("Agenda", "1 Welcome and apologies"): read
 * as the heading it looks like. (A line of a few words, not a sentence nor a label running into its value,
 * "Venue: Room 4"; "Item 4: Sluice contract" and "6 Catering: the partner's plan" are titles.)
 */
function styledHeadings(document: Document): void {
  for (const el of [...document.querySelectorAll("p, div")]) {
    const style = el.getAttribute("style") ?? "";
    if (!HEADING_WEIGHT.test(style) || (fontSizePx(style) ?? 0) < MIN_HEADING_PX) continue;
    // (Nor a button or a link set large, "Reply", "View in Power Automate".)
    if (el.querySelector("p, div, table, ul, ol, li, br, h1, h2, h3, h4, h5, h6, img, a, button")) continue;
    const text = collapse(el.textContent ?? "");
    if (!text || text.length > 100 || /[.:;,!?]$/.test(text) || /^[A-Za-z][^:\s\d]*(?:\s[^:\s\d]+){0,2}:\s/.test(text) || !/\p{L}/u.test(text)) continue;
    const heading = document.createElement("h3");
    heading.textContent = text;
    el.replaceWith(heading);
  }
}

/**
 * The main content of a web page, as HTML, and the page's own title. A fragment (no `<body>`) is returned
 * as it is. Returns undefined when the page cannot be parsed (the caller reads it whole).
 */
export function mainContent(html: string, opts: { article?: boolean } = {}): { html: string; title?: string } | undefined {
  // (Word's tabs are read before the page's styles are dropped with its chrome.)
  html = tabbedParagraphsAsTables(html);
  if (!/<body[\s>]/i.test(html)) return { html };
  let document: Document;
  try {
    document = parseHTML(html).document as unknown as Document;
  } catch {
    return undefined;
  }
  const pageTitle = collapse(document.querySelector("title")?.textContent ?? "") || undefined;
  framesInline(document);
  markTabPanels(document);
  // (Text struck through by its style alone, an alert's old value beside its new one, is marked as struck
  // before an article reader drops the styles that say so.)
  for (const el of [...document.querySelectorAll("[style]")]) {
    if (!/text-decoration[^;"]*line-through/i.test(el.getAttribute("style") ?? "") || STRUCK_TAGS.has(el.tagName.toLowerCase())) continue;
    const struck = document.createElement("del");
    while (el.firstChild) struck.appendChild(el.firstChild);
    el.appendChild(struck);
    el.setAttribute("style", el.getAttribute("style")!.replace(/text-decoration[^;"]*line-through[^;"]*;?/gi, ""));
  }
  chartsAsTables(document);
  classGridsAsTables(document);
  unhideStackedItems(document);
  portraitCaptionsAsText(document);
  labelButtonsAsText(document);
  // (An assignee shown only as an avatar, "KR" labelled "Kwabena Royce-Attah", is what the avatar shows: the
  // initials are all the page says of who it is, though hidden from screen readers, who hear its label.)
  for (const el of [...document.querySelectorAll("[class]")]) {
    if (!el.isConnected || !AVATAR_CLASS.test(el.getAttribute("class") ?? "")) continue;
    const initials = collapse(el.textContent ?? "");
    // (So is one that is a part of a grid's row, under its "Owner" column.)
    if (/^\p{Lu}{1,3}$/u.test(initials) && (isLoneAvatar(el) || !!el.parentElement?.matches("[role=row]"))) el.replaceWith(document.createTextNode(` ${initials} `));
  }
  // (Not a calendar card's date box, "MAR" over "8": hidden from screen readers, which read the card's label
  // instead, but what the page shows.)
  for (const el of [...document.querySelectorAll(CHROME)]) if (!keptDateBox(el)) el.remove();
  // Links set side by side ("More details" "Insights" "87 responses") are words apart, as the page shows them.
  for (const link of [...document.querySelectorAll("a")]) {
    const next = link.nextSibling;
    const after = next?.nodeType === 3 ? (next.textContent ?? "") : next?.nodeType === 1 && (next as Element).tagName.toLowerCase() === "a" ? (next.textContent ?? "") : "";
    if (/[\p{L}\p{N}]$/u.test(link.textContent ?? "") && /^[\p{L}\p{N}]/u.test(after)) link.after(document.createTextNode(" "));
  }
  fillInForm(document);
  stepStates(document);
  // (Avatars go before an article reader strips the classes that say what they are.)
  for (const el of [...document.querySelectorAll("[class]")]) if (el.isConnected && (isAvatarInitials(el.getAttribute("class"), el.textContent ?? "") || initialsBeforeName(el) || isFacepile(el))) el.remove();
  const chat = joinChatMessages(document);
  // Chips set side by side, each a span of its own class ("…their missing Q2 returns" "@Zainab Papadakis"
  // "Due Nov 21, 2063"), are words apart, as the page draws them. (Not a word split over two spans: the next
  // one starts a word of its own, a capital, a figure or an "@".)
  for (const span of [...document.querySelectorAll("span[class]")]) {
    const next = span.nextSibling;
    if (next?.nodeType !== 1 || (next as Element).tagName.toLowerCase() !== "span" || !(next as Element).getAttribute("class")) continue;
    if (/[\p{L}\p{N}.)]$/u.test(span.textContent ?? "") && /^[\p{Lu}\p{N}@#]/u.test(next.textContent ?? "")) span.after(document.createTextNode(" "));
  }
  // Spans side by side as a web app's parts, "<div><span>Clovis Uglow</span><span>is organizing</span></div>",
  // a hidden label's span before its value's, are words apart too. (Not spans inside a paragraph, heading,
  // item or cell: a word processor's export splits its words across spans, "sets o" "ut the main".)
  for (const span of [...document.querySelectorAll("span")]) {
    const next = span.nextSibling;
    const parent = span.parentElement?.tagName.toLowerCase() ?? "";
    if (next?.nodeType !== 1 || (next as Element).tagName.toLowerCase() !== "span" || !/^(?:div|section|header|footer|a|label|dd|dt)$/.test(parent)) continue;
    if ([...span.parentElement!.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? "").trim())) continue;
    if (/[\p{L}\p{N}]$/u.test(span.textContent ?? "") && /^[\p{L}\p{N}]/u.test(next.textContent ?? "")) span.after(document.createTextNode(" "));
  }
  // A card or region titled by one of its own lines (aria-labelledby="qt-1", a form's question): that line
  // is the heading of what the card holds.
  for (const region of [...document.querySelectorAll("[aria-labelledby]")]) {
    const label = document.getElementById(region.getAttribute("aria-labelledby")!.split(/\s+/)[0]!);
    const text = collapse(label?.textContent ?? "");
    if (!label || !region.contains(label) || /(?:^|\s)(?:visually-hidden|sr-only|[\w-]*voice-label)(?:\s|$)/.test(label.getAttribute("class") ?? "") || /^h[1-6]$/i.test(label.tagName) || label.querySelector("h1, h2, h3, h4, h5, h6, table") || !text || text.length > 200) continue;
    const heading = document.createElement("h3");
    heading.textContent = text;
    label.replaceWith(heading);
  }
  // A forum's or a feed's controls ("Reply", "Share") and its pager ("Showing posts 1 to 13 of 13") are the
  // page's machinery, as its buttons are, not what anyone wrote.
  for (const el of [...document.querySelectorAll("a, p, span, div, li")]) {
    if (el.children.length > 1) continue;
    const text = collapse(el.textContent ?? "");
    // (Not a wiki's "[edit]" beside a heading: printed in brackets, it is part of the line a reader sees.)
    const bracketed = /\[\s*$/.test(el.previousSibling?.textContent ?? "") && /^\s*\]/.test(el.nextSibling?.textContent ?? "");
    if ((el.tagName.toLowerCase() === "a" && UI_ACTION.test(text) && !bracketed) || (el.children.length === 0 && PAGER.test(text))) el.remove();
  }
  styledHeadings(document);
  // A page's own header and footer (not an article's) are site furniture.
  // (Not a side panel that says what the page is, in paragraphs under its own headings: a board's "About this
  // board", keying its owners' initials, and its activity; it is written as a section of the page.)
  for (const el of [...document.querySelectorAll("header, footer, aside")]) {
    if (!el.isConnected || el.parentElement?.closest("main, article, [role=main]")) continue;
    if (el.tagName.toLowerCase() === "aside" && describesPage(el)) {
      const section = document.createElement("section");
      while (el.firstChild) section.appendChild(el.firstChild);
      // (Beside the page's main part, it is read after it: only the main part is kept.)
      const mainPart = document.querySelector("main, [role=main]");
      if (mainPart && !mainPart.contains(el)) {
        el.remove();
        mainPart.appendChild(section);
      } else el.replaceWith(section);
    } else el.remove();
  }
  // (So is a side column marked as complementary to the page, "Similar requests", "Follow this request",
  // even inside the page's main part; not a box of an article's own.)
  // (Nor a region that holds the page's own title, its one <h1>: a data portal marks its resource's title
  // and notes so.)
  const pageHeadings = [...document.querySelectorAll("h1")];
  for (const el of [...document.querySelectorAll("[role=complementary]")]) {
    if (el.isConnected && !el.parentElement?.closest("article") && !(pageHeadings.length === 1 && el.contains(pageHeadings[0]!))) el.remove();
  }
  // (A grid of <div>s is read as the table it is, in a page's main part too.)
  ariaTablesAsTables(document);
  const main = document.querySelector("main, [role=main]");
  if (main) return { html: main.innerHTML, ...(pageTitle ? { title: pageTitle } : {}) };
  const body = document.body;
  // (A chat is all messages: an article reader would keep the words and drop the files, polls and
  // forwarded posts between them.)
  if (chat && body) return { html: body.innerHTML, ...(pageTitle ? { title: pageTitle } : {}) };
  const bodyText = collapse(body?.textContent ?? "");
  // (An article reader would take a grid of <div>s apart: it was read above as the table it is.)
  // (An e-mail's body has no site around it: an article reader would only drop its small tables, a list
  // alert's deleted item.)
  if (opts.article === false) return { html: body?.innerHTML ?? html, ...(pageTitle ? { title: pageTitle } : {}) };
  try {
    const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    // Readability is for articles: when it keeps too little of a page of tables and lists, keep the page.
    // (Nor when it leaves out tables' rows: a workbook saved as a web page is a table a sheet, and an
    // article is one of them.)
    // (Nor when it keeps the rows but not the table around them: a table it took for layout is renamed a
    // <div>, its rows left loose.)
    const rowsIn = (markup: string) => (markup.match(/<tr[\s>]/gi) ?? []).length;
    const tablesIn = (markup: string) => (markup.match(/<table[\s>]/gi) ?? []).length;
    const keepsRows = !article?.content || (rowsIn(article.content) >= 0.8 * rowsIn(body?.innerHTML ?? "") && tablesIn(article.content) >= 0.8 * tablesIn(body?.innerHTML ?? ""));
    if (article?.content && keepsRows && collapse(article.textContent ?? "").length >= 0.5 * bodyText.length) {
      const title = pageTitle ?? (collapse(article.title ?? "") || undefined);
      return { html: article.content, ...(title ? { title } : {}) };
    }
  } catch {
    /* fall through to the whole body */
  }
  return { html: body?.innerHTML ?? html, ...(pageTitle ? { title: pageTitle } : {}) };
}

/**
 * A side panel with headings of its own over prose (not links): 300 characters of it at least. Or one that
 * gives the page's own contacts, their telephone numbers or e-mail addresses ("Who's listening").
 */
function describesPage(aside: Element): boolean {
  if (!aside.querySelector("h2, h3, h4")) return false;
  if (aside.querySelector('a[href^="tel:"], a[href^="mailto:"]')) return true;
  const prose = [...aside.querySelectorAll("p, div, li")].filter((el) => !el.querySelector("p, div, li")).map((el) => {
    const links = [...el.querySelectorAll("a")].reduce((n, a) => n + collapse(a.textContent ?? "").length, 0);
    return collapse(el.textContent ?? "").length - links;
  });
  return prose.reduce((n, k) => n + k, 0) >= 300 && prose.some((k) => k >= 120);
}

/**
 * A chart drawn as SVG with its words as <text> labels (a story page's bar chart, "Holmbrake Sports Network"
 * beside "22,500"): its amounts exist nowhere else. Its labels are set as the table they draw, a row for
 * each line of labels (by their height on the chart, left to right), a line alone above the rows its title.
 */
function chartsAsTables(document: Document): void {
  for (const svg of [...document.querySelectorAll("svg")]) {
    const labels = [...svg.querySelectorAll("text")].flatMap((t) => {
      const text = collapse(t.textContent ?? "");
      const y = Number(t.getAttribute("y"));
      return text && Number.isFinite(y) ? [{ text, x: Number(t.getAttribute("x")) || 0, y }] : [];
    });
    if (labels.length < 4) continue;
    const lines: { y: number; cells: { text: string; x: number }[] }[] = [];
    for (const l of [...labels].sort((a, b) => a.y - b.y || a.x - b.x)) {
      const line = lines.find((r) => Math.abs(r.y - l.y) <= 3);
      if (line) line.cells.push(l);
      else lines.push({ y: l.y, cells: [l] });
    }
    for (const r of lines) r.cells.sort((a, b) => a.x - b.x);
    const rows = lines.filter((r) => r.cells.length >= 2);
    // (A bar chart's rows, each a label and then its figure, two at least: not a column chart's figures
    // set at the heights of their bars, nor an axis's ticks, nor a diagram's words.)
    const labelled = (r: (typeof lines)[number]) => /\p{L}{2}/u.test(r.cells[0]!.text) && r.cells.slice(1).some((c) => /^[£$€]?\d[\d,.]*\s*%?$/.test(c.text));
    if (rows.length < 2 || rows.some((r) => !labelled(r))) continue;
    const title = lines[0]!.cells.length === 1 && lines[0]!.y < rows[0]!.y ? lines[0]!.cells[0]!.text : undefined;
    const table = document.createElement("table");
    for (const r of rows) {
      const tr = document.createElement("tr");
      for (const c of r.cells) {
        const td = document.createElement("td");
        td.textContent = c.text;
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    const box = document.createElement("div");
    if (title) {
      const caption = document.createElement("p");
      caption.textContent = title;
      box.appendChild(caption);
    }
    box.appendChild(table);
    svg.replaceWith(box);
  }
}

/**
 * A stack or carousel of like items showing one at a time (a story page's member cards, the rest marked
 * aria-hidden until clicked through): the hidden ones are the page's content as much as the one shown.
 */
function unhideStackedItems(document: Document): void {
  for (const el of [...document.querySelectorAll("[aria-hidden=true]")]) {
    const parent = el.parentElement;
    const cls = el.getAttribute("class");
    if (!parent || !cls || !/[\p{L}]{3}/u.test(el.textContent ?? "")) continue;
    const alike = [...parent.children].filter((c) => c.tagName === el.tagName && c.getAttribute("class") === cls);
    if (alike.length >= 3 && alike.some((c) => c.getAttribute("aria-hidden") !== "true")) el.removeAttribute("aria-hidden");
  }
}

/**
 * A portrait over its caption ("Cllr A · Chair · B Council" under a photo): the caption is what the figure
 * says, written as a line of its own, so that an article reader does not drop a row of such figures as a
 * gallery.
 */
function portraitCaptionsAsText(document: Document): void {
  for (const figure of [...document.querySelectorAll("figure")]) {
    const caption = figure.querySelector("figcaption");
    const images = [...figure.querySelectorAll("img")];
    if (!caption || !images.length || figure.querySelector("table, figure") || images.some((img) => !PORTRAIT_OR_LOGO.test(collapse(img.getAttribute("alt") ?? "")) && collapse(img.getAttribute("alt") ?? ""))) continue;
    const line = document.createElement("p");
    while (caption.firstChild) line.appendChild(caption.firstChild);
    figure.replaceWith(line);
  }
}

/**
 * A web app's labels drawn as buttons ("Minute 5", "Red" on a board's card; a tag, chip or badge): what the
 * card says, though a button. (Not the app's controls, "+ Add a card", whose class names no label.)
 */
function labelButtonsAsText(document: Document): void {
  for (const button of [...document.querySelectorAll("button")]) {
    const named = `${button.getAttribute("class") ?? ""} ${button.getAttribute("data-testid") ?? ""}`;
    if (!/(?:^|[-_\s])(?:label|tag|chip|badge|pill|lozenge)(?:$|[-_\s])/i.test(named) || !/[\p{L}\p{N}]/u.test(button.textContent ?? "")) continue;
    const span = document.createElement("span");
    span.setAttribute("class", button.getAttribute("class") ?? "");
    while (button.firstChild) span.appendChild(button.firstChild);
    button.replaceWith(span);
  }
}

/**
 * A frame saved with its page (SingleFile writes a frame's page into its `srcdoc` attribute, escaped): what
 * the frame shows is part of the page, read where the frame sits. (A frame that only points elsewhere is
 * left out, as before: its page is not in the file.)
 */
function framesInline(document: Document): void {
  for (const frame of [...document.querySelectorAll("iframe[srcdoc]")]) {
    let inner: Document;
    try {
      inner = parseHTML(frame.getAttribute("srcdoc") ?? "").document as unknown as Document;
    } catch {
      continue;
    }
    for (const el of [...inner.querySelectorAll("script, style, noscript")]) el.remove();
    const box = document.createElement("div");
    box.innerHTML = inner.body?.innerHTML ?? "";
    if (/[\p{L}\p{N}]/u.test(box.textContent ?? "")) frame.replaceWith(box);
  }
}

/** A class naming a data grid's row ("slick-row", "ag-row"), cell ("slick-cell") or column header. */
const GRID_ROW_CLASS = /^(?:[a-z]+[-_])?(?:row|tr)$/i;
const GRID_CELL_CLASS = /^(?:[a-z]+[-_])?(?:cell|td)$/i;
const GRID_HEADER_CLASS = /^(?:[a-z]+[-_])?(?:header[-_](?:column|cell)|column[-_]header|th)$/i;
const hasClass = (el: Element, pattern: RegExp) => (el.getAttribute("class") ?? "").split(/\s+/).some((c) => pattern.test(c));

/**
 * A data grid drawn with `<div>`s named by their classes alone, no ARIA roles (SlickGrid's "slick-row" of
 * "slick-cell"s under a "slick-header" of "slick-header-column"s; ag-Grid's alike): written as the table it
 * is, its header the column names drawn above its rows, its rows in the order they are drawn (placed by
 * their `top`, which need not be the markup's order).
 */
function classGridsAsTables(document: Document): void {
  const groups = new Map<Element, Element[]>();
  for (const row of [...document.querySelectorAll("div[class]")]) {
    if (!hasClass(row, GRID_ROW_CLASS) || !row.parentElement || row.querySelector("table")) continue;
    if ([...row.children].filter((c) => hasClass(c, GRID_CELL_CLASS)).length < 2) continue;
    groups.set(row.parentElement, [...(groups.get(row.parentElement) ?? []), row]);
  }
  for (const [body, rows] of groups) {
    if (rows.length < 2 || !body.isConnected) continue;
    // The header is drawn beside the rows' container, under a common ancestor a few levels up.
    let box: Element = body;
    let header: Element[] = [];
    for (let up: Element | null = body.parentElement, depth = 0; up && depth < 4 && !header.length; up = up.parentElement, depth++) {
      header = [...up.querySelectorAll("[class]")].filter((el) => hasClass(el, GRID_HEADER_CLASS) && !body.contains(el));
      if (header.length) box = up;
    }
    const top = (el: Element) => Number(/(?:^|;)\s*top:\s*(-?[\d.]+)px/.exec(el.getAttribute("style") ?? "")?.[1]);
    const ordered = rows.every((r) => Number.isFinite(top(r))) ? [...rows].sort((a, b) => top(a) - top(b)) : rows;
    const table = document.createElement("table");
    const line = (cells: string[], tag: "th" | "td") => {
      const tr = document.createElement("tr");
      for (const text of cells) {
        const cell = document.createElement(tag);
        cell.textContent = text;
        tr.appendChild(cell);
      }
      table.appendChild(tr);
    };
    if (header.length) line(header.map((h) => collapse(h.textContent ?? "")), "th");
    for (const r of ordered) line([...r.children].filter((c) => hasClass(c, GRID_CELL_CLASS)).map((c) => collapse(c.textContent ?? "")), "td");
    box.replaceWith(table);
  }
}

/** The table element an ARIA role stands for, where a web app draws a table with `<div>`s. */
const ARIA_TABLE_TAGS: Record<string, string> = { grid: "table", table: "table", treegrid: "table", rowgroup: "tbody", row: "tr", columnheader: "th", rowheader: "th", gridcell: "td", cell: "td" };

/**
 * A grid of `<div>`s with ARIA roles ("grid", "row", "rowheader", "gridcell"), a scheduling poll's or a
 * data app's, written as the table it is before an article reader reads the page: it would turn a cell of
 * plain text into a paragraph and lose its role, and the row its name.
 */
function ariaTablesAsTables(document: Document): void {
  for (const grid of [...document.querySelectorAll("[role=grid], [role=table], [role=treegrid]")]) {
    // (Not a box around a table of its own, "<div role=grid><table>…": the table is read as it is.)
    if (grid.tagName.toLowerCase() === "table" || grid.querySelector("table") || !grid.querySelector("[role=row]")) continue;
    let table: Element = grid;
    for (const el of [grid, ...grid.querySelectorAll("[role]")]) {
      const tag = ARIA_TABLE_TAGS[(el.getAttribute("role") ?? "").trim().toLowerCase()];
      if (!tag || el.tagName.toLowerCase() === tag) continue;
      const replacement = document.createElement(tag);
      for (const { name, value } of [...el.attributes]) if (name !== "role") replacement.setAttribute(name, value);
      while (el.firstChild) replacement.appendChild(el.firstChild);
      el.replaceWith(replacement);
      if (el === grid) table = replacement;
    }
    rowChildrenAsCells(document, table);
  }
}

/** Elements that set their text apart as a block rather than as a piece of a row's line. */
const BLOCK_CHILD = /^(?:div|p|section|ul|ol|table|blockquote)$/i;

/**
 * A grid's rows whose parts carry no cell role (a goals app's tree: "Key Result", the title link, the
 * values, a progress bar, a status chip, the owner's initials, tags, when updated, the latest note under
 * them): each inline part a cell, in order, when they are as many as the header's columns; one more, a
 * short kind before the title ("Key Result" before the title's link), is one cell with it; a bar with no
 * text is not a cell; a block of text under them, the latest note, is a line of its own after the row. A
 * row of parts the header does not line up with is left as it is.
 */
function rowChildrenAsCells(document: Document, table: Element): void {
  const headerRow = [...table.querySelectorAll("tr")].find((r) => [...r.children].some((c) => c.tagName.toLowerCase() === "th"));
  const width = headerRow ? [...headerRow.children].filter((c) => c.tagName.toLowerCase() === "th").length : 0;
  for (const row of [...table.querySelectorAll("tr")]) {
    const kids = [...row.children];
    if (!kids.length || kids.some((c) => /^t[dh]$/i.test(c.tagName))) continue;
    // (An avatar's initials already read as text, " ML ", are a part too.)
    const isElement = (n: ChildNode): n is Element => n.nodeType === 1;
    const parts = [...row.childNodes].filter((n) => (isElement(n) ? true : !!collapse(n.textContent ?? "")));
    const inline = parts.filter((c) => !isElement(c) || !BLOCK_CHILD.test(c.tagName));
    const notes = kids.filter((c) => BLOCK_CHILD.test(c.tagName) && collapse(c.textContent ?? ""));
    if (inline.length < 2 || !width) continue;
    const first = inline[0]!;
    const kindFirst = inline.length === width + 1 && isElement(first) && first.tagName.toLowerCase() !== "a" && collapse(first.textContent ?? "").length <= 20 && isElement(inline[1]!) && inline[1]!.tagName.toLowerCase() === "a";
    if (inline.length !== width && !kindFirst) continue;
    const cells = kindFirst ? [inline.slice(0, 2), ...inline.slice(2).map((c) => [c])] : inline.map((c) => [c]);
    for (const c of [...row.childNodes]) c.remove();
    for (const parts of cells) {
      const td = document.createElement("td");
      parts.forEach((part, k) => {
        if (k) td.append(document.createTextNode(" "));
        td.append(part);
      });
      row.append(td);
    }
    if (!notes.length) continue;
    const noteRow = document.createElement("tr");
    const td = document.createElement("td");
    if (width > 1) td.setAttribute("colspan", String(width));
    for (const n of notes) td.append(n);
    noteRow.append(td);
    row.after(noteRow);
  }
}

/**
 * The steps of a process drawn as a row of stages say which are done only to a screen reader: "Received"
 * with aria-label="Received, Completed", a tick drawn by a font. A step done is written with its tick,
 * "Received ✓", as the page shows it.
 */
function stepStates(document: Document): void {
  for (const step of [...document.querySelectorAll("li[aria-label], [role=listitem][aria-label]")]) {
    const label = collapse(step.getAttribute("aria-label") ?? "");
    // (Its name is its first line of text, before what the page adds under it, "Active for 3 days".)
    const name = [...step.querySelectorAll("*")].find((el) => el.children.length === 0 && collapse(el.textContent ?? "")) ?? step;
    const text = collapse(name.textContent ?? "");
    const state = text && label.startsWith(text) ? /^,\s*([A-Za-z][A-Za-z -]{1,30})$/.exec(label.slice(text.length))?.[1] : undefined;
    // (Written as the tick the page draws: the word is one no reader of the page sees.)
    if (!state || !/^(?:completed?|done|finished)$/i.test(state)) continue;
    name.append(document.createTextNode(" ✓"));
  }
}

/** Input types whose value is what the reader sees typed in the box (no type is a text box). */
const TYPED_INPUT = /^(?:text|number|email|tel|url|date|datetime-local|month|week|time|search)?$/i;

/**
 * A form filled in and saved (a report system's front sheet, a council's web form) says what its fields
 * hold, not what its markup is: a box is its value, a drop-down its chosen option, a text area its lines,
 * a check box or radio button its state drawn as a glyph before its label (an article reader would drop
 * every control). The labels of the fields so read are kept; a control left empty, and its label, say
 * nothing, as before.
 */
function fillInForm(document: Document): void {
  const read = new Set<string>();
  const readAs = (control: Element, replacement: globalThis.Node): void => {
    const id = control.getAttribute("id");
    if (id) read.add(id);
    // (A value shown over its label, as a record's header shows it, "£52,000.00" above "Requested amount",
    // is a word apart from it, in the page's order.)
    const next = control.nextElementSibling;
    const labelAfter = !!id && !!next && next.tagName.toLowerCase() === "label" && next.getAttribute("for") === id;
    control.replaceWith(replacement, ...(labelAfter ? [document.createTextNode(" ")] : []));
  };
  for (const input of [...document.querySelectorAll("input")]) {
    const type = (input.getAttribute("type") ?? "").trim().toLowerCase();
    if (type === "checkbox") readAs(input, document.createTextNode(input.hasAttribute("checked") ? "☑ " : "☐ "));
    else if (type === "radio") readAs(input, document.createTextNode(input.hasAttribute("checked") ? "◉ " : "◯ "));
    else if (TYPED_INPUT.test(type) && collapse(input.getAttribute("value") ?? "")) readAs(input, document.createTextNode(collapse(input.getAttribute("value")!)));
  }
  for (const select of [...document.querySelectorAll("select")]) {
    const chosen = [...select.querySelectorAll("option")].filter((o) => o.hasAttribute("selected")).map((o) => collapse(o.textContent ?? ""));
    if (!chosen.some(Boolean)) continue;
    const span = document.createElement("span");
    span.textContent = chosen.filter(Boolean).join(", ");
    readAs(select, span);
  }
  for (const area of [...document.querySelectorAll("textarea")]) {
    // (A text area the page hides is an editor's source, shown by the editor beside it.)
    if (area.hasAttribute("hidden") || /display\s*:\s*none/i.test(area.getAttribute("style") ?? "")) continue;
    const lines = (area.textContent ?? "").split(/\r?\n/).map(collapse).filter(Boolean);
    if (lines.length === 0) continue;
    const box = document.createElement("div");
    for (const line of lines) {
      const p = document.createElement("p");
      p.textContent = line;
      box.append(p);
    }
    readAs(area, box);
  }
  for (const label of [...document.querySelectorAll("label[for]")]) if (read.has(label.getAttribute("for")!)) label.removeAttribute("for");
}

/** Convert HTML (a page or a fragment) to the loaders' plain-text shape. */
export function htmlToText(html: string): string {
  // doctype / XML declarations / CDATA are not text
  html = tabbedParagraphsAsTables(html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>|<!\[CDATA\[[\s\S]*?\]\]>/gi, ""));
  const root = parse(html, {
    comment: false,
    lowerCaseTagName: true,
    blockTextElements: { script: false, noscript: false, style: false, pre: true },
  });
  const out = new Collector();
  walk(root, out, { pre: false, inCell: false, listDepth: 0 });
  out.flush();
  return render(out.blocks);
}

/** A tab as Word writes it in HTML (Outlook's messages, "Save as Web Page"): a span of spaces it counts. */
const WORD_TAB = /<span\b[^>]*\bmso-tab-count:\s*\d+[^>]*>(?:[^<]|<(?!\/span>))*<\/span>/gi;
const TABBED_PARAGRAPH = /<p\b[^>]*>((?:(?!<\/p>)[\s\S])*?mso-tab-count(?:(?!<\/p>)[\s\S])*?)<\/p>/gi;

/**
 * Lines Word set out with tabs (a list pasted from a tool's "Copy to clipboard", "Recipient ⇥ Response ⇥
 * Response time"), two or more running on: a table, a line a row and a tab between cells, as the lines
 * line up on the page. A lone tabbed line stays a paragraph.
 */
function tabbedParagraphsAsTables(html: string): string {
  if (!/mso-tab-count/i.test(html)) return html;
  const asRow = (inner: string) => `<tr>${inner.split(WORD_TAB).map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
  // (Runs of tabbed paragraphs with nothing but white space between them.)
  return html.replace(new RegExp(`(?:${TABBED_PARAGRAPH.source}\\s*){2,}`, "gi"), (run) => `<table>${[...run.matchAll(TABBED_PARAGRAPH)].map((m) => asRow(m[1]!)).join("")}</table>`);
}

/**
 * Markdown with tables written in HTML (`<table>` … `</table>` on lines of their own): each table becomes
 * its rows, cells separated by tabs, as a plain-text table is written; the rest is left as it is.
 */
export function htmlTablesToText(markdown: string): string {
  return markdown.replace(/^[ \t]*<table\b[\s\S]*?<\/table>[ \t]*$/gim, (table) => `\n${htmlToText(table)}\n`);
}

function render(blocks: Block[]): string {
  let s = "";
  let prev: Block | undefined;
  for (const b of blocks) {
    if (prev) {
      const tight =
        (b.kind === "item" && prev.kind === "item") ||
        (b.kind === "row" && prev.kind === "row" && !b.opensTable) ||
        prev.kind === "line";
      s += tight ? "\n" : "\n\n";
    }
    s += b.text;
    prev = b;
  }
  return s;
}

/** Load an .html/.htm file. */
/** A page of text placed by position (a PDF converted to HTML) laid out as its PDF would be; else undefined. */
function placedText(html: string): LoadedText | undefined {
  if (!/position\s*:\s*absolute/i.test(html)) return undefined;
  try {
    const document = parseHTML(html).document as unknown as Document;
    const pages = positionedPages(document);
    if (!pages) return undefined;
    const { text, pages: spans } = layoutPdf(pages);
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
    const title = collapse(document.querySelector("title")?.textContent ?? "") || undefined;
    return { format: "html", text, pages: spans, ...(title ? { hints: { title } } : {}) };
  } catch {
    return undefined;
  }
}

/** A word that ends an inline element and a capitalised word that follows it ("<strong>Draft minutes</strong><span>Not yet …"). */
const RUN_TOGETHER = /([a-z0-9])((?:<\/(?:span|strong|b|em|i|a|small|time|label)>)+(?:<!--[^<>]*-->)*(?:<(?:span|strong|b|em|i|a|small|time)\b[^<>]*>)*(?:<!--[^<>]*-->)*)(?=[A-Z])/g;
/** A small hidden separator ("·" between a date and a time, aria-hidden), which is dropped with the page's decoration. */
const HIDDEN_SEPARATOR = /<(span|i|b)\b[^<>]*\baria-hidden="true"[^<>]*>[^<>\p{L}\p{N}]{0,3}<\/\1>/gu;

/**
 * A web app's page sets its parts apart by style, not by spaces (a banner's title and its message, an
 * item's number and its title, a date, "·" and a time): the places a browser shows a gap are kept apart
 * by a space, where the words would otherwise run together ("Draft minutesNot yet approved").
 */
function withElementsApart(html: string): string {
  return html.replace(HIDDEN_SEPARATOR, "$& ").replace(RUN_TOGETHER, "$1$2 ");
}

export async function loadHtml(path: string): Promise<LoadedText> {
  const buf = await readSource(path);
  const html = confluenceStorageAsHtml(decodeUtf8Text(buf, path, { allowLatin1: true }));
  let text: string;
  let title: string | undefined;
  // A page made from a PDF by a converter, every line placed by position, is read as the PDF it was.
  const placed = placedText(html);
  if (placed) return placed;
  try {
    const main = mainContent(withElementsApart(html));
    title = main?.title;
    text = htmlToText(main?.html ?? html);
  } catch (err) {
    throw new LoadError(path, `could not parse HTML: ${(err as Error).message?.split("\n")[0] ?? String(err)}`);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new LoadError(path, "no extractable text");
  // (Lists an app keeps only in the page's data, a tab not rendered when the page was saved.)
  const unshown = pageDataTables(html, text);
  if (unshown) text = `${text}\n\n${unshown}`;
  return { format: "html", text, ...(title ? { hints: { title } } : {}) };
}
