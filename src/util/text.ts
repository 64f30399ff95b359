/** Small text helpers shared by embeddings, retrieval and answer selection. */

export const STOP_WORDS = new Set(
  (
    "a an the and or but of in on at to for from by with as is are was were be been being it its this that these those " +
    "what which who whom whose when where why how do does did done has have had having i we you he she they them our your " +
    "their his her my me us there here than then so if not no yes any all some can could would should will shall may might " +
    "must about into over under up down out off again just also only very more most such own same other each few both " +
    "per via vs etc s t don't isn't wasn't aren't weren't what's who's where's whats whos tell me please give show get got " +
    "make makes making didn't didnt doesn't doesnt happen happened happening say says said mean means meant think thought know knew far came come comes went bring brings bringing brought according actually really basically exactly i'm i've i'd i'll like wondering wonder remind stuff"
  ).split(/\s+/),
);

/** Irregular verb forms a question and a paper may use for one another ("fall" / "fallen", "rise" / "rose"). */
const IRREGULAR = new Map(
  Object.entries({
    fell: "fall",
    fallen: "fall",
    rose: "rise",
    risen: "rise",
    grew: "grow",
    grown: "grow",
    spent: "spend",
    paid: "pay",
    held: "hold",
    led: "lead",
    won: "win",
    met: "meet",
    began: "begin",
    begun: "begin",
    sold: "sell",
    bought: "buy",
    built: "build",
    chose: "choose",
    chosen: "choose",
  }),
);

/** A light English stemmer: enough to meet "councils"/"council", "targets"/"target", "chaired"/"chair". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, "");
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // ("Deprivation" meets "deprived", "consultation" "consulting", "recommendation" "recommended".)
  if (w.endsWith("ation") && w.length >= 10) w = w.slice(0, -5);
  else if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  // (The noun spelt with a "c", the verb with an "s": "licences" meets "licensing", "offence" "offense".)
  if (w.endsWith("enc") && w.length > 5) w = `${w.slice(0, -1)}s`;
  return w;
}

/** Content words of a text: lower case, contractions and possessives cut ("when's", "council's"), stop words dropped. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9£%]+(?:[.'][a-z0-9]+)*/g) ?? [])
    .map((w) => w.replace(/'(?:s|re|ll|ve|d|t|m)$|n't$/, ""))
    .filter((w) => !STOP_WORDS.has(w) && w.length > 1);
}

/** Text to match literally inside a regular expression: its special characters escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
