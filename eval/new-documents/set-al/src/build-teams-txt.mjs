// The officers' Microsoft Teams channel for the Panel, exported as plain text (2 to 20 November 2071): a pinned
// message with the meeting's details, posts timestamped dd/mm/yyyy hh:mm by name, replies indented under the post
// they answer with "↳", reactions ("👍 3") under each message, an attachment line, an edited and a deleted
// message, an informal decision reached in a thread, and a debrief with actions after the meeting.
// Writes docs/<teams>.txt; text/<teams>.txt is the same text.
import { writeFileSync } from "node:fs";
import { FILES } from "./content.mjs";
import { docPath, textPath } from "./lib.mjs";

const RULE = "=".repeat(80);
const THIN = "-".repeat(80);
const txt = `Microsoft Teams - channel conversation export
Team:      LGA Cosmetic Procedures and Special Treatments Panel (officers)
Channel:   General
Exported:  20/11/2071 16:05 by Priya Cottingham
Period:    02/11/2071 to 20/11/2071
Times:     UK time (GMT)
Replies are indented under the post they answer. Reactions are shown under each message.
${RULE}

PINNED MESSAGE
${THIN}
[03/11/2071 09:10] Priya Cottingham
Panel meeting - Wednesday 18 November 2071
  When:   11:00 to 13:00 (Chair's pre-meet at 10:15 in room 2.04)
  Where:  Lovelace Room (1.07), 18 Smith Square, London SW1P 3HZ, and on Teams for members joining online
  Chair:  Cllr Hattie Blencowe
  Papers published: Tuesday 10 November 2071
  Agenda:
    1. Welcome, apologies and declarations of interest
    2. Minutes of the meeting on 9 September 2071
    3. Terms of reference and membership 2071/72 (Priya)
    4. DHSC fees consultation: draft LGA response (Caspar)
    5. Programme performance report, Quarter 2 2071/72 (Isolde)
    6. Enforcement pilot update (Rupert)
    7. Any other business
  Apologies and subs to me please by Friday 13 November.
Pinned by Priya Cottingham on 03/11/2071 09:12
    👍 4
${RULE}

[02/11/2071 09:47] Caspar Orrell
Morning all - draft 3 of our response to the DHSC fees consultation is in Files > Panel 18 Nov > Item 4. Main change since lead members saw draft 2: we now ask for local fee-setting within a national cap of £420 for a practitioner licence (draft 2 had £380). Comments by Wednesday please.
📎 LGA response - scheme fees - draft 3.docx
    👍 2

    ↳ [02/11/2071 10:05] Saoirse Mycroft
      The survey median cost of issuing a practitioner licence came out at £436 (from the 71% of councils that answered), so a £420 cap leaves most councils short before we even count enforcement. Could we go higher?
        💯 1
    ↳ [02/11/2071 10:31] Isolde Wetherall
      Fair point. Let's take it to the Chair's pre-brief on Thursday rather than pick a number here.
    ↳ [05/11/2071 16:12] Isolde Wetherall
      Update from the pre-brief: Hattie and Abimbola are happy with local fee-setting, but want the cap at £450, not £420, to match Saoirse's survey figure plus inflation. So that's decided - the response goes to the Panel with a £450 cap. @Caspar Orrell can you do draft 4?
        👍 4  ✅ 1
    ↳ [05/11/2071 16:20] Caspar Orrell
      Will do, draft 4 by Monday 9th.

[04/11/2071 11:02] Rupert Fairbrother
Pilot numbers to the end of October: 112 test purchases done across the eight councils. Referrals of under-18 offers to trading standards are back on track (all 4 in October went within 5 working days). Sandwell and Norfolk have asked to join if the pilot is extended.
    👍 3  🎉 1

    ↳ [04/11/2071 11:20] Leah Babbage
      Great numbers. Are Sandwell and Norfolk in the interim evaluation too, or only the eight?
    ↳ [04/11/2071 11:26] Rupert Fairbrother
      Only the eight. New councils would come in for a second year, if DHSC funds one.

[06/11/2071 14:40] Priya Cottingham
Apologies for the 18th so far: Cllr Jolene Hepworth (Cllr Oluwaseun Adeyemi-Hart subbing) and Cllr Piers Ashburnham (no sub yet). It's Cllr Bronwen Stanhope's first meeting, so I'll send her a welcome pack.
    👍 2

[09/11/2071 10:15] Caspar Orrell (edited)
Draft 4 of the response is up in the Item 4 folder with the £450 cap, and the lead-in ask now says "at least twelve months". This is the version for the papers.
📎 LGA response - scheme fees - draft 4.docx
    👍 3

[10/11/2071 09:58] Priya Cottingham
Papers are live on the website. Item 6 is a verbal update from Rupert, so there's no paper for it.
    👍 1

[12/11/2071 15:33] Priya Cottingham
Cllr Felix Lowndes has emailed: the 9 September minutes list him under apologies, but Cllr Ines Ferreira-Lund attended online as his substitute and she isn't recorded. I'll table a correction at item 2.
    👍 1

    ↳ [12/11/2071 15:40] Isolde Wetherall
      Thanks - please check the Teams attendance report for the 9th so we get it right.
    ↳ [12/11/2071 16:02] Priya Cottingham
      Checked: she joined at 10:41 and stayed to the end.

[13/11/2071 12:08] Leah Babbage
Counsel's advice on the Toolkit's byelaws chapter won't be back until 15 January, so January publication isn't realistic. New date: 26 February 2072. I'll give the Panel a verbal update under item 5, as the report still says January.
    😬 2  👍 1

    ↳ [13/11/2071 12:15] Isolde Wetherall
      OK. I'll tell Hattie at the pre-meet. We should also update CPR-08 on the risk register page.

[16/11/2071 08:51] Caspar Orrell
This message has been deleted.

[18/11/2071 13:25] Priya Cottingham
Quick debrief from today's Panel (formal minutes to follow):
  • Item 1 - Cllr Kittredge declared the same interest as in September (her sister's clinic), on item 6.
  • Item 2 - 9 September minutes agreed with the correction: Cllr Ines Ferreira-Lund attended online as substitute for Cllr Felix Lowndes.
  • Item 3 - terms of reference agreed; the extension to 31 March 2074 goes to the SSCB on 3 December. Meeting dates agreed, except 16 March, which moves to 23 March 2072.
  • Item 4 - response with the £450 cap agreed.
  • Item 5 - noted, and the Toolkit date of 26 February 2072 agreed instead of January. Members want a recovery plan for officer training (CSP-02) at the January meeting.
  • Item 6 - pilot to continue; Rupert to pursue a second year with DHSC.
Actions:
  - Caspar: submit the consultation response to DHSC by Wednesday 25 November
  - Priya: send the terms of reference report to the SSCB clerk by Friday 20 November
  - Caspar and Isolde: training recovery plan for the 20 January meeting, papers by Friday 8 January 2072
  - Rupert: ask DHSC in writing about funding a second year of the pilot, by Monday 30 November
    👍 5  🎉 2

    ↳ [18/11/2071 13:41] Isolde Wetherall
      Thanks Priya. One more: Hattie asked us to invite Owen Trethewey (CIEH) back for the January meeting. I'll do that.
    ↳ [18/11/2071 14:02] Rupert Fairbrother
      On the pilot: Eleri at DHSC said on the way out that they'd fund it to June 2072 at least. I'll get that in writing.
        👍 3

[19/11/2071 17:30] Caspar Orrell
Response submitted to DHSC through the consultation portal this afternoon, ahead of the 27 November deadline. Receipt ref DHSC-CPL-0719.
    🎉 4  👍 2

[20/11/2071 09:10] Priya Cottingham
Terms of reference report sent to the SSCB clerk for 3 December.
    👍 1

${RULE}
End of export
`;
writeFileSync(docPath(FILES.teams), txt);
writeFileSync(textPath(FILES.teams.replace(/\.txt$/, "")), txt);
console.log(`wrote docs/${FILES.teams} and text/ copy`);
