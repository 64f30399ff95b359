// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or a part of
// a line found by its text, taken from the renderings, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const SUR = DOCS.survey, PRJ = DOCS.projects, PAD = DOCS.pad, PAGE = DOCS.page, MAIL = DOCS.mail;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
};
// part(doc, s): s itself, once it is known to be inside a rendering line
const part = (doc, s) => {
  if (!lines(doc).some((x) => x.includes(s))) throw new Error(`no text ${s} in ${doc}`);
  return s;
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
const row = (num, n = 7) => cells(PRJ, num, num, n);

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `cc${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which innstg projects are red in servicenow?", "status_lookup",
  "Two of the ten projects are Red (overall health) in the ServiceNow export of 28 February 2642: PRJ0046104, the floating pennywort clearance – Greyholm Cut and River Sawle (cost Red, schedule Yellow; forecast outturn £109,550 against £85,000), and PRJ0046106, the INNS mapping app and shared records platform (schedule Red; go-live now forecast for July 2642 instead of April 2642).",
  ["PRJ0046104", "PRJ0046106"], ["PRJ0046102", "PRJ0046109"],
  [[PRJ, row("PRJ0046104")], [PRJ, row("PRJ0046106")], [MAIL, sentence(MAIL, "The two Red projects are")]],
  "CSV (ServiceNow list export): the rating is the overall_health column, one of four health columns side by side, headed only by field names. PRJ0046102 and PRJ0046109 are Yellow. The e-mail's item 4 summary names the same two.");
q("any projects at amber?", "status_lookup",
  "ServiceNow rates amber as Yellow (the item 4 summary: \"ServiceNow's Yellow is our amber\"). Three projects are Yellow overall at 28 February 2642: PRJ0046102, Japanese knotweed treatment on council-owned land (schedule Yellow – 48 of 260 stands moved to the spring 2642 round); PRJ0046105, signal crayfish biosecurity at angling and boating sites (scope Yellow – two boating clubs have not agreed to wash-down points); and PRJ0046109, rhododendron ponticum clearance at Hollin Fell (on hold).",
  ["PRJ0046102", "PRJ0046105", "PRJ0046109"], ["PRJ0046104", "PRJ0046106", "PRJ0046101"],
  [[PRJ, row("PRJ0046102")], [PRJ, row("PRJ0046105")], [PRJ, row("PRJ0046109")], [MAIL, sentence(MAIL, "Summary: Five projects are Green")]],
  "CSV: no cell says 'amber'; the word is Yellow, and only the agenda e-mail says Yellow is amber. Only overall_health counts: PRJ0046104 and PRJ0046106 have Yellow in other columns but are Red overall.");
q("which risks have gone up since the jan register?", "status_lookup",
  "Two risks have risen since the January register (▲): INR-01, contractor prices for aquatic clearance rise further – now 16 (L4 × I4), Red, was 12; and INR-02, the mapping app supplier fails to go live by July 2642 – now 15 (L3 × I5), Red, was 10. The others are down (INR-04, 9, was 12), unchanged or new (INR-05).",
  ["INR-01", "INR-02"], ["INR-07", "INR-03", "INR-06"],
  [[MAIL, line(MAIL, "INR-01 |")], [MAIL, line(MAIL, "INR-02 |")], [MAIL, part(MAIL, "▲ up since the January register, ▼ down, ► no change, ★ new.")]],
  "E-mail (.eml, Apple Mail forward): the risk register is a table pasted from Numbers inside the forwarded message; the trend is an arrow and 'was n' in a 'Since Jan' column, explained by a key line under the table.");
q("which risks are amber on the innstg register?", "status_lookup",
  "Three risks are Amber (scores 8–12) at 28 February 2642: INR-04, landowners refuse access for treatment (9; Tamsin Whitlam-Orji); INR-05, Asian hornet is found before the campaign starts (8, new; Tamsin Whitlam-Orji); and INR-07, councils' match funding for round 2 is not confirmed (12; Cormac Dearlove).",
  ["INR-04", "INR-05", "INR-07"], ["INR-01", "INR-02", "INR-03", "INR-06"],
  [[MAIL, line(MAIL, "INR-04 |")], [MAIL, line(MAIL, "INR-05 |")], [MAIL, line(MAIL, "INR-07 |")]],
  "E-mail: RAG column of the pasted Numbers table; the band key (8–12 Amber) is a line under it.");
q("is the grounds maintenance training project finished?", "status_lookup",
  "Yes. PRJ0046108, grounds maintenance staff INNS training, is Closed Complete (100%, Green): it closed on 17 December 2641 with 346 staff trained across 22 councils, having spent £24,860.00 of £26,000.00.",
  ["Closed Complete", "346"], [],
  [[PRJ, row("PRJ0046108", 4)], [PRJ, part(PRJ, "Closed: 346 staff trained across 22 councils.")]],
  "CSV: the state column ('Closed Complete') and the journal field, whose entry has its timestamp on a line of its own.");
q("which project has red cost health?", "status_lookup",
  "Only PRJ0046104, the floating pennywort clearance – Greyholm Cut and River Sawle, has cost health Red: its forecast outturn is £109,550 against the budget of £85,000 (overspend £24,550), because the contractor's revised price for the second clearance is £38,600 against £21,000 allowed. The mapping app is Red overall for its schedule; its cost health is Yellow.",
  ["PRJ0046104"], ["PRJ0046106"],
  [[PRJ, row("PRJ0046104")], [PRJ, part(PRJ, "Forecast outturn £109,550 against the budget of £85,000 (overspend £24,550).")]],
  "CSV: cost_health is the sixth column; the mapping app (overall Red) is Yellow there, a trap for answers that read the overall column.");
q("which project is on hold and why", "status_lookup",
  "PRJ0046109, rhododendron ponticum clearance – Hollin Fell (Quarlby Borough Council; project manager Ottoline Elphick), is On Hold (Yellow, 12% complete): it is on hold until the landowner renews consent, and no clearance is possible in the bird nesting season (March to August).",
  ["PRJ0046109", "consent"], [],
  [[PRJ, row("PRJ0046109", 4)], [PRJ, part(PRJ, "On hold until the landowner renews consent; no clearance is possible in the bird nesting season (March to August).")]],
  "CSV: state 'On Hold'; the reason only in the journal field.");

// ------------------------------------------------------------------ table_lookup (7)
q("% complete on the knotweed treatment project?", "table_lookup",
  "PRJ0046102, Japanese knotweed treatment on council-owned land, is 31% complete (Work in Progress, Yellow): first treatment has been given at 212 of 260 stands and the other 48 move to the spring 2642 round. Budget £150,000.00, spent £41,200.00.",
  ["31"], [],
  [[PRJ, cells(PRJ, "PRJ0046102", "PRJ0046102", 14)], [PRJ, part(PRJ, "First treatment given at 212 of 260 stands")]],
  "CSV: percent_complete is a bare number under a field name.");
q("how much has the mapping app spent so far vs its budget", "table_lookup",
  "PRJ0046106, the INNS mapping app and shared records platform, has spent £52,300 against a budget of £96,000 (work_cost and budget_cost, written £52,300.00 and £96,000.00 in the export), at 35% complete. Fernleaf Digital has offered a fixed-price variation of £18,400 for the remaining work.",
  ["52,300", "96,000"], [],
  [[PRJ, cells(PRJ, "PRJ0046106", "PRJ0046106", 14)], [PRJ, part(PRJ, "Fernleaf Digital offered a fixed-price variation of £18,400 for the remaining work.")]],
  "CSV: currency fields as display values ('£52,300.00') under the field names budget_cost and work_cost. The must strings are the sums without pence: the scorer's whole-token match does not find '52,300' in '£52,300.00'.");
q("whats the forecast overspend on aquatic species control", "table_lookup",
  "£23,100: the aquatic species control line has a budget of £96,000 for 2641/42, £78,260 spent to 28 February and a forecast outturn of £119,100 (variance +23,100, + being an overspend). It is the only line forecast to overspend; the programme as a whole is forecast £11,600 over.",
  ["23,100"], [],
  [[MAIL, line(MAIL, "Aquatic species control |")], [MAIL, line(MAIL, "Variance: + is a forecast overspend")]],
  "E-mail: a budget table pasted from Numbers into the forwarded agenda message; the sign's meaning is in a line under it.");
q("whats the usual inns spend per council – the most common band in the survey?", "table_lookup",
  "The most common answer was £10,000 to £24,999 for 2641/42: 9 of the 26 councils that answered (34.62%). 7 expect to spend less than £10,000 (26.92%), 6 £25,000 to £49,999 (23.08%), 3 £50,000 or more (11.54%) and 1 doesn't know; 1 council skipped the question.",
  ["24,999", "34.62%"], [],
  [[SUR, line(SUR, "£10,000 to £24,999 |")], [SUR, line(SUR, "Q5 Roughly how much")]],
  "PDF: Q5's table; the bands are the answer choices, the count under RESPONSES beside the percentage.");
q("what did enforcement score in the capacity survey?", "table_lookup",
  "Enforcement (e.g. Community Protection Notices) had a weighted average of 1.92 out of 5 – the lowest of the five areas – from 26 councils: 9 very low (34.62%), 11 low (42.31%), 5 adequate, 1 good and none very good.",
  ["1.92"], [],
  [[SUR, line(SUR, "Enforcement (e.g. Community Protection Notices) |")], [PAD, sentence(PAD, "Enforcement was rated the weakest area")]],
  "PDF (SurveyMonkey summary): a matrix table whose cells are a percentage over a count, with a WEIGHTED AVERAGE column; the notes of 20 January repeat the figure.");
q("how many councils have a named inns lead officer?", "table_lookup",
  "15 of the 27 councils that answered the capacity survey (55.56%) have a named lead officer for invasive non-native species; 10 (37.04%) do not and 2 (7.41%) don't know.",
  ["15", "55.56%"], [],
  [[SUR, line(SUR, "Yes |")], [PAD, sentence(PAD, "15 have a named INNS lead officer")]],
  "PDF: Q1's table (ANSWER CHOICES | RESPONSES, percentage then count).");
q("which use of round 2 money did councils rank top?", "table_lookup",
  "Contractor treatment of knotweed, with a score of 3.92 (11 of the 25 councils, 44.00%, ranked it first). Then mapping and data (3.28), volunteer co-ordination (3.12), staff training (2.68) and public awareness (2.00).",
  ["knotweed", "3.92"], [],
  [[SUR, line(SUR, "Contractor treatment of knotweed |")], [SUR, line(SUR, "Public awareness |")]],
  "PDF: Q4 ranking table; the SCORE column decides the order, and the chart above prints the same scores at the ends of its bars.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the innstg", "people_roles",
  "Cllr Isolde Cruttenden (Conservative, Fenmarsh District Council) is the Chair for 2641/42. The Vice-Chair is Cllr Thaddeus Hebden-Asante (Labour, Corvale City Council) and the Deputy Chair Cllr Rosalind Maskelyne (Liberal Democrat, Ashtonbury Borough Council).",
  ["Cruttenden"], [],
  [[PAGE, line(PAGE, "- { name: Cllr Isolde Cruttenden")], [PAGE, line(PAGE, "- { name: Cllr Thaddeus Hebden-Asante")], [PAD, line(PAD, "Present (in the room):")]],
  "Markdown (Jekyll source): the members are only in the front matter as YAML flow mappings; the body's table is a Liquid loop. The notes of 20 January give '(Chair)' after her name.");
q("who replaced cllr varty?", "people_roles",
  "Cllr Saoirse Tankard (Labour, Brinkley Vale Council) replaced Cllr Lionel Varty on the Task Group from 1 January 2642; Cllr Varty stood down on 31 December 2641.",
  ["Tankard"], [],
  [[PAGE, line(PAGE, "- { name: Cllr Saoirse Tankard")], [PAD, sentence(PAD, "The Chair welcomed Cllr Saoirse Tankard")]],
  "Markdown front matter (since / replaces keys) and the notes' item 1; the stand-down date is only in a Liquid comment block the site never shows.");
q("who's the PM on the penywort clearance project", "people_roles",
  "Rupert Cappleman is the project manager of PRJ0046104, the floating pennywort clearance – Greyholm Cut and River Sawle (lead council Ravensmere District Council); the lead member is Cllr Gwilym Ridsdale.",
  ["Cappleman"], [],
  [[PRJ, row("PRJ0046104", 9)]],
  "CSV: project_manager and u_lead_member are display values of reference fields; the question misspells pennywort. Cappleman is a council officer, in no other document.");
q("who's lead member for data and recording", "people_roles",
  "Cllr Farida Loxley-Mensah (Labour, Calderfold Metropolitan Borough Council) is the lead member for data and recording. She is also the lead member on the mapping app project (PRJ0046106) and is to bring the capacity action plan to the March meeting.",
  ["Loxley-Mensah"], [],
  [[PAGE, line(PAGE, "- { name: Cllr Farida Loxley-Mensah")]],
  "Markdown front matter: 'lead: data and recording' inside a flow mapping.");
q("who subbed at the january meeting?", "people_roles",
  "Cllr Ptolemy Sissons (Conservative, Fenmarsh) attended as substitute for Cllr Hamish Clapperton at the meeting of 20 January 2642. Apologies were from Cllr Thaddeus Hebden-Asante (Vice-Chair) and Cllr Clapperton.",
  ["Sissons", "Clapperton"], [],
  [[PAD, line(PAD, "Substitute:")], [PAD, line(PAD, "Apologies:")]],
  "HTML (Etherpad export): labels are <strong> runs in lines ended by <br>.");
q("contact officer for the budget and risk paper?", "people_roles",
  "Cormac Dearlove, Finance Business Partner – 020 7946 0857, cormac.dearlove@local.gov.uk – is the contact officer for item 5, the programme budget and risk register (17 March 2642).",
  ["Dearlove", "020 7946 0857"], [],
  [[MAIL, line(MAIL, "Contact officer: Cormac Dearlove")]],
  "E-mail: a 'Contact officer:' line in the forwarded message; the papers themselves are not attached.");
q("who's the clerk to the tg and how do i get hold of them", "people_roles",
  "The clerk is Philippa Outhwaite, Member Services Officer (clerk to the Task Group): 020 7946 0861, philippa.outhwaite@local.gov.uk. She also took the notes of the January meeting and sent the March agenda.",
  ["Outhwaite", "020 7946 0861"], [],
  [[PAGE, line(PAGE, "{% include contact-card.html name=\"Philippa Outhwaite\"")], [MAIL, line(MAIL, "18 Smith Square, London SW1P 3HZ | 020 7946 0861")]],
  "Markdown: the contact card is only the parameters of a Liquid include tag; the e-mail's signature gives the number too.");

// ------------------------------------------------------------------ board_paper (7)
q("recs in the item 5 budget & risk paper?", "board_paper",
  "Item 5 (programme budget and risk register, 17 March 2642) recommends that the Task Group: (a) notes the forecast outturn of £431,600 against the programme budget of £420,000 for 2641/42, an overspend of £11,600, arising on the aquatic species control line (£23,100); (b) agrees that the aquatic overspend be met by a virement of £11,500 from the underspends on the other five lines and £11,600 from the Riverbank Restoration Fund administration reserve; (c) notes the risk register, in which two risks (INR-01 and INR-02) are rated Red. Contact officer: Cormac Dearlove.",
  ["11,600", "virement", "11,500"], [],
  [[MAIL, line(MAIL, "(a) notes the forecast outturn")], [MAIL, line(MAIL, "(b) agrees that the aquatic overspend")], [MAIL, line(MAIL, "(c) notes the risk register")]],
  "E-mail: the forwarded message's front-sheet lines ('Recommendations: That the Task Group:' over (a)–(c) lines).");
q("whats on the agenda for 17 march", "board_paper",
  "Thursday 17 March 2642, 10:30, Room 1.6, 18 Smith Square, and on Teams: 1 welcome, apologies and substitutes; 2 declarations of interest; 3 notes of the meeting held on 20 January 2642; 4 programme highlight report (Tamsin Whitlam-Orji, 10:40); 5 programme budget and risk register (Cormac Dearlove, 11:10); 6 Riverbank Restoration Fund round 2: prospectus (Lachlan Huddlestone, 11:30); 7 capacity action plan, paper to follow (Cllr Farida Loxley-Mensah, 11:55); 8 any other business (12:20); close 12:30.",
  ["Programme highlight report", "budget and risk register", "prospectus", "Capacity action plan"], [],
  [[MAIL, line(MAIL, "4. | Programme highlight report")], [MAIL, line(MAIL, "5. | Programme budget and risk register")], [MAIL, line(MAIL, "6. | Riverbank Restoration Fund round 2")], [MAIL, line(MAIL, "7. | Capacity action plan")]],
  "E-mail: the agenda typed with tabs (Apple-tab-span in the HTML part), not a table or a list.");
q("what did they agree about the mapping app in jan?", "board_paper",
  "On 20 January 2642 the Task Group agreed that officers get a revised timetable and a fixed price from Fernleaf Digital (action INA-30, Ines Sagar-Lund, by 24 February 2642 – moved from 10 February). Ines Sagar-Lund had said the supplier had lost its lead developer and forecast go-live in July 2642 at the earliest.",
  ["Fernleaf", "24 February"], [],
  [[PAD, line(PAD, "that officers get a revised timetable")], [PAD, line(PAD, "INA-30 |")], [PAD, sentence(PAD, "said the supplier had lost its lead developer")]],
  "HTML (Etherpad): the decisions are an <ol> whose numbers are only CSS counters; the action's date was struck through and replaced (<s>10 February</s> 24 February 2642); 'June' was struck for 'July' in the go-live sentence.");
q("any DOIs at the jan mtg?", "board_paper",
  "Two declarations on 20 January 2642: Cllr Gwilym Ridsdale, a member of the Sawle Valley Angling Association (item 4, the crayfish biosecurity project) – a personal interest, and he took part; and Cllr Augustin Dowthwaite, who owns farmland at Quarlby with a knotweed stand being treated under the programme (item 4) – he left the room for the knotweed discussion.",
  ["Ridsdale", "Dowthwaite"], [],
  [[PAD, line(PAD, "Cllr Gwilym Ridsdale: member of")], [PAD, line(PAD, "Cllr Augustin Dowthwaite: owns farmland")]],
  "HTML (Etherpad): a <ul class=\"bullet\"> under a bold typed heading.");
q("brief me on the innstg before the march meeting", "board_paper",
  "Invasive Non-Native Species Task Group, a member task group of the Land, Water and Rural Affairs Board, overseeing the Invasive Species Control Programme 2641–42 and the Riverbank Restoration Fund. Chair Cllr Isolde Cruttenden (Conservative, Fenmarsh); Vice-Chair Cllr Thaddeus Hebden-Asante (Labour, Corvale); Deputy Chair Cllr Rosalind Maskelyne (Lib Dem, Ashtonbury); 12 members (Cllr Saoirse Tankard replaced Cllr Lionel Varty from 1 January 2642), three named substitutes, quorum 4. Next meeting Thursday 17 March 2642, 10:30, Room 1.6 (not 2.3) and Teams. Projects at 28 February: five Green, three Yellow, two Red – PRJ0046104 pennywort (forecast overspend £24,550) and PRJ0046106 mapping app (go-live July 2642). Budget 2641/42 £420,000, forecast £431,600 (£11,600 over, all on aquatic species control). Red risks INR-01 and INR-02. Round 2 of the fund: £300,000, bids up to £45,000, closing 26 May 2642. Capacity survey: 27 of 31 councils; enforcement weakest (1.92). Contacts: Tamsin Whitlam-Orji (programme), Philippa Outhwaite (clerk).",
  ["Cruttenden", "17 March 2642", "1.6"], [],
  [[PAGE, line(PAGE, "- { name: Cllr Isolde Cruttenden")], [MAIL, sentence(MAIL, "Please note that the meeting is in Room 1.6")], [MAIL, sentence(MAIL, "Summary: Five projects are Green")], [MAIL, line(MAIL, "Total |")], [PAGE, line(PAGE, "quorum:")]],
  "Briefing across all five documents; the must strings are the chair, the next meeting and its changed room.");
q("round 2 – how much, max per bid and when does it close?", "board_paper",
  "Round 2 of the Riverbank Restoration Fund is £300,000, with bids of up to £45,000 and at least 20% match funding from the bidding council. It opens on Monday 4 April 2642 and closes at noon on Thursday 26 May 2642; the awards are to be decided at the meeting on Thursday 16 June 2642 (item 6, prospectus, 17 March 2642; agreed in principle on 20 January).",
  ["300,000", "45,000", "26 May"], [],
  [[MAIL, line(MAIL, "Key points: £300,000 for round 2")], [PAD, line(PAD, "AGREED in principle: round 2")]],
  "E-mail: item 6's 'Key points:' line; the notes of 20 January agreed the figures in principle.");
q("what does item 4 ask the tg to do", "board_paper",
  "Item 4, the programme highlight report (17 March 2642), recommends that the Task Group: (a) notes the position of the ten projects at 28 February 2642; (b) approves the recovery plan for the floating pennywort clearance (PRJ0046104), re-tendering the second clearance (action INA-29); (c) agrees a revised go-live date of July 2642 for the mapping app (PRJ0046106), subject to the fixed-price variation Fernleaf Digital offered on 24 February 2642 (INA-30). Contact officer: Tamsin Whitlam-Orji.",
  ["recovery plan", "July 2642"], [],
  [[MAIL, line(MAIL, "(b) approves the recovery plan")], [MAIL, line(MAIL, "(c) agrees a revised go-live date")], [MAIL, line(MAIL, "(a) notes the position of the ten projects")]],
  "E-mail: the recommendation lines under 'Item 4 – Programme highlight report'.");

// ------------------------------------------------------------------ fact (5)
q("how many pennywort sites did the rivers trust find on the sawle?", "fact",
  "Dr Hester Nunnerley (Lathe and Sawle Rivers Trust) told the meeting of 20 January 2642 that the Trust had recorded floating pennywort at 37 sites on the River Sawle in 2641, against 9 three years earlier; in its experience every £1 spent on early removal saves around £8 of later clearance.",
  ["37"], [],
  [[PAD, sentence(PAD, "Dr Hester Nunnerley said the Trust")]],
  "HTML (Etherpad): the guest's item, with the clerk's bracketed aside after it.");
q("whats the quorum for the task group", "fact",
  "The quorum is 4 members, one of whom must be the Chair or the Vice-Chair; a named substitute may attend in place of a member of their own political group and counts towards the quorum.",
  ["4"], [],
  [[PAGE, line(PAGE, "quorum:")], [PAGE, sentence(PAGE, "The quorum is {{ page.quorum }} members")]],
  "Markdown: the number is only 'quorum: 4' in the front matter; the sentence says '{{ page.quorum }} members'.");
q("when's the chair's briefing for march?", "fact",
  "Monday 14 March 2642 at 14:00, on Teams (Tamsin Whitlam-Orji's note to the Chair of 9 March, forwarding the papers for 17 March).",
  ["14 March", "14:00"], [],
  [[MAIL, line(MAIL, "For your briefing (Monday 14 March, 14:00, on Teams)")]],
  "E-mail: only in the forwarder's note typed on an iPad above 'Sent from my iPad'.");
q("how many volunteer hours did the balsam pulls get", "fact",
  "Season 1 of the Himalayan balsam volunteer pull programme (PRJ0046101, Lathe Water catchment) had 118 pull days and 1,416 volunteer hours across 23 sites; season 2's pull days start on 9 May 2642.",
  ["1,416"], [],
  [[PRJ, part(PRJ, "Season 1 complete: 118 pull days and 1,416 volunteer hours across 23 sites.")]],
  "CSV: only in the journal field of the project's record.");
q("how many councils did the capacity survey and when did it run", "fact",
  "27 of the 31 member councils answered the capacity survey, which ran from 4 to 29 November 2641 (SurveyMonkey's summary shows Q1 answered by 27, skipped by none).",
  ["27", "29 November"], [],
  [[PAD, sentence(PAD, "The survey ran from 4 to 29 November 2641")], [SUR, line(SUR, "Answered: 27 Skipped: 0")]],
  "The dates and the number invited are only in the notes of 20 January; the PDF has no dates but its open-ended answers' (US-style) timestamps.");

// ------------------------------------------------------------------ cross_document (2)
q("is the march meeting still in room 2.3?", "cross_document",
  "No. The agenda e-mail of 8 March 2642 says the meeting on Thursday 17 March 2642 at 10:30 is in Room 1.6, 18 Smith Square, and on Teams – not Room 2.3, as the Task Group's web page (last edited 3 February 2642) still says.",
  ["1.6"], [],
  [[MAIL, sentence(MAIL, "Please note that the meeting is in Room 1.6")], [PAGE, line(PAGE, "- { date: 2642-03-17")]],
  "E-mail against the Jekyll page's front matter (meetings list, ISO dates); the page's banner picks the meeting out only as page.meetings[3].");
q("aquatic line is £23,100 over – how much of that is pennywort?", "cross_document",
  "All of it and more: ServiceNow forecasts the floating pennywort clearance (PRJ0046104) at £109,550 against its budget of £85,000, an overspend of £24,550 – more than the aquatic species control line's net forecast overspend of £23,100 (£119,100 against £96,000). The difference of £1,450 is an underspend elsewhere on the line, which the papers do not itemise.",
  ["24,550", "23,100"], [],
  [[PRJ, part(PRJ, "Forecast outturn £109,550 against the budget of £85,000 (overspend £24,550).")], [MAIL, line(MAIL, "Aquatic species control |")]],
  "CSV journal note against the e-mail's pasted budget table; the forwarder's note says only 'most of the aquatic overspend is the second clearance'.");

// ------------------------------------------------------------------ unanswerable (5)
q("what's the q4 rating for the mapping app?", "unanswerable",
  "The papers do not say. The ServiceNow export is at 28 February 2642 (PRJ0046106 Red overall, schedule Red) and the notes of 20 January report the position at 31 December 2641; there is no quarter 4 (to 31 March 2642) position.",
  [], [], [],
  "A near miss: the February status is held, not the quarter 4 one.");
q("what did the tg decide on the round 2 prospectus on 17 march?", "unanswerable",
  "The papers do not say: they hold the agenda and the recommendation for 17 March 2642 (item 6, to agree the prospectus for publication on 4 April 2642), but no notes or minutes of that meeting.",
  [], [], [],
  "Only the recommendation exists; the meeting is after every document.");
q("whats cllr cruttenden's mobile number?", "unanswerable",
  "The papers do not give it. They give her council (Fenmarsh District Council) and her e-mail address as the forwarded agenda's recipient, and officers' numbers, but no telephone number for any councillor.",
  [], [], [],
  "No councillor's telephone number is in any document.");
q("which councils didn't fill in the capacity survey?", "unanswerable",
  "The papers do not say. The notes of 20 January 2642 say 27 of the 31 member councils answered, and the SurveyMonkey summary has no council names, so which four did not answer is not held.",
  [], [], [],
  "The count is held (31 − 27 = 4) but not the names.");
q("what's in farida's capacity action plan?", "unanswerable",
  "The papers do not say: item 7 on 17 March 2642, the capacity action plan from Cllr Farida Loxley-Mensah (action INA-32), is marked 'paper to follow', and the forwarder's note says it will be late.",
  [], [], [],
  "The plan is agreed, on the agenda and late; its content is in no document.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
