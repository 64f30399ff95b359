// Builds docs/coastal-sig-minutes-2024-10-04.txt (plain-text minutes of the LGA Coastal Special Interest
// Group, 4 October 2024) and its rendering text/coastal-sig-minutes-2024-10-04.txt.
//
//   node src/build-coastal-minutes-txt.mjs
//
// Layout: plain text as saved from a word processor, one paragraph per line (no hard wrapping), headings
// underlined with "=" or "-". Attendance is four labelled paragraphs, "Members present:", "Apologies:",
// "Officers:" and "Also present:", each a comma list of names with councils and roles in brackets (the
// Vice-Chair's "(Vice-Chair, in the Chair)" follows the council). Items are headed "Item 1 – …"; decisions
// are paragraphs starting "AGREED:" (sub-points (a), (b), (c) on their own lines); actions are lines
// "ACTION: <owner> to <do> by <date>". A "Date of next meeting:" line closes the minutes.
// Rendering: the same lines without the underlines and blank lines.
// Synthetic test fixture: the people, figures and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "coastal-sig-minutes-2024-10-04";

const L = [];
const title = (s, ch) => L.push(s, ch.repeat(s.length));
const para = (...s) => L.push(...s, "");

title("LGA COASTAL SPECIAL INTEREST GROUP", "=");
L.push("");
para("Minutes of the meeting held on Friday 4 October 2024 at 11.00 am", "Council Chamber, County Hall, Beverley, and online via Microsoft Teams");
para(
  "Members present: Cllr Aidan Pellow (Torbay Council) (Vice-Chair, in the Chair), Cllr Bethany Rowntree (East Riding of Yorkshire Council), Cllr Desmond Faulconbridge (Great Yarmouth Borough Council), Cllr Lowenna Trebilcock (Cornwall Council), Cllr Hugh Stannard (East Lindsey District Council), Cllr Noor Hussain (Southend-on-Sea City Council), Cllr Gethin Alwood (Northumberland County Council), Cllr Philippa Dunstable (Thanet District Council), Cllr Wilf Otterburn (Redcar and Cleveland Borough Council), Cllr Rhiannon Sealey (Blackpool Council) (online), Cllr Jasper Mudge (North Devon Council) (online)",
);
para("Apologies: Cllr Marian Scoresby (North Norfolk District Council) (Chair), Cllr Ivo Carnegie (North Yorkshire Council), Cllr Sunita Pathak (Brighton and Hove City Council)");
para("Officers: Kieran Mountjoy (Senior Adviser, LGA), Nerys Halloran (Adviser, Flooding and Coastal, LGA), Joanne Ibbetson (Coastal SIG Secretariat, East Riding of Yorkshire Council)");
para("Also present: Dr Ruth Amberley (Area Coastal Manager, Environment Agency) for item 3");

title("Item 1 – Welcome, apologies and declarations of interest", "-");
para(
  "The Vice-Chair, Cllr Aidan Pellow, took the chair in the absence of the Chair, Cllr Marian Scoresby, and thanked East Riding of Yorkshire Council for hosting the meeting. Apologies were received as listed above. Cllr Rhiannon Sealey and Cllr Jasper Mudge joined online.",
  "Cllr Desmond Faulconbridge declared an interest in item 4 as a board member of a visitor economy company in Great Yarmouth. He took part in the discussion of item 4 but not in the decision.",
);

title("Item 2 – Minutes of the meeting held on 14 June 2024", "-");
para("AGREED: That the minutes of the meeting held on 14 June 2024 be approved as a correct record.");

title("Item 3 – Coastal erosion funding and the Shoreline Management Plan refresh", "-");
para(
  "Dr Ruth Amberley (Environment Agency) introduced the refreshed shoreline management plans. She reported that the plans identify 3,400 homes in member councils' areas at risk from coastal erosion by 2055, of which 640 are at risk by 2035.",
  "Nerys Halloran summarised the LGA's evidence on flood and coastal erosion funding, submitted to Defra on 25 July 2024, and the roundtable with the Environment Agency held in Great Yarmouth on 10 September 2024.",
  "Members said that the partnership funding rules make it almost impossible to fund defences where property values are low, and that councils need dedicated funding to help communities adapt to and, where necessary, move away from an eroding coast.",
);
para(
  "AGREED: That the Group:",
  "(a) asks the Government to establish a dedicated coastal transition fund, separate from the flood and coastal erosion risk management capital programme;",
  "(b) submits a paper setting out the evidence to the LGA's Local Infrastructure and Net Zero Board on 12 December 2024; and",
  "(c) writes to the Environment Agency asking for erosion risk data for each council area to be published by March 2025.",
);
para(
  "ACTION: Nerys Halloran to draft the paper for the Local Infrastructure and Net Zero Board and circulate it to members by 8 November 2024.",
  "ACTION: Cllr Marian Scoresby to present the paper to the Local Infrastructure and Net Zero Board on 12 December 2024.",
  "ACTION: Joanne Ibbetson to send the letter to the Environment Agency by 18 October 2024.",
);

title("Item 4 – Seaside economies: visitor economy survey 2024", "-");
para(
  "Kieran Mountjoy presented the results of the survey of member councils carried out in August 2024, to which 31 councils responded. Visitor numbers in summer 2024 were down 6 per cent on summer 2023, but spending per visit was up 4 per cent. 18 councils reported difficulty recruiting seasonal staff, and 22 said that the wet early summer had shortened the season.",
  "Members asked for the results to be broken down by region in future surveys.",
);
para("AGREED: That the Group notes the survey results and asks officers to publish a summary on the Group's web pages.");
para("ACTION: Kieran Mountjoy to publish the survey summary, with a regional breakdown where the sample allows, by 31 October 2024.");

title("Item 5 – Coastal Summit 2025", "-");
para(
  "Joanne Ibbetson reported that Blackpool Council had offered to host the Coastal Summit 2025. The budget for the summit is £12,000, to be met from the Group's subscriptions and sponsorship.",
);
para("AGREED: That the Coastal Summit 2025 be held in Blackpool on Thursday 15 May 2025, with coastal erosion and seaside economies as its two themes.");
para(
  "ACTION: Cllr Rhiannon Sealey to confirm the venue booking with Blackpool Council by 1 November 2024.",
  "ACTION: Joanne Ibbetson to approach sponsors and report to the next meeting by 24 January 2025.",
);

title("Item 6 – Any other business", "-");
para("Cllr Hugh Stannard asked that the next meeting consider the effect of the council tax premium on second homes in coastal areas.");
para("AGREED: That the council tax premium on second homes be added to the agenda for the next meeting.");

para("Date of next meeting: Friday 24 January 2025 at 11.00 am, online via Microsoft Teams");
para("The meeting closed at 1.05 pm.");

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), L.join("\n"));
const R = L.filter((l) => l.trim() && !/^[=-]+$/.test(l));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt (${R.filter((l) => l.startsWith("ACTION:")).length} actions)`);
