/**
 * Contact cards exported as vCard (RFC 6350, and the 2.1 and 3.0 versions Outlook, Apple Contacts and
 * Google write): a file of cards, "BEGIN:VCARD" … "END:VCARD", each property a line ("FN:Cllr Jo Bloggs",
 * "ORG:Dunmere County Council;Labour Group", "TEL;type=CELL:07700 900123", "CATEGORIES:Task Group,Chair",
 * "NOTE:…"), long lines folded (a line break and a space, anywhere, even mid-word), values escaped ("\n",
 * "\,", "\;"), version 2.1's perhaps quoted-printable. Read as an address book shows a card: the name as the
 * card's heading, the organisation's parts a line each (a councillor's council, then their group), then the
 * job title, telephone numbers, e-mail, address, categories and notes each on a labelled line; what only
 * says how the file was written (version, program, revision stamp, photo) left out.
 */

/** A property line: its name (after any group prefix, "item1."), its parameters and its value. */
const PROPERTY = /^(?:[\w-]+\.)?([A-Za-z][\w-]*)((?:;[^:]*)?):(.*)$/;

/** A card's heading and lines, or the file's cards as markdown; undefined when the text is not vCards. */
export function vcardToText(text: string): { text: string } | undefined {
  if (!/^BEGIN:VCARD[ \t]*$/im.test(text.slice(0, 400))) return undefined;
  // Lines unfolded (a line break and a space or tab), and a quoted-printable value's soft line breaks ("="
  // at a line's end) joined to the next line as it is (a space opening it is the value's).
  const lines: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const last = lines[lines.length - 1];
    const softBreak = last !== undefined && /ENCODING=QUOTED-PRINTABLE/i.test(last) && last.endsWith("=");
    if (softBreak) lines[lines.length - 1] = last.slice(0, -1) + line;
    else if (last !== undefined && /^[ \t]/.test(line)) lines[lines.length - 1] = last + line.slice(1);
    else lines.push(line);
  }
  const unfolded = lines.join("\n");
  const cards: string[] = [];
  for (const m of unfolded.matchAll(/^BEGIN:VCARD[ \t]*$([\s\S]*?)^END:VCARD[ \t]*$/gim)) {
    const card = readCard(m[1]!);
    if (card) cards.push(card);
  }
  return cards.length ? { text: cards.join("\n\n") } : undefined;
}

/** A value unescaped (and decoded, when quoted-printable). */
function valueOf(params: string, raw: string): string {
  const decoded = /ENCODING=QUOTED-PRINTABLE/i.test(params)
    ? Buffer.from(raw.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8")
    : raw;
  return decoded.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : `\u0000${c}`));
}

/** A structured value's parts ("Dunmere County Council;Labour Group"), escaped separators kept. */
const parts = (value: string, separator: ";" | ",") =>
  value
    .split(separator === ";" ? /(?<!\u0000);/ : /(?<!\u0000),/)
    .map((p) => p.replace(/\u0000/g, "").trim())
    .filter(Boolean);

const plain = (value: string) => value.replace(/\u0000/g, "").trim();

function readCard(body: string): string | undefined {
  const props = body
    .split("\n")
    .map((line) => PROPERTY.exec(line.trimEnd()))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ name: m[1]!.toUpperCase(), params: m[2] ?? "", value: valueOf(m[2] ?? "", m[3]!) }));
  const first = (name: string) => props.find((p) => p.name === name);
  const structuredName = first("N") ? parts(first("N")!.value, ";") : [];
  // (The formatted name; or the structured one in reading order, its title first.)
  const name = plain(first("FN")?.value ?? "") || [structuredName[3], structuredName[1], structuredName[2], structuredName[0], structuredName[4]].filter(Boolean).join(" ");
  const lines: string[] = [];
  for (const p of props) {
    const type = p.params.toLowerCase();
    if (p.name === "ORG") lines.push(...parts(p.value, ";"));
    else if (p.name === "TITLE") lines.push(`Title: ${plain(p.value)}`);
    else if (p.name === "ROLE") lines.push(`Role: ${plain(p.value)}`);
    // (Version 4.0 writes a number as a URI: "tel:+44-20-7946-0841".)
    else if (p.name === "TEL") lines.push(`${/\bcell\b/.test(type) ? "Mobile" : /\bfax\b/.test(type) ? "Fax" : "Telephone"}: ${plain(p.value).replace(/^tel:/i, "")}`);
    else if (p.name === "EMAIL") lines.push(`Email: ${plain(p.value)}`);
    else if (p.name === "ADR") lines.push(`Address: ${parts(p.value, ";").join(", ")}`);
    else if (p.name === "URL") lines.push(`Web: ${plain(p.value)}`);
    else if (p.name === "CATEGORIES") lines.push(`Categories: ${parts(p.value, ",").join(", ")}`);
    else if (p.name === "NOTE") lines.push(...plain(p.value).split("\n").map((l, k) => (k === 0 ? `Note: ${l.trim()}` : l.trim())).filter(Boolean));
  }
  if (!name && !lines.length) return undefined;
  return [`### ${name || "Contact"}`, ...lines].join("\n\n");
}
