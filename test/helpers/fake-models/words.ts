/**
 * The little reading the fake models do of a prompt: words, sentences, the documents and boards the
 * understanding prompt lists. Deliberately independent of src/ (a fake model must not share the code it
 * is testing).
 */

const STOP = new Set(
  (
    "a an the and or but of in on at to for from by with as is are was were be been it its this that these those what which who " +
    "whom whose when where why how do does did has have had i we you they our us your their me my not no any all some can could " +
    "would should will may about into over than then so if there here s t what's who's whats tell please give show get say said"
  ).split(" "),
);

/** Lower-case content words, with a crude plural / -ed / -ing ending taken off. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9£%]+(?:[.'][a-z0-9]+)*/g) ?? [])
    .filter((w) => !STOP.has(w) && w.length > 1)
    .map((w) => w.replace(/(?:'s|ies|ing|ed|es|s)$/, ""));
}

/** Sentence-sized pieces of a passage, verbatim: split at line breaks and sentence ends. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9"‘“(£•])/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 4);
}

/** A deterministic number from a string (to vary the fakes' choices without randomness). */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The dates of the documents listed in an understanding prompt ("Documents held: Title (2019-03); …"). */
export function documentDates(system: string): string[] {
  const line = /Documents held: (.*)/.exec(system)?.[1] ?? "";
  return [...line.matchAll(/\((\d{4}-\d{2}(?:-\d{2})?)\)/g)].map((m) => m[1]!);
}

/** The boards listed in an understanding prompt. */
export function boardNames(system: string): string[] {
  const line = /Boards in the papers: (.*)\./.exec(system)?.[1] ?? "";
  return line === "none" ? [] : line.split(/;\s*/).filter(Boolean);
}
