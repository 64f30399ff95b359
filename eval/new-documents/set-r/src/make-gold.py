# Writes ../gold.jsonl (the 40 questions of set R, newdocs-dev14, with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole lines are taken from a rendering by `ln` (the one line that starts with the given text; it fails if
# the line is missing or not unique), `first` (the first such line, for lines that repeat, such as a decision
# maker), a run of consecutive lines by `run` (joined with single spaces), a row of one of the performance page's
# two transposed tables by `prow`, and one cell of such a row by `pcell` (a measure's own cell: a reader's quote
# of one measure can only be a cell, since the measure is a column). check-gold.mjs then checks every quote
# against the renderings and the documents. (Adapted from set Q's make-gold.py.)
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
AG = "registration-ceremonies-panel-agenda-2027-06-16.pdf"
MN = "registration-ceremonies-panel-minutes-2027-03-10.docx"
PF = "registration-ceremonies-panel-performance-2026-27-year-end.html"
RK = "registration-ceremonies-panel-programme-risks-2027-06.md"
DL = "registration-ceremonies-panel-decision-log-2027-06-04.txt"
TEXT = {}
for d in (AG, MN, PF, RK, DL):
    TEXT[d] = open(os.path.join(ROOT, "text", os.path.splitext(d)[0] + ".txt"), encoding="utf-8").read().split("\n")


def ln(doc, start):
    hits = [l for l in TEXT[doc] if l.startswith(start)]
    if len(hits) != 1:
        raise SystemExit(f"{doc}: {len(hits)} lines start with {start!r}")
    return hits[0]


def first(doc, start):
    hits = [l for l in TEXT[doc] if l.startswith(start)]
    if not hits:
        raise SystemExit(f"{doc}: no line starts with {start!r}")
    return hits[0]


def run(doc, start, n):
    """n consecutive lines from the one starting with `start`, joined with single spaces"""
    lines = TEXT[doc]
    i = lines.index(ln(doc, start))
    return " ".join(lines[i:i + n])


def prow(table, label):
    """the row `label` of Table 1 or Table 2 of the performance page (a row is one attribute of five measures)"""
    lines = TEXT[PF]
    i = lines.index(ln(PF, f"Table {table}:"))
    for l in lines[i + 1:]:
        if l.startswith(label + " | "):
            return l
    raise SystemExit(f"no row {label!r} in table {table}")


def pcell(ref, label):
    """the cell of measure `ref` (RCP-nn) in row `label`"""
    n = int(ref[-2:])
    table, col = (1, n) if n <= 5 else (2, n - 5)
    return prow(table, label).split(" | ")[col]


G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


att = lambda name: ln(MN, name)

# ---------------------------------------------------------------- status_lookup (7)
q("r001", "which kpis were not met at year end? (registration panel)", "status_lookup",
  "Three of the ten measures were Not met at year end 2026/27 (31 March 2027): RCP-02, deaths registered within five days – 80.2% against a target of 85%; RCP-05, registration officers trained in sham marriage awareness – 842 against 900; and RCP-06, people waiting more than three months for a citizenship ceremony – 10,960 against a target of 10,000 (lower is better). Not met means the target was missed by more than 5 per cent of the target. Two more measures, RCP-01 and RCP-08, were Nearly met.",
  ["RCP-02", "RCP-05", "RCP-06"], [],
  [(PF, prow(1, "Status")), (PF, prow(2, "Status")), (PF, prow(1, "Ref")), (PF, prow(2, "Ref")), (PF, ln(PF, "Not met | Missed"))],
  "The tables are transposed: each measure is a column, so a measure's status is in the Status row under its reference in the header row. The intro gives only the counts.")
q("r002", "is the births registration kpi on target", "status_lookup",
  "Not quite – RCP-01, births registered within 42 days, was 97.6% at year end (31 March 2027) against a target of 98%, so its status is Nearly met (missed by 5 per cent of the target or less). It was 97.1% at quarter 3. Most late registrations were in councils that closed their register offices between Christmas and the new year. Lead officer: Chidi Anyanwu.",
  ["Nearly met", "97.6"], [],
  [(PF, pcell("RCP-01", "Comment")), (PF, prow(1, "Status")), (PF, prow(1, "Year end (31 March 2027)")), (PF, pcell("RCP-01", "Measure"))],
  "'On target' answered from the first column of Table 1; 'births registration kpi' by description.")
q("r003", "status of RCP-08?", "status_lookup",
  "Nearly met. RCP-08, councils that have adopted the LGA model fees for approved premises: 58 councils at year end against a target of 60 (44 at quarter 3). Fourteen councils adopted the model fees in the last quarter; the fees are being revised after the consultation (item 4 on 16 June 2027). Lead officer: Kenver Pugsley.",
  ["Nearly met", "58"], [],
  [(PF, prow(2, "Status")), (PF, pcell("RCP-08", "Comment")), (PF, prow(2, "Year end (31 March 2027)")), (PF, pcell("RCP-08", "Measure"))],
  "Third column of Table 2.")
q("r004", "anything on the decision log still open for call in?", "status_lookup",
  "Yes, one: RCD 27/10, the ceremony booking platform contract extension – Rosenna Hollowood's decision of Wednesday 2 June 2027 to extend the contract with Vellum Digital Ltd by six months, from 1 July to 31 December 2027, at a cost of £21,600. It was published on Thursday 3 June 2027 and the call-in deadline is Thursday 10 June 2027. The other decisions in the log (RCD 27/04 to 27/09) are implemented.",
  ["27/10"], [],
  [(DL, ln(DL, "Status: Open for call-in")), (DL, ln(DL, "Call-In-Deadline: Thu, 10 Jun 2027")), (DL, ln(DL, "Decision: To extend the contract with Vellum")), (DL, ln(DL, "Reference: RCD 27/10"))],
  "The status is a 'Status:' field of a Key: value record; the decision's reference is a separate field at the top of the record.")
q("r005", "which risks are rated high in the june risk register", "status_lookup",
  "Two risks score 15 or more (high): RCR-09, the ceremony booking platform fails or its supplier, Vellum Digital Ltd, stops trading – likelihood 4 × impact 5 = 20 (new this time); and RCR-02, shortage of qualified registration officers – 4 × 4 = 16 (no change since March). High risks are reviewed every month by the Head of Civil Registration Policy and reported to every Panel meeting.",
  ["RCR-02", "RCR-09"], [],
  [(RK, ln(RK, "RCR-09 The ceremony booking")), (RK, ln(RK, "RCR-02 Shortage")), (RK, ln(RK, "15 to 25 – high"))],
  "The register gives only 'Likelihood: n, Impact: n' in each risk's bullet; the score and its band have to be worked out from the scoring paragraph.")
q("r006", "which risk was closed and why", "status_lookup",
  "RCR-06, the risk that the data-sharing agreement for the digital death registration pilot would not be renewed. It was closed on 30 April 2027, when the agreement was signed until 31 March 2028 (it had been scored likelihood 3, impact 3 in March). The owner was Chidi Anyanwu, who had the action from the March meeting to update the agreement before it expired.",
  ["RCR-06"], [],
  [(RK, run(RK, "RCR-06 The data-sharing", 2)), (MN, ln(MN, "| Update the pilot"))],
  "The closed risk is under its own setext heading 'Closed risks'.")
q("r007", "whats the status of the registration service survey measure", "status_lookup",
  "No data: RCP-10, councils responding to the annual registration service survey (target 150 councils), has no year-end figure yet. The survey opened in February and closed on 30 April 2027; results are due in July 2027. There was no quarter 3 figure. Lead officer: Chidi Anyanwu.",
  ["No data"], [],
  [(PF, pcell("RCP-10", "Comment")), (PF, prow(2, "Status")), (PF, ln(PF, "No data | The figure"))],
  "Last column of Table 2; 'survey measure' by description.")

# ---------------------------------------------------------------- table_lookup (7)
q("r008", "deaths registerd within 5 days - q3 vs year end?", "table_lookup",
  "RCP-02, deaths registered within five days: 78.4% at quarter 3 (31 December 2026) and 80.2% at year end (31 March 2027), against a target of 85% – Not met. Delays in medical examiners' scrutiny are the main cause; the Chair has written to the Department of Health and Social Care. Lead officer: Rosenna Hollowood.",
  ["78.4", "80.2"], [],
  [(PF, prow(1, "Quarter 3 (31 December 2026)")), (PF, prow(1, "Year end (31 March 2027)")), (PF, pcell("RCP-02", "Comment")), (MN, ln(MN, "6.1 Chidi"))],
  "Two rows of the transposed Table 1, second column; a typo ('registerd').")
q("r009", "how many registration officers have done the sham marriage training", "table_lookup",
  "842 officers by year end (31 March 2027), against a target of 900 – RCP-05, Not met (610 at quarter 3). Take-up was slowed by staff shortages in register offices; the training module stays open until 30 September 2027. Lead officer: Kasimir Nowacki.",
  ["842"], [],
  [(PF, prow(1, "Year end (31 March 2027)")), (PF, pcell("RCP-05", "Comment")), (PF, pcell("RCP-05", "Measure"))],
  "Last column of Table 1.")
q("r010", "whats the risk score for the booking platform one (L x I)?", "table_lookup",
  "20 – RCR-09, the ceremony booking platform fails or its supplier, Vellum Digital Ltd, stops trading: likelihood 4 × impact 5 = 20, which is high (15 to 25). It is a new risk, added because the Panel asked for it in March. Owner: Kenver Pugsley.",
  ["20"], [],
  [(RK, ln(RK, "RCR-09 The ceremony booking")), (RK, ln(RK, "15 to 25 – high"))],
  "Likelihood and impact are inline in the risk's bullet; the score has to be multiplied.")
q("r011", "actions from the fees item in march - who n by when?", "table_lookup",
  "Both are Kenver Pugsley's: launch the consultation, with a short telephone survey of small and rural venues, by 15 March 2027; and report the outcome of the consultation to the June meeting (it is item 4 on 16 June 2027).",
  ["Pugsley", "15 March"], [],
  [(MN, ln(MN, "5 Approved premises fees |")), (MN, ln(MN, "| Report the outcome"))],
  "Actions table whose Item cell is merged vertically over the item's actions: the second action's row has no item of its own.")
q("r012", "who joined the march meeting online", "table_lookup",
  "Three members joined online: Cllr Nasima Kaderbhai (Bolton Council), Cllr Devesh Verghese (Buckinghamshire Council) and Cllr Tobin Kulkarni (London Borough of Richmond upon Thames). Eight were in the room, counting the substitute, and two sent apologies.",
  ["Kaderbhai", "Verghese", "Kulkarni"], [],
  [(MN, att("Cllr Nasima Kaderbhai |")), (MN, att("Cllr Devesh Verghese |")), (MN, att("Cllr Tobin Kulkarni |")), (MN, ln(MN, "Councillor | Council | Group"))],
  "Attendance as a table of ticks: the tick in the Online column.")
q("r013", "how much did the castlegate survey cost", "table_lookup",
  "£6,900. On Tuesday 16 March 2027 Rosenna Hollowood, Head of Civil Registration Policy, commissioned Castlegate Research Ltd to run a short telephone survey of 60 small and rural venues for the consultation on approved premises fees (RCD 27/04); the cost was met from the Panel's research budget.",
  ["6,900"], [],
  [(DL, ln(DL, "Decision: To commission Castlegate")), (AG, ln(AG, "7. There is no cost"))],
  "A folded 'Decision:' value in the decision log; the fees paper repeats the figure.")
q("r014", "fee band c - proposed vs recommended?", "table_lookup",
  "Band C (151 guests or more): £2,600 was proposed in March 2027 and £2,450 is recommended, for a three-year approved premises licence. Large venues said Band C did not reflect the lower cost of inspecting premises that have held a licence before.",
  ["2,600", "2,450"], [],
  [(AG, ln(AG, "C | 151 guests")), (AG, ln(AG, "4. Large venues")), (MN, ln(MN, "5.2 Kenver"))],
  "Table 1 of the item 4 paper in the agenda pack.")

# ---------------------------------------------------------------- people_roles (6)
q("r015", "who chaired the registration and ceremonies panel in march", "people_roles",
  "Cllr Merryn Scobie (Labour, Plymouth City Council) was Chair at the meeting of 10 March 2027; the Vice-Chair is Cllr Oriel Wrathall (Conservative, Kent County Council). Cllr Scobie told the meeting she will not seek reappointment for 2027/28.",
  ["Scobie"], [],
  [(MN, att("Cllr Merryn Scobie (Chair)")), (MN, att("Cllr Oriel Wrathall (Vice-Chair)")), (AG, ln(AG, "Chair | Cllr Merryn Scobie"))],
  "The role is in brackets in the attendance table's name cell.")
q("r016", "whos going to be chair next year", "people_roles",
  "Cllr Nasima Kaderbhai (Labour, Bolton Council), nominated by the Labour group as Chair for 2027/28; the appointments take effect from the LGA's annual general meeting on Wednesday 7 July 2027. She succeeds Cllr Merryn Scobie, who is standing down. Cllr Oriel Wrathall is nominated to stay on as Vice-Chair.",
  ["Kaderbhai"], [],
  [(AG, ln(AG, "Chair | Cllr Merryn Scobie")), (AG, ln(AG, "2. Cllr Merryn Scobie told")), (AG, ln(AG, "Summary | The political groups"))],
  "Item 8 paper of the agenda pack (Table 1 and paragraph 2).")
q("r017", "who's the contact for the approved premises fees paper", "people_roles",
  "Kenver Pugsley, Adviser, Ceremonies and Fees – 020 7946 0878, kenver.pugsley@local.gov.uk (item 4 of the 16 June 2027 agenda).",
  ["Pugsley"], [],
  [(AG, run(AG, "Contact officer | Kenver", 4))],
  "Front sheet drawn as a boxed two-column table; three papers in the pack each have one.")
q("r018", "who owns the medical examiner delays risk", "people_roles",
  "Rosenna Hollowood, Head of Civil Registration Policy. The risk is RCR-03, delays in medical examiners' scrutiny hold up death registration – likelihood 4, impact 3 (3, 3 in March), rising.",
  ["Hollowood"], [],
  [(RK, run(RK, "RCR-03 Delays", 2))],
  "Owner in a nested bullet under the risk.")
q("r019", "who sent apologies to the 10 march meeting and did anyone sub", "people_roles",
  "Two members sent apologies: Cllr Padraig Mulgrew (Liverpool City Council), for whom Cllr Farida Gartside (Stockton-on-Tees Borough Council) attended as substitute, and Cllr Gerald Pilbeam (Wiltshire Council), who had no substitute.",
  ["Mulgrew", "Pilbeam", "Gartside"], [],
  [(MN, ln(MN, "1.2 Apologies")), (MN, att("Cllr Padraig Mulgrew |")), (MN, att("Cllr Gerald Pilbeam |")), (MN, att("Cllr Farida Gartside"))],
  "Ticks in the Apologies column and the substitute row under a merged 'Substitute' row; minute 1.2 says it in words.")
q("r020", "who's the lead member for citizenship for 2027/28", "people_roles",
  "Cllr Padraig Mulgrew (Labour) is nominated as lead member for citizenship for 2027/28. He follows Cllr Nasima Kaderbhai, who held the role in 2026/27 and is nominated as Chair. The lead officer for citizenship is Kasimir Nowacki.",
  ["Mulgrew"], [],
  [(AG, ln(AG, "Lead member, citizenship |")), (AG, ln(AG, "2. Cllr Merryn Scobie told")), (AG, ln(AG, "5. Lead members speak"))],
  "Table 1 of the item 8 paper: the role is the row, the year the column.")

# ---------------------------------------------------------------- board_paper (6)
q("r021", "what are the recs in the citizenship ceremonies paper", "board_paper",
  "Item 3 (\"Citizenship ceremonies: recovery plan progress and Ceremony Catch-up Fund round 2\") recommends that the Panel: (a) notes the progress of the recovery plan and the round 1 grants; (b) agrees that round 2 of the Ceremony Catch-up Fund, worth £261,500, opens on Monday 5 July 2027 and closes on Friday 6 August 2027; and (c) agrees that round 2 is open only to councils where more than 300 people were waiting more than three months for a ceremony at 30 June 2027.",
  ["261,500", "5 July", "300"], [],
  [(AG, ln(AG, "Recommendations | That the Panel: (a) notes the progress"))],
  "The recommendations are one cell of the boxed front sheet, with (a)–(c) on separate lines.")
q("r022", "summarise the approved premises fees consultation results", "board_paper",
  "The consultation ran from 15 March to 23 April 2027 and had 164 responses (121 from councils, 38 from venues, 5 others), plus Castlegate Research Ltd's telephone survey of 60 small and rural venues. 97 of the 121 councils supported the four bands. Venues, including 41 of the 60 surveyed, said the Band A fee of £1,450 was too high for small venues; large venues said Band C did not reflect the lower cost of inspecting premises licensed before. 44 responses asked for Band D (outdoor and temporary structures) to be dropped, but officers recommend keeping it. Recommended fees for a three-year licence: Band A £1,400, Band B £1,950, Band C £2,450, Band D £2,900; renewals at 80 per cent of the band's fee; publication on 1 September 2027 and a review every two years.",
  ["164", "1,400", "2,450"], [],
  [(AG, ln(AG, "2. On 10 March 2027 the Panel agreed to consult")), (AG, ln(AG, "3. Most councils")), (AG, ln(AG, "4. Large venues")), (AG, ln(AG, "5. 44 responses")), (AG, ln(AG, "A | Up to 50"))],
  "Item 4 paper: paragraphs 2–5 and Table 1.")
q("r023", "why was the vellum contract extended", "board_paper",
  "The decision log (RCD 27/10) gives the reasons: \"The current contract ends on 30 June 2027 and 84 councils book ceremonies through the platform. A procurement for a replacement cannot be completed before the end of the year. The extension allows the LGA to end the contract at one month's notice if the supplier gets into financial difficulty.\" The extension is for six months, to 31 December 2027, at £21,600; it was still open for call-in until 10 June 2027.",
  ["30 June", "84"], [],
  [(DL, ln(DL, "Reasons: The current contract ends")), (DL, ln(DL, "Decision: To extend the contract with Vellum"))],
  "A folded 'Reasons:' field of a Key: value record.")
q("r024", "what did the panel resolve on the digital death registration pilot in march", "board_paper",
  "Minute 4.3 of 10 March 2027: the Panel (a) noted the interim evaluation (average time from death to registration in the six pilot councils down from 6.8 to 4.1 days; 91 per cent rated video appointments good or very good); (b) agreed that the pilot be extended to up to four more councils from July 2027, within the existing budget; and (c) asked the Chair to write to the Department of Health and Social Care about the effect of delays in medical examiners' scrutiny on death registration.",
  ["four more councils", "Department of Health and Social Care"], [],
  [(MN, run(MN, "4.3 Resolved", 4)), (MN, ln(MN, "4.1 Rosenna"))],
  "A 'Resolved:' paragraph with typed (a)–(c) lines.")
q("r025", "what controls r in place for the registrar shortage risk", "board_paper",
  "RCR-02, shortage of qualified registration officers (likelihood 4, impact 4 – a high score of 16, unchanged since March; owner Rosenna Hollowood). Cause: retirements, and the six months it takes to train a new registration officer. Controls: a shared training programme with the Registration Managers' Forum; the sham marriage awareness module, open until 30 September 2027; and guidance for councils on sharing registration officers across council boundaries.",
  ["Registration Managers", "30 September"], [],
  [(RK, run(RK, "a shared training programme", 3)), (RK, run(RK, "RCR-02 Shortage", 3))],
  "Third-level bullets under a 'Controls:' bullet; 'registrar shortage' by description.")
q("r026", "what did march agree about the catch-up fund", "board_paper",
  "On 10 March 2027 (minute 3) the Panel agreed the criteria for the £600,000 Ceremony Catch-up Fund, to be paid in two rounds – £350,000 in round 1, for extra ceremonies held between April and September 2027, and £250,000 in round 2 – with bids scored on the number of people waiting, the extra ceremonies offered and match funding, and match funding counting for no more than 10 per cent of the score so that councils with the longest waits do not lose out. It delegated the award of round 1 grants to the Chair, after consulting the Vice-Chair.",
  ["350,000", "10 per cent"], [],
  [(MN, run(MN, "3.4 Resolved", 4)), (MN, ln(MN, "3.2 He proposed")), (MN, ln(MN, "3.3 Members asked"))],
  "Minute 3: the proposal in 3.2, the change in 3.3 and the resolution in 3.4.")

# ---------------------------------------------------------------- fact (5)
q("r027", "how many people were waiting 3+ months for a citizenship ceremony at end of may", "fact",
  "8,915 at 31 May 2027, down from 11,840 at 28 February 2027. The recovery plan aims for fewer than 5,000 by 30 September 2027, which needs a fall of about 1,000 a month from June to September.",
  ["8,915"], [],
  [(AG, ln(AG, "2. The number waiting")), (AG, ln(AG, "Summary | This report updates"))],
  "Item 3 paper of the agenda pack (front sheet summary and paragraph 2).")
q("r028", "how many responses did the fees consultation get", "fact",
  "164 responses: 121 from councils, 38 from venues and 5 from others (15 March to 23 April 2027). Castlegate Research Ltd also surveyed 60 small and rural venues by telephone.",
  ["164"], [],
  [(AG, ln(AG, "2. On 10 March 2027 the Panel agreed to consult")), (RK, ln(RK, "the consultation (164"))],
  "Paragraph 2 of the item 4 paper; the risk register repeats the figure.")
q("r029", "when's the panel meeting after 16 june", "fact",
  "Wednesday 13 October 2027, 11.00 am, at 18 Smith Square. The round 2 grants of the Ceremony Catch-up Fund are to be reported to that meeting.",
  ["13 October"], [],
  [(AG, ln(AG, "Date of next meeting:")), (AG, ln(AG, "9. If the Panel agrees"))],
  "The contents page of the pack, under the agenda.")
q("r030", "how many councillors were actually in the room on 10 march", "fact",
  "8: seven members – Cllr Merryn Scobie (Chair), Cllr Oriel Wrathall (Vice-Chair), Cllr Jocasta Entwhistle, Cllr Delroy Spraggett, Cllr Lettice Stainforth, Cllr Lamorna Kitto and Cllr Denzil Harbottle – and the substitute Cllr Farida Gartside (for Cllr Mulgrew). Three more joined online (Cllr Kaderbhai, Cllr Verghese, Cllr Kulkarni) and two sent apologies (Cllr Mulgrew, Cllr Pilbeam).",
  ["8"], [],
  [(MN, ln(MN, "Councillor | Council | Group")), (MN, att("Cllr Merryn Scobie (Chair)")), (MN, att("Cllr Jocasta Entwhistle")), (MN, att("Cllr Farida Gartside"))],
  "A count of ticks in the 'In the room' column of the attendance table, including the substitute under the merged 'Substitute' row; the minutes give no total.")
q("r031", "how much was carried over from CCF round 1 to round 2", "fact",
  "£11,500. Round 1 (£350,000) awarded 19 grants totalling £338,500 on 11 May 2027 (RCD 27/07), and the £11,500 not awarded was added to round 2, which is therefore worth £261,500.",
  ["11,500"], [],
  [(DL, ln(DL, "Decision: To award 19 grants")), (AG, ln(AG, "5. The £11,500"))],
  "'CCF' is not an abbreviation the papers use.")

# ---------------------------------------------------------------- cross_document (5)
q("r032", "has the citizenship ceremony backlog come down since the march meeting?", "cross_document",
  "Yes. The March meeting was told 11,840 people had been waiting more than three months at 28 February 2027 (14,200 at 30 November 2026). At year end (31 March 2027) it was 10,960 (RCP-06, Not met against a target of 10,000), and at 31 May 2027 it was 8,915. The recovery plan aims for fewer than 5,000 by 30 September 2027, which needs a fall of about 1,000 a month.",
  ["11,840", "8,915"], [],
  [(MN, ln(MN, "3.1 Kasimir")), (AG, ln(AG, "2. The number waiting")), (PF, prow(2, "Year end (31 March 2027)")), (PF, pcell("RCP-06", "Comment"))],
  "Minutes (28 February), performance page (31 March) and agenda pack (31 May).")
q("r033", "march mtg asked for a risk on the booking platform - did it get added, how's it scored", "cross_document",
  "Yes. Minute 7.2 of 10 March 2027 asked for a risk on the ceremony booking platform (Vellum Digital Ltd had reported a second year of losses). The June register has it as RCR-09, new: likelihood 4, impact 5 – a score of 20, high. Owner: Kenver Pugsley. Controls: the contract extended to 31 December 2027 with one month's notice to end it (RCD 27/10) and a test export of every council's booking data on 21 May 2027; a replacement platform is to be procured from July 2027, with the contract awarded by November 2027.",
  ["RCR-09", "20"], [],
  [(MN, ln(MN, "7.2 Resolved")), (MN, ln(MN, "7.1 Rosenna")), (RK, ln(RK, "RCR-09 The ceremony booking")), (MN, ln(MN, "7 Programme risks |"))],
  "Minutes (request and action) against the risk paper (new risk, score to be multiplied).")
q("r034", "which councils are joining the digital death registration pilot, and is that what the panel agreed?", "cross_document",
  "Cheshire West and Chester Council, Medway Council, Sefton Council and Torbay Council join the pilot from Thursday 1 July 2027 (RCD 27/08, Rosenna Hollowood's decision of 17 May 2027; £18,000 for video equipment and training from the pilot's existing budget; nine councils had expressed interest). That matches what the Panel agreed on 10 March 2027: extending the pilot to up to four more councils from July 2027, within the existing budget.",
  ["Cheshire West and Chester", "Medway", "Sefton", "Torbay"], [],
  [(DL, ln(DL, "Decision: To extend the digital death")), (MN, ln(MN, "(b) agrees that the pilot be extended"))],
  "Decision log against the minutes' resolution.")
q("r035", "whats the job title of the lead officer for RCP-02", "cross_document",
  "Rosenna Hollowood is the lead officer for RCP-02 (deaths registered within five days), and her job title is Head of Civil Registration Policy. The performance page gives only her name; the title is in the minutes' list of officers, the decision log and the risk paper.",
  ["Head of Civil Registration Policy"], [],
  [(PF, prow(1, "Lead officer")), (MN, ln(MN, "Officers: Rosenna Hollowood")), (DL, first(DL, "Decision-Maker: Rosenna Hollowood")), (RK, ln(RK, "Report by Rosenna Hollowood"))],
  "The Lead officer row of the transposed table (second column) gives names only.")
q("r036", "cllr kitto had an interest in the fees item - what was it, and is she getting a lead role next year", "cross_document",
  "At the meeting of 10 March 2027 Cllr Lamorna Kitto (Liberal Democrat, Somerset Council) declared an interest in item 5 (approved premises fees) as a trustee of the Polwhele Manor Trust, which holds an approved premises licence for ceremonies at Polwhele Manor; she left the room for the item. For 2027/28 the Liberal Democrat group has nominated her as lead member for death registration, in place of Cllr Tobin Kulkarni.",
  ["Polwhele", "death registration"], [],
  [(MN, ln(MN, "1.3 Cllr Lamorna Kitto")), (AG, ln(AG, "4. The Liberal Democrat group")), (AG, ln(AG, "Lead member, death registration |"))],
  "Minutes (declaration) and the agenda pack's appointments paper.")

# ---------------------------------------------------------------- unanswerable (4)
q("r037", "which councils got ceremony catch-up fund round 1 grants?", "unanswerable",
  "The papers don't name them. They say only that the Chair awarded 19 grants totalling £338,500 from 31 bids on 11 May 2027 (RCD 27/07), as recommended in the officers' assessment, and that the grants were paid on 28 May 2027. Kent County Council made a bid, but the papers do not say whether it was successful.",
  [], [], [],
  "Near figures (number and total of grants), no recipients.")
q("r038", "how many people were waiting for a citizenship ceremony at the end of june 2027?", "unanswerable",
  "The papers don't give a figure for 30 June 2027 – they were written before then. The latest figure is 8,915 people waiting more than three months at 31 May 2027; 30 June 2027 is only the date on which councils' eligibility for round 2 would be judged.",
  [], [], [],
  "The latest figure is for 31 May; 30 June appears only as a qualifying date.")
q("r039", "who won the contract for the new ceremony booking platform?", "unanswerable",
  "Nobody yet, as far as the papers go: the contract with Vellum Digital Ltd has been extended to 31 December 2027 while a replacement is procured; the procurement starts in July 2027 and the contract is to be awarded by November 2027.",
  [], [], [],
  "The replacement is still to be procured.")
q("r040", "how many deaths were registered in total in 2026/27?", "unanswerable",
  "The papers don't give a total. They report the share of deaths registered within five days (80.2% at year end against a target of 85%) and the average days from death to registration in the pilot councils (4.1), but no number of registrations.",
  [], [], [],
  "Near figures (percentages, days), no count.")

assert len(G) == 40 and [g["id"] for g in G] == [f"r{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
