# Builds docs/ehrtg-item-5-q2-performance-2271-11-10.pdf: the item 5 paper for the meeting of Friday
# 10 November 2271, typeset with GNU troff (groff -ms with the tbl preprocessor, gropdf output), the way a
# paper written in a text editor and set by groff comes out: a front sheet as an unruled two-column tbl
# table, hand-numbered paragraphs, boxed tables whose two-row header spans "Quarter 1" / "Quarter 2" over
# figure and RAG columns, workstream rows spanning the table, ratings as single letters explained only by a
# key line, notes (a) (b) under a table, a risk register whose trend is an arrow, an appendix table whose
# council cell spans two rows vertically, running header and footer. Also writes the text rendering.
#   python3 src/build_paper_groff.py      (needs groff with gropdf: apt-get install groff)
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F403

DOC = DOCS["paper"]
ms = []      # groff source lines
out = []     # rendering lines


def esc(s):
    s = s.replace("\\", "\\e")
    return s


def para_text(s):
    s = esc(s)
    if s.startswith(".") or s.startswith("'"):
        s = "\\&" + s
    return s


def cell(s):
    # a tbl cell: long ones as a text block
    return esc(s)


ms += [
    ".\\\" Item 5, EHRTG 10 November 2271. Set with: groff -k -ms -t -Tpdf -P-pa4",
    ".nr PS 10", ".nr VS 13", ".nr LL 16c", ".nr PO 2.5c", ".nr HM 1.8c", ".nr FM 2c", ".nr PD 0.5v",
    ".nr HY 0", ".hy 0", ".nh",
    ".ds LH Extreme Heat Resilience Task Group",
    ".ds CH",
    ".ds RH 10 November 2271",
    ".ds LF Item 5",
    ".ds CF",
    ".ds RF Page \\\\n%",
    ".LP",
    ".ps 9",
    "\\fBLocal Government Association\\fP",
    ".br",
    "18 Smith Square, London SW1P 3HZ",
    ".ps 10",
    ".sp 1",
]
out += ["Local Government Association", "18 Smith Square, London SW1P 3HZ"]
head = [
    ("Meeting", f"{BODY} ({SHORT})"),
    ("Date", "Friday 10 November 2271"),
    ("Item", "5"),
]
ms += [".TS", "tab(|);", "lb l.", *[f"{a}:|{esc(b)}" for a, b in head], ".TE"]
for a, b in head:
    out.append(f"{a}: | {b}")
TITLE = "Cooler Communities Programme: quarter 2 2271/72 performance, budget and risks, and Shade and Cooling Fund round 2"
ms += [".sp 0.6", ".LP", ".ps 13", ".vs 16", f"\\fB{esc(TITLE)}\\fP", ".ps 10", ".vs 13", ".sp 0.4"]
out.append(TITLE)

REC_INTRO = "That the Task Group:"
RECS = [
    "(a) notes performance at quarter 2, including the two measures rated R (HR-02 and HR-06), and the budget and risk positions;",
    "(b) awards £28,000 to Marlcombe Borough Council, £31,000 to Sarnby City Council and £20,000 to Thistlewood Borough Council from round 2 of the Shade and Cooling Fund, and does not fund the misting station bid of Marlcombe Borough Council or the bid of Yarrowby District Council, which scored below the threshold of 24 out of 40;",
    "(c) agrees a pilot of evening opening, until 9pm, of 20 cool spaces on red alert days in summer 2272, at a cost of up to £12,000 met from the Fund's 2271/72 underspend carried forward; and",
    "(d) notes the recovery plan for measure HR-06 (shade sails) in paragraph 14.",
]
SUMMARY = ("This report sets out performance against the eight measures of the Cooler Communities Programme 2271\u201373 at quarter 2 "
           "(1 July to 30 September 2271), the budget and the risk register, and what the July spot checks of cool spaces found. "
           "It asks the Task Group to decide round 2 of the Shade and Cooling Fund and a pilot of evening opening of cool spaces in summer 2272.")
front = [
    ("Purpose of report", ["For decision."]),
    ("Summary", [SUMMARY]),
    ("Is this report confidential?", ["No"]),
    ("Is this a key decision?", ["Yes: the recommended awards and the pilot commit £91,000 of the Shade and Cooling Fund."]),
    ("Recommendations", [REC_INTRO, *RECS]),
    ("Action", ["Officers to proceed as directed by the Task Group."]),
    ("Contact officer", [O["earnshaw"]["full"]]),
    ("Position", [O["earnshaw"]["post"]]),
    ("Phone no", [O["earnshaw"]["phone"]]),
    ("Email", [O["earnshaw"]["email"]]),
]
ms += [".TS", "tab(|);", "lbw(3.4c) lw(11.0c)."]
for lab, vals in front:
    if len(vals) == 1 and len(vals[0]) < 60:
        ms.append(f"{lab}|{esc(vals[0])}")
    else:
        body = "\n.sp 0.3\n".join(esc(v) for v in vals)
        ms.append(f"{lab}|T{{\n{body}\nT}}")
    ms.append(".sp 0.3")
ms += [".TE"]
for lab, vals in front:
    out.append(f"{lab} | {vals[0]}")
    out.extend(vals[1:])
ms += [".sp 0.5", "\\l'16c'"]

pno = [0]
paras_at = {}


def heading(h):
    ms.extend([".SH", esc(h)])
    out.append(h)


def para(s, key=None):
    pno[0] += 1
    n = pno[0]
    if key:
        paras_at[key] = n
    ms.extend([f'.IP "{n}." 4n', para_text(s)])
    out.append(f"{n}. {s}")


def plain(s, size=None):
    ms.append(".LP")
    if size:
        ms.append(f".ps {size}")
    ms.append(para_text(s))
    if size:
        ms.append(".ps 10")
    out.append(s)


def caption(s):
    ms.extend([".sp 0.5", ".LP", f"\\fB{esc(s)}\\fP", ".sp 0.2"])
    out.append(s)


heading("Background")
para("The Cooler Communities Programme 2271\u201373 was agreed by the Climate, Health and Communities Board on 12 April 2271 with a budget of £520,000 for 2271/72. The Task Group oversees its eight measures (HR-01 to HR-08), its risks and the Shade and Cooling Fund, which pays for shade, cooling and drinking water at places people use in hot weather.")
para("Round 1 of the Fund (£90,000) was decided at the meeting on 15 September 2271 (minute 24/71). Round 2 has £120,000 to award.")
heading("Summer 2271")
para("The UK Health Security Agency issued amber heat-health alerts for 16 to 22 July 2271 and a red alert for 19 and 20 July. The highest temperature recorded in a member council was 39.2°C at Sarnby on 20 July 2271.")
para("Between 18 and 21 July 2271 officers spot-checked 24 cool spaces in nine councils, using a KoboToolbox form on their phones. 17 passed, six failed (three were too hot inside, two had no free drinking water and one had no step-free access) and one was closed when the officer arrived. A cool space passes if the indoor temperature is 26°C or lower, free drinking water is available, there is step-free access and it is open at its advertised times. Officers will follow up each failure with the council concerned.", key="spot")
para("The Wrayfield Care Providers' Association has surveyed its member care homes about the heatwave; its Chief Executive will present the findings at the meeting.")
heading("Performance at quarter 2")
para("Table 1 gives the measures at quarters 1 and 2. At quarter 2 two measures are on track, two at some risk and two off track; one has been achieved and one is not yet due. Three measures are rated worse than at quarter 1 and three better.")
para("HR-02 fell to 64% because the spring inspections found that many plans had not been tested since 2268; the Association's survey suggests that the true figure may be lower.")
para("HR-04 was measured for the first time: 83% of the 2,214 residents on the welfare call list were contacted within 24 hours of the amber alert of 16 July 2271.")

# ---- Table 1
caption("Table 1: measures at quarter 2 2271/72")
H1 = ["Ref", "Measure", "Target 2271/72", "Quarter 1 (to 30/06/2271)", "Quarter 2 (to 30 Sept 2271)", "Lead member"]
H2 = ["Figure", "RAG", "Figure", "RAG"]
ROWF = "l | lw(3.3c) | lw(1.6c) | r | cb | r | cb | lw(1.6c) ."
ms += [".ps 8", ".vs 10", ".TS", "box tab(|);",
       "cb | cbw(3.3c) | cbw(1.6c) | cbw(1.5c) s | cbw(1.5c) s | cbw(1.6c)",
       "^ | ^ | ^ | cb | cb | cb | cb | ^ .",
       "|".join(["Ref", "Measure", "T{\nTarget 2271/72\nT}", "T{\nQuarter 1 (to 30/06/2271)\nT}", "T{\nQuarter 2 (to 30 Sept 2271)\nT}", "T{\nLead member\nT}"]),
       "|".join(["", "", "", "Figure", "RAG", "Figure", "RAG", ""]),
       "="]
out.append(" | ".join(H1))
out.append(" | ".join(H2))
ws_prev = None
cur = None


def fmt(f):
    global cur
    if f != cur:
        ms.extend([".T&", f])
        cur = f


for m in MEASURES:
    if m["ws"] != ws_prev:
        if ws_prev:
            ms.append("_")
        fmt("lbi s s s s s s s .")
        ms.append(f"Workstream: {m['ws']}")
        out.append(f"Workstream: {m['ws']}")
        ws_prev = m["ws"]
    fmt(ROWF)
    ms.append("|".join([m["ref"], f"T{{\n.na\n{esc(m['name'])}\nT}}", f"T{{\n.na\n{m['target']}\nT}}", m["q1"], m["r1"], m["q2"], m["r2"], f"T{{\n.na\n{m['lead']}\nT}}"]))
    out.append(" | ".join([m["ref"], m["name"], m["target"], m["q1"], m["r1"], m["q2"], m["r2"], m["lead"]]))
    if m["ref"] == "HR-06":
        fmt("li s s s s s s s .")
        ms.append("(HR-06 continued) Canopex Ltd fitted 9 sails in quarter 2; see paragraph 14 for the recovery plan.")
        out.append("(HR-06 continued) Canopex Ltd fitted 9 sails in quarter 2; see paragraph 14 for the recovery plan.")
ms += [".TE", ".ps 10", ".vs 13"]
KEY1 = "Key: G on track \u00b7 A some risk \u00b7 R off track \u00b7 B achieved \u00b7 \u2013 not yet due or no data"
NOTES1 = ["(a) Trees are planted between November and March; the first 600 are due by 31 March 2272.",
          "(b) Counted on the last day of the quarter; two points were out of order on 30 September 2271."]
plain(KEY1, size=8)
for n in NOTES1:
    plain(n, size=8)
para("HR-06 is off track: see the recovery plan in paragraph 14.")

heading("Budget")
para(f"Table 2 gives the budget for 2271/72. The forecast outturn is £501,000 against the budget of £520,000, an underspend of £19,000. The Shade and Cooling Fund is forecast to spend £169,000 of its £210,000 (round 1 £90,000 and the recommended round 2 awards of £79,000). Care home overheating audits are forecast to overspend by £18,000 because of the extra inspections described in paragraph 7.")
para("The welfare call volunteers line is forecast to overspend by £4,000 because the calls ran for seven days in July rather than the three planned.")
caption("Table 2: budget 2271/72 (£); underspends in brackets")
H = ["Budget line", "Budget", "Spent to 30/09/2271", "Forecast outturn", "Variance"]
ms += [".ps 8", ".vs 10", ".TS", "box tab(|);", "cb | cb | cb | cb | cb", "l | n | n | n | n .", "|".join(H), "_"]
out.append(" | ".join(H))
for name, b, s, f in BUDGET:
    row = [name, money(b), money(s), money(f), variance(f - b)]
    ms.append("|".join(row))
    out.append(" | ".join(row))
ms += ["_", ".T&", "lb | nb | nb | nb | nb ."]
row = ["Total", money(TOTAL_BUDGET), money(TOTAL_SPENT), money(TOTAL_FORECAST), variance(TOTAL_FORECAST - TOTAL_BUDGET)]
ms.append("|".join(row))
out.append(" | ".join(row))
ms += [".TE", ".ps 10", ".vs 13"]

heading("Risks")
para("Table 3 gives the risk register as reviewed by officers on 27 October 2271. Each risk is scored for likelihood and impact; the key is under the table.")
para("ER5 is new this quarter: the Fund's underspend will be lost at the end of March 2272 unless the Board agrees in February 2272 to carry it forward.")
caption("Table 3: risk register, October 2271")
H = ["Ref", "Risk", "L", "I", "Score", "Trend", "Owner", "Mitigation"]
ms += [".ps 8", ".vs 10", ".TS", "box tab(|);", "cb | cb | cb | cb | cb | cb | cb | cb", "l | lw(3.6c) | c | c | c | c | lw(1.9c) | lw(3.8c) .", "|".join(H), "_"]
out.append(" | ".join(H))
for r in RISKS:
    ms.append("|".join([r["ref"], f"T{{\n.na\n{esc(r['risk'])}\nT}}", str(r["l"]), str(r["i"]), str(r["score"]), r["trend"], f"T{{\n.na\n{esc(r['owner'])}\nT}}", f"T{{\n.na\n{esc(r['mit'])}\nT}}"]))
    out.append(" | ".join([r["ref"], r["risk"], str(r["l"]), str(r["i"]), str(r["score"]), r["trend"], r["owner"], r["mit"]]))
ms += [".TE", ".ps 10", ".vs 13"]
KEY3 = ("L likelihood and I impact, each scored from 1 (low) to 5 (high). Score = L \u00d7 I: 1\u20136 low, 8\u201312 medium, 15\u201325 high. "
        "Trend: \u2191 higher than in July 2271, \u2193 lower, \u2192 no change, new: new this quarter.")
plain(KEY3, size=8)

heading("Shade sails: recovery plan for HR-06")
para("Canopex Ltd fitted 9 of the 32 sails due in quarter 2 and has missed two revised delivery dates (18 August and 22 September 2271). Officers propose to end its contract on 1 December 2271 and to order the remaining 37 sails through the Eastern Shires Construction Framework, whose supplier can fit 30 by 31 March 2272. That would give 53 sails against the target of 60; the other seven would follow by June 2272.", key="recovery")
para("HR-06 will stay rated R until the new supplier has fitted its first ten sails. The framework's prices are 6% higher than Canopex's; the difference is met from the retention held back from Canopex.")

heading("Shade and Cooling Fund: round 2")
para("Five bids were received from four councils for £119,000 (Appendix A). The assessment panel (the Senior Adviser, Health Protection, the Finance Business Partner and a landscape architect from a council that did not bid) scored each bid out of 40; a bid scoring below 24 is not funded. Officers recommend three awards totalling £79,000, leaving £41,000 of round 2 unspent.")
para("Thistlewood Borough Council's award is reduced to £20,000 because the tree pits can be paid for from the tree planting budget (HR-05). The canopy needs planning consent, which the council expects in December 2271.")
para("Yarrowby District Council's bid would fund fans and blinds in village halls, including St Bride's Village Hall, which failed its spot check in July; the panel scored it 18 because it had no quotes and no maintenance plan, and encourages a fuller bid in round 3.")

heading("Evening opening pilot")
para("Most cool spaces close at 5pm or 6pm, but on 19 and 20 July 2271 indoor temperatures in homes peaked between 7pm and 10pm. Risk ER1 is now high.")
para("The pilot would keep 20 cool spaces open until 9pm on red alert days in summer 2272, at a cost of up to £12,000 (staff, security and lighting). It would be met from the Fund's 2271/72 underspend if the Board agrees to carry it forward (risk ER5).")

heading("Implications")
para("Financial: as set out in paragraphs 10, 11, 16 and 20. The recommendations commit £91,000 of the Fund.")
para("Legal: none arising from this report.")
para("Equalities: older people, disabled people, babies and people with long-term conditions are at most risk in hot weather; the recommendations aim to protect them.")
heading("Next steps")
para("Officers will write to the councils within ten working days of the decision and report progress to the meeting on 19 January 2272.")

ms += [".bp"]
caption("Appendix A: Shade and Cooling Fund round 2 bids")
H = ["Council", "Project", "Asked (£)", "Score (out of 40)", "Recommended (£)", "Note"]
RF = "lw(2.5c) | lw(3.8c) | n | c | n | lw(2.7c)"
fmts = ["cb | cb | cb | cbw(1.4c) | cbw(1.6c) | cb"]
prev = None
for b in BIDS:
    fmts.append(RF.replace("lw(2.5c)", "^", 1) if b["council"] == prev else RF)
    prev = b["council"]
ms += [".ps 8", ".vs 10", ".TS", "box tab(|);", *fmts[:-1], fmts[-1] + " .",
       "|".join(["Council", "Project", "Asked (£)", "T{\nScore (out of 40)\nT}", "T{\nRecommended (£)\nT}", "Note"]), "_"]
out.append(" | ".join(H))
prev = None
for b in BIDS:
    if b["council"] == prev:
        first = ""
    else:
        if prev is not None:
            ms += ["_"]
        first = f"T{{\n.na\n{esc(b['council'])}\nT}}"
    ms.append("|".join([first, f"T{{\n.na\n{esc(b['project'])}\nT}}", money(b["asked"]), str(b["score"]), money(b["rec"]) if b["rec"] else "0", f"T{{\n.na\n{esc(b['note'])}\nT}}" if b["note"] else ""]))
    out.append(" | ".join([b["council"] if b["council"] != prev else "", b["project"], money(b["asked"]), str(b["score"]), money(b["rec"]) if b["rec"] else "0", b["note"]]).rstrip(" |"))
    prev = b["council"]
ms += ["=", ".T&", "lb s | nb | c | nb | l ."]
ms.append("|".join(["Total", money(ASKED), "", money(RECOMMENDED), ""]))
out.append(" | ".join(["Total", money(ASKED), money(RECOMMENDED)]))
ms += [".TE", ".ps 10", ".vs 13"]
plain("Threshold: 24 out of 40. Round 2 allocation: £120,000.", size=8)

assert paras_at["recovery"] == 14, paras_at
src = "\n".join(l for l in ms if l is not None) + "\n"
src_path = os.path.join("/tmp", "ehrtg-item-5.ms")
with open(src_path, "w", encoding="utf-8") as f:
    f.write(src)
pdf = subprocess.run(["groff", "-k", "-ms", "-t", "-Tpdf", "-P-pa4", src_path], capture_output=True, check=True)
if pdf.stderr:
    sys.stderr.write(pdf.stderr.decode())
os.makedirs(DOCS_DIR, exist_ok=True)
with open(os.path.join(DOCS_DIR, DOC), "wb") as f:
    f.write(pdf.stdout)
with open(text_path(DOC), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("wrote", DOC, len(pdf.stdout), "bytes;", len(out), "rendering lines")
