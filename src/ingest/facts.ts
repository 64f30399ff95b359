/**
 * What a question may name, as each document tells it: people, boards, councils, rating words, meeting
 * days, risk references and the abbreviations a reader may use. Taken from one document at ingest
 * (`documentFacts`), kept with it in the index, and merged over the corpus by the build (`mergeFacts`), so
 * a start reads one small summary instead of every record and every text.
 */
import { z } from "zod";
import { findAbbreviations } from "./abbreviations.js";
import type { DocMeta } from "./metadata.js";
import type { DocRecord } from "./records/schema.js";
import { STAGE_COLUMN, fieldNameWords, withoutSwatch } from "./vocabulary.js";

/** A stage written in a few words, "Paused", "Signed Off" (not a figure, a date or a sentence). */
const STAGE_WORDS = /^\p{L}[\p{L}' -]{2,30}$/u;

export const DocFacts = z.object({
  people: z.array(z.string()),
  /** The board the document is of. */
  board: z.string().optional(),
  /** Boards its records name (a minutes list names other boards' chairs). */
  boards: z.array(z.string()),
  /** Boards whose minutes these are. */
  minutesBoards: z.array(z.string()),
  statusLabels: z.array(z.string()),
  councils: z.array(z.string()),
  meetingDays: z.array(z.string()),
  /** The month the document is dated in ("2268-12"), a meeting's or not (a decision taken between meetings). */
  paperMonths: z.array(z.string()).default([]),
  riskRefs: z.array(z.string()),
  /** References of the targets and measures the reports rate ("CNIS-M4", "1.2"), upper case. */
  targetRefs: z.array(z.string()).default([]),
  /** Abbreviations the document defines ("One Public Estate (OPE)", "LA = Leadership Academy"), in order. */
  defined: z.array(z.tuple([z.string(), z.string()])),
  /** Initials of runs of capitalised words, with each run's wording and how often it occurs. */
  implied: z.record(z.string(), z.record(z.string(), z.number())),
  /** Initials of agenda items' and papers' titles ("Integrated care systems: one year on" -> "ICS"). */
  titles: z.array(z.tuple([z.string(), z.string()])),
});
export type DocFacts = z.infer<typeof DocFacts>;

/** The corpus's facts: each list without repeats, abbreviations with one long form each (documents in order). */
export const CorpusFacts = DocFacts.omit({ board: true, implied: true }).extend({ implied: z.array(z.tuple([z.string(), z.string()])) });
export type CorpusFacts = z.infer<typeof CorpusFacts>;

const unique = (xs: Iterable<string>) => [...new Set(xs)];

export function documentFacts(meta: DocMeta, text: string, records: DocRecord[]): DocFacts {
  const people = new Set<string>();
  for (const r of records) {
    if (r.type === "member" || r.type === "attendance") people.add(r.person);
    if (r.type === "target" && r.leadPerson && /^[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2}$/.test(r.leadPerson)) people.add(r.leadPerson);
    if (r.type === "paper") for (const c of r.contacts) if (/^[A-Z][a-z]+(?: [A-Z][a-z'-]+)+$/.test(c.name.replace(/^Dr /, ""))) people.add(c.name.replace(/^Dr /, ""));
  }
  const boards: string[] = [];
  for (const r of records) if ("board" in r && typeof r.board === "string" && r.type !== "target") boards.push(r.board);
  // Boards named in people's roles ("Chair, Culture, Tourism and Sport Board").
  for (const r of records) {
    if (r.type !== "attendance" || !r.role) continue;
    const body = r.role.replace(/^(?:(?:vice|deputy)[- ]?)?chair(?:man|woman|person)?\b\s*,?\s*(?:of\s+)?(?:the\s+)?/i, "");
    const named = /^((?:[A-Z][\w'’-]*,?\s+(?:and\s+|&\s+)?){1,6}(?:Board|Committee|Panel|Commission))\b/.exec(body)?.[1];
    if (named) boards.push(named.replace(/\s+&\s+/g, " and "));
  }
  return {
    ...(meta.board ? { board: meta.board } : {}),
    people: [...people],
    boards: unique(boards),
    // (Minutes of no board named still make meetings a thing the papers record: "" stands for that board.)
    // (Or any document that carries minutes, a pack with those of the meeting before: its meetings are recorded.)
    minutesBoards: meta.kind === "minutes" || records.some((r) => r.type === "minute") ? [meta.board ?? ""] : [],
    // Rating words the reports use as written ("Slippage", "Paused"), whether or not a key maps them to a
    // colour: a question may ask for them by that word.
    // (Not a figure given with its colour, "4 weirs, behind plan (Red)": no one asks for that.)
    // (So are a stage's words in a column of its own beside the rating, "Paused" under "Stage": asked for by
    // that word. Not any column's words, "Approved" under "Funding status": "which grants were approved?"
    // asks what the papers say.)
    statusLabels: unique(
      records.flatMap((r) =>
        r.type === "target"
          ? [
              ...(r.statusLabel && !/^[£$€]?\d/.test(r.statusLabel.trim()) ? [withoutSwatch(r.statusLabel)] : []),
              ...(r.otherRatings ?? []).flatMap((o) => (!o.status && o.label && STAGE_COLUMN.test(fieldNameWords(o.column)) && STAGE_WORDS.test(o.label.trim()) ? [o.label.trim()] : [])),
            ]
          : [],
      ),
    ),
    councils: unique(records.flatMap((r) => (r.type === "member" && r.council ? [r.council] : []))),
    // Days of the meetings the papers hold (packs, papers, minutes, attendance sheets).
    meetingDays: unique([
      ...(meta.covers ?? []).filter((c) => c.kind === "day" && c.iso).map((c) => c.iso!),
      // (Not the dates a body's page lists for its meetings to come: "the march meeting" is the one held.)
      ...records.flatMap((r) => (r.type === "attendance" || r.type === "agenda_item" ? [r.meetingDate] : r.type === "meeting" && !r.listed ? [r.date] : [])),
    ].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))),
    paperMonths: /^\d{4}-\d{2}/.test(meta.date) ? [meta.date.slice(0, 7)] : [],
    riskRefs: unique(records.flatMap((r) => (r.type === "risk" ? [r.ref.toUpperCase()] : []))),
    targetRefs: unique(records.flatMap((r) => (r.type === "target" && !r.refIsSynthetic ? [r.ref.toUpperCase()] : []))),
    defined: [...findAbbreviations(text)],
    implied: impliedAcronyms(text),
    titles: [...titleAcronyms(records)],
  };
}

/**
 * Acronyms people make of names the papers spell out ("LGPS", "FSMC", "CTS"): the initials of every run of
 * two to six capitalised words ("Local Government Pension Scheme" within "… Scheme Advisory Board").
 */
function impliedAcronyms(text: string): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  // ("Children Not in School" is "CNS" and, as people write it, "CNIS": an "in" between the words may
  // give its letter too.)
  const run = /\b[A-Z][a-z'’]+(?:,?\s+(?:(?:and|of|the|for|&|in)\s+)?[A-Z][a-z'’]+){1,5}\b/g;
  for (const m of text.matchAll(run)) {
    const words = [...m[0].matchAll(/[A-Z][a-z'’]+|\bin\b/g)];
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 2; to <= Math.min(words.length, from + 7); to++) {
        const phrase = words.slice(from, to);
        if (phrase[0]![0] === "in" || phrase[phrase.length - 1]![0] === "in") continue;
        const capitals = phrase.filter((w) => w[0] !== "in");
        if (capitals.length < 2 || capitals.length > 6) continue;
        const last = phrase[phrase.length - 1]!;
        const wording = m[0].slice(phrase[0]!.index, last.index! + last[0].length);
        const variants = new Set([capitals.map((w) => w[0][0]).join(""), phrase.map((w) => w[0][0]!.toUpperCase()).join("")]);
        for (const initials of variants) {
          const byWording = (counts[initials] ??= {});
          byWording[wording] = (byWording[wording] ?? 0) + 1;
        }
      }
    }
  }
  return counts;
}

/**
 * Initials of the opening words of agenda items' and papers' titles, which people shorten whatever their
 * case: "Integrated care systems: one year on" -> "ICS", "Adult social care reform: …" -> "ASC", "ASCR".
 */
function titleAcronyms(records: DocRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    if (r.type !== "agenda_item" && r.type !== "paper") continue;
    const head = r.title.split(/\s*[:–—(]\s*|\s+-\s+/)[0]!.trim();
    const words = head.split(/\s+/).filter((w) => !/^(?:and|of|the|for|&|to|in|on)$/i.test(w));
    if (words.length < 2 || words.length > 6 || !words.every((w) => /^[A-Za-z][a-z'’]*$/.test(w))) continue;
    for (let to = 3; to <= words.length; to++) {
      const phrase = words.slice(0, to);
      const initials = phrase.map((w) => w[0]!.toUpperCase()).join("");
      const last = phrase[phrase.length - 1]!;
      if (!out.has(initials)) out.set(initials, head.slice(0, head.indexOf(last) + last.length));
    }
  }
  return out;
}

/**
 * The corpus's facts from its documents' (in document order). The boards the papers are of come before
 * the boards records name. An implied
 * acronym takes the wording used most often over the whole corpus (the first such on a tie).
 */
export function mergeFacts(docs: Iterable<DocFacts>): CorpusFacts {
  const all = [...docs];
  const firstOf = (pairs: [string, string][][]) => {
    const out = new Map<string, string>();
    for (const list of pairs) for (const [a, long] of list) if (!out.has(a)) out.set(a, long);
    return [...out];
  };
  const implied = new Map<string, Map<string, number>>();
  for (const d of all) {
    for (const [initials, wordings] of Object.entries(d.implied)) {
      const byWording = implied.get(initials) ?? new Map<string, number>();
      for (const [wording, n] of Object.entries(wordings)) byWording.set(wording, (byWording.get(wording) ?? 0) + n);
      implied.set(initials, byWording);
    }
  }
  const list = (pick: (d: DocFacts) => string[]) => unique(all.flatMap(pick));
  return {
    people: list((d) => d.people),
    boards: unique([...all.flatMap((d) => (d.board ? [d.board] : [])), ...all.flatMap((d) => d.boards)]),
    minutesBoards: list((d) => d.minutesBoards),
    statusLabels: list((d) => d.statusLabels),
    councils: list((d) => d.councils),
    meetingDays: list((d) => d.meetingDays),
    paperMonths: list((d) => d.paperMonths),
    riskRefs: list((d) => d.riskRefs),
    targetRefs: list((d) => d.targetRefs),
    defined: firstOf(all.map((d) => d.defined)),
    implied: [...implied].map(([initials, wordings]) => [initials, [...wordings].sort((a, b) => b[1] - a[1])[0]![0]] as [string, string]),
    titles: firstOf(all.map((d) => d.titles)),
  };
}
