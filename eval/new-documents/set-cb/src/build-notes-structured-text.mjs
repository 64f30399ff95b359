// Builds docs/lscp-minutes-and-actions-notes-export-2622-03-04.txt and its rendering: the Panel's records
// in a Lotus Notes / HCL Domino committee database, exported with File > Export > "Structured Text" from
// the view "By meeting" on 4 March 2622 (the clerk's export for the minutes item of 19 March). As Notes
// writes it: one document after another, each a list of "Item:  value" lines in the order the items are
// stored, internal items ($UpdatedBy, $Revisions, $Readers, $FILE, $REF) among the form's own; dates
// dd/mm/yyyy; people who are Notes users as hierarchical names ("CN=…/OU=…/O=LGA"); multi-value items
// joined by ", "; the rich-text Body last but one, its lines as typed and its tables as tab-separated
// lines; documents separated by a form feed. The meeting's actions and a correction are response
// documents, tied to the minutes only by $REF (the minutes' universal id, which the export does not
// print) and by their MeetingDate.
//   node src/build-notes-structured-text.mjs
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import {
  root, DOCS, BODY, PEOPLE, P, cllr, OFFICERS, notesName, NOV_PRESENT, NOV_ONLINE, NOV_SUB, NOV_APOLOGIES, ACTIONS, GUEST_NOV, ROOM,
  FUND, ROUND1, ROUND1_COUNCILS, RETURNED, RETURNED_BY, ROUND2, ROUND2_AVAILABLE, CRITERIA, gbp, SEPT_ACTIONS, DEPT, MEMBERS_NOW, SUBS,
} from "./common.mjs";

const UNID_MIN = "8F3A2C1D0B9E4F5A80258A3C004A1B2C";
const docs = [];
const doc = (items) => docs.push(items);
const pos = (p) => (p.role === "Member" ? "" : p.role === "Former member" ? "" : p.role);

// ---------------------------------------------------------------- membership document (2621/22)
const posText = (p) => {
  const bits = [];
  if (["Chair", "Vice-Chair", "Deputy Chair"].includes(p.role)) bits.push(p.role);
  else bits.push("Member");
  if (p.k === "tullibardine") bits.push("lead member for enforcement from 14/01/2622");
  else if (p.lead) bits.push(`lead member for ${p.lead}`);
  if (p.from) bits.push(`from ${p.from.replace("14 January 2622", "14/01/2622")}`);
  return bits.join("; ");
};
const memBody = [
  `${BODY} - membership 2621/22`,
  ["Councillor", "Council", "Political group", "Position"].join("\t"),
  ...MEMBERS_NOW.map((p) => [cllr(p.k), p.council, p.group, posText(p)].join("\t")),
  "",
  "Named substitutes",
  ...SUBS.map((p) => [cllr(p.k), p.council, p.group, `Substitute for the ${p.group} group`].join("\t")),
  "",
  "Changes during the year",
  `${cllr("cherrington")} (Conservative, Thornmere County Council), lead member for enforcement, stood down from the Panel on 31/12/2621. ${cllr("doggart")} (Conservative, Thornmere County Council) was appointed in his place from 14/01/2622. ${cllr("tullibardine")}, Vice-Chair, took over as lead member for enforcement from the same date.`,
  "Quorum: four members, including the Chair or the Vice-Chair.",
];
doc([
  ["Form", "Membership"],
  ["Committee", BODY],
  ["MunicipalYear", "2621/22"],
  ["ParentBoard", "Neighbourhoods and Public Realm Board"],
  ["LastChanged", "14/01/2622"],
  ["Body", memBody.join("\n")],
  ["$UpdatedBy", `${notesName("dibley")}`],
  ["$Revisions", "21/06/2621 10:14:52, 14/01/2622 12:03:40"],
  ["$Readers", "[LSCPReaders], [Admin]"],
]);

// ---------------------------------------------------------------- minutes of 20 November 2621
const withRole = (k) => {
  const p = P[k];
  const r = ["Chair", "Vice-Chair", "Deputy Chair"].includes(p.role) ? `${p.role}, ` : "";
  return `${cllr(k)} (${r}${p.council})`;
};
const B = [];
B.push("LITTER AND STREET CLEANLINESS PANEL");
B.push("Minutes of the meeting held on Tuesday 20 November 2621 at 10.30am");
B.push("");
B.push("1. Apologies, substitutes and declarations of interest");
B.push(`1.1 Apologies were received from ${cllr("whybrow")}, for whom ${cllr("hoskisson")} substituted, and from ${cllr("sleightholme")}. ${cllr("threadgold")} took part online.`);
B.push(`1.2 ${cllr("etherege")} declared an interest in item 5 as Pelwick Metropolitan Borough Council's Cabinet Member for Environment and Streets; Pelwick received a round 1 grant from the Fund. She took no part in the decision on the round 2 criteria.`);
B.push(`1.3 ${cllr("goodenough")} declared an interest in item 6: he is a director of a family fish and chip shop in Kelbury that has signed the takeaway packaging pledge.`);
B.push("");
B.push("2. Minutes of the meeting held on 18 September 2621");
B.push("2.1 The minutes of the meeting held on 18 September 2621 were agreed as a correct record.");
B.push(`2.2 Of the actions from 18 September (${SEPT_ACTIONS}), five are complete. Two remain open: LSA-19, the publication of the litter enforcement policy standard, now due on 31 January 2622, and LSA-22, the Chair's letter to the ${DEPT} on packaging extended producer responsibility (EPR) payments to councils, sent on 4 October 2621, to which no reply has been received.`);
B.push("2.3 The Panel asked the Finance Business Partner to chase a reply (LSA-30).");
B.push("");
B.push("3. Cleaner Streets Programme: performance at quarter 2");
B.push(`3.1 ${OFFICERS.lavelle.name}, Programme Manager, introduced the report. Of the ten key results at 30 September 2621, three were on track, three needed attention, three were off track and one had not started.`);
B.push("3.2 Offensive graffiti removed within 24 hours of a report (KR1.3) was 71% against a target of 95%. Members were concerned that most reports missed were made on Friday evenings, when few councils have crews working.");
B.push("3.3 RESOLVED that the Panel:");
B.push("(a) notes performance at quarter 2 2621/22; and");
B.push("(b) asks officers for a recovery plan for KR1.3 by 31 January 2622 (LSA-24).");
B.push("");
B.push("4. Graffiti rapid-response framework (LSP-02)");
B.push(`4.1 ${OFFICERS.bastable.name}, Senior Adviser, reported that only one compliant tender had been received when the tender closed on 5 November 2621, and that its price was 38% above the budget of £140,000.`);
B.push("4.2 RESOLVED that the Panel:");
B.push("(a) does not award the framework contract;");
B.push("(b) re-tenders the framework in four regional lots, with the award by 31 May 2622 (LSA-25); and");
B.push("(c) authorises officers to spot-purchase graffiti removal up to £30,000 in the meantime, after consulting the Chair.");
B.push("");
B.push(`5. ${FUND}`);
B.push(`5.1 Round 1: ${gbp(ROUND1)} was awarded to ${ROUND1_COUNCILS === 9 ? "nine" : ROUND1_COUNCILS} councils on 18 September 2621. ${RETURNED_BY} has returned its award of ${gbp(RETURNED)} because its project was cancelled.`);
B.push(`5.2 Round 2: ${gbp(ROUND2)} is available, with the ${gbp(RETURNED)} returned, ${gbp(ROUND2_AVAILABLE)} in all.`);
B.push(`5.3 RESOLVED that round 2 of the Fund opens on 1 December 2621 and closes on 31 January 2622 (LSA-26), and that:`);
B.push(`(a) a bid must score at least ${CRITERIA.minScore} to be recommended;`);
B.push(`(b) no council may be awarded more than ${gbp(CRITERIA.maxAward)}; and`);
B.push(`(c) the council must fund at least ${CRITERIA.match} per cent of the project's cost itself.`);
B.push("");
B.push("6. Bin it for Good campaign (LSP-05)");
B.push("6.1 38 of the 60 takeaway businesses the campaign is aiming for have signed the packaging pledge, and the schools strand has reached 112 schools.");
B.push("6.2 RESOLVED that the campaign is extended from 31 January 2622 to 30 April 2622, and that sign-ups are reported to members monthly (LSA-27).");
B.push("");
B.push("7. Presentation: a common street cleanliness survey method");
B.push(`7.1 ${GUEST_NOV.name}, ${GUEST_NOV.post}, presented the results of the pilot of the common survey method in eight councils (LSP-09).`);
B.push("7.2 Of the sites surveyed, 14% were below grade B for litter. Gum staining was found at 26% of the high-street sites surveyed, and graffiti at 19%.");
B.push("7.3 The Chair thanked Ms Sato for her presentation.");
B.push("");
B.push("8. Evidence session on chewing gum and graffiti");
B.push(`8.1 RESOLVED that the Panel holds an evidence session on chewing gum and graffiti on Tuesday 22 January 2622, led by ${cllr("etherege")}, lead member for chewing gum and graffiti, and that the clerk invites witnesses (LSA-28).`);
B.push("");
B.push("9. Volunteer safety and sharps training (LSP-08)");
B.push(`9.1 ${OFFICERS.lavelle.name} reported that the training provider, Harrier Safety Training Ltd, had cancelled four sessions at short notice; 6 of the 24 sessions have been delivered.`);
B.push("9.2 The Panel asked officers to find an alternative provider by 31 January 2622 (LSA-29).");
B.push("");
B.push("10. Dates of the next meetings");
B.push("10.1 Evidence session: Tuesday 22 January 2622 at 2pm. Next meeting of the Panel: Tuesday 19 March 2622 at 10.30am.");
B.push("");
B.push("The meeting ended at 12.40pm.");

doc([
  ["Form", "Minutes"],
  ["Committee", BODY],
  ["MeetingDate", "20/11/2621"],
  ["MeetingTime", "10:30 - 12:40"],
  ["Venue", `${ROOM}, and Microsoft Teams`],
  ["Chair", cllr("farebrother")],
  ["Clerk", notesName("dibley")],
  ["MinuteStatus", "Draft - for approval at the meeting on 19/03/2622"],
  ["Present", NOV_PRESENT.map(withRole).join(", ")],
  ["PresentOnline", NOV_ONLINE.map(cllr).join(", ")],
  ["Substitutes", `${cllr(NOV_SUB.k)} for ${cllr(NOV_SUB.for)}`],
  ["Apologies", NOV_APOLOGIES.map(cllr).join(", ")],
  ["OfficersPresent", ["lavelle", "bastable", "coaker", "dibley"].map((k) => `${OFFICERS[k].name} (${OFFICERS[k].post})`).join(", ")],
  ["Guests", `${GUEST_NOV.name} (${GUEST_NOV.post}) - item 7`],
  ["NextMeeting", "19/03/2622"],
  ["$FILE", "LSCP-2621-11-20-item7-survey-pilot.pptx"],
  ["Body", B.join("\n")],
  ["$UpdatedBy", `${notesName("dibley")}, ${notesName("lavelle")}`],
  ["$Revisions", "20/11/2621 15:02:11, 22/11/2621 09:40:03, 26/11/2621 11:15:47"],
  ["$Readers", "[LSCPReaders], [Admin]"],
]);

// ---------------------------------------------------------------- actions (response documents)
const UPDATES = {
  "LSA-24": "Recovery plan agreed with the Chair on 29/01/2622: weekend cover shared between neighbouring councils; reported to the Panel on 19/03/2622 under item 4.",
  "LSA-25": "Re-tender issued in four regional lots on 24/01/2622; 11 bids received by 21/02/2622.",
  "LSA-26": "Round 2 opened on 01/12/2621 and closed on 31/01/2622; 14 bids received.",
  "LSA-27": "Monthly e-mails sent in December, January and February; 44 sign-ups at the end of February.",
  "LSA-28": "Four witnesses confirmed.",
  "LSA-29": "Harrier Safety Training Ltd went into administration on 12/12/2621. Quotes requested from two providers, due 15/03/2622.",
  "LSA-30": "Chased by e-mail on 10/01/2622 and 14/02/2622. No reply.",
};
for (const a of ACTIONS) {
  doc([
    ["Form", "Action"],
    ["$REF", UNID_MIN],
    ["ActionRef", a.ref],
    ["MeetingDate", "20/11/2621"],
    ["MinuteNo", a.min],
    ["ActionText", a.text],
    ["Owner", notesName(a.owner)],
    ["DueDate", a.due],
    ["ActionStatus", a.status],
    ["CompletedDate", a.done],
    ["Update", UPDATES[a.ref]],
    ["$UpdatedBy", notesName(a.owner)],
    ["$Revisions", a.done ? `26/11/2621 11:20:05, ${a.done} 16:45:00` : "26/11/2621 11:20:05, 28/02/2622 09:31:12"],
  ]);
}

// ---------------------------------------------------------------- a correction (response document)
doc([
  ["Form", "Comment"],
  ["$REF", UNID_MIN],
  ["Subject", "Correction to minute 7.2"],
  ["From", notesName("dibley")],
  ["PostedDate", "03/12/2621 16:40:12"],
  ["Body", `${cllr("lethbridge")} has pointed out that minute 7.2 is wrong. Ms Sato's slide 9 shows gum staining at 62% of the high-street sites surveyed, not 26%. The Chair agreed the correction on 03/12/2621; the minute will be corrected when the minutes are approved.`],
  ["$UpdatedBy", notesName("dibley")],
  ["$Revisions", "03/12/2621 16:40:12"],
]);

// Notes writes "Item:  value"; a rich-text item's further lines follow as they are
const text = docs.map((items) => items.map(([k, v]) => `${k}:  ${v}`).join("\n") + "\n").join("\f\n");
writeFileSync(join(root, "docs", DOCS.notes), text, "utf8");

// rendering: the export's lines, the form feeds dropped, tab-separated table lines as cells joined by " | "
const rendering = text.replace(/\f\n/g, "\n").split("\n").map((l) => l.split("\t").join(" | ")).join("\n");
writeFileSync(join(root, "text", basename(DOCS.notes, ".txt") + ".txt"), rendering);
console.log(`wrote docs/${DOCS.notes} (${docs.length} documents)`);
