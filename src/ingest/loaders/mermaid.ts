/**
 * Mermaid diagrams written in a page's source (GitLab, GitHub, Azure DevOps and Obsidian draw them from a
 * ```mermaid block): a plan's milestones may exist only as a gantt chart, a budget only as a pie chart.
 * A reader of the drawn page sees bars and slices; the source's lines are what the file holds. Each
 * diagram is written as the markdown a reader would make of it, keeping the source's words in order (so
 * a quote of a row is still a run of the source's words):
 * - gantt: its title as a line, each section a heading, its tasks a table "Task | Status | Id | Start |
 *   End", the status being the tags before the task's id ("crit, active"), as the chart's key explains them;
 * - pie: its slices a table under its title;
 * - any other diagram (flowchart, sequence …): a list item per statement, so an arrow's label stays with
 *   its ends.
 * The chart's settings (dateFormat, axisFormat, tickInterval, todayMarker …) are left out: nothing shows them.
 */

/** Gantt tags Mermaid knows: a task's state, and whether it is a single date. */
const GANTT_TAGS = new Set(["done", "active", "crit", "milestone"]);
/** A gantt chart's settings lines, which draw the chart but are nothing a reader sees. */
const GANTT_SETTING = /^(?:dateFormat|axisFormat|tickInterval|todayMarker|excludes|includes|weekday|inclusiveEndDates|topAxis|displayMode)\b/i;

const cell = (text: string) => text.replace(/\|/g, "\\|").trim();
const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (header: string[], rows: string[][]) => ["", row(header), `|${" --- |".repeat(header.length)}`, ...rows.map(row), ""];

/**
 * A Mermaid block's lines (between its fences) as markdown lines. `headingLevel` is the level of the
 * heading the block sits under (0 if none), for a gantt chart's sections.
 */
export function mermaidToMarkdown(body: string[], headingLevel: number): string[] {
  const lines = body.map((l) => l.trim()).filter((l) => l && !l.startsWith("%%"));
  const kind = lines[0]?.split(/\s+/)[0]?.toLowerCase();
  if (kind === "gantt") return gantt(lines.slice(1), headingLevel);
  if (kind === "pie") return pie(lines);
  // (The diagram's kind and direction, "flowchart TD", draw it; its statements are what it says.)
  return ["", ...lines.slice(1).map((l) => `- ${l}`), ""];
}

function gantt(lines: string[], headingLevel: number): string[] {
  const out: string[] = [];
  const header = ["Task", "Status", "Id", "Start", "End"];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) out.push(...table(header, rows));
    rows = [];
  };
  const level = "#".repeat(Math.min(6, headingLevel + 1));
  for (const line of lines) {
    if (GANTT_SETTING.test(line)) continue;
    const title = /^title\s+(.+)$/i.exec(line);
    if (title) {
      out.push(title[1]!, "");
      continue;
    }
    const section = /^section\s+(.+)$/i.exec(line);
    if (section) {
      flush();
      out.push(`${level} ${section[1]}`, "");
      continue;
    }
    // "Task name :tags…, id, start, end" (Mermaid's order; every part but the end may be left out).
    const task = /^(.+?)\s*:\s*(.+)$/.exec(line);
    if (!task) {
      flush();
      out.push(line, "");
      continue;
    }
    const parts = task[2]!.split(",").map((p) => p.trim());
    const tags: string[] = [];
    while (parts.length && GANTT_TAGS.has(parts[0]!.toLowerCase())) tags.push(parts.shift()!);
    const [id, start, end] = parts.length >= 3 ? parts : parts.length === 2 ? ["", ...parts] : ["", "", parts[0] ?? ""];
    rows.push([task[1]!, tags.join(", "), id!, start!, end!]);
  }
  flush();
  return out;
}

function pie(lines: string[]): string[] {
  // ("pie title …" may give the title on the first line.)
  let title = /^pie\b.*?\btitle\s+(.+)$/i.exec(lines[0] ?? "")?.[1];
  const rows: string[][] = [];
  for (const line of lines.slice(1)) {
    title ??= /^title\s+(.+)$/i.exec(line)?.[1];
    const slice = /^"([^"]+)"\s*:\s*(.+)$/.exec(line);
    if (slice) rows.push([slice[1]!, slice[2]!]);
  }
  // (The title heads the table, as it heads the slices in the source: no header the source does not say.)
  return rows.length ? table([title ?? "", ""], rows) : title ? [title, ""] : [];
}
