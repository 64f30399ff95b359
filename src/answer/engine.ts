/**
 * The answer engine: question -> typed query -> structured lookup and/or hybrid passages -> one Answer
 * with verified citations. Knows nothing of Slack or the terminal.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { IndexPort, StoredDocument } from "../index/index.js";
import type { DocRecord, Locator, PaperRecord, RecordType } from "../ingest/records/schema.js";
import { MONTH_PATTERN, financialYearForms, financialYearOf, humanDate, monthNumber, normaliseFinancialYear } from "../util/dates.js";
import type { DocMeta } from "../ingest/metadata.js";
import { Retriever, type Passage } from "../retrieve/hybrid.js";
import { Answer, MAX_ANSWER_CHARS, MAX_QUOTE_CHARS, type Citation, type AnswerMode } from "./schema.js";
import { ASKS_OPEN, ASKS_REPLACEMENT, expandQuestion, isAskingWord, isFrameWord, parseQuestion, questionWords, shorthandLongForm, topicWords, withoutBoardInitials, type TypedQuery, type Vocabulary } from "./query.js";
import { STOP_WORDS, contentWords, escapeRegExp, stem } from "../util/text.js";
import { matchScore } from "../util/similarity.js";
import { VerbatimChecker, formatLocator, spanText, type Span } from "./quotes.js";
import { SPEAKER_TURN, asksForFigure, emptyHeading, rowHeader, selectSentences, sentenceUnits, type Sentence } from "./extract.js";
import { Relevance } from "./relevance.js";
import { supersessionsOf } from "./supersession.js";
import { notesUnder } from "./margin-notes.js";
import type { CorpusFacts } from "../ingest/facts.js";
import { labelField } from "../ingest/vocabulary.js";
import { equivalenceGroup } from "../util/lexicon.js";
import { briefBoard, briefMeeting, briefRecordsOnTopic, briefReport, briefRiskRegister, briefingLines, type Briefing, type BriefingSection } from "./briefing.js";
import { citationLine, citationPhrase, literalMatches, literalTokens } from "./cite.js";
import type { Finding, LookupContext } from "./lookup/types.js";
import { ASKS_OVERDUE, lookupTargets, overdueItems, quarterHeld, quarterNotHeld } from "./lookup/targets.js";
import { lookupAttendance, lookupMembership, lookupPerson } from "./lookup/people.js";
import { lookupContactByPost } from "./lookup/contact-card.js";
import { lookupChoiceCount } from "./lookup/choices.js";
import { lookupMotionOutcome } from "./lookup/motions.js";
import { fieldSpan as paperFieldSpan, lookupAgenda, lookupMeeting, lookupPaper } from "./lookup/papers.js";
import { lookupRisks, lookupTableValue } from "./lookup/tables.js";
import { NUMBERED_PART, lookupColumnForEach, lookupCouncilsListed, lookupRowNamedByCell, lookupRowByPosition, lookupRowsByRoleVerb, lookupRowsByValue, lookupRowsOfTableNamed, lookupRowsPastThreshold, lookupRowByAmount } from "./lookup/rows.js";
import { lookupTableAggregate } from "./lookup/aggregate.js";
import { ITEM_NUMBER, lookupActionByRef, lookupChapterTime, lookupMinutes } from "./lookup/minutes.js";
import { lookupParagraph } from "./lookup/paragraphs.js";
import { lookupRecordedVotes } from "./lookup/votes.js";
import { lookupSaidBy } from "./lookup/speech.js";
import { postHolder } from "./lookup/posts.js";
import { accountOfRow } from "./lookup/accounts.js";
import { detailsOfPeopleNamed, type PersonDetail } from "./lookup/affiliation.js";
import { NUMBER_IN_WORDS, wordsToNumber } from "../util/numbers.js";
import { ASKS_AMOUNT_OF_MONEY, ASKS_COUNT, ASKS_PAID_SO_FAR, ASKS_PHONE, PAID_OUT, PAID_OUT_COLUMN, leavesOut, ASKS_DATE, ASKS_FINDINGS, ASKS_LEVEL, ASKS_RATE, ASKS_WHICH_COUNCILS, MONEY_FIGURE, holdsCount, holdsCouncilName, holdsDate, holdsFigure, holdsFinding, holdsPhone, holdsRate } from "./expected.js";
import { effectivePeriods, listPeriods, scopeByPeriods } from "./lookup/scope.js";

export interface Turn {
  question: string;
  query?: TypedQuery;
  /** The answer given, for a language model rewriting a follow-up. */
  answer?: string;
}

export interface AskOptions {
  /** Earlier turns of the conversation (thread or CLI session), oldest first. */
  history?: Turn[];
}

export type EngineAnswer = Answer & { query: TypedQuery };

/** A numbered part of a paper named in a question: "appendix B", "annex 2", "schedule 1". */
const NAMED_PART = /\b(appendix|annex|annexe|schedule)\s+([A-Z]|\d{1,2})\b/i;
/** Asking what a part says or holds. */
const ASKS_CONTENTS = /\b(?:what|which|how (?:much|many))\b|\bshow|\bsay|\bcontain|\blist/i;
/** Asking whether or why a part is published, not what it says. */
const ASKS_ABOUT_ITS_RELEASE = /\b(?:exempt|confidential|published|attached|withheld|private|why|when|where)\b/i;
/** A part said to be left out of the papers. */
const PART_LEFT_OUT = /\bexempt\b|\bnot (?:been )?(?:published|attached|included|circulated|available)\b|\bto follow\b|\bwithheld\b/i;
/** A part held in the papers has at least this much text under its name. */
const PART_BODY_CHARS = 150;

/** A row read from a long-form table holds at most this many of the file's lines (an item's measures). */
const MAX_ITEM_LINES = 8;

/** An amount asked of a place, the place caught: "how much did Dunmere get?", "how much has Sarnby been given?". */
const ASKS_PLACE_AMOUNT = /\bhow much (?:money )?(?:did|has|have|does|do|will)\s+([A-Za-z][a-z'’-]{3,})\s+(?:get|got|receive|received|win|won|be given|been given|been awarded|been paid)\b/i;

/** Who is doing something: an action's owner, or a task's lead. */
const WHO_IS_DOING = /\bwho(?:['’]s| is| will be| was)\s+(?:doing|handling|leading|sorting|organi[sz]ing|taking forward|working on)\b/i;

const MAX_QUESTION_CHARS = 1000;
/** Messages that talk to the software rather than ask about the papers. */
const INSTRUCTIONS_TO_THE_MODEL = /\bignore (?:all |any |the |your )?(?:previous|prior|above|earlier) instructions\b|\bsystem prompt\b|\bjailbreak\b|\bdeveloper mode\b/i;
/** "anything", "someone": words that stand for what is asked about, not a subject the papers may lack. */
const INDEFINITE_PRONOUN = /^(?:any|some|no|every)(?:thing|one|body|where)$|^what(?:ever|soever)$|^whoever$/i;

/** Share of the question's (weighted) words a passage answer must contain to count as an answer. */
const MIN_COVERAGE = 0.4;
/** How far either side of a sentence a name asked about may be (a quotation's speaker, on the next line). */
const NEARBY = 300;
/** A financial year as papers write it: "2028/29", "2028-29", "28/29". */
const FINANCIAL_YEAR_WRITTEN = /(?<![\d/.-])(?:19|20)?\d\d\s?[/-]\s?(?:19|20)?\d\d(?![\d/.-])/g;
/** "Next year" asked without naming it. */
const NEXT_YEAR = /\bnext (?:financial |municipal )?(?:year|yr)\b/i;
/** A paragraph quoted whole behind the sentence that answers, when it is no longer than this. */
const SHORT_PARAGRAPH_CHARS = 420;
/** A paragraph shown whole in the answer, rather than its one sentence, when it is no longer than this. */
const SHOWN_PARAGRAPH_CHARS = 320;
/** A question asking what has happened since: "has it been signed off since?", "signed yet?", "any update?". */
const ASKS_LATER = /\bsince\s*\??$|\bsince (?:then|the)\b|\bhas (?:it|that|this) (?:actually |now |since )?(?:been|got|gone)\b|\b(?:yet|anymore|any more|in the end|finally)\b|\bany (?:update|news|progress)\b|\bactually\b|\bended up\b|\blatest on\b/i;
/** A reference a later paper would cite: letters and figures ("GA-05", "SR4", "IA26-02"), not a bare number. */
const REF_LIKE = /[A-Za-z]/;
/** Later papers are searched for the references of this many records, and this many of their sentences shown. */
const MAX_LATER_RECORDS = 3;
const MAX_LATER_MENTIONS = 2;
/** "How much more (or less) does it cost?": a comparison, which a share answers as well as a sum. */
const ASKS_HOW_MUCH_MORE = /\bhow much (?:more|less|extra|cheaper|dearer)\b/i;
/** A figure that says how much more or less: "38% more", "12 per cent lower". */
const RELATIVE_FIGURE = /\b\d+(?:\.\d+)?\s*(?:%|per ?cent)\s+(?:more|less|higher|lower|above|below|cheaper|dearer|extra)\b/i;

/** A day in figures with slashes, "12/01/2198", "2/17/2232". */
const NUMERIC_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
/** "Fri 18 Nov", "Friday 18 November": a day with its weekday and no year after it. */
const YEARLESS_WEEKDAY_DATE = new RegExp(`\\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\\.?,?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\b(?![\\s,]*\\d{4})`, "gi");
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** The weekday (0 Sunday) of a day of the proleptic Gregorian calendar, any year (Zeller's congruence). */
function weekdayOf(year: number, month: number, day: number): number {
  const [y, m] = month < 3 ? [year - 1, month + 12] : [year, month];
  const k = y % 100;
  const j = Math.floor(y / 100);
  const h = (day + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  return (h + 6) % 7;
}
/** A day as a machine writes it in a cell, "2231-12-08" or "2231-12-08 00:00:00". */
const MACHINE_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$/;
/** "Is Cllr X still the lead?": whether what an earlier paper said of someone holds now. */
// (Or whether someone will take part: "will blenkinsopp be voting on the awards?")
const ASKS_STILL = /\bstill\b|\b(?:is|are) (?:that|this|it) (?:still )?(?:right|correct|current|true)\b|\bwill\b[^?]{0,40}\b(?:be (?:voting|attending|there)|vote|attend)\b/i;
/** A person named with a title, and their surname: "Cllr Tobin Whatmough". */
const TITLED_PERSON = /\b(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}([A-Z][\p{L}'’-]+)/gu;
/** A sentence saying someone left a place: "stood down", "resigned", "stepped down". */
/** A line saying who took a place: "… became a member from 2 October", "joined the Panel", "was appointed in her place". */
const JOINED_A_PLACE = /\bbecame an? (?:member|substitute)\b|\bjoined\b|\bappointed\b|\breplac\w*|\bin (?:her|his|their) place\b|\btook (?:her|his|their|the) place\b/i;
const LEFT_A_PLACE = /\b(?:stood down|stepped down|resign\w*|retired|left the|step down|stand down|stands down|steps down|in place of)\b/i;
/** A little word typed with two letters swapped or one wrong ("thier", "wich"): a slip, not a word the papers lack. */
function slipOfStopWord(word: string): boolean {
  // (Short words are other words a letter away, "bus" from "but": only swaps there, other slips in longer ones.)
  const w = word.toLowerCase();
  if (w.length < 4) return false;
  for (const stop of STOP_WORDS) {
    if (stop.length < 4 || Math.abs(stop.length - w.length) > 1 || stop === w) continue;
    if (stop.length === w.length) {
      const diff = [...w].flatMap((c, i) => (c === stop[i] ? [] : [i]));
      const swapped = diff.length === 2 && diff[1] === diff[0]! + 1 && w[diff[0]!] === stop[diff[1]!] && w[diff[1]!] === stop[diff[0]!];
      if (swapped || (diff.length === 1 && w.length >= 6)) return true;
    } else if (Math.min(w.length, stop.length) >= 5) {
      const [short, long] = w.length < stop.length ? [w, stop] : [stop, w];
      for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    }
  }
  return false;
}

/** A question asking whom to contact about something. */
/** A passage shown is cut no shorter than this, however many are shown: a sentence and the one after it. */
const MIN_PASSAGE_CHARS = 480;

/** How long each of so many passages shown may be: 1,200 characters shared, 480 to 600 each. */
export function passageChars(shown: number): number {
  return Math.min(600, Math.max(MIN_PASSAGE_CHARS, Math.floor(1200 / Math.max(1, shown))));
}
/** A report's number as meeting systems give them: "WSDP-2251-18", "TWWG-2311-08", "CAB/24/017". */
const REPORT_NUMBER = /\b[A-Z]{2,}[A-Z0-9]*[-/]\d{2,4}[-/]\d{1,4}\b/g;
const ASKS_CONTACT = /\bwho to contact\b|\bwho(?:'s| is) the contact\b|\bcontact(?: officer| person)? (?:for|about|on)\b|\bget hold of\b|\bget in touch\b|\bhow (?:do|can|should) (?:i|we) (?:contact|reach)\b/i;
/** A heading over a page's contact details, on a line of its own: "Contact the team", "Contact us". */
// (Or a numbered section of its own, "9. Contact officer", over the officer's name, number and e-mail.)
const CONTACT_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:contacts?|contact us|contact the team|contact details|contact officers?|who to contact|get in touch)\s*$/im;
/** How many came to an event: "how many people actually turned up", "how many checked in". */
const TURNED_UP = /\bhow many\b.{0,30}\b(?:turned up|showed up|checked in|came|attended)\b|\bwho\b.{0,40}\b(?:actually )?(?:turned up|showed up|checked in|came)\b/i;
/** Words of asking for a contact, not of what the contact is for. */
const CONTACT_ASKING_WORDS = new Set(["handles", "handle", "handling", "deals", "deal", "dealing", "hold", "touch", "reach", "contact", "contacts"]);
/** A contact block's lines after its heading, at most. */
const CONTACT_LINES = 4;
/**
 * The lines under a heading of contact details ("Contact the team" over "Street Naming and Numbering team:
 * Tobias Underhay …", "Email: …", "Telephone: …"), as one match: up to the next short line without a
 * number, an address or a label (the next heading).
 */
function contactBlock(text: string): { index: number; text: string } | undefined {
  const heading = CONTACT_HEADING.exec(text);
  if (!heading) return undefined;
  // (From its first line of words: blank lines and the page's indent before it are not the contact.)
  const first = /\S/.exec(text.slice(heading.index + heading[0].length));
  if (!first) return undefined;
  const start = heading.index + heading[0].length + first.index;
  let end = start;
  let taken = 0;
  for (const line of text.slice(start).split("\n")) {
    if (!line.trim()) {
      end += line.length + 1;
      continue;
    }
    if (taken >= CONTACT_LINES || (line.trim().length < 30 && !/[\d@:]/.test(line))) break;
    end += line.length + 1;
    taken++;
  }
  return taken ? { index: start, text: text.slice(start, end).trimEnd() } : undefined;
}

/** How much of a document's opening is read, with its title, for what it is about. */
const CONTACT_OPENING_CHARS = 800;
/** A sentence announcing a number of things: "found two weaknesses", "against four criteria worth …", "as follows". */
const ANNOUNCES_ITEMS = /\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,2}(?:weaknesses|criteria|priorities|reasons|options|changes|recommendations|issues|areas|points|conditions|steps|themes|findings|ways|proposals|principles|elements|strands|stages|concerns|problems|lessons|messages|asks|gaps|risks)\b|\bas follows\b|\bthe following\b/i;
/** Passages read within the section a question names (its sentences may share few words with the question). */
const FOCUS_PASSAGES = 16;
/** How far before a sum the name it is given to may be (a row's first cell, a heading above). */
const CLOSE_BEFORE = 120;
/** A table column of sums: "Grant (£)", "Budget £k", "Amount awarded". */
const MONEY_COLUMN = /£|\b(?:grants?|budgets?|costs?|amounts?|allocations?|awards?|awarded|spend|funding)\b/i;
/** How far after a footnote marker its footnote may be. */
const FOOTNOTE_REACH = 4000;
/** A name used in at most this many chunks picks out what the question is about. */
const RARE_NAME_CHUNKS = 10;
/** A word of the question used in so few chunks that a passage without it is about something else. */
const RARE_WORD_CHUNKS = 2;
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/**
 * A question asking what an abbreviation stands for: "who is ENL (in the feb minutes)?", "what's OPE?",
 * "what does RPS stand for?" (not "what is the LGA's view …", which asks something else of it).
 */
const ASKS_DEFINITION =
  /^\s*(?:who|what)(?:'s|’s| is| are| was| were)\s+(?:the\s+)?([A-Z][A-Z&]{1,6})(?:\s+(?:in|on|at|from|of)\b[^?]{0,40})?\s*\??\s*$|\bwhat (?:does|do|did) (?:the\s+)?([A-Z][A-Z&]{1,6}) (?:stand for|mean)\b/;
/** A line that gives a definition is quoted whole up to this length (a row of a table of officers). */
const MAX_DEFINITION_LINE = 300;
/** A question asking who someone is or who does something. */
/** "What council are they from?", "and their party?": a person's council or group is asked for. */
const ASKS_COUNCIL_OF = /\b(?:what|which)\s+(?:council|authority|local authority|party|political group)\b|\b(?:his|her|their)\s+(?:council|authority|party|political group)\b/i;
/** "What's the job title of whoever owns the risk?", "and her role?": a person's post is asked for. */
const ASKS_POST_OF = /\bjob titles?\b|\b(?:his|her|their)\s+(?:job|title|position|post|role)\b|\bwhat (?:job|position|post) (?:does|did)\b/i;
/** A question asking who holds a row or when it is due: "who's it with?", "when is it due?", "who owns it?". */
// ("TSH-04 q3 figure?": the row's figures, as its record gives them.)
// (Or how it stands: "where is DFA-09 at?", "how's it going?", "what's the status?".)
/** Words typed short that are not initials: "mtg", "hrs", "pls". */
const TYPED_SHORT_WORDS = new Set(["mtg", "mtgs", "hrs", "mins", "wks", "yrs", "mths", "pls", "plz", "thx", "thnx", "tbh", "imo", "btw", "fyi", "cttee", "cllr", "cllrs", "dept", "depts", "govt", "mgmt", "mgr", "mgrs", "rpt", "rpts", "qtr", "qtrs", "nxt", "prv", "fwd", "msg", "msgs", "ppl", "pcm", "pcs", "hrly", "wkly", "mthly", "yrly", "shd", "wld", "cld", "wht", "thnk", "tmrw", "tdy", "ystdy", "sth", "smth", "nth", "bcs", "bc", "cz", "rly", "prly"]);

const ASKS_ROW_FIELD = /\bwho(?:['’]s|\s+is|\s+has)?\b|\bwhen\b|\bdue\b|\bdeadline\b|\bowner\b|\bowns?\b|\bassigned\b|\bfigures?\b|\bwhere(?:['’]s|\s+is|\s+are)\b.{0,40}\bat\b|\bhow(?:['’]s|\s+is)\b.{0,40}\bgoing\b|\bstatus\b/i;

/** A question asking which person does something: "which officer is leading on …?", "who's responsible for …?". */
const ASKS_PERSON_OF = /\bwhich (?:officer|member|councillor|cllr|person|adviser|advisor|manager)s?\b|\bwho(?:'s|’s| is| are)? (?:leading|leads|responsible|in charge|running|presenting)\b/i;
/** A table column of people: a lead, an owner, an officer, a name. */
const PEOPLE_COLUMN = /\b(?:lead|leads|owner|officer|contact|responsible|name|member|councillor|chair|presenter|presenting|by|who|manager|adviser)\b/i;

/** "Why …?", "how come …?", "… and why": a reason is asked for. */
const ASKS_WHY = /\bwhy\b|\bhow come\b|\breasons? (?:for|why)\b/i;
/** At most this many people's details are added to an answer. */
const MAX_PEOPLE_DETAILS = 2;
/**
 * A heading that is a speaker: a name with the constituency, party or council in brackets after it
 * ("Sir Rupert Frobisher-Lamb (Brantfell and Wray) (Con)"), or a post with the holder's name in brackets
 * ("The Minister for Local Government (Jo Bloggs)").
 */
const SPEAKER_HEADING =
  /^(?:(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Lord|Baroness|Lady|Cllr|Councillor|Professor|Prof)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}(?:\s*\([^()]{1,60}\)){1,2}|The\s+[\p{L} ,'’-]{5,120}\((?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Baroness)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}\))$/u;

/** "Who wrote the fire service letter?", "who sent the e-mail about …": a letter's writer asked for. */
const ASKS_WRITER = /\bwho\s+(?:wrote|sent|signed|authored)\b(?=.*\b(?:letter|e-?mail|memo|submission)s?\b)/i;
/** Words naming a letter or where it is filed, not who it is from or what it is about. */
const LETTER_WORDS = /^(?:letters?|e-?mails?|memos?|submissions?|bundle|evidence|pack|tab|appendix|annex)$/i;
/** How far before its sign-off a letter is read for who it is from and what it is about. */
const LETTER_REACH = 4000;

/** "Who won the X contract?", "winners of the Y awards": an outcome asked for (what was won, after "won"). */
const ASKS_WINNER = /\b(?:who\s+|which\s+(?:[\w'’-]+\s+){0,3}?)(?:has\s+|have\s+)?won\s+([^?]*)|\bwinners?\s+of\s+([^?]*)/i;

/** "What did the minister say back to the Chair?", "what was the Department's reply?": a reply's content asked for. */
const ASKS_REPLY = /\bwhat\b.{0,60}\b(?:say|said|reply|replied|respond|responded|write|wrote)\b.{0,40}\b(?:reply|response|back|letter)\b|\bwhat (?:was|is) (?:the |their |its |his |her )?(?:[\w'’-]+ )?(?:reply|response)\b/i;

/** A passage saying a reply has not come: "No reply from the Department", "has not yet replied". */
/** "Which salon …?", "who was it?": a question asking for a name. */
const ASKS_NAME = /^\s*(?:which|who|whose)\b|^\s*what\s+(?:was|is)\s+(?:the\s+)?name\b/i;
/** A name or a passage withheld from the published copy: "[REDACTED - para 3]", "[exempt]", "█████". */
const WITHHELD = /\[\s*(?:redacted|exempt|withheld|name withheld|not for publication)\b[^\]]{0,40}\]|█{3,}/i;

const NO_REPLY = /\bno (?:reply|response|answer)\b|\b(?:has|have|had) not (?:yet )?(?:replied|responded|answered)\b|\bawaiting (?:a |the )?(?:reply|response)\b/i;

/** Words that say who won: "awarded to", "the winner", "successful bidder", "appointed". */
const OUTCOME_SAID = /\b(?:won|wins|winners?|winning|awarded|successful\s+(?:bidder|bid|tenderer|supplier|applicant|nominee)|appointed|selected|chosen|went\s+to|recipients?)\b/i;

/** A reference written with separators: "45/00035/FWAY", "PPR-02-A1", "FSM-09" (also typed "fsm-09"). */
const REFERENCE_CODE = /(?<![\w/-])[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+){1,4}(?![\w/-]|\.\d)/g;

/**
 * The references a question names that are codes, not words: a letter and a digit, five letters and
 * digits at least, and either two separators or a prefix and a number ("FSM-09", "45/00035/FWAY").
 * Not an age or a span ("under-18s", "12-month"), nor a year ("2245/46"), nor COVID-19.
 */
export function referenceCodes(question: string): string[] {
  return [...question.matchAll(REFERENCE_CODE)]
    .map((m) => m[0])
    .filter((code) => {
      const alnum = code.replace(/[/-]/g, "");
      if (alnum.length < 5 || !/\d/.test(code) || !/[A-Za-z]/.test(code)) return false;
      if (/^(?:covid|under|over|post|pre|aged?|mid|top|non|sub|co|e)-/i.test(code) || /-(?:years?|months?|weeks?|days?|hours?|minutes?|olds?|[a-z]+s)$/i.test(code)) return false;
      const separators = code.replace(/[^/-]/g, "").length;
      return separators >= 2 || /^[A-Za-z]{2,6}-\d{1,4}[A-Za-z]?$/.test(code);
    });
}

/** Text as references are compared: upper case, without separators, numbers without leading zeros. */
const codeForm = (text: string) => text.toUpperCase().replace(/[-/.\s–]+/g, "").replace(/(?<!\d)0+(?=\d)/g, "");

const ASKS_WHO = /\bwho(?:'s|’s|se| is| are| has| holds?| owns?)?\b/i;
/** A sentence saying information is kept back: "we are withholding it", "the exemption continues to apply". */
const WITHHELD_STATEMENT = /\b(?:withh(?:eld|olding|old)|exemption (?:continues to )?appl(?:y|ies)|(?:has|have) been redacted|will not be (?:disclosed|released|published))\b/i;
/** A question about the withholding itself: what was withheld, which exemption, why it was redacted. */
const ABOUT_WITHHOLDING = /\bwithh|\bexempt|\bredact|\brefus|\bconfidential|\bdisclos|\bsection\s+\d|\bwhy\b|\bwhich (?:bit|part|section|clause)\b/i;

/** A writer speaking of themselves: "I have reviewed …", "I am the council's Head of …". */
const FIRST_PERSON = /\bI(?: am|'m| have|'ve| was| will| would| reviewed| wrote| decided| uphold| upheld)\b/;
/** A letter's or e-mail's sign-off, on a line of its own. */
const SIGN_OFF = /\n\s*(?:Yours (?:sincerely|faithfully|truly)|(?:Kind|Best|Warm) (?:regards|wishes)|Regards|Many thanks|Thanks)\s*,?\s*\n/i;
/** A sign-off is looked for this far after the sentence. */
const SIGN_OFF_REACH = 2500;
/** A question about the present day, which dated papers cannot answer. */
const ABOUT_TODAY = /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|right now)\b/i;
/** A sentence covering this much of the question answers it, whatever else the question touches on. */
const WELL_COVERED = 0.6;
/** How much of a question a heading with nothing under it must match to be what the question is about. */
const EMPTY_HEADING_COVERAGE = 0.45;

export class AnswerEngine {
  readonly retriever: Retriever;
  private readonly ctx: LookupContext;
  readonly vocabulary: Vocabulary;
  readonly relevance: Relevance;
  /** Per document, read when first needed: where its chunks are, the abbreviations it defines. */
  private readonly chunkPlaces = new Map<string, { start: number; end: number; locator: Locator }[]>();
  private readonly abbreviationCache = new Map<string, Map<string, string>>();
  private readonly checkers = new Map<string, VerbatimChecker>();
  /** The tables' own titles, for years a table asks about (see `withoutSubjectYears`). */
  private tableTitles?: string[];

  constructor(
    private readonly index: IndexPort,
    embeddings: EmbeddingsInterface,
    private readonly docsBaseUrl?: string,
  ) {
    this.retriever = new Retriever(index, embeddings);
    // (A record may name its board by the initials another paper spells out, "HSTTG" in a calendar or an
    // address book's categories: it is that board's.)
    const boardNames = boardsByInitials(index.facts);
    const spelt = new Map<string, DocRecord[]>();
    this.ctx = {
      documents: index.documents,
      recordsOf: <T extends RecordType>(type: T) => remembered(spelt, type, () => withBoardsSpelt(index.recordsOf(type), boardNames)) as Extract<DocRecord, { type: T }>[],
      docById: new Map(index.documents.map((d) => [d.meta.docId, d])),
    };
    this.relevance = new Relevance(
      index.terms,
      (docId) => this.abbreviationsOf(docId),
      (docId) => this.ctx.docById.get(docId)?.meta.title,
    );
    // In lookups a word the papers never use (a typo, an aside) says nothing either way.
    this.ctx.weight = (w) => (this.relevance.frequency(w) > 0 ? this.relevance.idf(w) : equivalenceGroup(w) !== undefined ? 2 : 0);
    this.ctx.textOf = (docId) => this.text(docId);
    this.ctx.locate = (docId, offset) => this.locate(docId, offset);
    const facts = index.facts;
    this.relevance.prefetch([...facts.defined, ...facts.implied, ...facts.titles].map(([abbreviation]) => abbreviation));
    this.vocabulary = vocabularyOf(
      { ...index.facts, boards: index.facts.boards.filter((b) => !boardNames.has(b)) },
      // An abbreviation used all over the papers ("LGA") needs no spelling out; a rarer one ("OPE") does.
      (abbreviation) => this.relevance.frequency(abbreviation) <= Math.max(10, index.terms.chunkCount / 50),
      (abbreviation) => this.relevance.frequency(abbreviation) === 0,
    );
  }

  private placesOf(docId: string): { start: number; end: number; locator: Locator }[] {
    return remembered(this.chunkPlaces, docId, () => this.index.chunkPlaces(docId));
  }

  private abbreviationsOf(docId: string): Map<string, string> {
    return remembered(this.abbreviationCache, docId, () => this.index.abbreviationsOf(docId));
  }

  /** Where in its document an offset falls: the locator of the chunk holding it. */
  locate(docId: string, offset: number): Locator {
    const place = this.placesOf(docId).find((p) => offset >= p.start && offset < p.end);
    return place?.locator ?? { section: [] };
  }

  get documents(): StoredDocument[] {
    return this.index.documents;
  }

  recordsOf<T extends RecordType>(type: T): Extract<DocRecord, { type: T }>[] {
    return this.ctx.recordsOf(type);
  }

  /** What the corpus holds, in one sentence, for replies that cannot answer. */
  coverage(): string {
    const docs = [...this.index.documents].sort((a, b) => a.meta.date.localeCompare(b.meta.date));
    return `I hold ${docs.length} document${docs.length === 1 ? "" : "s"}: ${docs.map((d) => `${d.meta.title} (${d.meta.period})`).join("; ")}.`;
  }

  parse(question: string, history: Turn[] = []): TypedQuery {
    const query = parseQuestion(question, this.vocabulary);
    const previous = [...history].reverse().find((t) => t.query)?.query;
    return previous ? mergeFollowUp(previous, query) : query;
  }

  async ask(question: string, opts: AskOptions = {}): Promise<EngineAnswer> {
    // Phones and word processors send curly quotes, non-breaking spaces and compatibility characters.
    const q = question
      .normalize("NFKC")
      .replace(/[’‘‛]/g, "'")
      .replace(/[“”]/g, '"')
      // "havent", "didnt": a contraction typed without its apostrophe is not a misspelt name ("Havant").
      .replace(/\b(do|does|did|is|are|was|were|has|have|had|could|should|would)nt\b/gi, "$1n't")
      .replace(/\s+/g, " ")
      .trim();
    if (!q || !/[a-z0-9]/i.test(q)) return this.reply(q, parseQuestion(""), false, "Ask me a question about the board papers and reports, for example: \"Which targets were Red in March 2019?\"", [], "none");
    if (INSTRUCTIONS_TO_THE_MODEL.test(q)) {
      return this.reply(q, parseQuestion(""), false, `I only answer questions about the board papers and reports I hold, from their text. ${this.coverage()}`, [], "none");
    }
    if (q.length > MAX_QUESTION_CHARS) return this.reply(q.slice(0, 200), parseQuestion(""), false, `That question is ${q.length} characters long; please ask in under ${MAX_QUESTION_CHARS}.`, [], "none");
    // A misspelt word the papers spell one slip away is read as their word ("quorom", "grenfel").
    const typed = q.replace(/[A-Za-z]{5,}/g, (w) => {
      // (A word of the question's own, "stuff" or "which", is never a slip for a word of the papers.)
      // (Nor is a word that says what is asked, "officer", in papers that happen not to use it.)
      const fixed = STOP_WORDS.has(w.toLowerCase()) || isFrameWord(w) ? undefined : this.relevance.spelling(w);
      return fixed ? (/^[A-Z]/.test(w) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed) : w;
    });
    // (Initials the papers never write, "pcns", for words they do, "penalty charge notices".)
    const spelt = this.initialismsSpelledOut(typed);
    const query = this.parse(spelt, opts.history);
    // Answer from the cleaned text, but echo the question as it was asked.
    const whole = await this.answerQuery(spelt, query);
    // (A briefing is whole: "I missed the away day – what came out of it?" is one request, not two.)
    return { ...(query.intent === "briefing" ? whole : await this.withParts(spelt, whole)), question: question.trim() };
  }

  /**
   * A word of initials the papers never use ("PCNs" in capitals, or "pcns" with no vowel) read as the words
   * those initials stand for, where the papers use them more than once ("penalty charge notices"), and no
   * other such words. Shorthand the question reader knows ("rn", "asap") and the papers' own abbreviations
   * are left alone.
   */
  private initialismsSpelledOut(question: string): string {
    // (Not a reference's letters, "OLP" of "OLP-07".)
    return question.replace(/(?<![\w-])[A-Za-z]{3,5}(?![\w-])/g, (word) => {
      const plural = /[a-z]s$/.test(word) && word.length >= 4;
      const initials = (plural ? word.slice(0, -1) : word).toLowerCase();
      // (Initials are typed in capitals, "PCNs", or have no vowel, "pcns": "pot" and "regs" are words.)
      const looksLikeInitials = /^[A-Z]{3,5}s?$/.test(word) || (!/[aeiou]/.test(initials) && !TYPED_SHORT_WORDS.has(word.toLowerCase()));
      if (!looksLikeInitials || initials.length < 3 || !/^[a-z]+$/.test(initials) || shorthandLongForm(word) || expandQuestion(word, this.vocabulary) !== word || STOP_WORDS.has(word.toLowerCase()) || isFrameWord(word)) return word;
      if (this.vocabulary.abbreviations?.has(word.toUpperCase()) || this.relevance.unknownWords([word.toLowerCase()]).length === 0) return word;
      const phrase = new RegExp(`\\b${[...initials].map((c) => `${c}[a-z]+`).join("[ -]")}\\b`, "gi");
      const counts = new Map<string, number>();
      for (const d of this.index.documents) for (const [m] of (this.text(d.meta.docId) ?? "").matchAll(phrase)) counts.set(m.toLowerCase(), (counts.get(m.toLowerCase()) ?? 0) + 1);
      const ranked = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
      // (One reading only: initials that fit two phrases as often are not guessed.)
      if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return word;
      return ranked[0]![0];
    });
  }

  /**
   * A question in two parts ("who's running the webinars and how many came to the first one?"): the whole
   * question's answer may answer only one of them. Each part is answered too, the second read as a
   * follow-up of the first, and what either adds (a passage or record not cited yet) follows.
   */
  private async withParts(question: string, whole: EngineAnswer): Promise<EngineAnswer> {
    const parts = SECOND_PART.exec(question);
    if (!parts) return whole;
    const [, first, second] = parts;
    const firstQuery = this.parse(first!);
    const firstAnswer = await this.answerQuery(first!, firstQuery);
    // (A whole question not answered, "how many consignments did X have and how many BCPs?", whose second
    // part's shorthand no paper uses, may still have its first part answered, and then its second: when the
    // first is a record's or a table's answer, not passages that only come near it.)
    if (!whole.found) {
      if (!firstAnswer.found || firstAnswer.mode !== "structured") return whole;
      whole = firstAnswer;
    }
    const answers = [firstAnswer, await this.answerQuery(second!, mergeFollowUp(firstQuery, this.parse(`and ${second}`)))];
    // (What a part adds must be about what the first part names: "… and who is the lead officer?" is not
    // answered by another decision's lead officer.)
    // (By its rarest words: "village halls", not "decision", which every line of a forward plan says.)
    const subject = topicWords(firstQuery.topic)
      .filter((w) => !isAskingWord(w) && !isFrameWord(w) && this.relevance.frequency(w) > 0)
      .sort((a, b) => this.relevance.frequency(a) - this.relevance.frequency(b))
      .slice(0, 2)
      .map(stem);
    const aboutSubject = (c: Citation) => subject.length === 0 || contentWords(`${c.quote} ${c.locator}`).some((w) => subject.includes(stem(w)));
    let combined = whole;
    // (What a part adds does not bring in rows the whole answer's list left out: a passage naming BBP-7
    // under a list of the workstreams off track.)
    const refsOf = (text: string) => [...text.matchAll(/\b[A-Z]{1,6}-?\d{1,3}[a-z]?\b/g)].map((m) => m[0]);
    const known = new Set([...this.ctx.recordsOf("target"), ...this.ctx.recordsOf("risk")].filter((r) => !("refIsSynthetic" in r) || !r.refIsSynthetic).map((r) => r.ref));
    const listed = new Set(refsOf(whole.answer).filter((r) => known.has(r)));
    // (Nor, of a second part asking about what the first found, "… and what's it scored?", rows other than
    // the one the whole answer gives.)
    const aboutFound = listed.size >= 2 || (listed.size === 1 && /\b(?:it|its|it's|they|them|their|that one|this one)\b/i.test(second!) && !refsOf(second!).some((r) => known.has(r) && !listed.has(r)));
    const bringsOthers = (text: string) => whole.mode === "structured" && aboutFound && refsOf(text).some((r) => known.has(r) && !listed.has(r));
    for (const part of answers) {
      const cited = (c: Citation) => combined.citations.some((w) => w.docId === c.docId && (w.quote.includes(c.quote) || c.quote.includes(w.quote)));
      const added = part.found ? part.citations.filter((c) => !cited(c) && aboutSubject(c) && !bringsOthers(c.quote)) : [];
      // (Each part's lines after what is said already, as many whole lines as fit on a screen.)
      const room = MAX_ANSWER_CHARS - combined.answer.length - 1;
      const lines: string[] = [];
      const said = new Set(combined.answer.split("\n"));
      for (const line of part.answer.split("\n")) {
        // (Not a line the answer gives already: two parts answered from one passage.)
        if (bringsOthers(line) || said.has(line)) continue;
        if ([...lines, line].join("\n").length > room) break;
        lines.push(line);
      }
      // (A part answered from what is cited already, "who runs X?" from the card whose budget the whole
      // answer quoted, adds its lines: what it says of them is new.)
      // (New by a name or a figure the answer does not give yet, not only by its wording.)
      const facts = (text: string) => text.match(/\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+|\d[\d,.]*%?/g) ?? [];
      // (And a pointed answer, a line or two: not a whole agenda or list the first answer picked from.)
      const pointed = lines.filter((l) => /^\s*•/.test(l)).length <= 2;
      const saysMore = pointed && part.found && part.citations.length > 0 && part.citations.every(cited) && lines.some((l) => facts(l).some((f) => !combined.answer.includes(f)));
      if ((added.length === 0 && !saysMore) || lines.length === 0) continue;
      const more = lines.join("\n");
      combined = { ...combined, answer: `${combined.answer}\n${more}`, citations: [...combined.citations, ...added].slice(0, Math.max(combined.citations.length, 8)) };
    }
    return combined;
  }

  /** "What's IFA-12's q2 rating?" when no row rates IFA-12 but rows rate IFA-01 to IFA-10: what to say. */
  private unratedRefs(query: TypedQuery): string | undefined {
    if (query.intent !== "target_status" || query.refs.length !== 1) return undefined;
    const ref = query.refs[0]!.toUpperCase();
    const series = /^([A-Z]{2,6}-)\d{1,3}$/.exec(ref)?.[1];
    const rated = [...this.ctx.recordsOf("target"), ...this.ctx.recordsOf("risk")].filter((r) => !("refIsSynthetic" in r) || !r.refIsSynthetic);
    if (!series || rated.some((r) => r.ref.toUpperCase() === ref)) return undefined;
    const same = [...new Set(rated.map((r) => r.ref.toUpperCase()).filter((r) => r.startsWith(series)))].sort();
    if (same.length < 3) return undefined;
    const listed = same.length <= 12 ? same.join(", ") : `${same.slice(0, 6).join(", ")} … ${same[same.length - 1]}`;
    return `No row of the papers rates ${ref}. Of its series they rate ${same.length}: ${listed}. ${this.coverage()}`;
  }

  /** Answer an already-understood query (the LLM layer calls this with its own parse). */
  async answerQuery(question: string, asked: TypedQuery): Promise<EngineAnswer> {
    return this.withOutcomeSaid(question, await this.answerQueryAsFound(question, asked));
  }

  /**
   * "Who won the evaluation contract?" answered by passages about the contract that name no winner (it was
   * advertised, bids came in, it is to be let): the papers do not say who won, and the answer says so,
   * with what they do say.
   */
  private withOutcomeSaid(question: string, answer: EngineAnswer): EngineAnswer {
    if (!answer.found) return answer;
    // ("What did the Department say in reply to the Chair's letter?" answered by "No reply from the
    // Department to the Chair's letter": there is no reply to give.)
    // (Said by the answer's first passage, the one that fits best: not a side remark further down.)
    if (ASKS_REPLY.test(question) && NO_REPLY.test(answer.answer.split("\n")[0] ?? "")) return { ...answer, found: false, answer: `The papers I hold record no reply:\n${answer.answer}` };
    // ("Which salon offered filler to the 17 year old?" answered by "a practitioner at [REDACTED - para 3]":
    // the name is withheld from the published papers, and the answer says so.)
    if (answer.mode !== "structured" && ASKS_NAME.test(question) && WITHHELD.test(answer.answer.split("\n")[0] ?? "")) return { ...answer, found: false, answer: `The papers I hold withhold it: the passage that tells of it gives the name as "${WITHHELD.exec(answer.answer)![0]}".\n${answer.answer}` };
    const asked = ASKS_WINNER.exec(question);
    if (!asked) return answer;
    const said = [answer.answer, ...answer.citations.map((c) => c.quote)].join("\n");
    if (OUTCOME_SAID.test(said)) return answer;
    const what = (asked[1] ?? asked[2])?.trim().replace(/[?.!\s]+$/, "");
    return { ...answer, found: false, answer: `The papers I hold do not say who won${what ? ` ${what}` : ""}. What they do say:\n${answer.answer}` };
  }

  private async answerQueryAsFound(question: string, asked: TypedQuery): Promise<EngineAnswer> {
    const query = this.withoutSubjectYears(asked);
    // A reference the papers never give ("licence 45/00035/FWAY", "FSM-12") is declined, not matched to
    // the nearest one they do.
    const unknownCodes = referenceCodes(question).filter((code) => !this.papersGive(code));
    if (unknownCodes.length) return this.reply(question, query, false, `The papers I hold do not mention ${unknownCodes.join(" or ")}. ${this.coverage()}`, [], "none");
    // A rating asked of a measure the papers name ("IFA-01 to IFA-12") but rate in no row, while they rate
    // others of its series: declined with those they do rate, not answered from passages that name it.
    const unrated = this.unratedRefs(query);
    if (unrated) return this.reply(question, query, false, unrated, [], "none");
    // "Who wrote the fire service letter?": the name under the sign-off of the letter that says who it is from.
    const writer = ASKS_WRITER.test(question) ? this.letterWriter(question) : undefined;
    if (writer) return this.reply(question, query, true, `${writer.text.replace(/\s*\n\s*/g, ", ")} (${this.placeOf(writer)})`, [writer], "extractive");
    if (query.intent === "briefing") return this.composeBriefing(question, query);
    if (query.intent === "citation") return this.composeCitation(question, query);
    // "Who's accountable for the extension bid?": the person whose column holds the letter on its row.
    const raci = this.responsibilityAsked(question, query);
    if (raci) return raci;
    const definition = this.definitionAsked(question, query);
    if (definition) return definition;
    // "What does para 5(b) of the fluoridation paper say?": that paragraph, as the paper numbers it.
    const paragraph = lookupParagraph(query, this.ctx);
    if (paragraph) return this.composeStructured(question, query, paragraph);
    // "Who voted against X?", "which votes were lost?": a matrix of members' votes, read by row and column.
    const votes = lookupRecordedVotes(query, this.ctx);
    if (votes?.lines.length) return this.composeStructured(question, query, votes);
    // "How far into the webcast does item 5 start?": the chapter of the recording the record gives it.
    const chapter = lookupChapterTime(query, this.ctx);
    if (chapter?.lines.length) return this.composeStructured(question, query, chapter);
    // "What did Cllr X say about Y?": the paragraphs in which X is the one speaking, of Y.
    const saidBy = query.intent === "free_text" ? lookupSaidBy(query, this.ctx) : undefined;
    if (saidBy?.lines.length) return this.composeStructured(question, query, saidBy);
    // "Number for the programme manager?": the contact card of that post.
    const card = query.intent === "free_text" || query.intent === "table_value" ? lookupContactByPost(query, this.ctx) : undefined;
    if (card?.lines.length) return this.composeStructured(question, query, card);
    // "Did Sallis's amendment get through?": the result under the motion block it names.
    const motion = lookupMotionOutcome(query, this.ctx);
    if (motion?.lines.length) return this.composeStructured(question, query, motion);
    // "How many picked X in the poll?": the rows of a poll's export whose answer includes X, counted.
    const choices = lookupChoiceCount(query, this.ctx);
    if (choices?.lines.length) return this.composeStructured(question, query, choices);
    // A sum or an extreme over a table's rows ("how much in total to West Midlands councils?", "which
    // council's grant dropped the most?"): its words of comparison need not be the papers' words.
    const tableQuestion = query.intent === "free_text" || query.intent === "table_value" || (query.intent === "paper" && query.paperField === undefined);
    // ("Who had the worst attendance?" is the lowest of a column counting the meetings each member came to.)
    const aggregate = (tableQuestion && !/^\s*who\b/i.test(question)) || query.intent === "attendance" ? lookupTableAggregate(query, this.ctx) : undefined;
    if (aggregate?.lines.length) return this.composeStructured(question, query, aggregate);
    // (A table printed only in part cannot say which of all its rows is highest: it says so.)
    if (aggregate?.notFound) return this.reply(question, query, false, aggregate.notFound, [], "structured");
    // The row at a place in a list ("who's first on the reserve list?"), whatever else the question reads as.
    const byPosition = lookupRowByPosition(query, this.ctx);
    if (byPosition?.lines.length) return this.composeStructured(question, query, byPosition);
    // ("Who presented at the workshop?": the rows of a call's register whose role is what the verb makes.)
    const byRoleVerb = tableQuestion ? lookupRowsByRoleVerb(query, this.ctx) : undefined;
    if (byRoleVerb?.lines.length) return this.composeStructured(question, query, byRoleVerb);
    // Rows picked by a category the question names ("what's coming to the December meeting for decision?").
    const byValue = tableQuestion ? lookupRowsByValue(query, this.ctx) : undefined;
    if (byValue?.lines.length) return this.composeStructured(question, query, byValue);
    // The row of an amount asked about ("what was the 4860 payment for?").
    const byAmount = lookupRowByAmount(query, this.ctx);
    if (byAmount?.lines.length) return this.composeStructured(question, query, byAmount);
    // Rows on one side of a percentage ("which districts missed the 85% target?").
    const pastThreshold = lookupRowsPastThreshold(query, this.ctx);
    if (pastThreshold?.lines.length) return this.composeStructured(question, query, pastThreshold);
    // The councils of a table the question names by its caption or paper ("which councils got round 1 grants?").
    const councils = lookupCouncilsListed(query, this.ctx);
    if (councils?.lines.length) return this.composeStructured(question, query, councils);
    // The rows of a table the question names by its caption ("which bids were invited to resubmit?").
    const named = tableQuestion ? lookupRowsOfTableNamed(query, this.ctx) : undefined;
    if (named?.lines.length) return this.composeStructured(question, query, named);
    // One column of every row ("what's each area getting in round 3?"): the table whose rows are the things
    // asked of each, the column the question names.
    const forEach = tableQuestion ? lookupColumnForEach(query, this.ctx) : undefined;
    if (forEach?.lines.length) return this.composeStructured(question, query, forEach);
    // A row named by its own words, asked for its other columns ("which group got the tool library grant
    // and how much?": the recipient and amounts of the grant titled so).
    const namedRow = tableQuestion ? lookupRowNamedByCell(query, this.ctx) : undefined;
    if (namedRow?.lines.length) return this.composeStructured(question, query, namedRow);
    // "What was PPM-03 at q3?" of reports giving other quarters only: not held, said with what is.
    const notHeld = quarterNotHeld(query, this.ctx);
    if (notHeld) return this.reply(question, query, false, notHeld.notFound!, [], "structured");
    // ("… at q1?" of one with a column for that quarter: its row, the quarter's columns with it.)
    if ((query.intent === "free_text" || query.intent === "table_value") && quarterHeld(query, this.ctx)) {
      const ofQuarter = lookupTargets({ ...query, intent: "target_status" }, this.ctx);
      // (A measure named by its words that no report of that quarter gives is looked for in every report:
      // the one with the quarter's column is a later quarter's.)
      const later = !ofQuarter?.lines.length && !query.refs.length ? lookupTargets({ ...query, intent: "target_status", periods: [] }, this.ctx) : undefined;
      // (A figure asked of a table of that quarter's report, "how many … by end of q3", is the table's.)
      const row = later ?? (query.intent === "free_text" ? ofQuarter : undefined);
      if (row?.lines.length) return this.composeStructured(question, query, row);
    }
    // "How many people actually turned up to the forum?": the register of that event, when the papers hold
    // one named so (an event platform's check-ins); a webinar's figure in prose is for the passages.
    if ((query.intent === "free_text" || query.intent === "table_value") && TURNED_UP.test(question)) {
      const register = lookupAttendance({ ...query, intent: "attendance", present: true }, this.ctx, { titled: true });
      if (register?.lines.length) return this.composeStructured(question, query, register);
    }
    // A question about something the papers never mention is declined before any lookup tries its luck.
    // (Not a request for a contact, "who deals with X and how do I get hold of them?", whose asking words
    // the papers need not use.)
    // (Nor one that names a reference the papers hold, "when is PBTG-12 due now?": its row says what they hold.)
    const namesHeldRef = query.refs.some((ref) => this.relevance.unknownWords([ref.toLowerCase()]).length === 0);
    // (An appendix the papers say is left out is declined with what they say of it first.)
    const withheld = query.intent === "free_text" ? this.withheldPartAsked(question) : undefined;
    if (withheld) return this.withheldReply(question, query, withheld);
    const absent = query.intent === "free_text" && !ASKS_CONTACT.test(question) && !namesHeldRef ? this.absentWords(question) : [];
    if (absent.length) return this.reply(question, query, false, `The papers I hold do not mention ${absent.map((w) => `"${w}"`).join(" or ")}. ${this.coverage()}`, [], "none");
    // A question that names a table's row and column is answered from the table, however it is phrased
    // (also "the advocacy rating vs the target", which reads like a question about targets).
    // ("Who is …?" wants a name, never a count from a table; "… and who's the lead council?" may be a cell.)
    const asksWho = /^\s*who\b/i.test(question);
    // ("What did the West London partnership get, in Annex B of the OPE paper?" names a paper, but its answer is a table row.)
    // (Unless it names a table's row by its reference, "who's got PPR-02-A1?", whose owner is a cell.)
    const rowByRef = query.refs.length > 0 && this.ctx.recordsOf("cell").some((c) => query.refs.includes(c.rowLabel.trim().toUpperCase()));
    const mayBeTable =
      (!asksWho || rowByRef) &&
      (query.intent === "free_text" ||
        (query.intent === "paper" && query.paperField === undefined) ||
        ((query.intent === "target_status" || query.intent === "target_lead") && !this.targetRefsAsked(query) && !query.statuses.length && !query.ratingChange));
    let tableFinding = mayBeTable ? lookupTableValue(query, this.ctx, { strict: true }) : undefined;
    // (A question naming a reference is not answered by rows that do not carry it: "where is PKA-15 at?" is
    // not another action's row whose words it shares.)
    const carriesRef = (r: Finding["rows"][number]) => r.type !== "cell" || query.refs.some((ref) => new RegExp(`(?<![\\w-])${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "i").test(`${r.rowLabel} ${r.source}`));
    if (tableFinding?.lines.length && query.refs.length && !tableFinding.rows.some(carriesRef)) tableFinding = undefined;
    // A rating asked of a row whose cells hold no rating ("the RAG on the careers campaign", its budget and
    // spend in the table) is the rated record's.
    // (So is "is X done yet?", "is the X job finished?": a state, not a figure of the row.)
    const asksRating = query.intent === "target_status" && /\brag\b|\bstatus\b|\brating\b|\brated\b|\bcolou?r\b|\b(?:done|finished|completed?)\b/i.test(question);
    // (Nor is it refused because a table of another period shares its words, when a rated record answers.)
    if (asksRating && ((tableFinding?.lines.length && !tableFinding.rows.some((r) => r.type === "cell" && /\b(?:rag|status|rating|rated|colou?r)\b/i.test(`${r.column} ${r.table}`))) || tableFinding?.notFound)) {
      const rated = this.lookup(query);
      if (rated?.lines.length) tableFinding = undefined;
    }
    const finding = tableFinding?.lines.length || tableFinding?.notFound ? tableFinding : this.lookup(query);
    if (finding?.notFound) return this.reply(question, query, false, `${finding.notFound}`, [], "structured");
    // (Nor is a count asked in a place the papers name answered by a row that does not name it: a total.)
    const place = finding?.lines.length && (ASKS_COUNT.test(question) || ASKS_PLACE_AMOUNT.test(question)) ? this.placeCountedIn(question) : undefined;
    if (place && finding && !finding.lines.some((l) => new RegExp(`\\b${place}\\b`, "i").test(l)) && !finding.evidence.some((e) => new RegExp(`\\b${place}\\b`, "i").test((this.text(e.docId) ?? "").slice(e.start, e.end)))) {
      const at = finding.evidence[0];
      if (at) return this.nearMiss(question, query, at, `${ASKS_COUNT.test(question) ? "count of this" : "amount"} for ${place}`);
    }
    if (finding && finding.lines.length) {
      // "When is the summit?" is not answered by the summit's budget line: a finding whose values hold no
      // date gives way to a passage that gives one.
      if (ASKS_DATE.test(question) && !findingHoldsDate(finding)) {
        const passage = await this.composePassages(question, query);
        if (passage.found && holdsDate(passage.answer)) return passage;
      }
      // "Which officer is leading on Countryside Access Week?" is not answered by the week's budget line:
      // rows with no column of people give way to a passage.
      if (ASKS_PERSON_OF.test(question) && finding.rows.length && finding.rows.every((r) => r.type === "cell" && !PEOPLE_COLUMN.test(r.column))) {
        const passage = await this.composePassages(question, query);
        if (passage.found) return passage;
      }
      // A loose label match ("Trusts the council" for "NHS trusts in special measures") gives way to a
      // passage that says more of the question.
      if (finding.labelCoverage !== undefined) {
        const passage = await this.composePassages(question, query, finding.labelCoverage);
        // A passage that reads the same table's rows says less than the cells themselves.
        // (Its quote names the row, or it is cited from the table itself.) A measure's figures give way to a
        // passage that says more in prose besides the row (the count at the survey's close, after the quarter's).
        const ofTheTable = (c: { docId: string; locator: string; quote: string }) =>
          finding.rows.some((r) => r.type === "cell" && (c.quote.includes(r.rowLabel) || (c.docId === r.docId && c.quote.includes(" | ") && c.locator.includes(r.table.split(" > ").pop()!))));
        // (Prose, not another table's row: a budget line of the same words says less than the measure.)
        // (Prose giving a figure of its own, "closed … with 2,207 responses"; not a title's year.)
        const givesFigure = (quote: string) => (quote.match(/(?<![\w/.])\d[\d,]*(?:\.\d+)?%?(?![\w/])/g) ?? []).some((n) => /,|%/.test(n) || (n.length >= 2 && !/^(?:19|20)\d\d$/.test(n)));
        const sameTable = finding.measureFigures
          ? !passage.citations.some((c) => !ofTheTable(c) && !c.quote.includes(" | ") && givesFigure(c.quote))
          : passage.citations.some(ofTheTable);
        if (passage.found && !sameTable) return passage;
      }
      return this.composeStructured(question, query, finding);
    }
    // "Who do I talk to about the survey results?": the contact line of the document the question is about,
    // whatever kind of document it is (a survey's export, a note), when one document fits it clearly.
    if (ASKS_CONTACT.test(expandQuestion(question, this.vocabulary))) {
      const contact = this.contactLineFor(query.topic);
      if (contact) {
        const meta = this.index.documents.find((d) => d.meta.docId === contact.docId)!.meta;
        return this.reply(question, query, true, `${contact.text.replace(/\s*\n\s*/g, " ")} (${meta.title}, ${formatLocator(contact.locator, 80)})`, [contact], "extractive");
      }
    }
    return this.composePassages(question, query);
  }

  /** What the minutes record was resolved on a report the question names by the number titling its item. */
  private resolvedOnReport(query: TypedQuery): Finding | undefined {
    const numbers = query.question.match(REPORT_NUMBER) ?? [];
    const titled = numbers.filter((n) => this.ctx.recordsOf("minute").some((r) => r.title.includes(n)));
    return titled.length ? lookupMinutes({ ...query, intent: "minutes", refs: titled }, this.ctx) : undefined;
  }

  /**
   * A year no paper covers but a table asks about ("How confident are you … in 2059/60?", a survey's
   * question) is what the question is about, not a period to hold the answer to.
   */
  private withoutSubjectYears(query: TypedQuery): TypedQuery {
    const years = query.periods.filter((p) => p.kind === "financial_year" && p.financialYear);
    if (years.length === 0 || scopeByPeriods(this.index.documents, query.periods, { lenient: true }).matched.length) return query;
    const words = topicWords(query.topic);
    // (A table's own title, not the headings above it; gathered once.)
    const titles = (this.tableTitles ??= [...new Set(this.ctx.recordsOf("cell").map((c) => c.table.split(" > ").pop()!))]);
    const named = (fy: string, title: string) => financialYearForms(fy).some((y) => new RegExp(`(?<![\\d/])${escapeRegExp(y)}(?![\\d/])`).test(title));
    const subject = years.filter((p) => titles.some((t) => named(p.financialYear!, t) && matchScore(words, t, { equivalents: 0.7 }).fraction >= 0.5));
    return subject.length ? { ...query, periods: query.periods.filter((p) => !subject.includes(p)) } : query;
  }

  /**
   * The "Contact: …" line (with the line it runs on to) of the one document whose title and opening lines
   * say most of the topic, when that document says at least half of it and more than any other.
   */
  private contactLineFor(topic: string): (Span & { text: string }) | undefined {
    // (Not a board's name in a paper's title or opening: every paper of the board says it. "Street lighting
    // survey" is not about the Street Lighting and Dark Skies Panel's terms of reference; "street naming
    // applications" is about the street naming page, though a board's name has those words too.)
    const withoutBoards = (text: string) => this.vocabulary.boards.reduce((t, b) => t.replace(new RegExp(escapeRegExp(b), "gi"), " "), text);
    // (Nor, of the question, the words of a board it names in full, nor those asking for a contact: "who
    // handles …", "how do I get hold of them".)
    const topicStems = new Set(contentWords(expandQuestion(topic, this.vocabulary).replace(/-/g, " ")).map(stem));
    const boardWords = new Set(
      this.vocabulary.boards
        .map((b) => contentWords(b.replace(/-/g, " ")).map(stem))
        .filter((ws) => ws.every((w) => topicStems.has(w)))
        .flat(),
    );
    const words = topicWords(expandQuestion(topic, this.vocabulary).replace(/-/g, " ")).filter((w) => !boardWords.has(stem(w)) && !CONTACT_ASKING_WORDS.has(w.toLowerCase()));
    if (!words.length) return undefined;
    const scored = this.index.documents
      .map((d) => {
        const text = this.text(d.meta.docId) ?? "";
        const labelled = /^(?:contact(?: officer| person| details)?|enquiries(?: to)?|for (?:more information|further information),? contact)\s*:\s*\S.*$/im.exec(text);
        const line = labelled ? { index: labelled.index, text: labelled[0] } : contactBlock(text);
        // (Its title must name part of the topic: a board's terms of reference mention its survey in passing.)
        const titled = matchScore(words, withoutBoards(d.meta.title)).score > 0;
        return { d, text, line, titled, fit: matchScore(words, withoutBoards(`${d.meta.title} ${text.slice(0, CONTACT_OPENING_CHARS)}`)).fraction };
      })
      .filter((x) => x.line && x.titled)
      .sort((a, b) => b.fit - a.fit);
    const [best, next] = scored;
    if (!best || best.fit < 0.5 || (next && next.fit >= best.fit)) return undefined;
    const start = best.line!.index;
    let end = start + best.line!.text.length;
    // (A line ending in a comma runs on: "… 020 7946 0315," / "arjun.chatterjee@local.gov.uk".)
    if (/,\s*$/.test(best.line!.text)) {
      const nextEnd = best.text.indexOf("\n", end + 1);
      end = nextEnd < 0 ? best.text.length : nextEnd;
    }
    return { docId: best.d.meta.docId, start, end, text: best.text.slice(start, end), locator: this.locate(best.d.meta.docId, start) };
  }

  /**
   * Whether the question names a record by its reference ("PPM-03"), rather than a table's row by the code
   * its label opens with ("WS1", of a budget line "WS1 Safety and inspection") that no target has.
   */
  private targetRefsAsked(query: TypedQuery): boolean {
    if (!query.refs.length) return false;
    const refs = new Set(query.refs);
    if (this.ctx.recordsOf("target").some((t) => !t.refIsSynthetic && refs.has(t.ref.toUpperCase()))) return true;
    const opensRow = (label: string) => refs.has(/^\S+/.exec(label.trim())?.[0]?.toUpperCase() ?? "");
    return !this.ctx.recordsOf("cell").some((c) => opensRow(c.rowLabel));
  }

  /** The structured lookup a query calls for, if any. */
  lookup(query: TypedQuery): Finding | undefined {
    // (An action's own reference, "BT86/17", names that action whatever the question's frame.)
    const action = lookupActionByRef(query, this.ctx);
    if (action) return action;
    switch (query.intent) {
      case "list_by_status":
      case "target_status":
      case "target_lead":
      case "comparison":
        return lookupTargets(query, this.ctx);
      case "risk":
        return lookupRisks(query, this.ctx);
      case "table_value":
        return lookupTableValue(query, this.ctx);
      case "membership":
        return lookupMembership(query, this.ctx);
      case "person":
        return lookupPerson(query, this.ctx) ?? lookupMembership(query, this.ctx);
      case "attendance":
        return lookupAttendance(query, this.ctx);
      case "paper":
        // (A question about a paper that names no paper or item is read from the passages.)
        // (Nor is what a paper asks for answered by its agenda line: its text says.)
        // (Nor are a paper's author and number its agenda line: a line of its text gives them.)
        // ("What did the round 2 awards report recommend? WSDP-2251-18" of a report not held, whose number
        // titles an item of the minutes held: what was resolved on it, under that item.)
        return (
          lookupPaper(query, this.ctx) ??
          (query.paperField === "recommendation" ? this.resolvedOnReport(query) : undefined) ??
          (query.paperField === "recommendation" || query.paperField === "contact" ? undefined : lookupAgenda(query, this.ctx, { itemsOnly: true }))
        );
      case "agenda":
        return lookupAgenda(query, this.ctx);
      case "meeting":
        return lookupMeeting(query, this.ctx);
      case "minutes": {
        // ("Which actions from the nov meeting are overdue?" of a log that gives due days and states, not
        // the word: the open ones past their due day.)
        const overdue = ASKS_OVERDUE.test(query.question) ? overdueItems(query, this.ctx) : undefined;
        if (overdue?.rows.length) return overdue;
        const minutes = lookupMinutes(query, this.ctx);
        // ("Who's doing the grant agreements?" when no minute's action is that: the lead of a plan's task.)
        if (!minutes?.lines.length && WHO_IS_DOING.test(query.question)) {
          const led = lookupTargets({ ...query, intent: "target_lead" }, this.ctx);
          if (led?.lines.length) return led;
        }
        // ("Which actions are still open after the 5 dec meeting?" when no minutes held say: the open rows of
        // the action logs, as when no minutes are held at all.)
        // (Not over an honest "I hold no minutes of that meeting".)
        if (!minutes?.lines.length && !minutes?.notFound && ASKS_OPEN.test(query.question) && !query.statusLabels.length) {
          const open = lookupTargets({ ...query, intent: "list_by_status", statusLabels: ["Open"] }, this.ctx);
          if (open?.lines.length) return open;
        }
        // ("What did the chair decide under urgency in december?": a decision taken between meetings, when
        // no minutes of that month hold one, is a record's "Decision" in a paper of the month.)
        if (!minutes?.lines.length) {
          const recorded = lookupTableValue({ ...query, intent: "free_text" }, this.ctx, { strict: true });
          if (recorded?.lines.length && recorded.rows.some((r) => r.type === "cell" && labelField(r.rowLabel) === "decision")) return recorded;
        }
        return minutes;
      }
      default:
        // "Who's CFRP-19 with and when is it due?": a row of a tracker named by its reference, asked who or
        // when, is read from that row.
        // (Or asked by one of its columns' words: "what's the award for NCF-06?" of an "Award (£)" column.)
        if (query.intent === "free_text" && query.refs.length) {
          const refs = new Set(query.refs.map((r) => r.toUpperCase()));
          const named = this.ctx.recordsOf("target").filter((t) => !t.refIsSynthetic && refs.has(t.ref.toUpperCase()));
          const asked = new Set(contentWords(query.question).map(stem));
          const byColumn = named.some((t) => t.columns.some((c) => contentWords(c).some((w) => asked.has(stem(w)))));
          if (named.length && (ASKS_ROW_FIELD.test(query.question) || byColumn)) return lookupTargets({ ...query, intent: "target_status" }, this.ctx);
        }
        return undefined;
    }
  }

  /**
   * The documents a question's periods point at, for passage search. "Latest" is the newest document of
   * the kind the question names ("the latest report", "the last meeting"), never merely the newest file:
   * adding a paper must not change what "latest report" means.
   */
  periodScope(query: TypedQuery): ReturnType<typeof scopeByPeriods> {
    const periods = effectivePeriods(query.periods);
    if (periods.length && periods.every((p) => p.kind === "latest")) {
      // The first kind named that the papers have: a "report" is a performance report when there is one.
      const kinds = kindsNamed(query.question).find((group) => this.index.documents.some((d) => group.includes(d.meta.kind)));
      if (!kinds) return { docs: this.index.documents, matched: [], unmatched: [] };
      return scopeByPeriods(this.index.documents.filter((d) => kinds.includes(d.meta.kind)), periods, { lenient: true });
    }
    // (A meeting asked by its month or day, "the june meeting", whose own record the papers hold: that
    // meeting's papers, not those of the months after it.)
    if (/\b(?:meeting|mtg)\b/i.test(query.question) && periods.some((p) => p.kind === "month" || p.kind === "day")) {
      const held = scopeByPeriods(this.index.documents, periods, { lenient: true });
      if (held.matched.length && held.docs.some((d) => d.meta.kind === "minutes")) return held;
    }
    // A period may date what is asked about rather than the paper that reports it: the papers of the months
    // after it are searched too.
    return scopeByPeriods(this.index.documents, periods, { lenient: true, window: true });
  }

  /** Hybrid search with the period filters of the query. */
  async passages(query: TypedQuery, scope?: { docIds?: string[]; section?: string }, k = 8): Promise<Passage[]> {
    let docIds = scope?.docIds;
    if (!docIds) {
      const s = this.periodScope(query);
      if (s.matched.length) docIds = s.docs.map((d) => d.meta.docId);
      // A board named: its own papers, when it has any (another board's paper about it is not its word).
      const ofBoard = query.board ? this.index.documents.filter((d) => d.meta.board === query.board).map((d) => d.meta.docId) : [];
      if (ofBoard.length) docIds = docIds ? docIds.filter((id) => ofBoard.includes(id)) : ofBoard;
      if (docIds && docIds.length === 0) docIds = ofBoard;
    }
    const found = await this.retriever.search(expandQuestion(query.question, this.vocabulary), { k: scope?.section ? k * 6 : k * 2, ...(docIds ? { filter: { docIds } } : {}) });
    if (scope?.section) return found.filter((p) => p.chunk.locator.section[0] === scope.section).slice(0, k);
    return diversify(found, k);
  }

  private async composeStructured(question: string, query: TypedQuery, finding: Finding): Promise<EngineAnswer> {
    // ("What time did the chair sign?" wants a time of day: a finding with none gives way to a passage
    // that gives one, "Signed: 3/16/2113 | 08:54 AM".)
    if (ASKS_TIME.test(question) && !CLOCK_TIME.test(finding.lines.join("\n"))) {
      const passage = await this.composePassages(question, query);
      if (passage.found && CLOCK_TIME.test(passage.answer)) return passage;
    }
    // "Round 1" asked, and all the records found are round 2's: the papers do not give round 1's.
    const other = this.otherPartOnly(question, query, finding);
    if (other) {
      // (Unless a passage gives the sum of the numbered part asked: "round 3 … would have £1,103,500" in a
      // paper's prose.)
      const passage = NUMBERED_PART_ASKED.test(other.asked) && ASKS_AMOUNT.test(question) ? await this.composePassages(question, query) : undefined;
      if (passage?.found && passage.citations.some((c) => sumOfPart(other.asked).test(c.quote))) return passage;
      return this.reply(question, query, false, `The papers give this for ${other.given}, not ${other.asked}. ${this.coverage()}`, [], "structured");
    }
    const lines = [...finding.lines];
    const spans: Span[] = [...finding.evidence];
    // "Why is the skills academy underspent?": a table row gives the figures; the paper's text says why.
    // (What the text says of that row, in its own paper.)
    // (A target's row too: "why is the Derby project delayed?".)
    const asked = finding.rows.flatMap((r) =>
      r.type === "cell" ? [{ docId: r.docId, rowLabel: r.rowLabel, sourceStart: r.sourceStart, source: r.source, target: false }] : r.type === "target" && r.level === "target" ? [{ docId: r.docId, rowLabel: r.text, sourceStart: r.sourceStart, source: r.source, target: true }] : [],
    );
    const rowLabels = [...new Set(asked.map((c) => c.rowLabel))];
    if (ASKS_WHY.test(question) && asked.length && rowLabels.length <= 2 && (!finding.passages || asked.every((c) => c.target))) {
      const accounts = rowLabels.flatMap((label) => {
        const row = asked.find((c) => c.rowLabel === label)!;
        const account = accountOfRow(this.ctx, row.docId, label, { start: row.sourceStart, end: row.sourceStart + row.source.length }, { underHeading: !row.target });
        return account ? [account] : [];
      });
      for (const a of accounts) {
        lines.push(`• From the paper: ${a.text}`);
        spans.push(a.span);
      }
      // (The row's own account says why; the passages a target lookup adds would only repeat it.)
      if (accounts.length && finding.passages) finding = { ...finding, passages: undefined };
      // (No paragraph of its own: what the paper's text says of the row, found by search.)
      // (A target's row says its own commentary; only a table's figures are read on in the paper's text.)
      if (!accounts.length && !finding.passages && asked.every((c) => !c.target)) finding = { ...finding, passages: { docIds: [...new Set(asked.map((c) => c.docId))], query: `${rowLabels.join(" ")} ${query.topic}` } };
    }
    if (finding.passages && (query.paperField === undefined || query.paperField === "recommendation" || query.paperField === "summary")) {
      // The body of a paper may answer what its cover sheet does not ("what is it proposing?").
      // Within one paper, the words of its title ("National Procurement Strategy") pick out nothing.
      const titleWords = new Set(contentWords(finding.passages.section ?? "").map(stem));
      // (A role the question names is part of what it asks of the paper: "has it been cleared by the chair?".)
      const asked = [...contentWords(expandQuestion(query.topic || question, this.vocabulary)), ...(query.intent === "paper" && query.role ? contentWords(query.role) : [])].filter((w) => !titleWords.has(stem(w)));
      const subject = finding.passages.query ?? (asked.length ? asked.join(" ") : expandQuestion(question, this.vocabulary));
      const extra = selectSentences(subject, await this.passages({ ...query, question: subject }, finding.passages, 8), (id) => this.text(id), this.relevance, 3).filter(
        (s) => s.coverage >= 0.34 && !spans.some((x) => x.docId === s.docId && s.start >= x.start && s.end <= x.end),
      );
      let inserted = 0;
      for (const s of extra) {
        const line = `• From the paper: ${clip(s.text, 420)}`;
        // A detail asked about ("which standards would we support?") that the body answers well leads.
        if (query.intent === "paper" && query.paperField === undefined && s.coverage >= 0.6) {
          lines.splice(1 + inserted, 0, line);
          spans.splice(inserted++, 0, s);
        } else {
          lines.push(line);
          spans.push(s);
        }
      }
    }
    // "Has it been signed off since?": what later papers say of the records found, by their references.
    if (ASKS_LATER.test(question)) {
      const later = this.laterMentions(finding.rows);
      for (const m of later) {
        lines.push(`• Later: ${clip(m.text, 420)} (${this.placeOf(m.span)})`);
        spans.push(m.span);
      }
    }
    const details = this.peopleDetailsAsked(question, lines.join("\n"));
    const text = fitLines([...lines, ...details.lines, ...finding.assumptions.map((a) => `_${a}_`)]);
    return this.reply(question, query, true, text, [...spans, ...details.spans], "structured", finding.rows);
  }

  /**
   * The sentences of papers dated after a record's own that name its reference ("GA-05 is completed a month
   * earlier than …"), latest paper first: what has happened since. At most two, of a few records.
   */
  private laterMentions(rows: DocRecord[]): { text: string; span: Span }[] {
    const out: { text: string; span: Span; date: string }[] = [];
    const referenced = rows.filter((r): r is Extract<DocRecord, { ref: string }> => "ref" in r && typeof r.ref === "string" && !("refIsSynthetic" in r && r.refIsSynthetic) && REF_LIKE.test(r.ref));
    for (const r of referenced.slice(0, MAX_LATER_RECORDS)) {
      const own = this.index.documents.find((d) => d.meta.docId === r.docId)?.meta.date ?? "";
      const later = this.index.documents.filter((d) => d.meta.docId !== r.docId && d.meta.date.slice(0, 7) > own.slice(0, 7));
      if (!later.length) continue;
      const escaped = r.ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      for (const d of later) {
        const text = this.text(d.meta.docId) ?? "";
        for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "g"))) {
          // (The sentence naming it, within its line.)
          const lineStart = text.lastIndexOf("\n", m.index!) + 1;
          const lineEnd = text.indexOf("\n", m.index!) < 0 ? text.length : text.indexOf("\n", m.index!);
          const before = text.slice(lineStart, m.index!).search(/[^.!?]*$/);
          // (Past a list's marker: "* GA-05 is completed …".)
          const start = lineStart + Math.max(0, before) + (/^\s*(?:[-*•·▪]\s+)?/.exec(text.slice(lineStart + Math.max(0, before)))?.[0].length ?? 0);
          const stop = text.slice(m.index!, lineEnd).search(/[.!?](?:\s|$)/);
          const end = stop < 0 ? lineEnd : m.index! + stop + 1;
          const said = text.slice(start, end).trim();
          // (A list of contents naming it, "* GA-05", says nothing of it.)
          if (said.replace(/[^A-Za-z]/g, "").length < 30 || out.some((o) => o.span.docId === d.meta.docId && o.span.start === start)) continue;
          out.push({ text: said, span: { docId: d.meta.docId, start, end, locator: this.locate(d.meta.docId, start) }, date: d.meta.date });
        }
      }
    }
    return out.sort((a, b) => b.date.localeCompare(a.date)).slice(0, MAX_LATER_MENTIONS);
  }

  /** Sentences of the passages that answer; with `mustBeat`, not found unless the best covers more of the question. */
  private async composePassages(question: string, query: TypedQuery, mustBeat = 0): Promise<EngineAnswer> {
    const scope = this.periodScope(query);
    // A month or day the papers do not cover cannot be answered from other papers.
    const hardMisses = scope.unmatched.filter((p) => p.kind === "day" || p.kind === "month" || p.kind === "quarter");
    const structured = query.intent !== "free_text" && query.intent !== "briefing" && query.intent !== "citation";
    if ((hardMisses.length && scope.matched.length === 0) || (structured && scope.matched.length === 0 && scope.unmatched.length > 0)) {
      const asked = scope.unmatched.map((p) => p.label).join(" or ");
      return this.reply(question, query, false, `The papers I hold do not cover ${asked}. ${this.coverage()}`, [], "none");
    }
    let expanded = expandQuestion(question, this.vocabulary);
    // (Passages are held to a named board's papers, which need not say "the wg".)
    if (query.board && this.index.documents.some((d) => d.meta.board === query.board)) {
      expanded = withoutBoardInitials(expanded, query.board).replace(/\s+/g, " ").trim();
      expanded = withoutBoardName(expanded, query.board);
    }
    // (Nor do they say "meeting" of the meeting a period names: "at the june meeting".)
    if (scope.matched.length) expanded = expanded.replace(/\b(?:mtg|meeting)s?\b(?!\s+(?:of|with)\b)/gi, " ").replace(/\s+/g, " ").trim();
    let words = questionWords(expanded);
    // "What do the bidders' accounts in appendix B show?": an appendix the papers say is not published.
    const withheld = this.withheldPartAsked(question);
    if (withheld) return this.withheldReply(question, query, withheld);
    const absent = this.absentWords(question);
    if (absent.length) {
      return this.reply(question, query, false, `The papers I hold do not mention ${absent.map((w) => `"${w}"`).join(" or ")}. ${this.coverage()}`, [], "none");
    }
    // One odd word among several known ones ("volumes") is left out of the search.
    const unknown = this.relevance.unknownWords(words);
    if (unknown.length) {
      expanded = expanded.replace(new RegExp(`\\b(?:${unknown.join("|")})\\b`, "gi"), " ");
      words = questionWords(expanded);
    }
    // A comparison across papers ("the Mar 19 report and the SLI report", "2018/19 vs 2020") is answered
    // from each paper in turn, so that neither crowds the other out; the words naming the papers are left
    // out of the search, which is already limited to each paper.
    // ("Compared to the old inspection regime", with one period, compares something else: not papers.)
    const comparesPapers = /\beach\b|\bboth\b/i.test(question) || (/\bcompar|\bvs\.?\b|\bversus\b|\bdiffer|\bbetween\b/i.test(question) && (scope.matched.length >= 2 || /\b(?:reports?|papers?|packs?|agendas?)\b.*\b(?:and|vs\.?|versus|with)\b.*\b(?:reports?|papers?|packs?|agendas?)\b/i.test(question)));
    const comparative = comparesPapers && scope.matched.length > 0 && scope.docs.length >= 2;
    const titleWords = new Set(scope.docs.flatMap((d) => contentWords(`${d.meta.title} ${d.meta.period}`).map(stem)));
    const subject = comparative ? contentWords(expanded).filter((w) => !titleWords.has(stem(w))).join(" ") : expanded;
    const groups = comparative ? scope.docs.map((d) => [d.meta.docId]) : [undefined];
    const sentences: Sentence[] = [];
    const searched: Passage[] = [];
    for (const docIds of groups) {
      // Sentences are picked from more chunks than search would show: a figure often sits in a chunk
      // whose other words are common to the whole paper.
      const passages = await this.passages({ ...query, question: subject }, docIds ? { docIds } : undefined, comparative ? 10 : 20);
      // A question naming what one section is about ("what did the NAO say ...") is also searched
      // within that section, whose sentences may share no other word with the question.
      const focus = comparative ? undefined : this.relevance.focusSection(words);
      const focusInScope = focus && (scope.matched.length === 0 || scope.docs.some((d) => d.meta.docId === focus.docId));
      if (focus && focusInScope) {
        const within = await this.passages({ ...query, question: subject }, { docIds: [focus.docId], section: focus.section }, FOCUS_PASSAGES);
        passages.push(...within.filter((p) => !passages.some((x) => x.chunk.id === p.chunk.id)));
      }
      // A question naming one document by its title ("what does the away day map say about the SMS code
      // idea?") is answered from that document first: searched within it for the rest of its words, whose
      // title words other papers share ("the away day" in the pack's paper on it).
      const namedDoc = comparative ? undefined : this.documentNamed(question);
      if (namedDoc && (scope.matched.length === 0 || scope.docs.includes(namedDoc))) {
        const titleStems = new Set(contentWords(namedDoc.meta.title).map(stem));
        const rest = contentWords(subject).filter((w) => !titleStems.has(stem(w)) && !/^(?:map|maps|page|file|data|document|notes|report|paper|say|says|said|exactly)$/i.test(w));
        if (rest.length) {
          const within = await this.passages({ ...query, question: rest.join(" ") }, { docIds: [namedDoc.meta.docId] }, FOCUS_PASSAGES);
          // (Its sentences that say the rest well are candidates beside the others, on their own coverage; not
          // its table rows, which the table lookups read by their columns.)
          const own = selectSentences(rest.join(" "), within, (id) => this.text(id), this.relevance, 2, (id, offset) => this.locate(id, offset), question).filter((s) => s.coverage >= WELL_COVERED && !/\s\|\s/.test(s.text));
          sentences.push(...own);
          searched.push(...within.filter((p) => !passages.some((x) => x.chunk.id === p.chunk.id)));
        }
      }
      searched.push(...passages);
      sentences.push(...selectSentences(subject, passages, (id) => this.text(id), this.relevance, comparative ? 2 : 3, (id, offset) => this.locate(id, offset), question));
    }
    const best = [...sentences].sort((a, b) => b.coverage - a.coverage)[0];
    // The question is about a heading with nothing under it (a chart's title without its chart): say so,
    // rather than answer from whatever else shares a few of its words.
    const emptyHeadingReply = comparative ? undefined : this.replyForEmptyHeading(question, query, subject, words, searched, sentences, best);
    if (emptyHeadingReply) return emptyHeadingReply;
    // "… today?": papers dated up to their last meeting cannot say, unless a passage answers it squarely.
    if (ABOUT_TODAY.test(question) && (!best || best.coverage < WELL_COVERED)) {
      return this.reply(question, query, false, `The papers I hold are dated; they cannot say what is happening today. ${this.coverage()}`, [], "none");
    }
    // (So must the thing asked of a board, "what's the quorum for the Housing Board?", when only another
    // body's papers use its word: passages of the board without it are about something else.)
    const thingAsked = /\bwhat(?:'s|s| is| was| are| were)\s+the\s+([a-z]{5,})\s+(?:for|of)\b/i.exec(question)?.[1]?.toLowerCase();
    const onlyOtherBodies = (word: string) =>
      !!query.board &&
      this.relevance.frequency(word) > 0 &&
      this.relevance.frequency(word) <= RARE_WORD_CHUNKS &&
      this.index.documents.every((d) => d.meta.board !== query.board || !new RegExp(`\\b${word}`, "i").test(this.text(d.meta.docId) ?? ""));
    const rareWords = thingAsked && !isAskingWord(thingAsked) && !isFrameWord(thingAsked) && onlyOtherBodies(thingAsked) ? [thingAsked] : [];
    if (!best || (words.length > 0 && best.coverage < MIN_COVERAGE) || best.coverage <= mustBeat) {
      // (Said so when the thing asked is a word only other bodies' papers use.)
      const why = rareWords.length ? `None of the passages that come closest mentions ${rareWords.map((w) => `"${w}"`).join(" or ")}, so I cannot answer this from the papers.` : "I could not find this in the papers.";
      return this.reply(question, query, false, `${why} ${this.coverage()}`, [], "none");
    }
    const covering = sentences.filter((s) => s.coverage >= Math.min(MIN_COVERAGE, best.coverage));
    // (A passage that runs over something its file has between its lines, a transcript's cue timing, is
    // not what the file says: it is not shown. A table row is checked cell by cell when it is cited.)
    const verbatim = covering.filter((s) => /\s\|\s/.test(s.text) || this.isVerbatim(s.docId, s.text));
    const kept = verbatim.length ? verbatim : covering;
    // A name the question is about ("Manchester City Council") must be in what answers it.
    // (Near it counts: a quotation's speaker is named on the line after it.)
    // ("Cllr Tresize" is named by "Cllr Wenna Tresize" too.)
    const named = (text: string, name: string) => {
      const titled = /^((?:cllr|councillor|dr|mr|mrs|ms|miss|prof)\.?)\s+([\p{L}'’-]+)$/iu.exec(name.trim());
      const pattern = titled ? `\\b${titled[1]!.replace(".", "\\.")}\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,2}${titled[2]}\\b` : `\\b${name.replace(/\s+/g, "\\s+")}\\b`;
      return new RegExp(pattern, "iu").test(text);
    };
    const around = (s: Sentence) => (this.text(s.docId) ?? "").slice(Math.max(0, s.start - NEARBY), s.end + NEARBY);
    const names = this.rareNames(question);
    const saysWord = (text: string, word: string) => matchScore([word], text).score > 0;
    const unnamed = [...names.filter((name) => !kept.some((s) => named(around(s), name))), ...rareWords.filter((w) => !kept.some((s) => saysWord(around(s), w))).map((w) => `"${w}"`)];
    if (unnamed.length) {
      return this.reply(question, query, false, `None of the passages that come closest mentions ${unnamed.join(" or ")}, so I cannot answer this from the papers. ${this.coverage()}`, [], "none");
    }
    // "Which premises are still under investigation?" answered by "The exemption continues to apply to the
    // premises whose cases are still under investigation": the papers hold that it is withheld, not what it is.
    // (Unless what was withheld, or why, is the question.)
    const top = kept[0];
    if (top && !ABOUT_WITHHOLDING.test(question) && WITHHELD_STATEMENT.test(top.text) && top.coverage >= WELL_COVERED) {
      const meta = this.index.documents.find((d) => d.meta.docId === top.docId)!.meta;
      return this.reply(question, query, false, `The papers say this is withheld, not what it is: “${clip(top.text.replace(/\s*\n\s*/g, " "), 400)}” (${meta.title}, ${formatLocator(top.locator, 80)}). ${this.coverage()}`, [], "none");
    }
    // "How much did it cost?" is not answered by sentences with no sum of money in them.
    // (A sum asked of someone named is one given beside their name: "how much did Manchester get?" is not
    // answered by another council's award.)
    // (A body's name of several words; an abbreviation, "TA", may be spelt out beside the sum.)
    const bodies = names.filter((n) => /\s/.test(n));
    // ("How much is the Ministry grant worth?": the sum must be said of the Ministry's grant, not of
    // another budget in the same papers.)
    const whose = /\bhow much (?:is|was|are|were|will)\s+the\s+((?:[\w'’-]+\s+){1,2}?)(?:grants?|funds?|funding|budgets?|fees?|contracts?|allocations?|awards?)\b/i.exec(question)?.[1];
    const modifiers = whose ? contentWords(whose).filter((w) => !/^(?:total|overall|annual|new|current|latest|whole|main)$/i.test(w)) : [];
    const sumBeside = (s: Sentence) => {
      const text = this.text(s.docId) ?? "";
      const sentence = text.slice(s.start, s.end);
      if (modifiers.length && !modifiers.every((w) => new RegExp(`\\b${w.replace(/[’']s$/, "")}`, "i").test(sentence))) return false;
      for (const m of sentence.matchAll(new RegExp(MONEY_FIGURE.source, "gi"))) {
        const at = s.start + m.index!;
        const lineEnd = text.indexOf("\n", at);
        const beside = text.slice(Math.max(0, at - CLOSE_BEFORE), lineEnd < 0 ? text.length : lineEnd);
        if (bodies.every((n) => named(beside, n))) return true;
      }
      // (A table row's figure under a money column, "Grant (£)", is a sum though it has no £ of its own.)
      const header = sentence.includes(" | ") ? rowHeader(text, s.start) : undefined;
      const figures = sentence.replace(/\b(?:19|20)\d\d\b/g, " ");
      return !!header && MONEY_COLUMN.test(header) && /\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b/.test(figures) && bodies.every((n) => named(sentence, n));
    };
    // "How much has actually been paid out so far?" asks what was paid, not what was agreed or budgeted:
    // a sum said to be paid, spent or drawn down, not one that is to be paid.
    const paidSoFar = (s: Sentence) => {
      const text = this.text(s.docId) ?? "";
      const sentence = text.slice(s.start, s.end);
      // (A table's row says so by its header: "Actual YTD", "Spent to date".)
      const header = sentence.includes(" | ") ? rowHeader(text, s.start) : undefined;
      // (Nor a sum made available "to spend": "£350 million will be made available to councils to spend on …".)
      return sumBeside(s) && (PAID_OUT.test(sentence) || PAID_OUT_COLUMN.test((header ?? "").replace(/_/g, " "))) && !/\b(?:to be|will be|would be|be)\s+(?:paid|spent|released)\b|\bavailable\b[^.;]{0,60}\bto spend\b/i.test(sentence) && !leavesOut(sentence, words);
    };
    if (ASKS_AMOUNT_OF_MONEY.test(question) && ASKS_PAID_SO_FAR.test(question) && !kept.some(paidSoFar)) {
      return this.nearMiss(question, query, best, `sum paid out so far`);
    }
    // ("How much more does it cost?" is answered by how much more, "38% more per kilometre", too.)
    const relativeCost = (s: Sentence) => ASKS_HOW_MUCH_MORE.test(question) && RELATIVE_FIGURE.test(this.text(s.docId)?.slice(s.start, s.end) ?? "");
    if (ASKS_AMOUNT_OF_MONEY.test(question) && !kept.some(sumBeside) && !kept.some(relativeCost)) {
      return this.nearMiss(question, query, best, `sum of money for this`);
    }
    // "How many calls did the line get?" is not answered by "79 per cent of calls": a count must be there.
    // (The question's words as the papers spell them too: "cllrs" are councillors.)
    if (ASKS_COUNT.test(question) && !kept.some((s) => holdsCount(this.shownText(s, { raw: true }), `${question} ${expandQuestion(question, this.vocabulary)}`))) {
      return this.nearMiss(question, query, best, `count of this`);
    }
    // ("How many PCNs were issued in Norrisgate?" is not answered by the total: a place the question counts
    // in, which the papers name, must be named where the count is.)
    // ("How much did Dunmere get in round 1?" is not answered by the round's total either.)
    const place = ASKS_COUNT.test(question) || ASKS_PLACE_AMOUNT.test(question) ? this.placeCountedIn(question) : undefined;
    if (place && !kept.some((s) => new RegExp(`\\b${place}\\b`, "i").test(this.shownText(s, { raw: true })))) {
      return this.nearMiss(question, query, best, `${ASKS_COUNT.test(question) ? "count of this" : "amount"} for ${place}`);
    }
    // "What's her phone number?" is not answered by passages that name her but give no number.
    if (ASKS_PHONE.test(question) && !kept.some((s) => holdsPhone(this.shownText(s, { raw: true })))) {
      return this.nearMiss(question, query, best, `telephone number for this`);
    }
    // "What's the response rate?" is not answered by a paragraph with no rate in it, nor "what level will
    // the cap be set at?" by one with no figure.
    const rateAsked = ASKS_RATE.test(question);
    // (A table's row of figures out of 100, "Agree council provides value for money | 48 | 57 | 53", gives
    // shares whose % sign is in a header or a title.)
    const rowOfShares = (text: string) => {
      const figures = text.split(/\s\|\s/).map((c) => c.trim()).filter((c) => /^\d+(?:\.\d+)?$/.test(c));
      return /\s\|\s/.test(text) && figures.length > 0 && figures.every((n) => Number(n) <= 100);
    };
    const holdsAsked = (text: string) => (rateAsked ? holdsRate(text) || rowOfShares(text) : holdsFigure(text, question));
    if ((rateAsked || ASKS_LEVEL.test(question)) && !kept.some((s) => holdsAsked(this.shownText(s, { raw: true })))) {
      return this.nearMiss(question, query, best, `${rateAsked ? "rate" : "figure"} for this`);
    }
    // "What did the evaluation conclude?" is not answered by a plan to use the evaluation: what it found
    // must be there.
    // (A finding may be the sentence after the one found: "… presented the survey of 2,380 schools. Only 58%
    // could …": the paragraph whole, when it is short enough to quote.)
    // (Or a sentence further down the search's passages: what a survey found sits beside the name of the
    // body that presented it, which the question's words find first.)
    if (ASKS_FINDINGS.test(question)) {
      const finding = (s: Sentence) => {
        if (holdsFinding(this.shownText(s, { raw: true }))) return s;
        const whole = this.withWholeParagraph(s);
        return whole !== s && holdsFinding(whole.text) ? whole : undefined;
      };
      for (const [k, s] of kept.entries()) kept[k] = finding(s) ?? s;
      if (!kept.some((s) => holdsFinding(this.shownText(s, { raw: true })))) {
        const further = selectSentences(subject, searched, (id) => this.text(id), this.relevance, 8, (id, offset) => this.locate(id, offset), question)
          .filter((s) => s.coverage >= Math.min(MIN_COVERAGE, best.coverage) && !kept.some((k) => k.docId === s.docId && k.start === s.start))
          .map(finding)
          .filter((s): s is Sentence => !!s);
        // (Shown alone: the passages that only name the survey say nothing it found.)
        if (further[0]) kept.splice(0, kept.length, further[0]);
      }
    }
    if (ASKS_FINDINGS.test(question) && !kept.some((s) => holdsFinding(this.shownText(s, { raw: true })))) {
      return this.nearMiss(question, query, best, `findings or conclusions of this`);
    }
    // "Which councils got round 1 grants?" is not answered by a paragraph that names no council.
    // (A table row under a "Council" column names one, "RBG-01 | Shropshire | …".)
    const namesCouncil = (s: Sentence) => holdsCouncilName(this.shownText(s, { raw: true })) || (s.text.includes(" | ") && /\bcouncils?\b|\bauthorit/i.test(rowHeader(this.text(s.docId) ?? "", s.start) ?? ""));
    if (ASKS_WHICH_COUNCILS.test(question) && !kept.some(namesCouncil)) {
      return this.nearMiss(question, query, best, `councils named for this`);
    }
    // "The budget for next year" is not answered by sentences about a year gone by, nor "round 1" by round 2's.
    let other = this.otherPartOnly(question, query, { lines: [], rows: [], evidence: kept, assumptions: [] });
    if (other && NUMBERED_PART_ASKED.test(other.asked) && ASKS_AMOUNT.test(question)) {
      // (A sentence further down the passages may give the sum of the numbered part asked, "round 3 … would
      // have £1,103,500", beside one on round 1 that shares more of the question's words.)
      const naming = selectSentences(subject, searched, (id) => this.text(id), this.relevance, 12, (id, offset) => this.locate(id, offset), question).filter((s) => sumOfPart(other!.asked).test(this.shownText(s, { raw: true })));
      if (naming.length) {
        kept.splice(0, kept.length, ...naming.slice(0, 2));
        other = undefined;
      }
    }
    if (other) return this.reply(question, query, false, `The papers give this for ${other.given}, not ${other.asked}. ${this.coverage()}`, [], "none");
    // A footnote marker in a sentence ("I sat with Nathan²") brings its footnote ("2 Nathan Elvery, …").
    kept.push(...kept.flatMap((s) => this.footnotesOf(s)).filter((f) => !kept.some((k) => k.docId === f.docId && k.start === f.start)));
    // A row whose first cell spans the rows below it ("20 November 2025 | Levy | …" / "Adult skills | …"):
    // those rows are part of it.
    for (const [k, s] of kept.entries()) kept[k] = this.withContinuationRows(s);
    // ("Who do I tell? I'm labour" of the rows of each group's office: the Labour row.)
    for (const [k, s] of kept.entries()) kept[k] = this.rowNamedIn(s, question);
    // "Who replaced Cllr X?" answered by "Cllr X stood down …": who took the place is said after it.
    // (Where the question names someone the papers say has left, "is Cllr X still the lead?", the paragraph
    // that says so comes first, whatever the passages found.)
    if (ASKS_REPLACEMENT.test(question) || ASKS_STILL.test(question)) {
      const departure = this.departureNamed(question);
      if (departure && !kept.some((s) => s.docId === departure.docId && s.start < departure.end && departure.start < s.end)) kept.unshift(departure);
    }
    if (ASKS_REPLACEMENT.test(question) || ASKS_STILL.test(question)) for (const [k, s] of kept.entries()) if (LEFT_A_PLACE.test(s.text)) kept[k] = this.withWholeParagraph(s);
    // (Who took the place may be the next line of a list of changes: "- Cllr Y … became a member from 2 October".)
    if (ASKS_REPLACEMENT.test(question)) for (const [k, s] of kept.entries()) if (LEFT_A_PLACE.test(s.text)) kept[k] = this.withJoinerAfter(s);
    // "…the allocation set out in paragraph 8": the paragraph pointed at, whole, after what points at it.
    const referred = kept.map((s) => this.paragraphsReferredTo(s, kept));
    // (A short paragraph is shown whole: the sentence that answers often needs the one after it, "Bids are
    // scored on …" after "To open round 2 …".)
    const shown = (s: Sentence) => this.shownText(s);
    // A log's entry quoted that a later entry replaces: what replaced it, after it.
    const superseded = supersessionsOf(kept, this.index.documents.map((d) => d.meta.docId), (id) => this.text(id), expanded);
    const replacing = superseded.map((x) => [x.says, ...x.sentences].map((span) => ({ ...span, locator: this.locate(span.docId, span.start) })));
    // (The replacing entry is not quoted again on its own.)
    const restated = (s: Sentence) => superseded.some((x) => x.sentences.some((p) => p.docId === s.docId && p.start < s.end && s.start < p.end));
    for (let k = kept.length - 1; k >= 0; k--) if (restated(kept[k]!)) kept.splice(k, 1), referred.splice(k, 1);
    const lines = kept.flatMap((s, k) => [
      `• ${clipToAnswer(shown(s), passageChars(kept.length), words, asksForFigure(question))} (${this.placeOf(s)})`,
      ...this.machineDatesRead(s),
      ...this.itemsNamedIn(s),
      ...(ASKS_DATE.test(question) && k < 2 ? this.numericDatesRead(s) : []),
      ...referred[k]!.map((p) => `• ${clip(p.text.replace(/\n/g, " "), 700)} (${this.placeOf(p)})`),
      ...superseded.flatMap((x, i) => (x.quoted !== k ? [] : [`• Since superseded by ${x.by} (“${(this.text(x.says.docId) ?? "").slice(x.says.start, x.says.end).trim()}”): ${x.sentences.map((p) => (this.text(p.docId) ?? "").slice(p.start, p.end).replace(/\s*\n\s*/g, " ")).join(" ")} (${this.placeOf(replacing[i]![1]!)})`])),
    ]);
    // "How many councils applied?" answered by "Twenty-three councils applied …": the count in figures first.
    const count = /\bhow many\b/i.test(question) ? countInWords(question, kept) : undefined;
    if (count) lines.unshift(`${count.value} ${count.noun} (the paper: “${count.phrase}”).`);
    // "Who has the action?" answered by a row that names a post ("Head of Elections Policy"): who holds
    // it, where the papers say.
    const holders = ASKS_WHO.test(question) ? this.postHoldersIn(kept) : [];
    for (const h of holders) lines.push(`• ${h.post}: ${h.person} (${this.placeOf(h.span)})`);
    // "Who did the internal review?" answered by "I have reviewed …": who wrote it is in the letter's
    // sign-off under it.
    const signed = /^\s*who\b/i.test(question) && kept[0] ? this.signatoryOf(kept[0]) : undefined;
    if (signed) lines.push(`• Signed: ${signed.text.replace(/\s*\n\s*/g, ", ")} (${this.placeOf(signed)})`);
    // "Who asked when the consultation would start?" answered by a debate's "When will the consultation
    // begin?": who said it is the heading of that turn.
    const speaker = /^\s*(?:who|which (?:mp|member|councillor|cllr|speaker|minister|peer))\b/i.test(question) && kept[0] && !signed ? this.speakerOf(kept[0]) : undefined;
    if (speaker) lines.unshift(`${speaker.text} (${this.placeOf(speaker)}) said:`);
    const details = this.peopleDetailsAsked(question, kept.slice(0, 2).map(shown).join("\n"));
    lines.push(...details.lines);
    const assumption = scope.matched.length ? [`_Searched the papers of ${listPeriods(scope.docs)}._`] : [];
    return this.reply(question, query, true, fitLines([...lines, ...assumption]), [...(speaker ? [speaker] : []), ...kept.map((s) => this.withShortParagraph(s)), ...referred.flat(), ...replacing.flat(), ...holders.map((h) => h.span), ...(signed ? [signed] : []), ...details.spans], "extractive");
  }

  /**
   * The writer of the letter or e-mail a question names by its sender or subject: of the letters in the
   * papers (each the text up to a sign-off, "Yours sincerely", from the sign-off before it), the one that
   * says most of the question's words, when one says more than any other; the lines under its sign-off.
   */
  private letterWriter(question: string): Sentence | undefined {
    const words = topicWords(question.replace(ASKS_WRITER, " ")).filter((w) => !LETTER_WORDS.test(w));
    if (!words.length) return undefined;
    const letters: { docId: string; signOffEnd: number; fit: number }[] = [];
    for (const d of this.index.documents) {
      const text = this.text(d.meta.docId) ?? "";
      let from = 0;
      for (const m of text.matchAll(new RegExp(SIGN_OFF.source, "gi"))) {
        const body = text.slice(Math.max(from, m.index! - LETTER_REACH), m.index!);
        letters.push({ docId: d.meta.docId, signOffEnd: m.index! + m[0].length, fit: matchScore(words, body, { equivalents: 0.6, ...(this.ctx.weight ? { weight: this.ctx.weight } : {}) }).fraction });
        from = m.index! + m[0].length;
      }
    }
    const best = Math.max(0, ...letters.map((l) => l.fit));
    const chosen = letters.filter((l) => l.fit >= best - 0.01);
    if (best < 0.75 || chosen.length !== 1) return undefined;
    const { docId, signOffEnd } = chosen[0]!;
    const text = this.text(docId) ?? "";
    // (The name, perhaps signed first as initials, "K. Oxley-Tembo", then the post: short lines.)
    const lines = [...text.slice(signOffEnd, signOffEnd + 300).matchAll(/[^\n]+/g)].map((l) => ({ text: l[0].trim(), start: signOffEnd + l.index! + l[0].indexOf(l[0].trim()) })).filter((l) => l.text);
    let signature = lines.slice(0, 3).filter((l, k, all) => all.slice(0, k + 1).every((x) => x.text.length <= 80 && !/[.!?]$/.test(x.text.replace(/\b[A-Z]\.$/, ""))));
    // (A signature in initials over the printed name, "K. Oxley-Tembo" over "Keturah Oxley-Tembo", is the
    // pen's: the printed name and post say who, and copies of the letter may leave the signature out.)
    const surname = (line: string) => /(\S+)$/.exec(line)?.[1];
    if (signature.length >= 2 && /^(?:[A-Z]\.\s*)+\S/.test(signature[0]!.text) && surname(signature[0]!.text) === surname(signature[1]!.text)) signature = signature.slice(1);
    if (!signature.length || !/^(?:[A-Z]\.\s*)*(?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+$/u.test(signature[0]!.text)) return undefined;
    const start = signature[0]!.start;
    const end = signature[signature.length - 1]!.start + signature[signature.length - 1]!.text.length;
    return { docId, start, end, text: text.slice(start, end), locator: this.locate(docId, start), score: 1, coverage: 1 };
  }

  /**
   * The speaker of a turn in a debate's record or a transcript, set as the heading over the words: "##
   * Alisdair Grimshaw-Nakamura (Holmwick and Scarthwaite) (LD)", "## The Parliamentary Under-Secretary of
   * State for Consumer Safety (Evander Nuttall-Ogunleye)". Only when the words name nobody themselves.
   */
  private speakerOf(s: Sentence): Sentence | undefined {
    if (/\b(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+[A-Z]/.test(s.text)) return undefined;
    const text = this.text(s.docId) ?? "";
    // (The section the words end in: a short turn is read with the line before its heading.)
    const title = this.locate(s.docId, s.end - 1).section?.at(-1)?.trim();
    if (!title || !SPEAKER_HEADING.test(title)) return undefined;
    const start = text.lastIndexOf(title, s.end - 1);
    if (start < 0) return undefined;
    return { docId: s.docId, start, end: start + title.length, text: title, locator: this.locate(s.docId, start), score: s.score, coverage: s.coverage };
  }

  /**
   * The signature of a letter or e-mail whose writer speaks in the first person ("I have reviewed …", "I am
   * the council's Head of …") and names nobody: the name after its sign-off ("Yours sincerely") and the line
   * under it, the writer's post.
   */
  private signatoryOf(s: Sentence): Sentence | undefined {
    if (!FIRST_PERSON.test(s.text) || /\b(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss)\.?\s+[A-Z]/.test(s.text)) return undefined;
    const text = this.text(s.docId) ?? "";
    const after = text.slice(s.end, s.end + SIGN_OFF_REACH);
    const signOff = SIGN_OFF.exec(after);
    // (Not past the next message's own opening: the sign-off must be this letter's.)
    if (!signOff || /\n\s*(?:Dear|Hi|Hello)\b/.test(after.slice(0, signOff.index))) return undefined;
    const from = s.end + signOff.index + signOff[0].length;
    const lines = text.slice(from, from + 300).split("\n");
    let offset = from;
    const found: { start: number; end: number }[] = [];
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed) {
        if (found.length === 0 && !/^(?:[A-Z][\p{L}'’-]+\s+){1,3}[A-Z][\p{L}'’-]+$/u.test(trimmed)) return undefined;
        const start = offset + line.indexOf(trimmed);
        found.push({ start, end: start + trimmed.length });
        if (found.length === 2) break;
      }
      offset += line.length + 1;
    }
    if (!found.length) return undefined;
    const start = found[0]!.start;
    const end = found[found.length - 1]!.end;
    return { docId: s.docId, start, end, text: text.slice(start, end), locator: this.locate(s.docId, start), score: s.score, coverage: s.coverage };
  }

  /**
   * The contents of a numbered part of a paper the papers say is not there ("Appendix B (bidders' accounts)
   * is exempt … and is not published"): where no paper holds that part itself (a line opening with its
   * name, with text under it), the sentence that says so.
   */
  private withheldPartAsked(question: string): { name: string; says: string; span: Span } | undefined {
    const part = NAMED_PART.exec(question);
    if (!part || !ASKS_CONTENTS.test(question) || ASKS_ABOUT_ITS_RELEASE.test(question)) return undefined;
    const name = `${part[1]!.charAt(0).toUpperCase()}${part[1]!.slice(1).toLowerCase()} ${part[2]!.toUpperCase()}`;
    const naming = new RegExp(`\\b${part[1]}\\s+${part[2]}\\b`, "i");
    const opensWithName = new RegExp(`^\\W*${naming.source}`, "i");
    // (In the paper that says so: another paper's own "Appendix B" is another appendix.)
    for (const d of this.index.documents) {
      const text = this.text(d.meta.docId) ?? "";
      if (!naming.test(text)) continue;
      let says: { says: string; span: Span } | undefined;
      let held = false;
      let offset = 0;
      const lines = text.split("\n");
      for (const [k, line] of lines.entries()) {
        const start = offset;
        offset += line.length + 1;
        if (!naming.test(line)) continue;
        // (The part itself: a line opening with its name, not saying it is left out, and text under it.)
        if (opensWithName.test(line.trim()) && !PART_LEFT_OUT.test(line)) {
          const under = lines.slice(k + 1).findIndex((l) => /^\s*(?:#|appendi|annex|schedule)/i.test(l));
          const body = lines.slice(k + 1, under < 0 ? undefined : k + 1 + under).join(" ");
          if (body.trim().length >= PART_BODY_CHARS) held = true;
        }
        if (!says && PART_LEFT_OUT.test(line) && line.length <= 400) says = { says: line.trim(), span: { docId: d.meta.docId, start, end: start + line.length, locator: this.locate(d.meta.docId, start) } };
      }
      if (says && !held) return { name, ...says };
    }
    return undefined;
  }

  private withheldReply(question: string, query: TypedQuery, withheld: { name: string; says: string; span: Span }): EngineAnswer {
    return this.reply(question, query, false, `The papers do not include ${withheld.name}: "${withheld.says}" (${this.placeOf(withheld.span)}). ${this.coverage()}`, [withheld.span], "none");
  }

  /** A decline for passages that come near the question but lack what it asks for (a sum, a count…). */
  private nearMiss(question: string, query: TypedQuery, best: Span, lacking: string): EngineAnswer {
    const meta = this.index.documents.find((d) => d.meta.docId === best.docId)!.meta;
    return this.reply(question, query, false, `I found no ${lacking} in the papers. The nearest passage is in ${meta.title} (${formatLocator(best.locator, 80)}). ${this.coverage()}`, [], "none");
  }

  /**
   * The place a count is asked in ("… issued in norrisgate", "… for Quarndon"): a word after "in", "for" or
   * "at" that the papers write only as a name, with a capital.
   */
  private placeCountedIn(question: string): string | undefined {
    let texts: string[] | undefined;
    // (Not a numbered part, "in round 1", "for phase 2". Or the place an amount is asked of: "how much did
    // Dunmere get in round 1?")
    const receiving = new RegExp(ASKS_PLACE_AMOUNT.source, "gi");
    for (const [, word] of [...question.matchAll(/\b(?:in|for|at|across)\s+([A-Za-z][a-z'’-]{3,})\b(?!\s+\d)/g), ...question.matchAll(receiving)]) {
      const name = word!.charAt(0).toUpperCase() + word!.slice(1).toLowerCase();
      if (STOP_WORDS.has(word!.toLowerCase()) || isFrameWord(word!) || new RegExp(`^${MONTH_PATTERN}$`, "i").test(word!)) continue;
      texts ??= this.index.documents.map((d) => this.text(d.meta.docId) ?? "");
      const asName = texts.some((t) => new RegExp(`\\b${name}\\b`).test(t));
      // (A council's name is a place's, though a form's field of codes writes it in lower case.)
      const asCouncil = texts.some((t) => new RegExp(`\\b${name}\\s+(?:County|City|Borough|District|Metropolitan|Town)?\\s*Council\\b`).test(t));
      const asWord = texts.some((t) => new RegExp(`\\b${word!.toLowerCase()}\\b`).test(t));
      if (asName && (!asWord || asCouncil)) return name;
    }
    return undefined;
  }

  /** What an answer shows of a sentence: its paragraph whole when that is short, else the sentence. */
  private shownText(s: Sentence, opts: { raw?: boolean } = {}): string {
    const whole = this.withShortParagraph(s);
    const text = (this.text(s.docId) ?? "").slice(whole.start, whole.end);
    if (whole.end - whole.start > (this.announcesItems(s) ? MAX_QUOTE_CHARS : SHOWN_PARAGRAPH_CHARS)) return s.text;
    // (Raw, its lines apart: "1." opening a line numbers a paragraph.)
    return opts.raw ? text : text.replace(/\s*\n\s*/g, " ");
  }

  /**
   * A part of a programme or a year the question asks about ("round 1", "phase 2", "2029/30", "next
   * year") when what was found names only another ("round 2", "2028/29", in its quotes, places or
   * tables): the papers do not give what was asked, however close the rest of the words come.
   */
  private otherPartOnly(question: string, query: TypedQuery, finding: Finding): { asked: string; given: string } | undefined {
    const said = [
      ...finding.evidence.map((s) => `${(this.text(s.docId) ?? "").slice(s.start, s.end)} ${s.locator.section.join(" ")} ${s.locator.row ?? ""}`),
      ...finding.rows.map((r) => (r.type === "cell" ? r.table : "")),
    ].join(" ");
    // (A record's own words name its part too: a risk titled "Round 1 capital projects …" is round 1's.)
    const saidOfParts = `${said} ${finding.rows.map((r) => (r.type === "cell" ? "" : r.source)).join(" ")}`;
    for (const m of question.matchAll(NUMBERED_PART)) {
      const parts = [...saidOfParts.matchAll(new RegExp(`\\b${m[1]}\\s+(\\d{1,2})\\b`, "gi"))].map((x) => x[1]!);
      if (parts.length && !parts.includes(m[2]!)) return { asked: `${m[1]!.toLowerCase()} ${m[2]}`, given: `${m[1]!.toLowerCase()} ${parts[0]}` };
    }
    const years = [...new Set([...said.matchAll(FINANCIAL_YEAR_WRITTEN)].flatMap((m) => normaliseFinancialYear(m[0]) ?? []))].sort();
    if (!years.length) return undefined;
    for (const p of query.periods) {
      // (An end of a range, "2010-11 to 2017-18", asks about the years between as well.)
      if (p.kind === "financial_year" && p.financialYear && !p.inRange && !years.includes(p.financialYear)) return { asked: p.financialYear, given: years.join(", ") };
    }
    // ("Next year" is a year after the one the board's latest papers are written in: a table of a year
    // already gone by does not give it.)
    if (NEXT_YEAR.test(question) && !query.periods.length) {
      const found = new Set([...finding.evidence.map((s) => s.docId), ...finding.rows.map((r) => r.docId)]);
      const boards = new Set(this.index.documents.filter((d) => found.has(d.meta.docId)).map((d) => d.meta.board));
      const own = this.index.documents.filter((d) => boards.has(d.meta.board)).map((d) => d.meta.date).filter((d) => /^\d{4}-\d{2}/.test(d)).map(financialYearOf).sort().pop();
      if (own && years.every((y) => y < own)) return { asked: "next year", given: years.join(", ") };
    }
    return undefined;
  }

  /**
   * What a sentence's citation quotes: its whole paragraph when that is short, so that the quote an
   * officer pastes carries the sentences around the one that answers.
   */
  /**
   * A sentence that announces the items after it ("The review found two weaknesses.", "… against four
   * criteria:"), or whose next sentence starts counting them ("First, …"): its paragraph says what they are.
   */
  private announcesItems(s: Span): boolean {
    const text = this.text(s.docId) ?? "";
    const said = text.slice(s.start, s.end);
    return ANNOUNCES_ITEMS.test(said) || /^\s*(?:first(?:ly)?|firstly|one is)\b/i.test(text.slice(s.end, s.end + 12));
  }

  private withShortParagraph(s: Span): Span {
    const text = this.text(s.docId) ?? "";
    const start = text.lastIndexOf("\n", s.start - 1) + 1;
    const lineEnd = text.indexOf("\n", Math.max(s.end - 1, s.start));
    const end = lineEnd < 0 ? text.length : lineEnd;
    // (Not a table's row: its cells are quoted as the lookups pick them.)
    if (end - start > (this.announcesItems(s) ? MAX_QUOTE_CHARS : SHORT_PARAGRAPH_CHARS) || (start >= s.start && end <= s.end) || text.slice(start, end).includes(" | ")) return s;
    return { ...s, start: Math.min(start, s.start), end: Math.max(end, s.end) };
  }

  /**
   * Numbered paragraphs of their own document that `sentences` point at ("set out in paragraph 8"), not
   * quoted already: the paragraph's line and the lines that carry on its list ("…grant:" / "trading
   * standards apprenticeships: £470,000;" / …), up to the next paragraph or heading.
   */
  private paragraphsReferredTo(s: Sentence, quoted: Sentence[]): Sentence[] {
    const out: Sentence[] = [];
    const text = this.text(s.docId) ?? "";
    for (const m of s.text.matchAll(/\b(?:set out in|see|at|in) paragraphs? (\d{1,2})\b/gi)) {
      // (A pack numbers each paper's paragraphs afresh: the paragraph nearest the sentence is its paper's.)
      const starts = [...text.matchAll(new RegExp(`(?<=^|\\n)[ \\t]*${m[1]}\\.[ \\t]+(?=\\S)`, "g"))].map((x) => x.index + x[0].length - x[0].trimStart().length);
      const start = starts.sort((a, b) => Math.abs(a - s.start) - Math.abs(b - s.start))[0];
      if (start === undefined) continue;
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      // A list the paragraph introduces carries on while lines end as list items do (":", ";", ",", "and").
      while (end < text.length && end - start < 900 && /(?:[:;,]|\band)\s*$/.test(text.slice(start, end))) {
        const next = text.indexOf("\n", end + 1);
        end = next < 0 ? text.length : next;
      }
      if (quoted.some((k) => k.docId === s.docId && k.start <= start && k.end >= end) || out.some((o) => o.start === start)) continue;
      out.push({ ...s, start, end, text: text.slice(start, end), locator: this.locate(s.docId, start) });
    }
    return out;
  }

  /**
   * A day written with its weekday and no year in a passage that answers "when …?" ("Due Fri 18 Nov", as task
   * tools write it), read as the day it is in the year its weekday fixes, the document's year or the next:
   * "Fri 18 Nov is Friday 18 November 2327". Not read when neither year has that weekday.
   */
  private yearlessDaysRead(s: Sentence): string[] {
    const docYear = Number(this.ctx.docById.get(s.docId)?.meta.date.slice(0, 4));
    if (!Number.isFinite(docYear) || docYear < 1000) return [];
    // (Of the text shown: a heading's passage is shown with the lines under it.)
    const read = [...new Set([...this.shownText(s).matchAll(YEARLESS_WEEKDAY_DATE)].map((m) => m[0]))].slice(0, 2).flatMap((written) => {
      const m = new RegExp(YEARLESS_WEEKDAY_DATE.source, "i").exec(written)!;
      const weekday = WEEKDAYS.findIndex((w) => m[1]!.toLowerCase().startsWith(w.slice(0, 3).toLowerCase()));
      const month = monthNumber(m[3]!);
      const day = Number(m[2]);
      if (weekday < 0 || !month) return [];
      const year = [docYear, docYear + 1].find((y) => weekdayOf(y, month, day) === weekday);
      if (year === undefined) return [];
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      return [`${written} is ${WEEKDAYS[weekday]} ${humanDate(iso)}`];
    });
    return read.length ? [`• Its date${read.length > 1 ? "s" : ""} in words: ${read.join("; ")}`] : [];
  }

  /**
   * A day written in figures in a passage that answers "when …?" ("Tenders close 12:00 on 12/01/2198."),
   * read as the day it is, "12 January 2198", day first unless its document writes days month first
   * (a "2/17/2232" elsewhere in it); not read where the document writes both ways.
   */
  private numericDatesRead(s: Sentence): string[] {
    const found = [...s.text.matchAll(NUMERIC_DATE)];
    if (!found.length) return this.yearlessDaysRead(s);
    const all = [...(this.text(s.docId) ?? "").matchAll(NUMERIC_DATE)];
    const dayFirst = all.some((m) => Number(m[1]) > 12 && Number(m[2]) <= 12);
    const monthFirst = all.some((m) => Number(m[2]) > 12 && Number(m[1]) <= 12);
    if (dayFirst && monthFirst) return [];
    const read = [...new Set(found.map((m) => m[0]))].slice(0, 2).flatMap((written) => {
      const [a, b, y] = written.split("/").map(Number) as [number, number, number];
      const [day, month] = monthFirst ? [b, a] : [a, b];
      const year = y < 100 ? 2000 + y : y;
      if (month < 1 || month > 12 || day < 1 || day > 31) return [];
      return [`${written} is ${humanDate(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`)}`];
    });
    return read.length ? [`• Its date${read.length > 1 ? "s" : ""} in words: ${read.join("; ")}`] : [];
  }

  /**
   * A table row's dates written as a machine writes them, "2231-12-08 00:00:00" (a spreadsheet exported
   * through pandas), read as days under their columns' names: "SI-09 – Due: 15 December 2231; Done: 8
   * December 2231". Said beside the row quoted, which stays as the document has it.
   */
  /**
   * A passage of minutes that names another item by its number ("excluded … for item 10"): what that item
   * is, by its title in the same minutes, which the passage does not say.
   */
  private itemsNamedIn(s: Sentence): string[] {
    const items = this.ctx.recordsOf("minute").filter((r) => r.docId === s.docId);
    if (!items.length) return [];
    const own = items.filter((r) => r.sourceStart <= s.start).pop();
    const named = [...new Set([...s.text.matchAll(/\bitems?\s+(\d{1,2}[a-z]?)\b/gi)].map((m) => m[1]!.toLowerCase()))];
    return named.flatMap((n) => {
      const item = items.find((r) => r.number.toLowerCase() === n);
      return item && item !== own ? [`  (Item ${item.number} of that meeting: "${item.title}".)`] : [];
    });
  }

  private machineDatesRead(s: Sentence): string[] {
    if (!s.text.includes(" | ") || !/\d{4}-\d{2}-\d{2}/.test(s.text)) return [];
    const text = this.text(s.docId) ?? "";
    const from = text.lastIndexOf("\n", s.start - 1) + 1;
    const width = text.slice(from, text.indexOf("\n", from) < 0 ? text.length : text.indexOf("\n", from)).split(" | ").length;
    // (The table's header: the nearest line above of as many cells, none of them a figure or a date;
    // a group's heading row between, "Quarter 3 (October to December 2231)", is passed over.)
    const above = text.slice(Math.max(0, from - 6000), from).split("\n").reverse();
    const header = above.find((line) => {
      const cells = line.split(" | ").map((c) => c.trim());
      // (A row's empty last cells are not written: the header may be wider.)
      return cells.length >= width && cells.length <= width + 4 && cells.every((c) => /\p{L}/u.test(c) && !/\d{4}-\d{2}-\d{2}/.test(c) && c.length <= 40);
    });
    if (!header) return [];
    const names = header.split(" | ").map((c) => c.trim());
    const read: string[] = [];
    for (const line of text.slice(from, s.end).split("\n")) {
      const cells = line.split(" | ").map((c) => c.trim());
      if (cells.length > names.length || cells.length < 2) continue;
      const days = cells.flatMap((c, i) => {
        const m = MACHINE_DATE.exec(c);
        return m && i > 0 ? [`${names[i]}: ${humanDate(`${m[1]}-${m[2]}-${m[3]}`)}`] : [];
      });
      if (days.length) read.push(`${cells[0]} – ${days.join("; ")}`);
    }
    return read.length ? [`• Its dates read as days: ${read.join(" · ")}`] : [];
  }

  /**
   * The latest sentence of the papers that says a person the question names by surname left a place ("Cllr
   * Tobin Whatmough stood down from the Joint Committee on 31 January 2232."), if any.
   */
  private departureNamed(question: string): Sentence | undefined {
    const asked = question.toLowerCase();
    let found: { s: Sentence; date: string } | undefined;
    for (const d of this.index.documents) {
      const text = this.text(d.meta.docId) ?? "";
      if (!LEFT_A_PLACE.test(text)) continue;
      for (const unit of sentenceUnits(text, 0)) {
        if (!LEFT_A_PLACE.test(unit.text)) continue;
        // (Or by a surname typed a letter short, "cllr blundel" for Blundell.)
        const named = [...unit.text.matchAll(TITLED_PERSON)].some((m) => m[1]!.length >= 4 && (new RegExp(`\\b${escapeRegExp(m[1]!.toLowerCase())}\\b`).test(asked) || (m[1]!.length >= 6 && new RegExp(`\\b${escapeRegExp(m[1]!.toLowerCase().slice(0, -1))}\\b`).test(asked))));
        if (!named || (found && found.date >= d.meta.date)) continue;
        found = { s: { docId: d.meta.docId, start: unit.start, end: unit.end, text: unit.text, locator: this.locate(d.meta.docId, unit.start), score: 1, coverage: 1 }, date: d.meta.date };
      }
    }
    return found?.s;
  }

  /** A departure's line with the next line when that says who joined ("… became a member from 2 October"). */
  private withJoinerAfter(s: Sentence): Sentence {
    const text = this.text(s.docId) ?? "";
    if (text[s.end] !== "\n") return s;
    const nextEnd = text.indexOf("\n", s.end + 1);
    const next = text.slice(s.end + 1, nextEnd < 0 ? text.length : nextEnd);
    if (!JOINED_A_PLACE.test(next) || nextEnd - s.start > MAX_QUOTE_CHARS) return s;
    return { ...s, end: s.end + 1 + next.length, text: text.slice(s.start, s.end + 1 + next.length) };
  }

  /**
   * Of a passage that is a few rows of a table, the one row whose first cell the question names ("I'm labour"
   * of "Conservative | 020 7946 0991 | …" over "Labour | 020 7946 0992 | …"), when no other row's first cell
   * is named; else the passage as it is.
   */
  private rowNamedIn(s: Sentence, question: string): Sentence {
    const text = this.text(s.docId) ?? "";
    const lines = text.slice(s.start, s.end).split("\n");
    if (lines.length < 2 || lines.length > 8 || !lines.every((l) => l.includes(" | "))) return s;
    const asked = new Set(contentWords(question).map(stem));
    const named = lines.map((l) => {
      const first = contentWords(l.split(" | ")[0]!);
      return first.length > 0 && first.length <= 3 && first.every((w) => asked.has(stem(w)));
    });
    if (named.filter(Boolean).length !== 1) return s;
    const k = named.indexOf(true);
    const start = s.start + lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
    return { ...s, start, end: start + lines[k]!.length, text: lines[k]! };
  }

  /** A sentence with the rest of its paragraph, when the paragraph fits in a quote. */
  private withWholeParagraph(s: Sentence): Sentence {
    const text = this.text(s.docId) ?? "";
    const start = text.lastIndexOf("\n", s.start - 1) + 1;
    const lineEnd = text.indexOf("\n", s.end);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (end - start > MAX_QUOTE_CHARS || (start === s.start && end === s.end)) return s;
    return { ...s, start, end, text: text.slice(start, end) };
  }

  /**
   * A table row with the rows after it that leave out its first cell, the rows a spanning first cell (a
   * meeting date, a theme) covers: at most a few, each with one cell fewer than the row.
   */
  private withContinuationRows(s: Sentence): Sentence {
    const text = this.text(s.docId) ?? "";
    if (!s.text.includes(" | ") || text[s.end] !== "\n") return s;
    // (The sentence may hold some of those rows already: its first line is the row.)
    const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
    const firstEnd = text.indexOf("\n", lineStart);
    const cells = text.slice(lineStart, firstEnd < 0 ? s.end : Math.min(firstEnd, s.end)).split(" | ").length;
    let end = s.end;
    for (let rows = 0; rows < 8 && text[end] === "\n"; rows++) {
      const next = text.indexOf("\n", end + 1) < 0 ? text.length : text.indexOf("\n", end + 1);
      if (text.slice(end + 1, next).split(" | ").length !== cells - 1 || cells < 3) break;
      end = next;
    }
    // (Shown with the rows set apart; quoted from the document as it is.)
    return end === s.end ? s : { ...s, end, text: text.slice(s.start, end).replace(/\n/g, " / ") };
  }

  /** Reviewers' notes typed under the quoted lines ("[PH: This was Cllr B, not Cllr A.]") not quoted already. */
  private notesOn(spans: Span[]): Span[] {
    const notes: Span[] = [];
    for (const s of spans) {
      const text = this.text(s.docId);
      if (!text) continue;
      for (const n of notesUnder(text, s.end)) {
        const known = [...spans, ...notes].some((x) => x.docId === s.docId && x.start <= n.start && n.end <= x.end);
        if (!known) notes.push({ docId: s.docId, start: n.start, end: n.end, locator: this.locate(s.docId, n.start), alone: true });
      }
    }
    return notes.slice(0, 4);
  }

  /** Where a quote is from, as an answer line ends: its paper's title and its place, without the title again. */
  private placeOf(span: Span): string {
    const meta = this.index.documents.find((d) => d.meta.docId === span.docId)!.meta;
    return `${meta.title}, ${formatLocator({ ...span.locator, section: span.locator.section.filter((h) => h !== meta.title) }, 60)}`;
  }

  /**
   * "Who is ENL?", "what does OPE stand for?": the papers' own definition of an abbreviation, quoted
   * where it is given ("Ebele Njoku-Lamb (ENL) | Programme Manager (Digital Skills)"), the line whole when
   * short. Not answered here when no paper gives the definition in so many words.
   */
  /**
   * A responsibility matrix (RACI): a row of a plan whose people's columns, headed by their initials, hold
   * R, A, C or I. "Who is accountable for X?" is the column holding A on X's row, its initials named by the
   * key to initials under the matrix ("JI Jonty Inchbald, Head of …").
   */
  private responsibilityAsked(question: string, query: TypedQuery): EngineAnswer | undefined {
    const asked = /\bwho(?:'s|s| is| was| are)?\b[^?]*\b(accountable|responsible|consulted|informed)\b/i.exec(question)?.[1]?.toLowerCase();
    if (!asked) return undefined;
    const letter = asked.charAt(0).toUpperCase();
    const words = topicWords(query.topic).filter((w) => !/^(?:accountable|responsible|consulted|informed|getting|signing|sign|off)$/i.test(w));
    if (words.length === 0) return undefined;
    const rows = this.ctx.recordsOf("target").flatMap((r) => {
      const text = this.text(r.docId) ?? "";
      const cells = r.source.split(" | ").map((c) => c.trim());
      if (!cells.includes(letter)) return [];
      const header = rowHeader(text, r.sourceStart)?.split(" | ").map((c) => c.trim());
      // (People's columns: headed by initials, their cells single letters of the matrix.)
      const at = header ? cells.findIndex((c, k) => c === letter && /^[A-Z]{2,3}$/.test(header[k] ?? "")) : -1;
      return at >= 0 ? [{ r, initials: header![at]!, text, fit: matchScore(words, `${r.ref ?? ""} ${r.text}`, { equivalents: 0.6 }).fraction }] : [];
    });
    const best = Math.max(0, ...rows.map((x) => x.fit));
    const picked = rows.filter((x) => x.fit >= best && best >= 0.5);
    if (picked.length !== 1) return undefined;
    const { r, initials, text } = picked[0]!;
    const key = new RegExp(`^[ \\t]*${initials}(?:[ \\t]+|[ \\t]*\\|[ \\t]*)([A-Z][^\\n]{3,160})$`, "m").exec(text);
    if (!key) return undefined;
    const keyStart = key.index + key[0].indexOf(initials);
    const keySpan: Span = { docId: r.docId, start: keyStart, end: key.index + key[0].length, locator: this.locate(r.docId, keyStart) };
    const rowSpan: Span = { docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator };
    const word = `${asked.charAt(0).toUpperCase()}${asked.slice(1)}`;
    return this.reply(question, query, true, `${word} (${letter}) for ${r.ref ? `${r.ref}, ` : ""}${r.text}: ${initials}, ${key[1]!.replace(/\s*\|\s*/g, ", ")}.`, [rowSpan, keySpan], "structured");
  }

  private definitionAsked(question: string, query: TypedQuery): EngineAnswer | undefined {
    const m = ASKS_DEFINITION.exec(question);
    const abbreviation = m?.[1] ?? m?.[2];
    const long = abbreviation && this.index.facts.defined.find(([a]) => a === abbreviation)?.[1];
    if (!abbreviation || !long) return undefined;
    const escaped = long.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    const given = new RegExp(`${escaped}\\s*\\(${abbreviation}\\)|\\b${abbreviation}\\s*\\(${escaped}\\)`);
    const docIds = [...new Set(this.index.searchText(abbreviation, 20).map((h) => this.index.chunk(h.id)?.docId))];
    for (const docId of docIds) {
      const text = docId ? this.text(docId) : undefined;
      const found = text ? given.exec(text) : null;
      if (!docId || !text || !found) continue;
      const lineStart = text.lastIndexOf("\n", found.index) + 1;
      const lineEnd = text.indexOf("\n", found.index) < 0 ? text.length : text.indexOf("\n", found.index);
      const [start, end] = lineEnd - lineStart <= MAX_DEFINITION_LINE ? [lineStart, lineEnd] : [found.index, found.index + found[0].length];
      const span: Span = { docId, start, end, locator: this.locate(docId, start) };
      return this.reply(question, query, true, `${abbreviation} is ${long}: “${text.slice(start, end).trim()}” (${this.placeOf(span)})`, [span], "extractive");
    }
    return undefined;
  }

  /** The posts named in table rows among `sentences` whose holders the papers give, each once. */
  private postHoldersIn(sentences: Sentence[]): { post: string; person: string; span: Span }[] {
    const found = new Map<string, { post: string; person: string; span: Span }>();
    for (const s of sentences) {
      if (!s.text.includes(" | ")) continue;
      for (const cell of s.text.split(" | ").map((c) => c.trim())) {
        const holder = postHolder(this.ctx, cell);
        // (Not a row that names the person already: that row is the directory itself.)
        if (holder && !found.has(cell.toLowerCase()) && !s.text.includes(holder.person)) found.set(cell.toLowerCase(), { post: cell, ...holder });
      }
    }
    return [...found.values()];
  }

  /**
   * "Who replaced Cllr X, and what council are they from?", "the job title of whoever owns the risk": the
   * council or post of the people an answer names, from the list that gives it (the sentence or row naming
   * them often does not), unless the answer says it already.
   */
  private peopleDetailsAsked(question: string, answer: string): { lines: string[]; spans: Span[] } {
    const detail: PersonDetail | undefined = ASKS_COUNCIL_OF.test(question) ? "council" : ASKS_POST_OF.test(question) ? "post" : undefined;
    if (!detail) return { lines: [], spans: [] };
    const facts = detailsOfPeopleNamed(this.ctx, answer, question, detail)
      .filter((f) => !answer.toLowerCase().includes(f.value.toLowerCase()))
      .slice(0, MAX_PEOPLE_DETAILS);
    return { lines: facts.map((f) => `• ${f.person}: ${f.value} (${this.placeOf(f.span)})`), spans: facts.map((f) => f.span) };
  }

  /**
   * A decline naming the heading the question is about when that heading has nothing under it: it matches
   * the question as well as any sentence does, or it alone uses the question's rarest word ("sickness").
   */
  private replyForEmptyHeading(question: string, query: TypedQuery, subject: string, words: string[], searched: Passage[], sentences: Sentence[], best: Sentence | undefined): EngineAnswer | undefined {
    const heading = emptyHeading(subject, searched, (id) => this.text(id), this.relevance);
    // (A councillor's name read as a heading, "Cllr Karen Blundell (Lab)" in a scan's register, heads no
    // chart: the question is about the person, said elsewhere.)
    if (!heading || /^(?:cllr|councillor)\.?\s/i.test(heading.text.replace(/^#+\s*/, ""))) return undefined;
    const rarest = [...words].filter((w) => this.relevance.frequency(w) > 0).sort((a, b) => this.relevance.idf(b) - this.relevance.idf(a))[0];
    const says = (text: string, word: string) => matchScore([word], text).score > 0;
    // (Unless a sentence answers most of the question anyway: one part of it may be about that heading.)
    const onlyTheHeading =
      !!rarest && this.relevance.frequency(rarest) <= 2 && says(heading.text, rarest) && !sentences.some((s) => says(s.text, rarest)) && (!best || best.coverage < WELL_COVERED);
    const aboutHeading =
      heading.coverage >= EMPTY_HEADING_COVERAGE && (!best || heading.coverage >= best.coverage - 0.05 || (best.docId === heading.docId && best.start <= heading.start && best.end >= heading.end));
    if (!aboutHeading && !onlyTheHeading) return undefined;
    const meta = this.index.documents.find((d) => d.meta.docId === heading.docId)!.meta;
    const page = this.locate(heading.docId, heading.start).page;
    const where = page ? `, page ${page}` : "";
    return this.reply(
      question,
      query,
      false,
      `${meta.title} (${meta.period}${where}) has a heading "${heading.text}" but nothing under it in the text I hold: its chart or table did not come through, so I cannot answer from it. ${this.coverage()}`,
      [],
      "none",
    );
  }

  /** The footnotes a sentence's superscript markers point to: the line further on that starts with the number. */
  private footnotesOf(s: Sentence): Sentence[] {
    const text = this.text(s.docId) ?? "";
    const out: Sentence[] = [];
    for (const m of s.text.matchAll(/[¹²³⁴⁵⁶⁷⁸⁹]/g)) {
      const n = "¹²³⁴⁵⁶⁷⁸⁹".indexOf(m[0]) + 1;
      const note = new RegExp(`^[ \\t]*${n}[ \\t]+[A-Z][^\\n]{3,300}$`, "m").exec(text.slice(s.end, s.end + FOOTNOTE_REACH));
      if (!note) continue;
      const start = s.end + note.index + note[0].length - note[0].trimStart().length;
      const end = s.end + note.index + note[0].trimEnd().length;
      out.push({ ...s, start, end, text: text.slice(start, end), locator: this.locate(s.docId, start) });
    }
    return out;
  }

  /**
   * Names in the question (runs of capitalised words after its first word) with a word the papers use only
   * a few times: "Manchester City Council", whole, since "Greater Manchester" is another body.
   */
  private rareNames(question: string): string[] {
    const names = [...question.matchAll(/(?<=\S\s+)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g)].map((m) => m[0]);
    const rare = (w: string) => w.length >= 4 && !MONTH_NAME.test(w) && this.relevance.frequency(w) > 0 && this.relevance.frequency(w) <= RARE_NAME_CHUNKS;
    // (A council named in lower case, as Slack is typed: "how much did cornwall council ask for?"; its own
    // name a rare word, not "the council".)
    for (const m of question.matchAll(/\b([a-z]+)\s+(council|borough|county)\b/g)) {
      if (!STOP_WORDS.has(m[1]!) && rare(m[1]!)) names.push(`${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} ${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}`);
    }
    return [...new Set(names)].filter((n) => n.split(/\s+/).some(rare));
  }

  /**
   * Words the papers never use (nor anything spelt like them) that say they cannot answer: a good part of
   * the question, or a name ("Olympics"). Empty when the question can be searched.
   */
  private absentWords(question: string): string[] {
    // ("How long did it run?" asks for a duration: its words are the asking, not the subject.)
    const long = /\bhow long\b/i.test(question) ? question.replace(/\bhow long\b|\b(?:run|ran|lasted|last|take|took)\b/gi, " ") : question;
    // ("Who replaced Cllr X?" of papers that say X stood down and who came "in his place".)
    const asked = ASKS_REPLACEMENT.test(long) && this.departureNamed(long) ? long.replace(new RegExp(ASKS_REPLACEMENT.source, "gi"), " ") : long;
    const words = questionWords(expandQuestion(asked, this.vocabulary));
    // An acronym of a name the papers spell out ("LGPS") is not a word they never use.
    const abbreviations = new Set([...(this.vocabulary.abbreviations?.keys() ?? [])].map((a) => a.toLowerCase()));
    // (Nor is a word that asks for a date, "deadline", in papers that say "finished by".)
    // (Nor is a slip for a little word the papers' index leaves out: "thier" is "their".)
    // (Nor is a pronoun, "why didn't X get anything?".)
    // (Nor shorthand for words the papers use, "ToR" where they say "terms of reference".)
    const typedShort = (w: string) => {
      const long = shorthandLongForm(w);
      return !!long && this.relevance.unknownWords(questionWords(long)).length === 0;
    };
    const unknown = this.relevance.unknownWords(words).filter((w) => !abbreviations.has(w) && !isAskingWord(w) && !slipOfStopWord(w) && !INDEFINITE_PRONOUN.test(w) && !typedShort(w));
    const named = unknown.filter((w) => new RegExp(`\\b${w.charAt(0).toUpperCase()}${w.slice(1)}\\b`).test(question));
    // (What the question is about, "decide about e-scooters", though the board's name makes it long.)
    const subject = unknown.filter((w) => new RegExp(`\\b(?:about|regarding)\\s+(?:the\\s+)?(?:[a-z]-)?${w}\\b`, "i").test(question));
    return unknown.length && (unknown.length * 3 >= words.length || named.length || subject.length) ? unknown : [];
  }

  /** A briefing on a meeting, a report, a board or a topic, whichever the question names. */
  private async composeBriefing(question: string, query: TypedQuery): Promise<EngineAnswer> {
    const docs = this.index.documents;
    const scope = scopeByPeriods(docs, effectivePeriods(query.periods));
    if (scope.matched.length === 0 && scope.unmatched.length > 0) {
      return this.reply(question, query, false, `The papers I hold do not cover ${scope.unmatched.map((p) => p.label).join(" or ")}. ${this.coverage()}`, [], "none");
    }
    // A board the papers do not cover ("brief me on the Resources Board") is said so, not swapped.
    const boardNamed = /\b((?:[A-Z][\w&'’-]*\s+){1,6})(?:Board|Committee|Panel)\b/.exec(question)?.[1]?.trim();
    if (boardNamed && !query.board && !/^(?:the|a|this|that|our|LGA)$/i.test(boardNamed)) {
      return this.reply(question, query, false, `I hold no papers of the ${boardNamed} Board. ${this.coverage()}`, [], "none");
    }
    const latest = (kind: string) => [...docs].filter((d) => d.meta.kind === kind).sort((a, b) => b.meta.date.localeCompare(a.meta.date))[0];
    const byTitle = this.documentNamed(question);
    const named = byTitle ? [byTitle] : scope.matched.length ? scope.docs : [];
    const wantsMeeting = /\bmeeting\b|\bagenda\b/i.test(question);
    const wantsReport = /\breport\b/i.test(question);
    let briefing: Briefing | undefined;
    const meetingKinds = ["board agenda pack", "minutes", "board paper"];
    const latestMeeting = () => [...docs].filter((d) => meetingKinds.includes(d.meta.kind) && (!query.board || d.meta.board === query.board)).sort((a, b) => b.meta.date.localeCompare(a.meta.date))[0];
    const meetingDoc = named.find((d) => meetingKinds.includes(d.meta.kind) && (!query.board || d.meta.board === query.board)) ?? (wantsMeeting && !named.length ? latestMeeting() : undefined);
    const reportDoc = named.find((d) => d.meta.kind === "performance report") ?? (wantsReport && !named.length ? latest("performance report") : undefined);
    // ("A quick briefing on the risk register item for 16 March": that item's paper, not the whole meeting.)
    // (Of the meeting or papers the question names, when it names any.)
    const asked = /\bitem\b/i.test(question) ? this.paperNamed(question) : undefined;
    const itemPaper = asked && (!named.length || named.some((d) => d.meta.docId === asked.docId)) ? asked : undefined;
    if (itemPaper) briefing = this.briefPaper(itemPaper);
    else if (meetingDoc && (wantsMeeting || !reportDoc)) briefing = briefMeeting(this.ctx, meetingDoc);
    else if (reportDoc) briefing = briefReport(this.ctx, reportDoc);
    else if (byTitle) briefing = this.briefDocument(byTitle);
    const board = query.board ?? (/\bboard\b/i.test(question) && this.vocabulary.boards.length === 1 ? this.vocabulary.boards[0] : undefined);
    // ("Quick briefing on the panel's risk register": the register, the board's latest when it names one.)
    if (!briefing && /\brisk register\b|\brisks\b/i.test(question)) {
      const registers = [...new Set(this.ctx.recordsOf("risk").map((r) => r.docId))].map((id) => this.ctx.docById.get(id)!).filter((d) => !board || d.meta.board === board);
      const register = registers.sort((a, b) => b.meta.date.localeCompare(a.meta.date))[0];
      if (register) briefing = briefRiskRegister(this.ctx, register.meta.docId);
    }
    if (!briefing && board && !named.length) briefing = briefBoard(this.ctx, board);
    if (!briefing) {
      const paper = this.paperNamed(question);
      if (paper) briefing = this.briefPaper(paper);
    }
    if (!briefing) briefing = await this.briefTopic(question, query);
    if (!briefing) return this.reply(question, query, false, `I could not find anything in the papers to brief you on. ${this.coverage()}`, [], "none");
    const answer = this.reply(question, query, true, fitLines(briefingLines(briefing)), briefing.evidence, "structured", briefing.rows, 12);
    return { ...answer, sections: briefing.sections };
  }

  /** The document a question names by its title ("the sector-led improvement report"), if one. */
  private documentNamed(question: string): StoredDocument | undefined {
    const asked = new Set(contentWords(question).map(stem));
    const generic = /^(?:lga|report|reports|agenda|board|performance|paper|papers|update)$/;
    const boardInitials = new Set(
      this.vocabulary.boards.map((b) =>
        b
          .split(/\s+/)
          .filter((w) => /^[A-Z]/.test(w))
          .map((w) => w[0]!.toLowerCase())
          .join(""),
      ).filter((i) => i.length >= 2),
    );
    const scored = this.index.documents.map((d) => {
      // (The board's own name, in the titles of all its papers, does not tell one from another.)
      // (Nor do its initials, "PBJP away day".)
      const boardWords = new Set(contentWords(d.meta.board ?? "").map(stem));
      const words = contentWords(d.meta.title).filter((w) => !generic.test(w) && !/\d/.test(w) && !boardWords.has(stem(w)) && !boardInitials.has(w.toLowerCase()));
      const found = words.filter((w) => asked.has(stem(w))).length;
      return { d, fraction: words.length ? found / words.length : 0, found };
    });
    const best = scored.filter((x) => x.found >= 2 && x.fraction >= 0.6).sort((a, b) => b.fraction - a.fraction);
    return best.length === 1 || (best.length > 1 && best[0]!.fraction > best[1]!.fraction) ? best[0]!.d : undefined;
  }

  /** A document without records to summarise: the opening sentence of each of its sections. */
  private briefDocument(doc: StoredDocument): Briefing | undefined {
    let { sections, evidence } = this.sectionOpenings(doc.meta.docId, 0, 8);
    // A document under one title heading is read by the sections under it.
    if (sections.length === 1) {
      const deeper = this.sectionOpenings(doc.meta.docId, 1, 8, sections[0]!.heading);
      if (deeper.sections.length > 1) ({ sections, evidence } = { sections: [...sections, ...deeper.sections], evidence: [...evidence, ...deeper.evidence] });
    }
    return sections.length ? { title: `Briefing: ${doc.meta.title} (${doc.meta.period})`, sections, evidence, rows: [] } : undefined;
  }

  /**
   * The opening sentence (prose, not a table row) of each section of a document, by the heading at
   * `depth` of its places' section paths; only under `within` (a paper's title) when given.
   */
  private sectionOpenings(docId: string, depth: number, max: number, within?: string, chars = 300): { sections: BriefingSection[]; evidence: Span[] } {
    const text = this.text(docId);
    const sections: BriefingSection[] = [];
    const evidence: Span[] = [];
    if (!text) return { sections, evidence };
    const seen = new Set<string>();
    for (const place of this.placesOf(docId)) {
      if (within && place.locator.section[depth - 1] !== within) continue;
      const heading = place.locator.section[depth];
      if (!heading || seen.has(heading) || sections.length >= max || /^(?:contents|index)$/i.test(heading)) continue;
      const unit = sentenceUnits(text.slice(place.start, place.end), place.start).find(
        (u) => u.text.length >= 60 && /[a-z]{3,}/.test(u.text) && u.text !== heading && !u.text.includes(" | "),
      );
      if (!unit) continue;
      seen.add(heading);
      const said = unit.text.startsWith(heading) ? unit.text.slice(heading.length).trim() : unit.text;
      sections.push({ heading, lines: [clip(said || unit.text, chars)] });
      evidence.push({ docId, start: unit.start, end: unit.end, locator: place.locator });
    }
    return { sections, evidence };
  }

  /** A board paper named by its title ("the parental leave model policy paper"), if one. */
  private paperNamed(question: string): PaperRecord | undefined {
    // ("Brief me on item 5": the paper of item 5 of the latest agenda that has one.)
    const itemNumber = ITEM_NUMBER.exec(question)?.[1]?.toLowerCase();
    if (itemNumber) {
      const items = this.ctx.recordsOf("agenda_item").filter((r) => r.number.toLowerCase() === itemNumber).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
      for (const item of items) {
        const paper = this.ctx.recordsOf("paper").find((p) => p.docId === item.docId && matchScore(contentWords(item.title), p.title).fraction >= 0.6);
        if (paper) return paper;
      }
    }
    const asked = new Set(contentWords(question).map(stem));
    const scored = this.ctx
      .recordsOf("paper")
      .map((p) => {
        const words = contentWords(p.title).filter((w) => !/\d/.test(w));
        const found = words.filter((w) => asked.has(stem(w))).length;
        return { p, found, fraction: words.length ? found / words.length : 0 };
      })
      .filter((x) => x.found >= 2 && x.fraction >= 0.5)
      .sort((a, b) => b.fraction - a.fraction || b.found - a.found);
    return scored.length === 1 || (scored.length > 1 && scored[0]!.fraction > scored[1]!.fraction) ? scored[0]!.p : undefined;
  }

  /** A paper: what it is for, what it recommends and who to contact, then what each of its sections opens with. */
  private briefPaper(p: PaperRecord): Briefing {
    const front: string[] = [];
    const evidence: Span[] = [];
    for (const field of ["purpose", "summary", "recommendation"] as const) {
      const value = p[field];
      if (!value) continue;
      // (Clipped so that what the meeting decided and what the paper's sections say fit in one answer.)
      front.push(`${field.charAt(0).toUpperCase()}${field.slice(1)}: ${clip(value, field === "recommendation" ? 320 : 240)}`);
      const span = paperFieldSpan(p, field);
      if (span) evidence.push(span);
    }
    const contacts = p.contacts.map((c) => [c.name, c.position, c.phone, c.email].filter(Boolean).join(", "));
    if (contacts.length) front.push(`Contact officer: ${contacts.join("; ")}`);
    const contactSpan = paperFieldSpan(p, "contact");
    if (contactSpan) evidence.push(contactSpan);
    const body = this.sectionOpenings(p.docId, 1, 4, p.title, 180);
    // What the meeting then decided on it, when its minutes are held.
    const minuted = this.ctx
      .recordsOf("minute")
      .find((m) => m.decision && m.board === p.board && m.meetingDate === p.meetingDate && matchScore(contentWords(p.title), m.title).fraction >= 0.6);
    const decided = minuted?.spans.decision;
    if (minuted && decided) {
      body.sections.unshift({ heading: `Decided at the meeting (minutes, ${minuted.number ? `item ${minuted.number}` : minuted.title})`, lines: [clip(minuted.decision!, 300)] });
      body.evidence.unshift({ docId: minuted.docId, start: decided[0], end: decided[0] + decided[1], locator: { ...minuted.locator, row: minuted.number ? `minute ${minuted.number}, decision` : `${minuted.title}, decision` } });
    }
    const when = p.meetingDate ? ` (${p.board ?? "board"}, ${humanDate(p.meetingDate)}${p.item ? `, item ${p.item}` : ""})` : "";
    return {
      title: `Briefing: "${p.title}"${when}`,
      sections: [...(front.length ? [{ heading: "The paper", lines: front }] : []), ...body.sections],
      evidence: [...evidence, ...body.evidence],
      rows: [p],
    };
  }

  /** What each document says about a topic, by date. */
  private async briefTopic(question: string, query: TypedQuery): Promise<Briefing | undefined> {
    const topic = query.topic || question;
    const unknown = this.relevance.unknownWords(questionWords(topic));
    if (unknown.length) return undefined;
    // The targets and decisions about the topic first (rated, dated, cited), then what the papers say.
    const records = briefRecordsOnTopic(this.ctx, topicWords(topic));
    const passages = await this.passages({ ...query, question: topic }, undefined, 24);
    // (A sentence that is a record already shown, or inside one, is not repeated.)
    const shown = (s: Sentence) => records.evidence.some((e) => e.docId === s.docId && s.start < e.end && s.end > e.start);
    // ("Round 1 delivery": not what the papers say of round 2's, by its text or its section's heading.)
    const parts = [...question.matchAll(NUMBERED_PART)].map((m) => ({ kind: m[1]!.toLowerCase(), n: m[2]! }));
    const ofOtherPart = (s: Sentence) => {
      const said = `${s.text} ${s.locator.section.join(" ")}`;
      return parts.some((p) => {
        const named = [...said.matchAll(new RegExp(`\\b${p.kind}\\s+(\\d{1,2})\\b`, "gi"))].map((m) => m[1]!);
        return named.length > 0 && !named.includes(p.n);
      });
    };
    const sentences = selectSentences(topic, passages, (id) => this.text(id), this.relevance, 10).filter((s) => s.coverage >= MIN_COVERAGE && !shown(s) && !ofOtherPart(s));
    if (sentences.length === 0 && records.sections.length === 0) return undefined;
    const byDoc = new Map<string, typeof sentences>();
    for (const s of sentences) byDoc.set(s.docId, [...(byDoc.get(s.docId) ?? []), s].slice(0, 2));
    const docs = [...byDoc.keys()].map((id) => this.index.documents.find((d) => d.meta.docId === id)!).sort((a, b) => a.meta.date.localeCompare(b.meta.date));
    return {
      title: `Briefing: what the papers say about ${topicWordsLabel(topic, question)}`,
      sections: [...records.sections, ...docs.map((d) => ({ heading: `${d.meta.title} (${d.meta.period})`, lines: byDoc.get(d.meta.docId)!.map((s) => clip(s.text, 300)) }))],
      evidence: [...records.evidence, ...docs.flatMap((d) => byDoc.get(d.meta.docId)!)],
      rows: records.rows,
    };
  }

  /** Exact passages for a phrase or figure, each with a citation line in the house style. */
  private async composeCitation(question: string, query: TypedQuery): Promise<EngineAnswer> {
    const phrase = citationPhrase(question);
    if (!phrase) return this.reply(question, query, false, 'Say what to cite, for example: "cite the NAO figure on the fall in government funding".', [], "none");
    const literal = literalMatches(literalTokens(phrase), this.index.documents, (id) => this.text(id)).map((s) => ({ ...s, locator: this.locate(s.docId, s.start) }));
    let spans: Span[] = literal;
    // (A word of the request no paper uses, "the changelog entry on the naming wait": the passage is sought
    // by the others, when they are most of it, and the answer says which word no paper has.)
    let unused: string[] = [];
    if (spans.length === 0) {
      const words = questionWords(phrase);
      unused = this.relevance.unknownWords(words);
      if (unused.length && (words.length - unused.length < 3 || unused.length * 3 > words.length)) {
        return this.reply(question, query, false, `I could not find "${phrase}" in the papers. ${this.coverage()}`, [], "none");
      }
      const sought = unused.length ? phrase.split(/\s+/).filter((w) => !unused.includes(w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ""))).join(" ") : phrase;
      const passages = await this.passages({ ...query, question: sought }, undefined, 20);
      spans = selectSentences(sought, passages, (id) => this.text(id), this.relevance, 3).filter((s) => s.coverage >= MIN_COVERAGE);
    }
    const citations = this.citationsFor(spans, 3);
    if (citations.length === 0) return this.reply(question, query, false, `I could not find a passage for "${phrase}" in the papers. ${this.coverage()}`, [], "none");
    const lines = citations.map((c, i) => {
      const doc = this.index.documents.find((d) => d.meta.docId === c.docId)!;
      return `${i + 1}. “${clip(c.quote, 380)}”\n   ${citationLine(doc, c.locator, c.url)}`;
    });
    const head = citations.length > 1 ? `${citations.length} passages match "${phrase}", best first:` : `The passage for "${phrase}":`;
    const note = unused.length ? [`_No paper uses the word${unused.length > 1 ? "s" : ""} ${unused.map((w) => `"${w}"`).join(", ")}; these match the rest._`] : [];
    return { ...Answer.parse({ question, found: true, answer: fitLines([head, ...lines, ...note]), citations, mode: "extractive" }), query };
  }

  private text(docId: string): string | undefined {
    return this.index.documentText(docId)?.text;
  }

  /** Every document's text as its references are compared (see `codeForm`), read once. */
  private codeText?: string;

  /** Do the papers give this reference, however its parts are separated or zero-padded? */
  private papersGive(code: string): boolean {
    this.codeText ??= this.index.documents.map((d) => codeForm(this.text(d.meta.docId) ?? "")).join("\n");
    return this.codeText.includes(codeForm(code));
  }

  /** Is the quote a run of words of the document as loaded (the test every shown quote must pass)? */
  isVerbatim(docId: string, quote: string): boolean {
    let c = this.checkers.get(docId);
    if (!c) {
      const t = this.index.documentText(docId);
      if (!t) return false;
      c = new VerbatimChecker(t.loadedText);
      this.checkers.set(docId, c);
    }
    return c.check(quote);
  }

  /**
   * Spans that follow one another in their document with only a line break between (the items of one list,
   * the rows of one table) are quoted as one run, as an officer would quote them.
   */
  private joinAdjacent(spans: Span[]): Span[] {
    const out: Span[] = [];
    for (const s of spans) {
      const last = out[out.length - 1];
      const between = last && last.docId === s.docId && s.start >= last.end ? this.text(s.docId)?.slice(last.end, s.start) : undefined;
      // (Not two speakers' turns of a transcript, which its file parts with their cues' timings.)
      const turn = SPEAKER_TURN.test(this.text(s.docId)?.slice(s.start, s.end) ?? "");
      if (last && between !== undefined && /^\s{0,3}$/.test(between) && !turn && !last.alone && !s.alone && s.end - last.start <= MAX_QUOTE_CHARS) out[out.length - 1] = { ...last, end: s.end };
      else out.push(s);
    }
    return out;
  }

  /** The line of the loaded text whose cells (three or more) open the row's cells one for one, as " | "-joined cells. */
  private firstPrintedLine(docId: string, cells: string[]): string | undefined {
    if (cells.length < 3) return undefined;
    const loaded = this.index.documentText(docId)?.loadedText ?? "";
    const head = cells[0]!.split(/\s+/)[0]!;
    for (const line of loaded.split("\n")) {
      if (!line.includes("\t") || !line.includes(head)) continue;
      // (Its empty cells print nothing: a row read apart from columns it leaves empty is the same line.)
      const printed = line.split("\t").map((c) => c.trim()).filter(Boolean);
      if (printed.length !== cells.length || printed.some((c, k) => !cells[k]!.startsWith(c))) continue;
      const quote = printed.join(" | ");
      if (this.isVerbatim(docId, quote)) return quote;
    }
    return undefined;
  }

  /**
   * The lines of the loaded text that hold a row's cells, each cell whole, when the row was put together
   * from them (a long-form table's rows of one item, one per measure: "GRW-01 | … | Status | Red | Amber"),
   * as " | "-joined cells: the item's lines as the file has them.
   */
  private linesHoldingCells(docId: string, cells: string[]): string | undefined {
    const wanted = cells.map((c) => c.trim()).filter(Boolean);
    if (wanted.length < 3) return undefined;
    const lines = (this.index.documentText(docId)?.loadedText ?? "").split("\n").map((l) => l.split("\t").map((c) => c.trim()));
    for (let i = 0; i < lines.length; i++) {
      // (The item's own fields open each of its lines: two at least, "Sites | GRW-06 | …".)
      let shared = 0;
      while (shared < wanted.length && lines[i]![shared] === wanted[shared]) shared++;
      if (shared < 2) continue;
      const sameItem = (l: string[]) => lines[i]!.slice(0, shared).every((c, k) => l[k] === c);
      const held = new Set<string>();
      for (let j = i; j < Math.min(lines.length, i + MAX_ITEM_LINES) && sameItem(lines[j]!); j++) {
        for (const c of lines[j]!) held.add(c);
        if (!wanted.every((c) => held.has(c))) continue;
        const quote = lines
          .slice(i, j + 1)
          .map((l) => l.filter(Boolean).join(" | "))
          .join(" | ");
        if (quote.length <= MAX_QUOTE_CHARS && this.isVerbatim(docId, quote)) return quote;
        break;
      }
    }
    return undefined;
  }

  /** The longest run of a row's cells (" | "-separated) that is verbatim in its source, if a useful one. */
  private longestVerbatimCells(docId: string, quote: string): string | undefined {
    const cells = quote.split(" | ");
    if (cells.length < 2) return undefined;
    const held = this.linesHoldingCells(docId, cells);
    if (held) return held;
    let best = "";
    for (let i = 0; i < cells.length; i++) {
      for (let j = cells.length; j > i; j--) {
        const run = cells.slice(i, j).join(" | ");
        if (run.length <= best.length) break;
        if (this.isVerbatim(docId, run)) {
          best = run;
          break;
        }
      }
    }
    if (best.length >= 30) return best;
    // (A row printed over two lines and read as one, "Cllr Bartholomew Goodbody | Broxbourne Borough Council":
    // its first line as printed, each of its cells the opening of the row's.)
    const printed = this.firstPrintedLine(docId, cells);
    if (printed) return printed;
    // Else the longest opening of its words that is (a cell's lines run on below the row's first line).
    const words = quote.split(" ");
    for (let n = words.length - 1; n >= 8; n--) {
      const opening = words.slice(0, n).join(" ").replace(/\s*\|\s*$/, "");
      if (this.isVerbatim(docId, opening)) return opening;
    }
    return undefined;
  }

  /** Turn spans into citations; a quote that does not check out against its source is dropped. */
  citationsFor(spans: Span[], max = 8): Citation[] {
    const out: Citation[] = [];
    const seen = new Set<string>();
    for (const s of this.joinAdjacent(spans)) {
      const doc = this.index.documents.find((d) => d.meta.docId === s.docId);
      const text = this.text(s.docId);
      if (!doc || !text) continue;
      // (A web address at the end of a quote is left off: renderings of a paper write links differently.)
      const whole = spanText(text, s.start, s.end, MAX_QUOTE_CHARS).replace(/\s*<?https?:\/\/\S+>?$/, "");
      // A table row whose wrapped lines were joined may not read as one run in the file as loaded: then the
      // longest run of its cells that does is quoted.
      const quote = whole && !this.isVerbatim(s.docId, whole) ? this.longestVerbatimCells(s.docId, whole) : whole;
      if (!quote || seen.has(quote) || !this.isVerbatim(s.docId, quote)) continue;
      seen.add(quote);
      const locator = formatLocator(s.locator);
      out.push({
        docId: s.docId,
        title: doc.meta.title,
        date: doc.meta.date,
        locator,
        quote,
        ...(this.docsBaseUrl ? { url: sourceUrl(this.docsBaseUrl, doc.relPath, s.locator.page) } : {}),
      });
      if (out.length >= max) break;
    }
    return out;
  }

  private reply(question: string, query: TypedQuery, found: boolean, text: string, spans: Span[], mode: AnswerMode, rows?: DocRecord[], maxCitations = 8): EngineAnswer {
    // A quote from a draft that a reviewer's note under it corrects is shown with the note.
    if (found) {
      const notes = this.notesOn(spans.slice(0, maxCitations));
      if (notes.length) {
        const lines = notes.map((n) => `• Note under it: “${(this.text(n.docId) ?? "").slice(n.start, n.end)}” (${this.placeOf(n)})`).join("\n");
        text = text.length + lines.length + 2 > MAX_ANSWER_CHARS ? `${text.slice(0, Math.max(0, MAX_ANSWER_CHARS - lines.length - 3))}…\n${lines}` : `${text}\n${lines}`;
        spans = [...spans.slice(0, Math.max(0, maxCitations - notes.length)), ...notes];
      }
    }
    const citations = found ? this.citationsFor(spans, maxCitations) : [];
    const answer = Answer.parse({
      question,
      found,
      answer: text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS - 1)}…` : text,
      citations,
      ...(rows?.length ? { rows: rows.map(publicRow) } : {}),
      mode,
    });
    return { ...answer, query };
  }
}

/**
 * The kinds of document a question names ("report", "agenda", "meeting", "minutes", "paper", "membership"),
 * as groups in order of preference.
 */
function kindsNamed(question: string): DocMeta["kind"][][] {
  const groups: DocMeta["kind"][][] = [];
  if (/\bminutes\b/i.test(question)) groups.push(["minutes"]);
  if (/\bagendas?\b|\bmeetings?\b|\bpacks?\b/i.test(question)) groups.push(["board agenda pack", "minutes", "board paper"]);
  if (/\bpapers?\b/i.test(question)) groups.push(["board paper", "board agenda pack"]);
  if (/\bmembership\b|\bterms of reference\b/i.test(question)) groups.push(["membership"]);
  if (/\breports?\b|\bscorecard\b|\bupdate\b/i.test(question)) groups.push(["performance report"], ["report"]);
  return groups;
}

/** A part of a scheme asked by its number, as otherPartOnly names it: "round 3", "phase 2". */
const NUMBERED_PART_ASKED = /^(?:round|phase|tranche|wave|cohort) \d{1,2}$/;
/** A sum given after a part's name: "round 3 (opening in September 2113) would have £1,103,500". */
function sumOfPart(part: string): RegExp {
  return new RegExp(`\\b${part.replace(/\s+/g, "\\s+")}\\b[^.;]*?£\\s?\\d`, "i");
}

/** "How much will round 3 have?": a sum of money. */
const ASKS_AMOUNT = /\bhow much\b|\bwhat (?:sum|amount)\b|\bworth\b|\bvalue of\b/i;

/** A question asking the time of day something happened or happens. */
const ASKS_TIME = /\bwhat time\b|\bat what time\b|\bwhat hour\b/i;
/** A time of day as papers write it: "08:54 AM", "10.30am", "2pm". */
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b/i;

/**
 * Whether a finding gives a date: for table rows, in a cell's value or as the row's label ("19 March 2026"
 * over a forward plan's items), not in a longer column header ("Spent to 30 June" dates no event); else in its lines.
 */
function findingHoldsDate(finding: Finding): boolean {
  // (A column that is itself a date, "May" or "Q2", is one: "which month had the most places booked?".)
  const isDate = (label: string) => holdsDate(label, { grain: "month" }) && label.trim().split(/\s+/).length <= 3;
  if (finding.rows.length && finding.rows.every((r) => r.type === "cell")) return finding.rows.some((r) => r.type === "cell" && (holdsDate(r.value) || holdsDate(r.rowLabel, { grain: "month" }) || isDate(r.column)));
  // (A heading line dates the report the rows come from, not what is asked.)
  const bullets = finding.lines.filter((l) => /^\s*•/.test(l));
  // (Nor does a quarter's column beside its figure, "Q1: 79%; Q2: 74%", say when something happened.)
  return holdsDate((bullets.length ? bullets : finding.lines).join("\n").replace(/\b(?:q[1-4]|quarter [1-4])(?:\s+\d{4}\/\d{2})?:\s/gi, " "));
}

/** A record as shown in `rows`: without internal offsets. */
function publicRow(r: DocRecord): Record<string, unknown> {
  const { sourceStart: _s, ...rest } = r as DocRecord & { spans?: unknown; statusOffset?: unknown };
  const out: Record<string, unknown> = { ...rest };
  delete out.spans;
  delete out.statusOffset;
  return out;
}

export function sourceUrl(base: string, relPath: string, page?: number): string {
  const url = `${base.replace(/\/+$/, "")}/${relPath.split("/").map(encodeURIComponent).join("/")}`;
  return page ? `${url}#page=${page}` : url;
}

/** The topic as the question wrote it ("LG Inform", not "lg inform"), when it is there word for word. */
function topicWordsLabel(topic: string, question: string): string {
  const label = topic.replace(/^\s*(?:brief me on|briefing on|summari[sz]e|tell me about)\s+/i, "").replace(/[?.!]+$/, "").trim();
  if (!label) return "this topic";
  const asWritten = new RegExp(label.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "i").exec(question);
  return asWritten ? asWritten[0] : label;
}

/**
 * The best `k` passages with no one paper or report part taking more than half of them: a paper that
 * uses the question's words throughout ("One Public Estate") must not crowd out the one sentence
 * elsewhere that answers ("will launch on 25th June at ...").
 */
/**
 * Within a board's own papers, the words of its name are in nearly every passage and pick out nothing: "the
 * quorum for the Winter Service Task Group" asks for "quorum", which the words of the name would outvote.
 * Only a name the question gives with its body ("… task group", "… panel"), so that words it shares with a
 * topic ("how many public toilets closed?") stay; and only when some other word is left to search by.
 */
function withoutBoardName(question: string, board: string): string {
  const nameWords = board.split(/\s+/);
  const body = nameWords[nameWords.length - 1]!.toLowerCase();
  if (!new RegExp(`\\b${escapeRegExp(body)}s?\\b`, "i").test(question)) return question;
  const stems = new Set(contentWords(board).map(stem));
  const inName = (w: string) => stems.has(stem(w)) || stems.has(stem(w.replace(/-/g, "")));
  const asked = contentWords(question);
  // (Named by its kind alone, "when does the panel look at it?", the body is the one acting: its word stays.)
  if (!asked.some((w) => inName(w) && stem(w) !== stem(body))) return question;
  const left = asked.filter((w) => !inName(w) && !isAskingWord(w) && !isFrameWord(w));
  if (left.length === 0) return question;
  return question
    .replace(/[\p{L}\p{N}'’-]+/gu, (w) => (w.split("-").every((part) => !part || inName(part)) && contentWords(w).length > 0 ? " " : w))
    .replace(/\s+/g, " ")
    .trim();
}

export /**
 * A question's second part, asked after "and" (or a question mark) with a question word of its own: "…
 * and how many came to the first one?", "…? who do I ask about it".
 */
const SECOND_PART =
  /^(.{12,}?\S)\s*(?:[,;?]\s*(?:and\s+|also\s+|plus\s+|&\s+|\+\s+)?|\s+-\s+|\s+(?:and|also|plus|&|\+)\s+)((?:who|whom|whose|what|whats|what's|when|where|why|how|which|is|are|was|were|has|have|did|does|do|can)\b[^?]{8,}\??)\s*$/i;

export function diversify(ranked: Passage[], k: number): Passage[] {
  const cap = Math.max(2, Math.ceil(k / 2));
  const perSection = new Map<string, number>();
  const chosen: Passage[] = [];
  const held: Passage[] = [];
  // Each ranking's very best hits are kept whatever their fused rank: a chunk only the words' search finds
  // (the one paragraph naming a "quorum"), which the local embeddings rank nowhere, would otherwise fall
  // behind chunks that both rank middling.
  const top = Math.max(1, Math.floor(k / 6));
  const firsts = ranked.filter((p) => (p.bm25Rank ?? Infinity) <= top || (p.vectorRank ?? Infinity) <= top);
  for (const p of [...firsts, ...ranked.filter((p) => !firsts.includes(p))]) {
    const key = `${p.chunk.docId}\u0000${p.chunk.locator.section[0] ?? ""}`;
    const n = perSection.get(key) ?? 0;
    if (n < cap) {
      chosen.push(p);
      perSection.set(key, n + 1);
    } else held.push(p);
    if (chosen.length === k) break;
  }
  // Too few other sections to fill up with: the held-back passages of the crowded one fill in.
  return [...chosen, ...held].slice(0, k).sort((a, b) => b.score - a.score);
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, "")}…`;
}

/**
 * Clip a long passage to the stretch that answers: from the sentence (or table cell) with most of the
 * question's words, a figure counting for a question after one, rather than from its start.
 */
function clipToAnswer(text: string, max: number, words: string[], wantsFigure: boolean): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const pieces = t.split(/(?<=[.!?;])\s+(?=[A-Z0-9"“‘(£•-])|\s(?=\|\s)/);
  const asked = new Set(words.map(stem));
  const value = (p: string) => new Set(contentWords(p).map(stem).filter((w) => asked.has(w))).size + (wantsFigure && /\d/.test(p.replace(/\b(?:19|20)\d{2}\b/g, "")) ? 1.5 : 0);
  let best = 0;
  pieces.forEach((p, i) => {
    if (value(p) > value(pieces[best]!)) best = i;
  });
  if (best === 0) return clip(t, max);
  let out = pieces[best]!;
  for (let i = best + 1; i < pieces.length && out.length + pieces[i]!.length + 1 <= max; i++) out = `${out} ${pieces[i]}`;
  return `…${clip(out, max)}`;
}

/** Join answer lines, dropping trailing lines (and saying so) to stay within the screen limit. */
export function fitLines(all: string[], max = MAX_ANSWER_CHARS - 40): string {
  // (A passage bullet given twice, two sentences of one short paragraph each shown whole, is shown once.)
  const lines = all.filter((l, i) => !l.startsWith("• ") || all.indexOf(l) === i);
  const out: string[] = [];
  let size = 0;
  for (const [i, line] of lines.entries()) {
    if (size + line.length + 1 > max) {
      // (A first line too long on its own is cut, not dropped: an answer is never only "…and 1 more line".)
      if (out.length === 0) {
        out.push(`${line.slice(0, max - 80).replace(/\s+\S*$/, "")}…`);
        if (i + 1 < lines.length) out.push(`…and ${lines.length - i - 1} more line${lines.length - i - 1 === 1 ? "" : "s"} (see the sources).`);
        break;
      }
      out.push(`…and ${lines.length - i} more line${lines.length - i === 1 ? "" : "s"} (see the sources).`);
      break;
    }
    out.push(line);
    size += line.length + 1;
  }
  return out.join("\n");
}

/**
 * The vocabulary questions are read with, from the corpus's facts. A defined abbreviation is spelt out
 * when it is rare enough to need it; an acronym made of a name's initials (or a title's) only when the
 * papers never use it themselves.
 */
function vocabularyOf(facts: CorpusFacts, worthExpanding: (abbreviation: string) => boolean, isUnused: (abbreviation: string) => boolean): Vocabulary {
  const abbreviations = new Map<string, string>();
  for (const [a, long] of facts.defined) if (!abbreviations.has(a) && worthExpanding(a)) abbreviations.set(a, long);
  for (const [a, long] of [...facts.implied, ...facts.titles]) if (!abbreviations.has(a) && isUnused(a)) abbreviations.set(a, long);
  const { people, boards, councils, minutesBoards, statusLabels, meetingDays, paperMonths, riskRefs, targetRefs } = facts;
  return { people, boards, abbreviations, councils, minutesBoards, statusLabels, meetingDays, paperMonths, riskRefs, targetRefs };
}

/**
 * The count a "how many <things>" question asks for, when the best passage writes it in words before
 * those things ("Twenty-three councils applied"): its value, the things as written, the words quoted.
 */
function countInWords(question: string, sentences: Sentence[]): { value: number; noun: string; phrase: string } | undefined {
  const asked = /\bhow many\s+(?:of\s+the\s+)?([a-z][a-z-]+)/i.exec(question)?.[1];
  if (!asked) return undefined;
  const best = [...sentences].sort((a, b) => b.coverage - a.coverage)[0];
  if (!best) return undefined;
  const pattern = new RegExp(`(${NUMBER_IN_WORDS.source})\\s+((?:[\\w-]+\\s+){0,2}?[\\w-]+)`, "gi");
  for (const m of best.text.matchAll(pattern)) {
    const noun = m[2]!.split(/\s+/).pop()!;
    if (stem(noun) !== stem(asked)) continue;
    const value = wordsToNumber(m[1]!);
    // (A figure beside it already says it.)
    if (value === undefined || new RegExp(`\\b${value}\\b`).test(best.text)) return undefined;
    return { value, noun: m[2]!, phrase: m[0] };
  }
  return undefined;
}

/** Initials a board is named by in some record ("HSTTG") -> the board's name, where the papers define them. */
function boardsByInitials(facts: CorpusFacts): Map<string, string> {
  const known = new Set(facts.boards.map((b) => b.toLowerCase()));
  const out = new Map<string, string>();
  for (const [short, long] of [...facts.defined, ...facts.implied, ...facts.titles]) {
    if (/^[A-Z][A-Z&]{1,9}$/.test(short) && known.has(short.toLowerCase()) && known.has(long.toLowerCase()) && !out.has(short)) out.set(short, long);
  }
  return out;
}

/** Records with a board named by its initials given the board's name. */
function withBoardsSpelt<R extends DocRecord>(records: R[], names: Map<string, string>): R[] {
  if (names.size === 0) return records;
  return records.map((r) => ("board" in r && typeof r.board === "string" && names.has(r.board) ? { ...r, board: names.get(r.board)! } : r));
}

/** A value kept per key, computed the first time it is asked for. */
function remembered<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute()));
  return value;
}

/**
 * A follow-up ("and which were Amber?", "what about 2013?") keeps what the previous question established
 * unless it says otherwise: the kind of question, the period, the subject.
 */
export function mergeFollowUp(previous: TypedQuery, current: TypedQuery): TypedQuery {
  const elliptical = /^\s*(?:and|what about|how about|same for|and the|also|then)\b/i.test(current.question) || current.question.split(/\s+/).length <= 5;
  if (!elliptical) return current;
  const structuredBefore = previous.intent !== "free_text";
  const intent = current.intent === "free_text" || (structuredBefore && sameFamily(previous.intent, current.intent)) ? previous.intent : current.intent;
  return {
    ...current,
    intent: current.statuses.length && intent === "target_status" && !current.refs.length ? "list_by_status" : intent,
    periods: current.periods.length ? current.periods : previous.periods,
    topic: current.topic || (current.refs.length ? "" : previous.topic),
    refs: current.refs.length ? current.refs : current.statuses.length ? [] : previous.refs,
    statuses: current.statuses,
    ...(current.board ?? previous.board ? { board: current.board ?? previous.board } : {}),
    ...(current.person ?? previous.person ? { person: current.person ?? previous.person } : {}),
    ...(current.role ?? previous.role ? { role: current.role ?? previous.role } : {}),
    ...(current.paperField ?? previous.paperField ? { paperField: current.paperField ?? previous.paperField } : {}),
  };
}

function sameFamily(a: TypedQuery["intent"], b: TypedQuery["intent"]): boolean {
  const families = [["list_by_status", "target_status", "target_lead", "comparison"], ["membership", "person", "attendance"], ["paper", "agenda", "meeting", "minutes"]];
  return families.some((f) => f.includes(a) && f.includes(b));
}
