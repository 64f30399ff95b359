/**
 * Outliner pages (Logseq, Roam, Workflowy and the like, saved as markdown): every line a "- " bullet,
 * children indented by tabs, a heading written inside a bullet ("- ## 3. Budget"), properties as
 * "key:: value" lines (the page's at the top, a block's under its bullet), a bold bullet over the bullets
 * it groups ("**Apologies**"). Read as the page shows them: headings as headings, a bold bullet with
 * children as a heading over them, properties as "Key: value" labels, every other bullet a list item
 * indented by its depth, so that the tabs are not read as a table's cells.
 */
import type { DocumentHints } from "./types.js";

const BULLET = /^([ \t]*)[-*+][ \t]+(.*)$/;
const PROPERTY = /^[ \t]*([A-Za-z][\w-]{0,40})::[ \t]*(.*)$/;
/** Block properties a page does not show: ids that block references point at, a block's collapsed state. */
const HIDDEN_PROPERTY = /^(?:id|collapsed|heading|background-color|logseq\.[\w.-]+)$/i;
/** A query or embed macro alone on a bullet: a live view of other blocks, no text of its own. */
const MACRO_ONLY = /^\{\{[^{}]*\}\}$/;
const WHOLLY_BOLD = /^\*\*([^*]+?)\*\*:?$/;

/** A tab, or two spaces, per level. */
function depthOf(indent: string): number {
  const tabs = (indent.match(/\t/g) ?? []).length;
  return tabs + Math.floor(indent.replace(/\t/g, "").length / 2);
}

/** "meeting-date" as a reader would label it: "Meeting date" (the same words). */
function propertyLabel(key: string): string {
  const words = key.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * True for an outliner page: most lines are bullets, and it has what only outliners write (tab-indented
 * bullets, "key:: value" properties, or headings inside bullets). A markdown paper with a long list is not.
 */
export function isOutlinerPage(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim());
  if (lines.length < 5) return false;
  const bullets = lines.filter((l) => BULLET.test(l)).length;
  const properties = lines.filter((l) => PROPERTY.test(l)).length;
  const outlinerMarks = lines.filter((l) => /^\t+[-*+][ \t]/.test(l) || /^[-*+][ \t]+#{1,6}[ \t]/.test(l)).length + properties;
  return (bullets + properties) / lines.length >= 0.7 && outlinerMarks >= 3;
}

/** An outliner page as markdown, and its title from a "title::" property. Other text is returned as is. */
export function outlinerToMarkdown(text: string): { text: string; hints?: DocumentHints } {
  if (!isOutlinerPage(text)) return { text };
  const out: string[] = [];
  let title: string | undefined;
  let depth = 0;
  // The depth of the bullets under the last heading: they are its list, indented from there.
  let base = 0;
  // The headings in effect, by the depth of their bullets: a bold bullet's heading is one level below.
  let headings: { depth: number; level: number }[] = [];
  const headingAt = (level: number, words: string) => {
    headings = [...headings.filter((h) => h.depth < depth), { depth, level }];
    out.push("", `${"#".repeat(level)} ${words}`, "");
    base = depth + 1;
  };
  let inPageProperties = true;
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (!line.trim()) {
      // (Not after the page's properties: a last "Tags: …" line before a blank line would read as a heading.)
      if (!inPageProperties) out.push("");
      return;
    }
    const bullet = BULLET.exec(line);
    const property = bullet ? undefined : PROPERTY.exec(line);
    if (property) {
      const [, key, value] = property;
      if (HIDDEN_PROPERTY.test(key!) || !value!.trim()) return;
      if (inPageProperties && /^title$/i.test(key!)) title = value!.replace(/\[\[([^\]]*)\]\]/g, "$1").trim();
      // (A block's property belongs to its bullet: a line under it, as the page shows it.)
      out.push(`${inPageProperties ? "" : "  ".repeat(Math.max(0, depth - base) + 1)}${propertyLabel(key!)}: ${value!.trim()}`);
      return;
    }
    inPageProperties = false;
    if (!bullet) {
      // A block's second line ("DEADLINE: <2041-12-05 Thu>"): under its bullet.
      out.push(`${"  ".repeat(Math.max(0, depth - base) + 1)}${line.trim()}`);
      return;
    }
    depth = depthOf(bullet[1]!);
    base = Math.min(base, depth);
    const content = bullet[2]!.trim();
    if (MACRO_ONLY.test(content)) return;
    const heading = /^(#{1,6})[ \t]+(.*)$/.exec(content);
    if (heading) {
      headingAt(heading[1]!.length, heading[2]!);
      return;
    }
    // A bold bullet over deeper bullets groups them: "**Apologies**" over the names.
    const bold = WHOLLY_BOLD.exec(content);
    const next = lines.slice(i + 1).find((l) => l.trim() && !PROPERTY.test(l));
    const nextBullet = next ? BULLET.exec(next) : null;
    if (bold && nextBullet && depthOf(nextBullet[1]!) > depth) {
      headingAt(Math.min(6, (headings.filter((h) => h.depth < depth).pop()?.level ?? 1) + 1), bold[1]!);
      return;
    }
    out.push(`${"  ".repeat(depth - base)}- ${content}`);
  });
  return { text: out.join("\n").replace(/\n{3,}/g, "\n\n"), ...(title ? { hints: { title } } : {}) };
}
