/**
 * A sheet of address labels (a mail merge printed to PDF: two or three labels across, each a name, a
 * position, a council and an address) is laid out as a table without lines, so the page reads across: one
 * line holds the first lines of two people's labels. A reader reads it label by label. Where a band of lines
 * split into two or three columns holds, in most of its columns, one address each (a postcode in its last
 * lines), the band is read column by column, each label one paragraph: its lines joined by " · ", so that
 * a label's position ("Chair, Public Art and Statues Task Group") stays apart from its council and address.
 */
import type { PageSpan } from "./types.js";
import { mapPages } from "./paged.js";

/** A UK postcode ending a line ("Ousebridge OU1 4QT", "SW1P 3HZ"), or a US ZIP code. */
const POSTCODE_END = /(?:\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\b\d{5}(?:-\d{4})?)\s*$/;
/** Lines a label holds: a name, a position, a council and an address; a despatch note above. */
const MIN_LABEL_LINES = 3;
const MAX_LABEL_LINES = 10;
/** What joins a label's lines into its paragraph. */
export const LABEL_LINE_JOINER = " · ";

/** A page's or document's text with its bands of labels read one label after another. */
export function labelsOneByOne(text: string): string {
  return text
    .split(/(\n[ \t]*\n)/)
    .map((band, i) => (i % 2 === 1 ? band : readBand(band)))
    .join("");
}

function readBand(band: string): string {
  const lines = band.split("\n");
  if (lines.length < MIN_LABEL_LINES || lines.length > MAX_LABEL_LINES) return band;
  const rows = lines.map((l) => l.split("\t").map((c) => c.trim()));
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2 || width > 3 || rows.filter((r) => r.length === width).length * 2 < rows.length) return band;
  const labels = Array.from({ length: width }, (_, k) => rows.map((r) => r[k] ?? "").filter(Boolean));
  const addressed = labels.filter((l) => l.length >= MIN_LABEL_LINES && l.slice(-2).some((line) => POSTCODE_END.test(line)));
  // (Every label with text is an address, save perhaps one: a sheet's last label may be a file copy's.)
  const filledLabels = labels.filter((l) => l.length);
  if (addressed.length < 2 || addressed.length < filledLabels.length - 1) return band;
  return filledLabels.map((l) => l.join(LABEL_LINE_JOINER)).join("\n\n");
}

/** `labelsOneByOne` over each page of a paged text, its page spans moved to match. */
export function pagedLabelsOneByOne(text: string, pages: PageSpan[]): { text: string; pages: PageSpan[]; labels: boolean } {
  const read = mapPages(text, pages, labelsOneByOne);
  return { text: read.text, pages: read.pages ?? pages, labels: read.text !== text };
}
