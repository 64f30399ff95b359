// Builds docs/<BASE.recap>.txt – the note of the Network's online meeting of Wednesday 14 October 2037: the MEETING
// SUMMARY THAT ZOOM'S AI COMPANION E-MAILED to the clerk, FORWARDED by her the next morning with the attendance and
// declarations she took herself and her corrections in square brackets – and text/<BASE.recap>.txt (the same text:
// a plain-text document is its own rendering).
//
//   node src/build-recap-txt.mjs
//
// Layout: a plain-text e-mail as saved from Outlook. The clerk's message first (Outlook "From / Sent / To /
// Subject" lines; a covering note; "Attendance" as labelled lines "Present:", "Substitutes:", "Apologies:",
// "Officers:", "Guest:", "Declarations of interest:" with names separated by semicolons; a signature), then a
// "---------- Forwarded message ----------" block with the Zoom e-mail's own header ("Date: Wed, Oct 14, 2037 at
// 12:47 PM") and the MEETING SUMMARY IN ZOOM'S SHAPE: "Meeting summary for … (10/14/2037)" with THE DATE IN US
// ORDER, "Quick recap" (one paragraph), "Next steps" AS "Name will … by <US date>" BULLETS (some by first name
// only: "Imogen will …", "Callum will …"), and "Summary" AS SECTIONS UNDER TOPIC TITLES THE TOOL MADE UP (not the
// agenda's item numbers or titles), in which people are named WITHOUT "Cllr" and sometimes by first name; ONE NAME
// MISSPELT BY THE TOOL AND NOT CORRECTED ("Yasmin Jowitt"); THE CLERK'S CORRECTION IN SQUARE BRACKETS inside a
// sentence ("Helen Scaife [AL: this was Cllr Beverley Coppard, not Cllr Scaife]"); the tool's disclaimer and
// rating/edit/share lines and Zoom's postal footer at the end.
// Synthetic test fixture: everything in it is invented.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BASE } from "./content.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

export const RECAP = `From: Alisha Lorimer <alisha.lorimer@local.gov.uk>
Sent: Thursday, October 15, 2037 9:12 AM
To: SCPSS Network members; SCPSS Network substitutes; SCPSS Network officers
Subject: Note of yesterday's Network meeting - Zoom summary (checked)

Dear all,

Below is the summary that Zoom produced of yesterday's meeting of the School Crossing Patrols and Safer Speeds Network. I have checked it against my own notes and put my corrections in square brackets with my initials. It will stand as the note of the meeting until the formal minutes go to the January meeting for approval. Please tell me of anything else that needs correcting by Wednesday 21 October.

Zoom does not record attendance or declarations properly, so here they are from my notes:

Present: Cllr Imogen Ravenscroft (Chair); Cllr Priya Bhogal (Vice-Chair from item 3); Cllr Ade Akintola; Cllr Beverley Coppard; Cllr Moira Salkeld; Cllr Helen Scaife; Cllr Martin Teasdale; Cllr Gareth Uttley; Cllr Rashid Zaman
Substitutes: Cllr Karen Inskip for Cllr Fenella Nettleship; Cllr Yasmin Jowett for Cllr Lionel Dunstall
Apologies: Cllr Fenella Nettleship; Cllr Owain Rendle; Cllr Lionel Dunstall
Officers: Niamh Ferrers; Grace Hollick; Callum Tindall; Sunita Crosland; Alisha Lorimer
Guest: Tamsin Oxley, Department for Transport (item 6 only)
Declarations of interest: Cllr Gareth Uttley, item 4, Bradford's bid (CPSF2-02), as Bradford's portfolio holder for highways, who signed the bid; Cllr Helen Scaife, item 4, North Yorkshire's bid (CPSF2-08), as North Yorkshire's executive member for highways. Both left the meeting while their council's award was decided.

Thanks,
Alisha

Alisha Lorimer
Member Services Officer | Local Government Association
18 Smith Square, London SW1P 3HZ | 020 7946 0793

---------- Forwarded message ----------
From: Zoom <no-reply@zoom.us>
Date: Wed, Oct 14, 2037 at 12:47 PM
Subject: Meeting summary for School Crossing Patrols and Safer Speeds Network - October meeting
To: Alisha Lorimer <alisha.lorimer@local.gov.uk>

Meeting summary for School Crossing Patrols and Safer Speeds Network - October meeting (10/14/2037)

Quick recap

The Network appointed Priya Bhogal as Vice-Chair and approved ten of the eleven recommended round 2 awards from the Crossing Patrol Sustainability Fund, deferring Somerset's award to January. Members raised the score of the risk about round 1 monitoring data and agreed to hold back final grant payments from councils that have not returned their data. Callum Tindall presented the programme's quarter 2 update, and Tamsin Oxley from the Department for Transport outlined the consultation on part-time 20mph limits outside schools, on which the Network agreed the main points of its response.

Next steps

• Grace Hollick will write to the 19 councils that bid to round 2 with the outcome by October 23.
• Grace Hollick will bring Somerset's award back to the January meeting once Somerset's cabinet has approved its match funding.
• Sunita Crosland will write to the seven round 1 councils that have not returned monitoring data by October 30, saying that the final 10% of their grant will be held back if the data has not arrived by November 30.
• Imogen will write to the Minister about sharing school-gate collision data by November 6.
• Niamh Ferrers will send the draft consultation response to members by October 28.
• Imogen will sign off the final consultation response by November 25, after consulting Priya and Ade.
• Callum will bring recovery plans for the recruitment campaign and the round 1 evaluation to the January meeting.
• Alisha Lorimer will update the Network's membership page by October 16.

Summary

Welcome and apologies
Imogen Ravenscroft welcomed everyone and noted apologies from Fenella Nettleship, Owain Rendle and Lionel Dunstall. Karen Inskip and Yasmin Jowitt attended as substitutes. Gareth Uttley and Helen Scaife declared interests in their councils' bids under the item on the fund.

New Vice-Chair appointed
Imogen thanked Desmond Huxtable for his two years as Vice-Chair. On the nomination of the Conservative group, the Network appointed Priya Bhogal as Vice-Chair until the LGA's annual meeting in July 2038. Priya said she would keep her role as lead member for data and evidence.

Round 2 awards from the sustainability fund
Grace Hollick introduced the report, explaining that 19 councils had bid for £486,300 against the £300,000 available and that the assessment panel recommended 11 awards totalling £298,750. Members asked about Somerset's award, which depends on Somerset's cabinet approving its match funding on November 5. Moira Salkeld proposed that the award be deferred rather than approved on a condition, and the Network agreed. The Network approved the other ten awards, totalling £273,650, with Gareth Uttley and Helen Scaife leaving the meeting for the Bradford and North Yorkshire awards. The £1,250 not awarded will go to round 3.

Risk register review
Grace Hollick took members through the register. Helen Scaife [AL: this was Cllr Beverley Coppard, not Cllr Scaife] argued that the risk of round 1 councils not returning their monitoring data was understated, and the Network agreed to raise its likelihood from 4 to 5, giving a score of 15. The Network noted the register, agreed the new risk on the consultation response, and agreed that councils that have not returned their round 1 data by November 30 will not receive the final 10% of their grants.

Safer Speeds Programme quarter 2 update
Callum Tindall presented the update: three actions done, four on course, three drifting and two blocked. The recruitment campaign will now launch on November 2 with the new supplier. The interim evidence review found that mean speeds outside schools fell from 25.8 to 21.9 mph in the 214 zones with 12 months of data. Rashid Zaman asked whether the £8,500 overspend on the evidence review would affect the money for awards; Callum confirmed that it will be met from underspends on staff and events. Members asked the Chair to write to the Minister about the blocked data sharing agreement.

Consultation on part-time 20mph limits
Tamsin Oxley from the Department for Transport outlined the consultation, which closes on November 30 and proposes letting councils set 20mph limits that apply only at the start and end of the school day, signed with flashing lights. Ade Akintola introduced the discussion. The Network agreed that its response should support part-time limits where a permanent 20mph zone is not practical, ask for the cost of the signs to be funded as a new burden on councils, and oppose any requirement to provide a crossing patrol at every part-time limit. Niamh Ferrers read out Owain Rendle's written comments on rural roads.

Any other business
Martin Teasdale asked for the January meeting to cover patrol sites outside academies. The next meeting is on January 20, 2038 at 18 Smith Square.

AI-generated content may be inaccurate or misleading. Always check for accuracy.

Please rate the accuracy of this summary.
Edit    Share

Zoom Video Communications, Inc.
55 Almaden Blvd, San Jose, CA 95113
`;

writeFileSync(join(root, "docs", BASE.recap + ".txt"), RECAP);
writeFileSync(join(root, "text", BASE.recap + ".txt"), RECAP);
console.log(`wrote ${BASE.recap}.txt (${RECAP.split("\n").length} lines)`);
