// Builds docs/nsntg-members-digest-vol-4-issue-11.eml and its rendering in text/.
// Layout: A MAILING LIST DIGEST (GNU Mailman 2's plain-text "MIME-less" digest, RFC 1153 style) AS IT
// ARRIVES IN A MEMBER'S INBOX, saved as .eml: the digest's own headers (From the list's -request
// address, Subject "nsntg-members Digest, Vol 4, Issue 11", List-Id and List-* headers), a single
// text/plain part in UTF-8, QUOTED-PRINTABLE (soft line breaks "=", "=C2=A3" for "£"); the body is
// Mailman's boilerplate ("Send nsntg-members mailing list submissions to …", "When replying, please edit
// your Subject line …"), "Today's Topics:" numbered with wrapped titles and the senders in brackets,
// then FIVE MESSAGES ONE AFTER ANOTHER, each under "Message: n" with its own Date / From / To / Subject /
// Message-ID lines and separated by rules of dashes; a reply quotes the earlier message with "> "; a
// paper pasted into a message's body (a written-procedure paper: front-sheet labels padded to a column,
// numbered paragraphs, recommendations (a)–(c), a FIXED-WIDTH TABLE of grants typed with spaces and a
// total line); MAILMAN'S SCRUBBED-ATTACHMENT NOTICE ("-------------- next part --------------", "A
// non-text attachment was scrubbed…", Name / Type / Size / URL); signatures after "-- "; "Subject:
// Digest Footer" and "End of nsntg-members Digest, Vol 4, Issue 11" with a row of asterisks. The body is
// hard-wrapped at 72 columns. The Chair's decision (the last message) changes one of the paper's figures.
// Rendering: the digest's From / To / Date / Subject, then the body as a mail client shows it, a
// paragraph a line (wrapped lines joined, "> " marks dropped), header lines of each message a line, the
// table a row a line with cells joined " | "; rules, asterisks and blank lines left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-mailman-digest-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, P, cllr, GRANTS, WP, PROPOSED, DECIDED, gbp } from "./common.mjs";

const FILE = DOCS.digest, BASE = basename(FILE, extname(FILE));
const LIST = "nsntg-members", DOM = "lists.local.gov.uk", ADDR = `${LIST}@${DOM}`;
const body = []; // physical lines of the body
const out = [];
const wrapLines = (s, n = 72, prefix = "") => {
  const lines = [];
  let cur = "";
  for (const w of s.split(" ")) {
    if (cur && (prefix + cur + " " + w).length > n) { lines.push(prefix + cur); cur = w; } else cur = cur ? cur + " " + w : w;
  }
  if (cur) lines.push(prefix + cur);
  return lines;
};
const para = (s, o = {}) => { body.push(...wrapLines(s, 72, o.prefix ?? ""), ""); if (o.render !== false) out.push(s); };
const hang = (label, s) => { const l = wrapLines(label + " " + s, 72); body.push(l[0], ...wrapLines(l.slice(1).join(" "), 72, "    ").filter((x) => x.trim()), ""); out.push(`${label} ${s}`); };
const raw = (lines, render = true) => { body.push(...lines); if (render) out.push(...lines.filter((l) => l.trim() && !/^[-*=_]+$/.test(l.trim()))); };
const RULE = "-".repeat(70);
const SEP = "-".repeat(30);

const msgs = [
  {
    date: "Wed, 27 Oct 2117 16:42:10 +0100", from: `"Okafor-Lyle, Severine" <${O.severine.email}>`, by: "Severine Okafor-Lyle",
    subject: `[NSNTG] Written procedure: ${"Quiet Nights Fund round 2 extension grants - comments by 1 November"}`, topic: ["Written procedure: Quiet Nights Fund round 2 extension grants", "- comments by 1 November"],
    id: "<DB9PR02MB7421E3A1C0F5@DB9PR02MB7421.eurprd02.prod.outlook.com>",
    write() {
      para("Dear members,");
      para(`As agreed at the meeting on 12 October (minute 8.1), the Chair is asked to decide the round 2 extension grants of the Quiet Nights Fund under the written procedure. The paper is below; the Word version was attached, but the list removes attachments. Please send any comments to me by ${WP.deadline}. The Chair will take her decision on ${WP.decided} and it will be reported to the meeting on 23 November 2117 for noting.`);
      para("Kind regards");
      raw(["Severine", ""]);
      raw([RULE]);
      raw([`WRITTEN PROCEDURE ${WP.ref}`, "Quiet Nights Fund: round 2 extension grants", ""]);
      const lab = [["Decision by:", `Chair of the ${BODY}`], ["Purpose:", "For decision"], ["Circulated:", WP.circulated], ["Contact officer:", O.ignatius.name], ["Position:", O.ignatius.post], ["Phone:", O.ignatius.phone], ["Email:", O.ignatius.email]];
      for (const [l, v] of lab) { body.push(l.padEnd(20) + v); out.push(`${l} ${v}`); }
      body.push("");
      raw(["Summary", ""]);
      para(`1. ${gbp(WP.pot)} of the Quiet Nights Fund was set aside in April 2117 to extend the most successful round 1 projects to June 2118. Seven councils bid for extensions; five bids, totalling ${gbp(PROPOSED)}, meet the criteria and are recommended.`);
      para("2. Two bids were not recommended: Drayfield District Council's, because its round 1 project has not yet started, and Pendlecote District Council's, because it asked for revenue to replace a post the council already funds.");
      raw(["Recommendations", ""]);
      para("That the Chair:");
      hang("(a)", `approves the five extension grants in the table below, totalling ${gbp(PROPOSED)};`);
      hang("(b)", "agrees that the grants are paid in two instalments, half on acceptance and half on receipt of a satisfactory monitoring return in March 2118; and");
      hang("(c)", `agrees that the ${gbp(WP.pot - PROPOSED)} left in the round 2 allocation is carried forward to the out-of-hours pilot extension.`);
      const W = [10, 42, 42, 9];
      const row = (c) => c.map((x, i) => (i === 3 ? x.padStart(W[i]) : x.padEnd(W[i]))).join("").trimEnd();
      body.push(row(["Ref", "Council", "Project", "Award"]));
      body.push(row(["-".repeat(8), "-".repeat(40), "-".repeat(40), "-".repeat(9)]));
      out.push("Ref | Council | Project | Award");
      for (const g of GRANTS) { body.push(row([g.ref, g.council, g.project, gbp(g.amount)])); out.push([g.ref, g.council, g.project, gbp(g.amount)].join(" | ")); }
      body.push(row(["", "", "Total", gbp(PROPOSED)]), "");
      out.push(`Total | ${gbp(PROPOSED)}`);
      para("3. Greywater District Council's bid (QNF2-09) is £5,000 above the guideline maximum of £50,000 for a single grant. Officers recommend it in full because it buys noise monitoring kit that neighbouring councils would borrow.");
      para("4. Grant holders must report spend monthly. Any grant not spent by 31 March 2118 is returned to the Fund.");
      raw([RULE]);
      raw(["-------------- next part --------------", "A non-text attachment was scrubbed...", `Name: ${WP.ref} Quiet Nights Fund round 2 extensions.docx`, "Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Size: 48213 bytes", "Desc: not available", `URL: <https://${DOM}/pipermail/${LIST}/attachments/21171027/7c1e0a44/attachment.docx>`, ""]);
    },
  },
  {
    date: "Thu, 28 Oct 2117 09:03:55 +0100", from: `Cllr Obinna Castellane <obinna.castellane@quenhithe.gov.uk>`, by: "Cllr Obinna Castellane",
    subject: "Re: [NSNTG] Written procedure: Quiet Nights Fund round 2 extension grants - comments by 1 November", topic: ["Re: Written procedure: Quiet Nights Fund round 2 extension", "grants - comments by 1 November"],
    id: "<CAK7p1Qh3v9=Yt2mRz@mail.quenhithe.gov.uk>",
    write() {
      para("Severine,");
      para("Happy to support (a) and (b), but on Greywater I would rather we kept to the £50,000 guideline, or less, and put the difference into the out-of-hours pilot, which is where the complaints are.");
      para("Obinna");
      raw(["-- ", "Cllr Obinna Castellane", `Vice-Chair, ${BODY}`, "Quenhithe City Council", ""]);
      para("On Wed, 27 Oct 2117 at 16:42, Okafor-Lyle, Severine wrote:", { render: true });
      para("3. Greywater District Council's bid (QNF2-09) is £5,000 above the guideline maximum of £50,000 for a single grant. Officers recommend it in full because it buys noise monitoring kit that neighbouring councils would borrow.", { prefix: "> " });
    },
  },
  {
    date: "Fri, 29 Oct 2117 18:21:40 +0100", from: `"Fairclough-Rae, Horatio (Cllr)" <horatio.fairclough-rae@ashburrow.gov.uk>`, by: "Cllr Horatio Fairclough-Rae",
    subject: "RE: [NSNTG] Written procedure: Quiet Nights Fund round 2 extension grants - comments by 1 November", topic: ["RE: Written procedure: Quiet Nights Fund round 2 extension", "grants - comments by 1 November"],
    id: "<LO2P265MB5530A9E71B2C@LO2P265MB5530.GBRP265.PROD.OUTLOOK.COM>",
    write() {
      para("Dear Severine");
      para("For the record, Ashburrow County Council's bid (QNF2-12) is for the licensing team in my own portfolio as a cabinet member, so I will not comment on the grants and would ask that this is noted with the Chair's decision.");
      para("Regards");
      raw(["Horatio", "", "Cllr Horatio Fairclough-Rae", "Cabinet Member for Communities and Licensing, Ashburrow County Council", ""]);
    },
  },
  {
    date: "Mon, 1 Nov 2117 11:05:12 +0000", from: `"Wragby-Holt, Tamsin" <${O.tamsin.email}>`, by: "Tamsin Wragby-Holt",
    subject: "[NSNTG] Meeting on 23 November: arrangements", topic: ["Meeting on 23 November: arrangements"],
    id: "<DB9PR02MB74218F0D22B4@DB9PR02MB7421.eurprd02.prod.outlook.com>",
    write() {
      para("Dear members,");
      para("The next meeting of the Task Group is on Tuesday 23 November 2117 at 11.00am in Room 3.1, 18 Smith Square, with a pre-meeting for the Chair and lead members at 10.15am in Room 3.3. Papers will be published on Monday 15 November.");
      para(`Apologies so far: ${cllr("lindenfeld")}. ${cllr("strathallan")} will attend as substitute for ${cllr("hexthorpe")}, who is abroad that week.`);
      para("If you would like to join online instead, please let me know by Wednesday 17 November so that I can send you the Teams link. Lunch will be provided after the meeting.");
      para("Many thanks");
      raw(["Tamsin", "", `${O.tamsin.name} | ${O.tamsin.post} | Local Government Association`, `${O.tamsin.phone} | ${O.tamsin.email}`, ""]);
    },
  },
  {
    date: "Tue, 2 Nov 2117 15:20:31 +0000", from: `"Okafor-Lyle, Severine" <${O.severine.email}>`, by: "Severine Okafor-Lyle",
    subject: `[NSNTG] Chair's decision: Quiet Nights Fund round 2 extension grants (${WP.ref})`, topic: ["Chair's decision: Quiet Nights Fund round 2 extension grants", `(${WP.ref})`],
    id: "<DB9PR02MB7421C55A09E1@DB9PR02MB7421.eurprd02.prod.outlook.com>",
    write() {
      para("Dear members,");
      para(`Thank you for your comments. The Chair considered them today and made the following decision under the written procedure (${WP.ref}):`);
      hang("(a)", `to approve the grants to Kestlemoor, Tarnwick, Ashburrow and Saxonbridge as recommended, and the grant to Greywater District Council (QNF2-09) at £45,000 instead of £55,000, so that it keeps to the guideline maximum; the five grants total ${gbp(DECIDED)};`);
      hang("(b)", "to pay the grants in two instalments, as recommended; and");
      hang("(c)", `to carry forward the ${gbp(WP.pot - DECIDED)} left to the out-of-hours pilot extension.`);
      para("Cllr Fairclough-Rae's interest in the Ashburrow bid is noted with the decision; he made no comment on the grants. Grant offer letters will go out on Thursday 4 November, and the decision will be reported to the meeting on 23 November 2117 for noting.");
      para("Kind regards");
      raw(["Severine", "", `${O.severine.name} | ${O.severine.post}`, `Local Government Association | ${O.severine.phone}`, ""]);
    },
  },
];

// ---------------------------------------------------------------- the digest body
raw([`Send ${LIST} mailing list submissions to`, `\t${ADDR}`, "", "To subscribe or unsubscribe via the World Wide Web, visit", `\thttps://${DOM}/mailman/listinfo/${LIST}`, "or, via email, send a message with subject or body 'help' to", `\t${LIST}-request@${DOM}`, "", "You can reach the person managing the list at", `\t${LIST}-owner@${DOM}`, "", "When replying, please edit your Subject line so it is more specific", `than "Re: Contents of ${LIST} digest..."`, ""], false);
out.push(`Send ${LIST} mailing list submissions to ${ADDR}`);
raw(["", "Today's Topics:", ""]);
for (const [i, m] of msgs.entries()) {
  const first = `   ${i + 1}. ${m.topic[0]}`;
  body.push(first, ...m.topic.slice(1).map((t) => `      ${t}`));
  body[body.length - 1] += ` (${m.by})`;
  out.push(`${i + 1}. ${m.topic.join(" ")} (${m.by})`);
}
body.push("", "");
raw([RULE, ""]);
for (const [i, m] of msgs.entries()) {
  raw([`Message: ${i + 1}`]);
  const hd = [["Date:", m.date], ["From:", m.from], ["To:", `"${ADDR}" <${ADDR}>`], ["Subject:", m.subject], ["Message-ID:", m.id]];
  for (const [l, v] of hd) { const w = wrapLines(`${l} ${v}`, 76); body.push(w[0], ...w.slice(1).map((x) => "\t" + x)); out.push(`${l} ${v}`); }
  body.push('Content-Type: text/plain; charset="utf-8"', "");
  m.write();
  raw(["", SEP, ""]);
}
raw(["Subject: Digest Footer", "", "_______________________________________________", `${LIST} mailing list`, ADDR, `https://${DOM}/mailman/listinfo/${LIST}`, "", "", SEP, ""]);
raw([`End of ${LIST} Digest, Vol 4, Issue 11`, "*".repeat(44)]);

// ---------------------------------------------------------------- quoted-printable
const qp = (text) => {
  const lines = [];
  for (const line of text.split("\n")) {
    let enc = "";
    for (const ch of line) {
      const b = Buffer.from(ch, "utf8");
      if (b.length === 1 && b[0] >= 33 && b[0] <= 126 && ch !== "=") enc += ch;
      else if (ch === " " || ch === "\t") enc += ch;
      else enc += [...b].map((x) => "=" + x.toString(16).toUpperCase().padStart(2, "0")).join("");
    }
    enc = enc.replace(/([ \t])$/, (c) => "=" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
    while (enc.length > 76) {
      let cut = 75;
      while (/=[0-9A-F]?$/.test(enc.slice(0, cut))) cut--;
      lines.push(enc.slice(0, cut) + "=");
      enc = enc.slice(cut);
    }
    lines.push(enc);
  }
  return lines.join("\r\n");
};
const SUBJ = `${LIST} Digest, Vol 4, Issue 11`;
const headers = [
  "Return-Path: <nsntg-members-bounces@lists.local.gov.uk>",
  "Received: from lists.local.gov.uk (lists.local.gov.uk [198.51.100.23])\r\n\tby mx1.ashburrow.gov.uk with ESMTPS id 4Y7Kq2; Wed, 3 Nov 2117 12:00:04 +0000",
  `From: ${LIST}-request@${DOM}`,
  `Subject: ${SUBJ}`,
  `To: ${ADDR}`,
  `Reply-To: ${ADDR}`,
  "Date: Wed, 03 Nov 2117 12:00:02 +0000",
  "Message-ID: <mailman.11.21171103120002.1873.nsntg-members@lists.local.gov.uk>",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "Precedence: list",
  "X-BeenThere: nsntg-members@lists.local.gov.uk",
  "X-Mailman-Version: 2.1.39",
  `List-Id: "${BODY} members" <${LIST}.${DOM}>`,
  `List-Unsubscribe: <https://${DOM}/mailman/options/${LIST}>,\r\n <mailto:${LIST}-request@${DOM}?subject=unsubscribe>`,
  `List-Archive: <https://${DOM}/pipermail/${LIST}/>`,
  `List-Post: <mailto:${ADDR}>`,
  `List-Help: <mailto:${LIST}-request@${DOM}?subject=help>`,
  `Errors-To: ${LIST}-bounces@${DOM}`,
];
writeFileSync(join(root, "docs", FILE), headers.join("\r\n") + "\r\n\r\n" + qp(body.join("\n")) + "\r\n");
const render = [`From: ${LIST}-request@${DOM}`, `To: ${ADDR}`, "Date: Wed, 03 Nov 2117 12:00:02 +0000", `Subject: ${SUBJ}`, ...out];
writeFileSync(join(root, "text", BASE + ".txt"), render.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
