/**
 * Word trackers often rate by colour alone: a status cell holds no word, only a shading fill (green, amber,
 * red), explained by a key of coloured cells. mammoth drops shading, so the fill of each empty shaded cell
 * is marked in the document before conversion and taken out of the text after it: the text stays what the
 * document says, and the colour goes with the document as a hint for the cell's line and column.
 */
import type { CellFill } from "./types.js";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARK = new RegExp(`${OPEN}([A-Za-z]+)${CLOSE}`, "g");

/** The rating colour a fill is ("FFC000" is amber), or none for white, pale or other colours. */
export function colourOfFill(hex: string): string | undefined {
  const m = /^([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => parseInt(x, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  const saturation = max === min ? 0 : (max - min) / (1 - Math.abs(2 * light - 1));
  if (light > 0.92 || light < 0.08) return undefined;
  if (saturation < 0.15) return "Grey";
  const hue =
    max === r ? (60 * ((g - b) / (max - min)) + 360) % 360 : max === g ? 60 * ((b - r) / (max - min)) + 120 : 60 * ((r - g) / (max - min)) + 240;
  if (hue < 20 || hue >= 330) return "Red";
  if (hue < 70) return "Amber";
  if (hue < 170) return "Green";
  if (hue < 260) return "Blue";
  return undefined;
}

/** document.xml with a mark written into each table cell that has no text and a rating colour's fill. */
export function withFillMarks(documentXml: string): string {
  // (Innermost cells only: a cell holding a table is not itself a coloured status.)
  return documentXml.replace(/(<w:tc\b[^>]*>)((?:(?!<w:tc\b)[\s\S])*?)(<\/w:tc>)/g, (whole, open: string, inner: string, close: string) => {
    const fill = /<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?<w:shd\b[^>]*\bw:fill="([0-9A-Fa-f]{6})"/.exec(inner)?.[1];
    const colour = fill ? colourOfFill(fill) : undefined;
    if (!colour || /<w:t(?:\s[^>]*)?>[^<]*[^<\s]/.test(inner)) return whole;
    const run = `<w:r><w:t>${OPEN}${colour}${CLOSE}</w:t></w:r>`;
    if (/<w:p\b[^>]*\/>/.test(inner) && !/<\/w:p>/.test(inner)) return `${open}${inner.replace(/<w:p\b([^>]*)\/>/, `<w:p$1>${run}</w:p>`)}${close}`;
    if (!/<\/w:p>/.test(inner)) return whole;
    return `${open}${inner.replace(/<\/w:p>/, `${run}</w:p>`)}${close}`;
  });
}

/** The text without its marks, and each mark's colour by line (1-based) and TAB-separated cell. */
export function takeFillMarks(text: string): { text: string; fills: CellFill[] } {
  if (!text.includes(OPEN)) return { text, fills: [] };
  const fills: CellFill[] = [];
  const lines = text.split("\n").map((line, i) => {
    if (!line.includes(OPEN)) return line;
    return line
      .split("\t")
      .map((cell, k) =>
        cell.replace(MARK, (_m, colour: string) => {
          fills.push({ line: i + 1, cell: k, colour });
          return "";
        }),
      )
      .join("\t");
  });
  return { text: lines.join("\n"), fills };
}
