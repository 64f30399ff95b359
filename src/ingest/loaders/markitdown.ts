/**
 * Spreadsheets converted to markdown through pandas (Microsoft's MarkItDown: `read_excel` a sheet at a
 * time, then `to_html(index=False)` and a pipe table): pandas takes a sheet's first row as the column
 * names, so a title typed in a merged cell above the table becomes the first column's name, the other
 * columns are named "Unnamed: 1", "Unnamed: 2" …, and the real column headings are the first row of data.
 * Read as the sheet shows it: the title as a line above the table, the first row of data as its header.
 * pandas writes an empty cell "NaN": those at a row's ends are left empty, so a heading row ("Quarter 1 |
 * NaN | NaN …") reads as a heading and a row's blank last cells are blank. (Those between filled cells are
 * kept as written, as are dates' "00:00:00": a quote of the row stays a run of the file's own words.)
 */

const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;
const GENERATED_NAME = /^Unnamed: \d+$/;

function cells(line: string): string[] {
  return line.trim().slice(1, -1).split("|").map((cell) => cell.trim());
}

/** A row with the "NaN" cells at its ends left empty. */
function withoutEndNaN(line: string): string {
  const row = cells(line);
  let first = 0;
  let last = row.length - 1;
  while (first <= last && row[first] === "NaN") first++;
  while (last >= first && row[last] === "NaN") last--;
  if (first === 0 && last === row.length - 1) return line;
  return `| ${row.map((cell, i) => (i < first || i > last ? "" : cell)).join(" | ")} |`;
}

/** Markdown with each pandas-named table headed by its first row of data, and its title above it. */
export function withSheetHeadersPromoted(markdown: string): string {
  const pandas = markdown.includes("| Unnamed: 1 |") || (markdown.match(/\| NaN (?=\|)/g) ?? []).length >= 3;
  if (!pandas) return markdown;
  const lines = markdown.split("\n").map((line) => (ROW.test(line) && !SEPARATOR.test(line) ? withoutEndNaN(line) : line));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    const generated = ROW.test(header) && SEPARATOR.test(lines[i + 1] ?? "") && ROW.test(lines[i + 2] ?? "") ? cells(header) : undefined;
    // (Every name after the first is one pandas made up: the first is a title, or made up too.)
    if (!generated || generated.length < 2 || !generated.slice(1).every((name) => GENERATED_NAME.test(name))) {
      out.push(header);
      continue;
    }
    const title = GENERATED_NAME.test(generated[0]!) ? "" : generated[0]!;
    if (title) out.push(title, "");
    out.push(lines[i + 2]!, lines[i + 1]!);
    i += 2;
  }
  return out.join("\n");
}
