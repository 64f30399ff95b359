# Writes ../gold.jsonl (the 40 questions of set G with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). A quote that runs over several lines of a rendering (a name and its role lines, a short list, the
# rows of one group) is written with single spaces where the rendering has line breaks.
import json
import os

PPB = "people-places-board-rural-services-2021-09-15.pdf"
LINZ = "linz-board-performance-2024-q2.docx"
ARM = "asylum-refugee-migration-task-group-2024-09-19.html"
SIG = "coastal-sig-minutes-2024-10-04.txt"
ERB = "economy-resources-board-risk-register-2024-12.md"
AGN = "linz-board-agenda-2024-12-12.txt"
G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


# ---------------- status_lookup (7)
q("x001", "which LINZ targets are 'not achieved' in the q2 report?", "status_lookup",
  "Two targets are Not achieved at Quarter 2 of 2024/25 (July to September 2024): NZ1, publishing the local net zero delivery framework with DESNZ by 30 September 2024 (publication was held back during the general election period and DESNZ then asked for changes; it is now expected by 31 January 2025, and the Board is asked to agree the new date), and PL3, guidance for councils on community benefits from new electricity network infrastructure, due 31 August 2024 (held back until the Government publishes its own guidance, expected in spring 2025). Both were Not yet due at Q1.",
  ["NZ1", "PL3"], ["TR3"],
  [(LINZ, "NZ1 | Publish the local net zero delivery framework, developed with the Department for Energy Security and Net Zero (DESNZ), by 30 September 2024 | Marisa Coldharbour | Not yet due | Not achieved"),
   (LINZ, "PL3 | Publish guidance for councils on community benefits from new electricity network infrastructure by 31 August 2024 | Dervla Hartigan | Not yet due | Not achieved")],
  "Word table with statuses written as words, the previous quarter (Q1) before the current one (Q2), and targets grouped under theme rows that span the table. 'Partially achieved' (TR2, TR3) also contains 'achieved'; TR3 is the one that slipped, but it is not 'not achieved'.")
q("x002", "anything on the LINZ perf report that was achieved last quarter but has slipped since?", "status_lookup",
  "Yes, one target: TR3, tailored support on electric vehicle charging infrastructure for 30 councils in 2024/25 (owner Wilhelmina Tasker). It was Achieved at Q1 but is Partially achieved at Q2: 11 councils have been supported against a profile of 15 by the end of Q2, because two advisers left the programme in August; their replacements start in November and it is expected to be back on profile by the end of Q3. The only other target Achieved at Q1 (climate adaptation peer reviews) is still Achieved.",
  ["TR3", "Partially achieved"], [],
  [(LINZ, "TR3 | Give tailored support on electric vehicle charging infrastructure to 30 councils in 2024/25 (15 by the end of Q2) | Wilhelmina Tasker | Achieved | Partially achieved | 11 councils have been supported against a profile of 15.")],
  "'Last quarter' is the Q1 status column, which comes before Q2 in this table; the change has to be read row by row across the theme groups. Only two targets were Achieved at Q1.")
q("x003", "linz q2 report - whats the difference between partially achieved and not yet due?", "status_lookup",
  "In the status key of the LINZ Board's Q2 2024/25 performance report: Partially achieved means some of the target has been met, or work is under way but behind the profile for the quarter; Not yet due means the target or milestone falls in a later quarter and nothing was due this quarter. The other statuses are Achieved (met in full) and Not achieved (a target or milestone due by the end of the quarter has been missed).",
  ["behind the profile", "later quarter"], [],
  [(LINZ, "Partially achieved | Some of the target has been met, or work is under way but behind the profile for the quarter."),
   (LINZ, "Not yet due | The target or milestone falls in a later quarter and nothing was due this quarter.")],
  "The key is a two-column Word table Status | What it means above the targets table.")
q("x004", "which ERB risks are red after controls on the dec 24 register?", "status_lookup",
  "Three risks are Red on their residual score at 31 December 2024: ERB-01, funding reform for 2026/27 and the business rates reset delayed or with inadequate transitional protection (L4 x I4 = 16, rising); ERB-05, the failure of a council's commercial investment or company leading to a section 114 notice (L3 x I5 = 15, static); and ERB-07, the employer National Insurance increase from April 2025 not funded for commissioned providers (L4 x I4 = 16, new this quarter). ERB-02 (local audit backlog) is Red before controls (16) but Amber after them (12).",
  ["ERB-01", "ERB-05", "ERB-07"], [],
  [(ERB, "ERB-01 | Funding reform for 2026/27 (the new assessment of needs and resources and the business rates reset) is delayed again, or its transitional protection is inadequate, so that councils cannot set robust medium-term budgets | Leopold Harcastle, Head of Local Government Finance | L5 x I5 = 25 | Joint LGA and MHCLG technical working group, meeting monthly | L4 x I4 = 16 | Red"),
   (ERB, "ERB-05 | The failure of a council's commercial investment or company leads to a section 114 notice and wider concern among lenders | Ambrose Lightfoot, Senior Adviser (Finance Improvement) | L3 x I5 = 15 | Financial resilience support offer for councils with high commercial exposure | L3 x I5 = 15 | Red"),
   (ERB, "ERB-07 | The increase in employer National Insurance contributions from April 2025 is not funded for the providers that councils commission, adding to social care cost pressures | Leopold Harcastle, Head of Local Government Finance | L5 x I4 = 20 | Evidence from councils on their exposure through commissioned contracts, collected December 2024 | L4 x I4 = 16 | Red")],
  "Single wide markdown table with continuation rows (empty first cells) under some risks; scores written 'L4 x I4 = 16'. Reading the inherent score instead of the residual one adds ERB-02.")
q("x005", "any risks on the ERB register where the controls dont bring the score down at all?", "status_lookup",
  "Yes, one: ERB-05, the failure of a council's commercial investment or company leading to a section 114 notice and wider concern among lenders (owner Ambrose Lightfoot). Its inherent and residual scores are both L3 x I5 = 15, so it stays Red, with a static trend and monthly review, despite the financial resilience support offer and early warning discussions with MHCLG. Every other risk's residual score is lower than its inherent score.",
  ["ERB-05", "15"], [],
  [(ERB, "ERB-05 | The failure of a council's commercial investment or company leads to a section 114 notice and wider concern among lenders | Ambrose Lightfoot, Senior Adviser (Finance Improvement) | L3 x I5 = 15 | Financial resilience support offer for councils with high commercial exposure | L3 x I5 = 15 | Red | Static | Monthly")],
  "Needs the inherent and residual columns compared for each of the seven risks; the controls column sits between them.")
q("x006", "audit backlog risk on the ERB register - what rag and is it getting better?", "status_lookup",
  "ERB-02 (the local audit backlog: backstop dates leading to widespread disclaimed audit opinions) is Amber: its residual score is L3 x I4 = 12, down from an inherent L4 x I4 = 16. Yes, it is improving: the trend is Falling compared with the October 2024 register, as the controls added in the autumn (including guidance for audit committee members on disclaimed opinions, published November 2024) have taken effect. Owner: Marguerite Ollerenshaw; reviewed quarterly.",
  ["ERB-02", "Amber", "Falling"], [],
  [(ERB, "ERB-02 | The local audit backlog: the statutory backstop dates lead to widespread disclaimed audit opinions, undermining confidence in council accounts | Marguerite Ollerenshaw, Senior Adviser (Local Audit) | L4 x I4 = 16 | LGA seat on the local audit system steering group | L3 x I4 = 12 | Amber | Falling | Quarterly"),
   (ERB, "ERB-02 and ERB-04 have fallen as the controls added in the autumn have taken effect.")],
  "The inherent score (16) is in the Red band; the RAG word is set by the residual score. Trend is a word, not an arrow.")
q("x007", "whats the status of the SuDS target on the linz report? how many LLFAs supported so far", "status_lookup",
  "WF2 (support 10 lead local flood authorities to prepare to become sustainable drainage (SuDS) approving bodies by 31 March 2025; lead officer Nerys Halloran) is Not yet due at Q2, as it was at Q1: it is due at Q4. Four authorities have been supported so far.",
  ["WF2", "not yet due"], [],
  [(LINZ, "WF2 | Support 10 lead local flood authorities to prepare to become sustainable drainage (SuDS) approving bodies by 31 March 2025 | Nerys Halloran | Not yet due | Not yet due | Due at Q4. Four authorities have been supported so far.")],
  "LLFA is an abbreviation the document does not use. The only target that is Not yet due at Q2.")

# ---------------- table_lookup (7)
q("x008", "ppb rural paper - home to school transport spend per head rural v urban?", "table_lookup",
  "In 2020/21 predominantly rural councils spent £62.40 per resident on home to school transport, against £28.15 in predominantly urban councils: a difference of £34.25, the largest gap of the four services in Table 1 of the People and Places Board paper of 15 September 2021 (more than twice as much per resident).",
  ["62.40", "28.15"], [],
  [(PPB, "Home to school transport | 62.40 | 28.15 | 34.25")],
  "A small ruled table set inside one column of a two-column PDF; its caption says the figures are £ per resident, 2020/21.")
q("x009", "is there anything in the PPB rural costs table where rural is actually cheaper?", "table_lookup",
  "Yes, libraries: rural councils spent £12.10 per resident in 2020/21 against £13.85 in urban councils, £1.75 less (shown in brackets as (1.75)). The paper says this is because rural library services rely more on mobile and volunteer-run community libraries, not because the service costs less to provide. The other three services cost more in rural areas.",
  ["libraries", "12.10", "13.85"], [],
  [(PPB, "Libraries | 12.10 | 13.85 | (1.75)"),
   (PPB, "7. Spend per resident on libraries is slightly lower in rural areas.")],
  "The negative difference is written in brackets, explained only in the source note under the table.")
q("x010", "ERB-03 scores before and after controls?", "table_lookup",
  "ERB-03 (2025/26 pay negotiations for local government services not concluded before 1 April 2025): inherent score L4 x I3 = 12, residual score L3 x I3 = 9 after the consultation of councils on the 2025/26 pay claim (completed December 2024). It is Amber, static, reviewed quarterly; owner Hester Grimwood, Head of Workforce.",
  ["12", "9"], [],
  [(ERB, "ERB-03 | The 2025/26 pay negotiations for local government services are not concluded before 1 April 2025, leaving councils with unbudgeted back pay | Hester Grimwood, Head of Workforce | L4 x I3 = 12 | Consultation of councils on the 2025/26 pay claim, completed December 2024 | L3 x I3 = 9 | Amber")],
  "Inherent and residual scores are two columns apart, with the controls between them.")
q("x011", "who owns the employer NICs risk on the ERB register and how often does it get reviewed", "table_lookup",
  "ERB-07 (the increase in employer National Insurance contributions from April 2025 not being funded for the providers councils commission) is owned by Leopold Harcastle, Head of Local Government Finance, and is reviewed monthly. It is new this quarter (after the Autumn Budget of 30 October 2024), with a residual score of L4 x I4 = 16 (Red).",
  ["Leopold Harcastle", "monthly"], [],
  [(ERB, "ERB-07 | The increase in employer National Insurance contributions from April 2025 is not funded for the providers that councils commission, adding to social care cost pressures | Leopold Harcastle, Head of Local Government Finance | L5 x I4 = 20 | Evidence from councils on their exposure through commissioned contracts, collected December 2024 | L4 x I4 = 16 | Red | New | Monthly")],
  "NICs is an abbreviation the register does not use. The review frequency is the last column of a nine-column row.")
q("x012", "how many labour cllrs on the asylum task group? not counting subs", "table_lookup",
  "Four Labour members on the Asylum, Refugee and Migration Task Group in 2024/25: Cllr Yusuf Karimjee (Chair, Kirklees Council), Cllr Beatrix Hollingdrake (Middlesbrough Council), Cllr Owain Prothero (Portsmouth City Council) and Cllr Tunde Bakare (Royal Borough of Greenwich). Cllr Faisal Rahimi (Oldham Council) is the Labour substitute.",
  ["Karimjee", "Hollingdrake", "Prothero", "Bakare"], [],
  [(ARM, "Labour | Cllr Yusuf Karimjee | Kirklees Council | Chair Cllr Beatrix Hollingdrake | Middlesbrough Council | Member Cllr Owain Prothero | Portsmouth City Council | Member Cllr Tunde Bakare | Royal Borough of Greenwich | Member Cllr Faisal Rahimi | Oldham Council | Substitute")],
  "HTML table whose Political group cell spans the group's rows (rowspan=5): only the first Labour row names the group, and the substitute is inside the same group.")
q("x013", "who leads PL2 on the linz report and how many councils got bursaries?", "table_lookup",
  "PL2 (award planning skills bursaries to 60 councils by 30 September 2024) is led by Euan Lockyer. Bursaries of £15,000 each were awarded to 62 councils on 12 September 2024, so it is Achieved at Q2 (it was Not yet due at Q1).",
  ["Euan Lockyer", "62"], [],
  [(LINZ, "PL2 | Award planning skills bursaries to 60 councils by 30 September 2024 | Euan Lockyer | Not yet due | Achieved | Bursaries of £15,000 each were awarded to 62 councils on 12 September 2024.")],
  "Target found by its reference; the lead officer column comes before the two status columns.")
q("x014", "what controls are in place on ERB-01 (funding reform / rates reset)?", "table_lookup",
  "Three controls are listed for ERB-01: a joint LGA and MHCLG technical working group meeting monthly; a modelling tool for councils' finance teams, issued 18 December 2024; and briefings for members through the four political groups. Even so the risk stays Red, with a residual score of L4 x I4 = 16 (inherent L5 x I5 = 25), and is rising. Owner: Leopold Harcastle.",
  ["working group", "modelling tool", "briefings"], [],
  [(ERB, "Joint LGA and MHCLG technical working group, meeting monthly"),
   (ERB, "Modelling tool for councils' finance teams, issued 18 December 2024"),
   (ERB, "Briefings for members through the four political groups")],
  "Two of the three controls are in continuation rows under the risk's row, whose other cells are empty; reading only the ERB-01 row finds one control.")

# ---------------- people_roles (7)
q("x015", "who chairs LINZ?", "people_roles",
  "Cllr Siobhan Garraway (Labour, Sheffield City Council) chairs the Local Infrastructure and Net Zero Board in 2024/25; she is also its Lead Member for Transport and Highways. The Vice-Chair is Cllr Crispin Marlowe (Conservative, West Sussex County Council).",
  ["Siobhan Garraway"], [],
  [(AGN, "Cllr Siobhan Garraway (Lab) – Sheffield City Council Chair")],
  "Plain-text membership list 'Cllr Name (Group) – Council' with each role on its own indented line under the name.")
q("x016", "deputy chairs on the linz board 24/25?", "people_roles",
  "Two Deputy Chairs: Cllr Eleri Pendry (Liberal Democrat, Wokingham Borough Council), who is also Lead Member for Planning, and Cllr Graham Lusby (Independent, Boston Borough Council).",
  ["Eleri Pendry", "Graham Lusby"], [],
  [(AGN, "Cllr Eleri Pendry (LD) – Wokingham Borough Council Deputy Chair"),
   (AGN, "Cllr Graham Lusby (Ind) – Boston Borough Council Deputy Chair")],
  "The role is on the line after the name; group abbreviations (LD, Ind) are explained only in a key line after the list.")
q("x017", "who's the lead member for flooding on LINZ", "people_roles",
  "Cllr Annabel Frith (Conservative, Buckinghamshire Council) is the Lead Member for Flooding and Water on the Local Infrastructure and Net Zero Board in 2024/25.",
  ["Annabel Frith"], [],
  [(AGN, "Cllr Annabel Frith (Con) – Buckinghamshire Council Lead Member, Flooding and Water")],
  "An ordinary member whose only role line is a lead member portfolio.")
q("x018", "who chairs the asylum refugee & migration task group and what council are they from", "people_roles",
  "Cllr Yusuf Karimjee (Labour, Kirklees Council) chairs the LGA's Asylum, Refugee and Migration Task Group in 2024/25. The Vice-Chair is Cllr Ingrid Cawthorne (Conservative, Kent County Council).",
  ["Yusuf Karimjee", "Kirklees"], [],
  [(ARM, "Chair | Cllr Yusuf Karimjee"),
   (ARM, "Labour | Cllr Yusuf Karimjee | Kirklees Council | Chair")],
  "The chair is in the meeting details definition list (without council) and in the membership table (with council).")
q("x019", "who chaired the coastal sig on 4 oct?", "people_roles",
  "The Vice-Chair, Cllr Aidan Pellow (Torbay Council), took the chair at the Coastal Special Interest Group meeting of 4 October 2024, because the Chair, Cllr Marian Scoresby (North Norfolk District Council), had sent apologies.",
  ["Aidan Pellow"], [],
  [(SIG, "The Vice-Chair, Cllr Aidan Pellow, took the chair in the absence of the Chair, Cllr Marian Scoresby"),
   (SIG, "Apologies: Cllr Marian Scoresby (North Norfolk District Council) (Chair)")],
  "The Chair sent apologies; 'in the Chair' is in brackets after the Vice-Chair's council in the 'Members present:' list.")
q("x020", "which LGA officers were at the coastal SIG meeting in october?", "people_roles",
  "Two LGA officers: Kieran Mountjoy (Senior Adviser) and Nerys Halloran (Adviser, Flooding and Coastal). Joanne Ibbetson also attended as the Coastal SIG Secretariat, but she is from East Riding of Yorkshire Council, not the LGA; Dr Ruth Amberley of the Environment Agency attended for item 3.",
  ["Kieran Mountjoy", "Nerys Halloran"], [],
  [(SIG, "Officers: Kieran Mountjoy (Senior Adviser, LGA), Nerys Halloran (Adviser, Flooding and Coastal, LGA), Joanne Ibbetson (Coastal SIG Secretariat, East Riding of Yorkshire Council)")],
  "'Officers:' is a comma list with employers in brackets; one of the three officers is not from the LGA.")
q("x021", "who owns the pay negotiations risk on the ERB register", "people_roles",
  "Hester Grimwood, Head of Workforce, owns ERB-03: the 2025/26 pay negotiations for local government services not being concluded before 1 April 2025, leaving councils with unbudgeted back pay.",
  ["Hester Grimwood"], [],
  [(ERB, "ERB-03 | The 2025/26 pay negotiations for local government services are not concluded before 1 April 2025, leaving councils with unbudgeted back pay | Hester Grimwood, Head of Workforce")],
  "The owner column holds name and job title; Leopold Harcastle, named as the register's contact, owns three other risks.")

# ---------------- board_paper (7)
q("x022", "what pages is the Q2 perf report in the LINZ 12 dec pack", "board_paper",
  "Item 5, LINZ Board work programme 2024/25: performance report, Quarter 2 (July to September 2024), is on pages 17 - 30 of the agenda pack for the Local Infrastructure and Net Zero Board on 12 December 2024.",
  ["17", "30"], [],
  [(AGN, "5. LINZ Board work programme 2024/25: performance report, Quarter 2 (July to September 2024) | 17 - 30")],
  "Plain-text agenda: the title wraps onto a second line and the page range is right-aligned after a dot leader on the last line.")
q("x023", "is the autumn budget item at LINZ in december a paper or verbal", "board_paper",
  "Verbal. Item 3, 'Autumn Budget 2024: infrastructure and net zero announcements', is an update from the Chair, marked Verbal in the pages column of the 12 December 2024 agenda, so there is no paper in the pack.",
  ["verbal"], [],
  [(AGN, "3. Autumn Budget 2024: infrastructure and net zero announcements – update from the Chair | Verbal")],
  "'Verbal' sits where the page range would be, at the end of a wrapped agenda line.")
q("x024", "what are the asks in the PPB rural services paper?", "board_paper",
  "Paragraph 14 asks members to agree three asks for the LGA's Spending Review submission: (i) the review of relative needs and resources should include a rural cost adjustment for sparsity and travel time; (ii) the Rural Services Delivery Grant should be rolled into a multi-year settlement of at least three years; and (iii) the Government should fund the rising cost of home to school transport through a separate, needs-based grant.",
  ["rural cost adjustment", "multi-year", "home to school transport"], [],
  [(PPB, "14. Members are asked to agree the following asks: (i) the review of relative needs and resources should include a rural cost adjustment for sparsity and travel time; (ii) the Rural Services Delivery Grant should be rolled into a multi-year settlement of at least three years; and (iii) the Government should fund the rising cost of home to school transport through a separate, needs-based grant.")],
  "The recommendation on the front sheet only points to 'the three asks in paragraph 14'; the asks are in the two-column body.")
q("x025", "contact officer + phone for the PPB rural services paper (15 sept)?", "board_paper",
  "Gwenllian Pask, Senior Adviser (Rural and Economic Growth): phone 020 7946 0614, email gwenllian.pask@local.gov.uk. She is the contact for item 4, 'Rural services: the extra cost of delivery and our Spending Review asks', at the People and Places Board on 15 September 2021.",
  ["Gwenllian Pask", "020 7946 0614"], [],
  [(PPB, "Contact officer: Gwenllian Pask"),
   (PPB, "Phone no: 020 7946 0614")],
  "Front sheet in a shaded box with bold inline labels, above the two-column text.")
q("x026", "what did the coastal sig agree on erosion funding in oct?", "board_paper",
  "At its meeting on 4 October 2024 the Coastal Special Interest Group agreed (a) to ask the Government to establish a dedicated coastal transition fund, separate from the flood and coastal erosion risk management capital programme; (b) to submit a paper setting out the evidence to the LGA's Local Infrastructure and Net Zero Board on 12 December 2024; and (c) to write to the Environment Agency asking for erosion risk data for each council area to be published by March 2025.",
  ["coastal transition fund", "Local Infrastructure and Net Zero Board"], [],
  [(SIG, "(a) asks the Government to establish a dedicated coastal transition fund, separate from the flood and coastal erosion risk management capital programme;"),
   (SIG, "(b) submits a paper setting out the evidence to the LGA's Local Infrastructure and Net Zero Board on 12 December 2024; and")],
  "Item 3 of the plain-text minutes: 'AGREED: That the Group:' with (a)-(c) on separate lines, followed by three ACTION lines.")
q("x027", "the UASC NTS rates item at the asylum task group - for decision or just info? whos the officer", "board_paper",
  "For decision. Item 4, 'Unaccompanied asylum-seeking children: National Transfer Scheme rates', asks members to agree the LGA's position on the rates paid to councils that accept children through the National Transfer Scheme, ahead of the Home Office's review of the rates in October 2024. The lead officer is Nadia Ferreira-Lowe, Senior Adviser (Asylum and Refugees); the paper is 5 pages.",
  ["decision", "Nadia Ferreira-Lowe"], [],
  [(ARM, "4. Unaccompanied asylum-seeking children: National Transfer Scheme rates Purpose | For decision."),
   (ARM, "Lead officer | Nadia Ferreira-Lowe, Senior Adviser (Asylum and Refugees)")],
  "Each agenda item on the web page has its own <dl> (Purpose, Summary, Lead officer, Paper). UASC and NTS are abbreviations the page does not use. Nadia Ferreira-Lowe leads three items, Hollis Grainger two.")
q("x028", "what is the LINZ q2 performance report asking the board to do?", "board_paper",
  "The report (item 5, for decision) asks the Local Infrastructure and Net Zero Board to (a) note the performance report for Quarter 2 of 2024/25 and (b) agree to move the completion date of target NZ1, the local net zero delivery framework, to 31 January 2025.",
  ["NZ1", "31 January 2025"], [],
  [(LINZ, "(b) agrees to move the completion date of target NZ1 (the local net zero delivery framework) to 31 January 2025.")],
  "The front sheet is a shaded one-cell box with headings inside it; 'Purpose of report: For decision.' rests on recommendation (b).")

# ---------------- fact (5)
q("x029", "how many councils replied to the rural services survey (PPB)?", "fact",
  "47 of the 66 councils in England classified as predominantly rural responded to the LGA's June 2021 survey, a response rate of 71 per cent: 19 county and unitary councils and 28 district councils. Their spend was compared with 40 predominantly urban councils.",
  ["47", "66"], [],
  [(PPB, "A survey was sent in June 2021 to the 66 councils in England classified as predominantly rural. 47 councils responded, a response rate of 71 per cent: 19 county and unitary councils and 28 district councils.")],
  "Paragraph 2 of the two-column paper; the table's source note gives 47 councils too.")
q("x030", "coastal sig visitor survey - were visitor numbers up or down this summer?", "fact",
  "Down: visitor numbers in summer 2024 were 6 per cent lower than in summer 2023, though spending per visit was up 4 per cent. 31 member councils responded to the August 2024 survey; 18 reported difficulty recruiting seasonal staff and 22 said the wet early summer had shortened the season.",
  ["down", "6"], [],
  [(SIG, "Visitor numbers in summer 2024 were down 6 per cent on summer 2023, but spending per visit was up 4 per cent.")],
  "Item 4 of the Coastal SIG minutes. Two percentages in one sentence, moving in opposite directions.")
q("x031", "what did our roads analysis put the local roads maintenance backlog at?", "fact",
  "£14.2 billion for local roads in England, up from £12.7 billion two years earlier, according to the LGA analysis published on 29 August 2024 (LINZ target TR1, Achieved at Q2 2024/25).",
  ["14.2"], ["16.3"],
  [(LINZ, "Published on 29 August 2024. The analysis puts the maintenance backlog on local roads in England at £14.2 billion, up from £12.7 billion two years earlier.")],
  "In the commentary cell of TR1. The figure is invented: an answer from outside knowledge of real road surveys would differ.")
q("x032", "who's sorting the venue for the coastal summit and by when?", "fact",
  "Cllr Rhiannon Sealey (Blackpool Council) is to confirm the venue booking with Blackpool Council by 1 November 2024. The Coastal SIG agreed on 4 October 2024 to hold the Coastal Summit 2025 in Blackpool on Thursday 15 May 2025; Joanne Ibbetson is approaching sponsors.",
  ["Rhiannon Sealey", "1 November 2024"], [],
  [(SIG, "ACTION: Cllr Rhiannon Sealey to confirm the venue booking with Blackpool Council by 1 November 2024.")],
  "Actions are 'ACTION: <owner> to <do> by <date>' lines; item 5 has two, with different owners.")
q("x033", "how many councils answered the LGA's asylum dispersal survey?", "fact",
  "58 councils responded to the LGA's dispersal survey in August 2024, according to the summary of item 2 (asylum accommodation: dispersal and the exit from contingency hotels) on the Asylum, Refugee and Migration Task Group's page for its 19 September 2024 meeting.",
  ["58"], [],
  [(ARM, "Sets out the Home Office's plan to close a further 40 contingency hotels by March 2025 and the pressures reported by the 58 councils that responded to the LGA's dispersal survey in August 2024.")],
  "In the Summary <dd> of an agenda item; the same sentence has another number (40 hotels).")

# ---------------- cross_document (2)
q("x034", "the coastal SIG erosion paper thats going to LINZ - when is it on, what pages, and who's presenting?", "cross_document",
  "It is item 4 at the Local Infrastructure and Net Zero Board on 12 December 2024, 'Coastal erosion and flood funding: report from the LGA Coastal Special Interest Group', on pages 9 - 16 of the pack. Cllr Marian Scoresby, Chair of the Coastal SIG, will attend for the item: the SIG's minutes of 4 October 2024 record the action for her to present the paper, and for Nerys Halloran to draft it and circulate it to members by 8 November 2024.",
  ["12 December 2024", "9", "16", "Marian Scoresby"], [],
  [(AGN, "4. Coastal erosion and flood funding: report from the LGA Coastal Special Interest Group | 9 - 16"),
   (AGN, "(Cllr Marian Scoresby, Chair of the Coastal Special Interest Group, will attend for this item)"),
   (SIG, "ACTION: Cllr Marian Scoresby to present the paper to the Local Infrastructure and Net Zero Board on 12 December 2024.")],
  "Links the Coastal SIG minutes (plain text, October 2024) to the LINZ agenda (plain text, December 2024); the pages are only in the agenda.")
q("x035", "is anyone on both LINZ and the asylum task group this year?", "cross_document",
  "Yes, two councillors. Cllr Tunde Bakare (Labour, Royal Borough of Greenwich) is a member of both the Local Infrastructure and Net Zero Board and the Asylum, Refugee and Migration Task Group in 2024/25. Cllr Penelope Ashgrove (Liberal Democrat, Stockport Council) is a substitute on the LINZ Board and a member of the task group.",
  ["Tunde Bakare", "Penelope Ashgrove"], [],
  [(AGN, "Cllr Tunde Bakare (Lab) – Royal Borough of Greenwich"),
   (AGN, "Cllr Penelope Ashgrove (LD) – Stockport Council"),
   (ARM, "Cllr Tunde Bakare | Royal Borough of Greenwich | Member"),
   (ARM, "Cllr Penelope Ashgrove | Stockport Council | Member")],
  "Compares the plain-text LINZ membership list with the HTML rowspan table; Cllr Ashgrove is only a substitute on LINZ (listed under 'Substitutes').")

# ---------------- unanswerable (5)
q("x036", "what was NZ1 rated at Q3 24/25?", "unanswerable",
  "The documents don't say. The LINZ performance report covers Quarter 2 of 2024/25, when NZ1 (the local net zero delivery framework) was Not achieved, and Quarter 1 (Not yet due); the Quarter 3 report was due at the Board's meeting on 13 February 2025 and is not among these documents.",
  [], [], [],
  "Only Q1 and Q2 columns exist; an answer that gives the Q2 status as Q3 is wrong.")
q("x037", "what did the asylum task group decide on the NTS rates on 19 sept?", "unanswerable",
  "The documents don't record it. The task group's web page for 19 September 2024 gives the meeting details, the agenda (item 4, National Transfer Scheme rates, was for decision) and the membership, but there are no minutes or decisions for the meeting.",
  [], [], [],
  "The agenda item says it asks members to agree a position, which invites inventing the decision.")
q("x038", "what was ERB-01's score on the october register?", "unanswerable",
  "The register doesn't give it. The December 2024 register shows ERB-01's current residual score (L4 x I4 = 16, Red) and says its trend is Rising compared with the register reported on 17 October 2024, but it does not give the October score.",
  [], [], [],
  "The trend word implies the score was lower, but not what it was.")
q("x039", "who chaired LINZ in 2023/24?", "unanswerable",
  "The documents don't say. The LINZ Board agenda of 12 December 2024 gives the membership for 2024/25 only (Chair: Cllr Siobhan Garraway); nothing in these documents names a chair for 2023/24.",
  [], [], [],
  "A different year from the one the membership list covers; answering Garraway is a guess.")
q("x040", "how much rural services delivery grant did councils get in 21/22?", "unanswerable",
  "The paper doesn't give an amount. The People and Places Board paper of 15 September 2021 says that councils value the Rural Services Delivery Grant but that it does not close the gap, has not kept pace with costs and is allocated one year at a time; it asks for the grant to be rolled into a multi-year settlement, but it gives no figure for the grant in 2021/22.",
  [], [], [],
  "The grant is named twice in the paper, without an amount; the real figure is public knowledge, so an answer from outside the documents is a fabrication here.")

assert len(G) == 40
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions)")
