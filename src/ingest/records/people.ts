/**
 * Board membership lists (person, council, political group, role) and attendance sheets (person, meeting,
 * present or not). Group headings are one-cell rows ("Labour (8)", "Substitutes"); roles come from the
 * parenthesis after a name ("(Deputy Chair)") or from the heading the name sits under.
 */
import type { AttendanceRecord, MemberRecord, MemberRole } from "./schema.js";
import { blockLocator, filled, tableFamilies, type ExtractContext } from "./context.js";
import { financialYearOf, normaliseFinancialYear, parseSlashDate } from "../../util/dates.js";

const TITLES = /^(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|baron|dr|mr|mrs|ms|miss|prof(?:essor)?|rt hon|the)\.?\s+/i;
const HONOURS = /(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|QC|KC|FRSA|CB))+$/;

/** "Cllr Peter Fleming OBE" -> "Peter Fleming". */
export function personName(display: string): string {
  let name = display.trim();
  let previous = "";
  while (previous !== name) {
    previous = name;
    name = name.replace(TITLES, "").replace(HONOURS, "").trim();
  }
  return name;
}

const PERSON = /^(?:(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|dr|mr|mrs|ms)\.?\s+)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,3}(?:\s+(?:OBE|MBE|CBE|JP|DL))*(?:\s*\([^)]*\))?$/;

function roleFrom(parenthesis: string | undefined): MemberRole | undefined {
  if (!parenthesis) return undefined;
  const p = parenthesis.toLowerCase();
  if (/deputy/.test(p)) return "deputy chair";
  if (/vice/.test(p)) return "vice-chair";
  if (/chair/.test(p)) return "chair";
  if (/observer/.test(p)) return "observer";
  if (/substitute/.test(p)) return "substitute";
  return undefined;
}

function termOf(title: string | undefined, fallbackDate: string): string {
  const m = title && /(\d{4})\s*[/-]\s*(\d{2,4})/.exec(title);
  return (m && normaliseFinancialYear(`${m[1]}/${m[2]}`)) || financialYearOf(fallbackDate);
}

export function extractMembership(ctx: ExtractContext, consumed: Set<number>): MemberRecord[] {
  const { doc, meta } = ctx;
  const members: MemberRecord[] = [];
  for (const family of tableFamilies(doc)) {
    const first = family[0]!;
    const isMembership = /membership/i.test(first.title ?? "") && /councillor|member|name/i.test(first.header[0] ?? "");
    if (!isMembership || family.some((t) => consumed.has(t.index))) continue;
    const term = termOf(first.title, meta.date);
    let group: string | undefined;
    let mode: MemberRole = "member";
    for (const table of family) {
      consumed.add(table.index);
      for (const i of table.rows) {
        const b = doc.blocks[i]!;
        const cells = b.cells ?? [];
        const nonEmpty = filled(cells);
        const head = nonEmpty[0] ?? "";
        const isGroupLabel = nonEmpty.length === 1 && (/\(\d+\)$/.test(head) || /substitut|observer/i.test(head) || !PERSON.test(head));
        if (isGroupLabel) {
          if (/substitut/i.test(head)) mode = "substitute";
          else if (/observer/i.test(head)) {
            mode = "observer";
            group = undefined;
          } else {
            group = head.replace(/\s*\(\d+\)$/, "").trim();
            mode = "member";
          }
          continue;
        }
        if (!PERSON.test(head)) continue;
        const paren = /\(([^)]*)\)\s*$/.exec(head)?.[1];
        const displayName = head.replace(/\s*\([^)]*\)\s*$/, "").trim();
        const council = nonEmpty[1];
        const role = roleFrom(paren) ?? mode;
        const person = personName(displayName);
        members.push({
          type: "member",
          id: `${meta.docId}:member-${term}-${person}`,
          docId: meta.docId,
          ...(meta.board ? { board: meta.board } : {}),
          term,
          person,
          displayName,
          ...(council ? { council } : {}),
          ...(group ? { group } : {}),
          role,
          source: b.text,
          sourceStart: b.start,
          locator: blockLocator(b, [first.title ?? "Membership"], displayName),
        });
      }
    }
  }
  return members;
}

export function extractAttendance(ctx: ExtractContext, consumed: Set<number>): AttendanceRecord[] {
  const { doc, meta } = ctx;
  const records: AttendanceRecord[] = [];
  for (const table of doc.tables) {
    if (consumed.has(table.index)) continue;
    const dateCols = table.header.map((h, k) => ({ k, label: h, iso: parseSlashDate(h) })).filter((c) => c.iso);
    if (dateCols.length === 0) continue;
    const rows = table.rows.map((i) => doc.blocks[i]!);
    const yesNo = rows.filter((r) => (r.cells ?? []).some((c) => /^(yes|no)$/i.test(c))).length;
    if (yesNo < 2) continue;
    consumed.add(table.index);
    let group: string | undefined;
    for (const b of rows) {
      const cells = b.cells ?? [];
      const nonEmpty = filled(cells);
      if (nonEmpty.length === 1 && !dateCols.some((c) => /^(yes|no)$/i.test(cells[c.k] ?? ""))) {
        group = nonEmpty[0];
        continue;
      }
      const person = personName(cells[0] ?? "");
      if (!person) continue;
      for (const c of dateCols) {
        const v = (cells[c.k] ?? "").toLowerCase();
        records.push({
          type: "attendance",
          id: `${meta.docId}:attendance-${c.iso}-${person}`,
          docId: meta.docId,
          ...(meta.board ? { board: meta.board } : {}),
          person,
          ...(group ? { group } : {}),
          meetingDate: c.iso!,
          meetingLabel: c.label,
          present: v === "yes" ? true : v === "no" ? false : null,
          source: b.text,
          sourceStart: b.start,
          locator: blockLocator(b, [table.title ?? "Attendance"], `${cells[0]}, ${c.label}`),
        });
      }
    }
  }
  return records;
}
