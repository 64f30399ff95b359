/**
 * Paragraph numbers an old council template writes as AUTONUMLGL fields (`{ AUTONUMLGL \e }`): the field
 * stores no result, Word numbers it when it draws the page, from the outline level of the paragraph (or of
 * its style: "Report Section" level 1, "Report Para" level 2). A pack of papers in one document numbers on
 * from paper to paper, as Word does. The number is written in as a run after the field, so the text has
 * "5.3" where a reader sees it; a field with a result of its own keeps it.
 *
 * Legal numbering only (AUTONUMLGL: "5", "5.3", "5.3.1"; with `\e` no closing period, without it "5.3.").
 * AUTONUM at the first level is "1." too; its deeper levels (letters, roman numerals by a template's own
 * choices) are left unwritten rather than guessed.
 */

const PARAGRAPH = /<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;
/** A complex field of AUTONUM kind: its begin, its instruction, no separate part (no result), its end. */
const COMPLEX_FIELD = /(<w:r\b[^>]*>(?:(?!<\/w:r>)[\s\S])*?<w:fldChar\b[^>]*w:fldCharType="begin"[^>]*\/>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>)((?:(?!<w:fldChar\b)[\s\S])*?<w:instrText\b[^>]*>\s*(AUTONUM(?:LGL)?)\b([^<]*)<\/w:instrText>(?:(?!<w:fldChar\b)[\s\S])*?)(<w:r\b[^>]*>(?:(?!<\/w:r>)[\s\S])*?<w:fldChar\b[^>]*w:fldCharType="end"[^>]*\/>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>)/g;
const SIMPLE_FIELD = /<w:fldSimple\b[^>]*\bw:instr="\s*(AUTONUM(?:LGL)?)\b([^"]*)"[^>]*?(?:\/>|>\s*<\/w:fldSimple>)/g;

/** Each paragraph style's outline level (0 the highest), through the styles it is based on. */
function outlineLevels(stylesXml: string | undefined): Map<string, number> {
  const own = new Map<string, { level?: number; basedOn?: string }>();
  for (const [style] of stylesXml?.matchAll(/<w:style\b[^>]*\bw:type="paragraph"[\s\S]*?<\/w:style>/g) ?? []) {
    const id = /\bw:styleId="([^"]*)"/.exec(style)?.[1];
    if (!id) continue;
    const level = /<w:outlineLvl\b[^>]*\bw:val="(\d)"/.exec(style)?.[1];
    const basedOn = /<w:basedOn\b[^>]*\bw:val="([^"]*)"/.exec(style)?.[1];
    own.set(id, { ...(level !== undefined ? { level: Number(level) } : {}), ...(basedOn ? { basedOn } : {}) });
  }
  const levels = new Map<string, number>();
  for (const id of own.keys()) {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && !seen.has(at); at = own.get(at)?.basedOn) {
      seen.add(at);
      const level = own.get(at)?.level;
      if (level !== undefined) {
        levels.set(id, level);
        break;
      }
    }
  }
  return levels;
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** document.xml with each AUTONUMLGL (and first-level AUTONUM) field followed by the number Word draws for it. */
export function withAutoNumbers(documentXml: string, stylesXml: string | undefined): string {
  if (!documentXml.includes("AUTONUM")) return documentXml;
  const levels = outlineLevels(stylesXml);
  const counters: number[] = [];
  return documentXml.replace(PARAGRAPH, (paragraph) => {
    if (!paragraph.includes("AUTONUM")) return paragraph;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? "";
    const ownLevel = /<w:outlineLvl\b[^>]*\bw:val="(\d)"/.exec(pPr)?.[1];
    const style = /<w:pStyle\b[^>]*\bw:val="([^"]*)"/.exec(pPr)?.[1];
    // (Level 9 is Word's body text: no outline level, numbered as the first.)
    const found = ownLevel !== undefined ? Number(ownLevel) : ((style ? levels.get(style) : undefined) ?? 0);
    const level = found >= 9 ? 0 : found;
    // (A level's count goes on; the levels under it start again.)
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    const number = (kind: string, switches: string): string | undefined => {
      // (A level with none above it counts them as 1: "1.1" for a first paragraph under no section.)
      const legal = Array.from(counters, (c) => c ?? 1).join(".");
      if (kind === "AUTONUMLGL") return /\\e\b/.test(switches) ? legal : `${legal}.`;
      return level === 0 ? `${counters[0]}.` : undefined;
    };
    return paragraph
      // (A field with a result of its own, a "separate" part, is not matched: it keeps its result.)
      .replace(COMPLEX_FIELD, (whole, _begin: string, _instr: string, kind: string, switches: string) => {
        const n = number(kind, switches);
        return n ? `${whole}${run(n)}` : whole;
      })
      .replace(SIMPLE_FIELD, (whole, kind: string, switches: string) => {
        const n = number(kind, switches);
        return n ? run(n) : whole;
      });
  });
}
