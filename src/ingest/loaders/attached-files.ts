/**
 * Files a document carries inside itself (an e-mail's attachments, the files a PDF holds in its
 * Attachments panel), read as documents of their own kind and written after the document that carries
 * them, each under a heading naming its file: "# Attachment: Item 4 paper.docx". A file that cannot be read is
 * left out, as one the reader cannot open.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Attached files read as documents (minutes as RTF or Word, a paper as PDF, contact cards), by their names' extensions. */
export const DOCUMENT_FILE = /\.(?:rtf|docx|pdf|html?|md|markdown|txt|csv|vcf)$/i;

export interface AttachedFile {
  name: string;
  data: Buffer;
}

/** Each readable file's text under its "Attachment: <name>" line (pages run on: the file has no page of the carrier). */
export async function attachedFilesText(files: readonly AttachedFile[]): Promise<string[]> {
  const readable = files.filter((f) => DOCUMENT_FILE.test(f.name));
  if (!readable.length) return [];
  const { loadFile } = await import("./index.js");
  const dir = await mkdtemp(join(tmpdir(), "lga-attachment-"));
  const texts: string[] = [];
  try {
    for (const [i, file] of readable.entries()) {
      // (Each file in a folder of its own, under its own name: the loaders read the kind from the name.)
      const path = join(dir, String(i), basename(file.name.replace(/\\/g, "/")));
      await mkdir(join(dir, String(i)));
      await writeFile(path, file.data);
      const loaded = await loadFile(path).catch(() => undefined);
      // (Under a heading of its own: the file's sections are not the carrier's last section's.)
      if (loaded) texts.push(`# Attachment: ${file.name}\n\n${loaded.text.replace(/\f/g, "\n")}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return texts;
}
