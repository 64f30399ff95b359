# Writes ../gold.jsonl (the 40 questions of set O with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole table rows and whole lines are taken from the rendering by the helper `ln` (which fails if the
# line is missing or not unique); a run of consecutive lines by `run` (joined with single spaces); shorter
# quotes are written out and checked by check-gold.mjs. (Adapted from set M's make-gold.py.)
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
PR = "water-resilience-commission-performance-2026-27-q1.html"
RR = "water-resilience-commission-risk-register-2026-08.pdf"
AG = "water-resilience-commission-agenda-2026-09-17.docx"
EM = "water-resilience-commission-informal-meeting-note-2026-09-11.txt"
AR = "water-resilience-commission-lead-members-annual-report-2025-26.md"
TEXT = {}
for d in (PR, RR, AG, EM, AR):
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


kpi = lambda ref: ln(PR, ref + " |")
score = lambda n: ln(PR, f"Score {n} – ")
risk = lambda ref: [l for l in TEXT[RR] if f" | {ref} | " in l][0]
band = lambda name: ln(RR, name + ": a score of")
def member(name):
    hits = [l for l in TEXT[AR] if l.startswith("Cllr " + name) and " | " in l]
    assert len(hits) == 1, name
    return hits[0]
item = lambda n: ln(AG, [l for l in TEXT[AG] if l.split(" | ")[1:2] == [n]][0])
RR_HEAD = ln(RR, "Owner | Ref | Risk")

# ---------------------------------------------------------------- status_lookup (7)
q("o001", "which KPIs are well below in the q1 water resilience perf report?", "status_lookup",
  "Two measures score 1 (Well below: more than 15 per cent below the milestone) at Quarter 1 2026/27: WRC-K02, council buildings with water-efficiency retrofits completed – 118 against a milestone of 150, direction Declining (the main installer lost two fitting teams in May); and WRC-K08, webinar and workshop attendees – 229 against 300, also Declining (the May webinar on hosepipe restrictions was postponed).",
  ["WRC-K02", "WRC-K08"], ["WRC-K03", "WRC-K07"],
  [(PR, kpi("WRC-K02")), (PR, kpi("WRC-K08")), (PR, score(1))],
  "The Score column holds only a number; 'Well below' is its meaning in the key.")
q("o002", "anything exceeding its milestone in q1?", "status_lookup",
  "Two measures score 4 (Exceeding: more than 5 per cent above the milestone): WRC-K01, councils with an adopted drought resilience plan – 64 against 60 (Improving); and WRC-K05, drought roundtable attendees – 131 against 120 (Improving). Both are Cllr Hazeldine's.",
  ["WRC-K01", "WRC-K05"], ["WRC-K04", "WRC-K06"],
  [(PR, kpi("WRC-K01")), (PR, kpi("WRC-K05")), (PR, score(4))],
  "Score 4 only as a number; K04 and K06 are 3 (Meeting), just above their milestones.")
q("o003", "is the priority services referrals measure on track", "status_lookup",
  "Yes. WRC-K04, vulnerable households referred to water company priority services registers, scores 3 (Meeting: at the milestone or up to 5 per cent above it): 2,455 referrals in the year to date against a Quarter 1 milestone of 2,400, direction of travel No change. Referrals from adult social care teams make up over half of the total. Lead member: Cllr Carnsew.",
  ["2,455", "Meeting"], [],
  [(PR, kpi("WRC-K04")), (PR, score(3))],
  "'On track' answered from a numeric score and the key.")
q("o004", "which measure isnt scored this quarter and why", "status_lookup",
  "WRC-K09, schools in the rainwater harvesting pilot (lead member Cllr Lamplugh), is marked n/s – not scored – because no milestone was set for the quarter: the pilot launched in May 2026 and had 12 schools at 30 June 2026 (direction New). The report recommends a milestone of 20 schools at the end of Quarter 2.",
  ["WRC-K09"], [],
  [(PR, kpi("WRC-K09")), (PR, ln(PR, "n/s – not scored")), (PR, ln(PR, "2. agrees a milestone for WRC-K09"))],
  "The not-scored value and its key line.")
q("o005", "which risks are in the severe band rn?", "status_lookup",
  "Two: WRC-R01, councils not ready if a drought is declared in summer 2027 (likelihood 4 × impact 5 = 20, owner Cordelia Honeysett), and WRC-R07, installer delays holding up the council buildings retrofit programme (5 × 4 = 20, also Cordelia Honeysett). Severe is a current score of 20 to 25 on the heat map key. The next highest are WRC-R06 (15) and WRC-R02 (12), both High.",
  ["WRC-R01", "WRC-R07"], [],
  [(RR, risk("WRC-R01")), (RR, risk("WRC-R07")), (RR, band("Severe"))],
  "The current score is not a column: L × I has to be worked out and banded with the heat map key.")
q("o006", "direction of travel on the water partnerships kpi?", "status_lookup",
  "Improving. WRC-K03, councils in a local water partnership with their water company, was 82 at the end of Quarter 1 against a milestone of 90, so it scores 2 (Below: up to 15 per cent below the milestone); four new partnerships were formed in the Eastmere Water area and two more were due to sign in July. Lead member: Cllr Szymanska.",
  ["Improving"], ["Declining"],
  [(PR, kpi("WRC-K03")), (PR, score(2))],
  "A direction-of-travel word, with the score's meaning from the key.")
q("o007", "how serious is the data sharing agreement risk", "status_lookup",
  "WRC-R06 (the data-sharing agreement with water companies not signed by 31 March 2027) has a current likelihood of 3 and impact of 5, a score of 15, which is in the High band (10 to 16) – not Severe. Its target score is 5. Owner Ambrose Wickenden; further actions are to settle the commercial terms (Part B report to the meeting of 17 September 2026) and pilot the agreement with two companies; review 30 November 2026.",
  ["15", "High"], [],
  [(RR, risk("WRC-R06")), (RR, band("High"))],
  "Score worked out from L and I; band from the key.")

# ---------------------------------------------------------------- table_lookup (7)
q("o008", "current L and I for the installer delays risk + when is it reviewed", "table_lookup",
  "WRC-R07 (installer delays hold up the council buildings retrofit programme): current likelihood 5, current impact 4 (a score of 20, Severe), target score 8. Review date 31 October 2026. Owner Cordelia Honeysett.",
  ["31 October"], [],
  [(RR, risk("WRC-R07")), (RR, RR_HEAD)],
  "A row of the risk register on page 2, under the repeated header row; columns in an unusual order.")
q("o009", "who owns the summit attendance risk", "table_lookup",
  "Maribel Castellanos (Adviser, Drought Planning) owns WRC-R05, low attendance at the Water Resilience Summit 2026: likelihood 2, impact 3, target score 3, review 15 October 2026.",
  ["Castellanos"], [],
  [(RR, risk("WRC-R05"))],
  "Owner is the first column.")
q("o010", "drought roundtable attendance q1 vs milestone?", "table_lookup",
  "131 attendees in the year to date at the end of Quarter 1 2026/27, against a milestone of 120 – score 4 (Exceeding), Improving. Two roundtables were held, in Lincoln and Norwich. (WRC-K05, lead member Cllr Hazeldine.)",
  ["131", "120"], [],
  [(PR, kpi("WRC-K05"))],
  "One row of the Word-HTML table.")
q("o011", "how much of the retrofit grants budget was spent by end of june", "table_lookup",
  "£41,500 of the £360,000 water efficiency retrofit grants budget for 2026/27 had been spent by 30 June 2026; the forecast outturn is the full £360,000.",
  ["41,500"], [],
  [(PR, ln(PR, "Water efficiency retrofit grants |"))],
  "Budget table row.")
q("o012", "what time's the retrofit grants item on the 17th and who's presenting", "table_lookup",
  "Item 7, Water efficiency retrofit grants 2026/27, is at 12.00, presented by Cllr Kwame Osei-Bonsu (lead member, water efficiency) and Gideon Plumridge, Finance Business Partner.",
  ["12.00", "Osei-Bonsu", "Plumridge"], [],
  [(AG, item("7"))],
  "A row of the Part A agenda table.")
q("o013", "what council is cllr orpwood from", "table_lookup",
  "Isle of Wight Council. Cllr Neville Orpwood is an Independent member of the Water Resilience Commission (membership 2025/26).",
  ["Isle of Wight"], [],
  [(AR, member("Neville Orpwood"))],
  "Markdown membership table.")
q("o014", "target score for the water cos pulling out of partnerships risk?", "table_lookup",
  "6. WRC-R02 (water companies withdraw from local water partnerships) is currently likelihood 3 × impact 4 = 12 (High), with a target score of 6. Owner Ambrose Wickenden; review 31 December 2026.",
  ["6"], [],
  [(RR, risk("WRC-R02"))],
  "Target score column; the risk referred to by description.")

# ---------------------------------------------------------------- people_roles (6)
q("o015", "who chairs the water resilience commission", "people_roles",
  "Cllr Imogen Fairbrass (Labour, Southampton City Council) is the Chair; Cllr Desmond Quelch (Conservative, West Sussex County Council) is Vice-Chair.",
  ["Fairbrass"], [],
  [(AR, member("Imogen Fairbrass")), (AR, member("Desmond Quelch")), (AG, item("1"))],
  "Role in bold inside the name cell of the markdown table.")
q("o016", "whos the contact officer for the sept 17 agenda", "people_roles",
  "Ambrose Wickenden, Senior Adviser (Water Resilience) – 020 7946 0394, ambrose.wickenden@local.gov.uk.",
  ["Wickenden"], [],
  [(AG, ln(AG, "Contact officer:"))],
  "Only in the Word file's page footer.")
q("o017", "who was at the informal mtg with the water companies", "people_roles",
  "On Friday 11 September 2026: Cllr Imogen Fairbrass (Southampton), Cllr Harriet Hazeldine (Lincolnshire), Cllr Agnieszka Szymanska (Peterborough), Cordelia Honeysett, Ambrose Wickenden and Maribel Castellanos (LGA), Dr Nkechi Mwangi (Greensand Water) and Callum Stallworthy (Eastmere Water). Apologies from Cllr Kwame Osei-Bonsu (Lewisham) and Cllr Desmond Quelch (West Sussex).",
  ["Mwangi", "Stallworthy", "Hazeldine", "Szymanska"], [],
  [(EM, ln(EM, "Attendees:")), (EM, ln(EM, "Apologies:"))],
  "Comma-separated attendee list with councils in brackets.")
q("o018", "who's lead member for drought", "people_roles",
  "Cllr Harriet Hazeldine (Conservative, Lincolnshire County Council) – lead member for drought planning in 2025/26, and the lead member for the drought measures (WRC-K01 and WRC-K05) in 2026/27.",
  ["Hazeldine"], [],
  [(AR, member("Harriet Hazeldine")), (PR, kpi("WRC-K01"))],
  "Portfolio heading and table; performance report for 2026/27.")
q("o019", "who do i ask about the numbers in the perf report?", "people_roles",
  "Rosamund Noakes, Data and Performance Officer, who wrote the report – 020 7946 0457, rosamund.noakes@local.gov.uk. The lead officer is Cordelia Honeysett, Head of Water and Environment.",
  ["Noakes"], [],
  [(PR, ln(PR, "Report author:")), (PR, ln(PR, "Contact: Rosamund Noakes"))],
  "Bold run-in label in the Word HTML; contact line.")
q("o020", "who were the lead members last yr", "people_roles",
  "In 2025/26: Cllr Harriet Hazeldine (drought planning, Lincolnshire), Cllr Kwame Osei-Bonsu (water efficiency, Lewisham), Cllr Agnieszka Szymanska (water company partnerships, Peterborough) and Cllr Reginald Baggaley (communities and vulnerable customers, South Cambridgeshire), who stood down at the May 2026 elections.",
  ["Hazeldine", "Osei-Bonsu", "Szymanska", "Baggaley"], [],
  [(AR, member("Harriet Hazeldine")), (AR, member("Kwame Osei-Bonsu")), (AR, member("Agnieszka Szymanska")), (AR, member("Reginald Baggaley"))],
  "Roles in bold within the name cells.")

# ---------------------------------------------------------------- board_paper (6)
q("o021", "what are the recs on the retrofit grants paper", "board_paper",
  "Three: that the Commission agrees the criteria for the 2026/27 round; delegates the award of grants to the Chair after consulting the lead member for water efficiency; and asks officers to report the awards to its meeting on 26 November 2026 or, if later, to the next meeting. The round offers up to 24 grants of up to £15,000, opening 1 October and closing 27 November 2026.",
  ["criteria", "Chair", "26 November"], [],
  [(AG, ln(AG, "That the Commission agrees the criteria")), (AG, ln(AG, "That the Commission delegates the award")), (AG, ln(AG, "That the Commission asks officers to report the awards"))],
  "Word auto-numbered recommendations (numbers not in the text).")
q("o022", "equalities implications of the summit paper?", "board_paper",
  "The venue has step-free access and a hearing loop; British Sign Language interpretation will be provided for the plenary sessions; and delegates will be asked about access needs when they book.",
  ["Sign Language"], [],
  [(AG, ln(AG, "The venue has step-free access"))],
  "Heading within one of several short papers.")
q("o023", "brief me on the lead members annual report", "board_paper",
  "The lead members' annual report 2025/26 (item 3, 17 September 2026) covers the Commission's second year, by portfolio. Drought planning (Cllr Hazeldine): 52 councils with an adopted drought resilience plan (31 a year earlier), five roundtables with 214 attendees, guidance on care homes and schools. Water efficiency (Cllr Osei-Bonsu): retrofits in 412 council buildings saving an estimated 61 million litres a year, 19 grants worth £248,600, 63 councils completed the self-assessment. Partnerships (Cllr Szymanska): 78 councils in local water partnerships (aim 75) and a memorandum with six water companies. Communities and vulnerable customers (Cllr Baggaley, who stood down in May 2026): 8,730 households referred to priority services registers. The 2025 Summit in Reading drew 284 delegates. The paper recommends noting it and publishing it in October 2026.",
  ["52", "412"], [],
  [(AR, ln(AR, "By 31 March 2026, 52 councils")), (AR, ln(AR, "Councils completed water-efficiency retrofits")), (AR, ln(AR, "Seventy-eight councils")), (AR, ln(AR, "Councils referred 8,730"))],
  "Per-portfolio prose with figures (one in words).")
q("o024", "why is item 8 part B?", "board_paper",
  "Item 8, the data-sharing agreement with water companies: commercial terms (Cordelia Honeysett), is exempt because the report contains information about the commercial affairs of the water companies taking part in the negotiations; the Commission is asked to exclude the press and public, and the paper goes to members only.",
  ["commercial"], [],
  [(AG, ln(AG, "The Commission is asked to agree that the press and public be excluded"))],
  "Part B note.")
q("o025", "financial implications of the retrofit grants paper", "board_paper",
  "The grants total up to £360,000 from the water efficiency retrofit grants budget for 2026/27 (up to 24 grants of up to £15,000). Grants are paid when the works are complete, and any money not paid by 31 March 2027 must be returned to the funder.",
  ["360,000", "31 March 2027"], [],
  [(AG, ln(AG, "The grants total up to £360,000"))],
  "Financial implications heading of item 7's paper.")
q("o026", "whats being done about the retrofit delays", "board_paper",
  "The framework installer, Brookline Plumbing Services Ltd, lost two of its five fitting teams in May 2026, so 41 retrofits slipped into Quarter 2 (WRC-K02: 118 against 150). A second installer, Harrowgate Water Engineering, joins the framework from 1 October 2026; meanwhile there are weekly progress calls with the installer and works are re-ordered to do the largest buildings first. Brookline has confirmed two new fitting teams from the week commencing 5 October. Officers expect the programme to be back on its year-end milestone of 600 buildings by the end of Quarter 3. The risk (WRC-R07) is Severe, 20.",
  ["Harrowgate"], [],
  [(PR, ln(PR, "WRC-K02: the Commission")), (RR, risk("WRC-R07")), (EM, ln(EM, "Brookline confirmed two new fitting teams"))],
  "Exceptions text, risk register controls and actions, email note.")

# ---------------------------------------------------------------- fact (5)
q("o027", "how many council buildings got retrofitted in 25/26", "fact",
  "412 council buildings, which the Commission estimates will save 61 million litres of water a year. 19 retrofit grants worth £248,600 were awarded.",
  ["412"], [],
  [(AR, ln(AR, "Councils completed water-efficiency retrofits"))],
  "Figure in the annual report's prose.")
q("o028", "whats the forecast underspend on the programme budget this yr", "fact",
  "£6,500: the 2026/27 programme budget is £540,000 and the forecast outturn £533,500. The underspend is on data and research, where a survey of council water use will cost less than planned.",
  ["6,500"], [],
  [(PR, ln(PR, "The forecast underspend of £6,500")), (PR, ln(PR, "Total |"))],
  "Budget table and note.")
q("o029", "how many ppl came to last years summit", "fact",
  "284 delegates, from 131 councils and nine water companies, at the Water Resilience Summit 2025 in Reading on Thursday 20 November 2025.",
  ["284"], [],
  [(AR, ln(AR, "Our Water Resilience Summit 2025"))],
  "'Last year's summit' = 2025.")
q("o030", "how many vulnerable households were referred to the PSR last yr", "fact",
  "8,730 households were referred to water companies' priority services registers in 2025/26, mostly by adult social care teams. (In 2026/27, 2,455 by 30 June.)",
  ["8,730"], [],
  [(AR, ln(AR, "Councils referred 8,730"))],
  "'PSR' is not the papers' abbreviation.")
q("o031", "how many lib dems on the commission in 25/26", "fact",
  "Two: Cllr Reginald Baggaley (South Cambridgeshire District Council, lead member for communities and vulnerable customers) and Cllr Joanna Lamplugh (Somerset Council). Cllr Bethan Carnsew (Cornwall Council, Liberal Democrat) joined only for 2026/27.",
  ["Baggaley", "Lamplugh"], [],
  [(AR, member("Reginald Baggaley")), (AR, member("Joanna Lamplugh"))],
  "Count by the Political group column.")

# ---------------------------------------------------------------- cross_document (5)
q("o032", "when is the water resilience summit this yr?", "cross_document",
  "Thursday 3 December 2026, at the Kingsgate Conference Centre, Peterborough. The item 5 paper for the 17 September meeting gives Thursday 19 November 2026, but the venue double-booked the main hall that day, and the Chair agreed to move the Summit to 3 December, same venue and same fees (£85 for councils, £160 for others), as the officers' note of 14 September says.",
  ["3 December", "Peterborough"], [],
  [(AG, ln(AG, "The Water Resilience Summit 2026 will be held")), (EM, ln(EM, "Chair agreed to move the Summit")), (EM, ln(EM, "Kingsgate Conference Centre has told us"))],
  "The email note changes a date in the agenda's paper.")
q("o033", "who's presenting the risk register on the 17th", "cross_document",
  "Maribel Castellanos (Adviser, Drought Planning). The agenda lists Cordelia Honeysett, Head of Water and Environment, for item 6, but she is on leave from 16 September, so Maribel presents in her place; Cordelia will still present the Part B item (item 8) by Teams.",
  ["Castellanos"], [],
  [(AG, item("6")), (EM, ln(EM, "Cordelia is on leave from 16 Sept"))],
  "Agenda presenter changed by the email note.")
q("o034", "whos the lead member for vulnerable customers now? is it still baggaley", "cross_document",
  "No – it is Cllr Bethan Carnsew (Liberal Democrat, Cornwall Council), who joined the Commission for 2026/27 and is the lead member for the priority services referrals measure (WRC-K04). Cllr Reginald Baggaley led communities and vulnerable customers in 2025/26 until he stood down from South Cambridgeshire District Council at the May 2026 elections.",
  ["Carnsew"], [],
  [(PR, kpi("WRC-K04")), (AR, ln(AR, "Cllr Bethan Carnsew")), (AR, ln(AR, "In its second year"))],
  "Lead member column of the 2026/27 report against the 2025/26 annual report.")
q("o035", "what's the job title of whoever owns the retrofit grant underspend risk", "cross_document",
  "Gideon Plumridge owns WRC-R03 (retrofit grant money not spent by 31 March 2027 and returned); he is the Finance Business Partner (agenda item 7).",
  ["Plumridge", "Finance Business Partner"], [],
  [(RR, risk("WRC-R03")), (AG, item("7"))],
  "The register gives only the owner's name; the agenda gives the job title.")
q("o036", "how many councils have a drought plan now compared with end of last yr", "cross_document",
  "64 councils had an adopted drought resilience plan at 30 June 2026 (end of Quarter 1 2026/27, milestone 60, score 4), against 52 at 31 March 2026 and 31 a year before that. Still, 91 of the 155 councils in drought-risk areas have no adopted plan (risk WRC-R01).",
  ["64", "52"], [],
  [(PR, kpi("WRC-K01")), (AR, ln(AR, "By 31 March 2026, 52 councils"))],
  "Two papers, two dates.")

# ---------------------------------------------------------------- unanswerable (4)
q("o037", "what are the commercial terms of the data sharing deal with the water cos?", "unanswerable",
  "The papers don't give them. The commercial terms are the subject of the exempt Part B item 8, whose paper goes to members only and is not in the pack; the informal meeting did not discuss them.",
  [], [], [],
  "Exempt paper not included.")
q("o038", "how many litres have the retrofits saved so far this yr?", "unanswerable",
  "The papers don't say. They give only the estimate for the 412 buildings retrofitted in 2025/26 (61 million litres a year) and the number of buildings retrofitted by 30 June 2026 (118), not litres saved in 2026/27.",
  [], [], [],
  "Near figures, no answer.")
q("o039", "when will the hosepipe ban in the east of england be lifted?", "unanswerable",
  "Nothing in the papers says: they mention only a postponed webinar on hosepipe restrictions and a communications risk, not any ban or when it ends.",
  [], [], [],
  "Plausible topic not answered.")
q("o040", "how much did the 2025 summit in reading cost", "unanswerable",
  "The papers don't give the cost of the 2025 Summit. They say only that it drew 284 delegates; the 2026 Summit has a budget of £38,000.",
  [], [], [],
  "Near figures (next year's budget) but no cost.")

assert len(G) == 40 and [g["id"] for g in G] == [f"o{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
