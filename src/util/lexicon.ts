/**
 * A small lexicon of terms that mean the same thing in public-sector board papers and reports. Used by the
 * local embeddings and by answer selection, so a question need not use the document's own word.
 */
import { stem } from "./text.js";

export const EQUIVALENTS: string[][] = [
  ["staff", "staffing", "headcount", "employees", "employee", "workforce", "fte"],
  ["chair", "chairman", "chairwoman", "chairs", "chaired", "chairing"],
  ["deputy", "vice"],
  ["councillor", "councillors", "cllr", "member", "members"],
  ["rag", "status", "traffic", "light", "green", "amber", "red", "track"],
  ["target", "targets", "outcome", "outcomes", "objective", "objectives"],
  ["money", "funding", "grant", "budget", "income", "finance", "financial"],
  ["cut", "cuts", "reduction", "reductions", "fall", "falls", "fell", "fallen", "falling", "drop", "dropped", "decrease", "reduced"],
  ["rise", "increase", "grew", "growth", "rose"],
  ["meet", "met", "achieve", "achieved", "hit", "exceeded", "exceed"],
  ["poll", "polling", "survey", "satisfaction", "satisfied", "happy", "residents"],
  ["meeting", "agenda", "session", "call"],
  ["party", "parties", "political", "conservative", "conservatives", "tory", "labour", "liberal", "independent"],
  ["contact", "officer", "email", "phone"],
  ["risk", "risks", "register", "likelihood", "impact", "score"],
  ["peer", "peers", "challenge", "review"],
  ["media", "coverage", "press", "comms", "communications"],
  ["subs", "subscription", "subscriptions", "fees"],
  ["adviser", "advisers", "advisor", "advisors", "pa", "pas"],
  ["council", "councils", "authority", "authorities", "local"],
  ["housing", "homes", "homeless", "homelessness", "accommodation", "rough", "sleeping"],
  ["recommendation", "recommend", "propose", "proposing", "proposal", "asks", "want"],
  ["allocation", "allocations", "allocate", "allocated", "allocating", "split", "breakdown", "divided"],
  ["spend", "spent", "spending", "expenditure"],
  ["response", "responses", "respond", "responded", "responding", "replied", "replies"],
  ["deadline", "deadlines", "due"],
  ["extended", "extend", "extension", "postponed", "postpone", "deferred", "defer", "pushed"],
  ["weighting", "weightings", "weighted", "weight", "weights", "criteria", "criterion"],
  ["leftover", "left", "remaining", "remainder", "unallocated", "unspent"],
  ["overspend", "overspent", "overspending", "underspend", "underspent", "variance", "variances"],
  ["total", "totals", "overall", "altogether"],
  ["average", "averages", "mean"],
  // ("How many kids are on the register?": the papers say children.)
  ["children", "child", "kids", "kid"],
  // (Minutes "signed off" are minutes confirmed at the next meeting.)
  ["signed", "sign", "confirmed", "confirm", "approved", "approve", "ratified"],
  // (A vote "against" is a poll's "Disagree".)
  ["against", "disagree", "disagreed", "opposed", "oppose", "objected"],
  // ("Apols from me for the 14th": apologies as members type them in a chat.)
  ["apologies", "apology", "apols"],
  // (Not "sub": its stem is that of "subs", the papers' subscriptions.)
  ["substitute", "substituting", "subbing"],
  // ("Which one was shut when we got there?": closed.)
  ["closed", "shut", "closure", "closures"],
  // ("How many failed?" is answered by "a failure rate of 25 per cent".)
  ["fail", "failed", "fails", "failing", "failure", "failures"],
  // (A payments file's "Net Amount" column is what was "paid".)
  ["pay", "paid", "paying", "payment", "payments"],
  // (A freedom of information response "withholds" what the requester was "refused".)
  ["refuse", "refused", "refusing", "refusal", "withhold", "withholding", "withheld"],
  // ("Rsvp deadline?": when members are to say whether they will attend.)
  ["rsvp", "attend"],
  // (What a contract is "worth" is its "Estimated total value".)
  ["worth", "value", "valued"],
];

const GROUP = new Map<string, number>();
EQUIVALENTS.forEach((words, g) => words.forEach((w) => GROUP.set(stem(w), g)));

/** The equivalence group of a word (by stem), if it has one. */
export function equivalenceGroup(word: string): number | undefined {
  return GROUP.get(stem(word));
}
