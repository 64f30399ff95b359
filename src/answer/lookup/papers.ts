/** Lookups over board meetings: papers (purpose, recommendation, contacts), agenda items, the meeting. */
import type { AgendaItemRecord, MeetingRecord, PaperRecord } from "../../ingest/records/schema.js";
import type { StoredDocument } from "../../index/store.js";
import { humanDate } from "../../util/dates.js";
import { editDistance, matchScore } from "../../util/similarity.js";
import { contentWords } from "../../util/text.js";
import type { Span } from "../quotes.js";
import { expandQuestion, questionWords, topicWords, type TypedQuery } from "../query.js";
import { ITEM_NUMBER } from "./minutes.js";
import { listPeriods, scopeByPeriods } from "./scope.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

function recordsInScope<T extends PaperRecord | AgendaItemRecord | MeetingRecord>(
  query: TypedQuery,
  ctx: LookupContext,
  type: T["type"],
): { records: T[]; notFound?: string } {
  // A board named in the question: its meetings' papers only (and papers of no known board), never
  // another board's; with none, passages may still answer (a forward plan, minutes).
  const ofType = ctx.recordsOf(type) as T[];
  const all = query.board ? ofType.filter((r) => !r.board || r.board === query.board) : ofType;
  if (all.length === 0) return { records: [] };
  const docs = ctx.documents.filter((d) => all.some((r) => r.docId === d.meta.docId));
  const scope = scopeByPeriods(docs, query.periods);
  // (A meeting held in a document that covers a longer period, a calendar's year: its own records.)
  if (scope.matched.length === 0 && scope.unmatched.length > 0) {
    const held = ofMeetingAsked(all, query);
    if (held) return { records: held };
  }
  if (scope.docs.length === 0 || (scope.matched.length === 0 && scope.unmatched.length > 0)) {
    // (Another document of the period asked, "the Q2 tracker", may say it in words: passages answer.)
    if (scopeByPeriods(ctx.documents, query.periods).matched.length > 0) return { records: [] };
    return { records: [], notFound: `I have no board papers for ${scope.unmatched.map((p) => p.label).join(" or ")}. I hold papers for the meetings of ${listPeriods(docs)}.` };
  }
  const ids = new Set(scope.docs.map((d) => d.meta.docId));
  const inScope = all.filter((r) => ids.has(r.docId));
  return { records: ofMeetingAsked(inScope, query) ?? inScope };
}

/**
 * Records dated by their own meeting, of the day or month asked: a document of many meetings (a calendar
 * of the year's) holds the meeting asked for, whatever period the document as a whole covers.
 */
function ofMeetingAsked<T extends PaperRecord | AgendaItemRecord | MeetingRecord>(records: T[], query: TypedQuery): T[] | undefined {
  // (A day asked without its year, "the 20 january meeting", is that day of any year.)
  const days = query.periods.flatMap((p) => (p.kind === "day" && p.iso ? [/\b\d{4}\b/.test(p.label) ? p.iso : p.iso.slice(4)] : []));
  // (So is a month, "the jan meeting": a January of any year.)
  const months = query.periods.flatMap((p) => (p.kind === "month" && p.iso ? [/\b\d{4}\b/.test(p.label) ? p.iso.slice(0, 7) : p.iso.slice(4, 7)] : []));
  const ofMeeting = records.filter((r) => {
    const day = "meetingDate" in r ? r.meetingDate : r.type === "meeting" ? r.date : undefined;
    return !!day && (days.some((d) => (d.startsWith("-") ? day.endsWith(d) : day === d)) || months.some((m) => (m.startsWith("-") ? day.slice(4, 7) === m : day.slice(0, 7) === m)));
  });
  return ofMeeting.length ? ofMeeting : undefined;
}

/** The initials of a title's capitalised words: "One Public Estate and Land Release Fund" -> "OPELRF". */
const initials = (title: string) => (title.match(/\b[A-Z]/g) ?? []).join("");
/** The initials of a title's opening words, whatever their case: "Integrated care systems: one year on" -> "ICS…". */
const leadingInitials = (title: string) =>
  title
    .split(/\s*[:–—]\s*/)[0]!
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:and|of|the|for|to|in|on|a|an)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");

/**
 * Rank records by how well their title matches the question's topic words; a capitalised abbreviation in
 * the question matches the initials of a title ("OPE & LRF" finds "One Public Estate and Land Release Fund").
 */
function bestByTitle<T extends { title: string }>(records: T[], words: string[], question = "", board?: string): T[] {
  // (The board's own initials, "CWB", name the board, not one of its items.)
  const acronyms = (question.match(/\b[A-Z]{2,6}\b/g) ?? []).filter((a) => !/^(?:LGA|IIB)$/.test(a) && (!board || initials(board) !== a));
  const scored = records
    .map((r) => {
      const m = matchScore(words, r.title);
      const viaInitials = acronyms.filter((a) => initials(r.title).includes(a) || leadingInitials(r.title).startsWith(a)).length;
      return { r, score: m.score + viaInitials * 1.5, loose: viaInitials === 0 && m.fraction < 0.3 };
    })
    // (One word of several, "care" of "ICS verbal integrated care systems", does not name a title.)
    .filter((x) => x.score >= 1 && !x.loose);
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((x) => x.score));
  return scored.filter((x) => x.score >= best - 0.01).map((x) => x.r);
}

/** The span of one front-sheet field of a paper ("recommendation"), to quote it. */
export const fieldSpan = (p: PaperRecord, field: string): Span | undefined => {
  const s = p.spans[field];
  return s ? { docId: p.docId, start: s[0], end: s[0] + s[1], locator: { ...p.locator, row: `paper "${p.title}", ${field}` } } : undefined;
};

const FIELD_WORDS = {
  purpose: /\bpurpose\b/i,
  summary: /\bsummar/i,
  recommendation: /\brecomm?end/i,
  action: /\bactions?\b/i,
} as const;

/** A front sheet's line of a label and its value: "Key decision\t☑ Yes ☐ No", "Exempt information: No". */
const FRONT_SHEET_LINE = /^([A-Z][A-Za-z'’ ]{2,40}?)\??(?:\t|:[ \t]+| \| )([^\n]{1,200})$/gm;
/** How far from a paper's first field its front sheet's other fields are looked for. */
const FRONT_SHEET_CHARS = 2500;
/** Boxes as a form shows them: ticked, not ticked. */
const TICKED = /[☑☒✔✓■◉]\s*([A-Za-z][\w -]{0,30}?)(?=\s*[☐□☑☒✔✓■◉◯]|\s*$)/;

/**
 * The other fields of a paper's front sheet that the question names by every word of their label ("Key
 * decision", "Exempt information": "is it a key decision? exempt?"), with the option ticked when the value is
 * a row of boxes ("☑ Yes ☐ No" is "Yes").
 */
function frontSheetFieldsAsked(p: PaperRecord, question: string, ctx: LookupContext): { label: string; value: string; span: Span }[] {
  const text = ctx.textOf?.(p.docId);
  const starts = Object.values(p.spans).map(([at]) => at);
  if (!text || starts.length === 0) return [];
  const from = Math.max(0, Math.min(...starts) - FRONT_SHEET_CHARS / 2);
  const asked = new Set(questionWords(question).map((w) => w.toLowerCase()));
  // (Not the fields the paper's record already gives: "Purpose of report", "Contact officer", "Phone no".)
  const standard = /^(?:purpose|summary|recommendations?|actions?|contact|position|phone|tel|e-?mail|date|meeting|agenda item|report of|report by|author|item|title|board)\b/i;
  const found: { label: string; value: string; span: Span }[] = [];
  for (const m of text.slice(from, from + FRONT_SHEET_CHARS).matchAll(FRONT_SHEET_LINE)) {
    const label = m[1]!.trim();
    // (Its telling word or words, not "information" or "report" alone.)
    const words = contentWords(label).filter((w) => !/^(?:information|report|paper)$/i.test(w));
    // (Not the paper's title, "LG Inform: Update and Future Plan", nor a sentence: a field's value is short.)
    // (A yes or no with its qualification is a field's value too: "No, but Appendix B … is exempt under …".)
    if (p.title.startsWith(label) || (m[2]!.trim().length > 60 && !/^(?:yes|no)\b/i.test(m[2]!.trim()))) continue;
    // (A long word asked with a slip of the keys is that word: "key decison".)
    const askedWord = (w: string) => asked.has(w) || asked.has(`${w}s`) || (w.length >= 6 && [...asked].some((a) => a.length >= 5 && editDistance(a, w, 1) <= 1));
    if (standard.test(label) || words.length === 0 || !words.every((w) => askedWord(w.toLowerCase()))) continue;
    const raw = m[2]!.trim();
    // (A tick box's or a radio button's choice: "☑ Yes ☐ No", "◉ Yes ◯ No".)
    const ticked = /[☐□◯]/.test(raw) ? TICKED.exec(raw)?.[1]?.trim() : undefined;
    const start = from + m.index!;
    found.push({ label, value: ticked ? `${ticked} (${raw})` : raw, span: { docId: p.docId, start, end: start + m[0].length, locator: { ...p.locator, row: `paper "${p.title}", ${label}` } } });
  }
  return found;
}

/** "page 19", "pages 19 to 24": as many as the agenda gives. */
const pagesWord = (pages: string) => (/^\s*\d+\s*$/.test(pages) ? "page" : "pages");

export function lookupPaper(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const { records, notFound } = recordsInScope<PaperRecord>(query, ctx, "paper");
  if (notFound) return { ...emptyFinding(), notFound };
  const words = topicWords(query.topic).filter((w) => !/^(?:propos\w*|wants?|about|update|board|forum|committee|panel|paper|page|report|contact|wrote|written|authou?r\w*|recommend\w*|recs?|ask\w*|agree|approve|endorse|note|do|doing|decide|decision)$/.test(w));
  // (A question that names no subject but the board and period of a single paper is about that paper.)
  const sole = words.length === 0 && records.length === 1 && (query.board || query.periods.length) ? records : [];
  let papers = sole.length ? sole : bestByTitle(records, words, query.question, query.board);
  // ("The contact officer for item 3 at the 15 Oct meeting": the paper for that item of that meeting.)
  const itemAsked = /\bitem\s+(\d{1,2}[a-z]?)\b/i.exec(query.question)?.[1]?.toLowerCase();
  if (papers.length === 0 && itemAsked) {
    const forItem = records.filter((r) => r.item?.toLowerCase() === itemAsked || new RegExp(`\\bitem\\s+${itemAsked}\\b`, "i").test(r.title));
    if (forItem.length >= 1 && forItem.length <= 2) papers = forItem;
  }
  // (A paper named by its board's words, "the q2 coastal perf report", when one paper of that board fits.)
  if (papers.length === 0 && words.length) {
    // (Every word of the subject named there, by words, not by initials.)
    const byBoard = bestByTitle(records.map((r) => ({ title: `${r.title} ${r.board ?? ""}`, r })), words)
      .filter((x) => matchScore(words, x.title).fraction >= 0.99)
      .map((x) => x.r);
    if (byBoard.length === 1) papers = byBoard;
  }
  // The contact of a document named better by its own title than any paper's ("the parks dashboard", not
  // a paper whose title only says "parks").
  const fits = (title: string) => matchScore(words, title).fraction;
  const namesDocument = query.paperField === "contact" && ctx.documents.some((d) => fits(d.meta.title) > Math.max(0, ...papers.map((p) => fits(p.title))));
  if (papers.length === 0 || namesDocument) {
    const contact = query.paperField === "contact" ? documentContact(query, ctx, words) : query.paperField === "recommendation" && papers.length === 0 ? documentRecommendations(query, ctx, words) : undefined;
    if (contact || papers.length === 0) return contact;
  }
  const finding = emptyFinding();
  const field = query.paperField ?? "summary";
  for (const p of papers.slice(0, 2)) {
    const when = p.meetingDate ? ` (${p.board ?? "board"}, ${humanDate(p.meetingDate)})` : "";
    finding.rows.push(p);
    if (field === "contact") {
      const contacts = p.contacts.map((c) => [c.name, c.position, c.phone, c.email].filter(Boolean).join(", "));
      finding.lines.push(`Contact officer${p.contacts.length > 1 ? "s" : ""} for "${p.title}"${when}: ${contacts.length ? contacts.join("; ") : "none given"}.`);
      const span = fieldSpan(p, "contact");
      if (span) finding.evidence.push(span);
      continue;
    }
    finding.lines.push(`"${p.title}"${when}:`);
    // Other fields of its front sheet the question names ("a key decision?", "exempt?"), first.
    for (const f of frontSheetFieldsAsked(p, query.question, ctx)) {
      // (A yes-or-no field said in words too: "Exempt information: No" is "it is not exempt information".)
      // (Only of a label that names a thing: "Is this report confidential?" is a question, not one.)
      const answer = /^[A-Za-z][A-Za-z -]{2,40}$/.test(f.label.trim()) && f.label.trim().split(/\s+/).length <= 4 && !/^(?:is|are|does|do|has|have|was|were|will|can)\b/i.test(f.label.trim()) ? /^(yes|no)\b(?![,;]?\s+(?:but|except)\b)/i.exec(f.value)?.[1]?.toLowerCase() : undefined;
      const said = answer ? ` – it is ${answer === "no" ? "not " : ""}${/\b(?:decision|item|report|paper|matter)$/i.test(f.label) ? "a " : ""}${f.label.toLowerCase()}` : "";
      finding.lines.push(`• ${f.label}: ${f.value}${said}`);
      finding.evidence.push(f.span);
    }
    const order = field === "recommendation" ? ["recommendation", "summary", "purpose"] : field === "purpose" ? ["purpose", "summary"] : field === "action" ? ["action", "recommendation"] : ["summary", "recommendation", "purpose"];
    // Every field the question names is shown ("the recommendation & action"), the first named first.
    const named = (["purpose", "summary", "recommendation", "action"] as const).filter((f) => FIELD_WORDS[f].test(query.question) && !order.includes(f));
    order.splice(1, 0, ...named);
    // ("Rec (c) in item 5": that lettered point alone, when the recommendation has it.)
    const asked = field === "recommendation" ? LETTER_ASKED.exec(query.question) : null;
    const letter = (asked?.[1] ?? asked?.[2])?.toLowerCase();
    const point = letter ? p.recommendation?.split("\n").find((line) => line.trim().toLowerCase().startsWith(`(${letter})`)) : undefined;
    if (point) {
      finding.lines.push(`• Recommendation (${letter}): ${point.trim()}`);
      const span = fieldSpan(p, "recommendation");
      if (span) finding.evidence.push(span);
      order.splice(0, order.length);
    }
    for (const f of order) {
      const value = p[f as "summary"];
      if (!value) continue;
      // (A recommendation is shown whole, its lettered points and all, when it is not overlong; longer still
      // when it is what the question asks for, its last points being as much the paper's ask as its first.)
      const max = f === "recommendation" ? (f === order[0] ? 1150 : 700) : 420;
      finding.lines.push(`• ${f.charAt(0).toUpperCase() + f.slice(1)}: ${value.length > max ? `${value.slice(0, max).replace(/\s+\S*$/, "")}…` : value}`);
      const span = fieldSpan(p, f);
      if (span) finding.evidence.push(span);
    }
    // The body of the paper may say more than its cover sheet: search it too.
    finding.passages = { docIds: [p.docId], section: p.title };
  }
  return finding;
}

/** A recommendation's letter asked for: "rec (c)", "recommendation b", "recommendation (d)". */
const LETTER_ASKED = /\brec(?:ommendation)?s?\.?\s*\(([a-h])\)|\brec(?:ommendation)?s?\.?\s+([a-h])\b(?!['’])/i;

/** A line naming whom to contact about a document: "Contact", "Data owner: …", "Report author". */
// ("Created by: Jo Bloggs, Senior Data Analyst": a data platform's report names who made it.)
const CONTACT_LINE = /^(?:contact officers?|contacts?(?: details)?|report authors?|authors?|data owners?|report owners?|lead officers?|enquiries(?: to)?|(?:created|compiled|prepared|produced|written) by)\s*(?::\s*(.*)|$)/i;
/** The lines under a bare contact label that say who: a name, a post, a telephone number or email. */
const MAX_CONTACT_LINES = 3;
/** A labelled line of a contact's details: "Position: Adviser", "Phone no: 020 7946 0617", "Email: …". */
const CONTACT_DETAIL = /^(?:position|job title|post|role|phone(?: no\.?| number)?|tel(?:ephone)?(?: no\.?)?|mobile|e-?mail(?: address)?)\s*:\s*\S/i;
/** The most points of a list of contacts read under its heading. */
const MAX_LISTED_CONTACTS = 8;

function takeWhile<T>(items: T[], keep: (item: T) => boolean): T[] {
  const end = items.findIndex((x) => !keep(x));
  return end < 0 ? items : items.slice(0, end);
}

/**
 * The contact of a document that is not a board paper (a dashboard, a report): the document the question
 * names by its title, and its contact lines, labelled inline ("Data owner: Jo Bloggs, Analyst") or under a
 * label of their own ("Contact" over a name and a telephone line).
 */
/** The documents a question names by their titles (no paper's front sheet named). */
function documentsNamed(query: TypedQuery, ctx: LookupContext, words: string[], opts: { fileNames?: boolean } = {}): StoredDocument[] {
  // (A period named, "the sept 17 agenda", picks among documents of the same title words.)
  const dated = query.periods.length ? scopeByPeriods(ctx.documents, query.periods).docs : [];
  const candidates = dated.length ? dated : ctx.documents;
  // (With `fileNames`, the words of a document's file name too: "the q3 slides" of "…-item-4-q3-slides-outline-…".)
  const titled = candidates.map((d) => ({ title: opts.fileNames ? `${d.meta.title} ${d.meta.docId.replace(/[-_.]+/g, " ")}` : d.meta.title, d }));
  const docs = bestByTitle(titled, words, query.question, query.board).map((x) => x.d);
  // (A document named only by its kind, "the perf report", "the risk register".)
  return docs.length ? docs : bestByTitle(titled, wordsBeyondTopic(query), query.question, query.board).map((x) => x.d);
}

/** A heading over what a document asks its readers to decide: "Recommendations", "Decisions for today". */
const ASKS_HEADING = /^(?:recommendations?|decisions? (?:for today|needed|required|sought|asked for)|(?:the )?(?:board|panel|committee|members?) (?:is|are) (?:asked|invited) to:?|for decision)\s*:?$/i;
/** An item of a lettered or numbered list: "(b) agree to move …", "2. note …". */
const LIST_LINE = /^\s*(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-*•])\s+\S/;

/**
 * "What did the nov programme update ask the panel to decide?" of a document with no front sheet: the
 * list under its "Recommendations" or "Decisions for today" heading.
 */
function documentRecommendations(query: TypedQuery, ctx: LookupContext, words: string[]): Finding | undefined {
  const finding = emptyFinding();
  for (const d of documentsNamed(query, ctx, words).slice(0, 2)) {
    const text = ctx.textOf?.(d.meta.docId);
    if (!text) continue;
    const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: m.index! }));
    const at = lines.findIndex((l) => l.text.length <= 60 && ASKS_HEADING.test(l.text.replace(/^#+\s*/, "").trim()));
    if (at < 0) continue;
    const items = [];
    for (const l of lines.slice(at + 1)) {
      if (!LIST_LINE.test(l.text) || items.length >= 8) break;
      items.push(l);
    }
    if (items.length === 0) continue;
    finding.lines.push(`"${d.meta.title}" asks (${lines[at]!.text.trim()}):`, ...items.map((l) => `• ${l.text.replace(/^\s*[-*•]\s+/, "").trim()}`));
    const last = items[items.length - 1]!;
    finding.evidence.push({ docId: d.meta.docId, start: items[0]!.start, end: last.start + last.text.length, locator: { section: [d.meta.title, lines[at]!.text.trim()], row: "recommendations" } });
    finding.passages = { docIds: [d.meta.docId], section: d.meta.title };
  }
  return finding.lines.length ? finding : undefined;
}

function documentContact(query: TypedQuery, ctx: LookupContext, words: string[], opts: { fileNames?: boolean } = {}): Finding | undefined {
  const docs = documentsNamed(query, ctx, words, opts);
  const finding = emptyFinding();
  // (Of documents named alike, the newest that gives a contact.)
  let answered = 0;
  for (const d of [...docs].sort((a, b) => b.meta.date.localeCompare(a.meta.date))) {
    if (answered === 2) break;
    const before = finding.lines.length;
    const text = ctx.textOf?.(d.meta.docId);
    if (!text) continue;
    const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: m.index! }));
    for (let i = 0; i < lines.length; i++) {
      const label = lines[i]!.text.replace(/^\s*(?:[-*•]|#{1,6})\s+/, "").trim();
      const m = CONTACT_LINE.exec(label);
      if (!m) continue;
      // (A plural heading over a list, "Contacts" over a point for each officer: every point, a line each.)
      const listed = !m[1] && /s\s*:?$/i.test(label) ? takeWhile(lines.slice(i + 1, i + 1 + MAX_LISTED_CONTACTS), (l) => LIST_LINE.test(l.text) && l.text.length <= 200) : [];
      // (A name given inline keeps the labelled lines of its details under it: "Position: …", "Phone no: …".)
      const details = m[1] ? takeWhile(lines.slice(i + 1, i + 1 + MAX_CONTACT_LINES), (l) => CONTACT_DETAIL.test(l.text.trim()) && l.text.length <= 160) : [];
      const under = m[1] ? details : listed.length ? listed : lines.slice(i + 1, i + 1 + MAX_CONTACT_LINES).filter((l, k, all) => all.slice(0, k + 1).every((x) => x.text.length <= 120 && /[A-Z0-9@]/.test(x.text)));
      // (A label with nothing that names anyone after it is a heading, not a contact.)
      const said = m[1] !== undefined ? [m[1], ...details.map((l) => l.text.trim())].join(", ") : listed.length ? listed.map((l) => l.text.replace(/^\s*[-*•]\s+/, "").trim()).join("; ") : under.map((l) => l.text.trim()).join(", ");
      if (!said || !/[A-Z][a-z]+\s+[A-Z][a-z]+|@|\d{3,}/.test(said)) continue;
      const last = under.length ? under[under.length - 1]! : lines[i]!;
      finding.lines.push(`${label.replace(/:.*$/, "").trim()} for "${d.meta.title}": ${said}.`);
      finding.evidence.push({ docId: d.meta.docId, start: lines[i]!.start, end: last.start + last.text.length, locator: { section: [d.meta.title], row: "contact" } });
    }
    if (finding.lines.length > before) answered++;
  }
  // (None of the documents its title words name gives a contact: the one its file's name says, "slides".)
  return finding.lines.length ? finding : opts.fileNames ? undefined : documentContact(query, ctx, words, { fileNames: true });
}

/** The question's words with the kinds of paper a topic sets aside ("the perf report"), but not its board's. */
function wordsBeyondTopic(query: TypedQuery): string[] {
  const named = new Set([...(query.board ? contentWords(query.board) : []), ...(query.board ? [initials(query.board).toLowerCase()] : [])]);
  const asked = query.periods.reduce((text, p) => text.replace(p.label, " "), query.question);
  return questionWords(expandQuestion(asked, { people: [], boards: [] })).filter((w) => !named.has(w));
}

/** An agenda's column of who presents each item: "Presented by", "Presenter", "Lead officer", "Introduced by". */
const PRESENTER_COLUMN = /\bpresent|\bintroduc|\blead\b|\bofficer\b|\bspeaker\b|\bby\b/i;

/** A word of a board's name, or the initials of words of it ("ev" of Electric Vehicle Charging Task Group). */
function namesBoard(word: string, board: string): boolean {
  const names = contentWords(board).map((w) => w.toLowerCase());
  if (names.includes(word.toLowerCase())) return true;
  const letters = names.map((w) => w[0]).join("");
  return word.length >= 2 && word.length <= 5 && letters.includes(word.toLowerCase());
}

/** Words that ask about an agenda, not which item. */
const AGENDA_WORDS = /^(?:agenda|item|items|pages?|confidential|private|restricted|paper|papers|pack|packs|meeting|meetings|board|on|whats|what|there)$/;

export function lookupAgenda(query: TypedQuery, ctx: LookupContext, opts: { itemsOnly?: boolean } = {}): Finding | undefined {
  const { records, notFound } = recordsInScope<AgendaItemRecord>(query, ctx, "agenda_item");
  if (notFound) return { ...emptyFinding(), notFound };
  if (records.length === 0) return undefined;
  // (The words of the board's own name, "the ev charging meeting" of the Electric Vehicle Charging Task
  // Group, name the meeting, not one of its items.)
  const boardNames = [...new Set(records.map((r) => r.board))];
  const words = topicWords(query.topic).filter((w) => !AGENDA_WORDS.test(w) && !boardNames.some((b) => namesBoard(w, b)));
  // "What's item 4 on the agenda?": the item of that number, whatever its title's words.
  const numbered = ITEM_NUMBER.exec(query.question)?.[1]?.toLowerCase();
  const byNumber = numbered ? records.filter((r) => r.number.toLowerCase() === numbered) : [];
  let items = byNumber.length ? byNumber : bestByTitle(records, words, query.question, query.board);
  // Words a topic sets aside as the papers' kinds ("the Q2 perf report item") may be an item's title.
  if (items.length === 0 && !opts.itemsOnly) {
    const more = wordsBeyondTopic(query).filter((w) => !AGENDA_WORDS.test(w) && !boardNames.some((b) => namesBoard(w, b)));
    if (more.length >= 2) items = bestByTitle(records, more, query.question, query.board).filter((r) => matchScore(more, r.title).fraction >= 0.5);
  }
  const wantsConfidential = /\bconfidential\b/i.test(query.question);
  if (wantsConfidential) items = (items.length ? items : records).filter((r) => r.confidential);
  // What a confidential item's paper says is not in the published papers: say so, with what is.
  const papers = ctx.recordsOf("paper");
  // (What it is about, its title says; what it recommends or asks for, only its paper could.)
  const asksContent = query.paperField === "recommendation" || query.paperField === "action";
  const withheld = items.filter((r) => r.confidential && !papers.some((p) => p.docId === r.docId && matchScore(contentWords(r.title), p.title).fraction >= 0.6));
  if (asksContent && withheld.length && withheld.length === items.length) {
    const r = withheld[0]!;
    return {
      ...emptyFinding(),
      notFound: `Item ${r.number}, "${r.title}" (${r.board}, ${humanDate(r.meetingDate)}), is a confidential item: its paper is not in the published pack, so I cannot say what it ${query.paperField === "recommendation" ? "recommends" : "says"}.`,
    };
  }
  const finding = emptyFinding();
  if (items.length === 0 && opts.itemsOnly) return undefined;
  if (items.length === 0) {
    // No item named: the whole agenda of each meeting in scope.
    const byDoc = new Map<string, AgendaItemRecord[]>();
    for (const r of records) byDoc.set(r.docId, [...(byDoc.get(r.docId) ?? []), r]);
    for (const [, list] of byDoc) {
      finding.lines.push(`Agenda of the ${list[0]!.board}, ${humanDate(list[0]!.meetingDate)}:`);
      // (Who presents each item, when asked who: the agenda's own column for it.)
      const presenter = (r: AgendaItemRecord) => (/\bwho\b|\bpresent|\bintroduc/i.test(query.question) ? r.details?.find((d) => PRESENTER_COLUMN.test(d.column)) : undefined);
      for (const r of list) finding.lines.push(`• ${r.number}. ${r.title}${r.pages ? ` (${pagesWord(r.pages)} ${r.pages})` : ""}${r.confidential ? " [confidential]" : ""}${r.note ? ` – ${r.note}` : ""}${presenter(r) ? ` – ${presenter(r)!.column}: ${presenter(r)!.value}` : ""}`);
      finding.rows.push(...list);
      finding.evidence.push(...list.slice(0, 4).map((r) => ({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator })));
    }
    return finding;
  }
  for (const r of items) {
    // The item's paper, when it has one: its purpose says whether it is for decision.
    const paper = papers.find((p) => p.docId === r.docId && matchScore(contentWords(r.title), p.title).fraction >= 0.6);
    finding.lines.push(
      `• Item ${r.number}, "${r.title}" (${r.board}, ${humanDate(r.meetingDate)})${r.pages ? `: ${pagesWord(r.pages)} ${r.pages}` : r.details?.length ? "" : ": no pages listed (no paper)"}${r.confidential ? "; confidential" : ""}${paper?.purpose ? `. Purpose: ${paper.purpose.replace(/\.$/, "")}` : ""}.`,
    );
    if (r.details?.length) finding.lines.push(`  ${r.details.map((d) => `${d.column}: ${d.value}`).join("; ")}.`);
    if (r.confidentialReason) finding.lines.push(`  ${r.confidentialReason}`);
    if (r.note) finding.lines.push(`  Noted under the item: ${r.note}.`);
    finding.rows.push(r);
    finding.evidence.push({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator });
    if (r.reasonSpan) finding.evidence.push({ docId: r.docId, start: r.reasonSpan[0], end: r.reasonSpan[0] + r.reasonSpan[1], locator: r.locator });
    if (r.noteSpan) finding.evidence.push({ docId: r.docId, start: r.noteSpan[0], end: r.noteSpan[0] + r.noteSpan[1], locator: r.locator });
    const purpose = paper ? fieldSpan(paper, "purpose") : undefined;
    if (purpose) finding.evidence.push(purpose);
  }
  return finding;
}

/** A place given by its label ("Where: Lovelace Room (1.07), 18 Smith Square"), a line of its own. */
const PLACE_LINE = /^[ \t]*(?:where|venue|location|place)[ \t]*:[ \t|]*([^\s|][^\n]{2,200})$/gim;
/** How far under a meeting's date its place may be given, in characters. */
const PLACE_REACH = 400;

/**
 * Where a meeting is held, when the papers that record it give no place: a notice of it in another paper
 * (a pinned message, an e-mail) that gives its day and, in the lines under it, "Where: …".
 */
function placeSaidElsewhere(records: MeetingRecord[], ctx: LookupContext): Finding | undefined {
  const finding = emptyFinding();
  const told = new Set<string>();
  for (const m of records) {
    const day = humanDate(m.date);
    if (told.has(`${m.board}|${m.date}`)) continue;
    told.add(`${m.board}|${m.date}`);
    for (const d of ctx.documents) {
      const text = ctx.textOf?.(d.meta.docId);
      const at = text?.indexOf(day) ?? -1;
      if (!text || at < 0) continue;
      const place = [...text.slice(at, at + PLACE_REACH).matchAll(PLACE_LINE)][0];
      if (!place) continue;
      const start = at + place.index! + place[0].indexOf(place[0].trim());
      finding.lines.push(`${m.board}: ${day}${m.time ? `, ${m.time}` : ""}, ${place[1]!.trim()}.`);
      finding.rows.push(m);
      finding.evidence.push({ docId: d.meta.docId, start, end: start + place[0].trim().length, locator: { section: [d.meta.title], row: "where" } });
      break;
    }
  }
  return finding.lines.length ? finding : undefined;
}

export function lookupMeeting(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const inScope = recordsInScope<MeetingRecord>(query, ctx, "meeting");
  const { notFound } = inScope;
  let records = inScope.records;
  if (notFound) return { ...emptyFinding(), notFound };
  if (records.length === 0) return undefined;
  const finding = emptyFinding();
  const asksNext = /\bnext\b|\bafter\b|\bfollowing\b/i.test(query.question);
  // ("Where is it?" of meetings whose records give no place: what the papers say of it, not its date.)
  // (Nor "what time?" of records with no time.)
  if (!asksNext && /^\s*where\b|\bwhere(?:['’]s| is| was| will)\b/i.test(query.question) && !records.some((m) => m.venue)) return placeSaidElsewhere(records, ctx);
  if (!asksNext && /\bwhat time\b/i.test(query.question) && !records.some((m) => m.time)) return undefined;
  // (Of several records of one meeting, those that say it.)
  const saying = /\bwhere\b/i.test(query.question) ? records.filter((m) => m.venue) : /\bwhat time\b/i.test(query.question) ? records.filter((m) => m.time) : records;
  if (!asksNext && saying.length && saying.length < records.length) records = saying;
  // (One meeting held in several papers, its agenda and a paper for it: told once, by the paper that says
  // most of it, its time and place.)
  if (!asksNext) {
    const detail = (m: MeetingRecord) => (m.time ? 1 : 0) + (m.venue ? 2 : 0);
    const best = new Map<string, MeetingRecord>();
    for (const m of records) {
      const key = `${m.board}|${m.date}`;
      const held = best.get(key);
      if (!held || detail(m) > detail(held)) best.set(key, m);
    }
    records = records.filter((m) => best.get(`${m.board}|${m.date}`) === m);
  }
  // (The meetings whose papers say when the next one is, when any do: the others' own dates are not asked.)
  const saysNext = asksNext ? records.filter((m) => m.nextMeeting) : [];
  for (const m of saysNext.length ? saysNext : records) {
    finding.rows.push(m);
    if (asksNext && m.nextMeeting) {
      finding.lines.push(`The meeting after the ${m.board} of ${humanDate(m.date)} was set for ${m.nextMeeting.replace(/\.\s*$/, "")}.`);
      const next = ctx.recordsOf("meeting").find((r) => r.date > m.date);
      if (next && next.type === "meeting") finding.lines.push(`(The next meeting whose papers I hold is ${humanDate(next.date)}.)`);
    } else {
      finding.lines.push(`${m.board}: ${humanDate(m.date)}${m.time ? `, ${m.time}` : ""}${m.venue ? `, ${m.venue}` : ""}.`);
    }
    if (asksNext && m.nextMeetingSpan) {
      finding.evidence.push({ docId: m.docId, start: m.nextMeetingSpan[0], end: m.nextMeetingSpan[0] + m.nextMeetingSpan[1], locator: { ...m.locator, row: "date of next meeting" } });
    }
    finding.evidence.push({ docId: m.docId, start: m.sourceStart, end: m.sourceStart + m.source.length, locator: m.locator });
  }
  return finding;
}
