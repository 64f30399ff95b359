// Shared helpers: where the project's node_modules and the fonts are, and where outputs go.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdirSync } from "node:fs";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";
export const docPath = (name) => (mkdirSync(join(root, "docs"), { recursive: true }), join(root, "docs", name));
export const textPath = (base) => (mkdirSync(join(root, "text"), { recursive: true }), join(root, "text", base + ".txt"));
export const writeText = (base, lines) => writeFileSync(textPath(base), lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n");
export const loadPdfkit = async () => (await import(join(NM, "pdfkit", "js", "pdfkit.js"))).default;
export const loadDocx = async () => import(join(NM, "docx", "dist", "index.mjs"));
export const BASE = "cosmetic-procedures-special-treatments-panel";
