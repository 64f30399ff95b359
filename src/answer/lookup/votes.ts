/**
 * Recorded votes laid out as a matrix: a row per question put, a column per member headed by the member's
 * name, each cell the member's vote as a code ("F", "A", "Ab", "For", "Against") explained by the paper's
 * key ("Key: F voted for; A voted against; Ab abstained"). "Who voted against renaming X?" reads the row of
 * the question put and lists the members whose cell says against; "which votes were lost?" lists the rows
 * whose result says so. Neither is said anywhere in words: the decision's own paragraph gives no names.
 */
import type { CellRecord } from "../../ingest/records/schema.js";
import { matchScore } from "../../util/similarity.js";
import { escapeRegExp } from "../../util/text.js";
import { humanDate } from "../../util/dates.js";
import { topicWords, type TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

type Side = "for" | "against" | "abstained";

/** A column headed by a person: "Cllr Rufus Tenniswood (Vice-Chair)", "Councillor Ann Lee". */
const PERSON_HEADER = /^(?:cllr|councillor|mayor|alderman|dr|mr|mrs|ms|miss)\.?\s+\S/i;
/** A member's vote as a short code or word. */
const VOTE_CODE = /^[A-Za-z✓✔✗✘]{1,9}\*?$/;
/** The fewest members' columns that make a table a record of votes. */
const MIN_MEMBERS = 3;

/** What a vote code means without a key. */
const DEFAULT_SIDES: [RegExp, Side][] = [
  [/^(?:f|for|y|yes|aye|✓|✔)$/i, "for"],
  [/^(?:a|against|n|no|nay|✗|✘)$/i, "against"],
  [/^(?:ab|abs|abst|abstain(?:ed)?|abstention)$/i, "abstained"],
];

/** The question asks who voted one way: "who voted against …", "who abstained on …", "who opposed …". */
const ASKS_SIDE: [RegExp, Side][] = [
  [/\bvot(?:e|ed|es|ing)\s+against\b|\bopposed\b|\bvoted\s+no\b/i, "against"],
  [/\bvot(?:e|ed|es|ing)\s+(?:for|in favour)\b|\bsupported\b|\bvoted\s+yes\b/i, "for"],
  [/\babstain\w*|\babstention/i, "abstained"],
];
/** The question asks which questions put ended one way: "which votes were lost?", "what was carried?". */
const ASKS_OUTCOME = /\b(?:which|what)\b.*\b(lost|defeated|failed|fell|rejected|carried|passed|agreed)\b/i;
const OUTCOME_WORDS: Record<string, RegExp> = {
  lost: /^(?:lost|defeated|fell|failed|not carried|rejected)\b/i,
  carried: /^(?:carried|passed|agreed|approved)\b/i,
};
/** Questions put are votes, motions, amendments, recommendations: a question about votes says so. */
const ABOUT_VOTES = /\bvot(?:e|ed|es|ing)\b|\bmotions?\b|\bamendments?\b|\babstain\w*|\bdivisions?\b/i;
/** An amendment or an officers' recommendation is not what "the vote on X" means unless it is asked. */
const SUBSIDIARY = /^(?:amendment|officers?['’]? recommendation|procedural motion)\b/i;
const VOTE_WORDS = new Set(["vote", "voted", "votes", "voting", "against", "favour", "abstain", "abstained", "abstention", "opposed", "supported", "who", "which", "lost", "carried", "passed", "defeated", "member", "members", "cllr", "councillor"]);

interface Matrix {
  docId: string;
  table: string;
  rows: CellRecord[][];
  members: string[];
  sideOf: (code: string) => Side | undefined;
}

/** The tables of recorded votes: at least three columns headed by people, every filled cell of them a code. */
function voteMatrices(ctx: LookupContext): Matrix[] {
  const tables = new Map<string, Map<string, CellRecord[]>>();
  for (const c of ctx.recordsOf("cell")) {
    const key = `${c.docId}\u0000${c.table}`;
    const rows = tables.get(key) ?? new Map<string, CellRecord[]>();
    const rowKey = `${c.sourceStart}`;
    rows.set(rowKey, [...(rows.get(rowKey) ?? []), c]);
    tables.set(key, rows);
  }
  const found: Matrix[] = [];
  for (const [key, rowMap] of tables) {
    const [docId, table] = key.split("\u0000") as [string, string];
    const rows = [...rowMap.values()];
    const columns = [...new Set(rows.flat().map((c) => c.column))];
    const members = columns.filter((col) => PERSON_HEADER.test(col) && rows.every((r) => r.filter((c) => c.column === col).every((c) => VOTE_CODE.test(c.value.trim()))));
    if (members.length < MIN_MEMBERS) continue;
    const codes = [...new Set(rows.flat().filter((c) => members.includes(c.column)).map((c) => c.value.trim()))];
    const sideOf = codeMeanings(ctx.textOf?.(docId) ?? "", codes);
    const sided = codes.filter((c) => sideOf(c)).length;
    // (A table of members' attendance codes is not a record of votes: its codes mean no side, or it never says vote.)
    if (sided < 2 || !(ABOUT_VOTES.test(table) || columns.some((c) => ABOUT_VOTES.test(c)) || /\bvot(?:e|ed|es|ing)\b/i.test(ctx.textOf?.(docId) ?? ""))) continue;
    found.push({ docId, table, rows, members, sideOf });
  }
  return found;
}

/**
 * What each code means: the paper's key where it pairs the code with a side ("F voted for", "A = against",
 * "Ab – abstained"), otherwise the usual codes; a code marked with an asterisk ("F*", a casting vote) is the
 * code's side.
 */
function codeMeanings(text: string, codes: string[]): (code: string) => Side | undefined {
  const keyText = text
    .split("\n")
    .filter((l) => /\b(?:key|legend|codes?)\b/i.test(l))
    .join("\n");
  const fromKey = new Map<string, Side>();
  for (const code of codes) {
    // (The code as written, case and all: "A voted against" is a key, "a vote for" is not.)
    const m = new RegExp(`(?<![\\w*])${escapeRegExp(code)}(?![\\w*])\\s*(?:[=:–—-]\\s*)?(?:(?:voted|votes?|vote[sd])\\s+)?([Ff]or|[Ii]n favour|[Aa]gainst|[Aa]bstain\\w*|[Aa]bstention)\\b`).exec(keyText);
    if (m) fromKey.set(code, /^f|^i/i.test(m[1]!) ? "for" : /^ag/i.test(m[1]!) ? "against" : "abstained");
  }
  return (code: string) => {
    const bare = code.replace(/\*$/, "");
    return fromKey.get(code) ?? fromKey.get(bare) ?? DEFAULT_SIDES.find(([re]) => re.test(bare))?.[1];
  };
}

/** A row's own words: its label and the cells that are not a member's vote, a count or the result. */
function rowWords(row: CellRecord[], m: Matrix): string {
  const words = row.filter((c) => !m.members.includes(c.column) && !/^[\d\s.]*$/.test(c.value) && c.value.trim() !== outcomeOf(row, m)).map((c) => c.value.trim());
  const label = row[0]!.rowLabel.trim();
  return [...(/^[\d\s.]*$/.test(label) || words.includes(label) ? [] : [label]), ...words].join(" ");
}

/** The cell of a row saying how the question put ended ("Carried", "Lost"). */
function outcomeOf(row: CellRecord[], m: Matrix): string | undefined {
  const cells = row.filter((c) => !m.members.includes(c.column));
  return (cells.find((c) => /\b(?:result|outcome)\b/i.test(c.column)) ?? cells.find((c) => Object.values(OUTCOME_WORDS).some((re) => re.test(c.value.trim()))))?.value.trim();
}

function rowSpan(row: CellRecord[]) {
  const first = row[0]!;
  return { docId: first.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator };
}

/** The counts and result beside a row's votes: "For 6; Against 3; Abstained 1; Result Carried". */
function tally(row: CellRecord[], m: Matrix): string {
  return row
    .filter((c) => !m.members.includes(c.column) && (/^\d{1,3}$/.test(c.value.trim()) || c.value.trim() === outcomeOf(row, m)))
    .map((c) => `${c.column} ${c.value.trim()}`)
    .join("; ");
}

export function lookupRecordedVotes(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const question = query.question;
  const side = ASKS_SIDE.find(([re]) => re.test(question))?.[1];
  const outcome = !side && ABOUT_VOTES.test(question) ? ASKS_OUTCOME.exec(question)?.[1]?.toLowerCase() : undefined;
  if (!side && !outcome) return undefined;
  const matrices = voteMatrices(ctx);
  if (!matrices.length) return side ? (votesListed(query, ctx, side) ?? (side !== "for" ? votesSaid(query, ctx, side) : undefined)) : undefined;
  const words = topicWords(question).filter((w) => !VOTE_WORDS.has(w.toLowerCase()));
  const finding = emptyFinding();
  const titleOf = (m: Matrix) => `"${m.table.split(" > ").pop()}", ${ctx.docById.get(m.docId)?.meta.title ?? m.docId}`;

  if (outcome) {
    const wanted = OUTCOME_WORDS[/^(?:lost|defeated|failed|fell|rejected)$/.test(outcome) ? "lost" : "carried"]!;
    // (The matrices of the meeting or paper the question's other words name, when they name one.)
    const fit = (m: Matrix) => (words.length ? matchScore(words, `${m.table} ${ctx.docById.get(m.docId)?.meta.title ?? ""} ${ctx.docById.get(m.docId)?.meta.board ?? ""}`, { equivalents: 0.6 }).score : 0);
    const best = Math.max(...matrices.map(fit));
    for (const m of matrices.filter((x) => fit(x) >= best)) {
      const rows = m.rows.filter((r) => wanted.test(outcomeOf(r, m) ?? ""));
      if (!rows.length) continue;
      finding.lines.push(`${rows.length} question${rows.length === 1 ? "" : "s"} put ${rows.length === 1 ? "was" : "were"} ${outcome} (${titleOf(m)}):`);
      for (const r of rows) {
        finding.lines.push(`• ${rowWords(r, m)} (${tally(r, m)})`);
        finding.rows.push(...r);
        finding.evidence.push(rowSpan(r));
      }
    }
    return finding.lines.length ? finding : undefined;
  }

  // The row of the question put that the question names; a substantive motion before an amendment to it.
  if (!words.length) return undefined;
  const scored = matrices.flatMap((m) =>
    m.rows.map((r) => {
      const text = rowWords(r, m);
      const subsidiary = SUBSIDIARY.test(text.replace(/^[\d\s.]+/, "")) && !/\bamend|\brecommend/i.test(question);
      return { m, r, subsidiary, ...matchScore(words, text, { equivalents: 0.6 }) };
    }),
  ).filter((s) => s.fraction >= 0.5);
  const substantive = scored.some((s) => !s.subsidiary) ? scored.filter((s) => !s.subsidiary) : scored;
  const top = Math.max(...substantive.map((s) => s.score));
  const best = substantive.filter((s) => s.score >= top);
  if (best.length !== 1) return undefined;
  const { m, r } = best[0]!;
  const voters = r.filter((c) => m.members.includes(c.column) && m.sideOf(c.value.trim()) === side).map((c) => c.column.trim());
  const what = rowWords(r, m);
  const verb = side === "abstained" ? "Abstained on" : `Voted ${side}`;
  finding.lines.push(
    voters.length
      ? `${verb} "${what}" (${titleOf(m)}): ${voters.join("; ")}.${tally(r, m) ? ` (${tally(r, m)})` : ""}`
      : `No member ${side === "abstained" ? "abstained" : `voted ${side}`} on "${what}" (${titleOf(m)}).${tally(r, m) ? ` (${tally(r, m)})` : ""}`,
  );
  finding.rows.push(...r);
  finding.evidence.push(rowSpan(r));
  return finding;
}

/**
 * A vote as minutes say it in a sentence: "Agreed by 8 votes to 1 (Cllr A), with 1 abstention (Cllr B)."
 * The names in brackets after the votes against and the abstentions are who voted so.
 */
const VOTE_SENTENCE = /[^.\n]*\b(?:agreed|carried|approved|passed|lost|defeated|rejected)\s+by\s+(\w+)\s+votes?\s+to\s+(\w+)(?:\s*\(([^()]+)\))?(?:,?\s*with\s+(\w+)\s+abstentions?(?:\s*\(([^()]+)\))?)?[^.\n]*\.?/gi;

/** "Who voted against X?" of minutes that give the vote in a sentence: the item the question names, its vote. */
function votesSaid(query: TypedQuery, ctx: LookupContext, side: Side): Finding | undefined {
  const words = topicWords(query.question).filter((w) => !VOTE_WORDS.has(w.toLowerCase()));
  const minutes = ctx.recordsOf("minute");
  const said = minutes.flatMap((r) => {
    const text = ctx.textOf?.(r.docId);
    if (!text) return [];
    const next = minutes.filter((x) => x.docId === r.docId && x.sourceStart > r.sourceStart).reduce((n, x) => Math.min(n, x.sourceStart), r.textEnd ?? text.length);
    const item = text.slice(r.sourceStart, next);
    return [...item.matchAll(VOTE_SENTENCE)].map((m) => ({ r, m, at: r.sourceStart + m.index!, fit: matchScore(words, `${r.title} ${r.decision ?? ""}`, { equivalents: 0.6 }) }));
  });
  const fitting = words.length ? said.filter((x) => x.fit.fraction >= 0.5) : said.length === 1 ? said : [];
  const top = Math.max(...fitting.map((x) => x.fit.score));
  const best = fitting.filter((x) => x.fit.score >= top);
  if (best.length !== 1) return undefined;
  const { r, m, at } = best[0]!;
  const names = side === "against" ? m[3] : m[5];
  const count = side === "against" ? m[2] : m[4];
  const sentence = m[0].trim();
  const start = at + m[0].indexOf(sentence);
  const finding = emptyFinding();
  const where = `${r.board ?? "the meeting"}, ${humanDate(r.meetingDate)}, item ${r.number} "${r.title}"`;
  finding.lines.push(
    names
      ? `${side === "against" ? "Voted against" : "Abstained"} (${where}): ${names.trim()}. The minutes say: "${sentence}"`
      : `The minutes give ${count ?? "no"} ${side === "against" ? "vote(s) against" : "abstention(s)"} without naming who (${where}): "${sentence}"`,
  );
  finding.rows.push(r);
  finding.evidence.push({ docId: r.docId, start, end: start + sentence.length, locator: { ...r.locator, row: `minute ${r.number}, vote` } });
  return finding;
}


/** A voter's reply as a voting tool records it: "Approve", "Approve with comments", "Reject", "Abstain". */
const REPLY_SIDES: [RegExp, Side][] = [
  [/^(?:approved?|for|yes|agreed?|support(?:ed)?|in favour)\b/i, "for"],
  [/^(?:reject(?:ed)?|against|no|oppose[ds]?|disagree[ds]?)\b/i, "against"],
  [/^(?:abstain(?:ed)?|abstention)\b/i, "abstained"],
];
/** A column of the replies: "Response", "Vote", "Reply". */
const REPLY_COLUMN = /^(?:response|vote|votes?\s+cast|reply|voted)$/i;

/** "Surname, Forename (Cllr)", as an address book lists people: "Cllr Forename Surname". */
const asAddressed = (label: string) => {
  const m = /^([^,()]+),\s*([^,()]+?)\s*(?:\((cllr|councillor|dr|mr|mrs|ms)\))?$/i.exec(label.trim());
  return m ? `${m[3] ? `${m[3]} ` : ""}${m[2]} ${m[1]}`.trim() : label.trim();
};

/** A row of a table as the documents' text gives it: its cells " | " apart. */
const cellsOf = (line: string) => line.split(" | ").map((c) => c.trim());

/**
 * A vote taken by a voting tool, its replies listed a voter a row ("Lidstone, Henrietta (Cllr) | Reject |
 * 18/11 12:11", Outlook's tracking of its voting buttons): who replied the way asked, in the list whose paper
 * the question's words name; the voter's comment with the reply, when the paper gives one in a line of its
 * own opening with the voter's name.
 */
function votesListed(query: TypedQuery, ctx: LookupContext, side: Side): Finding | undefined {
  const words = topicWords(query.question).filter((w) => !VOTE_WORDS.has(w.toLowerCase()));
  type Reply = { voter: string; reply: string; start: number; line: string };
  const lists: { docId: string; replies: Reply[] }[] = [];
  for (const doc of ctx.documents) {
    const text = ctx.textOf?.(doc.meta.docId);
    if (!text || !text.includes(" | ")) continue;
    let at = 0;
    let column = -1;
    let replies: Reply[] = [];
    for (const line of text.split("\n")) {
      const cells = cellsOf(line);
      const header = cells.findIndex((c) => REPLY_COLUMN.test(c));
      if (header > 0) {
        column = header;
        replies = [];
        lists.push({ docId: doc.meta.docId, replies });
      } else if (column > 0 && cells.length > 1 && cells.length >= column + 1) {
        replies.push({ voter: cells[0]!, reply: cells[column]!, start: at, line });
      } else if (column > 0 && cells.length === 1 && /^[^,]+,[^,]+$/.test(line.trim())) {
        // (A voter who did not reply: a row of the name alone.)
      } else column = -1;
      at += line.length + 1;
    }
  }
  const voting = lists.filter((l) => l.replies.filter((r) => REPLY_SIDES.some(([re]) => re.test(r.reply))).length >= MIN_MEMBERS);
  const fit = (l: (typeof lists)[number]) => matchScore(words, ctx.docById.get(l.docId)?.meta.title ?? "", { equivalents: 0.6 });
  const fitting = voting.filter((l) => !words.length || fit(l).fraction >= 0.5);
  if (fitting.length !== 1) return undefined;
  const { docId, replies } = fitting[0]!;
  const meta = ctx.docById.get(docId)?.meta;
  const text = ctx.textOf?.(docId) ?? "";
  const locate = (offset: number) => ctx.locate?.(docId, offset) ?? { section: [] };
  const voted = replies.filter((r) => REPLY_SIDES.find(([re]) => re.test(r.reply))?.[1] === side);
  const finding = emptyFinding();
  const where = (r: Reply) => ({ docId, start: r.start, end: r.start + r.line.length, locator: { ...locate(r.start), row: asAddressed(r.voter) } });
  if (!voted.length) {
    finding.lines.push(`No one ${side === "abstained" ? "abstained" : `voted ${side}`} in the replies listed in ${meta?.title ?? docId}.`);
    finding.evidence.push(where(replies[0]!));
    return finding;
  }
  finding.lines.push(`${side === "abstained" ? "Abstained" : `Voted ${side}`} (${meta?.title ?? docId}):`);
  for (const r of voted) {
    finding.lines.push(`• ${asAddressed(r.voter)} – ${r.reply}`);
    finding.evidence.push(where(r));
    // (The voter's comment: a line of its own opening with the name as the list gives it, after the list.)
    const at = text.indexOf(`\n${r.voter} `, r.start + r.line.length);
    if (at < 0) continue;
    const start = at + 1;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? undefined : end);
    if (line.length <= r.voter.length + 10) continue;
    finding.lines.push(`  ${line.trim()}`);
    finding.evidence.push({ docId, start, end: start + line.length, locator: { ...locate(start), row: `${asAddressed(r.voter)}, comment` } });
  }
  return finding;
}
