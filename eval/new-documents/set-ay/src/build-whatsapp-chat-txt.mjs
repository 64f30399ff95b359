// Builds docs/ldap-whatsapp-chat-chair-and-leads-2124-03.txt and its rendering in text/.
// Layout: A WHATSAPP GROUP CHAT EXPORTED "WITHOUT MEDIA" FROM AN ANDROID PHONE (More > Export chat), as
// kept for the record by the clerk who made the group: UTF-8, LF line ends, one message per line in
// Android's form "dd/mm/yyyy, HH:MM - Sender: text" (24-hour clock, no seconds); SYSTEM LINES with no
// sender (the encryption notice, "created group", "added", "changed the group description");
// SENDERS AS SAVED IN THE CLERK'S PHONE – full names, a "(Chair)" suffix, shortened surnames ("Barnaby
// Q-E", "Farida N-B", "Rosalind E-P"), a first-name form ("Des Achterlonie") – and A NEW MEMBER SHOWN
// ONLY AS A PHONE NUMBER ("+44 7700 900417") who names herself in her message; MULTI-LINE MESSAGES
// whose continuation lines have no date or sender; TWO POLLS exported as "POLL:" / question /
// "OPTION: … (n votes)" lines; "<Media omitted>", "This message was deleted", "<This message was
// edited>" appended to an edited message, and an attachment as "name.pdf (file attached)"; emoji.
// The chat holds a Chair's urgent decision between meetings (the options, the poll, the consultation,
// the decision and its reference), apologies and a substitute for 15 March, who presents what, a room
// change and the date of a members' visit.
// Rendering: every message as one line (its continuation lines joined with spaces), system lines kept,
// the "<…>" markers left out.
// Synthetic test fixture: every person, number and message is invented; the phone number is in Ofcom's
// drama range.
//   node src/build-whatsapp-chat-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O, P, AWARDS } from "./common.mjs";

const FILE = DOCS.chat;
const BASE = basename(FILE, extname(FILE));
const GROUP = "LDAP Chair & Leads";
const YS = "Ysolde Carrow-Finch (Chair)", BQ = "Barnaby Q-E", FN = "Farida N-B", TW = "Tobias Wrenbury-Ackah", NP = "Ngaire Pattullo-Roe", DA = "Des Achterlonie", RE = "Rosalind E-P", TM = "Thaddeus Mallinder-Koh", GA = "+44 7700 900417";
const w4 = AWARDS.find((a) => a.ref === "SEF2-04");
const L = [
  ["14/09/2123, 10:01", null, "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more."],
  ["14/09/2123, 10:01", null, `${TM} created group "${GROUP}"`],
  ["14/09/2123, 10:02", null, `${TM} added ${YS}, ${BQ}, ${FN}, ${TW}, ${NP}, ${DA} and ${RE}`],
  ["14/09/2123, 10:04", null, `${TM} changed the group description`],
  ["14/09/2123, 10:05", TM, "Morning all 👋 As agreed at the July meeting, this group is for quick messages between the Chair, Vice-Chair, Deputy Chair, lead members and officers.\nNothing here is a decision unless the Chair says it is one under the urgency procedure (para 8 of the terms of reference).\nPlease don't share anything marked exempt in here."],
  ["14/09/2123, 10:11", YS, "Thanks Thaddeus. Agreed 👍"],
  ["02/11/2123, 16:20", RE, "Round 2 scoring is done – 6 bids recommended, £838,000 of the £900,000 pot. Paper goes out on Tuesday."],
  ["02/11/2123, 16:34", NP, "Heads up that I'll need to declare on Kestrelford – my daughter is in their apprenticeships team."],
  ["02/11/2123, 16:36", TM, "Noted Ngaire, I'll put it on the declarations list."],
  ["17/11/2123, 15:22", YS, "Thanks all, good meeting. Easy Read minutes within 10 working days – our new standard! 🎉"],
  ["08/12/2123, 09:10", RE, "Award letters went to all six round 2 councils yesterday."],
  ["21/02/2124, 08:41", RE, `URGENT – Wyvernham told us this morning that their travel training provider for ${w4.ref} (£74,000) has gone into administration. The contract isn't signed, so no money has gone out.\nWe need a Chair's urgent decision before the 15 March meeting because the offer letter lapses on 28 Feb.`],
  ["21/02/2124, 08:43", RE, "Options:\n(a) hold the £74,000 for Wyvernham until 28 April 2124 while they find a new provider\n(b) withdraw the award and add the money to round 3\nOfficers recommend (a)."],
  ["21/02/2124, 08:44", RE, "POLL:\nWhich option do you support?\nOPTION: (a) hold until 28 April (4 votes)\nOPTION: (b) withdraw, add to round 3 (1 vote)"],
  ["21/02/2124, 09:02", BQ, "(a) for me. Wyvernham is Oswin's patch – has anyone told him?"],
  ["21/02/2124, 09:05", TM, "Yes, I rang Cllr Tregarthen-Moss this morning. He supports (a)."],
  ["21/02/2124, 09:31", TW, "I'd go for (b) – round 3 is going to be oversubscribed and Wyvernham had problems with this provider before."],
  ["21/02/2124, 10:15", FN, "This message was deleted"],
  ["21/02/2124, 10:16", FN, "(a). Sorry, wrong chat a minute ago 🙈"],
  ["23/02/2124, 12:04", YS, `Having consulted Barnaby and Farida as the urgency procedure requires, I am taking an urgent decision: the £74,000 awarded to Wyvernham DC for ${w4.ref} is held until 28 April 2124 while they find a new provider. If no provider is contracted by then, the award is withdrawn and the money goes to round 3.\nThaddeus, please record it and report it to the Panel on 15 March. <This message was edited>`],
  ["23/02/2124, 12:06", TM, "Recorded as urgent decision UD-2124-02. It will be reported under item 3 on 15 March."],
  ["23/02/2124, 12:07", TM, "UD-2124-02 decision record.pdf (file attached)"],
  ["02/03/2124, 16:09", TW, "FYI the Q3 figure for OLP-01 leaves out Marrowby's late December return. I've put a comment on the draft."],
  ["06/03/2124, 17:48", DA, "Apologies all – I have a hospital appointment on the 15th that I can't move. Gwendolen Ashby-Throup will sub for me.\nRosalind, can you cover my bit on OLP-04?"],
  ["06/03/2124, 17:52", RE, `Of course. ${O.delphine.name} will present the recovery plan (Appendix A) and I'll take questions on OLP-04.`],
  ["06/03/2124, 17:55", YS, "Get well soon Des 💐"],
  ["06/03/2124, 18:01", null, `${TM} added ${GA}`],
  ["06/03/2124, 18:03", GA, "Hi everyone, Gwendolen Ashby-Throup here (Fallowmere). Happy to sub for Des on the 15th. Could someone send me the papers?"],
  ["06/03/2124, 18:05", TM, "<Media omitted>"],
  ["06/03/2124, 18:05", TM, "Papers above, Gwendolen. The pre-meeting for the Chair and leads is at 9.45am."],
  ["08/03/2124, 11:20", TM, "Room change for the 15th: we're now in the Bevin Room on the ground floor (not Room 3.1) because it has a hearing loop. Teams link unchanged."],
  ["09/03/2124, 14:02", NP, "Will we see a Q4 figure for health checks before July?"],
  ["09/03/2124, 14:30", RE, "No – the GP data for Q4 only arrives in May, so it goes to the July meeting."],
  ["10/03/2124, 09:15", TM, "POLL:\nDate for the members' visit to the Brindleford job coaching project?\nOPTION: Tue 18 April (5 votes)\nOPTION: Thu 20 April (2 votes)\nOPTION: Wed 26 April (0 votes)"],
  ["13/03/2124, 17:40", YS, "18 April it is. Thaddeus will send the details. See you all on Wednesday."],
  ["15/03/2124, 08:55", TM, "Morning all – tea and coffee in the Bevin Room from 10am ☕"],
];
const lines = L.map(([ts, who, t]) => `${ts} - ${who ? who + ": " : ""}${t}`);
writeFileSync(join(root, "docs", FILE), lines.join("\n") + "\n", "utf8");
const out = L.map(([ts, who, t]) => `${ts} - ${who ? who + ": " : ""}${t.replace(/<[^>]+>/g, "").replace(/\n/g, " ").trim()}`).filter((l) => !/- [^:]+: $/.test(l));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
