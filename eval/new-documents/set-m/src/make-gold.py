# Writes ../gold.jsonl (the 40 questions of set M with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole table rows and whole lines are taken from the rendering by the helper `ln` (which fails if the
# line is missing or not unique); a run of consecutive lines by `run` (joined with single spaces); shorter
# quotes are written out and checked by check-gold.mjs.
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
AR = "road-safety-panel-chairs-annual-report-2025-26.pdf"
DN = "road-safety-panel-decisions-between-meetings-2026.docx"
DB = "road-safety-panel-dashboard-2025-26.html"
MI = "road-safety-panel-minutes-2026-06-24.txt"
TR = "road-safety-panel-terms-of-reference-2026-27.md"
TEXT = {}
for d in (AR, DN, DB, MI, TR):
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


ind = lambda ref: ln(DB, ref + " |")
legend = lambda word: ln(DB, word + " – ")
def month(ref):
    """the monthly row of the sparkline table: "RSI-07 Average working days … (month) | 9.2 | …" """
    hits = [l for l in TEXT[DB] if l.startswith(ref + " ") and not l.startswith(ref + " |")]
    if len(hits) != 1:
        raise SystemExit(f"{len(hits)} monthly rows for {ref}")
    return hits[0]



MONTHS_HEAD = ln(DB, "Indicator | Apr |")
member = lambda name: ln(TR, "Cllr " + name + " |")
act = lambda start: ln(MI, "ACTION: " + start)

# ---------------------------------------------------------------- status_lookup (7)
q("m001", "which road safety indicators ended the yr red?", "status_lookup",
  "Two of the ten indicators on the Road Safety Panel dashboard were Red (target missed by more than 10 per cent) at the end of 2025/26: RSI-02, road safety officer training places filled – 512 against a target of 600 (two courses in the South West were cancelled); and RSI-05, councils sharing casualty data through the Road Casualty Data Exchange – 97 against 120 (councils waiting for data-sharing agreements to be signed).",
  ["RSI-02", "RSI-05"], ["RSI-03", "RSI-07"],
  [(DB, ind("RSI-02")), (DB, ind("RSI-05")), (DB, legend("Red"))],
  "The status cell has no text: only a CSS class and an icon whose alt text is 'Red'; the meaning comes from the legend.")
q("m002", "anything amber on the rsp dashbaord for 25/26?", "status_lookup",
  "Two indicators are Amber (target missed by 10 per cent or less) at year end 2025/26: RSI-03, councils that have reviewed their 20mph policy – 74 against a target of 80 (lead member Cllr Heptonstall; six councils expect to finish by September 2026); and RSI-07, average working days to answer member enquiries – 10.8 days against a target of 10 (lower is better; the target is a maximum; lead member Cllr Cattermole).",
  ["RSI-03", "RSI-07"], ["RSI-02", "RSI-05"],
  [(DB, ind("RSI-03")), (DB, ind("RSI-07")), (DB, legend("Amber"))],
  "Status via icon alt text; RSI-07 is lower-is-better, so 10.8 against 10 is a miss within 10%.")
q("m003", "is the school streets indicator on track?", "status_lookup",
  "Yes – it beat its target. RSI-04, school streets schemes supported through the School Streets Toolkit, is Green: 266 schemes in 2025/26 against a target of 250 (171 in 2024/25). Demand rose after the toolkit was updated in September 2025. Lead member Cllr Okwuosa.",
  ["266", "250"], [],
  [(DB, ind("RSI-04")), (AR, ln(AR, "The number of school streets schemes we supported rose"))],
  "'On track' for a year-end figure; status via alt text.")
q("m004", "how many of the dashboard indicators actually hit target this year and which ones", "status_lookup",
  "Five of the ten are Green (target met or exceeded) for 2025/26: RSI-01, councils signed up to the Safe Streets Charter (163 against 150); RSI-04, school streets schemes supported (266 against 250); RSI-06, delegates at the Road Safety Summit 2025 (431 against 400); RSI-08, Safer Journeys Fund grants awarded (45 against 45); and RSI-09, webinar attendees (1,622 against 1,500). Two are Amber, two Red and one (RSI-10) not rated.",
  ["RSI-01", "RSI-04", "RSI-06", "RSI-08", "RSI-09"], ["RSI-05"],
  [(DB, ind("RSI-01")), (DB, ind("RSI-04")), (DB, ind("RSI-06")), (DB, ind("RSI-08")), (DB, ind("RSI-09")), (DB, legend("Green"))],
  "A count by status that exists only in the icons' alt text; no paper states the count.")
q("m005", "which indicator isnt rated on the dashboard and why", "status_lookup",
  "RSI-10, councils using the casualty data dashboard, is Grey – not rated, because no target was set for 2025/26. The dashboard is new: it went live in October 2025 and 38 councils were using it at the end of the year. A target is to be set for 2026/27.",
  ["RSI-10"], [],
  [(DB, ind("RSI-10")), (DB, legend("Grey"))],
  "Grey status with a dash for the target.")
q("m006", "which of the chair's decisions between meetings got superseded?", "status_lookup",
  "One: the decision of 21 April 2026 (RSD 26/04) to hold the Road Safety Summit 2026 at the Aire Quay Conference Centre, Leeds, on Thursday 15 October 2026. Its status at 12 June 2026 is 'Superseded' – the venue cancelled the booking on 2 June 2026 – and on 24 June 2026 the Panel moved the Summit to Thursday 5 November 2026 at the same venue. Of the other four decisions, two are implemented, one (the casualty data dashboard contract) is in progress and one (the School Streets Alliance nomination) was interim.",
  ["Summit"], [],
  [(DN, ln(DN, "Status at 12 June 2026: Superseded")), (DN, ln(DN, "Decision: To hold the Road Safety Summit 2026"))],
  "Status line under an auto-numbered decision whose number Word draws.")
q("m007", "is training on track? heard its behind", "status_lookup",
  "No. RSI-02, road safety officer training places filled, is Red: 512 places were filled in 2025/26 against a target of 600 (547 in 2024/25), after two courses in the South West were cancelled when the trainers withdrew. On 24 June 2026 the Panel agreed Cllr Sowerbutts's improvement plan, with a target of 560 places for 2026/27.",
  ["512", "600"], [],
  [(DB, ind("RSI-02")), (AR, ln(AR, "The one real disappointment of the year was training"))],
  "Indicator described, not named; figures in the dashboard and in the annual report's prose.")

# ---------------------------------------------------------------- table_lookup (7)
q("m008", "whats the target for the 20mph policy indicator and where did it end up", "table_lookup",
  "RSI-03, councils that have reviewed their 20mph policy: target 80 for 2025/26, year end 74 – Amber (missed by 10 per cent or less). Six councils expect to finish their reviews by September 2026. Lead member Cllr Heptonstall.",
  ["80", "74"], [],
  [(DB, ind("RSI-03"))],
  "One row of the indicators table.")
q("m009", "member enquiry response time in nov?", "table_lookup",
  "12.4 working days on average in November 2025 (RSI-07). The year's figure was 10.8 days against a target of at most 10; the slowest month was December (13.1 days).",
  ["12.4"], [],
  [(DB, month("RSI-07")), (DB, MONTHS_HEAD)],
  "Sparkline table with month columns Apr..Mar; month without a year.")
q("m010", "how many councils had signed the safe streets charter by end of sept", "table_lookup",
  "131 councils at the end of September 2025 (the month-by-month table gives the number signed up at each month end). By 31 March 2026 it was 163, against a target of 150 (118 a year earlier).",
  ["131"], [],
  [(DB, month("RSI-01")), (DB, MONTHS_HEAD)],
  "Month-end row of the sparkline table; 'sept' against the column 'Sep'.")
q("m011", "when does cllr sowerbutts term on the panel end", "table_lookup",
  "May 2028. Cllr Annika Sowerbutts (Conservative, Lancashire County Council) is a lead member of the Road Safety Panel – training and workforce – with a term ending in May 2028.",
  ["May 2028"], [],
  [(TR, member("Annika Sowerbutts")), (TR, "Training and workforce – Cllr Annika Sowerbutts")],
  "Markdown membership table (Name | Council | Party | Role | Term ends).")
q("m012", "summit save the dates - who's sending them and by when", "table_lookup",
  "Ottoline Scarisbrick, by 10 July (2026): the action from minute 21/26 of the meeting on 24 June 2026 is to send save-the-date notices for the Road Safety Summit to councils. The Summit will be at the Aire Quay Conference Centre, Leeds, on Thursday 5 November 2026.",
  ["Scarisbrick", "10 July"], [],
  [(MI, act("Send save-the-date notices")), (MI, ln(MI, "RESOLVED: That the Road Safety Summit 2026"))],
  "ACTION line with the owner in brackets and a date without a year.")
q("m013", "how many training places did we fill in 24/25 vs 25/26", "table_lookup",
  "547 in 2024/25 and 512 in 2025/26 – 35 fewer, and 88 short of the 2025/26 target of 600.",
  ["547", "512"], [],
  [(AR, ln(AR, "Road safety officer training places filled |")), (AR, ln(AR, "The one real disappointment of the year was training"))],
  "The 2024/25 figure is only in the annual report's key figures table.")
q("m014", "who's lead member on the data exchange indicator", "table_lookup",
  "Cllr Orla Scattergood (Labour, Newcastle City Council). She is the lead member for RSI-05, councils sharing casualty data through the Road Casualty Data Exchange (and RSI-10), and for 2026/27 is the Panel's lead member for data and evidence.",
  ["Scattergood"], [],
  [(DB, ind("RSI-05")), (TR, "Data and evidence – Cllr Orla Scattergood")],
  "Lead member column; the dashboard gives 'Cllr Surname' only.")

# ---------------------------------------------------------------- people_roles (6)
q("m015", "who chairs the road safety panel now?", "people_roles",
  "Cllr Rosalind Penberthy (Labour, Bristol City Council) is Chair for 2026/27; she was Vice-Chair before. She succeeds Cllr Torquil Ebbrell (Kent County Council), who chaired the Panel for three years and stood down at the end of May 2026. The Vice-Chair is now Cllr Hamish Cattermole.",
  ["Penberthy"], [],
  [(TR, member("Rosalind Penberthy")), (TR, ln(TR, "Chair: Cllr Rosalind Penberthy succeeds"))],
  "'Now' = 2026/27; the annual report is by the previous Chair.")
q("m016", "who sent apols to the june panel mtg", "people_roles",
  "Cllr Desmond Karunaratne, Cllr Benedict Lyddiatt and Cllr Saskia Tremlett sent apologies to the meeting of 24 June 2026. Cllr Noah Brankstone substituted for Cllr Karunaratne and Cllr Petronella Skelding for Cllr Lyddiatt; there was no substitute for Cllr Tremlett.",
  ["Karunaratne", "Lyddiatt", "Tremlett"], [],
  [(MI, ln(MI, "Apologies were received from"))],
  "One sentence in the plain-text minutes.")
q("m017", "who subbed at the 24/6 meeting?", "people_roles",
  "Two substitutes: Cllr Noah Brankstone (Wakefield Council) for Cllr Desmond Karunaratne, and Cllr Petronella Skelding (Suffolk County Council) for Cllr Benedict Lyddiatt. No substitute was available for Cllr Saskia Tremlett.",
  ["Brankstone", "Karunaratne", "Skelding", "Lyddiatt"], [],
  [(MI, ln(MI, "Apologies were received from")), (MI, run(MI, "SUBSTITUTES", 3))],
  "The pairs are only in the prose; the SUBSTITUTES block gives names and councils in fixed-width columns.")
q("m018", "contact oficer for the dashboard?", "people_roles",
  "Tobias Kernick, Data Analyst (the dashboard's data owner) – 020 7946 0236, tobias.kernick@local.gov.uk.",
  ["Kernick"], [],
  [(DB, ln(DB, "Data owner:")), (DB, run(DB, "Contact", 4))],
  "Meta chip and a contact box.")
q("m019", "any DOIs at the june meeting?", "people_roles",
  "Two. Cllr Fenella Broadbridge declared an interest in minute 20/26 because Stockport Metropolitan Borough Council had received a grant from the Safer Journeys Fund in 2025/26, and took no part in the discussion of the Fund. Cllr Orla Scattergood declared an interest in minute 17/26 because a close family member works for Westlake Mobility Insight, a bidder for the casualty data dashboard contract, and left the room for that item.",
  ["Broadbridge", "Scattergood"], [],
  [(MI, ln(MI, "Cllr Fenella Broadbridge declared")), (MI, ln(MI, "Cllr Orla Scattergood declared"))],
  "'DOIs' and 'june meeting' are not the papers' words.")
q("m020", "who's our rep on the school streets alliance now", "people_roles",
  "Cllr Ravi Chandarana (Labour, Coventry City Council). On 24 June 2026 the Panel appointed him its representative on the steering group of the National School Streets Alliance until May 2027. Cllr Tamsin Okwuosa had held the seat on an interim basis from 1 June 2026 (the Chair's decision of 29 May 2026) after Cllr Marcus Heptonstall left the Panel, and asked that a newer member take it.",
  ["Chandarana"], [],
  [(MI, ln(MI, "(c) appoints Cllr Ravi Chandarana")), (DN, ln(DN, "Decision: To nominate Cllr Tamsin Okwuosa"))],
  "The interim nomination in the Word record is replaced by the minutes.")

# ---------------------------------------------------------------- board_paper (6)
q("m021", "brief me on the chair's annual report", "board_paper",
  "The Chair's annual report 2025/26 (item 3, 24 June 2026) is by Cllr Torquil Ebbrell, Chair for three years, who stood down at the end of May 2026; Cllr Rosalind Penberthy succeeds him. Highlights: 163 councils signed up to the Safe Streets Charter (target 150, up from 118); 266 school streets schemes supported (target 250); all 45 planned Safer Journeys Fund grants awarded (£466,250 to 41 councils from a £480,000 Department for Transport grant); a record 431 delegates at the Summit in Nottingham; 1,622 webinar attendees. Shortfalls: 512 training places filled against 600 (an improvement plan comes to item 6), and 97 councils in the Road Casualty Data Exchange against 120. Exchange councils reported 4,318 people killed or seriously injured in 2025, 6 per cent fewer than in 2024. A two-year contract keeps the casualty data dashboard running; targets for 2026/27 are to come to the September meeting.",
  ["Ebbrell", "163"], [],
  [(AR, ln(AR, "2025/26 was the year in which")), (AR, ln(AR, "The one real disappointment")),
   (AR, ln(AR, "Ninety-seven councils now share"))],
  "Prose report with figures inside sentences (one written in words).")
q("m022", "what was decided about the training shortfall at the june mtg", "board_paper",
  "The Panel agreed Cllr Annika Sowerbutts's improvement plan for road safety officer training, with a target of 560 training places for 2026/27: four extra courses in the South West and the North East between September and December 2026, and a second training provider so that a course need not be cancelled if one provider withdraws. It also asked for the 2025/26 underspend of £13,550 to be carried forward to fund the extra courses (subject to the LGA Board), and Ottoline Scarisbrick is to circulate the autumn course dates by 31 July 2026.",
  ["560"], [],
  [(MI, ln(MI, "(b) agrees the improvement plan")), (MI, ln(MI, "Cllr Annika Sowerbutts presented")),
   (MI, ln(MI, "RESOLVED: That the Panel notes the outturn"))],
  "Decision spread over two minutes.")
q("m023", "why did we go with lumen for the casualty dashboard contract?", "board_paper",
  "Lumen Roadway Analytics Ltd's bid was the lowest of the three compliant bids and scored highest on quality (78 out of 100), and the contract with the existing supplier, Crossfield Data Ltd, ended on 31 March 2026, so the decision could not wait for the June meeting. The Chair awarded the contract on 19 March 2026 for 1 April 2026 to 31 March 2028 at £46,500 (£23,250 a year). Alternatives were Crossfield's bid of £49,900 (quality 71), Westlake Mobility Insight's £52,800 (74) and running the dashboard in-house.",
  ["78"], [],
  [(DN, ln(DN, "Reasons: Lumen Roadway Analytics")), (DN, ln(DN, "Decision: To award the contract"))],
  "Reasons and alternatives of one decision in the Word record.")
q("m024", "what alternatives did the chair look at before extending the fund deadline", "board_paper",
  "Two: keeping the closing date of 27 February 2026 and returning any grant not awarded to the Department for Transport; or carrying the money into a 2026/27 round, which the grant conditions do not allow. The Chair instead extended the closing date of the Safer Journeys Fund's 2025/26 round to 13 March 2026 (decision of 12 February 2026).",
  ["27 February"], [],
  [(DN, ln(DN, "Keeping the closing date of 27 February 2026")), (DN, ln(DN, "Carrying the money into a 2026/27 round")),
   (DN, ln(DN, "Decision: To extend the closing date"))],
  "Alternatives as Word bullets under an auto-numbered decision.")
q("m025", "what does the ToR say about decisions between meetings", "board_paper",
  "Under paragraph 6 of the terms of reference, if a decision cannot wait until the next meeting the Chair may take it after consulting the Vice-Chair and the lead member concerned (or another member if either has a conflict of interest), and must report each such decision to the next meeting with its reasons, the alternatives considered and any conflicts declared. If a meeting is not quorate, any decision needed also goes to the Chair (4.2).",
  ["Vice-Chair"], [],
  [(TR, ln(TR, "6.1 If a decision cannot wait")), (TR, ln(TR, "6.2 The Chair reports"))],
  "Numbered clauses in the markdown terms of reference.")
q("m026", "whats being done about the data exchange being short?", "board_paper",
  "RSI-05 is Red: 97 councils share casualty data through the Road Casualty Data Exchange against a target of 120, because several councils are waiting for data-sharing agreements to be signed after the May elections. On 24 June 2026 the Panel asked officers to report on how the signing of the agreements can be speeded up; Tobias Kernick is to report to the December meeting (9 December 2026).",
  ["97", "December"], [],
  [(DB, ind("RSI-05")), (MI, ln(MI, "(c) asks officers to report")), (MI, act("Report on data-sharing agreements"))],
  "Dashboard + minutes' resolution and action.")

# ---------------------------------------------------------------- fact (5)
q("m027", "how much did the panel underspend last yr", "fact",
  "£13,550 in 2025/26: the policy budget was £212,000 and spending £198,450. The main underspends were the Road Safety Summit (£6,900) and training (£4,100). The Panel asked for the £13,550 to be carried forward to 2026/27 for extra training courses, subject to the LGA Board. (The Safer Journeys Fund is accounted for separately.)",
  ["13,550"], [],
  [(MI, ln(MI, "Anselm Pidcock reported that"))],
  "Figures only in the minutes' prose.")
q("m028", "total safer journeys fund grants in 25/26?", "fact",
  "45 grants worth £466,250, to 41 councils, from the Department for Transport's grant of £480,000; the £13,750 not awarded will be returned to the Department.",
  ["466,250"], [],
  [(AR, ln(AR, "The Fund, financed by a grant of £480,000")), (MI, ln(MI, "The Safer Journeys Fund is accounted for separately"))],
  "Total in two papers.")
q("m029", "which month had the most webinar attendees", "fact",
  "January (2026), with 214 attendees. The year's total was 1,622 against a target of 1,500 (RSI-09); the quietest month was August (52).",
  ["214"], [],
  [(DB, month("RSI-09")), (DB, MONTHS_HEAD)],
  "Maximum over the month columns of the sparkline table.")
q("m030", "biggest safer journeys grant and who got it", "fact",
  "£24,000, to Stockport Metropolitan Borough Council, for lighting on a canal towpath used by commuters. Grants in 2025/26 ranged from £2,500 to £24,000.",
  ["24,000", "Stockport"], [],
  [(AR, ln(AR, "The Fund, financed by a grant of £480,000"))],
  "A figure inside a sentence of the annual report.")
q("m031", "how many labour cllrs on the panel this yr, who are they", "fact",
  "Five of the 12 members for 2026/27 are Labour: Cllr Rosalind Penberthy (Chair, Bristol City Council), Cllr Tamsin Okwuosa (London Borough of Hounslow), Cllr Orla Scattergood (Newcastle City Council), Cllr Desmond Karunaratne (Leicester City Council) and Cllr Ravi Chandarana (Coventry City Council). Cllr Noah Brankstone (Wakefield Council) is the Labour substitute.",
  ["Penberthy", "Okwuosa", "Scattergood", "Karunaratne", "Chandarana"], [],
  [(TR, member("Rosalind Penberthy")), (TR, member("Tamsin Okwuosa")), (TR, member("Orla Scattergood")),
   (TR, member("Desmond Karunaratne")), (TR, member("Ravi Chandarana"))],
  "Count by the Party column.")

# ---------------------------------------------------------------- cross_document (5)
q("m032", "whats the quorum for the panel now", "cross_document",
  "4 members, from at least two political groups. The draft terms of reference for 2026/27 proposed reducing the quorum to 3, but on 24 June 2026 the Panel approved them except that the quorum remains 4: with twelve members, 3 would let a quarter of the Panel take decisions.",
  ["4"], [],
  [(TR, ln(TR, "4.1 The quorum is 3 members")), (MI, ln(MI, "(a) approves the terms of reference")),
   (MI, ln(MI, "Members did not support reducing the quorum"))],
  "The paper's figure is overturned by the minutes.")
q("m033", "when are the 26/27 targets coming to the panel?", "cross_document",
  "Wednesday 7 October 2026. The Chair's annual report says officers will bring proposed targets for 2026/27 to the Panel's September meeting, which the terms of reference date Wednesday 30 September 2026; on 24 June 2026 the Panel moved that meeting to Wednesday 7 October 2026 because of a clash with a party conference.",
  ["7 October"], [],
  [(AR, ln(AR, "I thank every member of the Panel")), (TR, "Wednesday 30 September 2026"),
   (MI, ln(MI, "The Panel agreed to move its next meeting"))],
  "A relative date ('September meeting') resolved by the terms of reference and moved by the minutes.")
q("m034", "who replaced lyddiatt on the panel and what council are they from", "cross_document",
  "Cllr Petronella Skelding (Conservative, Suffolk County Council). Cllr Benedict Lyddiatt resigned on 22 June 2026; the Conservative group nominated its substitute, Cllr Skelding, to take his seat as a member until May 2027, which the Panel noted on 24 June 2026.",
  ["Skelding", "Suffolk"], [],
  [(MI, ln(MI, "Crispin Dallaway introduced the draft terms")), (MI, ln(MI, "(b) notes the membership")),
   (TR, member("Petronella Skelding"))],
  "Minutes for the change, the terms of reference's table for the council.")
q("m035", "did extending the safer journeys fund deadline actually bring in more bids? whats the new date", "cross_document",
  "Yes. On 12 February 2026 the Chair extended the closing date for the 2025/26 round from 27 February to Friday 13 March 2026, and three grants, worth £31,800, came from bids received after the original closing date. All 45 planned grants were awarded.",
  ["13 March", "31,800"], [],
  [(DN, ln(DN, "Decision: To extend the closing date")), (AR, ln(AR, "† Includes three grants")),
   (AR, ln(AR, "Safer Journeys Fund grants awarded |"))],
  "A footnote marker in the annual report's table refers to a decision in the Word record.")
q("m036", "summit this year - where and when?", "cross_document",
  "Thursday 5 November 2026 at the Aire Quay Conference Centre, Leeds. The Chair had booked it for Thursday 15 October 2026 (decision of 21 April 2026), but the venue cancelled that booking because of building works, and on 24 June 2026 the Panel agreed 5 November on the same terms, keeping the delegate fee for councils at £95.",
  ["Leeds", "5 November"], [],
  [(DN, ln(DN, "Decision: To hold the Road Safety Summit 2026")), (MI, ln(MI, "RESOLVED: That the Road Safety Summit 2026")),
   (MI, ln(MI, "Ottoline Scarisbrick reported that the Aire Quay"))],
  "The Word record's decision is superseded by the minutes.")

# ---------------------------------------------------------------- unanswerable (4)
q("m037", "how many people were actually killed on roads in the data exchange areas in 2025? not KSI, just deaths", "unanswerable",
  "The papers don't give deaths on their own. The Chair's annual report gives only the combined figure: councils in the Road Casualty Data Exchange reported 4,318 people killed or seriously injured in 2025, 6 per cent fewer than in 2024.",
  [], [], [],
  "Only the combined killed-or-seriously-injured figure is given.")
q("m038", "how much did last years summit in nottingham cost?", "unanswerable",
  "The papers don't give the cost of the 2025 Summit. They say only that it drew 431 delegates and that the Summit line was underspent by £6,900 in 2025/26; the 2026 Summit has a budget of £42,000.",
  [], [], [],
  "Near figures (underspend, next year's budget) but no cost.")
q("m039", "how many 20mph schemes did councils bring in last yr?", "unanswerable",
  "The papers don't say. The dashboard counts councils that have reviewed their 20mph policy (74 against a target of 80 in 2025/26), not 20mph schemes introduced.",
  [], [], [],
  "A different measure on the same topic.")
q("m040", "what did the road safety panel decide about e-scooters?", "unanswerable",
  "Nothing in the papers: e-scooters are not discussed in the Panel's minutes, decisions, dashboard, annual report or terms of reference for this meeting.",
  [], [], [],
  "Plausible topic not in the papers.")

assert len(G) == 40 and [g["id"] for g in G] == [f"m{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
