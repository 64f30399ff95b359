// Builds docs/evctg-meeting-2136-06-12-teams-transcript.docx and its rendering in text/.
// Layout: A MICROSOFT TEAMS MEETING TRANSCRIPT DOWNLOADED AS A WORD DOCUMENT (Transcript > Download >
// "Download as .docx"), made with `docx` 9.x: no headings, no tables, no numbering – the recording's name
// as the first line ("<meeting>-21360612_100412-Meeting Recording"), the date and start time ("12 June
// 2136, 10:04am"), the recording's length, "<name> started transcription", then ONE PARAGRAPH PER TURN
// HEADED BY A LINE "<display name>   m:ss" (the speaker as Teams knows them and the time since the
// recording started), the words as the captioning heard them (fillers, restarts, numbers as digits,
// references as spoken – "NCF 06", not "NCF-06"), long turns cut into several entries under a repeated
// header, and "<name> stopped transcription" at the end. Nothing else: no agenda, no attendance list, no
// decisions set apart. Speakers are NAMED AS TEAMS DISPLAYS THEM, which is not how the papers name them:
// LGA staff from the directory "Surname, Forename" ("Okonkwo-Reyes, Talia"); councillors as their own
// council's directory shows them ("Cllr Aurelie Fenwick-Osei", "Pentecost-Irvine, Marisol (Cllr)",
// "Ngozi Adebanjo-Frith"); a substitute signed in as a guest ("Barnabas Cleeve-Hartnoll (Guest)"); an
// officer of another council as "(External)"; A MEMBER WHO DIALLED IN AS A TELEPHONE NUMBER ("+44 7700
// 900862", who says who she is); and the meeting room's Teams Room device ("18SS Room 5.2 (Teams Room)"),
// under which EVERYTHING SAID IN THE ROOM IS ATTRIBUTED – the Chair, the Vice-Chair and two members –
// so who is speaking there is known only from what they say. The meeting's decisions (NCF-11's award to
// round 2, the NCF-06 variation by a vote of 6–1–1, the round 2 timetable and budget, September at
// Ockenbridge), apologies and substitutes, declarations and actions are all only in the talk.
// Rendering: each paragraph a line, as mammoth reads the file (the header line keeps its three spaces).
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-transcript-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, DOCS, BODY, OFFICERS as O, HOST, P, full, S, NCF06_VARIATION, NCF06_ORIGINAL, NCF11, CONTINGENCY, CONTINGENCY_NOW, ROUND2_BASE, ROUND2, BID_CAP, GULLIES, GULLY_COST, VOTE, n0, count } from "./common.mjs";

const { Document, Packer, Paragraph, TextRun } = await importDocx();
const FILE = DOCS.transcript;
const BASE = basename(FILE, extname(FILE));

const ROOM = "18SS Room 5.2 (Teams Room)";
const T = O.talia.display, G = O.gideon.display, A = O.anouk.display, R = O.rhiannon.display;
const FEN = "Cllr Aurelie Fenwick-Osei", PEN = "Pentecost-Irvine, Marisol (Cllr)", ADE = "Ngozi Adebanjo-Frith";
const PHONE = "+44 7700 900862", CLE = "Barnabas Cleeve-Hartnoll (Guest)", PRI = `${HOST.priyanka.name} (External)`;
const c4 = count("q4");

// [speaker, words, pause before (s)]
const TURNS = [
  [ROOM, "OK, I think we're recording now. Good morning everyone and welcome to the June meeting of the Electric Vehicle Charging Task Group. I'm Perpetua Marchetti-Gould, I chair the task group, and I'm here in Smith Square with the Vice-Chair, Cosimo Brannock-Hale, and with Councillors Silverwood-Tapp and Tremlow-Addy. Everybody else is on Teams. Anouk, can you take us through the apologies?", 2],
  [A, "Thank you, Chair. We've had apologies from Councillor Taddeo Oakhanger, and Councillor Barnabas Cleeve-Hartnoll is substituting for him. Apologies also from Councillor Yasmin Olerud, and there's no substitute for her today. Councillor Carbery-Noakes has let me know she's joining by phone because she's travelling, so she'll come up as a mobile number.", 2],
  [PHONE, "Morning all, it's Isolde Carbery-Noakes, Durnholme. I'm on the train so, um, apologies if I drop out.", 3],
  [ROOM, "Thank you, Isolde. Anouk tells me we're quorate. Item 2, declarations of interest. Does anyone have anything to declare?", 2],
  [PEN, "Yes, Chair. Marisol Pentecost-Irvine. Ravenscliffe is the council behind NCF 06, and item 5 is our variation request, so I declare that and I won't take part in the discussion or the vote on that item.", 3],
  [ROOM, "Thank you, Marisol. Anyone else? Yes, Horatio.", 2],
  [ROOM, "Horatio Silverwood-Tapp, Sandlow. Just for transparency, I'm on the board of Sandlow Community Energy, which hosts two of the NCF 03 sites. There's nothing on NCF 03 for decision today, so I think that's a personal interest only, but I wanted it on the record.", 2],
  [R, "Rhiannon Castellow, legal. That's right, Chair, it's a personal interest. Councillor Silverwood-Tapp can take part in everything today.", 3],
  [ROOM, "Thank you, Rhiannon. Item 3, the minutes of the 13th of March. Are we happy to agree those as a correct record? I'm seeing nods in the room and thumbs up online, so that's agreed. Talia, item 4, the fund update.", 4],
  [T, `Thanks, Chair. So, um, the headline is that at the end of March, which is the last full quarter we've got returns for, we had 14 round one schemes: ${c4["Complete"]} complete, that's Wealdmarsh's depots, ${c4["On track"]} on track, ${c4["Delayed"]} delayed and ${c4["At risk"]} at risk. Since then there've been two big changes. Tarrowby have finished, so all 20 of their car park sockets are live. And Thistlecombe have withdrawn NCF 11, the coach station hub. They wrote to us on the 14th of May; the coach station site has been sold. So there's £${n0(NCF11)} coming back to the fund, and our recommendation is that it goes into round 2 rather than sitting in the reserve. The other one I'd flag is Quaybridge. Their connection offer from the network operator has slipped, it now says March 2137 for the substation upgrade. We've paid nothing out on that one so far.`, 3],
  [FEN, "Aurelie Fenwick-Osei. Can I just ask about Quaybridge? £410,000 is a lot of money to have sitting there. Are we confident they'll deliver at all?", 4],
  [T, "It's a fair question. They're asking to re-phase rather than withdraw. We've asked them for a revised delivery plan by the end of July, and I'd suggest we bring a recommendation to you in September.", 2],
  [ROOM, `OK. So on NCF 11, are we agreed that the £${n0(NCF11)} goes into round 2? Cosimo?`, 2],
  [ROOM, "Vice-Chair here. Yes, I'd move that, and I'd add that we ask officers to report back on Quaybridge in September.", 2],
  [ROOM, `Thank you. Seconded? Aurelie, thank you. Anyone against? No. So that's agreed: the £${n0(NCF11)} from NCF 11 goes into the round 2 budget, and we'll have Quaybridge back in September. Item 5, the NCF 06 variation. Marisol has stepped out of the discussion. Talia?`, 3],
  [T, `So, Ravenscliffe are asking for an extra £${n0(NCF06_VARIATION)} on NCF 06, which would take the award from £${n0(NCF06_ORIGINAL)} to £${n0(NCF06_ORIGINAL + NCF06_VARIATION)}. The reason is ducting. On four of the nine streets the cable route has to go under the other side of the road because of gas mains, and that wasn't picked up in the original survey. They've got 40 sockets live so far out of 72.`, 2],
  [G, `Gideon Fairweather-Lunt, finance. Just to add, there is room in the contingency for this. The contingency is £${n0(CONTINGENCY)} and nothing has been drawn on it yet, so it would leave £${n0(CONTINGENCY_NOW)}.`, 3],
  [ROOM, "Horatio Silverwood-Tapp. I'll be honest, Chair, I'm uncomfortable. Every time an urban scheme overruns it comes back for more, and the rural bids were told there was no more money. I won't support it.", 3],
  [ADE, "Ngozi Adebanjo-Frith. I take Horatio's point, but gas mains aren't something the council could have known about. I'd support it.", 2],
  [CLE, "Barnabas Cleeve-Hartnoll, I'm subbing for Taddeo. I'm going to abstain on this one, I haven't seen the survey.", 3],
  [ROOM, `OK, let's take a vote. All those in favour of agreeing the variation of £${n0(NCF06_VARIATION)} for NCF 06? Anouk, can you count online for me?`, 6],
  [A, `I've got ${VOTE.for === 6 ? "six" : VOTE.for} in favour, Chair, counting the room. One against, that's Councillor Silverwood-Tapp, and one abstention, Councillor Cleeve-Hartnoll.`, 2],
  [ROOM, "Thank you. Six for, one against, one abstention, so that's carried. Can we bring Marisol back in, please?", 8],
  [ROOM, `Item 6. We're delighted to welcome ${HOST.priyanka.name}, who is Head of Parking and Kerbside at Ockenbridge City Council, to tell us about their cable gully pilot. Priyanka.`, 3],
  [PRI, `Thank you, Chair. So, very briefly. Ockenbridge has been piloting cable gullies in Lantern Hill ward since last autumn. That's a channel set into the pavement so that residents without a driveway can run a cable from their house to their car safely. We've now installed ${GULLIES} of them. Of the households that applied, 31% had no other way to charge at home, and the charging costs for those households are around a third of what they were paying at public rapid chargers. The pilot has been funded by the council itself, not from NCF. The main lesson is about permissions. It took us on average 11 weeks to get highway consent for each street, and we'd really like the LGA guidance to help councils shorten that.`, 2],
  [ROOM, "Fergus Tremlow-Addy. Thank you, that's really interesting. What did it cost per gully?", 2],
  [PRI, `About £${n0(GULLY_COST)} per gully installed, including the survey, which is roughly where we'd hoped to be.`, 3],
  [ROOM, "Thank you. And Priyanka, I think you've very kindly offered to host us?", 2],
  [PRI, "Yes, we'd be delighted to host your September meeting at the Civic Centre, and we could do a site visit to Lantern Hill the same day.", 2],
  [ROOM, "That would be lovely. Are members happy to meet in Ockenbridge on the 18th of September? I'm seeing yeses. Good. Anouk, could you work with Priyanka's team on the arrangements?", 2],
  [A, `Yes, Chair, I'll speak to ${HOST.lucan.name} in their democratic services team and we'll send out an updated invite.`, 4],
  [ROOM, "Item 7, round 2 of the fund. Talia.", 2],
  [T, `So the plan is to publish the round 2 prospectus on the 10th of July, with bids closing on the 5th of September. The budget would be £1.6 million from this year's programme budget plus the £${n0(NCF11)} you've just agreed from NCF 11, so £${n0(ROUND2)} in total. We'll prioritise on-street residential charging and rural areas, and we'd cap bids at £${n0(BID_CAP)}.`, 3],
  [ROOM, "Horatio Silverwood-Tapp. I'm pleased to hear rural areas are a priority. Can we make sure that's in the scoring and not just in the words?", 2],
  [T, "Yes. Rural schemes will get up to 15 points out of 100 for serving areas with no public charger within 5 miles.", 3],
  [ROOM, "Thank you. So we're agreed on the timetable and the budget for the prospectus. Actions, then. Talia to publish the prospectus by the 10th of July, and to bring the round 2 report to September. And Rhiannon, I think you're looking at the grant agreement?", 2],
  [R, "Yes, Chair. I'll have the revised grant agreement ready before the prospectus goes out, so by the 6th of July.", 3],
  [ROOM, "Thank you. Any other business? Aurelie.", 2],
  [FEN, "Just to flag that the consultation with operators on the open chargepoint data standard closes on the 29th of June. Fergus and I will do a short note for September.", 3],
  [ROOM, "Thank you both. The next meeting is Tuesday the 18th of September, in Ockenbridge as we said, with the site visit. Thank you all very much, I'll close the meeting there.", 4],
];
// sanity: what the talk says agrees with common.mjs
if (ROUND2_BASE !== 1600000 || S["NCF-07"].live !== 20 || S["NCF-06"].live !== 40 || S["NCF-06"].planned !== 72) throw new Error("transcript figures");

// Teams cuts a long turn into entries of about 70 words under a repeated header
const entries = [];
let t = 4;
const stamp = (s) => { s = Math.round(s); const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), x = s % 60; return h ? `${h}:${String(m).padStart(2, "0")}:${String(x).padStart(2, "0")}` : `${m}:${String(x).padStart(2, "0")}`; };
for (const [who, words, pause] of TURNS) {
  t += pause * 3;
  const sentences = words.split(/(?<=[.?!])\s+/);
  let cur = [];
  const flush = () => { if (cur.length) { entries.push([who, stamp(t), cur.join(" ")]); t += cur.join(" ").split(" ").length / 2.3; cur = []; } };
  for (const s of sentences) {
    if (cur.length && (cur.join(" ") + " " + s).split(" ").length > 75) flush();
    cur.push(s);
  }
  flush();
  const got = entries.filter((e) => e[0] === who).map((e) => e[2]).join(" ");
  if (!got.endsWith(words)) throw new Error("a turn was not kept whole: " + words.slice(0, 60));
}
const LENGTH = t + 6;
const dur = `${Math.floor(LENGTH / 60)}m ${Math.round(LENGTH % 60)}s`;

const TITLE = `${BODY} - June meeting-21360612_100412-Meeting Recording`;
const lines = [TITLE, "12 June 2136, 10:04am", dur, "", `${A} started transcription`, ""];
const paras = [
  new Paragraph({ children: [new TextRun({ text: TITLE, bold: true, size: 28 })], spacing: { after: 60 } }),
  new Paragraph({ children: [new TextRun({ text: "12 June 2136, 10:04am", color: "616161" })] }),
  new Paragraph({ children: [new TextRun({ text: dur, color: "616161" })], spacing: { after: 240 } }),
  new Paragraph({ children: [new TextRun({ text: `${A} started transcription`, italics: true, color: "616161" })], spacing: { after: 240 } }),
];
for (const [who, when, text] of entries) {
  paras.push(new Paragraph({ children: [new TextRun({ text: who, bold: true }), new TextRun({ text: "   " + when, color: "616161" })], spacing: { before: 120 } }));
  paras.push(new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } }));
  lines.push(`${who}   ${when}`, text, "");
}
paras.push(new Paragraph({ children: [new TextRun({ text: `${A} stopped transcription`, italics: true, color: "616161" })], spacing: { before: 240 } }));
lines.push(`${A} stopped transcription`);

const docx = new Document({
  creator: "Microsoft Teams",
  title: TITLE,
  styles: { default: { document: { run: { font: "Segoe UI", size: 20 } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: paras }],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(docx));
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n");
console.log(`wrote docs/${FILE} (${entries.length} entries, ${dur})`);
