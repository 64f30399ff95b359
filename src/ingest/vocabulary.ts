/**
 * The vocabulary of the genre, in one place: the words board papers, performance reports, registers,
 * membership lists and minutes use for their column headers, ratings, front-sheet labels and roles.
 * Everything that reads a document's structure by meaning asks here; nothing is keyed to one document.
 */

// ---------------------------------------------------------------------------------------------------
// Column headers

/** What a table column holds, read from its header's words. */
/** The words a body's name ends with: "… Board", "… Working Group". */
// ("Network" names a body only at the end of a name: "Heat Network Feasibility Fund" is no network.)
/**
 * Letters of people's names in patterns without the u flag: ASCII and the Latin accented letters
 * ("Gráinne", "Søren", "Łucja"), so that a name is not cut at its first accent ("Cllr Gr"). (The capitals'
 * range takes in Latin Extended-A whole, whose capitals and small letters alternate.)
 */
export const NAME_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž";
export const NAME_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ";
/** Particles between a forename and a surname ("Gráinne Ó Súilleabháin", "Anna de Vries"), each followed by a space. */
export const NAME_PARTICLE = String.raw`(?:(?:Ó|Ní|Nic|Mac|de|da|di|du|del|della|van|von|der|den|le|la|al|el|bin|ibn|ap)\s+)?`;

export const BODY_WORDS = "Board|Committee|Panel|Forum|Commission|Assembly|Cabinet|Sub-Committee|Group|Network(?!\\s+[A-Z])|Taskforce";
/** A body's name alone: "Dark Skies Working Group". */
export const BODY_NAME_LINE = new RegExp(`^(?:the\\s+)?([A-Z][\\w&',\\- ]{2,80}?\\s(?:${BODY_WORDS}))$`);

export type ColumnRole =
  | "ref"
  | "item"
  | "target"
  | "lead"
  | "status"
  | "progress"
  | "nextSteps"
  | "impactText"
  | "likelihood"
  | "impact"
  | "score"
  | "trend"
  | "mitigation"
  | "risk"
  | "name"
  | "council"
  | "organisation"
  | "group"
  | "role"
  | "page"
  | "budget"
  | "spend"
  | "forecast"
  | "variance"
  | "date"
  | "review"
  | "notes"
  | "email"
  | "phone"
  | "description";

/**
 * Header patterns, most specific first: a header takes the first role whose pattern it matches. Order
 * matters ("Residual score" is a score, "Risk owner" an owner, "Lead officer" a lead, "Impact on councils"
 * is prose about impact, not a 1-5 impact).
 */
export const COLUMN_PATTERNS: [ColumnRole, RegExp][] = [
  ["ref", /^(?:ref(?:erence)?\.?|no\.?|number|id|#|(?:risk|item|action|decision|indicator|kpi|measure|target) (?:ref(?:erence)?\.?|no\.?|number|id|code))$/i],
  // ("Since Oct", "Since last quarter": how a row moved since an earlier register; not "Since launch".)
  ["trend", /direction of travel|\btrend\b|\bmovement\b|change since|^direction$|^dot$|^since\s+(?:(?:the\s+)?(?:last|previous|prior)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|quarter\b)/i],
  // ("Current L", "Residual I": the factors by their letters.)
  ["likelihood", /^(?:(?:current|residual|inherent|gross|net)(?: risk| assessment)?\s+)?l$/i],
  ["impact", /^(?:(?:current|residual|inherent|gross|net)(?: risk| assessment)?\s+)?i$/i],
  ["score", /\bscore\b|\blikelihood\s*[x×*]\s*impact\b|\bimpact\s*[x×*]\s*likelihood\b|\brating \(?(?:i ?[x×*] ?l|l ?[x×*] ?i)\)?|\bi ?[x×*] ?l\b|\bl ?[x×*] ?i\b|\bseverity\b|^(?:residual|inherent|current|target|gross|net)(?: risk)?\b(?!\s*(?:date|deadline|month|year)\b|\s*(?:for\s+)?\(?(?:\d{2,4}|q[1-4])\b)(?!.*\b(?:likelihood|probability|impact|consequence)\b)/i],
  ["likelihood", /likelihood|probability/i],
  // ("Current assessment Impact": a factor under a spanning header.)
  ["impact", /^(?:(?:current|residual|inherent|gross|net|target)(?: assessment| risk)?\s+)?(?:impact|consequence)(?:\s*\(\s*1\s*[-–]\s*5\s*\))?$/i],
  ["impactText", /impact/i],
  // ("Health at Q2", "Project health": a report server's name for a rating.)
  // ("Band", "Risk band": a register's rating by its score's band, "Red".)
  ["status", /^(?:risk |score |rag )?band$|^(?:current )?state$|^(?:overall |project |programme |measure |schedule |cost |scope |budget |resources? |time |quality |benefits? )?health\b(?! and\b)|\bstatus\b|\brating\b|\brag\b|traffic light|\b(?:delivery )?confidence\b|on track|been achieved|achieved\??$|\bassessment\b|\bprogress rating\b|\bcolou?r\b/i],
  // ("Controls and next steps": a register's controls, with what comes next.)
  ["nextSteps", /^(?!.*\b(?:controls?|mitigat\w*)\b).*(?:next steps?|forward look|planned actions?|actions? (?:planned|for next))/i],
  ["mitigation", /mitigat|controls?\b|response(?!s)/i],
  // ("Position at 30 September 2027": where the measure stands, not a person's post.)
  // ("Update", not "Updated": when a row was last changed.)
  ["progress", /progress|commentary|update(?!d)|deliver(?!ables?)|comments?\b|narrative|what (?:has|have) (?:we|the)|^position (?:at|as at|to)\b/i],
  // ("Resource Names": whom a plan's task is given to.)
  ["lead", /\blead\b|owner|officer|manager|responsib|accountable|sponsor|\bboard\b|^assign(?:ed to|ees?)$|^resources?(?: names?)?$/i],
  // (Not "Rank among Panel councils": a position, not a council.)
  ["council", /^(?!rank\b|position\b|number of\b|no\.? of\b)(?:.*\bcouncils?\b|.*authority|.*\bla\b)/i],
  // ("Group", "Political group", "Party"; not a body named in the header, "Dark Skies Working Group".)
  ["group", /political group|\bparty\b|^\W*group\b/i],
  // ("Task Name", "Task title": a plan's task, what is to be done; not a person's name or post.)
  // ("Indicator name", "KPI title": the measure, not a person's name.)
  ["target", /^task(?:\s+(?:name|title))?$|^(?:indicator|measure|kpi|metric|pi)\s+(?:name|title|description)$/i],
  // ("Recipient Org:Name", "Supplier Name", "Organisation name": an organisation's name, as a grants file
  // or a spending file gives it, not a person's.)
  ["organisation", /\b(?:org|organi[sz]ations?|company|recipient|grantee|supplier|payee|charity|body|funder|provider|contractor|vendor)\b[\s:]*name$/i],
  ["role", /\brole\b|position|\btitle\b|office held|^attending as$|^capacity$/i],
  // (Not a thing's name: "Beneficiary Location:Name", "Project name", "Event name".)
  ["name", /^(?!.*\b(?:location|site|beneficiary|project|scheme|programme|grant|fund|event|file|document|product|course|workshop|ticket|risk)\b.*\bname\b)(?:.*\bname\b|.*councillor|.*\bmember\b|.*\bcllr\b|.*attendee|substitutes?$)/i],
  // ("Risk Name", "Risk: Risk Name": a register's short name for the risk.)
  ["risk", /^(?:the )?risk(?: description)?$|\brisk name$|risk description|description of risk|^risk (?:and|&) (?:consequences?|impact|effect|cause)s?$|^(?:risk|event) and consequence/i],
  ["page", /^pages?$/i],
  ["budget", /budget|allocation/i],
  ["spend", /spend|spent|actual|expenditure/i],
  ["forecast", /forecast|outturn|projected/i],
  ["variance", /variance|under ?spend|over ?spend|difference/i],
  // (A tracker's "Finish date", the day a work item is to be finished by.)
  ["review", /review|deadline|due\b|by when|target date|^finish date$/i],
  ["target", /target|outcome|objective|measure|priority|commitment|milestone|deliverable|\baction\b|\bkpi\b|\baim\b/i],
  ["item", /^(?:agenda )?item$|^minute (?:item|no\.?|number)$|^title$|^subject$|^paper$|^topic$/i],
  ["date", /^(?:meeting )?dates?$|^when$|^day$/i],
  ["email", /e-?mail/i],
  ["phone", /phone|tel\b|telephone|mobile/i],
  ["notes", /notes?|remarks|apologies/i],
  ["description", /description|details?|summary/i],
];

/** A column of a row's stage in its life, "State", "Stage", "Phase", "Lifecycle": words of no colour. */
export const STAGE_COLUMN = /\b(?:state|stage|phase|lifecycle)\b/i;

/** A database's abbreviations in field names: "cd" code, "nm" name, "dt" date, "txt" text, "desc" description. */
const FIELD_ABBREVIATIONS: Record<string, string> = { cd: "code", nm: "name", dt: "date", txt: "text", desc: "description", num: "number" };

/** A field name as words: "status_cd" is "status code", "lead_officer" "lead officer", "DueDate" "Due Date"; other headers as they are. */
export function fieldNameWords(header: string): string {
  // ("MeetingDate", "ActionStatus": a database's item names, words run together each with its capital.)
  if (/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(header.trim())) return header.trim().replace(/([a-z])(?=[A-Z])/g, "$1 ");
  if (!/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/.test(header.trim())) return header;
  return header
    .trim()
    .split("_")
    .map((w) => FIELD_ABBREVIATIONS[w.toLowerCase()] ?? w)
    .join(" ");
}

/** The role a header names, if any. */
export function columnRole(header: string): ColumnRole | undefined {
  const h = fieldNameWords(header.replace(/[:*]+$/, "")).replace(/\s+/g, " ").trim();
  if (!h) return undefined;
  return COLUMN_PATTERNS.find(([, re]) => re.test(h))?.[0];
}

// ---------------------------------------------------------------------------------------------------
// Ratings

/** Ratings, as the genre's colours: RAG plus the in-between grades, Blue for complete, and no rating. */
export const RATINGS = ["Green", "Amber/Green", "Amber", "Amber/Red", "Red", "Blue", "Not rated"] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * Rating words of the genre. A document's own key (legend) may map other words, or these differently;
 * its key wins. Matching is on the whole cell, case and punctuation aside.
 */
const RATING_WORDS: [Rating, RegExp][] = [
  ["Amber/Green", /^(?:a\s*\/\s*g|ag|amber\s*[/-]\s*green|green\s*[/-]\s*amber|g\s*\/\s*a)$/],
  ["Amber/Red", /^(?:a\s*\/\s*r|r\s*\/\s*a|ar|ra|amber\s*[/-]\s*red|red\s*[/-]\s*amber)$/],
  // (A performance system's PI statuses, Pentana's "OK", "Warning", "Alert", are green, amber and red.)
  ["Green", /^(?:g|green|on track|on course|on target|achieved|met|target met|good|ok|no concerns?|✔|✓|🟢|🟩)$/],
  ["Amber", /^(?:a|amber|yellow|🟠|🟡|🟧|🟨|some risk|at risk|needs attention|some concerns?|minor concerns?|partially (?:met|achieved)|behind schedule|slippage|slipping|delayed|warning)$/],
  ["Red", /^(?:r|red|🔴|🟥|off track|off course|not on track|off target|not (?:met|achieved)|missed|late|overdue|significant concerns?|major concerns?|serious concerns?|failed|alert|✗|✘)$/],
  ["Blue", /^(?:b|blue|🔵|🟦|complete|completed|done|closed|delivered|finished)$/],
  ["Not rated", /^(?:not rated|unrated|nr|n\/?a|tbc|tbd|not yet (?:rated|due|started)|not started|no rating|not scored|unscored|gr[ae]y|-|–|—)$/],
];

/** A rating word without the coloured dot or square set before it ("• At risk"): the dot is the word's swatch (a dot alone is a symbol a key may name). */
export const withoutSwatch = (label: string) => label.replace(/^\s*[•●○◦▪■□◆◇►▸‣⁃∙·]\s*(?=\S)/, "");

/**
 * A static-site generator's shortcode as the word it stands for: `{{< status "amber" >}}`, `{{% rag red %}}`
 * are "amber", "red" (the page renders them as the rating's dot).
 */
export const withoutShortcodes = (text: string) =>
  text
    // (A MyST or reStructuredText role, {bdg-danger}`Off track`, :guilabel:`Done`, is drawn as its words.)
    .replace(/(?:\{[\w:.-]+\}|:[\w:.-]+:)`([^`]*)`/g, "$1")
    .replace(/\{\{[<%]\s*[\w-]+\s+["']?([^"'{}<>%]*?)["']?\s*[>%]\}\}/g, "$1").replace(STATUS_EMOJI_SHORTCODE, (_whole, name: string) => STATUS_EMOJI[name]!);

/**
 * Emoji shortcodes a status may be written as (GitLab, GitHub, Slack): ":red_circle:" is the red dot the
 * page shows. The text keeps the shortcode (it is what the source says, and Slack shows it as the dot);
 * a rating is read from the emoji it stands for.
 */
export const STATUS_EMOJI: Record<string, string> = {
  red_circle: "🔴",
  large_red_circle: "🔴",
  orange_circle: "🟠",
  large_orange_circle: "🟠",
  yellow_circle: "🟡",
  large_yellow_circle: "🟡",
  green_circle: "🟢",
  large_green_circle: "🟢",
  blue_circle: "🔵",
  large_blue_circle: "🔵",
  purple_circle: "🟣",
  white_circle: "⚪",
  black_circle: "⚫",
  red_square: "🟥",
  orange_square: "🟧",
  yellow_square: "🟨",
  green_square: "🟩",
  blue_square: "🟦",
  white_check_mark: "✅",
  heavy_check_mark: "✔",
  x: "❌",
  warning: "⚠",
};
const STATUS_EMOJI_SHORTCODE = new RegExp(`:(${Object.keys(STATUS_EMOJI).join("|")}):`, "g");

const normalise = (cell: string) =>
  withoutSwatch(withoutShortcodes(cell))
    .replace(/<[^>]{0,40}>/g, "")
    .replace(/[*_]/g, "")
    .replace(/[.:;]+$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** A colour named with a shape, as a symbol's alt text says it ("Amber circle", "red dot"), perhaps with an arrow after it. */
export const SYMBOL_ALT_TEXT = /^(green|amber|yellow|red|blue|gr[ae]y)\s+(?:circle|dot|square|triangle|diamond|flag|icon|symbol|marker)(?:\s+[↑↓→←↗↘⬆⬇➡⬅])?$/;

/**
 * A group's line in a list printed grouped, as a mail client or a list app prints a grouped view:
 * "Categories: Clerk (1 item)", "Status: Completed (3 items)", after the mark drawn to fold the group
 * ("• Categories: (none) (2 items)"). The group's name is the second group.
 */
export const GROUP_ROW = /^(?:[•●▪▸▾▶►▼▿▹⊟⊞-]\s*)?([A-Z][\w %/&.-]{1,30}):\s+(\S.{0,80}?)\s*\(\d+\s+items?\)$/i;

/** A numbered period of the year, as a label names it: "Quarter 3", "Q2", "Period 9", "Half 1". */
export const PERIOD_NAME_SOURCE = String.raw`(?:Quarter|Qtr|Q|Period|Month|Half)\s?[1-9]\d?`;
export const PERIOD_NAME = new RegExp(`^${PERIOD_NAME_SOURCE}$`, "i");
/** The period's number: 3 of "Quarter 3". */
export const periodNumber = (name: string) => Number(/\d+$/.exec(name.trim())?.[0] ?? 0);

/** A document's own key: rating word (lower case) -> colour. */
export type RatingKey = Map<string, Rating>;

/** "(Red) OFF TRACK": a colour in brackets before a status's words; the colour, and the words. */
const LOZENGE = /^[([]\s*([a-z]{3,6})\s*[)\]]\s+(\S.{0,30})$/i;
/** A status lozenge's words without the colour written before them ("OFF TRACK"); any other cell as it is. */
export function withoutLozengeColour(cell: string): string {
  const m = LOZENGE.exec(cell.trim());
  return m && (colourRating(m[1]) || /^gr[ae]y$/i.test(m[1]!)) ? m[2]! : cell;
}

/** The rating a cell states, by the document's key first, then the genre's words. */
export function ratingOf(cell: string | undefined, key?: RatingKey): Rating | undefined {
  const c = normalise(cell ?? "");
  if (!c || c.length > 80) return undefined;
  // (A longer cell states a rating only as its first word or words and their gloss: "Overdue – letter with
  // the Chair for signature".)
  if (c.length > 40) {
    const lead = /^([^(–—:-]{1,20}?)\s*(?:–|—|-\s|:)/.exec(c)?.[1];
    return lead ? ratingOf(lead, key) : undefined;
  }
  const keyed = key?.get(c);
  if (keyed) return keyed;
  const found = RATING_WORDS.find(([, re]) => re.test(c))?.[0];
  if (found) return found;
  // "Red circle", "green dot ↑": a symbol's alt text, its colour named with its shape (and the arrow a
  // direction-of-travel column beside it printed into the same cell).
  const symbol = SYMBOL_ALT_TEXT.exec(c)?.[1];
  if (symbol) return ratingOf(symbol, key);
  // "93% (amber)", "1,018 (green)": a figure and its rating in brackets; the figure may say what it counts,
  // "4 weirs (red)", "97%, final for the winter (blue)", when the bracket is a colour (not "12 units (a)").
  const figured = /^[£$€]?\d[\d,.]*\s*%?\s*\(\s*([^()]{1,12}?)\s*\)$/.exec(c)?.[1];
  if (figured) return ratingOf(figured, key);
  const counted = /^[£$€]?\d[\d,.]*\s*%?(?:,?\s+[a-z]+){1,5}\s*\(\s*([^()]{1,12}?)\s*\)$/.exec(c)?.[1];
  if (counted && colourRating(counted)) return colourRating(counted);
  // "(Red) OFF TRACK": a status lozenge written as its colour in brackets and its words (a wiki's status
  // macro as text): the colour it shows.
  // (Its words say it first, "(Blue) IN PROGRESS" is in progress; a colour alone rates only a lozenge's
  // capitals, not "[Red] Lion Yard", and Blue, a wiki's colour for in progress, never says complete.)
  const lozenge = LOZENGE.exec(cell!.trim().replace(/[.:;]+$/, ""));
  if (lozenge && (colourRating(lozenge[1]) || /^gr[ae]y$/i.test(lozenge[1]!))) {
    const said = ratingOf(lozenge[2], key);
    if (said) return said;
    const colour = ratingOf(lozenge[1], key);
    return colour !== "Blue" && !/[a-z]/.test(lozenge[2]!) ? colour : undefined;
  }
  // "(G)", "[R]": a code in brackets.
  const bracketed = /^[([]\s*([^()[\]]{1,12}?)\s*[)\]]$/.exec(c)?.[1];
  if (bracketed) return ratingOf(bracketed, key);
  // "AMBER (at risk)", "Red – off track": the rating and its gloss.
  const head = /^([^(–—:-]+?)\s*(?:\(|–|—|-\s|:)/.exec(c)?.[1];
  return head && head !== c ? ratingOf(head, key) : undefined;
}

/** A colour word ("Green", "amber", "Blue") as a rating; the words of a key's colour column. */
export function colourRating(cell: string | undefined): Rating | undefined {
  const c = normalise(cell ?? "");
  const found = RATING_WORDS.find(([, re]) => re.test(c))?.[0];
  return found && /^(?:green|amber|red|blue|yellow|amber\s*[/-]\s*(?:green|red)|(?:green|red)\s*[/-]\s*amber|a\s*\/\s*[gr]|[gr]\s*\/\s*a)$/.test(c) ? found : undefined;
}

/** Rating words people use in questions, longest first: "off track", "some risk", "complete", "amber". */
export const QUESTION_RATING_WORDS: [RegExp, Rating][] = [
  // (Written as one grade, "amber/green" or "A/G"; "green / amber / red" is a list of three.)
  [/\b(?:amber[/-]green|a\/g)\b/i, "Amber/Green"],
  [/\b(?:amber[/-]red|red[/-]amber|a\/r|r\/a)\b/i, "Amber/Red"],
  [/\b(?:partially|partly) (?:achieved|met|delivered)\b/i, "Amber"],
  [/\bnot (?:achieved|met|delivered)\b/i, "Red"],
  [/\bnot yet due\b/i, "Not rated"],
  [/\b(?:off[- ](?:track|course)|not on track|off target)\b/i, "Red"],
  // ("Which milestones were missed?", "which commitments missed their Q2 milestone?")
  [/\b(?:were|was|been|are|is)\s+missed\b|\bmissed\s+(?:their |its |the |a )?(?:[\w'’-]+\s+){0,2}?(?:milestones?|targets?|deadlines?|due dates?)\b/i, "Red"],
  [/\b(?:on[- ](?:track|course)|on target)\b/i, "Green"],
  [/\b(?:some risk|at risk)\b/i, "Amber"],
  // "Complete" as a rating, not "a complete list" or "when was the review completed".
  [/\b(?:marked|rated|flagged|shown|listed|status(?: of)?|as|are|were|been)\s+(?:as\s+)?(?:complete|completed)\b|\b(?:complete|completed)\s+(?:objectives?|targets?|actions?|ones?|items?|outcomes?)\b|\b(?:anything|any|which|what)\b[^?]{0,40}\b(?:complete|completed|finished)\b|\b(?:are|were|been|is|was)\s+(?:now\s+)?(?:finished|done)\b(?!\s+(?:on|to|with|about)\b)|(?<!(?:n['’]t|\bnot|\bnever)\b[^?.!]{0,30})\b(?:out|sent|issued|published|done|finished|signed off|in place)\s+yet\b|\bblue\b(?!\s+badge)/i, "Blue"],
  // ("Which indicators hit target?": met, Green unless the report's key says otherwise.)
  [/\b(?:hit|met|reached|exceeded)\s+(?:(?:any|all|some|most) (?:of )?)?(?:the |their |its |our )?(?:[\w'’-]+\s+){0,2}targets?\b|\btargets? (?:were |was |been |have been )?(?:hit|met|reached|exceeded)\b/i, "Green"],
  [/\bnot (?:rated|scored)\b|\bun(?:rated|scored)\b|\b(?:isn[’']?t|aren[’']?t|wasn[’']?t|weren[’']?t) (?:rated|scored)\b/i, "Not rated"],
  // (Written in capitals only: "nr" is not a word people type for anything else, but stay safe.)
  [/\bNR\b/, "Not rated"],
];

/** Status labels that say a thing is late, by whatever word ("Delayed", "Late", "Overdue", "Behind schedule"). */
export const LATE_LABEL = /^(?:late|running late|delayed|overdue|behind(?: schedule)?|slipped|slipping|slippage)$/i;
/** A question asking which things are late: "which projects are running late?", "anything overdue?". */
export const ASKS_LATE = /\b(?:running late|late|delayed|overdue|behind schedule|slipp(?:ed|ing))\b/i;

// ---------------------------------------------------------------------------------------------------
// Labels of front sheets and minutes

export type LabelField =
  | "purpose"
  | "summary"
  | "recommendation"
  | "action"
  | "contact"
  | "name"
  | "position"
  | "phone"
  | "email"
  | "minutes"
  | "decision"
  | "present"
  | "apologies"
  | "attendance"
  | "declarations"
  | "substitutes"
  | "item"
  | "date"
  | "venue"
  | "nextMeeting"
  | "confidential";

/** A paper's details above its front sheet, which are not its title: "Meeting: …", "Report by: …", "Item: 4". */
/**
 * A transcript's turn heading: the speaker as the meeting app shows them and the time into the recording,
 * on a line of their own over what was said ("Delisle-Barker, Anouk   0:42", "18SS Room 5.2 (Teams Room)
 * 1:05:12").
 */
export const SPEAKER_STAMP = /^[^\n|:]{2,80}?\S\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/** An agenda item opened by its time in a meeting's recording (a webcast's chapter): "- 00:47:20 5 Joint Monitoring Hub …". */
export const RECORDING_CHAPTER = /^(?:[-*•]\s+)?\d{1,2}:\d{2}:\d{2}\s+(?=\d{1,2}[a-z]?\s+[A-Z])/;

/** A field that gives a paper's own title ("Report title: …", "Title: …"). */
export const TITLE_FIELD = /^(?:title|document|document title|report title|paper title)$/i;

export const FRONT_SHEET_DETAIL = /^(?:meeting|date(?: of (?:the )?meeting)?|agenda item|item(?: no\.?| number)?|report(?:ed)? (?:by|of|from|to)|report author|author|from|to|venue|time|board|committee|panel|classification|status|open or exempt|wards?(?: affected)?|key decision|period(?: covered)?|prepared by|presented by|lead (?:member|officer)|portfolio|paper|version|published|(?:date of )?publication(?: date)?|exempt(?: information)?|telephone|tel|phone|e-?mail)$/i;

export const LABEL_PATTERNS: [LabelField, RegExp][] = [
  ["purpose", /^purpose(?: of (?:the )?(?:report|paper))?$/i],
  ["summary", /^(?:executive )?summary$/i],
  // ("The Panel is asked to:", as a paper given in brief puts what it recommends.)
  ["recommendation", /^recommendations?$|^recommended$|^(?:the )?(?:panel|board|committee|task group|working group|group|forum|members|cabinet) (?:is|are) (?:asked|invited|recommended) to$/i],
  // ("What happens next": minutes in Easy Read say who will do what under it.)
  ["action", /^actions?(?: items?| points?| required| agreed| arising)?$|^follow[- ]?up (?:actions|tasks)$|^next steps$|^what (?:happens|will happen) next$|^who will do what$/i],
  ["contact", /^(?:contact officers?|contact|report author|author|lead officer|(?:drafted|prepared|written|created|compiled) by)$/i],
  ["name", /^name$/i],
  // ("Contact position", "Contact phone", "Contact email": a template's fields of the contact officer.)
  ["position", /^(?:contact (?:officer(?:['’]s)? )?)?(?:position|job title|title|role)$/i],
  ["phone", /^(?:contact (?:officer(?:['’]s)? )?)?(?:phone|tel(?:ephone)?|mobile)(?: no\.?| number)?$/i],
  ["email", /^(?:contact (?:officer(?:['’]s)? )?)?e-?mail(?: address)?$/i],
  ["minutes", /^minutes?$|^discussion$/i],
  ["decision", /^(?:decisions?|resolved(?: that(?: the (?:board|committee|panel))?)?|resolutions?|agreed|outcome|what we (?:decided|agreed))$/i],
  // ("Members in the room", "Members online (Teams)": a hybrid meeting's members, wherever they were.)
  // ("Who came to the meeting", "These councillors came to the meeting": minutes in Easy Read say it plainly.)
  ["present", /^(?:present|members present|attendees|attending|members (?:present |attending )?(?:in the room|in person|online|remotely|virtually)(?: \([^)]{1,30}\))?|who came(?: to the meeting)?|(?:these |the )?(?:councillors|members) (?:who )?came(?: to the meeting)?)$/i],
  ["apologies", /^(?:apologies(?: for absence| received| for (?:this|the|today's) meeting)?|who (?:could not|couldn['’]t|did not|didn['’]t) come(?: to the meeting)?)$/i],
  ["attendance", /^(?:in attendance|also (?:present|in attendance)|officers(?: present| in attendance)?|guests?|(?:these |the )?(?:staff|officers) (?:who )?came(?: to the meeting)?)$/i],
  ["declarations", /^declarations? of interests?$|^interests declared$/i],
  // ("Subs:", as a clerk types it.)
  ["substitutes", /^(?:substitutes?|subs)$/i],
  ["date", /^date$/i],
  ["venue", /^(?:venue|location|place|where)$/i],
  ["nextMeeting", /^(?:date of (?:the )?)?next (?:ordinary )?meeting$/i],
  ["confidential", /^is this report confidential\??$/i],
];

export function labelField(label: string): LabelField | undefined {
  // ("Recommendation(s)", "Contact officer(s)": the plural the label allows.)
  const l = label.replace(/[:*]+$/, "").replace(/\s+/g, " ").trim().replace(/\(s\)$/i, "s");
  return LABEL_PATTERNS.find(([, re]) => re.test(l))?.[0];
}

// ---------------------------------------------------------------------------------------------------
// Roles on boards

export const MEMBER_ROLES = ["chair", "vice-chair", "deputy chair", "lead member", "observer", "substitute", "member"] as const;
export type MemberRoleName = (typeof MEMBER_ROLES)[number];

/** The board role a phrase names ("Vice-Chairman", "(Deputy Chair)", "Lead Member", "Sub"). */
export function roleIn(text: string | undefined): MemberRoleName | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/\bdeputy\b/.test(t)) return "deputy chair";
  if (/\bvice[- ]?chair/.test(t)) return "vice-chair";
  if (/\bchair(?:man|woman|person)?\b/.test(t)) return "chair";
  if (/\blead member\b|\bspokes(?:person|man|woman)\b/.test(t)) return "lead member";
  if (/\bobserver\b/.test(t)) return "observer";
  if (/\bsubstitutes?\b|\bsubs?\b/.test(t)) return "substitute";
  if (/^(?:member|board member|councillor)$/.test(t.trim())) return "member";
  return undefined;
}

/** Political groups as lists shorten them: "Cllr Jo Bloggs (Lab) – Leeds City Council". */
export const GROUP_ABBREVIATIONS: Record<string, string> = {
  lab: "Labour",
  con: "Conservative",
  ld: "Liberal Democrat",
  "lib dem": "Liberal Democrat",
  libdem: "Liberal Democrat",
  ind: "Independent",
  grn: "Green",
  green: "Green",
  pc: "Plaid Cymru",
};

/** Political groups as the genre names them. */
export const POLITICAL_GROUP = /^(?:labour|conservative|liberal democrats?|lib dems?|independent|green(?: party)?|plaid cymru|snp|reform|uk ?ip|the independent group|independent group|non-aligned)(?:\s+group)?(?:\s*\(\d+\))?$/i;

// ---------------------------------------------------------------------------------------------------
// Attendance marks

/** A cell of an attendance grid: attended, did not, or not expected. */
export function attendanceMark(cell: string | undefined): boolean | null | undefined {
  const c = (cell ?? "").trim().toLowerCase();
  if (/^(?:yes|y|present|attended|✓|✔|☑|x)$/.test(c)) return c === "x" ? undefined : true;
  // ("Attended virtually", "Present (online)", "In person", "Present as substitute": there, one way or another.)
  if (/^(?:(?:present|attended|joined)\s*(?:\(|,|-|–)?\s*(?:virtually|remotely|online|in person|in the room|by (?:video|phone|teams|zoom)|via (?:teams|zoom)|as (?:a )?substitute)\)?|in person|in the room|online|virtual|remote)$/.test(c)) return true;
  if (/^(?:no|n|absent|apologies|apols?|did not attend|✗|✘|☒)$/.test(c)) return false;
  if (/^(?:–|-|—|n\/?a|not required|sub|substitute)$/.test(c)) return null;
  return undefined;
}

/** Words that begin a job title, so a name written before one without a comma ends there ("Jo Bloggs Adviser, …"). */
export const JOB_TITLE_WORD = /^(?:adviser|advisor|officer|manager|director|head|chief|senior|principal|programme|policy|lead|assistant|deputy|executive|co-?ordinator|analyst|consultant|secretary|governance|member|strategic|interim|acting|project|research|team|business|finance|communications|press|public)$/i;

// ---------------------------------------------------------------------------------------------------
// Logs' states (action logs, issue trackers, task cards)

/** A log's words for a closed item. */
export const CLOSED_LOG_STATE = /^(?:done|closed|complete|completed|resolved|cancell?ed|withdrawn|dropped|superseded|won'?t do)$/i;
/** A log's words for where an item stands, closed or open in one of a log's ways. */
export const LOG_STATE = /^(?:done|closed|resolved|cancell?ed|withdrawn|won'?t do|open|to do|in progress|blocked|on hold|waiting(?: on .+)?|backlog)$/i;
/** A status written alone on a card's line, as trackers tag it. */
export const STATUS_TAG = /^(?:open|overdue|done|complete|completed|closed|in progress|not started|on hold|blocked|cancell?ed|withdrawn|superseded|delayed|late|on track|at risk|off track)$/i;

/** A motion's result as minutes record it: "Carried", "Carried Unanimously", "Defeated (3 to 6)". */
export const MOTION_RESULT = /^(?:carried|defeated|lost|fell|not carried|withdrawn)(?:\s+unanimously)?(?:\s*\(\d+\s*(?:to|-|–)\s*\d+(?:,\s*\d+\s+abstentions?)?\))?\.?$/i;

/** A list's line of who changed an item and when: "Changed by Jo Bloggs, 12/5/2255 1:12 PM". */
export const AUDIT_LINE = /^(?:changed|added|deleted|removed|modified|created|edited) by\b/i;
