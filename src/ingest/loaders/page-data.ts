/**
 * A web page whose app keeps part of its content only in serialised data (Next.js's `__NEXT_DATA__`, a
 * Nuxt or Remix state script, any `<script type="application/json">`): a tab that was not selected when
 * the page was saved is rendered by the browser from that data and is in none of the page's markup. Lists
 * of records in the data that the page does not show (an action log beside the minutes) are written as
 * tables under a heading named by their key, people given by id named from the list that holds them.
 */
import { parse } from "node-html-parser";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Record_ = { [key: string]: Json };

const DATA_SCRIPT = 'script[type="application/json"]';
/** Keys a reader never sees: an app's ids, slugs and links. */
const INTERNAL_KEY = /^(?:id|_id|uuid|guid|slug|url|href|key|__typename|hash)$|(?:Url|Href|Slug|Uuid)$/;
/** A key naming another record by its id: "assigneeId", "owner_id". */
const REFERENCE_KEY = /^(.+?)(?:Id|_id)$/;
/** Fields a listed thing is named by. */
const NAME_KEYS = ["displayName", "fullName", "name", "title", "label"];
/** A value holding markup: content the page renders itself (an item's body), not a field. */
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/i;
/** At least this many records make a list worth a table (one is a property, not a list). */
const MIN_RECORDS = 2;

const isRecord = (v: Json): v is Record_ => v !== null && typeof v === "object" && !Array.isArray(v);
const isScalar = (v: Json): v is null | boolean | number | string => v === null || typeof v !== "object";
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The tables of records a page's data holds and its text does not show, as heading and TAB rows; "" when none. */
export function pageDataTables(html: string, shownText: string): string {
  if (!html.includes("application/json")) return "";
  const shown = squash(shownText).toLowerCase();
  const lists: { key: string; records: Record_[] }[] = [];
  for (const script of parse(html).querySelectorAll(DATA_SCRIPT)) {
    let data: Json;
    try {
      data = JSON.parse(script.rawText) as Json;
    } catch {
      continue;
    }
    collectLists(data, "", lists);
  }
  const names = namesById(lists);
  const out: string[] = [];
  for (const { key, records } of lists) {
    if (records.length < MIN_RECORDS || !key) continue;
    const table = recordTable(records, names);
    // (Not a list of numbers alone, a poll's options as timestamps: no words a reader would ask about.)
    if (!table || shownOnPage(table.rows, shown) || !table.rows.some((cells) => cells.some((c) => /\p{L}/u.test(c)))) continue;
    out.push(`## ${fieldWords(key)}`, "", [table.header, ...table.rows].map((cells) => cells.join("\t")).join("\n"), "");
  }
  return out.join("\n").trim();
}

/** Every array of records in the data, with the key it is held under. */
function collectLists(value: Json, key: string, out: { key: string; records: Record_[] }[]): void {
  if (Array.isArray(value)) {
    const records = value.filter(isRecord);
    if (records.length && records.length === value.length) out.push({ key, records });
    for (const v of value) collectLists(v, key, out);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) collectLists(v, k, out);
  }
}

/** Each listed thing's name by its id (people, users, members), to read references to them. */
function namesById(lists: { records: Record_[] }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { records } of lists)
    for (const r of records) {
      const id = r.id ?? r._id;
      const nameKey = NAME_KEYS.find((k) => typeof r[k] === "string" && (r[k] as string).trim());
      if ((typeof id === "string" || typeof id === "number") && nameKey) names.set(String(id), squash(r[nameKey] as string));
    }
  return names;
}

/** A list's records as a table: its scalar fields (references named, internal keys left out), in the data's order. */
function recordTable(records: Record_[], names: Map<string, string>): { header: string[]; rows: string[][] } | undefined {
  const keys: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
  const columns: { header: string; cell: (r: Record_) => string }[] = [];
  for (const k of keys) {
    const values = records.map((r) => r[k] ?? null);
    if (!values.every(isScalar) || values.every((v) => v === null || v === "")) continue;
    // (Rendered content, an item's body as HTML: the page shows it; the list is not a table of fields.)
    if (values.some((v) => typeof v === "string" && MARKUP.test(v))) return undefined;
    const reference = REFERENCE_KEY.exec(k);
    if (reference) {
      if (!values.every((v) => v === null || names.has(String(v)))) continue;
      columns.push({ header: fieldWords(reference[1]!), cell: (r) => (r[k] === null || r[k] === undefined ? "" : names.get(String(r[k]))!) });
      continue;
    }
    if (INTERNAL_KEY.test(k)) continue;
    // (Nor a field most records leave empty, "completedOn": a list shows what every record has.)
    if (values.filter((v) => v === null || v === "").length * 2 > values.length) continue;
    columns.push({ header: fieldWords(k), cell: (r) => cellText(r[k] ?? null) });
  }
  // (Not small numbers that point elsewhere, the minute an action arose from: a view lists the record's
  // reference, words, who, when and state, and links the rest.)
  const shown = columns.filter((c) => !records.every((r) => /^\d{0,3}$/.test(c.cell(r))));
  if (shown.length < 2) return undefined;
  return { header: shown.map((c) => c.header), rows: records.map((r) => shown.map((c) => c.cell(r))) };
}

function cellText(v: Json): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "Yes" : "No";
  return squash(String(v));
}

/** A list the page already shows: most records' longest text is in the page's words. */
function shownOnPage(rows: string[][], shown: string): boolean {
  const longest = rows.map((cells) => cells.reduce((a, b) => (b.length > a.length ? b : a), "")).filter((t) => t.length >= 8);
  if (!longest.length) return true;
  return longest.filter((t) => shown.includes(t.toLowerCase())).length * 2 >= longest.length;
}

/** A data key as words: "dueDate" "Due date", "minute_item" "Minute item". */
function fieldWords(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
