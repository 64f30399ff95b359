# Builds docs/ehrtg-membership-cards-email-2271-12-05.eml: the clerk's e-mail of Tuesday 5 December 2271
# (Outlook for Mac) announcing the membership changes from 1 December 2271, with the Task Group's
# contacts attached as ONE vCard file holding 21 cards (vCard 3.0 as Outlook for Mac exports a selection
# of contacts): the file is base64-encoded in the message, so none of its words are in the .eml's bytes;
# inside it, lines longer than 75 octets are folded (CRLF and a space), often mid-word; commas, semicolons
# and line breaks in values are escaped (\, \; \n); the cards are in surname order; the Task Group role
# is only a category ("EHRTG Chair", "EHRTG Substitute"), while TITLE holds the councillor's job at their
# own council; lead-member roles, replacements and the Vice-Chair's appointment are in NOTE. The body is
# multipart/alternative (quoted-printable text and Outlook HTML) with an RFC 2047 encoded subject.
# The rendering in text/ is the headers, the plain-text body (a paragraph a line) and the vCard file as
# a reader sees it (unfolded, escapes resolved, a NOTE's line breaks as lines).
#   python3 src/build_email_vcards.py
import base64
import datetime as dt
import html
import os
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F403

DOC = DOCS["email"]
ATT = "EHRTG members 2271-72.vcf"
GROUPS = {"Conservative": "Conservative Group", "Labour": "Labour Group", "Liberal Democrat": "Liberal Democrat Group", "Green": "Green Group", "Independent": "Independent"}
POST = {"Dunmere": ("County Hall, Castle Street", "QD1 4AX"), "Ellerdale": ("Civic Centre, Wharf Road", "QE3 7LB"), "Kestleby": ("Council Offices, Station Road", "QK9 2DN"),
        "Marlcombe": ("Town Hall, Market Place", "QM1 1AA"), "Pellinghurst": ("District Offices, Mill Lane", "QP4 6RS"), "Sarnby": ("City Hall, Minster Street", "QS2 8HT"),
        "Thistlewood": ("Borough Offices, Riverside", "QT5 3JW"), "Udlingham": ("Shire Hall, The Bailey", "QU1 5EE"), "Ashenby": ("Town Hall, Chapel Street", "QA7 4NP"),
        "Yarrowby": ("District Council Offices, Kirkgate", "QY6 1BQ"), "Ferncombe Vale": ("Vale House, Ferncombe", "QF2 9WD")}
NOTES = {
    "amberthwaite": "Chair of the Task Group, 2271/72. Diary through her PA, Georgette Lamb, 0161 496 0712.",
    "oddbury": "Vice-Chair from 1 December 2271 (appointed by the Chair of the Climate, Health and Communities Board).\nLead member for heat-health alerts and welfare calls (HR-03, HR-04) from 1 December 2271, in place of Cllr Emeka Windebank.",
    "pimblett": "Deputy Chair. Prefers Teams for briefings.",
    "tanqueray": "Lead member for cool spaces and water refill (HR-01, HR-07).",
    "greathead": "Lead member for care settings and the workforce (HR-02, HR-08).",
    "ullathorne": "Lead member for shade and greening (HR-05, HR-06).",
    "petherick": "Independent member.",
    "stellwagen": "Member from 1 October 2271, in place of Cllr Crispin Fothersby.",
    "quillinan": "Usually joins on Teams.",
    "pilgerson": "No phone number to be circulated: contact by e-mail only.",
    "chadderton": "Member from 1 December 2271, in place of Cllr Emeka Windebank.",
    "polkinghorne": "Named substitute for the Liberal Democrat members (Cllr Pimblett, Cllr Pilgerson).",
    "trelawny": "Named substitute for the Labour members.",
    "bickerdike": "Named substitute for the Conservative members.",
    "earnshaw": "Contact officer for the Cooler Communities Programme and the Shade and Cooling Fund.",
    "fieldhouse": "Health protection adviser: care homes; heat-health alerts.",
    "moorhouse": "Budget monitoring and grant payments for the Shade and Cooling Fund.",
    "oldroyd": "Head of Democratic Services; correspondence with government departments.",
    "tetley": "Clerk to the Task Group: agendas, minutes, substitutes.",
    "whiteley": "Runs the KoboToolbox spot-check form and the cool spaces network map.",
}
CAT = {"amberthwaite": "EHRTG Chair", "oddbury": "EHRTG Vice-Chair", "pimblett": "EHRTG Deputy Chair"}


def vesc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    parts, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            parts.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    parts.append(cur.decode("utf-8"))
    return [parts[0]] + [" " + p for p in parts[1:]]


members_now = [m for m in MEMBERS if m["k"] != "windebank"] + [NEW_MEMBER]
assert len(members_now) == 12
cards = []
for p in members_now + SUBSTITUTES:
    cat = CAT.get(p["k"], "EHRTG Substitute" if p["role"] == "Substitute" else "EHRTG Member")
    street, pc = POST[p["town"]]
    props = [("N", f"{vesc(p['sur'])};{vesc(p['fore'])};;Cllr;"), ("FN", vesc(p["name"])),
             ("ORG", f"{vesc(p['council'])};{vesc(GROUPS[p['group']])}"), ("TITLE", vesc(p["job"])),
             ("EMAIL;type=INTERNET;type=WORK;type=pref", p["email"])]
    if p.get("mobile"):
        props.append(("TEL;type=CELL;type=VOICE", p["mobile"]))
    props.append(("ADR;type=WORK", f";;{vesc(street)};{vesc(p['town'])};;{pc};United Kingdom"))
    props.append(("CATEGORIES", f"EHRTG,{cat}"))
    if p["k"] in NOTES:
        props.append(("NOTE", vesc(NOTES[p["k"]])))
    cards.append((p["sur"], props))
for o in OFFICERS:
    props = [("N", f"{vesc(o['sur'])};{vesc(o['fore'])};;{o.get('title', '')};"), ("FN", vesc(o["name"])),
             ("ORG", "Local Government Association;Cooler Communities Programme"), ("TITLE", vesc(o["post"])),
             ("EMAIL;type=INTERNET;type=WORK;type=pref", o["email"]), ("TEL;type=WORK;type=VOICE", o["phone"]),
             ("ADR;type=WORK", ";;18 Smith Square;London;;SW1P 3HZ;United Kingdom"),
             ("CATEGORIES", "EHRTG,LGA staff"), ("NOTE", vesc(NOTES[o["k"]]))]
    cards.append((o["sur"], props))
cards.sort(key=lambda c: c[0])
assert len(cards) == 21
vlines = []
for i, (_, props) in enumerate(cards):
    vlines += ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN"]
    for k, v in props:
        vlines += fold(f"{k}:{v}")
    vlines += [f"REV:2271-12-05T15:{40 + i // 3:02d}:{(i * 7) % 60:02d}Z", "END:VCARD"]
vcf = ("\r\n".join(vlines) + "\r\n").encode("utf-8")

BODY_PARAS = [
    "Dear colleagues,",
    "As reported at the meeting on 10 November (minute 38/71), Cllr Emeka Windebank stood down from the Task Group on 30 November 2271 on being elected Leader of Ellerdale City Council. The Chair of the Climate, Health and Communities Board has appointed:",
    "- Cllr Kwabena Oddbury (Labour, Ellerdale City Council) as Vice-Chair of the Task Group from 1 December 2271. He also takes over from Cllr Windebank as lead member for heat-health alerts and welfare calls (measures HR-03 and HR-04); and",
    "- Cllr Ifeoma Chadderton (Labour, Ellerdale City Council) as a member of the Task Group from 1 December 2271.",
    "The attached file (EHRTG members 2271-72.vcf) has a contact card for each of the 12 members, the three named substitutes and the six officers who support the Task Group. It replaces the file I sent on 4 October 2271, which still had Cllr Fothersby in it and not Cllr Stellwagen. To add the cards: in Outlook, open the file and save each contact; on an iPhone, tap the attachment and choose Add All 21 Contacts.",
    "A few reminders:",
    "- Substitutes may attend only for a member of their own political group. If a substitute is to attend for you, please tell me by noon on the working day before the meeting.",
    "- Cllr Pilgerson has asked that her mobile number is not circulated, so her card has her e-mail address only.",
    "- The next meeting is on Friday 19 January 2272 at 10.00am in Meeting Room 2, 18 Smith Square. Papers will be published on Wednesday 10 January 2272.",
    "Kind regards",
    "Tobias",
    "Tobias Tetley",
    "Member Services Officer",
    "Local Government Association, 18 Smith Square, London SW1P 3HZ",
    "020 7946 0853 | tobias.tetley@local.gov.uk",
]
plain = "\n\n".join(BODY_PARAS[:11]) + "\n\n" + "\n".join(BODY_PARAS[11:]) + "\n"
hparas = []
for p in BODY_PARAS:
    hparas.append(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Aptos,sans-serif">{html.escape(p)}<o:p></o:p></span></p>')
htmlbody = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style></head><body lang=\"EN-GB\"><div class=\"WordSection1\">\n" + "\n".join(hparas) + "\n</div></body></html>\n")

SUBJECT = "EHRTG membership from 1 December 2271 \u2013 updated contact cards"
FROM = "Tobias Tetley <tobias.tetley@local.gov.uk>"
TO = "EHRTG members <ehrtg-members@local.gov.uk>"
CC = "Rhian Earnshaw <rhian.earnshaw@local.gov.uk>, Araminta Oldroyd <araminta.oldroyd@local.gov.uk>"
DATE = format_datetime(dt.datetime(2271, 12, 5, 16, 42, 10, tzinfo=dt.timezone.utc))
msg = EmailMessage(policy=policy.SMTP)
msg["From"] = FROM
msg["To"] = TO
msg["Cc"] = CC
msg["Subject"] = SUBJECT
msg["Date"] = DATE
msg["Message-ID"] = "<6F1C2A77-3B0E-4D5C-9E1A-EHRTG22711205@local.gov.uk>"
msg["Thread-Topic"] = "EHRTG membership from 1 December 2271 - updated contact cards"
msg["Thread-Index"] = "AdpHq2xk7rW1s0tNQz6uJ5yK3m0B9w=="
msg["X-MS-Has-Attach"] = "yes"
msg["User-Agent"] = "Microsoft-MacOutlook/16.89.24091630"
msg.set_content(plain, cte="quoted-printable")
msg.add_alternative(htmlbody, subtype="html", cte="quoted-printable")
msg.add_attachment(vcf, maintype="text", subtype="vcard", filename=ATT)
msg.set_boundary("_004_EHRTG2271120516421_")
for part in msg.iter_parts():
    if part.get_content_type() == "multipart/alternative":
        part.set_boundary("_000_EHRTG2271120516421_")
raw = msg.as_bytes()
os.makedirs(DOCS_DIR, exist_ok=True)
with open(os.path.join(DOCS_DIR, DOC), "wb") as f:
    f.write(raw)

# rendering
out = [f"From: {FROM}", f"To: {TO}", f"Cc: {CC}", f"Date: {DATE}", f"Subject: {SUBJECT}"]
out += [p for p in BODY_PARAS]
out.append(ATT)


def unfold(text):
    return text.replace("\r\n ", "").replace("\r\n\t", "")


def vunesc(v):
    r, i = "", 0
    while i < len(v):
        if v[i] == "\\" and i + 1 < len(v):
            n = v[i + 1]
            r += "\n" if n in "nN" else n
            i += 2
        else:
            r += v[i]
            i += 1
    return r


for l in unfold(vcf.decode("utf-8")).split("\r\n"):
    if l:
        out += vunesc(l).split("\n")
with open(text_path(DOC), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("wrote", DOC, len(raw), "bytes;", len(cards), "cards")
