/** Lookups over people: board membership by term and role, one person across terms, attendance. */
import type { AttendanceRecord, MemberRecord } from "../../ingest/records/schema.js";
import { financialYearOf, humanDate } from "../../util/dates.js";
import type { Period, TypedQuery } from "../query.js";
import { docMatchesPeriod, effectivePeriods } from "./scope.js";
import { contentWords, stem } from "../../util/text.js";
import { matchScore } from "../../util/similarity.js";
import { expandQuestion, topicWords } from "../query.js";
import { roleIn } from "../../ingest/vocabulary.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";
import type { Span } from "../quotes.js";

/** A question asking which council someone is from. */
const ASKS_COUNCIL = /\b(?:which|what)\s+(?:council|authority|local authority)\b|\bwhere\s+(?:is|are|was|were)\b[^?]*\bfrom\b/i;

const clipWords = (t: string, max: number) => (t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, "")}…`);

const spanOf = (r: MemberRecord | AttendanceRecord) => ({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator });

/** Does a membership term ("2017/18": April 2017 to March 2018) fall within a period? */
function termMatches(term: string, p: Period): boolean {
  const start = Number(term.slice(0, 4));
  switch (p.kind) {
    case "financial_year":
      return p.financialYear === term;
    case "year":
      return p.year === start || p.year === start + 1;
    case "day":
    case "month": {
      const [y, m] = p.iso!.split("-").map(Number) as [number, number];
      return (m >= 4 ? y : y - 1) === start;
    }
    case "quarter":
      return p.financialYear === term;
    case "latest":
      return true;
  }
}

function describeMember(m: MemberRecord): string {
  const bits = [m.group, m.council].filter(Boolean).join(", ");
  return `${m.displayName}${bits ? ` (${bits})` : ""}`;
}

const ROLE_NAMES: Record<string, string> = {
  chair: "chair",
  "lead member": "lead members",
  "deputy chair": "deputy chairs",
  "vice-chair": "vice-chairs",
  observer: "observers",
  substitute: "substitutes",
  member: "members",
};

/** The people on every one of `terms`' lists, with their role and council in each. */
function membersInEveryTerm(members: MemberRecord[], terms: string[], board: string): Finding {
  const finding = emptyFinding();
  const byPerson = new Map<string, MemberRecord[]>();
  for (const m of members) byPerson.set(m.person.toLowerCase(), [...(byPerson.get(m.person.toLowerCase()) ?? []), m]);
  const everywhere = [...byPerson.values()].filter((records) => terms.every((t) => records.some((r) => r.term === t)));
  finding.lines.push(`On the ${board} in ${terms.join(" and ")}: ${everywhere.length === 0 ? "nobody on every list" : `${everywhere.length}`}.`);
  for (const records of everywhere) {
    const inTerms = terms.map((t) => records.find((r) => r.term === t)!);
    const roles = [...new Set(inTerms.map((r) => r.role))];
    const councils = [...new Set(inTerms.map((r) => r.council).filter(Boolean))];
    const group = inTerms.map((r) => r.group).find(Boolean);
    finding.lines.push(
      `• ${inTerms[inTerms.length - 1]!.displayName}${group ? ` (${group})` : ""}: ${roles.length === 1 ? roles[0] : inTerms.map((r) => `${r.role} ${r.term}`).join(", ")}; ${councils.length === 1 ? councils[0] : inTerms.map((r) => `${r.council} ${r.term}`).join(", ")}`,
    );
    finding.rows.push(...inTerms);
    finding.evidence.push(...inTerms.map(spanOf));
  }
  return finding;
}

/** People on the lists of every board named ("SSCB members who are also on the CYP board"), roles and all. */
function membersOfEveryBoard(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const listed = ctx.recordsOf("member").filter((r) => !!r.board && query.boards.includes(r.board));
  // A board without a membership list: the councillors its minutes record as present stand in for it.
  const fromMinutes: MemberRecord[] = ctx
    .recordsOf("attendance")
    .filter((r) => !!r.board && query.boards.includes(r.board) && !listed.some((m) => m.board === r.board))
    .filter((a) => a.present === true && a.group !== "In attendance")
    .map((a) => ({
      type: "member",
      id: a.id,
      docId: a.docId,
      board: a.board!,
      term: financialYearOf(a.meetingDate),
      person: a.person,
      displayName: `Cllr ${a.person}`,
      ...(a.council ? { council: a.council } : {}),
      role: a.group === "Substitutes" || /substitut/i.test(a.note ?? "") ? "substitute" : "member",
      source: a.source,
      sourceStart: a.sourceStart,
      locator: { ...a.locator, row: `${a.locator.row ?? a.person}, present ${humanDate(a.meetingDate)}` },
    }));
  const members = [...listed, ...fromMinutes];
  const boards = query.boards.filter((b) => members.some((m) => m.board === b));
  if (boards.length < 2) return undefined;
  // Substitutes are counted with the members when the question says so ("incl subs"); otherwise they are
  // listed after them, as substitutes.
  const withSubs = /\b(?:incl\w*|including|and|plus|with)\s+(?:the\s+)?(?:subs|substit\w*)/i.test(query.question);
  const periods = effectivePeriods(query.periods).filter((p) => p.kind !== "latest");
  const inPeriod = members.filter((m) => periods.length === 0 || m.board !== query.boards[query.boards.length - 1] || periods.some((p) => termMatches(m.term, p)));
  // (Someone who sat at a meeting as a substitute did sit on that board: minutes-derived records count.)
  const full = (m: MemberRecord) => withSubs || m.role !== "substitute" || fromMinutes.includes(m);
  const byPerson = new Map<string, MemberRecord[]>();
  for (const m of inPeriod) byPerson.set(m.person.toLowerCase(), [...(byPerson.get(m.person.toLowerCase()) ?? []), m]);
  const onEvery = (rs: MemberRecord[]) => boards.every((b) => rs.some((r) => r.board === b));
  const both = [...byPerson.values()].filter((rs) => onEvery(rs.filter(full)));
  const asSubstitute = [...byPerson.values()].filter((rs) => !both.includes(rs) && onEvery(rs));
  const finding = emptyFinding();
  finding.lines.push(`On the lists of both the ${boards.join(" and the ")}: ${both.length === 0 ? "nobody" : both.length}${asSubstitute.length ? `, and ${asSubstitute.length} more as a substitute on one of them` : ""}.`);
  for (const rs of [...both, ...asSubstitute]) {
    const parts = boards.map((b) => rs.find((r) => r.board === b && (full(r) || !both.includes(rs)))!).map((r) => `${r.role} of the ${r.board} (${r.term})`);
    const first = rs[0]!;
    finding.lines.push(`• ${first.displayName}${first.group ? ` (${first.group}${first.council ? `, ${first.council}` : ""})` : ""}: ${parts.join("; ")}`);
    finding.rows.push(...rs);
    finding.evidence.push(...boards.map((b) => spanOf(rs.find((r) => r.board === b)!)));
  }
  return finding;
}

/**
 * A board with no membership list held: the people the papers list in a role of that board, as minutes'
 * attendance lists do ("Cllr Jo Bloggs – Chair, City Regions Board").
 */
function roleHoldersFromLists(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!query.board) return undefined;
  const board = query.board.toLowerCase();
  // The role names the board ("Chair, City Regions Board"), or the record is of that board's own meeting
  // and the role names none ("Chair" in its register).
  const ofBoard = (r: AttendanceRecord) => r.role!.toLowerCase().includes(board) || (r.board?.toLowerCase() === board && !/\b(?:board|committee|panel|commission|forum|group|association|agency|trust|society|partnership|network|institute|federation|alliance)\b/i.test(r.role!) && roleIn(r.role) !== undefined);
  const held = ctx.recordsOf("attendance").filter((r) => !!r.role && ofBoard(r) && (!query.role || roleIn(r.role) === query.role));
  if (held.length === 0) return undefined;
  // "Who chaired it in 2042/43?": only the papers of that period say who held a role then.
  const periods = query.periods.filter((p) => p.kind !== "latest");
  const inPeriod = (r: AttendanceRecord) => {
    const doc = ctx.docById.get(r.docId);
    return periods.length === 0 || (!!doc && periods.some((p) => docMatchesPeriod(doc, p)));
  };
  const listed = held.filter(inPeriod);
  if (listed.length === 0) {
    const dates = [...new Set(held.map((r) => humanDate(r.meetingDate)))].slice(0, 3);
    return { ...emptyFinding(), notFound: `I hold no papers of the ${query.board} for ${periods.map((p) => p.label).join(" or ")} that list who held the role. Its papers I hold list roles on ${dates.join(", ")}.` };
  }
  // "Which council is the vice chair from?": a role holder listed with no council, and none given for
  // them anywhere else in the papers, does not answer it.
  const councilOf = (person: string) => [...ctx.recordsOf("attendance"), ...ctx.recordsOf("member")].find((x) => x.person === person && x.council)?.council;
  if (ASKS_COUNCIL.test(query.question) && listed.every((r) => !councilOf(r.person))) {
    const named = [...new Set(listed.map((r) => `${r.person} (${r.role})`))].join(", ");
    return { ...emptyFinding(), notFound: `The papers list ${named} for the ${query.board} but give no council for them.` };
  }
  const finding = emptyFinding();
  const seen = new Set<string>();
  for (const r of listed) {
    if (seen.has(r.person)) continue;
    seen.add(r.person);
    const meta = ctx.docById.get(r.docId)?.meta;
    // (The council another record of the same list gives, when this one's cell gave none.)
    const council = r.council ?? councilOf(r.person);
    finding.lines.push(`${r.person} is listed as ${r.role}${council ? ` (${council})` : ""} in ${meta?.title ?? "the papers"}.`);
    finding.rows.push(r);
    finding.evidence.push(spanOf(r));
  }
  finding.assumptions.push(`I hold no membership list of the ${query.board}; this is how other papers list them.`);
  return finding;
}

export function lookupMembership(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (query.boards.length >= 2 && /\balso\b|\bboth\b|\bas well\b|\bsame\b|\bsit on\b|\bon (?:the )?(?:other|two)\b/i.test(query.question)) {
    const across = membersOfEveryBoard(query, ctx);
    if (across) return across;
  }
  const members = ctx.recordsOf("member").filter((r) => (!query.board || !r.board || r.board === query.board));
  // "Who's on the reorganisation transition group?": a body the papers hold no membership of (an outside
  // body, say) is not answered with a board's membership.
  const body = /\b(?:on|of|to|for)\s+the\s+((?:[\w'’-]+\s+){1,6}?(?:group|panel|committee|board|trust|network|partnership|commission))\b/i.exec(query.question)?.[1];
  if (!query.board && body && !members.some((m) => m.board && matchScore(contentWords(body), m.board).fraction >= 0.5)) return undefined;
  if (members.length === 0) return roleHoldersFromLists(query, ctx);
  // (Members listed only as a paper's lead members say nothing of who chairs: the minutes' lists may.)
  if (query.role && query.board && !members.some((m) => m.role === query.role)) {
    const listed = roleHoldersFromLists(query, ctx);
    if (listed && !listed.notFound) return listed;
  }
  // (A role asked, "who's the vice-chair?", is of the lists that give that role, the latest of them.)
  const withRole = query.role ? members.filter((m) => m.role === query.role) : [];
  const terms = [...new Set((withRole.length ? withRole : members).map((m) => m.term))].sort();
  // Both ends of a range name lists too ("stayed on from 2017/18 to 2020/21").
  const named = query.periods.filter((p) => p.kind !== "latest");
  const periods = named.length ? named : effectivePeriods(query.periods);
  let chosenTerms: string[];
  const finding = emptyFinding();
  if (periods.length === 0 || periods.every((p) => p.kind === "latest")) {
    chosenTerms = [terms[terms.length - 1]!];
    finding.assumptions.push(`The latest membership I hold is ${chosenTerms[0]}.`);
  } else {
    chosenTerms = terms.filter((t) => periods.some((p) => termMatches(t, p)));
    const ends = periods.filter((p) => p.inRange);
    if (ends.length === 2 && chosenTerms.length >= 2) chosenTerms = terms.filter((t) => t >= chosenTerms[0]! && t <= chosenTerms[chosenTerms.length - 1]!);
    // "in 2018" can touch two terms; prefer the one that started that year when both are held.
    if (chosenTerms.length === 0) {
      return { ...emptyFinding(), notFound: `I have no membership list for ${periods.map((p) => p.label).join(" or ")}. I hold the ${members[0]!.board ?? "board"} membership for ${terms.join(" and ")}.` };
    }
  }
  // Lists of several boards: each answer line names its own board, never another's.
  // (Or the board its document is of, named only by the papers around it: see withBoardsFromFileNames.)
  const boardOf = (m: MemberRecord) => m.board ?? ctx.docById.get(m.docId)?.meta.board ?? "the board";
  // A political group named in the question ("the Lib Dem substitute") narrows the list.
  const groups = [...new Set(members.map((m) => m.group).filter((g): g is string => !!g))];
  const namedGroups = groups.filter((g) => new RegExp(`\\b${g.split(/\s+/)[0]}`, "i").test(expandQuestion(query.question, { people: [], boards: [] })));
  // A council named in the question ("the Pembrokeshire cllr") picks its members.
  // (Not by the words naming the board: "the public toilets group" picks no "Access to Toilets Alliance".)
  const boardWords = new Set(contentWords(query.board ?? ""));
  const words = contentWords(query.question).filter((w) => !/^(?:council|district|county|borough|city|metropolitan|royal|the)$/.test(w) && !boardWords.has(w));
  const byCouncil = members.filter(
    (m) => chosenTerms.includes(m.term) && m.council && matchScore(words, m.council).score >= 1 && contentWords(m.council).some((w) => words.includes(w) && w.length > 3),
  );
  const selected = (m: MemberRecord) =>
    (namedGroups.length === 0 || (m.group !== undefined && namedGroups.includes(m.group))) && (byCouncil.length === 0 || byCouncil.includes(m)) && (!query.role || m.role === query.role);
  // "Who was on the board in both 2017/18 and 2020/21?": the people on every list asked about.
  if (chosenTerms.length >= 2 && /\bboth\b|\bin each\b|\bevery (?:year|term|list)\b|\bstill\b|\bstay(?:ed)?\b|\bcarried over\b|\bremain(?:ed)?\b/i.test(query.question)) {
    return membersInEveryTerm(members.filter(selected), chosenTerms, boardOf(members[0]!));
  }
  const lists = [...new Set(members.filter((m) => chosenTerms.includes(m.term)).map((m) => `${boardOf(m)}\u0000${m.term}`))];
  for (const key of lists) {
    const [board, term] = key.split("\u0000") as [string, string];
    const listed = members.filter(
      (m) => m.term === term && boardOf(m) === board && (namedGroups.length === 0 || (m.group !== undefined && namedGroups.includes(m.group))) && (byCouncil.length === 0 || byCouncil.includes(m)),
    );
    // One line per person and role, when two papers list them (the fuller entry kept).
    const fullness = (m: MemberRecord) => (m.group ? 1 : 0) + (m.council ? 1 : 0) + (m.portfolio ? 1 : 0);
    const samePerson = (a: MemberRecord, b: MemberRecord) => a !== b && a.person.toLowerCase() === b.person.toLowerCase();
    // (And a plain "member" line of someone another list gives a role, a register of those present, say.)
    const office = (m: MemberRecord) => m.role !== "member" && m.role !== "substitute" && m.role !== "observer";
    const inTerm = listed.filter(
      (m) =>
        !listed.some((o) => samePerson(o, m) && o.role === m.role && (fullness(o) > fullness(m) || (fullness(o) === fullness(m) && listed.indexOf(o) < listed.indexOf(m)))) &&
        !(m.role === "member" && listed.some((o) => samePerson(o, m) && office(o))),
    );
    // (A member given a portfolio in a list of lead members is a lead member, whatever else they are.)
    const inRole = (m: MemberRecord) => m.role === query.role || (query.role === "lead member" && !!m.portfolio);
    let wanted = query.role ? inTerm.filter(inRole) : inTerm;
    // "the lead member for SEND": the portfolio named picks one.
    const portfolioWords = topicWords(query.topic).filter((w) => !/^(?:lead|members?|board|who)$/.test(w));
    // (The best fit only: "mental health" is not "public health".)
    const portfolioScore = (m: MemberRecord) => (m.portfolio && portfolioWords.length ? matchScore(portfolioWords, m.portfolio, { equivalents: 0.6 }).score : 0);
    const bestPortfolio = Math.max(0, ...wanted.map(portfolioScore));
    const byPortfolio = bestPortfolio > 0 ? wanted.filter((m) => portfolioScore(m) >= bestPortfolio - 0.01) : [];
    if (byPortfolio.length) wanted = byPortfolio;
    // (An office one person holds, "Vice-Chair", held by two in one term: the later paper's holder, the
    // minutes of the meeting that appointed them over the terms of reference before it.)
    // (A list of a year, dated by it alone, is as of the year's start: "2271/72" from April 2271.)
    const dateOf = (m: MemberRecord) => {
      const meta = ctx.docById.get(m.docId)?.meta;
      const years = meta?.covers.filter((c) => c.kind === "financial_year") ?? [];
      return years.length && years.length === meta!.covers.length ? `${years[0]!.financialYear!.slice(0, 4)}-04` : (meta?.date ?? "");
    };
    if (query.role && /^(?:chair|vice-chair|deputy chair)$/.test(query.role) && new Set(wanted.map((m) => m.person)).size >= 2) {
      const latest = wanted.reduce((a, b) => (dateOf(b) > dateOf(a) ? b : a));
      const earlier = wanted.filter((m) => m.person !== latest.person && dateOf(m) < dateOf(latest));
      if (earlier.length === wanted.filter((m) => m.person !== latest.person).length) {
        // (Named with the council and group another list of the term gives them.)
        const fuller = members.find((m) => m.person === latest.person && m.term === term && m.council);
        wanted = [fuller ? { ...latest, council: fuller.council, ...(fuller.group ? { group: fuller.group } : {}) } : latest];
        finding.assumptions.push(`Earlier in ${term}: ${[...new Set(earlier.map((m) => m.displayName))].join(", ")} (${ctx.docById.get(earlier[0]!.docId)?.meta.title ?? "the papers"}).`);
      }
    }
    // "Who's lead member for pests and diseases?", of no board named: a portfolio no list gives is
    // not answered with a board's lead members (the papers' text may say who it is).
    if (query.role === "lead member" && !query.board && bestPortfolio === 0 && /\blead (?:members?|cllrs?|councillors?)\s+(?:for|on)\s+\w/i.test(query.question)) continue;
    if (query.role && wanted.length === 0) {
      // A list that names only some roles (a plan's "Chair:" line): the meetings' lists may name the rest.
      const listed = roleHoldersFromLists(query, ctx);
      if (listed?.notFound) return listed;
      if (listed) {
        finding.lines.push(...listed.lines);
        finding.rows.push(...listed.rows);
        finding.evidence.push(...listed.evidence);
        continue;
      }
      // (None listed: the papers' text may say who it is, "Cllr X will be Vice-Chair from 1 May".)
      continue;
    }
    if (query.role) {
      const label = wanted.length === 1 ? query.role : ROLE_NAMES[query.role];
      finding.lines.push(`${term === "undated" ? "" : `${term} `}${board} ${label}: ${wanted.map((m) => `${describeMember(m)}${m.portfolio ? ` – ${m.portfolio}` : ""}`).join("; ")}.`);
      for (const m of wanted) if (m.portfolioSpan) finding.evidence.push({ docId: m.docId, start: m.portfolioSpan[0], end: m.portfolioSpan[0] + m.portfolioSpan[1], locator: m.locator });
    } else {
      // "How many …?": the count first, seats and substitutes apart.
      if (/\bhow many\b/i.test(query.question)) {
        const seated = inTerm.filter((m) => m.role !== "substitute" && m.role !== "observer");
        const standIns = inTerm.length - seated.length;
        const of = namedGroups.length ? `${namedGroups.join(" or ")} ` : "";
        finding.lines.push(`${seated.length} ${of}member${seated.length === 1 ? "" : "s"} of the ${board}${term === "undated" ? "" : ` in ${term}`}${standIns ? `, and ${standIns} ${of}substitute${standIns === 1 ? "" : "s"} or observer${standIns === 1 ? "" : "s"}` : ""}.`);
      }
      finding.lines.push(`${board} membership${term === "undated" ? "" : ` ${term}`}:`);
      for (const role of ["chair", "vice-chair", "deputy chair", "lead member"] as const) {
        const r = inTerm.filter((m) => m.role === role);
        if (r.length) finding.lines.push(`• ${ROLE_NAMES[role]}: ${r.map(describeMember).join("; ")}`);
      }
      const groups = [...new Set(inTerm.filter((m) => m.role === "member").map((m) => m.group ?? "Other"))];
      for (const g of groups) {
        const names = inTerm.filter((m) => m.role === "member" && (m.group ?? "Other") === g).map((m) => m.displayName);
        finding.lines.push(`• ${g}: ${names.join(", ")}`);
      }
      for (const role of ["substitute", "observer"] as const) {
        const r = inTerm.filter((m) => m.role === role);
        if (r.length) finding.lines.push(`• ${ROLE_NAMES[role]}: ${r.map((m) => m.displayName).join(", ")}`);
      }
    }
    finding.rows.push(...wanted);
    finding.evidence.push(...wanted.slice(0, 6).map(spanOf));
  }
  return finding.lines.length ? finding : undefined;
}

/** A question for someone's phone number or email address. */
// (Not a number of something else: "her mic number", "his seat number".)
const ASKS_CONTACT_DETAIL = /\b(?:phone|tel(?:ephone)?|mobile|e-?mail)\b|\bcontact details\b|(?<!\b(?:mic|microphone|seat|table|desk|room|item|page|paragraph|minute|reference|ref|agenda|case|ward|order|version|membership|member|badge)\s)\bnumber\b/i;

/** Something numbered asked of a person: "stannage's mic number", "her seat no". */
const NUMBERED_DETAIL = /(?:'s|’s|\b(?:his|her|their))\s+([a-z]{2,15})\s+(?:number|no\.?)(?:\W|$)/i;

/** The line of any paper that names the person beside the numbered thing asked ("Mic 12 Cllr Bronwen Stannage …"). */
function numberedDetail(question: string, person: string, ctx: LookupContext): (Span & { text: string }) | undefined {
  const what = NUMBERED_DETAIL.exec(question)?.[1];
  if (!what || /^(?:phone|telephone|mobile|contact|fax|office|work|home)$/i.test(what)) return undefined;
  const surname = person.split(/\s+/).pop()!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const line = new RegExp(`^.*\\b${what}\\.?\\s*\\d+\\b.*$`, "gim");
  for (const d of ctx.documents) {
    const text = ctx.textOf?.(d.meta.docId) ?? "";
    for (const m of text.matchAll(line)) {
      // (The number beside the person: "Mic 12" before the name, not the next seat's.)
      const near = new RegExp(`\\b${what}\\.?\\s*\\d+\\b[^\\d]{0,40}\\b${surname}\\b|\\b${surname}\\b[^\\d]{0,40}\\b${what}\\.?\\s*\\d+\\b`, "i").exec(m[0]);
      if (!near || m[0].length > 300) continue;
      const start = m.index! + near.index;
      const said = m[0].slice(near.index).trim();
      return { docId: d.meta.docId, start, end: start + said.length, locator: ctx.locate?.(d.meta.docId, start) ?? { section: [] }, text: said };
    }
  }
  return undefined;
}

export function lookupPerson(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!query.person) return undefined;
  const name = query.person.toLowerCase();
  const members = ctx.recordsOf("member").filter((r) => r.person.toLowerCase() === name);
  const finding = emptyFinding();
  const byTerm = [...members].sort((a, b) => a.term.localeCompare(b.term));
  for (const m of byTerm) {
    const details = (m.details ?? []).slice(0, 3).map((d) => `${d.column}: ${d.value}`);
    finding.lines.push(`• ${m.term}: ${m.role === "member" ? "member" : m.role} of the ${m.board ?? "board"}, ${[m.council, m.group, m.region ? `for ${m.region}` : undefined, ...details].filter(Boolean).join(", ")}`);
    finding.rows.push(m);
    finding.evidence.push(spanOf(m));
  }
  const councils = [...new Set(byTerm.map((m) => m.council).filter(Boolean))];
  const terms = [...new Set(byTerm.map((m) => m.term))];
  if (councils.length > 1) finding.lines.unshift(`${query.person}'s council changed: ${byTerm.map((m) => `${m.council} (${m.term})`).join(" → ")}.`);
  else if (councils.length === 1) finding.lines.unshift(`${query.person} represents ${councils[0]}${terms.length > 1 ? ` in every membership list I hold (${terms.join(", ")})` : ""}.`);
  // Other records naming the person: contacts of papers, leads of targets (counted per report).
  const led = new Map<string, string[]>();
  // A lead written as a title and surname ("Cllr Sowerbutts") is the person of that surname.
  const surname = name.split(/\s+/).pop()!;
  const leads = (lead: string) => lead.toLowerCase().includes(name) || new RegExp(`^(?:cllr|councillor)\\.?\\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i").test(lead.trim());
  for (const r of [...ctx.recordsOf("paper"), ...ctx.recordsOf("target")]) {
    if (r.type === "paper") {
      const contact = r.contacts.find((c) => c.name.toLowerCase().includes(name));
      if (!contact) continue;
      // (With the phone number and email the front sheet gives, when those are asked for.)
      const details = ASKS_CONTACT_DETAIL.test(query.question) ? [contact.phone, contact.email].filter(Boolean).join(", ") : "";
      finding.lines.push(`• Contact officer${contact.position ? ` (${contact.position})` : ""} for "${r.title}" (${humanDate(r.meetingDate ?? "")})${details ? `: ${details}` : ""}.`);
      finding.rows.push(r);
      const span = r.spans.contact;
      if (span) finding.evidence.push({ docId: r.docId, start: span[0], end: span[0] + span[1], locator: r.locator });
    }
    if (r.type === "target" && r.level === "target" && leads(r.leadPerson ?? r.lead ?? "")) {
      const label = r.refIsSynthetic ? clipWords(r.text.split(/[.:;]| - /)[0]!, 45) : r.ref;
      const rating = r.status ? (r.statusLabel ? `${r.statusLabel}, ${r.status}` : r.status) : r.statusLabel;
      led.set(r.docId, [...(led.get(r.docId) ?? []), rating ? `${label} (${rating})` : label]);
      if (finding.evidence.length < 8) finding.evidence.push({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + Math.min(r.source.length, 400), locator: r.locator });
      finding.rows.push(r);
    }
  }
  for (const [docId, items] of led) {
    finding.lines.push(`• Lead for ${items.length} target${items.length === 1 ? "" : "s"} in the ${ctx.docById.get(docId)?.meta.period} report: ${items.slice(0, 6).join("; ")}${items.length > 6 ? "; …" : ""}.`);
  }
  // Papers that name the person where no record does (an adviser's contact card in an annex).
  const recorded = new Set(finding.rows.map((r) => r.docId));
  for (const mention of mentionsOutside(query.person, recorded, ctx)) {
    const meta = ctx.docById.get(mention.docId)!.meta;
    const section = mention.locator.section[0];
    finding.lines.push(`• Named in ${meta.title}${section ? ` (${section})` : ""}: ${mention.text.replace(/\s*\n\s*/g, " · ")}`);
    finding.evidence.push(mention);
  }
  // ("Cllr X's mic number?", "her seat?": the line that names X with that word and a number, "Mic 12 Cllr
  // Bronwen Stannage …", first; no record holds it.)
  const detailLine = numberedDetail(query.question, query.person, ctx);
  if (detailLine) {
    finding.lines.unshift(`• ${detailLine.text} (${ctx.docById.get(detailLine.docId)?.meta.title ?? detailLine.docId})`);
    finding.evidence.unshift(detailLine);
  }
  if (!finding.lines.length || !(finding.rows.length || finding.evidence.length)) return undefined;
  // "What's Cllr X's phone number?" when nothing the papers say of X gives one: say so, with what they say.
  const detail = ASKS_CONTACT_DETAIL.exec(query.question)?.[0];
  if (detail) {
    const said = [...finding.lines, ...finding.evidence.map((e) => ctx.textOf?.(e.docId)?.slice(e.start, e.end) ?? "")].join("\n");
    const email = /mail/i.test(detail);
    const given = email ? /@/.test(said) : /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/.test(said);
    if (!given) return { ...emptyFinding(), notFound: `The papers give no ${email ? "email address" : "phone number"} for ${query.person}. ${finding.lines[0]}` };
  }
  return finding;
}

/**
 * Where the documents without a record of the person name them: per document, the first line naming
 * them with the line before it (a region or heading) and the contact lines after it.
 */
/** A mention longer than this is quoted around the name, so many characters each side. */
const LONG_MENTION = 240;
const MENTION_WINDOW = 100;

function mentionsOutside(person: string, skip: Set<string>, ctx: LookupContext): (Span & { text: string })[] {
  if (!ctx.textOf) return [];
  const pattern = new RegExp(`\\b${person.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\\b`, "i");
  const out: (Span & { text: string })[] = [];
  for (const d of ctx.documents) {
    if (skip.has(d.meta.docId)) continue;
    const text = ctx.textOf(d.meta.docId) ?? "";
    const m = pattern.exec(text);
    if (!m) continue;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const previous = text.lastIndexOf("\n", Math.max(0, lineStart - 2)) + 1;
    const before = text.slice(previous, lineStart).trim();
    // The line before counts when it is a short title ("West Midlands"), not a sentence of its own.
    let start = lineStart > 0 && before.length > 0 && before.length <= 60 && !/[.:;]$/.test(before) ? previous : lineStart;
    let end = text.indexOf("\n", m.index);
    end = end < 0 ? text.length : end;
    // Contact lines and a "(patch)" line after the name belong with it.
    for (let k = 0; k < 3; k++) {
      const nextEnd = text.indexOf("\n", end + 1);
      const line = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).trim();
      if (!/^(?:tel|mobile|phone|email|e)\b|^\(.*\)$/i.test(line)) break;
      end = nextEnd < 0 ? text.length : nextEnd;
    }
    // (A long line, a meeting's list of those present, is quoted around the name.)
    if (end - start > LONG_MENTION) {
      const from = Math.max(start, m.index - MENTION_WINDOW);
      const to = Math.min(end, m.index + m[0].length + MENTION_WINDOW);
      start = from > start ? text.indexOf(" ", from) + 1 || from : start;
      end = to < end ? Math.max(m.index + m[0].length, text.lastIndexOf(" ", to)) : end;
    }
    out.push({ docId: d.meta.docId, start, end, locator: ctx.locate?.(d.meta.docId, m.index) ?? { section: [] }, text: text.slice(start, end).trim() });
  }
  return out;
}

/**
 * A name on a meeting's list, quoted from the list's label ("Apologies: … Cllr Jo Bloggs") when the label
 * is near: the bare name says neither which list nor, beside the same name on other lists, which meeting.
 */
function listSpan(r: AttendanceRecord, ctx: LookupContext): Span {
  const own = spanOf(r);
  const text = ctx.textOf?.(r.docId);
  if (!text || !r.meetingLabel) return own;
  const before = text.slice(Math.max(0, r.sourceStart - 400), r.sourceStart);
  const at = before.toLowerCase().lastIndexOf(`${r.meetingLabel.toLowerCase()}:`);
  // (Not across another list's label.)
  // (Nor a list set beside another on the page: the lines above a name there are the other list's too.)
  if (r.ownLine) return { ...own, alone: true };
  if (at < 0 || /\n\s*(?:present|apologies|in attendance|substitutes|also present)\s*:/i.test(before.slice(at + r.meetingLabel.length + 1))) return own;
  return { ...own, start: r.sourceStart - before.length + at };
}

/** "Who chaired the January meeting?", "who was in the chair?" */
const CHAIR_ASKED = /\bwho chaired\b|\bwho (?:was|is) (?:in )?the chair\b|\btook the chair\b|\bin the chair\b|\bwho was chairing\b/i;

/**
 * Who chaired a meeting, from its record: a sentence of the record saying who took the chair ("Cllr X
 * (Vice-Chair) took the chair in the absence of the Chair"), else the Chair among those present, and the
 * Chair's apologies when they sent them.
 */
function chairOf(rows: AttendanceRecord[], ctx: LookupContext, topic: string[] = []): { line: string; evidence: Span[]; rows: AttendanceRecord[] } | undefined {
  if (rows.length === 0) return undefined;
  const docId = rows[0]!.docId;
  const own = rows.filter((r) => r.docId === docId);
  const text = ctx.textOf?.(docId) ?? "";
  // ("Who chaired the Aldwinkle bid bit?": a part of the meeting, chaired by whoever the record says chaired
  // it, "… the Vice-Chair, Cllr X, chaired that part of the item", wherever in the record that is.)
  // (From its paragraph's number: "4.2 The Chair did not …", not "2 The Chair …".)
  const part = topic.length ? [...text.matchAll(/(?:^|(?<=\n)|(?<=[.!?]\s))(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[^.\n]*\b(?:chaired|took the chair|in the chair)\b[^.\n]*\.?/gi)].find((m) => topic.some((w) => new RegExp(`\\b${w}`, "i").test(m[0]))) : undefined;
  const from = part ? 0 : Math.max(0, Math.min(...own.map((r) => r.sourceStart)) - 400);
  const to = Math.max(...own.map((r) => r.sourceStart + r.source.length)) + 200;
  const sentence = part ?? /[^.\n]*\b(?:took|taking|take) the chair\b[^.\n]*\.?|[^.\n]*\bin the chair\b[^.\n]*\.?|[^.\n]*\bchaired by\b[^.\n]*\.?/i.exec(text.slice(from, to));
  const isChair = (r: AttendanceRecord) => /^chair(?:man|woman|person)?$/i.test(r.role ?? "");
  const chairAway = own.filter((r) => isChair(r) && r.present === false);
  const chairHere = own.filter((r) => isChair(r) && r.present === true);
  const evidence: Span[] = [];
  const parts: string[] = [];
  if (sentence) {
    const start = from + sentence.index! + (sentence[0].length - sentence[0].trimStart().length);
    const said = sentence[0].trim();
    parts.push(`"${said}"`);
    evidence.push({ docId, start, end: start + said.length, locator: ctx.locate?.(docId, start) ?? own[0]!.locator });
  } else if (chairHere.length) {
    parts.push(`${chairHere[0]!.person} (${chairHere[0]!.role}) was present.`);
    evidence.push(spanOf(chairHere[0]!));
  } else return undefined;
  if (chairAway.length) {
    parts.push(`The Chair, ${chairAway[0]!.person}, sent apologies.`);
    evidence.push(spanOf(chairAway[0]!));
  }
  return { line: parts.join(" "), evidence, rows: [...chairHere, ...chairAway] };
}

/** A way of attending asked about: "online", "in the room", "remotely". */
const ATTENDANCE_MODE_ASKED = /\b(?:online|remotely|virtually|in person|in the room|on teams|via teams|on zoom|via zoom)\b/i;

/** Attending from elsewhere, however it is put: "remotely", "online", "on Teams", "Present (remote)". */
const REMOTE_MODE = /\b(?:online|remotely|virtually|teams|zoom)\b/i;
const REMOTE_WORDS = ["remote", "remotely", "online", "virtual", "virtually", "teams", "zoom", "video"];

/** The words of a council's name that say what kind it is, not which. */
const COUNCIL_KIND_WORDS = new Set(["council", "district", "borough", "city", "county", "town", "parish", "metropolitan", "london", "royal", "of", "the", "and"]);

export function lookupAttendance(query: TypedQuery, ctx: LookupContext, opts: { titled?: boolean } = {}): Finding | undefined {
  let all = ctx.recordsOf("attendance").filter((r) => (!query.board || !r.board || r.board === query.board));
  if (all.length === 0) return undefined;
  // "Who from Thornby Vale DC came?": those of the council the question names, by its own words (not
  // "District Council"), the council naming most of them when several do (Thornby Vale, not Thornby Town).
  const councils = [...new Set(all.map((a) => a.council).filter((c): c is string => !!c))];
  const asked = new Set(contentWords(query.question).map(stem));
  const ownWords = (council: string) => contentWords(council).filter((w) => !COUNCIL_KIND_WORDS.has(w.toLowerCase())).map(stem);
  const naming = councils.filter((c) => ownWords(c).length > 0 && ownWords(c).every((w) => asked.has(w)));
  const most = Math.max(0, ...naming.map((c) => ownWords(c).length));
  const councilAsked = naming.filter((c) => ownWords(c).length === most);
  const councilWords = new Set(councilAsked.length === 1 ? ownWords(councilAsked[0]!) : []);
  if (councilAsked.length === 1) all = all.filter((a) => a.council === councilAsked[0]);
  // A meeting named by what its note calls it ("the informal meeting with the water companies"): that
  // document's lists. (Only those, when the question is not read as about a register at all.)
  const words = topicWords(query.topic).filter((w) => !councilWords.has(stem(w)) && !/^(?:dc|bc|cc|mbc|tc|pc)$/i.test(w));
  if (words.length >= 2 || (opts.titled && words.length === 1)) {
    const fit = (docId: string) => matchScore(words, ctx.documents.find((d) => d.meta.docId === docId)?.meta.title ?? "").fraction;
    const docIds = [...new Set(all.map((a) => a.docId))];
    const best = Math.max(...docIds.map(fit));
    if (best >= 0.5) all = all.filter((a) => fit(a.docId) >= best - 0.01);
    else if (opts.titled) return undefined;
  } else if (opts.titled && councilWords.size === 0) return undefined;
  const days = effectivePeriods(query.periods).filter((p) => p.kind === "day").map((p) => p.iso!);
  // "the jan meeting": the meetings of that month.
  const months = effectivePeriods(query.periods).filter((p) => p.kind === "month" && p.iso).map((p) => p.iso!);
  const meetings = [...new Set(all.map((a) => a.meetingDate))].sort();
  const inMonths = days.length === 0 ? meetings.filter((m) => months.some((mm) => m.startsWith(mm))) : [];
  // (A month with no register, "who chaired at the october meeting?", is for the passages: another
  // meeting's register does not answer it.)
  // (Unless no paper at all is of that month: then no passage is its record either, and the registers held are said.)
  if (days.length === 0 && months.length && inMonths.length === 0) {
    if (ctx.documents.some((d) => months.some((mm) => d.meta.date.startsWith(mm)))) return undefined;
    return { ...emptyFinding(), notFound: `I have no attendance record for a meeting in ${months.map(humanDate).join(" or ")}. The attendance records I hold are of ${meetings.map(humanDate).join(", ")}.` };
  }
  const chosen = days.length ? meetings.filter((m) => days.includes(m)) : inMonths.length ? inMonths : meetings;
  if (days.length && chosen.length === 0) {
    return { ...emptyFinding(), notFound: `I have no attendance record for ${days.map(humanDate).join(" or ")}. The attendance sheets I hold cover ${meetings.map(humanDate).join(", ")}.` };
  }
  const finding = emptyFinding();
  // One person over several meetings: how many they attended, first.
  if (query.person && chosen.length >= 2) {
    const own = all.filter((a) => chosen.includes(a.meetingDate) && a.person.toLowerCase() === query.person!.toLowerCase() && a.present !== null && a.present !== undefined);
    const came = [...new Set(own.filter((a) => a.present).map((a) => a.meetingDate))].sort();
    const missed = [...new Set(own.filter((a) => !a.present).map((a) => a.meetingDate))].sort().filter((d) => !came.includes(d));
    if (came.length + missed.length >= 2) {
      finding.lines.push(
        `${query.person} attended ${came.length} of the ${came.length + missed.length} meetings on record${came.length ? ` (${came.map(humanDate).join(", ")})` : ""}${missed.length ? `; not present at ${missed.map(humanDate).join(", ")}` : ""}.`,
      );
    }
  }
  for (const date of chosen) {
    let rows = all.filter((a) => a.meetingDate === date);
    if (query.person) rows = rows.filter((a) => a.person.toLowerCase() === query.person!.toLowerCase());
    // Who came in their place: the substitutes who attended that day, when the question asks.
    const subs = /\bsubs?\b|\bsubstitut\w*|\bsubbed\b|\binstead\b|\bin (?:their|his|her) place\b/i.test(query.question)
      ? all.filter((a) => a.meetingDate === date && a.present === true && /substitut|\bsub(?:bing)?\s+for\b|\bin place of\b|\binstead of\b/i.test(`${a.group ?? ""} ${a.note ?? ""} ${a.role ?? ""}`))
      : [];
    if (query.present !== undefined) rows = rows.filter((a) => a.present === query.present);
    else if (query.person) rows = rows.filter((a) => a.present !== undefined);
    // "Who subbed, and for who?": the substitutes and those they stood in for, not the whole register.
    else if (subs.length) rows = rows.filter((a) => subs.includes(a) || /substitut/i.test(a.note ?? ""));
    else rows = rows.filter((a) => a.present !== null);
    // ("Who gave evidence?": a hearing's witnesses, when its register notes them; not "who came to the
    // evidence session?", everyone there.)
    if (/\b(?:gave|give|gives|giving) evidence\b|\bwitness/i.test(query.question) && rows.some((r) => r.note === "witness")) rows = rows.filter((r) => r.note === "witness");
    // "Who joined online?": those the register marks that way, when it says how each attended.
    const mode = ATTENDANCE_MODE_ASKED.exec(query.question)?.[0];
    if (mode) {
      // (Any of the ways of saying it: asked "on teams", written "Present (remote)".)
      const words = REMOTE_MODE.test(mode) ? REMOTE_WORDS : contentWords(mode);
      const byMode = rows.filter((a) => a.present && words.some((w) => contentWords(`${a.meetingLabel} ${a.note ?? ""}`).includes(w)));
      if (byMode.length) rows = byMode;
    }
    const fromList = rows.some((r) => r.role !== undefined || r.meetingLabel === "Apologies" || r.meetingLabel === "Present");
    const label =
      query.present === false ? (fromList ? "apologies" : "did not attend") : query.present === true || mode ? (fromList ? "present" : "attended") : "on the attendance record";
    const board = rows[0]?.board ?? all.find((a) => a.meetingDate === date)?.board;
    const who = rows.map((r) => `${r.person}${r.role ? ` (${r.role})` : ""}${r.note && r.note !== r.role ? ` – ${r.note}` : ""}`);
    if (CHAIR_ASKED.test(query.question)) {
      // (The words naming a part of the meeting, not the meeting: "the aldwinkle bid bit at the nov meeting".)
      const part = topicWords(query.topic).filter((w) => w.length >= 4 && !/^(?:meeting|meetings|chair|chaired|board|panel|committee|group|item|bit|part)$/i.test(w));
      const chair = chairOf(all.filter((a) => a.meetingDate === date), ctx, part);
      if (chair) {
        finding.lines.push(`${board ? `${board}, ` : ""}${humanDate(date)} meeting: ${chair.line}`);
        finding.evidence.push(...chair.evidence);
        finding.rows.push(...chair.rows);
        // ("… and who sent apologies?": that list too.)
        if (query.present === undefined || query.person) continue;
      }
    }
    if (query.person && rows.length) {
      const r = rows[0]!;
      finding.lines.push(`${board ? `${board}, ` : ""}${humanDate(date)} meeting: ${r.person} ${r.present === true ? "attended" : r.present === false ? "did not attend" : "was not expected"}${r.role ? ` (${r.role})` : ""}${r.note && r.note !== r.role ? ` – ${r.note}` : ""}.`);
    } else if (query.present === undefined && fromList && rows.some((r) => r.present === false) && rows.some((r) => r.present === true)) {
      // (Lists of those present and of apologies, each under its own word.)
      const named = (present: boolean) => rows.filter((r) => r.present === present).map((r) => who[rows.indexOf(r)]!).join("; ");
      finding.lines.push(`${board ? `${board}, ` : ""}${humanDate(date)} meeting, present: ${named(true)}. Apologies: ${named(false)}.`);
    } else if (/\bhow many\b/i.test(query.question)) {
      // ("How many were in the room?": the count, then who.)
      finding.lines.push(`${board ? `${board}, ` : ""}${humanDate(date)} meeting: ${rows.length} ${label}${mode ? ` ${mode}` : ""}${rows.length ? ` (${who.join("; ")})` : ""}.`);
    } else finding.lines.push(`${board ? `${board}, ` : ""}${humanDate(date)} meeting, ${label}: ${rows.length ? who.join("; ") : "nobody"}.`);
    // ("Who subbed for Cllr Mulready?": the substitute whose note names Mulready, when one does.)
    const allSubs = subs.filter((x) => !rows.includes(x));
    const surname = query.person?.trim().split(/\s+/).pop()?.toLowerCase();
    const forPerson = surname ? allSubs.filter((x) => (x.note ?? "").toLowerCase().includes(surname)) : [];
    const subsHere = forPerson.length ? forPerson : allSubs;
    if (subsHere.length) finding.lines.push(`• Substitutes who attended: ${subsHere.map((x) => `${x.person}${x.note && !/^substitute$/i.test(x.note) ? ` (${x.note})` : ""}`).join("; ")}.`);
    finding.rows.push(...rows, ...subsHere);
    finding.evidence.push(...rows.slice(0, 6).map((r) => listSpan(r, ctx)), ...subsHere.slice(0, 3).map((r) => listSpan(r, ctx)));
  }
  return finding;
}
