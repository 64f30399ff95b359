# Writes ../gold.jsonl (and the same lines as ../questions.jsonl): the set's 40 questions with gold
# answers, must / must-not strings and verbatim evidence, in the format of
# /work/shared/newdocs-dev/gold.jsonl (id, question, category, answer, must_include, must_not_include,
# evidence [{doc, quote}], notes). Quotes are taken from the renderings in text/ by what a line starts
# with or contains, so every quote is the rendering's own text (check with src/check_gold.py).
#   python3 src/make_gold.py
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F403

PAP, MIN, EML, KOB, BCP = DOCS["paper"], DOCS["minutes"], DOCS["email"], DOCS["kobo"], DOCS["basecamp"]
_cache = {}


def lines(doc):
    if doc not in _cache:
        with open(text_path(doc), encoding="utf-8") as f:
            _cache[doc] = f.read().split("\n")
    return _cache[doc]


def line(doc, start, k=0):
    ls = [l for l in lines(doc) if l.startswith(start)]
    if len(ls) <= k:
        raise SystemExit(f"no line starting {start!r} in {doc}")
    return ls[k]


def having(doc, sub):
    ls = [l for l in lines(doc) if sub in l]
    if not ls:
        raise SystemExit(f"no line with {sub!r} in {doc}")
    return ls[0]


def sentence(doc, start):
    l = having(doc, start)
    i = l.index(start)
    j = l.find(". ", i)
    return l[i:] if j < 0 else l[i:j + 1]


def seg(doc, start, end):
    l = having(doc, start)
    i = l.index(start)
    j = l.index(end, i)
    return l[i:j + len(end)]


G = []


def q(question, category, answer, must, must_not, evidence, notes):
    G.append(dict(id=f"bt{len(G) + 1:03d}", question=question, category=category, answer=answer, must_include=must,
                  must_not_include=must_not, evidence=[dict(doc=d, quote=t) for d, t in evidence], notes=notes))


KEY1 = line(PAP, "Key: G on track")
KEY3 = line(PAP, "L likelihood and I impact")

# ------------------------------------------------------------------ status_lookup (7)
q("any HR measures red at q2?", "status_lookup",
  "Yes, two measures are rated R (off track) at quarter 2 2271/72 (to 30 September 2271): HR-02, care homes with a tested overheating plan (64% against a target of 95%; it was 71% and A at quarter 1), and HR-06, shade sails fitted at play areas and school grounds (23 against 60 by 31 March 2272; G at quarter 1, but Canopex Ltd fitted only 9 sails in the quarter).",
  ["HR-02", "HR-06"], [],
  [(PAP, line(PAP, "HR-02 | ")), (PAP, line(PAP, "HR-06 | ")), (PAP, KEY1)],
  "groff PDF: the RAG is a bare letter in its own column of a boxed tbl table under a two-row header ('Quarter 2 (to 30 Sept 2271)' spanning Figure and RAG); the letters are explained only by the key line under the table.")
q("what got worse between q1 and q2 on the heat measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: HR-02, care homes with a tested overheating plan (A to R, 71% to 64%); HR-06, shade sails fitted at play areas and school grounds (G to R, 23 against a target of 60); and HR-08, frontline staff trained in heat illness awareness (G to A, 1,140 against 2,500). Three improved: HR-01 and HR-03 (A to G) and HR-07 (A to B, achieved).",
  ["HR-02", "HR-06", "HR-08"], [],
  [(PAP, line(PAP, "HR-02 | ")), (PAP, line(PAP, "HR-06 | ")), (PAP, line(PAP, "HR-08 | ")), (PAP, KEY1)],
  "Compares the two RAG letter columns of Table 1 by the key's order; paragraph 6 gives only the counts ('Three measures are rated worse than at quarter 1 and three better'), not which.")
open_lines = [(BCP, line(BCP, r + " ")) for r in OPEN]
q("wich actions from the 10 nov meeting are still open?", "status_lookup",
  "On the Basecamp to-do list (saved on 12 January 2272) four of the eight actions are still open: EHA-53, the costed plan for the evening opening pilot (Rhian Earnshaw, due 19 January 2272); EHA-54, re-testing the overheating plans of 31 care homes and reporting on HR-02 (Dr Ezinne Fieldhouse, due 28 February 2272); EHA-56, releasing Thistlewood's £20,000 once planning consent is confirmed (Lucan Moorhouse, due 31 January 2272); and EHA-57, chasing the Department of Health and Social Care for a reply to the Chair's letter (Araminta Oldroyd, due 8 December 2271, so overdue). EHA-51, EHA-52, EHA-55 and EHA-58 are completed.",
  OPEN, [], open_lines,
  "Basecamp page saved from the browser: open and completed to-dos are told apart by a checked, disabled check box and a separate 'Completed' list; owners only as avatar alt text; due dates without a year ('Fri, Dec 8'), the year in the <time> attribute; EHA-57's overdue state only a CSS class.")
q("have the 10 nov minutes been approved yet?", "status_lookup",
  "No. The wiki page of the minutes is marked 'DRAFT – not yet approved'; they will be put to the next meeting of the Task Group, on Friday 19 January 2272, for approval (page version 1.4, last edited on 24 November 2271).",
  ["draft", "19 January 2272"], [],
  [(MIN, line(MIN, "**DRAFT")), (MIN, line(MIN, "Version 1.4"))],
  "XWiki source: the status is in a {{warning}} macro box and the version in a {{comment}} macro.")
q("which of the september actions were still open at the nov meeting", "status_lookup",
  "Two of the ten actions from 15 September 2271 (EHA-41 to EHA-50) were still open on 10 November 2271: EHA-44, the care home overheating audit tool, now due on 31 January 2272, and EHA-47, the Chair's letter of 26 September 2271 to the Department of Health and Social Care asking for heat-health funding, which had had no reply (chased under EHA-57). The other eight were complete.",
  ["EHA-44", "EHA-47"], [],
  [(MIN, line(MIN, "Of the ten actions")), (MIN, line(MIN, "* **EHA-44**")), (MIN, line(MIN, "* **EHA-47**"))],
  "A bulleted list inside minute 33/71 of the XWiki source, the refs in **bold** markup.")
q("which risks are high on the heat risk register?", "status_lookup",
  "Two risks are high (scores of 15 to 25): ER2, care homes' overheating plans not tested before summer 2272 (likelihood 4 × impact 5 = 20, rising; owner Dr Ezinne Fieldhouse), and ER1, cool spaces closed when they are needed most, when a red alert runs into the evening or a weekend (4 × 4 = 16, rising; owner Rhian Earnshaw). ER3 and ER4 (9) and ER5 (8) are medium, ER6 (4) is low.",
  ["ER1", "ER2"], [],
  [(PAP, line(PAP, "ER1 | ")), (PAP, line(PAP, "ER2 | ")), (PAP, KEY3)],
  "The band is not a column: it comes from the score and the key under Table 3 (1–6 low, 8–12 medium, 15–25 high); trends are arrows.")
q("HR-07 has a B next to it - what does that mean, did we hit the target?", "status_lookup",
  "Yes: B means achieved. HR-07, public water refill points in working order, was 152 at quarter 2 against a target of 150 (it was 138 and A at quarter 1). Note (b) says it is counted on the last day of the quarter, when two points were out of order (30 September 2271).",
  ["achieved", "152"], [],
  [(PAP, line(PAP, "HR-07 | ")), (PAP, KEY1), (PAP, line(PAP, "(b) Counted"))],
  "The letter B is explained only by the key line; the (b) in the measure's name points to a note under the table.")

# ------------------------------------------------------------------ table_lookup (7)
q("HR-04 q2 figure?", "table_lookup",
  "83% at quarter 2 2271/72, against a target of 90%, rated A (some risk): 83% of the 2,214 residents on the welfare call list were contacted within 24 hours of the amber alert of 16 July 2271. It was measured for the first time (no alert in quarter 1, shown as –).",
  ["83%"], [],
  [(PAP, line(PAP, "HR-04 | ")), (PAP, line(PAP, "8. HR-04"))],
  "Table 1 row; in the PDF the measure's wrapped name is drawn after the row's figures.")
q("how much did sarnby get in round 2 of the shade fund", "table_lookup",
  "£31,000, for a cool roof coating for Sarnby Central Library (a cool space). Sarnby City Council asked for £31,000 and its bid scored 30 out of 40; the Task Group awarded it in full on 10 November 2271 (minute 36/71).",
  ["31,000"], [],
  [(PAP, line(PAP, "Sarnby City Council | ")), (MIN, line(MIN, "1. awarded £28,000"))],
  "Appendix A of the groff PDF (numbers drawn before the text-block cells) and the XWiki decision box.")
q("whats the forecast outturn on the heat programme budget this yr", "table_lookup",
  "£501,000 against the 2271/72 budget of £520,000, an underspend of £19,000 (£278,600 spent to 30 September 2271). The Shade and Cooling Fund is forecast £41,000 under (£169,000 of £210,000); care home overheating audits are forecast £18,000 over and welfare call volunteers £4,000 over.",
  ["501,000", "19,000"], [],
  [(PAP, line(PAP, "Total | 520,000")), (PAP, sentence(PAP, "The forecast outturn is"))],
  "Table 2's Total row, variances with underspends in brackets.")
q("EHA-54 - who's got it and when's it due", "table_lookup",
  "Dr Ezinne Fieldhouse, Senior Adviser, Health Protection ('EF' in the minutes' actions table). It is due at the end of February 2272 (on Basecamp 'Wed, Feb 28', i.e. 28 February 2272), with a report on HR-02 to the meeting on 15 March 2272. On 12 January 2272 it was still open: 19 of the 31 homes had been re-tested and 7 plans had failed.",
  ["Fieldhouse", "February"], [],
  [(MIN, line(MIN, "|EHA-54|")), (MIN, line(MIN, '|(% colspan="4" %)//Owners')), (BCP, line(BCP, "EHA-54 "))],
  "The minutes give the owner as initials, explained only by the last row of the actions table (a colspan cell parameter); Basecamp gives the owner only as an avatar's alt text and the date without a year.")
q("indoor temp at sarnby central libary on the spot check?", "table_lookup",
  "27.4°C, above the pass mark of 26°C or lower, so it failed on temperature. Rhian Earnshaw checked it on 19 July 2271 at 14:20, when it was 37.9°C outside; the air handling had been off since June and there were only two desk fans.",
  ["27.4"], [],
  [(KOB, seg(KOB, '"sarnby";"Sarnby Central Library"', '"fail";"temp"')), (PAP, sentence(PAP, "A cool space passes if"))],
  "KoboToolbox CSV: semicolon-separated, headers are XML paths ('group_visit/temp_indoor'), the result and reason are choice names ('fail', 'temp'); the row appears twice (the second a duplicate resent later, not approved).")
q("what did yarrowby's bid score and why didnt it get funded", "table_lookup",
  "18 out of 40, below the threshold of 24, so it was not funded. Yarrowby District Council asked for £14,500 for fans and blinds for 12 village hall cool spaces; the panel scored it low because it had no quotes and no maintenance plan, and Yarrowby was invited to bid again in round 3.",
  ["18", "24"], [],
  [(PAP, line(PAP, "Yarrowby District Council | ")), (PAP, line(PAP, "18. Yarrowby"))],
  "Appendix A row and paragraph 18.")
q("which cool space was shut when we turned up to check it", "table_lookup",
  "Thistlewood Riverside Library (THI-03), visited by Rhian Earnshaw on 21 July 2271 at 10:10: it was closed on arrival, with a notice saying staff shortage, although it was advertised as open 9am-5pm. It is the one of the 24 spot checks recorded as closed.",
  ["Thistlewood Riverside Library"], [],
  [(KOB, seg(KOB, '"thistlewood";"Thistlewood Riverside Library"', '"closed"')), (KOB, seg(KOB, '"Closed on arrival', '9am-5pm"'))],
  "Only the Kobo export names the site; the paper says only that one was closed.")

# ------------------------------------------------------------------ people_roles (7)
q("who chairs the heat resilience tg?", "people_roles",
  "Cllr Henrietta Amberthwaite (Conservative, Dunmere County Council) chairs the Extreme Heat Resilience Task Group in 2271/72; at her own council she is Cabinet Member for Public Health.",
  ["Amberthwaite"], [],
  [(MIN, line(MIN, "|=Chair|")), (EML, line(EML, "NOTE:Chair of the Task Group")), (EML, line(EML, "CATEGORIES:EHRTG,EHRTG Chair"))],
  "In the e-mail the role is only in the base64 vCard's CATEGORIES and NOTE; TITLE holds her job at Dunmere.")
q("who's vice chair of the EHRTG now? thought it was windebank", "people_roles",
  "Cllr Kwabena Oddbury (Labour, Ellerdale City Council), from 1 December 2271, appointed by the Chair of the Climate, Health and Communities Board. He replaced Cllr Emeka Windebank, Vice-Chair at the meeting of 10 November, who stood down on 30 November 2271 on being elected Leader of Ellerdale City Council.",
  ["Oddbury"], [],
  [(EML, line(EML, "- Cllr Kwabena Oddbury")), (EML, line(EML, "NOTE:Vice-Chair from 1 December 2271")), (MIN, sentence(MIN, "Cllr Emeka Windebank told the Task Group"))],
  "The minutes and the paper still have Cllr Windebank; the change is in the e-mail's body and the vCards.")
q("who replaced cllr fothersby on the tg?", "people_roles",
  "Cllr Obadiah Stellwagen (Conservative, Udlingham County Council), a member from 1 October 2271; the Chair welcomed him at the meeting on 10 November 2271.",
  ["Stellwagen"], [],
  [(MIN, sentence(MIN, "The Chair welcomed members")), (EML, line(EML, "NOTE:Member from 1 October 2271"))],
  "")
q("who subbed at the 10 nov meeting and for who", "people_roles",
  "Cllr Jory Polkinghorne (Liberal Democrat, Kestleby District Council) attended as substitute for the Deputy Chair, Cllr Saoirse Pimblett. Cllr Leopold Smethurst also sent apologies, with no substitute.",
  ["Polkinghorne", "Pimblett"], [],
  [(MIN, line(MIN, "|Cllr Jory Polkinghorne")), (MIN, sentence(MIN, "Apologies were received"))],
  "Attendance as a letter (S) in a cell coloured by a style parameter, explained by an italic key line.")
q("who's the lead member for care homes", "people_roles",
  "Cllr Alaric Greathead (Conservative, Pellinghurst District Council), lead member for care settings and the workforce – measures HR-02 (care homes with a tested overheating plan) and HR-08 (staff trained in heat illness awareness). At his own council he is Portfolio Holder for Adult Social Care.",
  ["Greathead"], [],
  [(EML, line(EML, "NOTE:Lead member for care settings")), (PAP, line(PAP, "HR-02 | "))],
  "Lead-member roles are only in the vCards' NOTE; the paper's Table 1 has a 'Lead member' column by surname.")
q("whos the finance person for the heat programme and whats their number", "people_roles",
  "Lucan Moorhouse, Finance Business Partner at the LGA: 020 7946 0846 (lucan.moorhouse@local.gov.uk). He handles budget monitoring and grant payments for the Shade and Cooling Fund.",
  ["Moorhouse", "020 7946 0846"], [],
  [(EML, line(EML, "TEL;type=WORK;type=VOICE:020 7946 0846")), (EML, line(EML, "NOTE:Budget monitoring and grant payments")), (EML, line(EML, "FN:Lucan Moorhouse"))],
  "Only in the base64 vCard attachment.")
subs = [(EML, line(EML, "NOTE:Named substitute for the Liberal Democrat")), (EML, line(EML, "NOTE:Named substitute for the Labour")), (EML, line(EML, "NOTE:Named substitute for the Conservative"))]
q("who are the named subs on the heat tg", "people_roles",
  "Three named substitutes: Cllr Jory Polkinghorne (Liberal Democrat, Kestleby District Council) for the Liberal Democrat members, Cllr Zainab Trelawny (Labour, Marlcombe Borough Council) for the Labour members and Cllr Percival Bickerdike (Conservative, Dunmere County Council) for the Conservative members. A substitute may attend only for a member of their own political group.",
  ["Polkinghorne", "Trelawny", "Bickerdike"], [],
  subs + [(EML, line(EML, "- Substitutes may attend only"))],
  "The e-mail body says 'the three named substitutes' without naming them; names are in the vCards (category 'EHRTG Substitute', NOTE), which are in surname order among the members and officers.")

# ------------------------------------------------------------------ board_paper (7)
q("recs on the item 5 q2 paper?", "board_paper",
  "That the Task Group: (a) notes performance at quarter 2, including the two measures rated R (HR-02 and HR-06), and the budget and risk positions; (b) awards £28,000 to Marlcombe Borough Council, £31,000 to Sarnby City Council and £20,000 to Thistlewood Borough Council from round 2 of the Shade and Cooling Fund, and does not fund Marlcombe's misting station bid or Yarrowby District Council's bid, which scored below the threshold of 24 out of 40; (c) agrees a pilot of evening opening, until 9pm, of 20 cool spaces on red alert days in summer 2272, at a cost of up to £12,000 from the Fund's 2271/72 underspend carried forward; and (d) notes the recovery plan for HR-06 (shade sails) in paragraph 14.",
  ["28,000", "31,000", "20,000", "12,000"], [],
  [(PAP, line(PAP, "(a) notes performance")), (PAP, line(PAP, "(b) awards")), (PAP, line(PAP, "(c) agrees")), (PAP, line(PAP, "(d) notes"))],
  "The front sheet is an unruled two-column tbl table; the recommendations are one text-block cell.")
q("contact officer for the heat q2 paper?", "board_paper",
  "Rhian Earnshaw, Programme Manager, Cooler Communities – 020 7946 0841, rhian.earnshaw@local.gov.uk.",
  ["Rhian Earnshaw"], [],
  [(PAP, line(PAP, "Contact officer | ")), (PAP, line(PAP, "Position | ")), (PAP, line(PAP, "Phone no | "))],
  "")
q("is item 5 confidential or a key decison?", "board_paper",
  "It is not confidential ('Is this report confidential? No'), but it is a key decision: the recommended awards and the evening opening pilot commit £91,000 of the Shade and Cooling Fund (£79,000 of round 2 awards and up to £12,000 for the pilot).",
  ["91,000"], [],
  [(PAP, line(PAP, "Is this report confidential?")), (PAP, line(PAP, "Is this a key decision?"))],
  "")
q("any DOIs at the 10 nov meeting?", "board_paper",
  "Two. Cllr Rashida Tanqueray declared an interest in Marlcombe Borough Council's two round 2 bids, as a member of its cabinet, and took no part in the discussion of them or the vote on them. Cllr Tamsin Pilgerson declared that she is a trustee of the Yarrowby Village Halls Trust, which runs St Bride's Village Hall, and left the room while the Yarrowby bid was discussed.",
  ["Tanqueray", "Pilgerson"], [],
  [(MIN, line(MIN, "* Cllr Rashida Tanqueray declared")), (MIN, line(MIN, "* Cllr Tamsin Pilgerson declared"))],
  "")
q("what did they actualy decide on thistlewoods bid", "board_paper",
  "The Task Group agreed £20,000 for Thistlewood Borough Council's shade canopy in Market Square, but to be paid only when planning consent for the canopy is confirmed; the award lapses if consent is not confirmed by 31 January 2272. This came from an amendment moved by Cllr Fenella Petherick and seconded by Cllr Bryony Ullathorne, carried by 8 votes to 2 (Cllr Greathead and Cllr Stellwagen against) with one abstention (Cllr Quillinan); the paper had recommended the £20,000 with no condition.",
  ["20,000", "31 January 2272"], [],
  [(MIN, line(MIN, "1. agreed an award of £20,000")), (MIN, sentence(MIN, "Cllr Fenella Petherick moved an amendment")), (MIN, line(MIN, "<tr><td>8</td>"))],
  "The decision differs from recommendation (b); the vote is raw HTML inside an {{html}} macro.")
q("what did the tg resolve about the evening opening pilot", "board_paper",
  "It agreed a pilot of evening opening, until 9pm, of 20 cool spaces on red alert days in summer 2272, at a cost of up to £12,000, subject to the Board agreeing in February 2272 to carry forward the Fund's underspend. Officers are to bring a costed plan, with the 20 sites, to the next meeting on 19 January 2272 (EHA-53); by 12 January a draft list of 20 sites had been agreed with the councils.",
  ["9pm", "12,000"], [],
  [(MIN, line(MIN, "**RESOLVED** that the Task Group agreed a pilot")), (BCP, line(BCP, "Draft list of 20 sites"))],
  "")
q("whats the recovery plan for the shade sails", "board_paper",
  "Canopex Ltd fitted only 9 of the 32 sails due in quarter 2 and missed two revised delivery dates (18 August and 22 September 2271). The plan (paragraph 14) is to end its contract on 1 December 2271 and order the remaining 37 sails through the Eastern Shires Construction Framework, whose supplier can fit 30 by 31 March 2272: 53 against the target of 60, the other seven by June 2272. HR-06 stays rated R until the new supplier has fitted its first ten sails; the framework's 6% higher prices are met from the retention held back from Canopex.",
  ["Canopex", "Eastern Shires", "53"], [],
  [(PAP, line(PAP, "14. Canopex")), (PAP, line(PAP, "15. HR-06"))],
  "Paragraph 14 runs over a page break in the PDF.")

# ------------------------------------------------------------------ fact (5)
q("how many cool spaces did we spot check in july and how many passed", "fact",
  "24 cool spaces in nine councils, checked between 18 and 21 July 2271: 17 passed, six failed (three too hot inside, two with no free drinking water, one with no step-free access) and one was closed when the officer arrived. The Kobo export has 26 rows because it also holds a test submission and a duplicate, neither approved.",
  ["24", "17"], [],
  [(PAP, sentence(PAP, "Between 18 and 21 July 2271")), (PAP, sentence(PAP, "17 passed, six failed")), (MIN, sentence(MIN, "Yusuf Whiteley, Data and Insight Officer, presented"))],
  "Counting the CSV's rows gives 26: a test row and a duplicate are marked validation_status_not_approved.")
q("what did the care providers assoc tell us about the heatwave", "fact",
  "Wilhelmina Zouch, Chief Executive of the Wrayfield Care Providers' Association, told the meeting on 10 November 2271 that 31 of its 118 member care homes had no room kept at 26°C or below during the July heatwave, and 12 had no tested overheating plan. She asked that care homes can apply to the Shade and Cooling Fund in round 3.",
  ["31", "118"], [],
  [(MIN, line(MIN, "Wilhelmina Zouch, Chief Executive"))],
  "")
q("when was the red heat alert n how hot did it get", "fact",
  "The UK Health Security Agency issued a red heat-health alert for 19 and 20 July 2271, within amber alerts for 16 to 22 July 2271. The highest temperature recorded in a member council was 39.2°C at Sarnby on 20 July 2271.",
  ["19 and 20 July", "39.2"], [],
  [(PAP, line(PAP, "3. The UK Health Security Agency"))],
  "")
q("how much notice do i need to give if a sub is coming for me", "fact",
  "Tell the clerk (Tobias Tetley, Member Services Officer) by noon on the working day before the meeting. A substitute may attend only for a member of their own political group.",
  ["noon", "working day before"], [],
  [(EML, line(EML, "- Substitutes may attend only"))],
  "")
q("when do papers come out for the jan meeting", "fact",
  "Wednesday 10 January 2272, for the meeting on Friday 19 January 2272 at 10.00am in Meeting Room 2, 18 Smith Square.",
  ["10 January 2272"], [],
  [(EML, line(EML, "- The next meeting is on"))],
  "")

# ------------------------------------------------------------------ cross_document (2)
q("has thistlewood had its 20k yet?", "cross_document",
  "Not as of 12 January 2272. On 10 November 2271 the Task Group made the £20,000 payable only when planning consent for the Market Square canopy is confirmed, lapsing if it is not confirmed by 31 January 2272 (minute 36/71). The Basecamp to-do EHA-56 (Lucan Moorhouse, due 31 January) is still open: consent was granted on Tuesday 9 January 2272 (ref. 71/0412/FUL), but paying needs the Chair's sign-off, which was sent to her on 10 January and had not come back.",
  ["9 January", "sign-off"], [],
  [(MIN, line(MIN, "1. agreed an award of £20,000")), (BCP, line(BCP, "EHA-56 ")), (BCP, line(BCP, "Thistlewood's planning consent"))],
  "The condition is in the minutes (not in the paper's recommendation); the consent and the pending sign-off only in the to-do's notes, its dates without a year.")
fails = [(KOB, seg(KOB, f'"{s[0]}";"{s[1]}"', f'"fail";"{s[11]}"')) for s in FAILS]
q("which cool spaces failed the july checks and have they been sorted", "cross_document",
  "Six failed: three were too hot inside – Sarnby Central Library (27.4°C), Marlcombe Leisure Centre foyer (26.8°C) and St Bride's Village Hall, Yarrowby (28.1°C); two had no free drinking water – Ellerdale Market Hall café and Kestleby Methodist Hall; and one had no step-free access – Ashenby Civic Centre atrium (lift out of order). All six were followed up under EHA-55, completed on 5 January 2272: Sarnby and Marlcombe fitted blinds and portable air conditioning, Kestleby and Ellerdale now offer free water, Ashenby's lift was repaired on 14 December, and St Bride's is off the network map until its windows are fixed.",
  ["Sarnby Central Library", "Marlcombe Leisure Centre", "St Bride's", "Ellerdale Market Hall", "Kestleby Methodist Hall", "Ashenby Civic Centre"], [],
  fails + [(BCP, line(BCP, "All six followed up"))],
  "Which sites failed is only in the Kobo CSV (choice names 'fail' and 'temp' / 'water' / 'access'); what was done only in the Basecamp to-do's notes.")

# ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for HR-02?", "unanswerable",
  "Not in the papers: the item 5 paper gives quarter 1 and quarter 2 2271/72 only (HR-02 was 64% and R at quarter 2); in January 2272 a re-test of 31 care homes was under way (19 done).",
  [], [], [], "Near miss: Q1 and Q2 columns only.")
q("whats cllr pilgerson's mobile number?", "unanswerable",
  "Not given: Cllr Tamsin Pilgerson asked that her mobile number is not circulated, so her contact card has only her e-mail address (tamsin.pilgerson@yarrowby.gov.uk).",
  [], [], [], "Near miss: every other councillor's card has a mobile number.")
q("who came to the 15 september ehrtg meeting?", "unanswerable",
  "Not in the papers: there are no minutes or attendance for 15 September 2271; the 10 November minutes only record that they were agreed and which of their actions were still open.",
  [], [], [], "Near miss: the meeting is mentioned, its attendance is not.")
q("how much did dunmere get in round 1 of the shade and cooling fund", "unanswerable",
  "Not in the papers: they give only the round 1 total (£90,000, decided on 15 September 2271, minute 24/71), not the awards by council.",
  [], [], [], "Near miss: round 2's awards are itemised, round 1's are not.")
q("what did the 19 jan meeting decide on the evening opening pilot?", "unanswerable",
  "Not in the papers: the meeting of 19 January 2272 had not taken place when they were written; the costed plan (EHA-53) was due to go to it, and a draft list of 20 sites had been agreed on 8 January.",
  [], [], [], "Near miss: the meeting is scheduled, not minuted.")

assert len(G) == 40
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
    f.write("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in G))
with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    f.write("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in G))
print("wrote gold.jsonl and questions.jsonl:", len(G), "questions,", sum(len(g["evidence"]) for g in G), "evidence quotes")
