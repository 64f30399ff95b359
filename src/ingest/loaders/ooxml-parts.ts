/** Reading the parts of an Office Open XML package (.docx, an embedded .xlsx): relationships and XML text. */
import type JSZip from "jszip";

/** Relationship id -> part path (inside the package) of one relationships part. */
export async function relationshipTargets(zip: JSZip, relsPath: string, baseDir: string): Promise<Map<string, string>> {
  const rels = (await zip.file(relsPath)?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const [rel] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (!id || !target || /TargetMode="External"/.test(rel)) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : resolvePath(baseDir, target));
  }
  return targets;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = `${baseDir}${target}`.split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part && part !== ".") out.push(part);
  }
  return out.join("/");
}

export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
