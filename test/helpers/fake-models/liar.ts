/**
 * The liar: fills every schema it is asked for with plausible, schema-valid, invented content, the way a
 * small local model does on a bad day. Its typed queries name intents, statuses, references, periods,
 * people and boards the question never mentioned (periods and boards taken from the prompt's own lists, so
 * that they reach real records); its rewrites of follow-ups change the question; its answers invent
 * sentences and figures, alter real quotes, or quote a real passage and claim something else.
 *
 * Everything it makes up is kept in `inventions`, so a test can check that none of it is ever shown.
 */
import { emptyUnderstanding, leadQuote, type ChatRequest, type ScriptedReply } from "../fake-openai.js";
import { boardNames, documentDates, hash, words } from "./words.js";
import type { FakeModel } from "./index.js";

const INTENTS = ["list_by_status", "target_status", "target_lead", "table_value", "risk", "membership", "person", "attendance", "paper", "agenda", "meeting", "comparison", "briefing", "citation"];
const STATUSES = [["Green"], ["Red"], ["Amber"], ["Red", "Amber"]];
const REFS = [["1.2"], ["F3"], ["SR4"], ["ASC3", "ASC6"], ["7.1"], ["H9"]];
const PEOPLE = ["Alex Morgan", "Sam Patel", null];
const ROLES = ["chair", "deputy chair", null];
const FIELDS = ["contact", "recommendation", "summary", null];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A period for one of the documents the prompt lists, labelled as a person would write it. */
function periodOf(date: string): Record<string, unknown> {
  const [y, m] = date.split("-").map(Number) as [number, number];
  if (m === 6) return { kind: "quarter", iso: null, financialYear: `${y}/${String((y + 1) % 100).padStart(2, "0")}`, quarter: 1, year: null, label: `Q1 ${y}/${String((y + 1) % 100).padStart(2, "0")}`, inRange: false };
  return { kind: "month", iso: `${y}-${String(m).padStart(2, "0")}`, financialYear: null, quarter: null, year: null, label: `${MONTHS[m - 1]} ${y}`, inRange: false };
}

export function liar(): FakeModel {
  const inventions: string[] = [];
  let calls = 0;
  const invent = (text: string) => {
    inventions.push(text);
    return text;
  };

  const understand = (r: ChatRequest): ScriptedReply => {
    const n = calls++ + hash(r.question);
    const dates = documentDates(r.system);
    const boards = boardNames(r.system);
    const statuses = STATUSES[n % STATUSES.length]!;
    const period = dates.length ? periodOf(dates[n % dates.length]!) : undefined;
    const subject = words(r.question)[0] ?? "council";
    // A rewrite that changes the question (a follow-up "made standalone" into another question).
    const standalone = invent(`Which ${subject} targets were ${statuses[0]} in ${String(period?.label ?? "Q1 2013/14")}?`);
    return {
      json: {
        ...emptyUnderstanding(r.question),
        standalone,
        intent: INTENTS[n % INTENTS.length],
        statuses,
        excludeStatuses: n % 5 === 0 ? ["Green"] : [],
        refs: REFS[n % REFS.length],
        periods: period ? [period] : [],
        topic: `${subject} funding targets`,
        board: boards.length ? boards[n % boards.length] : null,
        person: PEOPLE[n % PEOPLE.length],
        role: ROLES[n % ROLES.length],
        paperField: FIELDS[n % FIELDS.length],
        present: n % 2 === 0,
      },
    };
  };

  const write = (r: ChatRequest): ScriptedReply => {
    const n = calls++;
    const first = r.passages[0];
    const last = r.passages.at(-1);
    const subject = words(r.question).slice(0, 3).join(" ") || "the programme";
    const figure = 17 + (hash(r.question) % 60);
    let answer: string;
    let citations: { passage: number; quote: string }[];
    if (r.draft && n % 2 === 0) {
      // A structured list with a member dropped and one made up.
      const lines = r.draft.split("\n");
      answer = invent(`${lines[0] ?? "The targets were:"}\n• 9.9 (Red) Deliver ${subject} by March 2019.\n• 1.2 (Green) [1]`);
      citations = first ? [{ passage: first.n, quote: leadQuote(first.text, 300) }] : [];
    } else if (n % 4 === 0 || !first) {
      // An invented sentence, quoted as if from the first passage.
      const sentence = invent(`The board agreed that ${subject} rose by ${figure}% and that every target was met.`);
      answer = invent(`${sentence} [1]`);
      citations = [{ passage: first?.n ?? 1, quote: sentence }];
    } else if (n % 4 === 1) {
      // A real quote with a figure or a word changed.
      const real = leadQuote(first.text, 300);
      const altered = invent(/\d/.test(real) ? real.replace(/\d+/, (d) => String(Number(d) + figure)) : real.replace(/^(\S+\s+\S+)/, "$1 not"));
      answer = invent(`${altered} [${first.n}]`);
      citations = [{ passage: first.n, quote: altered }];
    } else if (n % 4 === 2) {
      // A real quote of the least relevant passage, and a figure that is in no source.
      const quote = leadQuote(last!.text, 300);
      answer = invent(`According to the papers, ${subject} fell by ${figure}.${figure % 10}% over the period [${last!.n}].`);
      citations = [{ passage: last!.n, quote }];
    } else {
      // A real quote of the first passage, and a claim it does not make.
      answer = invent(`The papers confirm that the board approved this in full and that no further action was needed [${first.n}].`);
      citations = [{ passage: first.n, quote: leadQuote(first.text, 300) }];
    }
    return { json: { answered: true, answer, citations } };
  };

  return {
    name: "liar",
    inventions,
    script: (r) => (r.task === "understood_question" ? understand(r) : write(r)),
  };
}
