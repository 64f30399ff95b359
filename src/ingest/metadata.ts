/**
 * Document metadata from the content: a stable id, kind, title, board or committee, the meeting date of
 * agendas, papers and minutes, and the periods a report covers. What the file says about itself (its
 * `<title>`, Word properties, front matter) is weighed with what its text says. An optional sidecar
 * `<file>.meta.json` adds or overrides any field; an unknown key there is a warning, not a failure.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { z } from "zod";
import { emailHeader, headingWords, type Block, type StructuredDoc } from "./structure.js";
import {
  MONTH_PATTERN,
  fileNameDay,
  findFullDate,
  financialQuarter,
  financialYearOf,
  fullYear,
  humanDate,
  isoMonth,
  monthNumber,
  normaliseFinancialYear,
  parseSlashDate,
} from "../util/dates.js";
import { AUDIT_LINE, BODY_NAME_LINE, BODY_WORDS, POLITICAL_GROUP, RECORDING_CHAPTER, SPEAKER_STAMP, TITLE_FIELD, columnRole, fieldNameWords, labelField, ratingOf } from "./vocabulary.js";
import { ratingCells } from "./records/context.js";

export const DocKind = z.enum(["performance report", "board agenda pack", "board paper", "minutes", "membership", "report"]);
export type DocKind = z.infer<typeof DocKind>;

/** A period a document covers: the meeting day, a report's quarter, month or year. */
export const CoveredPeriod = z.object({
  kind: z.enum(["day", "month", "quarter", "financial_year"]),
  /** "2020-01-23" for a day, "2020-12" for a month. */
  iso: z.string().optional(),
  financialYear: z.string().optional(),
  quarter: z.number().int().min(1).max(4).optional(),
});
export type CoveredPeriod = z.infer<typeof CoveredPeriod>;

export const DEFAULT_PUBLISHER = "Local Government Association";

export const DocMeta = z.object({
  docId: z.string(),
  title: z.string(),
  /** ISO date of the meeting ("2018-03-22") or the month the report period ends ("2019-03"). */
  date: z.string(),
  /** How people name the period: "22 March 2018", "March 2019", "Q1 2013/14", "2018/19". */
  period: z.string(),
  /** UK financial / municipal year the date falls in: "2018/19". */
  financialYear: z.string(),
  kind: DocKind,
  board: z.string().optional(),
  /** Who published it, for citation lines. */
  publisher: z.string().optional(),
  /** The periods the document covers (what period words in a question are matched against). */
  covers: z.array(CoveredPeriod).default([]),
});
export type DocMeta = z.infer<typeof DocMeta>;

/** A name as a file name spells it: lower-case words joined by hyphens, without "and", "of", "the". */
const fileSlug = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !/^(?:and|of|the|for)$/.test(w))
    .join("-");

/**
 * A document whose text names no board is the board's whose name its file name begins with, as the
 * other documents give that name ("heat-networks-commission-email-…" of the Heat Networks Commission): an
 * e-mail or a paper's appendix often says only "the Commission". (The longest board name that fits.)
 */
export function withBoardsFromFileNames<T extends { meta: DocMeta }>(docs: T[]): T[] {
  const named = [...new Set(docs.map((d) => d.meta.board).filter((b): b is string => !!b))].map((board) => ({ board, slug: fileSlug(board) }));
  // (Or by its initials, "phiftg-attendance-…", as a board's papers shorten its name; and a document whose
  // board is only those initials, "PHIFTG: Chair's urgent decision …", is that board's. Initials that two
  // boards share name neither.)
  const initials = (slug: string) => slug.split("-").map((w) => w[0]).join("");
  const byInitials = (letters: string) => {
    const fits = named.filter((b) => b.slug.includes("-") && initials(b.slug) === letters);
    return letters.length >= 3 && fits.length === 1 ? fits[0] : undefined;
  };
  const spelledOut = (board: string) => (/^[A-Z]{3,8}$/.test(board) ? byInitials(board.toLowerCase()) : undefined);
  const boards = named.filter((b) => !spelledOut(b.board)).sort((a, b) => b.slug.length - a.slug.length);
  return docs.map((d) => {
    if (d.meta.board) {
      const spelled = spelledOut(d.meta.board);
      return spelled ? { ...d, meta: { ...d.meta, board: spelled.board } } : d;
    }
    const id = fileSlug(d.meta.docId);
    const named = boards.find((b) => b.slug && (id === b.slug || id.startsWith(`${b.slug}-`))) ?? byInitials(id.split("-")[0]!);
    return named ? { ...d, meta: { ...d.meta, board: named.board } } : d;
  });
}

/** A stable id from the file name: lower case, words joined by hyphens. */
export function docIdFromPath(path: string): string {
  return basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// ---------------------------------------------------------------------------------------------------
// Board

// ("Home to School Transport Task Group": "to" joins its words as "and" and "of" do; not in "Report to
// the Resources Board", where it says whom a paper is for.)
const ADDRESSED = String.raw`(?:Reports?|Presented|Submitted|Papers?|Letters?|Notes?|Updates?|Responses?|Welcome|Submissions?|Evidence|Introduction|Reply|Referred|Reported|Recommendations?|Apologies|Minutes|Due|Going|Briefing|Contributions?|Changes|Appointments?|Nominations?|Delegated|Escalated|Sent|Return(?:ed)?)`;
// ("Children Not in School Task Group": "in" joins them too, before a name's word, not "in the …".)
const BOARD_NAME = new RegExp(`((?:[A-Z][\\w'’,-]*\\s+(?:(?:and|&|of|for|the|(?<!\\b${ADDRESSED}\\s+)to|(?<=\\bNot\\s+)in(?=\\s+[A-Z]))\\s+)?){1,7}?(?:${BODY_WORDS}))\\b`);
const BOARD_LINE = BODY_NAME_LINE;
/** Not a board: the board's own members, or a group of people in a sentence. */
const NOT_A_BOARD = /^(?:LGA|The|A|Our|This|Each|Political|Working|Project|Steering|Advisory|Member|Members|Officer|Task)\s+(?:Group|Board|Committee|Panel)$/i;

function tidyBoard(name: string): string | undefined {
  let b = name.replace(/\s+&\s+/g, " and ").replace(/\s+/g, " ").trim();
  for (let previous = ""; previous !== b; ) {
    previous = b;
    // (Or a heading about the body, "About the Task Group", "Welcome to the Panel".)
    b = b.replace(/^(?:the|agenda for|agenda of|minutes of|meeting of|report to|lga|about|welcome to|joining|introducing)\s+/i, "");
    // (A post held on the board, as a signature gives it: "Chair, LGA Bus Services … Task Group".)
    b = b.replace(/^(?:(?:vice|deputy)[- ]?)?(?:chair(?:man|woman|person)?|member|lead member|clerk|secretary)\s*,\s+/i, "");
  }
  // (Nor is a party's group on the council, "Conservative Group", as a member's card gives it.)
  if (NOT_A_BOARD.test(b) || POLITICAL_GROUP.test(b) || b.split(" ").length < 2) return undefined;
  return b;
}

function findBoard(doc: StructuredDoc, titles: string[]): string | undefined {
  const board = boardNamed(doc, titles) ?? boardInitialsOfTitle(titles);
  // (Any title opening with a body's initials that the document spells out: "DWBTG members' handbook" of
  // "the Domestic Wood Burning Task Group (DWBTG)".)
  // (A group's initials only, "…TG", "…SG", "…WG": an outside body's, "CCG", "LEP", is no board of these papers.)
  if (!board) return titles.map((t) => GROUP_INITIALS.exec(t.trim())?.[1]).filter((i): i is string => !!i).map((i) => initialsSpelledOut(i, doc)).find(Boolean);
  return spelledOut(board, doc) ?? (/^[A-Z]{2,8}$/.test(board) ? initialsSpelledOut(board, doc) : undefined) ?? board;
}

/** Kinds of body a name ends in, as initials end in their letters ("AFCTG": … Task Group). */
const BODY_KIND = /\b(task group|working group|steering group|task and finish group|board|committee|panel|group|forum|commission)\b/gi;
/** Words a body's name may hold that its initials leave out. */
const NAME_SMALL_WORDS = /^(?:and|&|of|for|the|in|on)$/i;

/**
 * A body known by its initials alone ("Draft minutes AFCTG 14 November") named in full where the document
 * gives the name whose words those are the initials of ("ARMED FORCES COVENANT TASK GROUP" over the minutes).
 */
function initialsSpelledOut(initials: string, doc: StructuredDoc): string | undefined {
  const acronyms = acronymsOf(doc);
  for (const b of doc.blocks.slice(0, 300)) {
    if (b.text.length > 400) continue;
    for (const hit of b.text.matchAll(BODY_KIND)) {
      const before = b.text.slice(0, hit.index).trim().split(/\s+/).slice(-8);
      const kindWords = hit[1]!.split(/\s+/);
      for (let from = 0; from < before.length; from++) {
        const words = before.slice(from);
        if (!/^[A-Z]/.test(words[0]!) || words.some((w) => !/^[A-Z]/.test(w) && !NAME_SMALL_WORDS.test(w))) continue;
        const letters = [...words, ...kindWords].filter((w) => !NAME_SMALL_WORDS.test(w)).map((w) => w[0]!.toUpperCase()).join("");
        if (letters === initials) return tidyBoard(unshout([...words, hit[1]!].join(" "), acronyms));
      }
    }
  }
  return undefined;
}

/** A body's initials, ending in its kind's ("PASTG": a task group, "CWB": a board), opening a title. */
const BODY_INITIALS = /^([A-Z]{2,6}(?:TG|SG|B|C|P|G|F))\b(?![-'’])/;
/** A task, steering or working group's initials opening a title: "DWBTG members' handbook". */
const GROUP_INITIALS = /^([A-Z]{2,6}(?:TG|SG|WG))\b(?![-'’])/;
/** A title of a meeting's own papers: notes, minutes, an agenda, actions. */
const MEETING_TITLE_WORDS = /\b(?:minutes|notes|agenda|meeting|mtg|actions)\b/i;

/**
 * A meeting's notes titled by their body's initials only, "PASTG 16/2 – notes for minutes", are that body's;
 * the initials are spelt out where another paper gives the full name.
 */
function boardInitialsOfTitle(titles: string[]): string | undefined {
  const title = titles.find((t) => MEETING_TITLE_WORDS.test(t))?.trim().replace(/^(?:(?:subject|re|fw|fwd)\s*:\s*)+/i, "");
  if (!title) return undefined;
  // (Or after what the meeting's paper is, as an e-mail's subject says it: "Draft minutes AFCTG 14 November".)
  return BODY_INITIALS.exec(title)?.[1] ?? /^(?:[Dd]raft\s+)?(?:[Mm]inutes|[Nn]otes|[Aa]genda|[Aa]ctions)\s+(?:of\s+(?:the\s+)?)?([A-Z]{2,6}(?:TG|SG|B|C|P|G|F))\b(?![-'’])/.exec(title)?.[1];
}

/**
 * A board named by its initials ("BSCT Task Group") spelt out where the document gives its full name ("LGA
 * Bus Services and Concessionary Travel Task Group – membership"), so that it is one board with the papers
 * that use the full name.
 */
function spelledOut(board: string, doc: StructuredDoc): string | undefined {
  const m = /^([A-Z]{2,6})\s+(.+)$/.exec(board);
  if (!m) return undefined;
  const [, initials, kind] = m;
  const full = new RegExp(`\\b((?:[A-Z][\\w'’-]*\\s+(?:(?:and|&|of|for|the|in)\\s+)?){2,8}?)${kind!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
  for (const b of doc.blocks.slice(0, 60)) {
    for (const hit of b.text.matchAll(full)) {
      const words = hit[1]!.trim().split(/\s+/).filter((w) => /^[A-Z]/.test(w));
      // (Words before the name's own, "LGA Bus Services …": the initials are those of its last words.)
      // (The initials may take in the kind's own, "FECTG Task Group".)
      const kindInitials = kind!.split(/\s+/).map((w) => w[0]).join("");
      const tokens = hit[1]!.trim().split(/\s+/);
      for (let from = 0; from < words.length; from++) {
        const own = words.slice(from).map((w) => w[0]).join("");
        // (Or of all its words, "CNIS" of "Children Not in School".)
        const all = tokens.slice(tokens.indexOf(words[from]!)).map((w) => w[0]!.toUpperCase()).join("");
        if (own === initials || own + kindInitials === initials || all === initials) return tidyBoard(`${tokens.slice(tokens.indexOf(words[from]!)).join(" ")} ${kind}`);
      }
    }
  }
  return undefined;
}

function boardNamed(doc: StructuredDoc, titles: string[]): string | undefined {
  const fromFields = doc.hints?.fields?.board ?? doc.hints?.fields?.committee ?? doc.hints?.fields?.panel;
  if (fromFields) return tidyBoard(fromFields);
  const early = doc.blocks.slice(0, 40);
  const meeting = early.map((b) => /there will be a meeting of the (.+?)\s+(?:at|on|in)\s/i.exec(b.text)?.[1]).find(Boolean);
  if (meeting) return tidyBoard(meeting);
  // A field that names the body ("Body: Registration and Ceremonies Panel, Local Government Association").
  // (Or a two-cell row of a box of facts, a wiki's infobox: "Body | Animal Welfare and Stray Dogs Panel".)
  // (Or the body a data platform's report was made for: "For: Learning Disability and Autism Panel, 15 March …".)
  const BODY_LABEL = /^(?:body|board|committee|panel|meeting(?: of)?|(?:prepared |produced |made )?for)$/i;
  const rowField = (text: string) => {
    const cells = text.split(/\s+\|\s+/);
    return cells.length === 2 && BODY_LABEL.test(cells[0]!.trim()) ? cells[1]!.trim() : undefined;
  };
  // (Or a line an export writes in lower case: "body: Bus Services and Concessionary Travel Task Group; periods …".)
  const lineField = (text: string) => /^(?:body|board|committee|panel)\s*:\s*(.+)$/i.exec(text)?.[1];
  const field =
    early.find((b) => b.label?.value && BODY_LABEL.test(b.label.name.trim()) && BOARD_NAME.test(b.label.value))?.label!.value! ??
    early.map((b) => (b.kind === "row" ? rowField(b.text) : lineField(b.text))).find(Boolean);
  const fieldBoard = field ? BOARD_NAME.exec(field)?.[1] : undefined;
  if (fieldBoard && tidyBoard(fieldBoard)) return tidyBoard(fieldBoard);
  for (const t of titles) {
    const named = [...t.matchAll(new RegExp(BOARD_NAME.source, "g"))].map((m) => tidyBoard(m[1]!)).filter((b): b is string => !!b);
    // (A web page's title of two bodies, its site's and its own, "Rivers Network - Weirs Task Group": the one
    // its first line names too is the page's.)
    const board = named.length > 1 ? (named.find((b) => titles.some((o) => o !== t && o.includes(b))) ?? named[0]) : named[0];
    if (board) return board;
  }
  // (Or a line naming the body before what the page is, "Weirs Task Group: notes of the meeting of …".)
  const headed = early.map((b) => (b.kind !== "row" ? /^([^:]{5,90}):\s+(?:draft\s+)?(?:minutes|notes|agenda) of\b/i.exec(b.text.replace(/\*/g, ""))?.[1]?.trim() : undefined)).find((t) => !!t && BOARD_LINE.test(t) && !!tidyBoard(t));
  if (headed) return tidyBoard(headed);
  // (Or one part of a line of parts: "Coastal Change and Seaside Towns Panel · Wednesday 2 December 2043 · Item 4".)
  // (Or of commas, when another part is the item or the day: "Animal Welfare Panel, Item 4, 27 November 2058".)
  const commaParts = (text: string) => {
    const parts = text.split(/,\s+/);
    // (The body's name, not a phrase about it: "Prepared for the Task Group, 15 October 2031" names none.)
    // (Or a meeting's line, "Weirs Task Group, Monday 7 March 2101, 2pm. The Mill Room, …": its day second.)
    const named = parts.length >= 2 && parts.length <= 6 && !/\b(?:for|to|by|with|from|of)\s+the\b/i.test(parts[0]!);
    const dayOrItem = (p: string) => /^(?:agenda\s+)?item\s+\d|^(?:[A-Z][a-z]+day\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$/i.test(p.trim());
    return named && (parts.length <= 4 ? parts.slice(1).some(dayOrItem) : dayOrItem(parts[1]!)) ? parts.slice(0, 1) : [];
  };
  // (A line naming the body, then a dash and its meeting's day.)
  const dayParts = (text: string) => (/\s[–—-]\s(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b/.test(text) ? [text] : []);
  // (Each part as far as a dash before what the page is: "Coastal … Panel – minutes, 14 March 2096".)
  const part = early
    .flatMap((b) => (b.kind !== "row" && /\s[·•|]\s/.test(b.text) ? b.text.split(/\s[·•|]\s/) : b.kind !== "row" ? [...commaParts(b.text), ...dayParts(b.text)] : []))
    // (Or as far as a dash before the day: "Electric Vehicle Charging Task Group – Tuesday 18 September 2136, hosted by …".)
    .flatMap((t) => [t, t.split(/\s[–—-]\s(?=(?:draft\s+)?(?:minutes|agenda|notes?|action notes?|decisions?)\b|(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b)/i)[0]!])
    .find((t) => BOARD_LINE.test(t.trim()));
  if (part && tidyBoard(part.trim())) return tidyBoard(part.trim());
  // (Of a line about the board, "News for members of the LGA Urban Trees Working Group", its name.)
  const lineBoard = early.map((b) => (b.kind !== "row" && BOARD_LINE.test(b.text) ? tidyBoard(BOARD_NAME.exec(b.text)?.[1] ?? b.text) : undefined)).find(Boolean);
  if (lineBoard) return lineBoard;
  // A report made to a board ("Report to Leadership Board, 10 February 2021").
  // (Or a front sheet's field, "Report to: Cosmetic Procedures and Body Art Task Group".)
  // (Not a rule in a register's prose, "a risk above 9 is reported to the Board": where its risks
  // go, not whose it is.)
  const reported = early.map((b) => new RegExp(`(?<!\\b(?:is|are|be|been|being|was|were)\\s)\\b[Rr]eport(?:ed)? to:? (?:the )?((?:[A-Z][\\w'’-]*\\s+(?:(?:and|&|of|for|the)\\s+)?){0,7}?(?:${BODY_WORDS}))\\b`).exec(b.text)?.[1]).find(Boolean);
  if (reported) return tidyBoard(reported);
  // A note of a meeting that says whose ("… of yesterday's meeting of the Rural Bus Services Task Group").
  const meetingOf = early.map((b) => new RegExp(`\\bmeeting of the ((?:[A-Z][\\w'’,-]*\\s+(?:(?:and|&|of|for|the)\\s+)?){1,7}?(?:${BODY_WORDS}))\\b`).exec(b.text)?.[1]).find(Boolean);
  if (meetingOf) return tidyBoard(meetingOf);
  // An export's column of the body each row belongs to ("Committee"), when every row names the same one.
  for (const t of doc.tables) {
    const at = t.header.findIndex((h) => /^(?:committee|board|body|panel)$/i.test(h.trim()));
    if (at < 0) continue;
    const named = new Set(t.rows.map((r) => doc.blocks[r]?.cells?.[at]?.trim()).filter(Boolean));
    const only = named.size === 1 ? [...named][0]! : undefined;
    if (only && BOARD_LINE.test(only) && tidyBoard(only)) return tidyBoard(only);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Title

const SITE_SUFFIX = /\s+[-|–—]\s+[^-|–—]{3,60}$/;
const PUBLISHER_LIKE = /^(?:the\s+)?(?:local government association|lga|[\w\s]+ council|gov\.uk|modern\.gov)$/i;
const NOT_TITLES = /^(?:skip to .*|contents|agenda|minutes|agenda and minutes|home|menu|search|cookies?.*|report|index|page \d+)$/i;

function acceptableTitle(t: string | undefined): string | undefined {
  const title = t?.replace(/\s+/g, " ").trim();
  if (!title || title.length > 160 || PUBLISHER_LIKE.test(title) || NOT_TITLES.test(title)) return undefined;
  // (A text browser's dump opens with the page's link tags, "#[1]alternate [2]… news", and its menu, each
  // link numbered, "[3]Skip to main content": links, not the page's title.)
  if (/^#?\[\d{1,4}\]/.test(title)) return undefined;
  // (A database query's or table's name, "qryPPSP_Membership_2104_05", is what it holds, in words.)
  const dbObject = /^(?:qry|tbl|rpt|vw)_?(?=[A-Z])([A-Za-z0-9_]+)$/.exec(title)?.[1];
  if (dbObject) return dbObject.replace(/(\d{4})_(\d{2})\b/g, "$1/$2").replace(/_/g, " ").trim();
  // (A file's name left as a page's title, "adaptations_budget_monitoring_2081_82_q2", names no paper.)
  if (/^[\w.-]+$/.test(title) && /_/.test(title)) return undefined;
  return title;
}

/** The file's own title, without a site name after a dash ("… - Local Government Association"). */
function hintTitle(doc: StructuredDoc): string | undefined {
  const raw = doc.hints?.title;
  if (!raw) return undefined;
  const suffix = SITE_SUFFIX.exec(raw);
  const site = suffix?.[0].replace(/^\s+[-|–—]\s+/, "") ?? "";
  // (A site's name: the publisher's, a portal's, or whatever follows the page's own heading.)
  const ownHeading = suffix && doc.blocks.slice(0, 6).some((b) => b.kind === "heading" && b.text.trim() === raw.slice(0, suffix.index).trim());
  // ("Water Resilience Commission – Quarterly performance report": a body's name, then what the page is.)
  const bodyThenWhat = !!suffix && BOARD_LINE.test(raw.slice(0, suffix.index).trim()) && !BOARD_LINE.test(site.trim());
  const siteLike = PUBLISHER_LIKE.test(site) || /\b(?:LGA|portal|website|site|intranet|gov\.uk)\b/i.test(site);
  const trimmed = suffix && (siteLike || (ownHeading && !bodyThenWhat)) ? raw.slice(0, suffix.index) : raw;
  return acceptableTitle(trimmed);
}

/** The first line of the document, when it reads like a title rather than a page furniture line. */
/** A web page's title without the site's name after a bar ("Meeting of … | LGA – committee pages"). */
function withoutSiteName(title: string | undefined): string | undefined {
  const [page] = title?.split(/\s+\|\s+/) ?? [];
  return page && page.split(/\s+/).length >= 3 ? page : title;
}

function firstTitleLine(doc: StructuredDoc): string | undefined {
  // An email's title is its subject, not its sender.
  const subject = emailHeader(doc)?.subject;
  if (subject) return acceptableTitle(subject);
  for (const b of doc.blocks.slice(0, 12)) {
    if (b.kind === "row") {
      if (b.cells!.filter((c) => c).length > 1) return undefined;
      continue;
    }
    if (b.label && !b.label.value) continue;
    // A record that names itself in a field ("Document: Decision log …", "Title: …").
    if (b.label?.value && TITLE_FIELD.test(b.label.name.trim())) {
      const named = acceptableTitle(b.label.value);
      if (named) return named;
    }
    // Front matter lines ("title: …") are the file's, not its first line.
    if (doc.hints?.fields && /^[a-z_][\w-]*:\s/.test(b.text)) continue;
    const t = acceptableTitle(b.text);
    if (t) {
      const acronyms = acronymsOf(doc);
      const title = unshout(t, acronyms);
      // A body's name alone ("FIRE SERVICES MANAGEMENT COMMITTEE") over what the document is
      // ("Membership and attendance record 2022/23"): the title is both.
      const next = doc.blocks[b.index + 1];
      // (A short line in capitals under it reads as a heading: "FORWARD PLAN OF KEY DECISIONS".)
      const headingLike = (x: Block | undefined) => !!x && !x.label && (x.kind === "heading" || (x.kind === "text" && x.text.length <= 80 && x.text === x.text.toUpperCase() && /[A-Z]{3}/.test(x.text)));
      const says = headingLike(next) ? acceptableTitle(next!.text) : undefined;
      // (Not a date line under the name: "16 March 2023".)
      const dateLine = !!says && !!findFullDate(says) && says.replace(/\b(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+day|[A-Z][a-z]+|\d{4})\b[\s,]*/g, "").length < 8;
      if (BOARD_LINE.test(title) && says && says.length <= 100 && !BOARD_LINE.test(unshout(says, acronyms)) && !dateLine) return `${title} – ${unshout(says, acronyms)}`;
      // A parent body's name over its sub-group's ("Licensing Reform Task and Finish Group") over what the
      // document is ("Terms of reference …"): the sub-group's name and what it is.
      const after = doc.blocks[b.index + 2];
      const subBody = next && next.kind !== "row" && !next.label && next.text.length <= 90 && BOARD_LINE.test(unshout(next.text.trim(), acronyms)) ? unshout(next.text.trim(), acronyms) : undefined;
      const describes = after && after.kind === "heading" && !after.label ? acceptableTitle(after.text) : undefined;
      if (BOARD_LINE.test(title) && subBody && describes && describes.length <= 100 && !BOARD_LINE.test(unshout(describes, acronyms)) && !findFullDate(describes)) return `${subBody} – ${unshout(describes, acronyms)}`;
      return title;
    }
    if (!PUBLISHER_LIKE.test(b.text) && !NOT_TITLES.test(b.text)) return undefined;
  }
  return undefined;
}

/**
 * A first line of one or two words ("To do", a kanban board's first lane) says less than a file name of
 * several ("pavement-parking-task-group-action-board-2031-06-20"): then the file name, its dates dropped,
 * is the title.
 */
function titleOrFileName(title: string | undefined, path: string): string | undefined {
  if (!title || title.split(/\s+/).length > 2) return title;
  return fileNameTitle(path) ?? title;
}

/** A file's name as a title, its dates dropped, when it has three words or more. */
function fileNameTitle(path: string): string | undefined {
  const words = basename(path, extname(path))
    .replace(/\b\d{4}(?:[-_]\d{1,2}){0,2}\b/g, " ")
    .split(/[-_\s]+/)
    .filter((w) => w && !/^\d+$/.test(w));
  if (words.length < 3) return undefined;
  const named = words.join(" ");
  return named.charAt(0).toUpperCase() + named.slice(1);
}

const SMALL_WORDS = new Set(["and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "by"]);

/** A title set in capitals, in the case it would be written in: "FIRE SERVICES MANAGEMENT COMMITTEE" -> "Fire Services Management Committee". */
function unshout(text: string, acronyms: Set<string> = new Set()): string {
  if (text !== text.toUpperCase() || !/[A-Z]{3}/.test(text)) return text;
  return text
    .split(" ")
    .map((word, i) => {
      // (An acronym the document writes in capitals in its prose stays one: "LGA".)
      if (acronyms.has(word)) return word;
      const w = word.toLowerCase();
      return i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(" ");
}

/**
 * Words written in capitals inside ordinary sentences of the document: its acronyms. A word in a run of
 * capitals is not one ("LOCAL DEMOCRACY AND ELECTIONS BOARD - FORWARD PLAN (continued)" is a shouted name).
 */
function acronymsOf(doc: StructuredDoc): Set<string> {
  const found = new Set<string>();
  const shouted = (w: string | undefined) => !!w && /^[A-Z]{2,}$/.test(w.replace(/[^A-Za-z]/g, ""));
  for (const b of doc.blocks.slice(0, 200)) {
    if (b.text === b.text.toUpperCase()) continue;
    const words = b.text.split(/\s+/);
    words.forEach((w, i) => {
      const bare = /^[(“"‘']?([A-Z]{2,6})[)”"’',.;:]*$/.exec(w)?.[1];
      if (bare && !shouted(words[i - 1]) && !shouted(words[i + 1])) found.add(bare);
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Dates and periods

interface Period {
  date: string;
  period: string;
  covers: CoveredPeriod[];
}

// (Nor an e-mail's "Sent:" header: when the message was sent, not the meeting its paper is for.)
// (Those words dating the text, "updated 4 January", "Published: 12/03/2047"; not "the updated action log".)
// (But "Papers published: … Panel, Thursday 11 February": the meeting whose papers they are.)
const DATE_IS_NOT_THE_MEETING = /\b(?<!\bpapers\s)(?:published|updated|printed|issued|modified|posted)\b(?=[^.\n]{0,45}\d)|\b(?:copyright|©)|^sent\s*:/i;

/** A front sheet's field naming the meeting or its day. */
const MEETING_FIELD = /^(?:meeting|meeting date|date of meeting|committee date)$/i;

/** The meeting date of an agenda, paper or minutes: in the title, the meeting sentence or the first lines. */
function meetingDate(doc: StructuredDoc, titles: string[]): string | undefined {
  const early = doc.blocks.slice(0, 40).filter((b) => !DATE_IS_NOT_THE_MEETING.test(b.text));
  const sentence = early.find((b) => /there will be a meeting of/i.test(b.text));
  const fields = doc.hints?.fields ?? {};
  // (An invitation's calendar event gives the meeting's day.)
  if (doc.hints?.event) return doc.hints.event.day;
  // (Front matter names the meeting, "meeting: Thursday 19 November 2026, 10.30 am", or dates the file.)
  // (A page's "last modified … on Sep 29, 2043" is not its meeting's day, in its title line either.)
  for (const text of [...titles.filter((t) => !DATE_IS_NOT_THE_MEETING.test(t)), sentence?.text, fields["meeting date"], fields.meeting, fields.date]) {
    const d = text ? meetingDayIn(text) : undefined;
    if (d) return d;
  }
  // A front sheet's meeting field, in words or in figures as a form writes it ("Meeting: … Task Group –
  // 18/09/2136"), before any other date of the first lines.
  for (const b of early) {
    if (!b.label?.value || !MEETING_FIELD.test(fieldNameWords(b.label.name.trim()))) continue;
    const slash = /\b(\d{1,2}\/\d{1,2}\/\d{4})\b/.exec(b.label.value)?.[1];
    const d = meetingDayIn(b.label.value) ?? (slash && parseSlashDate(slash));
    if (d) return d;
  }
  for (const b of early) {
    const d = meetingDayIn(b.text);
    if (d) return d;
  }
  return undefined;
}

/**
 * The meeting's day: the document's, or its file name's when the document gives none, or when the
 * document's first date is a day or three after it (a note sent the day after the meeting).
 */
function meetingDayOrFileName(inText: string | undefined, inName: string | undefined): string | undefined {
  if (!inName) return inText;
  if (!inText) return inName;
  const days = (Date.parse(inText) - Date.parse(inName)) / 86_400_000;
  return days >= 1 && days <= 3 ? inName : inText;
}

/** A date that ends a reporting period ("monitoring at 31 January 2027", "to the end of June 2026"). */
// (With the day of the week between: "let me know by Friday 8 January".)
const PERIOD_END_BEFORE = /\b(?:as at|as of|position at|at|to(?: the end of)?|up to|ending|ended|until|till|by|before|from)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i;

/** The first full date in a text that is not the end of a reporting period: the day a meeting is held. */
function meetingDayIn(text: string): string | undefined {
  // ("… : 2043-09-23 Panel meeting notes", "Meeting notes/2058-09-18": a day as a file or a wiki names it.)
  const iso = /(?:^|[\s:(/])((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?=[\s),.]|$)/.exec(text)?.[1];
  if (iso) return iso;
  for (let from = 0; from < text.length; ) {
    const d = findFullDate(text.slice(from));
    if (!d) return undefined;
    const at = from + text.slice(from).indexOf(d.match);
    if (!PERIOD_END_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return d.iso;
    from = at + d.match.length;
  }
  return undefined;
}

function quarterPeriod(fy: string, quarter: number): Period {
  const startYear = Number(fy.slice(0, 4));
  const endMonth = [6, 9, 12, 3][quarter - 1]!;
  const date = isoMonth(quarter === 4 ? startYear + 1 : startYear, endMonth);
  return { date, period: `Q${quarter} ${fy}`, covers: [{ kind: "quarter", financialYear: fy, quarter }, { kind: "month", iso: date }] };
}

function monthPeriod(iso: string): Period {
  return { date: iso, period: humanDate(iso), covers: [{ kind: "month", iso }] };
}

function yearPeriod(fy: string): Period {
  const date = isoMonth(Number(fy.slice(0, 4)) + 1, 3);
  return { date, period: fy, covers: [{ kind: "financial_year", financialYear: fy }] };
}

/** "Quarter 3 2020/21", "Q3 2020/21", "Q3 of 2020/21"; "2025/26: progress at quarter 3" in one line. */
function quarterIn(text: string): Period | undefined {
  const m = /\b(?:quarter|q)\s*([1-4])\b(?:\s*(?:of|,)?\s*)(\d{4}\s*[/-]\s*\d{2,4})/i.exec(text);
  const after = m ? undefined : /\b(\d{4}\s*[/-]\s*\d{2,4})\b[^\n.]{0,40}?\b(?:quarter|q)\s*([1-4])\b/i.exec(text);
  const fy = m ? normaliseFinancialYear(m[2]!) : after && normaliseFinancialYear(after[1]!);
  return fy ? quarterPeriod(fy, Number(m ? m[1] : after![2])) : undefined;
}

/** "Quarter 2 (30 September 2146)", "Q3 to 31 December 2080": a quarter named by the day it ends. */
function quarterEndingIn(text: string): Period | undefined {
  const m = /\b(?:quarter|q)\s*([1-4])\b\s*(?:\(|[,:–—-]\s*|\s(?:to|ending|ended)\s+)([^)\n]{6,30})/i.exec(text);
  const end = m ? findFullDate(m[2]!) : undefined;
  if (!m || !end) return undefined;
  const quarter = Number(m[1]);
  return financialQuarter(Number(end.iso.slice(5, 7))) === quarter ? quarterPeriod(financialYearOf(end.iso.slice(0, 7)), quarter) : undefined;
}

/**
 * The quarters a report's tables are titled by ("Measures at quarter 2 (30 September 2146)" in a plan
 * edited in December): the report covers them as well as its own date.
 */
function tableQuarters(doc: StructuredDoc): Period[] {
  return doc.tables.flatMap((t) => {
    const p = t.title ? (quarterIn(t.title) ?? quarterEndingIn(t.title)) : undefined;
    return p ? [p] : [];
  });
}

/** "Q2 (Jul–Sep)", "Quarter 3": a column header naming a quarter and no year. */
const YEARLESS_QUARTER_HEADER = /^(?:q|quarter)\s*([1-4])\b(?![^\n]*\d{4})/i;

/**
 * The latest quarter a document's table columns name without a year and fill with figures, in the financial
 * year of `dated` ("2255-11-20"); a quarter not yet begun at that date is of the year before.
 */
function yearlessQuarterColumns(doc: StructuredDoc, dated: string): CoveredPeriod[] {
  if (!/^\d{4}-\d{2}/.test(dated)) return [];
  const fy = financialYearOf(dated);
  const current = financialQuarter(Number(dated.slice(5, 7)));
  const out = new Map<string, CoveredPeriod>();
  for (const table of doc.tables) {
    table.header.forEach((h, k) => {
      const m = YEARLESS_QUARTER_HEADER.exec(h.trim());
      if (!m || !table.rows.some((i) => /\d/.test(doc.blocks[i]?.cells?.[k] ?? ""))) return;
      const quarter = Number(m[1]);
      const year = quarter <= current ? fy : financialYearOf(`${Number(fy.slice(0, 4))}-03`);
      out.set(`${year} ${quarter}`, { kind: "quarter", financialYear: year, quarter });
    });
  }
  // (The latest only: an earlier quarter's column is there to compare with, asked of as such.)
  return [...out.values()].sort((a, b) => `${b.financialYear} ${b.quarter}`.localeCompare(`${a.financialYear} ${a.quarter}`)).slice(0, 1);
}

/** A table column naming each row's period: "Period", "Quarter", "period_name". */
const PERIOD_COLUMN = /^(?:reporting[\s_]+)?(?:period|quarter)(?:[\s_]+(?:name|label|code|cd|nm))?$/i;

/**
 * The quarters a table gives a row each (a "long" export, one row per measure per quarter: "2086/87 Q1",
 * "2086/87 Q2"): the report is of the latest and covers them all. Undefined unless two quarters or more.
 */
function periodColumnQuarters(doc: StructuredDoc): Period | undefined {
  for (const table of doc.tables) {
    const k = table.header.findIndex((h) => PERIOD_COLUMN.test(h.trim()));
    const quarters = new Map<string, Period>();
    const rated = new Set<string>();
    // (Or ratings by quarter, a column each: "Q1 2361/62 Status", "Q2 2361/62 Status".)
    if (k < 0) {
      for (const h of table.header) {
        const p = columnRole(h) === "status" ? quarterIn(h) : undefined;
        if (p) quarters.set(p.period, p);
      }
    } else {
      // (The quarter rated last is the report's: rows of later quarters that give only a target are its plan.)
      const statusColumns = table.header.flatMap((h, c) => (columnRole(h) === "status" ? [c] : []));
      for (const i of table.rows) {
        const cells = doc.blocks[i]?.cells ?? [];
        const p = quarterIn(cells[k] ?? "") ?? yearlessQuarterOfRow(cells, k);
        if (!p) continue;
        quarters.set(p.period, p);
        if (statusColumns.some((c) => (cells[c] ?? "").trim())) rated.add(p.period);
      }
    }
    if (quarters.size < 2) continue;
    const ordered = [...quarters.values()].sort((a, b) => a.date.localeCompare(b.date));
    const latest = ordered.filter((p) => rated.size === 0 || rated.has(p.period)).pop()!;
    return { ...latest, covers: ordered.flatMap((p) => p.covers) };
  }
  return undefined;
}

/**
 * A period cell that names a quarter without its year ("Q2"), placed by a day in the same row that falls in
 * that quarter: "9/30/2371 12:00:00 AM" (month first, as US exports write it) or "30/09/2371" or
 * "30 September 2371".
 */
function yearlessQuarterOfRow(cells: string[], k: number): Period | undefined {
  const m = /^(?:q|quarter)\s*([1-4])$/i.exec(cells[k]?.trim() ?? "");
  if (!m) return undefined;
  const quarter = Number(m[1]);
  for (const cell of cells) {
    const slash = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(cell);
    const months = slash ? [Number(slash[1]), Number(slash[2])].map((month) => ({ month, year: Number(slash[3]) })) : [];
    const full = findFullDate(cell);
    if (full) months.push({ month: Number(full.iso.slice(5, 7)), year: Number(full.iso.slice(0, 4)) });
    const inQuarter = months.find((d) => d.month >= 1 && d.month <= 12 && financialQuarter(d.month) === quarter);
    if (inQuarter) return quarterPeriod(financialYearOf(isoMonth(inQuarter.year, inQuarter.month)), quarter);
  }
  return undefined;
}

/** A three-month range such as "April – June 2013" or "1 October to 31 December 2020" names a quarter. */
function quarterRangeIn(text: string): Period | undefined {
  const re = new RegExp(`\\b(?:\\d{1,2}\\s+)?(${MONTH_PATTERN})\\s*(?:-|–|—|to)\\s*(?:\\d{1,2}\\s+)?(${MONTH_PATTERN})\\s+(\\d{4})\\b`, "gi");
  for (const m of text.matchAll(re)) {
    const from = monthNumber(m[1]!)!;
    const to = monthNumber(m[2]!)!;
    if ((to - from + 12) % 12 !== 2 || financialQuarter(from) !== financialQuarter(to)) continue;
    const fy = financialYearOf(isoMonth(Number(m[3]), to));
    return quarterPeriod(fy, financialQuarter(to));
  }
  return undefined;
}

/** "to end of September 2019", "as at 31 March 2019", "year end 2020/21". */
function periodEndIn(text: string): Period | undefined {
  const yearEnd = /\b(\d{4}\s*[/-]\s*\d{2,4})\s+year[- ]end\b|\byear[- ]end(?:ing)?\s+(\d{4}\s*[/-]\s*\d{2,4})/i.exec(text);
  const fy = yearEnd && normaliseFinancialYear((yearEnd[1] ?? yearEnd[2])!);
  if (fy) return yearPeriod(fy);
  const m = new RegExp(`\\b(?:to (?:the )?end of|as at|as of|position at|up to|period (?:to|ending)|ending)\\s*:?\\s+(?:\\d{1,2}\\s+)?(${MONTH_PATTERN})\\s+(\\d{4})\\b`, "i").exec(text);
  if (m) return monthPeriod(isoMonth(Number(m[2]), monthNumber(m[1]!)!));
  // ("Position at 28/02/2027", as a spreadsheet's export line writes it.)
  // (Or a report's field of the period it lists, "PERIOD : 01/04/2211 TO 30/11/2211": to its end.)
  const slash = /\b(?:to (?:the )?end of|as at|as of|position at|up to|period (?:to|ending)|ending|period\s*:?\s*\d{1,2}\/\d{1,2}\/\d{4}\s+(?:to|–|-))\s+(\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))\b/i.exec(text);
  const day = slash ? parseSlashDate(slash[1]!) : undefined;
  return day ? monthPeriod(day.slice(0, 7)) : undefined;
}

/** A month and year in a title ("March 19", "March 2019", "Mar-19"), else a financial year ("2018/19"). */
function periodFromTitle(title: string): Period | undefined {
  // (A day in full, "Nov 14, 2063", is that day's month, not "Nov 14" read as November 2014.)
  const day = findFullDate(title);
  // (A paper titled by its meeting's day, "AFCTG 23 January 2212 – Chair's script", is of that day; not a
  // period's end, "Position at 31 March 2212".)
  const at = day ? title.indexOf(day.match) : -1;
  if (day && day.iso.length === 10 && !PERIOD_END_BEFORE.test(title.slice(Math.max(0, at - 20), at))) {
    return { date: day.iso, period: humanDate(day.iso), covers: [{ kind: "day", iso: day.iso }, { kind: "month", iso: day.iso.slice(0, 7) }] };
  }
  if (day) return monthPeriod(day.iso.slice(0, 7));
  const m = new RegExp(`\\b(${MONTH_PATTERN})[\\s-]+(\\d{4}|\\d{2})\\b`, "i").exec(title);
  if (m) return monthPeriod(isoMonth(fullYear(m[2]!), monthNumber(m[1]!)!));
  const fy = /\b(\d{4}\s*[/-]\s*\d{2,4})\b/.exec(title);
  const year = fy && normaliseFinancialYear(fy[1]!);
  return year ? yearPeriod(year) : undefined;
}

/** The month a paper says it was published, printed or issued in ("Published July 2251."), as "2251-07". */
function publishedMonth(text: string): string | undefined {
  const m = new RegExp(`\\b(?:published|printed|issued)\\s+(?:on\\s+|in\\s+)?(?:\\d{1,2}\\s+)?(${MONTH_PATTERN})\\s+(\\d{4})\\b`, "i").exec(text);
  return m ? isoMonth(Number(m[2]), monthNumber(m[1]!)!) : undefined;
}

/** The most frequent month-and-year in the text, as a last resort. */
function periodFromCommonestMonth(text: string): Period | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{4})\\b`, "gi"))) {
    const key = isoMonth(Number(m[2]), monthNumber(m[1]!)!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? monthPeriod(best[0]) : undefined;
}

function reportPeriod(doc: StructuredDoc, titles: string[]): Period | undefined {
  // (A label beside its value, "Position at: | 30 September 2027", says it as a line would.)
  const filled = (b: Block) => (b.cells ?? []).map((c) => c.trim()).filter(Boolean);
  const labelRow = (b: Block) => b.kind === "row" && filled(b).length === 2 && /^[A-Z][\w ]{2,30}:$/.test(filled(b)[0]!);
  const opening = doc.blocks
    .slice(0, 15)
    .filter((b) => b.kind !== "row" || labelRow(b))
    .map((b) => (b.kind === "row" ? filled(b).join(" ") : b.text))
    .join("\n");
  for (const text of [...titles, opening]) {
    // (Or a quarter named by the day it ends, "our measures at the end of quarter 2 (30 September 2263)".)
    const p = quarterIn(text) ?? quarterRangeIn(text) ?? periodEndIn(text) ?? quarterEndingIn(text);
    if (p) return p;
  }
  // "Half-year report 2058/59": the year's first two quarters, to the end of September.
  const halfYear = [...titles, opening].map((t) => (/\bhalf[- ]year\b|\bfirst half of\b/i.test(t) ? /\b(\d{4}\s*[/-]\s*\d{2,4})\b/.exec(t)?.[1] : undefined)).find(Boolean);
  const halfFy = halfYear ? normaliseFinancialYear(halfYear) : undefined;
  if (halfFy) {
    const q2 = quarterPeriod(halfFy, 2);
    return { ...q2, period: `first half of ${halfFy}`, covers: [{ kind: "quarter", financialYear: halfFy, quarter: 1 }, ...q2.covers] };
  }
  // "Business plan 2026/27" over "Progress at the end of Quarter 2": that quarter of the title's year.
  const fyInTitle = titles.map((t) => /\b(\d{4}\s*[/-]\s*\d{2,4})\b/.exec(t)?.[1]).find(Boolean);
  const quarterSaid = /\b(?:progress|position|update|performance|report)\b[^\n]{0,30}\b(?:quarter|q)\s*([1-4])\b(?!\s*[/-])/i.exec(opening)?.[1];
  const titleFy = fyInTitle ? normaliseFinancialYear(fyInTitle) : undefined;
  if (titleFy && quarterSaid) return quarterPeriod(titleFy, Number(quarterSaid));
  for (const t of titles) {
    const p = periodFromTitle(t);
    if (p) return p;
  }
  const fields = doc.hints?.fields ?? {};
  const fy = fields.year && normaliseFinancialYear(fields.year);
  if (fy) return yearPeriod(fy);
  return quarterRangeIn(doc.text) ?? stampedPeriod(opening) ?? periodFromCommonestMonth(doc.text);
}

/** "Last updated: Monday 9 September 2030", "Published 3 March 2031" in a page's opening lines. */
const DATE_STAMP = /\b(?:last\s+)?(?:updated|reviewed|published)\b(?:\s+on)?\s*:?\s*([^\n]{6,40})/i;

/**
 * The month a page says it was last updated or published: a directory or a web page with no period of
 * its own is of that month, whatever months its text mentions most ("On the Task Group since: June 2028").
 */
function stampedPeriod(opening: string): Period | undefined {
  const m = DATE_STAMP.exec(opening);
  // (As a page writes it, "9 September 2030", or as a file's metadata does, "2030-10-21".)
  const iso = m ? (findFullDate(m[1]!)?.iso ?? /^\s*((?:19|20)\d\d-[01]\d)-[0-3]\d\b/.exec(m[1]!)?.[1]) : undefined;
  return iso ? monthPeriod(iso.slice(0, 7)) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Kind

const earlyText = (doc: StructuredDoc, n = 15) =>
  doc.blocks
    .slice(0, n)
    .filter((b) => b.kind !== "row")
    .map((b) => b.text);

function hasAgenda(doc: StructuredDoc): boolean {
  // An item column beside pages, or beside the business and when or by whom it is taken ("Time | Item |
  // Business | Presenter").
  const agendaTable = doc.tables.some(
    (t) =>
      t.header.some((h) => /^(?:item|no\.?|title)$/i.test(h.trim())) &&
      (t.header.some((h) => columnRole(h) === "page") || (t.header.some((h) => /^(?:(?:items? of )?business|subject)$/i.test(h.trim())) && t.header.some((h) => /^(?:time|presenter|presented by|lead|speaker)$/i.test(h.trim())))),
  );
  return agendaTable || doc.blocks.some((b) => b.kind === "heading" && /^agenda(?:\s+pages?)?$/i.test(b.text));
}

function labelCount(doc: StructuredDoc, fields: string[]): number {
  return doc.blocks.filter((b: Block) => b.label && fields.includes(labelField(b.label.name) ?? "")).length;
}

function rowsWithRatings(doc: StructuredDoc): number {
  return doc.tables
    .filter((t) => t.header.some((h) => columnRole(h) === "status"))
    .reduce((n, t) => n + t.rows.filter((i) => ratingCells(doc.blocks[i]!).some((c) => ratingOf(c))).length, 0);
}

/**
 * A meeting's transcript, as a meeting app downloads it: turn after turn under "Name   m:ss", headed by
 * the meeting it records. It is the meeting's record, as minutes are (dated by its day, its apologies and
 * decisions said in the talk).
 */
function isMeetingTranscript(doc: StructuredDoc, titles: string[]): boolean {
  const lines = doc.blocks.filter((b) => b.kind !== "row");
  const turns = lines.filter((b) => SPEAKER_STAMP.test(b.text.trim())).length;
  return turns >= 5 && turns * 4 >= lines.length && /\bmeeting\b/i.test([...titles, ...earlyText(doc, 6)].join("\n"));
}

function inferKind(doc: StructuredDoc, titles: string[]): DocKind {
  // (A meeting's invitation, carrying its calendar event, announces the meeting as an agenda does.)
  if (doc.hints?.event) return "board agenda pack";
  // What a document calls itself: its titles and opening headings, not its prose.
  const heads = [...titles, ...doc.blocks.slice(0, 15).filter((b) => b.kind === "heading").map((b) => b.text)].join("\n");
  // ("Note of last Resources Board meeting", "Notes of the meeting": the LGA's name for its minutes.)
  if (/\bnotes? of (?:the )?(?:last |previous )?(?:[\w&'’-]+ ){0,8}meeting\b|\bmeeting notes?\b/i.test(titles.join("\n"))) return "minutes";
  if (/\bminutes\b/i.test(titles.join("\n")) || /^(?:#\s*)?(?:agenda and )?minutes\b/im.test(earlyText(doc, 8).join("\n"))) return "minutes";
  // (Or whose opening line says what it is under a page name of a day, "Weirs Task Group: notes of the
  // meeting of Tuesday 3 May 2101, 10am", as a wiki page's first line.)
  // (Not an agenda pack's item carrying an earlier meeting's, "Item 2: Minutes of the meeting held on …".)
  const opensAsNotes = (t: string) => {
    const m = /^(?:([^:]{3,90}):\s+)?(?:draft\s+)?(?:minutes|notes) of the meeting (?:of|on)\b/i.exec(t.replace(/\*/g, ""));
    return !!m && (!m[1] || BOARD_LINE.test(m[1].trim()));
  };
  if (earlyText(doc, 4).some((t) => t.length <= 200 && opensAsNotes(t))) return "minutes";
  // (A webcast's archive page lists the agenda as chapters of the recording, "00:47:20 5 Budget", with what
  // each item decided: the meeting's record, though it heads the list "Agenda".)
  const chapters = doc.blocks.filter((b) => b.kind !== "row" && RECORDING_CHAPTER.test(b.text)).length;
  if (chapters >= 2 && doc.papers.length === 0 && labelCount(doc, ["decision"]) >= 1) return "minutes";
  // (An agenda pack that says so carries the note of the last meeting among its papers: still a pack.)
  // (Or whose title names the agenda it carries: "Agenda sign-off: … Task Group, Thursday 11 March".)
  const calledAgenda = /^(?:#\s*)?agenda$/im.test(earlyText(doc, 8).join("\n")) || titles.some((t) => /\bagenda\b/i.test(t) && !!findFullDate(t));
  if (hasAgenda(doc) && (calledAgenda || doc.papers.length >= 1) && !/\bminutes\b|\bnotes? of\b/i.test(titles.join("\n"))) return "board agenda pack";
  if (labelCount(doc, ["minutes", "decision"]) >= 2 && labelCount(doc, ["present", "apologies"]) >= 1) return "minutes";
  // (A committee database's export says what each document is, "Form: Minutes", with who came in its items.)
  const formSaysMinutes = doc.blocks.some((b) => !!b.label && /^(?:form|document type|record type)$/i.test(b.label.name.trim()) && /^(?:draft )?minutes$/i.test((b.label.value ?? "").trim()));
  if (formSaysMinutes && labelCount(doc, ["present", "apologies"]) >= 1) return "minutes";
  // (Minutes in plain words head their parts so: "Who came to the meeting", "What we decided".)
  const headed = doc.blocks.filter((b) => b.kind === "heading").map((b) => labelField(headingWords(b.text)));
  if (headed.some((f) => f === "decision" || f === "action") && headed.some((f) => f === "present" || f === "apologies")) return "minutes";
  // (A notes app's meeting template, Google Docs' "Meeting notes": "Attendees", "Notes", "Action items".)
  const headingNames = new Set(doc.blocks.filter((b) => b.kind === "heading").map((b) => b.text.replace(/[*#:]/g, "").trim().toLowerCase()));
  if (["attendees", "attendance"].some((h) => headingNames.has(h)) && ["notes", "action items", "actions", "decisions"].some((h) => headingNames.has(h)) && labelCount(doc, ["present", "apologies"]) >= 1) return "minutes";
  // A meeting's page, titled by its body and its day ("Allotments Advisory Group – 26 April 2029"), that
  // records resolutions: the meeting's record.
  // (Or one part of such a title, as an app names its page: "… Panel – Nov 14, 2063 – NoteDesk".)
  const bodyAndDay = titles.some((t) => {
    const day = findFullDate(t);
    if (!day) return false;
    // (Or one part after a colon or before a comma, "Papers published: … Panel, Thursday 11 February".)
    const rest = t.replace(day.match, "").replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, "").replace(/[\s,:–—-]+$|^[\s,:–—-]+/g, "");
    return BODY_NAME_LINE.test(rest) || rest.split(/\s+[–—|]\s+|\s+-\s+|:\s+|,\s+/).some((part) => BODY_NAME_LINE.test(part.trim()));
  });
  if (bodyAndDay && labelCount(doc, ["decision"]) >= 2) return "minutes";
  // A meeting's own record ("Meeting of … on 27 November 2025", a decision notice) with its resolutions.
  if (/^meeting of\b|\bdecision notice\b|\bdecisions? (?:of|taken)\b/im.test(titles.join("\n")) && labelCount(doc, ["decision"]) >= 2) return "minutes";
  if (isMeetingTranscript(doc, titles)) return "minutes";
  const meetingSentence = doc.blocks.slice(0, 60).some((b) => /there will be a meeting of/i.test(b.text));
  // (An agenda whose cover says so, "AGENDA" under the board's name, is a pack even without papers.)
  // (So is a message titled by the meeting, its body and its day, that sets out its agenda: "Papers
  // published: … Panel, Thursday 11 February".)
  if (doc.papers.length >= 2 || (doc.papers.length >= 1 && (hasAgenda(doc) || meetingSentence)) || (hasAgenda(doc) && (meetingSentence || calledAgenda || bodyAndDay))) return "board agenda pack";
  if (doc.papers.length === 1) return "board paper";
  if (/performance report|progress report|performance update|business plan|scorecard|dashboard|quarterly (?:report|update)/i.test(heads) || rowsWithRatings(doc) >= 4) {
    return "performance report";
  }
  if (/\bmembership\b|terms of reference/i.test(titles.join("\n"))) return "membership";
  return "report";
}

// ---------------------------------------------------------------------------------------------------

/** The day an export says it was made, on a line of its own near its top: "Date of export", "Exported on". */
function exportDay(doc: StructuredDoc): string | undefined {
  for (const b of doc.blocks.slice(0, 8)) {
    // (Or an issue tracker's "Displaying 14 issues at 22/Mar/96 9:41 AM.", a meeting tool's "Report
    // Generated: Jan 13, 2252 12:21 PM", a report writer's "Printed: 05/01/2362 09:14".)
    const m = /^(?:date of export|export(?:ed)? (?:on|at|date)|date exported|(?:report )?generated(?: on| at)?|(?:date )?printed(?: on| at)?|(?:displaying|showing) \d+ (?:issues|items|records|rows|results)(?: as)? (?:at|on))\s*[:|\t]?\s*(.+)$/i.exec(
      b.kind === "row" ? (b.cells ?? []).filter((c) => c.trim()).join("\t") : b.text.replace(/^#+\s*/, ""),
    );
    // (Or a system's printout dated on its opening lines, "Date: 18/01/2312 Start: 10:00 Venue: …".)
    const dated = /^date\s*:\s*(\d{1,2}\/\d{1,2}\/\d{4})\b/i.exec(b.text.replace(/^#+\s*/, ""))?.[1];
    if (!m && dated) return parseSlashDate(dated);
    if (!m) continue;
    // (Its time and zone after the day: "07/12/2263 09:14 (GMT)".)
    const value = m[1]!.split("\t")[0]!.trim().replace(/\s+\d{1,2}:\d{2}(?:\s*[ap]m)?\.?(?:\s*\(?(?:GMT|UTC|BST)\)?)?$/i, "");
    return parseSlashDate(value) ?? findFullDate(value)?.iso;
  }
  return undefined;
}

/** A day an event is held, with its time, on one of a document's opening lines: "Wednesday 25 January 2164, 10.00am". */
function eventDay(doc: StructuredDoc): string | undefined {
  for (const line of earlyText(doc, 10)) {
    const m = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}),?\s+(?:from\s+|at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b/i.exec(line);
    const day = m ? findFullDate(m[1]!)?.iso : undefined;
    if (day) return day;
  }
  return undefined;
}

/** A weekday, a day written with slashes (day first) and a time, on an early line: "Tue 08/11/2327 14:00". */
function timedSlashDay(doc: StructuredDoc): string | undefined {
  for (const line of earlyText(doc, 10)) {
    const m = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{1,2}\/\d{1,2}\/\d{4}),?\s+\d{1,2}[.:]\d{2}\b/.exec(line);
    const day = m ? parseSlashDate(m[1]!) : undefined;
    if (day) return day;
  }
  return undefined;
}

/** The days of earlier meetings whose minutes a pack carries, by the minutes' own title line. */
function carriedMinutesDays(doc: StructuredDoc): string[] {
  return doc.blocks.flatMap((b) => {
    if (b.kind === "row" || b.text.length > 200 || !/^(?:draft\s+)?(?:minutes|notes?) of the (?:\w+\s+)?meeting (?:held )?(?:on|of)\b/i.test(b.text.replace(/^#+\s*/, ""))) return [];
    const day = findFullDate(b.text)?.iso;
    return day ? [day] : [];
  });
}

/** Infer metadata from the structured content; `<path>.meta.json` (if it exists) adds or overrides fields. */
export function inferMetadata(path: string, doc: StructuredDoc, warnings: string[] = []): DocMeta {
  const docId = docIdFromPath(path);
  const fileTitle = acceptableTitle(withoutSiteName(doc.hints?.fields?.title)) ?? hintTitle(doc);
  const ownFirstLine = firstTitleLine(doc);
  const firstLine = titleOrFileName(ownFirstLine, path);
  const titles = [fileTitle, firstLine].filter((t): t is string => !!t);
  // (A title the document gives itself, not its file's name standing in for a first line of a word or two.)
  const titledInText = !!fileTitle || (!!ownFirstLine && ownFirstLine === firstLine);
  const kind = inferKind(doc, titles);
  const board = findBoard(doc, titles);
  let period: Period | undefined;
  let title: string;
  if (kind === "board agenda pack" || kind === "minutes" || kind === "board paper") {
    // (A page that names its meeting's day without a year, "Wed 20 Oct", is of the day its file's name gives,
    // whatever the year.)
    const inText = meetingDate(doc, titles);
    const day = meetingDayOrFileName(inText, fileNameDay(path, { anyYear: !inText }));
    period = day ? { date: day, period: humanDate(day), covers: [{ kind: "day", iso: day }] } : periodFromCommonestMonth(doc.text);
    const when = period?.period ?? "undated";
    if (kind === "board paper") {
      title = doc.papers[0]!.title;
      // A paper that reports on a period ("progress report for quarter 3 (1 October to 31 December 2022)")
      // covers that period as well as its meeting day.
      const reported = reportPeriod(doc, [title]);
      if (period && reported && /\b(?:quarter|q[1-4]|year[- ]end|to (?:the )?end of)\b/i.test(`${title}\n${earlyText(doc, 12).join("\n")}`)) period.covers.push(...reported.covers);
    } else if (kind === "minutes" && (!board || isMeetingTranscript(doc, titles)) && titles[0]) title = titles[0];
    // (An invitation is called by its subject.)
    else if (doc.hints?.event && titles[0]) title = titles[0];
    else title = `${board ?? "Board"} ${kind === "minutes" ? "minutes" : "agenda"}, ${when}`;
    // (A pack carrying the draft minutes of the last meeting, "Minutes of the meeting held on Wednesday 23
    // November 2163, …", covers that meeting's day too: what was said and declared there is in it.)
    if (kind === "board agenda pack" && period) for (const day of carriedMinutesDays(doc)) if (!period.covers.some((c) => c.iso === day)) period.covers.push({ kind: "day", iso: day });
  } else {
    // (An export dated by its own line, "Date of export | 12/11/2047", is of that day, whatever months its
    // rows name.)
    const exported = exportDay(doc);
    period = exported ? { date: exported, period: humanDate(exported), covers: [{ kind: "day", iso: exported }] } : (periodColumnQuarters(doc) ?? reportPeriod(doc, titles));
    // (A list's alert e-mail, its items' changes each under "Changed by …", read as of a month, is of the day
    // it was sent in that month: the list as it stood then.)
    const digest = period && /^\d{4}-\d{2}$/.test(period.date) && doc.blocks.some((b) => AUDIT_LINE.test(b.text));
    const sentDay = digest ? findFullDate(emailHeader(doc)?.sent?.label?.value ?? "")?.iso : undefined;
    if (period && sentDay?.startsWith(period.date)) period = { date: sentDay, period: humanDate(sentDay), covers: [{ kind: "day", iso: sentDay }, ...period.covers] };
    const fy = doc.hints?.fields?.year && normaliseFinancialYear(doc.hints.fields.year);
    if (kind === "membership" && fy) period = { ...yearPeriod(fy), ...(doc.hints?.fields?.date ? { date: doc.hints.fields.date } : {}) };
    // (A chat's export is of the days its messages were sent: dated by its last, covering each month.)
    const span = doc.hints?.span;
    if (span) period = { date: span.to, period: span.from === span.to ? humanDate(span.to) : `${humanDate(span.from)} to ${humanDate(span.to)}`, covers: monthsBetween(span.from, span.to) };
    // (An export that dates itself nowhere but in its file's name, "…-export-2058-11-01.csv", is of that day.)
    // (So is one with no title of its own, "…-handout-2184-12-08.docx": the dates its text happens to name,
    // a programme's end in March, are not when it was written.)
    // (A performance report's any year: its quarters need one.)
    // (A meeting's chat, its messages stamped with times only, is of the day its file's name gives: not of a
    // day a message names, "the next meeting is on 13 June".)
    const chatDay = doc.hints?.timesOnly ? fileNameDay(path, { anyYear: true }) : undefined;
    const named = chatDay ?? (period && titledInText ? undefined : fileNameDay(path, { anyYear: kind === "performance report" }));
    // (Keeping the quarters its columns rate, "Q2 2361/62 Status": it is as of that day, and of them.)
    if (named) period = period?.covers.some((c) => c.kind === "quarter") ? { ...period, date: named, covers: [{ kind: "day", iso: named }, ...period.covers] } : { date: named, period: humanDate(named), covers: [{ kind: "day", iso: named }] };
    // (Or a meeting's page dated only by its own line, "Tue 08/11/2327 14:00 - 15:30", as Teams and Outlook
    // write a meeting's day and time.)
    const timed = period ? undefined : timedSlashDay(doc);
    if (timed) period = { date: timed, period: humanDate(timed), covers: [{ kind: "day", iso: timed }] };
    // (Or by the quarter its file's name gives, "…-measures-2072-73-q2.csv".)
    if (!period) period = quarterIn(basename(path, extname(path)).replace(/_/g, " "));
    // (Or by the month it gives, "…-doodle-poll-2179-03.html".)
    const namedMonth = period ? undefined : /(?:^|[^\d])((?:19|20|21)\d\d)-(0[1-9]|1[0-2])(?![-\d])/.exec(basename(path, extname(path)));
    if (namedMonth) period = monthPeriod(`${namedMonth[1]}-${namedMonth[2]}`);
    // (Or by the financial year it gives, "…-budget-2077-78-p6.csv".)
    const namedYear = period ? undefined : /(?:^|[^\d])((?:19|20|21|22)\d\d)-(\d\d)(?!\d|-\d)/.exec(basename(path, extname(path)));
    const yearOfName = !!namedYear && Number(namedYear[2]) === (Number(namedYear[1]) + 1) % 100;
    if (yearOfName) period = yearPeriod(`${namedYear[1]}/${namedYear[2]}`);
    // (A workshop's board or an event's programme, titled by the year it plans for, "priorities 2164/65",
    // is of the day its opening lines hold it on, "Wednesday 25 January 2164, 10.00am – 12.30pm".)
    const held = period?.covers.every((c) => c.kind === "financial_year") ? eventDay(doc) : undefined;
    if (held && period) period = { date: held, period: humanDate(held), covers: [{ kind: "day", iso: held }, ...period.covers] };
    // (A guide to a year that says when it was published, "Published July 2251.", is of that month: it
    // knows nothing of what the year brought after.)
    const published = !held && period?.covers.every((c) => c.kind === "financial_year") ? publishedMonth(doc.text) : undefined;
    if (published && period) period = { ...period, date: published };
    // (So is a board or a log titled by the year it keeps, "actions and risks 2263/64", saved on a day of that
    // year its file's name gives, "…-2263-12-10.html": it is as of that day.)
    const savedDay = !held && !published && period?.covers.length && period.covers.every((c) => c.kind === "financial_year") ? fileNameDay(path, { anyYear: true }) : undefined;
    if (savedDay && period && period.covers.some((c) => c.kind === "financial_year" && c.financialYear === financialYearOf(savedDay.slice(0, 7)))) period = { ...period, date: savedDay };
    // (And a tracker of a quarter exported on a day after it, "Measures – quarter 2" in
    // "…-board-export-2327-11-22.csv": it is as of that day, and says how actions stood then.)
    const exportedDay = kind === "performance report" && !held && !published && !named && /^\d{4}-\d{2}$/.test(period?.date ?? "") && period?.covers.some((c) => c.kind === "quarter") ? fileNameDay(path, { anyYear: true }) : undefined;
    if (exportedDay && period && exportedDay.slice(0, 7) > period.date && monthsApart(period.date, exportedDay.slice(0, 7)) <= 4) period = { ...period, date: exportedDay };
    // (Undated and untitled, a file's name says more than "Report, undated": "…-programme-plan-…-project-export".)
    // (A year from the name says less than the name: "Children not in school task group budget p6".)
    title = titles[0] ?? (period && !named && !yearOfName ? undefined : fileNameTitle(path)) ?? `${kind === "performance report" ? "Performance report" : "Report"}, ${period?.period ?? "undated"}`;
  }
  // (A report, or a meeting's pack, whose tables are titled by a quarter, "Table 1: Measures at quarter 3
  // 2163/64", covers that quarter as well as its own date.)
  for (const q of period && !period.covers.some((c) => c.kind === "quarter") ? tableQuarters(doc) : []) {
    if (!period!.covers.some((c) => c.kind === "quarter" && c.quarter === q.covers[0]!.quarter && c.financialYear === q.covers[0]!.financialYear)) period!.covers.push(q.covers[0]!);
  }
  // (A tracker dated by its print or export, whose columns are quarters named without a year, "Q1 (Apr–Jun)",
  // "Q2 (Jul–Sep)", covers the last quarter its figures fill, of the year it was printed in.)
  // (A report's only: a pack's or a paper's quarters are its meeting's business, not what it is as of.)
  for (const q of kind === "performance report" && period && !period.covers.some((c) => c.kind === "quarter") ? yearlessQuarterColumns(doc, period.date) : []) period!.covers.push(q);
  const date = period?.date ?? "unknown";
  const inferred: DocMeta = {
    docId,
    title,
    date,
    period: period?.period ?? "undated",
    financialYear: period ? financialYearOf(period.date) : "unknown",
    kind,
    ...(board ? { board } : {}),
    publisher: doc.hints?.fields?.publisher ?? DEFAULT_PUBLISHER,
    covers: period?.covers ?? [],
  };
  return applySidecar(path, inferred, warnings);
}

/** Each month from one ISO day's to another's, as periods covered. */
/** Months from one "YYYY-MM" to another. */
function monthsApart(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

function monthsBetween(from: string, to: string): CoveredPeriod[] {
  const out: CoveredPeriod[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 120) {
    out.push({ kind: "month", iso: `${y}-${String(m).padStart(2, "0")}` });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

const KNOWN_KEYS = new Set(Object.keys(DocMeta.shape));

/** The warnings a file's sidecar gives (unknown keys), without applying it. */
export function sidecarWarnings(path: string): string[] {
  const warnings: string[] = [];
  try {
    const given = JSON.parse(readFileSync(`${path}.meta.json`, "utf8")) as Record<string, unknown>;
    const unknown = Object.keys(given).filter((k) => !KNOWN_KEYS.has(k));
    if (unknown.length) warnings.push(unknownKeysWarning(`${basename(path)}.meta.json`, unknown));
  } catch {
    /* no sidecar, or one that fails on ingest with its own reason */
  }
  return warnings;
}

const unknownKeysWarning = (file: string, unknown: string[]) =>
  `${file}: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} ignored (known: ${[...KNOWN_KEYS].join(", ")})`;

function applySidecar(path: string, inferred: DocMeta, warnings: string[]): DocMeta {
  const sidecarPath = `${path}.meta.json`;
  if (!existsSync(sidecarPath)) return inferred;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(sidecarPath, "utf8"));
  } catch (e) {
    throw new Error(`${basename(sidecarPath)}: not valid JSON (${(e as Error).message})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${basename(sidecarPath)}: must be a JSON object`);
  const given = parsed as Record<string, unknown>;
  const unknown = Object.keys(given).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) warnings.push(unknownKeysWarning(basename(sidecarPath), unknown));
  const known = Object.fromEntries(Object.entries(given).filter(([k]) => KNOWN_KEYS.has(k)));
  const result = DocMeta.partial().safeParse(known);
  if (!result.success) throw new Error(`${basename(sidecarPath)}: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const merged: DocMeta = { ...inferred, ...result.data } as DocMeta;
  if (result.data.date && !result.data.financialYear) merged.financialYear = financialYearOf(result.data.date);
  // A date given without the periods it covers covers that date.
  if (result.data.date && !result.data.covers) {
    const d = result.data.date;
    merged.covers = [/^\d{4}-\d{2}-\d{2}$/.test(d) ? { kind: "day", iso: d } : { kind: "month", iso: d.slice(0, 7) }];
  }
  return DocMeta.parse(merged);
}
