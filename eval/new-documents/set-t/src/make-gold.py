# Writes ../gold.jsonl (the 40 questions of this set, t001-t040, with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole lines are taken from the rendering by `ln` (the one line that starts with the given text; it fails
# if the line is missing or not unique) or `eq` (the line equal to the text); a run of consecutive lines by `run`
# (joined with single spaces). check-gold.mjs then checks every quote against the renderings and the documents.
# (Adapted from set Q's make-gold.py, /work/main/eval/new-documents/set-q/src/make-gold.py.)
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
BP = "rights-of-way-countryside-access-panel-budget-monitoring-2027-03-18.pdf"
DP = "rights-of-way-countryside-access-panel-delivery-plan-2026-27-q3.docx"
GH = "path-improvement-fund-2026-27-grants-awarded.html"
MN = "rights-of-way-countryside-access-panel-minutes-2026-11-19.md"
RR = "rights-of-way-countryside-access-panel-risk-register-export-2027-03-02.txt"
TEXT = {}
for d in (BP, DP, GH, MN, RR):
    TEXT[d] = open(os.path.join(ROOT, "text", os.path.splitext(d)[0] + ".txt"), encoding="utf-8").read().split("\n")


def ln(doc, start):
    hits = [l for l in TEXT[doc] if l.startswith(start)]
    if len(hits) != 1:
        raise SystemExit(f"{doc}: {len(hits)} lines start with {start!r}")
    return hits[0]


def eq(doc, line):
    if TEXT[doc].count(line) != 1:
        raise SystemExit(f"{doc}: {TEXT[doc].count(line)} lines equal {line!r}")
    return line


def run(doc, start, n):
    """n consecutive lines from the one starting with `start`, joined with single spaces"""
    lines = TEXT[doc]
    i = lines.index(ln(doc, start))
    return " ".join(lines[i:i + n])


G = []


def q(id, question, category, answer, must_include, must_not_include, evidence, notes):
    G.append(dict(id=id, question=question, category=category, answer=answer, must_include=must_include,
                  must_not_include=must_not_include, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


ms = lambda ref: ln(DP, "| " + ref + " ") if any(l.startswith("| " + ref + " ") for l in TEXT[DP]) else ln(DP, next(l for l in TEXT[DP] if (" | " + ref + " | ") in l and l.startswith("Quarter ")))
row = lambda doc, ref: ln(doc, ref + " |")
member = lambda name: ln(MN, name + " — ")

# ---------------------------------------------------------------- status_lookup (7)
q("t001", "which delivery plan milestones were missed at q3?", "status_lookup",
  "Three milestones have the status R (missed the due date): RW-M08, filling the specialist adviser post in the Definitive Map Support Service (due by 30 September 2026; the post was filled from 1 December 2026); RW-M10, publishing the definitive map backlog report (revised date proposed: 29 April 2027); and RW-M12, publishing the final Access for All audit toolkit (revised date proposed: 27 May 2027). The other nine of the 12 milestones due by 31 December 2026 were delivered.",
  ["RW-M08", "RW-M10", "RW-M12"], [],
  [(DP, ms("RW-M08")), (DP, ms("RW-M10")), (DP, ms("RW-M12")), (DP, ln(DP, "R | Missed the due date"))],
  "The status is a single letter in a shaded cell, read through the key table; the summary gives only the count (three missed).")
q("t002", "whats the status on the path data standard consultation milestone", "status_lookup",
  "RW-M16, \"Digital path network data standard: consultation launched\" (due in quarter 4, January to March 2027, lead officer Joan Cheesewright), is A – at risk of missing the due date. The supplier, Mapwright Digital Ltd, is late with the consultation draft, and the launch is now expected in late March 2027.",
  ["at risk"], [],
  [(DP, ms("RW-M16")), (DP, ln(DP, "A | At risk of missing the due date"))],
  "Letter A in a shaded cell; the row's quarter is only in the rotated, vertically merged Quarter cell four rows up.")
q("t003", "which PIF grants are delayed", "status_lookup",
  "Two: PIF-04, Norfolk County Council's boardwalk repairs on the Wensum valley path (£35,800), now due 30 June 2027 (was 31 March 2027) because of winter flooding on the path; and PIF-12, East Sussex County Council's drainage and resurfacing of a chalk downland bridleway near Alfriston (£36,900), now due 31 July 2027 (was 31 March 2027) because its contractor went into administration.",
  ["PIF-04", "PIF-12"], [],
  [(GH, row(GH, "PIF-04")), (GH, row(GH, "PIF-12")), (GH, ln(GH, "PIF-04 and PIF-12: completion"))],
  "Status pills in the CSS-grid table (role=\"cell\"); the old date is in a <small>.")
q("t004", "which lines in the countryside access budget are red?", "status_lookup",
  "Two of the eleven lines are Red at 31 January 2027: RWB-02, Stile Replacement Programme grants (forecast £138,000 against £120,000, £18,000 over, because 690 stiles were claimed against the 600 planned); and RWB-03, Definitive Map Support Service (forecast £142,500 against £180,000, £37,500 under, because the specialist adviser post was vacant for three months and training events moved to 2027/28).",
  ["RWB-02", "RWB-03"], [],
  [(BP, row(BP, "RWB-02")), (BP, row(BP, "RWB-03")), (BP, ln(BP, "5. Stile Replacement")), (BP, ln(BP, "6. Definitive Map Support"))],
  "RAG words on coloured cells of the two-page table; RWB-03's row breaks across the page (its figures and RAG are on page 1).")
q("t005", "any risks rated very high on the rights of way risk reg?", "status_lookup",
  "One: RWR-01 – Path Improvement Fund projects are not completed in 2026/27, so grants are carried forward or lost. Likelihood 4, impact 4, score 16, Very high, trend Increasing; owner Tomasz Wierzbicki; next review 31/03/2027. Controls: monthly calls with grant holders, revised completion dates for PIF-04 (Norfolk) and PIF-12 (East Sussex), and the second half of each grant paid only on completion.",
  ["RWR-01"], [],
  [(RR, row(RR, "RWR-01"))],
  "Rating column of the CSV export.")
q("t006", "which risks are increasing", "status_lookup",
  "Four risks have the trend Increasing: RWR-01, Path Improvement Fund projects not completed in 2026/27 (Very high, 16); RWR-02, demand for Stile Replacement Programme grants exceeds the budget (Medium, 8); RWR-07, supplier delay on the digital path network data standard (Medium, 9); and RWR-08, landowners object to, or delay, path works funded by the grants (Medium, 9). RWR-04, on late publication of the backlog report, is New.",
  ["RWR-01", "RWR-02", "RWR-07", "RWR-08"], [],
  [(RR, row(RR, "RWR-01")), (RR, row(RR, "RWR-02")), (RR, row(RR, "RWR-07")), (RR, row(RR, "RWR-08"))],
  "Trend column of the CSV export (quoted fields with commas before it).")
q("t007", "status of the tameside path fund grant?", "status_lookup",
  "Withdrawn. PIF-09, Tameside Metropolitan Borough Council's grant of £12,600 for reopening the Hartshead canal feeder path, was withdrawn on 8 February 2027 because the landowner did not agree to the works; the grant had not been paid. The budget paper proposes offering the money to the first reserve bid.",
  ["withdrawn"], [],
  [(GH, row(GH, "PIF-09")), (GH, ln(GH, "PIF-09: Tameside"))],
  "Status pill 'Withdrawn' and the note under the grid.")

# ---------------------------------------------------------------- table_lookup (7)
q("t008", "how much did norfolk get from the path fund and whens it due to finish now", "table_lookup",
  "£35,800 (PIF-04, boardwalk repairs on the Wensum valley path, with £8,500 of match funding, 2.7 km). It is Delayed: completion is now due 30 June 2027 (it was 31 March 2027), because of winter flooding on the path.",
  ["35,800", "30 June 2027"], [],
  [(GH, row(GH, "PIF-04"))],
  "Row of the CSS-grid table found by council name; 'path fund' for the Path Improvement Fund.")
q("t009", "whats the forecast outturn for the definitive map support service", "table_lookup",
  "£142,500 against a revised budget of £180,000 – an underspend of £37,500 (RWB-03, Red). Spending to 31 January 2027 was £96,400. If the proposed £18,000 virement to stile grants is agreed, the line would be £19,500 under a revised budget of £162,000.",
  ["142,500"], [],
  [(BP, row(BP, "RWB-03")), (BP, ln(BP, "6. Definitive Map Support"))],
  "The row breaks across the page: its figures are on page 1 beside the first line of its name.")
q("t010", "stiles replaced kpi - what was the q3 figure", "table_lookup",
  "518 stiles replaced by the end of quarter 3 (RW-K01, cumulative: 96 at Q1, 301 at Q2, 518 at Q3) against a 2026/27 target of 600; status G, expected to meet the year-end target. The claims window closed on 31 December 2026 with 690 stiles claimed.",
  ["518"], [],
  [(DP, row(DP, "RW-K01")), (DP, ms("RW-M14"))],
  "Q3 column of Table 2 in the Word report.")
q("t011", "RWR-03 score and owner?", "table_lookup",
  "Score 12 (likelihood 3 × impact 4), rated High, trend Decreasing; the owner is Genevieve Fazakerley. The risk is that councils lose specialist definitive map officers, so applications for modification orders wait longer. Controls: the specialist adviser post in the Definitive Map Support Service was filled from 01/12/2026, and a Rights of Way Academy module on modification orders (\"DMMO basics\") starts in April 2027. Next review 30/04/2027.",
  ["12", "Fazakerley"], [],
  [(RR, row(RR, "RWR-03"))],
  "The record whose Controls field holds a line break inside its quotes (and doubled quotes).")
q("t012", "whos first on the PIF reserve list", "table_lookup",
  "PIF-R1: Cumberland Council, repairs to the Caldbeck commons paths – a bid of £14,800 that scored 71 out of 100. (PIF-R2 is Wirral Council, £9,500, 69; PIF-R3 Suffolk County Council, £21,000, 66.)",
  ["Cumberland", "14,800"], [],
  [(GH, row(GH, "PIF-R1"))],
  "Second CSS-grid table of the page.")
q("t013", "revised budget for the access for all toolkit line + why is it diffrent from the original", "table_lookup",
  "£40,000 (RWB-07), against an original budget of £50,000: on 20 July 2026 the Head of Countryside and Environment moved £10,000 from RWB-07 to a new line, RWB-08 (digital path network data standard), to start work on a common data standard for councils' path networks. RWB-07's forecast is £40,000, no variance, Green.",
  ["40,000", "10,000"], [],
  [(BP, row(BP, "RWB-07")), (BP, ln(BP, "‡ £10,000 was moved"))],
  "The reason is in the note behind the ‡ marker drawn small and raised in the Revised budget cell.")
q("t014", "how much match funding is north yorks putting into its PIF project", "table_lookup",
  "£40,000 – for North Yorkshire Council's Wensleydale multi-user path, phase 1 (PIF-07), which has a grant of £39,200 (4.8 km of path, On site, completion due 31 May 2027).",
  ["40,000"], [],
  [(GH, row(GH, "PIF-07"))],
  "'north yorks' for North Yorkshire Council; the Match funding column.")

# ---------------------------------------------------------------- people_roles (6)
q("t015", "who chairs the rights of way panel and whos vice chair", "people_roles",
  "The Chair is Cllr Margery Haythornthwaite (Calderdale Council, Labour) and the Vice-Chair is Cllr Caspian Merriweather (Devon County Council, Conservative).",
  ["Haythornthwaite", "Merriweather"], [],
  [(MN, member("Cllr Margery Haythornthwaite")), (MN, member("Cllr Caspian Merriweather"))],
  "Membership bullets 'Name — Council (Group), Role' in the markdown minutes.")
q("t016", "who are the green party members on the panel", "people_roles",
  "The Green group has one member, Cllr Saffron Scholey (Herefordshire Council), and one substitute, Cllr Fergal Tunnicliffe (Stroud District Council).",
  ["Scholey", "Tunnicliffe"], [],
  [(MN, member("Cllr Saffron Scholey")), (MN, member("Cllr Fergal Tunnicliffe"))],
  "The group is only in brackets after the council in each bullet.")
q("t017", "who's the contact officer for the budget monitoring paper", "people_roles",
  "Meera Vosper, Finance Business Partner – 020 7946 0593, meera.vosper@local.gov.uk.",
  ["Vosper"], [],
  [(BP, run(BP, "Contact officer: Meera Vosper", 2))],
  "Front sheet of the PDF paper (bold run-in labels).")
q("t018", "who owns the landowner objections risk", "people_roles",
  "Tomasz Wierzbicki (Programme Officer, Path Improvement Fund) owns RWR-08 – landowners object to, or delay, path works funded by the grants (3 × 3 = 9, Medium, Increasing). PIF-09 (Tameside) was withdrawn after the landowner refused consent, and future rounds are to ask for the landowner's written consent with each bid.",
  ["Wierzbicki"], [],
  [(RR, row(RR, "RWR-08"))],
  "Owner column of the CSV export; the risk found by description.")
q("t019", "which officer is leading on countryside access week", "people_roles",
  "Kit Sandercock, Campaigns Officer. Kit is the lead officer for the Countryside Access Week 2027 milestones (RW-M11, partner sign-up, delivered; RW-M15, programme published, on schedule), presented the plans to the Panel in November 2026 and owns the risk on the pre-election period (RWR-06).",
  ["Sandercock"], [],
  [(DP, ms("RW-M11")), (DP, ms("RW-M15")), (MN, ln(MN, "Kit Sandercock presented the plans")), (RR, row(RR, "RWR-06"))],
  "Lead officer column of Table 1; the job title is in the minutes' officers line.")
q("t020", "which cllrs sent apologies to the nov meeting", "people_roles",
  "Two: Cllr Rosemary Satterthwaite (Lancashire County Council, Conservative), for whom Cllr Leonie Dimmock attended as substitute, and Cllr Osian Stainthorpe (Durham County Council, Labour), who had no substitute.",
  ["Satterthwaite", "Stainthorpe"], [],
  [(MN, ln(MN, "Apologies: Cllr Rosemary")), (MN, ln(MN, "The Chair welcomed members"))],
  "Attendance paragraphs and minute 10 of the markdown minutes of 19 November 2026.")

# ---------------------------------------------------------------- board_paper (6)
q("t021", "what are the recs in the budget monitoring report", "board_paper",
  "That the Panel: (a) notes the forecast outturn of £1,184,400 against the budget of £1,240,000, an underspend of £55,600; (b) approves a virement of £18,000 from the Definitive Map Support Service (RWB-03) to the Stile Replacement Programme (RWB-02); and (c) agrees that the £12,600 returned when Tameside Metropolitan Borough Council withdrew its Path Improvement Fund grant (PIF-09) is offered to the first bid on the reserve list, PIF-R1 (Cumberland Council, £14,800), with the remaining £2,200 taken from the fund's contingency.",
  ["18,000", "PIF-R1"], [],
  [(BP, ln(BP, "(a) notes the forecast")), (BP, ln(BP, "(b) approves a virement")), (BP, ln(BP, "(c) agrees that the £12,600"))],
  "'recs' for recommendations; front sheet of the PDF paper.")
q("t022", "what did the panel resolve on PIF grants in nov", "board_paper",
  "At its meeting on 19 November 2026 (minute 14) the Panel: (a) awarded 12 grants totalling £370,400 as set out in Appendix A to the report; (b) kept the remaining £29,600 of the £400,000 fund as a contingency for cost increases on the funded projects; and (c) agreed a reserve list of three bids (PIF-R1 to PIF-R3), to be offered a grant in order if a grant is withdrawn. Cllr Scholey had declared an interest and was not present for the item.",
  ["370,400", "29,600"], [],
  [(MN, ln(MN, "(a) awards 12 grants")), (MN, ln(MN, "(b) keeps the remaining")), (MN, ln(MN, "(c) agrees the reserve list"))],
  "A 'Resolved:' sub-paragraph with hard-broken (a)-(c) lines inside an ordered-list item.")
q("t023", "summarise the definitive map backlog survey findings pls", "board_paper",
  "Dr Ingrid Brinkworth of Hollinbeck Surveys Ltd presented the emerging findings on 19 November 2026. The survey closed on 30 September 2026 with responses from 118 councils, which held 4,870 applications for definitive map modification orders that had not been determined. The median wait from application to decision was five years and eight months, and 23 councils had no officer with more than two years' experience of modification orders. The Panel asked for the final report to include recommendations to government on funding for definitive map work; it was due in December 2026, and a revised publication date of 29 April 2027 is now proposed (RW-M10).",
  ["118", "4,870"], [],
  [(MN, ln(MN, "Dr Ingrid Brinkworth of Hollinbeck")), (MN, ln(MN, "Resolved: That the Panel notes the emerging findings")), (DP, ms("RW-M10"))],
  "Minute 15 (an ordered-list item) and the delivery plan's RW-M10 row.")
q("t024", "why is the definitive map support service underspent", "board_paper",
  "Because the specialist adviser post was vacant for three months – from 1 September to 30 November 2026; a new adviser started on 1 December 2026 – saving £21,300 in salary and on-costs, and the service's training events for councils were moved to 2027/28, saving £16,200. Together that is the forecast underspend of £37,500 on RWB-03, which is rated Red.",
  ["vacant", "37,500"], [],
  [(BP, ln(BP, "6. Definitive Map Support")), (BP, ln(BP, "† The specialist adviser post"))],
  "Explanation paragraph and the note behind the † marker inside the split row's name.")
q("t025", "delivery plan q3 report - what is the panel being asked to agree?", "board_paper",
  "To note progress on the delivery plan at the end of quarter 3, and to agree revised dates for two missed milestones: 29 April 2027 for the definitive map backlog report (RW-M10) and 27 May 2027 for the final Access for All audit toolkit (RW-M12).",
  ["29 April 2027", "27 May 2027"], [],
  [(DP, ln(DP, "(b) agrees revised dates"))],
  "Recommendations of the Word report, typed (a)/(b).")
q("t026", "what were the scoring criteria for PIF bids", "board_paper",
  "Benefit to path users (40 per cent), value for money (30 per cent) and deliverability by 31 March 2027 (30 per cent). An assessment panel of officers scored the 31 bids against these published criteria and recommended the 12 highest-scoring bids, with three more as a reserve list.",
  ["40", "value for money", "deliverability"], [],
  [(MN, ln(MN, "Tomasz Wierzbicki introduced the report. The fund"))],
  "Inside a paragraph of minute 14.")

# ---------------------------------------------------------------- fact (5)
q("t027", "how many bids did the path improvement fund recieve", "fact",
  "31 bids, worth £1,146,000, for a fund of £400,000. The round opened on 1 June 2026 and closed on 30 September 2026.",
  ["31"], [],
  [(MN, ln(MN, "Tomasz Wierzbicki introduced the report. The fund")), (DP, ms("RW-M02"))],
  "Minutes (figure in a sentence) and the delivery plan's RW-M02 comment.")
q("t028", "when is countryside access week 2027", "fact",
  "Saturday 15 May to Sunday 23 May 2027 – after the local elections on 6 May 2027 – with the theme \"Open the gate\".",
  ["15 May", "23 May"], [],
  [(MN, ln(MN, "Kit Sandercock presented the plans")), (RR, row(RR, "RWR-06"))],
  "Minute 16; the risk register writes '15-23 May 2027'.")
q("t029", "total forecast underspend on the countryside access budget?", "fact",
  "£55,600 (4.5 per cent): a forecast outturn of £1,184,400 against the budget of £1,240,000, based on spending to 31 January 2027 (£841,350).",
  ["55,600"], [],
  [(BP, row(BP, "Total")), (BP, ln(BP, "(a) notes the forecast"))],
  "Total row on page 2 of the table, and recommendation (a).")
q("t030", "what does RWB-03 actually pay for", "fact",
  "RWB-03 is the Definitive Map Support Service – casework advice and training for councils on modification orders (definitive map modification orders). Its budget is £180,000 and its forecast £142,500.",
  ["casework", "training"], [],
  [(BP, eq(BP, "casework advice and training for councils on modification orders")), (BP, row(BP, "RWB-03"))],
  "The rest of the split row's name is on page 2, after the '(continued)' caption and the repeated header, with the other cells empty.")
q("t031", "how many stiles have councils claimed under the stile programme", "fact",
  "690 stiles, against the 600 planned for the year; the claims window closed on 31 December 2026. At £200 a stile that makes a forecast of £138,000 against a budget of £120,000. By 31 December 2026, 518 stiles had been replaced.",
  ["690"], [],
  [(BP, ln(BP, "5. Stile Replacement")), (DP, ms("RW-M14")), (RR, row(RR, "RWR-02"))],
  "Budget explanation, delivery plan comment and risk register control say the same figure.")

# ---------------------------------------------------------------- cross_document (5)
q("t032", "who replaced cllr stainthorpe", "cross_document",
  "Cllr Tobin Ackroyd (Kirklees Council, Labour), from 11 January 2027; he also took over from Cllr Stainthorpe as lead member for the definitive map. He had been one of the Labour group's substitutes. Cllr Osian Stainthorpe (Durham County Council) stood down at the end of December 2026.",
  ["Ackroyd"], [],
  [(DP, ln(DP, "Cllr Tobin Ackroyd (Kirklees Council) replaced")), (MN, ln(MN, "The Chair reported that Cllr Osian Stainthorpe")), (MN, member("Cllr Tobin Ackroyd"))],
  "The November minutes say he would stand down; the March delivery plan names his successor.")
q("t033", "what's happening to the money from the withdrawn tameside grant", "cross_document",
  "Tameside Metropolitan Borough Council withdrew PIF-09 (£12,600) on 8 February 2027 because the landowner did not agree to the works. Under the Panel's decision of 19 November 2026, reserve bids are offered a grant in order, so the budget paper for 18 March 2027 recommends (c) offering the £12,600 to the first reserve bid, PIF-R1 from Cumberland Council (£14,800, repairs to the Caldbeck commons paths), with £2,200 from the contingency, which would leave £27,400. The Panel decides on 18 March 2027.",
  ["Cumberland", "12,600"], [],
  [(BP, ln(BP, "(c) agrees that the £12,600")), (GH, ln(GH, "PIF-09: Tameside")), (GH, row(GH, "PIF-R1")), (MN, ln(MN, "(c) agrees the reserve list"))],
  "Web page (withdrawal, reserve list), PDF recommendation (c), minutes (the reserve list rule).")
q("t034", "job title of whoever owns the stile demand risk?", "cross_document",
  "RWR-02 (demand for Stile Replacement Programme grants exceeds the budget) is owned by Idris Warboys, who is Senior Adviser (Rights of Way).",
  ["Warboys", "Senior Adviser"], [],
  [(RR, row(RR, "RWR-02")), (DP, ln(DP, "Contact officer: Idris Warboys"))],
  "The CSV gives the owner's name only; the job title is in the Word report's front sheet (and the minutes' officers line).")
q("t035", "did cllr scholey vote on the PIF grants, and did her council get one?", "cross_document",
  "No, she did not vote: she declared a non-pecuniary interest as Herefordshire Council's cabinet member for the environment, because Herefordshire had bid, and left the room for minute 14. Herefordshire Council did get a grant: PIF-02, £27,500 for replacing 42 stiles with kissing gates on the Arrow valley paths (£9,000 match funding, On site, due 31 March 2027).",
  ["PIF-02", "27,500"], [],
  [(MN, ln(MN, "Cllr Scholey declared")), (MN, member("Cllr Saffron Scholey")), (GH, row(GH, "PIF-02"))],
  "Minutes (declaration, her council in the membership bullet) and the grants grid.")
q("t036", "stile programme is overspending - whats being done about it", "cross_document",
  "RWB-02 (Stile Replacement Programme grants) is forecast at £138,000 against £120,000 – £18,000 over, Red – because councils claimed for 690 stiles against the 600 planned, at £200 a stile. The budget paper recommends (b) a virement of £18,000 from the Definitive Map Support Service (RWB-03), which would meet the overspend in full and bring RWB-02 to Green. The risk register's RWR-02 (Medium, Increasing) records that the claims window closed on 31/12/2026 and that the virement goes to the Panel on 18/03/2027. 518 stiles had been replaced by 31 December 2026 (RW-K01, G).",
  ["18,000", "virement"], [],
  [(BP, row(BP, "RWB-02")), (BP, ln(BP, "(b) approves a virement")), (BP, ln(BP, "8. Virements")), (RR, row(RR, "RWR-02"))],
  "Budget table, recommendation and paragraph 8, and the risk register.")

# ---------------------------------------------------------------- unanswerable (4)
q("t037", "who is the new specialist adviser in the definitive map support service", "unanswerable",
  "The papers don't name them. They say only that the post was vacant from 1 September 2026 and was filled from 1 December 2026.",
  [], [], [],
  "The start date is given everywhere, the name nowhere.")
q("t038", "whats the countryside access budget for 2027/28", "unanswerable",
  "The papers don't give it. The risk register says that a draft 2027/28 budget was sent to the LGA's finance team on 12 February 2027 (RWR-10), but no figure is given; the 2026/27 budget is £1,240,000.",
  [], [], [],
  "Near: the 2026/27 budget and a risk about the 2027/28 one, with no figure.")
q("t039", "did the panel approve the 18k stile virement on 18 march", "unanswerable",
  "The papers don't say: they were written before the meeting of 18 March 2027, where the £18,000 virement is recommendation (b) of the budget monitoring report.",
  [], [], [],
  "The outcome of the meeting is in no paper.")
q("t040", "when does the next round of the path improvement fund open", "unanswerable",
  "The papers don't say. They cover the 2026/27 round (open from 1 June to 30 September 2026) and say only that future rounds will ask for the landowner's written consent with each bid.",
  [], [], [],
  "Near: the 2026/27 round's dates and a control about future rounds.")

assert len(G) == 40 and [g["id"] for g in G] == [f"t{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
