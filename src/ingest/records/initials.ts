/**
 * Notes give people by their initials ("JT – award letters", "MS to ask Kestling"); the same notes name them
 * in full once (the officers present, "Jovan Twelvetrees"). Initials that exactly one full name of the
 * document has stand for that person.
 */

/** A person given by initials only: "JT", "MS", "G.D.". */
export const INITIALS = /^(?:[A-Z]\.?){2,3}$/;

/** The one full name in the text whose initials these are, if exactly one. */
export function fullNameOfInitials(text: string, initials: string): string | undefined {
  if (!INITIALS.test(initials.trim())) return undefined;
  const letters = initials.replace(/\./g, "").trim();
  // (A first name, not a possessive: "Miners' Statue" is no one.)
  // (Read overlapping: "Cllr Ffion Kitteridge" holds "Ffion Kitteridge" as well as "Cllr Ffion".)
  const names = new Set([...text.matchAll(/\b(?=([A-Z][a-z]+)\s+([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b)/g)].map((m) => `${m[1]} ${m[2]}`));
  return onlyNameOfInitials([...names], letters);
}

/**
 * The one name of these whose initials are these letters: "Dorian Gilchrist-Bose" is DG or DGB (a
 * hyphenated surname's parts each give a capital, as people write them).
 */
export function onlyNameOfInitials(names: string[], initials: string): string | undefined {
  const letters = initials.replace(/\./g, "").trim().toUpperCase();
  const initialsOf = (name: string) => {
    const words = name.replace(/^(?:cllr|councillor|dr|mr|mrs|ms|miss)\.?\s+/i, "").split(/\s+/);
    return [words.map((w) => w[0]).join(""), words.map((w) => w.split("-").map((part) => part[0]).join("")).join("")].map((x) => x.toUpperCase());
  };
  const matching = [...new Set(names)].filter((n) => initialsOf(n).includes(letters));
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * A person tagged by their first name only ("@Thaddeus" in a wiki's task, as colleagues write it): the one
 * full name of the text that opens with it, if exactly one.
 */
export function fullNameOfFirstName(text: string, first: string): string | undefined {
  if (!/^[A-Z][a-z'’-]{2,}$/.test(first)) return undefined;
  // (A name, not a post or a team, "Finance Officer"; "Jo Bloggs's" is Jo Bloggs.)
  const names = new Set(
    [...text.matchAll(new RegExp(`\\b${first}\\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?\\b`, "g"))].map((m) => m[1]!).filter((surname) => !NOT_A_SURNAME.test(surname)).map((surname) => `${first} ${surname}`),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/** Words after a first name that make a post or a team of it, not a person's name. */
const NOT_A_SURNAME = /^(?:Officer|Officers|Services|Service|Team|Manager|Lead|Group|Board|Council|Unit|Office|Department|Adviser|Director)$/;
