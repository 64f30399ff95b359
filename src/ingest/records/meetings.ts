/**
 * Board meetings from agenda packs: the meeting itself (board, date, venue, next meeting), its agenda items
 * (number, title, pages, confidential or not) and its papers (purpose, summary, recommendation, action,
 * contact officers). Labels are matched by their words, so packs of other boards work the same way.
 */
import type { Block } from "../structure.js";
import type { AgendaItemRecord, Contact, MeetingRecord, PaperRecord } from "./schema.js";
import { blockLocator, filled, slug, type ExtractContext } from "./context.js";

const MEETING_SENTENCE = /there will be a meeting of the (.+?) at ([\d.:]+\s*(?:am|pm)?) on (?:\w+day,?\s+)?(\d{1,2}\s+\w+\s+\d{4})\.?\s*(.*?)\.?$/i;
const NEXT_MEETING = /^date of (?:the )?next meeting:?\s*(.+)$/i;

export function extractMeeting(ctx: ExtractContext): MeetingRecord[] {
  const { doc, meta } = ctx;
  if (meta.kind !== "board agenda pack") return [];
  const sentence = doc.blocks.find((b) => MEETING_SENTENCE.test(b.text));
  const m = sentence ? MEETING_SENTENCE.exec(sentence.text) : null;
  const next = doc.blocks.find((b) => NEXT_MEETING.test(b.text));
  const anchor = sentence ?? doc.blocks[0]!;
  const venue = m?.[4]?.replace(/^(?:at|in|via)\s+/i, "").trim();
  return [
    {
      type: "meeting",
      id: `${meta.docId}:meeting`,
      docId: meta.docId,
      board: meta.board ?? m?.[1] ?? "Board",
      date: meta.date,
      ...(m?.[2] ? { time: m[2] } : {}),
      ...(venue ? { venue: venue.charAt(0).toUpperCase() + venue.slice(1) } : {}),
      ...(next ? { nextMeeting: NEXT_MEETING.exec(next.text)![1]!, nextMeetingSpan: [next.start, next.text.length] as [number, number] } : {}),
      source: anchor.text,
      sourceStart: anchor.start,
      locator: blockLocator(anchor, ["Agenda"]),
    },
  ];
}

const ITEM = /^(\d{1,2})[.)]\s+(.+)$/;
const SUB_ITEM = /^([a-z])[.)]\s+(.+)$/;
const PAGES = /^\d+\s*(?:-|–|to)\s*\d+$|^\d+$/;

export function extractAgenda(ctx: ExtractContext, consumed: Set<number>): AgendaItemRecord[] {
  const { doc, meta } = ctx;
  if (meta.kind !== "board agenda pack") return [];
  const table = doc.tables.find((t) => /^item$/i.test(t.header[0] ?? "") && t.header.some((h) => /^pages?$/i.test(h)));
  if (!table) return [];
  consumed.add(table.index);
  const items: AgendaItemRecord[] = [];
  let confidential = false;
  let lastNumber = "";
  for (const i of table.rows) {
    const b = doc.blocks[i]!;
    const cells = filled(b.cells);
    const first = cells[0] ?? "";
    const pages = cells.slice(1).find((c) => PAGES.test(c));
    const item = ITEM.exec(first);
    const sub = SUB_ITEM.exec(first);
    if (!item && !sub) {
      // Section markers: "SECTION 2: CONFIDENTIAL", "CONFIDENTIAL ITEM", "NON-CONFIDENTIAL ITEMS FOR DISCUSSION".
      if (/non-?confidential/i.test(first)) confidential = false;
      else if (/confidential/i.test(first)) confidential = true;
      continue;
    }
    const number = item ? item[1]! : `${lastNumber}${sub![1]}`;
    const title = (item ? item[2]! : sub![2]!).trim();
    if (item) lastNumber = number;
    items.push({
      type: "agenda_item",
      id: `${meta.docId}:item-${number}`,
      docId: meta.docId,
      board: meta.board ?? "Board",
      meetingDate: meta.date,
      number,
      title,
      ...(pages ? { pages: pages.replace(/\s*(?:-|–|to)\s*/, "-") } : {}),
      confidential: confidential || /\bconfidential\b/i.test(title),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, ["Agenda"], `agenda item ${number}`),
    });
    // "CONFIDENTIAL ITEM" marks only the item that follows it.
    if (confidential && item && /confidential item$/i.test(doc.blocks[i - 1]?.text ?? "")) confidential = false;
  }
  return items;
}

type Field = "purpose" | "summary" | "recommendation" | "action" | "contact" | "position" | "phone" | "email";
const LABELS: [Field, RegExp][] = [
  ["purpose", /^purpose(?: of (?:the )?report)?$/i],
  ["summary", /^summary$/i],
  ["recommendation", /^recommendations?$/i],
  ["action", /^actions?(?: required)?$/i],
  ["contact", /^contact officers?$/i],
  ["position", /^position$/i],
  ["phone", /^(?:phone|tel(?:ephone)?)(?: no\.?)?$/i],
  ["email", /^e-?mail$/i],
];

function labelOf(text: string): { field: Field; inline?: string } | undefined {
  const m = /^([A-Za-z][A-Za-z .-]{1,30}?)\s*:\s*(.*)$/.exec(text) ?? /^([A-Za-z][A-Za-z .-]{1,30}?)$/.exec(text);
  if (!m) return undefined;
  const found = LABELS.find(([, re]) => re.test(m[1]!.trim()));
  if (!found) return undefined;
  const inline = m[2]?.trim();
  return { field: found[0], ...(inline ? { inline } : {}) };
}

/** Label and value of a block: "Contact officer: X", "Contact officer: | X" (a row), or a bare label. */
function readLabel(b: Block): { field: Field; inline?: string } | undefined {
  if (b.kind === "row") {
    const cells = filled(b.cells);
    const l = cells[0] ? labelOf(cells[0].replace(/:$/, "")) : undefined;
    return l && cells[1] ? { field: l.field, inline: cells.slice(1).join(" ") } : l;
  }
  return labelOf(b.text);
}

const splitSlash = (s: string | undefined) => (s ? s.split(/\s+\/\s+/).map((x) => x.trim()) : []);

export function extractPapers(ctx: ExtractContext): PaperRecord[] {
  const { doc, meta } = ctx;
  const papers: PaperRecord[] = [];
  for (const p of doc.papers) {
    const values: Partial<Record<Field, Block[]>> = {};
    const inline: Partial<Record<Field, string>> = {};
    let current: Field | undefined;
    const limit = Math.min(p.end, p.start + 60);
    for (let i = p.start + 1; i < limit; i++) {
      const b = doc.blocks[i]!;
      const label = readLabel(b);
      if (label) {
        current = label.field;
        if (label.inline) {
          inline[current] = label.inline;
          values[current] = [b];
          if (current === "email") break;
        }
        continue;
      }
      if (!current) continue;
      if (inline[current]) {
        // A heading after an inline contact field ends the cover sheet.
        if (["contact", "position", "phone", "email"].includes(current)) break;
        continue;
      }
      (values[current] ??= []).push(b);
      if (current === "email") break;
      // Contact fields hold one line each.
      if (["contact", "position", "phone"].includes(current)) inline[current] = b.text;
    }
    const text = (f: Field) => inline[f] ?? values[f]?.map((b) => b.text).join("\n");
    const spans: Record<string, [number, number]> = {};
    for (const f of ["purpose", "summary", "recommendation", "action"] as const) {
      const blocks = values[f];
      if (!blocks?.length) continue;
      const first = blocks[0]!;
      const last = blocks[blocks.length - 1]!;
      spans[f] = [first.start, last.start + last.text.length - first.start];
    }
    const names = splitSlash(text("contact"));
    // "Manager/Programme Manager" names two positions only when there are two contacts.
    const positions = names.length > 1 ? (text("position") ?? "").split(/\s*\/\s*/).filter((x) => x) : text("position") ? [text("position")!] : [];
    const phones = splitSlash(text("phone"));
    const emails = splitSlash(text("email"));
    const contacts: Contact[] = names.map((name, k) => ({
      name,
      ...(positions[k] ?? positions[0] ? { position: positions[k] ?? positions[0]! } : {}),
      ...(phones[k] ? { phone: phones[k]! } : {}),
      ...(emails[k] ? { email: emails[k]! } : {}),
    }));
    const contactBlocks = (["contact", "position", "phone", "email"] as const).flatMap((f) => values[f] ?? []);
    if (contactBlocks.length) {
      const first = contactBlocks[0]!;
      const last = contactBlocks[contactBlocks.length - 1]!;
      spans.contact = [first.start, last.start + last.text.length - first.start];
    }
    const titleBlock = doc.blocks[p.start]!;
    const purpose = text("purpose");
    const summary = text("summary");
    const recommendation = text("recommendation");
    const action = text("action");
    papers.push({
      type: "paper",
      id: `${meta.docId}:paper-${slug(p.title)}`,
      docId: meta.docId,
      ...(meta.board ? { board: meta.board } : {}),
      ...(meta.kind === "board agenda pack" ? { meetingDate: meta.date } : {}),
      title: p.title,
      ...(purpose ? { purpose } : {}),
      ...(summary ? { summary } : {}),
      ...(recommendation ? { recommendation } : {}),
      ...(action ? { action } : {}),
      contacts,
      spans,
      source: titleBlock.text,
      sourceStart: titleBlock.start,
      locator: blockLocator(titleBlock, [p.title], `paper "${p.title}"`),
    });
  }
  return papers;
}
