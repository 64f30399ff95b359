/**
 * A note kept in an Obsidian vault, read as its reading view shows it: links by the words they show
 * ("[[Cllr Jo Bloggs|Cllr Bloggs]]" is "Cllr Bloggs", "[[Note#Heading]]" is "Note > Heading"), a callout by
 * its title over its lines ("> [!success] Decision" is "Decision"; "> [!NOTE]" alone shows an icon), highlights as their words, inline
 * fields as labels ("decision:: …" is "decision: …"), and what the view does not show left out (comments
 * between "%%", a query block that the view replaces with its results). Only a note that uses the vault's
 * own syntax is touched; other markdown is returned as it is.
 */

/** "[[target]]", "[[target|shown]]", "![[embedded#heading]]". */
const WIKI_LINK = /(!?)\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]/g;
/** "> [!note]+ Present", "> [!failure]- Apologies", "> [!tip]". */
const CALLOUT = /^>\s*\[!([\w-]+)\][+-]?[ \t]*(.*)$/;
/** A fenced block of a query plugin, whose text the reading view replaces with its results. */
const QUERY_FENCE = /^(`{3,}|~{3,})\s*(?:dataview|dataviewjs|query|tasks)\s*$/i;
/** "owner:: Jo Bloggs", "[decision:: …]": a field written inline. */
const INLINE_FIELD = /(^|[\s([])([A-Za-z][\w -]{0,30}?)::[ \t]*/g;

/** A line that only navigates: a breadcrumb of links ("[[Home]] / [[Boards]] / Panel"), a wiki's "[[_TOC_]]". */
const NAVIGATION_LINE = /^\s*(?:\[\[_TO(?:C|SP)_\]\]|\[\[[^\]\n]+\]\](?:\s*[/>›»|]\s*\[\[[^\]\n]+\]\])+(?:\s*[/>›»|]\s*[^[\]\n]{1,80})?)\s*$/;

export function isObsidianNote(markdown: string): boolean {
  return /\[\[[^\]\n]+\]\]/.test(markdown) || /^>\s*\[![\w-]+\]/m.test(markdown);
}

/** The words a link shows: its alias, else its target, a heading in it after " > ". */
function shownText(target: string, alias: string | undefined): string {
  if (alias) return alias.trim();
  const [note, ...rest] = target.split("#");
  const heading = rest.join("#").replace(/^\^/, "");
  return [note!.trim(), heading.trim()].filter(Boolean).join(" > ");
}

export function obsidianToMarkdown(markdown: string): string {
  if (!isObsidianNote(markdown)) return markdown;
  const out: string[] = [];
  let inCallout = false;
  let fence: string | undefined;
  const text = markdown.replace(/%%[\s\S]*?%%/g, "");
  for (const line of text.split("\n")) {
    if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const query = QUERY_FENCE.exec(line.trim());
    if (query) {
      fence = query[1]!;
      continue;
    }
    const callout = CALLOUT.exec(line);
    if (callout) {
      inCallout = true;
      // (The title is a block of its own, as the view shows it, not the first words of the callout's text.
      // A callout without one is shown by its kind's icon: no words of the author's.)
      const title = callout[2]!.trim();
      out.push(...(title ? [title, ""] : [""]));
      continue;
    }
    if (inCallout && /^>/.test(line)) {
      out.push(line.replace(/^>[ \t]?/, ""));
      continue;
    }
    inCallout = false;
    // (A page's breadcrumb and table of contents are how a reader moves about the wiki, not its text.)
    if (NAVIGATION_LINE.test(line)) continue;
    out.push(line);
  }
  return out
    .join("\n")
    .replace(WIKI_LINK, (_m, _embed: string, target: string, alias: string | undefined) => shownText(target, alias))
    .replace(/==([^=\n]+)==/g, "$1")
    .replace(INLINE_FIELD, (_m, before: string, key: string) => `${before}${key}: `);
}
