/**
 * Adaptive Cards (adaptivecards.io): what Power Automate's approvals and Teams' notifications send. In an
 * Outlook "actionable message" the card is JSON in the HTML's head (`<script
 * type="application/adaptivecard+json">`), and the body is a fallback for mail clients that cannot show
 * cards, often only "open this in Power Automate". The card is what the reader sees: its text blocks are
 * paragraphs (a large or bolder one a heading), a fact set is a table of labels and values, a table is a
 * table, containers and columns are read in order; buttons and images are left out.
 */
import { escapeHtml } from "./ooxml-parts.js";

const CARD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/adaptivecard\+json["']?[^>]*>([\s\S]*?)<\/script>/i;

/** The card a message's HTML carries, as HTML; undefined when it carries none or the JSON cannot be read. */
export function adaptiveCardHtml(html: string): string | undefined {
  const json = CARD_SCRIPT.exec(html)?.[1];
  if (!json) return undefined;
  let card: unknown;
  try {
    card = JSON.parse(json.trim());
  } catch {
    return undefined;
  }
  const out = renderElements((card as { body?: unknown[] })?.body);
  return out.trim() ? out : undefined;
}

type CardElement = Record<string, unknown>;

/** Text as a card writes it: a subset of markdown (bold, italics, links), shown without its marks. */
function cardText(value: unknown): string {
  return escapeHtml(
    String(value ?? "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, "$1$2")
      .replace(/(?<![\w*])\*([^*\n]+)\*(?!\w)|(?<![\w_])_([^_\n]+)_(?!\w)/g, "$1$2"),
  );
}

function renderElements(elements: unknown): string {
  if (!Array.isArray(elements)) return "";
  return elements.map((e) => renderElement(e as CardElement)).join("\n");
}

function renderElement(e: CardElement): string {
  if (!e || typeof e !== "object" || e.isVisible === false) return "";
  switch (e.type) {
    case "TextBlock": {
      const text = cardText(e.text);
      if (!text.trim()) return "";
      // (A card's title is a large or bolder block of a line: read as a heading.)
      // (The schema's enum values are matched without case, as the renderers do: Power Automate writes "Large".)
      const size = String(e.size ?? "").toLowerCase();
      const weight = String(e.weight ?? "").toLowerCase();
      const heading = (size === "large" || size === "extralarge" || (weight === "bolder" && size === "medium")) && text.length <= 120;
      // (Lines of a block, "- item" or "1. item", stay lines.)
      const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
      if (heading) return `<h2>${lines.join(" ")}</h2>`;
      if (lines.length > 1 && lines.every((l) => /^(?:[-*•]|\d+[.)])\s/.test(l))) return `<ul>${lines.map((l) => `<li>${l.replace(/^(?:[-*•]|\d+[.)])\s+/, "")}</li>`).join("")}</ul>`;
      return lines.map((l) => `<p>${l}</p>`).join("\n");
    }
    case "RichTextBlock": {
      const inlines = Array.isArray(e.inlines) ? e.inlines : [];
      const text = inlines.map((i) => (typeof i === "string" ? i : (i as CardElement)?.text ?? "")).join("");
      return text.trim() ? `<p>${cardText(text)}</p>` : "";
    }
    case "FactSet": {
      const facts = Array.isArray(e.facts) ? (e.facts as CardElement[]) : [];
      const rows = facts.map((f) => `<tr><td>${cardText(f.title)}</td><td>${cardText(f.value)}</td></tr>`);
      return rows.length ? `<table>${rows.join("")}</table>` : "";
    }
    case "Table": {
      const rows = Array.isArray(e.rows) ? (e.rows as CardElement[]) : [];
      const html = rows.map((r) => {
        const cells = Array.isArray(r.cells) ? (r.cells as CardElement[]) : [];
        return `<tr>${cells.map((c) => `<td>${inlineText(renderElements(c.items))}</td>`).join("")}</tr>`;
      });
      return html.length ? `<table>${html.join("")}</table>` : "";
    }
    case "ColumnSet": {
      const columns = Array.isArray(e.columns) ? (e.columns as CardElement[]) : [];
      const cells = columns.map((c) => inlineText(renderElements(c.items)));
      // (Columns of a line each, side by side, are a row; columns holding blocks are read one after another.)
      if (columns.every((c) => Array.isArray(c.items) && c.items.length <= 1)) return cells.some((c) => c.trim()) ? `<table><tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr></table>` : "";
      return columns.map((c) => renderElements(c.items)).join("\n");
    }
    case "Container":
    case "Column":
      return renderElements(e.items);
    default:
      return "";
  }
}

/** A cell's blocks as one run of text. */
function inlineText(html: string): string {
  return html.replace(/<\/(?:p|h2|li)>\s*<(?:p|h2|li)>/g, " ").replace(/<\/?(?:p|h2|ul|li)>/g, "").trim();
}
