# Writes ../gold.jsonl (the 40 questions of set I with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line; the minutes' Action by initials after " | " at the end of their paragraph). A quote that runs over
# several lines of a rendering (a dashboard card's name and its Lead / Budget / Spend to date / RAG lines,
# a list) is written with single spaces where the rendering has line breaks.
import json
import os

MIN = "workforce-board-minutes-2024-02-14.pdf"
REG = "workforce-board-risk-register-2024-02.docx"
DSH = "workforce-programmes-dashboard-2023-q3.html"
BRF = "workforce-board-new-member-briefing-2024-01.md"
OUT = "workforce-board-meeting-outcome-2024-02-15.txt"
G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


# register rows, as in the rendering
R1 = "WB-R1 | The national rules on the use of agency social workers are delayed or weakened, so that councils continue to lose permanent children's social workers to agencies and agency spend keeps rising. | Clemency Allardyce, Senior Adviser (Social Care Workforce) | 4 | 4 | 16 | 9 | Regional memoranda of understanding on agency pay rates, now signed by 118 councils. Evidence on agency spend shared with the Department for Education each quarter. Lead member meetings with ministers on the timing of the rules. | Treat"
R2 = "WB-R2 | Industrial action over the 2024/25 pay award disrupts council services and damages relations between councils and their staff. | Gervase Fothergill, Senior Adviser (Pay and Reward) | 3 | 5 | 15 | 10 | Early consultation with all councils on the trade unions' claim. Joint communications plan with the National Employers. Briefings for councils on contingency planning. | Treat"
R3 = "WB-R3 | Councils cannot fill the trainee planner places funded by DLUHC before 31 March 2024, so that unspent grant has to be returned and planning capacity does not grow as planned. | Ravi Chandrasekaran, Programme Manager (Planning Capacity) | 4 | 3 | 12 | 6 | Second recruitment round opened on 22 January 2024. Places offered to councils on the reserve list. Request to DLUHC to carry grant forward into 2024/25. | Treat"
R4 = "WB-R4 | A data protection breach at the supplier that hosts the workforce data survey exposes councils' staff records, leading to action by the Information Commissioner and loss of councils' trust. | Gervase Fothergill, Senior Adviser (Pay and Reward) | 2 | 4 | 8 | 8 | Supplier certified to ISO 27001; data protection clauses in the contract. Survey data anonymised before it leaves councils. | Tolerate"
R5 = "WB-R5 | Councils do not spend their apprenticeship levy before it expires, so that funds return to the Treasury and fewer apprenticeships start in local government. | Saoirse Dempsey, Adviser (Apprenticeships) | 3 | 2 | 6 | 6 | Levy transfer matching service for councils. Quarterly levy spend returns from councils. | Tolerate"
R6 = "WB-R6 | The second phase of the local government careers campaign is not launched in time for the January recruitment peak, so that councils miss the best time to attract applicants. | Hamish Dunleavy, Programme Manager (Careers) | 1 | 3 | 3 | 3 | Campaign launched on 15 January 2024 as planned. Closed by the Director of Workforce on 31 January 2024; the Board is asked to agree the closure. | Closed"
R7 = "WB-R7 | The supplier contract for the digital skills programme is signed late, so that the programme cannot spend its budget in 2023/24 and councils' staff wait longer for training. | Ebele Njoku-Lamb, Programme Manager (Digital Skills) | 4 | 4 | 16 | 6 | Contract signed on 29 January 2024. Revised spend profile to be agreed with the supplier. Request to carry forward the forecast underspend. | Treat"
R8 = "WB-R8 | The loss of key staff in the small workforce team leaves programmes without the expertise to deliver them. | Theodora Bramall, Director, Workforce | 2 | 3 | 6 | 6 | Succession plans for each programme manager post. Programme files and contacts kept on shared systems. | Tolerate"
R9 = "WB-R9 | A council or trade union challenges the LGA's guidance on job evaluation in the courts, with legal costs and damage to the LGA's reputation. | Theodora Bramall, Director, Workforce | 2 | 4 | 8 | 4 | Guidance reviewed by external counsel before publication. Legal costs covered by the LGA's professional indemnity insurance. | Transfer"
# dashboard cards, as in the rendering (lines joined with single spaces)
C_SW = "Social Work Recruitment and Retention Lead | Clemency Allardyce Budget | £1,200,000 Spend to date | £910,000 RAG | Amber"
C_SW_UPD = "Regional memoranda of understanding on agency social workers now cover 118 councils. Rated Amber because the national rules on agency staff, expected in autumn 2023, have not yet been published."
C_PL = "Planning Capacity and Skills Lead | Ravi Chandrasekaran Budget | £2,450,000 Spend to date | £780,000 RAG | Red"
C_PL_UPD = "Only 41 of the 100 trainee planner places funded by DLUHC have been filled; the grant conditions were not confirmed until November 2023. A second recruitment round opened on 22 January 2024."
C_CC = "Local Government Careers Campaign Lead | Hamish Dunleavy Budget | £1,750,000 Spend to date | £1,512,000 RAG | Green"
C_WD = "Workforce Data Survey Lead | Gervase Fothergill Budget | £320,000 Spend to date | £98,000 RAG | Amber"
C_WD_UPD = "The survey closed on 15 December 2023 with 212 responses against a target of 250. Analysis has been delayed while the supplier moves to a new data platform."
C_ED = "Equality, Diversity and Inclusion Lead | Oluwaseun Bamgbose Budget | £410,000 Spend to date | £372,000 RAG | Amber"
C_DS = "Digital Skills for the Workforce Lead | Ebele Njoku-Lamb Budget | £500,000 Spend to date | £61,000 RAG | Red"
C_DS_UPD = "The supplier contract was not signed until 29 January 2024, three months late. An underspend of around £240,000 is forecast for 2023/24."
# minutes paragraphs
M_RC = "The Board asked for a recovery plan for the programme, showing how the remaining places would be filled and the grant committed, to come to its next meeting. | RC"
M_ENL = "On Digital Skills for the Workforce, ENL reported that the supplier contract had been signed on 29 January 2024, three months later than planned, and that an underspend of around £240,000 was forecast for the year. Cllr Tobias Merryweather asked that members see the revised spend profile before the April meeting. | ENL"
M_CA = "Cllr Bartholomew Nnadi asked how many councils in each region had signed the regional memoranda of understanding on agency social workers; the figures will be circulated to members. | CA"
M_PL = "On the Planning Capacity and Skills programme, RC explained that only 41 of the 100 trainee planner places had been filled, because the Department for Levelling Up, Housing and Communities (DLUHC) had not confirmed the grant conditions until November 2023."

# ---------------- status_lookup (7)
q("i001", "which programmes are red on the workforce dashboard?", "status_lookup",
  "Two of the eight programmes are Red on the Workforce Board's Quarter 3 2023/24 dashboard (position at 31 December 2023): Planning Capacity and Skills (lead Ravi Chandrasekaran; £780,000 spent of a £2,450,000 budget; only 41 of the 100 trainee planner places funded by DLUHC filled) and Digital Skills for the Workforce (lead Ebele Njoku-Lamb; £61,000 spent of £500,000; the supplier contract was not signed until 29 January 2024, three months late). At Quarter 2 only one programme was Red.",
  ["Planning Capacity", "Digital Skills"], ["Social Work Recruitment", "Workforce Data Survey"],
  [(DSH, C_PL), (DSH, C_DS)],
  "HTML cards (<section> with <h3>); the RAG is the text of a <span class=\"badge badge-red\"> inside each card's <dl>. The summary table, the key and the filter buttons also contain the word Red, without naming programmes.")
q("i002", "which risks are being tolerated?", "status_lookup",
  "Three risks on the Workforce Board's programme risk register (February 2024) have the status Tolerate: WB-R4, a data protection breach at the supplier that hosts the workforce data survey (owner Gervase Fothergill; likelihood 2, impact 4, current score 8, target 8); WB-R5, councils not spending their apprenticeship levy before it expires (owner Saoirse Dempsey; 3 x 2 = 6, target 6); and WB-R8, the loss of key staff in the workforce team (owner Theodora Bramall; 2 x 3 = 6, target 6).",
  ["WB-R4", "WB-R5", "WB-R8"], [],
  [(REG, R4), (REG, R5), (REG, R8)],
  "Status is the last of nine columns in a landscape Word table. The minutes (23/24/16) discuss whether WB-R2 should be tolerated and decide it stays at Treat; WB-R9 is Transfer and WB-R6 Closed.")
q("i003", "is the careers campaign risk still open or did it get closed", "status_lookup",
  "It is closed. WB-R6 (the second phase of the local government careers campaign not launching in time for the January recruitment peak; owner Hamish Dunleavy) has the status Closed on the February 2024 register: the campaign launched on 15 January 2024 as planned, and the Director of Workforce closed the risk on 31 January 2024. The Board agreed the closure at its meeting on 14 February 2024 (minute 23/24/16).",
  ["WB-R6", "Closed"], [],
  [(REG, R6), (MIN, "Decision: The Board (a) noted the risk register and (b) agreed the closure of risk WB-R6.")],
  "The one closed row is greyed out in the Word table; the closure is confirmed in the minutes and in the outcome note.")
q("i004", "whats the RAG on the social work recruitment programme + why", "status_lookup",
  "Amber. The Social Work Recruitment and Retention programme (lead Clemency Allardyce; budget £1,200,000, £910,000 spent to 31 December 2023) is rated Amber on the Q3 2023/24 dashboard because the national rules on agency staff, expected in autumn 2023, have not yet been published; regional memoranda of understanding on agency social workers now cover 118 councils.",
  ["Amber"], [],
  [(DSH, C_SW + " " + C_SW_UPD)],
  "The reason is in the card's update paragraph after the <dl>.")
q("i005", "how many amber programmes on the q3 dashbaord, and which ones?", "status_lookup",
  "Three programmes are Amber at Quarter 3 2023/24 (down from four at Quarter 2): Social Work Recruitment and Retention (Clemency Allardyce), Workforce Data Survey (Gervase Fothergill) and Equality, Diversity and Inclusion (Oluwaseun Bamgbose).",
  ["Social Work", "Workforce Data Survey", "Equality"], [],
  [(DSH, "Amber | 4 | 3"), (DSH, C_SW), (DSH, C_WD), (DSH, C_ED)],
  "The summary table gives the count (Q2 column before Q3); the names come only from the cards' badges.")
q("i006", "which WB risks are we actively treating", "status_lookup",
  "Four risks have the status Treat: WB-R1, the national rules on agency social workers delayed or weakened (current score 16, target 9); WB-R2, industrial action over the 2024/25 pay award (15, target 10); WB-R3, trainee planner places not filled before 31 March 2024 so that grant has to be returned (12, target 6); and WB-R7, the late digital skills supplier contract (16, target 6). They are also the four open risks in the high band.",
  ["WB-R1", "WB-R2", "WB-R3", "WB-R7"], [],
  [(REG, R1), (REG, R2), (REG, R3), (REG, R7)],
  "Status words (Treat, Tolerate, Transfer, Closed) rather than RAG; 'WB' is the register's prefix.")
q("i007", "any risks on the workforce register we're transfering rather than treating?", "status_lookup",
  "One: WB-R9, a council or trade union challenging the LGA's guidance on job evaluation in the courts (owner Theodora Bramall; likelihood 2, impact 4, current score 8, target 4). Its status is Transfer: legal costs are covered by the LGA's professional indemnity insurance, and the guidance was reviewed by external counsel before publication. It is new since the November 2023 register.",
  ["WB-R9"], [],
  [(REG, R9)],
  "Transfer is explained in the status key as passing the risk to a third party such as an insurer.")

# ---------------- table_lookup (7)
q("i008", "how much has planning capacity spent so far?", "table_lookup",
  "The Planning Capacity and Skills programme had spent £780,000 of its £2,450,000 budget for 2023/24 by 31 December 2023 (about 32 per cent). It is rated Red; lead Ravi Chandrasekaran. Only 41 of the 100 trainee planner places funded by DLUHC have been filled.",
  ["£780,000"], [],
  [(DSH, C_PL)],
  "Card <dl> with Lead, Budget, Spend to date, RAG. The outcome note rounds the same figures to £0.78m and £2.45m.")
q("i009", "current score on WB-R7 and whats the target", "table_lookup",
  "WB-R7 (the digital skills supplier contract signed late, so that the programme cannot spend its budget in 2023/24) has a current score of 16 (likelihood 4 x impact 4) and a target score of 6. It rose from 8 to 16 since the November 2023 register, when its likelihood was raised from 2 to 4; status Treat, owner Ebele Njoku-Lamb.",
  ["16", "6"], [],
  [(REG, R7), (REG, "WB-R7 has risen from 8 to 16: its likelihood has been raised from 2 to 4 after the supplier contract was signed three months late.")],
  "Bare numbers in adjacent columns (Likelihood, Impact, Current score, Target score).")
q("i010", "careers campaign - budget this yr and how much spent?", "table_lookup",
  "The Local Government Careers Campaign has a budget of £1,750,000 for 2023/24, of which £1,512,000 had been spent by 31 December 2023. It is rated Green; lead Hamish Dunleavy. The second phase was ready to launch on 15 January 2024.",
  ["£1,750,000", "£1,512,000"], [],
  [(DSH, C_CC)],
  "Hamish Dunleavy is not at the meeting and is not in the minutes' officers list.")
q("i011", "likelihood/impact on the pay dispute risk?", "table_lookup",
  "WB-R2 (industrial action over the 2024/25 pay award) is scored likelihood 3 and impact 5, a current score of 15, with a target score of 10. Its status is Treat (the Board confirmed on 14 February 2024 that it should not be tolerated); owner Gervase Fothergill.",
  ["WB-R2", "15", "10"], [],
  [(REG, R2)],
  "The question describes the risk rather than naming it.")
q("i012", "on the heat map which risks are in the 16 box", "table_lookup",
  "Two risks sit in the 16 cell (likelihood 4, impact 4) of the risk matrix: WB-R1 (the national rules on agency social workers) and WB-R7 (the late digital skills supplier contract).",
  ["WB-R1", "WB-R7"], [],
  [(REG, "Impact 4 (major) | 4 | 8 WB-R4 WB-R9 | 12 | 16 WB-R1 WB-R7 | 20")],
  "5x5 matrix table, impact 5 at the top, each cell its score with the IDs under it; the same IDs can be found from the register's likelihood and impact columns.")
q("i013", "who runs the workforce data survey programme, and whats its budget vs spend", "table_lookup",
  "Gervase Fothergill leads the Workforce Data Survey programme. Its budget for 2023/24 is £320,000, of which £98,000 had been spent by 31 December 2023. It is rated Amber: the survey closed on 15 December 2023 with 212 responses against a target of 250, and analysis is delayed while the supplier moves to a new data platform.",
  ["Gervase Fothergill", "£320,000", "£98,000"], [],
  [(DSH, C_WD + " " + C_WD_UPD)],
  "A card lookup.")
q("i014", "mitigations for the agency social worker risk?", "table_lookup",
  "WB-R1 (owner Clemency Allardyce; current score 16, target 9, Treat) lists three mitigating actions: regional memoranda of understanding on agency pay rates, now signed by 118 councils; evidence on agency spend shared with the Department for Education each quarter; and lead member meetings with ministers on the timing of the rules.",
  ["118", "Department for Education"], [],
  [(REG, R1)],
  "The actions are separate paragraphs in one Word cell.")

# ---------------- people_roles (7)
q("i015", "who's the lead member for apprenticeships?", "people_roles",
  "Cllr Alasdair Rennison (Cumberland Council, Labour) is the Workforce Board's lead member for apprenticeships and skills. At the 14 February 2024 meeting he proposed the amendment that unspent levy funds should expire after 36 months.",
  ["Alasdair Rennison"], [],
  [(BRF, "Cllr Alasdair Rennison (Cumberland Council, Labour) is the lead member for apprenticeships and skills.")],
  "Who's who as a bulleted list of sentences in the markdown briefing.")
q("i016", "who chairs the workforce board? and vice chair", "people_roles",
  "The Chair is Cllr Harriet Oxenbould (Calderdale Council, Labour) and the Vice-Chair is Cllr Desmond Achterberg (Suffolk County Council, Conservative).",
  ["Harriet Oxenbould", "Desmond Achterberg"], [],
  [(BRF, "Cllr Harriet Oxenbould (Calderdale Council, Labour) is the Chair."), (BRF, "Cllr Desmond Achterberg (Suffolk County Council, Conservative) is the Vice-Chair."),
   (MIN, "Cllr Harriet Oxenbould (Chair) | Calderdale Council")],
  "Also in the minutes' attendance block.")
q("i017", "who are the deputy chairs on workforce board", "people_roles",
  "There are two Deputy Chairs: Cllr Fenella Ravensdale (London Borough of Sutton, Liberal Democrat) and Cllr Rowan Tregothnan (Cornwall Council, Independent).",
  ["Fenella Ravensdale", "Rowan Tregothnan"], [],
  [(BRF, "Cllr Fenella Ravensdale (London Borough of Sutton, Liberal Democrat) and Cllr Rowan Tregothnan (Cornwall Council, Independent) are the Deputy Chairs.")],
  "One sentence names both, with the role at its end.")
q("i018", "who is ENL in the feb minutes?", "people_roles",
  "ENL is Ebele Njoku-Lamb, Programme Manager (Digital Skills). In the minutes of 14 February 2024 she reported on Digital Skills for the Workforce and holds the action under minute 23/24/15 to let members see the revised spend profile before the April meeting.",
  ["Ebele Njoku-Lamb"], [],
  [(MIN, "Ebele Njoku-Lamb (ENL) | Programme Manager (Digital Skills)")],
  "Initials are expanded only in the officers list at the top of the minutes.")
q("i019", "who's doing the action on item 15?", "people_roles",
  "Minute 23/24/15 (the Q3 programmes dashboard) has three actions in its Action by column: RC, Ravi Chandrasekaran (Programme Manager, Planning Capacity), to bring a recovery plan for the Planning Capacity and Skills programme to the next meeting on 17 April 2024; ENL, Ebele Njoku-Lamb (Programme Manager, Digital Skills), to let members see the revised spend profile for Digital Skills for the Workforce before the April meeting; and CA, Clemency Allardyce (Senior Adviser, Social Care Workforce), to circulate how many councils in each region have signed the regional memoranda of understanding on agency social workers.",
  ["Ravi Chandrasekaran", "Ebele Njoku-Lamb", "Clemency Allardyce"], [],
  [(MIN, M_RC), (MIN, M_ENL), (MIN, M_CA), (MIN, "Ravi Chandrasekaran (RC) | Programme Manager (Planning Capacity)")],
  "'Item 15' is minute 23/24/15 (agenda item 3). The paragraphs do not name who acts; only the right-hand column's initials do, and they must be expanded from the officers list.")
q("i020", "who sent apols to the 14 feb meeting and did anyone sub?", "people_roles",
  "Two members sent apologies: Cllr Conrad Hesketh (Lancashire County Council), for whom Cllr Giles Pemberton-Rigg (West Northamptonshire Council) attended as substitute, and Cllr Emlyn Thorogood (Wakefield Council), who had no substitute.",
  ["Conrad Hesketh", "Emlyn Thorogood", "Giles Pemberton-Rigg"], [],
  [(MIN, "Apologies were received from Cllr Conrad Hesketh, for whom Cllr Giles Pemberton-Rigg attended as substitute, and from Cllr Emlyn Thorogood.")],
  "Also in the attendance block (Substitute:, Apologies:).")
q("i021", "who's the lead member for pay?", "people_roles",
  "Cllr Winifred Ellerby (Hampshire County Council, Conservative) holds the pay and reward portfolio and speaks for the Board on the annual pay round. (The lead officer on pay is Gervase Fothergill, Senior Adviser (Pay and Reward).)",
  ["Winifred Ellerby"], [],
  [(BRF, "Cllr Winifred Ellerby (Hampshire County Council, Conservative) holds the pay and reward portfolio and speaks for the Board on the annual pay round.")],
  "The sentence says 'holds the ... portfolio', not 'lead member for'.")

# ---------------- board_paper (7)
q("i022", "what did the board decide on the apprenticeship levy?", "board_paper",
  "On 14 February 2024 (minute 23/24/18) the Workforce Board agreed three asks of Government, with the first amended on Cllr Alasdair Rennison's proposal: unspent levy funds should expire after 36 months (now 24; the paper had proposed 30); the limit on transfers of levy funds to other employers should rise from 25 per cent to 50 per cent; and levy funds should be allowed to pay for pre-apprenticeship programmes. A letter from the Chair to the Secretary of State for Education is to go by 1 March 2024 (action: Saoirse Dempsey).",
  ["36", "pre-apprenticeship"], [],
  [(MIN, "Decision: The Board agreed the three asks in the paper, with the first amended so that unspent levy funds expire after 36 months."),
   (MIN, "SD presented the paper, which proposed three asks: that the time before unspent levy funds expire be extended from 24 to 30 months; that the limit on transfers of levy funds to other employers be raised from 25 per cent to 50 per cent; and that levy funds be allowed to pay for pre-apprenticeship programmes."),
   (OUT, "The Board agreed three asks of Government: unspent levy funds to expire after 36 months rather than 24 (the paper had proposed 30 months; the Board went further on a proposal from Cllr Alasdair Rennison); the cap on transfers of levy funds to other employers to rise from 25% to 50%; and levy funds to be usable for pre-apprenticeship programmes.")],
  "The decision amends one of the asks in the paragraph before it; an answer giving 30 months is wrong.")
q("i023", "when does the pay consultation close?", "board_paper",
  "The LGA's consultation of all councils in England on their response to the 2024/25 pay claim closes on 8 March 2024 (Friday). It is to be issued by 21 February 2024 (action: Gervase Fothergill), and the results go to the National Employers.",
  ["8", "March"], [],
  [(MIN, "Decision: The Board agreed that the LGA should consult all councils in England on their response to the claim, with the consultation closing on 8 March 2024, and that the results be reported to the National Employers."),
   (OUT, "the consultation goes out by Weds 21st Feb and closes on Fri 8th Mar, and the results go to the National Employers.")],
  "The outcome note writes the date as 'Fri 8th Mar'.")
q("i024", "what are the workforce board's priorities this year", "board_paper",
  "The Board agreed five priorities for 2023/24 on 20 September 2023: (1) reduce councils' reliance on agency social workers and improve recruitment and retention of social workers and care staff; (2) grow capacity and skills in council planning services, including through funded trainee planner places; (3) press the Government for a more flexible apprenticeship levy that works for councils; (4) support councils as employers through the annual pay round and better workforce data; (5) make the local government workforce more representative of the communities it serves, at every level.",
  ["agency social workers", "planning", "apprenticeship levy", "pay round", "representative"], [],
  [(BRF, "The Board agreed five priorities at its first meeting of the year, on 20 September 2023: 1. Reduce councils' reliance on agency social workers and improve the recruitment and retention of social workers and care staff. 2. Grow capacity and skills in council planning services, including through funded trainee planner places."),
   (BRF, "3. Press the Government for a more flexible apprenticeship levy that works for councils. 4. Support councils as employers through the annual pay round and better workforce data. 5. Make the local government workforce more representative of the communities it serves, at every level.")],
  "A numbered markdown list in the new-member briefing.")
q("i025", "whats in the unions pay claim for 24/25", "board_paper",
  "The trade unions submitted their 2024/25 claim on 26 January 2024: an increase of at least £3,000 or 10 per cent on all pay points, whichever is greater, from 1 April 2024. Officers estimated it would add around £2.1 billion to councils' pay bills in England; most councils had budgeted for 3 to 4 per cent. The Board agreed to consult all councils in England (closing 8 March 2024).",
  ["£3,000", "10"], [],
  [(MIN, "The trade unions had submitted their pay claim for 2024/25 on 26 January 2024, seeking an increase of at least £3,000 or 10 per cent on all pay points, whichever is greater, from 1 April 2024.")],
  "Minute 23/24/17.")
q("i026", "what did they agree on the risk register on 14 feb?", "board_paper",
  "At minute 23/24/16 the Board (a) noted the programme risk register and (b) agreed the closure of risk WB-R6 (the careers campaign launch, which went ahead on 15 January 2024). It kept WB-R2 (industrial action over the 2024/25 pay award) at Treat rather than Tolerate, and asked that the next register show a target date for each mitigating action (action: Theodora Bramall). WB-R7 had risen from 8 to 16.",
  ["WB-R6"], [],
  [(MIN, "Decision: The Board (a) noted the risk register and (b) agreed the closure of risk WB-R6."),
   (MIN, "Members asked that the next register show a target date for each mitigating action. | TB"),
   (OUT, "The Board agreed to close the risk on the launch of the careers campaign (WB-R6), which went live on Mon 15th Jan as planned.")],
  "The decision line is bold 'Decision:' with (a)/(b) inline.")
q("i027", "when's the next workforce board meeting?", "board_paper",
  "Wednesday 17 April 2024 at 11.00am at 18 Smith Square, London SW1P 3HZ – the last meeting of the 2023/24 year. Members asked for it to be held in person only, without an online option. The Planning Capacity and Skills recovery plan is due there.",
  ["17", "April"], [],
  [(MIN, "The next meeting of the Board will be held on Wednesday 17 April 2024 at 11.00am at 18 Smith Square, London SW1P 3HZ."),
   (BRF, "Wednesday 17 April 2024 (the last meeting of the 2023/24 year)")],
  "Also 'Weds 17th Apr' in the outcome note.")
q("i028", "headline results from the equality survey?", "board_paper",
  "219 councils responded to the 2023 workforce equality survey. Women made up 77 per cent of the workforce but 41 per cent of chief executives; 11.2 per cent of staff were from an ethnic minority background, compared with 7.6 per cent of senior managers (tiers 1 to 3). The Board agreed that the full report be published on 7 March 2024, ahead of International Women's Day, and asked for results by type of council and region.",
  ["77", "41", "11.2", "7.6"], [],
  [(MIN, "OB presented the headline results of the 2023 workforce equality survey, to which 219 councils had responded. Women made up 77 per cent of the workforce but 41 per cent of chief executives. 11.2 per cent of staff were from an ethnic minority background, compared with 7.6 per cent of senior managers (tiers 1 to 3).")],
  "Minute 23/24/19.")

# ---------------- fact (5)
q("i029", "how many trainee planner places have actualy been filled?", "fact",
  "41 of the 100 trainee planner places funded by DLUHC had been filled (position at 31 December 2023), because the grant conditions were not confirmed until November 2023. A second recruitment round opened on 22 January 2024, and the Board asked for a recovery plan by 17 April 2024.",
  ["41", "100"], [],
  [(DSH, C_PL_UPD), (MIN, M_PL)],
  "In the dashboard card, the minutes and the outcome note.")
q("i030", "when did the digital skills supplier contract get signed", "fact",
  "On 29 January 2024, three months later than planned. An underspend of around £240,000 is forecast for 2023/24 on the £500,000 Digital Skills for the Workforce programme.",
  ["29", "three months"], [],
  [(DSH, C_DS_UPD), (MIN, M_ENL)],
  "The outcome note writes 'Mon 29th Jan'.")
q("i031", "total budget across all the workforce programmes + how much spent so far?", "fact",
  "The eight programmes have a total budget of £8,080,000 for 2023/24; £4,828,500 (60 per cent) had been spent by 31 December 2023.",
  ["£8,080,000", "£4,828,500"], [],
  [(DSH, "Total budget for 2023/24: £8,080,000. Spend to 31 December 2023: £4,828,500 (60 per cent)."),
   (MIN, "Across the eight programmes, £4,828,500 of the budget of £8,080,000 for 2023/24 had been spent.")],
  "The outcome note rounds these to £8.1m and £4.8m.")
q("i032", "when's the induction session for new members", "fact",
  "Wednesday 31 January 2024, online, from 10.00am to 11.30am (in the briefing prepared for Cllr Imogen Treloar).",
  ["31 January"], [],
  [(BRF, "Your induction session with officers is on Wednesday 31 January 2024, online, from 10.00am to 11.30am.")],
  "In the briefing's opening paragraph, not in the list of meeting dates.")
q("i033", "who do I contact about workforce board papers? need a phone no", "fact",
  "Lucinda Mapperley, Member Services Officer, who clerks the Board and sends out the papers: 020 7946 0826, lucinda.mapperley@local.gov.uk.",
  ["Lucinda Mapperley", "020 7946 0826"], [],
  [(BRF, "Lucinda Mapperley, Member Services Officer, clerks the Board and sends out the papers: 020 7946 0826, lucinda.mapperley@local.gov.uk.")],
  "Other numbers in the set: the risk register's contact (0815), the dashboard's (0849) and the media office (0837).")

# ---------------- cross_document (3)
q("i034", "the outcome note says theres a recovery plan coming in april - for which programme, who's doing it, and what's its budget/spend?", "cross_document",
  "It is for the Planning Capacity and Skills programme. The minutes (23/24/15) put the action against RC, Ravi Chandrasekaran, Programme Manager (Planning Capacity), for the Board's next meeting on 17 April 2024. On the Q3 dashboard the programme is Red, with a budget of £2,450,000 and £780,000 spent by 31 December 2023; only 41 of its 100 trainee planner places were filled.",
  ["Planning Capacity", "Ravi Chandrasekaran", "£2,450,000"], [],
  [(OUT, "The £2.45m planning programme has spent £0.78m so far, with only 41 of its 100 funded trainee planner places filled. Members asked for a recovery plan, which will come to the April meeting."),
   (MIN, M_RC), (DSH, C_PL)],
  "Needs the outcome note (which programme), the minutes' Action by column and officers list (who) and the dashboard (exact figures).")
q("i035", "both red programmes - which lead member are they under?", "cross_document",
  "Both are in Cllr Tobias Merryweather's portfolio (North Yorkshire Council, Conservative), who leads on planning capacity and on digital skills. The two Red programmes on the Q3 dashboard are Planning Capacity and Skills and Digital Skills for the Workforce.",
  ["Tobias Merryweather"], [],
  [(BRF, "Cllr Tobias Merryweather (North Yorkshire Council, Conservative) leads on planning capacity and on digital skills."), (DSH, C_PL), (DSH, C_DS)],
  "The RAG is on the dashboard, the portfolios only in the briefing.")
q("i036", "the press note says £1.2m social work programme - how much has it actually spent and who leads it?", "cross_document",
  "The Social Work Recruitment and Retention programme (budget £1,200,000 on the dashboard) had spent £910,000 by 31 December 2023. Its lead officer is Clemency Allardyce; it is rated Amber. The lead member for the children's social care workforce, which includes this programme, is Cllr Bartholomew Nnadi.",
  ["£910,000", "Clemency Allardyce"], [],
  [(OUT, "The £1.2m social work recruitment and retention programme stays amber while councils wait for the Government's national rules on agency social workers, now expected in the spring."),
   (DSH, C_SW)],
  "£1.2m in the note is £1,200,000 on the dashboard.")

# ---------------- unanswerable (4)
q("i037", "which programme was red at q2?", "unanswerable",
  "The documents don't say which. The Q3 2023/24 dashboard's summary table shows one programme Red at Quarter 2 (July to September 2023), and the minutes and the outcome note also say there was one Red at Q2, but none of them names it. At Quarter 3 the two Red programmes are Planning Capacity and Skills and Digital Skills for the Workforce.",
  [], [], [],
  "Tempting to name one of the Q3 Red programmes.")
q("i038", "what pay offer did the employers make for 24/25?", "unanswerable",
  "The documents don't record an offer. At 14 February 2024 there was only the trade unions' claim (at least £3,000 or 10 per cent, whichever is greater); the Board agreed to consult councils until 8 March 2024 and report the results to the National Employers, who negotiate pay.",
  [], [], [],
  "The claim is easily mistaken for an offer.")
q("i039", "when are the workforce board meetings in 24/25?", "unanswerable",
  "The documents don't give them. The new-member briefing lists the 2023/24 dates (the last is 17 April 2024) and says the dates for 2024/25 will be set after the LGA's annual General Assembly in July 2024.",
  [], [], [],
  "Answering with the 2023/24 dates is wrong.")
q("i040", "how much unspent apprenticeship levy did councils hand back to the treasury last year?", "unanswerable",
  "The documents don't give a figure. The risk register's WB-R5 (Tolerate) is the risk that councils do not spend their levy before it expires so that funds return to the Treasury, and the Board agreed asks on levy expiry and transfers, but no amount returned is given. (The dashboard gives 2,140 apprenticeship starts in the first three quarters of 2023/24.)",
  [], [], [],
  "The levy is discussed in three documents without an amount; a figure from outside the documents is a fabrication here.")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions)")
