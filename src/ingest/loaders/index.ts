// PLACEHOLDER (text only) until the loaders work lands; to be replaced by the full dispatcher.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { LoadError, type LoadedText } from "./types.js";
export const SUPPORTED_EXTENSIONS = [".txt", ".md"];
export async function loadFile(path: string): Promise<LoadedText> {
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) throw new LoadError(path, `unsupported file type ${ext}`);
  return { format: ext === ".md" ? "markdown" : "text", text: readFileSync(path, "utf8") };
}
