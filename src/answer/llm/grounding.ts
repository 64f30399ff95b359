/**
 * The model's reading of a question is a proposal, not a fact. Everything it names (statuses, references,
 * periods, a person, a board, the words of its topic, the words of a rewritten follow-up) must be grounded
 * in what the user wrote: the question or the conversation, read with the shorthand and abbreviations the
 * corpus defines ("OPE" is "One Public Estate", "I&I" the Improvement and Innovation Board). Its intent
 * must fit the question's form. A model that names one thing the user did not is not trusted for that
 * question at all: the caller drops its whole reading and the rules' parse answers.
 */
import { expandQuestion, parsePeriods, parseQuestion, parseRefs, type Vocabulary } from "../query.js";
import { contentWords, stem } from "../../util/text.js";
import { equivalenceGroup } from "../../util/lexicon.js";
import type { UnderstoodQuestion } from "./schemas.js";

/** A rewritten follow-up longer than a question may be is not used. */
const MAX_QUESTION_CHARS = 1000;

/** A period as the model or the rules give it (the model's unset fields are null, the rules' absent). */
export interface PeriodLike {
  kind: string;
  iso?: string | null;
  financialYear?: string | null;
  quarter?: number | null;
  year?: number | null;
  label: string;
}

/** What a reading of the question names. */
export interface Reading {
  intent: string;
  statuses: string[];
  excludeStatuses: string[];
  refs: string[];
  periods: PeriodLike[];
  topic: string;
  board?: string | null;
  person?: string | null;
  role?: string | null;
}

export interface GroundingResult {
  ok: boolean;
  /** What was named without being said, e.g. `status Green`, `period Q1 2013/14`, `intent table_value`. */
  ungrounded: string[];
}

/** What the user said: the question and the conversation before it, as the parser reads them. */
export class Said {
  readonly text: string;
  private readonly pieces: string[];
  private readonly stems: Set<string>;
  private readonly groups: Set<number>;
  private readonly refs: string[];
  private readonly periods: PeriodLike[];

  constructor(
    question: string,
    conversation: string[],
    private readonly vocabulary: Vocabulary,
  ) {
    this.pieces = [question, ...conversation].filter((s) => s.trim());
    // Shorthand spelt out and the corpus's abbreviations followed by their long forms.
    this.text = this.pieces.map((p) => expandQuestion(p, vocabulary, { abbreviations: true })).join("\n");
    const words = contentWords(this.text);
    this.stems = new Set(words.map(stem));
    this.groups = new Set(words.map(equivalenceGroup).filter((g): g is number => g !== undefined));
    this.refs = this.pieces.flatMap((p) => parseRefs(expandQuestion(p, vocabulary)));
    this.periods = this.pieces.flatMap((p) => parsePeriods(expandQuestion(p, vocabulary)));
  }

  /** A word the user used, or one meaning the same, or an abbreviation of words the user used. */
  hasWord(word: string): boolean {
    if (this.stems.has(stem(word))) return true;
    const g = equivalenceGroup(word);
    if (g !== undefined && this.groups.has(g)) return true;
    const long = [...(this.vocabulary.abbreviations ?? [])].find(([a]) => a.toLowerCase() === word.toLowerCase())?.[1];
    return !!long && contentWords(long).every((w) => this.stems.has(stem(w)));
  }

  matches(re: RegExp): boolean {
    return re.test(this.text);
  }

  hasRef(ref: string): boolean {
    const r = ref.trim().toUpperCase().replace(/^TARGET\s+/, "");
    return this.refs.some((x) => x === r || inRange(r, x));
  }

  hasPeriod(p: PeriodLike): boolean {
    if (this.periods.some((x) => samePeriod(p, x))) return true;
    const label = p.label.replace(/\s+/g, " ").trim().toLowerCase();
    if (!label || !this.text.replace(/\s+/g, " ").toLowerCase().includes(label)) return false;
    // A label the user wrote ("last year", "the latest report") whose value the rules cannot check.
    if (p.kind === "latest") return /\b(?:latest|recent|current|newest|last|previous|past)\b/.test(label);
    return parsePeriods(label).some((x) => samePeriod(p, x));
  }

  /** The board the rules find in one of the pieces, if any. */
  boards(): string[] {
    return this.pieces.map((p) => parseQuestion(p, this.vocabulary).board).filter((b): b is string => !!b);
  }
}

/** "1.4" lies within "1.1-12.14" (a range of numbered targets the parser leaves unexpanded). */
function inRange(ref: string, range: string): boolean {
  const m = /^(\d+)\.(\d+)-(\d+)\.(\d+)$/.exec(range);
  const r = /^(\d+)\.(\d+)$/.exec(ref);
  if (!m || !r) return false;
  const v = (a: string, b: string) => Number(a) * 1000 + Number(b);
  return v(m[1]!, m[2]!) <= v(r[1]!, r[2]!) && v(r[1]!, r[2]!) <= v(m[3]!, m[4]!);
}

/** Same kind, and every value the proposal gives equals the rules' value. */
function samePeriod(p: PeriodLike, rules: PeriodLike): boolean {
  if (p.kind !== rules.kind) return false;
  const fields = ["iso", "financialYear", "quarter", "year"] as const;
  return fields.every((f) => p[f] === null || p[f] === undefined || p[f] === rules[f]);
}

const ROLE_CUES: Record<string, RegExp> = {
  chair: /\bchair/i,
  "deputy chair": /\bdeput/i,
  "vice-chair": /\bvice/i,
  observer: /\bobserver/i,
  substitute: /\bsubstitute|\bsubs?\b/i,
  member: /\bmember|\bsits?\b|\bwho (?:is|was|were|are) on\b/i,
};

/** Words in a question that make each intent plausible; free text fits anything. */
const INTENT_CUES: Record<string, RegExp> = {
  list_by_status: /\b(?:which|what|list|how many|any|anything|show|all|every|ones|targets|outcomes|objectives|themes|sections)\b/i,
  target_status: /\brag\b|\bstatus|traffic light|on track|\b(?:met|meet|hit|achiev\w*|miss(?:ed)?)\b|\bcolou?r|\brat(?:ed|ing)\b|\b(?:red|amber|green)\b|\bprogress/i,
  target_lead: /\bwho\b|\blead|\bled\b|\bown|\bresponsib|\bmanager/i,
  table_value: /\bhow (?:many|much|big|large)\b|\bnumber\b|\btotal\b|%|\bper ?cent|\bpercentage|\bscore|\bbudget|\bheadcount|\bfigure|\bcount\b|\brate\b|\bincome|\bcost|\bspen[dt]/i,
  risk: /\brisks?\b|\bSR\d|\bregister\b/i,
  membership: /\bwho\b|\bmembers?|\bmembership|\bchair|\bdeput|\bvice|\bobservers?|\bsubstitutes?|\bsubs\b|\bsits?\b|\brepresent/i,
  person: /./,
  attendance: /\battend|\bpresent\b|\babsent\b|\bapolog|\b(?:turn|show)(?:ed)? up\b|\bmarked\b/i,
  paper: /\bpaper|\breport\b|\bcontact|\bauthor|\bwrote\b|\bpropos|\brecommend|\bpurpose|\babout\b|\bask|\bwant|\bitem\b/i,
  agenda: /\bagenda|\bitems?\b|\bpages?\b|\bverbal|\bconfidential|\bmeeting/i,
  meeting: /\bmeeting|\bwhen\b|\bwhere\b|\bvenue|\bnext\b/i,
  comparison: /\bcompar|\bvs\.?\b|\bversus\b|\bchang|over the years|over time|\bdiffer|\bbetween\b|\bboth\b|\beach\b/i,
  briefing: /\bbrief|\bsummar|\boverview|what should i know|tell me about|\bupdate me\b/i,
  citation: /\bcite\b|\bcitation|\bquote|\bsource\b/i,
  free_text: /[\s\S]*/,
};

/** "What did the NAO say happened to …?": a question about what a text says, answered from the text. */
const ASKS_WHAT_WAS_SAID = /\bwhat (?:did|does|do|has|have) (?:the )?[\w&' -]{1,60}? (?:say|said|report|reported|find|found|conclude|state|note)\b/i;
const ABOUT_THE_TEXT = new Set(["free_text", "citation", "paper", "briefing"]);

/** Is everything the reading names grounded in what was said? */
export function groundReading(reading: Reading, said: Said, vocabulary: Vocabulary): GroundingResult {
  const ungrounded: string[] = [];
  for (const s of [...reading.statuses, ...reading.excludeStatuses]) if (!said.matches(new RegExp(`\\b${s}s?\\b`, "i"))) ungrounded.push(`status ${s}`);
  for (const r of reading.refs) if (!said.hasRef(r)) ungrounded.push(`reference ${r}`);
  for (const p of reading.periods) if (!said.hasPeriod(p)) ungrounded.push(`period ${p.label || p.kind}`);
  if (reading.person && !personSaid(reading.person, said, vocabulary.people)) ungrounded.push(`person ${reading.person}`);
  if (reading.board && !boardSaid(reading.board, said)) ungrounded.push(`board ${reading.board}`);
  if (reading.role && !said.matches(ROLE_CUES[reading.role] ?? /$^/)) ungrounded.push(`role ${reading.role}`);
  for (const w of contentWords(reading.topic)) if (!said.hasWord(w)) ungrounded.push(`topic word ${w}`);
  if (!intentFits(reading, said)) ungrounded.push(`intent ${reading.intent}`);
  return { ok: ungrounded.length === 0, ungrounded };
}

function intentFits(reading: Reading, said: Said): boolean {
  if (said.matches(ASKS_WHAT_WAS_SAID) && !ABOUT_THE_TEXT.has(reading.intent)) return false;
  // A list by status needs a status to list by; a person question, a person.
  if (reading.intent === "list_by_status" && reading.statuses.length + reading.excludeStatuses.length === 0) return false;
  if (reading.intent === "person" && !reading.person) return false;
  const cue = INTENT_CUES[reading.intent];
  return !!cue && said.matches(cue);
}

const TITLE = "(?:cllr|councillor|mayor|dr|mr|mrs|ms|sir|dame|lord|baroness)";

/**
 * Every word of the name was said, or a title and the surname of the one known person it can mean
 * ("Cllr Miller"), as the rules read names: a bare "North" in "the North West" is nobody.
 */
function personSaid(name: string, said: Said, people: string[]): boolean {
  const parts = name.replace(new RegExp(`^${TITLE}\\.?\\s+`, "i"), "").trim().split(/\s+/).filter(Boolean);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (parts.length && parts.every((w) => new RegExp(`\\b${escape(w)}\\b`, "i").test(said.text))) return true;
  const surname = parts.at(-1) ?? "";
  const same = people.filter((p) => p.split(/\s+/).pop()?.toLowerCase() === surname.toLowerCase());
  return same.length === 1 && new RegExp(`\\b${TITLE}\\.?\\s+${escape(surname)}\\b`, "i").test(said.text);
}

/** The rules find this board in what was said, or its distinctive words were all said. */
function boardSaid(board: string, said: Said): boolean {
  const b = board.toLowerCase().replace(/\s+/g, " ").trim();
  if (said.boards().some((x) => x.toLowerCase() === b || x.toLowerCase().includes(b))) return true;
  const words = contentWords(board).filter((w) => !/^(?:board|committee|panel)$/.test(w));
  return words.length > 0 && words.every((w) => said.hasWord(w));
}

/** A follow-up the model rewrote: its words were all said, and what the rules read in it is grounded. */
export function groundRewrite(rewrite: string, said: Said, vocabulary: Vocabulary): GroundingResult {
  const ungrounded = contentWords(rewrite)
    .filter((w) => !/^\d+$/.test(w) && !said.hasWord(w))
    .map((w) => `rewrite word ${w}`);
  const parsed = parseQuestion(rewrite, vocabulary);
  const named = groundReading({ ...parsed, intent: "free_text", topic: "" }, said, vocabulary);
  ungrounded.push(...named.ungrounded.map((u) => `rewrite ${u}`));
  return { ok: ungrounded.length === 0, ungrounded };
}

/**
 * The model's understanding of a question, checked whole: its typed query, and its rewrite of a follow-up
 * (`standalone`, set only when it differs from the question). Not ok when anything in either was not said.
 */
export function groundUnderstanding(
  understood: UnderstoodQuestion,
  question: string,
  conversation: string[],
  vocabulary: Vocabulary,
): GroundingResult & { standalone?: string } {
  const said = new Said(question, conversation, vocabulary);
  const reading = groundReading(understood, said, vocabulary);
  const rewritten = understood.standalone.replace(/\s+/g, " ").trim();
  const rewrites = conversation.length > 0 && rewritten.length > 0 && rewritten.length <= MAX_QUESTION_CHARS && rewritten.toLowerCase() !== question.toLowerCase();
  const rewrite = rewrites ? groundRewrite(rewritten, said, vocabulary) : { ok: true, ungrounded: [] };
  const ungrounded = [...reading.ungrounded, ...rewrite.ungrounded];
  return { ok: ungrounded.length === 0, ungrounded, ...(rewrites ? { standalone: rewritten } : {}) };
}
