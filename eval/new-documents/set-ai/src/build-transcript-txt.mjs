// Builds docs/winter-service-task-group-webcast-transcript-2054-02-04.txt and text/<same>.txt (the same words).
// A plain-text transcript exported from a webcasting and captioning tool: a short export header, then one line per
// turn, "HH:MM:SS Speaker: words", the speaker as the captioner labelled the microphone. Nothing else structures it:
// the clerk reads the attendance out, the Chair calls the items, members declare interests, decisions and actions
// (with owner and date) are said aloud, and one vote is counted aloud. Timestamps are worked out from the number of
// words spoken (about 2.5 words a second) plus a pause between turns; one technical break in the webcast.
//   node src/build-transcript-txt.mjs
// Synthetic test fixture: the people, figures and decisions are invented.
import { writeDoc, writeText, assert } from "./common.mjs";

const BASE = "winter-service-task-group-webcast-transcript-2054-02-04";
const CH = "Cllr Demelza Kellow (Chair)";
const CL = "Cerian Lofthouse (LGA)";
const MW = "Marisol Whiteoak (LGA)";
const HN = "Halina Nowak (LGA)";
const KA = "Kofi Ashurst (LGA)";
const CR = "Chidinma Redfearn (LGA)";
const JI = "Jonty Inchbald (LGA)";
const PD = "Padraig Donnachie";
const T = [
  [CH, "Good morning, everybody, and welcome to this meeting of the Winter Service Task Group. It’s Wednesday the 4th of February and we are being webcast, so please do use your microphones when you speak. I’m Demelza Kellow and I chair the Task Group. Before we start I’ll ask Cerian to tell us who is here."],
  [CL, "Thank you, Chair. In the room we have Councillor Kellow, Councillor Thewlis, Councillor Cullinane, Councillor Ezeani, Councillor Dewhirst and Councillor Lanyon. Online we have Councillor Stansfield, Councillor Szymanski and Councillor Prydderch. We have apologies from Councillor Umpleby, and Councillor Sledmere is here in the room as his substitute. We also have apologies from Councillor Rasul, with no substitute. So that’s nine members and one substitute, and we are quorate. The officers here are Marisol Whiteoak, Chidinma Redfearn, Halina Nowak, Kofi Ashurst and myself, and Jonty Inchbald will join us for item 5. Padraig Donnachie, who chairs the Winter Service Practice Network, is with us online."],
  [CH, "Thank you, Cerian. Can I welcome Councillor Piers Dewhirst, who joined us as a full member on the 1st of January when Gordon Tattersall stood down, and Councillor Oliver Sledmere, who has taken Piers’s place as our Conservative substitute. Gordon is now Leader of Derbyshire and I know we’ll all want to thank him for his work here. Right. Item 1 also covers declarations of interest. Does anyone have an interest to declare?"],
  ["Cllr Dilys Prydderch", "Yes, Chair, Dilys Prydderch. Just to say again, as I did in October, my husband is a director of a haulage firm in Hereford that has moved salt for some councils under the Protocol. I don’t think it’s a pecuniary interest, but I won’t take part in anything about haulage rates."],
  [CH, "Thank you, Dilys, that’s noted."],
  ["Cllr Nessa Lanyon", "Nessa Lanyon. I’m the cabinet member for highways in Somerset, which is one of the Project Hoarfrost trial councils, so I declare that for item 6."],
  [CH, "Thank you, Nessa. Anyone else? No. Then item 2 is the note of our last meeting, on the 15th of October, and version 3 of our terms of reference, membership and delivery plan, which is in the pack for noting. Any comments on the accuracy of the note? Rowan."],
  ["Cllr Rowan Thewlis", "Only a small one, Chair. The note says I asked about the salt barns in Carlisle. It was Workington. Otherwise it’s fine."],
  [CH, "We’ll correct that. With that change, are we content to agree the note as a correct record? Thank you, that’s agreed. Matters arising. Marisol, the salt reserve."],
  [MW, "Yes, Chair. Members will remember that you wrote to the Department for Transport on the 24th of October. The Minister replied on the 9th of December, confirming that the national salt reserve will stay at 250,000 tonnes for this winter, so that was a success. The reply also says the Department will look at the size of the reserve again before next winter, so we’ll keep an eye on that."],
  [CH, "Good. Item 3, then, Storm Brangwen and the Salt Sharing Protocol. Marisol, over to you again."],
  [MW, "Thank you, Chair. Storm Brangwen brought snow and then freezing rain to most of northern England and the Midlands from the 11th to the 14th of January. It was the first real test of version 2 of the Protocol. Over those four days the regional coordinators handled 23 requests for salt from 16 authorities, and 20 of the 23 were met within 48 hours. The three that weren’t were all in the North West, where the coordinator was, quite literally, snowed in for a day. Two authorities, Cumberland and Blackburn with Darwen, came within a day of running out of salt. In all, about 11,400 tonnes of salt moved between authorities under the Protocol during the storm. Our proposal is that we commission a short review of how the Protocol worked in the storm, jointly with the Practice Network, reporting to your June meeting. Kofi will say more under item 5 about how to pay for it."],
  [CH, "Thank you. Comments? Rowan, I know Cumberland was one of the two."],
  ["Cllr Rowan Thewlis", "It was, Chair, and I want to say the Protocol did what it was meant to do. We got 600 tonnes from Northumberland inside a day. But the haulage was the problem again, not the salt. I’d want the review to look at haulage first."],
  ["Cllr Aileen Cullinane", "Aileen Cullinane, Northumberland. I’m glad we could help Rowan. I’d just say we need the invoicing to be quicker. We’re still waiting to be paid for salt we sent out in December."],
  [PD, "Padraig Donnachie from the Practice Network. Chair, the Network will gladly do the review with the LGA. We’d suggest it covers haulage, cover for the coordinators when they’re off or stuck, and the invoicing point that Councillor Cullinane makes."],
  [CH, "That seems sensible. So, to be clear for the record, the Task Group agrees to commission a review of how the Salt Sharing Protocol worked during Storm Brangwen, jointly with the Practice Network, covering haulage, cover for coordinators and invoicing, to report to our meeting on the 10th of June. The action is for Marisol to send members the terms of reference for the review by the 20th of February. Agreed? Thank you."],
  [CH, "Item 4 is the performance tracker for quarter 3. Halina."],
  [HN, "Thank you, Chair. In brief, at the end of December three of the fourteen measures had been achieved, four were on course, four were at risk and three were off course. The three off course are the availability of the Hoarfrost gritters, WIN-05, which Chidinma will come to under item 6; the forecasting options appraisal, WIN-09, where we are still waiting for legal advice; and grit bin refills, WIN-12. On WIN-09 we’re asking you to agree a new date of the 10th of June for the options paper. On WIN-12 we’re asking whether you want to lower the target from 90 to 80 per cent for this year, given the cold spell."],
  ["Cllr Aileen Cullinane", "Can I ask about WIN-01, Chair? The tracker says 14 authorities were still short of six days’ stock. Where are they now, after the storm?"],
  [MW, "All 14 have recovery plans with their regional coordinators, and nine of them were back above six days by the end of January. The other five are expecting deliveries this month. We’ll report the figure at 1 March in the next tracker."],
  ["Cllr Rowan Thewlis", "And on open data, WIN-10, I’d just say that 77 councils publishing their routes is good progress from where we were. The route upload tool has made a real difference in Cumberland."],
  [HN, "Thank you, Councillor. We’d hoped for 100 this year and we may still get there; another eleven councils have told us they’re preparing their files."],
  ["Cllr Moses Ezeani", "Moses Ezeani, Sunderland. I’m against lowering the grit bin target. Residents don’t care that the crews were out on the roads. If we lower it we’re telling people that an empty bin for a week is fine."],
  ["Cllr Tadeusz Szymanski", "Tadeusz Szymanski. [inaudible] I agree with Moses. Keep it at 90 and let’s see the good practice note first."],
  [CH, "I’m hearing that we keep it. So the Task Group notes the position at quarter 3, keeps the WIN-12 target at 90 per cent, and agrees the 10th of June as the new date for the forecasting options paper. Halina, is there a date for the legal advice?"],
  [HN, "The solicitors have promised it by the end of February, Chair."],
  [CH, "Then the action is for Halina to send members the legal advice, with a note, by the 6th of March. Thank you. Item 5, budget monitoring and the risk register. Kofi."],
  [KA, "Thank you, Chair. The paper shows the position at the end of December, period 9. The Task Group’s budget for the year is £183,500. We had spent £123,310 by the end of December and we are forecasting an outturn of £184,400, which is £900 over budget. Two lines explain most of that. The Hoarfrost evaluation is forecast at £66,500 against a budget of £60,000, because the evaluators need extra days after the battery recall. And the Storm Brangwen review you have just agreed will cost about £15,000 and has no budget. On the other side, the forecasting options line will underspend by £18,000, because the legal work has been slow. So the recommendation is a virement of £15,000 from the forecasting options line to a new line for the storm review. The remaining £900 would be met from the Infrastructure and Transport Policy budget, which Jonty has agreed."],
  [JI, "That’s right, Chair, we can absorb that."],
  [CH, "Thank you, Kofi. Before we go on, I’m told we’ve lost the online members. We’ll pause the webcast for a moment while that’s fixed."],
  ["[Webcast paused]", "[Technical fault: the webcast and the online connection were restored after about eight minutes.]"],
  [CH, "We’re back. Can the online members hear us? Imogen, Tadeusz, Dilys? Good, thank you. Kofi, you were about to turn to the risks."],
  [KA, "On the risk register, four risks have gone up since October. The highest is WSR1, salt supply, which is now scored 20 after the storm: likelihood 4, impact 5. WSR3, the reliability of the Hoarfrost vehicles, and WSR5, the forecasting procurement, are both up to 12, and WSR7, the risk to our reputation from untreated footways and empty grit bins, is up to 9. We have also added a new risk, WSR8, on the Task Group’s own budget, scored 4."],
  ["Cllr Imogen Stansfield", "Imogen Stansfield, Durham. Can I ask why driver shortages are only scored 12? Durham lost eleven drivers to haulage firms this winter."],
  [KA, "It’s scored 3 for likelihood and 4 for impact, so 12, and it hasn’t changed since October. Chidinma owns that risk, and we can look at the scoring again for June."],
  [CH, "Let’s do that. So the Task Group approves the virement of £15,000 from the shared forecasting options line to the Storm Brangwen review, notes the forecast overspend of £900, to be met from the Infrastructure and Transport Policy budget, and notes the risk register. And there’s an action for Chidinma and Kofi to review the scoring of WSR4, driver shortages, for the June meeting. Thank you. Item 6, Project Hoarfrost. Chidinma."],
  [CR, "Thank you, Chair. In October you agreed in principle that we bid to the Highways Decarbonisation Fund to extend the trial to March 2055. The Fund’s guidance for bidders has slipped to the 12th of February, so we can’t show you a draft bid today, and the deadline for our bid has moved to the 31st of March. The other news is the battery recall in December, which took three of the fourteen gritters off the road and brought availability down to 68 per cent. The manufacturer has now agreed to provide replacement vehicles by the end of February. What we’re asking today is for the Task Group to confirm that it wants the bid to go in, for up to eight councils, with the total cost kept within £1.5 million, and to delegate sign-off of the bid to Jonty Inchbald, as Head of Infrastructure and Transport Policy, in consultation with the Chair and the Vice-Chair."],
  ["Cllr Oliver Sledmere", "Oliver Sledmere. I’m here for Benedict Umpleby, who asked me to say that he has doubts about this, and so do I. The vehicles cost 18 per cent more per kilometre and now they’ve been recalled. I don’t think we should put our name to a bigger trial until we’ve seen a full season where they work."],
  ["Cllr Rowan Thewlis", "Rowan Thewlis. Cumberland has asked to join the trial if the bid succeeds, so I should say that, though it isn’t a personal interest. I support the bid. We’ll never get the vehicles right if councils don’t try them on real routes in real weather."],
  ["Cllr Piers Dewhirst", "I have some sympathy with that, but a trial is exactly where you find out about battery recalls. I’d support the bid."],
  ["Cllr Nessa Lanyon", "I’ve declared my interest, Chair, so I’ll only say that Somerset’s drivers now prefer the electric vehicles on the town routes."],
  [CH, "I think we should take a vote on this one. The proposal is as Chidinma set out: that the bid goes in by the 31st of March, for up to eight councils, within £1.5 million, with sign-off delegated to Jonty in consultation with me and the Vice-Chair. Nessa, you’ve declared. Are you taking part?"],
  ["Cllr Nessa Lanyon", "I’ll abstain, Chair."],
  [CH, "Thank you. All those in favour, please raise your hands, and online members please say so. Against? Abstentions? Cerian?"],
  [CL, "I count eight in favour, one against and one abstention, Chair."],
  [CH, "Thank you. That’s carried, eight votes to one, with one abstention. The action is for Chidinma to send the final bid to Jonty for sign-off, copied to me and the Vice-Chair, by the 24th of March. Item 7, any other business. Imogen, you had something."],
  ["Cllr Imogen Stansfield", "Just to flag the Transport Committee’s inquiry into local roads in severe weather. If they invite the LGA to give oral evidence I’d be happy to do it."],
  [MW, "Thank you, Councillor. The Committee has extended its deadline for written evidence, so we will now send ours by the 27th of March, and we’ll share the draft with members first."],
  [CH, "Imogen, we’d be glad for you to do that if they ask. Anything else? No. Our next meeting is on Wednesday the 10th of June at 10.30. Thank you all, and stay safe on the roads."],
];

const fmt = (s) => [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, "0")).join(":");
let t = 6;
const lines = [];
for (const [who, words] of T) {
  if (who === "[Webcast paused]") {
    lines.push(`${fmt(Math.round(t))} ${words}`);
    t += 8 * 60 + 14;
    continue;
  }
  lines.push(`${fmt(Math.round(t))} ${who}: ${words}`);
  t += words.split(/\s+/).length / 2.2 + 6;
}
const end = Math.round(t + 8);
const head = [
  "Winter Service Task Group, 4 February 2054: webcast transcript",
  "Meeting: Winter Service Task Group, Wednesday 4 February 2054, 10.30am, Smith Square 2, 18 Smith Square, London, and online",
  `Recording length: ${fmt(end)}`,
  "Exported from CaptionDesk Live on 05/02/2054 at 09:14. Automatic captions, corrected by the clerk. Speaker names are as labelled by the captioner.",
  "",
];
const body = [...head, ...lines, `${fmt(end - 3)} [Webcast ends]`];
const out = body.join("\n") + "\n";
assert(!/\t/.test(out), "no tabs");
// vote: 9 members and 1 substitute present; 8 + 1 + 1 = 10
assert(8 + 1 + 1 === 9 + 1, "vote adds up to those present");
writeDoc(BASE + ".txt", out);
writeText(BASE, body);
console.log(`wrote docs/${BASE}.txt (${T.length} turns, ${fmt(end)}) and text/${BASE}.txt`);
