// Builds docs/dcstg-approvals-export-2255-09-01-to-2255-11-30.csv and its rendering in text/.
// Layout: AN EXPORT OF THE MICROSOFT TEAMS APPROVALS APP AS CSV (Approvals > Export, a date range, the
// approvals the Member Services Officer sent or received): UTF-8 with a byte-order mark, CRLF rows,
// every field quoted; one row per approval request, NEWEST FIRST; the app's own columns, in which
// "Status" is the request's state (Completed / Pending / Canceled) and "Result" the outcome (Approved /
// Rejected, empty while pending or when canceled), so "Completed" says nothing about whether it was
// approved; "Approvers" lists names separated by semicolons; "Responses" is ONE FIELD HOLDING EVERY
// APPROVER'S RESPONSE ON ITS OWN LINE (name: response (time UTC) "comment"), "No response" for one still
// waiting; times in UTC in ISO form ("2255-10-09T12:05:22Z") while the comments speak in local time;
// "Details" is the requester's free text with line breaks inside the quoted field; "Require a response
// from all approvers" Yes / No; an id of GUID form; a canceled request still listed.
// Rendering: the header line, then each request's fields joined by " | " in column order, a line break
// inside a field given as a space and doubled quotes as one.
// Synthetic test fixture: every person, amount and decision is invented.
//   node src/build-approvals-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O, cllr, P, CBF2, UNIT, ROUND2 } from "./common.mjs";

const FILE = DOCS.approvals;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["Approval ID", "Title", "Status", "Result", "Approval type", "Requested by", "Created (UTC)", "Approvers", "Require a response from all approvers", "Responses", "Completed (UTC)", "Details", "Attachments", "Source"];
const chair = "Ottoline Gadsby-Wren", vice = "Kwabena Threapleton", deputy = "Isolde Penhaligan";
const cbf = CBF2.reduce((m, b) => ((m[b.council.split(" ")[0]] = b), m), {});
const money = (n) => "£" + n.toLocaleString("en-GB");
const bid = (name, remaining, extra = "") =>
  `Round 2 bid from ${cbf[name].council}: ${cbf[name].devices} devices at ${money(UNIT)} = ${money(cbf[name].amount)}.\nPriority group: residents aged 75 or over referred by adult social care or the police.\nRound 2 budget (${money(ROUND2)}) remaining after this award: ${money(remaining)}.${extra}`;
const ROWS = [
  { id: "3f9c2a71-5d0e-4b8a-9e61-0c7d2f4a18b3", title: "Room change: DCSTG meeting 5 December", status: "Canceled", result: "", type: "Basic", by: O.benedikt.name, created: "2255-11-26T10:14:09Z", approvers: O.cressida.name, all: "No",
    responses: "", completed: "2255-11-27T08:30:41Z", details: "Move the 5 December meeting to Room 2.3 because of works in the Westminster Room.\nCanceled by requester: the works have moved to January.", att: "", src: "Approvals" },
  { id: "a61be0d4-2c77-4f1e-8d3a-5b9e7c0f2246", title: `Call Blocker Fund round 2: Fosbury City Council, ${cbf.Fosbury.devices} devices (${money(cbf.Fosbury.amount)})`, status: "Pending", result: "", type: "Basic", by: O.anushka.name, created: "2255-11-21T14:02:57Z", approvers: `${chair}; ${deputy}`, all: "Yes",
    responses: `${chair}: Approve (2255-11-22T09:41:18Z) "Approve. The Vice-Chair has declared an interest (Fosbury), so Cllr Penhaligan is the second approver under minute 5(c)."\n${deputy}: No response`, completed: "",
    details: bid("Fosbury", 20400, `\nCllr ${vice} (Fosbury City Council) has declared an interest and is not an approver; the Deputy Chair approves in his place (minute 5(c), 12 September 2255).`), att: "FCC-CBF2-bid.pdf", src: "Approvals" },
  { id: "0d4e8f13-9a2b-47c6-b1f5-e83a6d902c5f", title: `Call Blocker Fund round 2: Wrexley District Council, ${cbf.Wrexley.devices} devices (${money(cbf.Wrexley.amount)})`, status: "Completed", result: "Rejected", type: "Basic", by: O.anushka.name, created: "2255-10-24T08:55:30Z", approvers: `${chair}; ${vice}`, all: "Yes",
    responses: `${chair}: Approve (2255-10-24T16:20:02Z) "Content to approve."\n${vice}: Reject (2255-10-26T11:07:45Z) "The bid has no referral route from adult social care or the police. Happy to look again if Wrexley resubmits with one."`, completed: "2255-10-26T11:07:45Z",
    details: bid("Wrexley", 27000), att: "WDC-CBF2-bid.pdf", src: "Approvals" },
  { id: "7b2d5c90-e1f4-4a63-8c0d-29f6b7a3e518", title: `Call Blocker Fund round 2: Stannerby City Council, ${cbf.Stannerby.devices} devices (${money(cbf.Stannerby.amount)})`, status: "Completed", result: "Approved", type: "Basic", by: O.anushka.name, created: "2255-10-15T13:31:12Z", approvers: `${chair}; ${vice}`, all: "Yes",
    responses: `${chair}: Approve (2255-10-16T07:58:40Z)\n${vice}: Approve (2255-10-17T12:15:26Z) "Good to see Stannerby back for round 2."`, completed: "2255-10-17T12:15:26Z",
    details: bid("Stannerby", 38400), att: "SCC-CBF2-bid.pdf", src: "Approvals" },
  { id: "c58a1e36-07bd-4f92-a4e0-6d13f9b8c772", title: `Call Blocker Fund round 2: Hollinsby Borough Council, ${cbf.Hollinsby.devices} devices (${money(cbf.Hollinsby.amount)})`, status: "Completed", result: "Approved", type: "Basic", by: O.anushka.name, created: "2255-10-09T12:05:22Z", approvers: `${chair}; ${vice}`, all: "Yes",
    responses: `${chair}: Approve (2255-10-10T08:14:51Z) "Approve. Noted Cllr Kittermaster's declared interest (Hollinsby Neighbourly Trust); he is not an approver."\n${vice}: Approve (2255-10-11T15:40:03Z)`, completed: "2255-10-11T15:40:03Z",
    details: bid("Hollinsby", 45600), att: "HBC-CBF2-bid.pdf; HBC-referral-route.docx", src: "Approvals" },
  { id: "e90f6b27-3c1a-48d5-9f72-b4a08e15d63c", title: "Scam Champions press release (action DCA-17)", status: "Completed", result: "Approved", type: "Basic", by: O.anushka.name, created: "2255-10-08T09:20:44Z", approvers: "Rufus Aberconway", all: "Yes",
    responses: `Rufus Aberconway: Approve (2255-10-09T18:02:37Z) "Approve with one change: 1,260 Champions trained, not 1,200."`, completed: "2255-10-09T18:02:37Z",
    details: "Press release: \"1,000th Scam Champion trained\" for issue on 13 October.\nFor the lead member's approval, as agreed at minute 8.1 (12 September 2255).", att: "Scam-Champions-PR-v3.docx", src: "Approvals" },
  { id: "12ad7c4e-b6f0-4e39-8a5d-f07c3b92e861", title: "No Cold Calling Zones round 2: extend the closing date to 31 October 2255", status: "Completed", result: "Approved", type: "Basic", by: O.lorcan.name, created: "2255-10-02T10:47:03Z", approvers: chair, all: "Yes",
    responses: `${chair}: Approve (2255-10-02T14:12:55Z) "Yes – three councils have asked for more time."`, completed: "2255-10-02T14:12:55Z",
    details: "Round 2 was due to close on 30 September 2255. Ebberston, Mardleton and Tregannick have asked for another month to finish their household surveys.", att: "", src: "Approvals" },
  { id: "9e3f04b8-71c5-4d2a-be96-58a1d7e02f34", title: "Stop, Check, Call leaflets: print run of 40,000 (£4,860)", status: "Completed", result: "Approved", type: "Basic", by: O.anushka.name, created: "2255-09-25T11:38:19Z", approvers: O.cressida.name, all: "No",
    responses: `${O.cressida.name}: Approve (2255-09-25T15:03:48Z) "Within my £5,000 limit. Please use the framework printer."`, completed: "2255-09-25T15:03:48Z",
    details: "40,000 A5 leaflets for the Stop, Check, Call campaign, to go to every household in the existing zones and to GP surgeries.\nQuote: £4,860 including delivery.", att: "Print-quote-SCC-0925.pdf", src: "Approvals" },
  { id: "5c71b9d2-a8e3-4f06-93b4-0e6d2c58a7f1", title: "Courier fraud joint alert: wording for member councils (action DCA-11)", status: "Completed", result: "Approved", type: "Basic", by: O.cressida.name, created: "2255-09-20T08:02:26Z", approvers: chair, all: "Yes",
    responses: `${chair}: Approve (2255-09-21T07:44:10Z) "Agreed – please send today."`, completed: "2255-09-21T07:44:10Z",
    details: "Joint alert with Mardleton Police for all member councils, as resolved at minute 4(b) on 12 September 2255.\nKey message: a bank or the police will never send a courier to collect your card or cash.", att: "Courier-fraud-alert-final.pdf", src: "Approvals" },
];
if (ROWS.filter((r) => r.title.startsWith("Call Blocker Fund")).length !== CBF2.length) throw new Error("bids");
const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
const toRow = (r) => [r.id, r.title, r.status, r.result, r.type, r.by, r.created, r.approvers, r.all, r.responses, r.completed, r.details, r.att, r.src];
const csv = [HEAD, ...ROWS.map(toRow)].map((f) => f.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), "\uFEFF" + csv); // rows end CRLF; line breaks inside fields stay LF
const render = [HEAD.join(" | "), ...ROWS.map((r) => toRow(r).filter((x) => x !== "").map((x) => String(x).replace(/\n/g, " ")).join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), render.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${ROWS.length} requests) and text/${BASE}.txt`);
