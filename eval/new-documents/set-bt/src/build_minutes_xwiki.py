# Builds docs/ehrtg-minutes-2271-11-10-xwiki.txt: the draft minutes of Friday 10 November 2271 as the
# source of an XWiki page (XWiki 2.1 syntax), copied from the wiki editor and saved as .txt: a comment
# macro with the page's place and version, {{toc/}}, "=" headings, a {{warning}} box saying DRAFT, a
# label table of "|=" header cells, an attendance table whose attendance is one letter in a cell coloured
# by a (% style %) parameter and explained by an italic key, minutes numbered "31/71", decisions in
# {{info}} boxes as "1." lists (XWiki numbers them when it renders), a recorded vote pasted as raw HTML in
# an {{html}} macro, footnotes as {{footnote}} macros, an actions table whose owners are initials explained
# in a last row spanning the table (colspan as a cell parameter) and a due date struck through with "--".
# The rendering in text/ is the file itself (a text document is its own reading).
#   python3 src/build_minutes_xwiki.py
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F403

DOC = DOCS["minutes"]
GREEN, RED, AMBER, BLUE = "#c6efce", "#ffc7ce", "#ffeb9c", "#ddebf7"
att = [
    ("Cllr Henrietta Amberthwaite (Chair)", "Dunmere County Council", "Con", "P"),
    ("Cllr Emeka Windebank (Vice-Chair)", "Ellerdale City Council", "Lab", "P"),
    ("Cllr Saoirse Pimblett (Deputy Chair)", "Kestleby District Council", "LD", "A"),
    ("Cllr Jory Polkinghorne (substitute for Cllr Pimblett)", "Kestleby DC", "LD", "S"),
    ("Cllr Rashida Tanqueray", "Marlcombe BC", "Lab", "P"),
    ("Cllr Alaric Greathead", "Pellinghurst District Council", "Con", "P"),
    ("Cllr Bryony Ullathorne", "Sarnby City Council", "Green", "P"),
    ("Cllr Fenella Petherick", "Thistlewood BC", "Ind", "P"),
    ("Cllr Obadiah Stellwagen", "Udlingham CC", "Con", "P"),
    ("Cllr Priyanka Quillinan", "Ashenby MBC", "Lab", "V"),
    ("Cllr Tamsin Pilgerson", "Yarrowby DC", "LD", "P"),
    ("Cllr Kwabena Oddbury", "Ellerdale City Council", "Lab", "P"),
    ("Cllr Leopold Smethurst", "Ferncombe Vale DC", "Con", "A"),
]
COLOUR = {"P": GREEN, "V": BLUE, "S": AMBER, "A": RED}
INIT = {"moorhouse": "LM", "earnshaw": "RE", "fieldhouse": "EF", "whiteley": "YW", "oldroyd": "AO", "tetley": "TT"}

L = []
L += [
    "{{comment}}",
    "Task Groups > EHRTG > Meetings > 2271-11-10 Minutes",
    "Version 1.4, last modified by ttetley on 2271/11/24 16:12. Source copied from the wiki editor (Edit > Source) for the Member Services shared drive.",
    "{{/comment}}",
    "",
    '{{toc depth="2"/}}',
    "",
    "= Extreme Heat Resilience Task Group: minutes, 10 November 2271 =",
    "",
    '{{warning title="Draft"}}',
    "**DRAFT – not yet approved.** These minutes will be put to the next meeting of the Task Group (Friday 19 January 2272) for approval. Please send corrections to Tobias Tetley by 1 December 2271.",
    "{{/warning}}",
    "",
    '(% class="table-bordered" style="width:70%" %)',
    "|=Meeting|Extreme Heat Resilience Task Group (EHRTG), a task group of the Climate, Health and Communities Board",
    "|=Date and time|Fri 10/11/2271, 10:00 – 12:40",
    "|=Venue|Meeting Room 2, 18 Smith Square, London SW1P 3HZ, and Microsoft Teams",
    "|=Chair|Cllr Henrietta Amberthwaite",
    "|=Minutes|Tobias Tetley, Member Services Officer",
    "|=Papers|[[Agenda pack>>attach:ehrtg-agenda-pack-2271-11-10.pdf]] ~| [[Item 5 paper>>attach:ehrtg-item-5-q2-performance-2271-11-10.pdf]]",
    "",
    "== Attendance ==",
    "",
    '(% class="table-bordered" %)',
    '|=Councillor|=Council|=Group|=(% style="width:14%" %)Attendance',
]
for n, c, g, a in att:
    L.append(f'|{n}|{c}|{g}|(% style="background-color:{COLOUR[a]}; text-align:center" %)**{a}**')
L += [
    "",
    "//Key: P present in the room · V present online (Teams) · S substitute · A apologies//",
    "",
    "=== Officers and guest ===",
    "",
    "* Rhian Earnshaw – Programme Manager, Cooler Communities",
    "* Dr Ezinne Fieldhouse – Senior Adviser, Health Protection",
    "* Lucan Moorhouse – Finance Business Partner",
    "* Yusuf Whiteley – Data and Insight Officer (minute 34/71)",
    "* Tobias Tetley – Member Services Officer",
    "* //Guest:// Wilhelmina Zouch, Chief Executive, Wrayfield Care Providers' Association (minute 34/71)",
    "",
    "== 31/71 Welcome, apologies and substitutes ==",
    "",
    "The Chair welcomed members, and in particular Cllr Obadiah Stellwagen (Udlingham County Council), who replaced Cllr Crispin Fothersby on the Task Group from 1 October 2271. Apologies were received from Cllr Saoirse Pimblett, for whom Cllr Jory Polkinghorne attended as substitute, and from Cllr Leopold Smethurst.",
    "",
    "== 32/71 Declarations of interest ==",
    "",
    "* Cllr Rashida Tanqueray declared an interest in the two round 2 bids from Marlcombe Borough Council (minute 36/71), as a member of its cabinet. She took no part in the discussion of them or the vote on them.",
    "* Cllr Tamsin Pilgerson declared that she is a trustee of the Yarrowby Village Halls Trust, which runs St Bride's Village Hall. She left the room while the Yarrowby bid was discussed.",
    "",
    "== 33/71 Minutes of the last meeting and actions ==",
    "",
    "The minutes of the meeting held on 15 September 2271 were agreed as a correct record.",
    "",
    "Of the ten actions from that meeting (EHA-41 to EHA-50), eight are complete. Two remain open:",
    "",
    "* **EHA-44** – the care home overheating audit tool: now due on 31 January 2272;",
    "* **EHA-47** – the Chair's letter of 26 September 2271 to the Department of Health and Social Care asking for heat-health funding: no reply has been received (see EHA-57).",
    "",
    "== 34/71 Summer 2271: spot checks and care homes ==",
    "",
    "Yusuf Whiteley, Data and Insight Officer, presented the spot checks of 24 cool spaces made between 18 and 21 July 2271 (paragraph 4 of the item 5 paper). Members asked that every council with a failed site is contacted before Christmas (EHA-55).",
    "",
    "Wilhelmina Zouch, Chief Executive of the Wrayfield Care Providers' Association, presented the Association's survey of its members. 31 of its 118 member care homes had no room kept at 26°C or below during the July heatwave, and 12 had no tested overheating plan. She asked that care homes can apply to the Shade and Cooling Fund in round 3. Members thanked her for the survey.",
    "",
    "== 35/71 Cooler Communities Programme: quarter 2 performance, budget and risks ==",
    "",
    "Rhian Earnshaw introduced the report (item 5). Members were concerned that HR-02 had fallen to 64% and that two of the six risks were now high. Cllr Greathead asked that the care home re-tests are finished before the end of February.",
    "",
    '{{info title="Decision"}}',
    "**RESOLVED** that the Task Group:",
    "",
    "1. noted performance at quarter 2 and the budget and risk positions;",
    "1. noted the recovery plan for HR-06, and asked for a report when the new supplier has fitted its first ten sails; and",
    "1. asked the Senior Adviser, Health Protection, to re-test the overheating plans of the 31 care homes named by the Wrayfield Care Providers' Association and to report on HR-02 to the meeting on 15 March 2272 (EHA-54).",
    "{{/info}}",
    "",
    "== 36/71 Shade and Cooling Fund: round 2 ==",
    "",
    "Lucan Moorhouse presented the five bids (Appendix A of the item 5 paper). Cllr Fenella Petherick moved an amendment, seconded by Cllr Bryony Ullathorne, that Thistlewood Borough Council's award be held until planning consent for the Market Square canopy is confirmed, and lapse if consent is not confirmed by 31 January 2272. The amendment was carried and became the substantive motion.",
    "",
    '{{html clean="false"}}',
    '<table class="vote" border="1" cellpadding="4">',
    "<caption>Recorded vote on the amendment (Thistlewood award)</caption>",
    "<tr><th>For</th><th>Against</th><th>Abstained</th></tr>",
    "<tr><td>8</td><td>2 (Cllr Greathead, Cllr Stellwagen)</td><td>1 (Cllr Quillinan)</td></tr>",
    "</table>",
    "{{/html}}",
    "",
    '{{info title="Decision"}}',
    "**RESOLVED** that the Task Group:",
    "",
    "1. awarded £28,000 to Marlcombe Borough Council (shade sails for four primary school playgrounds) and £31,000 to Sarnby City Council (cool roof coating for Sarnby Central Library) from round 2 of the Shade and Cooling Fund;",
    "1. agreed an award of £20,000 to Thistlewood Borough Council (shade canopy, Market Square), to be paid only when planning consent for the canopy is confirmed; the award lapses if consent is not confirmed by 31 January 2272; and",
    "1. did not fund Marlcombe Borough Council's misting station bid or Yarrowby District Council's bid, which scored below the threshold of 24 out of 40, and invited Yarrowby to bid again in round 3.",
    "{{/info}}",
    "",
    "== 37/71 Evening opening pilot ==",
    "",
    "Members supported the pilot but asked that the sites are spread across the member councils.",
    "",
    '{{info title="Decision"}}',
    "**RESOLVED** that the Task Group agreed a pilot of evening opening, until 9pm, of 20 cool spaces on red alert days in summer 2272, at a cost of up to £12,000, subject to the Board agreeing in February 2272 to carry forward the Fund's underspend. Officers to bring a costed plan, with the 20 sites, to the next meeting (EHA-53).",
    "{{/info}}",
    "",
    "== 38/71 Any other business ==",
    "",
    "Cllr Emeka Windebank told the Task Group that he would stand down from it on 30 November 2271, having been elected Leader of Ellerdale City Council. The Chair thanked him for his work as Vice-Chair and as lead member for heat-health alerts and welfare calls. The Chair of the Climate, Health and Communities Board will appoint a new Vice-Chair; the Member Services Officer will circulate the changes (EHA-58).",
    "",
    "== 39/71 Date of next meeting ==",
    "",
    "Friday 19 January 2272 at 10.00am, Meeting Room 2, 18 Smith Square.{{footnote}}The meeting after that is on Friday 15 March 2272.{{/footnote}}",
    "",
    "----",
    "",
    "== Actions agreed ==",
    "",
    '(% class="table-bordered table-striped" %)',
    "|=Ref|=Action|=Owner|=Due",
]
for a in ACTIONS:
    due = a["due"]
    if a["ref"] == "EHA-55":
        due = "--15/12/2271-- 22/12/2271{{footnote}}Moved at the owner's request on 21/11/2271: two councils could not meet before 18 December.{{/footnote}}"
    L.append(f"|{a['ref']}|{a['what']}|{INIT[a['owner']]}|{due}")
L += [
    '|(% colspan="4" %)//Owners: LM Lucan Moorhouse; RE Rhian Earnshaw; EF Dr Ezinne Fieldhouse; YW Yusuf Whiteley; AO Araminta Oldroyd; TT Tobias Tetley//',
    "",
    "{{putFootnotes/}}",
]
src = "\n".join(L) + "\n"
os.makedirs(DOCS_DIR, exist_ok=True)
with open(os.path.join(DOCS_DIR, DOC), "w", encoding="utf-8") as f:
    f.write(src)
with open(text_path(DOC), "w", encoding="utf-8") as f:
    f.write(src)
print("wrote", DOC, len(src), "chars")
