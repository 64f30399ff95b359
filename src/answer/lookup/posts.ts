/**
 * Who holds a post the papers name instead of a person ("Owner: Head of Elections Policy"): read from
 * what else the papers say of that post, a table of posts and their holders ("Post | Officer | Phone"),
 * officers listed with their job titles at a meeting, or a paper's contact officer and position.
 */
import type { DocRecord } from "../../ingest/records/schema.js";
import { JOB_TITLE_WORD } from "../../ingest/vocabulary.js";
import type { Span } from "../quotes.js";
import type { LookupContext } from "./types.js";

export interface PostHolder {
  person: string;
  /** Where the papers say it. */
  span: Span;
}

/** A column holding the person in a table of posts. */
export const HOLDER_COLUMN = /^(?:officer|officers|name|held by|post ?holder|person|staff member|who)$/i;
/** A column holding the post in a table of people. */
export const POST_COLUMN = /^(?:post|job title|title|role|position)$/i;
export const PERSON = /^(?:Dr |Cllr |Councillor )?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,3}$/u;

const key = (post: string) => post.toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ").trim();
export const isPost = (text: string) => text.length <= 80 && text.split(/[\s,()]+/).some((w) => JOB_TITLE_WORD.test(w));
/** Where a record says what it says. */
export const spanOf = (r: DocRecord): Span => ({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator });

const directories = new WeakMap<LookupContext, Map<string, PostHolder>>();

function directory(ctx: LookupContext): Map<string, PostHolder> {
  let posts = directories.get(ctx);
  if (posts) return posts;
  posts = new Map();
  const add = (post: string, person: string, r: DocRecord) => {
    if (isPost(post) && PERSON.test(person.trim()) && !posts!.has(key(post))) posts!.set(key(post), { person: person.trim(), span: spanOf(r) });
  };
  for (const c of ctx.recordsOf("cell")) {
    if (HOLDER_COLUMN.test(c.column.trim())) add(c.rowLabel, c.value, c);
    else if (POST_COLUMN.test(c.column.trim())) add(c.value, c.rowLabel, c);
  }
  for (const a of ctx.recordsOf("attendance")) if (a.role) add(a.role, a.person, a);
  for (const p of ctx.recordsOf("paper")) for (const c of p.contacts) if (c.position) add(c.position, c.name, p);
  directories.set(ctx, posts);
  return posts;
}

/** The person holding `post`, when the papers say who does and `post` is a post, not a name. */
export function postHolder(ctx: LookupContext, post: string | undefined): PostHolder | undefined {
  if (!post || !isPost(post)) return undefined;
  return directory(ctx).get(key(post));
}
