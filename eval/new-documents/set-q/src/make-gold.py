# Writes ../gold.jsonl (the 40 questions of set Q with gold answers and evidence).
#   python3 src/make-gold.py
# Evidence quotes are copied from the text renderings in ../text/ (table cells joined with " | ", one row per
# line). Whole lines are taken from the rendering by `ln` (the one line that starts with the given text; it fails
# if the line is missing or not unique) or `eq` (the line equal to the text); a run of consecutive lines by `run`
# (joined with single spaces). check-gold.mjs then checks every quote against the renderings and the documents.
# (Adapted from set O's make-gold.py, ../../newdocs-dev11/src/make-gold.py.)
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
PR = "street-lighting-dark-skies-panel-performance-report-2027-02.pdf"
TR = "street-lighting-dark-skies-panel-terms-of-reference-2026-27.docx"
DR = "street-lighting-dark-skies-panel-executive-decisions-2026-27.html"
IB = "street-lighting-dark-skies-panel-induction-briefing-2027-01.md"
WG = "dark-skies-working-group-notes-2027-01-20.txt"
TEXT = {}
for d in (PR, TR, DR, IB, WG):
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


block = lambda ref, n=3: run(PR, ref + " ", n)  # name line, mini-table header row, value row (+ lead officer, commentary)
member = lambda name: ln(TR, name + " |") if any(l.startswith(name + " |") for l in TEXT[TR]) else ln(TR, name)
grid = lambda name: ln(WG, name)

# ---------------------------------------------------------------- status_lookup (7)
q("q001", "which measures are off track in the street lighting perf report?", "status_lookup",
  "Only one: SLDP-M04, councils with a central management system (CMS) covering more than half of their street lights – 97 councils against a target of 120, trend No change. No council moved above the threshold because the national CMS framework is being re-tendered after the only compliant bidder withdrew, and the measure is unlikely to reach its year-end target of 140. The report recommends that officers bring a recovery plan for SLDP-M04 to the meeting on 19 May 2027. (Three other measures – SLDP-M03, SLDP-M06 and SLDP-M08 – show slippage.)",
  ["SLDP-M04"], [],
  [(PR, block("SLDP-M04")), (PR, ln(PR, "Off track | More than 20")), (PR, ln(PR, "That the Panel notes the report"))],
  "The status is a word in a coloured box inside each measure's mini table; there is no single table of measures, and the key gives only counts.")
q("q002", "what measures are showing slippage?", "status_lookup",
  "Three: SLDP-M03, councils with an adopted dark skies policy (38 against 45, Improving); SLDP-M06, attendees at webinars and training sessions in the year to date (512 against 600, Worsening); and SLDP-M08, reporting councils whose column structural tests are up to date (79% against 85%, Improving). Slippage means below target by up to 20 per cent, or behind schedule with a plan to recover.",
  ["SLDP-M03", "SLDP-M06", "SLDP-M08"], [],
  [(PR, block("SLDP-M03")), (PR, block("SLDP-M06")), (PR, block("SLDP-M08")), (PR, ln(PR, "Slippage | Below target"))],
  "Three blocks on two pages; the key's count (3) says how many but not which.")
q("q003", "is the dark skies policy kpi on track", "status_lookup",
  "No – SLDP-M03 (councils with an adopted dark skies policy) shows Slippage: 38 councils against a target of 45, though the trend is Improving (seven councils adopted a policy in the period; 31 at the end of September). Several councils are waiting for the Dark Skies Working Group's model policy before adopting their own; the consultation draft is out until 26 February 2027. Lead officer: Zofia Lisowska.",
  ["Slippage", "38", "45"], [],
  [(PR, block("SLDP-M03", 5))],
  "'On track' answered from the status word in the box; 'kpi' and 'dark skies policy' by description.")
q("q004", "status of the smart lighting fund measure?", "status_lookup",
  "On track (trend New). SLDP-M05, Smart Lighting Fund round 2 opened and bids received: the target was for the round to be open by 1 December 2026, and it opened on 1 December 2026 with 41 bids by 31 December. It closed on 15 January 2027 with 57 bids worth £1.38 million against a fund of £450,000; since then the Chair's decision of 18 January 2027 to award 14 grants has been called in (item 6 on the 10 February agenda).",
  ["On track"], [],
  [(PR, block("SLDP-M05", 5))],
  "A milestone measure whose target and actual cells are wrapped text, not numbers.")
q("q005", "were any exec decisions called in", "status_lookup",
  "Yes, one: SLDP-ED 27/01, Smart Lighting Fund round 2: award of grants – the Chair's decision of Monday 18 January 2027 to award 14 grants totalling £402,600. It was called in on Friday 22 January 2027 by Cllr Rupert Oxenham, Cllr Fiona Gatenby and Cllr Norman Rookledge, and is not to be put into effect until the Panel has considered it on Wednesday 10 February 2027 (item 6). The other decisions are implemented, except SLDP-ED 27/02, which was still open for call-in.",
  ["27/01"], [],
  [(DR, ln(DR, "SLDP-ED 27/01 |")), (DR, ln(DR, "Call-in: Called in on Friday")), (DR, ln(DR, "Status: Called in"))],
  "Status badge in a <summary> and a Status field inside a <details> element.")
q("q006", "anything still open for call-in on the decisions register?", "status_lookup",
  "Yes: SLDP-ED 27/02, Lighting and Dark Skies Summit 2027: venue – Marcus Gravener's decision of Wednesday 27 January 2027 to book the Millgate Conference Centre, Sheffield, for Friday 18 June 2027 at £12,750. It was published on Thursday 28 January 2027 and the call-in deadline is Thursday 4 February 2027 (the page was last updated on Monday 1 February 2027).",
  ["27/02"], [],
  [(DR, ln(DR, "SLDP-ED 27/02 |")), (DR, ln(DR, "Call-in deadline: Thursday 4 February 2027")), (DR, ln(DR, "Status: Open for call-in"))],
  "The newest <details> block (open by default).")
q("q007", "r any of the lighting kpis getting worse", "status_lookup",
  "One: SLDP-M06, attendees at webinars and training sessions (year to date), has the trend Worsening – 512 against a target of 600 (Slippage). The November webinar on column safety was cancelled when the speaker withdrew and has been rearranged for 3 March 2027; the other four sessions averaged 128. All other measures are Improving, No change or New.",
  ["SLDP-M06"], [],
  [(PR, block("SLDP-M06", 5))],
  "Trend is a word after a drawn (vector) arrow; only one measure says Worsening.")

# ---------------------------------------------------------------- table_lookup (7)
q("q008", "cms kpi - target vs actual?", "table_lookup",
  "SLDP-M04, councils with a central management system (CMS) covering more than half of their street lights: target 120 councils, actual 97 councils – Off track, No change. The year-end target is 140, which it is unlikely to reach.",
  ["97", "120"], [],
  [(PR, block("SLDP-M04"))],
  "Mini table under a measure name that wraps over two lines; 'CMS' is the papers' own abbreviation.")
q("q009", "whats the energy use per light point figure", "table_lookup",
  "171 kWh a year per light point, against a target of 180 kWh (SLDP-M02: On track, Improving). It is the median of the 146 councils in the street lighting benchmarking service; lower is better.",
  ["171"], [],
  [(PR, block("SLDP-M02")), (PR, ln(PR, "¹ Median of the 146"))],
  "The footnote marker on the measure name leads to the note at the end of the report.")
q("q010", "whos the tory sub on the street lighting panel", "table_lookup",
  "Cllr Henry Umfreville (Rutland County Council) is the Conservative group's substitute; the group's second substitute is still to be confirmed. Substitutes may only stand in for a member of their own group.",
  ["Umfreville"], [],
  [(TR, ln(TR, "Conservative group | Cllr Henry Umfreville")), (TR, ln(TR, "Substitutes may attend only"))],
  "Substitutes table; 'tory' is not the papers' word.")
q("q011", "what council is cllr gatenby from", "table_lookup",
  "Northumberland County Council. Cllr Fiona Gatenby is a Conservative member of the Panel; she was Vice-Chair until 14 October 2026, when Cllr Giles Pennefather took over.",
  ["Northumberland"], [],
  [(TR, member("Cllr Fiona Gatenby"))],
  "A row under the merged 'Conservative group' heading row.")
q("q012", "how much was the benchmarking contract extension n who's it with", "table_lookup",
  "£22,400, with Lumenwise Data Ltd: a one-year extension of the street lighting benchmarking service to 31 December 2027, decided by Marcus Gravener, Head of Transport and Infrastructure, on Wednesday 4 November 2026 (SLDP-ED 26/04). The service supplies the energy data for measure SLDP-M02 and is used by 146 councils.",
  ["22,400", "Lumenwise"], [],
  [(DR, ln(DR, "Decision: To extend the contract with Lumenwise"))],
  "A closed <details> block; labelled fields.")
q("q013", "who has the action to draft the floodlighting wording and when is it due", "table_lookup",
  "Zofia Lisowska – action DSWG-A08, draft wording on floodlighting at council-owned sports pitches, due 5 Feb 2027 (status New). It follows Cllr Blakiston's request at the Working Group on 20 January 2027. A related action, DSWG-A06 (Anjali Raghunathan: list the councils that have a policy on sports floodlighting), is overdue and now due 5 Feb 2027 too.",
  ["Lisowska"], [],
  [(WG, run(WG, "DSWG-A08", 2)), (WG, ln(WG, "3.3 Cllr Blakiston"))],
  "Action block 'Owner: … Due: …' in the plain-text note.")
q("q014", "how many wg members made the october meeting", "table_lookup",
  "4 of the 6, counting one substitute: on 7 October 2026 Cllr Hepplewhite, Cllr Oxenham's substitute Cllr Henry Umfreville, Cllr Ridpath and Cllr Rookledge attended; Cllr Blakiston and Cllr Dunkerley sent apologies. Both co-opted advisers (Dr Leah Fearnside and Owain Pickersgill) were also there.",
  ["4", "Umfreville"], [],
  [(WG, ln(WG, "Members present (incl. subs)")), (WG, ln(WG, "* 07 Oct")), (WG, grid("Cllr Amelia Blakiston |"))],
  "Attendance grid with P / A / S per date column and a total row; the substitute only in a note under the grid.")

# ---------------------------------------------------------------- people_roles (6)
q("q015", "who chairs the street lighting and dark skies panel", "people_roles",
  "Cllr Rowena Tidmarsh (Labour, Leicester City Council). The Vice-Chair is Cllr Giles Pennefather (Conservative, North Yorkshire Council), who took over from Cllr Fiona Gatenby on 14 October 2026.",
  ["Tidmarsh"], [],
  [(TR, member("Cllr Rowena Tidmarsh")), (TR, member("Cllr Giles Pennefather")), (TR, ln(TR, "² Cllr Giles Pennefather"))],
  "Role column of the membership table; the Vice-Chair change only in a Word footnote.")
q("q016", "who chairs the dark skies wg", "people_roles",
  "Cllr Tobias Hepplewhite (Liberal Democrat, Cornwall Council) chairs the Dark Skies Working Group.",
  ["Hepplewhite"], [],
  [(TR, member("Cllr Tobias Hepplewhite")), (WG, grid("Cllr Tobias Hepplewhite (Chair)")), (IB, ln(IB, "It is a working group of six"))],
  "The fourth column of the membership table ('Chair' there, 'Member' in the Role column).")
q("q017", "who do i talk to about the annual street lighting survey", "people_roles",
  "Tendai Mukasa, Performance and Data Officer (tendai.mukasa@local.gov.uk, or the Panel's shared line 020 7946 0941). Tendai is the lead officer for the survey measure (SLDP-M07) and wrote the performance report.",
  ["Mukasa"], [],
  [(IB, ln(IB, "Tendai Mukasa |")), (PR, block("SLDP-M07", 4))],
  "'Ask me about' column of the who's who table.")
q("q018", "who is the lead officer for the panel", "people_roles",
  "Marcus Gravener, Head of Transport and Infrastructure (marcus.gravener@local.gov.uk). He also takes spending decisions of up to £25,000 between meetings.",
  ["Gravener"], [],
  [(TR, ln(TR, "Lead officer: Marcus Gravener")), (IB, ln(IB, "Marcus Gravener |"))],
  "Officer support section and who's who table.")
q("q019", "whos on the dark skies wg now", "people_roles",
  "Six Panel members: Cllr Tobias Hepplewhite (Chair, Liberal Democrat, Cornwall), Cllr Amelia Blakiston (Conservative, Shropshire), Cllr Rupert Oxenham (Conservative, Dorset), Cllr Helen Ridpath (Labour, Newcastle), Cllr Kwabena Darko (Labour, Southwark – he replaced Cllr Moira Dunkerley from 1 January 2027) and Cllr Norman Rookledge (Independent, Ashfield). There are also two co-opted advisers who do not vote: Dr Leah Fearnside (Starlight Landscapes Network) and Owain Pickersgill (Lighting Engineers' Guild).",
  ["Hepplewhite", "Blakiston", "Oxenham", "Ridpath", "Darko", "Rookledge"], [],
  [(TR, member("Cllr Amelia Blakiston")), (TR, member("Cllr Rupert Oxenham")), (TR, member("Cllr Helen Ridpath")), (TR, member("Cllr Kwabena Darko")),
   (TR, member("Cllr Norman Rookledge")), (TR, member("Cllr Tobias Hepplewhite")), (WG, grid("Cllr Kwabena Darko (from"))],
  "Fourth column of the membership table, or the attendance grid's current members (Dunkerley's row is still in the grid).")
q("q020", "who are the lib dem and independent members on the panel", "people_roles",
  "Liberal Democrat group: Cllr Tobias Hepplewhite (Cornwall Council; chairs the Dark Skies Working Group) and Cllr Priya Ravindran (Eastleigh Borough Council). Independent group: Cllr Norman Rookledge (Ashfield District Council). Their substitutes are Cllr Sally Jolliffe (Stockport) and Cllr Dennis Openshaw (Mansfield).",
  ["Hepplewhite", "Ravindran", "Rookledge"], [],
  [(TR, run(TR, "Cllr Tobias Hepplewhite |", 3)), (TR, run(TR, "Cllr Priya Ravindran", 3))],
  "The group is only in the merged heading rows above the members, not in a column.")

# ---------------------------------------------------------------- board_paper (5)
q("q021", "can u quote me the call-in rule from the ToR", "board_paper",
  "Section 8 (decisions between meetings) of the terms of reference says: \"Any three members of the Panel, from at least two political groups, may call in a decision within five working days of its publication. A decision that has been called in is not put into effect until the Panel has considered it at its next meeting. Call-in does not apply to a decision that the Chair has recorded as urgent.\"",
  ["three members", "five working days"], [],
  [(TR, ln(TR, "Any three members of the Panel"))],
  "Quote a passage; the clause number (8.4) is drawn by Word's numbering and is not in the text.")
q("q022", "what did the dark skies wg agree on colour temp", "board_paper",
  "On 20 January 2027 the Working Group agreed to recommend to the Panel (item 5 on 10 February) that the model dark skies policy set a maximum correlated colour temperature (CCT) of 2700K for new and replacement lights within 2 km of a National Landscape, a National Park or a dark sky place, and 3000K elsewhere.",
  ["2700K", "3000K"], [],
  [(WG, ln(WG, "3.2 The WG agreed"))],
  "'colour temp' against the note's 'CCT' (explained in the induction briefing).")
q("q023", "brief me on the part-night lighting research", "board_paper",
  "Marcus Gravener commissioned Brackenridge Research Ltd on 2 September 2026 (SLDP-ED 26/02) to study recorded crime and people's feelings of safety in 12 council areas that have introduced part-night lighting, for £18,500, with a final report by 31 March 2027. Interim findings (Working Group, 20 January 2027): in 11 of the 12 areas there was no significant change in recorded crime in the year after part-night lighting was introduced; one area saw a rise in vehicle crime, which is being looked into; in all 12 areas fewer women than men felt safe walking after midnight, but the gap had not widened. The final report goes to the Panel on 19 May 2027; members asked that the interim findings not be shared outside the Working Group until then.",
  ["Brackenridge", "11"], [],
  [(DR, ln(DR, "Decision: To commission Brackenridge")), (WG, ln(WG, "4.1 Zofia")), (WG, ln(WG, "4.2 The final report"))],
  "Decision register plus the Working Group note; PNL is the note's abbreviation.")
q("q024", "whats the criteria for smart lighting fund round 2", "board_paper",
  "Bids are scored on energy saved per pound of grant (50 per cent), reduction in light spill (30 per cent) and community support (20 per cent). Round 2 had £450,000 in grants of up to £40,000 each, open from 1 December 2026 to 15 January 2027 – the Chair's decision of 18 November 2026 (SLDP-ED 26/05), which dropped the round 1 criteria because they did not score light spill.",
  ["50", "30", "20", "light spill"], [],
  [(DR, ln(DR, "Decision: To open round 2"))],
  "A closed <details> block, the 'Decision' field.")
q("q025", "why was the slf grants decision called in?", "board_paper",
  "Cllr Rupert Oxenham, Cllr Fiona Gatenby and Cllr Norman Rookledge called in the Chair's decision of 18 January 2027 (SLDP-ED 27/01) on Friday 22 January 2027 because only three of the 14 recommended grants go to predominantly rural councils, although rural councils made 23 of the 57 bids. They ask the Panel to consider whether scoring on energy saved per pound puts councils with fewer, more widely spaced lights at a disadvantage. The Panel considers it on 10 February 2027.",
  ["rural"], [],
  [(DR, ln(DR, "Call-in: Called in on Friday"))],
  "'slf' is the briefing's abbreviation (SLF).")

# ---------------------------------------------------------------- fact (5)
q("q026", "how many bids did smart lighting fund round 2 recieve", "fact",
  "57 bids, worth £1.38 million, against a fund of £450,000 (41 had come in by 31 December; the round closed on 15 January 2027).",
  ["57"], [],
  [(PR, ln(PR, "Commentary: The round closed on 15 January 2027")), (DR, ln(DR, "Reasons: Round 2 received 57 bids"))],
  "Figure in a commentary paragraph and a Reasons field.")
q("q027", "how much is left in the SLF after the round 2 awards", "fact",
  "£47,400. The Chair's decision of 18 January 2027 awards 14 grants totalling £402,600 from the £450,000 fund and holds the remaining £47,400 for a third round – but the decision has been called in and is not in effect until the Panel considers it on 10 February 2027.",
  ["47,400"], [],
  [(DR, ln(DR, "Decision: To award 14 grants"))],
  "Stated in the decision text.")
q("q028", "if only 3 of us are in the room and 2 on teams are we quorate", "fact",
  "No. The quorum is one third of the Panel's members (four members), including members of at least two political groups, and only members and substitutes present in the meeting room count towards it; members who join online can take part in the discussion but cannot vote. If the meeting is not quorate 15 minutes after the start, it may continue as an informal meeting, with any decision needed taken by the Chair.",
  ["four"], [],
  [(TR, ln(TR, "The quorum is one third")), (TR, ln(TR, "Only members and substitutes present")), (IB, ln(IB, "Yes – every meeting has a Teams link"))],
  "Two clauses of the terms of reference applied to a case; the briefing repeats the rule.")
q("q029", "what quarter is the latest street lighting perf report for", "fact",
  "Quarter 3 2026/27. The performance report (item 4 at the Panel on Wednesday 10 February 2027, by Tendai Mukasa) names the quarter only in its running header.",
  ["3", "2026/27"], [],
  [(PR, ln(PR, "Street Lighting and Dark Skies Panel – Performance report"))],
  "The quarter is in the PDF's running header and nowhere in the body.")
q("q030", "how much is the summit venue costing", "fact",
  "£12,750 for venue hire, audio-visual equipment and catering at the Millgate Conference Centre, Sheffield, for the Lighting and Dark Skies Summit on Friday 18 June 2027 (Marcus Gravener's decision SLDP-ED 27/02 of 27 January 2027, open for call-in until 4 February 2027).",
  ["12,750"], [],
  [(DR, ln(DR, "Decision: To book the Millgate"))],
  "Decision field in the open <details> block.")

# ---------------------------------------------------------------- cross_document (6)
q("q031", "who did cllr darko replace + from when", "cross_document",
  "Cllr Moira Dunkerley (Hull City Council), from 1 January 2027 – on the Panel and on the Dark Skies Working Group. He is a Labour member from Southwark Council; his first Panel meeting is on 10 February 2027, and he attended the Working Group on 20 January 2027.",
  ["Dunkerley", "1 January"], [],
  [(TR, ln(TR, "¹ Cllr Kwabena Darko replaced")), (IB, ln(IB, "Welcome to the Panel. You join us")), (WG, ln(WG, "1.1 The Chair"))],
  "A Word footnote, the briefing's opening and the note's welcome item.")
q("q032", "when does the panel look at the called in grants decision", "cross_document",
  "At its meeting on Wednesday 10 February 2027, as item 6 (\"Call-in: Smart Lighting Fund round 2 grant awards\"). Until then the Chair's decision SLDP-ED 27/01 is not put into effect.",
  ["10 February"], [],
  [(DR, ln(DR, "Status: Called in")), (IB, ln(IB, "6. Call-in")), (WG, ln(WG, "5.2 The WG noted"))],
  "Register status field and the briefing's agenda list (and the Working Group note).")
q("q033", "whats the job title of the officer leading on the dark skies policy measure", "cross_document",
  "Zofia Lisowska, the lead officer for SLDP-M03 (councils with an adopted dark skies policy), is Adviser (Dark Skies).",
  ["Lisowska", "Adviser"], [],
  [(PR, block("SLDP-M03", 4)), (IB, ln(IB, "Zofia Lisowska |"))],
  "The report gives only the name; the job title is in the briefing's who's who.")
q("q034", "which of the members who called in the SLF decision sit on the dark skies wg", "cross_document",
  "Two of the three: Cllr Rupert Oxenham (Conservative, Dorset) and Cllr Norman Rookledge (Independent, Ashfield) are members of the Dark Skies Working Group. The third, Cllr Fiona Gatenby (Conservative, Northumberland), is not.",
  ["Oxenham", "Rookledge"], [],
  [(DR, ln(DR, "Call-in: Called in on Friday")), (TR, member("Cllr Rupert Oxenham")), (TR, member("Cllr Norman Rookledge")), (TR, member("Cllr Fiona Gatenby"))],
  "Register's call-in field against the membership table's Working Group column.")
q("q035", "dark skies policy kpi is behind - whats the wg doing about it", "cross_document",
  "SLDP-M03 is at 38 councils against 45 (Slippage), partly because councils are waiting for the model policy. The Working Group's consultation draft of \"Dark skies: a model policy for councils\" went to councils on 11 January 2027 and the consultation closes on 26 February 2027 (34 responses by 19 January). On 20 January the Working Group agreed to recommend a maximum CCT of 2700K near National Landscapes, National Parks and dark sky places and 3000K elsewhere, asked for wording on floodlighting at council sports pitches, and recommended launching the final policy at the Lighting and Dark Skies Summit in June 2027.",
  ["26 February"], [],
  [(PR, block("SLDP-M03", 5)), (WG, ln(WG, "3.1 Zofia")), (WG, ln(WG, "3.4 The WG agreed"))],
  "Performance report commentary and the Working Group note.")
q("q036", "how many councils have signed up for dark skies week so far", "cross_document",
  "29 councils had signed up as partners by 15 January 2027 (Working Group note of 20 January), up from the 22 given in the performance report (SLDP-M09, status Not due). The target is 40 councils by 6 March 2027, when Dark Skies Week starts (6–14 March).",
  ["29", "40"], [],
  [(WG, ln(WG, "6.1 Theo")), (PR, block("SLDP-M09", 3))],
  "The later paper updates the report's figure.")

# ---------------------------------------------------------------- unanswerable (4)
q("q037", "which councils are getting smart lighting fund round 2 grants?", "unanswerable",
  "The papers don't name them. The Chair's decision of 18 January 2027 awards 14 grants totalling £402,600 to the councils recommended in the officers' assessment report, which is not published with the record; the decision has been called in.",
  [], [], [],
  "The recipients are in an unpublished report.")
q("q038", "whats the panel's total budget for 2026/27?", "unanswerable",
  "The papers don't give the Panel's total budget. They give individual amounts (the £450,000 Smart Lighting Fund, contracts of £22,400, £18,500, £12,750 and £9,800) and the £25,000 limit on officer decisions, but no budget total.",
  [], [], [],
  "Near figures, no total.")
q("q039", "what did the panel decide about the called-in grants on 10 feb", "unanswerable",
  "The papers don't say: they were written before the meeting of 10 February 2027. They show only that the call-in is item 6 on that agenda.",
  [], [], [],
  "The outcome of the meeting is not in any paper.")
q("q040", "how much money have councils saved on energy bills from LED conversion?", "unanswerable",
  "The papers don't give a money figure. They report 262 councils with 90 per cent or more of their lights converted to LED and a median energy use of 171 kWh a year per light point, but no savings in pounds.",
  [], [], [],
  "Near figures (kWh, council counts), no money saved.")

assert len(G) == 40 and [g["id"] for g in G] == [f"q{i:03d}" for i in range(1, 41)]
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"wrote gold.jsonl ({len(G)} questions, {sum(len(g['evidence']) for g in G)} evidence quotes)")
