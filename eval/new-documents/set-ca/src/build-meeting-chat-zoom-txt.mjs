// docs/phtg-zoom-meeting-chat-2582-03-14.txt: the in-meeting chat of the hybrid meeting of 14 March
// 2582 as ZOOM SAVES IT ("Save chat" / the local recording's meeting_saved_chat.txt): each message a
// header line "HH:MM:SS From <display name> to Everyone:" (or "to <name>(Direct Message):" for a private
// message, which the host's saved copy keeps when the host sent or received it) and its text on the
// next line(s) indented by a tab; a reply opens with 'Replying to "…"' quoting the first 35 characters of
// the message it answers, then a blank indented line; a reaction is a message of its own ('Reacted to
// "…" with 👍'); display names as each person set them (a phone's "Delphine Spurling's iPhone", "(LGA)"
// after officers' names); wall-clock times without a date (the date only in the file's name); LF line
// ends. Online members vote by typing in the chat; the clerk posts the roll call and the result.
// Also writes text/<base>.txt: a message per line, its header and its text joined by a space.
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const CLERK = "Clementine Youlden (LGA)";
const SPUR = "Delphine Spurling's iPhone";
const EBOH = "Ngozi Eboh (Park Home Residents' Alliance)";
const M = [
  ["09:56:12", CLERK, "Everyone", "Good morning – today's papers are on the website: https://www.local.gov.uk/phtg/14-march-2582 . If you are joining online, please use the chat for votes (For / Against / Abstain)."],
  ["09:58:40", "Cllr Haruto Nakamura-Brett", "Everyone", "Morning all – I'm substituting for Cllr Lucinda Pomfrett (Dunholm) today"],
  ["09:59:51", SPUR, "Everyone", "Hi all, on the train so audio only until about 10.30"],
  ["10:00:37", "Cllr Tariq Brazendale", "Everyone", "Morning 👋"],
  ["10:01:52", "Cllr Saffron Iddon", "Everyone", "Good morning. I'll need to leave at about 11.50 for a planning committee at Wellbeck"],
  ["10:03:30", CLERK, "Everyone", "Roll call – online: Cllrs Brazendale, Iddon, Spurling and Nakamura-Brett (substitute for Cllr Pomfrett). In the room: seven members. We are quorate (the quorum is four members)."],
  ["10:04:02", "Cllr Tariq Brazendale", `${CLERK}(Direct Message)`, "Clementine, my connection dropped during declarations – should I declare on item 5? Hollinbury has a bid in (SLC-2-07) and I sit on our licensing committee"],
  ["10:05:40", CLERK, "Cllr Tariq Brazendale(Direct Message)", "Yes please – put it in the chat for everyone and I'll minute it"],
  ["10:14:22", EBOH, "Everyone", "Hello everyone – thank you for having me. My slides are here: https://www.parkhomeresidents.example/phtg-march"],
  ["10:26:33", EBOH, "Everyone", "The survey figure I gave: 1,140 residents replied, from 96 sites in 19 council areas."],
  ["10:31:05", SPUR, "Everyone", "Back with video now"],
  ["10:33:48", "Cllr Saffron Iddon", "Everyone", "Question for Ngozi – how many of the 212 complaints were about sites with no licence at all?"],
  ["10:35:10", EBOH, "Everyone", { reply: "Question for Ngozi – how many of the 212 complaints were about sites with no licence at all?", text: "57 of the 212. Most of those were in two council areas." }],
  ["10:41:09", "Cllr Tariq Brazendale", "Everyone", "Declaration for item 5: Hollinbury MBC has bid SLC-2-07 and I am a member of Hollinbury's licensing committee. Other registrable interest – I'll stay and vote."],
  ["10:42:03", CLERK, "Everyone", { reply: "Declaration for item 5: Hollinbury MBC has bid SLC-2-07 and I am a member of Hollinbury's licensing committee. Other registrable interest – I'll stay and vote.", text: "Thanks Cllr Brazendale, noted for the minutes" }],
  ["11:05:14", CLERK, "Everyone", "Item 5 vote coming up: online members please type For / Against / Abstain on recommendations (a) to (d) and the new (e) moved by Cllr Hewish"],
  ["11:24:10", "Cllr Tariq Brazendale", "Everyone", "For"],
  ["11:24:15", "Cllr Saffron Iddon", "Everyone", "For"],
  ["11:24:31", "Cllr Haruto Nakamura-Brett", "Everyone", "For"],
  ["11:24:58", SPUR, "Everyone", "Against – Pemberwick's bid (SLC-2-02) should have been scored on need, not just deliverability"],
  ["11:26:40", CLERK, "Everyone", "Item 5 result: 8 for, 1 against (Cllr Spurling), 1 abstention (Cllr Lindgren-Shaw). Cllr Okparaeke was out of the room. Carried."],
  ["11:26:52", "Cllr Haruto Nakamura-Brett", "Everyone", { react: "Item 5 result: 8 for, 1 against (Cllr Spurling), 1 abstention (Cllr Lindgren-Shaw). Cllr Okparaeke was out of the room. Carried.", emoji: "👍" }],
  ["11:41:17", "Devendra Hatherleigh (LGA)", "Everyone", "PHM-03 recovery plan template, for Cllr Brazendale: https://www.local.gov.uk/phtg/phm-03-recovery-template"],
  ["11:51:47", "Cllr Saffron Iddon", "Everyone", "Leaving now for planning committee – sorry. Please make sure PHR-05 goes to the Board: Wellbeck's riverside sites flooded twice in January."],
  ["12:02:30", "Lorcan Tewson (LGA)", "Everyone", "For item 7: the consultation closes on 29 March. The Department's page: https://www.gov.example/consultations/pitch-fee-indexation"],
  ["12:29:44", CLERK, "Everyone", "Next meeting: Thursday 13 June 2582, 10.00am, Room 2.3 and Zoom. Agenda to be published on 5 June."],
  ["12:31:02", CLERK, "Everyone", "Meeting closed at 12.31pm. Thank you all."],
];
const cut = (s) => (s.length > 35 ? s.slice(0, 35) + "..." : s);
const F = [], R = [];
for (const [t, from, to, body] of M) {
  const head = `${t} From ${from} to ${to}:`;
  F.push(head);
  if (typeof body === "string") { F.push("\t" + body); R.push(`${head} ${body}`); }
  else if (body.reply) { F.push(`\tReplying to "${cut(body.reply)}"`, "\t", "\t" + body.text); R.push(`${head} Replying to "${cut(body.reply)}" ${body.text}`); }
  else { F.push(`\tReacted to "${cut(body.react)}" with ${body.emoji}`); R.push(`${head} Reacted to "${cut(body.react)}" with ${body.emoji}`); }
}
writeFileSync(join(root, "docs", DOCS.chat), F.join("\n") + "\n");
writeFileSync(join(root, "text", basename(DOCS.chat, extname(DOCS.chat)) + ".txt"), R.join("\n") + "\n");
console.log("wrote", DOCS.chat);
