// Builds docs/markets-street-trading-panel-minutes-2027-07-14.txt (draft minutes of the LGA Markets and Street
// Trading Panel, Wednesday 14 July 2027, to be confirmed on 13 October 2027) and its rendering
// text/markets-street-trading-panel-minutes-2027-07-14.txt (one paragraph per line).
//
//   node src/build-minutes-txt.mjs
//
// Layout: a plain-text paper WITH NUMBERED SECTIONS, as a committee system prints minutes to text: a centred
// title block; an ATTENDANCE BLOCK in groups under capitalised labels on lines of their own (MEMBERS,
// SUBSTITUTES, APOLOGIES, IN ATTENDANCE, OFFICERS), each row TWO SPACE-ALIGNED COLUMNS: the name with the role
// in brackets, and the council with the political group abbreviated in brackets (or an officer's job title); then sections "1   WELCOME, APOLOGIES AND
// SUBSTITUTES" (number, three spaces, title in capitals) with DECIMAL-NUMBERED PARAGRAPHS 1.1, 1.2 … HARD-WRAPPED
// AT 78 COLUMNS WITH A HANGING INDENT (continuation lines indented under the text, not the number);
// "Resolved: that the Panel" with (a)–(d) lines indented further; ACTIONS AS BRACKETED TAGS AT THE END OF A
// PARAGRAPH OR ON THEIR OWN LINE, "[Action: Name to …, by date]", with no action numbers (the wiki action log
// numbers them); a chair change noted in brackets between paragraphs; declarations as a numbered section.
// Rendering: the title lines; each attendance label as a line, then its rows as "name | council"; each numbered
// paragraph unwrapped onto one line with its number; (a)–(d) lines one a line; bracketed notes as lines.
// Synthetic test fixture: the people, decisions and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "markets-street-trading-panel-minutes-2027-07-14";
const WIDTH = 78;

const TITLE = [
  "LOCAL GOVERNMENT ASSOCIATION",
  "MARKETS AND STREET TRADING PANEL",
  "Minutes of the meeting held on Wednesday 14 July 2027, 11.00am to 1.05pm",
  "18 Smith Square, London SW1P 3HZ, and online",
  "DRAFT – to be confirmed at the meeting on Wednesday 13 October 2027",
];
const ATT = [
  ["Members", "Cllr Rosalind Stobbart (Chair)", "Bury Council (Lab)"],
  ["", "Cllr Anselm Tregoning (Vice-Chair)", "Cornwall Council (Con)"],
  ["", "Cllr Farida Ombler (Deputy Chair)", "Eastleigh Borough Council (LD)"],
  ["", "Cllr Wendy Pocklington (Deputy Chair)", "Ashfield District Council (Ind)"],
  ["", "Cllr Hamish Blenkiron", "North Northamptonshire Council (Con)"],
  ["", "Cllr Tariq Bhamji (online)", "Leicester City Council (Lab)"],
  ["", "Cllr Cerys Vallance", "Stroud District Council (Green)"],
  ["", "Cllr Barnaby Hurrell", "Cheltenham Borough Council (LD)"],
  ["Substitutes", "Cllr Marcus Fenwright (for Cllr Drabble)", "Lincolnshire County Council (Con)"],
  ["", "Cllr Oona Blackledge (for Cllr Spurway)", "Preston City Council (Lab)"],
  ["Apologies", "Cllr Lorcan Drabble", "Shropshire Council (Con)"],
  ["", "Cllr Imelda Spurway", "Bristol City Council (Lab)"],
  ["In attendance", "Dr Nkechi Mottershead (item 6)", "Hallamshire Retail Research"],
  ["Officers", "Solveig Harrop", "Head of Place Programmes"],
  ["", "Declan Pashley", "Programme Manager, Markets Programme"],
  ["", "Ruth Attwooll", "Senior Adviser (Markets and High Streets)"],
  ["", "Bryony Scragg", "Adviser (Licensing)"],
  ["", "Nasrin Yeadon", "Net Zero Adviser"],
  ["", "Ottilie Mowbray (item 7)", "Communications Officer"],
  ["", "Marguerite Lusted", "Member Services Officer"],
];
// sections: [number, title, [paragraphs]]; a paragraph is [num, text] or ["note", text] or ["sub", text]
const SECTIONS = [
  ["1", "WELCOME, APOLOGIES AND SUBSTITUTES", [
    ["1.1", "The Chair welcomed members, in particular Cllr Cerys Vallance, who was attending her first meeting since joining the Panel in June 2027."],
    ["1.2", "Apologies and substitutes were as listed above."],
    ["1.3", "The Chair reported that Cllr Lorcan Drabble would stand down from the Panel at the end of August 2027, having joined Shropshire Council's cabinet. Members thanked him in his absence. The Conservative Group intends to nominate Cllr Marcus Fenwright, at present a substitute, to take his place from 1 September 2027. [Action: Marguerite Lusted to ask the Conservative Group office for a new substitute nomination, by 13 October 2027]"],
  ]],
  ["2", "DECLARATIONS OF INTEREST", [
    ["2.1", "Cllr Rosalind Stobbart declared an interest in item 5, Market Traders' Start-up Fund: round 2 criteria, because Bury Council intended to bid in round 2. She left the room for that item and the Vice-Chair took the chair."],
    ["2.2", "Cllr Hamish Blenkiron declared that he is an unpaid director of Kettering Market Community Interest Company. The clerk advised that this was not a disclosable interest for any item on the agenda, and he remained for the whole meeting."],
    ["2.3", "No other interests were declared."],
  ]],
  ["3", "MINUTES OF THE MEETING ON 17 MARCH 2027", [
    ["3.1", "The minutes of the meeting held on 17 March 2027 were agreed as a correct record."],
    ["3.2", "Matters arising: the data-sharing protocol with the Association of Market Operators remains outstanding, as the Association's lawyers have asked for changes."],
  ]],
  ["4", "STREET TRADING LICENSING TOOLKIT: DRAFT FOR COMMENT", [
    ["4.1", "Bryony Scragg, Adviser (Licensing), introduced the draft toolkit. It covers street trading consents and licences, designating streets, setting fees, enforcement and the separate London regime, with 14 case studies from councils."],
    ["4.2", "Members discussed fees. Cllr Hurrell said that some councils charged more than £2,000 a year for a consent while their neighbours charged less than £200, and asked that the toolkit explain how fees may lawfully be set. Cllr Vallance asked for a section on pedlars' certificates. Cllr Pocklington asked that traders' bodies be asked to comment before the toolkit is published."],
    ["4.3", "Resolved: that the Panel"],
    ["sub", "(a) comments on the draft toolkit as recorded above;"],
    ["sub", "(b) asks members to send any further comments to Bryony Scragg by 8 September 2027; and"],
    ["sub", "(c) agrees that the toolkit be published by 30 September 2027."],
    ["4.4", "[Action: Bryony Scragg to circulate the draft toolkit in Word to all members, by 31 August 2027]"],
  ]],
  ["5", "MARKET TRADERS' START-UP FUND: ROUND 2 CRITERIA", [
    ["note", "(Cllr Anselm Tregoning, Vice-Chair, in the chair for this item)"],
    ["5.1", "Ruth Attwooll, Senior Adviser (Markets and High Streets), introduced the report. Round 1 had awarded £180,000 to 11 councils in June 2027, and 31 new traders had started trading by 30 June 2027."],
    ["5.2", "Members agreed that the Fund should continue not to pay for building works or refurbishing stalls, and that bids should show how new traders would be kept on after the free rent period. Cllr Bhamji, lead member for the Fund, asked that bids from markets with many empty stalls be given priority."],
    ["5.3", "Resolved: that the Panel agrees the round 2 criteria:"],
    ["sub", "(a) bids of between £10,000 and £30,000;"],
    ["sub", "(b) match funding of at least 15 per cent;"],
    ["sub", "(c) bids scored out of 50 against need, number of new traders, stall availability, mentoring offer and value for money; and"],
    ["sub", "(d) the round to open on 26 July and close on 10 September 2027."],
    ["5.4", "[Action: Ruth Attwooll to publish the criteria and bid form, by 26 July 2027]"],
    ["note", "(Cllr Rosalind Stobbart returned to the meeting and resumed the chair.)"],
  ]],
  ["6", "MARKET HALL DECARBONISATION SURVEY", [
    ["6.1", "Dr Nkechi Mottershead of Hallamshire Retail Research presented the survey design. The survey was sent on 5 July 2027 to the 80 councils that own a covered market hall and will close on 29 September 2027. By 12 July, nine councils had responded."],
    ["6.2", "Cllr Ombler, lead member, was concerned at the slow early response. She asked officers to set out options for reopening or extending the survey if fewer than 60 councils had responded by the closing date."],
    ["6.3", "Resolved: that the Panel notes the survey design and timetable."],
    ["6.4", "[Action: Nasrin Yeadon to report options for reopening the survey to the October meeting, by 13 October 2027]"],
  ]],
  ["7", "NATIONAL MARKETS FORTNIGHT 2027", [
    ["7.1", "Ottilie Mowbray, Communications Officer, reported that the Fortnight would run from 4 to 18 September 2027 under the theme \"Meet me at the market\". 96 councils had signed up so far."],
    ["7.2", "Resolved: that the Panel notes the plans, and that each member promotes the Fortnight in their own council."],
    ["7.3", "[Action: Ottilie Mowbray to send all members the Fortnight media pack, by 20 August 2027]"],
  ]],
  ["8", "ANY OTHER BUSINESS", [
    ["8.1", "Cllr Drabble had offered, by email, to host a members' visit to Shrewsbury Market Hall in the autumn. Members welcomed the offer. [Action: Marguerite Lusted to arrange the visit, by 30 November 2027]"],
    ["8.2", "Cllr Pocklington suggested that the chair of the Association of Market Operators be invited to speak to the Panel. [Action: Marguerite Lusted to send the invitation, by 30 September 2027]"],
    ["8.3", "The next meeting will be held on Wednesday 13 October 2027 at 11.00am."],
  ]],
];
const CLOSE = "The meeting closed at 1.05pm.";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TITLE, SECTIONS]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const actions = JSON.stringify(SECTIONS).match(/\[Action: /g).length;
if (actions !== 7) throw new Error("actions " + actions);

const wrap = (text, first, rest) => {
  const words = text.split(" ");
  const lines = [];
  let cur = first;
  let empty = true;
  for (const w of words) {
    if (!empty && cur.length + 1 + w.length > WIDTH) {
      lines.push(cur);
      cur = rest + w;
    } else {
      cur += (empty ? "" : " ") + w;
    }
    empty = false;
  }
  lines.push(cur);
  return lines;
};
const out = [];
for (const t of TITLE) out.push(" ".repeat(Math.max(0, Math.floor((WIDTH - t.length) / 2))) + t);
out.push("", "");
for (const [a, b, c] of ATT) {
  if (a) out.push(...(out[out.length - 1] !== "" ? [""] : []), a.toUpperCase());
  out.push(("  " + b.padEnd(42) + c).trimEnd());
}
out.push("");
for (const [n, title, paras] of SECTIONS) {
  out.push("", `${n}   ${title}`, "");
  for (const [k, t] of paras) {
    if (k === "note") out.push(...wrap(t, "      ", "      "));
    else if (k === "sub") out.push(...wrap(t, "          ", "              "));
    else out.push(...wrap(t, k.padEnd(6), "      "));
    if (k !== "sub" || /\.$/.test(t)) out.push("");
  }
}
out.push("", CLOSE, "", "Chair ....................................    Date ..................", "");
for (const l of out) if (l.length > (/^  \S/.test(l) ? 86 : WIDTH)) throw new Error("too wide: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), out.join("\n"));

const R = [...TITLE];
for (const [a, b, c] of ATT) R.push(...(a ? [a.toUpperCase()] : []), `${b} | ${c}`);
for (const [n, title, paras] of SECTIONS) {
  R.push(`${n} ${title}`);
  for (const [k, t] of paras) R.push(k === "note" || k === "sub" ? t : `${k} ${t}`);
}
R.push(CLOSE);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${out.length} lines) and text/${BASE}.txt (${R.length} lines); ${actions} actions`);
