/**
 * The records of comma-separated text, quoted fields read as CSV reads them (commas, doubled quotes, line
 * breaks inside). `delimiter` is ";" for a spreadsheet saved where the comma is the decimal sign.
 */
export function parseCsv(text: string, delimiter: "," | ";" = ","): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === delimiter) {
      fields.push(field);
      field = "";
    } else if (c === "\n") {
      records.push([...fields, field]);
      fields = [];
      field = "";
    } else field += c;
  }
  records.push([...fields, field]);
  return records;
}
