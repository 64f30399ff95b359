# Writes ../gold.jsonl (the 40 questions of this set with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | "). A quote
# that runs over several lines of a rendering (a short list) is written with single spaces where the
# rendering has line breaks.
import json
import os

CWB = "community-wellbeing-board-agenda-2023-03-16.pdf"
IIB = "improvement-innovation-board-performance-2022-q1.docx"
AUD = "audit-committee-minutes-2023-07-20.html"
EEHT = "eeht-board-budget-and-risk-2023-12-07.md"
FSMC = "fire-services-management-committee-attendance-2022-23.txt"
CTS = "culture-tourism-sport-board-risk-register-2024-01.md"
G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


# ---------------- status_lookup (7)
q("f001", "which I&I objectives are red in the Q1 22/23 perf update?", "status_lookup",
  "Two objectives are rated R (off track) for Quarter 1 of 2022/23 (April to June 2022): IIB-05, digital pathfinders (only 11 councils have joined against a profile of 20; the supplier framework was not in place until 20 June 2022), and IIB-10, workforce (the national recruitment campaign was postponed from June to October 2022 and workforce planning support has reached 14 councils against a profile of 20). Recovery plans for both go to the Board on 1 December 2022.",
  ["IIB-05", "IIB-10"], ["IIB-06"],
  [(IIB, "IIB-05 | Digital pathfinders: support 40 councils to adopt shared digital tools and standards | R | A | Leonie Strathearn"),
   (IIB, "IIB-10 | Workforce: launch a national recruitment campaign for council careers and support 50 councils with workforce planning | R | A/G | Martin Sheppey")],
  "Word, landscape: the objectives table has two status columns, Q1 RAG (this quarter) then Q4 RAG (2021/22), and Progress is last. IIB-06 is R in the Q4 column but A in Q1; reading the wrong column swaps the answer. The summary gives the count (two R).")
q("f002", "I&I perfomance update Q1 - which objectives slipped compared to last quarter?", "status_lookup",
  "Three objectives have a worse rating in Q1 2022/23 than in Q4 2021/22: IIB-01, corporate peer challenge (G to A; 28 peer challenges and progress reviews delivered against a profile of 32), IIB-05, digital pathfinders (A to R) and IIB-10, workforce (A/G to R). Four improved (IIB-02 A to A/G, IIB-04 A/G to G, IIB-06 R to A, IIB-09 A/G to G), IIB-03 and IIB-08 stayed G, and IIB-07 was not rated (NR) at Q4.",
  ["IIB-01", "IIB-05", "IIB-10"], [],
  [(IIB, "IIB-01 | Corporate peer challenge: deliver 120 corporate peer challenges and progress reviews in 2022/23 | A | G | Dominic Rafferty"),
   (IIB, "IIB-05 | Digital pathfinders: support 40 councils to adopt shared digital tools and standards | R | A | Leonie Strathearn"),
   (IIB, "IIB-10 | Workforce: launch a national recruitment campaign for council careers and support 50 councils with workforce planning | R | A/G | Martin Sheppey")],
  "'Last quarter' is Q4 2021/22, the fourth column; the change has to be worked out row by row from two adjacent status columns, using the key's order (G, A/G, A, R).")
q("f003", "on the I&I perf update whats A/G vs A?", "status_lookup",
  "In the key of the Improvement and Innovation Board's Q1 2022/23 performance update, A/G = minor issues and A = some risk. The other codes are G = on track, R = off track and NR = not rated.",
  ["minor issues", "some risk"], [],
  [(IIB, "Key: G = on track, A/G = minor issues, A = some risk, R = off track, NR = not rated")],
  "The key is a single bold line above the objectives table.")
q("f004", "the net zero objective on I&I was NR last qtr - what is it now and why was it NR?", "status_lookup",
  "IIB-07 (run the net zero innovation programme with 12 council and university partnerships; owner Fiona Abernethy) is rated A/G (minor issues) in Q1 2022/23. It was NR (not rated) at Q4 because it is a new objective for 2022/23. Ten of the 12 partnerships have started; two university partners have yet to sign their agreements.",
  ["IIB-07", "A/G", "new objective"], [],
  [(IIB, "IIB-07 | Net zero: run the net zero innovation programme with 12 council and university partnerships | A/G | NR | Fiona Abernethy | New objective for 2022/23, so not rated at Q4.")],
  "The objective is named by topic; the reason for NR is in the first paragraph of the progress cell.")
q("f005", "which CTS risks are still red after controls?", "status_lookup",
  "Only CTS-R1, closure of public leisure centres and swimming pools: its residual score is 4 x 4 = 16 (Red), down from an inherent 5 x 5 = 25, and it is worsening (five more councils announced pool closures in the quarter). Owner: Jake Tillotson.",
  ["CTS-R1", "16"], [],
  [(CTS, "Residual score: 4 x 4 = 16 (Red)"),
   (CTS, "Direction of travel: ▲ worsening – five more councils announced pool closures in the quarter")],
  "Markdown register with one section per risk and the scores written '4 x 4 = 16 (Red)'. CTS-R2 (libraries) is Red before controls (inherent 4 x 4 = 16) but Amber after them (3 x 3 = 9), so reading the inherent score over-counts.")
q("f006", "any risks on the CTS register where the controls havent brought the score down at all?", "status_lookup",
  "Yes, one: CTS-R5, delay to phase 2 of the Swimming Pool Support Fund. Its inherent and residual scores are both 4 x 3 = 12 (Amber) and it is stable: the controls have not yet reduced the score because the timetable is set by Sport England. Owner: Jake Tillotson.",
  ["CTS-R5", "12"], [],
  [(CTS, "Inherent score: 4 x 3 = 12 (Amber) Controls: regular contact with Sport England on the timetable Residual score: 4 x 3 = 12 (Amber)"),
   (CTS, "Direction of travel: ► stable – the controls have not yet reduced the score, as the timetable is set by Sport England")],
  "Needs the inherent and residual scores of each risk compared; every other risk's residual score is lower than its inherent one.")
q("f007", "whats red on the EEHT risk table in the dec budget paper?", "status_lookup",
  "One risk is Red: risk 2, unplanned work on local transport funding following the Network North announcement of 4 October 2023 exceeds the transport budget (likelihood 4, impact 4, score 16; owner Callum Everitt). It has risen from Amber to Red since the last report. Risk 1 (extended producer responsibility delays) is Amber and risks 3 and 4 are Green.",
  ["Network North", "Callum Everitt"], [],
  [(EEHT, "2 | Unplanned work on local transport funding following the Network North announcement of 4 October 2023 exceeds the transport budget | 4 | 4 | 16 | Red | Callum Everitt"),
   (EEHT, "Since the last report, risk 2 has risen from Amber to Red because of the unplanned work that followed the Government's Network North announcement.")],
  "Markdown board paper; the risk table uses RAG words in a Rating column that is not the last one.")

# ---------------- table_lookup (7)
q("f008", "IR5 on the I&I risk register - likelihood, impact and score?", "table_lookup",
  "IR5 (a council's finances fail in a way that needs support beyond the capacity of the programme): likelihood 3, impact 5, residual score 15, which is high on the register's banding (15 and above). Owner Priyanka Deshmukh; trend increasing.",
  ["15", "Priyanka Deshmukh"], [],
  [(IIB, "IR5 | A council's finances fail in a way that needs support beyond the capacity of the programme | 3 | 5 | 15 | Priyanka Deshmukh | ↑ Increasing")],
  "Risk register columns Ref | Risk | Likelihood | Impact | Residual score | Owner | Trend, likelihood before impact.")
q("f009", "who owns the DLUHC funding risk on the I&I register and is it getting worse?", "table_lookup",
  "IR1 (DLUHC funding for the sector support programme in 2023/24 is reduced or confirmed late, affecting planning and staff retention) is owned by Imogen Falconer. Yes, its trend is Increasing; likelihood 4 x impact 4 gives a residual score of 16, the highest on the register (position at 30 June 2022).",
  ["Imogen Falconer", "Increasing"], [],
  [(IIB, "IR1 | DLUHC funding for the sector support programme in 2023/24 is reduced or confirmed late, affecting planning and staff retention | 4 | 4 | 16 | Imogen Falconer | ↑ Increasing")],
  "The risk is found by topic; the trend is an arrow and a word in the last column.")
q("f010", "EEHT budget - forecast for the net zero line? over or under budget?", "table_lookup",
  "Net zero and climate adaptation is forecast at £61,500 against a budget of £55,000, an overspend of £6,500, because of two extra retrofit skills workshops agreed by Lead Members in September. It is one of two lines forecast to overspend (the other is waste and resources, £2,250 over); the overall budget is forecast to be underspent.",
  ["61,500", "55,000", "6,500"], [],
  [(EEHT, "Net zero and climate adaptation | 61,500 | 55,000 | 6,500 | Two extra retrofit skills workshops agreed by Lead Members in September")],
  "Columns are in an unusual order (Line | Forecast | Budget | Variance | Notes): forecast comes before budget. Underspends are in brackets; this variance is not.")
q("f011", "total variance on the EEHT policy budget 23/24?", "table_lookup",
  "A forecast underspend of £18,450: the forecast outturn is £206,550 against a budget of £225,000 (the Total row shows the variance as (18,450)). Officers propose using £8,000 of it for a flood resilience study and returning the remaining £10,450 to the LGA's central budget.",
  ["18,450", "206,550", "225,000"], [],
  [(EEHT, "Total | 206,550 | 225,000 | (18,450) |"),
   (EEHT, "(a) notes the forecast outturn of £206,550 against a budget of £225,000")],
  "The Total row is bold in the markdown; brackets mean an underspend.")
q("f012", "deadline for the counterparty list action from the audit committe treasury item?", "table_lookup",
  "31 August 2023. Neil Carver (Treasury and Investments Manager) is to circulate the list of counterparties and their current credit ratings to members; it is an action from item 4, Treasury management, at the Audit Committee on 20 July 2023.",
  ["31 August 2023", "Neil Carver"], [],
  [(AUD, "Circulate the list of counterparties and their current credit ratings to members | Neil Carver | 31 August 2023")],
  "HTML minutes: each item has its own Action | Owner | Deadline table; another action (draft accounts to the external auditor, item 6) has the same deadline.")
q("f013", "who sent apologies to the 13 oct FSMC meeting?", "table_lookup",
  "Three members sent apologies for the Fire Services Management Committee on 13 October 2022: Cllr Oliver Tremayne, Cllr Rukhsana Iqbal and Cllr Toby Ellingham. Cllr Philip Gaskell attended as substitute for Cllr Ellingham.",
  ["Oliver Tremayne", "Rukhsana Iqbal", "Toby Ellingham"], ["Derek Sallis"],
  [(FSMC, "Cllr Philip Gaskell (substitute for Cllr Toby Ellingham) Apologies: Cllr Oliver Tremayne Cllr Rukhsana Iqbal Cllr Toby Ellingham – Cllr Philip Gaskell substituted")],
  "Plain text: the meeting is a dated heading ('Meeting of 13 October 2022') followed by Present / Apologies / In attendance lists. Cllr Derek Sallis sent apologies to the July and March meetings, not this one.")
q("f014", "inherent vs residual score for the libraries risk on the CTS register?", "table_lookup",
  "CTS-R2 (reductions in public library services): inherent score 4 x 4 = 16 (Red); residual score 3 x 3 = 9 (Amber) after the controls (joint guidance with Libraries Connected on community-managed libraries, and peer support for councils consulting on library changes). Direction of travel: stable. Owner: Miriam Halvorsen.",
  ["CTS-R2", "16", "9"], [],
  [(CTS, "Inherent score: 4 x 4 = 16 (Red)"),
   (CTS, "peer support for councils consulting on library changes Residual score: 3 x 3 = 9 (Amber)")],
  "Scores are written as 'likelihood x impact = score (band)' in bulleted fields under each risk's heading, not in a table.")

# ---------------- people_roles (7)
q("f015", "who's vice chair of CWB (22/23)?", "people_roles",
  "Cllr Nasreen Chaudhry (Labour, Leeds City Council) is Vice-Chair of the Community Wellbeing Board for 2022/23. She is also the Board's lead member for public health and prevention. The Chair is Cllr Hilary Brackenbury (Conservative, Warwickshire County Council).",
  ["Nasreen Chaudhry"], [],
  [(CWB, "Cllr Nasreen Chaudhry (Vice-Chair) – Leeds City Council")],
  "PDF membership page: bulleted lists under each group heading, roles in brackets after the name.")
q("f016", "who are the labour substitues on the CWB?", "people_roles",
  "The Labour Group's substitutes on the Community Wellbeing Board (2022/23) are Cllr Marcus Ebden (Wirral Council), Cllr Shona McAllister (Sandwell Metropolitan Borough Council) and Cllr Wendy Tolley (Plymouth City Council).",
  ["Marcus Ebden", "Shona McAllister", "Wendy Tolley"], ["Giles Partington", "Ivor Penhallow"],
  [(CWB, "Substitutes: Cllr Marcus Ebden – Wirral Council Cllr Shona McAllister – Sandwell Metropolitan Borough Council Cllr Wendy Tolley – Plymouth City Council")],
  "Each group has its own 'Substitutes:' line and bullets; the Labour group's come after its seven members. Giles Partington (Conservative) and Ivor Penhallow (Liberal Democrat) are other groups' substitutes.")
q("f017", "who's the CWB lead member for mental health?", "people_roles",
  "Cllr Colette Brennan is the Community Wellbeing Board's lead member for mental health and wellbeing (2022/23). She is an Independent Group Deputy Chair, from Epping Forest District Council.",
  ["Colette Brennan"], [],
  [(CWB, "mental health and wellbeing: Cllr Colette Brennan."),
   (CWB, "Cllr Colette Brennan (Deputy Chair) – Epping Forest District Council")],
  "The portfolios are one run-on paragraph under 'Lead members 2022/23' at the foot of the membership page.")
q("f018", "who chaired the jan FSMC meeting? wasnt the chair off?", "people_roles",
  "Yes, the Chair, Cllr Gordon Haverstock (Lancashire County Council), sent apologies for the meeting of 26 January 2023, so the Vice-Chair, Cllr Siobhan Kearney (Labour, Manchester City Council), took the chair.",
  ["Siobhan Kearney"], [],
  [(FSMC, "Cllr Siobhan Kearney (Vice-Chair) took the chair in the absence of the Chair."),
   (FSMC, "Apologies: Cllr Gordon Haverstock (Chair) Cllr Jonathan Pryce – Cllr Harold Meakin substituted")],
  "Date without a year; the record covers 2022/23, so January is 26 January 2023.")
q("f019", "cllr pomfret - whats her role on FSMC and which council / group?", "people_roles",
  "Cllr Anthea Pomfret is a Deputy Chair of the Fire Services Management Committee for 2022/23. She is a Liberal Democrat councillor from Oxfordshire County Council.",
  ["Deputy Chair", "Oxfordshire", "Liberal Democrat"], [],
  [(FSMC, "Cllr Anthea Pomfret | Oxfordshire County Council | Liberal Democrat | Deputy Chair")],
  "Fixed-width membership table (Name / Council / Group / Role padded with spaces); the rendering joins the cells with ' | '.")
q("f020", "who subbed at the july audit committee and for who?", "people_roles",
  "Cllr Leon Baptiste attended the Audit Committee on 20 July 2023 as substitute for Cllr Eamon Costigan (Halton Borough Council), who had sent apologies. Cllr Margaret Lyttle (Shropshire Council) also sent apologies, with no substitute.",
  ["Leon Baptiste", "Eamon Costigan"], [],
  [(AUD, "Cllr Leon Baptiste (substitute for Cllr Eamon Costigan)"),
   (AUD, "Cllr Leon Baptiste attended as substitute for Cllr Eamon Costigan.")],
  "'Present:' is one paragraph of names with roles in brackets; the substitution is also minuted under item 1.")
q("f021", "who owns the swimming pool fund risk on the CTS register?", "people_roles",
  "Jake Tillotson, Senior Adviser, Sport and Physical Activity, owns CTS-R5 (delay to phase 2 of the Swimming Pool Support Fund). He also owns CTS-R1 (closure of public leisure centres and swimming pools).",
  ["Jake Tillotson"], [],
  [(CTS, "Phase 2 (capital) allocations from the Swimming Pool Support Fund are announced too late for councils to carry out works before 2025. Risk owner: Jake Tillotson, Senior Adviser, Sport and Physical Activity")],
  "The owner is a bulleted field under the risk's heading; the Swimming Pool Support Fund is also mentioned in CTS-R1's controls.")

# ---------------- board_paper (7)
q("f022", "what pages is the public health grant item on for CWB 16 march?", "board_paper",
  "Item 4, Public health grant allocations 2023/24, is on pages 15 - 22 of the Community Wellbeing Board agenda pack for 16 March 2023.",
  ["15", "22"], [],
  [(CWB, "4. Public health grant allocations 2023/24 ... pages 15 - 22")],
  "The agenda is a numbered list with the page range at the end of the item's text, not a table with a Page column.")
q("f023", "who's the contact officer on the ASC charging reform paper + their number?", "board_paper",
  "Tamsin Oldroyd, Senior Adviser (Adult Social Care): phone 020 7946 0537, email tamsin.oldroyd@local.gov.uk. This is the contact for item 3 (Adult social care reform: the delay to charging reform and the Market Sustainability and Improvement Fund) at the Community Wellbeing Board on 16 March 2023.",
  ["Tamsin Oldroyd", "020 7946 0537"], ["Aidan Crosthwaite"],
  [(CWB, "Contact officer | Tamsin Oldroyd"),
   (CWB, "Phone | 020 7946 0537")],
  "PDF front sheet drawn as a left column of bold labels beside the values. Aidan Crosthwaite is the contact for the other paper (public health grant).")
q("f024", "is there a paper for the ICS item at CWB in march or is it verbal?", "board_paper",
  "It is verbal. Item 5, 'Integrated care systems: one year on', is a verbal update from the Chair (Cllr Hilary Brackenbury), so it has no paper and no page range in the pack.",
  ["verbal"], [],
  [(CWB, "5. Integrated care systems: one year on – verbal update from the Chair")],
  "ICS is an abbreviation the document does not use.")
q("f025", "who introduced treasury management at the july audit committee?", "board_paper",
  "Neil Carver, Treasury and Investments Manager, introduced item 4 (Treasury management), the annual treasury management report for 2022/23, at the Audit Committee on 20 July 2023.",
  ["Neil Carver"], [],
  [(AUD, "Neil Carver, Treasury and Investments Manager, introduced the annual treasury management report for 2022/23.")],
  "The Director of Finance (Corinne Blakemore) attended and owns an action under the item, but did not introduce it.")
q("f026", "what did audit cttee resolve on the internal audit item?", "board_paper",
  "Resolved: the Committee (a) noted the internal audit progress report 2023/24 and (b) asked the Chief Operating Officer to report on the implementation of the purchase card recommendations to the next meeting (16 November 2023). The purchase card audit had been given limited assurance: 23 of the 60 transactions sampled had no receipt, and two cards were still held by staff who had left.",
  ["purchase card", "next meeting"], [],
  [(AUD, "Resolved: That the Committee (a) notes the internal audit progress report; and (b) asks the Chief Operating Officer to report on the implementation of the purchase card recommendations to the next meeting.")],
  "Item 5 of the HTML minutes; each item ends with its own 'Resolved:' paragraph.")
q("f027", "what is the EEHT budget paper asking members to agree?", "board_paper",
  "To agree to use £8,000 of the forecast underspend to commission a study of councils' flood resilience funding. Members are also asked to note the forecast outturn of £206,550 against a budget of £225,000 and the programme risks; the remaining £10,450 of the underspend would be returned to the LGA's central budget.",
  ["8,000", "flood resilience"], [],
  [(EEHT, "(b) agrees to use £8,000 of the forecast underspend to commission a study of councils' flood resilience funding")],
  "The front sheet is a two-column markdown table whose first row (Purpose of report | For decision.) is the table's header row.")
q("f028", "anyone declare an interest at the 20 july audit committee?", "board_paper",
  "Yes, two declarations. Cllr Trevor Ambler declared a non-pecuniary interest in item 4 (Treasury management) as a trustee of a housing charity that holds deposits with Lloyds Bank, one of the Association's counterparties; he took part in the discussion but not the decision. Mr Julian Saxby (Independent Member) declared that he had been employed by the external auditor's firm until 2019; with the Committee's agreement he took part in item 6.",
  ["Trevor Ambler", "Julian Saxby"], [],
  [(AUD, "Cllr Trevor Ambler declared a non-pecuniary interest in item 4 (Treasury management) as a trustee of a housing charity that holds deposits with Lloyds Bank"),
   (AUD, "Mr Julian Saxby declared that he had been employed by the external auditor's firm until 2019.")],
  "Item 2, Declarations of interest.")

# ---------------- fact (5)
q("f029", "CWB paper - what % of DASS expected to overspend in 22/23?", "fact",
  "78 per cent of the 121 councils that responded to the February 2023 survey of directors of adult social services (carried out with ADASS) expected to overspend their adult social care budget in 2022/23, by a combined £312 million.",
  ["78", "121", "312"], [],
  [(CWB, "78 per cent of the 121 councils that responded expected to overspend their adult social care budget in 2022/23, by a combined £312 million.")],
  "Paragraph 3 of the adult social care paper (item 3); DASS is an abbreviation the paper does not use.")
q("f030", "how many grads signed up for ngdp 2022?", "fact",
  "153 graduates have accepted offers from 71 councils for the 2022 cohort of the national graduate development programme, against a target of 150, and will start in September 2022. The objective (IIB-04) is rated G in Q1 2022/23.",
  ["153", "71"], [],
  [(IIB, "153 graduates have accepted offers from 71 councils and will start in September 2022.")],
  "In the progress cell of IIB-04.")
q("f031", "how much cash / investments did we have at 31 march 23 and what return? (audit cttee)", "fact",
  "£41.6 million in cash and short-term investments at 31 March 2023, which earned an average return of 2.14 per cent over 2022/23 (0.19 per cent in 2021/22). There were no breaches of the treasury management strategy or the prudential indicators.",
  ["41.6", "2.14"], [],
  [(AUD, "Cash and short-term investments stood at £41.6 million at 31 March 2023 and had earned an average return of 2.14 per cent over the year, compared with 0.19 per cent in 2021/22.")],
  "Item 4 of the Audit Committee minutes, 20 July 2023.")
q("f032", "EEHT paper - which risks only get monitored quarterly?", "fact",
  "The paper says risks scoring below 8 with an impact above 4 are monitored quarterly by the lead officer. Only risk 3 fits: severe flooding over the winter diverting officers to support councils' emergency response (likelihood 1, impact 5, score 5; Green; owner Nia Blackwood). Risk 2 (score 16) goes to the Audit Committee through the corporate risk register, and risks 1 and 4 are reviewed at each Board meeting.",
  ["flooding", "Nia Blackwood"], [],
  [(EEHT, "Risks scoring 15 or more are reported to the Audit Committee through the corporate risk register; scores < 8 with impact > 4 are monitored quarterly by the lead officer; all other risks are reviewed at each meeting of the Board."),
   (EEHT, "3 | Severe flooding over the winter means officers have to be diverted to support councils' emergency response | 1 | 5 | 5 | Green | Nia Blackwood")],
  "The rule is written with comparison signs ('scores < 8 with impact > 4'): a parser that treats '<...>' as a tag loses it. Applying it needs the risk table's score and impact columns.")
q("f033", "how many FSMC meetings did cllr sallis make last year?", "fact",
  "Cllr Derek Sallis (Conservative, Hertfordshire County Council) attended 2 of the Fire Services Management Committee's 4 meetings in 2022/23: 13 October 2022 and 26 January 2023. He sent apologies for 22 July 2022 and 23 March 2023.",
  ["22 July 2022", "23 March 2023"], [],
  [(FSMC, "Apologies: Cllr Derek Sallis Cllr Keith Brabazon – Cllr Anjali Varma substituted"),
   (FSMC, "Apologies: Cllr Derek Sallis Cllr Winston Abara")],
  "No attendance totals in the record: the answer has to be counted across the four meetings' lists.")

# ---------------- cross_document (2)
q("f034", "is anyone on both CWB and FSMC in 22/23?", "cross_document",
  "Yes, two councillors. Cllr Oliver Tremayne (Conservative, Cornwall Council) is a member of both the Community Wellbeing Board and the Fire Services Management Committee in 2022/23. Cllr Lorna Ingleby (Independent, Isle of Wight Council) is an Independent Group substitute on the CWB and a Deputy Chair of FSMC.",
  ["Oliver Tremayne", "Lorna Ingleby"], [],
  [(CWB, "Cllr Oliver Tremayne – Cornwall Council"),
   (CWB, "Substitutes: Cllr Lorna Ingleby – Isle of Wight Council"),
   (FSMC, "Cllr Oliver Tremayne | Cornwall Council | Conservative | Member"),
   (FSMC, "Cllr Lorna Ingleby | Isle of Wight Council | Independent | Deputy Chair")],
  "Compares the CWB membership lists (PDF bullets) with the FSMC fixed-width table; Cllr Ingleby is only a substitute on the CWB.")
q("f035", "the leisure centre risk on the CTS register - did it go on the corporate register? what ref and whats the score now", "cross_document",
  "Yes. CTS-R1 (closure of public leisure centres and swimming pools) was escalated to the LGA corporate risk register as CRR11 after the Audit Committee of 20 July 2023, which agreed the register with the addition of CRR11 (financial sustainability of public leisure facilities); Bernard Ashcombe was to add it by 31 July 2023. At 31 January 2024 CTS-R1's residual score is 4 x 4 = 16 (Red), and worsening (inherent 5 x 5 = 25).",
  ["CRR11", "16"], [],
  [(CTS, "Escalation: escalated to the LGA corporate risk register as CRR11 after the Audit Committee on 20 July 2023"),
   (AUD, "Resolved: That the Committee agrees the corporate risk register, with the addition of CRR11 (financial sustainability of public leisure facilities), and asks officers to review the residual score of CRR4."),
   (CTS, "Residual score: 4 x 4 = 16 (Red)")],
  "Links the CTS register (markdown, January 2024) to the Audit Committee minutes (HTML, July 2023).")

# ---------------- unanswerable (5)
q("f036", "what RAG did IIB-01 get in Q2 22/23?", "unanswerable",
  "The papers don't say. The I&I performance update only gives IIB-01's Q1 2022/23 rating (A) and its Q4 2021/22 rating (G); the Quarter 2 update was due at the Board's meeting on 1 December 2022 and is not among these documents.",
  [], [], [],
  "Only Q1 and Q4 columns exist; an answer that gives A (the Q1 rating) as Q2 is wrong.")
q("f037", "who turned up to the CWB on 16 march 23? any apologies?", "unanswerable",
  "The documents don't record it. There is only the agenda pack for the Community Wellbeing Board meeting of 16 March 2023 (membership, agenda and two papers); there are no minutes or attendance for that meeting.",
  [], [], [],
  "The pack lists the membership and says how to send apologies, which invites listing members as attendees.")
q("f038", "whats the EEHT board's policy budget for 24/25?", "unanswerable",
  "The papers don't give it. The EEHT Board paper of 7 December 2023 covers only the 2023/24 policy budget (£225,000, forecast outturn £206,550); it says the 2023/24 outturn will be reported to the Board's first meeting of 2024/25, but gives no 2024/25 budget.",
  [], [], [],
  "Mentions of 2024/25 in the paper (risk 1, next steps) are not budget figures.")
q("f039", "who chaired FSMC in 2021/22?", "unanswerable",
  "The documents don't say. The FSMC record covers 2022/23 only, when the Chair was Cllr Gordon Haverstock (Lancashire County Council); it does not say who chaired the committee in 2021/22.",
  [], [], [],
  "A different year from the one the record covers; answering Haverstock is a guess.")
q("f040", "what did audit cttee decide at the nov 23 meeting?", "unanswerable",
  "There are no minutes for it in these documents. The Audit Committee minutes of 20 July 2023 only say that the next meeting would be on Thursday 16 November 2023 at 2.00 pm, and list two actions due by then (the purchase card report and the review of CRR4).",
  [], [], [],
  "The July minutes name the November date and actions due for it, but not its decisions.")

assert len(G) == 40
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions)")
