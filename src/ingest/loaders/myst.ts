/**
 * MyST markdown (Jupyter Book, MyST-NB, Sphinx's myst-parser) as the markdown its built page reads as.
 *
 * A MyST page writes its blocks as directives, fenced by backticks or colons with the directive's name in
 * braces ("```{list-table} Caption", ":::{admonition} Recommendations"), their options as `:key: value`
 * lines under the opening fence. Read as plain markdown, a list-table is a code block and its options are
 * lines of text. Here:
 * - a `{list-table}` becomes its caption over a pipe table (a row per top-level bullet, a cell per nested
 *   bullet), so its rows are a table's rows;
 * - an admonition, dropdown, card or tab keeps its title, as a heading under the page's current one, over
 *   its body; a titled note keeps its title as a line;
 * - a `{glossary}`'s terms become "Term: definition" lines;
 * - code cells (the notebook's code, which a reader of the page does not see read as prose), `(label)=`
 *   targets, `+++` cell breaks and directive options are dropped;
 * - a field list (":Report to: Board") becomes "Report to: Board" lines.
 * Roles ({term}`x`, {bdg-danger}`Off track`) stay as the file writes them: they are what the source says,
 * and quotes are checked against it; readers of a cell's rating see through them (`withoutShortcodes`).
 */

/** An opening fence of a directive: "```{name} argument" or ":::{name} argument". */
const DIRECTIVE = /^(\s*)(`{3,}|~{3,}|:{3,})\{([\w:.-]+)\}[ \t]*(.*?)\s*$/;
/** A directive's option line, under its opening fence. */
const OPTION = /^\s*:[\w-]+:(?:[ \t].*)?$/;
/** A cross-reference target: "(label)=". */
const TARGET = /^\s*\([\w:.-]+\)=\s*$/;
/** A field of a field list: ":Report to: Board". */
const FIELD = /^:([^:\s`][^:`]{0,60}):[ \t]+(\S.*)$/;

/** Directives whose body is not prose a reader reads: the notebook's code, a table of contents, raw output. */
const DROPPED = new Set(["code-cell", "toctree", "tableofcontents", "raw", "eval-rst", "image", "bibliography", "include", "literalinclude"]);
/** Directives whose argument is a title the page shows over the body. */
const TITLED = new Set(["admonition", "dropdown", "card", "tab-item", "topic", "sidebar", "margin", "grid-item-card", "prf:definition", "exercise", "solution", "epigraph"]);
/** Directives drawn as a box with their name as title ("Note", "Warning"); an argument is their title. */
const CALLOUTS = new Set(["note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error", "seealso", "versionadded", "versionchanged", "deprecated"]);

/** Does this markdown use MyST directives? (Pandoc's fenced divs, "::: {.note}", and RMarkdown's ```{r} chunks are not.) */
export function isMyst(markdown: string): boolean {
  const names = [...markdown.matchAll(/^\s*(?:`{3,}|:{3,})\{([\w:.-]+)\}/gm)].map((m) => m[1]!);
  return names.some((n) => DROPPED.has(n) || TITLED.has(n) || CALLOUTS.has(n) || /^(?:list-table|csv-table|table|figure|glossary|glue.*|tab-set|grid|math)$/.test(n));
}

interface Block {
  fence: string;
  name: string;
  argument: string;
  body: string[];
  end: number;
}

/** The directive opening at line `i`: its body's lines (options dropped) up to its closing fence. */
function readBlock(lines: string[], i: number): Block | undefined {
  const m = DIRECTIVE.exec(lines[i]!);
  if (!m) return undefined;
  const fence = m[2]!;
  const closes = (l: string) => new RegExp(`^\\s*${fence[0] === "`" ? "`" : fence[0] === "~" ? "~" : ":"}{${fence.length},}\\s*$`).test(l);
  let k = i + 1;
  while (k < lines.length && OPTION.test(lines[k]!)) k++;
  const body: string[] = [];
  // (A body nested in a longer fence closes only at a fence of its own length or longer.)
  let depth = 0;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    const inner = DIRECTIVE.exec(l);
    if (inner && inner[2]![0] === fence[0] && inner[2]!.length >= fence.length) depth++;
    else if (closes(l)) {
      if (depth === 0) break;
      depth--;
    }
    body.push(l);
  }
  return { fence, name: m[3]!, argument: m[4]!, body: dedent(body), end: k };
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

/** A list-table's bullets as rows of cells: "* - a" opens a row, "  - b" a cell, deeper lines continue it. */
function listTableRows(body: string[]): string[][] {
  const rows: string[][] = [];
  for (const line of body) {
    if (!line.trim()) continue;
    const row = /^[*+-][ \t]+[*+-][ \t]+(.*)$/.exec(line) ?? /^[*+-][ \t]+[*+-][ \t]*$/.exec(line);
    if (row) {
      rows.push([(row[1] ?? "").trim()]);
      continue;
    }
    const cell = /^[ \t]+[*+-](?:[ \t]+(.*))?$/.exec(line);
    const current = rows[rows.length - 1];
    if (cell && current && /^[ \t]{1,3}[*+-]/.test(line)) current.push((cell[1] ?? "").trim());
    else if (current) current[current.length - 1] = `${current[current.length - 1]} ${line.trim()}`.trim();
  }
  return rows;
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;

/** MyST markdown as plain markdown; other markdown is returned as it is. */
export function mystToMarkdown(markdown: string): string {
  if (!isMyst(markdown)) return markdown;
  // (One blank line between blocks: more would set the line above apart as a heading.)
  return convert(markdown.split("\n"), 1)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

function convert(lines: string[], headingLevel: number): string[] {
  const out: string[] = [];
  let level = headingLevel;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) level = heading[1]!.length + 1;
    if (TARGET.test(line) || /^\+\+\+/.test(line)) continue;
    const block = readBlock(lines, i);
    if (!block) {
      const field = FIELD.exec(line);
      out.push(field ? `${field[1]!.trim()}: ${field[2]}` : line);
      continue;
    }
    i = block.end;
    const name = block.name;
    if (DROPPED.has(name)) continue;
    // (A figure's argument is its picture's path; its body is the caption.)
    const title = name === "figure" ? "" : block.argument.trim();
    if (name === "list-table") {
      const rows = listTableRows(block.body);
      if (title) out.push("", title);
      if (rows.length) {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
        out.push("", pipeRow(padded[0]!), pipeRow(padded[0]!.map(() => "---")), ...padded.slice(1).map(pipeRow), "");
      }
      continue;
    }
    if (name === "glossary") {
      out.push("");
      for (let k = 0; k < block.body.length; k++) {
        const term = block.body[k]!;
        if (!term.trim() || /^\s/.test(term)) continue;
        const definition: string[] = [];
        while (k + 1 < block.body.length && (/^\s+\S/.test(block.body[k + 1]!) || (!block.body[k + 1]!.trim() && /^\s+\S/.test(block.body[k + 2] ?? "")))) definition.push(block.body[++k]!.trim());
        out.push(definition.length ? `${term.trim()}: ${definition.filter(Boolean).join(" ")}` : term.trim(), "");
      }
      continue;
    }
    // (A code block, a diagram or a table in its own syntax keeps its fence: later stages read those.)
    if (/^(?:code|code-block|sourcecode|mermaid|math)$/.test(name)) {
      out.push(`${block.fence[0] === ":" ? "```" : block.fence}${name === "mermaid" ? "mermaid" : ""}`, ...block.body, block.fence[0] === ":" ? "```" : block.fence);
      continue;
    }
    out.push("");
    if (title && TITLED.has(name)) out.push(`${"#".repeat(Math.min(level, 6))} ${title}`, "");
    else if (title) out.push(title, "");
    out.push(...convert(block.body, Math.min(level + 1, 6)), "");
  }
  return out;
}
