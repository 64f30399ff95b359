/**
 * A finance system's transaction listing gives no total for any supplier or council: its payments to one
 * are scattered rows, a duplicate payment and its reversal two more ("SALLOWMERE BOROUGH COUNC | … |
 * 9,000.00" twice, then a credit of 9,000.00). "How much has Sallowmere been paid?" is the sum of the
 * debits on its rows less the credits, each row cited.
 */
import type { CellRecord } from "../../ingest/records/schema.js";
import { contentWords } from "../../util/text.js";
import { ASKS_AMOUNT_OF_MONEY } from "../expected.js";
import { topicWords, type TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

const DEBIT = /^(?:debit|dr|debits|payments?)(?:\s*\(£\))?$/i;
const CREDIT = /^(?:credit|cr|credits|receipts?)(?:\s*\(£\))?$/i;
/** The column naming who a posting was paid to or received from. */
const PARTY = /\b(?:supplier|customer|payee|recipient|council|account name|paid to|name)\b/i;
/** Words of a question that are not the party's name. */
const NOT_A_NAME = /^(?:paid|pay|payment|payments|actually|really|been|received|got|get|much|total|year|yr|this|far|so|to|date|net|fund|money)$/i;

const amount = (value: string | undefined) => {
  const m = /^[£]?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)$/.exec((value ?? "").trim());
  return m ? Number(m[1]!.replace(/,/g, "")) : 0;
};
/** A sum as people write it: "£9,000", with pence only where there are any ("£9,012.50"). */
const pounds = (n: number) => `£${n.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;

export function lookupLedgerNet(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!ASKS_AMOUNT_OF_MONEY.test(query.question) || !/\b(?:paid|received)\b/i.test(query.question)) return undefined;
  const names = topicWords(query.topic).map((w) => w.toLowerCase()).filter((w) => !NOT_A_NAME.test(w) && w.length >= 4);
  if (names.length === 0) return undefined;
  // The rows of each listing: its cells grouped by the row they are of.
  const rows = new Map<string, CellRecord[]>();
  for (const c of ctx.recordsOf("cell")) {
    const key = `${c.docId}:${c.sourceStart}`;
    rows.set(key, [...(rows.get(key) ?? []), c]);
  }
  const byTable = new Map<string, { party: CellRecord; debit: number; credit: number }[]>();
  for (const cells of rows.values()) {
    const party = cells.find((c) => PARTY.test(c.column));
    const debit = cells.find((c) => DEBIT.test(c.column.trim()));
    const credit = cells.find((c) => CREDIT.test(c.column.trim()));
    if (!party || (!debit && !credit)) continue;
    // (A name as the system cuts it, "SALLOWMERE BOROUGH COUNC": its first word is the one asked.)
    const first = contentWords(party.value)[0]?.toLowerCase();
    if (!first || !names.includes(first)) continue;
    const key = `${party.docId}:${party.table}`;
    byTable.set(key, [...(byTable.get(key) ?? []), { party, debit: amount(debit?.value), credit: amount(credit?.value) }]);
  }
  if (byTable.size === 0) return undefined;
  const finding = emptyFinding();
  for (const postings of byTable.values()) {
    const debits = postings.reduce((s, p) => s + p.debit, 0);
    const credits = postings.reduce((s, p) => s + p.credit, 0);
    const title = ctx.docById.get(postings[0]!.party.docId)?.meta.title ?? postings[0]!.party.docId;
    finding.lines.push(
      `${postings[0]!.party.value}: ${pounds(debits - credits)} net in ${title} (${postings.length} posting${postings.length === 1 ? "" : "s"}: debits ${pounds(debits)}, credits ${pounds(credits)}).`,
    );
    // (Each posting's row, cited by its party's cell, the row's source.)
    for (const { party } of postings) {
      finding.lines.push(`• ${party.source}`);
      finding.evidence.push({ docId: party.docId, start: party.sourceStart, end: party.sourceStart + party.source.length, locator: party.locator });
      finding.rows.push(party);
    }
  }
  return finding;
}
