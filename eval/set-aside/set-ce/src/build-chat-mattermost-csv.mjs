// Builds docs/cmstg-mattermost-compliance-export-2671-09-28-to-2671-11-12.csv and its rendering in text/.
// Layout: A MATTERMOST COMPLIANCE EXPORT IN CSV (System Console > Compliance > Compliance Monitoring, a report
// run by the administrator for a date range and downloaded as a CSV): ONE ROW PER POST, in the order the
// database returns them, across two private channels of the "LGA Members" team, with the fields
// TeamName … UserType. What a person reads as a conversation is spread over columns: THE DATE AND TIME ONLY
// AS MILLISECONDS SINCE 1970 (PostCreateAt, PostUpdateAt, PostDeleteAt; 0 for none); A REPLY KNOWN ONLY BY
// ITS PostRootId / PostParentId; THE AUTHOR ONLY AS A USERNAME ("rosalind.featherstonhaugh") with an e-mail
// and a nickname; MESSAGES IN MATTERMOST MARKDOWN with @mentions, **bold**, #hashtags and line breaks inside
// the quoted field. The export keeps what the channel no longer shows: AN EDITED POST APPEARS TWICE – its
// current text, and ITS OLD TEXT AS A SEPARATE ROW WITH A DeleteAt AND A PostOriginalId POINTING AT THE
// CURRENT POST (the Chair's urgency decision first said £45,000, now £48,000); A DELETED POST STAYS, WITH
// ITS DeleteAt (a wrong meeting date, withdrawn after nine minutes); system messages (a member leaving, a
// member added, THE CHANNEL HEADER CHANGED – the old and the new header in the message and as JSON in
// PostProps – which is where the roles and lead members are); and A MATTERPOLL POLL WHOSE QUESTION, OPTIONS
// AND VOTERS ARE ONLY JSON IN PostProps (PostType custom_matterpoll, an empty message, posted by a bot).
// Fields are quoted only when they must be (Go's encoding/csv): commas, quotes, line breaks; LF row ends.
// Rendering: the header's fields joined by " | ", then each row's non-empty fields joined by " | " in field
// order, a line break inside a field as a space.
// Synthetic test fixture: every person, council, figure and date is invented.
//   node src/build-chat-mattermost-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { createHash } from "node:crypto";
import { root, DOCS, FUND, P, OFFICERS as O, URGENT, ASKED, AVAILABLE, REC, LEFT, POLL, gbp } from "./common.mjs";

const FILE = DOCS.chat;
const BASE = basename(FILE, extname(FILE));
const HEADER = ["TeamName", "TeamDisplayName", "ChannelName", "ChannelDisplayName", "ChannelType", "UserUsername", "UserEmail", "UserNickname", "PostId", "PostCreateAt", "PostUpdateAt", "PostDeleteAt", "PostRootId", "PostParentId", "PostOriginalId", "PostMessage", "PostType", "PostProps", "PostHashtags", "PostFileIds", "UserType"];
const id = (seed) => { const h = createHash("sha256").update("ce:" + seed).digest(); let s = ""; for (let i = 0; i < 26; i++) s += "abcdefghijkmnopqrstuwxyz13456789"[h[i] % 32]; return s; };
const ms = (iso) => String(Date.parse(iso));
const who = (k) => {
  if (k === "matterpoll") return { user: "matterpoll", email: "matterpoll@localhost", nick: "Matterpoll", type: "bot" };
  if (P[k]) return { user: P[k].user, email: P[k].email, nick: `Cllr ${P[k].name}`, type: "user" };
  return { user: O[k].user, email: O[k].email, nick: `${O[k].name} (LGA)`, type: "user" };
};
const CH = { m: ["cmstg-members", "CMSTG members", "P"], o: ["cmstg-officers", "CMSTG officers", "P"] };

const rows = [];
const posts = {};
function post(key, { ch = "m", by, at, msg, root: rootKey, type = "", props = {}, tags = "", files = [], updated, deleted, original }) {
  const u = who(by);
  const pid = id(key);
  posts[key] = pid;
  const rid = rootKey ? posts[rootKey] : "";
  rows.push(["lga-members", "LGA Members", ...CH[ch], u.user, u.email, u.nick, pid, ms(at), ms(updated ?? at), deleted ? ms(deleted) : "0", rid, rid, original ? posts[original] ?? id(original) : "", msg, type, JSON.stringify(props), tags, JSON.stringify(files.map((f) => id("file:" + f))), u.type]);
}

const OLD_HEADER = `CMSTG members' channel | Chair: Cllr ${P.featherstonhaugh.name} | Clerk: @${O.cosmo.user}`;
const NEW_HEADER = `CMSTG members' channel | Chair: Cllr ${P.featherstonhaugh.name} | Vice-Chair: Cllr ${P.mahmoud.name} | Deputy Chair: Cllr ${P.dunsforth.name} | Lead members: inquests Cllr ${P.badmus.sur}; medical examiners and death certification Cllr ${P.strachey.sur}; mortuary capacity Cllr ${P.furneaux.sur}; bereaved families Cllr ${P.obiora.sur} | Clerk: @${O.cosmo.user}`;

post("leave-haverley", { by: "haverley", at: "2671-09-29T08:02:45.118Z", msg: `@${P.haverley.user} left the channel.`, type: "system_leave_channel", props: { username: P.haverley.user } });
post("add-fenwick", { by: "cosmo", at: "2671-10-02T08:15:03.402Z", msg: `@${P.fenwick.user} added to the channel by @${O.cosmo.user}.`, type: "system_add_to_channel", props: { addedUserId: id("user:fenwick"), addedUsername: P.fenwick.user, userId: id("user:cosmo"), username: O.cosmo.user } });
post("header", { by: "cosmo", at: "2671-10-02T08:16:40.771Z", msg: `@${O.cosmo.user} updated the channel header from: ${OLD_HEADER} to: ${NEW_HEADER}`, type: "system_header_change", props: { new_header: NEW_HEADER, old_header: OLD_HEADER, username: O.cosmo.user } });
post("welcome", { by: "cosmo", at: "2671-10-02T08:21:19.006Z", msg: `Welcome to @${P.fenwick.user}, who joins the Task Group today in place of Cllr ${P.haverley.name} (Wexmoor County Council), who stood down on 29 September. Cllr ${P.fenwick.sur} also takes Cllr ${P.haverley.sur}'s seat on the ${FUND} assessment panel, alongside Cllr ${P.mahmoud.sur} and Cllr ${P.strachey.sur}.` });
post("welcome-r1", { by: "fenwick", at: "2671-10-02T08:40:52.230Z", root: "welcome", msg: "Thank you – glad to be here. Looking forward to the site visits." });
post("fire", { by: "anselm", at: "2671-10-06T07:52:30.514Z", msg: "**Marlhaven mortuary fire**\nThere was a fire in the plant room at Marlhaven mortuary at about 4am today (Friday 6 October). Nobody was hurt. The 31 people in its care have been moved, with dignity, to Carrowfield General and the Wexmoor hospital mortuary. The body store will be out of use for at least four months. I will bring a costed option for temporary storage early next week. #marlhaven", tags: "#marlhaven" });
post("fire-r1", { by: "featherstonhaugh", at: "2671-10-06T08:30:11.047Z", root: "fire", msg: `Thank you Anselm, and please thank the Marlhaven team. When you have a costed option, please prepare an urgency decision under the delegation we agreed on 19 September, and copy in @${P.mahmoud.user}, as I must consult him.` });
post("fire-r2", { by: "dunsforth", at: "2671-10-06T09:05:48.925Z", root: "fire", msg: "Families in Marlhaven are already asking. Please can the public statement make clear that no funeral will be delayed by the move?" });
post("option", { by: "anselm", at: "2671-10-09T13:10:04.380Z", msg: `Option for Marlhaven (${URGENT.ref}): hire a temporary refrigerated body store with 40 spaces at Unit 7, Marlhaven Business Park, from ${URGENT.from} to ${URGENT.to}. Coldline Mortuary Solutions quote ${gbp(URGENT.first)} including installation and 24-hour temperature monitoring. Options paper attached.`, files: ["options-paper"] });
const pollFields = [
  { title: `Yes (${POLL.yes.length})`, value: POLL.yes.map((k) => "@" + P[k].user).join(", "), short: true },
  { title: `No (${POLL.no.length})`, value: "", short: true },
  { title: `Need more information (${POLL.more.length})`, value: POLL.more.map((k) => "@" + P[k].user).join(", "), short: true },
];
post("poll", { by: "matterpoll", at: "2671-10-10T09:00:27.642Z", updated: "2671-10-11T17:00:03.110Z", msg: "", type: "custom_matterpoll", props: {
  attachments: [{ id: 0, author_name: `Cllr ${P.featherstonhaugh.name}`, title: `Marlhaven temporary body store (${URGENT.ref}): are members content for me to approve it under urgency?`, text: "This poll has ended. The results are:", fields: pollFields, actions: [] }],
  from_bot: "true", from_plugin: "true", poll_id: id("poll-id"),
} });
post("poll-r1", { by: "furneaux", at: "2671-10-10T09:14:55.208Z", root: "poll", msg: "I'll stay out of this one, given my declaration on 19 September." });
post("poll-r2", { by: "arkholme", at: "2671-10-10T10:47:31.590Z", root: "poll", msg: "I've voted \"need more information\": has anyone asked whether the NHS trust could take the overflow instead of us hiring a store?" });
post("poll-r3", { by: "anselm", at: "2671-10-10T11:20:09.735Z", root: "poll", msg: `@${P.arkholme.user} yes – Carrowfield General is already at 88% and cannot take Marlhaven's admissions for six months.` });
post("quote2", { by: "anselm", at: "2671-10-11T15:30:42.861Z", root: "option", msg: `Revised quote from Coldline: ${gbp(URGENT.amount)}. It now includes a back-up generator, which the Senior Coroner asked for after the fire.` });
const decision = (amount) => `**Chair's urgency decision ${URGENT.ref2} (${URGENT.ref})**\nUnder the delegation agreed on 19 September (minute 6(c)), and after consulting the Vice-Chair, I have today approved an award of ${gbp(amount)} from the ${FUND} to ${URGENT.council} for ${URGENT.project}, from ${URGENT.from} to ${URGENT.to}.\nReason: Marlhaven mortuary is out of use after the fire of 6 October and there is no other local capacity.\nThe decision will be reported to the meeting on 21 November. #decision #marlhaven`;
// the edit: the old text is kept as a row of its own, deleted at the time of the edit, pointing at the post
posts["decision"] = id("decision");
post("decision-old", { by: "featherstonhaugh", at: "2671-10-12T10:05:16.204Z", updated: "2671-10-12T10:05:16.204Z", deleted: "2671-10-12T10:32:40.557Z", original: "decision", msg: decision(URGENT.first), tags: "#decision #marlhaven" });
post("decision", { by: "featherstonhaugh", at: "2671-10-12T10:05:16.204Z", updated: "2671-10-12T10:32:40.557Z", msg: decision(URGENT.amount), tags: "#decision #marlhaven" });
post("decision-r1", { by: "mahmoud", at: "2671-10-12T11:48:02.993Z", root: "decision", msg: "Confirming that I was consulted on 11 October and support the decision." });
post("opened", { by: "anselm", at: "2671-10-16T15:45:20.318Z", msg: "The temporary store at Marlhaven opened today and took its first admissions this afternoon. #marlhaven", tags: "#marlhaven" });
post("closed", { by: "cosmo", at: "2671-10-20T11:31:57.450Z", msg: `Round 1 of the ${FUND} closed at noon today: four bids, for ${gbp(ASKED)} in all, against ${gbp(AVAILABLE)} available after the Marlhaven award.` });
post("moved-wrong", { by: "cosmo", at: "2671-10-25T08:58:12.664Z", updated: "2671-10-25T08:58:12.664Z", deleted: "2671-10-25T09:07:39.021Z", msg: "Heads up: the November meeting is moving to Wednesday 22 November at Wexmoor County Hall - updated invitations to follow." });
post("moved", { by: "cosmo", at: "2671-10-25T09:12:44.135Z", msg: "Correction: the November meeting will now be on **Thursday 23 November 2671 at 10:30** in the Council Chamber, Wexmoor County Hall, followed by a site visit to the temporary body store at Marlhaven at 14:30.\nTuesday 21 November is cancelled. Updated invitations are in your calendars." });
post("yusuf-q2", { ch: "o", by: "yusuf", at: "2671-11-02T09:31:08.522Z", msg: "Q2 report for item 5 is on the shared drive (SAS output, RTF).\nCaveat for the Chair's briefing: the CMM-05 figure of 7.1 days leaves out Polrudden's September registrations - their registration system was down from 4 to 15 September. With Polrudden estimated in, it would be 7.4 days. R either way.", files: ["q2-rtf"] });
post("yusuf-q2-r1", { ch: "o", by: "anselm", at: "2671-11-02T10:02:37.114Z", root: "yusuf-q2", msg: "Thanks. The title still says 21 November - can you rerun it with 23 November before publication?" });
post("yusuf-q2-r2", { ch: "o", by: "yusuf", at: "2671-11-02T10:05:51.807Z", root: "yusuf-q2", msg: "Will do on Monday." });
post("jan", { by: "cosmo", at: "2671-11-02T16:40:19.276Z", msg: "The meeting of 16 January 2672 clashes with the Community Safety and Justice Board, so it has been rearranged to **Tuesday 30 January 2672 at 14:00**, Room 2.4, 18 Smith Square." });
post("finance", { ch: "o", by: "philippa", at: "2671-11-03T14:15:33.689Z", msg: `Finance check on round 1 done: the panel's recommendations total ${gbp(REC)}, within the ${gbp(AVAILABLE)} available, leaving ${gbp(LEFT)} for round 2. Polrudden's bid (score 58) is below the threshold, so £0.` });
post("apol-furneaux", { by: "furneaux", at: "2671-11-06T10:20:45.902Z", msg: `Apologies for the 23rd - I'm speaking at the Funeral Services Convention that day. @${P.grisewood.user} has kindly agreed to substitute for me.` });
post("apol-pumfrey", { by: "pumfrey", at: "2671-11-06T10:58:13.377Z", root: "apol-furneaux", msg: "Apologies from me too - a family commitment. No Lib Dem substitute is free that day, sorry." });
post("add-grisewood", { by: "cosmo", at: "2671-11-06T11:02:26.540Z", msg: `@${P.grisewood.user} added to the channel by @${O.cosmo.user}.`, type: "system_add_to_channel", props: { addedUserId: id("user:grisewood"), addedUsername: P.grisewood.user, userId: id("user:cosmo"), username: O.cosmo.user } });
post("me-grant", { ch: "o", by: "delphine", at: "2671-11-07T10:05:49.018Z", msg: "No news on the medical examiner grant for 2672/73 - the Department says \"in the new year\". I've kept CMR-04 at 9 for now." });
post("cma26", { ch: "o", by: "anselm", at: "2671-11-08T16:20:02.455Z", msg: "CMA-26 (letter to the Ministry of Justice): still no reply to the Chair's letter of 11 October. I've moved the due date to 15 December in the work plan.\nThe backlog recovery plan for item 8 is done." });
post("cma23", { ch: "o", by: "cosmo", at: "2671-11-09T12:00:38.731Z", msg: "Reminder: the Chair hasn't signed off the assessment panel's terms of reference yet (CMA-23). I'll take them to the Chair's briefing on the 16th." });

const q = (v) => (/[",\n\r]/.test(v) || /^\s/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = [HEADER.join(","), ...rows.map((r) => r.map(q).join(","))].join("\n") + "\n";
writeFileSync(join(root, "docs", FILE), csv);
const rendering = [HEADER.join(" | "), ...rows.map((r) => r.filter((v) => v !== "").map((v) => v.replace(/\n/g, " ")).join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
