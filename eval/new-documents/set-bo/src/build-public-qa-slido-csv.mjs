// Builds docs/cdtg-rescue-ready-public-qa-slido-2263-11-30.csv and its rendering in text/.
// Layout: A SLIDO Q&A EXPORT AS CSV, downloaded by the clerk on 7 December 2263 after the public
// session "Rescue Ready: ask the Community Defibrillators Task Group" (online, Monday 30 November 2263):
// UTF-8 with a byte-order mark, CRLF row ends, every field quoted. ABOVE THE TABLE, THE EVENT'S DETAILS
// AS LABEL-VALUE ROWS (event name, code, dates, room, who exported it and when) and a blank row; then
// a header row of eleven columns and ONE ROW PER QUESTION SORTED BY VOTES, not by time: the question as
// the resident typed it, its author ("Anonymous" or a name the asker chose), when it was asked, its
// upvotes, its MODERATION STATUS (Answered / Archived / Dismissed – a spam question and a duplicate are
// in the export though never shown), labels separated by semicolons, whether it was answered live, and
// THE WRITTEN REPLY POSTED AFTERWARDS, with its author and date – replies with line breaks inside the
// quoted field. The facts are only in the replies; the Task Group and its meeting are named in the
// event's name and in the answers' words.
// Rendering: the label-value rows as "label | value"; the header row; then each question's non-empty
// fields joined " | " in column order, a line break inside a field as a space.
// Synthetic test fixture: every person, figure and answer is invented.
//   node src/build-public-qa-slido-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, FUND, TRUST, OFFICERS as O, cllr, COOPTED, ROUND3, LEFT, HELD, THRESHOLD, NOT_READY, OHCA, MEASURES, gbp } from "./common.mjs";

const FILE = DOCS.slido;
const BASE = basename(FILE, extname(FILE));
const m = (ref) => MEASURES.find((x) => x.ref === ref);
const PRE = [
  ["Slido – Q&A export", ""],
  ["Event name", `Rescue Ready: ask the ${BODY}`],
  ["Event code", "#RescueReady"],
  ["Event dates", "30 Nov 2263 – 30 Nov 2263"],
  ["Room", "Main room"],
  ["Exported by", O.benedict.name],
  ["Exported at", "07/12/2263 09:14 (GMT)"],
];
const HEAD = ["Question ID", "Question", "Author", "Date (GMT)", "Votes", "Status", "Labels", "Answered live", "Reply", "Reply author", "Reply date (GMT)"];
const Q = (id, question, author, time, votes, status, labels, live, reply = "", by = "", rdate = "") => [id, question, author, `30/11/2263 ${time}`, String(votes), status, labels, live, reply, by, rdate];
const ROWS = [
  Q("Q-7731", "Our village raised the money for a cabinet two years ago and it's still not up. Why is Penstone's defibrillator taking so long??", "Maggie, Penstone", "18:34", 41, "Answered", "Fund; Rural", "Yes",
    `The Task Group agreed on 12 November to hold ${gbp(HELD)} for Penstone Village Hall Trust until the landowner's written consent for the cabinet is confirmed. As soon as we have it the grant can be approved, and it will be paid within 30 days.\nWe know how long you have waited and we are chasing it every week.`, O.delphine.name, "30/11/2263 19:05"),
  Q("Q-7740", "Is it true lots of the cabinets have out of date pads? How would I even know?", "Anonymous", "18:41", 33, "Answered", "Rescue ready", "Yes",
    `Yes. At the end of September ${NOT_READY.n} of the ${NOT_READY.of} registered defibrillators were not rescue ready, ${NOT_READY.pads} of them because the pads had expired after the summer heat. Every registered cabinet shows its status on the national network's map; if it says "not ready", call 999 and the call handler will send you to the nearest working defibrillator. A replacement plan for pads and batteries comes to our meeting on 21 January 2264.`, cllr("lydgate"), "30/11/2263 19:10"),
  Q("Q-7736", "How much does a heated coded cabinet cost to put up? Our parish council is thinking about one", "Parish clerk, Holmbrake", "18:38", 27, "Answered", "Cost; Fund", "Yes",
    `A heated, coded cabinet costs about £1,150 fitted, including the electrical connection, and the defibrillator itself about £1,300. The ${FUND} pays up to 75% of the cost; round 3 opens on 1 February 2264.`, O.delphine.name, "30/11/2263 19:12"),
  Q("Q-7752", "When is the next round of grants and how much is in it?", "Anonymous", "18:55", 22, "Answered", "Fund", "No",
    `Round 3 opens on ${ROUND3.opens} and closes at noon on ${ROUND3.closes}.\nIt has ${gbp(ROUND3.total)}: ${gbp(ROUND3.newMoney)} from next year's budget and ${gbp(LEFT)} carried forward from round 2.`, O.morwenna.name, "07/12/2263 08:50"),
  Q("Q-7744", "why are so many village defibs locked away at night", "Tom B", "18:46", 19, "Answered", "Rural; Access", "Yes",
    `Many older cabinets are on buildings that close at night. ${m("RRP-03").q2v} of registered defibrillators are now available 24 hours a day, but in rural areas only ${m("RRP-05").q2v} of residents live within 500 metres of one, against our target of 60%. Round 2 pays for heated cabinets in eight hill villages in Carrowbeck.`, cllr("kitteridge"), "30/11/2263 19:15"),
  Q("Q-7738", "How do I become a defibrillator guardian and what does it involve?", "Priya (Wyndleham)", "18:39", 17, "Answered", "Guardians", "Yes",
    "Register through your council's Rescue Ready page. A guardian checks their cabinet once a week, which takes about 10 minutes, and logs the check in the guardians' app. Free training runs on the first Saturday of every month; the next sessions are on 2 January 2264 (online) and 6 February 2264 (Wyndleham Volunteer Centre).", cllr("blakeway"), "30/11/2263 19:18"),
  Q("Q-7749", "What are my chances if I have a cardiac arrest in the street?", "Anonymous", "18:51", 15, "Answered", "CPR", "Yes",
    `In our area ${OHCA.survival} of people who had a cardiac arrest outside hospital last quarter survived to leave hospital. When someone used a public access defibrillator before the ambulance arrived it was ${OHCA.survivalPad}. A bystander gave CPR in ${OHCA.bystander} of cases; the Task Group's target is 75%.`, COOPTED.name, "30/11/2263 19:21"),
  Q("Q-7757", "Why was the taxi defibrillator bid turned down? Taxis are everywhere at night", "Brantmere Hackney Carriage Association", "19:02", 12, "Answered", "Fund", "No",
    `The bid scored 61 out of 100, below the threshold of ${THRESHOLD}. The assessment panel was not convinced that a defibrillator in a taxi would be available to the public while the taxi was out on a job. We have sent you detailed feedback and you are welcome to bid again in round 3.`, O.delphine.name, "07/12/2263 08:55"),
  Q("Q-7746", "Can secondary schools get training manikins for CPR lessons?", "Head of PE, Thistleford", "18:48", 11, "Answered", "Schools; CPR", "No",
    `Yes. Every secondary school that has not yet trained all its Year 8 pupils can ask for a free set of 10 training manikins through the Rescue Ready schools offer. ${m("RRP-04").q2v} of the 146 secondary schools have trained all their Year 8 pupils so far.`, cllr("ezeoke"), "07/12/2263 09:02"),
  Q("Q-7760", "What happens if a cabinet is vandalised or the defib is stolen?", "Anonymous", "19:06", 9, "Answered", "Access", "No",
    "Report it to your council straight away so that the map can be updated. The Fund's insurance replaces stolen defibrillators. Theft and vandalism of unlocked cabinets in town centres is one of the two red risks on our risk register, and we are trying out coded cabinets with alarms.", O.kwabena.name, "07/12/2263 09:06"),
  Q("Q-7741", "Will the meeting papers be online? Can residents come to your meetings?", "Anonymous", "18:42", 6, "Answered", "General", "Yes",
    "Yes. Our meetings are held in public at 18 Smith Square and online, and the papers are published five clear working days before each meeting. The next meeting is on Thursday 21 January 2264 at 10:30.", cllr("blakeway"), "30/11/2263 19:24"),
  Q("Q-7735", "when will penstone get its defib", "Penstone resident", "18:37", 4, "Archived", "Duplicate", "No"),
  Q("Q-7762", "Will you publish answers to the questions you didn't get to?", "Anonymous", "19:08", 3, "Answered", "General", "Yes",
    "Yes: all the answers, including the ones we did not reach tonight, will be published on 7 December 2263.", O.benedict.name, "30/11/2263 19:26"),
  Q("Q-7764", "Thank you, this was really useful", "Jan", "19:11", 2, "Archived", "", "No"),
  Q("Q-7739", "CHEAPEST AED PADS ONLINE 60% OFF!!! see our site", "AED Deals", "18:40", 0, "Dismissed", "", "No"),
];
ROWS.sort((a, b) => Number(b[4]) - Number(a[4]));

const q = (s) => `"${String(s).replace(/"/g, '""').replace(/\r?\n/g, "\r\n")}"`;
const csv = [...PRE.map((r) => r.map(q).join(",")), "", HEAD.map(q).join(","), ...ROWS.map((r) => r.map(q).join(","))].join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), "\uFEFF" + csv);
const flat = (s) => s.replace(/\s*\n\s*/g, " ");
const out = [...PRE.map((r) => r.filter(Boolean).join(" | ")), HEAD.join(" | "), ...ROWS.map((r) => r.filter(Boolean).map(flat).join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
