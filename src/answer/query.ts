/**
 * Question understanding: a question becomes a typed query (what is asked, and the filters). This file is
 * the rule-based parser, the offline default; an LLM parser fills the same schema when one is configured.
 */
import { z } from "zod";
import {
  MONTH_PATTERN,
  financialQuarter,
  financialYearOf,
  fullYear,
  isoDay,
  isoMonth,
  monthNumber,
  normaliseFinancialYear,
  parseSlashDate,
} from "../util/dates.js";
import { contentWords, escapeRegExp } from "../util/text.js";
import { ASKS_LATE, LATE_LABEL, MEMBER_ROLES, QUESTION_RATING_WORDS, RATINGS, ratingOf, type Rating } from "../ingest/vocabulary.js";
import { ASKS_MINUTES_STATE, ASKS_WHAT_WAS_SAID, MONTH_ACTIONS } from "./lookup/minutes.js";

export const Intent = z.enum([
  "list_by_status",
  "target_status",
  "target_lead",
  "table_value",
  "risk",
  "membership",
  "person",
  "attendance",
  "paper",
  "agenda",
  "meeting",
  "comparison",
  "minutes",
  "briefing",
  "citation",
  "free_text",
]);
export type Intent = z.infer<typeof Intent>;

export const Period = z.object({
  kind: z.enum(["day", "month", "quarter", "financial_year", "year", "latest"]),
  /** "2018-03-22" for a day, "2019-03" for a month. */
  iso: z.string().optional(),
  /** "2018/19" for a financial year or the year of a quarter. */
  financialYear: z.string().optional(),
  quarter: z.number().int().min(1).max(4).optional(),
  year: z.number().int().optional(),
  /** The words of the question it came from. */
  label: z.string(),
  /** Part of a range such as "2010-11 to 2017-18": describes data, not which paper. */
  inRange: z.boolean().default(false),
});
export type Period = z.infer<typeof Period>;

export const PaperField = z.enum(["contact", "purpose", "summary", "recommendation", "action", "pages"]);
export type PaperField = z.infer<typeof PaperField>;

export const Status = z.enum(RATINGS);
export type Status = z.infer<typeof Status>;

export const TypedQuery = z.object({
  intent: Intent,
  question: z.string(),
  /** Ratings asked for, as colours ("off track" is Red, "complete" Blue). */
  statuses: z.array(Status).default([]),
  /** Statuses the question rules out ("which aren't green"). */
  excludeStatuses: z.array(Status).default([]),
  /** Rating words the documents use that are not colours ("paused"), asked for as written. */
  statusLabels: z.array(z.string()).default([]),
  refs: z.array(z.string()).default([]),
  periods: z.array(Period).default([]),
  /** Free words naming the subject: a theme, a target, a paper, a table row. */
  topic: z.string().default(""),
  board: z.string().optional(),
  /** Every board the question names, when it names more than one ("SSCB members also on the CYP board"). */
  boards: z.array(z.string()).default([]),
  person: z.string().optional(),
  role: z.enum(MEMBER_ROLES).optional(),
  paperField: PaperField.optional(),
  /** Attendance: who was present (true) or absent (false). */
  present: z.boolean().optional(),
  /** Ratings asked to have moved since the earlier rating a report gives ("which slipped since last quarter"). */
  ratingChange: z.enum(["down", "up", "any"]).optional(),
  /** Rating codes or words whose meaning in a report's key is asked ("what's A/G vs A?"). */
  keyCodes: z.array(z.string()).default([]),
  /** The direction of travel asked for ("which measures are getting worse", "which are improving"). */
  trend: z.enum(["worse", "better"]).optional(),
});
export type TypedQuery = z.infer<typeof TypedQuery>;

/** Names the parser can recognise in a question: people and boards found in the index. */
export interface Vocabulary {
  people: string[];
  boards: string[];
  /** Abbreviations the documents define ("OPE" -> "One Public Estate"). */
  abbreviations?: Map<string, string>;
  /** Councils of board members: a question naming one ("the Pembrokeshire cllr") is about membership. */
  councils?: string[];
  /** Rating words the documents write ("Paused", "Slippage"), including those their keys map to a colour. */
  statusLabels?: string[];
  /** Boards whose minutes are held: a question about what they decided is a question about minutes. */
  minutesBoards?: string[];
  /** ISO days of the meetings the papers hold, for a day asked without its year ("the 7 oct meeting"). */
  meetingDays?: string[];
  /** The months the papers are dated in ("2268-12"), meetings' or not. */
  paperMonths?: string[];
  /** References of the risks the registers hold ("ERB-03", "SR4"), upper case. */
  riskRefs?: string[];
  /** References of the targets and measures the reports hold ("CNIS-M4"), upper case. */
  targetRefs?: string[];
}

/** Shorthand people type in questions, read as the words the papers use. */
const SHORTHAND: [RegExp, string][] = [
  // ("v1.1" of a standard is its version 1.1, as papers write it.)
  [/\bv(\d+(?:\.\d+)+)\b/gi, "version $1"],
  // ("the ToR v2 v3 comparison": versions, typed in lower case; "V2" may be a reference.)
  [/\bv(\d{1,2})\b/g, "version $1"],
  [/\bgovt\b/gi, "government"],
  [/\bdept\b/gi, "department"],
  [/\bmgrs?\b/gi, "manager"],
  [/\bmgmt\b/gi, "management"],
  [/\bgrads\b/gi, "graduates"],
  [/\breps\b/gi, "representatives"],
  [/\brep\b/gi, "representative"],
  [/\bcttee\b|\bcmttee\b/gi, "committee"],
  [/(\d)\s?%/g, "$1 per cent"],
  // ("has thistlewood had its 20k yet?": a sum as papers write it, "£20,000".)
  [/(?<![\d.,£$€])£?(\d{1,3})k\b/gi, "£$1,000"],
  [/\bmanger\b/gi, "manager"],
  [/\bno\.\s*of\b/gi, "number of"],
  [/\bperf\b/gi, "performance"],
  [/\bppl\b/gi, "people"],
  [/\bmtgs\b/gi, "meetings"],
  [/\bmtg\b/gi, "meeting"],
  // ("Who do I talk to about …": whom to contact, in the papers' word.)
  [/\bwho (?:do|should|can|could|would) (?:i|we) (?:ask|talk (?:to|with)|speak (?:to|with)|contact|go to|e-?mail|ring|call|get in touch with)\b/gi, "who to contact"],
  [/\brecs\b/gi, "recommendations"],
  // ("terms of ref", "the ToR paper": its terms of reference; not "the ToR says …", where the words of a
  // passage answer, not the paper's title.)
  [/\bterms of ref\b\.?|\b(?:To[Rr]|TOR)s?\b(?=\s+(?:paper|report|item|doc(?:ument)?)\b)/g, "terms of reference"],
  // ("hows OLP-07 looking?": "how's" as staff type it.)
  [/\bhows\b/gi, "how's"],
  [/\bavg\b\.?/gi, "average"],
  // (A common misspelling: "any declerations of interest?")
  [/\bdecler(ation|ations|ed|es|e|ing)\b/gi, "declar$1"],
  // ("reccomendations", "recomendations", "reccommend")
  [/\b(?:rec{2}om{1,2}|recom|recc?omm)end(ations?|ed|ing|s)?\b/gi, "recommend$1"],
  [/\bfwd\b/gi, "forward"],
  [/\bincl\b\.?/gi, "including"],
  // (In lower case only: "Max" is a name.)
  [/\bmax\b\.?/g, "maximum"],
  [/\brnd\b/gi, "round"],
  // ("rd 2 bids": a round by its number; not "Bath Rd", a road.)
  [/\brd\.?(?=\s*\d)/g, "round"],
  [/\bwks\b/gi, "weeks"],
  [/\bmths\b/gi, "months"],
  [/\bapprox\b\.?/gi, "approximately"],
  // ("upping the fine to 100 quid": raising it to £100.)
  [/\b(\d[\d,.]*)\s*quid\b/gi, "£$1"],
  [/\bquid\b/gi, "pounds"],
  [/\bupping\b/gi, "raising"],
  [/\bupped\b/gi, "raised"],
  // ("the west mids", "east mids": the regions' names.)
  [/\b(west|east)\s+mids\b/gi, "$1 Midlands"],
  // A month as people shorten it, with no year ("the nov board"), as the papers write it; a month with
  // its year ("jan 2019") is a period, read as one. (Not "mar" or "may", which are words; "jan" only in
  // lower case, "Jan" being a name.)
  ...["January", "February", "April", "June", "July", "August", "September", "October", "November", "December"].map(
    (month): [RegExp, string] => [new RegExp(`\\b${month === "September" ? "sept?" : month.slice(0, 3).toLowerCase()}\\b(?![\\s'-]*\\d)`, month === "January" ? "g" : "gi"), month],
  ),
  [/\bDOIs?\b/g, "declarations of interest"],
  [/\bLAs\b/g, "local authorities"],
  [/\bLA\b/g, "local authority"],
  [/\bs\.?\s?114\b/gi, "section 114"],
  [/\bNW\b/g, "North West"],
  [/\bNE\b/g, "North East"],
  [/\bSW\b/g, "South West"],
  [/\bSE\b/g, "South East"],
  [/\bPAs?\b/g, "principal adviser"],
  [/\bUC\b/g, "Universal Credit"],
  [/\bTA\b/g, "temporary accommodation"],
  [/\bSLI\b/g, "sector-led improvement"],
  [/\bw\/(?=\s)/gi, "with"],
  // (Not a temperature: "indoor temp", "max temp", as a survey's field may call it too.)
  [/\b(?<!\b(?:indoor|outdoor|inside|outside|room|air|water|max|min|highest|lowest|peak|average|body)\s)temp\b(?!\s+(?:indoor|outdoor|inside|outside|reading))/gi, "temporary"],
  // ("the ad contract", "online ads"; not "ad hoc")
  [/\bad\b(?!\s+hoc\b)/gi, "advertising"],
  [/\bads\b/gi, "adverts"],
  [/\bapols\b|\bapols?\b(?=\s+(?:to|for|from)\b)/gi, "apologies"],
  [/\b(?:tory|tories)\b/gi, "Conservative"],
  [/\blib ?dems?\b/gi, "Liberal Democrat"],
  [/\b(?:pls|plz|please|thx|thanks|ta|cheers)\b/gi, ""],
  // ("the councillor safety stuff": not a word of the subject, and never to be read as "staff")
  [/\bstuff\b/gi, ""],
  // A greeting ("Morning -", "Hi there,") opens a message; it is not part of the question.
  [/^\s*(?:hi|hello|hey|hiya|morning|afternoon|evening|good (?:morning|afternoon|evening))\b[\s,!.:–-]*(?:there\b[\s,!.:–-]*|all\b[\s,!.:–-]*|team\b[\s,!.:–-]*)?/i, ""],
];

/**
 * The question with shorthand spelt out and, with `abbreviations`, the documents' own abbreviations
 * followed by their long forms (for matching titles and labels; passage search already reads the
 * documents' abbreviations on the documents' side).
 */
/**
 * Shorthand staff type for things the papers spell out, kept as typed in a search (a passage's own words
 * answer "what does the ToR say …") but never a word the papers do not use.
 */
const TYPED_SHORTHAND: Record<string, string> = { tor: "terms of reference", tors: "terms of reference", tg: "task group", tgs: "task groups", wg: "working group" };

/** The long form of a word typed as shorthand ("ToR", "tg"), if it is one. */
export function shorthandLongForm(word: string): string | undefined {
  return TYPED_SHORTHAND[word.toLowerCase()];
}

export function expandQuestion(question: string, vocab: Vocabulary, opts: { abbreviations?: boolean } = {}): string {
  // (A reference is kept whole: "PA-35" is an action, not a principal adviser's.)
  const kept: string[] = [];
  let q = question.replace(HYPHENATED_REF, (ref) => `\u0000${kept.push(ref) - 1}\u0000`);
  for (const [re, long] of SHORTHAND) q = q.replace(re, long);
  q = q.replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)]!);
  const abbreviations = opts.abbreviations ? vocab.abbreviations : undefined;
  if (abbreviations?.size) {
    const found = [...new Set(q.match(/\b[A-Z][A-Za-z]{1,7}\b/g) ?? [])]
      .map((a) => (abbreviations.has(a) ? a : abbreviations.has(a.replace(/s$/, "")) ? a.replace(/s$/, "") : undefined))
      .filter((a): a is string => !!a && !/^(?:I|A|AN|OR|IN|ON|TO|IT|IS|OF)$/i.test(a));
    if (found.length) q = `${q} (${found.map((a) => abbreviations.get(a)).join("; ")})`;
  }
  return q.replace(/\s+/g, " ").trim();
}

interface Consumable {
  text: string;
}

/** Take every match of `re` out of the working text (so later patterns do not see it again). */
function take(work: Consumable, re: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  let m: RegExpExecArray | null;
  while ((m = global.exec(work.text))) found.push(m);
  for (const f of found) work.text = work.text.slice(0, f.index) + " ".repeat(f[0].length) + work.text.slice(f.index + f[0].length);
  return found;
}

/** The end of a range: a date, then "to" or a dash, just before it ("2010-11 to 2017-18"). */
const RANGE_END = /\d['’]?\s*(?:\bto\b|\buntil\b|–|-)\s*$/i;
const RANGE_AFTER = new RegExp(`^\\s*(?:\\bto\\b|–|-)\\s*(?:\\d|(?:${MONTH_PATTERN})\\b)`, "i");

export function parsePeriods(question: string, meetingDays: string[] = [], paperMonths: string[] = []): Period[] {
  const work = { text: question };
  const periods: Period[] = [];
  const inRange = (m: RegExpExecArray) => {
    const before = question.slice(Math.max(0, m.index - 12), m.index);
    const after = question.slice(m.index + m[0].length, m.index + m[0].length + 14);
    // "and" joins a range only after "between"; "users - March 2019" and "March 2019 and Dec 2020" are lists.
    const betweenAnd = /\band\s*$/i.test(before) && /\bbetween\b/i.test(question.slice(0, m.index));
    // ("Is the june meeting still 20 june?": the day is the answer asked about, not the papers' period, when
    // the meeting is named by its month. "Is the next meeting still 18 jan?" names it by that day.)
    const valueAsked =
      /\b(?:still|moved (?:to|from)|moving (?:to|from)|changed to|instead of)\s+(?:on\s+|the\s+)?$/i.test(before) &&
      new RegExp(`\\b(?:${MONTH_PATTERN})\\s+(?:meeting|mtg|board|committee|panel)\\b`, "i").test(question.slice(0, m.index));
    return RANGE_END.test(before) || betweenAnd || RANGE_AFTER.test(after) || /(?:from|between)\s*$/i.test(before) || valueAsked;
  };
  // 22 March 2018, 17 dec 2020
  for (const m of take(work, new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4}|\\d{2})\\b`, "i"))) {
    const month = monthNumber(m[2]!)!;
    periods.push({ kind: "day", iso: isoDay(fullYear(m[3]!), month, Number(m[1])), label: m[0], inRange: inRange(m) });
  }
  // "15 july", "the 7 oct meeting": a day without its year is the meeting the papers hold on that day
  // (the latest, when several years have one).
  if (meetingDays.length) {
    for (const m of take(work, new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\b(?!\\.?,?\\s*(?:\\d{2,4}|')\\b)`, "i"))) {
      const tail = `-${String(monthNumber(m[2]!)).padStart(2, "0")}-${String(Number(m[1])).padStart(2, "0")}`;
      const iso = meetingDays.filter((d) => d.endsWith(tail)).sort().pop();
      // (A day no paper holds a meeting on is still the day asked about, in the papers' latest year: "who
      // sent apologies on 27 Nov?" is not answered with every meeting's apologies.)
      // (Of the years about the papers' latest meeting, the one nearest it: "23 jan" asked after a November
      // meeting is the January after it.)
      const latest = meetingDays.slice().sort().pop()!;
      const year = Number(latest.slice(0, 4));
      const nearest = [year - 1, year, year + 1].map((y) => `${y}${tail}`).sort((a, b) => Math.abs(Date.parse(a) - Date.parse(latest)) - Math.abs(Date.parse(b) - Date.parse(latest)))[0]!;
      periods.push({ kind: "day", iso: iso ?? nearest, label: m[0], inRange: inRange(m) });
    }
    // "the sept 17 agenda": the month first, of a meeting asked about ("Mar 19" alone is March 2019).
    if (/\b(?:meeting|mtg|agenda|minutes|papers?)\b/i.test(question)) {
      // (Only a day the papers have a meeting on is read so, and only it is taken from the question.)
      for (const m of [...work.text.matchAll(new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:\\d|,\\s*\\d))`, "gi"))]) {
        const tail = `-${String(monthNumber(m[1]!)).padStart(2, "0")}-${String(Number(m[2])).padStart(2, "0")}`;
        const iso = meetingDays.filter((d) => d.endsWith(tail)).sort().pop();
        // ("march 22" is March 2022 when the papers have a meeting that month.)
        const asYear = `20${m[2]!.padStart(2, "0")}-${tail.slice(1, 3)}`;
        if (!iso || meetingDays.some((d) => d.startsWith(asYear))) continue;
        periods.push({ kind: "day", iso, label: m[0], inRange: false });
        work.text = work.text.slice(0, m.index) + " ".repeat(m[0].length) + work.text.slice(m.index! + m[0].length);
      }
    }
    // "on 12/3": a day and month in figures (day first), a meeting the papers hold on that day.
    // (Only the meeting days themselves are read so: "10/11" is otherwise a year, 2010/11.)
    const written = [...new Set(meetingDays.map((d) => `0?${Number(d.slice(8, 10))}/0?${Number(d.slice(5, 7))}`))];
    for (const m of take(work, new RegExp(`(?<![\\d/.])(?:${written.join("|")})(?![\\d/])`))) {
      const [day, month] = m[0].split("/").map(Number);
      const tail = `-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const iso = meetingDays.filter((d) => d.endsWith(tail)).sort().pop();
      if (iso) periods.push({ kind: "day", iso, label: m[0], inRange: false });
    }
    // "on the 14th": a day of the month alone, the meeting the papers hold on that day (the latest).
    for (const m of take(work, /\b(?:on|at|for|from|before|after|since)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]*\d)/i)) {
      const tail = `-${String(Number(m[1])).padStart(2, "0")}`;
      const iso = meetingDays.filter((d) => d.endsWith(tail)).sort().pop();
      if (iso) periods.push({ kind: "day", iso, label: m[0].replace(/^\w+\s+/, ""), inRange: false });
    }
    // "the june committee meeting", "the nov board": a month without its year, naming a meeting the papers hold.
    // ("The june 2186 meeting" gives its year: read below as that month.)
    // ("The meeting back in July", "the minutes in March": the month after.)
    // ("What did the tg agree in sept?", "decide about S14 in march": the month a body decided in, its meeting's.)
    // ("The FFHT numbers from the nov presentation": what was presented at that month's meeting.)
    const meetingMonth = new RegExp(`\\b(${MONTH_PATTERN})\\b(?![\\s'-]*\\d{4}\\b)(?=(?:\\s+[\\w&'’-]+){0,4}\\s+(?:meeting|mtg|minutes|agenda|board|committee|panel|group|forum|commission|tg|wg|tfg|sig|presentation|discussion|debate)\\b)|(?<=\\b(?:meeting|mtg|minutes)\\s+(?:back\\s+)?in\\s+)(${MONTH_PATTERN})\\b(?![\\s'-]*\\d)|(?<=\\b(?:decide|agree|resolve|approve)d?\\b[^?.;]{0,60}?\\bin\\s+)(${MONTH_PATTERN})\\b(?![\\s'-]*\\d)`, "i");
    for (const m of take(work, meetingMonth)) {
      const month = monthNumber((m[1] ?? m[2] ?? m[3])!)!;
      const mm = `-${String(month).padStart(2, "0")}-`;
      // (What was decided in a month may have been decided between meetings, by a paper of that month: the
      // latest such month of any paper.)
      const decidedIn = m[3] ? paperMonths.map((p) => `${p}-01`) : [];
      const months = [...new Set([...meetingDays, ...decidedIn].filter((d) => d.slice(4, 8) === mm).map((d) => d.slice(0, 7)))].sort();
      // (A meeting asked about as still to come, "when do papers come out for the jan meeting?", is the
      // next of that month after the papers' latest meeting, not one years before it.)
      const latestDay = [...meetingDays].sort().pop();
      // (Not "what's coming to the march meeting?", which a forward plan answers by the month's row.)
      const toCome = latestDay && /\bwhen\b/i.test(question) && /\b(?:will|come out|coming|upcoming|next|going to|due to|be published)\b/i.test(question) && !/\b(?:was|were|did|had)\b/i.test(question);
      if (toCome && (!months.length || months[months.length - 1]! < latestDay.slice(0, 7))) {
        const year = Number(latestDay.slice(0, 4)) + (month <= Number(latestDay.slice(5, 7)) ? 1 : 0);
        periods.push({ kind: "month", iso: `${year}${mm.slice(0, 3)}`, label: m[0], inRange: false });
      } else if (months.length) periods.push({ kind: "month", iso: months[months.length - 1]!, label: m[0], inRange: false });
      // (Only of a meeting asked about as past, "who was at …", "back in July": a forward plan lists meetings
      // to come, "what's coming to the March meeting?", before any paper of them is held. Nor an agenda's or
      // a board's month.)
      else if (/\bback in\b|\b(?:was|were|did|had)\b/i.test(question) && !/\b(?:agenda|board|committee|panel)\b/i.test(question.slice(m.index!, m.index! + m[0].length + 60).split(/[?.,;]/)[0]!)) {
        // (A month no meeting of the papers is in is still the month asked about, the last before the
        // papers' latest meeting: "what did the january meeting decide?" is not answered from November's.)
        const latest = [...meetingDays].sort().pop()!;
        const year = Number(latest.slice(0, 4)) - (month > Number(latest.slice(5, 7)) ? 1 : 0);
        periods.push({ kind: "month", iso: `${year}${mm.slice(0, 3)}`, label: m[0], inRange: false });
      }
    }
  }
  // 30/1/18
  for (const m of take(work, /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/)) {
    const iso = parseSlashDate(m[0]);
    if (iso) periods.push({ kind: "day", iso, label: m[0], inRange: inRange(m) });
  }
  // April-June 2013: a quarter of the financial year
  for (const m of take(work, new RegExp(`\\b(${MONTH_PATTERN})\\s*(?:-|–|to)\\s*(${MONTH_PATTERN})\\s+(\\d{4})\\b`, "i"))) {
    const to = monthNumber(m[2]!)!;
    const iso = isoMonth(Number(m[3]), to);
    periods.push({ kind: "quarter", quarter: financialQuarter(to), financialYear: financialYearOf(iso), label: m[0], inRange: false });
  }
  // "oct-dec", "jul to sep": a quarter's months without a year, a quarter of the papers' years.
  for (const m of take(work, /\b(jan(?:uary)?|apr(?:il)?|july?|oct(?:ober)?)\.?\s*(?:-|–|to)\s*(mar(?:ch)?|june?|sept?(?:ember)?|dec(?:ember)?)\b(?![\s'’-]*\d)/i)) {
    const [from, to] = [monthNumber(m[1]!)!, monthNumber(m[2]!)!];
    if ((to - from + 12) % 12 === 2) periods.push({ kind: "quarter", quarter: financialQuarter(to), label: m[0], inRange: false });
  }
  // 2013 Q1
  for (const m of take(work, /\b(\d{4})\s*q([1-4])\b/i)) {
    const y = Number(m[1]);
    periods.push({ kind: "quarter", quarter: Number(m[2]), financialYear: `${y}/${String((y + 1) % 100).padStart(2, "0")}`, label: m[0], inRange: false });
  }
  // Q1 2013/14, Q1 2013, Q2
  for (const m of take(work, /\bq([1-4])\b(?:\s*(?:of\s+)?(\d{2,4}\s*[/-]\s*\d{2,4}|\d{4}))?/i)) {
    const q = Number(m[1]);
    const fy = m[2] ? (normaliseFinancialYear(m[2]) ?? `${m[2]}/${String((Number(m[2]) + 1) % 100).padStart(2, "0")}`) : undefined;
    periods.push({ kind: "quarter", quarter: q, ...(fy ? { financialYear: fy } : {}), label: m[0], inRange: false });
  }
  // 2018/19, 18/19, 2010-11
  for (const m of take(work, /\b(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})\b/)) {
    const fy = normaliseFinancialYear(m[0]);
    if (fy) periods.push({ kind: "financial_year", financialYear: fy, label: m[0], inRange: inRange(m) });
  }
  // March 2019, Mar 19, Mar-19
  for (const m of take(work, new RegExp(`\\b(${MONTH_PATTERN})\\.?[\\s-]*'?(\\d{4}|\\d{2})\\b`, "i"))) {
    const month = monthNumber(m[1]!);
    if (!month) continue;
    periods.push({ kind: "month", iso: isoMonth(fullYear(m[2]!), month), label: m[0], inRange: inRange(m) });
  }
  // 2020
  // ("Lost since 2024" counts from then to the papers' own time: not a period a paper must cover.)
  // (Nor a year of the subject's own life, "died in 2171", "built in 1890": not the papers' period.)
  for (const m of take(work, /(?<!\bsince\s+)(?<!\b(?:died|born|built|founded|established|erected|demolished|constructed|installed|planted|listed)\s+(?:in\s+)?)\b(?:19|2\d)\d{2}\b/i)) {
    periods.push({ kind: "year", year: Number(m[0]), label: m[0], inRange: inRange(m) });
  }
  // "Oct 2020 vs June": a month without a year takes the year of the month named with one.
  const dated = periods.find((p) => p.kind === "month" || p.kind === "day");
  if (dated) {
    const bare = /\b(?:vs\.?|versus|and|than|from|to|since|with|or)\s+(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;
    for (const m of take(work, bare)) {
      const month = monthNumber(m[1]!);
      if (month) periods.push({ kind: "month", iso: isoMonth(Number(dated.iso!.slice(0, 4)), month), label: m[1]!, inRange: false });
    }
  }
  if (periods.length === 0 && /\b(?:last|previous|past) year\b|\b(?:latest|most recent|current|newest)\b/i.test(work.text)) {
    periods.push({ kind: "latest", label: /\b(?:last|previous|past) year\b/i.exec(work.text)?.[0] ?? "latest", inRange: false });
  }
  return periods;
}

const REF = /\b([A-Za-z]{1,4}\d{1,2}(?:\.\d{1,2}\b)?|\d{1,2}\.\d{1,2})(?:\s*(?:-|–|to)\s*([A-Za-z]{1,4}\d{1,2}(?:\.\d{1,2}\b)?|\d{1,2}\.\d{1,2}|\d{1,2}))?\b/g;

/** References named in the question, with ranges ("F1-F6") expanded. Unknown ones are dropped later. */
/** A range of numbered targets ("1.1-12.14"), not a reference with a hyphen in it ("PLW-4"). */
export const isRefRange = (ref: string) => /^\d{1,2}\.\d{1,2}-\d{1,2}\.\d{1,2}$/.test(ref);

/** "CTS-R1", "IIB-07": references with a hyphen (lower case only with letters after it, "cts-r1"). */
// ("IA26-03": a reference numbered within its year, as the papers' "KD25/16".)
// ("FWC-2.3": a workstream's milestone, numbered within it.)
// ("PPR-02-A1": an action numbered within its risk.)
// ("ncf-06": letters and a number typed in lower case, as in a chat; unknown ones are dropped later.)
// ("NZ2-04": a round's code and a number padded with a zero, not the range NZ2 to NZ4.)
const HYPHENATED_REF = /\b(?:[A-Z]{1,5}\d-0\d|[A-Za-z]{2,5}-\d{1,2}-[A-Za-z]{1,3}\d{1,2}|[A-Za-z]{1,5}\d{2}-[A-Za-z]{1,3}\d{1,2}|[A-Za-z]{2,5}-[A-Za-z]{1,3}\d{1,2}|[A-Z]{2,5}-\d{1,2}(?:\.\d{1,2}(?!\d))?|[a-z]{2,5}-\d{2}(?!\.\d)|[A-Za-z]{1,5}\d{2}[-/]\d{1,3})[a-z]?\b(?![-/])/g;

/**
 * A reference asked without the prefix the papers give it, "cnis M4" or "M4" for "CNIS-M4": the papers'
 * reference whose code it is, where the word before it is that prefix, or one reference alone ends with it.
 */
export function withTheirPrefixes(refs: string[], question: string, known: string[]): string[] {
  if (!known.length) return refs;
  const knownSet = new Set(known);
  return refs.map((ref) => {
    if (knownSet.has(ref) || !/^[A-Z]{0,3}\d{1,2}$/.test(ref)) return ref;
    const ending = known.filter((k) => k.endsWith(`-${ref}`) || k.endsWith(` ${ref}`));
    const before = new RegExp(`\\b([a-z]{2,6})[\\s-]+${ref}\\b`, "i").exec(question)?.[1]?.toUpperCase();
    const prefixed = ending.filter((k) => before && k.startsWith(before));
    const candidates = prefixed.length ? prefixed : ending;
    return candidates.length === 1 ? candidates[0]! : ref;
  });
}

export function parseRefs(question: string): string[] {
  const refs: string[] = [];
  let rest = question;
  for (const m of question.matchAll(HYPHENATED_REF)) {
    // (Nor an age, "under-18s", "over-65".)
    if (/^covid|^(?:under|over|post|pre|aged?)-\d/i.test(m[0])) continue;
    refs.push(m[0].toUpperCase());
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index! + m[0].length);
  }
  // (A question about a time reads "10.30" as the time of day, not as target 10.30.)
  const aboutTime = /\bwhat time\b|\b(?:start|starts|starting|begin|begins|finish|finishes|kick off)\b|\b\d{1,2}\.\d{2}\s*(?:am|pm)\b/i.test(question);
  for (const m of rest.matchAll(REF)) {
    const a = m[1]!.toUpperCase();
    if (/^(?:Q[1-4]|[A-Z]{1,4}\d{3,})$/.test(a)) continue;
    if (aboutTime && /^\d{1,2}\.\d{2}$/.test(a) && !m[2]) continue;
    // (Nor a room, "still in room 2.4?", or a floor of a building.)
    if (/^\d/.test(a) && /\b(?:room|floor|level|suite|committee room)\s*$/i.test(rest.slice(0, m.index! + m[0].indexOf(m[1]!)))) continue;
    // "CES1-5": the end of a range may leave out the letters.
    const b = m[2] && /^\d+$/.test(m[2]) && /^[A-Z]+\d+$/.test(a) ? `${/^[A-Z]+/.exec(a)![0]}${m[2]}` : m[2]?.toUpperCase();
    const pa = /^([A-Z]*)(\d+)$/.exec(a);
    const pb = b ? /^([A-Z]*)(\d+)$/.exec(b) : null;
    if (pa && pb && pa[1] === pb[1] && Number(pb[2]) > Number(pa[2]) && Number(pb[2]) - Number(pa[2]) < 30) {
      for (let n = Number(pa[2]); n <= Number(pb[2]); n++) refs.push(`${pa[1]}${n}`);
    } else if (b && /^\d+\.\d+$/.test(a) && /^\d+\.\d+$/.test(b)) {
      // "1.1 - 12.14": a range of numbered targets, resolved against the report's references.
      refs.push(`${a}-${b}`);
    } else {
      refs.push(a);
      if (b) refs.push(b);
    }
  }
  return [...new Set(refs)];
}

// (Not a political party, "the Green Party", "the Green group".)
const STATUS_WORD = /\b(red|amber|green)s?\b(?!\s+(?:team|tape|book|paper|belt|line|light\s+rail|homes?|grant|deal|recovery|spaces?|belt)|\s+(?:party|group)\b)/gi;

/**
 * Ratings asked for: the genre's rating phrases first ("off track", "some risk", "marked complete"), then
 * colour words; a rating after "not" / "aren't" is ruled out instead.
 */
function parseStatuses(question: string): { statuses: Status[]; exclude: Status[] } {
  const statuses = new Set<Status>();
  const exclude = new Set<Status>();
  const work = { text: question };
  const add = (s: Status, index: number, phrase = "") => {
    const before = question.slice(Math.max(0, index - 14), index).toLowerCase();
    // (Or denied within the phrase: "which of the actions weren't complete".)
    // (Not "isn't rated", which is the rating "Not rated" itself.)
    if (/(?:n['’]t|not|non-?)\s*(?:rated\s+|marked\s+)?$/.test(before) || (s !== "Not rated" && /(?:n['’]t|\bnot)\s+(?:yet\s+|been\s+|rated\s+|marked\s+)*\S+$/i.test(phrase))) exclude.add(s);
    else statuses.add(s);
  };
  for (const [re, rating] of QUESTION_RATING_WORDS) for (const m of take(work, re)) add(rating, m.index, m[0]);
  for (const m of work.text.matchAll(STATUS_WORD)) add((m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase()) as Status, m.index!);
  // A rating code in capitals, in brackets or after "are"/"rated" ("which targets are R?", "the (C) ones"):
  // R, A, G, B, and C for complete.
  const CODE_RATINGS: Record<string, Status> = { R: "Red", A: "Amber", G: "Green", B: "Blue", C: "Blue" };
  // (Also one after another code in a list: "R or A", "G, A/G and A".)
  const listed = /\b(?:[RAGB]|A\/G|A\/R)(?:\s*(?:,|or|and|&)\s*)+$/;
  // (And the first of such a list wherever it stands: "which grounds are showing R or A?". Not the "A" of
  // "at A&E".)
  for (const m of work.text.matchAll(/(?<=\b(?:are|is|were|was|rated|marked|as|at)\s+|\(|\b(?:[RAGB]|A\/G|A\/R)(?:\s*(?:,|or|and|&)\s*)+)([RAGBC])(?:\)|(?![\w'’/]|&\w))|\b([RAG])(?=\s*(?:,|or|and|&)\s*[RAG](?![\w'’/]))/g)) {
    const code = (m[1] ?? m[2])!;
    const before = work.text.slice(0, m.index);
    if (code === "A" && !m[2] && !before.endsWith("(") && !listed.test(before) && /^\s+[a-z]/.test(work.text.slice(m.index! + m[0].length))) continue; // "rated A bit"
    add(CODE_RATINGS[code]!, m.index!);
  }
  return { statuses: [...statuses], exclude: [...exclude] };
}

/** "gone from on track to slipping": a move from one rating to another, named. */
export const FROM_TO = /\bfrom\s+([a-z][a-z /-]{0,20}?)\s+(?:to|into)\s+([a-z][a-z /-]{0,20}?)(?=\s+(?:since|between|in|from|last|this|over|during|at)\b|\s*[?.!,]|\s*$)/i;

/** The two ratings of a move named ("from amber to green"), when both are ratings. */
export function namedMove(question: string): [Rating, Rating] | undefined {
  const m = FROM_TO.exec(question);
  const [from, to] = m ? [ratingOf(m[1]!.trim()), ratingOf(m[2]!.trim())] : [];
  return from && to && from !== to ? [from, to] : undefined;
}

/** "between sept and nov", "from June to November": two months compared. */
// (Or "jan to feb", "Jan -> Feb" alone.)
const BETWEEN_MONTHS = new RegExp(`\\b(?:(?:between|from) (?:${MONTH_PATTERN})\\w*\\.? (?:and|to)|(?:${MONTH_PATTERN})\\w*\\.? (?:to|->|→|vs\\.?)) (?:${MONTH_PATTERN})`, "i");

/** "since march": a month the ratings are compared with. */
const SINCE_MONTH = new RegExp(`\\bsince (?:${MONTH_PATTERN})`, "i");

/** The way a question asks ratings to have moved since the earlier one, if it asks. */
export function parseRatingChange(question: string): TypedQuery["ratingChange"] {
  if (namedMove(question)) return "any";
  // ("… between Q1 and Q2?", "between the 2244 and 2245 seasons": from the one to the other.)
  if (!/\b(?:since|than|from|to|with)\b.{0,30}\b(?:last|previous|prior|earlier|q[1-4])\b|\blast (?:quarter|qtr|time|period)\b|\bprevious (?:quarter|rating)\b|\bbetween (?:q|quarter ?)[1-4] and (?:q|quarter ?)[1-4]\b|\b(?:between (?:the )?|from (?:the )?)(?:19|2\d)\d\d(?:\/\d\d)? (?:and|to|&) (?:the )?(?:19|2\d)\d\d\b/i.test(question) && !BETWEEN_MONTHS.test(question) && !SINCE_MONTH.test(question)) return undefined;
  if (/\b(?:dropp\w*|drop|fall(?:en)?|fell|worse\w*|slipp\w*|slid|deteriorat\w*|down(?:graded)?|declin\w*|backwards?)\b/i.test(question)) return "down";
  if (/\b(?:improv\w*|rose|risen|up(?:graded)?|better)\b/i.test(question)) return "up";
  if (/\bchang\w*|\bmov\w*|\bdifferent\b/i.test(question)) return "any";
  return undefined;
}

/** "High-risk defects", "low risk sites": risk describing another thing, not a question about risks. */
const RISK_AS_ADJECTIVE = /\b(?:high|low|medium)[- ]risk\s+(?!(?:risks?|registers?|ratings?|scores?|levels?|owners?|appetite|matrix|log|items?|ones?|entries|areas?)\b)(?=[a-z]{3,})/gi;

/** A key's codes written in a question: "A/G", "NR", a capital "R"; colour and rating words too. (Not the
 * letters of "A&E" or "R & D".) */
const KEY_CODE = /(?<![\w/&])(?:[ARGB]\s?\/\s?[ARG]|NR|[RAGB])(?![\w/]|\s?&\s?\w)|(?<![\w/])(?:[ar]\/[ag]|nr)(?![\w/])|\b(?:triangles?|circles?|dots?|squares?|ticks?|crosses|diamonds?|stars?)\b|\b(?:amber\/green|amber\/red|green|amber|red|blue|yellow|on track|off track|some risk|at risk|not rated|minor issues|(?:partially |partly |not )?(?:achieved|met)|not yet due|complete(?:d)?)\b/gi;

/** The codes a question asks the meaning of ("what does NR mean", "A/G vs A", "difference between amber and red"). */
function parseKeyCodes(question: string): string[] {
  if (!/\bvs\.?(?!\w)|\bversus\b|\bdifference between\b|\bmeans?\b|\bmeaning\b|\bstands? for\b|\bdefin\w+\b/i.test(question)) return [];
  const codes = [...question.matchAll(KEY_CODE)]
    .map((m) => m[0])
    // A lone capital letter counts only as written in capitals ("A", not the article "a").
    .filter((c) => c.length > 1 || /[ARGB]/.test(c));
  // (A numbered code named with its field: "what does status_cd 2 mean?", "status code 3".)
  const numbered = [...question.matchAll(/\b(?:status|rating|grade|rag)(?:[ _](?:cd|code))?\s+(\d{1,2})\b/gi)].map((m) => m[1]!);
  return [...new Set([...codes, ...numbered])];
}

/** One target named by its subject: "the ngdp graduate recruitment objective" (singular, after "the"). */
const ONE_ITEM_NAMED = /\b(?:the|that|this)\s+(?:[\w&'’-]+\s+){0,6}(?:target|outcome|objective|programme|project|workstream|milestone|measure|indicator|kpi|commitment)\b(?!s)/i;

/** "Who chaired the launch webinar?" is about that event, not a board or its meeting. */
function namesEvent(q: string, board: string | undefined): boolean {
  if (board || /\b(?:board|committee|panel|iib)\b|i ?& ?i/i.test(q)) return false;
  // (Not a body's own kind, "task group", "working group": "the TG (Task Group)" is a body, not an event.)
  return /\b(?:webinar|event|conference|session|workshop|launch|summit|seminar|roundtable|review|(?<!\b(?:task|working|steering|advisory|reference|interest|finish)\s)group|programme)\b/i.test(q);
}

/** "Who chairs the board? and vice chair": the chair asked for beside a vice or deputy chair. */
function asksBothChairs(q: string): boolean {
  // ("… and who are the deputies?": the deputy chairs.)
  return /\b(?:vice|deputy)[- ]?chair|\bdeput(?:y|ies)\b|\bvices\b/i.test(q) && /\bchair(?:s|ed|man|woman|ing)?\b(?![- ]?(?:of the|person))/i.test(q.replace(/\b(?:vice|deputy)[- ]?chair\w*/gi, " "));
}

/** Words after "the chair" that do not make it the subject of a verb: "the chair of …", "the chair now". */
const NOT_A_VERB = "of|and|or|for|in|at|on|is|was|are|were|from|now|then|this|that|these|last|currently|until|since|during|before|after|to|by|with|under|right|today|again|please";

/**
 * The chair named as someone who does something, not as the post asked about: "the chairs letter",
 * "how should the chair handle …", "the date the chair gave the minister". A possessive before another
 * noun, or (unless the question opens "who is / was …") the chair followed by a verb rather than by
 * "of", "for", "now" or the end of the question.
 */
function chairOnlyMentioned(q: string): boolean {
  const possessive = new RegExp(String.raw`\bthe (?:vice[- ]?|deputy )?chair(?:man|woman|person)?(?:'s|’s|s'|s)\s+(?!(?:${NOT_A_VERB}|own|name|council|party|group|contact|details|e-?mail|phone|role)\b)[a-z]+`, "i");
  if (possessive.test(q)) return true;
  // (So are "chair's decisions" without "the", and "want the chair to make the awards".)
  const bare = new RegExp(String.raw`(?<!\bthe\s)\b(?:vice[- ]?|deputy )?chair(?:man|woman|person)?(?:'s|’s)\s+(?!(?:${NOT_A_VERB}|own|name|council|party|group|contact|details|e-?mail|phone|role)\b)[a-z]+`, "i");
  if (bare.test(q)) return true;
  if (/^\s*who(?:'s|’s)?\b/i.test(q)) return false;
  if (/\bthe (?:vice[- ]?|deputy )?chair(?:man|woman|person)?\s+to\s+(?!(?:be|become|contact|ask|speak)\b)[a-z]{3,}/i.test(q)) return true;
  return new RegExp(String.raw`\bthe (?:vice[- ]?|deputy )?chair(?:man|woman|person)?\s+(?!(?:${NOT_A_VERB})\b)[a-z]{3,}`, "i").test(q);
}

/** Asking what has not begun: "not started", "haven't started", "yet to start". */
const NOT_STARTED = /\bnot (?:yet )?(?:been )?started\b|\b(?:have|has)(?:n['’]t| not) (?:yet )?(?:been )?started\b|\byet to (?:start|begin)\b|\bnot (?:yet )?begun\b/i;

function parseRole(asked: string): TypedQuery["role"] | undefined {
  // ("The Conservative members apart from the chair": a role left out is not the role asked for.)
  const q = asked.replace(/\b(?:apart from|except(?: for)?|excluding|other than|besides|not counting|leaving out)\s+(?:the\s+)?(?:(?:vice|deputy)[- ]?)?chair(?:man|woman|person)?s?\b/gi, " ");
  // "members (incl observers)", "members and substitutes": everyone, not only that role.
  // ("Which lib dems are on the task group incl subs": a party's members, its substitutes too.)
  if (/\b(?:incl\w*|plus|as well as|and|with)\s+(?:the\s+)?(?:observers?|substit\w*|subs)\b/i.test(q) && /\bmembers?\b|\bwho\b|\bwhich\b|\bcllrs?\b|\bcouncillors?\b/i.test(q)) return undefined;
  if (/\blead members?\b|\bspokes(?:person|man|woman)\b/i.test(q)) return "lead member";
  // ("Who chairs the board? and vice chair": both, so the list with its chairs first.)
  if (asksBothChairs(q)) return undefined;
  if (/\bdeputy\b/i.test(q)) return "deputy chair";
  if (/\bvice[- ]?chair/i.test(q)) return "vice-chair";
  if (/\bchair(?:s|ed|man|woman|ing)?\b/i.test(q)) return "chair";
  if (/\bobservers?\b/i.test(q)) return "observer";
  // ("not counting subs", "excluding substitutes": everyone else, not the substitutes.)
  if (/\b(?:not|n't|excluding|without|except|minus|leaving out|apart from)\s+(?:counting\s+|including\s+|the\s+)*(?:subs|substit\w*)\b/i.test(q)) return undefined;
  // ("substitues", "substitues": people misspell it)
  // ("named subs on the pptg?": a body named by its initials, which the words here do not show.)
  if (/\bsubstit\w*\b/i.test(q) || /\bnamed subs?\b|\bsubs (?:on|for|of) the\b/i.test(q) || (/\bsubs?\b(?!-)/i.test(q) && /\bwho\b|\bboard\b|\bgroup\b|\bcommittee\b|\bpanel\b|\bcommission\b|\bforum\b|\bi ?& ?i\b|\biib\b|labour|conservative|liberal|independent/i.test(q))) return "substitute";
  return undefined;
}

/** What someone said of a subject: "what did Dr X say about petitions?", "what has Cllr Y said on the levy?". */
const SAID_ABOUT = /\b(?:say|said|says|saying|think|thinks|thought|told \w+)\s+(?:about|on|of|regarding)\b/i;
/**
 * Asking for a briefing, as people type it: "brief me on …", "briefing on …", "summarise …", and with the
 * politeness before it, "can u give me a quick briefing on item 5", "quick briefing on the risk register pls",
 * "quick summary of where the weirs work is at pls".
 */
const BRIEFING_ASKED =
  /^\s*(?:(?:hi|hey|morning)[,!]?\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)?(?:(?:give|do|send|write|get)\s+(?:me|us)\s+)?(?:(?:a|an)\s+)?(?:(?:quick|short|brief|one[- ]page)\s+)?(?:brief me|briefing|summari[sz]e|(?:summary|overview) of where\b|what should i know|give me (?:a|an) (?:overview|briefing))/i;
/** Catching up on what one missed: "I missed the away day – what came out of it?", "what came out of the workshop?". */
const CATCHING_UP = /\bi (?:missed|couldn['’]?t make|could not make|wasn['’]?t at|was not at)\b.{0,60}\bwhat (?:came out of|happened|was (?:agreed|decided))\b|^\s*what came out of\b/i;
/** A web page named by what it is, "the results page", "their home page": a page of a site, not a paper's page numbers. */
const WEB_PAGE = /\b(?:web|home|landing|results?|wiki|website|site|facebook|project|process|portal|consultation|news|contact|dashboard|profile|search)\s+page\b/gi;
/** When a meeting's papers are sent: "when do papers go out for the extra meeting?". */
// (Or when they are due in: "papers deadline for the january meeting?", "when are reports due for …?")
const PAPERS_GO_OUT = /\bwhen\b[^?]*\bpapers?\b[^?]*\b(?:go(?:ing)? out|out|sent(?: out)?|published|circulated|issued|despatched|dispatched)\b|\b(?:papers?|reports?)\b[^?]{0,20}\b(?:deadline|due)\b|\bdeadline\b[^?]{0,20}\b(?:papers?|reports?)\b/i;

/** "Who do I ask about …", "who should we talk to about …" (spelt out as "who to contact"): whom to contact. */
/** An event people come to that is not a meeting with a register: its attendance is a figure, not a list. */
const EVENT_NOUN = /\b(?:webinars?|events?|workshops?|conferences?|summits?|roundtables?|seminars?|masterclass(?:es)?|courses?|drop-ins?|roadshows?)\b/i;

const WHO_TO_ASK = /\bwho to contact\b|\bwho (?:do|should|can|could) (?:i|we) (?:contact|ring|call|email|e-mail)\b/i;

/** A recommendation named by its letter in short: "rec (c)", "recs b". */
const LETTERED_REC = /\brecs?\.?\s*\([a-h]\)|\brecs?\.?\s+[a-h]\b(?!['’])/i;

function parsePaperField(q: string): PaperField | undefined {
  if (/contact officer|\bwho (?:wrote|is the author|put together|compiled|prepared|drafted|created|produced)|\bcontact\b/i.test(q) || WHO_TO_ASK.test(q)) return "contact";
  // ("Is it for decision or just discussion?": what it is for, though it says "decision".)
  // (Asked between two: not what a paper for decision recommends.)
  const forWhat = /\bfor (?:information|decision|discussion|noting)\b/i;
  if (forWhat.test(q) && (/\b(?:information|decision|discussion|noting)\s+or\s+(?:(?:just|only|for)\s+){0,2}(?:information|decision|discussion|noting)\b/i.test(q)) && !/recommend|propos/i.test(q)) return "purpose";
  // ("What's the budget page asking the forum to agree?" asks for a recommendation, not pages.)
  if (/recommend|want the board|ask(?:s|ing)? (?:the )?[\w']+ to\b|board to do|propos|decide|decision/i.test(q) || LETTERED_REC.test(q)) return "recommendation";
  if (/\bpages?\b/i.test(q.replace(WEB_PAGE, " "))) return "pages";
  // ("What's the data paper for?": what it is for, its purpose.)
  if (/\bpurpose\b|\bfor (?:information|decision|discussion)\b|\b(?:paper|report|item)\s+for\s*(?:\?|$|,|;|\band\b|-)/i.test(q)) return "purpose";
  if (/\baction\b/i.test(q)) return "action";
  if (/\babout\b|\bsummar/i.test(q)) return "summary";
  return undefined;
}

/** Words that say what kind of question it is rather than what it is about. */
const FRAME_WORDS = new Set(
  (
    "target targets status statuses rag traffic light lights report reports performance perf march board boards paper papers " +
    "agenda item items page pages meeting meetings outcome outcomes objective objectives red amber green reds ambers greens blues on track met hit " +
    "achieved meet did we our lga who what which whats was were many much how number compare compared comparison versus vs " +
    "between change changed brief briefing summarise summarize cite citation quote source contact officer officers chair chairs " +
    "chaired deputy vice member members council represent represents year last latest q1 q2 q3 q4 " +
    "led lead leads owner owned owns them they mar dec feb apr jun jul aug sep sept oct nov jan 2013 2018 2019 2020 2021 " +
    "say said tell know find rated get got give aren isn t s ones one marked sheet end reporting manager managers owners responsible colour color table figure figures value latest " +
    "quarter quarters before earlier previous same ago prior came come comes coming going scheduled still now currently " +
    "january february april may june july august september october november december show shows showing shown kpi kpis anything something everything anyone anybody yr yrs yet made " +
    "atm rn pls plz asap thx fyi btw tbh imo hitting missing r u task tasks"
  ).split(/\s+/),
);

/** Words that ask for a date, which papers may never use: never a slip for one of their words ("deadline" is not "dealing"). */
// (And "the latest on X", which asks where X has got to; and "their number?", which asks for a telephone number.)
const ASKING_WORDS = new Set("deadline deadlines date dates dated due overdue timescale timescales timetable latest number".split(" "));

/** A word that asks for a date ("deadline") or for news ("latest"): papers that never use it may still answer it. */
export const isAskingWord = (word: string): boolean => ASKING_WORDS.has(word.toLowerCase());

/** A word that says what kind of question it is ("officer", "agenda"): never a slip for a word of the papers. */
export const isFrameWord = (word: string): boolean => FRAME_WORDS.has(word.toLowerCase()) || isAskingWord(word);

/** Words that only say a question is being asked; what remains of a question is what it is about. */
const QUESTION_FORM = new Set(
  (
    "who whom whose what which when where why how many much did does do we our us lga brief briefing summarise summarize cite tell know find figure figures amount " +
    // (Chat shorthand: "stuck atm?", "pls", "asap" ask nothing of the papers.)
    "atm rn pls plz asap thx fyi btw tbh imo currently"
  ).split(" "),
);

/** The words of a question that passages should contain (its frame words kept: "targets", "meeting"). */
export function questionWords(text: string): string[] {
  const briefing = namesBriefing(text);
  // (A day of the month, "the 14th", is a date to be matched as one, not a word of the papers.)
  return contentWords(text).filter((w) => (!QUESTION_FORM.has(w) || (briefing && w === "briefing")) && !/^\d+(?:st|nd|rd|th)?$/.test(w) && !/^q[1-4]$/.test(w));
}

export function topicWords(text: string): string[] {
  const briefing = namesBriefing(text);
  return contentWords(text).filter((w) => (!FRAME_WORDS.has(w) || (briefing && w === "briefing")) && !/^\d+$/.test(w) && !/^[a-z]{1,4}\d{1,2}$/.test(w) && !/^\d{1,2}\.\d{1,2}$/.test(w));
}

/** A briefing the question is about ("when's the chair's briefing?", "the one-page briefing"), not one it asks for. */
function namesBriefing(text: string): boolean {
  return /\b(?:the|a|an|this|that|next|her|his|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?briefing\b/i.test(text) && !BRIEFING_ASKED.test(text) && !/\bbriefing\s+(?:on|about)\b/i.test(text);
}

/** A question asking where a thing is seen in a register: "how does X show up in the risk register?". */
export const SHOWS_IN_REGISTER = /\b(?:show(?:s|n)? up|appear(?:s|ed)?|(?:is|are|was|were|been|it|they)\s+reflected|featur(?:e|es|ed)|captured|recorded)\s+(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?register\b/i;

/** Whether the text holds the name as whole words, not inside a longer word. */
function namedWhole(text: string, name: string): boolean {
  let at = text.indexOf(name);
  while (at >= 0) {
    if (!/\p{L}/u.test(text[at - 1] ?? "") && !/\p{L}/u.test(text[at + name.length] ?? "")) return true;
    at = text.indexOf(name, at + 1);
  }
  return false;
}

function findPerson(question: string, vocab: Vocabulary): string | undefined {
  const q = question.toLowerCase();
  const TITLED = /^(?:cllr|councillor|mayor|sir|lord|dr|mr|mrs|ms)\.?\s/i;
  // "Cllr Miller", "Councillor Miller": a title and a surname that belongs to exactly one known person.
  // (A bare capitalised word is not enough: "North West" is not Cllr Phil North.) A name known only with
  // its title ("Cllr Sowerbutts", a target's lead) gives way to the person's full name when one is known.
  const bySurname = new Map<string, string[]>();
  for (const p of vocab.people.filter((x) => !TITLED.test(x))) {
    const last = p.split(/\s+/).pop()!.toLowerCase();
    bySurname.set(last, [...(bySurname.get(last) ?? []), p]);
  }
  // (Whole words only: a name read as "Gr" is not in "grants".)
  const full = vocab.people.filter((p) => namedWhole(q, p.toLowerCase())).sort((a, b) => b.length - a.length);
  if (full.length && !TITLED.test(full[0]!)) return full[0];
  for (const m of question.matchAll(/\b(?:cllr|councillor|mayor|sir|lord|dr|mr|mrs|ms)\.?\s+([A-Z][a-z'’-]{2,})\b/gi)) {
    // ("Cllr Ekwueme's term": the possessive is not part of the name.)
    const hits = bySurname.get(m[1]!.toLowerCase().replace(/['’]s$/, ""));
    if (hits && new Set(hits).size === 1) return hits[0];
  }
  return full[0];
}

const BODY = /^(?:board|committee|panel|forum|commission|assembly|cabinet|group)$/i;


/**
 * The board a question names: in full, with "&" for "and", by initials ("I&I", "SSCB", "CYP board",
 * "CRB") or by the first letters of its words ("exec advisory board"). The longest name that fits wins.
 */
const esc = (f: string) => f.replace(/[.*+?^${}()|[\]\\&]/g, "\\$&");

/**
 * The ways a question may name a board: in full, with "&" for "and", by initials ("I&I", "SSCB", "CYP
 * board", "CRB"), or by the first letters of its words ("exec advisory board"). Global, lower-case.
 */
function boardPatterns(board: string): RegExp[] {
  const all = board.split(/\s+/);
  const body = all[all.length - 1]!.toLowerCase();
  const words = all.filter((w) => /^[A-Z]/.test(w) && !BODY.test(w));
  const initials = words.map((w) => w[0]!.toLowerCase());
  const forms = [board.toLowerCase(), board.toLowerCase().replace(/ and /g, " & ")];
  if (initials.length >= 2) forms.push(initials.join("&"), initials.join(" & "), `${initials.join("")}${body[0]}`, `${initials.join("")} ${body}`);
  // Three or more initials name the board on their own ("the CTS progress report").
  if (initials.length >= 3) forms.push(initials.join(""));
  // (Or the initials of its own words without those of its kind, "BSCT" for the Bus Services and
  // Concessionary Travel Task Group, "the BSCT TG".)
  const own = words.filter((w) => !KIND_WORDS.test(w)).map((w) => w[0]!.toLowerCase());
  if (own.length >= 3 && own.length < initials.length) forms.push(own.join(""));
  // (Initials may take in an "in" between its words, as people write them: "CNIS" for the Children Not in
  // School Task Group, "the CNIS task group".)
  const kindAt = all.findIndex((w, k) => k > 0 && (KIND_WORDS.test(w) || BODY.test(w)));
  const ownWords = all.slice(0, kindAt > 0 ? kindAt : all.length).filter((w) => !/^(?:and|&|of|the|for)$/i.test(w));
  if (ownWords.some((w) => /^in$/i.test(w)) && ownWords.length >= 3) {
    const withIn = ownWords.map((w) => w[0]!.toLowerCase()).join("");
    forms.push(withIn, ...(kindAt > 0 ? [`${withIn} ${all.slice(kindAt).join(" ").toLowerCase()}`] : []));
  }
  const patterns = forms.map((f) => new RegExp(`(?<=^|[^a-z])${esc(f)}(?=[^a-z]|$)`, "g"));
  const lower = all.map((w) => w.toLowerCase().replace(/,$/, "")).filter((w) => !/^(?:and|&|of|the|for)$/.test(w));
  if (lower.length >= 2) {
    patterns.push(new RegExp(`(?<=^|[^a-z])${lower.map((w) => `${esc(w.slice(0, Math.min(4, w.length)))}[a-z'’]*,?`).join("(?:\\s+(?:and|&|of|the|for))?\\s+")}(?=[^a-z]|$)`, "g"));
  }
  return patterns;
}

/** The boards a question names, longest first; a board whose name is inside a longer one that fits is the same mention. */
function findBoards(question: string, vocab: Vocabulary): string[] {
  const q = question.toLowerCase();
  // (A hyphen is typed as a space, or not: "fly tipping" names the Fly-tipping Task Group.)
  const named = (board: string, patterns: (b: string) => RegExp[]) =>
    [board, unhyphenated(board)].some((b) => patterns(b).some((re) => new RegExp(re.source).test(q) || new RegExp(re.source).test(unhyphenated(q))));
  let fits = vocab.boards.filter((board) => named(board, boardPatterns));
  // Boards named by a word of their own and what they are ("the asylum task group"), unless a board named
  // in full already contains that mention.
  const short = vocab.boards.filter((board) => !fits.includes(board) && named(board, (b) => [shortBoardPattern(b)].filter((re): re is RegExp => !!re)));
  fits = [...fits, ...short.filter((board) => !fits.some((f) => f.includes(board) || board.includes(f)))];
  // "The rights of way risk reg": the words a name starts with, before its "and", named as a phrase.
  if (fits.length === 0) {
    const leading = vocab.boards.filter((board) => leadingPhrasePattern(board)?.test(q));
    if (leading.length === 1) fits = leading;
  }
  // "The forum", "the panel": the one body of that kind the papers have (not "the board", of which there
  // are many, nor "the group", which is as often a political group).
  const kind = new RegExp(BODY_KIND.source, "i").exec(q)?.[1]?.toLowerCase();
  const ofKind = kind && fits.length === 0 ? vocab.boards.filter((b) => b.toLowerCase().endsWith(` ${kindWords(kind)}`)) : [];
  if (ofKind.length === 1) fits = ofKind;
  return fits.sort((a, b) => b.length - a.length).filter((b, i, all) => !all.slice(0, i).some((longer) => longer.includes(b)));
}

/**
 * "rights of way" for the Rights of Way and Countryside Access Panel: the words before the name's first
 * "and", when they are two or more and one of them is the name's own (not "local", "government", …).
 */
function leadingPhrasePattern(board: string): RegExp | undefined {
  const m = /^(.+?)\s+(?:and|&)\s+\S/i.exec(board);
  const words = m?.[1]!.split(/\s+/) ?? [];
  if (words.length < 2 || !words.some((w) => w.length >= 5 && !COMMON_NAME_WORDS.test(w) && !BODY.test(w))) return undefined;
  return new RegExp(`\\b${words.map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+")}\\b`);
}

/** "The forum", "the wg": a body named by its kind alone. */
const BODY_KIND = /\bthe (forum|commission|network|assembly|conference|panel|committee|partnership|taskforce|wg|working group|task group|task and finish group|steering group|advisory group|reference group)\b/gi;

/** A kind of body as its name ends: "wg" is a working group, "tg" a task group. */
const kindWords = (kind: string) => TYPED_SHORTHAND[kind.toLowerCase()] ?? kind.toLowerCase();

/** Words that say what kind of body a board is, before its last word: "Working Group", "Task and Finish Group". */
const KIND_WORDS = /^(?:working|steering|advisory|special|interest|task|finish|reference|and|&)$/i;

/** Words too common in boards' names to name one on their own. */
const COMMON_NAME_WORDS = /^(?:local|national|government|community|communities|people|places|services|management|special|interest|task|finish|general|the|and|of|for|lga|improvement|innovation|resources|working|steering|advisory)$/i;

/** Where the generic words that end a board's name begin: "Special Interest Group", "Task and Finish Group". */
function kindStart(words: string[]): number {
  let tail = words.length;
  while (tail > 1 && (BODY.test(words[tail - 1]!) || COMMON_NAME_WORDS.test(words[tail - 1]!))) tail--;
  return tail;
}

/** The initials of those words, as people write them: "sig", "tfg", "wg". */
function boardKindInitials(words: string[]): string | undefined {
  const tailWords = words.slice(kindStart(words)).filter((w) => !/^(?:and|&|of|the|for)$/i.test(w));
  return tailWords.length >= 2 ? tailWords.map((w) => w[0]!.toLowerCase()).join("") : undefined;
}

/** "asylum task group" for the Asylum, Refugee and Migration Task Group: a distinctive word, then its body. */
function shortBoardPattern(board: string): RegExp | undefined {
  const all = board.split(/\s+/).map((w) => w.replace(/,$/, ""));
  if (all.length < 3) return undefined;
  const body = all.slice(-2).filter((w) => BODY.test(w) || /^task$/i.test(w)).map((w) => w.toLowerCase());
  // (A name's first word names it though short: "the bus TG" for the Bus Services and … Task Group.)
  const own = all.slice(0, -1).filter((w, k) => (w.length >= 5 || (k === 0 && w.length >= 3 && /^[A-Z][a-z]+$/.test(w))) && !COMMON_NAME_WORDS.test(w) && !BODY.test(w)).map((w) => w.toLowerCase());
  if (!body.length || !own.length) return undefined;
  // ("coastal SIG": the generic words that end the name, "Special Interest Group", by their initials.)
  const tail = kindStart(all);
  const tailWords = all.slice(tail).filter((w) => !/^(?:and|&|of|the|for)$/i.test(w));
  const initials = boardKindInitials(all);
  // ("licensing T&F group": the initials joined by "&" before the body's last word.)
  const ampersand = tailWords.length >= 3 ? `${tailWords.slice(0, -1).map((w) => w[0]!.toLowerCase()).join("&")}\\s+${esc(tailWords[tailWords.length - 1]!.toLowerCase())}` : undefined;
  // ("licensing task & finish group": the generic words themselves, "&" for "and".)
  const phrase = all.length - tail >= 2 ? all.slice(tail).map((w) => (/^(?:and|&)$/i.test(w) ? "(?:and|&)" : esc(w.toLowerCase()))).join("\\s+") : undefined;
  // ("toilets wg": the initials of the words that say what kind of body it is, "Working Group", though a
  // common word of its name, "Places", comes before them.)
  let kindFrom = all.length;
  while (kindFrom > 0 && (BODY.test(all[kindFrom - 1]!) || KIND_WORDS.test(all[kindFrom - 1]!))) kindFrom--;
  const kindWords = all.slice(kindFrom).filter((w) => !/^(?:and|&)$/i.test(w));
  const kindInitials = kindWords.length >= 2 ? kindWords.map((w) => w[0]!.toLowerCase()).join("") : undefined;
  const named = [body.map(esc).join("\\s+"), ...(initials ? [initials] : []), ...(kindInitials && kindInitials !== initials ? [kindInitials] : []), ...(ampersand ? [ampersand] : []), ...(phrase ? [phrase] : [])].join("|");
  // (A long word clipped as people clip it: "the defib task group" for the Community Defibrillators Task Group.)
  const ownForms = own.map((w) => (w.length >= 8 ? `${esc(w.slice(0, 5))}[a-z]*` : esc(w)));
  return new RegExp(`(?<=^|[^a-z])(?:${ownForms.join("|")})(?:\\s+[a-z&]+)?\\s+(?:${named})(?=[^a-z]|$)`);
}

/** "Fly-tipping" as "fly tipping": words joined by a hyphen, apart. */
const unhyphenated = (text: string) => text.replace(/(?<=\p{L})-(?=\p{L})/gu, " ");

/** The question without its mentions of the boards it names (they are a filter, not the subject). */
function withoutBoards(text: string, boards: string[]): string {
  let out = text;
  for (const board of boards.flatMap((b) => [b, unhyphenated(b)])) {
    for (const re of boardPatterns(board)) out = out.replace(new RegExp(re.source, "gi"), (m) => " ".repeat(m.length));
    // (Named short, "the trees wg", as well, or by its kind, "the wg".)
    const short = shortBoardPattern(board);
    if (short) out = out.replace(new RegExp(short.source, "gi"), (m) => " ".repeat(m.length));
    out = out.replace(BODY_KIND, (m, kind: string) => (board.toLowerCase().endsWith(` ${kindWords(kind)}`) ? " ".repeat(m.length) : m));
  }
  return out;
}

/**
 * The text without the initials of a board's kind ("wg" for a Working Group, "sig", "tfg"): its papers
 * need not use them, and a search already held to the board's papers does without them.
 */
export function withoutBoardInitials(text: string, board: string): string {
  const words = board.split(/\s+/).map((w) => w.replace(/,$/, ""));
  // (The initials of its name before its kind's word: "the BID panel" for the Business Improvement
  // Districts Panel.)
  const own = words.slice(0, -1).filter((w) => !/^(?:and|&|of|the|for)$/i.test(w)).map((w) => w[0]!).join("");
  const kind = words[words.length - 1]!;
  const named = own.length >= 3 ? text.replace(new RegExp(`\\b${escapeRegExp(own)}\\s+${escapeRegExp(kind)}s?\\b`, "gi"), " ") : text;
  const initials = boardKindInitials(words);
  return initials ? named.replace(new RegExp(`\\b${initials}s?\\b`, "gi"), " ") : named;
}

/** A political party as people name it. */
const PARTY = /\b(?:labour|conservatives?|tor(?:y|ies)|lib ?dems?|liberal democrats?|independents?|greens?|plaid cymru|reform)\b/i;

/** Does the question name a member's council by its distinctive word ("Pembrokeshire", "Sevenoaks")? */
function namesCouncil(q: string, vocab: Vocabulary): boolean {
  const generic = /^(?:council|district|county|borough|city|metropolitan|royal|london|north|south|east|west|upon|and|of|the)$/i;
  // Every distinctive word of the name: "amber" alone is a rating, not Amber Valley.
  return (vocab.councils ?? []).some((c) => {
    const words = c.split(/\s+/).filter((w) => w.length > 4 && !generic.test(w));
    return words.length > 0 && words.every((w) => new RegExp(`\\b${w.replace(/[^A-Za-z-]/g, "")}\\b`, "i").test(q));
  });
}

/** "How many targets / of them / are red": counting the items of a list, not a figure of one item ("how many trained"). */
const COUNTS_ITEMS = /\bhow many\s+(?:[\w-]+\s+){0,2}?(?:targets?|outcomes?|objectives?|measures?|indicators?|kpis?|priorities|milestones?|projects?|programmes?|workstreams?|actions?|risks?|reds?|ambers?|greens?|of (?:them|these|those|the)|are|were|is|was)\b/i;

/** Words after a status label that leave it a status: the things rated, and the small words of a question. */
/** A question asking who took someone's place: "who replaced Cllr X?", "who took over from …?". */
export const ASKS_REPLACEMENT = /\b(?:replac\w*|took over|taken over|succeed\w*|in place of|instead of|in (?:his|her|their) place)\b/i;

/** A question asking for what is not yet closed: "what has she still got open?", "open actions", "outstanding tasks". */
export const ASKS_OPEN = /\b(?:still|currently|remain(?:s|ing)?)\s+open\b(?!\s+(?:for|to)\b)|\b(?:got|have|has|had)\s+(?!to\b)(?:\w+\s+){0,2}open\b|\bopen\s+(?:actions?|items?|tasks?|issues?|tickets?)\b|\boutstanding\s+(?:actions?|items?|tasks?|issues?)\b/i;

const LABEL_FOLLOWERS = /^(?:risks?|actions?|items?|targets?|measures?|kpis?|indicators?|objectives?|projects?|milestones?|commitments?|outcomes?|ones?|recommendations?|issues?|and|or|in|on|at|for|since|by|last|this|now|yet|still|as|from|to|of|the|at|are|is|were|was|any|anything|status|rating|so|too|then|right|currently|its|their|our|his|her|a|an|with|against|than|target|targets|milestone|milestones|deadline|deadlines|deliverables?|atm|rn|pls|please|today)$/i;

/** The question with the names of bodies that hold a rating's word ("Green Spaces Board") blanked out. */
function withoutColouredNames(q: string, boards: string[]): string {
  return boards.filter((b) => /\b(?:greens?|reds?|ambers?|blues?)\b/i.test(b)).reduce((t, b) => t.replace(new RegExp(`\\b${escapeRegExp(b)}\\b`, "gi"), " "), q);
}

/** When or at what time a body meets, asked of the body named: its meetings, from the papers that list them. */
const BODY_MEETS = /\bwhat time (?:does|do|is|will)\b.{0,80}\b(?:start|begin|meet)\b|\bmeeting dates\b|\bdates? (?:of|for) (?:the |its |their )?(?:\w+ )?meetings\b|\bwhen (?:does|do|will)\b.{0,80}\bmeet(?:ing)?\b(?! about)/i;

export function parseQuestion(question: string, vocab: Vocabulary = { people: [], boards: [] }): TypedQuery {
  const original = question.trim();
  // Read the question with shorthand spelt out; keep the user's words for the answer.
  // ("… and what does that mean?" asks for the rating's meaning too, which its answer gives: not another
  // question.)
  const q = expandQuestion(original, vocab, { abbreviations: true }).replace(/,?\s+and what (?:does|do) (?:that|it|this|they|those) (?:mean|stand for)\b/i, "");
  const periods = parsePeriods(q, vocab.meetingDays, vocab.paperMonths);
  const refs = withTheirPrefixes(parseRefs(q), q, [...(vocab.riskRefs ?? []), ...(vocab.targetRefs ?? [])]);
  // (A body's name is not a rating asked for: "what did the Village Greens Task Group agree?")
  const { statuses, exclude } = parseStatuses(withoutColouredNames(q, vocab.boards));
  // (A meeting named by its day or month: "at the 4 Dec meeting".)
  const namesMeeting = periods.some((p) => p.kind === "day" || p.kind === "month") && /\b(?:meeting|board|committee|panel)\b/i.test(q);
  // ("… still open? not the overdue ones": Open asked for, Overdue ruled out.)
  const namedLabels = (vocab.statusLabels ?? []).filter((l) => {
    // (A label the genre's words read already, "Red", "On track", "Complete", is asked for by its rating.)
    // (Nor is a code, "G", "A/G", "✓", read inside other words of the question.)
    if (parseStatuses(l).statuses.length > 0 || !/\p{L}{3}/u.test(l)) return false;
    // (A label's qualifier in brackets asks for it: "on warnings only" is "Live (warnings only)".)
    const qualifier = /\(([^()]{5,40})\)\s*$/.exec(l)?.[1]?.trim();
    if (qualifier && /\s/.test(qualifier) && !/^(?:note|see)\b/i.test(qualifier) && new RegExp(`\\b${qualifier.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(q)) return true;
    const word = l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // (A label that is also a word of the question's frame, "Meeting", is one only as a rating: "which are
    // meeting their milestone", "scored 'meeting'"; not "the June meeting", "which meeting".)
    if (FRAME_WORDS.has(l.toLowerCase()) && !new RegExp(`\\b(?:are|is|were|was|rated|scored|marked|as)\\s+['"‘“]?${word}\\b|['"‘“]${word}['"’”]`, "i").test(q)) return false;
    // (Nor one that describes another noun: "open data", "closed session"; "open risks" and "still open" ask.)
    const uses = [...q.matchAll(new RegExp(`\\b${word}\\b(?:\\s+([a-z]+))?`, "gi"))];
    if (uses.length && uses.every((m) => m[1] && !LABEL_FOLLOWERS.test(m[1]))) return false;
    // (Nor a kanban lane's word asked as how a thing goes: "how is KR1.3 doing?", "how's the survey going?".)
    if (/ing$/i.test(l.trim()) && new RegExp(`\\bhow(?:\\s+(?:is|are|was|were)|['’]s)\\s+(?:\\S+\\s+){1,6}?${word}\\b`, "i").test(q)) return false;
    // (Nor a condition a paper sets: "by when do the toilets have to be open?")
    if (new RegExp(`\\b(?:(?:have|has|need|needs) to|must) be\\s+${word}\\b`, "i").test(q)) return false;
    return new RegExp(`\\b${word}\\b`, "i").test(q) && !new RegExp(`(?:\\bnot|n['’]t|\\bexcept|\\bexcluding|\\bapart from|\\bother than|\\bbesides)\\s+(?:the\\s+|any\\s+|yet\\s+)?${word}\\b`, "i").test(q);
  });
  // ("Running late" asks for the labels that say late, whatever their word: "Delayed", "Overdue".)
  if (ASKS_LATE.test(q) && !/\bnot\s+(?:\w+\s+)?(?:late|delayed|overdue)\b/i.test(q)) namedLabels.push(...(vocab.statusLabels ?? []).filter((l) => LATE_LABEL.test(l.trim()) && !namedLabels.includes(l)));
  // ("Still open", "open actions": what is not closed, whatever a log calls it; asked as "Open".)
  // (Not of a meeting's actions, which the minutes give with their own states, when minutes are held.)
  if (ASKS_OPEN.test(q) && (!namesMeeting || (vocab.minutesBoards ?? []).length === 0) && !namedLabels.some((l) => /^open$/i.test(l.trim()))) namedLabels.push("Open");
  // ("Any milestones not started yet?": "Not started", whatever a tracker calls it; one that leaves a row's
  // status empty until work starts says it so.)
  if (NOT_STARTED.test(q) && !namedLabels.some((l) => /^not (?:yet )?started$/i.test(l.trim()))) namedLabels.push("Not started");
  // ("Well below" asked for is not "Below" as well.)
  const statusLabels = namedLabels.filter((l) => !namedLabels.some((o) => o !== l && o.length > l.length && new RegExp(`\\b${l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(o)));
  const person = findPerson(q, vocab);
  const boards = findBoards(q, vocab);
  const board = boards[0];
  const role = parseRole(q);
  // Both the chair and the vice or deputy chair asked for: the list, chairs first.
  const bothChairs = !role && asksBothChairs(q);
  const lower = q.toLowerCase();
  // Rating phrases are not the question's kind: "some risk" does not make it a question about risks.
  const unrated = QUESTION_RATING_WORDS.reduce((text, [re]) => text.replace(new RegExp(re.source, "gi"), " "), q);
  const asksMeaning = /\bwhat (?:does|do|did|is meant by)\b.{0,60}\bmeans?\b|\bmeaning of\b|\bdefinition of\b|\bwhat is meant by\b/i.test(q);
  // Questions about what a meeting did: decisions, who introduced an item, actions, declared interests.
  // "Who's sorting the venue, and by when?": an action some minutes give, whichever meeting.
  const asksAction =
    (/\bwho(?:'s| is| will| was)?\b.{0,20}\b(?:sorting|doing|handling|organi[sz]ing|arranging|taking (?:it |this )?forward|following up|chasing|confirming|writing|drafting)\b/i.test(q) ||
      // (Not a condition a paper sets: "by when do the new toilets have to be open?")
      (/\bby when\b/i.test(q) && !/\b(?:have|has|need|needs) to be\b|\bmust be\b/i.test(q))) &&
    (vocab.minutesBoards ?? []).length > 0;
  // Minutes are asked about by naming them, a board that has them, or a meeting by its date ("at the nov
  // board", "at the 4 Dec meeting"); declaring interests is something only minutes record.
  const asksDeclarations = /\bdeclar\w*\b.{0,30}\binterests?\b|\binterests?\b.{0,40}\bdeclar(?:ed|es?|ing)\b|\bDOIs?\b/i.test(q);
  // "What's the budget paper asking the forum to agree?": what a paper proposes, not what was decided.
  // ("… being asked to decide in the Q2 paper?": what a paper asks of its board.)
  const asksProposal = /\bask(?:s|ing|ed)? (?:the )?[\w']+ to (?:agree|approve|note|decide|endorse|support)\b|\bwants? (?:the |us )?[\w']* ?to (?:agree|approve|decide)\b|\b(?:being|been) asked to (?:agree|approve|note|decide|endorse|support)\b/i.test(q);
  // ("Which work programme actions were red?": a tracker's actions by their RAG colour, not a meeting's.)
  const trackerActions =
    /\bactions?\b/i.test(q) &&
    !/\b(?:decid\w*|decisions?|resolv\w*|resolutions?|introduc\w*|presented|declar\w*|minutes|meeting|mtg)\b/i.test(q) &&
    // (A colour, not "done": a meeting's actions have states of their own.)
    ([...statuses, ...exclude].some((s) => s === "Red" || s === "Amber" || s === "Green") ||
      /\b(?:work ?programme|tracker|delivery plan|action plan)\b/i.test(q));
  // ("What did they decide on the fund in sept?": a month without its year, one the papers hold a meeting in.)
  // (Or a day of one, "on 12 nov".)
  const namesMeetingMonth = [...q.matchAll(new RegExp(`\\b(?:in|at|on|from)\\s+(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTH_PATTERN})\\b(?!\\.?,?\\s*(?:\\d{2,4}|'))`, "gi"))].some((m) =>
    (vocab.meetingDays ?? []).some((d) => Number(d.slice(5, 7)) === monthNumber(m[2]!) && (!m[1] || Number(d.slice(8, 10)) === Number(m[1]))),
  );
  // ("Which of the sept actions are still open?", "actions from the September meeting": a meeting's actions,
  // named by its month, which a later meeting's action log may carry.)
  // (Not when the question asks for a rating of them on an action log: "which of the october actions weren't
  // complete on the action log?" is a list by status.)
  const actionsOfMonth = (vocab.minutesBoards ?? []).length > 0 && MONTH_ACTIONS.test(q) && !(/\baction log\b/i.test(q) && statuses.length + exclude.length > 0);
  const asksMinutes =
    !asksProposal &&
    !trackerActions &&
    // ("How does the money agreed in oct show up in the risk register?": the register's rows, not the minutes.)
    !SHOWS_IN_REGISTER.test(q) &&
    (asksAction ||
    // ("What did the chair say in her update at the march meeting?")
    (ASKS_WHAT_WAS_SAID.test(q) && (namesMeeting || /\bminutes\b/i.test(q)) && (vocab.minutesBoards ?? []).length > 0) ||
    ASKS_MINUTES_STATE.test(q) ||
    // ("Sept meeting - did the panel extend the pilot?": whether a meeting named by its month decided a thing.)
    ((namesMeeting || namesMeetingMonth) && (vocab.minutesBoards ?? []).length > 0 && /\b(?:did|has|have)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:tg|wg|board|panel|committee|group|members|forum|commission)\s+(?!(?:say|said|discuss|hear|meet|see|get|have|ask|talk)\b)[a-z]{3,}/i.test(q)) ||
    // (Not "is it a key decision?", a field of a paper's front sheet.)
    (/(?<!\bkey\s)\b(?:decid\w*|decisions?|resolv\w*|resolutions?|agree[ds]?|approv(?:e[ds]?|al)|endors\w*|back(?:ed)?|introduc\w*|presented|actions?|declar\w*|interests? declared|DOIs?)\b/i.test(q) &&
      ((vocab.minutesBoards ?? []).some((b) => boards.includes(b) || /\bminutes\b/i.test(q) || namesMeeting || asksDeclarations || namesMeetingMonth) ||
        // (Interests declared at a meeting named, though no minutes are held: a pack may carry its minutes.)
        (asksDeclarations && (namesMeeting || namesMeetingMonth)) ||
        // ("What did the tg agree in sept about X?", a meeting the papers hold that month, its minutes carried by
        // a later pack: what it decided.)
        (namesMeetingMonth && /\bwhat did (?:the )?(?:[\w'’-]+ ){0,4}?(?:tg|wg|board|panel|committee|group|members|meeting|forum|commission)\s+(?:agree|decide|resolve|approve)\b/i.test(q)) ||
        // (What one board decided at a meeting named by its day, though no minutes are held: they say so.)
        (namesMeeting && /\b(?:decid\w*|decisions?|resolv\w*|resolutions?|agreed|approv(?:e[ds]?|al))\b/i.test(q) && periods.some((p) => p.kind === "day")) ||
        // ("What was decided about the parental leave policy?": the minutes' decisions, whichever board.)
        // ("When's the village halls decision?" asks when it will be made: not this.)
        // ("What did the TG agree on the review's scope?": the same.)
        // ("What did they (actually) decide about the Penstone bid?": the body that meets, unnamed.)
        // ("What terms did they agree for the lease?": the same, of the thing agreed.)
        ((vocab.minutesBoards ?? []).length > 0 && /\b(?:decided|resolved)\b|\b(?:decisions?|resolutions?) (?:on|about|regarding|taken|made)\b|\bwhat did (?:the )?(?:[\w'’-]+ ){0,4}?(?:tg|board|panel|committee|group|members|meeting|mtg|forum|commission)\s+(?:agree|decide|resolve)\s+(?:on|about|to|regarding|over)\b|\bwhat (?:was|were|has been|got) agreed\s+(?:on|about|regarding|over)\b|\bwhat did (?:they|we)\s+(?:[a-z]+ly\s+)?(?:decide|agree|resolve)\s+(?:on|about|regarding|over)\b|\bwhat\s+(?:[a-z]+\s+){1,2}did (?:they|we|the (?:[\w'’-]+ ){0,3}?(?:tg|board|panel|committee|group|members|forum|commission))\s+(?:decide|agree|resolve|approve)\b/i.test(q)))));
  // The subject, without the periods and the board (which are filters of their own).
  // (Its initials too: "CRB policy budget" asks about the budget, in the City Regions Board's papers.)
  // What follows the question mark is an aside ("…? heard DfE pulled the funding"), not the subject.
  const asked = /\?\s*\S/.test(q) ? q.slice(0, q.indexOf("?") + 1) : q;
  // (A finance period by its number, "at month 7", "P7", "period 7", says when, not what.)
  const topic = topicWords(
    withoutBoards(periods.reduce((text, p) => text.replace(p.label, " "), asked), boards)
      .replace(/\bI ?& ?I\b|\bIIB\b/gi, " ")
      .replace(/\b(?:month|period)\s+\d{1,2}\b|\bp\d{1,2}\b/gi, " ")
      // ("How long was she on the Teams call?": a call's duration, as its attendance report names it.)
      .replace(/\bhow long\b(?=.*\b(?:call|meeting|teams|zoom|session|online|webinar)\b)(.*)/gi, (_, rest: string) => `duration${rest.replace(/\b(?:run|ran|last|lasted|take|took|go on|went on)\b/gi, " ")}`),
  ).join(" ");

  const asksStatus =
    statuses.length > 0 ||
    exclude.length > 0 ||
    statusLabels.length > 0 ||
    // ("How's OLP-07 looking?", "how is W3 doing": a reference's standing, which its rating says.)
    (refs.length > 0 && /\bhow(?:['’]?s| is| are)\b.{1,40}\b(?:looking|doing|going|getting on)\b/i.test(q)) ||
    // (Or of a workstream: "the partnerships workstream they added - how's it doing?", its rows' ratings.)
    /\b(?:workstreams?|work ?strands?|strands?)\b[^?]{0,60}\bhow(?:['’]?s| is| are)\s+(?:it|they|that)\s+(?:looking|doing|going|getting on)\b|\bhow(?:['’]?s| is| are)\b.{1,40}\b(?:workstreams?|work ?strands?|strands?)\s+(?:looking|doing|going|getting on)\b/i.test(q) ||
    // (Or of a measure named by its words: "how's the bystander CPR measure doing".)
    /\bhow(?:['’]?s| is| are)\b.{1,40}\b(?:measures?|targets?|kpis?|indicators?|pis?)\s+(?:looking|doing|going|getting on)\b/i.test(q) ||
    /\brag\b|traffic light|\bstatus|on track|\b(?:is|are) (?:the |that |this )?.{0,40}\b(?:indicators?|targets?|measures?|kpis?|outcomes?|objectives?|programmes?|projects?|milestones?|workstreams?)\b.{0,20}\b(?:ok|okay|alright|all right)\b|\b(?:met|hit|achieved?|miss(?:ed)?)\b|\b(?:done|finished)(?:\s+yet)?\s*[?!.]*\s*$|\bmeet\b(?!\s*(?:[?.!]|$|\b(?:up|in|on|at|every|each|monthly|quarterly|weekly|online)\b))|\bcolou?r\b|\brated\b|\brating\b/i.test(q);
  // (Or asked of a reference: "has FWC-2.3 got worse since Q1?")
  // (Or of two quarters: "what got worse between q1 and q2 on the water safety plan?")
  const twoQuarters = periods.filter((p) => p.kind === "quarter").length >= 2;
  const ratingChange = refs.length > 0 || namedMove(q) || twoQuarters || /\b(?:objectives?|targets?|outcomes?|measures?|kpis?|pis?|milestones?|workstreams?|projects?|schemes?|tasks?|awards?|priorities|ratings?|rags?|indicators?|tracker|scorecard|dashboard|deliverables?|actions?|(?:delivery|action|business) plans?|perf(?:ormance)?)\b/i.test(q) ? parseRatingChange(q) : undefined;
  const keyCodes = refs.length === 0 && !/\b(?:how many|which|list|count|number of)\b/i.test(q) ? parseKeyCodes(q) : [];
  const trend = /\b(?:getting worse|worsen(?:ing|ed)?|deteriorat\w*|declin(?:ing|ed)|going backwards?)\b/i.test(q)
    ? "worse"
    : /\b(?:improving|getting better)\b/i.test(q)
      ? "better"
      : undefined;
  const comparing =
    (/\bcompar|\bvs\.?\b|\bversus\b|\bchanged?\b(?! of)|over the years|over time/i.test(q) && periods.filter((p) => p.kind !== "latest").length >= 2) ||
    /over the years|over time|across (?:the )?(?:reports|years)/i.test(q);

  let intent: Intent = "free_text";
  let paperField: PaperField | undefined;
  let present: boolean | undefined;
  // What a report's rating codes mean is read from its key, like any rating.
  if (keyCodes.length) intent = "target_status";
  else if (asksMeaning) intent = "free_text";
  // ("Brief me on the chair's annual report" is about a report, not who chairs.)
  else if ((BRIEFING_ASKED.test(q) || CATCHING_UP.test(q)) && (!role || /\b(?:chair|leader|lead members?)(?:'s|s'|’s)?\s+(?:\w+\s+)?(?:report|update|foreword|statement|letter|review)\b/i.test(q))) intent = "briefing";
  else if (/^\s*(?:cite|citation|quote|give me (?:the |a )?(?:citation|quote|source))\b/i.test(q)) intent = "citation";
  else if (
    // (Not a rate the papers give: "what's the overall attendance rate?")
    // (Not where a thing "shows up in" a paper: "how does the money show up in the risk register?")
    (/attendance|\battend(?:ed|ing)?\b|\b(?:turned|turn|showed|show) up\b(?!\s+(?:in|on)\s+(?:the|a|an|its|their)\b)|\bpresent\b|\babsent\b|apologies|marked '?(?:no|yes)'?/i.test(q) &&
      !/\battendance (?:rate|figures?|levels?)\b|\b(?:overall|average) attendance\b|\bpercentage\b|\bper ?cent\b|%/i.test(q) &&
      // (Nor a subject that has the word in it: "the remote attendance survey", "school attendance".)
      !/\battendance (?:survey|report|rule|policy|polic(?:y|ies)|target|measure|data|monitoring|strategy|pilot|risk|figures?|numbers?)\b|\b(?:remote|online|virtual|school|pupil|hybrid|summit|event|roundtable|conference|webinar|workshop|course|training|session|seminar)s? attendance\b|\b(?:milestone|kpi|indicator)s?\b/i.test(q) &&
      // (Nor who came to an event that is not a meeting: "how many turned up to the first webinar?")
      !(EVENT_NOUN.test(q) && !/\b(?:meeting|mtg|board|committee|panel)s?\b/i.test(q)) &&
      // (Nor the asker's own visit: "which site was shut when we turned up to check it?")
      !/\b(?:we|i)\s+(?:turned|turn|showed|show)\s+up\b/i.test(q) &&
      // (Nor when apologies are due: "when do apologies for the jan meeting need to be in by?", a notice's deadline.)
      !/\bdeadline for apologies\b|\b(?:when|what time|what date)\b.{0,20}\bapologies\b.{0,50}\b(?:in by|due|need to be|have to be|must be|by when)\b/i.test(q)) ||
    // Who stood in, or who took the chair, at a meeting.
    /\bwho (?:was|were|came|went) (?:at|to) (?:the|that|this|last|their|our)\b.{0,50}\bmeeting\b/i.test(q) ||
    // ("Who joined the march meeting online?")
    /\bwho\b.{0,30}\b(?:joined|attended|took part|came|dialled in|dialed in|was|were)\b.{0,50}\b(?:online|remotely|virtually|in person|in the room|on teams|via teams|on zoom|via zoom)\b/i.test(q) ||
    /\bsub(?:bed|bing)\b|\bsubstituted\b|\bstood in\b|\bwho chaired\b.{0,40}\b(?:meeting|hearing|evidence session)\b|\btook the chair\b|\bin the chair\b/i.test(q) ||
    // ("Who gave evidence on 12 May?": a hearing's witnesses, on its register.)
    /\bwho (?:gave|give|gives|was giving|were giving) evidence\b|\bwho were the witnesses\b|\bwhich witnesses\b/i.test(q) ||
    /\bhow many\b.{0,40}\bmeetings\b.{0,40}\b(?:make|made|attend(?:ed)?|go to|went to|get to|miss(?:ed)?)\b/i.test(q) ||
    // ("How many councillors were in the room on 10 March?": a count of the register.)
    // (Of a meeting: "how many came to the webinars?" counts no register.)
    (/\bhow many\b.{0,20}\b(?:councillors|cllrs|members|people)\b.{0,30}\b(?:attended|came|joined|present|there|online|remotely|virtually|in person|in the room|at the (?:\w+ )?meeting)\b/i.test(q) &&
      (/\b(?:meeting|mtg|online|remotely|virtually|in person|in the room)\b/i.test(q) || periods.some((p) => p.kind === "day")) &&
      !/\bmeetings\b/i.test(q)) ||
    // ("Who chaired the SIG on 4 Oct?": who was in the chair that day.)
    (/\bwho (?:chaired|was (?:in )?the chair|took the chair)\b/i.test(q) && periods.some((p) => p.kind === "day" || p.kind === "month") && !namesEvent(q, board) && !/\bvice|\bdeput/i.test(q)) ||
    // ("Why wasn't Cllr Dhesi at the April meeting?": the register, and the reason it gives.)
    /\b(?:was|were)(?:n['’]?t| not)\b.{1,40}\bat the\b.{0,30}\b(?:meeting|mtg)\b/i.test(q) ||
    /\bwho (?:missed|was missing|wasn't at|did not come|didn't come)\b|\bmissed\b.{0,40}\bmeeting\b|\b(?:make|made|make it to|get to|go to|at) the\b.{0,40}\bmeeting\b.*\b(?:sub(?:bed|stituted)?|who went|instead)\b|\bdid\b.{1,40}\b(?:make|attend|go to|get to)\b.{0,40}\bmeeting\b/i.test(q)
  ) {
    intent = "attendance";
    present = /marked '?no'?|\babsent\b|not (?:attend|present|there)|\b(?:was|were)(?:n['’]?t| not) (?:\S+ ){1,5}?at the\b|did(?: not|n't) (?:attend|come|make it)|apologies|\bmissed\b|\bdown as (?:a )?'?no'?/i.test(q)
      ? false
      : /marked '?yes'?|\bpresent\b|attended|\bjoined\b|\bdiall?ed in\b|\b(?:turned|showed) up\b|\bchecked in\b/i.test(q)
        ? true
        : undefined;
  } else if (asksAction || actionsOfMonth) intent = "minutes";
  // "Which actions are overdue?": a list by a rating word of the papers' own ("Overdue", "Superseded"),
  // before the actions of minutes; "which measures are getting worse?": a list by direction of travel.
  else if (
    statusLabels.length > 0 &&
    refs.length === 0 &&
    /\b(?:which|what(?:'?s)?|list|any|anything|show)\b/i.test(q) &&
    /\b(?:actions?|targets?|items?|outcomes?|objectives?|measures?|indicators?|kpis?|pis?|programmes?|projects?|milestones?|commitments?|deliverables?|risks?|decisions?|recommendations?|schemes?|lines?|pilots?|trials?|bids?|grants?|awards?|sites?|tasks?|cards?|applications?)\b|\b(?:which|list|show)\s+(?:of\s+)?(?:the\s+)?(?:[a-z-]+\s+)?[a-z-]{3,}s\b|\bwhat(?:['’]?s| is| are)\s+(?:showing|shown|marked|flagged|rated|coming up)\b/i.test(q)
  )
    intent = "list_by_status";
  // (Not "… risk: is it getting better?", one risk's movement.)
  else if (
    trend &&
    !ratingChange &&
    refs.length === 0 &&
    /\b(?:which|list|any|show)\b/i.test(q) &&
    /\b(?:targets|outcomes|objectives|measures|indicators|programmes|projects|milestones|kpis)\b/i.test(q) &&
    !/\brisks?\b/i.test(q)
  )
    intent = "list_by_status";
  // ("When is the march tg meeting?", "is the march meeting still on the 9th?": its day. Not a meeting named
  // by its subject, "when is the extra meeting on the statue?", which the papers about it date.)
  else if (/next\b.{0,30}\bmeeting|\bmeeting (?:after|following)\b|\bfollowing meeting\b|when (?:is|was) the (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|mtg)\b(?!\s+(?:on|about|re|regarding|for)\b)|\b(?:meeting|mtg)\b.{0,20}\bstill (?:on(?!\s+(?:track|target|course|hold|the table)\b)|happening|going ahead|taking place)\b|\bvenue\b(?![^?]*\bcost)(?<!\bhow much\b[^?]*\bvenue)|where (?:is|was) the meeting|\bwhat time (?:does|do|is|will) (?:the )?(?:[\w'’-]+\s+){0,5}?(?:meeting|mtg|board|committee|panel|group|tg|forum|commission)\s+(?:start|begin|kick off)\b|\bwhere(?:['’]s| is| was| will)\b.{0,40}\bmeeting\b(?! (?:about|on|with)\b)/i.test(q) ||
    // (A body named, by its name or its initials, with when or what time it meets: "what time does jsnac
    // start?", "list the jsnac meeting dates", "when does the naming panel meet?".)
    (board && BODY_MEETS.test(q)))
    intent = "meeting";
  else if (asksMinutes && (!person || asksDeclarations || /\bactions?\b/i.test(q))) intent = "minutes";
  // ("Who replaced Cllr X?" asks about whoever took X's place, not about X.)
  // (Nor does "how long was Cllr X on the call?" ask who X is: a call's log says how long.)
  // (Nor "what did Dr X say about petitions?", what someone said of a subject: the passages that say it.)
  // (Nor "did Cllr X approve the bid?", "why did it go to Cllr X?": what happened, in the papers that say it.)
  else if (person && !/contact officer/i.test(q) && !ASKS_REPLACEMENT.test(q) && !/\bhow long\b/i.test(q) && !SAID_ABOUT.test(q) && !/^\s*(?:did|why)\b/i.test(q)) intent = "person";
  else if (
    (role || bothChairs) &&
    (board || vocab.boards.length > 0 || /\b(?:board|committee|panel)\b|i ?& ?i/i.test(q)) &&
    // "Who chaired the launch webinar?" is about that event, not a board.
    !namesEvent(q, board) &&
    // ("How much notice do I need to give if a substitute is coming?": a rule for substitutes, not who they are.)
    !/\bhow much notice\b|\bnotice\b.{0,20}\b(?:give|need|required)\b|\bhow (?:far|long) in advance\b/i.test(q) &&
    // ("What did the chair say in her update?" asks what was said, not who the chair is.)
    // ("What alternatives did the chair look at?": what the chair did, not who the chair is.)
    // ("Who did the chair consult?": whom the chair consulted, not who the chair is.)
    // ("Why was it extended, and could the chair do that on her own?": what the chair may do.)
    !/\b(?:what|why|how|when)\b.{0,40}\b(?:did|does|has|had|will|is|could|can|may|might|should|would) (?:the )?(?:vice[- ]|deputy )?chair\w* (?!of\b)[a-z]+/i.test(q) &&
    !/\bwhom?\b.{0,20}\b(?:did|does|has|had|will) (?:the )?(?:[\w&-]+ ){0,3}?(?:vice[- ]|deputy )?chair\w* (?!of\b)[a-z]+/i.test(q) &&
    !/\bchair(?:'s|s'|s)? update\b/i.test(q) &&
    !chairOnlyMentioned(q) &&
    // ("Who's chairing the hubs fund item?": who takes the chair for one item, which its paper says.)
    !/\bchair\w*\b.{0,60}\bitem\b/i.test(q) &&
    // ("Who's chairing the panel at the summit?": who chairs a session of an event, which its programme says.)
    !/\bchair\w*\b.{0,60}\b(?:at|of|during) the (?:[\w-]+ ){0,3}?(?:summit|conference|event|symposium|seminar|webinar|workshop|launch|roadshow|festival)\b/i.test(q) &&
    // ("Who's lead member on the data indicator?" asks who leads a target, not the board's lead members.)
    !/\blead (?:members?|officers?|councillors?)\b.{0,12}\b(?:on|for|of)\b.{0,50}\b(?:indicators?|targets?|objectives?|measures?|kpis?|outcomes?|actions?|projects?|programmes?|workstreams?|milestones?|commitments?)\b/i.test(q) &&
    /\bwho\b|\bchair|\bdeput|\bvice|\bmembers?\b|\bsubstitutes?\b|\bsubs\b|\bobservers?\b/i.test(q)
  )
    intent = "membership";
  else if (/\bwho (?:sits|is on|are (?:the )?members)|\bwho'?s on\b|\bmembership of\b|\bmembers of the\b/i.test(q)) intent = "membership";
  // "Who are the lib dem and independent members on the panel?", "who's the tory sub?": a party's members.
  // ("Which lib dems sit on the task group?": a party's members, by what they do.)
  // (Or of a body named by its kind only: "which tg members are green party or independent?")
  else if ((board || /\b(?:tgs?|task groups?|board|panel|committee|forum)\b/i.test(q)) && /\bwho(?:'?s)?\b|\bwhich\b|\blist\b/i.test(q) && PARTY.test(q) && /\b(?:members?|cllrs?|councillors?|subs?|substitutes?|reps?|representatives?|sits?|sat|serves?|served)\b|\b(?:are|is|were|was) on\b/i.test(q)) intent = "membership";
  // "Which SSCB members are also on the CYP board?": two boards' lists.
  else if (boards.length >= 2 && /\bmembers?\b|\bwho\b|\bcllrs?\b|\bcouncillors?\b|\bany(?:one|body)\b|\bpeople\b/i.test(q) && /\balso\b|\bboth\b|\bas well\b|\bsame\b|\bsit on\b/i.test(q)) intent = "membership";
  // "Who was on the board in both years?", "which members stayed on the IIB?"
  else if (
    (board || /\b(?:board|committee|panel)\b|i ?& ?i|\biib\b/i.test(q)) &&
    /\bwho (?:was|were) on\b|\bmembers?\b.*\b(?:both|each|every|stay(?:ed)?|still|carried over|remain(?:ed)?)\b|\b(?:stay(?:ed)?|remain(?:ed)?) on\b/i.test(q)
  )
    intent = "membership";
  // ("Who represents Leeds?", "who's from Darlington on the panel?"; not "who gave evidence for Darlington?",
  // which asks what someone did.)
  else if (namesCouncil(q, vocab) && /\bwho(?:'s|’s)?\s+(?:is|are|was|were|represents?|represented|sits?|sat|from|on|for)\b|\bwho(?:'s|’s)?\s*\??$|\bcllr\b|\bcouncillor\b|\bmember\b|\brole\b/i.test(q)) intent = "membership";
  // (A reference the risk registers use, "ERB-03", makes it a question about that risk.)
  // (Not the contact of a paper about risks: "who do I speak to about the budget & risk paper?".)
  // (Nor what such a paper asks for: "what is the risk and budget paper asking members to do?".)
  else if (
    (/\brisks?\b|\bSR\d/i.test(unrated.replace(RISK_AS_ADJECTIVE, " ")) || (refs.length > 0 && refs.every((r) => vocab.riskRefs?.includes(r)))) &&
    !/peer challenge/i.test(q) &&
    !((/contact officer/i.test(q) || WHO_TO_ASK.test(q) || parsePaperField(q) === "recommendation") && /\b(?:paper|report|item)\b/i.test(q)) &&
    // (Nor a field of the paper on the register: "what's the purpose of the risk register paper?"; nor where
    // it is on an agenda: "what item number is the risk register on the agenda, and what page?".)
    !(parsePaperField(q) === "purpose" && /\b(?:paper|report)\b/i.test(q)) &&
    !(/\bagenda\b/i.test(q) && /\bitem\b|\bpages?\b/i.test(q))
  )
    intent = "risk";
  // "Is the sport strategy target still red?" asks about one target; "which / any / how many" ask for a list.
  else if (
    // (A report's own rating word asked for counts: "which workstreams have some slippage?")
    (statuses.length > 0 || exclude.length > 0 || statusLabels.length > 0) &&
    refs.length === 0 &&
    /\b(?:targets?|outcomes?|objectives?|sections?|themes?|programmes?|projects?|workstreams?|priorities|milestones?|measures?|indicators?|kpis?|pis?|items?|tasks?|actions?|asks|deliverables?|commitments?|trackers?|dashboards?|scorecards?|anything|any)\b/i.test(q) &&
    !/\bwho\b|\bchang|\bcompar/i.test(q) &&
    // ("Why is the planning vacancies indicator off track?" asks about one.)
    !/^\s*(?:why|how come)\b/i.test(q) &&
    // ("Status of the graduate recruitment objective? still A/G?": one, named by its subject.)
    !(ONE_ITEM_NAMED.test(q) && !/\b(?:which|any|anything|list|all|show|how many)\b/i.test(q)) &&
    !(/^\s*(?:is|was|has|are|were|did|does)\b/i.test(q) && !/\b(?:any|anything|which)\b/i.test(q) && !COUNTS_ITEMS.test(q))
  )
    intent = "list_by_status";
  // "How many Labour cllrs on the task group?": a count of a board's members.
  // ("How many councillors were booked onto …?" counts something else they did.)
  // (Not the seats it fills on outside bodies.)
  else if (board && /\bhow many\b.{0,40}\b(?:cllrs?|councillors?|members?|substitutes?|subs|people|seats?|lib ?dems?|liberal democrats?|tories|conservatives|independents)(?:\s+(?:are|sit|does|do|is|on|in|of|has|have|there)\b|\s*\??\s*$)/i.test(q) && !/\boutside bod/i.test(q)) intent = "membership";
  // ("What's the status of the SuDS target? how many supported so far": the target's rating and progress.)
  // ("Is the DA training target on track? how many trained so far": the same.)
  else if (
    /\bhow (?:many|much)\b/i.test(q) &&
    !/\bpages?\b(?!\s*views?)/i.test(q) &&
    !/\b(?:status|rag|rating)\b.{0,40}\b(?:target|objective|outcome|measure)\b/i.test(q) &&
    !(statuses.length > 0 && /^\s*(?:is|are|was|were|has|have)\b[^?]*\b(?:target|objective|outcome|measure|indicator|kpi)\b/i.test(q))
  )
    intent = "table_value";
  // ("Who's the contact officer for the sept 17 agenda?" asks for a paper's contact.)
  // ("What's going to the March meeting?": its agenda. Not "what's coming to the meeting for decision?",
  // which a forward plan's rows answer by their purpose.)
  // (Not "is the pilots paper confidential?", nor "is the pilots paper a key decision? confidential?", a field
  // of a paper's front sheet; "the confidential pensions paper" is an item of the agenda.)
  // (Nor "is item 5 confidential or a key decision?", "is the awards item a key decision?": the front sheet
  // of one item's paper.)
  else if (!asksProposal && !/contact officer/i.test(q) && !WHO_TO_ASK.test(q) && !(/\b(?:is|are|was|were)\s+(?:the|this|that|it)\b[^?]*\b(?:paper|report)\b[^?]*\bconfidential\b/i.test(q.replace(/\?\s*(?=\S)/g, " ")) && !/\bagenda\b|\bitems?\b/i.test(q)) && !(/\bkey dec\w*|\bexempt\b/i.test(q) && /\bitem\b|\b(?:paper|report)\b/i.test(q)) && !PAPERS_GO_OUT.test(q) && /\bagenda\b|verbal update|\bitems?\b.*\bmeeting\b|\bpapers\b.*\bmeeting\b|\bpages?\b(?!\s*views?)|\bconfidential\b|^\s*what(?:['’]?s| is| are)\s+going\s+to\s+the\b[^?]{0,40}\bmeeting\b(?!\s+for\b)/i.test(q.replace(WEB_PAGE, " "))) {
    intent = "agenda";
    paperField = parsePaperField(q);
  } else if (
    // (Not the rating a paper gives an item: "what status did the progress paper give it?")
    // (Nor a table of the paper's own, its document history: "what changed in v0.3 in the ToR paper's doc history?")
    (/\bpaper\b|\breport to the board\b|contact officer/i.test(q) &&
      !(asksStatus && /\bwhat (?:status|rating|rag|colou?r)\b[^?]*\b(?:give|gave|given|put|puts|rate|rated)\b/i.test(q)) &&
      !/\b(?:doc(?:ument)?|version|revision|change|amendment)s? (?:history|log|control|record)\b/i.test(q)) ||
    // ("Who wrote the q4 performance report?": its author, the paper's contact.)
    (/\bwho (?:wrote|authored|is the (?:report )?author of|put together|compiled|prepared|drafted|produced|created)\b/i.test(q) && /\b(?:report|paper|plan|register|update|note)\b/i.test(q)) ||
    // ("Is item 4 for noting or for decision?": what an item's paper is for.)
    (/\bitem\s+\d{1,2}[a-z]?\b/i.test(q) && /\bfor (?:information|decision|discussion|noting|approval)\b/i.test(q)) ||
    // ("Who do I contact about a paper / the perf report?"; not "… about board papers" in general.)
    (WHO_TO_ASK.test(q) && /\b(?:report|paper|agenda|register|dashboard|scorecard|tracker|log|bulletin|plan|slides|deck|presentation)\b/i.test(q)) ||
    // ("Contact for the ToR item on 18 nov?": the contact of a paper named by its item.)
    (/\bcontacts?\s+(?:for|on|about|of)\b/i.test(q) && /\b(?:report|paper|item)\b/i.test(q)) ||
    (/\b(?:propos|recommend)/i.test(q) && board) ||
    // ("Is the awards report a key decision? Exempt?": fields of a paper's front sheet.)
    (/\bkey dec\w*|\b(?:exempt|confidential)\b/i.test(q) && /\b(?:report|paper|item)\b/i.test(q)) ||
    // ("What are the recs in the fund progress report?": a paper's recommendations, named by its title.)
    // (Or by its item's number, "recommendations for item 5".)
    (/\brecommendations\b/i.test(q) && /\b(?:report|paper|update|item\s+\d{1,2}[a-z]?)\b/i.test(q) && !/\b(?:audit|review|inspection|peer)\b[^?]{0,30}\brecommendations\b/i.test(q)) ||
    // (Or one of them by its letter, "rec (c) in item 5".)
    (LETTERED_REC.test(q) && /\b(?:report|paper|update|item\s+\d{1,2}[a-z]?)\b/i.test(q)) ||
    (board && /\bask(?:s|ing)? (?:the )?(?:board|committee|members) to\b|\bwhat (?:does|do) (?:it|they) want\b/i.test(q)) ||
    // ("What's the q2 performance report asking the TG to do?": what a paper named by its kind asks for.)
    (/\b(?:report|paper|update)\b/i.test(q) && /\bask(?:s|ing)? (?:the )?[\w']+ to (?:do|agree|decide|note|approve|endorse|consider)\b/i.test(q)) ||
    // (Or by its item's number, "what is item 6 asking the panel to agree?"; not what members asked at an
    // item, "at item 4, what did members ask officers to do?".)
    (/\bitem\s+\d{1,2}[a-z]?\b/i.test(q) && /\b(?:does|do|is|are)\b[^?]*\bask(?:s|ing)? (?:the )?(?:board|committee|panel|group|task group|tg|members|forum|cabinet) to (?:do|agree|decide|note|approve|endorse|consider)\b/i.test(q)) ||
    asksProposal
  ) {
    intent = "paper";
    paperField = parsePaperField(q);
  } else if (comparing && (asksStatus || refs.length > 0 || /target|outcome/i.test(q))) intent = "comparison";
  // ("show me the reds", "all the ambers": a list too.)
  else if (asksStatus && (statuses.length > 0 || exclude.length > 0) && refs.length === 0 && /\bwhich\b|\blist\b|\bshow\b|\bgive me\b|\ball the\b|\b(?:reds|ambers|greens|blues)\b/i.test(q)) intent = "list_by_status";
  else if (asksStatus && (statuses.length > 0 || exclude.length > 0) && (refs.length >= 2 || refs.some(isRefRange)) && !/\bwho\b/i.test(q))
    intent = "list_by_status";
  else if (
    // ("Who's running the Leicester pilot?": who leads it; not with more asked of it, "… and what's its budget?")
    (/\bwho(?:'s| is| was| were)? (?:running|runs|ran|heading|heads|managing|manages)\b(?! (?:the )?(?:meeting|board|committee|panel|group|session|webinar|event)s?\b)/i.test(q) && !/\band\s+(?:what|whats|what's|how|when|where)\b/i.test(q)) ||
    /\bwho(?:'s| is| was| were)? (?:leads?|led|owns?|owned|is responsible)|\bwho(?:'s| is| was| were) (?:the )?(?:leads?|owners?|responsible|reporting managers?)\b|\bled by\b|\breporting managers?\b|\blead (?:officer|member)\b/i.test(q) ||
    // ("Who's the PM for the footpath scheme?": the manager of a project named after it; not "who is the
    // manager of the leisure centre?".)
    (/\bwho(?:'s| is| was)? (?:the )?(?:pm|(?:project|programme) manager)\s+(?:on|for|of)\s+(?:the\s+)?\w/i.test(q) && /\b(?:project|scheme|programme|pilot|workstream|contract)s?\b/i.test(q))
  )
    intent = "target_lead";
  // ("whats at risk on the plan?": "what's" as staff type it.)
  else if (asksStatus && (statuses.length > 0 || exclude.length > 0) && refs.length === 0 && /\bwhich\b|\bwhat(?:['’]?s)?\b|\blist\b|\bhow many\b|\bany\b/i.test(q) && !/\bis\b.*\?/.test(lower.split(/which|what/)[0] ?? "")) intent = "list_by_status";
  else if (asksStatus || ratingChange || refs.some((r) => /^(?:[A-Z]{1,4}\d{1,2}|\d{1,2}\.\d{1,2}|[A-Z]{1,5}\d{2}[-/]\d{1,3})$/.test(r))) intent = "target_status";
  else if (/\bhow (?:many|much)\b|\bnumber of\b|\btotal\b|\bwhat %|\bper ?cent|\bpercentage\b|\bscore\b|\bbudget\b|\bheadcount\b/i.test(q)) intent = "table_value";

  return TypedQuery.parse({
    intent,
    question: original,
    statuses,
    excludeStatuses: exclude,
    statusLabels,
    refs,
    periods,
    topic,
    ...(board ? { board } : {}),
    ...(boards.length > 1 ? { boards } : {}),
    ...(person ? { person } : {}),
    ...(role ? { role } : {}),
    ...(paperField ? { paperField } : {}),
    ...(present !== undefined ? { present } : {}),
    ...(ratingChange ? { ratingChange } : {}),
    keyCodes,
    ...(trend && !ratingChange ? { trend } : {}),
  });
}
