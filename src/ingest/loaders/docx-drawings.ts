/**
 * Figures Word keeps as data, not as pictures: a native chart (`<c:chart r:id>`, its numbers cached in
 * `word/charts/chartN.xml` beside the embedded workbook they came from) and a SmartArt graphic
 * (`<dgm:relIds r:dm>`, its words in `word/diagrams/dataN.xml`). mammoth skips both, so a report whose
 * per-quarter or per-company figures live only in a chart loses them, and a process diagram of key dates
 * loses its dates. Each drawing is marked in document.xml before conversion and the mark replaced after it:
 * a chart by its title and a table (categories down, one column a series, values in the chart's number
 * format, as its data labels and the workbook show them); a SmartArt graphic by a list of its nodes in the
 * order the graphic shows them (the connections' `srcOrd`, not the order they were typed), a node's lines
 * joined with " – " as they read on one shape.
 */
import JSZip from "jszip";
import { decodeXml, escapeHtml, relationshipTargets } from "./ooxml-parts.js";

const OPEN = "\uE012";
const CLOSE = "\uE013";
const DRAWING = /<w:drawing\b[^>]*>[\s\S]*?<\/w:drawing>/g;
const MARK = new RegExp(`(?:<p>)?${OPEN}(chart|diagram):([^${CLOSE}<]+)${CLOSE}(?:</p>)?`, "g");

/** document.xml with each chart or SmartArt drawing replaced by a mark naming its part's relationship. */
export function withDrawingMarks(documentXml: string): string {
  return documentXml.replace(DRAWING, (drawing) => {
    const chart = /<c:chart\b[^>]*?\br:id="([^"]+)"/.exec(drawing)?.[1];
    const diagram = /<dgm:relIds\b[^>]*?\br:dm="([^"]+)"/.exec(drawing)?.[1];
    if (chart) return `<w:t>${OPEN}chart:${chart}${CLOSE}</w:t>`;
    if (diagram) return `<w:t>${OPEN}diagram:${diagram}${CLOSE}</w:t>`;
    return drawing;
  });
}

/** mammoth's HTML with each drawing mark replaced by the figure's HTML (left out if it cannot be read). */
export async function withDrawings(html: string, zip: JSZip): Promise<string> {
  if (!html.includes(OPEN)) return html;
  const targets = await relationshipTargets(zip, "word/_rels/document.xml.rels", "word/");
  const figures = new Map<string, string>();
  for (const [, kind, id] of html.matchAll(MARK)) {
    const key = `${kind}:${id}`;
    const target = targets.get(id!);
    if (figures.has(key) || !target) continue;
    const figure = kind === "chart" ? await chartHtml(zip, target).catch(() => "") : await diagramHtml(zip, target).catch(() => "");
    figures.set(key, figure);
  }
  return html.replace(MARK, (_whole, kind: string, id: string) => figures.get(`${kind}:${id}`) ?? "");
}

// ---------------------------------------------------------------------------------------------------
// Charts

interface Series {
  name: string;
  categories: Map<number, string>;
  values: Map<number, string>;
  /** Where the categories come from in the workbook ("Sheet1!$A$2:$A$5"): the cell above names them. */
  categoryRef?: string;
}

async function chartHtml(zip: JSZip, target: string): Promise<string> {
  const xml = await zip.file(target)?.async("string");
  if (!xml) return "";
  const plot = /<c:plotArea\b[\s\S]*?<\/c:plotArea>/.exec(xml)?.[0] ?? xml;
  const series = [...plot.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map(([ser], i) => readSeries(ser, i));
  if (series.length === 0) return "";
  const order: number[] = [];
  for (const s of series) for (const idx of [...s.categories.keys(), ...s.values.keys()]) if (!order.includes(idx)) order.push(idx);
  order.sort((a, b) => a - b);
  const label = (idx: number) => series.find((s) => s.categories.has(idx))?.categories.get(idx) ?? String(idx + 1);
  const chartTitle = titleText(/<c:chart>[\s\S]*?(?=<c:plotArea\b)/.exec(xml)?.[0] ?? "");
  const categoryHeader = (await workbookHeader(zip, target, series[0]!.categoryRef).catch(() => undefined)) ?? axisTitle(xml, "c:catAx") ?? axisTitle(xml, "c:dateAx") ?? "";
  const header = [categoryHeader, ...series.map((s) => s.name)];
  const rows = order.map((idx) => [label(idx), ...series.map((s) => s.values.get(idx) ?? "")]);
  const cell = (tag: string, text: string) => `<${tag}>${escapeHtml(text)}</${tag}>`;
  const table = `<table><tr>${header.map((h) => cell("th", h)).join("")}</tr>${rows.map((r) => `<tr>${r.map((c) => cell("td", c)).join("")}</tr>`).join("")}</table>`;
  return `${chartTitle ? `<p>${escapeHtml(chartTitle)}</p>` : ""}${table}`;
}

function readSeries(ser: string, index: number): Series {
  const tx = /<c:tx>([\s\S]*?)<\/c:tx>/.exec(ser)?.[1] ?? "";
  const name = cachedPoints(tx).get(0) ?? decodeXml(/<c:v>([^<]*)<\/c:v>/.exec(tx)?.[1] ?? "") ?? `Series ${index + 1}`;
  const cat = /<c:(?:cat|xVal)>([\s\S]*?)<\/c:(?:cat|xVal)>/.exec(ser)?.[1] ?? "";
  const val = /<c:(?:val|yVal)>([\s\S]*?)<\/c:(?:val|yVal)>/.exec(ser)?.[1] ?? "";
  const categoryRef = /<c:f>([^<]+)<\/c:f>/.exec(cat)?.[1];
  return { name: name || `Series ${index + 1}`, categories: cachedPoints(cat), values: cachedPoints(val), ...(categoryRef ? { categoryRef: decodeXml(categoryRef) } : {}) };
}

/** The points of a string or number cache, by index, numbers in the cache's (or the point's) format. */
function cachedPoints(xml: string): Map<number, string> {
  const points = new Map<number, string>();
  const format = /<c:formatCode>([^<]*)<\/c:formatCode>/.exec(xml)?.[1];
  const numeric = /<c:numCache>|<c:numLit>/.test(xml);
  // A multi-level category axis caches each level; its lowest level (the first) labels the points.
  const level = /<c:lvl>([\s\S]*?)<\/c:lvl>/.exec(xml)?.[1] ?? xml;
  for (const [, attrs, inner] of level.matchAll(/<c:pt\b([^>]*)>([\s\S]*?)<\/c:pt>/g)) {
    const idx = Number(/\bidx="(\d+)"/.exec(attrs!)?.[1]);
    const raw = decodeXml(/<c:v>([^<]*)<\/c:v>/.exec(inner!)?.[1] ?? "");
    const own = /\bformatCode="([^"]*)"/.exec(attrs!)?.[1];
    if (Number.isFinite(idx)) points.set(idx, numeric ? formatNumber(raw, decodeXml(own ?? format ?? "General")) : raw);
  }
  return points;
}

/**
 * A cached number as the chart shows it: "#,##0" groups thousands, "0.0%" is a percentage to one place,
 * a currency sign in the code is written before the number. Other codes show the number as stored.
 */
export function formatNumber(raw: string, code: string): string {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || /^general$/i.test(code.trim())) return raw;
  const section = code.split(";")[0]!.replace(/\[(?!\$)[^\]]*\]/g, "");
  const decimals = /\.([0#]+)/.exec(section)?.[1]?.length ?? 0;
  const percent = section.includes("%");
  const grouped = /[#0],[#0]/.test(section);
  const currency = /[£$€]/.exec(section.replace(/\[\$([£$€])[^\]]*\]/g, "$1"))?.[0] ?? "";
  const shown = Math.abs(percent ? value * 100 : value).toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
  return `${value < 0 ? "-" : ""}${currency}${shown}${percent ? "%" : ""}`;
}

function titleText(xml: string): string {
  const title = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1];
  if (!title) return "";
  const paragraphs = [...title.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, p]) => [...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => decodeXml(t!)).join(""));
  const rich = paragraphs.filter((p) => p.trim()).join(" ");
  return (rich || cachedPoints(title).get(0) || "").replace(/\s+/g, " ").trim();
}

function axisTitle(xml: string, axis: string): string | undefined {
  const block = new RegExp(`<${axis}>([\\s\\S]*?)</${axis}>`).exec(xml)?.[1];
  return (block && titleText(block)) || undefined;
}

/**
 * The workbook's cell above the categories ("Quarter" above Q1 … Q4), which names them as the table's first
 * column; the chart keeps its workbook embedded beside it.
 */
async function workbookHeader(zip: JSZip, chartPath: string, categoryRef: string | undefined): Promise<string | undefined> {
  const ref = categoryRef && /^'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)/.exec(categoryRef);
  if (!ref || Number(ref[3]) < 2) return undefined;
  const [, sheetName, column, firstRow] = ref;
  const dir = chartPath.replace(/[^/]+$/, "");
  const rels = await relationshipTargets(zip, `${dir}_rels/${chartPath.slice(dir.length)}.rels`, dir);
  const embedded = [...rels.values()].find((t) => /\.xlsx$/i.test(t));
  const bytes = embedded ? await zip.file(embedded)?.async("uint8array") : undefined;
  if (!bytes) return undefined;
  const book = await JSZip.loadAsync(bytes);
  const workbook = (await book.file("xl/workbook.xml")?.async("string")) ?? "";
  const sheetRel = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([s]) => s).find((s) => decodeXml(/\bname="([^"]*)"/.exec(s)?.[1] ?? "") === sheetName);
  const sheetId = sheetRel && /\br:id="([^"]+)"/.exec(sheetRel)?.[1];
  const sheets = await relationshipTargets(book, "xl/_rels/workbook.xml.rels", "xl/");
  const sheetPath = (sheetId && sheets.get(sheetId)) || "xl/worksheets/sheet1.xml";
  const sheet = (await book.file(sheetPath)?.async("string")) ?? "";
  const cell = new RegExp(`<c\\b[^>]*\\br="${column}${Number(firstRow) - 1}"[^>]*?(?:/>|>([\\s\\S]*?)</c>)`).exec(sheet);
  if (!cell?.[1]) return undefined;
  const type = /\bt="([^"]+)"/.exec(cell[0])?.[1];
  if (type === "inlineStr") return decodeXml([...cell[1].matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map(([, t]) => t).join("")).trim() || undefined;
  const value = /<v>([^<]*)<\/v>/.exec(cell[1])?.[1];
  if (value === undefined) return undefined;
  if (type !== "s") return decodeXml(value).trim() || undefined;
  const shared = (await book.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const item = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)][Number(value)]?.[1] ?? "";
  return decodeXml([...item.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map(([, t]) => t).join("")).trim() || undefined;
}

// ---------------------------------------------------------------------------------------------------
// SmartArt

async function diagramHtml(zip: JSZip, target: string): Promise<string> {
  const xml = await zip.file(target)?.async("string");
  if (!xml) return "";
  const words = new Map<string, string>();
  let root: string | undefined;
  for (const [, attrs, , inner] of xml.matchAll(/<dgm:pt\b([^>]*?)(\/>|>([\s\S]*?)<\/dgm:pt>)/g)) {
    const id = /\bmodelId="([^"]+)"/.exec(attrs!)?.[1];
    const type = /\btype="([^"]+)"/.exec(attrs!)?.[1] ?? "node";
    if (!id) continue;
    if (type === "doc") root = id;
    if (type !== "node" && type !== "asst") continue;
    const lines = [...(inner ?? "").matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
      .map(([, p]) => [...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => decodeXml(t!)).join("").trim())
      .filter(Boolean);
    words.set(id, lines.join(" – "));
  }
  const children = new Map<string, { id: string; order: number }[]>();
  for (const [cxn] of xml.matchAll(/<dgm:cxn\b[^>]*>/g)) {
    const type = /\btype="([^"]+)"/.exec(cxn)?.[1] ?? "parOf";
    const src = /\bsrcId="([^"]+)"/.exec(cxn)?.[1];
    const dest = /\bdestId="([^"]+)"/.exec(cxn)?.[1];
    if (type !== "parOf" || !src || !dest) continue;
    children.set(src, [...(children.get(src) ?? []), { id: dest, order: Number(/\bsrcOrd="(\d+)"/.exec(cxn)?.[1] ?? 0) }]);
  }
  const list = (parent: string, depth: number): string => {
    const items = (children.get(parent) ?? []).sort((a, b) => a.order - b.order).filter((c) => words.has(c.id));
    if (items.length === 0 || depth > 8) return "";
    return `<ul>${items.map((c) => `<li>${escapeHtml(words.get(c.id)!)}${list(c.id, depth + 1)}</li>`).join("")}</ul>`;
  };
  if (root) return list(root, 0);
  return words.size ? `<ul>${[...words.values()].filter(Boolean).map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul>` : "";
}
