# Builds docs/ehrtg-cool-space-spot-checks-kobo-2271-07-24.csv: the submissions of the KoboToolbox form
# "EHRTG cool space spot check (July 2271)", exported on 24 July 2271 as KoboToolbox exports CSV with
# "XML values and headers" and "Include groups in headers": semicolon-delimited, every field quoted, a
# UTF-8 byte order mark, CRLF row ends (a line break inside a quoted comment stays a bare LF); headers
# are the form's XML paths ("group_site/site_name"); choices are their XML names ("place_of_worship",
# "fail" with the reason "temp" / "water" / "access"), a select-multiple question is given twice – as
# one cell of space-separated names and as a 1/0 column per choice; the GPS point is split into four
# columns; Kobo's own metadata columns (_id, _uuid, _submission_time in UTC without an offset while
# start/end carry +01:00, _validation_status, _index …) come last. 26 rows: the 24 checks, a test
# submission from the day before and a duplicate resent when a phone regained signal (both marked
# "validation_status_not_approved"). The rendering in text/ is the file as decoded (UTF-8, BOM dropped,
# CRLF read as LF).
#   python3 src/build_spotchecks_kobo_csv.py
import datetime as dt
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F403

DOC = DOCS["kobo"]
CHOICES = ["seating", "water", "toilets", "step_free", "cooling", "shade_outdoor"]
HEAD = (["start", "end", "today", "username", "deviceid", "inspector",
         "group_site/council", "group_site/site_name", "group_site/site_id", "group_site/site_type",
         "group_visit/visit_datetime", "group_visit/temp_outdoor", "group_visit/temp_indoor",
         "group_facilities/facilities"] + [f"group_facilities/facilities/{c}" for c in CHOICES] +
        ["group_welcome/welcome_lead", "group_welcome/signposted",
         "group_result/result", "group_result/fail_reason", "group_result/photo", "group_result/photo_URL", "group_result/comments",
         "_location", "_location_latitude", "_location_longitude", "_location_altitude", "_location_precision",
         "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"])
USER = {"Yusuf Whiteley": ("ywhiteley", "ee.kobotoolbox.org:Xk3P9qLm2RtV8wZa"), "Rhian Earnshaw": ("rearnshaw", "ee.kobotoolbox.org:Tn6Bc1HsQ4yJd7Ue")}
VERSION = "vGq7cT3mKxRb9LfWzNa2Pe"
# rough positions per council (invented; inland England)
LOC = {"dunmere": (52.4121, -1.5133), "sarnby": (53.2017, -2.4410), "marlcombe": (51.8824, -0.4195), "ellerdale": (53.7411, -1.6602),
       "kestleby": (52.9520, -1.1487), "yarrowby": (54.0113, -1.0815), "ashenby": (53.4890, -2.2404), "thistlewood": (52.1936, -2.2217),
       "pellinghurst": (51.7520, -1.2577)}


def uuid_for(s):
    h = hashlib.sha1(s.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}" + "+01:00"


rows = []


def add(site, idx, _id, sub_offset_min=4, validation="validation_status_approved", comment_override=None, name_override=None, today_override=None):
    council, name, sid, stype, visit, t_out, t_in, fac, welcome, sign, result, reason, insp, comment = site
    user, device = USER[insp]
    v = dt.datetime.fromisoformat(visit)
    start = v - dt.timedelta(minutes=3, seconds=48 - idx, microseconds=(idx * 37131) % 1000000)
    end = v + dt.timedelta(minutes=6, seconds=11 + idx, microseconds=(idx * 52711) % 1000000)
    sub = end + dt.timedelta(minutes=sub_offset_min, seconds=17) - dt.timedelta(hours=1)  # UTC
    facs = fac.split()
    lat, lon = LOC[council]
    lat += (idx % 5) * 0.0031
    lon -= (idx % 3) * 0.0027
    alt = 40 + (idx * 13) % 160
    prec = 3.9 + (idx % 4) * 1.3
    photo = f"{int(v.timestamp() * 1000) + 61000 + idx * 7919}.jpg"
    row = [iso_local(start), iso_local(end), (today_override or v.date().isoformat()), user, device, insp,
           council, name_override or name, sid, stype, iso_local(v), f"{t_out:.1f}", "" if t_in is None else f"{t_in:.1f}",
           fac] + ([("1" if c in facs else "0") for c in CHOICES] if result != "closed" else [""] * len(CHOICES)) + \
          [welcome, sign, result, reason, photo,
           f"https://kc.kobotoolbox.org/media/original?media_file=ehrtg_cooler%2Fattachments%2F{uuid_for(name)[:32].replace('-', '')}%2F{photo}",
           comment_override if comment_override is not None else comment,
           f"{lat:.6f} {lon:.6f} {alt:.1f} {prec:.1f}", f"{lat:.6f}", f"{lon:.6f}", f"{alt:.1f}", f"{prec:.1f}",
           str(_id), uuid_for(name + str(_id)), sub.strftime("%Y-%m-%dT%H:%M:%S"), validation, "", "submitted_via_web", user, VERSION, "", ""]
    rows.append(row)


_id = 4411
# a test submission the day before
test = ("dunmere", "TEST - ignore", "DUN-00", "library", "2271-07-17T16:02", 27.0, 22.0, "seating water", "yes", "yes", "pass", "", "Yusuf Whiteley", "Test submission \u2013 please delete")
add(test, 0, _id, validation="validation_status_not_approved")
for i, s in enumerate(SITES, start=1):
    _id += 1 + (i % 3)
    add(s, i, _id)
    if s[1] == "Sarnby Central Library":
        dup_of = _id
        _id += 1
        add(s, i, _id, sub_offset_min=58, validation="validation_status_not_approved",
            comment_override=s[13] + f"\n[resent when the signal came back \u2013 duplicate of {dup_of}]")
rows.sort(key=lambda r: r[HEAD.index("_submission_time")])
for n, r in enumerate(rows, start=1):
    r[-1] = str(n)


def q(v):
    return '"' + v.replace('"', '""') + '"'


text = "\r\n".join(";".join(q(v) for v in r) for r in [HEAD] + rows) + "\r\n"
os.makedirs(DOCS_DIR, exist_ok=True)
with open(os.path.join(DOCS_DIR, DOC), "wb") as f:
    f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
with open(text_path(DOC), "w", encoding="utf-8") as f:
    f.write(text.replace("\r\n", "\n"))
print("wrote", DOC, len(rows), "rows")
