/**
 * Briefings for new board members, composed from the records: a board (who chairs it, who sits on it and
 * who changed, its meetings and papers), a meeting (agenda with pages, each paper's purpose,
 * recommendation and contact), or a performance report (statuses by theme, every Red and Amber target
 * with its lead and reason, headline figures, risks banded Amber or worse). Every line is backed by the
 * record it came from, so every line can be cited.
 */
import type { AgendaItemRecord, CellRecord, DocRecord, MeetingRecord, MemberRecord, MinuteRecord, PaperRecord, RagStatus, RiskRecord, TargetRecord } from "../ingest/records/schema.js";
import { RATINGS } from "../ingest/vocabulary.js";
import type { StoredDocument } from "../index/index.js";
import { humanDate } from "../util/dates.js";
import type { Span } from "./quotes.js";
import type { LookupContext } from "./lookup/types.js";
import { keySentence, rowFigures, targetSpan } from "./lookup/targets.js";
import { matchScore } from "../util/similarity.js";
import { columnMonth } from "./lookup/tables.js";

export interface BriefingSection {
  heading: string;
  lines: string[];
}

export interface Briefing {
  title: string;
  sections: BriefingSection[];
  evidence: Span[];
  rows: DocRecord[];
}

const spanOf = (r: DocRecord): Span => ({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator });
const clip = (t: string, max: number) => (t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, "")}…`);
const of = <T extends DocRecord["type"]>(ctx: LookupContext, type: T) => ctx.recordsOf(type);

function describe(m: MemberRecord): string {
  return `${m.displayName} (${[m.council, m.group].filter(Boolean).join(", ")})`;
}

/** The latest membership of a board, who changed since the list before, its meetings and papers. */
export function briefBoard(ctx: LookupContext, board: string): Briefing | undefined {
  const members = of(ctx, "member").filter((m) => !m.board || m.board === board);
  const meetings = of(ctx, "meeting").filter((m) => m.board === board);
  if (members.length === 0 && meetings.length === 0) return undefined;
  const brief: Briefing = { title: `Briefing: ${board}`, sections: [], evidence: [], rows: [] };
  const terms = [...new Set(members.map((m) => m.term))].sort();
  const latest = terms[terms.length - 1];
  if (latest) {
    const now = members.filter((m) => m.term === latest);
    const lines: string[] = [];
    const chair = now.filter((m) => m.role === "chair");
    const deputies = now.filter((m) => m.role === "deputy chair");
    const vice = now.filter((m) => m.role === "vice-chair");
    if (chair.length) lines.push(`Chair: ${chair.map(describe).join("; ")}`);
    if (deputies.length) lines.push(`Deputy chairs: ${deputies.map(describe).join("; ")}`);
    if (vice.length) lines.push(`Vice-chair: ${vice.map(describe).join("; ")}`);
    const groups = [...new Set(now.filter((m) => m.role === "member").map((m) => m.group ?? "Other"))];
    for (const g of groups) lines.push(`${g} members: ${now.filter((m) => m.role === "member" && (m.group ?? "Other") === g).map((m) => m.displayName).join(", ")}`);
    const subs = now.filter((m) => m.role === "substitute");
    if (subs.length) lines.push(`Substitutes: ${subs.map((m) => m.displayName).join(", ")}`);
    const observers = now.filter((m) => m.role === "observer");
    if (observers.length) lines.push(`Observers: ${observers.map((m) => m.displayName).join(", ")}`);
    brief.sections.push({ heading: `Membership ${latest} (the latest list I hold)`, lines });
    brief.rows.push(...chair, ...deputies, ...vice);
    brief.evidence.push(...[...chair, ...deputies, ...vice].map(spanOf));

    const previousTerm = terms[terms.length - 2];
    if (previousTerm) {
      const before = members.filter((m) => m.term === previousTerm && m.role !== "substitute");
      const after = now.filter((m) => m.role !== "substitute");
      const names = (list: MemberRecord[]) => new Set(list.map((m) => m.person));
      const left = before.filter((m) => !names(after).has(m.person));
      const joined = after.filter((m) => !names(before).has(m.person));
      const changed = after.filter((m) => {
        const b = before.find((x) => x.person === m.person);
        return b && (b.role !== m.role || b.council !== m.council);
      });
      const lines2: string[] = [];
      if (joined.length) lines2.push(`Joined: ${joined.map((m) => m.displayName).join(", ")}`);
      if (left.length) lines2.push(`Left: ${left.map((m) => m.displayName).join(", ")}`);
      for (const m of changed) {
        const b = before.find((x) => x.person === m.person)!;
        const what = [b.role !== m.role ? `${b.role} → ${m.role}` : "", b.council !== m.council ? `${b.council} → ${m.council}` : ""].filter(Boolean).join("; ");
        lines2.push(`Changed: ${m.displayName} (${what})`);
      }
      if (lines2.length) brief.sections.push({ heading: `Changes since ${previousTerm}`, lines: lines2 });
    }
  }
  const sortedMeetings = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  for (const meeting of sortedMeetings) {
    const items = of(ctx, "agenda_item").filter((i) => i.docId === meeting.docId);
    const papers = of(ctx, "paper").filter((p) => p.docId === meeting.docId);
    const lines = items.map((i) => `${i.number}. ${i.title}${i.pages ? ` (pp. ${i.pages})` : ""}${i.confidential ? " [confidential]" : ""}`);
    const contacts = [...new Set(papers.flatMap((p) => p.contacts.map((c) => c.name)))];
    if (contacts.length) lines.push(`Contact officers: ${contacts.join(", ")}`);
    brief.sections.push({ heading: `Meeting of ${humanDate(meeting.date)}${meeting.venue ? `, ${meeting.venue}` : ""}`, lines });
    brief.evidence.push(spanOf(meeting));
  }
  return brief;
}

/** A meeting: date, venue, agenda with pages, each paper's purpose, recommendation and contact. */
export function briefMeeting(ctx: LookupContext, doc: StoredDocument): Briefing | undefined {
  const meeting = of(ctx, "meeting").find((m) => m.docId === doc.meta.docId) as MeetingRecord | undefined;
  const items = of(ctx, "agenda_item").filter((i) => i.docId === doc.meta.docId) as AgendaItemRecord[];
  if (!meeting && items.length === 0) return undefined;
  const papers = of(ctx, "paper").filter((p) => p.docId === doc.meta.docId) as PaperRecord[];
  const brief: Briefing = { title: `Briefing: ${doc.meta.board ?? "board"} meeting, ${humanDate(doc.meta.date)}`, sections: [], evidence: [], rows: [] };
  if (meeting) {
    brief.sections.push({
      heading: "The meeting",
      lines: [`${humanDate(meeting.date)}${meeting.time ? `, ${meeting.time}` : ""}${meeting.venue ? `, ${meeting.venue}` : ""}.`, ...(meeting.nextMeeting ? [`Next meeting: ${meeting.nextMeeting}`] : [])],
    });
    brief.evidence.push(spanOf(meeting));
    brief.rows.push(meeting);
  }
  if (items.length) {
    brief.sections.push({
      heading: "Agenda",
      lines: items.map((i) => `${i.number}. ${i.title}${i.pages ? ` (pages ${i.pages})` : ""}${i.confidential ? " [confidential]" : ""}`),
    });
    brief.rows.push(...items);
    brief.evidence.push(...items.map(spanOf));
  }
  // Minutes: what each item decided, and who introduced it.
  const minutes = of(ctx, "minute").filter((m) => m.docId === doc.meta.docId);
  if (minutes.length) {
    brief.sections.push({
      heading: "Decisions",
      lines: minutes.map((m) => `${m.number ? `${m.number}. ` : ""}${m.title}${m.introducedBy ? ` (introduced by ${m.introducedBy})` : ""}${m.decision ? `: ${clip(m.decision, 200)}` : ""}`),
    });
    brief.rows.push(...minutes);
    for (const m of minutes) if (m.spans.decision) brief.evidence.push({ docId: m.docId, start: m.spans.decision[0], end: m.spans.decision[0] + m.spans.decision[1], locator: { ...m.locator, row: m.number ? `minute ${m.number}, decision` : `${m.title}, decision` } });
  }
  for (const p of papers) {
    const lines: string[] = [];
    if (p.purpose) lines.push(`Purpose: ${clip(p.purpose, 160)}`);
    if (p.recommendation) lines.push(`Recommendation: ${clip(p.recommendation, 260)}`);
    if (p.contacts.length) lines.push(`Contact: ${p.contacts.map((c) => [c.name, c.position].filter(Boolean).join(", ")).join("; ")}`);
    brief.sections.push({ heading: `Paper: ${p.title}`, lines });
    brief.rows.push(p);
    const rec = p.spans.recommendation;
    if (rec) brief.evidence.push({ docId: p.docId, start: rec[0], end: rec[0] + rec[1], locator: { ...p.locator, row: `paper "${p.title}", recommendation` } });
  }
  const confidential = items.filter((i) => i.confidential);
  if (confidential.length) brief.sections.push({ heading: "Confidential", lines: confidential.map((i) => `Item ${i.number}, ${i.title}: withheld from the published papers.`) });
  return brief;
}

/** How many completed targets a report's briefing lists by name (more are only counted). */
const MAX_DONE_LISTED = 5;

/** A performance report: statuses by theme, every Red and Amber target, the few complete, headline figures, high risks. */
export function briefReport(ctx: LookupContext, doc: StoredDocument): Briefing | undefined {
  const targets = (of(ctx, "target") as TargetRecord[]).filter((t) => t.docId === doc.meta.docId && t.level === "target");
  if (targets.length === 0) return undefined;
  const brief: Briefing = { title: `Briefing: ${doc.meta.title} (${doc.meta.period})`, sections: [], evidence: [], rows: [] };
  const themeOf = (t: TargetRecord) => t.theme.filter((x) => !/^objective/i.test(x))[0] ?? "Other";
  const themes = [...new Set(targets.map(themeOf))];
  brief.sections.push({
    heading: "Statuses by theme",
    lines: themes.map((theme) => {
      const list = targets.filter((t) => themeOf(t) === theme);
      const counts = RATINGS.map((s) => [s, list.filter((t) => t.status === s).length] as const).filter(([, n]) => n > 0);
      const unrated = list.filter((t) => !t.status).length;
      return `${theme}: ${counts.map(([s, n]) => `${n} ${s}`).join(", ")}${unrated ? `, ${unrated} without a rating` : ""}`;
    }),
  });
  const worse: RagStatus[] = ["Red", "Amber/Red", "Amber"];
  const flagged = targets.filter((t) => t.status && worse.includes(t.status)).sort((a, b) => worse.indexOf(a.status!) - worse.indexOf(b.status!));
  brief.sections.push({
    heading: `Red and Amber (${flagged.length})`,
    lines: flagged.map((t) => {
      const reason = keySentence(t, []);
      return `${t.status}${t.statusLabel ? ` (${t.statusLabel})` : ""} ${t.refIsSynthetic ? "" : `${t.ref} `}${clip(t.text, 90)}${t.lead ? ` — ${t.lead}` : ""}${reason ? ` — ${clip(reason, 160)}` : ""}`;
    }),
  });
  brief.rows.push(...flagged);
  brief.evidence.push(...flagged.map(targetSpan));
  // (And what is done, when it is a few: a new member hears what is off the list as well as what is on it.)
  const done = targets.filter((t) => t.status === "Blue");
  if (done.length && done.length <= MAX_DONE_LISTED) {
    brief.sections.push({
      heading: `Complete (${done.length})`,
      lines: done.map((t) => `${t.status}${t.statusLabel ? ` (${t.statusLabel})` : ""} ${t.refIsSynthetic ? "" : `${t.ref} `}${clip(t.text, 90)}${t.lead ? ` — ${t.lead}` : ""}`),
    });
    brief.rows.push(...done);
    brief.evidence.push(...done.map(targetSpan));
  }

  const figures = headlineFigures(ctx, doc);
  if (figures.length) brief.sections.push({ heading: "Headline figures", lines: figures.map((f) => f.line) });
  brief.evidence.push(...figures.map((f) => spanOf(f.cell)));
  // The register's serious risks: banded or rated Amber or worse, or in its own high bands.
  const serious = (r: RiskRecord) => /^(?:red|amber|high|very high|severe|critical|major)$/i.test(r.band ?? "") || (r.rating !== undefined && worse.includes(r.rating));
  const risks = (of(ctx, "risk") as RiskRecord[]).filter((r) => r.docId === doc.meta.docId && serious(r));
  if (risks.length) {
    brief.sections.push({
      heading: `Risks banded Amber or worse, or high (${risks.length})`,
      lines: risks.map((r) => `${r.ref} (${[r.band ?? r.rating, r.score !== undefined ? `score ${r.score}` : ""].filter(Boolean).join(", ")}): ${clip(r.description, 110)}${r.owner ? ` — ${r.owner}` : ""}`),
    });
    brief.rows.push(...risks);
    brief.evidence.push(...risks.map(spanOf));
  }
  return brief;
}

/**
 * A risk register: every risk, highest score first, with its score, its band, where it is heading and its
 * owner; the register's rule for what is escalated, where its paper states one, quoted first.
 */
export function briefRiskRegister(ctx: LookupContext, docId: string): Briefing | undefined {
  const risks = (of(ctx, "risk") as RiskRecord[]).filter((r) => r.docId === docId);
  if (risks.length === 0) return undefined;
  const meta = ctx.docById.get(docId)!.meta;
  const brief: Briefing = { title: `Briefing: the risk register in ${meta.title} (${meta.period})`, sections: [], evidence: [], rows: [] };
  const ordered = [...risks].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  brief.sections.push({
    heading: `Risks (${risks.length}), highest first`,
    lines: ordered.map((r) => {
      const how = [r.score !== undefined ? `score ${r.score}` : "", r.band ?? r.rating ?? "", r.trend ?? ""].filter(Boolean).join(", ");
      return `${r.ref}${how ? ` (${how})` : ""}: ${clip(r.description, 110)}${r.owner ? ` — ${r.owner}` : ""}${r.mitigation ? ` — ${clip(r.mitigation, 120)}` : ""}`;
    }),
  });
  brief.rows.push(...ordered);
  brief.evidence.push(...ordered.map(spanOf));
  return brief;
}

/** A record is on a topic when it says this much of the topic's words (or their equivalents). */
const ON_TOPIC = 0.6;

/**
 * What the records say about a topic ("councillor safety"), for a briefing on it: the targets about it with
 * their rating and figures, and what meetings decided on items about it. Passages add the rest.
 */
export function briefRecordsOnTopic(ctx: LookupContext, words: string[]): { sections: BriefingSection[]; evidence: Span[]; rows: DocRecord[] } {
  const out = { sections: [] as BriefingSection[], evidence: [] as Span[], rows: [] as DocRecord[] };
  if (words.length === 0) return out;
  const weight = ctx.weight ? { weight: ctx.weight } : {};
  const about = (text: string) => matchScore(words, text, { equivalents: 0.6, ...weight }).fraction >= ON_TOPIC;
  const targets = (of(ctx, "target") as TargetRecord[]).filter((t) => t.level === "target" && about(t.text)).slice(0, 6);
  if (targets.length) {
    out.sections.push({
      heading: "Targets",
      lines: targets.map((t) => {
        const meta = ctx.docById.get(t.docId)?.meta;
        const figures = rowFigures(t);
        return `${t.refIsSynthetic ? "" : `${t.ref} `}${clip(t.text, 90)}: ${t.statusLabel ?? t.status ?? "no rating"}${figures ? `; ${clip(figures, 160)}` : ""}${meta ? ` (${meta.title}, ${meta.period})` : ""}`;
      }),
    });
    out.rows.push(...targets);
    out.evidence.push(...targets.map(targetSpan));
  }
  const decided = (of(ctx, "minute") as MinuteRecord[]).filter((m) => m.decision && m.spans.decision && about(m.title)).slice(0, 4);
  if (decided.length) {
    out.sections.push({
      heading: "Decisions",
      lines: decided.map((m) => `${humanDate(m.meetingDate)}, ${m.number ? `item ${m.number} ` : ""}"${clip(m.title, 80)}"${m.board ? ` (${m.board})` : ""}: ${clip(m.decision!.replace(/\s+/g, " "), 260)}`),
    });
    out.rows.push(...decided);
    out.evidence.push(...decided.map((m) => ({ docId: m.docId, start: m.spans.decision![0], end: m.spans.decision![0] + m.spans.decision![1], locator: m.locator })));
  }
  return out;
}

/** Totals of the report's figure tables in their latest month: staffing, membership and the like. */
function headlineFigures(ctx: LookupContext, doc: StoredDocument): { line: string; cell: CellRecord }[] {
  const cells = (of(ctx, "cell") as CellRecord[]).filter((c) => c.docId === doc.meta.docId && columnMonth(c.column) && /^[\d,.]+%?$/.test(c.value));
  const byRow = new Map<string, CellRecord[]>();
  for (const c of cells) byRow.set(`${c.table}|${c.rowLabel}`, [...(byRow.get(`${c.table}|${c.rowLabel}`) ?? []), c]);
  // Per table, its total row, or its first row when it has none.
  const tables = new Map<string, CellRecord[][]>();
  for (const row of byRow.values()) tables.set(row[0]!.table, [...(tables.get(row[0]!.table) ?? []), row]);
  const out: { line: string; cell: CellRecord }[] = [];
  for (const rows of tables.values()) {
    const row = rows.find((r) => /\btotal\b/i.test(r[0]!.rowLabel)) ?? rows[0]!;
    const latest = [...row].sort((a, b) => columnMonth(a.column)!.localeCompare(columnMonth(b.column)!)).pop()!;
    out.push({ line: `${latest.table.split(" > ").pop()}: ${latest.rowLabel} ${latest.value} (${latest.column})`, cell: latest });
  }
  return out.slice(0, 6);
}

/** Lines of a briefing, headed, for the CLI and the `answer` text (the surface trims to its limits). */
export function briefingLines(b: Briefing): string[] {
  return [b.title, ...b.sections.flatMap((s) => [`*${s.heading}*`, ...s.lines.map((l) => `• ${l}`)])];
}
