# Writes ../gold.jsonl (the 40 questions of set K with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole table rows and whole lines are taken from the rendering by the helper `ln` (which fails if the
# line is missing or not unique); shorter quotes are written out and checked by check-gold.mjs. A quote that runs
# over several lines of a rendering (a run of minutes lines, a nested table) is written with single spaces
# where the rendering has line breaks. Table rows whose first cell is covered by a vertical merge start "| "
# in the rendering; their quotes start at the second cell.
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
PR = "councillors-forum-work-programme-2025-26-q3.pdf"
AG = "councillors-forum-agenda-2026-03-12.docx"
BU = "councillors-forum-budget-2025-26-m10.html"
MI = "councillors-forum-minutes-2026-03-12.md"
RG = "councillors-forum-outside-bodies-register-2026-27.txt"
TEXT = {}
for d in (PR, AG, BU, MI, RG):
    TEXT[d] = open(os.path.join(ROOT, "text", os.path.splitext(d)[0] + ".txt"), encoding="utf-8").read().split("\n")


def ln(doc, start):
    hits = [l for l in TEXT[doc] if l.startswith(start)]
    if len(hits) != 1:
        raise SystemExit(f"{doc}: {len(hits)} lines start with {start!r}")
    return hits[0]


def run(doc, start, n):
    """n consecutive lines from the one starting with `start`, joined with single spaces"""
    lines = TEXT[doc]
    i = lines.index(ln(doc, start))
    return " ".join(lines[i:i + n])


def cont(doc, name):
    """a table row whose first cell is covered by a vertical merge ("| Cllr …"), from its second cell"""
    hits = [l for l in TEXT[doc] if l.startswith("| " + name + " |")]
    if len(hits) != 1:
        raise SystemExit(f"{doc}: {len(hits)} merged rows for {name!r}")
    return hits[0][2:]


G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


row = lambda ref: ln(PR, ref + " |")
key = lambda letter: ln(PR, letter + " | ")
ob = lambda ref: ln(RG, ref + " |")
bud = lambda line: ln(BU, line + " |")
act = lambda no: ln(MI, no + " |")

# ---------------------------------------------------------------- status_lookup (7)
q("k001", "which forum work programme measures are red at Q3?", "status_lookup",
  "Four of the ten measures in the Councillors' Forum work programme 2025/26 have status R (Red: off track, the target will not be met in 2025/26) at quarter 3 (to 31 December 2025): CFW-03, councillors attending a regional councillor roadshow (610 against a target of 1,200); CFW-05, Support Line calls answered within two minutes (79% in Q3 against 90%); CFW-08, responses to the remote attendance survey (2,041 at Q3 and 2,207 when it closed on 9 January 2026, against 2,500); and CFW-10, councils using the model councillor-officer protocol (61 against 90). On 12 March 2026 the Forum lowered the CFW-03 target to 1,000.",
  ["CFW-03", "CFW-05", "CFW-08", "CFW-10"], ["CFW-01", "CFW-07"],
  [(PR, row("CFW-03")), (PR, row("CFW-05")), (PR, row("CFW-08")), (PR, row("CFW-10")), (PR, key("R"))],
  "Status is a single letter on a coloured cell in the last column; 'R' means Red only through the key table (Appendix A). The table is drawn column by column in the PDF.")
q("k002", "anything amber on the councilors forum Q3 report?", "status_lookup",
  "Two measures are A (Amber: at risk, the target may be missed without further action) at quarter 3 2025/26: CFW-01, councils with a parental leave policy for councillors (170 at Q3 against a target of 200; lead Cllr Sandiford), and CFW-07, Forum members attending Forum meetings (72% in Q3 against 80%; lead Cllr Fenwicke-Latch).",
  ["CFW-01", "CFW-07"], ["CFW-05", "CFW-10"],
  [(PR, row("CFW-01")), (PR, row("CFW-07")), (PR, key("A"))],
  "Letter status resolved by the key; the front sheet gives only counts ('two are at some risk').")
q("k003", "have we already hit any of the forum targets this yr?", "status_lookup",
  "Yes, two. At quarter 3 2025/26 two measures are B (Blue: target for 2025/26 already met): CFW-02, councillors using the WardDesk casework app (4,120 at 31 December 2025 against a target of 4,000), and CFW-06, reorganising councils offered transition support (21 against a target of 21 – all 21 councils in reorganisation areas that asked for support have been offered it).",
  ["CFW-02", "CFW-06"], [],
  [(PR, row("CFW-02")), (PR, row("CFW-06")), (PR, key("B")),
   (PR, ln(PR, "2. The WardDesk casework app passed its target"))],
  "Blue 'B' = already met; not a RAG colour the other sets use.")
q("k004", "is the support line on track? heard call answering was bad", "status_lookup",
  "No. CFW-05, Support Line calls answered within two minutes, is R (off track): the Councillor Support Line answered 79% of calls within two minutes in quarter 3 (October to December 2025), against a target of 90%. It was 88% in 2024/25, 91% in Q1 and 86% in Q2 (the figures are for each quarter alone). Calls rose by a third in November. The Forum asked for a recovery plan at its next meeting.",
  ["79", "90"], [],
  [(PR, row("CFW-05")),
   (PR, "The Councillor Support Line answered 79 per cent of calls within two minutes in quarter 3, against a standard of 90 per cent, after the number of calls rose by a third in November.")],
  "Quarter columns under a grouped '2025/26' header; CFW-05 is one of the two measures given for the quarter alone.")
q("k005", "which outside body seats are still vacant?", "status_lookup",
  "In the proposed register of outside body appointments for 2026/27 (27 February 2026), one seat was Vacant: OB26-06, the Young Councillors' Network mentoring board (no nomination received by 27 February 2026). A nomination came in afterwards, and on 12 March 2026 the Forum appointed Cllr Jago Pennycuick to it until May 2027, so no seat is now vacant.",
  ["Young Councillors"], [],
  [(RG, ob("OB26-06")), (MI, "Cllr Jago Pennycuick is appointed to the Young Councillors' Network mentoring board (OB26-06) until May 2027")],
  "Status column of a fixed-width table with wrapped cells; the minutes fill the vacancy.")
q("k006", "whats the rating on the reorganisation workload risk?", "status_lookup",
  "Risk CF-R2, reorganisation workload, is scored 4x3=12 (likelihood 4, impact 3), which is amber (8 to 12 is amber). Risk: councillors in areas going through local government reorganisation have less time for Forum activities in 2026, so attendance and roadshow numbers fall. Owner: Leontine Coldicott. Controls: online roadshow sessions and transition support for councillors (CFW-06).",
  ["12", "amber"], [],
  [(PR, run(PR, "CF-R2 Reorganisation workload", 2))],
  "Risks are paragraphs with inline bold labels, score written '4x3=12'.")
q("k007", "which budget lines are overspent at m10?", "status_lookup",
  "Two lines of the Forum's 2025/26 budget are forecast to overspend at 31 January 2026 (shown in brackets): the Councillor Support Line contract, forecast £144,000 against a revised budget of £132,000 – (£12,000); and the WardDesk casework app licences, forecast £91,300 against £85,000 – (£6,300). Overall the budget of £478,000 is forecast to underspend by £12,600.",
  ["Support Line", "WardDesk"], [],
  [(BU, bud("Councillor Support Line contract")), (BU, bud("WardDesk casework app licences"))],
  "Overspends are negative variances in brackets; 'm10' is not used by the page (it says month 10).")

# ---------------------------------------------------------------- table_lookup (7)
q("k008", "whats the Q2 figure for the scrutiny masterclass measure", "table_lookup",
  "41. CFW-04, scrutiny chairs attending a scrutiny masterclass (lead Cllr Mortlock), was 41 at quarter 2 of 2025/26 (cumulative for the year to date); it was 18 at Q1 and 77 at Q3, against a target of 100 (96 in 2024/25). Status G (on track).",
  ["41"], [],
  [(PR, row("CFW-04"))],
  "Needs the second header row (Q1 | Q2 | Q3 under '2025/26'); the table is drawn column by column.")
q("k009", "how much has the forum spent on the support line so far this yr", "table_lookup",
  "£118,900 to 31 January 2026. The Councillor Support Line contract has a revised budget of £132,000 for 2025/26 (original £120,000) and is forecast to cost £144,000, an overspend of £12,000.",
  ["118,900"], [],
  [(BU, bud("Councillor Support Line contract"))],
  "Column 'To 31 January 2026' under the colspan heading 'Spend'.")
q("k010", "who's our rep on the digital councillor standards board + when does their term end", "table_lookup",
  "Cllr Kamal Varsani-Webb (Labour, Sandwell Metropolitan Borough Council) represents the Forum on the Digital Councillor Standards Board (OB26-03, one seat). He is reappointed for 2026/27 and his term ends in Mar 2027 (terms end on the last day of the month shown, so 31 March 2027). He gave a written report to the Forum on 12 March 2026.",
  ["Varsani-Webb", "2027"], [],
  [(RG, ob("OB26-03")), (AG, "Digital Councillor Standards Board | Cllr Kamal Varsani-Webb | Written report")],
  "Fixed-width register row with a wrapped body name.")
q("k011", "target for the councillor-officer protocol measure and where is it now", "table_lookup",
  "CFW-10, councils using the model councillor-officer protocol: the target for 2025/26 is 90; at quarter 3 (31 December 2025) it was 61 (55 in 2024/25, 58 at Q1, 60 at Q2). It is R, off track – only one more council adopted the protocol in the quarter. Lead member Cllr Quarendon.",
  ["90", "61"], [],
  [(PR, row("CFW-10"))],
  "Target column comes after the three quarter columns.")
q("k012", "revised budget for reorganisation transition support?", "table_lookup",
  "£75,000 (the original budget for 2025/26 was £60,000). Spend to 31 January 2026 is £52,300 and the forecast outturn £70,500, an underspend of £4,500.",
  ["75,000"], [],
  [(BU, bud("Reorganisation transition support"))],
  "'Revised' is the second column under the colspan heading 'Budget 2025/26'.")
q("k013", "what region does cllr pennycuick sit for on the forum, and which party", "table_lookup",
  "North West. Cllr Jago Pennycuick (Westmorland and Furness Council) is a Liberal Democrat (LD) member of the Councillors' Forum for the North West, with Cllr Ruairi Mallender and Cllr Gwendolen Starkie.",
  ["North West"], [],
  [(AG, ln(AG, "North West | Cllr Ruairi Mallender")), (AG, cont(AG, "Cllr Jago Pennycuick")),
   (AG, "LD – Liberal Democrat")],
  "The Region cell is vertically merged over three rows; his row has an empty first cell. Group abbreviation resolved by the key under the table.")
q("k014", "how many seats do we have on the reorganisation transition group and who's on it", "table_lookup",
  "Three seats. The Forum's appointees to the Local Government Reorganisation Transition Group (councillor seats) (OB26-08, a new body) are Cllr Evander Cordiner, Cllr Gwendolen Starkie and Cllr Ruairi Mallender, with terms ending in Mar 2027.",
  ["Cordiner", "Starkie", "Mallender"], [],
  [(RG, ob("OB26-08"))],
  "Body name wrapped over three physical lines, one appointee per line.")

# ---------------------------------------------------------------- people_roles (6)
q("k015", "whos the chair of the councillors forum these days?", "people_roles",
  "Cllr Clementine Tolputt (Labour, Durham County Council) is Chair of the Councillors' Forum for 2025/26; she chaired the meeting of 12 March 2026. The Vice-Chair is Cllr Wendell Fenwicke-Latch.",
  ["Tolputt"], [],
  [(AG, ln(AG, "Chair | Cllr Clementine Tolputt")), (AG, ln(AG, "North East | Cllr Clementine Tolputt"))],
  "Forum officers table; council from the membership table.")
q("k016", "deputy chairs of the forum pls", "people_roles",
  "The two Deputy Chairs for 2025/26 are Cllr Anoushka Ramasundaram (Liberal Democrat, London Borough of Sutton) and Cllr Evander Cordiner (Independent, Ashfield District Council).",
  ["Ramasundaram", "Cordiner"], [],
  [(AG, ln(AG, "Deputy Chairs | Cllr Anoushka Ramasundaram")), (AG, cont(AG, "Cllr Evander Cordiner"))],
  "'Deputy Chairs' is one cell merged over two rows; the second deputy's row has no role cell.")
q("k017", "who sent apols to the 12 march forum?", "people_roles",
  "Cllr Jerome Villiers-Stott and Cllr Seraphina Harroway gave apologies. Three more members were absent and sent substitutes: Cllr Ursula Blanchflower (Cllr Rufus Ormesher attended), Cllr Delphine Aucott (Cllr Mireille Gamlin) and Cllr Isadora Trewhella (Cllr Cosmo Dunsford).",
  ["Villiers-Stott", "Harroway"], [],
  [(MI, run(MI, "Apologies", 3)), (MI, run(MI, "Substitutes", 4))],
  "Markdown minutes: bold pseudo-headings with bullet lists.")
q("k018", "who subbed for who at the march forum meeting", "people_roles",
  "Three substitutes attended on 12 March 2026: Cllr Rufus Ormesher for Cllr Ursula Blanchflower, Cllr Mireille Gamlin for Cllr Delphine Aucott, and Cllr Cosmo Dunsford for Cllr Isadora Trewhella (his first Forum meeting).",
  ["Ormesher", "Blanchflower", "Gamlin", "Aucott", "Dunsford", "Trewhella"], [],
  [(MI, run(MI, "Substitutes", 4))],
  "'X, for Y' pairs in a bullet list.")
q("k019", "contact oficer for the parental leave paper?", "people_roles",
  "Zainab Aalders, Policy Adviser (Councillor Wellbeing) – 020 7946 0128, zainab.aalders@local.gov.uk.",
  ["Aalders"], [],
  [(AG, run(AG, "Name | Zainab Aalders", 4))],
  "The front sheet is a table of labels; the contact officer's details are a table nested in its cell.")
q("k020", "any DOIs declared at the forum on 12/3?", "people_roles",
  "Two. Cllr Niamh Kilbride-Orme declared an interest in item 7 (outside bodies) because she is proposed for the board of trustees of the National Civic Leadership Trust, and took no part in that decision. Cllr Evander Cordiner declared that Ashfield District Council is one of the councils receiving transition support for councillors (item 4); it was not prejudicial and he stayed for the item.",
  ["Kilbride-Orme", "Cordiner"], [],
  [(MI, ln(MI, "Cllr Niamh Kilbride-Orme declared")), (MI, ln(MI, "Cllr Evander Cordiner declared"))],
  "Date written 12/3; 'DOIs' is not used by the papers.")

# ---------------------------------------------------------------- board_paper (6)
q("k021", "what did the forum decide on the roadshows target", "board_paper",
  "On 12 March 2026 the Forum agreed to reduce the 2025/26 target for attendance at regional councillor roadshows (CFW-03) from 1,200 to 1,000 – not to 900 as the quarter 3 report had proposed – and asked for a further two online roadshow sessions before 31 March 2026 (action FA26-01, Grainne Oyelowo). Attendance was 610 at 31 December 2025.",
  ["1,000"], [],
  [(MI, ln(MI, "Decision: The Forum (a) noted progress at quarter 3")),
   (PR, ln(PR, "(b) agrees to reduce the 2025/26 target"))],
  "The decision differs from the paper's recommendation.")
q("k022", "brief me on the parental leave model policy paper", "board_paper",
  "Item 6 for 12 March 2026 (contact Zainab Aalders) proposes a model parental leave policy that councils can adopt for councillors, who are not employees and have no statutory right to parental leave. 170 councils had their own policy at 31 December 2025 (142 in 2024/25; target 200). Without one, a councillor can be disqualified under the six-month attendance rule. Model: up to 26 weeks of leave for the main carer after a birth or adoption and up to two weeks for a partner; basic allowance continues in full and a special responsibility allowance for the first 26 weeks; the council agrees the absence will not count under the six-month rule and names a councillor to cover casework. It costs about £1,500, from the publications budget. Recommendations: approve the policy for publication in April 2026 and write to councils without a policy. (The Forum approved it with two changes: kinship carers included, partners up to four weeks.)",
  ["26 weeks", "April"], [],
  [(AG, ln(AG, "Summary | Councillors are not employees")), (AG, ln(AG, "Recommendations | That the Forum:")),
   (AG, ln(AG, "4. A councillor who is the main carer")), (AG, ln(AG, "5. The basic allowance"))],
  "The paper's front sheet is a label table in the Word pack.")
q("k023", "what was decided about the parental leave policy", "board_paper",
  "The Forum approved the model parental leave policy for councillors on 12 March 2026 for publication in April 2026, with two changes: it will also cover kinship carers, and partners will be entitled to up to four weeks of leave rather than two. Officers will write to every council without a policy, inviting it to adopt the model (action FA26-05: after the May elections).",
  ["kinship"], [],
  [(MI, ln(MI, "Decision: The Forum approved the model parental leave policy")), (MI, act("FA26-05"))],
  "Decision in a blockquote in the markdown minutes; amends the paper.")
q("k024", "whats the budget paper asking the forum to agree", "board_paper",
  "The budget monitoring report (item 5, Ezra Wintringham) asks the Forum to note the forecast outturn for 2025/26 (an underspend of £12,600 on £478,000) and to agree a virement of £18,300 from the regional councillor roadshows line: £12,000 to the Councillor Support Line contract and £6,300 to the WardDesk casework app licences (Table 2). After it, the roadshows line would still underspend by £5,100 and no line would overspend.",
  ["18,300"], [],
  [(BU, ln(BU, "agrees a virement of £18,300")), (BU, ln(BU, "notes the forecast outturn"))],
  "Recommendations are an <ol> whose numbers are drawn by the browser.")
q("k025", "what did the chair say in her update at the march meeting", "board_paper",
  "Cllr Tolputt reported that she met the Minister for Local Government on 26 February 2026 to press for councillors to be allowed to attend council meetings remotely, and the Minister asked to see the Forum's survey results; that the first online roadshow session, on 5 March 2026, was joined by 38 councillors from eleven councils, more than any single regional roadshow this year; and that the Forum's annual conference will be in Harrogate on 22 October 2026. She thanked Cllr Villiers-Stott for eight years on the Forum.",
  ["38", "Harrogate"], [],
  [(MI, ln(MI, "The Chair reported that she had met the Minister"))],
  "Prose with figures inside sentences (one written in words).")
q("k026", "why is the support line off track?", "board_paper",
  "Calls to the Councillor Support Line rose by a third in November, and only 79% of calls were answered within two minutes in quarter 3, against a standard of 90% (CFW-05, R). Extra call handlers have been used at peak times since January, so the contract is forecast to cost £144,000, £12,000 over its revised budget. The risk (CF-R1, Support Line demand) is scored 4x4=16, red. The Forum agreed a £12,000 virement to the contract and asked for a recovery plan at its next meeting.",
  ["79", "November"], [],
  [(PR, "The Councillor Support Line answered 79 per cent of calls within two minutes in quarter 3, against a standard of 90 per cent, after the number of calls rose by a third in November."),
   (BU, ln(BU, "The Councillor Support Line contract is forecast to cost")), (PR, run(PR, "CF-R1 Support Line demand", 2))],
  "The reason is spread over the progress report and the budget page.")

# ---------------------------------------------------------------- fact (5)
q("k027", "total forecast underspend on the forum budget this year?", "fact",
  "£12,600. The Forum's 2025/26 budget of £478,000 is forecast to cost £465,400 (spend to 31 January 2026: £378,350), even though the Support Line contract (£12,000) and WardDesk licences (£6,300) are forecast to overspend.",
  ["12,600"], [],
  [(BU, ln(BU, "Total |")), (BU, "The budget of £478,000 is forecast to be underspent by £12,600.")],
  "Total row in <tfoot>.")
q("k028", "how many responses did the remote attendance survey get", "fact",
  "2,207. The survey of councillors on remote attendance at council meetings (CFW-08) closed on 9 January 2026 with 2,207 responses, 293 short of the target of 2,500 (the Q3 figure at 31 December 2025 was 2,041).",
  ["2,207"], [],
  [(PR, ln(PR, "4. The survey of councillors on remote attendance"))],
  "The final figure is in the text, not the table (Q3 column shows 2,041).")
q("k029", "whats the highest scoring risk on the forum work programme", "fact",
  "CF-R1, Support Line demand: likelihood 4 x impact 4 = 16, red (15 or more is red). Owner Zainab Aalders. The others are CF-R2 reorganisation workload (4x3=12, amber), CF-R3 WardDesk licence costs (3x3=9, amber) and CF-R4 Forum membership after the May 2026 elections (3x2=6, green).",
  ["CF-R1", "16"], [],
  [(PR, run(PR, "CF-R1 Support Line demand", 2)), (PR, ln(PR, "Each risk is scored from 1 to 5"))],
  "Comparison over scores written inside paragraphs.")
q("k030", "how many london members on the forum and who", "fact",
  "Two: Cllr Anoushka Ramasundaram (Liberal Democrat, London Borough of Sutton), who is also a Deputy Chair, and Cllr Niamh Kilbride-Orme (Labour, London Borough of Lewisham).",
  ["Ramasundaram", "Kilbride-Orme"], [],
  [(AG, ln(AG, "London | Cllr Anoushka Ramasundaram")), (AG, cont(AG, "Cllr Niamh Kilbride-Orme"))],
  "Counting the rows under a vertically merged Region cell.")
q("k031", "how many outside body seats does the forum fill in total?", "fact",
  "15 seats on 12 outside bodies. The proposed register for 2026/27 had 14 filled and 1 vacant (the Young Councillors' Network mentoring board); the Forum filled that seat on 12 March 2026 with Cllr Jago Pennycuick.",
  ["15"], [],
  [(RG, ln(RG, "4. Summary:"))],
  "The total is in note 4 of the register; can also be added up from the Seats column.")

# ---------------------------------------------------------------- cross_document (5)
q("k032", "when are the 26/27 work programme targets coming to the forum?", "cross_document",
  "At the October meeting: action FA26-09 from 12 March 2026 asks Sidonie Aspinwall to propose the work programme measures and targets for 2026/27 to the 'October meeting', which the agenda pack's dates of meetings for 2026/27 give as Thursday 8 October 2026.",
  ["8 October"], [],
  [(MI, act("FA26-09")), (AG, "Thursday 8 October 2026")],
  "Relative deadline in the minutes' actions table, resolved by the date list in the Word agenda pack.")
q("k033", "when will the remote attendance survey report come to the forum?", "cross_document",
  "Thursday 2 July 2026. The quarter 3 report said the survey report would come on 18 June 2026, but the minutes' action FA26-07 puts it at the next meeting, and on 12 March 2026 the Forum moved its next meeting from 18 June 2026 to 2 July 2026.",
  ["2 July"], [],
  [(PR, ln(PR, "4. The survey of councillors on remote attendance")), (MI, act("FA26-07")),
   (MI, ln(MI, "The Forum agreed to move its next meeting"))],
  "A date in one paper changed by a decision recorded in another.")
q("k034", "who's on the civic heritage fund committee now & which council are they from", "cross_document",
  "Cllr Anwen Lloyd-Harcourt (Conservative, Worcestershire County Council, West Midlands). The proposed register had Cllr Jerome Villiers-Stott reappointed to the Civic Heritage Fund advisory committee (OB26-07) to Mar 2027, but he will not stand again in May 2026, and on 12 March 2026 the Forum appointed Cllr Lloyd-Harcourt in his place from 1 April 2026.",
  ["Lloyd-Harcourt", "Worcestershire"], [],
  [(RG, ob("OB26-07")), (MI, ln(MI, "Decision: The Forum approved the appointments in the register")),
   (AG, ln(AG, "West Midlands | Cllr Anwen Lloyd-Harcourt"))],
  "Register -> minutes change -> membership table for the council.")
q("k035", "how much extra is the support line getting after the virement, and did warddesk get its bit?", "cross_document",
  "The Support Line gets £12,000, but WardDesk does not get its £6,300. The budget paper proposed a virement of £18,300 from the regional councillor roadshows line (£12,000 to the Councillor Support Line contract, £6,300 to the WardDesk casework app licences). On 12 March 2026 the Forum agreed only the £12,000 for the Support Line and asked officers to meet the WardDesk overspend by reclaiming unused licences from councils (action FA26-03, within four weeks).",
  ["12,000", "6,300"], [],
  [(BU, ln(BU, "agrees a virement of £18,300")), (BU, ln(BU, "Regional councillor roadshows | WardDesk")),
   (MI, ln(MI, "Decision: The Forum noted the forecast outturn and agreed a virement"))],
  "The decision agrees only part of the paper's recommendation.")
q("k036", "the rural councillors network update - did it happen at the march mtg? when's it now", "cross_document",
  "No. The agenda had an oral update from Cllr Ursula Blanchflower, the Forum's representative on the Rural Councillors' Network executive, under item 8, but she was not present (Cllr Rufus Ormesher substituted for her), so it was deferred to the next meeting (action FA26-08), which the Forum moved from 18 June to Thursday 2 July 2026.",
  ["Blanchflower", "2 July"], [],
  [(AG, "Rural Councillors' Network executive | Cllr Ursula Blanchflower | Oral update"),
   (MI, ln(MI, "Members noted the written reports")), (MI, act("FA26-08")),
   (MI, ln(MI, "The Forum agreed to move its next meeting"))],
  "Nested agenda table + minutes + the moved meeting date.")

# ---------------------------------------------------------------- unanswerable (4)
q("k037", "what % of support line calls were answered within 2 mins in Q4?", "unanswerable",
  "The papers don't give a quarter 4 figure. The latest is quarter 3 2025/26 (October to December 2025): 79% of calls answered within two minutes against a target of 90%.",
  [], [], [],
  "Only Q1-Q3 are reported.")
q("k038", "how many calls did the councillor support line get in november?", "unanswerable",
  "The papers don't give the number of calls. They say only that calls rose by a third in November 2025.",
  [], [], [],
  "A relative change without the count.")
q("k039", "whats the forum's budget for 26/27?", "unanswerable",
  "The papers don't say. They cover only 2025/26, whose budget is £478,000 (forecast outturn £465,400).",
  [], [], [],
  "Next year's budget is not in the papers.")
q("k040", "how much does a warddesk licence cost per councillor?", "unanswerable",
  "The papers don't give a price per licence. The budget page shows only the total for WardDesk casework app licences: £85,000 budgeted for 2025/26 and £91,300 forecast.",
  [], [], [],
  "Tempting to divide the total by the 4,120 users.")

assert len(G) == 40 and [g["id"] for g in G] == [f"k{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
