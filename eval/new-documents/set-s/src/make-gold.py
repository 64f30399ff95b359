# Writes ../gold.jsonl (the 30 questions of this set, s001-s030, with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the renderings in text/ (table cells joined by " | "; a quote that spans
# a front-sheet label and its value keeps the line break of the rendering).
import json
import os

PPB = "people-places-board-agenda-2022-03-09.pdf"
WFB = "workforce-board-performance-2021-q2.docx"
FSMC = "fire-services-management-committee-minutes-2022-01-21.html"
EEHT = "eeht-board-budget-risk-2022-01-27.md"
CTS = "culture-tourism-sport-board-attendance-2021-22.txt"
G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


# ---------------------------------------------------------------- status_lookup (5)
q("s001", "which workforce board objectives were R or A in the Q2 21/22 update?", "status_lookup",
  "Four. W2.3 (raise the share of councils' apprenticeship levy funds that is spent to 60 per cent by March 2022) is R. Three are A: W1.1 (conclude the 2021 pay round for local government services), W3.4 (analyse and publish gender pay gap data) and W4.2 (complete the 2021 workforce survey with at least 200 councils). The other ten objectives are G, A/G or Not rated.",
  ["W2.3", "W1.1", "W3.4", "W4.2"], ["W4.1"],
  [(WFB, "W2.3 | Increase the proportion of councils’ apprenticeship levy funds that is spent, from 41 per cent in 2020/21 to 60 per cent by March 2022. | R | A"),
   (WFB, "W1.1 | Conclude the 2021 pay round for local government services (National Joint Council for Local Government Services) by agreement with the trade unions. | A | A/G"),
   (WFB, "W3.4 | Analyse and publish gender pay gap data for the local government workforce. | A | A"),
   (WFB, "W4.2 | Complete the 2021 local government workforce survey, with responses from at least 200 councils. | A | G")],
  "Word tables: the Q2 status is the third column, followed by the Q1 status, then long progress text, so the status is not at the end of the row. Statuses are letter codes. W4.1's progress text mentions the 'red' threshold of the service standard but W4.1 is G. The front-sheet box gives the count (one R, three A).")
q("s002", "what does A/G mean in the workforce board perf report? is it amber or green", "status_lookup",
  "A/G is Amber/Green: 'Some slippage or risk, but we expect to deliver with management action already in hand.' It sits between G (Green: on course to deliver in full by the target date) and A (Amber: significant risk to delivery). Three objectives were A/G at Q2 2021/22: W1.3, W2.2 and W3.2.",
  ["Amber/Green", "management action"], [],
  [(WFB, "A/G | Amber/Green | Some slippage or risk, but we expect to deliver with management action already in hand.")],
  "The key is a table Code | Meaning | What it means for delivery; the report also uses 'Not rated'.")
q("s003", "status of the ngdp graduate recruitment objective in the workforce Q2 report? still A/G?", "status_lookup",
  "No: W2.1 (recruit cohort 24 of the National Graduate Development Programme, at least 150 graduates placed) is G at Q2 2021/22. 162 graduates started with 74 councils in September 2021. It was A/G in Q1 because fewer councils than expected had bid for graduates; a second round of bids in July closed the gap. Owner: Tobias Wren.",
  ["W2.1", "G", "162"], [],
  [(WFB, "W2.1 | Recruit cohort 24 of the National Graduate Development Programme (ngdp), with at least 150 graduates placed with councils. | G | A/G | 162 graduates started with 74 councils in September 2021, against a target of 150.")],
  "Objective named by topic and abbreviation; the row's progress text mentions A/G (the Q1 status), while the Q2 status is G.")
q("s004", "which objectives r not rated in the workforce q2 update and why", "status_lookup",
  "Two. W2.4 (pilot a planning apprenticeship and bursary scheme with 20 councils) is Not rated because work is paused until DLUHC confirms funding for 2022/23, expected after the Spending Review. W4.3 (advise councils on new rules on public sector exit payments) is Not rated because the Government has not yet published new proposals since the £95,000 exit pay cap was revoked in February 2021. Both were also Not rated in Q1.",
  ["W2.4", "W4.3"], [],
  [(WFB, "W2.4 | Pilot a planning apprenticeship and bursary scheme with 20 councils to address shortages of planning officers. | Not rated | Not rated | Work is paused until the Department for Levelling Up, Housing and Communities (DLUHC) confirms funding for 2022/23"),
   (WFB, "W4.3 | Advise councils on any new rules on public sector exit payments. | Not rated | Not rated | The £95,000 cap on exit payments was revoked in February 2021.")],
  "'Not rated' is a fifth status beside R, A, A/G and G.")
q("s005", "wf board q2 - which objectives got worse since Q1?", "status_lookup",
  "Three moved down between Q1 and Q2 2021/22: W1.1 (2021 local government pay round) from A/G to A; W2.3 (apprenticeship levy spend) from A to R; and W4.2 (2021 workforce survey) from G to A. Two moved up: W2.1 (ngdp recruitment) from A/G to G and W3.2 (WRES in adult social care) from A to A/G.",
  ["W1.1", "W2.3", "W4.2"], [],
  [(WFB, "by agreement with the trade unions. | A | A/G"),
   (WFB, "to 60 per cent by March 2022. | R | A"),
   (WFB, "with responses from at least 200 councils. | A | G"),
   (WFB, "Three objectives have moved down since Quarter 1 and two have moved up")],
  "Needs the Q2 and Q1 status columns compared row by row; the introduction gives only the counts (three down, two up), not the references.")

# ---------------------------------------------------------------- table_lookup (5)
q("s006", "WR3 on the workforce risk register - what's the impact score and the residual score?", "table_lookup",
  "WR3 (a dispute over the 2022 pay round for firefighters leads to industrial action in fire and rescue services): impact 5, likelihood 2, residual score 10, which is Medium (8 to 14). Trend: ▲ Rising. Owner: Declan Moyes.",
  ["5", "10"], [],
  [(WFB, "WR3 | A dispute over the 2022 pay round for firefighters leads to industrial action in fire and rescue services. Controls: early engagement with the Fire Services Management Committee on the employers’ mandate; monitoring of the Fire Brigades Union’s position. | 2 | 5 | 10 | Declan Moyes | ▲ Rising"),
   (WFB, "scores of 8 to 14 are Medium")],
  "Columns are Ref | Risk | Likelihood | Impact | Residual score | Owner | Trend: likelihood comes before impact, unlike the bundled 2019 register (I then L) and the newdocs-dev register (Impact | Likelihood). A reader who assumes impact first answers 2.")
q("s007", "who owns W2.2 (social work recruitment) and whats the next milestone?", "table_lookup",
  "Anita Kowalczyk owns W2.2 (support councils to recruit and retain social workers through the national recruitment campaign). Next milestone: campaign evaluation to the Board, 26 January 2022. W2.2 is A/G at Q2 2021/22 (A/G in Q1 too).",
  ["Anita Kowalczyk", "26 January 2022"], [],
  [(WFB, "Councils continue to report high vacancy rates, and spending on agency social workers remains a concern (see risk WR2). | Anita Kowalczyk | Campaign evaluation to the Board, 26 January 2022")],
  "The lead officer column is called 'Owner' and sits after the long progress cell; the next milestone is the last column.")
q("s008", "EEHT board budget - whats the variance on housing and planning?", "table_lookup",
  "Housing and planning: forecast £61,200 against a budget of £60,000, a variance of 1,200, i.e. a forecast overspend of £1,200 (the only line forecast to overspend). The housing delivery research was extended in October 2021 to cover second homes and holiday lets. The figure excludes the proposed £12,000 planning capacity research; with the virement the line's forecast would rise to £73,200.",
  ["1,200"], [],
  [(EEHT, "2. Housing and planning | 61,200 | 60,000 | 1,200 | Overspend on the housing delivery research"),
   (EEHT, "Housing and planning is the only line forecast to overspend.")],
  "Markdown table with columns Line | Forecast | Budget | Variance | Notes: the forecast comes before the budget, and underspends are in brackets.")
q("s009", "total forecast for the eeht policy budget 21/22 at Q3? how much underspend", "table_lookup",
  "£185,250 forecast against a budget of £225,000: an underspend of £39,750 (17.7 per cent). If the proposed £12,000 virement for planning capacity research is agreed, the total forecast rises to £197,250, an underspend of £27,750.",
  ["185,250", "39,750"], [],
  [(EEHT, "Total | 185,250 | 225,000 | (39,750)"),
   (EEHT, "The Board is forecast to spend £185,250, an underspend of £39,750, or 17.7 per cent of the budget.")],
  "Total row in bold markdown; the variance is in brackets.")
q("s010", "FSMC jan 22 actions - who's consulting FRAs on the pay mandate and by when", "table_lookup",
  "Declan Moyes (Principal Negotiating Officer), by 11 March 2022: 'Consult fire and rescue authorities on the employers' mandate for the 2022 pay round'. He is then to report the outcome of the consultation to the Committee by 18 March 2022.",
  ["Declan Moyes", "11 March 2022"], [],
  [(FSMC, "Consult fire and rescue authorities on the employers’ mandate for the 2022 pay round | Declan Moyes | 11 March 2022")],
  "HTML actions table Action | Owner | Deadline under minute 3; FRAs is not expanded in the question.")

# ---------------------------------------------------------------- people_roles (5)
q("s011", "who chairs the people and places board in 21/22?", "people_roles",
  "Cllr Margaret Ellwood (Conservative, Shropshire Council) chairs the People and Places Board in 2021/22. The Vice-Chair is Cllr Lorraine Beckett (Labour, Barnsley) and the Deputy Chairs are Cllr Fiona Lyle (Liberal Democrat, Somerset West and Taunton) and Cllr Sheila Cowan (Independent, Uttlesford).",
  ["Margaret Ellwood"], ["Frank Ellery"],
  [(PPB, "Cllr Margaret Ellwood (Chair) – Shropshire Council")],
  "PDF bulleted membership list under political-group headings; the role is in brackets after the name. The newdocs-dev EAB minutes name Cllr Frank Ellery as P&P chair in February 2020.")
q("s012", "who r the labour subs for P&P board?", "people_roles",
  "Two Labour substitutes on the People and Places Board (2021/22): Cllr Martin Sedgwick (Copeland Borough Council) and Cllr Abena Boateng (Ipswich Borough Council).",
  ["Martin Sedgwick", "Abena Boateng"], ["Edwin Lacey", "Tunde Adeyemi"],
  [(PPB, "Cllr Martin Sedgwick – Copeland Borough Council"),
   (PPB, "Cllr Abena Boateng – Ipswich Borough Council")],
  "Each group's list ends with its own 'Substitutes:' line, so the Labour substitutes are the two bullets after 'Substitutes:' under 'Labour (5)'. Edwin Lacey is a Conservative substitute; Tunde Adeyemi is the CTS Board's Labour substitute.")
q("s013", "who gave apologies at the 21 jan 2022 FSMC?", "people_roles",
  "Two members: Cllr Barbara Quinlan (South Yorkshire Fire and Rescue Authority), for whom Cllr Alan Moorcroft attended as substitute, and Cllr Neville Hardcastle (Oxfordshire County Council).",
  ["Barbara Quinlan", "Neville Hardcastle"], ["Denise Harker"],
  [(FSMC, "Cllr Barbara Quinlan (South Yorkshire Fire and Rescue Authority) – Cllr Alan Moorcroft attended as substitute"),
   (FSMC, "Cllr Neville Hardcastle (Oxfordshire County Council)")],
  "Apologies is a list under a bold label. Minute 2 says Cllr Denise Harker had given apologies for the previous meeting (18 November 2021); she was present on 21 January.")
q("s014", "who sent apologies to the CTS board meeting on 18 nov 2021", "people_roles",
  "Five members: Cllr Alistair Beaton (no substitute), Cllr Nadia Farouk (Cllr Simon Pettifer substituted), Cllr Priya Raman (Cllr Tunde Adeyemi substituted), Cllr Helena Marwick (Cllr Gavin Hurst substituted) and Cllr Rodney Vane (no substitute).",
  ["Alistair Beaton", "Nadia Farouk", "Priya Raman", "Helena Marwick", "Rodney Vane"], ["Ravi Sandhu"],
  [(CTS, "Cllr Alistair Beaton – no substitute"),
   (CTS, "Cllr Nadia Farouk – Cllr Simon Pettifer attended as substitute"),
   (CTS, "Cllr Priya Raman – Cllr Tunde Adeyemi attended as substitute"),
   (CTS, "Cllr Helena Marwick – Cllr Gavin Hurst attended as substitute")],
  "Plain-text record with a Present: / Apologies: list per meeting; Cllr Ravi Sandhu gave apologies for 16 September 2021, not November.")
q("s015", "CTS board deputy chairs?", "people_roles",
  "The Culture, Tourism and Sport Board has two Deputy Chairs in 2021/22: Cllr Helena Marwick (Liberal Democrat, Bath and North East Somerset Council) and Cllr Pauline Greatorex (Independent, Babergh District Council). The Chair is Cllr Gordon Ashcombe and the Vice-Chair Cllr Keith Aldous.",
  ["Helena Marwick", "Pauline Greatorex"], [],
  [(CTS, "Cllr Helena Marwick | Bath and North East Somerset Council | LD | Deputy Chair"),
   (CTS, "Cllr Pauline Greatorex | Babergh District Council | Ind | Deputy Chair")],
  "Fixed-width membership table (spaces, not tabs) with group abbreviations explained in a key line; the P&P Board also has two Deputy Chairs (Fiona Lyle, Sheila Cowan).")

# ---------------------------------------------------------------- board_paper (5)
q("s016", "what's the P&P board being asked to decide on the UKSPF paper?", "board_paper",
  "Item 3 at the 9 March 2022 meeting is for decision. The Board is asked to (a) note the LGA's modelling of UKSPF allocations (paragraphs 4 to 6) and (b) agree to commission independent research on the additional costs of economic development in rural areas, at a cost of up to £35,000 from the Board's 2022/23 policy budget. The research would report by October 2022.",
  ["35,000"], [],
  [(PPB, "b) agrees to commission independent research on the additional costs of economic development in rural areas, at a cost of up to £35,000 from the Board’s 2022/23 policy budget.")],
  "Front sheet drawn as text in two columns (labels left); the recommendation is split into lettered lines.")
q("s017", "who's the contact officer on the levelling up white paper paper (P&P march 22)?", "board_paper",
  "Naomi Fairbairn, Senior Adviser, People and Places (020 7946 0537, naomi.fairbairn@local.gov.uk).",
  ["Naomi Fairbairn"], ["Stuart Gilchrist", "Leah Bramley"],
  [(PPB, "Contact officer\nNaomi Fairbairn\nPosition\nSenior Adviser, People and Places")],
  "Each of the three papers has its own contact officer in the same front-sheet layout; the others are Stuart Gilchrist (UKSPF) and Leah Bramley (Shared Rural Network).")
q("s018", "what are the recs in the EEHT budget paper jan 22?", "board_paper",
  "Item 6 (27 January 2022) is for decision. The Board is asked to (a) note the forecast outturn in Table 1; (b) agree a virement of £12,000 from the Transport and infrastructure line to the Housing and planning line, to fund research on planning capacity; and (c) agree the risk monitoring thresholds in paragraph 11.",
  ["12,000", "virement"], [],
  [(EEHT, "Recommendations | That the Board: (a) notes the forecast outturn in Table 1; (b) agrees a virement of £12,000 from the Transport and infrastructure line to the Housing and planning line, to fund research on planning capacity; and (c) agrees the risk monitoring thresholds set out in paragraph 11.")],
  "Front sheet as a two-column markdown table with an empty header row and bold labels.")
q("s019", "what did FSMC decide on fire reform in jan 2022?", "board_paper",
  "Ahead of the fire reform White Paper expected in the spring, the Committee agreed four principles for the LGA's engagement with the Home Office: (1) fire governance should remain locally accountable, with no single model imposed; (2) chief fire officers' operational independence should be set out in statutory guidance rather than primary legislation; (3) any new duties should be fully funded; (4) the LGA should seek a formal role in the proposed College of Fire and Rescue. Gillian Trask is to share them with the Home Office by 28 January 2022. Cllr Wendy Alcott introduced the item.",
  ["statutory guidance", "College of Fire and Rescue"], [],
  [(FSMC, "Decision: The Committee agreed four principles for the LGA’s engagement with the Home Office on fire reform: (1) fire governance should remain locally accountable, and no single model should be imposed; (2) the operational independence of chief fire officers should be set out in statutory guidance rather than primary legislation; (3) any new duties should be fully funded; and (4) the LGA should seek a formal role in the proposed College of Fire and Rescue.")],
  "Minute 4 uses 'Decision:' where the other items use 'Resolved:'.")
q("s020", "is the shared rural network paper for decision or just for info?", "board_paper",
  "For information: item 4 at the People and Places Board on 9 March 2022 (page 4 of the pack) asks the Board to note the report. It updates members on the Shared Rural Network and on the 38 responses to the Board's call for evidence on mobile coverage. Contact officer: Leah Bramley.",
  ["information"], [],
  [(PPB, "Rural mobile connectivity: progress on the Shared Rural Network\nPurpose of report\nFor information."),
   (PPB, "4. Rural mobile connectivity: progress on the Shared Rural Network – for information (page 4)")],
  "The numbered agenda list gives the purpose and page; the paper's front sheet has the label drawn as text beside the value.")

# ---------------------------------------------------------------- fact (4)
q("s021", "how many councils responded to the LGA levelling up survey in the P&P paper?", "fact",
  "89 councils, out of the 146 non-metropolitan county, unitary and district councils surveyed between 7 and 25 February 2022: a response rate of 61 per cent.",
  ["89", "146"], [],
  [(PPB, "4. Between 7 and 25 February 2022 the LGA surveyed the leaders and chief executives of the 146 county, unitary and district councils outside the metropolitan areas and London. 89 councils responded, a response rate of 61 per cent.")],
  "Paragraph 4 of the Levelling Up White Paper paper; paragraph 6 has other council counts (64, 51, 38).")
q("s022", "what interest did malcolm ashbury declare at fsmc?", "fact",
  "A non-pecuniary interest in item 3 (Fire pay: the 2022 pay round), because his son is a serving firefighter with Kent Fire and Rescue Service. He remained in the meeting and took part in the discussion. No other interests were declared.",
  ["son", "Kent"], [],
  [(FSMC, "Cllr Malcolm Ashbury declared a non-pecuniary interest in item 3 (Fire pay: the 2022 pay round), as his son is a serving firefighter with Kent Fire and Rescue Service.")],
  "The declaration sits in its own 'Declarations of interest' section before the numbered items, not in minute 1.")
q("s023", "under the new EEHT risk thresholds which risks would only be monitored quarterly?", "fact",
  "EE4 (data shared for the Work Local evaluation is lost or disclosed) and EE6 (a legal challenge to the extended producer responsibility scheme delays the LGA's evidence to Defra). Both score 5 (likelihood 1, impact 5): below 8 with impact above 4, so under the proposed thresholds they are monitored quarterly by the lead officer and reported to the Board by exception.",
  ["EE4", "EE6"], ["EE2"],
  [(EEHT, "risks scoring < 8 with impact > 4 are monitored quarterly by the lead officer and reported to the Board by exception; and"),
   (EEHT, "EE4 | Data that councils share with the LGA for the Work Local evaluation is lost or disclosed. | Sanjay Mistry | 1 | 5 | 5 | Stable"),
   (EEHT, "EE6 | A legal challenge to the extended producer responsibility scheme delays the LGA's evidence to Defra. | Joanna Pettit | 1 | 5 | 5 | New")],
  "Needs the rule in paragraph 11, written with '<' and '>', applied to Table 2. EE2 scores 4 but its impact is 4 (not above 4), so it falls to annual review; EE5 scores 8. The scorer strips '< 8 with impact >' as if it were a tag, in the corpus and in quotes alike.")
q("s024", "whats the overall attendance rate for the CTS board in 21/22?", "fact",
  "78 per cent: members attended 50 of 64 possible meetings in 2021/22 (four meetings: 16 September and 18 November 2021, 20 January and 17 March 2022). Substitutes attended on 6 further occasions, which are not counted.",
  ["78", "50", "64"], [],
  [(CTS, "Overall: members attended 50 of 64 possible meetings (78%). Substitutes attended on 6 further occasions.")],
  "Possible meetings are 64, not 68, because Cllr Nadia Farouk (to 31 December 2021) and Cllr Simon Pettifer (from 1 January 2022) could each attend two.")

# ---------------------------------------------------------------- cross_document (2)
q("s025", "is anyone on both the people & places board and the CTS board?", "cross_document",
  "Two councillors. Cllr Priya Raman (Labour, Lancaster City Council) is a member of both the People and Places Board and the Culture, Tourism and Sport Board in 2021/22. Cllr Gavin Hurst (Liberal Democrat, North Norfolk District Council) is a P&P Board member and a CTS Board substitute; he attended the CTS meeting of 18 November 2021 as substitute for Cllr Helena Marwick.",
  ["Priya Raman", "Gavin Hurst"], [],
  [(PPB, "Cllr Priya Raman – Lancaster City Council"),
   (CTS, "Cllr Priya Raman | Lancaster City Council | Lab | Member"),
   (PPB, "Cllr Gavin Hurst – North Norfolk District Council"),
   (CTS, "Cllr Gavin Hurst | North Norfolk District Council | LD")],
  "Joins the PDF's bulleted membership lists with the plain-text fixed-width membership and substitutes tables.")
q("s026", "the fire pay risk on the workforce board register - what did FSMC decide about 2022 pay in jan?", "cross_document",
  "The risk is WR3 (a dispute over the 2022 pay round for firefighters leads to industrial action): likelihood 2, impact 5, residual score 10, trend Rising, owner Declan Moyes (Workforce Board Q2 2021/22 report). On 21 January 2022 the Fire Services Management Committee resolved that the employers' side should not make a pay offer for 2022 until the final fire funding settlement for 2022/23 is confirmed, and asked the Chair to write to the Fire Minister on the cost of the pay round (by 4 February 2022). Declan Moyes is to consult fire and rescue authorities on the employers' mandate by 11 March 2022.",
  ["WR3", "settlement"], [],
  [(WFB, "WR3 | A dispute over the 2022 pay round for firefighters leads to industrial action in fire and rescue services."),
   (FSMC, "(b) agrees that the employers’ side should not make a pay offer for 2022 until the final fire funding settlement for 2022/23 has been confirmed; and"),
   (FSMC, "(c) asks the Chair to write to the Fire Minister setting out the cost of the 2022 pay round to fire and rescue authorities and asking for it to be funded.")],
  "Links the Word performance report (November 2021) with the HTML minutes (January 2022); W1.2's next milestone is the report to the FSMC on 21 January 2022.")

# ---------------------------------------------------------------- unanswerable (4)
q("s027", "what was W2.3 (apprenticeship levy) rated in Q3 21/22?", "unanswerable",
  "Not in the papers: the Workforce Board update covers Q2 2021/22 only (W2.3 was R at 30 September 2021, A in Q1). The Q3 report was due to go to the Board on 16 March 2022 and is not among the documents.",
  [], [], [],
  "Tempting to answer R (the Q2 status).")
q("s028", "what did the P&P board decide on the rural UKSPF research on 9 march?", "unanswerable",
  "Not recorded: the papers hold the agenda pack for 9 March 2022, which recommends commissioning the research at up to £35,000 from the 2022/23 budget, but there are no minutes or decisions of that meeting.",
  [], [], [],
  "Tempting to present the recommendation as the decision.")
q("s029", "whats the EEHT board's policy budget for 22/23?", "unanswerable",
  "Not given: the paper covers the 2021/22 policy budget (£225,000) and says the 2022/23 budget will be set by the LGA's Leadership Board in March 2022 and reported to the Board in June.",
  [], [], [],
  "Tempting to answer £225,000 (2021/22).")
q("s030", "what pay rise did firefighters get in 2022?", "unanswerable",
  "Not in the papers: they record the 2021 award (1.5 per cent from 1 July 2021) and the FSMC's decision in January 2022 not to make a 2022 offer until the 2022/23 fire funding settlement was confirmed. No 2022 award is recorded.",
  [], [], [],
  "Tempting to answer 1.5 per cent (the 2021 award).")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions)")
