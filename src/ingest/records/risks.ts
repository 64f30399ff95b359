/**
 * Risk register rows: a reference, text cells, and impact x likelihood = score. The columns are found from
 * the numbers themselves (headers of registers are often two rows deep and misaligned), and the band is read
 * from the register's own key ("11 to 15 | Amber | Management action ...") when the document has one.
 */
import type { RiskRecord } from "./schema.js";
import { REF_PATTERN, blockLocator, type ExtractContext } from "./context.js";

interface Band {
  from: number;
  to: number;
  name: string;
}

const BAND_ROW = /^(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})$/;
const COLOUR = /^(green|yellow|amber|red|orange|blue|purple|black|white|grey)$/i;

function findBands(ctx: ExtractContext, consumed: Set<number>): Band[] {
  const bands: Band[] = [];
  for (const table of ctx.doc.tables) {
    const rows = table.rows.map((i) => ctx.doc.blocks[i]!.cells ?? []);
    const found = rows.flatMap((cells) => {
      const m = BAND_ROW.exec(cells[0] ?? "");
      const colour = cells.slice(1).find((c) => COLOUR.test(c));
      return m && colour ? [{ from: Number(m[1]), to: Number(m[2]), name: colour.charAt(0).toUpperCase() + colour.slice(1).toLowerCase() }] : [];
    });
    if (found.length >= 2) {
      bands.push(...found);
      consumed.add(table.index);
    }
  }
  return bands;
}

const NUMBER = /^\d{1,2}$/;

export function extractRisks(ctx: ExtractContext, consumed: Set<number>): RiskRecord[] {
  const { doc, meta } = ctx;
  const bands = findBands(ctx, consumed);
  const risks: RiskRecord[] = [];
  for (const table of doc.tables) {
    const found: RiskRecord[] = [];
    for (const i of table.rows) {
      const b = doc.blocks[i]!;
      const cells = b.cells ?? [];
      if (!REF_PATTERN.test(cells[0] ?? "")) continue;
      // impact, likelihood, score: three numbers in a row with score = impact x likelihood.
      let at = -1;
      for (let k = 1; k + 2 < cells.length; k++) {
        if ([cells[k], cells[k + 1], cells[k + 2]].every((c) => NUMBER.test(c ?? "")) && Number(cells[k]) * Number(cells[k + 1]) === Number(cells[k + 2])) {
          at = k;
          break;
        }
      }
      if (at < 0) continue;
      const before = cells.slice(1, at).filter((c) => c);
      const after = cells.slice(at + 3).filter((c) => c);
      const score = Number(cells[at + 2]);
      const band = bands.find((x) => score >= x.from && score <= x.to)?.name;
      const section = [table.title ?? "risk register"];
      found.push({
        type: "risk",
        id: `${meta.docId}:${cells[0]}`,
        docId: meta.docId,
        ref: cells[0]!,
        ...(before.length >= 2 ? { category: before[0]! } : {}),
        description: before[before.length - 1] ?? "",
        impact: Number(cells[at]),
        likelihood: Number(cells[at + 1]),
        score,
        ...(band ? { band } : {}),
        ...(after.length >= 1 ? { mitigation: after[0]! } : {}),
        ...(after.length >= 2 ? { owner: after[after.length - 1]! } : {}),
        source: b.text,
        sourceStart: b.start,
        locator: blockLocator(b, section, cells[0]!),
      });
    }
    if (found.length >= 2) {
      risks.push(...found);
      consumed.add(table.index);
    }
  }
  return risks;
}
