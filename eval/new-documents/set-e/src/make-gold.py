# Writes ../gold.jsonl (the 40 questions of this set with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in text/ (table cells joined by " | "); a few quotes
# span consecutive lines of a rendering (a dashboard card's heading and status lines, a target block).
import json
import os

DASH = "lga-business-plan-dashboard-2022-q2.html"
FSMC = "fire-services-management-committee-agenda-2022-10-07.docx"
RB = "resources-board-minutes-2023-01-19.pdf"
CRR = "lga-corporate-risk-register-2022-12.md"
CTS = "culture-tourism-sport-board-progress-2022-q3.txt"
G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


# ---------------- status_lookup (7)
q("e001", "which objectives are red on the Q2 22/23 business plan dashboard?", "status_lookup",
  "Two objectives are Red at the end of Quarter 2 2022/23 (to 30 September 2022): FF2 (inflation, energy and pay pressures are funded: about £2.4 billion of unbudgeted costs in 2022/23 and no in-year funding announced) and CH1 (adult social care charging reform is fully funded: 74 per cent of directors said the October 2023 start was not achievable, with a £1.8 billion shortfall over three years). Both were Amber the quarter before.",
  ["FF2", "CH1"], ["PP4"],
  [(DASH, "FF2 Inflation, energy and pay pressures are funded\nStatus: Red"),
   (DASH, "CH1 Adult social care charging reform is fully funded\nStatus: Red")],
  "HTML dashboard: each objective is a card of <div>s (no table), with a 'Status:' line under the card heading. PP4's update mentions the British Red Cross, but PP4 is Amber.")
q("e002", "what's dropped a RAG rating since last quarter on the business plan dashboard (q2 2022/23)?", "status_lookup",
  "Three objectives are rated lower than in Quarter 1: PP3 Housing delivery (Green to Amber), FF2 inflation, energy and pay pressures (Amber to Red) and CH1 adult social care charging reform (Amber to Red). Going the other way, SC1 (corporate peer challenge) improved from Amber to Green and OO2 (subscriptions review) is now Complete. CH4 (public health grant) was Amber and is not rated this quarter. SC3 (workforce capacity) stays Amber, though its direction of travel is shown as worsening.",
  ["PP3", "FF2", "CH1"], [],
  [(DASH, "PP3 Housing delivery\nStatus: Amber\nLast quarter: Green"),
   (DASH, "FF2 Inflation, energy and pay pressures are funded\nStatus: Red\nLast quarter: Amber"),
   (DASH, "CH1 Adult social care charging reform is fully funded\nStatus: Red\nLast quarter: Amber")],
  "Needs the 'Status:' and 'Last quarter:' lines of every card. The direction of travel is given only as an icon's alt text ('Direction of travel: worsening'), and SC3's is worsening although its rating is unchanged.")
q("e003", "status of PP3 housing delivery? i thought the housing advisers thing was on track", "status_lookup",
  "PP3 Housing delivery is Amber at the end of Q2 2022/23; it was Green the quarter before, and its direction of travel is worsening. The Housing Advisers Programme target itself (60 councils supported in 2022/23, 41 by the end of September) is on track. But build cost inflation of 14 per cent has led a third of councils with a housebuilding programme to pause or re-phase schemes, so the wider outcome of more council homes being started is at risk. Lead: Oliver Tennant, Head of Housing and Planning.",
  ["Amber"], [],
  [(DASH, "PP3 Housing delivery\nStatus: Amber\nLast quarter: Green"),
   (DASH, "Our target of 60 councils supported through the Housing Advisers Programme in 2022/23 remains on track, with 41 supported by the end of September, but the wider outcome of more council homes being started is now at risk.")],
  "Distractor: the update of an Amber card says 'remains on track'.")
q("e004", "how many objectives were green / amber / red at end of sept 2022 on the dashboard", "status_lookup",
  "Of the 19 business plan objectives at the end of September 2022 (Q2 2022/23): 8 Green, 7 Amber, 2 Red and 1 Complete, with 1 not rated this quarter (CH4, public health grant).",
  ["19", "8", "7", "2"], [],
  [(DASH, "At the end of September 2022, 8 of the 19 objectives were rated Green, 7 Amber, 2 Red and 1 Complete; 1 was not rated this quarter."),
   (DASH, "Green 8 | Amber 7 | Red 2 | Complete 1 | Not rated 1")],
  "The summary strip gives the counts next to icons whose alt text is the rating; the summary sentence gives them in words. Counting the cards gives the same.")
q("e005", "CTS board q3 progress report - which targets are red or amber?", "status_lookup",
  "At the end of December 2022 one target is RED: B.1 (support for leisure centres and swimming pools facing higher energy costs). Three are AMBER: A.1 (library funding in the 2023/24 settlement, down from GREEN), B.2 (a new national sport strategy, up from RED) and C.2 (research on a local visitor levy, with the deadline proposed to move to April 2023). The other eight targets are GREEN and two are COMPLETE.",
  ["B.1", "A.1", "B.2", "C.2"], ["C.3"],
  [(CTS, "Target B.1 - Secure support for leisure centres and swimming pools facing higher energy costs\nLead: Tamsin Okoro\nStatus: RED (off track)"),
   (CTS, "Since quarter 2, target A.1 has moved from GREEN to AMBER and target B.2 has improved from RED to AMBER."),
   (CTS, "Target C.2 - Publish research on the case for a local visitor levy by January 2023\nLead: Callum Brereton\nStatus: AMBER (at risk)")],
  "Plain text hard-wrapped at 72 columns: each target is a block of indented lines ('Target B.1 - ...', 'Lead:', 'Status:', 'Progress:'), not a table row. C.3's progress mentions the Met Office's 'red warning' for extreme heat, but C.3 is GREEN.")
q("e006", "is the sport strategy target still red for the culture tourism & sport board?", "status_lookup",
  "No. Target B.2 (a new national sport strategy that recognises the role of councils) is AMBER (at risk) at quarter 3 2022/23, up from RED in quarter 2. DCMS confirmed in November 2022 that the strategy will be published in spring 2023 and invited the LGA to join its expert panel. Lead: Tamsin Okoro.",
  ["AMBER"], [],
  [(CTS, "Target B.2 - Secure a new national sport strategy that recognises the role of councils\nLead: Tamsin Okoro\nStatus: AMBER (at risk)"),
   (CTS, "Progress: Improved from RED in quarter 2. The Department for Culture, Media and Sport confirmed in November that the new sport strategy will be published in spring 2023")],
  "The previous rating is in the progress text, and the word RED occurs in an AMBER block. The only RED target is B.1.")
q("e007", "which corporate risks are red at end of dec 22?", "status_lookup",
  "Two risks are Red on their residual score at 31 December 2022. CRR2: a cyber attack leads to the loss of data or of LGA systems (residual 4 × 4 = 16, up from 12). CRR3: DLUHC grant for the 2023/24 sector support programme is reduced or is confirmed after 1 April 2023 (residual 3 × 5 = 15).",
  ["CRR2", "CRR3"], ["CRR6"],
  [(CRR, "Red | 4 × 4 = 16 | CRR2 | A cyber attack leads to the loss of data or of LGA systems."),
   (CRR, "Red | 3 × 5 = 15 | CRR3 | DLUHC grant for the 2023/24 sector support programme is reduced or is confirmed after 1 April 2023.")],
  "Markdown register with columns in an unusual order (Status first, reference third). CRR6 and CRR1 have inherent scores in the Red range (15, 16) but residual scores of 12 (Amber). The summary gives the count but not the references; the Resources Board minutes also name CRR2 and CRR3.")

# ---------------- table_lookup (7)
q("e008", "CRR2 cyber risk - whats the inherent and residual score?", "table_lookup",
  "CRR2 (a cyber attack leads to the loss of data or of LGA systems) has an inherent score of 5 × 5 = 25 and a residual score of 4 × 4 = 16, which is Red. The residual score rose from 12 (L3 × I4) after a phishing attack on 3 November 2022 compromised two staff email accounts; no data was lost. Owner: Head of Digital (Rhys Carmody).",
  ["25", "16"], [],
  [(CRR, "Red | 4 × 4 = 16 | CRR2 | A cyber attack leads to the loss of data or of LGA systems. | Head of Digital | 5 × 5 = 25"),
   (CRR, "CRR2 raised from 12 (L3 × I4) to 16 (L4 × I4) after a phishing attack on 3 November 2022 compromised two staff email accounts.")],
  "Residual comes before the reference and inherent after the owner; scores are written as 'L × I = score'.")
q("e009", "who owns the staff recruitment / retention risk on the corporate risk register", "table_lookup",
  "CRR5 (we cannot recruit or keep staff in specialist roles: digital, finance, policy) is owned by the Director of People, Yvette Mandeville. It is Amber, with a residual score of 4 × 3 = 12 (up from 9) and an inherent score of 4 × 4 = 16.",
  ["Yvette Mandeville"], [],
  [(CRR, "Amber | 4 × 3 = 12 | CRR5 | We cannot recruit or keep staff in specialist roles (digital, finance, policy). | Director of People"),
   (CRR, "Director of People – Yvette Mandeville")],
  "Two steps: the table gives the owner's post, and the 'Risk owners' list gives the name.")
q("e010", "which risks went up since the september risk register?", "table_lookup",
  "Two residual scores went up. CRR2 (cyber attack) rose from 12 to 16 after the phishing attack on 3 November 2022. CRR5 (recruiting and keeping specialist staff) rose from 9 to 12, with a staff vacancy rate of 12.6 per cent in December 2022 against 8.1 per cent a year earlier. CRR4 and CRR8 went down, and CRR9 is a new risk.",
  ["CRR2", "CRR5"], [],
  [(CRR, "CRR2 raised from 12 (L3 × I4) to 16 (L4 × I4) after a phishing attack on 3 November 2022 compromised two staff email accounts."),
   (CRR, "CRR5 raised from 9 to 12: the staff vacancy rate was 12.6 per cent in December 2022, against 8.1 per cent a year earlier.")],
  "The Trend column uses arrows (↑ → ↓) with 'was n'. The 'Changes since the September 2022 register' list states the changes in words.")
q("e011", "who missed the 15 july FSMC meeting?", "table_lookup",
  "Six members sent apologies for 15 July 2022. Cllr Lorna Fitzwilliam, Cllr Maureen Glossop and Cllr Hamish Dunmore are marked Sub: a substitute attended for each (Cllrs Keith Brimble, Priti Ramsaran and Trudy Penrose attended that day). Cllr Derek Stanbridge, Cllr Amanda Threlfall and Cllr Liam Trelawney are marked No: no substitute attended.",
  ["Lorna Fitzwilliam", "Maureen Glossop", "Hamish Dunmore", "Derek Stanbridge", "Amanda Threlfall", "Liam Trelawney"], ["Rupert Galloway"],
  [(FSMC, "Lorna Fitzwilliam | Yes | Sub"),
   (FSMC, "Derek Stanbridge | No | No"),
   (FSMC, "Amanda Threlfall | Yes | No"),
   (FSMC, "Liam Trelawney | Yes | No"),
   (FSMC, "Maureen Glossop | Yes | Sub"),
   (FSMC, "Hamish Dunmore | No | Sub")],
  "Word attendance table with Yes / No / Sub per meeting. 'Sub' means the member was absent, but a substitute attended. Rupert Galloway and Carol Hebden missed 17 June, not 15 July.")
q("e012", "did cllr galloway make the june fire committe meeting? who subbed if not", "table_lookup",
  "No. Cllr Rupert Galloway (Conservative, West Sussex County Council) is marked Sub for 17 June 2022: he sent apologies, and a substitute attended. The only Conservative substitute who attended on 17 June was Cllr Sally Wetherell (Cheshire Fire Authority), so she was his substitute. He attended on 15 July 2022.",
  ["Sally Wetherell"], [],
  [(FSMC, "Rupert Galloway | Sub | Yes"),
   (FSMC, "Sally Wetherell | Yes | –"),
   (FSMC, "| Cllr Sally Wetherell | Cheshire Fire Authority | Substitute")],
  "The attendance table does not say who substituted for whom. This has to be inferred: substitutes stand in for their own group, and the group is in a merged cell of the membership table. The other Conservative substitute (Keith Brimble) was not needed on 17 June.")
q("e013", "who are the FSMC reps on the firefighters pension scheme advisory board", "table_lookup",
  "Cllr Carol Hebden (Labour, South Yorkshire Fire and Rescue Authority) and Cllr Hamish Dunmore (Liberal Democrat, Oxfordshire County Council). Source: the Committee's appointments to outside bodies for 2022/23 (item 5, 7 October 2022).",
  ["Carol Hebden", "Hamish Dunmore"], ["Rosalind Tregear"],
  [(FSMC, "Firefighters’ Pension Scheme Advisory Board | Cllr Carol Hebden; Cllr Hamish Dunmore")],
  "Two-column Word table in item 5. Rosalind Tregear is the LGA's representative on a different body, the Local Government Pension Scheme Advisory Board (Resources Board minutes).")
q("e014", "CRR4 pensions risk - what's the score now and why did it go down", "table_lookup",
  "CRR4 (employer pension contributions rise after the 2022 actuarial valuation) is Amber, with a residual score of 2 × 4 = 8, down from 12 (inherent 3 × 4 = 12). It went down because the valuation result, received in December 2022, showed a funding level of 104 per cent, and the employer contribution rate is unchanged to March 2026. Owner: Director of Finance (Alistair Penhaligon).",
  ["8", "104"], [],
  [(CRR, "Amber | 2 × 4 = 8 | CRR4 | Employer pension contributions rise after the 2022 actuarial valuation of the pension fund. | Director of Finance | 3 × 4 = 12 | Valuation result received December 2022: funding level 104 per cent"),
   (CRR, "CRR4 reduced from 12 to 8 following the valuation result.")],
  "")

# ---------------- people_roles (7)
q("e015", "who chairs the fire services management committee 22/23", "people_roles",
  "Cllr Malcolm Pettigrew (Conservative, Hampshire and Isle of Wight Fire and Rescue Authority) chairs the Committee for 2022/23. He also chairs the employers' side of the National Joint Council for Local Authority Fire and Rescue Services. The Vice-Chair is Cllr Bernard Nwachukwu (Labour, Merseyside Fire and Rescue Authority).",
  ["Malcolm Pettigrew"], ["Nadine Kerr"],
  [(FSMC, "Conservative (6) | Cllr Malcolm Pettigrew | Hampshire and Isle of Wight Fire and Rescue Authority | Chair")],
  "Membership table with a Position column that is blank for ordinary members. The February 2020 Executive Advisory Board minutes in the other development set name a different FSMC chair for that year.")
q("e016", "what political group is cllr shabana akhtar in? (fire cttee)", "people_roles",
  "Labour. Cllr Shabana Akhtar (West Yorkshire Fire and Rescue Authority) is one of the 5 Labour members of the Fire Services Management Committee for 2022/23.",
  ["Labour"], [],
  [(FSMC, "Labour (5) | Cllr Bernard Nwachukwu | Merseyside Fire and Rescue Authority | Vice-Chair"),
   (FSMC, "| Cllr Shabana Akhtar | West Yorkshire Fire and Rescue Authority |")],
  "The political group is a vertically merged first-column cell that spans the group's rows. Its text appears only beside the group's first member, and Akhtar's own row has an empty group cell.")
q("e017", "deputy chairs of the FSMC?", "people_roles",
  "Two Deputy Chairs: Cllr Felicity Arkwright (Liberal Democrat, Avon Fire Authority) and Cllr Victor Holroyd (Independent, East Sussex Fire Authority).",
  ["Felicity Arkwright", "Victor Holroyd"], [],
  [(FSMC, "Liberal Democrat (2) | Cllr Felicity Arkwright | Avon Fire Authority | Deputy Chair"),
   (FSMC, "Independent (1) | Cllr Victor Holroyd | East Sussex Fire Authority | Deputy Chair")],
  "The Vice-Chair (Bernard Nwachukwu) is a different role.")
q("e018", "who chaired the resources board in jan 2023 and who's vice chair", "people_roles",
  "Cllr Patricia Engleby (Lichfield District Council) chaired the Resources Board on 19 January 2023. The Vice-Chair is Cllr Desmond Kearsley (Wigan Council). The Deputy Chairs present were Cllr Rosalind Tregear (Three Rivers District Council) and Cllr Gordon Haverfield (Epsom and Ewell Borough Council).",
  ["Patricia Engleby", "Desmond Kearsley"], [],
  [(RB, "Cllr Patricia Engleby (Chair) | Lichfield District Council"),
   (RB, "Cllr Desmond Kearsley (Vice-Chair) | Wigan Council")],
  "PDF minutes: the attendance block is two columns of text (names left, councils right) drawn without a table; roles are in brackets after the name.")
q("e019", "who's the lead member for tourism on the CTS board?", "people_roles",
  "Cllr Simon Tollemache is the lead member for Theme C, tourism and the visitor economy. The lead officer for its targets (C.1 to C.3) is Callum Brereton.",
  ["Simon Tollemache"], [],
  [(CTS, "THEME C: TOURISM AND THE VISITOR ECONOMY\nLead member: Cllr Simon Tollemache")],
  "Each theme heading (underlined with '=' in the .txt file) has a 'Lead member:' line. Each target has a 'Lead:' line naming an officer.")
q("e020", "who leads on the adult social care charging reform objective", "people_roles",
  "Bridget Okonkwo, Head of Adult Social Care, leads CH1 (adult social care charging reform is fully funded). Its lead board is the Community Wellbeing Board, and it is Red in Q2 2022/23. She also leads CH2 (hospital discharge and winter pressures).",
  ["Bridget Okonkwo"], [],
  [(DASH, "CH1 Adult social care charging reform is fully funded\nStatus: Red\nLast quarter: Amber\nDirection of travel: worsening\nLead: Bridget Okonkwo, Head of Adult Social Care")],
  "The objective is named by topic, not by reference.")
q("e021", "who's the LGA rep on the LGPS advisory board?", "people_roles",
  "Cllr Rosalind Tregear (Deputy Chair of the Resources Board, Three Rivers District Council) is the LGA's representative on the Local Government Pension Scheme Advisory Board. She reported on its work to the Resources Board on 19 January 2023 (minute 21).",
  ["Rosalind Tregear"], ["Carol Hebden", "Hamish Dunmore"],
  [(RB, "Cllr Rosalind Tregear, the LGA’s representative on the Local Government Pension Scheme Advisory Board, reported that the Board had published its response")],
  "The FSMC pack names Carol Hebden and Hamish Dunmore for the Firefighters' Pension Scheme Advisory Board, which is a different body.")

# ---------------- board_paper (7)
q("e022", "what's the FSMC fire reform paper asking members to agree?", "board_paper",
  "Item 2 of the FSMC meeting on 7 October 2022 ('Fire reform white paper: next steps', for decision) asks the Committee to do three things. First, note the LGA's response to the white paper consultation (agreed on 15 July 2022) and the survey of fire authority chairs. Second, agree that the Chair writes to the Minister responsible for fire setting out the LGA's position on fire governance: authorities have improved governance, any change should be by local agreement and not imposed, and the reforms must be fully funded. Third, agree to hold a workshop for fire authority chairs on governance and operational independence in January 2023 (planned for 20 January 2023, at a cost of about £4,500).",
  ["Minister", "workshop"], [],
  [(FSMC, "2. agrees that the Chair writes to the Minister responsible for fire to set out the LGA’s position on fire governance (paragraph 7); and"),
   (FSMC, "3. agrees to hold a workshop for fire authority chairs on governance and operational independence in January 2023.")],
  "The front sheet uses bold inline labels ('Purpose:', 'Summary:', 'Recommendation(s):', 'Contact officer:') and has an 'Is this report confidential? Yes ☐ No ☒' line.")
q("e023", "contact officer for the heatwave / wildfire paper?", "board_paper",
  "Priya Venkatesan, Adviser (Fire): 020 7946 0657, priya.venkatesan@local.gov.uk. This is item 4 of the FSMC meeting on 7 October 2022. She is also the LGA contact for the meeting.",
  ["Priya Venkatesan"], ["Mark Gallimore"],
  [(FSMC, "Contact officer: Priya Venkatesan, Adviser (Fire) – 020 7946 0657 – priya.venkatesan@local.gov.uk")],
  "Each paper has its own contact officer on one labelled line. The pay paper has two contact officers, and the fire reform paper's is Mark Gallimore.")
q("e024", "whats the confidential item on the 7 oct FSMC agenda and why's it private", "board_paper",
  "Item 6, 'Fire pensions: legal update' (pages 27 - 30), in Part 2 of the agenda. It is likely to be considered in private because it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person). The paper itself is withheld from the pack ('Document is Restricted').",
  ["Fire pensions", "Schedule 12A"], [],
  [(FSMC, "6. Fire pensions: legal update 27 - 30"),
   (FSMC, "exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972")],
  "The agenda is numbered paragraphs with dot-leader tabs to the page numbers, split into Part 1 and Part 2.")
q("e025", "what did the resources board resolve on the finance settlement in jan 23", "board_paper",
  "Minute 16 (19 January 2023): the Board (a) noted the provisional 2023/24 settlement and the LGA's consultation response, and (b) agreed that the LGA's lobbying on the final settlement should focus on a multi-year settlement from 2024/25 and on funding for unbudgeted inflation in 2022/23. Core spending power rises by 8.7 per cent in cash terms, assuming every council raises council tax by the maximum.",
  ["multi-year", "2024/25"], [],
  [(RB, "(b) agrees that the LGA’s lobbying on the final settlement should focus on a multi-year settlement from 2024/25 and on funding for unbudgeted inflation in 2022/23.")],
  "Minutes are numbered through the year (14 to 22 at this meeting), and decisions follow 'RESOLVED:' in capitals.")
q("e026", "what actions did corinne whitebrook pick up at the 19 jan resources board", "board_paper",
  "Three actions. Circulate the LGA's consultation response on the provisional settlement to all Board members, by 27 January 2023. Prepare a briefing for MPs ahead of the debate on the final settlement, by the date of the debate. Publish the results of the energy costs survey and share them with DLUHC and BEIS, by 10 February 2023.",
  ["27 January 2023", "10 February 2023"], [],
  [(RB, "ACTION: Circulate the LGA’s consultation response to all Board members (Owner: Corinne Whitebrook, by 27 January 2023)"),
   (RB, "ACTION: Prepare a briefing for MPs ahead of the debate on the final settlement (Owner: Corinne Whitebrook, by the date of the debate)"),
   (RB, "ACTION: Publish the survey results and share them with DLUHC and the Department for Business, Energy and Industrial Strategy (Owner: Corinne Whitebrook, by 10 February 2023)")],
  "Actions are 'ACTION: ... (Owner: ..., by ...)' lines under two minutes (16 and 20). In the PDF, the owner's name can wrap onto the next line.")
q("e027", "apologies at resources board 19/1/23? any subs?", "board_paper",
  "Apologies were received from Cllr Lesley Farraday (Wirral Council) and Cllr Conrad Blythe (Suffolk County Council). Cllr Bernard Nwachukwu (Sefton Council) attended as substitute for Cllr Farraday. No one substituted for Cllr Blythe.",
  ["Lesley Farraday", "Conrad Blythe", "Bernard Nwachukwu"], [],
  [(RB, "Apologies were received from Cllr Lesley Farraday and Cllr Conrad Blythe. Cllr Bernard Nwachukwu attended as substitute for Cllr Farraday."),
   (RB, "Cllr Lesley Farraday | Wirral Council")],
  "The date is written 19/1/23; the minutes say 'Thursday 19 January 2023'.")
q("e028", "what is the CTS Q3 progress report asking the board to do?", "board_paper",
  "It is for information and decision (item 4, 2 February 2023). The Board is asked to (a) note progress against the 2022/23 work programme (8 GREEN, 3 AMBER, 1 RED, 2 COMPLETE), and (b) agree to move the deadline for target C.2, the research on a local visitor levy, from January 2023 to April 2023, because the fieldwork was delayed.",
  ["C.2", "April 2023"], [],
  [(CTS, "(b) agrees that the deadline for target C.2 (research on a local visitor levy) is moved from January 2023 to April 2023.")],
  "In the .txt file the recommendation is hard-wrapped across two indented lines.")

# ---------------- fact (5)
q("e029", "how many wildfires did fire services go to on 18-19 july 2022", "fact",
  "1,146 wildfires and grass fires in England over 18 and 19 July 2022, when temperatures passed 40°C. Over the whole summer (1 June to 31 August 2022), services attended 24,316 grass, crop and wildfire incidents, more than three times the number in 2021. Source: FSMC item 4, 7 October 2022.",
  ["1,146"], [],
  [(FSMC, "Over those two days fire and rescue services in England attended 1,146 wildfires and grass fires, and several services declared major incidents.")],
  "The next paragraph has a different figure for the whole summer (24,316).")
q("e030", "how much does each extra 1% on firefighter pay cost?", "fact",
  "Around £19 million a year for fire and rescue authorities in England (the pay bill for uniformed staff). Authorities' 2022/23 budgets assumed an award of about 2 per cent, and the employers' 2 per cent offer was rejected by the FBU.",
  ["19 million"], [],
  [(FSMC, "Each additional 1 per cent on the pay bill for uniformed staff costs fire and rescue authorities in England around £19 million a year.")],
  "The paper writes 'per cent', not '%'.")
q("e031", "energy survey dec 2022 - how much higher are council energy bills expected to be", "fact",
  "On average, councils expected their 2023/24 energy bills to be 154 per cent higher than in 2021/22 (LGA survey, December 2022, 118 councils responding). 46 councils had reduced the opening hours of public buildings. The results were reported to the Resources Board on 19 January 2023 (minute 20).",
  ["154"], ["152"],
  [(RB, "On average, councils expected their energy bills in 2023/24 to be 154 per cent higher than in 2021/22")],
  "The CTS report has a different figure (152 per cent) for council leisure facilities' energy costs.")
q("e032", "how many libraries signed up as warm spaces this winter?", "fact",
  "1,960 libraries in England were registered as warm spaces on councils' websites by the end of December 2022 (CTS Board target A.3, GREEN).",
  ["1,960"], [],
  [(CTS, "By the end of December 2022, 1,960 libraries in England were registered as warm spaces on councils' websites.")],
  "")
q("e033", "how many corporate peer challanges done so far in 22/23?", "fact",
  "23 corporate peer challenges and 11 progress reviews in the first half of 2022/23 (to 30 September 2022), against a full-year target of 40 peer challenges. Objective SC1 is Green, up from Amber.",
  ["23"], [],
  [(DASH, "We delivered 23 corporate peer challenges and 11 progress reviews in the first half of 2022/23, against a full-year target of 40 peer challenges.")],
  "'challenges' is misspelt in the question.")

# ---------------- cross_document (2)
q("e034", "was the data centre migration risk actually closed in the end?", "cross_document",
  "Yes. The corporate risk register at 31 December 2022 (version 3.2) showed CRR8 (moving LGA systems from the data centre to the cloud) at a residual score of 1 × 3 = 3 (Green). The migration was completed on 28 November 2022, and the risk was proposed for closure. On 19 January 2023 the Resources Board agreed to close risk CRR8 (minute 18(b)). Alistair Penhaligon is to update the register by 16 March 2023.",
  ["CRR8", "19 January 2023"], [],
  [(CRR, "Green | 1 × 3 = 3 | CRR8 | Moving LGA systems from the data centre to the cloud disrupts services. | Head of Digital | 3 × 4 = 12 | Migration completed 28 November 2022. Proposed for closure."),
   (RB, "(b) agrees to close risk CRR8 (data centre migration); and")],
  "The markdown register only proposes closure; the decision is in the PDF minutes of the meeting that received the register (item 5 = minute 18).")
q("e035", "anyone sit on both the fire services mgmt committee and the resources board?", "cross_document",
  "Two councillors appear in both. Cllr Rupert Galloway (Conservative, West Sussex County Council) is an FSMC member for 2022/23 and was present as a Resources Board member on 19 January 2023. Cllr Bernard Nwachukwu, FSMC Vice-Chair (Labour, Merseyside Fire and Rescue Authority), attended the Resources Board on 19 January 2023 as substitute for Cllr Lesley Farraday; there he is listed under Sefton Council.",
  ["Rupert Galloway", "Bernard Nwachukwu"], [],
  [(FSMC, "| Cllr Rupert Galloway | West Sussex County Council |"),
   (FSMC, "Labour (5) | Cllr Bernard Nwachukwu | Merseyside Fire and Rescue Authority | Vice-Chair"),
   (RB, "Cllr Rupert Galloway | West Sussex County Council"),
   (RB, "Cllr Bernard Nwachukwu | Sefton Council")],
  "Joins the Word membership table (merged group cells) with the PDF attendance block. Nwachukwu's authority differs between the two: a fire authority on the FSMC and his council on the Resources Board.")

# ---------------- unanswerable (5)
q("e036", "what did the confidential fire pensions paper reccomend?", "unanswerable",
  "Not in the papers. Item 6 (Fire pensions: legal update) was a confidential Part 2 item, exempt under paragraph 3 of Schedule 12A, and the pack shows only 'Document is Restricted'. Its content and recommendations are not available.",
  [], [], [],
  "Tempting to guess from the title.")
q("e037", "what was PP3 rated in Q3 2022/23?", "unanswerable",
  "Not available. The dashboard covers Quarter 2 2022/23 (to 30 September 2022) only; PP3 Housing delivery was Amber then (Green in Quarter 1). No Quarter 3 rating is given.",
  [], [], [],
  "Tempting to answer Amber (Q2).")
q("e038", "who attended the resources board on 16 march 2023?", "unanswerable",
  "Not recorded. The papers include the minutes of 19 January 2023, which give 16 March 2023 only as the date of the next meeting; there is no attendance list or minutes for that meeting.",
  [], [], [],
  "Tempting to answer with the January attendance.")
q("e039", "what pay rise did firefighters end up getting for 2022?", "unanswerable",
  "Not in the papers. The October 2022 FSMC paper says the employers' offer of 2 per cent was rejected by the FBU and that the employers' side would meet on 13 October 2022; no final 2022 award is recorded.",
  [], [], [],
  "Tempting to answer 2 per cent (the rejected offer).")
q("e040", "how much of the CTS board's budget has been spent this year?", "unanswerable",
  "Not given. The CTS Board's quarter 3 progress report says only that the work programme is delivered within the Board's existing budget; it gives no budget or spending figures.",
  [], [], [],
  "The other development set has a board budget table (City Regions Board); this one has none.")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions)")
