/**
 * A spreadsheet's own headings, as a program draws them around its cells: a row of column letters (A, B,
 * C …) and a column of row numbers (1, 2, 3 …). Google Sheets draws them on a sheet published to the web;
 * Excel prints them when "Row and column headings" is ticked in Page Setup. They are the program's grid,
 * not the sheet's cells, but a comment printed at the end of a sheet ("Cell: I9") is placed by them.
 */

/** The letter of a spreadsheet's column k (0 -> "A", 26 -> "AA"). */
export function columnLetter(k: number): string {
  return k < 26 ? String.fromCharCode(65 + k) : columnLetter(Math.floor(k / 26) - 1) + String.fromCharCode(65 + (k % 26));
}

/** The index of a spreadsheet's column by its letters ("A" -> 0, "AA" -> 26). */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

/** A row of column letters from "A" on, over an empty corner cell (two letters at least). */
export function isColumnLetterRow(cells: string[]): boolean {
  const letters = cells.map((c) => c.trim());
  const lettered = letters.filter(Boolean);
  return lettered.length >= 2 && !letters[0] && lettered.every((c, k) => /^[A-Z]{1,2}$/.test(c) && c === columnLetter(k));
}

/** A row's number in the grid's first column ("9"; "¹" as some fonts print a 1), else undefined. */
export function gridRowNumber(cell: string | undefined): number | undefined {
  const digits = (cell ?? "").trim().replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(d)));
  return /^\d{1,5}$/.test(digits) ? Number(digits) : undefined;
}

/** A comment's address as Excel prints comments at the end of a sheet: "Cell: I9". */
export const CELL_ADDRESS = /^Cell:\s*([A-Z]{1,3})(\d{1,7})$/;
