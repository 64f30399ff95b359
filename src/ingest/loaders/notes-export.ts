/**
 * A Lotus Notes / HCL Domino database exported as structured text: documents one after another (apart by
 * form feeds), each a run of items written "ItemName:  value" (a colon and two spaces), its form named by
 * "Form:", its rich-text field "Body:" running on over the lines after it. Read as the documents are seen
 * in Notes: each document a block of its own, an item a labelled line ("MeetingDate: 20/11/2021"), the body
 * as its text (its first line a line of its own, not a value of "Body"), and the database's own items
 * ("$UpdatedBy", "$Revisions", "$REF": who saved it and when, access lists, links) and empty items left out.
 */

/** An item of a document: its name (a "$" name is the database's own) and its value after a colon and two spaces. */
const ITEM = /^(\$?[A-Za-z][\w$]*):[ \t]{2,}(.*)$/;
/** The item naming a document's form: "Form:  Minutes". */
const FORM = /^Form:[ \t]{2,}\S/;

/** The export as text, or undefined when the text is not a Notes structured-text export. */
export function notesExportToText(text: string): string | undefined {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const forms = lines.filter((l) => FORM.test(l.replace(/\f/g, ""))).length;
  const items = lines.filter((l) => ITEM.test(l.replace(/\f/g, ""))).length;
  // (Two documents or more, mostly items: a file that merely has a "Form:" line is not one.)
  if (forms < 2 || items < 4 * forms) return undefined;
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\f/g, "");
    if (FORM.test(line)) {
      if (out.length && out[out.length - 1] !== "") out.push("");
    }
    const item = ITEM.exec(line);
    // (A body runs on until the next item the database wrote, one with two spaces after its colon.)
    if (!item) {
      out.push(line);
      continue;
    }
    const name = item[1]!;
    const value = item[2]!.trim();
    if (name.startsWith("$") || !value) continue;
    if (name === "Body") {
      out.push(value);
      continue;
    }
    out.push(`${name}: ${value}`);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
