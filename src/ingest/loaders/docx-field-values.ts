/**
 * Values Word shows that document.xml does not hold as text:
 *
 * - **Legacy drop-down form fields** (FORMDROPDOWN, from templates made with the old Forms toolbar): the
 *   chosen entry is only an index, `<w:result w:val="3"/>`, into the field's `<w:listEntry>` values, and
 *   the field has no result text, so mammoth shows nothing where Word shows "Red – off track".
 * - **Content controls bound to custom XML** (`<w:dataBinding>`: a SharePoint library's metadata columns,
 *   a template's document properties): Word refreshes the control from the custom XML part when it opens
 *   the file, so the text cached in document.xml may be stale (a clerk changes the meeting date in
 *   SharePoint after the last save in Word). The bound value is what a reader sees; a date control shows it
 *   through its own format ("dddd d MMMM yyyy").
 *
 * - **Simple fields** (`<w:fldSimple w:instr="DOCPROPERTY Meeting">`: a committee system filling a template's
 *   front sheet from the document's properties): the field's cached result is runs inside the element,
 *   which mammoth skips ("An unrecognised element was ignored"), so a front sheet shows its labels with
 *   nothing beside them.
 *
 * - **Placeholder text** of a content control nobody filled in ("Click or tap here to enter text."): taken out.
 *
 * - **Hidden text** (`<w:vanish/>` in a run's properties or its character style): a template's guidance
 *   notes, a superseded draft sentence kept beside its replacement, an exempt note under a public table.
 *   Word neither shows nor prints it, but mammoth reads it as text; such runs are taken out.
 *
 * All are written into document.xml as plain runs before conversion, so the text is what Word displays.
 */
import type JSZip from "jszip";
import { DOMParser } from "linkedom";
import { decodeXml, escapeHtml } from "./ooxml-parts.js";

const DROP_DOWN_FIELD =
  /(<w:fldChar\b[^>]*\bw:fldCharType="begin"[^>]*>((?:(?!<\/w:fldChar>)[\s\S])*?)<\/w:fldChar>)((?:(?!<w:fldChar\b[^>]*\bw:fldCharType="begin")[\s\S])*?<w:fldChar\b[^>]*\bw:fldCharType="end"[^>]*\/>(?:(?!<\/w:r>)[\s\S])*<\/w:r>)/g;

/** document.xml with each legacy drop-down field followed by a run of the entry its index chooses. */
export function withDropDownResults(documentXml: string): string {
  if (!documentXml.includes("w:ddList")) return documentXml;
  return documentXml.replace(DROP_DOWN_FIELD, (whole, _begin: string, ffData: string, rest: string) => {
    const list = /<w:ddList\b[^>]*>([\s\S]*?)<\/w:ddList>/.exec(ffData)?.[1];
    if (list === undefined) return whole;
    // (A field that already carries result text after its separator shows that text.)
    if (/w:fldCharType="separate"[\s\S]*<w:t\b[^>]*>[^<]*\S/.test(rest)) return whole;
    const entries = [...list.matchAll(/<w:listEntry\b[^>]*\bw:val="([^"]*)"/g)].map(([, v]) => decodeXml(v!));
    const index = Number(/<w:result\b[^>]*\bw:val="(\d+)"/.exec(list)?.[1] ?? /<w:default\b[^>]*\bw:val="(\d+)"/.exec(list)?.[1] ?? 0);
    const entry = entries[index];
    if (entry === undefined) return whole;
    return `${whole}<w:r><w:t xml:space="preserve">${escapeHtml(entry)}</w:t></w:r>`;
  });
}

const SIMPLE_FIELD = /<w:fldSimple\b[^>]*?(?:\/>|>((?:(?!<w:fldSimple\b)[\s\S])*?)<\/w:fldSimple>)/g;

/** document.xml with each simple field replaced by its cached result (innermost first, as fields nest). */
export function withSimpleFieldResults(documentXml: string): string {
  let xml = documentXml;
  while (xml.includes("<w:fldSimple")) {
    const next = xml.replace(SIMPLE_FIELD, (_whole, result: string | undefined) => result ?? "");
    if (next === xml) break;
    xml = next;
  }
  return xml;
}

const SDT = /<w:sdt>((?:(?!<w:sdt>)[\s\S])*?)<\/w:sdt>/g;

/** document.xml with each content control bound to a custom XML part showing the part's current value. */
export async function withBoundControlValues(documentXml: string, zip: JSZip): Promise<string> {
  if (!documentXml.includes("w:dataBinding")) return documentXml;
  const stores = await customXmlStores(zip);
  if (stores.size === 0) return documentXml;
  return documentXml.replace(SDT, (whole, inner: string) => {
    const properties = /<w:sdtPr>([\s\S]*?)<\/w:sdtPr>/.exec(inner)?.[1] ?? "";
    const binding = /<w:dataBinding\b[^>]*>/.exec(properties)?.[0];
    const content = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(inner)?.[1];
    if (!binding || content === undefined) return whole;
    const storeId = /\bw:storeItemID="([^"]+)"/.exec(binding)?.[1]?.toUpperCase();
    const xpath = /\bw:xpath="([^"]+)"/.exec(binding)?.[1];
    const store = storeId ? stores.get(storeId) : undefined;
    const raw = store && xpath ? valueAt(store, decodeXml(xpath)) : undefined;
    if (raw === undefined || raw.trim() === "") return whole;
    const shown = shownValue(raw.trim(), properties);
    const runProperties = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(content)?.[0] ?? "";
    const run = `<w:r>${runProperties}<w:t xml:space="preserve">${escapeHtml(shown)}</w:t></w:r>`;
    // (A block-level control holds paragraphs: its value becomes the first paragraph's only run.)
    const paragraph = /<w:p\b[^>]*>/.exec(content);
    const replaced = paragraph ? `${paragraph[0]}${/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(content)?.[0] ?? ""}${run}</w:p>` : run;
    return whole.replace(`<w:sdtContent>${content}</w:sdtContent>`, `<w:sdtContent>${replaced}</w:sdtContent>`);
  });
}

/** The package's custom XML parts, parsed, by their store item id (from each part's itemProps). */
async function customXmlStores(zip: JSZip): Promise<Map<string, Document>> {
  const stores = new Map<string, Document>();
  for (const path of Object.keys(zip.files)) {
    const props = /^customXml\/itemProps(\d+)\.xml$/i.exec(path);
    if (!props) continue;
    const id = /\bitemID="([^"]+)"/.exec((await zip.file(path)?.async("string")) ?? "")?.[1]?.toUpperCase();
    const item = await zip.file(`customXml/item${props[1]}.xml`)?.async("string");
    if (!id || !item) continue;
    try {
      stores.set(id, new DOMParser().parseFromString(item, "text/xml") as unknown as Document);
    } catch {
      // (An unreadable part leaves its controls' cached text.)
    }
  }
  return stores;
}

/** The text at a binding's XPath: steps of element names (prefixes ignored) with 1-based positions. */
function valueAt(store: Document, xpath: string): string | undefined {
  let node: Element | undefined = undefined;
  for (const step of xpath.split("/").filter((s) => s)) {
    const m = /^(?:[\w.-]+:)?([\w.-]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) return undefined;
    const [, name, position] = m;
    const children: Element[] = node ? [...node.children] : store.documentElement ? [store.documentElement] : [];
    const matching = children.filter((child) => child.tagName.replace(/^[^:]*:/, "") === name);
    node = matching[Number(position ?? 1) - 1];
    if (!node) return undefined;
  }
  return node?.textContent ?? undefined;
}

/** A bound value as the control shows it: a date through its format, a list value as its display text. */
function shownValue(raw: string, properties: string): string {
  const listItem = [...properties.matchAll(/<w:listItem\b[^>]*>/g)].map(([item]) => item).find((item) => decodeXml(/\bw:value="([^"]*)"/.exec(item)?.[1] ?? "") === raw);
  if (listItem) return decodeXml(/\bw:displayText="([^"]*)"/.exec(listItem)?.[1] ?? raw);
  const format = /<w:date\b[\s\S]*?<w:dateFormat\b[^>]*\bw:val="([^"]+)"/.exec(properties)?.[1];
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (format && date) return formatWordDate(new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))), decodeXml(format));
  return raw;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A date in a Word date picture ("dddd d MMMM yyyy", "dd/MM/yyyy", "d MMM yy"); quoted text kept. */
export function formatWordDate(date: Date, picture: string): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  return picture.replace(/dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy|'[^']*'/g, (token) => {
    switch (token) {
      case "dddd": return WEEKDAYS[date.getUTCDay()]!;
      case "ddd": return WEEKDAYS[date.getUTCDay()]!.slice(0, 3);
      case "dd": return String(day).padStart(2, "0");
      case "d": return String(day);
      case "MMMM": return MONTHS[month]!;
      case "MMM": return MONTHS[month]!.slice(0, 3);
      case "MM": return String(month + 1).padStart(2, "0");
      case "M": return String(month + 1);
      case "yyyy": return String(year);
      case "yy": return String(year % 100).padStart(2, "0");
      default: return token.slice(1, -1);
    }
  });
}

/** A run: `<w:r>` or `<w:r w:rsidR="…">`, not `<w:rPr>` or `<w:rStyle>`. */
const RUN = /<w:r(?:\s[^>]*)?>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g;

/** Run properties that hide the run: `<w:vanish/>` (`w:val` absent or true), or a style that does. */
const hides = (properties: string, hiddenStyles: Set<string>) =>
  /<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(properties) ||
  [...properties.matchAll(/<w:rStyle\b[^>]*\bw:val="([^"]*)"/g)].some(([, id]) => hiddenStyles.has(id!));

/** The ids of character styles that hide their text (`<w:style w:type="character">` with `<w:vanish/>`). */
export function hiddenCharacterStyles(stylesXml: string | undefined): Set<string> {
  const ids = new Set<string>();
  for (const [style] of stylesXml?.matchAll(/<w:style\b[^>]*\bw:type="character"[\s\S]*?<\/w:style>/g) ?? []) {
    const id = /\bw:styleId="([^"]*)"/.exec(style)?.[1];
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(style)?.[1] ?? "";
    if (id && hides(rPr, new Set())) ids.add(id);
  }
  return ids;
}

/**
 * document.xml with each content control that shows its placeholder ("Click or tap here to enter text.",
 * `<w:showingPlcHdr/>`: a template's field nobody filled in, an automated flow's field left empty) empty:
 * the prompt is the template's, not the document's words.
 */
export function withoutPlaceholderText(documentXml: string): string {
  if (!documentXml.includes("w:showingPlcHdr")) return documentXml;
  return documentXml.replace(SDT, (whole, inner: string) => {
    const properties = /<w:sdtPr>([\s\S]*?)<\/w:sdtPr>/.exec(inner)?.[1] ?? "";
    if (!/<w:showingPlcHdr\s*\/>/.test(properties)) return whole;
    return whole.replace(/<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/, (content) => content.replace(/(<w:t\b[^>]*>)[^<]*(<\/w:t>)/g, "$1$2"));
  });
}

/** document.xml without the runs Word hides (hidden text): what it shows and prints. */
export function withoutHiddenRuns(documentXml: string, hiddenStyles: Set<string> = new Set()): string {
  if (!documentXml.includes("<w:vanish") && hiddenStyles.size === 0) return documentXml;
  return documentXml.replace(RUN, (run) => {
    const properties = /^<w:r(?:\s[^>]*)?>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1];
    return properties !== undefined && hides(properties, hiddenStyles) ? "" : run;
  });
}
