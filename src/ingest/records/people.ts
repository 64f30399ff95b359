/**
 * Board membership (person, council, political group, role) and attendance (person, meeting, present or
 * not), in the layouts the genre uses:
 * - membership tables read by their headers (Name | Council | Group | Role, in any order), with group
 *   labels as one-cell rows ("Labour (8)") or group cells spanning rows, and roles from a role column, a
 *   bracket after the name ("(Deputy Chair)") or the heading the table sits under ("Substitutes");
 * - membership as lists under group headings ("Labour", "Substitutes"): "Cllr Jo Bloggs (Chair) – Leeds";
 * - lead members' portfolios in a list naming them;
 * - attendance grids of Yes/No, ticks and crosses by meeting date, read with the document's own key;
 * - one meeting's register: names beside a column of Present / Apologies / Sent substitute / Absent;
 * - Present / Apologies / In attendance lists of minutes.
 */
import { emailHeader, headingWords, type Block, type StructuredDoc, type Table } from "../structure.js";
import type { AttendanceRecord, MemberRecord, MemberRole } from "./schema.js";
import { blockLocator, cellOffset, filled, tableFamilies, type ExtractContext } from "./context.js";
import { classifyColumns, column, tableRows } from "./columns.js";
import { MONTH_PATTERN, financialYearOf, findFullDate, humanDate, isoDay, monthNumber, normaliseFinancialYear, parseSlashDate } from "../../util/dates.js";
import { LABEL_LINE_JOINER } from "../loaders/address-cards.js";
import { BODY_NAME_LINE, GROUP_ABBREVIATIONS, JOB_TITLE_WORD, NAME_LETTER, NAME_PARTICLE, NAME_UPPER, POLITICAL_GROUP, attendanceMark, labelField, roleIn } from "../vocabulary.js";

const TITLES = /^(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|baron|dr|mr|mrs|ms|miss|prof(?:essor)?|rt hon|the)\.?\s+/i;
const HONOURS = /(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|QC|KC|FRSA|CB))+$/;

/** "Cllr Peter Fleming OBE" -> "Peter Fleming". */
export function personName(display: string): string {
  let name = display.trim();
  let previous = "";
  while (previous !== name) {
    previous = name;
    name = name.replace(TITLES, "").replace(HONOURS, "").trim();
  }
  return name;
}

const NAME_WORD = `[${NAME_UPPER}][${NAME_LETTER}'’-]+`;
const PERSON = new RegExp(String.raw`^(?:(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|dr|mr|mrs|ms)\.?\s+)?${NAME_WORD}(?:\s+${NAME_PARTICLE}${NAME_WORD}){1,3}(?:\s+(?:OBE|MBE|CBE|JP|DL))*(?:\s*\([^)]*\))?$`);
/** A person named at the start of a line: "Cllr Jo Bloggs", "Dr Ann Lee", "Sarah Pennock". */
const LEADING_PERSON = new RegExp(String.raw`^((?:(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|dr|mr|mrs|ms)\.?\s+)?${NAME_WORD}(?:\s+${NAME_PARTICLE}${NAME_WORD}){1,3}(?:\s+(?:OBE|MBE|CBE|JP|DL))*)(?![${NAME_LETTER}])`);
/** Words of a post or office ("Chief Executive", "Head of Events", "Leader"), as opposed to a note ("online"). */
const POST = /\b(?:chair\w*|adviser|advisor|officer|head|director|chief|manager|leader|mayor|member|secretary|clerk|treasurer|lead|portfolio|representative|executive)\b/i;
const COUNCIL = /\b(?:council|borough|authority|district|county|city of|london borough|royal borough|metropolitan|combined authority|fire and rescue|corporation|greater london)\b/i;

function termOf(texts: (string | undefined)[], fallbackDate: string, fieldYear?: string): string {
  for (const t of texts) {
    const m = t && /(\d{4})\s*[/-]\s*(\d{2,4})/.exec(t);
    const fy = m && normaliseFinancialYear(`${m[1]}/${m[2]}`);
    if (fy) return fy;
  }
  // (An undated document's list is of no year it says.)
  return (fieldYear && normaliseFinancialYear(fieldYear)) || (/^\d{4}-\d{2}/.test(fallbackDate) ? financialYearOf(fallbackDate) : "undated");
}

const spanLabel = (b: Block) => b.headings?.[b.headings.length - 1];

function member(
  ctx: ExtractContext,
  b: Block,
  fields: { term: string; display: string; council?: string; group?: string; region?: string; details?: { column: string; value: string }[]; role: MemberRole; section: string; board?: string },
): MemberRecord {
  const { meta } = ctx;
  const person = personName(fields.display);
  const board = fields.board ?? meta.board;
  return {
    type: "member",
    id: `${meta.docId}:member-${fields.board ? `${fields.board}-` : ""}${fields.term}-${person}-${fields.role}`,
    docId: meta.docId,
    ...(board ? { board } : {}),
    term: fields.term,
    person,
    displayName: fields.display,
    ...(fields.council ? { council: fields.council } : {}),
    ...(fields.group ? { group: fields.group } : {}),
    ...(fields.region ? { region: fields.region } : {}),
    ...(fields.details?.length ? { details: fields.details } : {}),
    role: fields.role,
    source: b.text,
    sourceStart: b.start,
    locator: blockLocator(b, [fields.section], fields.display),
  };
}

/** A heading over a list of many people of one role ("Named substitutes"), not one person's role. */
const LIST_OF_MANY = /^(?:named\s+|other\s+)?(?:substitutes|observers|members)$/i;

/** Headings above a table or list that say it is a membership list (or its substitutes). */
const MEMBERSHIP_HEADING = /\bmembership\b|\bmembers\b|\bsubstitutes?\b|\bcomposition\b/i;
/** Lists are read as membership under a heading that says so, not under any heading naming members. */
const LIST_HEADING = /\bmembership\b|\bsubstitutes?\b|\bcomposition\b/i;

/** A column counting the meetings each member came to: "Meetings attended (of 4)", "No. of meetings attended". */
const ATTENDANCE_COUNT = /\bmeetings\b|\(of \d+\)|\bno\.? of\b|\bnumber of\b/i;

/** A title saying a table lists those at a meeting: "Members present:", "In attendance". */
const PRESENT_TITLE = /\bpresent\b|\bin attendance\b|\bwho attended\b/i;

/** A table's title or heading that says it lists officers: "Officer support", "Secretariat", "LGA officers". */
const OFFICERS_TITLE = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:lga |council |supporting |support )?officers?(?: support| contacts?)?|secretariat|staff contacts?|contact officers?)$/i;

function isMembershipTable(title: string | undefined, headings: string[], header: string[]): boolean {
  const cols = classifyColumns(header);
  const named = column(cols, "name") !== undefined;
  const about = [title ?? "", ...headings].some((h) => MEMBERSHIP_HEADING.test(h));
  const described = column(cols, "council") !== undefined || column(cols, "group") !== undefined || column(cols, "role") !== undefined;
  // Attendance grids name people too; their other columns are meeting dates.
  const dated = header.some((h) => parseSlashDate(h) || findFullDate(h));
  // (Nor is a meeting's register of who came, "Name | Role | Attendance", a membership list.)
  // (A count of meetings attended, "Meetings attended (of 4)", is a detail of each member, not a register.)
  if (header.some((h) => /\battend(?:ance|ed)\b|^present$|^apologies$/i.test(h.trim()) && !ATTENDANCE_COUNT.test(h))) return false;
  // (Nor is a call's log of who joined and for how long, a Teams attendance report: its roles are the call's.)
  if (header.some((h) => /^(?:first join|last leave|join(?:ed)? (?:time|at)|leave time|left at|(?:in-meeting )?duration)$/i.test(h.trim()))) return false;
  // (Nor is a table titled for who came, "Members and substitutes present:".)
  if (PRESENT_TITLE.test(title ?? "")) return false;
  // (Nor a survey's responses, its columns the questions asked, "Which council area do you …?": those who
  // answered, not members.)
  if (header.filter((h) => /\?\s*$/.test(h.trim())).length >= 2) return false;
  // (Nor a table of the officers who support the body, "Officer support": not its members.)
  if ([title ?? "", headings[headings.length - 1] ?? ""].some((h) => OFFICERS_TITLE.test(h.trim()))) return false;
  // ("Role | Councillor | Political group": a board's officers, under whatever heading.)
  return named && !dated && (about || (described && (column(cols, "council") !== undefined || column(cols, "role") !== undefined)));
}

const YES_FLAG = /^(?:yes|y|true|-1|1|✓|✔|☑|x)$/i;
const NO_FLAG = /^(?:no|n|false|0|☐)?$/i;

/**
 * Columns that flag an office each, as a members' database exports them ("IsChair", "IsViceChair",
 * "IsSubstitute", "Deputy chair?"): the office each names, most senior first, where every cell is a yes or
 * a no.
 */
function roleFlagColumns(header: string[], rows: string[][]): { k: number; role: MemberRole }[] {
  const flags = header.flatMap((h, k) => {
    const words = h.trim().replace(/^(?:is|has)(?=[A-Z_ ])/, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_?]|\((?:y\/n|yes\/no)\)/gi, " ").trim();
    const role = words.split(/\s+/).length <= 3 ? roleIn(words) : undefined;
    const values = rows.map((r) => r[k]?.trim() ?? "");
    return role && values.some((v) => YES_FLAG.test(v)) && values.every((v) => YES_FLAG.test(v) || NO_FLAG.test(v)) ? [{ k, role }] : [];
  });
  return flags.length >= 2 ? flags : [];
}

/** An address book's categories of a contact: "HSTTG;HSTTG Chair" is two. */
const categoryList = (cell: string | undefined) => (cell ?? "").split(/\s*;\s*/).filter(Boolean);

/**
 * The body's name or initials every contact's categories start with ("HSTTG" in "HSTTG;HSTTG Chair",
 * "HSTTG Substitute", "LGA Officer;HSTTG Officer"), if one does.
 */
function sharedCategory(lists: string[][]): string | undefined {
  const filled = lists.filter((l) => l.length);
  if (filled.length < 3) return undefined;
  const firstWords = (l: string[]) => new Set(l.map((c) => c.split(/\s+/)[0]!));
  const [first, ...rest] = filled.map(firstWords);
  const shared = [...first!].filter((w) => rest.every((s) => s.has(w)));
  return shared.length === 1 && (/^[A-Z][A-Z&]{1,9}$/.test(shared[0]!) || BODY_NAME_LINE.test(shared[0]!)) ? shared[0] : undefined;
}

/** A contact is a member unless its categories say otherwise: a former member, the body's officers. */
const isMemberByCategories = (categories: string[]) =>
  !categories.some((c) => /\b(?:former|past|ex-?)\s*member\b|\bstood down\b/i.test(c)) && !(categories.length && categories.every((c) => IN_ATTENDANCE_GROUP.test(c)));

/**
 * Abbreviations a document spells out in a line of its key: "C Chair · VC Vice-Chair · LM Lead member",
 * "Con Conservative · Lab Labour · LD Liberal Democrat". Code -> its words.
 */
function keyOfCodes(doc: StructuredDoc): Map<string, string> {
  const codes = new Map<string, string>();
  for (const b of doc.blocks) {
    if (b.kind === "row" || b.text.length > 400) continue;
    const parts = b.text.trim().split(/\s+[·•|;]\s+/);
    if (parts.length < 3) continue;
    const pairs = parts.map((part) => /^([A-Z][A-Za-z]{0,3})\s+([A-Z][A-Za-z'’ -]{1,30})$/.exec(part.trim()));
    if (pairs.every(Boolean)) for (const m of pairs) if (!codes.has(m![1]!)) codes.set(m![1]!, m![2]!.trim());
  }
  return codes;
}

/** A cell whose first word is a code of the key, written with the key's words: "LM (enforcement)" -> "Lead member (enforcement)". */
function spelledOut(cell: string, codes: Map<string, string>): string {
  const m = /^([A-Z][A-Za-z]{0,3})\b(.*)$/.exec(cell.trim());
  const words = m ? codes.get(m[1]!) : undefined;
  return words ? `${words}${m![2]}` : cell;
}

/**
 * The columns of a membership list printed without a header, by what they hold: names first (most rows a
 * councillor's), a column of political groups (their names or the abbreviations lists use, or codes the
 * key spells out as them), a column of roles (the key's codes for them, or their words), the council the
 * first other column. Empty when the first column is not one of names.
 */
function headerFromCells(rows: string[][], codes: Map<string, string>): string[] {
  const people = rows.filter((r) => filled(r).length >= 2);
  if (people.length < 3 || people.filter((r) => /^(?:cllr|councillor)\s/i.test(r[0]?.trim() ?? "") && PERSON.test(r[0]!.trim())).length < 0.7 * people.length) return [];
  const width = Math.max(...people.map((r) => r.length));
  const columnCells = (k: number) => people.map((r) => r[k]?.trim() ?? "").filter(Boolean);
  const isGroup = (c: string) => !!GROUP_ABBREVIATIONS[c.toLowerCase()] || POLITICAL_GROUP.test(c) || POLITICAL_GROUP.test(spelledOut(c, codes));
  const isRole = (c: string) => !!roleIn(spelledOut(c, codes));
  const header = ["Name"];
  for (let k = 1; k < width; k++) {
    const cells = columnCells(k);
    const named = (name: string) => !header.includes(name);
    if (cells.length && cells.every(isGroup) && named("Group")) header.push("Group");
    else if (cells.length && cells.filter(isRole).length >= 0.8 * cells.length && named("Role")) header.push("Role");
    else if (cells.length && named("Council")) header.push("Council");
    else header.push("");
  }
  return header.includes("Council") || header.includes("Role") || header.includes("Group") ? header : [];
}

function membershipTables(ctx: ExtractContext, consumed: Set<number>): MemberRecord[] {
  const { doc, meta } = ctx;
  const members: MemberRecord[] = [];
  const codes = keyOfCodes(doc);
  for (const family of tableFamilies(doc)) {
    const first = family[0]!;
    const firstRow = doc.blocks[first.rows[0] ?? -1];
    const headings = firstRow?.headings ?? [];
    // (A list printed without a header, "Cllr Harriet Wyncoll | Stellbridge | LD | C" under "Membership":
    // its columns named by what they hold.)
    const header = first.header.length ? first.header : headerFromCells(family.flatMap((t) => tableRows(doc, t).map((b) => b.cells ?? [])), codes);
    if (family.some((t) => consumed.has(t.index)) || !isMembershipTable(first.title, headings, header) || attendeeStatusColumn(doc, first) >= 0) continue;
    const cols = classifyColumns(header);
    const nameCol = column(cols, "name") ?? 0;
    const councilCol = column(cols, "council");
    const groupCol = column(cols, "group");
    const roleCol = column(cols, "role");
    // A column of regions or areas, written once over the members of each ("North West" spanning three rows).
    const regionCol = header.findIndex((h) => /^(?:region|area|english region|nation)$/i.test(h.trim()));
    // An address book's categories say what each contact is to the body ("HSTTG;HSTTG Chair", "HSTTG
    // Substitute", "HSTTG Former member"), where its "Job Title" is the councillor's post at their council.
    const categoriesCol = header.findIndex((h) => /^categor(?:y|ies)$/i.test(h.trim()));
    const bodyCols = header.flatMap((h, k) => (k !== nameCol && k !== councilCol && k !== groupCol && k !== roleCol && BODY_NAME_LINE.test(h.trim()) && h.trim() !== meta.board ? [k] : []));
    const flags = roleFlagColumns(header, family.flatMap((t) => tableRows(doc, t).map((b) => b.cells ?? [])));
    let region: string | undefined;
    const term = termOf([first.title, ...headings, meta.title], meta.date, doc.hints?.fields?.year);
    const section = first.title ?? spanLabel(firstRow!) ?? "Membership";
    // A table under a "Substitutes" heading lists substitutes.
    const headingRole = roleIn([first.title ?? "", headings[headings.length - 1] ?? ""].join(" ")) === "substitute" ? "substitute" : undefined;
    let group: string | undefined;
    let mode: MemberRole = headingRole ?? "member";
    let spanningRole: string | undefined;
    // (A column of figures, the meetings each attended, stays readable as the table's cells too: "who
    // had the worst attendance?" is the lowest of them.)
    const figures = header.some((h, k) => k !== nameCol && ATTENDANCE_COUNT.test(h));
    for (const table of family) {
      if (!figures) consumed.add(table.index);
      for (const b of tableRows(doc, table)) {
        const cells = b.cells ?? [];
        const nonEmpty = filled(cells);
        const head = cells[nameCol] || (nonEmpty.length === 1 ? nonEmpty[0]! : "");
        const isGroupLabel = nonEmpty.length === 1 && (/\(\d+\)$/.test(head) || /substitut|observer/i.test(head) || !PERSON.test(head));
        if (isGroupLabel) {
          if (/substitut/i.test(head)) mode = "substitute";
          else if (/observer/i.test(head)) {
            mode = "observer";
            group = undefined;
          } else if (!GROUP_COUNT.test(head)) {
            // (A report writer's band, "Political group: Labour", names the group after its label.)
            group = head.replace(/^(?:political\s+)?(?:group|party)\s*:\s*/i, "").replace(/\s*\(\d+\)$/, "").trim();
            mode = headingRole ?? "member";
          }
          continue;
        }
        if (!PERSON.test(head)) continue;
        const paren = /\(([^)]*)\)\s*$/.exec(head)?.[1];
        const displayName = head.replace(/\s*\([^)]*\)\s*$/, "").trim();
        // (Without a council column, the cell after the name, unless it is the group's or the role's.)
        const after = nameCol + 1 !== groupCol && nameCol + 1 !== roleCol ? cells[nameCol + 1] : undefined;
        const council = councilCol !== undefined ? cells[councilCol] || undefined : after || undefined;
        // A group cell spanning rows is written once: the rows under it keep it (a region's too).
        if (groupCol !== undefined && cells[groupCol]) group = spelledOut(cells[groupCol]!, codes).replace(/\s*\(\d+\)$/, "");
        if (regionCol >= 0 && cells[regionCol]) region = cells[regionCol];
        // A role named in the plural ("Deputy Chairs") spans the rows under it that name none.
        const roleCell = roleCol !== undefined ? (cells[roleCol] ? spelledOut(cells[roleCol]!, codes) : undefined) || (spanningRole && !cells[roleCol] ? spanningRole : undefined) : undefined;
        spanningRole = roleCol !== undefined && cells[roleCol] ? (/s$/i.test(cells[roleCol]!.trim()) ? cells[roleCol] : undefined) : spanningRole;
        // (Officers and guests in a table of who came are not members.)
        if (roleCell && !roleIn(roleCell) && IN_ATTENDANCE_GROUP.test(roleCell)) continue;
        // (A database's flag per office, "IsChair | IsViceChair | IsSubstitute", holds "Yes" under the one held.)
        const flagged = flags.find(({ k }) => YES_FLAG.test(cells[k]?.trim() ?? ""))?.role;
        const categories = categoryList(categoriesCol >= 0 ? cells[categoriesCol] : undefined);
        if (!isMemberByCategories(categories)) continue;
        const role = flagged ?? categories.map(roleIn).find(Boolean) ?? roleIn(roleCell) ?? roleIn(paren) ?? mode;
        // The list's other columns ("Term ends", "Portfolio") as written, for the person's answer.
        const details = header.flatMap((h, k) => (k !== nameCol && k !== councilCol && k !== groupCol && k !== roleCol && k !== regionCol && h.trim() && cells[k] && cells[k]!.length <= 80 ? [{ column: h.trim(), value: cells[k]! }] : []));
        members.push(member(ctx, b, { term, display: displayName, ...(council && council !== displayName ? { council } : {}), ...(group ? { group } : {}), ...(regionCol >= 0 && region ? { region } : {}), details, role, section }));
        // A column named for another body ("Dark Skies Working Group") whose cells are the member's role
        // on it ("Chair", "Member"; "–" for none): membership of that body too.
        for (const k of bodyCols) {
          const on = cells[k]?.trim() ?? "";
          const bodyRole = roleIn(on) ?? (/^(?:member|yes|y|✓|✔)$/i.test(on) ? "member" : undefined);
          if (bodyRole) members.push(member(ctx, b, { term, display: displayName, ...(council && council !== displayName ? { council } : {}), ...(group ? { group } : {}), role: bodyRole, section, board: BODY_NAME_LINE.exec(header[k]!.trim())![1]! }));
        }
      }
    }
  }
  return members;
}

/** A band's count under its rows, "Members in group: 4", "Total: 12": no group of its own. */
const GROUP_COUNT = /^[\w ]{2,40}:\s*\d+$/;

/**
 * Membership written as lists under headings: "Labour" / "Conservative" group headings (or a "Substitutes"
 * heading) over items "Cllr Jo Bloggs (Chair) – Leeds City Council", within a section about membership.
 */
function membershipLists(ctx: ExtractContext): MemberRecord[] {
  const { doc, meta } = ctx;
  const members: MemberRecord[] = [];
  // A "Substitutes:" (or "Observers:") line within a group's list: the items after it, up to the next
  // heading, have that role.
  let listRole: MemberRole | undefined;
  let lastHeading: string | undefined;
  // A group's name on a line of its own ("Labour Group (7)") where the layout has no heading for it.
  let groupLine: string | undefined;
  let lastHeadings: string[] = [];
  // A member's line or a role's line taken for a heading (the last before a blank line in plain text) is
  // still part of the list.
  // ("Labour: Cllr Sabiha Bhatti, …", a group's name first, is such a line too.)
  const councillorLine = (text: string) => /^(?:cllr|councillor)\s/i.test(text) || POLITICAL_GROUP.test(/^([A-Z][A-Za-z ]{2,40})(?::|\s+[–—-])\s+(?:cllr|councillor)\s/i.exec(text)?.[1] ?? "");
  // (A guide's or a directory's lists are of the body's members; a meeting's record lists who came.)
  const ofTheBody = meta.kind !== "minutes" && meta.kind !== "board agenda pack";
  const unmarkedHeadings = new Set(
    doc.blocks
      .filter((b, i) => b.kind === "heading" && !b.marked && (councillorLine(b.text) || (b.text.length <= 60 && !!roleIn(b.text) && !(ofTheBody && LIST_OF_MANY.test(b.text)) && councillorLine(doc.blocks[i - 1]?.text ?? ""))))
      .map((b) => b.text),
  );
  // Three lines or more in a row each naming a councillor, a role and a council ("Cllr A · Chair · B Council
  // (Labour)") list the body's members under any heading ("Meet the Task Group").
  const described = (b: Block) => {
    // (Not sentences, "Cllr A (B Council, Labour) is the Chair.": those are read as sentences.)
    const line = b.text.replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, "");
    if (b.kind === "row" || /[.!?]$/.test(b.text.trim()) || !/^(?:cllr|councillor)\s/i.test(line)) return false;
    const item = parseListedPerson(line);
    return !!item?.council && !!roleIn(item.role);
  };
  const selfListed = new Set<number>();
  if (ofTheBody) {
    for (let i = 0; i < doc.blocks.length; ) {
      let j = i;
      while (j < doc.blocks.length && described(doc.blocks[j]!)) j++;
      if (j - i >= 3) for (let k = i; k < j; k++) selfListed.add(k);
      i = Math.max(j, i + 1);
    }
  }
  // The headings a heading sits under (blocks other than headings are given theirs): a card's name under
  // "Membership 2027/28".
  let path: { level: number; text: string }[] = [];
  /** Whether the lines now read follow a sentence leading into a list of substitutes or observers. */
  let ledIn = false;
  for (const b of doc.blocks) {
    const under = b.kind === "heading" ? path.filter((h) => h.level < (b.level ?? 3)).map((h) => h.text) : [];
    if (b.kind === "heading") path = [...path.filter((h) => h.level < (b.level ?? 3)), { level: b.level ?? 3, text: b.text }];
    const memberHeading = b.kind === "heading" && unmarkedHeadings.has(b.text);
    const inList = memberHeading || (b.headings ?? []).some((h) => unmarkedHeadings.has(h));
    const ownHeadings = inList ? lastHeadings : (b.headings ?? []);
    const nearestHeading = inList ? lastHeading : ownHeadings[ownHeadings.length - 1];
    if ((b.kind === "heading" && !memberHeading) || nearestHeading !== lastHeading) {
      listRole = undefined;
      groupLine = undefined;
      lastHeading = b.kind === "heading" ? b.text : nearestHeading;
    }
    if (!inList) lastHeadings = b.kind === "heading" ? [...ownHeadings, b.text] : ownHeadings;
    if (b.kind === "text" && !b.list && POLITICAL_GROUP.test(b.text.replace(/\s*:$/, "").trim())) {
      groupLine = b.text.replace(/\s*:$/, "").trim();
      listRole = undefined;
      continue;
    }
    if (b.kind !== "row" && !b.list && b.text.length <= 40 && /^(?:named\s+)?(?:substitutes?|observers?)\s*:?$/i.test(b.text)) {
      listRole = /substitut/i.test(b.text) ? "substitute" : "observer";
      continue;
    }
    // A sentence leading into a list says what it lists: "The substitutes for 2028/29 are:", "The Working
    // Group has eight members:".
    // (A numbered paragraph may read as a list item: "4. Each group may name one substitute. The … are:".)
    if (b.kind === "text" && /:\s*$/.test(b.text) && !councillorLine(b.text.replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, ""))) {
      const leadIn = b.text.split(/(?<=[.!?])\s+/).pop()!;
      if (/\bsubstitutes?\b/i.test(leadIn)) listRole = "substitute";
      else if (/\bobservers?\b/i.test(leadIn)) listRole = "observer";
      else if (/\bmembers\b/i.test(leadIn)) listRole = undefined;
      // (Its lines are the list, under no heading of their own: "… ask your group's named substitute:" over
      // "Labour – Cllr Rufus Agyekum".)
      ledIn = /\bsubstitutes?\b|\bobservers?\b/i.test(leadIn);
      if (ledIn) continue;
    }
    // A role on a line of its own under the member's line ("Chair", "Lead Member, Planning").
    const above = members[members.length - 1];
    // (Not a heading of the document's own, "2.3 Substitutes": that opens the next list.)
    const roleLine = !b.list && b.kind !== "row" && !(b.kind === "heading" && b.marked) && b.text.length <= 60 && !/^(?:cllr|councillor)\b/i.test(b.text) ? roleIn(b.text) : undefined;
    if (above && roleLine && above.sourceStart + above.source.length >= b.start - 2) {
      // (Or said as a phrase, "Lead member for weir keepers", a line of a member's text box.)
      const portfolio = /^lead member(?:(?:\s+for)?\s*[,:–-]\s*|\s+for\s+)(.+)$/i.exec(b.text)?.[1];
      if (portfolio) {
        above.portfolio = portfolio.trim();
        above.portfolioSpan = [b.start, b.text.length];
        if (above.role === "member") above.role = "lead member";
      } else if (above.role === "member" || above.role === "lead member") above.role = roleLine;
      above.source = ctx.doc.text.slice(above.sourceStart, b.start + b.text.length);
      continue;
    }
    // A member's card: the name as a heading, then "Council: …", "Political group: …", "Lead member for: …".
    // (Not "Labour: Cllr Sabiha Bhatti, …": another member, named after the group.)
    const detail =
      above && !b.list && b.kind !== "row" && b.label?.value && !/^(?:cllr|councillor)\s/i.test(b.label.value.trim()) && above.sourceStart + above.source.length >= b.start - 2 ? cardDetail(b.label.name) : undefined;
    if (above && detail) {
      const value = b.label!.value!.trim();
      if (detail === "council") above.council = value;
      else if (detail === "group") above.group = value.replace(/\s+group$/i, "");
      else {
        above.portfolio = value;
        above.portfolioSpan = [b.start + (b.label!.valueOffset ?? 0), b.label!.value!.length];
        if (above.role === "member") above.role = "lead member";
      }
      above.source = ctx.doc.text.slice(above.sourceStart, b.start + b.text.length);
      continue;
    }
    // A layout table's label beside its first member, the others on lines of their own under it
    // ("Substitutes | Cllr Lionel Goodliffe – Wychavon District Council (Conservative)", then "Cllr …"):
    // the label is the role of each of them.
    const labelled = b.kind === "row" && (b.headings ?? []).some((h) => LIST_HEADING.test(h)) ? labelledMembers(b) : undefined;
    if (labelled) {
      listRole = labelled.continues;
      const term = termOf([...ownHeadings, meta.title], meta.date, doc.hints?.fields?.year);
      for (const { display, council, group } of labelled.people) {
        members.push(member(ctx, b, { term, display, ...(council ? { council } : {}), ...(group ? { group } : {}), role: labelled.role, section: nearestHeading ?? "Membership" }));
      }
      continue;
    }
    // Members as list items, or as lines of their own that start with a councillor's title (a card's
    // heading that is only a name, too).
    // ("Conservative: Cllr Oliver Sledmere, North Northamptonshire Council": the group first.)
    // (Or before a dash, "Labour – Cllr Rufus Agyekum".)
    const groupFirst = /^([A-Z][A-Za-z ]{2,40})(?::|\s+[–—-])\s+(?:cllr|councillor)\s/i.exec(b.text)?.[1];
    const memberLine =
      b.list ||
      (b.kind !== "row" && (!(b.kind === "heading" && b.marked) || CARD_NAME.test(b.text)) && (/^(?:cllr|councillor)\s/i.test(b.text) || (!!groupFirst && POLITICAL_GROUP.test(groupFirst))));
    if (!memberLine || b.kind === "row") {
      ledIn = false;
      continue;
    }
    // (Not a sentence about a member, "Cllr X … stood down from the Task Group on 31 December.")
    if (!b.list && b.text.length > 100 && /[.!?]$/.test(b.text.trim())) continue;
    // (Nor an item of a list of changes saying someone left: "Cllr Karen Blundell … stood down on 2 October".)
    if (b.list && /[.!?]$/.test(b.text.trim()) && LEFT_THE_BODY.test(b.text)) continue;
    const headings = memberHeading ? lastHeadings : b.kind === "heading" && CARD_NAME.test(b.text) ? under : ownHeadings;
    const nearest = groupLine ?? headings[headings.length - 1] ?? "";
    // (A guide's or a directory's "Members" over its lines lists the body's members; a meeting's do not.)
    const guideList = ofTheBody && /^(?:other\s+)?members$/i.test(nearest);
    const listsMembers = headings.some((h) => LIST_HEADING.test(h)) || guideList || POLITICAL_GROUP.test(nearest.replace(/\s*:$/, "")) || selfListed.has(b.index) || ledIn;
    // (A meeting's substitutes under its "Attendance" are who came that day, not the body's named substitutes.)
    if (!listsMembers || headings.some((h) => labelField(h) === "present" || labelField(h) === "apologies" || labelField(h) === "attendance" || /^(?:\d+\.?\s+)?attendance\b/i.test(h))) continue;
    // (The group before a dash is the group, not the person: "Labour – Cllr Rufus Agyekum".)
    const dashedGroup = groupFirst && POLITICAL_GROUP.test(groupFirst) && !/^[^:]{2,40}:/.test(b.text) ? groupFirst : undefined;
    const item = parseListedPerson((dashedGroup ? b.text.slice(b.text.search(/(?:cllr|councillor)\s/i)) : b.text).replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, ""));
    // (A numbered agenda line under the membership, "3. Autumn Budget … – update from the Chair", is no one.)
    // (Nor a group, "The Labour Group nominated Cllr …".)
    if (!item || /^the\s/i.test(item.display) || (!/^(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|dr|mr|mrs|ms)\b/i.test(item.display) && !item.council)) continue;
    const groupName = nearest.replace(/\s*:$/, "");
    const group = POLITICAL_GROUP.test(groupName) ? groupName.replace(/\s*\(\d+\)$/, "").replace(/\s+group$/i, "") : undefined;
    const role = roleIn(item.role) ?? listRole ?? (/substitut/i.test(nearest) ? "substitute" : /observer/i.test(nearest) ? "observer" : "member");
    const term = termOf([...headings, meta.title], meta.date, doc.hints?.fields?.year);
    const groupOf = group ?? dashedGroup ?? item.group;
    members.push(member(ctx, b, { term, display: item.display, ...(item.council ? { council: item.council } : {}), ...(groupOf ? { group: groupOf } : {}), role, section: nearest || "Membership" }));
  }
  return members;
}

/**
 * A row of two cells, a role's label and a councillor ("Chair | Cllr Marguerite Oakenfold – Sheffield City
 * Council (Labour)"): the person, their role, and the role of the lines under it when the label names many
 * ("Members", "Substitutes").
 */
function labelledMembers(b: Block): { people: NonNullable<ReturnType<typeof parseListedPerson>>[]; role: MemberRole; continues?: MemberRole } | undefined {
  const cells = filled(b.cells ?? []);
  if (cells.length !== 2 || !/^(?:cllr|councillor)\s/i.test(cells[1]!)) return undefined;
  const label = cells[0]!.replace(/\s*:$/, "").trim();
  if (label.split(/\s+/).length > 4) return undefined;
  const many = /^(?:(?:named\s+)?substitutes?|observers?|(?:other\s+)?members|membership)$/i.test(label);
  const role: MemberRole | undefined = /^(?:named\s+)?substitut/i.test(label) ? "substitute" : /^observer/i.test(label) ? "observer" : many ? "member" : roleIn(label);
  // (Several in the one cell, one a paragraph, are read as "Cllr A – …; Cllr B – …".)
  const people = (many ? cells[1]!.split(/;\s+(?=(?:cllr|councillor)\s)/i) : [cells[1]!]).map((p) => parseListedPerson(p));
  if (!role || people.length === 0 || people.some((p) => !p)) return undefined;
  return { people: people as NonNullable<ReturnType<typeof parseListedPerson>>[], role, ...(many && role !== "member" ? { continues: role } : {}) };
}

/** A heading that is only a councillor's name, as a member's card has: "Cllr Rosalind Stobbart". */
const CARD_NAME = /^(?:[Cc]llr|[Cc]ouncillor)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){1,3}(?:\s+(?:OBE|MBE|CBE|JP))?$/;

/** What a labelled line under a member's card says of them. */
function cardDetail(label: string): "council" | "group" | "portfolio" | "categories" | "note" | undefined {
  const l = label.trim().toLowerCase();
  // (An address book's categories, "Task Group, Task Group Chair": the role its owner files them under.)
  if (l === "categories") return "categories";
  if (/^notes?$/.test(l)) return "note";
  if (/^(?:council|authority|local authority)$/.test(l)) return "council";
  if (/^(?:political group|group|party)$/.test(l)) return "group";
  if (/^(?:lead member for|lead member|portfolio|lead role)$/.test(l)) return "portfolio";
  return undefined;
}

/** A sentence saying someone left the body. */
const LEFT_THE_BODY = /\b(?:stood down|stepped down|resigned|retired|left the|no longer)\b/i;

/** A line naming a group's members over their cards: "Conservative members", "Liberal Democrat member". */
const GROUP_MEMBERS_LINE = /^(labour|conservative|liberal democrats?|lib dems?|independent|green|plaid cymru|snp|reform)(?:\s+group)?\s+members?$/i;

/** The fewest name headings that make a directory of members' cards. */
const MIN_CARDS = 3;
/** A card's lines are few and short. */
const MAX_CARD_BLOCKS = 16;
const MAX_CARD_LINE = 160;

/** A body's name as compared: "Fly-tipping and Waste Crime Task Group" is "fly tipping and waste crime task group". */
const bodyKey = (name: string) => name.replace(/[–—-]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
const sameBody = (a: string, b: string | undefined) => !!b && bodyKey(a) === bodyKey(b);

/**
 * A directory of members' cards, as a council's or the LGA's website lays it out: each card a heading
 * that is only a councillor's name, then unlabelled lines (the political group, the council), labelled
 * ones ("Ward: …") and the bodies the member sits on with their role on each ("Fly-tipping Task Group –
 * Vice-Chair (from 1 September 2030)"). The role on the document's own body is the card's role; a role on
 * another body is membership of that body. Cards under a "Substitutes" heading are substitutes unless a
 * line says otherwise.
 */
function memberCards(ctx: ExtractContext): MemberRecord[] {
  const { doc, meta } = ctx;
  // (A photo's alt text or a link repeats the name on the line above its heading: one card.)
  const cards = doc.blocks.filter((b) => b.kind === "heading" && CARD_NAME.test(b.text) && doc.blocks[b.index + 1]?.text !== b.text);
  if (cards.length < MIN_CARDS) return [];
  const out: MemberRecord[] = [];
  // A role on the line just above a name ("Chair", then "Cllr Helen Rowbotham"), as an organisation chart's
  // boxes put it: when the first card and another have one, each card's role is the line above its name,
  // not the next card's.
  const tagAbove = (card: Block) => {
    const above = doc.blocks[card.index - 1];
    const text = above?.text.trim() ?? "";
    return above && above.kind !== "row" && !above.label && text.length <= 40 && !CARD_NAME.test(text) ? roleIn(text) : undefined;
  };
  const rolesAbove = !!tagAbove(cards[0]!) && cards.slice(1).some((c) => !!tagAbove(c));
  // ("Conservative members" over the group's cards: their group, until another group's line.)
  let groupAbove: string | undefined;
  for (const [k, card] of cards.entries()) {
    const next = Math.min(cards[k + 1]?.index ?? doc.blocks.length, card.index + MAX_CARD_BLOCKS) - (rolesAbove && cards[k + 1] && tagAbove(cards[k + 1]!) ? 1 : 0);
    const from = k > 0 ? cards[k - 1]!.index + 1 : Math.max(0, card.index - MAX_CARD_BLOCKS);
    for (const b of doc.blocks.slice(from, card.index)) {
      const m = GROUP_MEMBERS_LINE.exec(b.text.trim());
      if (m) groupAbove = m[1]!;
    }
    // The heading the cards sit under ("Substitute members"): the nearest above of a higher level.
    const over = doc.blocks.slice(0, card.index).reverse().find((b) => b.kind === "heading" && b.marked && (b.level ?? 3) < (card.level ?? 3));
    const headings = over ? [over.text] : [];
    const section = over?.text ?? meta.title;
    let group: string | undefined;
    let council: string | undefined;
    let own: { role: MemberRole; block: Block } | undefined;
    let portfolio: { block: Block; value: string } | undefined;
    // (The last line the record reads, so that its quote holds the council, group and role it gives.)
    let read: Block | undefined;
    const elsewhere: { board: string; role: MemberRole; block: Block }[] = [];
    for (let i = card.index + 1; i < next; i++) {
      const b = doc.blocks[i]!;
      // (The card ends at a marked heading of its own level or above, "Substitute members", "Contact us", or
      // at prose: its own lines are short, and read as headings where the source marks none.)
      if ((b.kind === "heading" && b.marked && (b.level ?? 3) <= (card.level ?? 3)) || b.kind === "row" || b.text.length > MAX_CARD_LINE) break;
      const text = b.text.replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, "").trim();
      const detail = b.label?.value ? cardDetail(b.label.name) : undefined;
      const before = [council, group, portfolio, own].filter(Boolean).length;
      if (detail === "council") council ??= b.label!.value!.trim();
      else if (detail === "group") group ??= b.label!.value!.trim().replace(/\s+group$/i, "");
      else if (detail === "portfolio") portfolio ??= { block: b, value: b.label!.value!.trim() };
      // (A card's note that says what the member leads on: "Note: Lead member for care settings (HR-02).")
      else if (detail === "note" && /^lead member for\s+\S/i.test(b.label!.value!.trim())) {
        const value = b.label!.value!.trim().replace(/^lead member for\s+/i, "").replace(/\.$/, "");
        portfolio ??= { block: b, value };
      } else if (detail === "categories") {
        const roles = new Set(b.label!.value!.split(/,\s*/).map((c) => roleIn(c) ?? (/\bmembers?$/i.test(c.trim()) ? "member" : undefined)).filter(Boolean));
        if (roles.size === 1) own ??= { role: [...roles][0]!, block: b };
      }
      else {
        // (A persona card's one line of details between middle dots, "Chair · Sallowmere County Council ·
        // Conservative": each detail as if on a line of its own.)
        const details = !b.list && !b.label && / · /.test(text) ? text.split(/\s+·\s+/) : [text];
        for (const detailText of details) {
          // (What the member leads on, a line of its own under their role: "Lead member for weir keepers".)
          const leads = !b.list && !b.label ? /^lead member for\s+(\S.{0,60}?)\.?$/i.exec(detailText)?.[1] : undefined;
          if (leads) portfolio ??= { block: b, value: leads };
          // (A role on a line of its own, a card's tag: "Deputy Chair".)
          else if (!b.list && !b.label && detailText.length <= 40 && roleIn(detailText) && !/\s[–—-]\s/.test(detailText)) own ??= { role: roleIn(detailText)!, block: b };
          else if (!b.list && POLITICAL_GROUP.test(detailText)) group ??= detailText.replace(/\s*\(\d+\)$/, "").replace(/\s+group$/i, "");
          else if (!b.list && !b.label && detailText.length <= 60 && COUNCIL.test(detailText) && !/[.:;]/.test(detailText) && !BODY_NAME_LINE.test(detailText)) council ??= detailText;
        }
      }
      if ([council, group, portfolio, own].filter(Boolean).length > before) read = b;
      const onBody = /^(.{3,90}?)\s+[–—-]\s+(.{3,120})$/.exec(text);
      // (The role without its dates or history: "Member (from 1 September 2030; a substitute until then)".)
      const role = onBody ? roleIn(onBody[2]!.replace(/\([^)]*\)/g, " ").trim()) : undefined;
      if (!onBody || !role) continue;
      if (sameBody(onBody[1]!, meta.board) && !own) {
        own = { role, block: b };
        read = b;
      } else if (BODY_NAME_LINE.test(onBody[1]!.trim())) elsewhere.push({ board: onBody[1]!.trim(), role, block: b });
    }
    if (rolesAbove && !own && tagAbove(card)) own = { role: tagAbove(card)!, block: doc.blocks[card.index - 1]! };
    group ??= groupAbove;
    const role = own?.role ?? (portfolio ? "lead member" : headings.some((h) => /\bsubstitut/i.test(h)) ? "substitute" : "member");
    const term = termOf([...headings, meta.title], meta.date, doc.hints?.fields?.year);
    const record = member(ctx, card, { term, display: card.text, ...(council ? { council } : {}), ...(group ? { group } : {}), role, section });
    // (Quoted from the name down to the last line read: the role's, the council's or the group's.)
    const quoted = (r: MemberRecord, line: Block) => Object.assign(r, { source: doc.text.slice(card.start, Math.max(line.start + line.text.length, read ? read.start + read.text.length : 0)) });
    // (The span is where the value's words are in its line, a label's value or the words after "Lead member
    // for"; none where the line does not hold them as they are.)
    const portfolioAt = portfolio ? doc.text.indexOf(portfolio.value, portfolio.block.start) : -1;
    const blockEnd = portfolio ? (doc.blocks[portfolio.block.index + 1]?.start ?? doc.text.length) : 0;
    if (portfolio) Object.assign(record, { portfolio: portfolio.value, ...(portfolioAt >= 0 && portfolioAt + portfolio.value.length <= blockEnd ? { portfolioSpan: [portfolioAt, portfolio.value.length] } : {}) });
    out.push(read ? quoted(record, read) : record);
    for (const e of elsewhere) out.push(quoted(member(ctx, card, { term, display: card.text, ...(council ? { council } : {}), ...(group ? { group } : {}), role: e.role, section, board: e.board }), e.block));
  }
  return out;
}

/** A label's name line: a person with a title ("Cllr Linus Eversleigh", "Dr Euphemia Crowther-Oni"). */
const LABEL_NAME = /^(?:cllr|councillor|dr|mr|mrs|ms|miss|mx|prof(?:essor)?|sir|dame|lord|lady|baroness)\.?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){1,3}$/i;
/** A position keyed to say the label's person has gone: "** LEFT 31/12/78 – DO NOT SEND **". */
const GONE = /\b(?:left|resigned|stood down|do not send|deceased|former)\b/i;

/**
 * A sheet of address labels (a mail merge printed for a despatch, read one label a paragraph, its lines
 * joined by " · "): an optional despatch note, the name, the position as keyed ("Vice-Chair (PASTG)",
 * "Member – lead member, contested heritage", "Substitute member (Lab)"), the council and the address.
 * Each councillor's label with a council is a member of the body the labels are for: the body their
 * positions name most (or the document's). A label whose person has gone ("LEFT … DO NOT SEND"), or whose
 * position is on another body (a guest's), is no member.
 */
function addressLabelMembers(ctx: ExtractContext): MemberRecord[] {
  const { doc, meta } = ctx;
  if (!doc.hints?.addressLabels) return [];
  const labels = doc.blocks.filter((b) => b.kind !== "row" && b.text.includes(LABEL_LINE_JOINER)).map((b) => ({ b, parts: b.text.split(LABEL_LINE_JOINER).map((p) => p.trim()) }));
  const bodies = new Map<string, number>();
  for (const { parts } of labels) {
    for (const p of parts) {
      const body = BODY_NAME_LINE.exec(p.replace(/^[^,–—-]*(?:,|\s[–—-])\s*/, ""))?.[1] ?? BODY_NAME_LINE.exec(p)?.[1];
      if (body && !COUNCIL.test(body)) bodies.set(body, (bodies.get(body) ?? 0) + 1);
    }
  }
  const board = meta.board ?? [...bodies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const term = termOf([meta.title], meta.date, doc.hints?.fields?.year);
  const out: MemberRecord[] = [];
  for (const { b, parts } of labels) {
    const at = parts.findIndex((p) => LABEL_NAME.test(p));
    const position = parts[at + 1];
    if (at < 0 || !position || GONE.test(position)) continue;
    const council = parts.slice(at + 2).find((p) => COUNCIL.test(p) && !/\d/.test(p));
    if (!council) continue;
    const named = [...bodies.keys()].find((body) => position.includes(body));
    if (named && board && !sameBody(named, board)) continue;
    const role = roleIn(position) ?? (/^(?:board |task group )?member\b/i.test(position) ? "member" : undefined);
    if (!role) continue;
    const bracket = /\(([^)]+)\)/.exec(position)?.[1]?.trim().toLowerCase();
    const group = bracket ? GROUP_ABBREVIATIONS[bracket] : undefined;
    out.push(member(ctx, b, { term, display: parts[at]!, council, ...(group ? { group } : {}), role, section: meta.title, ...(board && !meta.board ? { board } : {}) }));
  }
  return out;
}

/** "Cllr Jo Bloggs (Chair) – Leeds City Council", "Cllr Ann Lee – Chair, Resources Board – Wokingham Borough Council". */
/** A body a guest speaks for: "Anglian Coastal Engineers' Forum", "the Environment Agency", "Shoreline Trust". */
const OTHER_BODY = /\b(?:Forum|Association|Agency|Trust|Society|Partnership|Network|Institute|Federation|Alliance|Company|Ltd|Limited|LLP|Foundation|Charity|Group|Commission|Authority)\b/;

export function parseListedPerson(text: string): { display: string; role?: string; council?: string; group?: string; rest: string[] } | undefined {
  let clean = text.replace(/\*\*/g, "").trim();
  // ("Liberal Democrat: Cllr Felicity Dovey (Bath and North East Somerset Council)": the group first.)
  const groupFirst = /^([A-Z][A-Za-z ]{2,40}?):\s+(?=\S)/.exec(clean);
  const leadingGroup = groupFirst && (GROUP_ABBREVIATIONS[groupFirst[1]!.toLowerCase()] || POLITICAL_GROUP.test(groupFirst[1]!)) ? (GROUP_ABBREVIATIONS[groupFirst[1]!.toLowerCase()] ?? groupFirst[1]!.replace(/\s+group$/i, "")) : undefined;
  if (leadingGroup) clean = clean.slice(groupFirst![0].length);
  const m = LEADING_PERSON.exec(clean);
  if (!m) return undefined;
  const display = m[1]!.trim();
  if (!/^(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|dr|mr|mrs|ms)\b/i.test(display) && display.split(/\s+/).length > 3) return undefined;
  let after = clean.slice(m[0].length).trim();
  let role: string | undefined;
  let councilInBrackets: string | undefined;
  let groupInBrackets: string | undefined;
  // ("Cllr B (for Cllr A)" under "Substitute:": whom B stood in for, a detail like any after the name.)
  let standingIn: string | undefined;
  const paren = /^\(([^)]*)\)/.exec(after);
  if (paren) {
    // "(Chair)" is a role; "(Leeds City Council)" a council; "(Lab)" a political group.
    const inside = paren[1]!.trim();
    // ("(Cornwall Council, Liberal Democrat)": the council and the group in one bracket.)
    const pieces = inside.split(/,\s*/).map((x) => x.trim());
    const groupPiece = pieces.length === 2 ? pieces.find((x) => GROUP_ABBREVIATIONS[x.toLowerCase()] || POLITICAL_GROUP.test(x)) : undefined;
    const councilPiece = groupPiece ? pieces.find((x) => x !== groupPiece && COUNCIL.test(x)) : undefined;
    if (groupPiece && councilPiece) {
      councilInBrackets = councilPiece;
      groupInBrackets = GROUP_ABBREVIATIONS[groupPiece.toLowerCase()] ?? groupPiece.replace(/\s+group$/i, "");
    } else if (COUNCIL.test(inside) && !roleIn(inside)) councilInBrackets = inside;
    else if (GROUP_ABBREVIATIONS[inside.toLowerCase()] || POLITICAL_GROUP.test(inside)) groupInBrackets = GROUP_ABBREVIATIONS[inside.toLowerCase()] ?? inside.replace(/\s+group$/i, "");
    else if (roleIn(inside) || POST.test(inside)) role = inside;
    else if (/^(?:substitut\w*\s+)?(?:for|in place of|instead of)\s+\S/i.test(inside)) standingIn = inside;
    after = after.slice(paren[0].length).trim();
  }
  // (A table's row read as a line, "Cllr Jo Bloggs (Chair) | Leeds City Council": its cells are details.)
  const parts = after
    .replace(/^[–—·•-]\s*|^,\s*|^\|\s*/, "")
    .split(/\s+[–—-]\s+|;\s+|\s+[|·•]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  // (Each detail apart: "Calderdale Council (Labour), Chair" is a council, its group in brackets, a role.)
  const isGroup = (text: string) => !!GROUP_ABBREVIATIONS[text.toLowerCase()] || POLITICAL_GROUP.test(text);
  // ("Chair (Conservative, Herefordshire Council)": a role, then its group and council in one bracket.)
  const opened = (p: string) => {
    const m = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(p);
    const inside = m?.[2]!.split(/,\s*/).map((x) => x.trim()) ?? [];
    return m && inside.length >= 2 && inside.some((x) => isGroup(x) || COUNCIL.test(x)) ? [m[1]!, ...inside, m[3]!].filter(Boolean) : [p];
  };
  const details = parts
    .flatMap((p) => (/\([^()]*,[^()]*\)/.test(p) ? opened(p) : p.split(/,\s+/)))
    .flatMap((p) => {
      const bracketed = /^(.*\S)\s*\(([^)]+)\)$/.exec(p);
      return bracketed && isGroup(bracketed[2]!.trim()) ? [bracketed[1]!, bracketed[2]!.trim()] : [p];
    });
  const council = councilInBrackets ?? details.find((p) => COUNCIL.test(p) && !/\b(?:board|committee|panel)\b/i.test(p));
  const groupText = details.find(isGroup);
  const group = groupInBrackets ?? (groupText && (GROUP_ABBREVIATIONS[groupText.toLowerCase()] ?? groupText.replace(/\s+group$/i, ""))) ?? leadingGroup;
  let roleText = role ?? details.find((p) => p !== council && p !== groupText && (roleIn(p) || /\bchair|adviser|officer|director|head of|chief|manager\b/i.test(p)));
  // ("Gideon Thurlow – Chair, Anglian Coastal Engineers' Forum": the chair of another body, said with it.)
  const of = roleText && !role ? details[details.indexOf(roleText) + 1] : undefined;
  if (roleText && of && of !== council && of !== groupText && OTHER_BODY.test(of)) roleText = `${roleText}, ${of.replace(/\s*\((?:items?|minutes?)\s[^)]*\)$/i, "")}`;
  return { display, ...(roleText ? { role: roleText } : {}), ...(council ? { council } : {}), ...(group ? { group } : {}), rest: standingIn ? [standingIn, ...parts] : parts };
}

/**
 * Lead members' portfolios: a list item naming a member, then what they speak on; or one paragraph of
 * them, "Adult social care: Cllr Hilary Brackenbury (Chair); public health: Cllr Nasreen Chaudhry; …".
 */
function addPortfolios(doc: StructuredDoc, members: MemberRecord[]): void {
  // A layout table's "Lead members" label beside "Burial space and reuse: Cllr Jo Bloggs", the other lead
  // members on lines of their own under it: each line gives its councillor that portfolio.
  let leadRun = false;
  const giveLead = (b: Block, line: string, at: number) => {
    const m = /^([^:]{3,80}):\s*((?:cllr|councillor)\s.+?)\s*\.?\s*$/i.exec(line);
    const item = m ? parseListedPerson(m[2]!) : undefined;
    if (!m || !item) return false;
    for (const r of members.filter((x) => x.person === personName(item.display))) {
      r.portfolio = m[1]!.trim();
      r.portfolioSpan = [at, line.length];
      if (r.role === "member") r.role = "lead member";
    }
    return true;
  };
  for (const b of doc.blocks) {
    const cells = b.kind === "row" ? filled(b.cells ?? []) : [];
    if (cells.length === 2 && /^(?:lead members?|portfolio holders?|spokes(?:people|persons?))\s*:?$/i.test(cells[0]!)) {
      // (Several in the one cell: "Planning: Cllr A; Transport: Cllr B".)
      const at = b.start + b.text.lastIndexOf(cells[1]!);
      let offset = 0;
      leadRun = false;
      for (const part of cells[1]!.split(/;\s+/)) {
        leadRun = giveLead(b, part, at + cells[1]!.indexOf(part, offset)) || leadRun;
        offset += part.length;
      }
      continue;
    }
    if (leadRun && b.kind !== "row" && giveLead(b, b.text.trim(), b.start + (b.text.length - b.text.trimStart().length))) continue;
    leadRun = false;
    if (!b.list && b.kind === "text" && (b.headings ?? []).some((h) => /lead member|portfolio|spokes/i.test(h)) && b.text.includes(";")) {
      let at = 0;
      for (const part of b.text.split(";")) {
        const offset = at + (part.length - part.trimStart().length);
        at += part.length + 1;
        const m = /^\s*([^:]{3,80}):\s*(.+?)\s*\.?\s*$/.exec(part);
        const item = m ? parseListedPerson(m[2]!) : undefined;
        if (!m || !item) continue;
        const person = personName(item.display);
        for (const r of members.filter((x) => x.person === person)) {
          r.portfolio = m[1]!.trim();
          r.portfolioSpan = [b.start + offset, part.trim().length];
        }
      }
      continue;
    }
    if (!b.list || !(b.headings ?? []).some((h) => /lead member|portfolio|spokes/i.test(h))) continue;
    const text = b.text.replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, "");
    const m = /^(.+?)\s+[–—:-]\s+(.+)$/.exec(text);
    if (!m) continue;
    const person = personName(m[1]!.replace(/\*\*/g, ""));
    for (const r of members.filter((x) => x.person === person)) {
      r.portfolio = m[2]!.trim();
      r.portfolioSpan = [b.start, b.text.length];
    }
  }
}

/**
 * Roles given as labels of a section ("Lead member: Cllr Simon Tollemache" under "THEME C: TOURISM"):
 * a member record of the document's board in that role, the section being their portfolio.
 */
function roleLabels(ctx: ExtractContext): MemberRecord[] {
  const { doc, meta } = ctx;
  const out: MemberRecord[] = [];
  for (const b of doc.blocks) {
    // ("Membership: Councillors A (Chair), B (Vice-Chair), C and D.", "Named substitutes: Councillors E
    // (Conservative) and F (Labour).": one title before the names of several, each a member of the label's role.)
    const listRole = b.label?.value && b.kind !== "row" ? MANY_LABEL.exec(b.label.name.trim()) : undefined;
    const titledOnce = listRole ? namesAfterPluralTitle(b.label!.value!) : [];
    if (titledOnce.length >= 2) {
      const term = termOf([meta.title], meta.date, doc.hints?.fields?.year);
      for (const p of titledOnce) {
        const role: MemberRole = listRole![1] ? "substitute" : (roleIn(p.role) ?? "member");
        out.push(member(ctx, b, { term, display: p.display, ...(p.council ? { council: p.council } : {}), ...(p.group ? { group: p.group } : {}), role, section: b.label!.name }));
      }
      continue;
    }
    // ("Lead members: Cllr A (…), Cllr B (…)" names several in the role.)
    const labelled = b.label?.value ? roleIn(b.label.name.replace(/\blead members\b/i, "lead member")) : undefined;
    // (A paper's "Lead member: Cllr Jo Bloggs (Chair)" names the board role in brackets: that is the role.)
    const bracketed = labelled ? roleIn(/\(([^()]{3,30})\)\s*$/.exec(b.label!.value!)?.[1]) : undefined;
    const role = bracketed && bracketed !== "member" ? bracketed : labelled;
    // (A row only as a label's line laid out as two cells: "Chair: | Cllr Jo Bloggs (Leeds City Council)".)
    if (!role || role === "member" || (b.kind === "row" && !(filled(b.cells ?? []).length === 2 && /:\s*$/.test(b.cells![0] ?? "")))) continue;
    // ("Lead members: Cllr A (veterans' housing), Cllr B (schools)": each leads what the bracket names.)
    const leads = role === "lead member" ? leadMembersListed(b.label!.value!) : [];
    if (leads.length >= 2) {
      const term = termOf([meta.title], meta.date, doc.hints?.fields?.year);
      for (const lead of leads) out.push({ ...member(ctx, b, { term, display: lead.display, role, section: b.label!.name }), portfolio: lead.portfolio });
      continue;
    }
    // ("Named substitutes: Cllr A (…) and Cllr B (…)": a plural label names each of several.)
    // (Not a meeting's "Substitutes: Cllr A for Cllr B" among its "Present:" and "Apologies:": who stood in
    // that day, read as attendance.)
    const besideAttendance = doc.blocks.slice(Math.max(0, b.index - 4), b.index + 5).some((x) => x !== b && !!x.label && /^(?:present|apologies)$/.test(labelField(x.label.name) ?? ""));
    if (role === "substitute" && besideAttendance) continue;
    const several = /s$/i.test(b.label!.name.trim()) ? councillorsApart(b.label!.value!).map((p) => parseListedPerson(p.replace(/\.$/, ""))) : [];
    if (several.length >= 2 && several.every((p) => !!p && /^(?:cllr|councillor)\b/i.test(p.display))) {
      const term = termOf([meta.title], meta.date, doc.hints?.fields?.year);
      for (const p of several) out.push(member(ctx, b, { term, display: p!.display, ...(p!.council ? { council: p!.council } : {}), ...(p!.group ? { group: p!.group } : {}), role, section: b.label!.name }));
      continue;
    }
    // (A script's "CHAIR: Cllr Jo Bloggs has sent her apologies, so I will …" is what the chair says.)
    const spoken = b.label!.value!.split(/\s+/).length > 10 && /\b(?:I|we|you|has|have|had|will|would|is|are|was|were)\b/.test(b.label!.value!);
    const item = spoken ? undefined : parseListedPerson(b.label!.value!);
    if (!item || !/^(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|dr)\b/i.test(item.display)) continue;
    // The section it sits in: the nearest heading above that is not itself a label.
    const heading = doc.blocks
      .slice(Math.max(0, b.index - 8), b.index)
      .reverse()
      .find((h) => h.kind === "heading" && !h.label);
    const section = heading?.text ?? b.headings?.[b.headings.length - 1];
    const record = member(ctx, b, { term: termOf([meta.title], meta.date, doc.hints?.fields?.year), display: item.display, ...(item.council ? { council: item.council } : {}), ...(item.group ? { group: item.group } : {}), role, section: section ?? b.label!.name });
    if (heading && role === "lead member") {
      record.portfolio = heading.text;
      // From the section's heading to the label: "THEME C: TOURISM … / Lead member: Cllr …".
      record.portfolioSpan = [heading.start, b.start + b.text.length - heading.start];
    }
    out.push(record);
  }
  return out;
}

/** A label over the names of a body's members or its substitutes: "Membership", "Named substitutes". */
const MANY_LABEL = /^(?:(?:named\s+)?(substitutes)|membership|members)$/i;

/**
 * "Councillors A (Chair), B (Vice-Chair), C and D": names after one plural title, each read as a
 * councillor with what its bracket says (a role, a group, a council). Empty unless every piece is a name.
 */
function namesAfterPluralTitle(value: string): NonNullable<ReturnType<typeof parseListedPerson>>[] {
  const m = /^(?:Cllrs|Councillors)\.?\s+(\S[\s\S]*?)\.?$/.exec(value.trim());
  if (!m) return [];
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  const list = m[1]!;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "(") depth++;
    else if (list[i] === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = /^(?:,\s+(?:and\s+)?|\s+and\s+)/.exec(list.slice(i));
    if (!sep) continue;
    pieces.push(list.slice(from, i));
    from = i + sep[0].length;
    i = from - 1;
  }
  pieces.push(list.slice(from));
  const people = pieces.map((p) => (PLAIN_NAME.test(p.trim()) ? parseListedPerson(`Cllr ${p.trim()}`) : undefined));
  return people.every((p) => !!p) ? (people as NonNullable<ReturnType<typeof parseListedPerson>>[]) : [];
}

/** A name of two to four words, perhaps with a bracket after it: "Piran Chenoweth (Labour)". */
const PLAIN_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}(?:\s*\([^()]{2,80}\))?$`);

/**
 * "Cllr A (Labour, X Council) and Cllr B (…)": the councillors a line lists, apart at the commas,
 * semicolons and "and"s before each "Cllr" outside brackets ("(for Cllr C)" stays with the one it follows).
 */
function councillorsApart(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || i === 0) continue;
    const m = /^(?:[;,]\s*|\s+)(?:and\s+)?(?=(?:Cllr|Councillor)\.?\s)/.exec(value.slice(i));
    if (!m || !/[;,\s]/.test(ch)) continue;
    out.push(value.slice(from, i).trim());
    from = i + m[0].length;
    i = from - 1;
  }
  out.push(value.slice(from).trim());
  return out.filter(Boolean);
}

/** "weir safety, Cllr Demelza Rosewarne": what a lead member leads on, then the councillor. */
const PORTFOLIO_THEN_COUNCILLOR = new RegExp(String.raw`^([^,;()]{3,80}),\s+((?:Cllr|Councillor)\.?\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3})$`);

/** "Cllr A (veterans' housing), Cllr B (schools)": councillors listed with what each leads on in brackets. */
function leadMembersListed(value: string): { display: string; portfolio: string }[] {
  // ("weir safety, Cllr A; fish passes and eels, Cllr B": what each leads on first.)
  const portfolioFirst = value.replace(/\.$/, "").split(/;\s+(?:and\s+)?/).map((piece) => PORTFOLIO_THEN_COUNCILLOR.exec(piece.trim()));
  if (portfolioFirst.length >= 2 && portfolioFirst.every((m) => !!m)) return portfolioFirst.map((m) => ({ display: m![2]!, portfolio: m![1]!.trim() }));
  const pieces = value.split(/,\s+(?:and\s+)?(?=(?:Cllr|Councillor)\.?\s)|\s+and\s+(?=(?:Cllr|Councillor)\.?\s)/);
  const out: { display: string; portfolio: string }[] = [];
  for (const piece of pieces) {
    const m = /^((?:Cllr|Councillor)\.?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){0,3})\s*\(([^()]{3,80})\)\.?$/.exec(piece.trim());
    // (A bracket naming a council or a group is not what the member leads on.)
    if (!m || COUNCIL.test(m[2]!) || POLITICAL_GROUP.test(m[2]!) || GROUP_ABBREVIATIONS[m[2]!.toLowerCase()]) return [];
    out.push({ display: m[1]!, portfolio: m[2]!.replace(/^the\s+/i, "") });
  }
  return out;
}

/** "Cllr Jo Bloggs (Leeds City Council, Labour)": a councillor named with council and group in brackets. */
const NAMED_COUNCILLOR = /\b(?:Cllr|Councillor)\.?\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){0,3})\s*\(([^()]{3,120})\)/g;

/** What a who's-who sentence says the people it names are, and the portfolio it gives them. */
function sentenceRole(predicate: string): { role: MemberRole; portfolio?: string } | undefined {
  const p = predicate.replace(/\s+/g, " ");
  // ("… stood down from the Panel, after four years as lead member for …": no longer holds it.)
  if (LEFT_THE_BODY.test(p)) return undefined;
  const portfolio =
    /\blead members? for (?:the )?(.+?)(?:,\s*(?:which|who|and)\b|[.;]|$)/i.exec(p)?.[1] ??
    /\bholds? the (.+?) portfolio\b/i.exec(p)?.[1] ??
    /\bleads? on (.+?)(?:,\s*(?:which|who)\b|[.;]|$)/i.exec(p)?.[1];
  if (portfolio) return { role: "lead member", portfolio: portfolio.trim() };
  if (/^(?:is|are) (?:the |a |an |its )?vice[- ]chairs?\b/i.test(p)) return { role: "vice-chair" };
  if (/^(?:is|are) (?:the |a |an |its )?deputy chairs?\b/i.test(p)) return { role: "deputy chair" };
  if (/^(?:is|are) (?:the |its )?chair(?:man|woman|person)?\b/i.test(p)) return { role: "chair" };
  if (/^(?:is|are) (?:the |a |its )?substitutes?\b/i.test(p)) return { role: "substitute" };
  if (/^(?:is|are) (?:the |an |its )?observers?\b/i.test(p)) return { role: "observer" };
  if (/^(?:is|are) (?:a |the |its )?(?:other )?members?\b/i.test(p)) return { role: "member" };
  return undefined;
}

/**
 * Membership written as sentences, as a briefing for a new member does: "Cllr A (X Council, Labour) is the
 * Chair.", "Cllr B (…) and Cllr C (…) are the Deputy Chairs.", "Cllr D (…) leads on equality …". Each
 * councillor named before the verb gets the role the rest of the sentence gives.
 */
function membershipSentences(ctx: ExtractContext): MemberRecord[] {
  const { doc, meta } = ctx;
  const out: MemberRecord[] = [];
  if (!meta.board) return out;
  for (const b of doc.blocks) {
    if (b.kind === "row" || !/^\s*(?:[-*•]\s*)?(?:Cllr|Councillor)\b/.test(b.text)) continue;
    // The first sentence only: what follows ("Cllr X leads for the group, so …") is an aside.
    const sentence = b.text.split(/(?<=[a-z)])\.\s+(?=[A-Z])/)[0]!;
    const named = [...sentence.matchAll(NAMED_COUNCILLOR)];
    if (named.length === 0) continue;
    const lastEnd = named[named.length - 1]!.index! + named[named.length - 1]![0].length;
    // Names joined by commas and "and" before the verb share its role; otherwise each name has its own,
    // the verb said once ("Cllr A (…) is the lead member for elections, and Cllr B (…) the lead member for …").
    const between = named.slice(1).map((m, k) => sentence.slice(named[k]!.index! + named[k]![0].length, m.index));
    const shared = between.every((t) => /^\s*(?:,|and|,\s*and)\s*$/.test(t));
    const own = named.map((m, k) => sentence.slice(m.index! + m[0].length, named[k + 1]?.index).replace(/,?\s*(?:and)?\s*$/, "").trim());
    const roles = shared ? named.map(() => sentenceRole(sentence.slice(lastEnd).trim())) : own.map((p) => sentenceRole(/^(?:is|are)\b/i.test(p) ? p : `is ${p}`));
    if (roles.some((r) => !r)) continue;
    const term = termOf([...(b.headings ?? []), meta.title], meta.date, doc.hints?.fields?.year);
    for (const [k, m] of named.entries()) {
      const said = roles[k]!;
      const parts = m[2]!.split(",").map((x) => x.trim());
      const council = parts.find((x) => COUNCIL.test(x));
      const groupWord = parts.find((x) => POLITICAL_GROUP.test(x) || GROUP_ABBREVIATIONS[x.toLowerCase()]);
      const group = groupWord ? (GROUP_ABBREVIATIONS[groupWord.toLowerCase()] ?? groupWord.replace(/\s+group$/i, "")) : undefined;
      const record = member(ctx, b, { term, display: `Cllr ${m[1]}`, ...(council ? { council } : {}), ...(group ? { group } : {}), role: said.role, section: b.headings?.[b.headings.length - 1] ?? "Membership" });
      if (said.portfolio) {
        record.portfolio = said.portfolio;
        record.portfolioSpan = [b.start + b.text.indexOf(said.portfolio), said.portfolio.length];
      }
      out.push(record);
    }
  }
  return out;
}

/** "Cllr Beecroft is Vice-Chair from today", "Cllr Jo Bloggs was elected Chair": an office taken at a meeting. */
const APPOINTED = /\b(?:Cllr|Councillor)\.?\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+)\s+(?:is|becomes|became|was|has been)\s+(?:appointed\s+|elected\s+|confirmed\s+)?(?:as\s+)?(?:the\s+)?(Vice[- ]Chair|Deputy Chair|Chair)\b(?!\s+of\s+(?!the\s+(?:task group|panel|board|committee|group)\b))/;

/**
 * Offices taken at a meeting, as its minutes record them ("AGREED: Cllr Beecroft is Vice-Chair from today"):
 * a member record of the meeting's body in that office, of the term of the meeting's day, the member named
 * in full where the minutes name them so elsewhere ("Cllr Harriet Beecroft" among those present).
 */
function appointments(ctx: ExtractContext): MemberRecord[] {
  const { doc, meta } = ctx;
  if (meta.kind !== "minutes" || !meta.board) return [];
  const out: MemberRecord[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "row") continue;
    const m = APPOINTED.exec(b.text);
    if (!m) continue;
    const surname = m[1]!.split(/\s+/).pop()!;
    const full = m[1]!.includes(" ") ? m[1]! : new RegExp(`\\b(?:Cllr|Councillor)\\.?\\s+((?:[A-Z][\\w'’-]+\\s+){1,3}${surname})\\b`).exec(doc.text)?.[1];
    const role = roleIn(m[2]!)!;
    out.push(member(ctx, b, { term: termOf([meta.title], meta.date, doc.hints?.fields?.year), display: `Cllr ${full ?? m[1]!}`, role, section: b.headings?.[b.headings.length - 1] ?? "Minutes" }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// A members' database export: one row per appointment, names in two columns, codes for roles and parties

/** A database's field name as words: "CouncilName" is "Council Name", "TGRole" "TG Role" (initials run into the word after them). */
const fieldWords = (name: string) => name.trim().replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");

const SURNAME = /^(?:surname|last name|family name)$/i;
const FORENAME = /^(?:forenames?|first names?|given names?|christian name)$/i;
const HONORIFIC = /^(?:cllr|councillor|mayor|sir|dame|lord|lady|baroness|baron|dr|mr|mrs|ms|miss|mx|prof(?:essor)?)\.?$/i;

/**
 * A code list the export carries ("Code type | Code | Meaning": "Role | VC | Vice-Chair"): each code's
 * meaning, by its type ("role|vc") and alone ("|vc").
 */
function codeList(doc: StructuredDoc): Map<string, string> {
  const codes = new Map<string, string>();
  for (const t of doc.tables) {
    const h = t.header.map((x) => x.trim().toLowerCase());
    const codeAt = h.findIndex((x) => x === "code" || x === "abbreviation");
    const meaningAt = h.findIndex((x) => /^(?:meaning|description|label|means|full name)$/.test(x));
    if (codeAt < 0 || meaningAt < 0) continue;
    const typeAt = h.findIndex((x, k) => k !== codeAt && /\b(?:type|list|field|column)\b/.test(x));
    for (const r of t.rows) {
      const cells = doc.blocks[r]?.cells ?? [];
      const code = cells[codeAt]?.trim().toLowerCase();
      const meaning = cells[meaningAt]?.trim();
      if (!code || !meaning) continue;
      if (typeAt >= 0 && cells[typeAt]) codes.set(`${cells[typeAt]!.trim().toLowerCase()}|${code}`, meaning);
      if (!codes.has(`|${code}`)) codes.set(`|${code}`, meaning);
    }
  }
  return codes;
}

/**
 * A membership export from a members' database ("Committee | Term | Surname | Forename | Title | Council |
 * Party | Role | Appointment start date | Appointment end date | …"): a member per row, named by title,
 * forename and surname; roles and parties by the codes its own code list explains ("VC", "Lab"); the
 * committee and term of each row; an appointment that ended before the export was run left out (the row
 * stays readable as a table's cells: "who stood down?").
 */
function membershipExports(ctx: ExtractContext): MemberRecord[] {
  const { doc, meta } = ctx;
  const codes = codeList(doc);
  const decode = (type: string, value: string | undefined) => (value ? (codes.get(`${type}|${value.trim().toLowerCase()}`) ?? codes.get(`|${value.trim().toLowerCase()}`) ?? value.trim()) : undefined);
  const members: MemberRecord[] = [];
  for (const t of doc.tables) {
    const h = t.header.map(fieldWords);
    const surnameAt = h.findIndex((x) => SURNAME.test(x));
    const forenameAt = h.findIndex((x) => FORENAME.test(x));
    // (An event's attendee export names who booked, not a body's members: see attendeeExports.)
    if (surnameAt < 0 || forenameAt < 0 || attendeeStatusColumn(doc, t) >= 0) continue;
    const at = (re: RegExp) => h.findIndex((x) => re.test(x));
    const titleAt = at(/^(?:title|salutation|honorific)$/i);
    // (An address book's "Company" is the contact's council.)
    const councilAt = at(/^(?:council|authority|local authority|organisation|company)(?: name)?$/i);
    const partyAt = at(/^(?:party|political group|group)(?: name| code)?$/i);
    // (Or the body's role, named by its initials: "TG Role".)
    const roleAt = at(/^(?:[A-Z]{2,6} )?(?:role|position|office|appointment type)$/i);
    const bodyAt = at(/^(?:committee|board|body|panel|meeting)$/i);
    const termAt = at(/^(?:term|year|municipal year)$/i);
    const categoriesAt = at(/^categor(?:y|ies)$/i);
    const endAt = at(/\bend(?:ed)?\b.*\bdate\b|^(?:to|until|end)$|^(?:date )?left(?: on)?$|^appointed (?:to|until)$/i);
    const flags = roleFlagColumns(h, t.rows.map((r) => doc.blocks[r]?.cells ?? []));
    const used = new Set([surnameAt, forenameAt, titleAt, councilAt, partyAt, roleAt, bodyAt, termAt, categoriesAt, ...flags.map(({ k }) => k)]);
    // (An address book's categories may name the body every contact is filed under, "HSTTG": the body
    // the members are of, when nothing else names it.)
    const filedUnder = categoriesAt >= 0 && !meta.board ? sharedCategory(t.rows.map((r) => categoryList(doc.blocks[r]?.cells?.[categoriesAt]))) : undefined;
    // (The day the export was run, or the file's date: an appointment that ended before it is over.)
    const runDay = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
    const endedFew = endAt >= 0 && t.rows.filter((r) => !/^(?:NULL)?$/.test((doc.blocks[r]?.cells?.[endAt] ?? "").trim())).length * 2 < t.rows.length;
    // (A query's result with a row per member per meeting: a column whose value changes between one
    // member's rows, the meeting's date or their attendance, is the meeting's, not a detail of the member.)
    const personKey = (cells: string[]) => `${cells[forenameAt]?.trim()} ${cells[surnameAt]?.trim()}`;
    const valuesOf = new Map<string, Map<number, Set<string>>>();
    for (const r of t.rows) {
      const cells = doc.blocks[r]?.cells ?? [];
      const byColumn = valuesOf.get(personKey(cells)) ?? new Map<number, Set<string>>();
      cells.forEach((c, k) => byColumn.set(k, (byColumn.get(k) ?? new Set()).add(c.trim())));
      valuesOf.set(personKey(cells), byColumn);
    }
    const perMeeting = new Set(h.flatMap((_, k) => ([...valuesOf.values()].some((byColumn) => (byColumn.get(k)?.size ?? 0) > 1) ? [k] : [])));
    for (const r of t.rows) {
      const b = doc.blocks[r];
      // (A database's empty field, written "NULL" by a query tool, is empty.)
      const cells = (b?.cells ?? []).map((c) => (c.trim() === "NULL" ? "" : c));
      const surname = cells[surnameAt]?.trim();
      const forename = cells[forenameAt]?.trim();
      if (!b || !surname || !forename || !/^[A-Z]/.test(surname)) continue;
      const ended = endAt >= 0 && cells[endAt] ? (/^\d{4}-\d{2}-\d{2}/.exec(cells[endAt]!.trim())?.[0] ?? parseSlashDate(cells[endAt]!) ?? findFullDate(cells[endAt]!)?.iso) : undefined;
      if (ended && runDay && ended < runDay) continue;
      // (Undated, an end date given for a few members only, "DateLeft", says they left; one for every
      // member is the term's end.)
      if (ended && !runDay && endedFew) continue;
      const title = titleAt >= 0 && HONORIFIC.test(cells[titleAt]?.trim() ?? "") ? `${cells[titleAt]!.trim()} ` : "";
      const flagged = flags.find(({ k }) => YES_FLAG.test(cells[k]?.trim() ?? ""))?.role;
      const categories = categoryList(categoriesAt >= 0 ? cells[categoriesAt] : undefined);
      if (!isMemberByCategories(categories)) continue;
      const role = flagged ?? categories.map(roleIn).find(Boolean) ?? roleIn(decode("role", roleAt >= 0 ? cells[roleAt] : undefined)) ?? "member";
      const group = decode("party", partyAt >= 0 ? cells[partyAt] : undefined)?.replace(/\s+group$/i, "");
      const council = councilAt >= 0 ? cells[councilAt]?.trim() : undefined;
      const board = (bodyAt >= 0 ? cells[bodyAt]?.trim() : undefined) || filedUnder;
      const term = (termAt >= 0 && cells[termAt] && normaliseFinancialYear(cells[termAt]!)) || termOf([meta.title], meta.date, doc.hints?.fields?.year);
      const details = h.flatMap((column, k) => (!used.has(k) && !perMeeting.has(k) && column && cells[k]?.trim() && cells[k]!.length <= 80 ? [{ column, value: cells[k]!.trim() }] : []));
      members.push(
        member(ctx, b, { term, display: `${title}${forename} ${surname}`, ...(council ? { council } : {}), ...(group ? { group } : {}), details, role, section: t.title ?? "Membership", ...(board && board !== meta.board ? { board } : {}) }),
      );
    }
  }
  return members;
}

/**
 * Membership tabled a column per political group ("Conservative (4) | Labour (4) | …"), members listed down
 * each column, so a row holds people of different groups; a row saying only "Substitutes" starts the
 * substitutes, still a column per group. A cell is a name, an office in brackets, then the council.
 */
function groupColumnTables(ctx: ExtractContext, consumed: Set<number>): MemberRecord[] {
  const { doc, meta } = ctx;
  const members: MemberRecord[] = [];
  for (const table of doc.tables) {
    const groups = table.header.map((h) => h.trim());
    const named = groups.filter((g) => g);
    if (consumed.has(table.index) || named.length < 2 || !named.every((g) => POLITICAL_GROUP.test(g))) continue;
    consumed.add(table.index);
    const firstRow = doc.blocks[table.rows[0] ?? -1];
    const headings = firstRow?.headings ?? [];
    const term = termOf([table.title, ...headings, meta.title], meta.date, doc.hints?.fields?.year);
    const section = table.title ?? headings[headings.length - 1] ?? "Membership";
    let mode: MemberRole = "member";
    for (const b of tableRows(doc, table)) {
      const cells = b.cells ?? [];
      const nonEmpty = filled(cells);
      if (nonEmpty.length === 1 && /^substitut/i.test(nonEmpty[0]!)) {
        mode = "substitute";
        continue;
      }
      cells.forEach((cell, k) => {
        const group = groups[k]?.replace(/\s*\(\d+\)$/, "").replace(/\s+group$/i, "");
        // "Cllr Octavia Pennycook (Chair) Suffolk County Council", "Cllr Josephine Colclough* Durham County
        // Council", "Cllr Percival Thackwray North Yorkshire Council": a title and two names, then the council.
        const m = /^((?:cllr|councillor)\.?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+)\*?\s*(?:\(([^)]*)\))?\s*(.*)$/i.exec(cell.trim());
        if (!m || !group) return;
        const role = roleIn(m[2]) ?? (mode === "substitute" ? "substitute" : "member");
        const council = /\b(?:council|authority)\b/i.test(m[3]!) ? m[3]!.trim() : undefined;
        // (Quoted by its own cell: the row's other cells are other groups' members.)
        const rec = member(ctx, b, { term, display: m[1]!, ...(council ? { council } : {}), group, role, section });
        members.push({ ...rec, source: cell, sourceStart: b.start + cellOffset(cells, k) });
      });
    }
  }
  return members;
}

export function extractMembership(ctx: ExtractContext, consumed: Set<number>): MemberRecord[] {
  // (A role said twice, in the members' table and as "Chair:: Cllr …" under "Office holders", is one record.)
  const tabled = [...groupColumnTables(ctx, consumed), ...membershipTables(ctx, consumed), ...membershipExports(ctx), ...memberCards(ctx), ...addressLabelMembers(ctx), ...roleLabels(ctx)].filter((m, k, all) => all.findIndex((x) => x.id === m.id) === k);
  const sameMember = (a: MemberRecord, b: MemberRecord) => a.person === b.person && a.term === b.term;
  // A list that repeats people of a table (lead members, say) adds nobody.
  // (But a list that gives more of a member than a label line, "Lead member: Cllr Jo Bloggs (Chair)" on a
  // paper's cover sheet over "Cllr Jo Bloggs (Chair) - Leeds City Council - Labour" in its membership annex,
  // is the member's record, in the label's role when the list gives none.)
  const fromLabels = new Set(roleLabels(ctx).map((m) => m.id));
  const candidates = [...membershipLists(ctx), ...membershipSentences(ctx), ...appointments(ctx)];
  const fuller = (t: MemberRecord) => fromLabels.has(t.id) && !t.council && candidates.find((m) => sameMember(t, m) && m.council);
  const replaced = new Set<string>();
  for (const t of tabled) {
    const list = fuller(t);
    if (!list) continue;
    if (list.role === "member") list.role = t.role;
    replaced.add(t.id);
  }
  const kept = tabled.filter((t) => !replaced.has(t.id));
  // (Nor does an undated list that reads a card's lines again, a member's text box of lines: the card's
  // record, with its term, is the member's.)
  const undatedAgain = (t: MemberRecord, m: MemberRecord) => t.docId === m.docId && t.person === m.person && m.term === "undated";
  const listed = candidates.filter((m) => !kept.some((t) => sameMember(t, m) || undatedAgain(t, m)));
  const members = [...kept, ...listed];
  addPortfolios(ctx.doc, members);
  // "North Northamptonshire Council (Con)": the political group in brackets after the council.
  for (const m of members) {
    const bracketed = m.council ? /^(.*\S)\s*\(([^)]+)\)$/.exec(m.council) : null;
    const group = bracketed && (GROUP_ABBREVIATIONS[bracketed[2]!.trim().toLowerCase()] ?? (POLITICAL_GROUP.test(bracketed[2]!.trim()) ? bracketed[2]!.trim() : undefined));
    if (!bracketed || !group) continue;
    m.council = bracketed[1]!;
    m.group ??= group.replace(/\s+group$/i, "");
  }
  return members;
}

// ---------------------------------------------------------------------------------------------------
// Attendance

/** A meeting date in a grid's column header: "30/1/18", "19 September 2019". */
function headerDate(h: string): string | undefined {
  return parseSlashDate(h) ?? findFullDate(h)?.iso;
}

/**
 * The document's own key for attendance marks: "✓ attended; ✗ did not attend; – not required", or
 * "Yes – attended; No – apologies, no substitute; Sub – apologies, substitute attended". A member who
 * sent apologies did not attend, whoever came in their place.
 */
function attendanceKey(doc: StructuredDoc): Map<string, { present: boolean | null; meaning: string }> {
  const key = new Map<string, { present: boolean | null; meaning: string }>();
  for (const b of doc.blocks) {
    // (Or a key drawn as a table, a code and its meaning a row: "P | present in the room".)
    const keyRow = b.kind === "row" && filled(b.cells ?? []).length === 2 && filled(b.cells ?? [])[0]!.length <= 4 ? filled(b.cells ?? []).join(" ") : undefined;
    if ((b.kind === "row" && !keyRow) || (!keyRow && !/\bkey\b|\battended\b/i.test(b.text)) || b.text.length > 300) continue;
    const body = keyRow ?? b.text.replace(/^\s*key\s*:?\s*/i, "");
    for (const part of body.split(/\s*;\s*/)) {
      const m = /^(\S{1,4}?)\s*(?:=|:|–|—|-)?\s+((?:did not|not|absent|apolog|attended|present|substitut|named)[^;]*)$/i.exec(part.trim());
      if (!m) continue;
      const meaning = m[2]!.trim();
      const what = meaning.toLowerCase();
      const present = /^(?:did not|not attended|absent|apolog)/.test(what) ? false : /^(?:attended|present)\b/.test(what) ? true : null;
      key.set(m[1]!.toLowerCase(), { present, meaning });
    }
  }
  return key;
}

function attendanceGrids(ctx: ExtractContext, consumed: Set<number>): AttendanceRecord[] {
  const { doc, meta } = ctx;
  const key = attendanceKey(doc);
  const mark = (c: string | undefined) => {
    const k = (c ?? "").trim().toLowerCase();
    return key.has(k) ? key.get(k)!.present : attendanceMark(c);
  };
  // What a mark means when the key says more than present or absent ("apologies, substitute attended").
  const meaningOf = (c: string | undefined) => {
    const k = (c ?? "").trim().toLowerCase();
    const entry = key.get(k);
    return entry && /substitut/i.test(entry.meaning) ? entry.meaning : undefined;
  };
  const records: AttendanceRecord[] = [];
  for (const table of doc.tables) {
    if (consumed.has(table.index)) continue;
    const dateCols = table.header.map((h, k) => ({ k, label: h, iso: headerDate(h) })).filter((c) => c.iso);
    if (dateCols.length === 0) continue;
    const rows = tableRows(doc, table);
    const markedRows = rows.filter((r) => dateCols.some((c) => mark(r.cells?.[c.k]) !== undefined));
    // (A form's "Label: | value" lines with a date and a "No" among them are not a grid of people.)
    // (Nor is a table whose only "marks" are dashes for no figure, "–", in a dated column: "PCNs to 28 Feb 2031".)
    const saysAttended = rows.some((r) => dateCols.some((c) => typeof mark(r.cells?.[c.k]) === "boolean"));
    if (!saysAttended || markedRows.length < 2 || markedRows.filter((r) => looksLikePerson(r.cells?.[0])).length < markedRows.length / 2) continue;
    consumed.add(table.index);
    const cols = classifyColumns(table.header);
    const notesCol = column(cols, "notes");
    let group: string | undefined;
    for (const b of rows) {
      const cells = b.cells ?? [];
      const nonEmpty = filled(cells);
      if (nonEmpty.length === 1 && !dateCols.some((c) => mark(cells[c.k]) !== undefined)) {
        group = nonEmpty[0];
        continue;
      }
      const person = personName(cells[0] ?? "");
      if (!person) continue;
      const note = notesCol !== undefined ? cells[notesCol] || undefined : undefined;
      for (const c of dateCols) {
        const present = mark(cells[c.k]);
        const meaning = meaningOf(cells[c.k]);
        records.push({
          type: "attendance",
          id: `${meta.docId}:attendance-${c.iso}-${person}`,
          docId: meta.docId,
          ...(meta.board ? { board: meta.board } : {}),
          person,
          ...(group ? { group } : {}),
          meetingDate: c.iso!,
          meetingLabel: c.label,
          present: present === undefined ? null : present,
          ...(note || meaning ? { note: [meaning && `${cells[c.k]}: ${meaning}`, note].filter(Boolean).join("; ") } : {}),
          source: b.text,
          sourceStart: b.start,
          locator: blockLocator(b, [table.title ?? "Attendance"], `${cells[0]}, ${c.label}`),
        });
      }
    }
  }
  return records;
}

/** A cell holding a person's name ("Councillor Jo Bloggs", "Dr Ann Lee (Chair)"), not a label or a figure. */
function looksLikePerson(cell: string | undefined): boolean {
  const text = (cell ?? "").replace(/\s*\([^)]*\)\s*$/, "").replace(TITLES, "").replace(HONOURS, "").trim();
  return /^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}$/u.test(text) && !ORGANISATION_NAME.test(text);
}

/** A name that ends as an organisation's does: "City of York Council", "Leeds City Council", "Wild Swimming Trust". */
const ORGANISATION_NAME = /\b(?:Council|Councils|Authority|Borough|County|District|Trust|Association|Partnership|Alliance|Agency|Department|Ministry|Office|Limited|Ltd|plc|University|College|Service|Services|Board|Committee|Panel|Group|Forum|Network|Commission|Foundation|Society|Institute|Centre|Center)$/;

/** A mark in a one-meeting register: attended, did not (with what the mark says), or not a mark. */
function registerMark(cell: string | undefined): { present: boolean; note?: string } | undefined {
  // (Without the anchor of a comment on the cell, as a document downloaded as text marks it: "Absent[a]".)
  const text = (cell ?? "").trim().replace(/(?<=\S)\[[a-z]{1,2}\]$/, "");
  if (/^(?:sent (?:a )?substitute|substitute sent|substituted|apologies[,;:]?\s*(?:sent\s+)?(?:a\s+)?substitute(?:\s+(?:attended|sent))?)$/i.test(text)) return { present: false, note: text };
  // ("Apologies – Cllr Jo Bloggs substituting": did not attend, and who came instead.)
  // ("Apologies (substitute: Cllr Jo Bloggs)" too.)
  if (/^apologies\s*(?:[–—-]\s*|\()\S/i.test(text)) return { present: false, note: text };
  const mark = attendanceMark(text);
  // (How they attended, when the register says: "Attended virtually".)
  if (mark === true) return /^(?:yes|y|present|attended|✓|✔|☑)$/i.test(text) ? { present: true } : { present: true, note: text };
  if (mark === false) return { present: false, note: text };
  return undefined;
}

/** A line about the meeting after this one. */
const NEXT_MEETING = /\bnext meeting\b|\bdate of (?:the )?next\b|\bwill be held on\b/i;

/** A line naming the meeting that is to approve a note: "Draft, for approval at the meeting on 20 January 2067". */
const FOR_APPROVAL = /\bfor approval\b|\bto be (?:agreed|approved|confirmed)\b/i;

/** The day of the meeting a block belongs to: the nearest dated heading or short line above it. */
function meetingDayAbove(doc: StructuredDoc, start: number): string | undefined {
  // (Not a labelled line: "Decisions published: Friday 28 November 2025" is not the meeting's day.)
  const above = doc.blocks.filter((b) => b.start < start && b.kind !== "row" && !b.label && b.text.length <= 160);
  for (let k = above.length - 1; k >= 0; k--) {
    const dated = findFullDate(above[k]!.text);
    // (Nor the next meeting's: "The next meeting will be held on Wednesday 17 July 2030".)
    if (NEXT_MEETING.test(above[k]!.text)) continue;
    // (Nor the meeting that is to approve these notes: "Draft, for approval at the meeting on 20 January 2067".)
    if (FOR_APPROVAL.test(above[k]!.text)) continue;
    // (A heading dating what it reports, "Progress at 31 March 2030", dates no meeting.)
    const reportsAt = dated && /\b(?:at|by|to|until|from|since|ending|ended|end of)\s*$/i.test(above[k]!.text.slice(0, above[k]!.text.indexOf(dated.match)));
    // (Or the line under a document's title that gives only the day and times: "Wednesday 18 June 2031, 11.00am to 1.00pm".)
    const dayLine = !!dated && above[k]!.index < 6 && above[k]!.text.indexOf(dated.match) <= 12 && above[k]!.text.length <= 60;
    if (dated && !reportsAt && (above[k]!.kind === "heading" || /\bmeeting\b/i.test(above[k]!.text) || dayLine)) return dated.iso;
  }
  return undefined;
}

/** A register's column for a way of attending a meeting, or of not attending it. */
const ATTENDANCE_MODE = /^(?:present|attended|in (?:the )?(?:room|person)|(?:attended )?(?:online|remotely|virtually)|remote|virtual|(?:on|via) (?:teams|zoom)|apologies(?: (?:given|received|sent))?|absent|not present)$/i;
const ABSENT_MODE = /^(?:apologies|absent|not present)/i;

/**
 * A register of one meeting: a column of names beside one column of marks ("Present", "Apologies", "Sent
 * substitute", "Absent"), of the meeting named by the dated heading above it (or the document's own
 * day). A role column gives each person's role at the meeting; "Substitute for Cllr X" there says whom
 * they stood in for.
 */
function attendanceRegisters(ctx: ExtractContext, consumed: Set<number>): AttendanceRecord[] {
  const { doc, meta } = ctx;
  const records: AttendanceRecord[] = [];
  for (const table of doc.tables) {
    // (A membership table with a column for how each member is attending, "Attending", is a register too.)
    if (consumed.has(table.index) && !table.header.some((h) => /^(?:attending|attendance at (?:the|this) meeting)$/i.test(h.trim()))) continue;
    const rows = tableRows(doc, table);
    if (rows.length < 3) continue;
    const cols = classifyColumns(table.header);
    const nameCol = column(cols, "name") ?? 0;
    const enough = (n: number) => n >= Math.max(3, rows.length * 0.7);
    if (!enough(rows.filter((r) => looksLikePerson(r.cells?.[nameCol])).length)) continue;
    const marksCol = table.header.findIndex((_, k) => k !== nameCol && enough(rows.filter((r) => registerMark(r.cells?.[k]) !== undefined).length));
    // Or a column for each way of attending ("In the room | Online | Apologies"), ticked in one of them.
    const modeCols = table.header.flatMap((h, k) => (k !== nameCol && ATTENDANCE_MODE.test(h.trim()) ? [k] : []));
    const ticked = (r: Block) => modeCols.filter((k) => attendanceMark((r.cells?.[k] ?? "").trim()) === true);
    const byMode = marksCol < 0 && modeCols.length >= 2 && enough(rows.filter((r) => ticked(r).length === 1).length);
    // (Or none: everyone in a table titled for who was present, "Members and substitutes present:".)
    const allPresent = marksCol < 0 && !byMode && PRESENT_TITLE.test(table.title ?? "");
    if (marksCol < 0 && !byMode && !allPresent) continue;
    const meetingDate = meetingDayAbove(doc, rows[0]!.start) ?? (/^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined);
    if (!meetingDate) continue;
    consumed.add(table.index);
    const roleCol = column(cols, "role");
    // ("Reason for absence": why someone sent apologies, kept with their record.)
    const reasonCol = table.header.findIndex((h) => /^reasons?\b|\breasons? for (?:absence|apologies)\b/i.test(h.trim()));
    for (const b of rows) {
      const cells = b.cells ?? [];
      const mode = byMode ? ticked(b)[0] : undefined;
      const modeHeader = mode !== undefined ? table.header[mode]!.trim() : undefined;
      const mark = modeHeader ? { present: !ABSENT_MODE.test(modeHeader), ...(ABSENT_MODE.test(modeHeader) ? {} : { note: modeHeader }) } : allPresent ? { present: true } : registerMark(cells[marksCol]);
      // (A bracket after the name gives a role, "(Chair)", or whom a substitute stood in for, "(for Cllr X)".)
      const [, named, bracket] = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(cells[nameCol] ?? "") ?? [undefined, cells[nameCol] ?? "", undefined];
      const stoodInFor = bracket ? /^(?:sub(?:stitute|stituting)?\s+)?for\s+(.+)$/i.exec(bracket.trim())?.[1] : undefined;
      const person = personName(named!);
      if (!mark || !person) continue;
      if (stoodInFor && mark.present) mark.note = `substitute for ${stoodInFor}`;
      const reason = reasonCol >= 0 && reasonCol !== nameCol ? cells[reasonCol]?.trim() : undefined;
      if (reason) mark.note = mark.note ? `${mark.note} – ${reason}` : reason;
      const role = (roleCol !== undefined ? cells[roleCol]?.trim() || undefined : undefined) ?? (bracket && !stoodInFor && POST.test(bracket) ? bracket.trim() : undefined);
      records.push({
        type: "attendance",
        id: `${meta.docId}:attendance-${meetingDate}-${person}`,
        docId: meta.docId,
        ...(meta.board ? { board: meta.board } : {}),
        person,
        group: mark.present ? "Present" : "Apologies",
        meetingDate,
        meetingLabel: modeHeader ?? (table.header[marksCol]?.trim() || "Attendance"),
        present: mark.present,
        ...(role ? { role } : {}),
        ...(mark.note ? { note: mark.note } : {}),
        source: b.text,
        sourceStart: b.start,
        locator: blockLocator(b, [table.title ?? "Attendance"], cells[nameCol]),
      });
    }
  }
  return records;
}

/** An event platform's status of each booking: "Attendee Status", "Check-in status", "Registration status". */
const ATTENDEE_STATUS_HEADER = /\b(?:attendee|attendance|registration|booking|ticket|check-?in)\s+status\b/i;
/** At the event: checked in at the door. */
const CHECKED_IN = /^(?:checked[- ]?in|attended)$/i;
/** Booked and never checked in: a no-show, once the door has been kept. */
const BOOKED = /^(?:attending|registered|booked|confirmed)$/i;
/** Not coming: the booking cancelled or refunded. */
const NOT_COMING = /^(?:not attending|cancell?ed|refunded|declined|no[- ]?show|did not attend|absent)$/i;

/** The tables of a document that are attendee exports: registers, never targets' statuses. */
export function attendeeExportTables(doc: StructuredDoc): number[] {
  return doc.tables.filter((t) => attendeeStatusColumn(doc, t) >= 0).map((t) => t.index);
}

/** The column of an attendee export giving each booking's status, or -1: one of those words in every row. */
function attendeeStatusColumn(doc: StructuredDoc, table: Table): number {
  const rows = table.rows.map((i) => doc.blocks[i]?.cells ?? []);
  return table.header.findIndex(
    (h, k) => ATTENDEE_STATUS_HEADER.test(h) && rows.length >= 3 && rows.every((c) => [CHECKED_IN, BOOKED, NOT_COMING].some((re) => re.test((c[k] ?? "").trim()))) && rows.some((c) => CHECKED_IN.test((c[k] ?? "").trim())),
  );
}

/**
 * An event platform's attendee export (Eventbrite's "Attendee Summary"): a row per ticket, the attendee's
 * first name and surname in columns of their own, and a status column that alone says who came: "Checked
 * In" came; "Attending" booked and never checked in; "Not Attending" cancelled or refunded. The event's
 * register, of the event the document is of (its day, or the export's).
 */
function attendeeExports(ctx: ExtractContext): AttendanceRecord[] {
  const { doc, meta } = ctx;
  const records: AttendanceRecord[] = [];
  for (const table of doc.tables) {
    const statusAt = attendeeStatusColumn(doc, table);
    const h = table.header.map((x) => x.trim());
    const surnameAt = h.findIndex((x) => SURNAME.test(x));
    const forenameAt = h.findIndex((x) => FORENAME.test(x));
    const meetingDate = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
    // (Its table is left to be read as cells as well: "which workshop was booked most?" counts a column.)
    if (statusAt < 0 || surnameAt < 0 || forenameAt < 0 || !meetingDate) continue;
    const eventAt = h.findIndex((x) => /^event(?: name| title)?$/i.test(x));
    const organisationAt = h.findIndex((x) => /^(?:company|organi[sz]ation|employer|council|authority)(?: name)?$/i.test(x));
    for (const b of tableRows(doc, table)) {
      const cells = (b.cells ?? []).map((c) => c.trim());
      const status = cells[statusAt] ?? "";
      const person = personName(`${cells[forenameAt] ?? ""} ${cells[surnameAt] ?? ""}`.trim());
      if (!person.includes(" ")) continue;
      const present = CHECKED_IN.test(status);
      records.push({
        type: "attendance",
        id: `${meta.docId}:attendee-${meetingDate}-${person}`,
        docId: meta.docId,
        ...(meta.board ? { board: meta.board } : {}),
        person,
        group: present ? "Present" : "Did not attend",
        meetingDate,
        meetingLabel: (eventAt >= 0 ? cells[eventAt] : undefined) || h[statusAt]!,
        present,
        ...(organisationAt >= 0 && cells[organisationAt] ? { council: cells[organisationAt]! } : {}),
        note: BOOKED.test(status) ? `${status} (booked, not checked in)` : status,
        source: b.text,
        sourceStart: b.start,
        locator: blockLocator(b, [table.title ?? "Attendees"], person),
      });
    }
  }
  return records;
}

/** An attendance field's value: came (in person, remotely, as a substitute) or sent apologies. */
const ATTENDED = /^(?:present|attended|in attendance|yes|y|substitute|substituted|remote|virtual)\b/i;
const DID_NOT_ATTEND = /^(?:apologies|apologies received|absent|no|n|did not attend|not present|non-attendance)\b/i;

/**
 * A committee system's attendance query saved as a table, a row per member per meeting ("MeetingDate |
 * MemberID | Forename | Surname | … | Attendance | SubstituteForMemberID | Notes"): each row is who came to
 * that meeting or sent apologies, as written ("Present (remote)"), a substitute named with the member they
 * stood in for, whose id another row gives. (A row whose attendance is empty, a substitute not called, says
 * nothing of the meeting.)
 */
function attendanceExports(ctx: ExtractContext): AttendanceRecord[] {
  const { doc, meta } = ctx;
  const records: AttendanceRecord[] = [];
  for (const table of doc.tables) {
    const h = table.header.map(fieldWords);
    const at = (re: RegExp) => h.findIndex((x) => re.test(x));
    const surnameAt = at(SURNAME);
    const forenameAt = at(FORENAME);
    // (Or one column of whole names, "Delegate", in a sheet of the meeting the document is dated by: a
    // voting system's seat allocation, "11 | Cllr A | B Council | Member | Apologies".)
    const nameAt = surnameAt < 0 ? at(/^(?:name|member|delegate|councillor|attendee)$/i) : -1;
    const dateAt = at(/^(?:meeting )?date(?: of (?:the )?meeting)?$/i);
    const attendanceAt = at(/^(?:attendance|attended|attendance status)$/i);
    const documentDay = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
    if (attendanceAt < 0 || (nameAt < 0 && (surnameAt < 0 || forenameAt < 0)) || (dateAt < 0 && !(nameAt >= 0 && documentDay))) continue;
    const idAt = at(/^(?:member|person|councillor) id$/i);
    const forIdAt = at(/^substitute for(?: member)? id$/i);
    const titleAt = at(/^(?:title|salutation|honorific)$/i);
    const councilAt = at(/^(?:council|authority|local authority|organisation)(?: name)?$/i);
    const roleAt = at(/^(?:[A-Z]{2,6} )?(?:role|position|office)$/i);
    const notesAt = at(/^(?:notes?|comments?|remarks|reasons?(?: for absence)?)$/i);
    const rows = tableRows(doc, table).map((b) => ({ b, cells: (b.cells ?? []).map((c) => (c.trim() === "NULL" ? "" : c.trim())) }));
    const displayOf = (cells: string[]) => (nameAt >= 0 ? (cells[nameAt] ?? "") : `${titleAt >= 0 && HONORIFIC.test(cells[titleAt] ?? "") ? `${cells[titleAt]} ` : ""}${cells[forenameAt]} ${cells[surnameAt]}`.trim());
    const byId = new Map(idAt >= 0 ? rows.map(({ cells }) => [cells[idAt] ?? "", displayOf(cells)] as [string, string]) : []);
    for (const { b, cells } of rows) {
      const status = cells[attendanceAt] ?? "";
      const meetingDate = dateAt < 0 ? documentDay : (/^\d{4}-\d{2}-\d{2}/.exec(cells[dateAt] ?? "")?.[0] ?? parseSlashDate(cells[dateAt] ?? "") ?? findFullDate(cells[dateAt] ?? "")?.iso);
      const person = personName(nameAt >= 0 ? (cells[nameAt] ?? "") : `${cells[forenameAt] ?? ""} ${cells[surnameAt] ?? ""}`.trim());
      const present = ATTENDED.test(status) ? true : DID_NOT_ATTEND.test(status) ? false : undefined;
      if (present === undefined || !meetingDate || !/^\d{4}-\d{2}-\d{2}$/.test(meetingDate) || !person.includes(" ")) continue;
      const stoodInFor = forIdAt >= 0 && cells[forIdAt] ? byId.get(cells[forIdAt]!) : undefined;
      const note = [/^(?:present|apologies|yes|no)$/i.test(status) || (stoodInFor && /^substitut/i.test(status)) ? "" : status, stoodInFor ? `substitute for ${stoodInFor}` : "", notesAt >= 0 ? (cells[notesAt] ?? "") : ""].filter(Boolean).join("; ");
      records.push({
        type: "attendance",
        id: `${meta.docId}:attendance-export-${meetingDate}-${person}`,
        docId: meta.docId,
        ...(meta.board ? { board: meta.board } : {}),
        person,
        group: present ? "Present" : "Apologies",
        meetingDate,
        meetingLabel: dateAt >= 0 ? cells[dateAt]! : humanDate(meetingDate),
        present,
        ...(roleAt >= 0 && cells[roleAt] ? { role: cells[roleAt]! } : {}),
        ...(councilAt >= 0 && cells[councilAt] ? { council: cells[councilAt]! } : {}),
        ...(note ? { note } : {}),
        source: b.text,
        sourceStart: b.start,
        locator: blockLocator(b, [table.title ?? "Attendance"], displayOf(cells)),
      });
    }
  }
  return records;
}

/** "A (Chair), B (Treasury and Investments Manager) and C": the names, never splitting inside brackets. */
export function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  // ("Cllr A (Chair); Cllr B, Leeds; Cllr C": a list kept apart by semicolons is split only by them.)
  const bySemicolon = outsideBrackets(text).includes(";");
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = bySemicolon ? (c === ";" ? /^;\s*(?:and\s+)?/.exec(text.slice(i)) : null) : c === "," ? /^,\s*(?:and\s+)?/.exec(text.slice(i)) : /^\s+and\s+/.exec(text.slice(i));
    if (sep) {
      parts.push(text.slice(from, i));
      from = i + sep[0].length;
      i = from - 1;
    }
  }
  parts.push(text.slice(from));
  // (Groups kept apart by semicolons may each list several councillors: "Cllr A (Chair), Cllr B and Cllr C
  // (Deputy Chairs); Cllr D, Cllr E": each group is split again.)
  const councillors = (p: string) => (outsideBrackets(p).match(/\b(?:Cllr|Councillor)\b/g) ?? []).length;
  // (So may groups of people each with a post in brackets: "A (Programme Director), B (Adviser); online: C (…)".)
  const posted = (p: string) => (p.match(/\)\s*,\s*(?:and\s+)?[A-Z]/g) ?? []).length >= 1;
  return parts
    .flatMap((p) => (bySemicolon && (councillors(p) >= 2 || posted(p)) && !p.includes(";") ? splitOutsideBrackets(p) : [p]))
    // (A group's own word before its names, "online: C", says how they came, not who.)
    .map((p) => p.trim().replace(/\.$/, "").replace(/^(?:online|remotely|virtually|in person|in the room|by (?:tele)?phone)\s*:\s*/i, ""))
    .filter(Boolean)
    // ("Cllr A (online), for Cllr B": whom a substitute stood in for stays with the substitute.)
    .reduce<string[]>((out, p) => (out.length && /^(?:for|in place of|instead of)\s/i.test(p) ? [...out.slice(0, -1), `${out[out.length - 1]}, ${p}`] : [...out, p]), []);
}

/** The text with what is in brackets left out. */
const outsideBrackets = (text: string) => text.replace(/\([^()]*\)/g, "");

/** "Fri 11 Sept" in a line, in the given year, or the year before when that would be after `notAfter`. */
function dayWithoutYear(line: string, year: number, notAfter: string): string | undefined {
  const m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\b(?![\\s,]*\\d{4})`, "i").exec(line);
  const month = m ? monthNumber(m[2]!) : undefined;
  if (!m || !month || Number(m[1]) > 31) return undefined;
  const iso = isoDay(year, month, Number(m[1]));
  return iso > notAfter ? isoDay(year - 1, month, Number(m[1])) : iso;
}

/**
 * Minutes' lists: "Present:", "Apologies:", "In attendance:" labels with the people after them (list
 * items, lines, or names inline after the label), for the meeting the document records.
 */
/** Groups of people at a meeting who are not its members: officers, guests, observers. */
const IN_ATTENDANCE_GROUP = /\b(?:officers?|in attendance|also present|also attending|guests?|observers?|advisers?|secretariat)\b/i;

/**
 * A table of who came, grouped by its first column: under an attendance heading or title, some row's group
 * is "Apologies" or "Substitutes", and each group is named once with the rows under it left blank.
 */
function isGroupedAttendance(doc: StructuredDoc, index: number): boolean {
  const table = doc.tables[index]!;
  const rows = tableRows(doc, table);
  const firsts = rows.map((r) => (r.cells?.[0] ?? "").trim());
  const titled = [table.title ?? "", ...(rows[0]?.headings ?? [])].some((t) => /\battendance\b|\bpresent\b|\bwho attended\b/i.test(t));
  return titled && firsts.some((f) => /^(?:apologies|substitutes?)\b/i.test(f)) && firsts.some((f) => f === "") && rows.length >= 4;
}

/** The lists of a hearing's front page: who sat ("Before:", "Panel members:") and who gave evidence. */
const HEARING_LIST = /^(before|(?:panel|committee|board|task group) members|witnesses)\s*:$/i;

/** The title of the last meeting's note in a pack: "Note of the last meeting", "Minutes of the previous meeting". */
const LAST_MEETING_NOTE = /\b(?:notes?|minutes) of the (?:last|previous) meeting\b/i;

function attendanceLists(ctx: ExtractContext): AttendanceRecord[] {
  const { doc, meta } = ctx;
  // The meeting a list is of: the minutes' own meeting, or, in a record of several meetings, the date of
  // the heading (or line) it sits under ("Meeting of 14 October 2021").
  let meetingDate = meta.kind === "minutes" && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
  // An email's note of a meeting: the day its subject names ("… – Fri 11 Sept"), in the year it was sent;
  // the day it was sent only when the subject names none.
  const email = emailHeader(doc);
  const sentOn = email?.sent ? findFullDate(email.sent.text) : undefined;
  // (A note sent a day or so after the meeting it records, "Note of yesterday's meeting", keeps the
  // meeting's own day when the document is dated by it.)
  const daysAfter = meetingDate && sentOn ? (Date.parse(sentOn.iso) - Date.parse(meetingDate)) / 86_400_000 : -1;
  // (A subject giving the meeting's full date, "Draft minutes – … Panel, 22 September 2101", names it.)
  if (email && sentOn) meetingDate = findFullDate(email.subject ?? "")?.iso ?? dayWithoutYear(email.subject ?? "", Number(sentOn.iso.slice(0, 4)), sentOn.iso) ?? (daysAfter >= 0 && daysAfter <= 3 ? meetingDate : sentOn.iso);
  const records: AttendanceRecord[] = [];
  type List = "present" | "apologies" | "attendance" | "substitutes";
  let current: List | undefined;
  const above: { level: number; text: string }[] = [];
  // (In an agenda pack, the note of the last meeting is dated by a line just under its title: "Wednesday
  // 7 December 2095, 10.30am, Tamar Room".)
  let noteTitleAt = -1;
  // (A hearing's front page, "Witnesses:" on a line of its own and "Before:" over who chaired it.)
  const ownLines = doc.blocks.filter((b) => b.kind !== "row").map((b) => b.text.trim().toLowerCase());
  const hearing = ownLines.includes("witnesses:") && ownLines.includes("before:");
  // (Its witnesses, from "Witnesses:" to the next list's label: each noted as a witness.)
  const witnessBlocks = new Set<number>();
  if (hearing) {
    let on = false;
    for (const b of doc.blocks) {
      const listed = b.kind !== "row" ? HEARING_LIST.exec(b.text.trim()) : null;
      if (listed) on = /^witnesses/i.test(listed[1]!);
      else if (b.kind !== "row" && (labelField(headingWords(b.text.replace(/:\s*$/, ""))) || b.label?.name && labelField(b.label.name))) on = false;
      else if (on) witnessBlocks.add(b.index);
    }
  }
  for (const b of doc.blocks) {
    // ("Meeting: Thursday 16 September 2021, 11.00 am" as a label line names it too; an email's "Date:"
    // line does not.)
    if (b === email?.sent) continue;
    if (b.kind !== "row" && LAST_MEETING_NOTE.test(b.text) && b.text.length <= 120) noteTitleAt = b.index;
    const underNote = noteTitleAt >= 0 && b.index - noteTitleAt <= 3;
    if (meta.kind !== "minutes" && b.kind !== "row" && (!b.label || /\b(?:meeting|date)\b/i.test(b.label.name)) && b.text.length <= 120) {
      // (Not the next meeting's day, nor the meeting's that is to approve these minutes: "Draft – for approval
      // on 14 March 2164" under the title of a pack's note of the last meeting.)
      const dated = NEXT_MEETING.test(b.text) || FOR_APPROVAL.test(b.text) ? undefined : findFullDate(b.text);
      // (Or the document's own day on its opening lines: a seating plan's "Thursday 14 January 2382, 10:00 – Room 3".)
      if (dated && (b.kind === "heading" || /\bmeeting\b/i.test(b.text) || b.text.length <= 40 || underNote || (dated.iso === meta.date && b.index <= 3))) {
        meetingDate = dated.iso;
        current = undefined;
        continue;
      }
    }
    if (!meetingDate) continue;
    // A minutes' attendance table whose first column names each group on its first row ("Chair", "Members",
    // "Apologies", "LGA officers"; the rows under it left blank): every row is someone at the meeting or not.
    if (b.kind === "row" && b.table !== undefined && meta.kind === "minutes" && isGroupedAttendance(doc, b.table)) {
      const first = (b.cells?.[0] ?? "").trim();
      const f = first ? labelField(first.replace(/:$/, "")) : undefined;
      if (first) current = f === "apologies" || f === "substitutes" || f === "attendance" || f === "present" ? f : IN_ATTENDANCE_GROUP.test(first) ? "attendance" : "present";
      const rest = filled(b.cells).slice(first ? 1 : 0).join(" – ");
      if (current && rest) push(b, rest, current);
      continue;
    }
    // (A hearing's transcript opens with who sat, "Before:" the one in the Chair and "Panel members:", and
    // who gave evidence, "Witnesses:".)
    const hearingList = hearing && b.kind !== "row" ? HEARING_LIST.exec(b.text.trim()) : null;
    if (hearingList) {
      current = /^witnesses/i.test(hearingList[1]!) ? "attendance" : "present";
      continue;
    }
    // (A list's label may be a heading, or a line in capitals standing alone: "SUBSTITUTES".)
    // (Or a short line of its own naming the list, "Apologies for this meeting", set no larger than its entries.)
    const ownLine = b.kind === "text" && !b.list && b.text.length <= 40 && ATTENDANCE_LIST_FIELDS.has(labelField(headingWords(b.text)) ?? "");
    const field = b.label ? labelField(b.label.name) : b.kind === "heading" || /^[A-Z][A-Z ]{3,40}$/.test(b.text) || ownLine ? labelField(headingWords(b.text)) : undefined;
    if (field === "present" || field === "apologies" || field === "attendance" || field === "substitutes") {
      // "Substitutes:" in a membership list (an agenda pack's) names who may stand in, not who came: it is
      // an attendance list only beside the meeting's other lists.
      if (field === "substitutes" && !records.some((r) => r.meetingDate === meetingDate)) {
        current = undefined;
        continue;
      }
      current = field;
      // "Present: Councillors A (Chair), B and C; Apologies: Councillors D and E; Officers: …": several
      // lists in one sentence, each after its own label.
      const segments = (b.label?.value ?? "").split(/;\s*(?=[A-Z][A-Za-z ]{2,30}:\s)/);
      segments.forEach((segment, k) => {
        const labelled = k === 0 ? undefined : /^([A-Z][A-Za-z ]{2,30}):\s*(.*)$/s.exec(segment);
        const list = k === 0 ? field : labelField(labelled![1]!);
        if (list !== "present" && list !== "apologies" && list !== "attendance" && list !== "substitutes") return;
        const names = (k === 0 ? segment : labelled![2]!).replace(/^\s*(?:councillors|cllrs)\s+/i, "").replace(/\.\s*$/, "");
        for (const name of splitOutsideBrackets(names)) push(b, name, list);
      });
      continue;
    }
    // ("Members" over its list, under "Attendees": who was there.)
    // (Or under "Attendance", a wiki's sections: "Members", then "Officers and guests", who were in attendance.)
    const words = headingWords(b.text.replace(/^#+\s*/, "")).trim();
    // (A heading's own headings are those above it of a higher level.)
    if (b.kind === "heading") {
      while (above.length && above[above.length - 1]!.level >= (b.level ?? 3)) above.pop();
    }
    const underAttendance = [...(b.headings ?? []), ...(b.kind === "heading" ? above.map((h) => h.text) : [])].some((h) => labelField(h) === "present" || /^(?:attendance|attendees|who attended|who (?:was|were) (?:there|present)|who came)$/i.test(h.trim()));
    if (b.kind === "heading") above.push({ level: b.level ?? 3, text: words });
    if (!field && /^(?:members|councillors|(?:board|panel|committee) members)$/i.test(words) && (current === "present" || underAttendance)) {
      current = "present";
      continue;
    }
    if (!field && b.kind === "heading" && underAttendance && IN_ATTENDANCE_GROUP.test(words) && words.length <= 40) {
      current = "attendance";
      continue;
    }
    // (A list's entries a layout set apart as headings, "Cllr Jo Bloggs (Chair) (Con) – Wealdmoor District
    // Council" in bold under "PRESENT", are its entries still.)
    const entryAsHeading = current && b.kind === "heading" && b.text.length <= 200 && looksLikePerson(b.text.split(/\s+[–—-]\s+|,|\s\(/)[0]);
    // (A hearing's witnesses in groups, "Panel 1" over two and "Panel 2" over two more: the list goes on.)
    if (current === "attendance" && hearing && b.kind !== "row" && !b.label && /^(?:panel|session)\s+\d{1,2}$/i.test(b.text.trim())) continue;
    if ((b.kind === "heading" && !entryAsHeading) || (b.label && field)) {
      current = undefined;
      continue;
    }
    // A list's lines: list items, lines of text, or rows (a name beside a council or a post).
    const line = b.kind === "row" ? filled(b.cells).join(" – ") : b.text;
    const item = line.replace(/^\s*(?:[-*•·▪]|\d+[.)])\s*/, "");
    // (An item that says more after the name, "Cllr B Oakshott (Surrey). Cllr J Bettridge attended as his
    // substitute.": the name, and what it says of a substitute.)
    const [, named, said] = b.list ? (/^(.{3,100}?)\.\s+([A-Z].*)$/s.exec(item) ?? []) : [];
    // ("- Cllrs Osgathorpe, Gbadamosi, Brocklebank": one line naming several councillors, each present.)
    const several = current && b.kind !== "row" ? /^(?:Cllrs|Councillors)\.?\s+(\S.*)$/.exec(item)?.[1] : undefined;
    // ("Cllr A (Chair), Cllr B (Deputy Chair), Cllr C": a paragraph of councillors under the list's label.)
    const listed = current && b.kind !== "row" && !several ? splitOutsideBrackets(item) : [];
    const councillors = listed.length >= 2 && listed.every((n) => /^(?:Cllr|Councillor)\.?\s+[A-Z]/.test(n.trim())) && line.length <= 800 && !/[.;]$/.test(line);
    if (councillors) for (const name of listed) push(b, name.trim(), current!);
    else if (several && line.length <= 200 && !/[.;]$/.test(line)) for (const name of splitOutsideBrackets(several)) push(b, `Cllr ${name}`, current!);
    else if (current && (b.list || b.kind === "text" || b.kind === "row" || entryAsHeading) && line.length <= 200 && !/[.;]$/.test(line)) {
      // (A notes app's register is a list of check boxes: ticked, there; not ticked, not there, with the
      // apologies typed after the name or nothing.)
      const box = CHECK_BOX.exec(item);
      if (box) push(b, item.slice(box[0].length), current, undefined, /[xX☑☒]/.test(box[1] ?? box[2]!) ? undefined : "unticked");
      else push(b, item, current);
    }
    else if (current && named && said && line.length <= 300 && looksLikePerson(named)) push(b, named, current, said);
    else if (current) current = undefined;
  }
  return records;

  function push(b: Block, text: string, list: List, said?: string, unticked?: "unticked"): void {
    const item = parseListedPerson(text.trim());
    if (!item || POLITICAL_GROUP.test(item.display)) return;
    const person = personName(item.display);
    // ("Cllr Rufus Ormesher, for Cllr Ursula Blanchflower" under "Substitutes": whom he stood in for.)
    // (Or after the council it gives: "Harrowdene Council, for Cllr Horace Bellingdon".)
    const forWhom = [...item.rest, item.council ?? ""].map((p) => /(?:^|,\s*)(?:substitut\w*\s+)?(?:for|in place of|instead of)\s+(.+)$/i.exec(p)?.[1]).find(Boolean);
    const note =
      list === "substitutes"
        ? forWhom
          ? `substitute for ${forWhom}`
          : "substitute"
        : (item.rest.find((p) => /\bsubstitut|\bfor cllr|\bin place of\b/i.test(p)) ?? (said && /\bsubstitut/i.test(said) ? said.replace(/\.$/, "") : witnessBlocks.has(b.index) ? "witness" : undefined));
    if (unticked) {
      // (Not ticked: apologies if its line says so, "– apols, sub: Cllr …", else absent, nothing said.)
      const apologised = /\bapol(?:s|ogies|ogised)?\b/i.test(text);
      const group = apologised ? "Apologies" : "Absent";
      const sub = /\bsub(?:stitute)?d?\s*(?:by|:)?\s*((?:Cllr\.?|Councillor)\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})/u.exec(text)?.[1];
      records.push({
        type: "attendance",
        id: `${meta.docId}:attendance-${group.toLowerCase()}-${meetingDate}-${person}`,
        docId: meta.docId,
        ...(meta.board ? { board: meta.board } : {}),
        person,
        group,
        meetingDate: meetingDate!,
        meetingLabel: group,
        present: false,
        ...(item.role ? { role: item.role } : {}),
        ...(item.council && !/\bapol|\bsub\b/i.test(item.council) ? { council: item.council } : {}),
        ...(sub ? { note: `substituted by ${sub}` } : !apologised ? { note: "not ticked as present" } : {}),
        source: b.text,
        sourceStart: b.start,
        locator: blockLocator(b, [group], item.display),
      });
      return;
    }
    records.push({
      type: "attendance",
      id: `${meta.docId}:attendance-${list}-${meetingDate}-${person}`,
      docId: meta.docId,
      ...(meta.board ? { board: meta.board } : {}),
      person,
      group: list === "attendance" ? "In attendance" : list === "apologies" ? "Apologies" : list === "substitutes" ? "Substitutes" : "Present",
      meetingDate: meetingDate!,
      meetingLabel: list === "apologies" ? "Apologies" : list === "attendance" ? "In attendance" : "Present",
      present: list !== "apologies",
      ...(item.role ? { role: item.role } : {}),
      ...(item.council ? { council: item.council } : {}),
      ...(note ? { note } : {}),
      ...(doc.hints?.sideBySideLists ? { ownLine: true } : {}),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, [list === "apologies" ? "Apologies" : list === "attendance" ? "In attendance" : "Present"], item.display),
    });
  }
}

/** The lists of a meeting's register, by the label a list is given. */
const ATTENDANCE_LIST_FIELDS = new Set(["present", "apologies", "attendance", "substitutes"]);

/** A check box before a register's name: "[x] ", "[ ] " as markdown types it, "☑ " as a page shows it. */
const CHECK_BOX = /^\s*(?:\[([ xX])\]|([☐☑☒]))\s+/;

/** A person's line with an attendance field: "Cllr Jo Bloggs Deputy Chair Invite: Accepted Attendance: Online". */
const ATTENDANCE_FIELD_LINE = /^((?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3})\b(.*?)\s*\bAttendance:\s*(\S.*)$/u;

/**
 * A meeting app's list of attendees, one line a person, each with the note taker's "Attendance:" field
 * ("Present", "Online – joined 11:05 AM", "Apologies – substitute: Cllr X", "Absent – no apologies received")
 * beside what else the app says of them (a role, the calendar invite's answer, which is not attendance).
 */
function attendanceFieldLines(ctx: ExtractContext): AttendanceRecord[] {
  const { doc, meta } = ctx;
  const meetingDate = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
  if (!meetingDate) return [];
  const records: AttendanceRecord[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "row" || b.text.length > 300) continue;
    const m = ATTENDANCE_FIELD_LINE.exec(b.text.trim());
    if (!m) continue;
    const [, written, rest, field] = m;
    // (The name ends where what the app says of the person begins: a role, a post, the invite's answer.)
    const words = written!.split(/\s+/);
    const titled = /^(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?$/i.test(words[0]!) ? 1 : 0;
    let end = words.findIndex((w, k) => k >= titled + 2 && (JOB_TITLE_WORD.test(w) || /^(?:invite|substitute|chair|vice-chair|chief|note|guest|observer)$/i.test(w)));
    if (end < 0) end = words.length;
    const display = words.slice(0, end).join(" ");
    const between = `${words.slice(end).join(" ")}${rest}`;
    const head = field!.split(/\s+[–—-]\s+/)[0]!.trim();
    const present = /^(?:present|attended|online|in person|in the room|remote|virtual)/i.test(head) ? true : /^(?:apologies|absent|did not attend|not present)/i.test(head) ? false : undefined;
    const person = personName(display!);
    if (present === undefined || !person) continue;
    // (What the app says beside the name, the calendar's answer left out: "Deputy Chair", "Substitute for Cllr X".)
    const role = between.replace(/\bInvite:\s*\S+/i, "").replace(/\s+/g, " ").trim() || undefined;
    const group = (b.headings ?? []).slice(-1)[0];
    records.push({
      type: "attendance",
      id: `${meta.docId}:attendance-field-${meetingDate}-${person}`,
      docId: meta.docId,
      ...(meta.board ? { board: meta.board } : {}),
      person,
      ...(group ? { group } : {}),
      meetingDate,
      meetingLabel: "Attendance",
      present,
      ...(role ? { role } : {}),
      ...(field!.trim() !== head || !/^(?:present|apologies)$/i.test(head) ? { note: field!.trim() } : {}),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, [group ?? "Attendees"], display),
      // (Its line says it all, and the line above is another person's: quoted alone.)
      ownLine: true,
    });
  }
  return records;
}

export function extractAttendance(ctx: ExtractContext, consumed: Set<number>): AttendanceRecord[] {
  // (An invitation's guests are whom it invites, not who came.)
  if (ctx.doc.hints?.event) return [];
  const registers = [...attendeeExports(ctx), ...attendanceGrids(ctx, consumed), ...attendanceRegisters(ctx, consumed), ...attendanceLists(ctx), ...attendanceFieldLines(ctx)];
  // (A query's rows only where no register of the meeting already reads them, with its reasons and notes.)
  const exported = attendanceExports(ctx).filter((r) => !registers.some((x) => x.meetingDate === r.meetingDate && x.person === r.person));
  const listed = [...exported, ...registers];
  // (A sentence adds what the lists do not say: who sent apologies, whom a substitute stood in for.)
  const said: AttendanceRecord[] = [];
  for (const r of attendanceSentences(ctx)) {
    // (A sentence may name by surname alone, "Cllr Swinbourne", whom the list names in full.)
    const surnameOf = (name: string) => name.split(/\s+/).pop()!;
    const samePerson = (a: string, b: string) => a === b || (!/\s/.test(a) && surnameOf(b) === a) || (!/\s/.test(b) && surnameOf(a) === b);
    const same = listed.find((l) => samePerson(l.person, r.person) && l.meetingDate === r.meetingDate && l.present === r.present);
    if (!same) said.push(r);
    else if (r.note && (!same.note || same.note === "substitute")) same.note = r.note;
  }
  return [...listed, ...said];
}

/** Said of a substitute: "is substituting", "was standing in", "will be deputising". */
const SUBSTITUTING = String.raw`(?:is|was|will be|has been)\s+(?:substituting|subbing|standing in|deputising|sitting in)`;

/** A councillor named in running text: "Cllr Desmond Karunaratne", "Councillor Jo Bloggs". */
const NAMED_CLLR = String.raw`(?:Cllr|Councillor)\.?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ɏ'’-]+){0,3}`;

/**
 * Minutes that say it in sentences: "Apologies were received from Cllr A, Cllr B and Cllr C." and
 * "Cllr D attended as substitute for Cllr A, and Cllr E for Cllr B."
 */
function attendanceSentences(ctx: ExtractContext): AttendanceRecord[] {
  const { doc, meta } = ctx;
  const meetingDate = meta.kind === "minutes" && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
  if (!meetingDate) return [];
  const records: AttendanceRecord[] = [];
  const add = (b: Block, display: string, present: boolean, note?: string, role?: string) => {
    const person = personName(display);
    if (records.some((r) => r.person === person && r.present === present)) return;
    const group = role ? "Present" : present ? "Substitutes" : "Apologies";
    records.push({
      type: "attendance",
      id: `${meta.docId}:attendance-said-${meetingDate}-${person}-${role ? "chair" : present ? "sub" : "apologies"}`,
      docId: meta.docId,
      ...(meta.board ? { board: meta.board } : {}),
      person,
      group,
      meetingDate,
      meetingLabel: present ? "Present" : "Apologies",
      present,
      ...(role ? { role } : {}),
      ...(note ? { note } : {}),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, [group], display),
    });
  };
  const councillors = (text: string) => [...text.matchAll(new RegExp(NAMED_CLLR, "g"))].map((m) => m[0]);
  for (const b of doc.blocks) {
    if (b.kind === "row") continue;
    // ("Apologies were received from Cllr A …"; said in a meeting, "We've had apologies from Councillor A",
    // "Apologies also from Councillor B".)
    for (const apologies of b.text.matchAll(new RegExp(String.raw`\bapologies(?: for absence)?(?: (?:were|was|have been|had been) (?:received|given|submitted|tendered|made))?(?: also)? (?:from|by|on behalf of) ((?:[^.;]|;(?!\s*${NAMED_CLLR}\s+(?:attended|was present|sat|substitut)))+)`, "gi"))) {
      // (Not the substitute a clause names: "from Cllr A, for whom Cllr B attended as substitute, and …",
      // "from Councillor A, and Councillor B is substituting for him".)
      // (Nor one in brackets after the name: "from Cllr A (Cllr B substituting), Cllr C …"; B was there, for A.)
      const bracketed = new RegExp(`(${NAMED_CLLR})\\s*\\((${NAMED_CLLR})\\s+(?:substituting|subbing|deputising|as (?:a |his |her )?substitute|attending as (?:a )?substitute)\\)`, "g");
      for (const m of apologies[1]!.matchAll(bracketed)) add(b, m[2]!, true, `substitute for ${m[1]}`);
      // ("from Cllr A, for whom Cllr B substituted": B was there, for A.)
      const forWhom = new RegExp(`(${NAMED_CLLR}),?\\s+for whom\\s+(${NAMED_CLLR})\\s+(?:substituted|subbed|deputised|stood in|attended as (?:a |the )?substitute)`, "g");
      for (const m of apologies[1]!.matchAll(forWhom)) add(b, m[2]!, true, `substitute for ${m[1]}`);
      // ("from Cllr A - Cllr B subbing", as a clerk's notes put it: B was there, for A.)
      const dashed = new RegExp(`(${NAMED_CLLR})\\s*[-–—]\\s*(${NAMED_CLLR})\\s+(?:substituting|subbing|deputising|standing in|sitting in)\\b`, "g");
      for (const m of apologies[1]!.matchAll(dashed)) add(b, m[2]!, true, `substitute for ${m[1]}`);
      const apologising = apologies[1]!
        .replace(/\bfor whom\b[^,;]*/gi, " ")
        .replace(new RegExp(`(?:${NAMED_CLLR})\\s+(?:${SUBSTITUTING}|substituting|subbing|deputising|standing in|sitting in)\\b[^,;]*`, "g"), " ")
        .replace(bracketed, "$1");
      for (const name of councillors(apologising)) add(b, name, false);
    }
    // (Said plainly, as minutes in Easy Read do: "Cllr A and Cllr B could not come.", "Cllr C chaired the
    // meeting.", "Cllr D came instead of Cllr B.")
    const couldNot = new RegExp(`^((?:${NAMED_CLLR})(?:(?:,\\s*|,?\\s+and\\s+)(?:${NAMED_CLLR}))*) (?:could not|couldn['’]t|were unable to|was unable to) (?:come|attend|be there)\\b`).exec(b.text);
    if (couldNot) for (const name of councillors(couldNot[1]!)) add(b, name, false);
    const chaired = new RegExp(`^(${NAMED_CLLR}) (?:chaired the meeting|was in the chair|took the chair)\\b`).exec(b.text);
    if (chaired) add(b, chaired[1]!, true, undefined, "Chair");
    const subs = new RegExp(`(${NAMED_CLLR}) (?:(?:attended|was present|sat) as (?:a )?substitute for|came instead of|(?:attended|came|sat) in place of|(?:substituted|subbed|deputised|deputized|stood in) for) (${NAMED_CLLR})((?:,? and (?:${NAMED_CLLR}) for (?:${NAMED_CLLR}))*)`).exec(b.text);
    // ("Councillor B is substituting for him": him, the councillor named just before.)
    for (const m of b.text.matchAll(new RegExp(`(${NAMED_CLLR})\\s+${SUBSTITUTING} for (${NAMED_CLLR}|him|her|them)\\b`, "g"))) {
      const named = /^(?:him|her|them)$/.test(m[2]!) ? councillors(b.text.slice(0, m.index)).pop() : m[2]!;
      if (named) add(b, m[1]!, true, `substitute for ${named}`);
    }
    // ("…; Cllr B attended as her substitute": for the councillor named just before.)
    for (const m of b.text.matchAll(new RegExp(`(${NAMED_CLLR})\\s+(?:attended|was present|sat) as (?:his|her|their) substitute\\b`, "g"))) {
      const named = councillors(b.text.slice(0, m.index)).pop();
      if (named) add(b, m[1]!, true, `substitute for ${named}`);
    }
    if (subs) {
      add(b, subs[1]!, true, `substitute for ${subs[2]}`);
      for (const m of (subs[3] ?? "").matchAll(new RegExp(`(${NAMED_CLLR}) for (${NAMED_CLLR})`, "g"))) add(b, m[1]!, true, `substitute for ${m[2]}`);
    }
  }
  return records;
}
