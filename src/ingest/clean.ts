/**
 * Cleaning of one line or table cell of a loaded document.
 *
 * The cleaned text is what users see in quotes, so cleaning may only drop markup and collapse whitespace:
 * it never rewrites words. Entities such as `&amp;` are left alone on purpose: decoding them would change
 * the run of words a quote is checked against.
 */

/**
 * An HTML tag as the conversions leave them (`<b>`, `</p>`, `<ul style="…">`, `<br/>`): a name right after
 * the bracket. Prose such as "scores < 8 with impact > 4" is not a tag and stays word for word.
 */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?\/?>/g;
/** Anything in angle brackets, as the verbatim check reads it (the scorer's own rule, so both agree). */
const BRACKETED = /<[^>]{0,200}>/g;
const MARKDOWN_LINK = /\[([^\]]*)\]\((?:[^)]*)\)/g;
/** A markdown image, "![Chart of seizures](img/chart.png)": its alternative words. */
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\((?:[^)]*)\)/g;
/** The words of an image's alt that only size or place it on a slide (Marp's "bg left:33%", "w:520"). */
const IMAGE_SETTING = /(?:^|\s)(?:bg|fit|contain|cover|auto|vertical|sepia|grayscale|blur|(?:w|h|width|height|left|right|top|bottom)(?::\S+)?|\d+%)(?=\s|$)/gi;
/** A reference-style link, "[the guidance][1]" or "[the guidance][]": its text. */
const MARKDOWN_REFERENCE_LINK = /\[([^\]]*)\]\[(?!\^)[^\]]*\]/g;

/** A MediaWiki link, "[[User:HCardew|Hamza Cardew]]" or "[[Gateshead Council]]": the words it shows. */
const WIKI_LINK = /\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]/g;
/** A MediaWiki template of one value, "{{Status|Red}}", "{{Role|Vice-Chair}}": the value it shows. */
const WIKI_TEMPLATE = /\{\{[A-Za-z][\w -]{0,30}\|([^{}|=]*)\}\}/g;

/** A markdown task-list item's box, "- [ ] …" or "- [x] …", shown as a reader sees it rendered: a check box. */
export const TASK_BOX = /^(\s*(?:[-*+]|\d{1,3}[.)])\s+)\[([ xX])\](?=\s)/;

/** Strip HTML tags, markdown emphasis and escapes; collapse whitespace. */
export function cleanInline(raw: string): string {
  return raw
    .replace(TASK_BOX, (_, item: string, box: string) => `${item}${box === " " ? "☐" : "☑"}`)
    .replace(TAG, " ")
    .replace(MARKDOWN_IMAGE, (_, alt: string) => alt.replace(IMAGE_SETTING, " "))
    .replace(MARKDOWN_LINK, "$1")
    .replace(MARKDOWN_REFERENCE_LINK, "$1")
    .replace(WIKI_LINK, "$1")
    .replace(WIKI_TEMPLATE, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the whole raw line is bold (`<b>..</b>` or `**..**`): section rows and headings. */
export function isWhollyBold(raw: string): boolean {
  const t = raw.trim();
  if (!t) return false;
  return /^<b>[\s\S]*<\/b>$/i.test(t) || /^\*\*[\s\S]*\*\*:?$/.test(t);
}

/** Words that end a sentence or clause: a line ending in one is prose, not a heading. */
export function endsLikeSentence(text: string): boolean {
  return /[.;,:!?)"'\u201d]$/.test(text.trim()) && !/\b(?:No|Ref)\.$/.test(text.trim());
}

/** Lower-case token list, the same tokenisation the verbatim check uses (tags and punctuation ignored). */
export function tokenize(text: string): string[] {
  return (
    text
      .replace(BRACKETED, " ")
      .replace(/[\u2018\u2019\u201b]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014\u2212]/g, "-")
      .toLowerCase()
      .match(/[a-z0-9£%]+/g) ?? []
  );
}
