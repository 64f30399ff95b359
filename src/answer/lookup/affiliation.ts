/**
 * What the papers say of a person named in an answer, when the question asks it of them: "who replaced
 * Cllr X, and what council are they from?", "what's the job title of whoever owns the risk?". The
 * sentence or row naming the person often does not say it; a membership list, an attendance list, a
 * table of officers or a paper's contact block (often in another paper) does.
 */
import type { Span } from "../quotes.js";
import { escapeRegExp } from "../../util/text.js";
import { HOLDER_COLUMN, PERSON, POST_COLUMN, isPost, spanOf } from "./posts.js";
import type { LookupContext } from "./types.js";

export type PersonDetail = "council" | "post";

export interface PersonFact {
  person: string;
  /** The council (with the group, when given) or the post. */
  value: string;
  /** Where the papers say it. */
  span: Span;
}


const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:cllr|councillor|dr|mr|mrs|ms|miss)\.?\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

const directories = new WeakMap<LookupContext, Record<PersonDetail, Map<string, PersonFact>>>();

function directory(ctx: LookupContext): Record<PersonDetail, Map<string, PersonFact>> {
  const cached = directories.get(ctx);
  if (cached) return cached;
  const made: Record<PersonDetail, Map<string, PersonFact>> = { council: new Map(), post: new Map() };
  // The first list to say it wins, membership lists before attendance lists (a member sits for a council).
  const add = (detail: PersonDetail, person: string, value: string | undefined, span: Span) => {
    const k = key(person);
    if (value && PERSON.test(person.trim()) && !made[detail].has(k)) made[detail].set(k, { person: person.trim(), value, span });
  };
  const withGroup = (council: string | undefined, group: string | undefined) => (council && group && !council.includes(group) ? `${council} (${group})` : council);
  for (const m of ctx.recordsOf("member")) add("council", m.person, withGroup(m.council, m.group), spanOf(m));
  for (const a of ctx.recordsOf("attendance")) {
    add("council", a.person, withGroup(a.council, a.group === "In attendance" ? undefined : a.group), spanOf(a));
    if (a.role && isPost(a.role)) add("post", a.person, a.role, spanOf(a));
  }
  for (const p of ctx.recordsOf("paper")) {
    const contact = p.spans["contact"];
    const span = contact ? { docId: p.docId, start: contact[0], end: contact[0] + contact[1], locator: p.locator } : spanOf(p);
    for (const c of p.contacts) if (c.position) add("post", c.name, c.position, span);
  }
  for (const c of ctx.recordsOf("cell")) {
    if (HOLDER_COLUMN.test(c.column.trim()) && isPost(c.rowLabel)) add("post", c.value, c.rowLabel, spanOf(c));
    else if (POST_COLUMN.test(c.column.trim()) && isPost(c.value)) add("post", c.rowLabel, c.value, spanOf(c));
  }
  directories.set(ctx, made);
  return made;
}

/** A name's last word, by which a question names a person ("drabble's place", "cllr wrigglesworth"). */
const surname = (name: string) => name.toLowerCase().split(/\s+/).pop()!;


/** A person's name in running text: two or three capitalised words. */
const NAME_IN_TEXT = /(?<![\p{L}'’-])[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}(?![\p{L}'’-])/gu;
/** How far after a name a post written beside it may run ("Gideon Plumridge, Finance Business Partner"). */
const MAX_POST = 80;

/**
 * The post written beside a name in a paper's text, where no list gives it: "Gideon Plumridge, Finance
 * Business Partner" in an agenda line, "Ann Lee (Head of Policy)". The first paper to say it wins.
 */
function postWrittenBeside(ctx: LookupContext, name: string): PersonFact | undefined {
  if (!ctx.textOf || !ctx.locate) return undefined;
  const beside = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(name).replace(/ /g, "\\s+")}(?:,\\s+|\\s+\\()([A-Z][^;|\\n()]{2,${MAX_POST}}?(?:\\s*\\([^()\\n]{1,40}\\))?)(?=\\s*(?:\\)|[.;|\\n]|$)|,\\s+[a-z]|\\s+and\\s)`, "u");
  for (const d of ctx.documents) {
    const text = ctx.textOf(d.meta.docId);
    const m = text ? beside.exec(text) : null;
    if (!m || !isPost(m[1]!.trim())) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    return { person: name, value: m[1]!.trim(), span: { docId: d.meta.docId, start, end, locator: ctx.locate(d.meta.docId, start) } };
  }
  return undefined;
}

/**
 * The people `text` names whose names share no word with `question` (the new member, not the one asked
 * about), with the detail the papers give each, in the order the text names them.
 */
export function detailsOfPeopleNamed(ctx: LookupContext, text: string, question: string, detail: PersonDetail): PersonFact[] {
  const asked = new Set((question.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s?$/, "")));
  const found: { at: number; fact: PersonFact }[] = [];
  // "What party is Cllr X?" asks it of X (answered elsewhere), not of the others an answer names;
  // "who replaced Cllr X, and what council are they from?" asks it of someone else.
  const namesKnownPerson = [...directory(ctx)[detail].keys()].some((name) => asked.has(surname(name)));
  if (namesKnownPerson && !/\bwho(?:ever|'s|’s)?\b/i.test(question)) return [];
  for (const [name, fact] of directory(ctx)[detail]) {
    if (asked.has(surname(name))) continue;
    const at = text.search(new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(name).replace(/ /g, "\\s+")}(?![\\p{L}'’-])`, "iu"));
    if (at >= 0) found.push({ at, fact });
  }
  // A post no list gives may be written beside the name in a paper ("Gideon Plumridge, Finance Business Partner").
  if (detail === "post") {
    for (const m of text.matchAll(NAME_IN_TEXT)) {
      const name = m[0].replace(/\s+/g, " ");
      if (asked.has(surname(name)) || found.some((f) => key(f.fact.person) === key(name))) continue;
      const fact = postWrittenBeside(ctx, name);
      if (fact) found.push({ at: m.index!, fact });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.fact);
}
