/**
 * Targets and business-plan outcomes with their RAG status, from any table whose header has a status
 * column ("Is the LGA on track", "Has the target been achieved?", "Traffic light") or whose cells carry
 * RAG words. Column roles come from the header's words, so other reports with other layouts work too.
 */
import type { Block, Table } from "../structure.js";
import type { CellRecord, RagStatus, TargetRecord } from "./schema.js";
import { REF_PATTERN, blockLocator, cellOffset, filled, normaliseStatus, slug, tableFamilies, type ExtractContext } from "./context.js";

interface Columns {
  ref?: number;
  text?: number;
  lead?: number;
  delivered?: number;
  status?: number;
  impact?: number;
}

const ROLE_PATTERNS: [keyof Columns, RegExp][] = [
  ["status", /on track|traffic light|achieved\??$|been achieved|\bstatus\b|\brag\b/i],
  ["impact", /impact/i],
  ["delivered", /deliver|progress|update|commentary/i],
  ["lead", /lead|manager|owner|board|responsible/i],
  ["text", /target|outcome|objective|measure|priority|action/i],
];

function columnRoles(header: string[], rows: Block[]): Columns {
  const cols: Columns = {};
  header.forEach((h, i) => {
    if (!h) return;
    for (const [role, re] of ROLE_PATTERNS) {
      if (cols[role] === undefined && re.test(h)) {
        cols[role] = i;
        return;
      }
    }
  });
  const refRows = rows.filter((r) => REF_PATTERN.test(r.cells?.[0] ?? ""));
  if (refRows.length >= 2) cols.ref = 0;
  if (cols.text === undefined) {
    // The first column that is neither the reference nor another role holds the target text.
    const width = Math.max(header.length, ...rows.map((r) => r.cells?.length ?? 0));
    for (let i = 0; i < width; i++) {
      if (i === cols.ref || Object.values(cols).includes(i)) continue;
      cols.text = i;
      break;
    }
  }
  return cols;
}

const OBJECTIVE = /^objective\s*(\d+)\s*[:.\-–]?\s*(.*)$/i;
const LABEL_ROW = /^([A-Z][\w &/-]{1,30}):$/;

/** "Mark Norris Community Wellbeing Board" -> person and board; a bare board name stays a board. */
export function splitLead(lead: string): { leadPerson?: string; board?: string } {
  const m = /^([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}?),?\s+(.+)$/.exec(lead);
  if (m && !/^(?:board|task|team|group)\b/i.test(m[2]!) && !/\b(?:board|communities|council)$/i.test(m[1]!)) {
    return { leadPerson: m[1]!, board: m[2]! };
  }
  return { board: lead };
}

function statusOf(cells: string[], statusCol: number | undefined): { status?: RagStatus; index?: number } {
  if (statusCol !== undefined) {
    const s = normaliseStatus(cells[statusCol]);
    if (s) return { status: s, index: statusCol };
  }
  for (let i = cells.length - 1; i >= 1; i--) {
    const s = normaliseStatus(cells[i]);
    if (s) return { status: s, index: i };
  }
  return {};
}

/** A theme row of a markdown report reads "Funding for local government: Reform of ..."; keep the name. */
function themeName(text: string): string {
  const colon = text.indexOf(":");
  const name = colon > 0 && colon <= 60 ? text.slice(0, colon) : text;
  return name.replace(/:$/, "").trim();
}

function isTargetFamily(family: Table[], blocks: Block[], cols: Columns): boolean {
  const rows = family.flatMap((t) => t.rows.map((i) => blocks[i]!));
  const withStatus = rows.filter((r) => statusOf(r.cells ?? [], cols.status).status).length;
  return (cols.status !== undefined && rows.length > 0) || withStatus >= 2;
}

export function extractTargets(ctx: ExtractContext, consumed: Set<number>): { targets: TargetRecord[]; cells: CellRecord[] } {
  const { doc, meta } = ctx;
  const targets: TargetRecord[] = [];
  const cells: CellRecord[] = [];
  const docTitle = doc.blocks[0]?.text;
  let synthetic = 0;

  for (const family of tableFamilies(doc)) {
    if (family.some((t) => consumed.has(t.index))) continue;
    const header = family[0]!.header;
    const familyRows = family.flatMap((t) => t.rows.map((i) => doc.blocks[i]!));
    const cols = columnRoles(header, familyRows);
    if (!isTargetFamily(family, doc.blocks, cols)) continue;
    const familyTitle = cleanTitle(family[0]!.title, docTitle);
    const leadIsPerson = cols.lead !== undefined && /manager|owner|officer/i.test(header[cols.lead] ?? "");
    let section: string | undefined;
    let objective: { ref: string; text: string; status?: RagStatus } | undefined;
    let previousTitle: string | undefined = familyTitle;

    for (const table of family) {
      consumed.add(table.index);
      const tableTitle = cleanTitle(table.title, docTitle);
      if (tableTitle !== previousTitle) {
        section = undefined;
        objective = undefined;
        previousTitle = tableTitle;
      }
      const themeOf = () =>
        [familyTitle, tableTitle !== familyTitle ? tableTitle : undefined, section, objective ? `${objective.ref}: ${objective.text}` : undefined].filter(
          (s): s is string => !!s,
        );

      for (const i of table.rows) {
        const b = doc.blocks[i]!;
        const rowCells = b.cells ?? [];
        const nonEmpty = filled(rowCells);
        const first = nonEmpty[0] ?? "";
        const objectiveMatch = OBJECTIVE.exec(first);
        const { status, index: statusIndex } = statusOf(rowCells, cols.status);

        if (objectiveMatch) {
          objective = { ref: `Objective ${objectiveMatch[1]}`, text: objectiveMatch[2]!.trim(), ...(status ? { status } : {}) };
          targets.push({
            type: "target",
            level: "objective",
            id: `${meta.docId}:objective-${objectiveMatch[1]}`,
            docId: meta.docId,
            ref: objective.ref,
            refIsSynthetic: false,
            theme: themeOf().slice(0, -1),
            text: objective.text,
            status: status ?? null,
            columns: header.filter((h) => h),
            ...(statusIndex !== undefined ? { statusOffset: cellOffset(rowCells, statusIndex) } : {}),
            source: b.text,
            sourceStart: b.start,
            locator: blockLocator(b, themeOf().slice(0, -1), objective.ref),
          });
          continue;
        }
        const labelMatch = LABEL_ROW.exec(first);
        if (labelMatch && nonEmpty.length >= 2) {
          // "Comms: | 110 episodes of media coverage ..." belongs to the theme, not a target.
          cells.push({
            type: "cell",
            id: `${meta.docId}:cell-${b.line}`,
            docId: meta.docId,
            table: themeOf().join(" > ") || "table",
            rowLabel: labelMatch[1]!,
            column: header[rowCells.indexOf(nonEmpty[1]!)] || "value",
            value: nonEmpty.slice(1).join(" | "),
            source: b.text,
            sourceStart: b.start,
            locator: blockLocator(b, themeOf(), labelMatch[1]!),
          });
          continue;
        }
        const hasRef = cols.ref !== undefined && REF_PATTERN.test(rowCells[0] ?? "");
        if (!hasRef && nonEmpty.length === 1) {
          section = themeName(first);
          objective = undefined;
          continue;
        }
        const text = cols.text !== undefined ? rowCells[cols.text] : undefined;
        if (!text || (!hasRef && nonEmpty.length < 2)) continue;
        const ref = hasRef ? rowCells[0]! : `outcome ${++synthetic}`;
        const lead = cols.lead !== undefined ? rowCells[cols.lead] || undefined : undefined;
        const theme = themeOf();
        targets.push({
          type: "target",
          level: "target",
          id: `${meta.docId}:${hasRef ? ref : `outcome-${synthetic}-${slug(text, 24)}`}`,
          docId: meta.docId,
          ref,
          refIsSynthetic: !hasRef,
          theme,
          text,
          ...(lead ? { lead, ...(leadIsPerson ? { leadPerson: lead } : splitLead(lead)) } : {}),
          ...(cols.delivered !== undefined && rowCells[cols.delivered] ? { delivered: rowCells[cols.delivered] } : {}),
          status: status ?? null,
          columns: header.filter((h) => h),
          ...(!status && objective?.status ? { objectiveStatus: objective.status } : {}),
          ...(cols.impact !== undefined && rowCells[cols.impact] && cols.impact !== statusIndex ? { impact: rowCells[cols.impact] } : {}),
          ...(statusIndex !== undefined ? { statusOffset: cellOffset(rowCells, statusIndex) } : {}),
          source: b.text,
          sourceStart: b.start,
          locator: blockLocator(b, theme, hasRef ? `target ${ref}` : ref),
        });
      }
    }
  }
  return { targets, cells };
}

function cleanTitle(title: string | undefined, docTitle: string | undefined): string | undefined {
  if (!title || title === docTitle) return undefined;
  const t = title.replace(/:$/, "").trim();
  // Shouted section titles read better in sentence case: "SUPPORTING COUNCILS" -> "Supporting councils".
  return t === t.toUpperCase() && /[A-Z]/.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t;
}
