#!/usr/bin/env python3
"""Builds docs/phiftg-undeliverable-urgent-decision-ud-2268-03-2268-12-04.eml and its rendering in text/.

Layout: AN EXCHANGE ONLINE NON-DELIVERY REPORT (NDR), SAVED FROM OUTLOOK AS .eml, THAT CARRIES THE
ORIGINAL MESSAGE. The clerk's e-mail of Friday 4 December 2268 to the Task Group, with the record of the
Chair's urgent decision UD-2268-03 and the new date of the January meeting, bounced for one address on
the clerk's old distribution list: the member who stood down on 30 September 2268. What was saved is the
bounce, built with Python's standard email package as Exchange writes one: a multipart/report
(report-type=delivery-status) whose first part is multipart/alternative (text/plain and text/html,
quoted-printable: "Your message to … couldn't be delivered.", "… wasn't found at quayhurst.gov.uk.", the
sender / Office 365 / recipient strip, "How to Fix It", "More Info for Email Admins", status code 550
5.1.1, "Original Message Details", "Error Details", a "Message Hops" table and the ORIGINAL MESSAGE
HEADERS in a <pre> block – the To header folded over several lines); the second part
message/delivery-status (Reporting-MTA, Final-Recipient, Action: failed, Status, Diagnostic-Code); the
third part message/rfc822, THE ORIGINAL MESSAGE ITSELF, whose own multipart/alternative body (Outlook's
HTML with MsoNormal paragraphs and a two-column table, and a plain-text alternative with tabs) is the only
place where the decision, its reasons, its cost and the meeting's new date are written. The bounce's own
From, To and Subject are Microsoft Outlook, the clerk and "Undeliverable: …"; the thirteen recipients of
the original are only in the original's headers (and the NDR's copy of them).

Rendering: the NDR's header lines (From, To, Date, Subject), its HTML body's lines as Outlook shows them
(table rows as cells " | ", the <pre> headers a line each as printed), then the attached message as
Outlook opens it: its header lines (From, Date, To, Cc, Subject) and its HTML body (paragraphs a line
each, the record's rows as "label | value").

Synthetic test fixture: every person, council, address and decision is invented.
  node src/common.mjs --json | python3 src/build-ndr-eml.py
"""
import json, os, sys, html
from email import charset, policy
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from io import BytesIO

D = json.load(sys.stdin)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FILE = D["DOCS"]["ndr"]
BASE = os.path.splitext(FILE)[0]
P = {p["k"]: p for p in D["PEOPLE"]}
O = D["OFFICERS"]
UD = D["UD"]
clerk = O["stradbroke"]
cllr = lambda k: f"Cllr {P[k]['fore']} {P[k]['sur']}"
gbp = lambda n: "£" + f"{n:,}"
out = []

QP = charset.Charset("utf-8")
QP.header_encoding = charset.QP
QP.body_encoding = charset.QP

def text_part(s, sub):
    m = MIMEText("", sub)
    del m["Content-Transfer-Encoding"]
    m.set_payload(s, QP)
    return m

# ---------------------------------------------------------------- the original message (Friday 4 December 2268)
SUBJECT = "PHIFTG: Chair's urgent decision UD-2268-03 and new date for the January meeting"
sent = datetime(2268, 12, 4, 9, 14, 41, tzinfo=timezone.utc)
members = sorted([k for k in D["MEMBERS_NOW"]] + ["aglionby"], key=lambda k: P[k]["sur"])
to_list = [f"{cllr(k)} <{P[k]['email']}>" for k in members]
cc_list = [f"{O[k]['name']} <{O[k]['email']}>" for k in ("wakerley", "rochfort", "bracegirdle")]
FROM = f"{clerk['name']} <{clerk['email']}>"

intro = [
    "Dear Task Group members,",
    f"The Chair, {cllr('scudamore')}, took the urgent decision below on {UD['decided']}, after consulting the Vice-Chair, {cllr('twentyman')}, on {UD['consulted']}. She took it under the authority that the Task Group gave her on 12 November 2268 (minute 4(b)), and it will be reported to the next meeting.",
]
record = [
    ("Reference", UD["ref"]),
    ("Decision", f"To fund {UD['samples']} additional samples of groundnuts and groundnut products at the Scarrowfleet border control posts from {UD['from']} to {UD['to']}, at a cost of {gbp(UD['cost'])} from the programme contingency."),
    ("Reason for urgency", "Round 2 of targeted sampling found aflatoxin B1 at 14.6 µg/kg in a consignment of shelled groundnuts at Scarrowfleet Eastquay (certificate AR/68/2291), against a maximum level of 8.0 µg/kg. Further consignments from the same exporter are due from 7 December 2268, before the next meeting of the Task Group."),
    ("Alternatives considered", "Waiting until the January meeting (rejected: the consignments would have been released by then); asking Scarrowfleet Port Health Authority to pay (rejected: its sampling budget for 2268/69 is spent)."),
    ("Financial implications", f"The programme contingency for 2268/69 is {gbp(D['CONTINGENCY'])}. After this decision {gbp(D['UD_LEFT'])} remains."),
    ("Consulted", f"{cllr('twentyman')} (Vice-Chair), {UD['consulted']}; {O['rochfort']['name']}, {O['rochfort']['post']}; {O['bracegirdle']['name']}, {O['bracegirdle']['post']}"),
    ("Declarations of interest", f"None. {cllr('pouncey')} ({P['pouncey']['council']}) was told of the decision but was not consulted."),
    ("Decided by", f"{cllr('scudamore')}, Chair, 3 December 2268"),
]
meeting_head = "New date for the January meeting"
meeting = f"The meeting planned for Thursday 14 January 2269 will now be held on Thursday 21 January 2269 at 10.30am in {D['ROOM']}, and on Microsoft Teams, because the {D['BOARD']} now meets on 14 January. The deadline for reports is 12 noon on Monday 11 January 2269, and the agenda will be published on Wednesday 13 January 2269."
sign = ["Kind regards,", clerk["name"], clerk["post"], "Local Government Association", "18 Smith Square, London SW1P 3HZ", clerk["phone"]]

plain = "\n\n".join(intro) + "\n\nRecord of urgent decision\n\n" + "\n".join(f"{a}\t{b}" for a, b in record) + "\n\n" + meeting_head + "\n\n" + meeting + "\n\n" + sign[0] + "\n\n" + "\n".join(sign[1:]) + "\n"
P_ = lambda s, extra="": f'<p class="MsoNormal"{extra}>{html.escape(s, quote=False)}<o:p></o:p></p>\n'
rows = "".join(f'<tr><td width="180" valign="top" style="width:135.0pt;border:solid windowtext 1.0pt;background:#F2F2F2;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>{html.escape(a)}<o:p></o:p></b></p></td><td width="420" valign="top" style="width:315.0pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{html.escape(b, quote=False)}<o:p></o:p></p></td></tr>\n' for a, b in record)
orig_html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
table.MsoTableGrid {{border:solid windowtext 1.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{P_(intro[0])}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{P_(intro[1])}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Record of urgent decision<o:p></o:p></b></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
{rows}</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>{meeting_head}<o:p></o:p></b></p>
{P_(meeting)}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{P_(sign[0])}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{"".join(P_(s) for s in sign[1:])}</div>
</body>
</html>
"""
orig = MIMEMultipart("alternative")
orig["From"] = FROM
orig["To"] = ", ".join(to_list)
orig["CC"] = ", ".join(cc_list)
orig["Subject"] = SUBJECT
orig["Date"] = format_datetime(sent)
orig["Message-ID"] = "<LO4P265MB5920C1A7D2E94B6F0B3E8C41A9E12@LO4P265MB5920.GBRP265.PROD.OUTLOOK.COM>"
orig["Accept-Language"] = "en-GB, en-US"
orig["Content-Language"] = "en-GB"
orig["X-MS-Has-Attach"] = ""
orig.attach(text_part(plain, "plain"))
orig.attach(text_part(orig_html, "html"))

# ---------------------------------------------------------------- the NDR
bad = P["aglionby"]["email"]
user, dom = bad.split("@")
gen_server = "LO2P265MB4817.GBRP265.PROD.OUTLOOK.COM"
src_server = "LO4P265MB5920.GBRP265.PROD.OUTLOOK.COM"
diag = f"550 5.1.1 <{bad}>: Recipient address rejected: User unknown in local recipient table"
bounced = datetime(2268, 12, 4, 9, 14, 52, tzinfo=timezone.utc)
hops = [
    ("HOP", "TIME (UTC)", "FROM", "TO", "WITH", "RELAY TIME"),
    ("1", "04/12/2268 09:14:41", src_server, src_server, "mapi", "*"),
    ("2", "04/12/2268 09:14:43", src_server, gen_server, "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)", "2 sec"),
]
# the original's headers as Exchange prints them (To folded)
def fold(name, items):
    lines, cur = [], f"{name}: "
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + len(piece) > 76 and cur.strip() != f"{name}:":
            lines.append(cur.rstrip())
            cur = "\t"
        cur += piece + " "
    lines.append(cur.rstrip())
    return lines
orig_headers = [
    f"Received: from {src_server} ({'2603:10a6:600:2b1::9'}) by {gen_server} with HTTPS; Fri, 4 Dec 2268 09:14:43 +0000",
    "Authentication-Results: dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=local.gov.uk;",
    f"From: {FROM}",
    *fold("To", to_list),
    *fold("CC", cc_list),
    f"Subject: {SUBJECT}",
    f"Date: {format_datetime(sent)}",
    f"Message-ID: {orig['Message-ID']}",
    "Accept-Language: en-GB, en-US",
    "Content-Language: en-GB",
    "Content-Type: multipart/alternative",
    "MIME-Version: 1.0",
]
ndr_lines = [
    f"Your message to {bad} couldn't be delivered.",
    f"{user} wasn't found at {dom}.",
    ("strip", [clerk["email"].split("@")[0], "Office 365", user]),
    ("strip", ["Action Required", "Recipient"]),
    "Unknown To address",
    "How to Fix It",
    "The address may be misspelled or may not exist. Try one or more of the following:",
    "Retype the recipient's address, then resend the message. If you're using Outlook, open this report and select the recipient's address. If it's in your Auto-Complete List, delete it and retype it.",
    "If you continue to experience the problem, contact the recipient by some other means (by phone, for example) and confirm the address. The recipient may have changed to a new email address.",
    "Was this helpful? Send feedback to Microsoft.",
    "More Info for Email Admins",
    "Status code: 550 5.1.1",
    "This error occurs because the sender sent a message to an email address hosted outside of Office 365, and the address doesn't exist at the destination domain. The recipient's email server rejected the message.",
    "Original Message Details",
    "Created Date: 04/12/2268 09:14:41",
    f"Sender Address: {clerk['email']}",
    f"Recipient Address: {bad}",
    f"Subject: {SUBJECT}",
    "Error Details",
    f"Reported error: {diag}",
    f"DSN generated by: {gen_server}",
    f"Remote server: mx1.{dom}",
    "Message Hops",
    ("table", hops),
    "Original Message Headers",
    ("pre", orig_headers),
]
E = lambda s: html.escape(s, quote=False)
h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>.error{color:#C00000}.hdrs{font-family:Consolas,monospace;font-size:10pt}</style></head><body>']
h.append('<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><div style="font-size:16pt;color:#000000"><b>Your message to <a href="mailto:%s" style="color:#0072C6">%s</a> couldn\'t be delivered.</b></div>' % (bad, bad))
h.append(f'<div style="font-size:12pt;color:#C00000"><b>{E(user)}</b> wasn\'t found at <b>{E(dom)}</b>.</div>')
h.append('<table style="width:100%;margin-top:12pt"><tr>' + "".join(f'<td style="font-size:11pt;text-align:center">{E(c)}</td>' for c in ndr_lines[2][1]) + '</tr><tr><td style="color:#C00000;font-size:11pt;text-align:center">Action Required</td><td></td><td style="font-size:11pt;text-align:center">Recipient</td></tr></table>')
h.append('<div style="font-size:12pt"><b>Unknown To address</b></div><br>')
h.append(f'<div style="font-size:12pt"><b>How to Fix It</b></div><div style="font-size:11pt">{E(ndr_lines[6])}</div><ul style="font-size:11pt"><li>{E(ndr_lines[7])}</li><li>{E(ndr_lines[8])}</li></ul><hr>')
h.append('<div style="font-size:11pt"><b>Was this helpful?</b> <a href="https://go.microsoft.com/fwlink/?LinkId=525920">Send feedback to Microsoft</a>.</div><hr>')
h.append(f'<div style="font-size:14pt"><b>More Info for Email Admins</b></div><div style="font-size:11pt"><i>Status code: 550 5.1.1</i></div><div style="font-size:11pt">{E(ndr_lines[12])}</div><br>')
h.append('<div style="font-size:11pt"><b>Original Message Details</b><br>' + "<br>".join(E(s) for s in ndr_lines[14:18]) + "</div><br>")
h.append('<div style="font-size:11pt"><b>Error Details</b><br>' + "<br>".join(E(s) for s in ndr_lines[19:22]) + "</div><br>")
h.append('<div style="font-size:11pt"><b>Message Hops</b></div><table border="1" style="border-collapse:collapse;font-size:9pt">' + "".join("<tr>" + "".join((f"<th>{E(c)}</th>" if i == 0 else f"<td>{E(c)}</td>") for c in r) + "</tr>" for i, r in enumerate(hops)) + "</table><br>")
h.append('<div style="font-size:11pt"><b>Original Message Headers</b></div><pre class="hdrs">' + E("\n".join(orig_headers)) + "</pre>")
h.append("</div></body></html>")
ndr_html = "\n".join(h) + "\n"

def plain_line(l):
    if isinstance(l, str): return l
    kind, v = l
    if kind == "strip": return "    ".join(v)
    if kind == "table": return "\n".join("\t".join(r) for r in v)
    if kind == "pre": return "\n".join(v)
ndr_plain = "\n\n".join(plain_line(l) for l in ndr_lines) + "\n"

alt = MIMEMultipart("alternative")
alt.attach(text_part(ndr_plain, "plain"))
alt.attach(text_part(ndr_html, "html"))

ds = Message()
ds["Content-Type"] = "message/delivery-status"
b1, b2 = Message(), Message()
b1["Reporting-MTA"] = f"dns;{gen_server}"
b1["Received-From-MTA"] = f"dns;{src_server}"
b1["Arrival-Date"] = "Fri, 4 Dec 2268 09:14:43 +0000"
b2["Final-Recipient"] = f"rfc822;{bad}"
b2["Action"] = "failed"
b2["Status"] = "5.1.1"
b2["Diagnostic-Code"] = f"smtp;{diag}"
b2["Remote-MTA"] = f"dns;mx1.{dom}"
ds.set_payload([b1, b2])

ndr = MIMEMultipart("report", report_type="delivery-status")
ndr["From"] = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@local.gov.uk>"
ndr["To"] = FROM
ndr["Date"] = format_datetime(bounced)
ndr["Subject"] = "Undeliverable: " + SUBJECT
ndr["Message-ID"] = "<7b2e4c1d-93f0-4a6e-bb21-0d5c8e3f6a17@" + gen_server + ">"
ndr["In-Reply-To"] = orig["Message-ID"]
ndr["References"] = orig["Message-ID"]
ndr["Auto-Submitted"] = "auto-replied"
ndr["X-MS-Exchange-Message-Is-Ndr"] = ""
ndr["Content-Language"] = "en-GB"
ndr.attach(alt)
ndr.attach(ds)
ndr.attach(MIMEMessage(orig))

buf = BytesIO()
BytesGenerator(buf, policy=policy.compat32.clone(linesep="\r\n")).flatten(ndr)
with open(os.path.join(ROOT, "docs", FILE), "wb") as f:
    f.write(buf.getvalue())

# ---------------------------------------------------------------- rendering
out += [f"From: {ndr['From']}", f"To: {ndr['To']}", f"Date: {ndr['Date']}", f"Subject: {ndr['Subject']}"]
for l in ndr_lines:
    if isinstance(l, str): out.append(l)
    elif l[0] == "strip": out.append(" | ".join(l[1]))
    elif l[0] == "table": out += [" | ".join(r) for r in l[1]]
    elif l[0] == "pre": out += [s.strip() for s in l[1]]
out += [f"From: {FROM}", f"Date: {orig['Date']}"]
out += fold("To", to_list)
out += fold("CC", cc_list)
out = [s.strip() for s in out]
out += [f"Subject: {SUBJECT}", *intro, "Record of urgent decision", *[f"{a} | {b}" for a, b in record], meeting_head, meeting, *sign]
with open(os.path.join(ROOT, "text", BASE + ".txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(f"wrote docs/{FILE} ({len(buf.getvalue())} bytes)")
