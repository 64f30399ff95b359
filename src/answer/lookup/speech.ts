/**
 * What someone said, as minutes and notes report it: "what did Cllr Ravenhill say about the lighting?",
 * "Cllr Tallentire's exact words on round 2". The paragraphs in which that person is the one speaking
 * ("4.3 Cllr Ravenhill said: "…"", "Dr Sarsfield told the Panel that …"), the one whose words (or whose
 * section's heading) say most of the subject asked about, quoted whole: a passage search finds the
 * subject's words in paragraphs that only name the person (a table row they lead, a register).
 */
import { contentWords, escapeRegExp, stem } from "../../util/text.js";
import type { TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

/** Asking what someone said: "what did X say", "X's exact words", "what has X said on". */
const ASKS_WHAT_SAID = /\bwhat\s+(?:did|does|has|have)\b.{1,60}\b(?:say|said|tell|told|argue|argued|think)\b|\bexact words\b|\bword for word\b|\bwhat\b.{1,40}\b(?:say|said)\s+(?:about|on|of|regarding)\b/i;

/** Verbs of a person speaking, right after their name. */
const SPEECH_VERB = String.raw`(?:said|says|told|asked|added|commented|noted|stressed|warned|argued|explained|suggested|replied|responded|remarked|observed|emphasised|emphasized|urged|reminded)`;

/** A title before a surname in a question: "cllr ravenhill", "dr sarsfield". */
const TITLED = /\b(cllr|councillor|dr|mr|mrs|ms|miss|prof|professor)\.?\s+([a-z][\p{L}'’-]+)/iu;

/** Words of the question that say how it asks, not what about. */
const FRAME = /^(?:what|did|does|say|says|said|tell|told|exact|words?|word|pls|please|quote|quoted|meeting|exactly|think|about|regarding|cllr|councillor|dr|mr|mrs|ms|miss|prof)$/i;

/** Several speeches of one person fitting equally are listed, up to this many. */
const MAX_SPEECHES = 3;

export function lookupSaidBy(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!ASKS_WHAT_SAID.test(query.question) || !ctx.textOf || !ctx.locate) return undefined;
  const surname = query.person?.split(/\s+/).pop() ?? TITLED.exec(query.question)?.[2];
  if (!surname) return undefined;
  // ("Cllr Ines Ravenhill said", "Cllr Ravenhill said:", "Ravenhill said that …")
  const speaker = new RegExp(`\\b${escapeRegExp(surname)}\\s*(?:\\([^)]{1,60}\\)\\s*)?,?\\s+${SPEECH_VERB}\\b`, "iu");
  const subject = contentWords(query.question)
    .filter((w) => !FRAME.test(w) && w.toLowerCase() !== surname.toLowerCase() && !(query.person ?? "").toLowerCase().split(/\s+/).includes(w.toLowerCase()))
    .map(stem);
  const speeches: { docId: string; start: number; end: number; fit: number }[] = [];
  for (const d of ctx.documents) {
    const text = ctx.textOf(d.meta.docId) ?? "";
    let at = 0;
    for (const line of text.split("\n")) {
      const start = at;
      at += line.length + 1;
      if (line.length > 1500 || !speaker.test(line)) continue;
      const section = ctx.locate(d.meta.docId, start).section.join(" ");
      const said = new Set(contentWords(`${line} ${section}`).map(stem));
      const fit = subject.filter((w) => said.has(w)).length;
      const lead = /^\s*/.exec(line)![0].length;
      speeches.push({ docId: d.meta.docId, start: start + lead, end: start + line.trimEnd().length, fit });
    }
  }
  if (speeches.length === 0) return undefined;
  const best = Math.max(...speeches.map((s) => s.fit));
  // (A subject none of the speeches touches is not answered by one of them, unless there is only the one.)
  if (best === 0 && (subject.length > 0 || speeches.length > 1)) return undefined;
  const chosen = speeches.filter((s) => s.fit === best).slice(0, MAX_SPEECHES);
  const finding = emptyFinding();
  for (const s of chosen) {
    const meta = ctx.docById.get(s.docId)!.meta;
    const locator = ctx.locate(s.docId, s.start);
    finding.lines.push(`• ${ctx.textOf(s.docId)!.slice(s.start, s.end)} (${meta.title}${locator.section.length ? `, ${locator.section[locator.section.length - 1]}` : ""})`);
    finding.evidence.push({ docId: s.docId, start: s.start, end: s.end, locator });
  }
  return finding;
}
