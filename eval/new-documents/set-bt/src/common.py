# Shared content for set BT: one invented body, the Extreme Heat Resilience Task Group (EHRTG), a member
# task group of the invented Climate, Health and Communities Board, in the municipal year 2271/72. It
# oversees the Cooler Communities Programme 2271-73 (measures HR-01 to HR-08, a budget of £520,000, a
# risk register ER1-ER6) and the Shade and Cooling Fund (round 2 decided on Friday 10 November 2271).
# Every builder reads from here so that the five documents agree; the arithmetic is checked on import.
# Synthetic test fixtures: every person, council, figure, rating, site and decision is invented.
import datetime as _dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS_DIR = os.path.join(ROOT, "docs")
TEXT_DIR = os.path.join(ROOT, "text")

BODY = "Extreme Heat Resilience Task Group"
SHORT = "EHRTG"
BOARD = "Climate, Health and Communities Board"
PROGRAMME = "Cooler Communities Programme 2271\u201373"
FUND = "Shade and Cooling Fund"
ROOM = "Meeting Room 2, 18 Smith Square"

DOCS = {
    "paper": "ehrtg-item-5-q2-performance-2271-11-10.pdf",
    "minutes": "ehrtg-minutes-2271-11-10-xwiki.txt",
    "email": "ehrtg-membership-cards-email-2271-12-05.eml",
    "kobo": "ehrtg-cool-space-spot-checks-kobo-2271-07-24.csv",
    "basecamp": "ehrtg-basecamp-actions-2272-01-12.html",
}


def text_path(doc):
    return os.path.join(TEXT_DIR, os.path.splitext(doc)[0] + ".txt")


def day(iso):
    return _dt.date.fromisoformat(iso)


def weekday(iso):
    return day(iso).strftime("%A")


MEETINGS = ["2271-06-09", "2271-09-15", "2271-11-10", "2272-01-19", "2272-03-15"]
for _m in MEETINGS:
    assert weekday(_m) == "Friday", _m

# ---------------------------------------------------------------- people
# role: the Task Group role; job: the councillor's job at their own council (vCard TITLE)
MEMBERS = [
    dict(k="amberthwaite", fore="Henrietta", sur="Amberthwaite", council="Dunmere County Council", group="Conservative", role="Chair", job="Cabinet Member for Public Health", mobile="07700 900513", email="henrietta.amberthwaite@dunmere.gov.uk", town="Dunmere"),
    dict(k="windebank", fore="Emeka", sur="Windebank", council="Ellerdale City Council", group="Labour", role="Vice-Chair", lead="heat-health alerts and welfare calls", job="Deputy Leader of the Council", mobile="07700 900527", email="emeka.windebank@ellerdale.gov.uk", town="Ellerdale", left="2271-11-30"),
    dict(k="pimblett", fore="Saoirse", sur="Pimblett", council="Kestleby District Council", group="Liberal Democrat", role="Deputy Chair", job="Councillor", mobile="07700 900534", email="cllr.saoirse.pimblett@kestleby.gov.uk", town="Kestleby"),
    dict(k="tanqueray", fore="Rashida", sur="Tanqueray", council="Marlcombe Borough Council", group="Labour", role="Member", lead="cool spaces and water refill", job="Cabinet Member for Communities and Libraries", mobile="07700 900541", email="rashida.tanqueray@marlcombe.gov.uk", town="Marlcombe"),
    dict(k="greathead", fore="Alaric", sur="Greathead", council="Pellinghurst District Council", group="Conservative", role="Member", lead="care settings and the workforce", job="Portfolio Holder for Adult Social Care", mobile="07700 900548", email="alaric.greathead@pellinghurst.gov.uk", town="Pellinghurst"),
    dict(k="ullathorne", fore="Bryony", sur="Ullathorne", council="Sarnby City Council", group="Green", role="Member", lead="shade and greening", job="Councillor", mobile="07700 900552", email="bryony.ullathorne@sarnby.gov.uk", town="Sarnby"),
    dict(k="petherick", fore="Fenella", sur="Petherick", council="Thistlewood Borough Council", group="Independent", role="Member", job="Councillor", mobile="07700 900559", email="fenella.petherick@thistlewood.gov.uk", town="Thistlewood"),
    dict(k="stellwagen", fore="Obadiah", sur="Stellwagen", council="Udlingham County Council", group="Conservative", role="Member", job="Chair of the Health Scrutiny Committee", mobile="07700 900563", email="obadiah.stellwagen@udlingham.gov.uk", town="Udlingham", joined="2271-10-01"),
    dict(k="quillinan", fore="Priyanka", sur="Quillinan", council="Ashenby Metropolitan Borough Council", group="Labour", role="Member", job="Councillor", mobile="07700 900570", email="priyanka.quillinan@ashenby.gov.uk", town="Ashenby"),
    dict(k="pilgerson", fore="Tamsin", sur="Pilgerson", council="Yarrowby District Council", group="Liberal Democrat", role="Member", job="Councillor", mobile=None, email="tamsin.pilgerson@yarrowby.gov.uk", town="Yarrowby"),
    dict(k="oddbury", fore="Kwabena", sur="Oddbury", council="Ellerdale City Council", group="Labour", role="Member", job="Cabinet Member for Environment", mobile="07700 900584", email="kwabena.oddbury@ellerdale.gov.uk", town="Ellerdale"),
    dict(k="smethurst", fore="Leopold", sur="Smethurst", council="Ferncombe Vale District Council", group="Conservative", role="Member", job="Councillor", mobile="07700 900591", email="leopold.smethurst@ferncombevale.gov.uk", town="Ferncombe Vale"),
]
FORMER = dict(k="fothersby", fore="Crispin", sur="Fothersby", council="Udlingham County Council", group="Conservative", role="Former member", left="2271-09-30")
NEW_MEMBER = dict(k="chadderton", fore="Ifeoma", sur="Chadderton", council="Ellerdale City Council", group="Labour", role="Member", job="Councillor", mobile="07700 900596", email="ifeoma.chadderton@ellerdale.gov.uk", town="Ellerdale", joined="2271-12-01")
SUBSTITUTES = [
    dict(k="polkinghorne", fore="Jory", sur="Polkinghorne", council="Kestleby District Council", group="Liberal Democrat", role="Substitute", job="Councillor", mobile="07700 900602", email="jory.polkinghorne@kestleby.gov.uk", town="Kestleby"),
    dict(k="trelawny", fore="Zainab", sur="Trelawny", council="Marlcombe Borough Council", group="Labour", role="Substitute", job="Councillor", mobile="07700 900609", email="zainab.trelawny@marlcombe.gov.uk", town="Marlcombe"),
    dict(k="bickerdike", fore="Percival", sur="Bickerdike", council="Dunmere County Council", group="Conservative", role="Substitute", job="Cabinet Member for Highways", mobile="07700 900613", email="percival.bickerdike@dunmere.gov.uk", town="Dunmere"),
]
for _p in MEMBERS + [FORMER, NEW_MEMBER] + SUBSTITUTES:
    _p["name"] = f"Cllr {_p['fore']} {_p['sur']}"
    _p["full"] = f"{_p['fore']} {_p['sur']}"
P = {p["k"]: p for p in MEMBERS + [FORMER, NEW_MEMBER] + SUBSTITUTES}
assert len(MEMBERS) == 12

OFFICERS = [
    dict(k="earnshaw", fore="Rhian", sur="Earnshaw", post="Programme Manager, Cooler Communities", phone="020 7946 0841", email="rhian.earnshaw@local.gov.uk"),
    dict(k="fieldhouse", fore="Ezinne", sur="Fieldhouse", title="Dr", post="Senior Adviser, Health Protection", phone="020 7946 0844", email="ezinne.fieldhouse@local.gov.uk"),
    dict(k="moorhouse", fore="Lucan", sur="Moorhouse", post="Finance Business Partner", phone="020 7946 0846", email="lucan.moorhouse@local.gov.uk"),
    dict(k="oldroyd", fore="Araminta", sur="Oldroyd", post="Head of Democratic Services", phone="020 7946 0849", email="araminta.oldroyd@local.gov.uk"),
    dict(k="tetley", fore="Tobias", sur="Tetley", post="Member Services Officer", phone="020 7946 0853", email="tobias.tetley@local.gov.uk"),
    dict(k="whiteley", fore="Yusuf", sur="Whiteley", post="Data and Insight Officer", phone="020 7946 0858", email="yusuf.whiteley@local.gov.uk"),
]
for _o in OFFICERS:
    _o["full"] = f"{_o['fore']} {_o['sur']}"
    _o["name"] = (_o.get("title", "") + " " + _o["full"]).strip()
    _o["short"] = f"{_o['fore']} {_o['sur'][0]}."
O = {o["k"]: o for o in OFFICERS}
GUEST = dict(name="Wilhelmina Zouch", post="Chief Executive, Wrayfield Care Providers' Association")

# ---------------------------------------------------------------- measures (quarter 2 2271/72)
# ratings: G on track, A some risk, R off track, B achieved, "–" not yet due or no data
RATING_WORDS = {"G": "on track", "A": "some risk", "R": "off track", "B": "achieved", "\u2013": "not yet due or no data"}
WORKSTREAMS = ["Cool spaces", "Care settings", "Alerts and welfare", "Shade and greening", "Water and workforce"]
MEASURES = [
    dict(ref="HR-01", ws="Cool spaces", name="Cool spaces registered on the network map", target="240 by 31/03/2272", q1="168", r1="A", q2="212", r2="G", lead="Cllr Tanqueray"),
    dict(ref="HR-02", ws="Care settings", name="Care homes with a tested overheating plan", target="95%", q1="71%", r1="A", q2="64%", r2="R", lead="Cllr Greathead"),
    dict(ref="HR-03", ws="Alerts and welfare", name="Partner organisations reached within 2 hours of an amber or red heat-health alert", target="100%", q1="92%", r1="A", q2="98%", r2="G", lead="Cllr Windebank"),
    dict(ref="HR-04", ws="Alerts and welfare", name="Residents on the welfare call list contacted within 24 hours of an amber or red alert", target="90%", q1="\u2013", r1="\u2013", q2="83%", r2="A", lead="Cllr Windebank"),
    dict(ref="HR-05", ws="Shade and greening", name="Street trees planted in heat-island wards (cumulative) (a)", target="1,800 by 31/03/2273", q1="0", r1="\u2013", q2="0", r2="\u2013", lead="Cllr Ullathorne"),
    dict(ref="HR-06", ws="Shade and greening", name="Shade sails fitted at play areas and school grounds (cumulative)", target="60 by 31/03/2272", q1="14", r1="G", q2="23", r2="R", lead="Cllr Ullathorne"),
    dict(ref="HR-07", ws="Water and workforce", name="Public water refill points in working order (b)", target="150", q1="138", r1="A", q2="152", r2="B", lead="Cllr Tanqueray"),
    dict(ref="HR-08", ws="Water and workforce", name="Frontline staff trained in heat illness awareness (cumulative)", target="2,500 by 31/03/2272", q1="610", r1="G", q2="1,140", r2="A", lead="Cllr Greathead"),
]
ORDER = {"R": 0, "A": 1, "G": 2, "B": 3}
_q2 = [m["r2"] for m in MEASURES]
assert (_q2.count("G"), _q2.count("A"), _q2.count("R"), _q2.count("B"), _q2.count("\u2013")) == (2, 2, 2, 1, 1)
WORSE = [m["ref"] for m in MEASURES if m["r1"] in ORDER and m["r2"] in ORDER and ORDER[m["r2"]] < ORDER[m["r1"]]]
BETTER = [m["ref"] for m in MEASURES if m["r1"] in ORDER and m["r2"] in ORDER and ORDER[m["r2"]] > ORDER[m["r1"]]]
assert WORSE == ["HR-02", "HR-06", "HR-08"] and BETTER == ["HR-01", "HR-03", "HR-07"], (WORSE, BETTER)

# ---------------------------------------------------------------- budget 2271/72 (£)
BUDGET = [
    ("Cool spaces network grants", 150000, 96400, 150000),
    ("Shade and Cooling Fund", 210000, 90000, 169000),
    ("Care home overheating audits", 64000, 41200, 82000),
    ("Heat illness awareness training", 38000, 15900, 38000),
    ("Welfare call volunteers", 22000, 17300, 26000),
    ("Water refill maintenance", 18000, 8800, 18000),
    ("Programme management", 18000, 9000, 18000),
]
TOTAL_BUDGET = sum(b[1] for b in BUDGET)
TOTAL_SPENT = sum(b[2] for b in BUDGET)
TOTAL_FORECAST = sum(b[3] for b in BUDGET)
assert (TOTAL_BUDGET, TOTAL_SPENT, TOTAL_FORECAST) == (520000, 278600, 501000)


def money(n):
    return f"{n:,}"


def variance(n):
    return "0" if n == 0 else (f"({-n:,})" if n < 0 else f"{n:,}")


# ---------------------------------------------------------------- risks
RISKS = [
    dict(ref="ER1", risk="Cool spaces are closed when they are needed most, when a red alert runs into the evening or a weekend", l=4, i=4, trend="\u2191", owner="Rhian Earnshaw", mit="Evening opening pilot (recommendation (c)); a weekend rota of 20 sites"),
    dict(ref="ER2", risk="Care homes' overheating plans are not tested before summer 2272", l=4, i=5, trend="\u2191", owner="Dr Ezinne Fieldhouse", mit="Re-test the 31 homes named by the Wrayfield Care Providers' Association; audit tool (EHA-44)"),
    dict(ref="ER3", risk="The shade sail supplier fails to deliver", l=3, i=3, trend="\u2191", owner="Lucan Moorhouse", mit="End the Canopex Ltd contract; order through the Eastern Shires Construction Framework (paragraph 14)"),
    dict(ref="ER4", risk="Volunteers for welfare calls fall away after the summer", l=3, i=3, trend="\u2192", owner="Yusuf Whiteley", mit="Refresher sessions in March 2272; a reserve list of 40 council staff"),
    dict(ref="ER5", risk="The Fund's underspend cannot be carried forward to 2272/73", l=2, i=4, trend="new", owner="Lucan Moorhouse", mit="Carry-forward request to the Board's finance meeting in February 2272"),
    dict(ref="ER6", risk="Water refill points are vandalised or left unrepaired", l=2, i=2, trend="\u2193", owner="Rhian Earnshaw", mit="Maintenance contract with a 48-hour repair time; fault reporting by QR code"),
]
for _r in RISKS:
    _r["score"] = _r["l"] * _r["i"]
    _r["band"] = "High" if _r["score"] >= 15 else ("Medium" if _r["score"] >= 8 else "Low")
assert [r["ref"] for r in RISKS if r["band"] == "High"] == ["ER1", "ER2"]

# ---------------------------------------------------------------- Shade and Cooling Fund, round 2
ROUND1_TOTAL = 90000
ROUND2_POT = 120000
THRESHOLD = 24
BIDS = [
    dict(council="Marlcombe Borough Council", project="Shade sails for four primary school playgrounds", asked=28000, score=33, rec=28000, note=""),
    dict(council="Marlcombe Borough Council", project="Misting station at Marlcombe bus station", asked=19500, score=21, rec=0, note="Below the threshold of 24"),
    dict(council="Sarnby City Council", project="Cool roof coating for Sarnby Central Library (a cool space)", asked=31000, score=30, rec=31000, note=""),
    dict(council="Thistlewood Borough Council", project="Shade canopy and tree pits, Market Square", asked=26000, score=27, rec=20000, note="Reduced: canopy only; the trees to come from HR-05"),
    dict(council="Yarrowby District Council", project="Fans and blinds for 12 village hall cool spaces", asked=14500, score=18, rec=0, note="Below the threshold of 24"),
]
ASKED = sum(b["asked"] for b in BIDS)
RECOMMENDED = sum(b["rec"] for b in BIDS)
assert (ASKED, RECOMMENDED) == (119000, 79000)
assert ROUND1_TOTAL + RECOMMENDED == 169000  # the Fund's forecast outturn
assert 210000 - ROUND1_TOTAL == ROUND2_POT
for _b in BIDS:
    assert (_b["score"] >= THRESHOLD) == (_b["rec"] > 0)
PILOT = 12000
assert RECOMMENDED + PILOT == 91000

# ---------------------------------------------------------------- actions of 10 November 2271
ACTIONS = [
    dict(ref="EHA-51", what="Send round 2 grant offer letters to Marlcombe and Sarnby", owner="moorhouse", due="24/11/2271", iso="2271-11-24", done="2271-11-22"),
    dict(ref="EHA-52", what="End the Canopex Ltd contract and order the remaining shade sails through the Eastern Shires Construction Framework", owner="earnshaw", due="1 Dec 2271", iso="2271-12-01", done="2271-11-30"),
    dict(ref="EHA-53", what="Bring a costed plan for the evening opening pilot to the next meeting", owner="earnshaw", due="next meeting (19/01/72)", iso="2272-01-19", done=None),
    dict(ref="EHA-54", what="Re-test the overheating plans of the 31 care homes named by the Wrayfield Care Providers' Association and report on HR-02", owner="fieldhouse", due="end of Feb 2272", iso="2272-02-28", done=None),
    dict(ref="EHA-55", what="Follow up the six cool spaces that failed the July spot checks with their councils", owner="whiteley", due="22/12/2271", iso="2271-12-22", done="2272-01-05"),
    dict(ref="EHA-56", what="Release Thistlewood's £20,000 once planning consent for Market Square is confirmed (the award lapses on 31 January 2272)", owner="moorhouse", due="31.01.2272", iso="2272-01-31", done=None),
    dict(ref="EHA-57", what="Chase the Department of Health and Social Care for a reply to the Chair's letter (EHA-47)", owner="oldroyd", due="by 8 December 2271", iso="2271-12-08", done=None),
    dict(ref="EHA-58", what="Circulate the updated membership and contact cards after the changes from 1 December", owner="tetley", due="5/12/2271", iso="2271-12-05", done="2271-12-05"),
]
OPEN = [a["ref"] for a in ACTIONS if not a["done"]]
assert OPEN == ["EHA-53", "EHA-54", "EHA-56", "EHA-57"]
SAVED = "2272-01-12"
OVERDUE = [a["ref"] for a in ACTIONS if not a["done"] and a["iso"] < SAVED]
assert OVERDUE == ["EHA-57"]

# ---------------------------------------------------------------- spot checks, 18-21 July 2271
# (council code, site name, site id, type, visit iso datetime, outdoor, indoor, facilities, welcome, signposted, result, reason, inspector, comment)
SITES = [
    ("dunmere", "Dunmere Central Library", "DUN-01", "library", "2271-07-18T10:40", 31.2, 24.1, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Yusuf Whiteley", ""),
    ("dunmere", "Dunmere Quaker Meeting House", "DUN-04", "place_of_worship", "2271-07-18T12:15", 32.0, 25.2, "seating water toilets step_free", "yes", "no", "pass", "", "Yusuf Whiteley", "No sign at the gate; volunteers said one is on order"),
    ("dunmere", "Museum of Rural Life, Dunmere", "DUN-07", "museum", "2271-07-18T14:05", 33.4, 23.8, "seating water toilets step_free cooling shade_outdoor", "yes", "yes", "pass", "", "Yusuf Whiteley", ""),
    ("sarnby", "Sarnby Central Library", "SAR-02", "library", "2271-07-19T14:20", 37.9, 27.4, "seating water toilets step_free", "yes", "yes", "fail", "temp", "Rhian Earnshaw", "Air handling off since June; two desk fans only. Staff moved visitors to the basement reading room"),
    ("sarnby", "Sarnby Mosque community room", "SAR-05", "place_of_worship", "2271-07-19T15:30", 38.6, 25.9, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Rhian Earnshaw", ""),
    ("sarnby", "Sarnby Museum and Art Gallery", "SAR-06", "museum", "2271-07-19T16:45", 38.1, 24.4, "seating water toilets step_free cooling", "no", "yes", "pass", "", "Rhian Earnshaw", "Welcome lead on a break; front desk staff covered"),
    ("marlcombe", "Marlcombe Leisure Centre (foyer)", "MAR-03", "leisure_centre", "2271-07-19T11:10", 35.2, 26.8, "seating water toilets step_free", "yes", "yes", "fail", "temp", "Yusuf Whiteley", "Foyer glazed on the south side; blinds broken"),
    ("marlcombe", "Marlcombe Library", "MAR-01", "library", "2271-07-19T12:30", 35.9, 24.9, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Yusuf Whiteley", ""),
    ("marlcombe", "Marlcombe Bus Station waiting room", "MAR-08", "civic_building", "2271-07-19T13:40", 36.3, 25.6, "seating water step_free cooling", "no", "yes", "pass", "", "Yusuf Whiteley", "No toilets on site; the signs point to the ones in the market"),
    ("ellerdale", "Ellerdale Market Hall caf\u00e9", "ELL-06", "market_hall", "2271-07-20T10:25", 34.8, 25.7, "seating toilets step_free cooling", "yes", "yes", "fail", "water", "Yusuf Whiteley", "Water only on sale at the caf\u00e9 counter (\u00a31.20 a bottle); no free tap or jug"),
    ("ellerdale", "Ellerdale Civic Library", "ELL-01", "library", "2271-07-20T11:45", 35.5, 24.2, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Yusuf Whiteley", ""),
    ("ellerdale", "St Aidan's Church Hall, Ellerdale", "ELL-09", "place_of_worship", "2271-07-20T13:20", 36.9, 25.8, "seating water toilets step_free", "yes", "yes", "pass", "", "Yusuf Whiteley", ""),
    ("kestleby", "Kestleby Methodist Hall", "KES-04", "place_of_worship", "2271-07-20T15:10", 39.0, 24.6, "seating toilets step_free", "yes", "yes", "fail", "water", "Rhian Earnshaw", "Kitchen tap out of use; the hall's water cooler had not been refilled"),
    ("kestleby", "Kestleby Leisure Centre", "KES-02", "leisure_centre", "2271-07-20T16:20", 38.4, 23.1, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Rhian Earnshaw", ""),
    ("yarrowby", "St Bride's Village Hall, Yarrowby", "YAR-11", "village_hall", "2271-07-20T12:05", 36.1, 28.1, "seating water toilets", "yes", "no", "fail", "temp", "Rhian Earnshaw", "Windows painted shut; no fans. Hall trustees asked about the Fund"),
    ("yarrowby", "Yarrowby Library", "YAR-01", "library", "2271-07-20T13:15", 36.4, 25.0, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Rhian Earnshaw", ""),
    ("yarrowby", "Low Yarrowby Reading Room", "YAR-07", "village_hall", "2271-07-20T14:00", 36.0, 25.9, "seating water step_free shade_outdoor", "yes", "yes", "pass", "", "Rhian Earnshaw", ""),
    ("ashenby", "Ashenby Civic Centre (atrium)", "ASH-02", "civic_building", "2271-07-21T10:35", 33.7, 24.8, "seating water toilets cooling", "yes", "yes", "fail", "access", "Yusuf Whiteley", "Lift out of order since 12 July; the only step-free way in is through the car park lift"),
    ("ashenby", "Ashenby Library", "ASH-01", "library", "2271-07-21T11:50", 34.2, 24.3, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Yusuf Whiteley", ""),
    ("ashenby", "Gurdwara Sahib community hall, Ashenby", "ASH-05", "place_of_worship", "2271-07-21T13:05", 34.9, 25.4, "seating water toilets step_free", "yes", "yes", "pass", "", "Yusuf Whiteley", "Langar served cold drinks to all visitors"),
    ("thistlewood", "Thistlewood Riverside Library", "THI-03", "library", "2271-07-21T10:10", 32.5, None, "", "", "", "closed", "", "Rhian Earnshaw", "Closed on arrival: a notice said staff shortage; advertised as open 9am-5pm"),
    ("thistlewood", "Thistlewood Town Hall (foyer)", "THI-01", "civic_building", "2271-07-21T11:00", 33.0, 24.7, "seating water toilets step_free", "yes", "yes", "pass", "", "Rhian Earnshaw", ""),
    ("pellinghurst", "Pellinghurst Library", "PEL-01", "library", "2271-07-21T14:30", 33.8, 23.9, "seating water toilets step_free cooling", "yes", "yes", "pass", "", "Rhian Earnshaw", ""),
    ("pellinghurst", "Pellinghurst Community Centre", "PEL-04", "community_centre", "2271-07-21T15:40", 34.1, 25.5, "seating water toilets step_free", "yes", "yes", "pass", "", "Rhian Earnshaw", ""),
]
assert len(SITES) == 24
_res = [s[10] for s in SITES]
assert (_res.count("pass"), _res.count("fail"), _res.count("closed")) == (17, 6, 1)
assert len({s[0] for s in SITES}) == 9
FAILS = [s for s in SITES if s[10] == "fail"]
assert [s[11] for s in FAILS].count("temp") == 3 and [s[11] for s in FAILS].count("water") == 2
for _s in SITES:
    if _s[10] == "pass":
        assert _s[6] <= 26.0 and "water" in _s[7].split() and "step_free" in _s[7].split(), _s
    if _s[11] == "temp":
        assert _s[6] > 26.0

DATES_CHECK = {
    "2271-07-18": "Tuesday", "2271-07-21": "Friday", "2271-11-02": "Thursday", "2271-11-22": "Wednesday",
    "2271-11-24": "Friday", "2271-11-30": "Thursday", "2271-12-01": "Friday", "2271-12-05": "Tuesday",
    "2271-12-08": "Friday", "2271-12-22": "Friday", "2272-01-05": "Friday", "2272-01-09": "Tuesday",
    "2272-01-10": "Wednesday", "2272-01-12": "Friday", "2272-01-31": "Wednesday", "2272-02-28": "Wednesday",
}
for _d, _w in DATES_CHECK.items():
    assert weekday(_d) == _w, (_d, _w)
