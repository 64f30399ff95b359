# Writes ../gold.jsonl (the 40 questions of set N with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole table rows and whole lines are taken from the rendering by the helper `ln` (which fails if the
# line is missing or not unique); a run of consecutive lines by `run` (joined with single spaces); shorter
# quotes are written out and checked by check-gold.mjs. (Adapted from set M's make-gold.py.)
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
BU = "urban-trees-green-spaces-budget-monitoring-2026-08.docx"
BL = "urban-trees-green-spaces-bulletin-2026-11.pdf"
FW = "urban-trees-green-spaces-forward-work-programme-2026-27.html"
AL = "urban-trees-green-spaces-action-log-2026-10.md"
OB = "urban-trees-green-spaces-outside-bodies-2026-27.pdf"
TEXT = {}
for d in (BU, BL, FW, AL, OB):
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


line = lambda name: ln(BU, name + " |")          # a budget line's table row
key = lambda word: ln(BU, word + " – forecast")  # the RAG key
act = lambda no: ln(AL, no + " |")               # an action's row
item = lambda start: ln(FW, "| " + start)        # a work programme item row (empty first cell)
body = lambda name: ln(OB, name + " |")          # an outside body's first row
seat = lambda name: ln(OB, "| " + name + " |")   # a second seat (empty first cell)
diary = lambda start: ln(BL, start)

# ---------------------------------------------------------------- status_lookup (7)
q("n001", "which budget lines are red on the trees wg budget?", "status_lookup",
  "Two lines of the Urban Trees and Green Spaces Working Group's 2026/27 budget are rated Red (forecast more than 10 per cent over or under budget) at 31 August 2026: the Green Spaces Skills Academy – budget £46,000, forecast £31,000, an underspend of £15,000, because two of the five courses were postponed; and the Street Tree Pests and Diseases Research line – budget £38,000, forecast £44,200, an overspend of £6,200 for extra sampling for sooty bark disease.",
  ["Skills Academy", "Pests and Diseases"], ["Tree Equity Mapping", "Member travel"],
  [(BU, line("Green Spaces Skills Academy")), (BU, line("Street Tree Pests and Diseases Research")), (BU, key("Red"))],
  "RAG words in the last column of a Word table whose header has a spanning cell; one Red is an underspend, one an overspend.")
q("n002", "anything amber in the green spaces budget monitoring?", "status_lookup",
  "Two lines are Amber (forecast between 5 and 10 per cent over or under budget): the Tree Equity Mapping Service – budget £64,000, forecast £58,500, an underspend of £5,500 because the contract came in lower; and member travel and meeting costs – budget £9,500, forecast £8,900, an underspend of £600 because the June meeting was held online.",
  ["Tree Equity Mapping", "travel"], ["Skills Academy", "Pests"],
  [(BU, line("Tree Equity Mapping Service")), (BU, line("Member travel and meeting costs")), (BU, key("Amber"))],
  "Amber rows of the budget table; 'green spaces budget monitoring' for the report's title.")
q("n003", "which actions are overdue on the action log?", "status_lookup",
  "Two actions are Overdue on the log updated 23 October 2026: GSA-02, publish a good practice guide on street tree planting in new developments (Tabitha Nethercott, due 31 July 2026 – held back until the consultation on planning guidance closed, now expected by 30 November 2026); and GSA-07, ask the Arboricultural Skills Council when it will resume accrediting new training providers (Tabitha Nethercott, due 31 July 2026 – no reply yet to the letter and two reminders; Cllr Lightowler will raise it at the Council's members' panel).",
  ["GSA-02", "GSA-07"], ["GSA-10", "GSA-13"],
  [(AL, act("GSA-02")), (AL, act("GSA-07"))],
  "Status column of a markdown file whose tables are embedded HTML <table>s (status in <strong>).")
q("n004", "whats still open from the october mtg actions", "status_lookup",
  "Four actions from the meeting of 15 October 2026 are Open: GSA-10, add £5,000 of the Skills Academy underspend to round 2 of the Canopy Challenge and tell councils (Isolde Scrimgeour, by 6 November 2026); GSA-11, send the sampling results from the 40 extra sites to the councils concerned (Cllr Philippa Ockenden, by 30 November 2026); GSA-13, find a nomination for the vacancy on the Community Orchards Network (Cllr Ysolde Dunnachie, by 30 November 2026); and GSA-15, book transport and a venue for the members' site visit to Sheffield (Jolyon Mountstephen, by 13 November 2026). The other three October actions (the virement, the letters to outside bodies and the December agenda item) are closed.",
  ["GSA-10", "GSA-11", "GSA-13", "GSA-15"], ["GSA-09", "GSA-12"],
  [(AL, act("GSA-10")), (AL, act("GSA-11")), (AL, act("GSA-13")), (AL, act("GSA-15"))],
  "Rows of one of three HTML tables (the October one) filtered by status; 'october mtg' without a year.")
q("n005", "what's coming to the december meeting for decision?", "status_lookup",
  "Two items at the meeting on Thursday 10 December 2026 are for Decision: the budget monitoring report at 31 October 2026, including the use of the £3,800 contingency (Lorcan Cudlipp), and the Canopy Challenge grants round 2 awards (Isolde Scrimgeour). The other three items that day are for discussion or information.",
  ["contingency", "round 2"], ["Sooty bark"],
  [(FW, item("Budget monitoring 2026/27: position at 31 October 2026")), (FW, item("Canopy Challenge grants: round 2 awards")),
   (FW, ln(FW, "Thursday 10 December 2026, 11.00am"))],
  "The date is only in the spanning group row above the item rows, whose first cell is empty; Purpose as a pill.")
q("n006", "tree equity mapping results - is that for decision or just info, and which mtg?", "status_lookup",
  "It is for Information. 'Tree Equity Mapping Service: first results' is on the agenda of Thursday 4 March 2027 (lead officer Isolde Scrimgeour). It was moved from 10 December 2026 because Verdancy Geo Ltd's data release has slipped to January 2027.",
  ["Information", "4 March"], [],
  [(FW, item("Tree Equity Mapping Service: first results")), (FW, ln(FW, "Thursday 4 March 2027, 11.00am")), (FW, ln(FW, "The Tree Equity Mapping Service's first results"))],
  "Purpose word of an item row under the March group row; the note says why it moved.")
q("n007", "is the pests research line on budget?", "status_lookup",
  "No – it is rated Red. The Street Tree Pests and Diseases Research line has a budget of £38,000 and was forecast at £44,200 at 31 August 2026, an overspend of £6,200, because Northmoor University took samples at a further 40 sites after sooty bark disease spread. The report asked for a virement of £6,200 from the Skills Academy line to cover it; the virement was processed on 21 October 2026 (action GSA-09).",
  ["Red", "6,200"], [],
  [(BU, line("Street Tree Pests and Diseases Research")), (BU, ln(BU, "After sooty bark disease was confirmed")), (AL, act("GSA-09"))],
  "'Pests research line' for the budget line's name; the action log closes the virement.")

# ---------------------------------------------------------------- table_lookup (7)
q("n008", "how much have we spent on canopy challenge grants so far", "table_lookup",
  "£72,000 by 31 August 2026, out of an annual budget of £180,000 for Canopy Challenge grants to councils. The forecast outturn is the full £180,000 (Green): round 1 awarded 15 grants worth £108,000, of which £72,000 had been paid, and round 2 is for the remaining £72,000.",
  ["72,000"], [],
  [(BU, line("Canopy Challenge grants to councils")), (BU, ln(BU, "The whole of the £180,000 for Canopy Challenge grants"))],
  "Spend to date column, under the spanning 'Position at 31 August 2026' header.")
q("n009", "forecast outturn for member travel?", "table_lookup",
  "£8,900 against an annual budget of £9,500 – an underspend of £600, rated Amber. Spend to 31 August 2026 was £2,310. The saving is because the meeting of 11 June 2026 was held online during a national rail strike.",
  ["8,900"], [],
  [(BU, line("Member travel and meeting costs")), (BU, ln(BU, "The meeting of 11 June 2026 was held online"))],
  "Forecast outturn column of the Word table.")
q("n010", "who owns the action on the tree planting guide and when was it due", "table_lookup",
  "Tabitha Nethercott. Action GSA-02 (minute UTGS 26/06, from 12 March 2026) – publish a good practice guide on street tree planting in new developments – was due on 31 July 2026 and is Overdue: the draft was held back until the consultation on planning guidance closed, and it is now expected by 30 November 2026.",
  ["Nethercott", "31 July"], [],
  [(AL, act("GSA-02"))],
  "One row of the action log, referred to by description.")
q("n011", "when does lightowlers term on the arb skills council end", "table_lookup",
  "Cllr Hugo Lightowler (South Cambridgeshire District Council) is proposed for the Arboricultural Skills Council's members' panel for Nov 2026 – Oct 2028, a two-year term ending in October 2028. He reports back to the Working Group on 4 March 2027.",
  ["Oct 2028"], [],
  [(OB, body("Arboricultural Skills Council (members' panel)")), (OB, ln(OB, "1. Terms start at each body's first meeting"))],
  "Term column of the landscape PDF table; 'arb skills council' abbreviation.")
q("n012", "who's lead officer for the heat resilience briefing item in march", "table_lookup",
  "Tabitha Nethercott. 'Heat resilience briefing: approval for publication' is on the agenda of Thursday 4 March 2027, for Decision.",
  ["Nethercott"], [],
  [(FW, item("Heat resilience briefing")), (FW, ln(FW, "Thursday 4 March 2027, 11.00am"))],
  "Lead officer column of an item row grouped under the March date row.")
q("n013", "when's the leeds skills academy course", "table_lookup",
  "Tuesday 26 January 2027 ('Tue 26 Jan' in the bulletin's dates for your diary). It is one of the three one-day Skills Academy courses going ahead this winter, with Birmingham on 24 November 2026 and Norwich on 23 February 2027.",
  ["26"], [],
  [(BL, diary("Tue 26 Jan")), (BL, ln(BL, "The Green Spaces Skills Academy will run three"))],
  "Date only in the two-column bulletin's diary box, written without a year.")
q("n014", "which council is cllr okparaocha from and what outside body is she on", "table_lookup",
  "London Borough of Lewisham. Cllr Adaeze Okparaocha is proposed as the second of two representatives on the Urban Heat Resilience Alliance (with Cllr Leontyne Prideaux of Leicester City Council), for Nov 2026 – Oct 2027, reporting back on 10 June 2027.",
  ["Lewisham", "Urban Heat Resilience Alliance"], [],
  [(OB, seat("Cllr Adaeze Okparaocha")), (OB, body("Urban Heat Resilience Alliance"))],
  "The second seat's row has an empty first cell: the body is named only on the row above.")

# ---------------------------------------------------------------- people_roles (6)
q("n015", "who are our 2 reps on the national urban forestry forum", "people_roles",
  "Cllr Ysolde Dunnachie (Sheffield City Council), the Chair, and Cllr Piers Tregunna (Cornwall Council), the Vice-Chair, both for Nov 2026 – Oct 2028, reporting back to the meeting on 10 December 2026.",
  ["Dunnachie", "Tregunna"], [],
  [(OB, body("National Urban Forestry Forum")), (OB, seat("Cllr Piers Tregunna"))],
  "Two-seat body: the second name is on a row with an empty first cell.")
q("n016", "who's the contact officer on the budget report", "people_roles",
  "Isolde Scrimgeour, Senior Adviser (Urban Trees and Green Spaces) – 020 7946 0581, isolde.scrimgeour@local.gov.uk. The report itself is by Lorcan Cudlipp, Finance Business Partner.",
  ["Scrimgeour"], ["Mountstephen"],
  [(BU, ln(BU, "Contact officer: Isolde Scrimgeour")), (BU, ln(BU, "Report by: Lorcan Cudlipp"))],
  "Bold run-in labels in the Word front sheet; the author is not the contact.")
q("n017", "who do i talk to about getting an item onto the wg agenda", "people_roles",
  "Jolyon Mountstephen, Member Services Officer (jolyon.mountstephen@local.gov.uk, 020 7946 0583). Members who want to add an item should contact him at least six weeks before the meeting; the work programme is agreed by the Chair, Cllr Ysolde Dunnachie.",
  ["Mountstephen"], [],
  [(FW, ln(FW, "Members who want to add an item")), (AL, ln(AL, "Enquiries:"))],
  "'Suggest an item' paragraph of the web page; 'wg' abbreviation.")
q("n018", "who edits the bulletin?", "people_roles",
  "Ffion Ravelstone, Communications Officer and editor of Branching Out (020 7946 0584). She is also putting together the programme for the Urban Trees Conference 2027.",
  ["Ravelstone"], [],
  [(BL, ln(BL, "Ffion Ravelstone, Communications Officer and editor")), (BL, ln(BL, "The conference returns to Birmingham"))],
  "Contacts box at the end of the second page's column.")
q("n019", "who's lead member for pests and diseases", "people_roles",
  "Cllr Philippa Ockenden (Surrey County Council). She asked for the extra sampling for sooty bark disease, will write to the councils concerned with the results, and is proposed as the Working Group's representative on the Plant Health Partnership for Towns.",
  ["Ockenden"], [],
  [(BU, ln(BU, "After sooty bark disease was confirmed")), (BL, ln(BL, "Northmoor University has reported")),
   (OB, body("Plant Health Partnership for Towns"))],
  "Role given only in prose (budget report and bulletin); council from the appointments table.")
q("n020", "who's vice chair of the trees working group?", "people_roles",
  "Cllr Piers Tregunna of Cornwall Council. The Chair is Cllr Ysolde Dunnachie.",
  ["Tregunna"], [],
  [(OB, ln(OB, "The Working Group appoints members")), (OB, seat("Cllr Piers Tregunna"))],
  "Only named in a sentence of the appointments appendix; council from a second-seat row.")

# ---------------------------------------------------------------- board_paper (6)
q("n021", "can u give me a quick summary of the budget monitoring paper for the oct mtg", "board_paper",
  "Item 4 at the meeting of 15 October 2026, by Lorcan Cudlipp: the 2026/27 budget is £470,000 (£350,000 from Defra's Canopy and Green Spaces Grant and £120,000 from the LGA's core budget). £179,170 (38 per cent) had been spent by 31 August 2026, and the forecast outturn is £455,800, an underspend of £14,200 (3 per cent). Two lines are Red – the Skills Academy (£15,000 under, two courses postponed) and pests and diseases research (£6,200 over, extra sampling) – and two Amber (tree equity mapping £5,500 under; member travel £600 under). It recommends noting the forecast, a virement of £6,200 from the Skills Academy to the research line, and holding the remaining £8,800 as a contingency until December.",
  ["455,800", "14,200"], [],
  [(BU, ln(BU, "The Working Group's budget for 2026/27 is £470,000")), (BU, ln(BU, "Two budget lines are rated Red")),
   (BU, ln(BU, "Total |"))],
  "'Brief me' on a Word report.")
q("n022", "why is the skills academy underspent?", "board_paper",
  "Because the Arboricultural Skills Council paused its accreditation of new training providers in June 2026, so two of the five regional courses planned for 2026/27 – in the North East and the South West – could not be accredited in time and were postponed to 2027/28. The forecast is £31,000 against a budget of £46,000, an underspend of £15,000 (Red). The other three courses run in Birmingham, Leeds and Norwich between November 2026 and February 2027.",
  ["accreditation", "postponed"], [],
  [(BU, ln(BU, "The Arboricultural Skills Council paused")), (BU, line("Green Spaces Skills Academy"))],
  "Explanation of a variance under a side heading.")
q("n023", "what were the recs in the budget paper", "board_paper",
  "That the Working Group (a) notes the forecast outturn of £455,800 for 2026/27, an underspend of £14,200; (b) approves a virement of £6,200 from the Green Spaces Skills Academy line to the Street Tree Pests and Diseases Research line; and (c) agrees that the remaining Skills Academy underspend of £8,800 is held as a contingency and reviewed at the December meeting.",
  ["6,200", "8,800"], [],
  [(BU, run(BU, "(a) notes the forecast outturn", 3))],
  "Typed (a)-(c) lines under 'That the Working Group:'.")
q("n024", "whats the deal with canopy challenge round 2 - how much and when does it close", "board_paper",
  "Round 2 opened on 1 October 2026 and now has £77,000 to award, after the Working Group added £5,000 in October. Councils can bid for grants of £2,000 to £8,000 for street trees and small green spaces, with priority for wards in the lowest fifth for tree canopy cover. Bids close at noon on Friday 20 November 2026; the awards go to the meeting on 10 December 2026 for decision.",
  ["77,000", "20 November"], [],
  [(BL, ln(BL, "Round 2 of the Canopy Challenge opened")), (BL, ln(BL, "Bids close at noon on Friday 20 November 2026"))],
  "Article in the two-column bulletin; paragraphs flow down a column.")
q("n025", "what did the outside bodies paper recommend", "board_paper",
  "That the Working Group agrees the appointments in Table A1 (twelve seats on nine outside bodies, 2026/27) and asks the Chair to seek nominations for the two vacancies: the Community Orchards Network and the second seat on the Canopy Cities Partnership. Nominations were to reach Jolyon Mountstephen by Friday 30 October 2026.",
  ["Community Orchards Network", "Canopy Cities Partnership"], [],
  [(OB, ln(OB, "Recommendation:")), (OB, body("Community Orchards Network")), (OB, seat("Vacancy")),
   (OB, ln(OB, "3. Nominations for the two vacancies"))],
  "The recommendation names no body; the vacancies are 'Vacancy' cells, one on a second-seat row.")
q("n026", "any news on sooty bark disease?", "board_paper",
  "Yes. Northmoor University has reported on 31 of the 40 extra sites sampled in the summer, and sooty bark disease was found at 9 of them, all in street sycamores planted before 1990. Cllr Philippa Ockenden will write to the councils concerned when the last results are in (action GSA-11, due 30 November 2026), and the results of the extra sampling go to the meeting on 10 December 2026 for information. The extra sampling cost £6,200.",
  ["9", "31"], [],
  [(BL, ln(BL, "Northmoor University has reported")), (AL, act("GSA-11")), (FW, item("Sooty bark disease"))],
  "Bulletin article; the other papers add the action and the December item.")

# ---------------------------------------------------------------- fact (5)
q("n027", "how much has the wg spent in total so far this yr", "fact",
  "£179,170 by 31 August 2026 (month 5), 38 per cent of the £470,000 budget for 2026/27. The forecast outturn for the year is £455,800.",
  ["179,170"], [],
  [(BU, ln(BU, "Total |")), (BU, ln(BU, "The Working Group's budget for 2026/27 is £470,000"))],
  "Total row of the Word table.")
q("n028", "how much did the tree equity mapping contract cost and who got it", "fact",
  "Verdancy Geo Ltd, for £58,500. The contract was signed on 26 June 2026 (action GSA-04), £5,500 less than the £64,000 budget, a permanent saving.",
  ["Verdancy", "58,500"], [],
  [(AL, act("GSA-04")), (BU, ln(BU, "The contract for the mapping service was let"))],
  "In the action log's update cell and the budget report's prose.")
q("n029", "biggest round 1 canopy challenge grant?", "fact",
  "£12,500, to the City of Wolverhampton Council, to plant 240 street trees in Bilston and Heath Town. Round 1 awarded 15 grants worth £108,000 in all.",
  ["12,500", "Wolverhampton"], [],
  [(BL, ln(BL, "In round 1 the Working Group awarded 15 grants"))],
  "Only in the bulletin.")
q("n030", "how many councils came to the first tree officers network mtg", "fact",
  "63 councils took part in the first meeting of the peer network for council tree officers, held online on 24 September 2026 (action GSA-03, now closed).",
  ["63"], [],
  [(AL, act("GSA-03"))],
  "A figure inside an update cell.")
q("n031", "how many seats on outside bodies does the wg fill in total", "fact",
  "12 seats on nine outside bodies: three bodies (the National Urban Forestry Forum, the Urban Heat Resilience Alliance and the Canopy Cities Partnership) have two seats and six have one. In the proposed list, 10 seats have a named representative and 2 are vacancies (the Community Orchards Network and the second Canopy Cities Partnership seat).",
  ["12"], [],
  [(OB, ln(OB, "The Working Group appoints members")), (OB, body("National Urban Forestry Forum")), (OB, seat("Cllr Piers Tregunna"))],
  "A count over table rows that no sentence states.")

# ---------------------------------------------------------------- cross_document (5)
q("n032", "who's on the street tree standards committee for us?", "cross_document",
  "Cllr Gideon Thwaite (Cheltenham Borough Council). The proposed list for 15 October 2026 named Cllr Wren Sheepshanks (Brighton & Hove City Council), but the Working Group appointed Cllr Thwaite instead (minute UTGS 26/23, action GSA-12), and the Chair's bulletin thanks him for joining the committee.",
  ["Thwaite"], [],
  [(AL, act("GSA-12")), (OB, body("Street Tree Standards Committee")), (BL, ln(BL, "I am grateful to Cllr Gideon Thwaite"))],
  "The appendix's proposal is changed by the action log.")
q("n033", "has the community orchards network vacancy been filled?", "cross_document",
  "Yes, from 1 December 2026: the bulletin of 6 November 2026 says Cllr Desmond Attwater (Herefordshire Council) has volunteered to represent the Working Group on the Community Orchards Network. The appointments list of 1 October showed it as a vacancy, and on 23 October the action to find a nomination (GSA-13, the Chair, due 30 November 2026) was still open.",
  ["Attwater"], [],
  [(BL, ln(BL, "I am grateful to Cllr Gideon Thwaite")), (OB, body("Community Orchards Network")), (AL, act("GSA-13"))],
  "Three documents in date order; the latest answers.")
q("n034", "what happened to the 8.8k skills academy contingency?", "cross_document",
  "It was not all held back. The budget report recommended holding the remaining £8,800 Skills Academy underspend as a contingency until December, but on 15 October 2026 the Working Group instead added £5,000 of it to round 2 of the Canopy Challenge (which now has £77,000) and held the other £3,800 as a contingency, to be reviewed on 10 December 2026, when the budget report asks for a decision on its use.",
  ["5,000", "3,800"], [],
  [(BU, ln(BU, "(c) agrees that the remaining Skills Academy underspend")), (AL, act("GSA-10")),
   (FW, item("Budget monitoring 2026/27: position at 31 October 2026"))],
  "A recommendation changed at the meeting, recorded in the action log.")
q("n035", "bulletin says tree equity map results come in the spring - which meeting exactly?", "cross_document",
  "Thursday 4 March 2027. The forward work programme lists 'Tree Equity Mapping Service: first results' for that meeting, moved from 10 December 2026 because Verdancy Geo Ltd's data release slipped to January 2027. It is for information; the lead officer is Isolde Scrimgeour.",
  ["4 March"], [],
  [(BL, ln(BL, "Verdancy Geo Ltd's first release of data")), (FW, item("Tree Equity Mapping Service: first results")),
   (FW, ln(FW, "Thursday 4 March 2027, 11.00am"))],
  "'Spring meeting' in the bulletin resolved by the work programme's date row.")
q("n036", "cllr thwaite - which outside bodies is he on now and whats his council", "cross_document",
  "Cllr Gideon Thwaite of Cheltenham Borough Council is on two: the Canopy Cities Partnership (proposed in Appendix A for Nov 2026 – Oct 2028, reporting back on 10 June 2027) and the Street Tree Standards Committee, to which the Working Group appointed him on 15 October 2026 in place of the proposed Cllr Wren Sheepshanks.",
  ["Canopy Cities Partnership", "Street Tree Standards Committee", "Cheltenham"], [],
  [(OB, body("Canopy Cities Partnership")), (AL, act("GSA-12"))],
  "One seat from the appendix, one from the action log.")

# ---------------------------------------------------------------- unanswerable (4)
q("n037", "how many trees got planted with the round 1 canopy challenge money altogether?", "unanswerable",
  "The papers don't say. They give only round 1's 15 grants worth £108,000 and the largest grant's 240 street trees in Wolverhampton, not a total number of trees.",
  [], [], [],
  "Only one grant's tree count is given.")
q("n038", "whats the delegate fee for the urban trees conference next year?", "unanswerable",
  "The papers don't give a delegate fee. They give only the conference's date (Wednesday 17 March 2027), city (Birmingham), budget (£22,000) and the £1,150 venue deposit.",
  [], [], [],
  "Near figures (budget, deposit) but no fee.")
q("n039", "how much is defra giving us for 27/28?", "unanswerable",
  "The papers don't say. Defra's Canopy and Green Spaces Grant is £350,000 for 2026/27, and Defra confirmed it for 2026/27 only, in reply to the Chair's request for three years.",
  [], [], [],
  "The next year's grant is explicitly not confirmed.")
q("n040", "what did the working group decide about ash dieback?", "unanswerable",
  "Nothing in these papers: they deal with sooty bark disease in street sycamores, not ash dieback.",
  [], [], [],
  "A plausible tree disease that the papers do not discuss.")

assert len(G) == 40 and [g["id"] for g in G] == [f"n{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
