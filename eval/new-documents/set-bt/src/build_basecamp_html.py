# Builds docs/ehrtg-basecamp-actions-2272-01-12.html: the Task Group's Basecamp project, to-do list
# "Actions from 10 November 2271", saved from the browser on Friday 12 January 2272 ("Webpage, HTML
# only"): Basecamp 4's markup (Turbo/Stimulus data attributes, bc-* custom elements, the app's navigation
# and a project breadcrumb before the list, a "Jump to" menu after it), the list's description in a Trix
# block, a progress count, a hill chart drawn as SVG whose dots carry only a label (their place on the
# hill is an x coordinate), the open to-dos then the completed ones expanded: each a check box (checked
# and disabled when done), the title with the action number first, the assignee ONLY as an avatar
# image (its alt text is the name), the due date as "Fri, Jan 19" with the year only in the <time>
# element's datetime attribute (an overdue date marked only by a CSS class), a notes excerpt, a comment
# count, boosts as emoji with short names ("Henrietta A."), the completion as "Lucan M. completed this ·
# Nov 22". Also writes the text rendering (the visible text in reading order, an image as its alt text,
# cells of one to-do joined by " | ").
#   python3 src/build_basecamp_html.py
import hashlib
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F403

DOC = DOCS["basecamp"]
E = html.escape


def short_date(iso):
    d = day(iso)
    return d.strftime("%a, %b ") + str(d.day)


def month_day(iso):
    d = day(iso)
    return d.strftime("%b ") + str(d.day)


NOTES = {
    "EHA-51": "Letters sent Nov 22; both councils have signed and returned them.",
    "EHA-52": "Canopex told on Nov 30. Framework order placed for 37 sails; first fitting w/c Jan 15.",
    "EHA-53": "Draft list of 20 sites agreed with the councils on Jan 8. Costing with Lucan; the plan goes in the pack for the meeting on the 19th.",
    "EHA-54": "19 of the 31 homes re-tested so far; 7 plans failed and have been sent back. Pellinghurst's three homes booked for w/c Feb 5.",
    "EHA-55": "All six followed up. Sarnby Central Library and Marlcombe Leisure Centre have fitted blinds and portable air conditioning; Kestleby Methodist Hall and Ellerdale Market Hall now offer free water; Ashenby Civic Centre's lift was repaired on Dec 14; St Bride's Village Hall, Yarrowby, is off the network map until its windows are fixed.",
    "EHA-56": "Thistlewood's planning consent for the Market Square canopy was granted on Tue, Jan 9 (ref. 71/0412/FUL). Paying the £20,000 needs the Chair's sign-off: sent to her on Jan 10, not back yet.",
    "EHA-57": "Chased by e-mail on Dec 7 and by phone on Jan 4. DHSC say the reply is \"with ministers\".",
    "EHA-58": "Sent to members and officers on Dec 5 with the contact cards attached.",
}
COMMENTS = {"EHA-51": 1, "EHA-52": 3, "EHA-53": 2, "EHA-54": 4, "EHA-55": 6, "EHA-56": 3, "EHA-57": 2, "EHA-58": 0}
BOOSTS = {"EHA-52": [("\U0001F44F", "Henrietta A.")], "EHA-55": [("\U0001F64C", "Bryony U."), ("\U0001F44D", "Rhian E.")]}
HILL = [("EHA-54 Care home re-tests", 171, 58), ("EHA-53 Evening opening plan", 388, 34), ("EHA-56 Thistlewood payment", 548, 150)]

out = []
H = []
H.append("""<!DOCTYPE html>
<html lang="en" class="bc3" data-turbo-root="/5523871/">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Actions from 10 November 2271 – To-dos – EHRTG – Extreme Heat Resilience Task Group</title>
<meta name="current-account-id" content="5523871">
<meta name="current-person-id" content="41877203">
<meta name="csrf-token" content="dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu">
<link rel="stylesheet" href="https://bc3-production-assets-cdn.basecamp-static.com/assets/application-5c0f3e1b8a.css">
<style>
.todo--completed .todo__title{text-decoration:line-through;color:#888}
.todo__due--overdue{color:#d2322d;font-weight:600}
.hill-chart__dot circle{fill:#1b6ac9}
.avatar{width:22px;height:22px;border-radius:50%}
</style>
<script src="https://bc3-production-assets-cdn.basecamp-static.com/assets/application-7a1d92c0f4.js" defer></script>
</head>
<body class="todolists todolists--show" data-controller="page-title bucket">
<a class="skip-link" href="#main-content">Skip to main content</a>
<nav class="nav" role="navigation" aria-label="Basecamp">
<a class="nav__link" href="/5523871/projects">Home</a>
<a class="nav__link" href="/5523871/lineup">Lineup</a>
<a class="nav__link" href="/5523871/circles">Pings</a>
<a class="nav__link" href="/5523871/my/readings">Hey!</a>
<a class="nav__link" href="/5523871/reports/progress">Activity</a>
<a class="nav__link" href="/5523871/my/navigation">My Stuff</a>
<a class="nav__link" href="/5523871/search">Find</a>
</nav>
<main id="main-content" class="panel panel--perma">
<div class="perma-breadcrumb">
<a class="project-breadcrumb" href="/5523871/projects/39920113">EHRTG – Extreme Heat Resilience Task Group</a>
<span class="breadcrumb-divider">›</span>
<a href="/5523871/buckets/39920113/todosets/7219900412">To-dos</a>
</div>""")
out.append("EHRTG – Extreme Heat Resilience Task Group › To-dos")
done_n = sum(1 for a in ACTIONS if a["done"])
H.append(f"""<article class="recording todolist" data-recording-id="7219904155">
<header class="todolist__header">
<h1 class="todolist__title">Actions from 10 November 2271</h1>
<div class="todolist__progress"><span class="progress-ring" aria-hidden="true"></span><span class="progress-text">{done_n}/{len(ACTIONS)} completed</span></div>
</header>""")
out.append("Actions from 10 November 2271")
out.append(f"{done_n}/{len(ACTIONS)} completed")
DESC = ("Agreed at the Task Group's meeting on 10 November 2271 (draft minutes 31/71 to 39/71 are on the wiki). "
        "One to-do per action, action number first. Please tick yours when it's done and add a note if the date moves. \u2013 Tobias")
H.append(f'<div class="todolist__description trix-content"><div>{E(DESC)}</div></div>')
out.append(DESC)

svg = ['<section class="hill-chart" aria-label="Hill chart">',
       '<svg class="hill-chart__svg" viewBox="0 0 600 190" role="img">',
       '<path class="hill-chart__hill" d="M0,170 C150,170 150,12 300,12 C450,12 450,170 600,170" fill="none" stroke="#bbb" stroke-width="2"/>',
       '<line x1="300" y1="12" x2="300" y2="172" stroke="#ddd" stroke-dasharray="4 4"/>']
for label, x, y in HILL:
    svg.append(f'<g class="hill-chart__dot" transform="translate({x},{y})"><circle r="7"/><text x="11" y="4" font-size="12">{E(label)}</text></g>')
svg += ['<text x="150" y="186" text-anchor="middle" font-size="11" fill="#666">Figuring it out</text>',
        '<text x="450" y="186" text-anchor="middle" font-size="11" fill="#666">Making it happen</text>',
        "</svg>",
        '<p class="hill-chart__updated">Rhian Earnshaw updated the hill chart · <time datetime="2272-01-10T17:41:09Z">Jan 10</time></p>',
        "</section>"]
H.append("\n".join(svg))
out.append(" | ".join(l for l, _, _ in HILL))
out.append("Figuring it out | Making it happen")
out.append("Rhian Earnshaw updated the hill chart · Jan 10")


def todo(a):
    o = O[a["owner"]]
    done = bool(a["done"])
    overdue = (not done) and a["iso"] < SAVED
    cls = "todo todo--completed" if done else "todo"
    parts = [f'<li class="{cls}" data-recording-id="72200{ACTIONS.index(a) + 41}18" data-controller="todo">',
             f'<input type="checkbox" class="todo__checkbox" aria-label="{"Mark as incomplete" if done else "Mark as complete"}"{" checked disabled" if done else ""}>',
             f'<a class="todo__title" href="/5523871/buckets/39920113/todos/72200{ACTIONS.index(a) + 41}18" data-turbo-frame="_top">{E(a["ref"] + " " + a["what"])}</a>',
             '<span class="todo__assignees">' + f'<img class="avatar" src="https://bc3-production-assets-cdn.basecamp-static.com/5523871/people/{int(hashlib.sha1(o["k"].encode()).hexdigest()[:7], 16)}/avatar-64-x4.png" alt="{E(o["full"])}" title="{E(o["full"])}" width="22" height="22">' + "</span>",
             f'<span class="todo__due{" todo__due--overdue" if overdue else ""}"><time datetime="{a["iso"]}">{short_date(a["iso"])}</time></span>']
    line = [a["ref"] + " " + a["what"], o["full"], short_date(a["iso"])]
    n = COMMENTS[a["ref"]]
    if n:
        parts.append(f'<a class="todo__comments" href="#comments">{n} comment{"s" if n > 1 else ""}</a>')
        line.append(f'{n} comment{"s" if n > 1 else ""}')
    out.append(" | ".join(line))
    parts.append(f'<div class="todo__notes trix-content">{E(NOTES[a["ref"]])}</div>')
    out.append(NOTES[a["ref"]])
    if done:
        c = f'{o["short"]} completed this · {month_day(a["done"])}'
        parts.append(f'<span class="todo__completion"><bc-icon name="check"></bc-icon>{E(o["short"])} completed this · <time datetime="{a["done"]}T16:20:00Z">{month_day(a["done"])}</time></span>')
        out.append(c)
    if a["ref"] in BOOSTS:
        parts.append('<div class="boosts">' + "".join(f'<span class="boost" title="{E(nm)} boosted this">{e} {E(nm)}</span>' for e, nm in BOOSTS[a["ref"]]) + "</div>")
        out.append(" | ".join(f"{e} {nm}" for e, nm in BOOSTS[a["ref"]]))
    parts.append("</li>")
    return "\n".join(parts)


H.append('<ul class="todos" data-controller="sortable">')
for a in ACTIONS:
    if not a["done"]:
        H.append(todo(a))
H.append("</ul>")
H.append(f'<section class="todos--completed"><h3 class="todos__completed-heading">Completed</h3>\n<ul class="todos todos--completed">')
out.append("Completed")
for a in sorted([a for a in ACTIONS if a["done"]], key=lambda a: a["done"], reverse=True):
    H.append(todo(a))
H.append("</ul></section>")
H.append("""<footer class="recording__footer">
<p class="recording__byline">Tobias Tetley made this list on <time datetime="2271-11-13T09:02:44Z">Nov 13, 2271</time></p>
<p class="recording__subscribers">7 people will be notified when someone comments on this list.</p>
</footer>
</article>
</main>
<bc-jump-menu class="jump-menu" hidden>
<input type="search" placeholder="Jump to a project, person or recently visited page…">
</bc-jump-menu>
</body>
</html>
""")
out.append("Tobias Tetley made this list on Nov 13, 2271")
out.append("7 people will be notified when someone comments on this list.")
doc = "\n".join(H)
os.makedirs(DOCS_DIR, exist_ok=True)
with open(os.path.join(DOCS_DIR, DOC), "w", encoding="utf-8") as f:
    f.write(doc)
with open(text_path(DOC), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("wrote", DOC, len(doc), "chars;", len(out), "rendering lines")
