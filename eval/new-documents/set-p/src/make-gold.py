# Writes ../gold.jsonl (the 40 questions of set P with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole table rows and whole lines are taken from the rendering by the helper `ln` (which fails if the
# line is missing or not unique); shorter quotes are written out with `sub` (which fails unless the quote is
# inside exactly one line of the rendering) and checked again by check-gold.mjs. (Adapted from set O's make-gold.py.)
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
AT = "bereavement-services-panel-audit-tracker-2026-09.docx"
MN = "bereavement-services-panel-minutes-2026-10-21.pdf"
CD = "bereavement-services-panel-committee-details.html"
BP = "bereavement-services-panel-business-plan-2026-27-q2.md"
GR = "bereavement-services-panel-bscf-round-2-allocations-2026-10-21.txt"
TEXT = {}
for d in (AT, MN, CD, BP, GR):
    TEXT[d] = open(os.path.join(ROOT, "text", os.path.splitext(d)[0] + ".txt"), encoding="utf-8").read().split("\n")


def ln(doc, start):
    hits = [l for l in TEXT[doc] if l.startswith(start)]
    if len(hits) != 1:
        raise SystemExit(f"{doc}: {len(hits)} lines start with {start!r}")
    return hits[0]


def sub(doc, quote):
    hits = [l for l in TEXT[doc] if quote in l]
    if len(hits) != 1:
        raise SystemExit(f"{doc}: {len(hits)} lines contain {quote!r}")
    return quote


G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


rec = lambda ref: ln(AT, ref + " |")
grant = lambda ref: ln(GR, ref + " |")
bp = lambda ref: ln(BP, ref + " |")
bpnote = lambda ref: ln(BP, ref + ": ")
cllr = lambda name: ln(CD, "Councillor " + name + " (")
fd = lambda start: ln(CD, start)

# ---------------------------------------------------------------- status_lookup (7)
q("p001", "which audit recs are overdue on the burial space fund tracker?", "status_lookup",
  "Three recommendations are Overdue at 30 September 2026: IA26-02 (High) – a register of interests for each funding round, with declarations signed before scoring (Head of Bereavement Services Policy; due 31 May 2026, revised to 31 August 2026); IA26-05 (Medium) – a monthly reconciliation of the grant register to the general ledger (Grants Finance Manager; due 30 June 2026); and IA26-11 (Medium) – a telephone call-back before accepting a council's change of bank details (Grants Finance Manager; due 31 May 2026, revised to 31 July 2026).",
  ["IA26-02", "IA26-05", "IA26-11"], [],
  [(AT, rec("IA26-02")), (AT, rec("IA26-05")), (AT, rec("IA26-11"))],
  "Status words in the eighth column of the landscape Word table; the summary table gives only the count (3).")
q("p002", "any high priority audit recs still not done?", "status_lookup",
  "Yes, two of the three High priority recommendations are still open: IA26-02, the register of interests for each funding round, is Overdue (due 31 May 2026, revised 31 August 2026; round 2 scoring began without declarations from two of the four assessors); and IA26-03, completion certificates and site visits before the final 20 per cent of a grant is paid, is Partly implemented (certificate in use since July 2026, site visits start in November 2026; revised due date 31 December 2026). IA26-01 (no payment without a signed grant agreement) has been implemented. The audit opinion stays Limited assurance until the open High priority recommendations are implemented.",
  ["IA26-02", "IA26-03"], [],
  [(AT, rec("IA26-02")), (AT, rec("IA26-03")), (AT, ln(AT, "High | 1 | 1 | 0 | 1 | 3"))],
  "Filter the tracker by priority and status; 'not done' covers Overdue and Partly implemented.")
q("p003", "status of the bank details call back rec?", "status_lookup",
  "Overdue. IA26-11 (Medium priority, Grants Finance Manager): changes to councils' bank details were accepted by email without a call-back; the agreed action is to confirm any change by telephone with a known contact before the next payment. Original due date 31 May 2026, revised to 31 July 2026. The written procedure was updated in July 2026, but two changes in August 2026 were accepted without a call-back (both genuine; no payment went to a wrong account). Management asked for a new date of 30 November 2026, which the Panel agreed on 21 October 2026.",
  ["Overdue"], [],
  [(AT, rec("IA26-11")), (AT, sub(AT, "Both changes were genuine, and no payment was made to a wrong account.")), (MN, ln(MN, "(2) the revised due dates"))],
  "Recommendation referred to by description; one cell carries a Word footnote.")
q("p004", "which business plan commitments missed their q2 milestone", "status_lookup",
  "Four commitments have a ✗ (milestone missed) in Quarter 2 2026/27: BSP-02, the map of burial space left in each council area (data still missing for 41 councils, so the draft slipped to Q3); BSP-06, guidance on recovering the costs of public health funerals (held back for legal advice; now due 20 January 2027); BSP-07, the pilot of a shared direct cremation contract (the procurement attracted only one bid and was stopped); and BSP-10, the survey of councils' bereavement staffing and vacancies (the survey platform contract ended in July; it goes out in November 2026).",
  ["BSP-02", "BSP-06", "BSP-07", "BSP-10"], [],
  [(BP, bp("BSP-02")), (BP, bp("BSP-06")), (BP, bp("BSP-07")), (BP, bp("BSP-10")), (BP, ln(BP, "✗ | Milestone missed"))],
  "The Q2 column holds only symbols, explained in a key; BSP-05 missed Q1, not Q2.")
q("p005", "which commitments have low delivery confidence", "status_lookup",
  "Three of the 12 commitments in the 2026/27 business plan are rated Low (unlikely to deliver in full in 2026/27 without a change of plan): BSP-06, guidance on recovering the costs of public health funerals; BSP-07, the pilot of a shared direct cremation contract with five councils; and BSP-10, the survey of councils' bereavement services on staffing and vacancies.",
  ["BSP-06", "BSP-07", "BSP-10"], [],
  [(BP, bp("BSP-06")), (BP, bp("BSP-07")), (BP, bp("BSP-10")), (BP, ln(BP, "Delivery confidence: High"))],
  "Last column of three markdown tables.")
q("p006", "is the bereavement officers training on track?", "status_lookup",
  "Yes. BSP-09, the training programme for bereavement officers (60 places, lead LT – Lucian Trenowden), met its milestones in Q1 and Q2 (✓ ✓) and has High delivery confidence. 48 of the 60 places have been taken; the first two cohorts finished in June and September 2026 and the third starts in January 2027 in Manchester. Its budget is £38,000, and on 21 October 2026 the Panel moved the £12,000 from the deferred direct cremation pilot to it.",
  ["High", "48"], [],
  [(BP, bp("BSP-09")), (BP, bpnote("BSP-09")), (BP, ln(BP, "Bereavement officers' training programme |"))],
  "Ticks in quarter columns plus the confidence word; 'on track' is not the paper's phrase.")
q("p007", "which of the panels forthcoming decisions are key decisions", "status_lookup",
  "Four of the seven forthcoming decisions on the Panel's page are key decisions (over £100,000, or affecting councils in more than one region): Burial Space Capacity Fund 2026/27 round 2 allocations (21 Oct 2026, Lucian Trenowden); Burial Space Capacity Fund round 3 criteria and timetable (20 Jan 2027, Nadia Bellchambers); Shared direct cremation contract: outcome of the pilot procurement (14 Apr 2027, Nadia Bellchambers); and Business plan 2027/28 (14 Apr 2027, Philippa Gathercole).",
  ["round 2", "round 3", "direct cremation", "2027/28"], [],
  [(CD, fd("Burial Space Capacity Fund 2026/27: round 2 allocations")), (CD, fd("Burial Space Capacity Fund round 3")), (CD, fd("Shared direct cremation contract")), (CD, fd("Business plan 2027/28")), (CD, ln(CD, "A key decision is one"))],
  "Yes/No column of the HTML forthcoming decisions table.")

# ---------------------------------------------------------------- table_lookup (7)
q("p008", "original and revised due dates for IA26-03?", "table_lookup",
  "IA26-03 (High: completion certificate signed by the council's S151 officer, and visits to at least one in five funded sites) was originally due on 30 June 2026 and is now due on 31 December 2026. Status: Partly implemented – the certificate has been in use since July 2026, and site visits start in November 2026, with four planned before 31 December 2026. Responsible officer: Programme Manager (Capacity Fund).",
  ["30 June 2026", "31 December 2026"], [],
  [(AT, rec("IA26-03"))],
  "Two date columns of the tracker; the original date is struck through in the Word file.")
q("p009", "who's responsible for the records retention audit rec and when's it due", "table_lookup",
  "IA26-06 (Medium: move all bid documents out of officers' personal email folders into the fund's document library and apply the LGA retention schedule) is the Information Governance Manager's. It was due on 30 September 2026 and was revised to 31 January 2027 – by the Head of Bereavement Services Policy on 4 August 2026, because the LGA's new records system was delayed – so it is Not yet due. The library is set up and round 1 documents have been moved; round 2 documents are in progress.",
  ["Information Governance Manager", "31 January 2027"], [],
  [(AT, rec("IA26-06")), (AT, sub(AT, "Revised by the Head of Bereavement Services Policy on 4 August 2026"))],
  "Responsible officer as a job title; the reason for the revised date is a Word footnote.")
q("p010", "how much is kirklees getting from bscf round 2", "table_lookup",
  "£150,000 – the maximum grant – for BSCF/26/06, the extension of Northfield Lane Cemetery (1,400 graves, including a Muslim burial section). Kirklees Council's bid scored 91, the highest in round 2. The allocation was approved by the Panel on 21 October 2026.",
  ["150,000"], [],
  [(GR, grant("BSCF/26/06")), (GR, ln(GR, "(c) At the maximum grant"))],
  "A row of the ASCII grid table whose cells wrap over several physical lines; the note marker (c) sits in the council cell.")
q("p011", "enfield bscf grant + score?", "table_lookup",
  "The London Borough of Enfield (BSCF/26/07) is recommended for £132,000 for pre-built burial chambers for 800 burials at Brickfield Lane Cemetery; its bid scored 86.",
  ["132,000", "86"], [],
  [(GR, grant("BSCF/26/07"))],
  "Grid row; amounts right-aligned without a £ sign.")
q("p012", "when and where is the jan panel meeting", "table_lookup",
  "Wednesday 20 January 2027 at 10.30 am, at City Hall, Leicester (other meetings are at 18 Smith Square and online). The Panel confirmed on 21 October 2026 that the January meeting will be held in Leicester as planned.",
  ["20 January", "Leicester"], [],
  [(CD, ln(CD, "Wed, 20th Jan, 2027")), (MN, ln(MN, "RESOLVED that the meeting on Wednesday 14 April 2027"))],
  "Meetings list in the committee system's date style ('Wed, 20th Jan, 2027') with the venue after a dash.")
q("p013", "what party is cllr wrigglesworth", "table_lookup",
  "Liberal Democrat. Cllr Tobias Wrigglesworth (Stockport Metropolitan Borough Council) is a member of the Bereavement Services Panel; he attended the 21 October 2026 meeting online.",
  ["Liberal Democrat"], ["Labour", "Conservative"],
  [(CD, cllr("Tobias Wrigglesworth"))],
  "Party in a span after the role in the membership list.")
q("p014", "whats the training programme budget in the business plan", "table_lookup",
  "£38,000 for the bereavement officers' training programme in 2026/27 (out of a total of £1,492,000). On 21 October 2026 the Panel moved the £12,000 set aside for the deferred direct cremation pilot to the training programme (BSP-09).",
  ["38,000"], [],
  [(BP, ln(BP, "Bereavement officers' training programme |")), (MN, ln(MN, "(2) commitment BSP-07"))],
  "Resources table of the markdown plan.")

# ---------------------------------------------------------------- people_roles (6)
q("p015", "who chairs the bereavement services panel", "people_roles",
  "Cllr Elowen Rosewarne (Labour, Bristol City Council) is the Chair. The Vice-Chair is Cllr Crispin Hebditch (Conservative, North Yorkshire Council).",
  ["Rosewarne"], [],
  [(CD, cllr("Elowen Rosewarne")), (CD, cllr("Crispin Hebditch")), (MN, ln(MN, "Cllr Elowen Rosewarne (Chair)"))],
  "Role in brackets in the HTML membership list and the minutes' attendance.")
q("p016", "contact officer for the round 2 allocations paper?", "people_roles",
  "Lucian Trenowden, Senior Adviser (Burial Space) – 020 7946 0772, lucian.trenowden@local.gov.uk.",
  ["Trenowden"], [],
  [(GR, ln(GR, "Contact officer:")), (GR, ln(GR, "Job title:")), (GR, ln(GR, "Phone:"))],
  "Front sheet of labelled lines in the plain-text paper.")
q("p017", "who sent apologies to the 21 oct mtg, any subs?", "people_roles",
  "Apologies came from Cllr Folasade Ogunwusi (London Borough of Lambeth) and Cllr Fergus Dalgliesh (Westmorland and Furness Council). Cllr Rory Quinlivan (Gateshead Council) attended as substitute for Cllr Ogunwusi; no substitute was nominated for Cllr Dalgliesh.",
  ["Ogunwusi", "Dalgliesh", "Quinlivan"], [],
  [(MN, ln(MN, "Apologies were received from")), (MN, ln(MN, "Cllr Rory Quinlivan – Gateshead Council"))],
  "Minute 41/26 and the attendance block (labels in the left column).")
q("p018", "who's the lead member for workforce on the bereavement panel", "people_roles",
  "Cllr Beatrix Kettleborough (Conservative, Shropshire Council). The other lead members are Cllr Priya Venkataraman (burial space) and Cllr Siobhan Garvagh (funerals).",
  ["Kettleborough"], [],
  [(CD, cllr("Beatrix Kettleborough"))],
  "Role in brackets in the HTML membership list.")
q("p019", "who did the follow up audit of the burial fund", "people_roles",
  "Eleanor Quartermaine, Audit Manager at Calderwick Audit Partnership, the LGA's internal auditor, in September 2026 (contact 01632 960418). She also introduced the report at the Panel on 21 October 2026.",
  ["Quartermaine", "Calderwick"], [],
  [(AT, ln(AT, "2. This follow-up was carried out")), (AT, ln(AT, "Contact: Eleanor Quartermaine")), (MN, sub(MN, "Eleanor Quartermaine, Audit Manager, Calderwick Audit Partnership, introduced the report"))],
  "Named in a paragraph and the contact line of the Word report.")
q("p020", "who introduced the business plan item at the october panel meeting", "people_roles",
  "Nadia Bellchambers, Programme Manager (Capacity Fund), introduced the business plan progress report (minute 46/26); she also wrote it. The plan's owner is Philippa Gathercole, Head of Bereavement Services Policy.",
  ["Bellchambers"], [],
  [(MN, sub(MN, "Nadia Bellchambers, Programme Manager (Capacity Fund), introduced the report.")), (BP, ln(BP, "Progress report by:"))],
  "The named officer who introduced each item, in the minutes.")

# ---------------------------------------------------------------- board_paper (6)
q("p021", "what are the recomendations in the round 2 allocations paper", "board_paper",
  "That the Panel: (a) approves the 12 grant allocations in Table 1, totalling £1,161,000; (b) approves the reserve list in Appendix A, in the order shown; and (c) delegates to the Head of Bereavement Services Policy, in consultation with the Chair, any change of up to 10 per cent in a single grant.",
  ["1,161,000", "reserve list", "10 per cent"], [],
  [(GR, ln(GR, "(a) approves the 12 grant allocations")), (GR, ln(GR, "(b) approves the reserve list")), (GR, ln(GR, "(c) delegates to the Head"))],
  "Recommendations wrapped under the front sheet label, with typed (a)-(c).")
q("p022", "brief me on the internal audit follow up for the bscf", "board_paper",
  "Item 4 for 21 October 2026. Calderwick Audit Partnership's internal audit of round 1 of the Burial Space Capacity Fund (report of 18 February 2026) gave Limited assurance and made 11 recommendations (3 High, 5 Medium, 3 Low). The September 2026 follow-up by Eleanor Quartermaine, Audit Manager, found at 30 September 2026: 4 implemented, 2 partly implemented (IA26-03, IA26-08), 2 not yet due (IA26-06, IA26-10) and 3 overdue – IA26-02 (register of interests), IA26-05 (monthly reconciliation to the general ledger) and IA26-11 (call-back on changes of bank details). The opinion remains Limited assurance until the open High priority recommendations are implemented. Management asks the Panel to agree new dates (IA26-02 30 November, IA26-05 31 October, IA26-11 30 November 2026), and a further follow-up goes to the meeting on 20 January 2027.",
  ["Limited assurance", "IA26-02"], [],
  [(AT, ln(AT, "1. Calderwick Audit Partnership")), (AT, ln(AT, "Total | 4 | 2 | 2 | 3 | 11")), (AT, ln(AT, "4. The follow-up opinion")), (AT, ln(AT, "IA26-02 (register of interests)"))],
  "Summary of a Word report: prose, summary table with a total row, tracker, requested dates.")
q("p023", "how were round 2 bids scored", "board_paper",
  "Each eligible bid was scored out of 100 by two assessors against four criteria (Appendix B): need for burial space 35 per cent, deliverability 25 per cent, value for money 25 per cent, and environmental and community benefit 15 per cent. Where the two scores differed by more than 15 points, a third assessor moderated the bid. The 12 bids scoring 72 or more are recommended for funding; the next three form the reserve list.",
  ["35", "Deliverability", "72"], [],
  [(GR, ln(GR, "3. Each eligible bid")), (GR, ln(GR, "B1 Need for burial space")), (GR, ln(GR, "B2 Deliverability"))],
  "Numbered paragraph and an appendix of lettered criteria in the plain-text paper.")
q("p024", "what did the panel decide on the audit tracker", "board_paper",
  "At its meeting on 21 October 2026 (minute 44/26) the Panel resolved: (1) to note the progress on the recommendations; (2) to agree revised due dates of 31 October 2026 for IA26-05 and 30 November 2026 for IA26-11; (3) that IA26-02 (the register of interests) be fully implemented by Friday 6 November 2026, before the round 2 grant offers are issued, and not by 30 November 2026 as management proposed; and (4) that a further follow-up report come to the meeting on 20 January 2027.",
  ["6 November", "31 October", "20 January"], [],
  [(MN, ln(MN, "(2) the revised due dates")), (MN, ln(MN, "(3) IA26-02 be fully implemented")), (MN, ln(MN, "(4) a further follow-up report"))],
  "Numbered resolutions under a bold RESOLVED in the PDF minutes.")
q("p025", "can you quote the declarations of interest from the 21 oct minutes", "board_paper",
  "Minute 42/26: \"Cllr Yusuf Bhamjee declared an interest in item 5 (minute 45/26) as the cabinet member for environment at Blackburn with Darwen Borough Council, which had bid to round 2 of the Burial Space Capacity Fund. He left the meeting for that item and took no part in the discussion or the vote.\" \"Cllr Siobhan Garvagh declared that she is a trustee of the Quantock Natural Burial Trust, a charity. The trust had not bid to the fund, and she remained in the meeting for all items.\" \"No other interests were declared.\"",
  ["Bhamjee", "Garvagh"], [],
  [(MN, ln(MN, "Cllr Yusuf Bhamjee declared")), (MN, ln(MN, "Cllr Siobhan Garvagh declared"))],
  "Quote-a-passage from the PDF minutes.")
q("p026", "whats the latest on the burial space map", "board_paper",
  "BSP-02 (publish a map of the burial space left in each council area; lead NB, Nadia Bellchambers) met its Q1 milestone but missed Q2: the draft map has slipped to Q3 because data is still missing for 41 councils. Delivery confidence is Medium. At the Panel on 21 October 2026, Nadia Bellchambers said the map is now expected in December 2026, once the missing councils' data has been received.",
  ["41", "December 2026"], [],
  [(BP, bp("BSP-02")), (BP, bpnote("BSP-02")), (MN, ln(MN, "Cllr Venkataraman asked when the map"))],
  "A commitment referred to by description; ticks, commentary and minutes.")

# ---------------------------------------------------------------- fact (5)
q("p027", "how many bids did round 2 get and how much did they ask for", "fact",
  "31 bids from 29 councils, asking for £3,412,600 in total. Round 2 opened on 13 July and closed on 4 September 2026; five bids were ineligible (mainly for lack of evidence of land ownership), 12 are recommended for £1,161,000 and three are on the reserve list.",
  ["31", "3,412,600"], [],
  [(GR, ln(GR, "2. Round 2 opened"))],
  "A figure inside a hard-wrapped numbered paragraph.")
q("p028", "total of the recommended round 2 allocations?", "fact",
  "£1,161,000 for 12 grants, out of the £1,200,000 round 2 budget, leaving £39,000 to carry into round 3. (At the meeting on 21 October 2026 Tamworth's £96,000 was withdrawn and £88,500 offered to Hyndburn, so £46,500 is carried forward.)",
  ["1,161,000"], [],
  [(GR, ln(GR, "TOTAL |")), (GR, ln(GR, "5. If all 12 grants"))],
  "TOTAL row of the grid table.")
q("p029", "how many ppl came to the bereavment webinars", "fact",
  "212 at the first webinar (14 May 2026) and 187 at the second (17 September 2026) – 399 in all. Both webinars on supporting bereaved families (BSP-08) have been held, so the commitment has High delivery confidence.",
  ["212", "187"], [],
  [(BP, bpnote("BSP-08"))],
  "Figures in a commentary bullet of the markdown plan; typo in the question.")
q("p030", "how many labour cllrs are on the bereavement panel", "fact",
  "Four: Cllr Elowen Rosewarne (Chair, Bristol City Council), Cllr Yusuf Bhamjee (Blackburn with Darwen), Cllr Folasade Ogunwusi (Lambeth) and Cllr Priya Venkataraman (Leicester, lead member for burial space). Cllr Rory Quinlivan (Gateshead) is a Labour substitute member.",
  ["Rosewarne", "Bhamjee", "Ogunwusi", "Venkataraman"], [],
  [(CD, cllr("Elowen Rosewarne")), (CD, cllr("Yusuf Bhamjee")), (CD, cllr("Folasade Ogunwusi")), (CD, cllr("Priya Venkataraman"))],
  "A count by party that no sentence gives.")
q("p031", "whats the panel's total budget for 26/27", "fact",
  "£1,492,000 in 2026/27, of which £1,200,000 is for BSCF round 2 grants; the rest is research and data £45,000, the training programme £38,000, the direct cremation pilot £12,000, webinars and conference £26,000 and staffing (2.6 FTE) £171,000, which excludes the Head of Bereavement Services Policy's post.",
  ["1,492,000"], [],
  [(BP, ln(BP, "Total | 1,492,000")), (BP, ln(BP, "Staffing (2.6 FTE)"))],
  "Total row of the markdown resources table.")

# ---------------------------------------------------------------- cross_document (5)
q("p032", "did tamworth get its grant in the end?", "cross_document",
  "No. The round 2 paper recommended £96,000 for Tamworth Borough Council (BSCF/26/10, 2.2 hectares at Coton Brook), conditional on the land purchase completing by 31 December 2026. Tamworth withdrew its bid on Friday 16 October 2026 because the purchase would not complete in time, and on 21 October 2026 the Panel approved the other allocations, offered £88,500 to Hyndburn Borough Council (first on the reserve list) and carried the remaining £46,500 forward to round 3.",
  ["Hyndburn", "88,500"], [],
  [(GR, grant("BSCF/26/10")), (MN, ln(MN, "Lucian Trenowden, Senior Adviser")), (MN, ln(MN, "(2) a grant of £88,500"))],
  "The minutes change the allocations paper.")
q("p033", "new deadline for IA26-02?", "cross_document",
  "Friday 6 November 2026. IA26-02 (a register of interests for each funding round) was originally due on 31 May 2026 and revised to 31 August 2026, and was Overdue at 30 September. Management asked for 30 November 2026, but on 21 October 2026 the Panel resolved that it be fully implemented by 6 November 2026, before the round 2 grant offers are issued (minute 44/26). All four assessors had signed declarations on 12 October 2026.",
  ["6 November"], [],
  [(AT, ln(AT, "IA26-02 (register of interests)")), (MN, ln(MN, "(3) IA26-02 be fully implemented")), (AT, rec("IA26-02"))],
  "The tracker's requested date is overruled in the minutes.")
q("p034", "when's the april 2027 panel mtg", "cross_document",
  "Wednesday 21 April 2027. The committee page lists Wednesday 14 April 2027, but on 21 October 2026 the Panel moved that meeting to 21 April because 14 April fell in the Easter school holidays in many areas (minute 47/26).",
  ["21 April"], [],
  [(CD, ln(CD, "Wed, 14th Apr, 2027")), (MN, ln(MN, "RESOLVED that the meeting on Wednesday 14 April 2027")), (MN, ln(MN, "Imran Lathbury, Member Services Officer, reported"))],
  "A date on the (earlier) committee page changed by the minutes.")
q("p035", "the grants finance manager has overdue audit actions - whats their name and which ones", "cross_document",
  "Halina Szczepanik is the Grants Finance Manager. Two of her recommendations are Overdue: IA26-05 (reconcile the grant register to the general ledger every month; due 30 June 2026 – the Panel agreed 31 October 2026) and IA26-11 (telephone call-back on changes of bank details; due 31 May, revised 31 July 2026 – the Panel agreed 30 November 2026). Her third, IA26-01 (no payment without a signed grant agreement), is Implemented. At the meeting she confirmed that no payment had gone to a wrong account and that the August and September reconciliations would be done by 31 October 2026.",
  ["Szczepanik", "IA26-05", "IA26-11"], [],
  [(MN, ln(MN, "Halina Szczepanik – Grants Finance Manager")), (AT, rec("IA26-05")), (AT, rec("IA26-11"))],
  "The tracker gives job titles only; the name is in the minutes' attendance.")
q("p036", "whats happening with the direct cremation pilot", "cross_document",
  "It has been put off to next year. BSP-07, the pilot of a shared direct cremation contract with five councils, missed its Q2 milestone and has Low delivery confidence: the procurement attracted only one bid and was stopped. On 21 October 2026 the Panel deferred the pilot to 2027/28 and moved the £12,000 set aside for it to the bereavement officers' training programme (BSP-09). The committee page (updated 12 October) still lists a key decision on the outcome of the pilot procurement for 14 April 2027.",
  ["2027/28", "12,000"], [],
  [(BP, bp("BSP-07")), (BP, bpnote("BSP-07")), (MN, ln(MN, "(2) commitment BSP-07")), (CD, fd("Shared direct cremation contract"))],
  "Business plan, minutes and committee page.")

# ---------------------------------------------------------------- unanswerable (4)
q("p037", "how much did round 1 of the bscf give out in total", "unanswerable",
  "The papers don't say. They mention round 1 only through the internal audit (18 round 1 grant payments; awards published on 20 March 2026), not how much it awarded in total. Round 2 has £1,200,000.",
  [], [], [],
  "Near figures (round 2's budget, the number of round 1 payments) but no round 1 total.")
q("p038", "whats the delegate fee for the bereavement services conference 2027", "unanswerable",
  "The papers don't give it: the business plan says delegate fees will be agreed by the Chair in November 2026. The conference is on Wednesday 3 March 2027 in Birmingham.",
  [], [], [],
  "Fee not yet set.")
q("p039", "how many public health funerals did councils arrange in 25/26", "unanswerable",
  "The papers don't say. The national data return on public health funerals asks for the number and cost in 2025/26, and 258 councils had sent data by 30 September 2026, but the figures will only be published with the Quarter 3 update.",
  [], [], [],
  "Data collected but not reported.")
q("p040", "how much does calderwick charge the lga for internal audit", "unanswerable",
  "Nothing in the papers gives Calderwick Audit Partnership's fee or the cost of internal audit.",
  [], [], [],
  "Plausible question, no answer.")

assert len(G) == 40 and [g["id"] for g in G] == [f"p{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
