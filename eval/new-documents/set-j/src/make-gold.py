# Writes ../gold.jsonl (the 40 questions of set J with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole table rows and whole lines are taken from the rendering by the helper `ln` (which fails if the
# line is missing or not unique); shorter quotes are written out. A quote that runs over several lines of a
# rendering (a run of forward-plan fields, a list of sub-resolutions) is written with single spaces where the
# rendering has line breaks.
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SC = "democracy-elections-board-scorecard-2025-26-h1.pdf"
AL = "democracy-elections-board-actions-log-2025-11.docx"
DC = "democracy-elections-board-decisions-2025-11-27.html"
FP = "democracy-elections-board-forward-plan-2025-11.txt"
CF = "candidate-diversity-fund-allocations-2025-26.md"
TEXT = {}
for d in (SC, AL, DC, FP, CF):
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


G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


row = lambda ref: ln(SC, ref + " |")
act = lambda no: ln(AL, no + " |")
staff = lambda post: ln(AL, post + " |")
alloc = lambda council: ln(CF, council + " |")

# ---------------- status_lookup (7)
q("j001", "which LDEB indicators are off track at half year?", "status_lookup",
  "Three of the twelve indicators on the Local Democracy and Elections Board's half-year scorecard 2025/26 (position at 30 September 2025) are Off track: LDE-03, enquiries to the Stand Local campaign (4,210 against a target of 9,000, down from 5,860 at the same point last year, ▼ Worsening); LDE-05, councillors reporting abuse or intimidation in the previous 12 months (68% against a target of 60%, where lower is better, up from 64%, ▼ Worsening); and LDE-11, councillors aged under 45 (21.4% provisional against a target of 25%, ► No change from 21.6%).",
  ["LDE-03", "LDE-05", "LDE-11"], ["LDE-02", "LDE-07"],
  [(SC, row("LDE-03")), (SC, row("LDE-05")), (SC, row("LDE-11")),
   (SC, "The three indicators off track are enquiries to the Stand Local campaign (LDE-03), councillors reporting abuse or intimidation (LDE-05) and the share of councillors aged under 45 (LDE-11).")],
  "Status is the last column of a full-width table in a two-column PDF; the headlines paragraph (left column, page 1) also names them. 'LDEB' is not used by the papers.")
q("j002", "anything 'at risk' on the democracy board scorecard?", "status_lookup",
  "Yes, four indicators are At risk at 30 September 2025: LDE-02, councils with a published candidate diversity action plan (118 against a target of 150); LDE-07, councils paid elections new burdens funding by the due date (92% against 100%); LDE-10, councils running a youth council or young mayor scheme (149 against 180); and LDE-12, councils accredited under the member development charter (22 against 40). Three more are Off track (LDE-03, LDE-05, LDE-11).",
  ["LDE-02", "LDE-07", "LDE-10", "LDE-12"], [],
  [(SC, row("LDE-02")), (SC, row("LDE-07")), (SC, row("LDE-10")), (SC, row("LDE-12"))],
  "Status words (On track / At risk / Off track), not RAG colours; the exception commentary after the table also marks each with '(At risk)'.")
q("j003", "which actions are overdue on the democracy board action log + whos on them", "status_lookup",
  "Two actions are Overdue in the actions and decisions log (updated 18 November 2025): A25-04, commission an independent evaluation of the Stand Local campaign's 2024/25 digital adverts – owner the Campaigns Manager (Stand Local), Lysander Adebowale-Nyhan; it was due at the end of October 2025 and was held up by the pause in paid advertising (the log proposed 16 January 2026; the Board set 30 January 2026 on 27 November); and A25-08, send members a breakdown by region of the councils that have published a candidate diversity action plan – owner the Senior Adviser (Candidate Diversity), Yetunde Oyebanji-Holm; due 24 October, now to be sent by 5 December 2025.",
  ["A25-04", "A25-08", "Adebowale-Nyhan", "Oyebanji-Holm"], ["A25-09", "A25-10"],
  [(AL, act("A25-04")), (AL, act("A25-08")), (AL, staff("Campaigns Manager (Stand Local)")), (AL, staff("Senior Adviser (Candidate Diversity)"))],
  "Owners are job titles only; the names come from the 'Who holds each post' table in section 4 of the same Word file.")
q("j004", "what actions are still open on the LDEB log? not the overdue ones", "status_lookup",
  "Four actions are Open in the log of 18 November 2025: A25-06, bring refreshed personal safety guidance for councillors to the November meeting (Policy Adviser (Councillor Safety), Marigold Brightwell-Nunn; due 27 Nov 2025 – it was item 5 on 27 November); A25-09, a briefing for members on AI-generated disinformation at elections (Head of Elections Policy, Caoimhe Castellane; due Jan 2026); A25-10, a joint survey with the Association of Electoral Administrators on the cost of the May 2026 elections (Senior Adviser (Electoral Funding), Lachlan Rathmore; due 19 Dec 2025, opens 1 December); and A25-13, the number of youth council and young mayor schemes in each region (Policy Adviser (Youth Democracy), Kwesi Trefusis; due 27/11/25).",
  ["A25-06", "A25-09", "A25-10", "A25-13"], [],
  [(AL, act("A25-06")), (AL, act("A25-09")), (AL, act("A25-10")), (AL, act("A25-13"))],
  "Status cell is the last of six columns; Open is distinct from Overdue (A25-04, A25-08).")
q("j005", "which scorecard measures are getting worse v last yr", "status_lookup",
  "Three indicators have a direction of travel of ▼ Worsening against the same point in 2024/25: LDE-03, Stand Local campaign enquiries (5,860 down to 4,210); LDE-05, councillors reporting abuse or intimidation (64% up to 68%, where lower is better); and LDE-07, councils paid elections new burdens funding by the due date (100% down to 92%). LDE-10 (151 to 149) and LDE-11 (21.6% to 21.4%) moved by less than 2 per cent and are shown as ► No change.",
  ["LDE-03", "LDE-05", "LDE-07"], [],
  [(SC, row("LDE-03")), (SC, row("LDE-05")), (SC, row("LDE-07")),
   (SC, "Compared with the same point last year, six indicators are improving, three are worsening and three show no change.")],
  "Direction of travel is an arrow glyph plus a word; LDE-05 has 'Lower is better' polarity, so a rise is worsening; small falls (LDE-10, LDE-11) are 'No change'.")
q("j006", "is the youth council indicator ok? numbers look pretty flat", "status_lookup",
  "It is At risk. LDE-10, councils running a youth council or young mayor scheme, stood at 149 at 30 September 2025 against a target of 180; it was 151 at the same point last year, so the direction of travel is ► No change (a move of less than 2 per cent). Three councils closed their schemes to save money and one new scheme started. Lead officer: Kwesi Trefusis; national standards for schemes are due at the Board on 26 March 2026.",
  ["At risk", "149", "180"], [],
  [(SC, row("LDE-10")),
   (SC, "149 councils run a youth council or young mayor scheme, two fewer than a year ago: three councils closed their schemes to save money and one new scheme started.")],
  "Flat direction ('No change') but status At risk: two different columns.")
q("j007", "whats happened to the postal vote costs survey action", "status_lookup",
  "It was superseded. A25-07 (survey councils on the cost of handling postal votes; owner the Senior Adviser (Electoral Funding), Lachlan Rathmore; due 31/10/2025) is marked Superseded in the log because it has been replaced by the joint survey with the Association of Electoral Administrators on the cost of the May 2026 elections (A25-10, opening on 1 December 2025). On 27 November 2025 the Board resolved that A25-07 and A25-11 be closed as superseded.",
  ["Superseded", "A25-10"], [],
  [(AL, act("A25-07")), (DC, "actions A25-07 and A25-11 be closed as superseded; and")],
  "Referenced by description, not ID; the closure is in the decisions page (item 2).")

# ---------------- table_lookup (7)
q("j008", "who's got the AI disinformation briefing action and when's it due", "table_lookup",
  "A25-09 (arrange a briefing session for members on AI-generated disinformation at elections, agreed on 25 September 2025) belongs to the Head of Elections Policy, Caoimhe Castellane (020 7946 0318). It is due in Jan 2026 (January 2026) and is Open; the date is being agreed with the Chair.",
  ["Castellane", "2026"], [],
  [(AL, act("A25-09")), (AL, staff("Head of Elections Policy"))],
  "Owner given as a post; name only in the staff table. Due date written 'Jan 2026'.")
q("j009", "target for the induction e-learning indicator + where are we now", "table_lookup",
  "LDE-04, new councillors completing the induction e-learning within six months of election: the target for 2025/26 is 75%; the actual at 30 September 2025 is 78% (71% at the same point in 2024/25), ▲ Improving and On track.",
  ["75", "78"], [],
  [(SC, row("LDE-04"))],
  "Target, last year and actual are adjacent percentage columns.")
q("j010", "how much is newham getting from the diversity fund?", "table_lookup",
  "The London Borough of Newham's proposed allocation from the Councillor Candidate Diversity Fund for 2025/26 is £45,000, up £9,500 on 2024/25. It is the largest allocation and the maximum (the £20,000 base grant plus the full £25,000 top-up), because all of Newham's seats are up for election in May 2026. The Board agreed the allocations on 27 November 2025; Cllr Adaeze Onwuachi-Brook declared an interest and left the room for the item.",
  ["45,000"], [],
  [(CF, alloc("London Borough of Newham")), (CF, ln(CF, "London Borough of Newham receives"))],
  "Markdown pipe table.")
q("j011", "lead officer on the youth democracy standards decision, and when's that happening", "table_lookup",
  "Kwesi Trefusis, Policy Adviser (Youth Democracy) (kwesi.trefusis@local.gov.uk, 020 7946 0488). The forward plan (KD 25/20, 'Youth democracy schemes: national standards') has the decision taken by the Local Democracy and Elections Board on 26 March 2026; it is not exempt.",
  ["Trefusis", "26 March"], [],
  [(FP, run(FP, "Title: Youth democracy schemes", 4))],
  "Repeating labelled blocks in a hard-wrapped text file.")
q("j012", "when's the stand local ad contract decision and is it exempt?", "table_lookup",
  "KD 25/16, 'Stand Local campaign: digital advertising contract 2026/27', is to be decided on 15 January 2026 by the Director, Local Democracy, after consulting the Chair of the Board. It is exempt: Yes – the report contains the prices of the bids, which are commercially sensitive. The contract is worth up to £150,000; lead officer Lysander Adebowale-Nyhan.",
  ["15 January", "exempt"], [],
  [(FP, run(FP, "Title: Stand Local campaign", 6))],
  "The decision maker is not the Board; the Exempt field carries a reason after the dash.")
q("j013", "LDE-08 numbers? is lower better on that one", "table_lookup",
  "Yes – LDE-08, the average working days to answer electoral administration queries from councils, is 'Lower is better'. The target for 2025/26 is 5 days; the actual at 30 September 2025 is 4.5 days, the same as at the same point in 2024/25 (4.5 days), so the direction is ► No change and the status On track.",
  ["4.5", "lower"], [],
  [(SC, row("LDE-08"))],
  "Polarity column.")
q("j014", "shropshire's allocation this yr and why did it go down", "table_lookup",
  "Shropshire Council (West Midlands) is allocated £26,500 for 2025/26, £8,500 less than in 2024/25. Its 2024/25 allocation included a one-off £8,500 for translating campaign materials (footnote 3 of Table 1).",
  ["26,500", "8,500"], [],
  [(CF, alloc("Shropshire Council")), (CF, ln(CF, "[^3]:"))],
  "Footnote marker in a table cell; the reason is only in the footnote.")

# ---------------- people_roles (6)
q("j015", "who sent apols to the 27 nov democracy board?", "people_roles",
  "Two members gave apologies: Cllr Hyacinth Mavrogordato (Deputy Chair) and Cllr Leofric Hambledon-Shaw. Two more sent substitutes – Cllr Fintan Ruddlesden (Cllr Godfrey Ilsley attended) and Cllr Tegwen Trevaskis (Cllr Idris Maelor-Jones attended) – and Cllr Jessamy Threlkeld is recorded as Absent.",
  ["Mavrogordato", "Hambledon-Shaw"], [],
  [(DC, ln(DC, "Councillor Hyacinth Mavrogordato |")), (DC, ln(DC, "Councillor Leofric Hambledon-Shaw |"))],
  "Attendance column distinguishes Apologies, Sent substitute and Absent.")
q("j016", "who subbed at LDEB in nov and for who", "people_roles",
  "Two substitutes attended the meeting of 27 November 2025: Cllr Godfrey Ilsley, substitute for Cllr Fintan Ruddlesden, and Cllr Idris Maelor-Jones, substitute for Cllr Tegwen Trevaskis.",
  ["Ilsley", "Ruddlesden", "Maelor-Jones", "Trevaskis"], [],
  [(DC, ln(DC, "Councillor Godfrey Ilsley |")), (DC, ln(DC, "Councillor Idris Maelor-Jones |"))],
  "The substitute relation is in the Role column ('Substitute for Councillor …').")
q("j017", "who chairs the local democracy & elections board, what council are they", "people_roles",
  "Cllr Verity Quarrington of Herefordshire Council chairs the Local Democracy and Elections Board; she chaired the meeting of 27 November 2025.",
  ["Quarrington", "Herefordshire"], [],
  [(FP, "Chair: Cllr Verity Quarrington (Herefordshire Council)"), (DC, ln(DC, "Councillor Verity Quarrington |"))],
  "The council is given only in the forward plan's heading block.")
q("j018", "deputy chairs on the democracy board?", "people_roles",
  "The two Deputy Chairs are Cllr Thaddeus Vanstone and Cllr Hyacinth Mavrogordato (who gave apologies for 27 November 2025). The Vice-Chair is Cllr Philomena Brocklehurst.",
  ["Vanstone", "Mavrogordato"], [],
  [(DC, ln(DC, "Councillor Thaddeus Vanstone |")), (DC, ln(DC, "Councillor Hyacinth Mavrogordato |"))],
  "Roles in the attendance table; Vice-Chair is a different role.")
q("j019", "who's lead member for elections?", "people_roles",
  "Cllr Eamonn Fitzwarren (Kent County Council) is the Board's lead member for elections; the Board appointed him on 17 July 2025. (Cllr Saanvi Wadhwa-Ellis is lead member for councillor diversity and development.)",
  ["Fitzwarren"], [],
  [(SC, ln(SC, "Cllr Eamonn Fitzwarren (Kent County Council) is the lead member")), (AL, ln(AL, "3.1 "))],
  "In the scorecard's two-column front sheet and in the log's decisions section.")
q("j020", "any declarations of interest at the nov board?", "people_roles",
  "Yes, three at the meeting of 27 November 2025: Cllr Adaeze Onwuachi-Brook on item 4 (Candidate Diversity Fund allocations), as chair of the Newham Democracy Commission, which would run the work paid for by Newham's allocation – she left the room and did not vote; Cllr Idris Maelor-Jones on item 4, as a member of Shropshire Council, which is proposed for an allocation – he stayed and voted; and Cllr Eamonn Fitzwarren on item 6 (elections new burdens funding), because his partner works in electoral services at Maidstone Borough Council – he stayed in the meeting.",
  ["Onwuachi-Brook", "Maelor-Jones", "Fitzwarren"], [],
  [(DC, ln(DC, "Councillor Adaeze Onwuachi-Brook declared")), (DC, ln(DC, "Councillor Idris Maelor-Jones declared")), (DC, ln(DC, "Councillor Eamonn Fitzwarren declared"))],
  "Declarations section as a list.")

# ---------------- board_paper (6)
q("j021", "what did they resolve on the diversity fund allocations?", "board_paper",
  "On 27 November 2025 (item 4) the Board resolved that (a) the allocations to twelve councils totalling £384,000 in Table 1 of the paper be agreed, except that the £24,000 for Peterborough City Council be paid only once the council has published its candidate diversity action plan; and (b) the £16,000 not allocated be held in reserve for councils that publish a candidate diversity action plan before 31 January 2026. Cllr Adaeze Onwuachi-Brook left the room for the item.",
  ["384,000", "Peterborough", "16,000"], [],
  [(DC, run(DC, "the allocations to twelve councils", 2))],
  "The Peterborough condition is added by the Board; the paper recommended the allocations without it.")
q("j022", "what did the board decide on the half yr scorecard", "board_paper",
  "On 27 November 2025 (item 3) the Board noted performance against the twelve indicators at 30 September 2025, asked for a recovery plan for the Stand Local campaign (LDE-03) to come to its meeting on 5 February 2026, and said it will review the target for LDE-11 (councillors aged under 45) when the full Councillor Census 2025 results are published in January 2026. Members also asked for the census results on abuse and intimidation to be broken down by gender and type of council.",
  ["LDE-03", "5 February", "LDE-11"], [],
  [(DC, run(DC, "notes performance against the twelve indicators", 3))],
  "Sub-resolutions are items of a nested <ol type=a>, letters not in the text.")
q("j023", "brief me on the candidate diversity fund", "board_paper",
  "The Councillor Candidate Diversity Fund pays councils for outreach to groups under-represented among councillors (younger people, disabled people, people from ethnic minority backgrounds, people in work). It was first paid in 2024/25, when twelve councils shared £368,000. For 2025/26 the fund is £400,000: on 25 September 2025 the Board agreed that only councils with a published candidate diversity action plan qualify, with a £20,000 base grant plus up to £25,000 depending on seats at the next elections. 23 councils applied; on 27 November 2025 the Board agreed £384,000 for twelve councils (largest: Newham £45,000), with Peterborough's £24,000 held until it publishes its plan, and £16,000 in reserve for councils that publish a plan before 31 January 2026. Grants are paid 60% in December 2025 and the rest in March 2026; councils report by 30 June 2026 and the 2026/27 criteria come to the Board on 9 July 2026. Lead officer: Yetunde Oyebanji-Holm.",
  ["400,000", "384,000", "16,000"], [],
  [(CF, ln(CF, "This paper proposes how")), (CF, ln(CF, "On 25 September 2025 the Board agreed the criteria")),
   (DC, run(DC, "the allocations to twelve councils", 2))],
  "Briefing across the markdown paper and the decision.")
q("j024", "whats the recomendation in the actions log paper", "board_paper",
  "The actions and decisions log (item 2, 27 November 2025) recommends that the Board: (a) notes progress on the actions in the log; (b) agrees that actions A25-07 (postal vote cost survey) and A25-11 (digital skills indicator) are closed as superseded; and (c) agrees a new due date of 16 January 2026 for action A25-04 (the Stand Local adverts evaluation). The Board agreed (a) and (b) but set 30 January 2026 for A25-04.",
  ["A25-07", "A25-11", "16 January"], [],
  [(AL, run(AL, "That the Board:", 4))],
  "Recommendation drawn as bordered, shaded paragraphs in the Word file, not a table.")
q("j025", "brief me on the councillor safety stuff pls", "board_paper",
  "Abuse of councillors is getting worse: LDE-05 is Off track – 68% of councillors answering the Councillor Census 2025 reported abuse or intimidation in the previous 12 months, up from 64% (target 60%, lower is better), mostly online. On the other hand LDE-06 is On track: 231 councils now have a named personal safety lead for councillors (174 a year ago; target 250). On 27 November 2025 the Board approved the refreshed personal safety guidance for councillors (lead officer Marigold Brightwell-Nunn) for publication in January 2026, subject to final changes agreed by the Chair and Cllr Saanvi Wadhwa-Ellis, and members asked for the census abuse results by gender and type of council.",
  ["68", "231", "January 2026"], [],
  [(SC, row("LDE-05")), (SC, row("LDE-06")),
   (DC, ln(DC, "RESOLVED that the refreshed guidance be approved"))],
  "Briefing across the scorecard table, its commentary and the decision.")
q("j026", "why is stand local off track", "board_paper",
  "LDE-03 (enquiries to the Stand Local campaign) had 4,210 enquiries in the first half of 2025/26 against a target of 9,000 for the year, down from 5,860 at the same point last year. The paid social media adverts were paused from June to August 2025 while the advertising contract was retendered. Lead officer Lysander Adebowale-Nyhan; the Board asked for a recovery plan for its meeting on 5 February 2026.",
  ["4,210", "June", "August"], [],
  [(SC, ln(SC, "There were 4,210 enquiries"))],
  "Explanation in the two-column exception commentary below the table.")

# ---------------- fact (5)
q("j027", "how many councils applied for the diversity fund this time", "fact",
  "23 (twenty-three) councils applied by the closing date of 31 October 2025. Eleven met the criteria in full and one, Peterborough City Council, is expected to meet them shortly; the other eleven had no action plan or have no elections before May 2027.",
  ["23"], [],
  [(CF, ln(CF, "Twenty-three councils applied"))],
  "The number is written in words in the paper.")
q("j028", "how many councils got their new burdens money late?", "fact",
  "26 councils. Of the 317 councils due an elections new burdens payment in the first half of 2025/26, 26 were paid after the due date because the Government confirmed the allocations late; all had been paid by 14 October 2025. That is why LDE-07 is 92% against a target of 100% (At risk, ▼ Worsening from 100%).",
  ["26", "317"], [],
  [(SC, ln(SC, "Of the 317 councils"))],
  "Counts in the exception commentary, percentage in the table.")
q("j029", "whats the total in the diversity fund allocations table + change on last yr", "fact",
  "£384,000 to twelve councils, +£16,000 on 2024/25, when £368,000 was allocated (including £40,000 for Stoke-on-Trent City Council and Torbay Council, whose two-year grants ended in March 2025). The other £16,000 of the £400,000 fund is held in reserve.",
  ["384,000", "16,000", "368,000"], [],
  [(CF, ln(CF, "Total |")), (CF, ln(CF, "[^4]:"))],
  "Total row with a footnote marker.")
q("j030", "how much in total is going to west midlands councils from the fund?", "fact",
  "£56,500: Shropshire Council £26,500 and Walsall Council £30,000 are the two West Midlands councils in Table 1.",
  ["56,500"], [],
  [(CF, alloc("Shropshire Council")), (CF, alloc("Walsall Council"))],
  "Aggregation over the Region column.")
q("j031", "which council's allocation dropped the most compared to last year", "fact",
  "Shropshire Council: £26,500 for 2025/26, down £8,500, because its 2024/25 allocation included a one-off £8,500 for translating campaign materials. The other reductions are Cornwall (-£5,000), West Sussex (-£3,000) and Oldham (-£2,000). The biggest increase is Newham's (+£9,500).",
  ["Shropshire", "8,500"], [],
  [(CF, alloc("Shropshire Council")), (CF, alloc("Cornwall Council"))],
  "Comparison over the change column, which mixes +£, -£, 'no change' and 'new'.")

# ---------------- cross_document (5)
q("j032", "when is the remuneration evidence going to the board?", "cross_document",
  "26 March 2026. The forward plan of 14 November 2025 lists 'Councillor remuneration: LGA evidence to the independent review panel' (KD 25/17, lead officer Hermione Caradine) for decision by the Board on 5 February 2026, but on 27 November 2025 the Board moved it to 26 March 2026 so that it can take account of the Councillor Census 2025 results.",
  ["26 March"], [],
  [(DC, ln(DC, "RESOLVED that the forward plan be noted")), (FP, run(FP, "Title: Councillor remuneration", 2)), (FP, "Date of decision: 5 February 2026 Lead officer: Hermione Caradine, Director, Local Democracy")],
  "The forward plan's date is superseded by a decision; the block is split by the form feed in the .txt document.")
q("j033", "who owns the overdue regional breakdown of diversity action plans action? were they at the nov meeting", "cross_document",
  "A25-08 (send members a breakdown by region of the councils that have published a candidate diversity action plan) belongs to the Senior Adviser (Candidate Diversity), Yetunde Oyebanji-Holm. It was due on 24 October and is Overdue; the figures are being checked with the regional teams and will be sent by 5 December 2025. Yes, she was at the meeting on 27 November 2025: she is listed among the officers in attendance and introduced item 4.",
  ["Oyebanji-Holm"], [],
  [(AL, act("A25-08")), (AL, staff("Senior Adviser (Candidate Diversity)")), (DC, "Yetunde Oyebanji-Holm – Senior Adviser (Candidate Diversity)")],
  "Post -> name (staff table) -> attendance (HTML officers list).")
q("j034", "whats the new due date for the stand local adverts evaluation?", "cross_document",
  "30 January 2026. Action A25-04 (independent evaluation of the Stand Local campaign's 2024/25 digital adverts) was due at the end of October 2025 and became overdue; the log proposed 16 January 2026, but on 27 November 2025 the Board set 30 January 2026 instead, so that the evaluation can include the autumn adverts.",
  ["30 January"], [],
  [(DC, ln(DC, "the due date for action A25-04")), (AL, act("A25-04"))],
  "The decision overrides the log's proposed date.")
q("j035", "is peterborough actually getting its money?", "cross_document",
  "Not yet. Peterborough City Council (East of England, new to the fund) is allocated £24,000 for 2025/26, but its candidate diversity action plan had been agreed by its cabinet and not yet published on 31 October 2025 (it expects to publish in December 2025). On 27 November 2025 the Board agreed the allocations except that Peterborough's £24,000 will be paid only once the council has published its action plan.",
  ["24,000", "action plan"], [],
  [(CF, alloc("Peterborough City Council [^2]")), (CF, ln(CF, "[^2]:")), (DC, ln(DC, "the allocations to twelve councils"))],
  "Footnote in the paper plus the Board's condition in the decisions page.")
q("j036", "whats coming to the board on 5 feb?", "cross_document",
  "For the meeting of Thursday 5 February 2026: the Board is due to agree the LGA's position on elections new burdens funding for 2026/27 (forward plan KD 25/18, Lachlan Rathmore), and to receive the results of the joint survey with the Association of Electoral Administrators on the cost of the May 2026 elections and a recovery plan for the Stand Local campaign (LDE-03), both asked for on 27 November 2025. The Chair is also due to decide the LGA's member of the elections funding advisory panel that day (KD 25/19, exempt). The councillor remuneration evidence (KD 25/17), listed for 5 February in the forward plan, was moved to 26 March 2026.",
  ["recovery plan", "new burdens", "26 March"], [],
  [(FP, run(FP, "Title: Elections new burdens funding: LGA position", 3)),
   (DC, ln(DC, "asks for a recovery plan for the Stand Local campaign")),
   (DC, ln(DC, "the results of the joint survey")),
   (DC, ln(DC, "RESOLVED that the forward plan be noted"))],
  "Date without year; needs the forward plan and the decisions, including the moved item.")

# ---------------- unanswerable (4)
q("j037", "which council is the vice chair of the democracy board from?", "unanswerable",
  "The papers don't say. The attendance table names Cllr Philomena Brocklehurst as Vice-Chair of the Local Democracy and Elections Board but gives no council for her, and none of the other papers mentions her.",
  [], [], [],
  "Councils are given only for the Chair and the two lead members.")
q("j038", "how much did stoke get from the candidate diversity fund in 24/25?", "unanswerable",
  "The papers don't give Stoke-on-Trent's own figure. Footnote 4 of the allocations paper says only that the £368,000 allocated in 2024/25 included £40,000 for Stoke-on-Trent City Council and Torbay Council together, whose two-year grants ended in March 2025.",
  [], [], [],
  "Tempting to halve the joint £40,000.")
q("j039", "what was the stand local enquiries figure at Q1?", "unanswerable",
  "The papers don't give a quarter 1 figure. The half-year scorecard reports 4,210 enquiries for April to September 2025 (5,860 at the same point last year; target 9,000), with no quarterly split.",
  [], [], [],
  "Only half-year figures exist.")
q("j040", "who won the stand local ad contract for 26/27?", "unanswerable",
  "The papers don't say. The forward plan shows the contract (KD 25/16, worth up to £150,000) is to be awarded by the Director, Local Democracy, on 15 January 2026, after these papers were written, and the report is exempt.",
  [], [], [],
  "A future, exempt decision.")

assert len(G) == 40 and [g["id"] for g in G] == [f"j{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
