// Builds docs/addressing-forum-2186-eventbrite-attendee-summary-2186-11-03.csv and its rendering in text/.
// Layout: AN EVENTBRITE "ATTENDEE SUMMARY" REPORT EXPORTED AS CSV the morning after the Addressing Forum
// (Thursday 2 November 2186): UTF-8 with a byte-order mark, CRLF row ends, every field quoted; one row per
// attendee, not per order – a booking for two people is two rows with the same "Order #"; Eventbrite's
// fixed columns first (Order #, Order Date with its UTC offset, names, Email, Quantity, Ticket Type,
// Attendee #, Group, Order Type, Currency, Total Paid, Fees Paid, Eventbrite Fees, Eventbrite Payment
// Processing, Attendee Status), then the organiser's own questions AS COLUMN HEADERS WORDED AS QUESTIONS
// ("Which afternoon workshop will you join?", "Can we share your name and organisation with other
// delegates?"). WHO CAME IS ONLY THE "Attendee Status" WORD: "Checked In" (scanned at the door),
// "Attending" (booked, never checked in) and "Not Attending" (cancelled or refunded); the price of a
// ticket only in "Total Paid" ("45.00", "0.00" once refunded), a speaker or committee member only in
// "Ticket Type"; rows in the order the bookings were made, not by name or organisation. No totals.
// Rendering: the header's fields, then each row's non-empty fields, joined by " | ".
// Synthetic test fixture: every person, organisation and booking is invented.
//   node src/build-forum-eventbrite-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, A, FORUM, WORKSHOPS, TICKETS, STATUS } from "./common.mjs";

const FILE = DOCS.forum;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["Event Name", "Order #", "Order Date", "First Name", "Surname", "Email", "Quantity", "Ticket Type", "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", "Job Title", "Company", "Which afternoon workshop will you join?", "Dietary requirements", "Access requirements", "Can we share your name and organisation with other delegates?"];

// e-mail domains by organisation
const DOMAIN = {
  "Skelderby City Council": "skelderby.gov.uk", "Thornby Vale District Council": "thornbyvale.gov.uk", "Osmerley Borough Council": "osmerley.gov.uk",
  "Fenwyke District Council": "fenwyke.gov.uk", "Haddlestone Borough Council": "haddlestone.gov.uk", "Greater Skelderby Combined Authority": "greaterskelderby.gov.uk",
  "University of Skelderby": "skelderby.ac.uk", "Greater Skelderby Fire and Rescue Service": "gsfire.gov.uk", "Greater Skelderby Ambulance Service": "gsambulance.nhs.uk",
  "National Address Register": "nar.gov.uk", "Greater Skelderby Police": "gspolice.police.uk", "Thornby Town Council": "thornby-tc.gov.uk",
  "Fenwyke Town Council": "fenwyketowncouncil.gov.uk", "Haddlestone St Mary Parish Council": "haddlestonestmary-pc.gov.uk", "Little Skelby Parish Council": "littleskelby-pc.gov.uk",
  "Osmerley Without Parish Council": "osmerleywithout-pc.gov.uk", "Low Fenwyke Parish Council": "lowfenwyke-pc.gov.uk", "Skelby Moor Parish Council": "skelbymoor-pc.gov.uk",
  "Thornby Vale Association of Parish Councils": "tvapc.org.uk", "Rennard Homes Ltd": "rennardhomes.co.uk", "Hallam Fields Developments LLP": "hallamfields.co.uk",
  "Osmerley Wharf Ltd": "osmerleywharf.co.uk", "Brackenridge Planning Consultants": "brackenridge-planning.co.uk", "Northfold Homes": "northfoldhomes.co.uk",
  "Moss Lane Homes Ltd": "mosslanehomes.co.uk", "Tessellate Architects": "tessellate.archi",
};
const mail = (a) => {
  const d = DOMAIN[a.company];
  if (!d) throw new Error("no domain for " + a.company);
  const f = a.first.toLowerCase(), s = a.sur.toLowerCase().replace(/[^a-z]/g, "");
  if (a.ticket === "J" || (a.ticket === "S" && a.job.startsWith("Councillor"))) return `cllr.${f}.${s}@${d}`;
  return `${f}.${s}@${d}`;
};

// orders: numbered and dated in booking order (deterministic)
const orders = {};
let seq = 0;
const start = Date.UTC(2186, 8, 20, 9, 0); // 20 September 2186
const rows = [];
for (const a of A) {
  if (!orders[a.order]) {
    const n = seq++;
    // a booking every day or so, in office hours (the time is written as local time)
    const t = new Date(start + Math.floor(n * 1.12) * 86400000 + ((n * 37) % 9) * 3600000 + ((n * 17) % 60) * 60000 + ((n * 29) % 60) * 1000);
    // British Summer Time until Sunday 29 October 2186
    const bst = t.getTime() < Date.UTC(2186, 9, 29, 1, 0);
    const local = t;
    const p = (x) => String(x).padStart(2, "0");
    const date = `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}${bst ? "+01:00" : "+00:00"}`;
    orders[a.order] = { no: String(8163402917 + n * 7919), date };
  }
  const o = orders[a.order];
  const paid = a.ticket === "D";
  const refunded = paid && a.status === "N";
  rows.push([
    FORUM.name, o.no, o.date, a.first, a.sur, mail(a), "1", paid ? `${TICKETS.D} (£${FORUM.price})` : TICKETS[a.ticket],
    String(30418852210 + rows.length * 13), "",
    paid ? "Eventbrite Completed" : a.ticket === "S" || a.ticket === "J" ? "Complimentary" : "Free Order",
    "GBP", paid && !refunded ? "45.00" : "0.00", "0.00", paid && !refunded ? "2.94" : "0.00", paid && !refunded ? "1.32" : "0.00",
    STATUS[a.status], a.job, a.company, WORKSHOPS[a.ws], a.diet, a.access, a.share,
  ]);
}
const q = (v) => `"${String(v).replace(/"/g, '""')}"`;
const csv = "\uFEFF" + [HEAD, ...rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv);
writeFileSync(join(root, "text", BASE + ".txt"), [HEAD, ...rows].map((r) => r.filter((v) => v !== "").join(" | ")).join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${rows.length} attendees)`);
