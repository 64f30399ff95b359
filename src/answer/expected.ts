/**
 * What kind of value a question asks for, and whether a passage holds one: "how many calls?" is not
 * answered by "79 per cent of calls", nor "what's the delegate fee?" by a paragraph with no sum in it. A
 * passage that shares the question's words but lacks the value it asks for is a near miss, not an answer.
 */
import { MONTH_PATTERN } from "../util/dates.js";
import { NUMBER_IN_WORDS } from "../util/numbers.js";
import { stem } from "../util/text.js";

/** A question asking for a sum of money. */
export const ASKS_AMOUNT_OF_MONEY = new RegExp(
  [
    /\bhow much\b.*\b(?:cost|costs|spen[dt]|paid|pay|charged?|money|funding|grant|cash|levy)\b/.source,
    // ("how much did cornwall ask for?", "how much did Dorset get / bid / receive?")
    /\bhow much (?:did|does|do|has|have|will|is|was)\b.{1,60}\b(?:ask(?:ed|ing)? for|bid|request(?:ed)?|get|got|receive[ds]?|awarded|allocated|given)\b/.source,
    /\bwhat (?:was|is|were|are|did|does) the (?:total |overall )?(?:cost|price|spend)\b/.source,
    /\bwhat did .+\bcost\b/.source,
    // ("what do councils pay crossing patrols an hour?", "how much is in the pot for round 2?")
    /\bwhat (?:do|does|did|will|would) [\w\s'’-]{1,40}? (?:pay|charge)\b/.source,
    /\bhow much\b.*\b(?:pot|worth|budget|fee|salary|wage)\b/.source,
    // ("whats the delegate fee for the conference?", "what is the panel's budget for 2027/28?")
    /\bwhat(?:'s|s| is| was| are| were| will be)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w'&/-]+\s+){0,5}?(?:fees?|budgets?|prices?|charges?|salary|salaries|allowances?)\b(?=\s*(?:for|of|in|on|at|this|next|last|\d|\?|$))/.source,
  ].join("|"),
  "i",
);

/** A sum of money as papers write it: "£370,400", "£1.2m", "45 million", "18k". */
export const MONEY_FIGURE = /[£$€]\s?\d|\b\d[\d,.]*\s?(?:m|bn|k|million|billion|pounds?)\b/i;

/** A question asking which councils did something: "which councils got round 1 grants?". */
export const ASKS_WHICH_COUNCILS = /\bwhich (?:councils|authorities|local authorities|las)\b/i;

/** A council named as papers name one: "Kent County Council", "London Borough of Newham", "Cornwall". */
const COUNCIL_NAME = /\b[A-Z][\w'’-]+(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w'’-]+)*\s+(?:City\s+|County\s+|Borough\s+|District\s+|Metropolitan\s+(?:Borough\s+)?)?Council\b|\b(?:London|Royal) Borough of [A-Z]|\b(?:City|County) of [A-Z]|\bCombined Authority\b/;

/** Whether the text names a council (not "the council" or "Councils"). */
export function holdsCouncilName(text: string): boolean {
  return [...text.matchAll(new RegExp(COUNCIL_NAME.source, "g"))].some((m) => !/^(?:The|This|That|Each|Every|Any|No|Our|Their|A|Local|Parish|Town)\s/.test(m[0]));
}

/** A question asking for a count: "how many bids did the fund receive?". */
export const ASKS_COUNT = /\bhow many\b/i;

/** Words before a number that make it a name or a place, not a count: "round 2", "item 5", "Q3", "page 4". */
const NUMBER_AS_NAME = /\b(?:round|phase|question|q\.|chapter|clause|article|schedule|rule|option|step|item|paragraph|para|page|p\.|quarter|q|no\.|minute|table|annex|appendix|priority|level|stage|tier|year|part|section|wave|cohort|version|v)\s*$/i;
/** A reference code's letters before its number: "GSA-10", "CR 4". */
const CODE_LETTERS = /\b[A-Z]{1,6}-?\s*$/;
/** Words after a number that make it a proportion, a measure or a time, not a count of things. */
const NUMBER_AS_MEASURE = new RegExp(`^\\s*(?:%|per ?cent\\b|percent\\b|pence\\b|p\\b|mph\\b|am\\b|pm\\b|km\\b|miles?\\b|${MONTH_PATTERN}\\b)`, "i");

/** A unit of time after a number: "two minutes", "42 days", "10 working days". */
const TIME_UNIT = /^\s*(?:(?:working|calendar|business|school|clear)\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/**
 * Whether the text holds a count the question does not already give: a number in figures or words that is
 * not a percentage, a sum, a date, a year, a time or a reference ("round 2", "GSA-10").
 */
export function holdsCount(text: string, question: string): boolean {
  for (const m of plainNumbers(text)) {
    const value = m[1]!;
    const before = text.slice(Math.max(0, m.index! - 14), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (/[£$€]\s*$/.test(before) || NUMBER_AS_MEASURE.test(after)) continue;
    // ("Within two minutes" is a time, unless minutes are what is counted.)
    const unit = TIME_UNIT.exec(after)?.[1];
    if (unit && !new RegExp(`\\bhow many\\s+${unit.replace(/s$/, "")}`, "i").test(question)) continue;
    // ("How many 20mph schemes?" is not answered by the "20" of its own words.)
    if (inQuestion(value, question)) continue;
    // A count of something the question names: "64 responded" for "how many responses", not "two round
    // tables" beside the consultation it asks about.
    // (Within its own line: the next paragraph's words count nothing here.)
    const near = `${text.slice(Math.max(0, m.index! - 50), m.index!).split("\n").pop()!.split(/\s+/).slice(-6).join(" ")} ${text.slice(m.index! + m[0].length, m.index! + m[0].length + 100).split("\n")[0]!.split(/\s+/).slice(0, 10).join(" ")}`;
    // (A figure in a table row counts what its column's header says, which is not beside it.)
    const inRow = /\s\|\s/.test(text.slice(text.lastIndexOf("\n", m.index!) + 1, text.indexOf("\n", m.index!) < 0 ? undefined : text.indexOf("\n", m.index!)));
    if (!inRow && !countedWords(question).some((w) => new RegExp(`\\b${w}`, "i").test(near))) continue;
    return true;
  }
  return false;
}

/** A question asking for a rate or a share: "what's the response rate?", "what percentage of councils …?". */
export const ASKS_RATE = /\bwhat\s+(?:percentage|proportion|share|per ?cent)\b|\bwhat\s*%|\b(?:response|take-?up|uptake|completion|success|vacancy|turnover|collection|return|pass)\s+rates?\b|\bhow many per ?cent\b/i;

/** A rate or a share as papers write it: "38%", "38 per cent", "one in five", "12 out of 40". */
const RATE_FIGURE = new RegExp(`\\d\\s?%|\\bper ?cent\\b|\\bpercent\\b|\\b(?:\\d+|${NUMBER_IN_WORDS.source})\\s+(?:out of|in|of every)\\s+(?:every\\s+)?(?:\\d+|${NUMBER_IN_WORDS.source})\\b`, "i");

/** Whether the text gives a rate or a share. */
export function holdsRate(text: string): boolean {
  return RATE_FIGURE.test(text);
}

/** A question asking for the level something is or will be set at: "what level will the cap be set at?". */
/** A question asking what a study or review found: "what did the independent evaluation conclude?". */
export const ASKS_FINDINGS = /\bwhat did (?:the |our |their |its )?[\w\s'’-]{2,60}? (?:conclude|find|show)\b|\bwhat (?:were|are|was|is) the (?:findings|conclusions?) of\b/i;

/** A finding as papers report one: "concluded", "found that", "showed", "recommends", or a share ("38%", "one in five"). */
const FINDING = /\b(?:conclu(?:ded|des|sion|sions)|found|finds|findings|show(?:s|ed|n)|reported|reports that|recommend(?:s|ed|ations?)|suggest(?:s|ed)|identified|according to)\b/i;

/** Whether the text reports what a study found: a verb of finding, or a rate or share. */
export function holdsFinding(text: string): boolean {
  return FINDING.test(text) || holdsRate(text);
}

/** "How much has actually been paid out so far?": money already paid, asked as such. */
export const ASKS_PAID_SO_FAR = /\b(?:actually|already)\s+(?:been\s+)?(?:paid|spent|disbursed|released|drawn down)\b|\b(?:paid|spent|disbursed|released|drawn down)(?:\s+out)?\b.{0,40}\b(?:so far|to date|yet)\b/i;
/** Money said to have gone out: "£1.2m has been paid", "spend to date", "payments of …", "drawn down". */
export const PAID_OUT = /\b(?:paid|payments?|spent|spend|disbursed|drawn down|released|outturn|actuals?)\b/i;
/**
 * A column of money gone out: as PAID_OUT, or a project tool's "Work cost", "Cost to date" beside its
 * budget (in prose, "the work costs £40,000" is an estimate, not a sum paid).
 */
export const PAID_OUT_COLUMN = new RegExp(`${PAID_OUT.source}|\\b(?:work costs?|costs? (?:to date|incurred))\\b`, "i");

/** Whether the text leaves out one of the words asked about: "WS1 Plant (excluding the Fund)" for "the fund". */
export function leavesOut(text: string, asked: string[]): boolean {
  const stems = new Set(asked.map((w) => stem(w.toLowerCase())));
  return [...text.matchAll(/\b(?:excluding|excludes|except|not including|other than)\s+(?:the\s+)?([A-Za-z]+)/gi)].some((m) => stems.has(stem(m[1]!.toLowerCase())));
}

export const ASKS_LEVEL = /\bwhat level\b|\bat what (?:level|rate|figure)\b|\bhow (?:high|low) (?:is|was|will|would|should)\b/i;

/** Whether the text holds a figure the question does not already give: a sum, a rate, a number that is not a date, a year or a reference. */
export function holdsFigure(text: string, question: string): boolean {
  if (MONEY_FIGURE.test(text) || RATE_FIGURE.test(text)) return true;
  for (const m of plainNumbers(text)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (new RegExp(`^\\s*${MONTH_PATTERN}\\b`, "i").test(after) || inQuestion(m[1]!, question)) continue;
    return true;
  }
  return false;
}

/** Whether a number is one the question itself writes. */
function inQuestion(value: string, question: string): boolean {
  return new RegExp(`\\b${value.replace(/[.]/g, "\\.")}\\b`, "i").test(question);
}

/**
 * Numbers in figures or words that may be a quantity: not a paragraph's number, a reference ("round 2",
 * "GSA-10", "question 7"), a date's day after its month, or a year.
 */
function* plainNumbers(original: string): Generator<RegExpMatchArray> {
  // (A phone number's groups, "020 7946 0655", count nothing; blanked, so offsets stay the text's.)
  const text = original.replace(PHONE_NUMBER, (m) => " ".repeat(m.length));
  const number = new RegExp(`(?<![\\w£$€.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_IN_WORDS.source})(?![\\w%/])`, "gi");
  for (const m of text.matchAll(number)) {
    const value = m[1]!;
    const before = text.slice(Math.max(0, m.index! - 14), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    // ("1. The line answered …": a number opening a line numbers its paragraph.)
    if (/(?:^|\n)[ \t]*$/.test(before) && /^[.)]/.test(after)) continue;
    if (NUMBER_AS_NAME.test(before) || CODE_LETTERS.test(before)) continue;
    if (new RegExp(`${MONTH_PATTERN}\\s*$`, "i").test(before) || /^(?:19|20)\d\d$/.test(value)) continue;
    yield m;
  }
}

/** A UK phone number as papers write it: "020 7946 0655", "07700 900123", "+44 (0)20 7664 3000". */
const PHONE_NUMBER = /(?:\+44\s?(?:\(0\))?\s?|\b0)\d{2,4}\s?\d{3,4}\s?\d{3,4}\b/g;

/** A question asking for a telephone number: "what's Jo Bloggs's phone number?", "dial-in for the meeting?" (not "who was the number that dialled in?"). */
export const ASKS_PHONE = /^(?!\s*who\b).*(?:\b(?:phone|telephone|mobile|contact|tel\.?) (?:number|no\.?)\b|\bdial[- ]?in\b|\bnumber to (?:call|ring|dial)\b)/i;

/** Whether a text gives a telephone number. */
export function holdsPhone(text: string): boolean {
  return new RegExp(PHONE_NUMBER.source).test(text);
}

/** Words the question asks a count of, as the first letters a count's neighbours would share ("respo" for responses, responded). */
function countedWords(question: string): string[] {
  // ("cllrs" are councillors.)
  const words = question.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return [...new Set(words.filter((w) => !COUNT_FRAME_WORDS.has(w)).map((w) => (w.startsWith("cllr") ? "counc" : w.slice(0, 5))))];
}

/** Words of a "how many" question that name no thing counted. */
const COUNT_FRAME_WORDS = new Set(["many", "were", "there", "have", "does", "did", "with", "from", "that", "this", "they", "their", "what", "which", "when", "will", "been", "into", "about", "total", "altogether", "overall", "number", "last", "year", "month", "meeting"]);

/** A question asking when: "when is the summit?", "what's the new deadline for IA26-02?", "which meeting?", "where and when?". */
export const ASKS_DATE = /^\s*when\b|\bwhen(?:'s|’s|s| is| was| will| would| does| did| do| are| were| has| have)\b|\bwhen\s*\?|\band when\b|\bwhen and\b|\bwhat (?:date|day|time)\b|\bwhich (?:date|day|meeting|month)\b|\b(?:new|revised|original|latest) (?:deadline|date|due date|target date)\b|\bby when\b/i;

/** A day or a month as papers write it: "6 November 2026", "Nov 2026", "06/11/2026", "Thursday". */
const DAY_OR_MONTH = [
  `\\b${MONTH_PATTERN}\\b\\.?\\s*(?:\\d|'\\d)`,
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\b`,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.source,
  // (As issue trackers write a day: "16/Apr/96".)
  `\\b\\d{1,2}[/.-]${MONTH_PATTERN}[/.-]\\d{2,4}\\b`,
  /\b(?:monday|tuesday|wednesday|thursday|friday|next meeting)\b/.source,
];
/** A month's name on its own, capitalised ("highest in May"; "this may change" is no date). */
const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DAY_OR_MONTH_FIGURE = new RegExp(DAY_OR_MONTH.join("|"), "i");
/** A time of any grain: a day or a month, a quarter, a year, a season. */
const DATE_FIGURE = new RegExp(
  [...DAY_OR_MONTH, /\b(?:q[1-4]|quarter\s+[1-4]|(?:first|second|third|fourth) quarter)\b/.source, /\b(?:19|20)\d\d(?:\s?[/-]\s?\d\d)?\b/.source, /\b(?:spring|summer|autumn|winter|year end)\b/.source].join("|"),
  "i",
);

/**
 * Whether the text gives a time: of any grain, or (`grain: "month"`) a day or a month only ("Countryside
 * Access Week 2027" names an event by its year; it does not date it).
 */
export function holdsDate(text: string, opts: { grain?: "any" | "month" } = {}): boolean {
  return MONTH_NAME.test(text) || (opts.grain === "month" ? DAY_OR_MONTH_FIGURE : DATE_FIGURE).test(text);
}
