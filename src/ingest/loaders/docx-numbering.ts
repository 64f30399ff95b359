/**
 * Word's automatic list numbering, written into the text. The "4.", "(b)" and "(ii)" a reader sees before a
 * numbered paragraph are not in its runs: Word draws them from the numbering definitions
 * (word/numbering.xml), and mammoth keeps only that the paragraph is in an ordered list. A paper that says
 * "as set out in paragraph 3(a)", or a quote running over lettered recommendations, needs them: each
 * numbered paragraph gets its number as a run of text at its start, as Word shows it.
 */
import type JSZip from "jszip";

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** abstractNumId -> its levels by ilvl */
  abstract: Map<string, Map<number, Level>>;
  /** numId -> its abstract numbering and the levels it restarts */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  /** paragraph style id -> the numbering it carries (Word's numbered heading styles) */
  styles: Map<string, { numId: string; level: number }>;
}

const attr = (xml: string, name: string) => new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(l[1]), { start: Number(attr(l[2]!, "start") ?? 1), format: attr(l[2]!, "numFmt") ?? "decimal", text: attr(l[2]!, "lvlText") ?? "" });
    }
    abstract.set(m[1]!, levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*\bw:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, "startOverride");
      if (start !== undefined) starts.set(Number(o[1]), Number(start));
    }
    const abstractId = attr(m[2]!, "abstractNumId");
    if (abstractId !== undefined) nums.set(m[1]!, { abstractId, starts });
  }
  const styles = new Map<string, { numId: string; level: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1];
    const numId = numPr ? attr(numPr, "numId") : undefined;
    if (numId && numId !== "0") styles.set(m[1]!, { numId, level: Number(attr(numPr!, "ilvl") ?? 0) });
  }
  return { abstract, nums, styles };
}

const ROMAN: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];

/** A counter as a level's format prints it: 2 as "2", "b", "B", "ii", "II", "02". */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
    case "upperLetter": {
      // (Word goes a … z, then aa … zz.)
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "lowerRoman":
    case "upperRoman": {
      let rest = n;
      let out = "";
      for (const [value, numeral] of ROMAN) for (; rest >= value; rest -= value) out += numeral;
      return format === "upperRoman" ? out.toUpperCase() : out;
    }
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * document.xml with each numbered paragraph's number as Word draws it ("(b) ") put in a run at its start.
 * Bullets are left to the list they make; a level that prints nothing is left alone.
 */
export function withListNumbers(documentXml: string, numberingXml: string, stylesXml = ""): string {
  const numbering = readNumbering(numberingXml, stylesXml);
  if (numbering.nums.size === 0) return documentXml;
  // Counters by list: a numbering instance that restarts its levels counts on its own; instances of one
  // abstract list that do not restart it go on counting together, as Word does.
  const counters = new Map<string, number[]>();
  return documentXml.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (pPr: string, inner: string) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(inner)?.[1];
    const style = attr(inner, "pStyle");
    const ilvl = numPr ? attr(numPr, "ilvl") : undefined;
    const own = numPr ? { numId: attr(numPr, "numId"), level: ilvl !== undefined ? Number(ilvl) : ((style ? numbering.styles.get(style)?.level : undefined) ?? 0) } : undefined;
    const applied = own?.numId !== undefined ? own : style ? numbering.styles.get(style) : undefined;
    if (!applied?.numId || applied.numId === "0") return pPr;
    const num = numbering.nums.get(applied.numId);
    const levels = num ? numbering.abstract.get(num.abstractId) : undefined;
    const level = levels?.get(applied.level);
    if (!num || !levels || !level || level.format === "bullet" || level.format === "none" || !level.text) return pPr;
    const key = num.starts.size ? `num:${applied.numId}` : `abstract:${num.abstractId}`;
    let counts = counters.get(key);
    if (!counts) {
      counts = [...Array(9).keys()].map((i) => (num.starts.get(i) ?? levels.get(i)?.start ?? 1) - 1);
      counters.set(key, counts);
    }
    counts[applied.level]! += 1;
    // A deeper level starts again under each item of this one.
    for (let i = applied.level + 1; i < counts.length; i++) counts[i] = (num.starts.get(i) ?? levels.get(i)?.start ?? 1) - 1;
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatCounter(Math.max(1, counts![i] ?? 1), levels.get(i)?.format ?? "decimal");
    });
    return `${pPr}<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
  });
}

/** The .docx with its list numbers written in, for mammoth; the same bytes when it numbers nothing. */
export async function docxWithListNumbers(zip: JSZip, buf: Buffer): Promise<Buffer> {
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (!numberingXml || !documentXml) return buf;
  const stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  const numbered = withListNumbers(documentXml, numberingXml, stylesXml);
  if (numbered === documentXml) return buf;
  zip.file("word/document.xml", numbered);
  return zip.generateAsync({ type: "nodebuffer" });
}
