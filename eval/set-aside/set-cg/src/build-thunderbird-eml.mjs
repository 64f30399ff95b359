// Builds docs/uwtg-agenda-12-feb-and-draft-minutes-11-dec-thunderbird.eml and its rendering in text/.
// Layout: A PLAIN-TEXT E-MAIL SENT FROM MOZILLA THUNDERBIRD IN format=flowed (RFC 3676), saved as .eml
// from the Sent folder ("Save As… File"): Thunderbird's X-Mozilla-Status / X-Mozilla-Keys lines before the
// headers, a single text/plain part, "charset=UTF-8; format=flowed", 8bit, CRLF line ends. The clerk's
// reply-all to the Chair's message, carrying:
//  - a covering note (papers published today, THE CHANGED START TIME, the Chair's correction to minute 5,
//    an update of the December actions, a new member);
//  - THE AGENDA FOR 12 FEBRUARY TYPED AS A PADDED LIST (number, title, lead), one line an item;
//  - THE DRAFT MINUTES OF 11 DECEMBER 2701 typed in the body: attendance as "Present:", "Online:",
//    "Substitute:", "Apologies:", "Officers:", "In attendance:" paragraphs, numbered minutes with
//    "AGREED:" lines and action references, and an actions table typed with pipes and padded columns;
//  - a signature after "-- ", and the Chair's message quoted under it with "> " and Thunderbird's
//    attribution line ("On 27/01/2702 11:15, … wrote:"), still giving the figure the draft had before her
//    correction.
// What format=flowed does to it: every paragraph is cut into lines of at most 72 characters, each line
// but the last ending in a space (a soft break a flowed reader joins up again, a plain reader shows as a
// line end); lines that begin with a space or "From " are space-stuffed (one more space in front); a
// typed table's rows, longer than 72 characters, are soft-broken like prose, so a row runs over two or
// three lines; quoted lines carry "> " on each piece.
// Rendering: the From, Date, To, Cc and Subject headers, then the body as a flowed reader shows it: soft
// breaks joined, stuffing removed, quote marks dropped; a typed table row or agenda line as its cells
// (" | "), runs of padding taken as cell breaks; the signature kept.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-thunderbird-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, ROOM, OFFICERS as O, P, cllr, DEC, ACTIONS, OCT_OPEN, FIRE, BRIDGING, BRIDGING_DRAFT, PAPER, gbp } from "./common.mjs";

const FILE = DOCS.email;
const BASE = basename(FILE, extname(FILE));
const body = []; // flowed lines (without CRLF)
const out = []; // rendering lines

// ----- format=flowed writer
const stuff = (l) => (/^( |>|From )/.test(l) ? " " + l : l);
const flow = (para, prefix = "") => {
  const words = para.split(/(?<= )/); // keep the space at the end of each word
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (cur && (prefix + cur + w).replace(/ $/, "").length > 72) { lines.push(cur); cur = ""; }
    cur += w;
  }
  if (cur) lines.push(cur.replace(/ +$/, ""));
  // every line but the last ends in one space (soft break)
  return lines.map((l, i) => (prefix ? prefix + stuff(l) : stuff(l)) + (i < lines.length - 1 && !l.endsWith(" ") ? " " : ""));
};
const P_ = (text, render = text) => { body.push(...flow(text)); if (render !== null) out.push(render); };
const B = () => body.push("");
// a typed line with padded columns: sent as one flowed paragraph, rendered as its cells
const cellPad = (c, w) => c + " ".repeat(Math.max(2, w - c.length));
const pad = (cells, widths) => cells.map((c, i) => (i < widths.length ? cellPad(c, widths[i]) : c)).join("").replace(/ +$/, "");
const TL = (cells, widths, sep = "") => {
  const line = sep ? cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i] - 1) + " " : c)).join(sep).replace(/ +$/, "") : pad(cells, widths);
  body.push(...flow(line));
  out.push(cells.map((c) => c.trim()).filter((c) => c !== "").join(" | "));
};

// ----- headers
const SUBJECT = "Re: UWTG draft minutes of 11 December - and agenda for 12 February";
const members = Object.values(P).filter((p) => p.title !== "Substitute Member" && !p.end && p.email);
const HEAD = [
  "X-Mozilla-Status: 0001",
  "X-Mozilla-Status2: 00000000",
  "X-Mozilla-Keys:                                                                                 ",
  "Message-ID: <8c2f4e1a-6b3d-4f0e-a9d2-71c5b0e3f8a4@local.gov.uk>",
  "Date: Thu, 30 Jan 2702 16:42:07 +0000",
  "MIME-Version: 1.0",
  "User-Agent: Mozilla Thunderbird",
  "Subject: " + SUBJECT,
  "Content-Language: en-GB",
  "To: " + members.map((p) => `${p.fore} ${p.sur} <${p.email}>`).join(",\r\n "),
  "Cc: " + [O.ptolemy, O.saoirse, O.kwabena, O.rosalind].map((o) => `${o.name} <${o.email}>`).join(",\r\n "),
  "References: <a41d7c02-93e5-4b8f-b1c6-5e2d0f9a7b31@tarnmoor.gov.uk>",
  "In-Reply-To: <a41d7c02-93e5-4b8f-b1c6-5e2d0f9a7b31@tarnmoor.gov.uk>",
  `From: ${O.elspeth.name} <${O.elspeth.email}>`,
  "Content-Type: text/plain; charset=UTF-8; format=flowed",
  "Content-Transfer-Encoding: 8bit",
];
out.push(`From: ${O.elspeth.name} <${O.elspeth.email}>`, "Date: Thu, 30 Jan 2702 16:42:07 +0000", "Subject: " + SUBJECT);

// ----- covering note
P_("Dear members,");
B();
P_("The papers for the meeting on Wednesday 12 February 2702 were published on the committee system today. Please note the later start: the meeting now begins at 1.30pm, not 10.30am as minute 9 below says, in Room 2.4, 18 Smith Square, with Teams for anyone joining online.");
B();
P_(`The draft minutes of 11 December are below; they are item 2 on the agenda. I have made the Chair's correction to minute 5: the bridging funding agreed was ${gbp(BRIDGING)}.`);
B();
P_("Action update since 11 December: UWA-32, UWA-34, UWA-35, UWA-36 and UWA-38 are done. UWA-33 (the firebreak contracts) is in hand and the extensions will be signed by Friday 7 February; UWA-31 comes to item 5, and UWA-37 is due in April.");
B();
P_(`We welcome ${cllr("scholefield")} (Labour, Ottermere City Council), appointed by the Board from 4 January 2702 in place of ${cllr("ruthvenson")}.`);
B();
P_("From 12 February the action log will be kept on the committee system rather than in these e-mails.");
B();

// ----- agenda
P_(`AGENDA - ${BODY}, Wednesday 12 February 2702, 1.30pm`);
B();
const AG = [
  ["1.", "Apologies, substitutes and declarations of interest", "Chair"],
  ["2.", "Minutes of 11 December 2701 (draft below)", "Chair"],
  ["3.", "Action log", O.elspeth.name],
  ["4.", `Membership: welcome to ${cllr("scholefield")}`, "Chair"],
  ["5.", "Quarter 3 performance and risk register, with the UWM-02 recovery plan (UWA-31)", O.ptolemy.name],
  ["6.", `${PAPER.title} (key decision)`, O.saoirse.name],
  ["7.", "Wildfire Wise: secondary schools (verbal update)", cllr("oyewusi")],
  ["8.", "Forward plan", O.ptolemy.name],
  ["9.", "Any other business; date of next meeting (Wednesday 16 April 2702)", ""],
];
for (const a of AG) TL([" " + a[0], a[1], a[2]], [5, 56]);
B();
P_("Item 6 is a key decision; the paper's contact officer is Saoirse Sedgeworth.");
B();

// ----- draft minutes
P_("DRAFT MINUTES - subject to approval on 12 February 2702");
B();
P_(BODY);
P_(`Wednesday 11 December 2701, 10.30am, ${ROOM} and Microsoft Teams`);
B();
const role = { pendleberry: " (Chair)", haverthwaite: " (Vice-Chair)", braithby: " (Deputy Chair)" };
P_(`Present: ${DEC.present.map((k) => cllr(k) + (role[k] ?? "")).join(", ")}`);
P_(`Online: ${DEC.online.map(cllr).join(", ")}`);
P_(`Substitute: ${cllr(DEC.sub.k)} for ${cllr(DEC.sub.for)}`);
P_(`Apologies: ${DEC.apologies.map(cllr).join(", ")}`);
P_(`Officers: ${O.ptolemy.name} (Programme Manager), ${O.saoirse.name} (Senior Adviser, Fire Prevention), ${O.kwabena.name} (Finance Business Partner), ${O.elspeth.name} (clerk)`);
P_(`In attendance: Hamish Snaizeholme, Area Manager (Prevention), Tarnmoor Fire and Rescue Service (item 7)`);
B();
const MIN = [
  ["1. Apologies, substitutes and membership", [
    `1.1 Apologies were received from Cllr Langhorne, for whom Cllr Pickersleigh substituted, and from Cllr Garsdale.`,
    `1.2 The Chair reported that ${cllr("ruthvenson")} stood down from the Task Group on 30 November 2701 and thanked him for his work.`,
    "AGREED: to ask the Board to appoint a member in his place (UWA-38).",
  ]],
  ["2. Declarations of interest", [
    "2.1 Cllr Stanghow declared an interest in item 5 as a member of the Fellhaven Commoners' Association, whose firebreak contract is one of those to be extended. He left the room for that item and did not vote.",
    "2.2 Cllr Odukoya declared an interest in item 6: her employer, Heatherleigh Outdoor Supplies, sells disposable barbecues. She took no part in the item and did not vote.",
  ]],
  ["3. Minutes and action log", [
    "3.1 The minutes of 16 October 2701 were agreed as a correct record.",
    `3.2 Of the actions from 16 October (UWA-24 to UWA-30), five are complete. ${OCT_OPEN[0]} (the peat restoration contractor framework) is carried forward to February, and ${OCT_OPEN[1]} (the Chair's letter to the Minister for Rural Affairs on moorland burning rules) has had no reply.`,
  ]],
  ["4. Quarter 2 performance and risk register", [
    "4.1 Ptolemy Wrathmell introduced the quarter 2 report: three measures on track, three at risk, two off track, one complete and one (UWM-10, response times) with no data yet. UWM-02, hectares burned, is off track at 2,140 against a target of 1,500 or fewer.",
    "4.2 Members asked for a recovery plan for UWM-02 and for the fire and rescue services to be pressed for response-time data.",
    "AGREED: to note the report and the risk register (actions UWA-31 and UWA-32).",
  ]],
  ["5. Firebreak maintenance: bridging funding", [
    "5.1 Kwabena Fairholt reported that funding for the firebreak maintenance contracts ends on 31 March 2702 (risk UWR-05) and that 85 km of firebreak would go unmanaged without it.",
    `AGREED: to release ${gbp(BRIDGING)} from the programme contingency to extend the firebreak maintenance contracts to 30 September 2702 (action UWA-33).`,
  ]],
  ["6. Disposable barbecues and open fires on moorland", [
    "6.1 Saoirse Sedgeworth reported that two councils had left the voluntary agreement with retailers on disposable barbecues, and set out the option of a Public Spaces Protection Order (PSPO) banning fires and barbecues on open moorland.",
    "6.2 Cllr Tennyhurst proposed instead that councils be asked to stop the sale of disposable barbecues altogether; there was no seconder.",
    "AGREED (8 for, 1 against): to ask officers to bring a PSPO pilot proposal, with an options appraisal, to the meeting on 12 February 2702, covering Tarnmoor, Fellhaven and Skelldale (actions UWA-34 and UWA-35). Cllr Tennyhurst voted against; Cllr Odukoya did not vote.",
  ]],
  ["7. The Fellhaven Moor fire: presentation", [
    `7.1 Hamish Snaizeholme presented the debrief of the ${FIRE.name} of ${FIRE.date}: ${FIRE.ha} hectares burned over ${FIRE.days} days; ${FIRE.appliances} appliances and 64 firefighters attended; the fire started from a disposable barbecue near the Scar Top car park.`,
    "AGREED: to thank Mr Snaizeholme and to circulate the debrief to members (action UWA-36).",
  ]],
  ["8. Wildfire Wise schools programme", [
    "8.1 Cllr Oyewusi reported that more than 80 primary schools had had a Wildfire Wise session this year.",
    "AGREED: to extend Wildfire Wise to secondary schools from September 2702, subject to a scoping report in April (action UWA-37).",
  ]],
  ["9. Date of next meeting", [
    `9.1 Wednesday 12 February 2702 at 10.30am, ${ROOM}.`,
  ]],
];
for (const [head, paras] of MIN) {
  P_(head);
  for (const p of paras) P_(p);
  B();
}
P_("ACTIONS FROM 11 DECEMBER 2701");
B();
const W = [7, 4, 60, 19];
TL(["Ref", "Min", "Action", "Owner", "Due"], W, "| ");
body.push("-------+----+" + "-".repeat(59) + "+" + "-".repeat(19) + "+-----------");
for (const a of ACTIONS) TL([a.ref, a.min, a.action, O[a.owner].name, a.due], W, "| ");
B();
P_("Kind regards,");
B();
P_(O.elspeth.fore);
B();
// ----- signature and quote
body.push("-- ");
out.push("--");
P_(O.elspeth.name);
P_(`${O.elspeth.post} | Local Government Association`);
P_(`18 Smith Square, London SW1P 3HZ | ${O.elspeth.phone}`);
B();
P_(`On 27/01/2702 11:15, Araminta Pendleberry wrote:`);
const QUOTE = [
  "Elspeth,",
  "",
  `Thank you - the draft is fine apart from minute 5. It says we agreed ${gbp(BRIDGING_DRAFT)}, but we agreed ${gbp(BRIDGING)} so that the contracts run to the end of September. Please correct it before it goes out with the February papers.`,
  "",
  "Araminta",
  "",
  "Cllr Araminta Pendleberry",
  `Chair, ${BODY}`,
];
for (const q of QUOTE) {
  if (q === "") { body.push(">"); continue; }
  body.push(...flow(q, "> "));
  out.push(q);
}
body.push("");

const eml = HEAD.join("\r\n") + "\r\n\r\n" + body.join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), eml);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
