// Builds docs/water-resilience-commission-informal-meeting-note-2026-09-11.txt (an officer's email note of an
// informal meeting of Water Resilience Commission members and officers with two water companies, Friday 11
// September 2026, sent Monday 14 September 2026) and its plain-text rendering
// text/water-resilience-commission-informal-meeting-note-2026-09-11.txt.
//
//   node src/build-email-note-txt.mjs
//
// Layout: a plain-text EMAIL as saved from a mail client: From: / To: / Cc: / Date: / Subject: header lines, a
// greeting, "Attendees:" and "Apologies:" as COMMA-SEPARATED lists with councils or organisations IN BRACKETS
// (councils by short name, "(Southampton)"), "Notes" with BULLETS "*" and INDENTED "o" SUB-BULLETS, casual
// shorthand ("tbc", "&", "w/c"), "Next steps" with OWNERS AS INITIALS IN BRACKETS and dates without years
// ("(AW) by Wed 16th"), a sign-off and a signature line with "|" separators. One paragraph or bullet per line
// (not hard-wrapped). The note CHANGES TWO THINGS IN THE AGENDA: the Summit date (item 5 paper) and who
// presents item 6.
// Rendering: header lines as they are; bullets and sub-bullets without "*" / "o" and without indentation;
// blank lines dropped; everything else as it is.
// Synthetic test fixture: the people, companies and business are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "water-resilience-commission-informal-meeting-note-2026-09-11";

const DOC = `From: Ambrose Wickenden <ambrose.wickenden@local.gov.uk>
To: Cllr Imogen Fairbrass; Cllr Desmond Quelch; Cllr Harriet Hazeldine; Cllr Agnieszka Szymanska; Cllr Kwame Osei-Bonsu
Cc: Cordelia Honeysett; Maribel Castellanos; Rosamund Noakes; Gideon Plumridge
Date: Mon, 14 Sep 2026 09:12:47 +0100
Subject: Note of informal meeting with water companies - Fri 11 Sept

Dear all,

Below is a short note of Friday's informal meeting with Greensand Water and Eastmere Water. It was not a formal meeting of the Commission and nothing was decided on the Commission's behalf, but two points affect the papers for Thursday's meeting (17 Sept), so please read the first two bullets.

Attendees: Cllr Imogen Fairbrass (Southampton), Cllr Harriet Hazeldine (Lincolnshire), Cllr Agnieszka Szymanska (Peterborough), Cordelia Honeysett (LGA), Ambrose Wickenden (LGA), Maribel Castellanos (LGA), Dr Nkechi Mwangi (Greensand Water), Callum Stallworthy (Eastmere Water)
Apologies: Cllr Kwame Osei-Bonsu (Lewisham), Cllr Desmond Quelch (West Sussex)

Notes

* Water Resilience Summit 2026
  o Kingsgate Conference Centre has told us it double-booked the main hall on 19 Nov, so the Summit can't go ahead that day
  o Chair agreed to move the Summit to Thu 3 Dec 2026, same venue, same fees (£85 councils / £160 others) - please treat this as replacing the date in the item 5 paper
  o Water company chief execs panel: Greensand confirmed, Eastmere tbc
* Item 6 (risk register) on the 17th
  o Cordelia is on leave from 16 Sept, so Maribel Castellanos will present item 6 in her place
  o Cordelia will still present the Part B item (item 8) by Teams
* Drought roundtables
  o East of England roundtable in Cambridge (8 Oct) is full - 46 booked
  o South East roundtable in Guildford (22 Oct) only has 19 booked so far; district councils to be targeted
* Retrofit programme delays
  o Brookline confirmed two new fitting teams start w/c 5 Oct
  o Harrowgate Water Engineering on the framework from 1 Oct as planned; first jobs in Kent & Medway
* Priority services registers
  o Greensand can now take referrals from council housing teams, not just adult social care
  o Eastmere asked for a standard referral template so it can match records
* Data-sharing agreement
  o Discussed in general terms only; commercial terms are for the Part B item on the 17th and were not discussed

Next steps

* Re-issue the item 5 paper with the new Summit date (AW) by Wed 16th
* Brief Maribel on the risk register before the meeting (CH) by Tue 15th
* Re-send the South East roundtable invitation to district councils (MC) by Fri 18th
* Send Eastmere the referral template (RN) by Fri 25th
* Chase Eastmere for its chief exec's attendance at the Summit (AS) by end Sept

Thanks,
Ambrose

Ambrose Wickenden | Senior Adviser (Water Resilience) | Local Government Association | 020 7946 0394
`;

// ---------------------------------------------------------------- checks
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const check = (dd, d, m) => { if (DAYS[new Date(Date.UTC(2026, m, d)).getUTCDay()] !== dd) throw new Error(`wrong weekday ${dd} ${d}/${m + 1}`); };
check("Mon", 14, 8); check("Fri", 11, 8); check("Thu", 3, 11); check("Wed", 16, 8); check("Tue", 15, 8); check("Fri", 18, 8); check("Fri", 25, 8); check("Thu", 17, 8);
// every initials owner is an attendee or recipient
const people = { AW: "Ambrose Wickenden", CH: "Cordelia Honeysett", MC: "Maribel Castellanos", RN: "Rosamund Noakes", AS: "Agnieszka Szymanska" };
for (const m of DOC.matchAll(/\(([A-Z]{2})\) by/g)) if (!people[m[1]] || !DOC.split("\n").slice(0, 4).join(" ").includes(people[m[1]].split(" ")[1])) throw new Error("owner " + m[1]);

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), DOC);
const R = DOC.split("\n").filter((l) => l.trim()).map((l) => l.replace(/^\s*[*o] /, "").trim());
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt (${R.length} lines)`);
