/**
 * Word equations (Office Math, OMML: `<m:oMath>` inline in a sentence, `<m:oMathPara>` as a display
 * equation). mammoth ignores them ("An unrecognised element was ignored"), so a paper's allocation formula,
 * or the symbol a "where" list explains, vanishes: "is the allocation to authority i;" with nothing before
 * it. Each equation is written into document.xml as a plain run of its text in Word's own linear format,
 * the form Word shows when an equation is switched to "Linear": "A_i = G × (0.55 × C_i/C + 0.10 × 1/N)".
 */
import { DOMParser } from "linkedom";
import { escapeHtml } from "./ooxml-parts.js";

const EQUATION = /<m:oMathPara\b[^>]*>[\s\S]*?<\/m:oMathPara>|<m:oMath\b[^>]*>[\s\S]*?<\/m:oMath>/g;
const NAMESPACES = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Operators Word's linear format sets apart by spaces: "A = G × B". */
const SPACED_OPERATOR = /\s*([=×+÷±≤≥≈≠<>→⇒∓·−])\s*/g;

/** document.xml with each equation replaced by a run of its linear text (nothing changes without one). */
export function withEquationsAsText(documentXml: string): string {
  if (!documentXml.includes("<m:oMath")) return documentXml;
  return documentXml.replace(EQUATION, (whole) => {
    let text: string;
    try {
      const root = new DOMParser().parseFromString(`<root ${NAMESPACES}>${whole}</root>`, "text/xml") as unknown as Document;
      // (A comma between two parts, "C = 64,000, B = 12", is followed by a space; not one inside a figure.)
      text = linear(root.documentElement).replace(/,(?=\p{L})/gu, ", ").replace(/\s+/g, " ").trim();
    } catch {
      return whole;
    }
    if (!text) return whole;
    // (A display equation stands in a paragraph of its own; an inline one among its sentence's runs.)
    return `<w:r><w:t xml:space="preserve">${escapeHtml(text)}</w:t></w:r>`;
  });
}

const localName = (el: Element) => el.tagName.replace(/^[^:]*:/, "");
const childElements = (el: Element) => [...el.childNodes].filter((n): n is Element => n.nodeType === 1);
const child = (el: Element, name: string) => childElements(el).find((c) => localName(c) === name);
/** A property's value: `<m:dPr><m:begChr m:val="["/></m:dPr>`. */
const property = (el: Element, props: string, name: string) => {
  const p = child(el, props);
  const v = p ? child(p, name) : undefined;
  return v ? (v.getAttribute("m:val") ?? v.getAttribute("val") ?? undefined) : undefined;
};

/** A part set apart in brackets unless it is one symbol or number: "C_i/C", "(a + b)/2". */
function group(text: string): string {
  const t = text.trim();
  return /^[\p{L}\p{N}.,£$€%_^]+$/u.test(t) || /^\([^()]*\)$/.test(t) ? t : `(${t})`;
}

/** An element's text in Word's linear format. */
function linear(el: Element): string {
  const name = localName(el);
  // (Properties, a run's or an object's, say how it is drawn, not what it says.)
  if (name.endsWith("Pr")) return "";
  const part = (n: string) => {
    const c = child(el, n);
    return c ? linear(c) : "";
  };
  switch (name) {
    case "t":
      return (el.textContent ?? "").replace(SPACED_OPERATOR, " $1 ");
    case "sSub":
      return `${part("e")}_${group(part("sub"))}`;
    case "sSup":
      return `${part("e")}^${group(part("sup"))}`;
    case "sSubSup":
      return `${part("e")}_${group(part("sub"))}^${group(part("sup"))}`;
    case "sPre":
      return `_${group(part("sub"))}^${group(part("sup"))} ${part("e")}`;
    case "f":
      return `${group(part("num"))}/${group(part("den"))}`;
    case "d": {
      const open = property(el, "dPr", "begChr") ?? "(";
      const close = property(el, "dPr", "endChr") ?? ")";
      const separator = property(el, "dPr", "sepChr") ?? "|";
      return `${open}${childElements(el).filter((c) => localName(c) === "e").map(linear).join(separator)}${close}`;
    }
    case "rad": {
      const degree = part("deg").trim();
      return `${degree ? `${degree}` : ""}√${group(part("e"))}`;
    }
    case "nary": {
      const sign = property(el, "naryPr", "chr") ?? "∫";
      const sub = part("sub").trim();
      const sup = part("sup").trim();
      return `${sign}${sub ? `_${group(sub)}` : ""}${sup ? `^${group(sup)}` : ""} ${part("e")}`;
    }
    case "func":
      return `${part("fName")} ${part("e")}`;
    case "limLow":
      return `${part("e")}_${group(part("lim"))}`;
    case "limUpp":
      return `${part("e")}^${group(part("lim"))}`;
    case "eqArr":
    case "m":
      return childElements(el).map(linear).join("; ");
    default:
      return childElements(el).map(linear).join("");
  }
}
