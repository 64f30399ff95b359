/**
 * A paragraph asked for by its number ("what does para 5(b) of the fluoridation paper say?"): the line a
 * paper numbers "5." and, under it, the one it letters "(b)" (and "(ii)" under that), quoted as the paper
 * writes it. A pack numbers each paper's paragraphs afresh, so the paragraph of that number in the paper
 * whose headings say most of the question's other words.
 */
import { contentWords } from "../../util/text.js";
import { matchScore } from "../../util/similarity.js";
import type { TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

/** "para 5(b)", "paragraph 3", "paragraph 4(b)(ii)", "para. 6 (a)", "para 5.3". */
const PARAGRAPH_ASKED = /\bpara(?:graph)?\.?\s*(\d{1,2}(?:\.\d{1,2}){0,2})(?!\.?\d)(?:\s*\(([a-z])\))?(?:\s*\(([ivx]{1,4})\))?/i;

/** Words of the question that say it asks for a paragraph, not what the paragraph is about. */
const ASKING = /^(?:para|paragraph|say|says|said|mean|means|what|whats|paper|papers|report|item)$/i;

/** How far back from a paragraph its paper's headings are read: a paper's front sheet and first paragraphs. */
const CONTEXT_CHARS = 3000;

interface Part {
  start: number;
  end: number;
}

/** The lines from `from` that belong to the item opening there, up to the next item of a level `stop` matches. */
function itemAt(text: string, from: number, stop: RegExp, limit: number): Part {
  const rest = text.slice(from, limit);
  const lines = [...rest.matchAll(/[^\n]*(?:\n|$)/g)].map((m) => ({ at: from + m.index!, line: m[0] }));
  let end = from;
  for (let k = 0; k < lines.length; k++) {
    const { at, line } = lines[k]!;
    if (k > 0 && (stop.test(line) || /^\s*#/.test(line) || (!line.trim() && !lines[k + 1]?.line.match(/^\s*\(?[a-z0-9]{1,4}[.)]/i)))) break;
    end = at + line.replace(/\s+$/, "").length;
  }
  return { start: from, end };
}

/**
 * The item lettered `mark` ("b", "ii") within `part`: from its "(b)" at a line's start, or after the colon
 * or semicolon that ends the item before it (a list run into one line), to the next item of its kind.
 */
function subItem(text: string, part: Part, mark: string, kind: RegExp): Part | undefined {
  const body = text.slice(part.start, part.end);
  const marker = new RegExp(`(?:^|\\n|[:;]\\s+|\\sand\\s+)[ \\t]*\\((${kind.source})\\)[ \\t]+(?=\\S)`, "g");
  const marks = [...body.matchAll(marker)].map((m) => ({ mark: m[1]!, at: m.index! + m[0].indexOf("(") }));
  const k = marks.findIndex((m) => m.mark === mark);
  if (k < 0) return undefined;
  const end = (marks[k + 1]?.at ?? body.length);
  const item = body.slice(marks[k]!.at, end).replace(/(?:\s+and)?\s*$/, "");
  return { start: part.start + marks[k]!.at, end: part.start + marks[k]!.at + item.length };
}

export function lookupParagraph(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const asked = PARAGRAPH_ASKED.exec(query.question);
  if (!asked || !ctx.textOf) return undefined;
  const [, number, letter, roman] = asked;
  const words = contentWords(query.question.replace(asked[0], " ")).filter((w) => !ASKING.test(w));
  const found: { docId: string; part: Part; label: string; fit: number }[] = [];
  for (const doc of ctx.documents) {
    const text = ctx.textOf(doc.meta.docId) ?? "";
    // (A paragraph numbered within its section, "5.3 Each bid …", opens its line with the number and no
    // stop, and ends at the next paragraph numbered at its level or above, "5.4 …", "6 Recommended awards":
    // its own "5.3.1" and a wrapped line's "10 working days" go on.)
    const levels = number!.split(".").length;
    const decimal = levels > 1;
    const opening = decimal ? `${number!.replace(/\./g, "\\.")}\\.?` : `${number}\\.`;
    const next = decimal ? new RegExp(`^\\s*\\d{1,2}(?:\\.\\d{1,2}){0,${levels - 1}}\\.?\\s+(?=[A-Z(])`) : /^\s*\d{1,2}\.\s/;
    for (const m of text.matchAll(new RegExp(`^[ \\t]*${opening}[ \\t]+\\S`, "gm"))) {
      let part = itemAt(text, m.index!, next, text.length);
      let label = number!;
      if (letter) {
        const sub = subItem(text, part, letter, /[a-z]/);
        if (!sub) continue;
        part = sub;
        label += `(${letter})`;
        if (roman) {
          const subsub = subItem(text, part, roman, /[ivx]{1,4}/);
          if (!subsub) continue;
          part = subsub;
          label += `(${roman})`;
        }
      }
      // (The paper's own headings, where the text has them; else the lines before it.)
      const headings = ctx.locate?.(doc.meta.docId, part.start).section.join(" ");
      const before = headings || text.slice(Math.max(0, part.start - CONTEXT_CHARS), part.start);
      // (By the paper's title and headings first, then with the paragraph's own words: minutes whose 3.2
      // resolves on "the second round of grants" are not the grants round 2 paper.)
      const fit = words.length ? matchScore(words, `${doc.meta.title} ${before}`).fraction + matchScore(words, `${doc.meta.title} ${before} ${text.slice(part.start, part.end)}`).fraction / 10 : 0;
      found.push({ docId: doc.meta.docId, part, label, fit });
    }
  }
  if (found.length === 0) return undefined;
  const best = Math.max(...found.map((f) => f.fit));
  const top = found.filter((f) => f.fit === best);
  // (Several papers with that paragraph and nothing to choose between them: not this lookup's to guess.)
  if (top.length > 1 || (found.length > 1 && best === 0)) return undefined;
  const { docId, part, label } = top[0]!;
  const text = ctx.textOf(docId)!.slice(part.start, part.end).replace(/\s*\n\s*/g, " ");
  const locator = ctx.locate?.(docId, part.start) ?? { section: [] };
  const finding = emptyFinding();
  const paper = locator.section.join(" > ") || (ctx.docById.get(docId)?.meta.title ?? docId);
  finding.lines.push(`Paragraph ${label} (${paper}, ${ctx.docById.get(docId)?.meta.title ?? docId}): ${text}`);
  finding.evidence.push({ docId, start: part.start, end: part.end, locator });
  return finding;
}
