# Writes ../gold.jsonl (the 40 questions of set H with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). A quote that runs over several lines of a rendering (a "RESOLVED" line and its sub-points, a clause
# and its lettered items) is written with single spaces where the rendering has line breaks.
import json
import os

PDF = "housing-homelessness-board-performance-2025-q1.pdf"
HTML = "housing-homelessness-board-decisions-2025-09-18.html"
DOCX = "regulatory-services-board-capacity-programme-2025-07-10.docx"
MD = "employment-skills-board-annual-report-2024-25.md"
TOR = "licensing-reform-task-group-terms-of-reference-2025-26.txt"
G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


LEGEND = "Key to the Status column: (G) on track to be delivered by the due date; (A) at risk – some slippage, action in hand; (R) off track, or the due date has been missed; (C) complete."

# ---------------- status_lookup (7)
q("h001", "which housing board targets are R in the q1 report?", "status_lookup",
  "Three targets are (R) – off track, or the due date has been missed – at 30 June 2025 in the Housing and Homelessness Board's Q1 2025/26 report: HH2, a Government commitment to review the housing benefit subsidy limit for temporary accommodation in the Spending Review (due 30 June 2025; the Spending Review of 11 June did not include it); HH5, guidance on the new supported housing licensing regime with MHCLG (due 30 June 2025; MHCLG delayed the regulations, publication now planned for November and the Board asked to agree 30 November 2025); and HH12, a roundtable with housing association chief executives on void times and nominations (due 31 July 2025; postponed twice, no new date).",
  ["HH2", "HH5", "HH12"], ["HH4", "HH9", "HH13"],
  [(PDF, "HH2 | Secure a commitment from the Government to review the housing benefit subsidy limit for temporary accommodation, frozen at January 2011 rates, in the Spending Review | 30 June 2025 | Lorcan Whitlow, Senior Adviser (Homelessness) | The Spending Review on 11 June 2025 did not include a review of the subsidy limit."),
   (PDF, "HH5 | Publish guidance for councils on the new supported housing licensing regime, jointly with the Ministry of Housing, Communities and Local Government (MHCLG) | 30 June 2025 | Anselm Petrakis, Senior Adviser (Housing Supply)"),
   (PDF, "HH12 | Hold a roundtable with housing association chief executives on void times and nominations to social housing | 31 July 2025 | Marisol Etheridge, Adviser (Housing Improvement) | The roundtable has been postponed twice because of diary clashes and no new date has been agreed. Officers will propose a date to the Chair by the end of September. | (R)")],
  "Landscape PDF table with no ruling lines; the status is a bracketed letter in the last column, after three-to-four-line progress cells. HH2 and HH5 are on page 1, HH12 on page 2, where the table continues without its header row. The A rows (HH4, HH9, HH13) are the near miss.")
q("h002", "hhb perf report q1 - whats (C) mean and which targets are C?", "status_lookup",
  "(C) means complete: the key at the foot of page 1 gives (G) on track, (A) at risk, (R) off track or due date missed, and (C) complete. Three targets are (C) at 30 June 2025: HH1, the LGA's analysis of councils' spending on temporary accommodation in 2024/25 (published 27 June 2025); HH8, the data-sharing protocol with the Home Office and MHCLG on households leaving asylum accommodation (agreed 28 May 2025); and HH10, the response to the consultation on future social housing rent policy (submitted 20 June 2025).",
  ["complete", "HH1", "HH8", "HH10"], [],
  [(PDF, LEGEND),
   (PDF, "HH1 | Publish the LGA's analysis of councils' spending on temporary accommodation in 2024/25 | 31 July 2025 | Lorcan Whitlow, Senior Adviser (Homelessness) | Published on 27 June 2025, ahead of the due date."),
   (PDF, "HH8 | Agree a data-sharing protocol with the Home Office and MHCLG on households leaving asylum accommodation who present to councils as homeless | 31 May 2025"),
   (PDF, "HH10 | Respond to the Government's consultation on future social housing rent policy by the closing date | 23 June 2025 | Perpetua Allingham, Senior Analyst (Housing) | Response submitted on 20 June 2025 after sign-off by the Chair and Vice-Chair.")],
  "The letter codes are explained only in one legend sentence at the foot of page 1; 'C' is not one of the usual RAG colours (it is not 'Closed' or 'Cancelled').")
q("h003", "anything amber on the housing & homelessness q1 report? whats the issue", "status_lookup",
  "Yes, three targets are (A), at risk, at 30 June 2025: HH4, three regional events on the Renters' Rights Bill duties by 30 September 2025 – two held (Manchester, Exeter), but the London event has moved to 8 October, after the due date; HH9, training 300 housing officers on domestic abuse safe accommodation duties – 52 trained against a Q1 profile of 75 after two sessions were cancelled through trainer illness, expected back on profile by the end of Q2; and HH13, research on the cost of the Homelessness Reduction Act duties – the contract award slipped to August 2025 because of procurement queries, putting the January 2026 reporting date at risk.",
  ["HH4", "HH9", "HH13"], ["HH2", "HH12"],
  [(PDF, "The London event has moved to 8 October 2025 at the venue's request, after the due date. | (A)"),
   (PDF, "52 officers had been trained by 30 June 2025 against a profile of 75. Two sessions were cancelled because of trainer illness and have been rebooked for July; we expect to be back on profile by the end of Quarter 2. | (A)"),
   (PDF, "The contract award has slipped to August 2025 because of procurement queries, which puts the January reporting date at risk. | (A)")],
  "'Amber' is not in the document: the user has to map it to (A), which the legend calls 'at risk'. HH4 is on page 1, HH9 and HH13 on page 2.")
q("h004", "is the DA safe accomodation training target on track? how many trained so far", "status_lookup",
  "No – HH9 (train 300 council housing officers on the domestic abuse safe accommodation duties in 2025/26, 75 by the end of Q1; lead Tamsin Hollingworth) is (A), at risk. 52 officers had been trained by 30 June 2025 against a profile of 75; two sessions were cancelled because of trainer illness and rebooked for July, and it is expected to be back on profile by the end of Quarter 2.",
  ["HH9", "52"], [],
  [(PDF, "HH9 | Train 300 council housing officers on the domestic abuse safe accommodation duties in 2025/26 (75 by the end of Q1) | 31 March 2026 | Tamsin Hollingworth, Adviser (Private Rented Sector) | 52 officers had been trained by 30 June 2025 against a profile of 75.")],
  "Three numbers in one row (300 for the year, 75 profile, 52 actual); the row is on page 2 below no header.")
q("h005", "whats happening w the housing association roundtable on voids? status?", "status_lookup",
  "It is off track: HH12 (a roundtable with housing association chief executives on void times and nominations to social housing, due 31 July 2025, lead Marisol Etheridge) is (R) at 30 June 2025. It has been postponed twice because of diary clashes and no new date has been agreed; officers were to propose a date to the Chair by the end of September. At the Board on 18 September 2025 members asked that the roundtable be held before the end of October.",
  ["HH12", "postponed"], [],
  [(PDF, "HH12 | Hold a roundtable with housing association chief executives on void times and nominations to social housing | 31 July 2025 | Marisol Etheridge, Adviser (Housing Improvement) | The roundtable has been postponed twice because of diary clashes and no new date has been agreed."),
   (HTML, "Members expressed concern at the delay to the supported housing regulations and asked that the roundtable with housing association chief executives (HH12) be held before the end of October.")],
  "The question names the topic, not the reference; the last row on page 2 of the PDF. The minutes add the Board's follow-up.")
q("h006", "is the asylum move-on data sharing thing with the home office done?", "status_lookup",
  "Yes. HH8 – a data-sharing protocol with the Home Office and MHCLG on households leaving asylum accommodation who present to councils as homeless, due 31 May 2025 – is (C), complete: the protocol was agreed on 28 May 2025 and is in use in 14 pilot areas, and the Home Office will now give councils at least 14 days' notice of a decision to end support.",
  ["HH8", "28 May"], [],
  [(PDF, "HH8 | Agree a data-sharing protocol with the Home Office and MHCLG on households leaving asylum accommodation who present to councils as homeless | 31 May 2025 | Marisol Etheridge, Adviser (Housing Improvement) | The protocol was agreed on 28 May 2025 and is in use in 14 pilot areas.")],
  "'Move-on' is the user's word; the status letter (C) means complete only per the legend on page 1, while the row is on page 2.")
q("h007", "licensing tfg ToR - is that agreed yet or still a draft?", "status_lookup",
  "Agreed. The terms of reference and work programme 2025/26 of the Licensing Reform Task and Finish Group were agreed by the Regulatory Services and Public Protection Board on 10 July 2025 (version 1.1, replacing the draft of 19 June 2025); recommendation (c) of the Board's capacity programme paper that day asked the Board to agree them.",
  ["10 July"], [],
  [(TOR, "Status: Agreed by the Regulatory Services and Public Protection Board on 10 July 2025"),
   (TOR, "Version: 1.1 (replaces the draft of 19 June 2025)")],
  "The status is a label in the plain-text header block, with its value wrapped onto a second line in the file; the Word paper calls the terms of reference 'draft' because it went to the meeting before they were agreed.")

# ---------------- table_lookup (8)
q("h008", "when's HH7 due and whos leading it", "table_lookup",
  "HH7 – refreshing the LGA's housing delivery toolkit for councils that are building homes – is due by 31 December 2025. The lead officer is Anselm Petrakis, Senior Adviser (Housing Supply). It is (G), on track: scoping is complete, a contractor was appointed on 2 June 2025 and case studies from eight councils have been agreed.",
  ["31 December 2025", "Petrakis"], [],
  [(PDF, "HH7 | Refresh the LGA's housing delivery toolkit for councils that are building homes | 31 December 2025 | Anselm Petrakis, Senior Adviser (Housing Supply)")],
  "Due and lead are separate columns aligned only by x position; in the PDF the due date wraps ('31 December' / '2025').")
q("h009", "what was the 2024/25 actual for food standards surge support?", "table_lookup",
  "£214,600, against a 2024/25 budget of £200,000 – an overspend of £14,600, because the Food Standards Agency asked the LGA to extend support to councils with backlogs of food hygiene inspections in autumn 2024. (For comparison, 2023/24: budget £180,000, actual £162,250.) The figures include the Food Standards Agency's contribution (£75,000 in 2024/25).",
  ["214,600"], [],
  [(DOCX, "Food standards surge support | 180,000 | 162,250 | 200,000 | 214,600"),
   (DOCX, "Budget | Actual | Budget | Actual")],
  "Appendix A's header has two rows: 2023/24 and 2024/25 each merged over Budget | Actual. The first 'Actual' in the row (162,250) is 2023/24's.")
q("h010", "reg services capacity programme 23/24 - total budget v actual?", "table_lookup",
  "In 2023/24 the regulatory services capacity programme had a total budget of £1,200,000 and actually spent £1,164,850, an underspend of £35,150 (Appendix A of the Regulatory Services and Public Protection Board paper of 10 July 2025).",
  ["1,200,000", "1,164,850"], [],
  [(DOCX, "Total | 1,200,000 | 1,164,850 | 1,300,000 | 1,307,200"),
   (DOCX, "In 2023/24 the programme underspent by £35,150.")],
  "The Total row holds both years; the first two figures are 2023/24 because of the merged year headings. The paragraphs talk mainly about 2024/25 (£1,300,000 / £1,307,200).")
q("h011", "which workstream overspent the most in 24/25 on the capacity programme", "table_lookup",
  "Trading standards apprenticeships: £471,200 spent against a 2024/25 budget of £450,000, £21,200 over, because 46 apprentices started against a plan of 40. Food standards surge support was also over (by £14,600); environmental health bursaries were £17,250 under. Overall the programme spent £1,307,200 against £1,300,000, an overspend of £7,200.",
  ["Trading standards apprenticeships", "21,200"], [],
  [(DOCX, "Trading standards apprenticeships | 420,000 | 398,500 | 450,000 | 471,200"),
   (DOCX, "The largest variance in 2024/25 was in trading standards apprenticeships, which spent £21,200 more than its budget because 46 apprentices started against a plan of 40.")],
  "Can be read from the appendix (last two columns) or from paragraph 4; the biggest overspend in 2023/24 was a different workstream (licensing practitioner training).")
q("h012", "whats on the ESB agenda in nov?", "table_lookup",
  "The Employment and Skills Board's forward plan has three items for 20 November 2025: the Growth and Skills Levy – the LGA's response to the changes from April 2026 (Tariq Bellamy-Shaw); adult skills funding – devolution and local flexibilities (Tariq Bellamy-Shaw); and councils as employers – apprenticeship data for 2024/25 (Elspeth Kinnaird). The plan notes that items may change.",
  ["Growth and Skills Levy", "Adult skills funding", "apprenticeship data"], ["Connect to Work"],
  [(MD, "20 November 2025 | Growth and Skills Levy: the LGA's response to the changes from April 2026 | Tariq Bellamy-Shaw"),
   (MD, "| Adult skills funding: devolution and local flexibilities | Tariq Bellamy-Shaw"),
   (MD, "| Councils as employers: apprenticeship data for 2024/25 | Elspeth Kinnaird")],
  "Markdown forward-plan table where only the first item of each meeting has the date; the other two November items have an empty date cell and must be carried down.")
q("h013", "when is the youth guarantee evaluation coming to ESB and who's the officer?", "table_lookup",
  "The Youth Guarantee trailblazers interim evaluation is on the Employment and Skills Board's forward plan for 19 March 2026, with Yannick Dubarry as lead officer. (Emerging findings from the trailblazers come earlier, on 25 September 2025, also with Yannick Dubarry.)",
  ["19 March 2026", "Dubarry"], [],
  [(MD, "19 March 2026 | Employment and skills work programme 2026/27 | Dorcas Mallinder"),
   (MD, "| Youth Guarantee trailblazers: interim evaluation | Yannick Dubarry")],
  "The evaluation row has an empty date cell; its date is the row above's. A reader who takes the first Youth Guarantee row gets September's 'emerging findings'.")
q("h014", "how many seats does each group get on the licensing t&f group", "table_lookup",
  "The Licensing Reform Task and Finish Group has ten members, in proportion to the groups' seats on the Regulatory Services and Public Protection Board: Labour 4, Conservative 3, Liberal Democrat 2 and Independent 1. Each group may also nominate one named substitute, and at least six of the ten must be Board members or substitutes.",
  ["Labour", "Conservative", "Liberal Democrat", "Independent", "4", "3", "2"], [],
  [(TOR, "2.1 The Task Group has ten members, nominated by the political groups in proportion to their seats on the Board: (a) Labour Group: 4 members (b) Conservative Group: 3 members (c) Liberal Democrat Group: 2 members (d) Independent Group: 1 member")],
  "Clause 2.1 with its lettered list on separate lines in a hard-wrapped plain-text file.")
q("h015", "licensing tfg work programme - when's the taxi/PHV session and who are they hearing from?", "table_lookup",
  "Meeting 3, on 4 December 2025: taxi and private hire licensing – cross-border hiring and national minimum standards. Evidence from the Department for Transport, taxi and private hire trade representatives and Leeds City Council; output a note of evidence.",
  ["4 December", "Department for Transport"], [],
  [(TOR, "3 | 4 December 2025 | Taxi and private hire licensing: cross-border hiring and national minimum standards | Department for Transport; taxi and private hire trade representatives; Leeds City Council | Note of evidence")],
  "A tab-separated table at the end of the plain-text note; 'PHV' (private hire vehicle) is the user's abbreviation.")

# ---------------- people_roles (7)
q("h016", "who chaired the housing board on 18 sept and who sent apologies?", "people_roles",
  "Cllr Harriet Fennimore (Chair) chaired the Housing and Homelessness Board on 18 September 2025. Apologies came from Cllr Oswin Carlyle (Deputy Chair), Cllr Tobias Venning and Cllr Maureen Killick; Cllr Sunniva Ekwueme attended as substitute for Cllr Carlyle.",
  ["Fennimore", "Carlyle", "Venning", "Killick"], [],
  [(HTML, "Present: Councillors Harriet Fennimore (Chair), Rajinder Kaur-Bassi (Vice-Chair), Deborah Okonjo-Blake (Deputy Chair)"),
   (HTML, "Apologies: Councillors Oswin Carlyle (Deputy Chair), Tobias Venning and Maureen Killick")],
  "Attendance is one long sentence with semicolons between Present, Apologies, In attendance and Officers; Carlyle appears both under Present (as the member someone substituted for) and under Apologies.")
q("h017", "who's deputy chair of the employment & skills board?", "people_roles",
  "The Employment and Skills Board had two Deputy Chairs in 2024/25: Cllr Sunniva Ekwueme (Liberal Democrat, London Borough of Sutton) and Cllr Clement Ravensworth (Independent, Ashfield District Council). The Chair was Cllr Beatrix Olowe and the Vice-Chair Cllr Roderick Tanqueray.",
  ["Ekwueme", "Ravensworth"], [],
  [(MD, "Cllr Sunniva Ekwueme | London Borough of Sutton | Liberal Democrat | Deputy Chair"),
   (MD, "Cllr Clement Ravensworth | Ashfield District Council | Independent | Deputy Chair")],
  "Two Deputy Chairs in a markdown table Name | Council | Group | Role; the Vice-Chair (Tanqueray) is a different role.")
q("h018", "ESB chair - which council is she from?", "people_roles",
  "The Chair of the Employment and Skills Board (2024/25) is Cllr Beatrix Olowe, Labour, of Sheffield City Council.",
  ["Olowe", "Sheffield"], [],
  [(MD, "Cllr Beatrix Olowe | Sheffield City Council | Labour | Chair")],
  "The foreword is signed by the Chair without her council; the council is only in the membership table.")
q("h019", "who got appointed to outside bodies at hhb in sept?", "people_roles",
  "At the Housing and Homelessness Board on 18 September 2025 (item 6): Cllr Lyndon Farrimond was appointed the LGA's representative on the National Rough Sleeping Advisory Panel, and Cllr Esther Wainwright-Obi was appointed to the Domestic Abuse Safe Accommodation Partnership Board in place of Cllr Tobias Venning – both until the LGA's annual meeting in July 2026. Cllr Farrimond declared a personal interest and took no part in the decision on his own appointment.",
  ["Farrimond", "Wainwright-Obi"], [],
  [(HTML, "RESOLVED – that: (i) Cllr Lyndon Farrimond be appointed as the LGA's representative on the National Rough Sleeping Advisory Panel until the LGA's annual meeting in July 2026; and (ii) Cllr Esther Wainwright-Obi be appointed to the Domestic Abuse Safe Accommodation Partnership Board in place of Cllr Tobias Venning, until the LGA's annual meeting in July 2026.")],
  "A RESOLVED paragraph with (i)/(ii) sub-points as separate paragraphs; Venning is the outgoing member, not an appointee.")
q("h020", "who's the contact officer on the reg services capacity programme paper? need their number", "people_roles",
  "Cressida Wolstenholme, Senior Adviser (Regulatory Services) – phone 020 7946 0867, email cressida.wolstenholme@local.gov.uk (Regulatory Services and Public Protection Board, 10 July 2025, item 5).",
  ["Wolstenholme", "020 7946 0867"], ["0879"],
  [(DOCX, "Contact officer | Cressida Wolstenholme"),
   (DOCX, "Phone no | 020 7946 0867")],
  "The front sheet is a two-column Word table; name, position, phone and email are separate rows. 0879 is the licensing task group's contact.")
q("h021", "who chairs the licensing T&F group and who's the lead officer", "people_roles",
  "The Licensing Reform Task and Finish Group is chaired by Cllr Morwenna Kestle (Labour), the Regulatory Services and Public Protection Board's lead member for licensing; the Vice-Chair is Cllr Hamish Grieveson (Conservative). The lead officer is Ines Radcliffe-Moyo, Adviser (Licensing), 020 7946 0879.",
  ["Kestle", "Radcliffe-Moyo"], [],
  [(TOR, "2.4 The Chair of the Task Group is Cllr Morwenna Kestle (Labour), the Board's lead member for licensing. The Vice-Chair is Cllr Hamish Grieveson (Conservative)."),
   (TOR, "The lead officer is Ines Radcliffe-Moyo, Adviser (Licensing).")],
  "In the file the Vice-Chair's name is split across two wrapped lines ('Cllr Hamish' / 'Grieveson'); the Board paper also names the Chair, and the lead officer is in a different clause (7.1).")
q("h022", "did anyone leave the ESB during 24/25?", "people_roles",
  "Yes: Cllr Giles Armitage-Rook (Conservative, Wiltshire Council) was a member until 30 November 2024. Cllr Petra Sandell (Conservative, Hampshire County Council) joined from 30 January 2025.",
  ["Armitage-Rook", "Sandell"], [],
  [(MD, "Cllr Giles Armitage-Rook | Wiltshire Council | Conservative | Member (until 30 November 2024)"),
   (MD, "Cllr Petra Sandell | Hampshire County Council | Conservative | Member (from 30 January 2025)")],
  "The change is only in the Role cells ('Member (until ...)', 'Member (from ...)'); the text says the Board 'had 14 members', which counts current members.")

# ---------------- board_paper (7)
q("h023", "what did they resolve on item 3 at the housing board in sept?", "board_paper",
  "Item 3 (temporary accommodation: cost pressures and the homelessness strategy), 18 September 2025. RESOLVED – that the Board: (i) notes the evidence presented and the pressures on councils' temporary accommodation budgets; (ii) agrees that the LGA's submission on the Government's homelessness strategy should call for the housing benefit subsidy limit for temporary accommodation to be uprated to 100 per cent of the 2025 local housing allowance rates; and (iii) asks the Chair to write to the Minister responsible for homelessness before the Budget, setting out the evidence in the report. The item included a presentation from Sandeep Hallworth of Birmingham City Council.",
  ["100 per cent", "local housing allowance", "Minister"], ["30 November 2025"],
  [(HTML, "RESOLVED – that the Board: (i) notes the evidence presented and the pressures on councils' temporary accommodation budgets; (ii) agrees that the LGA's submission on the Government's homelessness strategy should call for the housing benefit subsidy limit for temporary accommodation to be uprated to 100 per cent of the 2025 local housing allowance rates; and (iii) asks the Chair to write to the Minister responsible for homelessness before the Budget, setting out the evidence in the report.")],
  "Four RESOLVED blocks on the page look alike; item 3 is not the performance report (item 4, which moved HH5 to 30 November 2025).")
q("h024", "what are the recs on the RSPP capacity programme paper (10 july)?", "board_paper",
  "That the Regulatory Services and Public Protection Board: (a) notes the programme's outturn for 2024/25 in Appendix A; (b) agrees the allocation of the 2025/26 grant of £1,350,000 set out in paragraph 8; and (c) agrees the terms of reference and work programme of the Licensing Reform Task and Finish Group, circulated as a separate note. The paper is for decision.",
  ["1,350,000", "terms of reference"], [],
  [(DOCX, "Recommendations | That the Regulatory Services and Public Protection Board: (a) notes the programme's outturn for 2024/25 in Appendix A; (b) agrees the allocation of the 2025/26 grant of £1,350,000 set out in paragraph 8; and (c) agrees the terms of reference and work programme of the Licensing Reform Task and Finish Group, circulated with this report as a separate note.")],
  "The recommendations are one cell of the two-column front-sheet table, holding four paragraphs. 'RSPP' is the user's abbreviation.")
q("h025", "how is the 25/26 reg services grant being split?", "board_paper",
  "The paper proposes allocating the £1,350,000 grant for 2025/26 (£50,000 more than 2024/25) as: trading standards apprenticeships £470,000; environmental health bursaries £330,000; animal health and welfare training £95,000; licensing practitioner training £110,000; food standards surge support £215,000; the Licensing Reform Task and Finish Group £40,000; programme management and evaluation £90,000.",
  ["470,000", "330,000", "95,000", "110,000", "215,000", "40,000", "90,000"], [],
  [(DOCX, "8. Members are asked to agree the following allocation of the 2025/26 grant: trading standards apprenticeships: £470,000; environmental health bursaries: £330,000; animal health and welfare training: £95,000; licensing practitioner training: £110,000; food standards surge support: £215,000; the Licensing Reform Task and Finish Group: £40,000; and programme management and evaluation: £90,000.")],
  "A bulleted list in the body; Appendix A has only 2023/24 and 2024/25, so reading the table gives the wrong year.")
q("h026", "what did hhb decide on the supported housing regs item?", "board_paper",
  "Item 5 (supported housing: the new licensing regime), 18 September 2025. RESOLVED – that the Board: (i) notes the delay to the regulations and its effect on the Board's guidance for councils; (ii) agrees the LGA's priorities for the regulations – licence fees set locally so councils can recover the full cost of the scheme, a transition period of at least 12 months from the date the regulations come into force, and new burdens funding for enforcement; and (iii) delegates approval of the LGA's consultation response to the Chair, in consultation with the Vice-Chair and Deputy Chairs, if the consultation is published before the next meeting. Cllr Barnaby Ferrabee, who declared an interest, left the meeting for the item.",
  ["12 months", "new burdens"], [],
  [(HTML, "(ii) agrees that the LGA's priorities for the regulations are licence fees set locally so that councils can recover the full cost of the scheme, a transition period of at least 12 months from the date the regulations come into force, and new burdens funding for enforcement; and"),
   (HTML, "(iii) delegates to the Chair, in consultation with the Vice-Chair and Deputy Chairs, the approval of the LGA's response to the consultation on the regulations, if it is published before the next meeting.")],
  "Typed (i)-(iii) sub-points under an h2 item; the regime is also HH5 in the performance report.")
q("h027", "whats the quorum for the licensing task & finish group?", "board_paper",
  "Four members, who must come from at least two political groups. A named substitute counts towards the quorum when attending in place of a member of their group. If a meeting is not quorate 15 minutes after its start, the members present may hold an informal discussion but may not agree recommendations.",
  ["four", "two political groups"], [],
  [(TOR, "3.1 The quorum is four members, who must come from at least two political groups."),
   (TOR, "3.2 A named substitute counts towards the quorum when attending in place of a member of their group.")],
  "Numbered clauses 3.1-3.3 in a hard-wrapped plain-text note; the Housing and Homelessness Board documents give no quorum.")
q("h028", "when does the licensing tfg report back and when does it wrap up?", "board_paper",
  "Its final report goes to the Regulatory Services and Public Protection Board on 26 March 2026, and the Task Group ends on 31 March 2026 unless the Board extends it. The Chair also gives an oral update at each Board meeting while it runs; its last meeting (draft recommendations) is on 26 February 2026.",
  ["26 March 2026", "31 March 2026"], [],
  [(TOR, "6.2 The Task Group's final report will go to the Board on 26 March 2026. The Task Group will end on 31 March 2026 unless the Board extends it."),
   (TOR, "Board | 26 March 2026 | Final report to the Regulatory Services and Public Protection Board | Cllr Morwenna Kestle | Final report")],
  "Two close dates; the work programme's last row has 'Board' in the Meeting column.")
q("h029", "any declarations of interest at the 18/9 housing board?", "board_paper",
  "Yes, three: Cllr Ifeoma Strang on item 3 (temporary accommodation) – other registrable interest as a non-executive director of Brindley Homes, a housing association providing temporary accommodation in Birmingham; she stayed and took part. Cllr Barnaby Ferrabee on item 5 (supported housing) – non-registrable interest, a close family member manages a supported housing scheme in Hull; he left for the item. Cllr Lyndon Farrimond on item 6 (appointments to outside bodies) – personal interest as a nominee; he took no part in the decision on his own appointment.",
  ["Strang", "Ferrabee", "Farrimond"], [],
  [(HTML, "Cllr Ifeoma Strang | 3. Temporary accommodation: cost pressures and the homelessness strategy | Other registrable interest: non-executive director of Brindley Homes"),
   (HTML, "Cllr Barnaby Ferrabee | 5. Supported housing: the new licensing regime | Non-registrable interest: a close family member manages a supported housing scheme in Hull."),
   (HTML, "Cllr Lyndon Farrimond | 6. Appointments to outside bodies | Personal interest: nominated for appointment under this item.")],
  "HTML table Member | Item | Nature of interest under item 1; the 'Item' cell carries the agenda number and title.")

# ---------------- fact (5)
q("h030", "how much did councils spend on TA in 24/25 per the housing board report", "fact",
  "£2.61 billion. Councils in England spent £2.61 billion on temporary accommodation in 2024/25, up 19 per cent on 2023/24; 43 per cent of it went on bed and breakfast and nightly-paid accommodation (HH1, the LGA's analysis published 27 June 2025).",
  ["2.61"], [],
  [(PDF, "Councils in England spent £2.61 billion on temporary accommodation in 2024/25, up 19 per cent on 2023/24; 43 per cent of the total was spent on bed and breakfast and nightly-paid accommodation.")],
  "The figure sits inside a four-line progress cell; '£700 million' in the minutes is the subsidy shortfall, not total spending.")
q("h031", "how many TS apprentices started last year on the capacity programme", "fact",
  "46 trading standards apprentices started in 2024/25, in 31 councils, against a plan of 40 – which is why that workstream overspent by £21,200.",
  ["46"], [],
  [(DOCX, "started 46 trading standards apprentices in 31 councils;"),
   (DOCX, "because 46 apprentices started against a plan of 40.")],
  "'TS' is the user's abbreviation for trading standards; 'last year' is 2024/25, the outturn year.")
q("h032", "how often does the licensing tfg meet?", "fact",
  "Every six weeks – five meetings in all between September 2025 and February 2026 (11 September, 23 October, 4 December 2025, 15 January and 26 February 2026). Meetings last up to two hours and are online, except the first and last, which are in person at 18 Smith Square.",
  ["six weeks"], [],
  [(TOR, "4.1 The Task Group meets every six weeks, five times in all, between September 2025 and February 2026."),
   (TOR, "4.2 Meetings last up to two hours and are held online, except the first and last meetings, which are held in person at 18 Smith Square.")],
  "Clause 4.1; the dates are in the tab-separated work programme.")
q("h033", "how many councils did ESB support on connect to work plans?", "fact",
  "38 councils, through six online clinics and one-to-one advice, to prepare their delivery plans for Connect to Work, the new supported employment programme (Employment and Skills Board annual report 2024/25).",
  ["38"], [],
  [(MD, "Supported 38 councils to prepare their delivery plans for Connect to Work, the new supported employment programme, through six online clinics and one-to-one advice.")],
  "A bullet under 'Employment support'; other bullets carry other council counts (112, 64, 11).")
q("h034", "how many stock holding councils answered the decent homes survey", "fact",
  "118 of the 162 stock-holding councils (73 per cent) responded; the survey closed on 20 June 2025 (target HH6, on track (G), findings due to the Board in September 2025).",
  ["118", "162"], [],
  [(PDF, "The survey closed on 20 June 2025 with 118 responses from the 162 stock-holding councils (73 per cent).")],
  "In the PDF the cell hyphenates 'stock-' / 'holding' at a line end; the row is the first on page 2, with no header above it.")

# ---------------- cross_document (2)
q("h035", "HH5 was R in the q1 perf report - did the board actually agree the new date?", "cross_document",
  "Yes. The Q1 2025/26 report rated HH5 (guidance on the supported housing licensing regime with MHCLG, due 30 June 2025) (R), because MHCLG delayed the regulations, and asked the Board to agree a new completion date of 30 November 2025. On 18 September 2025 the Housing and Homelessness Board resolved, under item 4, to move HH5's completion date to 30 November 2025.",
  ["30 November 2025"], [],
  [(PDF, "Publication is now planned for November 2025 and the Board is asked to agree a new completion date of 30 November 2025. | (R)"),
   (HTML, "(ii) agrees to move the completion date of target HH5 (guidance on the supported housing licensing regime) to 30 November 2025; and")],
  "Needs the performance report (PDF) and the decision notice (HTML) of the same meeting.")
q("h036", "who subbed at the housing board on 18 sept, and what council are they from? are they on another board too?", "cross_document",
  "Cllr Sunniva Ekwueme, who attended the Housing and Homelessness Board on 18 September 2025 as substitute for Cllr Oswin Carlyle (Deputy Chair). The decision notice does not give her council, but the Employment and Skills Board's annual report lists her as Liberal Democrat, London Borough of Sutton, and a Deputy Chair of that Board in 2024/25.",
  ["Ekwueme", "Sutton", "Deputy Chair"], [],
  [(HTML, "Sunniva Ekwueme (substitute for Cllr Oswin Carlyle)"),
   (MD, "Cllr Sunniva Ekwueme | London Borough of Sutton | Liberal Democrat | Deputy Chair")],
  "The decision notice names councillors without councils; the council and the other role come from the markdown membership table of a different board.")

# ---------------- unanswerable (4)
q("h037", "what was HH2 rated at Q2?", "unanswerable",
  "The documents don't say. The performance report covers Quarter 1 of 2025/26 (to 30 June 2025), when HH2 (the temporary accommodation subsidy limit) was (R), off track; the Quarter 2 report is due at the Board's meeting on 27 November 2025 and is not among these documents. On 18 September the Board asked officers to report options for escalating HH2 to that meeting.",
  [], [], [],
  "Only the Q1 status exists; giving (R) as the Q2 rating is a guess.")
q("h038", "whats the quorum for the housing & homelessness board?", "unanswerable",
  "The documents don't say. The Housing and Homelessness Board's performance report and its decision notice of 18 September 2025 give no quorum. The only quorum in these papers is for the Licensing Reform Task and Finish Group of a different board (four members from at least two political groups).",
  [], [], [],
  "A quorum exists in another document for another body; answering 'four' is the trap.")
q("h039", "what was the 22/23 actual spend on EH bursaries?", "unanswerable",
  "The paper doesn't give it. The programme began in 2022/23, but Appendix A only shows 2023/24 (environmental health bursaries: budget £310,000, actual £310,000) and 2024/25 (budget £340,000, actual £322,750).",
  [], [], [],
  "The paper mentions 2022/23 as the start year, which invites an answer from the nearest column.")
q("h040", "who chairs ESB for 25/26?", "unanswerable",
  "The documents don't say. The Employment and Skills Board's annual report gives the 2024/25 membership (Chair: Cllr Beatrix Olowe) and says membership for 2025/26 will be confirmed after the LGA's annual meeting in July 2025.",
  [], [], [],
  "The forward plan covers 2025/26 meetings, but the membership table is 2024/25; answering Olowe is a guess.")

assert len(G) == 40
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions)")
