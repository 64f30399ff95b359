# Checks gold.jsonl against the documents:
#  - ids bt001…bt040, the fields of /work/shared/newdocs-dev/gold.jsonl, categories and their counts
#    (7/7/7/7/5/2/5); unanswerable questions have no evidence and no must strings, the others have both;
#    questions.jsonl is the same as gold.jsonl;
#  - every must_include string is in the gold answer and no must_not_include string is (score.mjs rules);
#  - every evidence quote is an exact substring of text/<base>.txt and a contiguous run of its words,
#    tokenised as /work/shared/eval/score.mjs does;
#  - the quote is also a run of words of the document as read, independently of the builders:
#      .pdf   pdf.js text content (src/pdf_text.mjs, /work/main/node_modules/pdfjs-dist), page by page;
#             each cell of a quote (the parts between " | ") checked on its own, since a table's cells
#             are drawn apart;
#      .html  the page with <style>, <script> and tags removed, an <img> read as its alt text, entities
#             decoded;
#      .txt   the raw file;   .csv  the raw file decoded as UTF-8 (BOM dropped);
#      .eml   Python's email parser: the decoded From/To/Cc/Date/Subject headers, every leaf part
#             decoded (quoted-printable, base64), the attachment's file name, and a text/vcard part
#             unfolded (RFC 6350 3.2) with its escapes resolved (\n, \, \; \\);
#  - every document has questions, and every line of every rendering is a run of its document as read.
# With --answers PATH it also writes the gold as if it were the assistant's answers (found, answer,
# citations whose quotes are the evidence), to score the gold itself with score.mjs (100 / 100 / 0).
#   python3 src/check_gold.py [--answers /tmp/bt-gold-as-answers.jsonl]
import email
import html
import json
import os
import re
import subprocess
import sys
from email import policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: E402,F403


def clean(s):
    s = re.sub(r"<[^>]{0,200}>", " ", str(s))
    s = re.sub("[\u2018\u2019\u201b]", "'", s)
    s = re.sub("[\u201c\u201d]", '"', s)
    s = re.sub("[\u2013\u2014\u2212]", "-", s)
    return s.replace("\u00a0", " ")


def text(s):
    return re.sub(r"\s+", " ", clean(s).lower()).strip()


def tokens(s):
    return re.findall(r"[a-z0-9£%]+", text(s))


def contains(hay, needle):
    n = text(needle)
    if not n:
        return True
    left = r"(?<![0-9])(?<![0-9][.,])" if re.match(r"^[0-9]", n) else r"(?<![a-z0-9])"
    right = r"(?![0-9]|[.,][0-9])" if re.search(r"[0-9]$", n) else r"(?![a-z0-9])"
    return re.search(left + re.escape(n) + right, text(hay)) is not None


def run(hay, quote):
    return (" " + " ".join(tokens(quote)) + " ") in (" " + " ".join(tokens(hay)) + " ")


def unfold_vcard(t):
    t = re.sub(r"\r?\n[ \t]", "", t)
    out = []
    for l in re.split(r"\r?\n", t):
        r, i = "", 0
        while i < len(l):
            if l[i] == "\\" and i + 1 < len(l):
                r += "\n" if l[i + 1] in "nN" else l[i + 1]
                i += 2
            else:
                r += l[i]
                i += 1
        out.append(r)
    return "\n".join(out)


_src = {}


def source(doc):
    if doc in _src:
        return _src[doc]
    path = os.path.join(DOCS_DIR, doc)
    ext = os.path.splitext(doc)[1]
    if ext == ".pdf":
        r = subprocess.run(["node", os.path.join(HERE, "pdf_text.mjs"), path], capture_output=True, text=True, check=True)
        s = r.stdout
    elif ext == ".html":
        h = open(path, encoding="utf-8").read()
        h = re.sub(r"(?is)<style.*?</style>", " ", h)
        h = re.sub(r"(?is)<script.*?</script>", " ", h)
        h = re.sub(r'(?is)<img\b[^>]*?\balt="([^"]*)"[^>]*>', r" \1 ", h)
        s = html.unescape(re.sub(r"(?s)<[^>]+>", " ", h))
    elif ext == ".txt":
        s = open(path, encoding="utf-8").read()
    elif ext == ".csv":
        s = open(path, encoding="utf-8-sig").read()
    elif ext == ".eml":
        m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        parts = [f"{k}: {m[k]}" for k in ("From", "To", "Cc", "Date", "Subject")]
        for p in m.walk():
            if p.is_multipart():
                continue
            if p.get_filename():
                parts.append(p.get_filename())
            body = p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8")
            parts.append(unfold_vcard(body) if p.get_content_type() == "text/vcard" else body)
        s = "\n".join(parts)
    else:
        raise SystemExit("no reader for " + doc)
    _src[doc] = s
    return s


def in_doc(doc, q):
    s = source(doc)
    if doc.endswith(".pdf"):
        return all(not tokens(c) or run(s, c) for c in q.split(" | "))
    return run(s, q)


CATS = {"status_lookup": 7, "table_lookup": 7, "people_roles": 7, "board_paper": 7, "fact": 5, "cross_document": 2, "unanswerable": 5}
FIELDS = ["id", "question", "category", "answer", "must_include", "must_not_include", "evidence", "notes"]
gold_txt = open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8").read()
gold = [json.loads(l) for l in gold_txt.split("\n") if l.strip()]
problems = []
if open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8").read() != gold_txt:
    problems.append("questions.jsonl differs from gold.jsonl")
seen_docs = set()
nq = 0
for i, g in enumerate(gold):
    want = f"bt{i + 1:03d}"
    if g["id"] != want:
        problems.append(f"{g['id']}: expected {want}")
    if list(g.keys()) != FIELDS:
        problems.append(f"{g['id']}: fields {list(g.keys())}")
    if g["category"] not in CATS:
        problems.append(f"{g['id']}: category {g['category']}")
    un = g["category"] == "unanswerable"
    if un and (g["evidence"] or g["must_include"] or g["must_not_include"]):
        problems.append(f"{g['id']}: unanswerable with evidence or must strings")
    if not un and (not g["evidence"] or not g["must_include"]):
        problems.append(f"{g['id']}: no evidence or no must_include")
    if len(g["answer"]) > 1500:
        problems.append(f"{g['id']}: answer over 1,500 characters")
    for m in g["must_include"]:
        if not contains(g["answer"], m):
            problems.append(f"{g['id']}: answer lacks must_include {m!r}")
    for m in g["must_not_include"]:
        if contains(g["answer"], m):
            problems.append(f"{g['id']}: answer has must_not_include {m!r}")
    for e in g["evidence"]:
        nq += 1
        doc, qt = e["doc"], e["quote"]
        seen_docs.add(doc)
        if not os.path.exists(os.path.join(DOCS_DIR, doc)):
            problems.append(f"{g['id']}: no docs/{doc}")
            continue
        rend = open(text_path(doc), encoding="utf-8").read()
        if qt not in rend:
            problems.append(f"{g['id']}: quote not an exact substring of the rendering of {doc}: {qt[:80]!r}")
        if not run(rend, qt):
            problems.append(f"{g['id']}: quote's words not contiguous in the rendering of {doc}: {qt[:80]!r}")
        if len(qt) > 1500:
            problems.append(f"{g['id']}: quote over 1,500 characters")
        if not in_doc(doc, qt):
            problems.append(f"{g['id']}: quote's words not contiguous in docs/{doc} as read: {qt[:80]!r}")
for c, n in CATS.items():
    k = sum(1 for g in gold if g["category"] == c)
    if k != n:
        problems.append(f"category {c}: {k}, expected {n}")
if len(gold) != 40:
    problems.append(f"{len(gold)} questions")
for d in sorted(os.listdir(DOCS_DIR)):
    if d not in seen_docs:
        problems.append(f"docs/{d} has no question")
    if not os.path.exists(text_path(d)):
        problems.append(f"docs/{d} has no rendering")
        continue
    bad = 0
    for l in open(text_path(d), encoding="utf-8").read().split("\n"):
        if tokens(l) and not in_doc(d, l):
            bad += 1
            if bad <= 3:
                problems.append(f"text/{os.path.basename(text_path(d))}: line not a run of docs/{d} as read: {l[:90]!r}")
by = {}
for g in gold:
    by[g["category"]] = by.get(g["category"], 0) + 1
print(f"{len(gold)} questions, {nq} evidence quotes; by category {by}")
perdoc = {}
for g in gold:
    for d in {e["doc"] for e in g["evidence"]}:
        perdoc[d] = perdoc.get(d, 0) + 1
print("questions citing each document:", perdoc)
if problems:
    print("\n".join(problems))
    sys.exitcode = 1
else:
    print("all checks pass")
if "--answers" in sys.argv:
    outp = sys.argv[sys.argv.index("--answers") + 1]
    with open(outp, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(dict(id=g["id"], question=g["question"], found=g["category"] != "unanswerable", answer=g["answer"],
                                    citations=[dict(docId=os.path.splitext(e["doc"])[0], title="", date="", locator="", quote=e["quote"]) for e in g["evidence"]]),
                               ensure_ascii=False) + "\n")
    print("wrote", outp)
sys.exit(1 if problems else 0)
