// Builds docs/fstg-post-season-survey-2245-qualtrics-export-2246-01-12.csv and its rendering in text/.
// Layout: A QUALTRICS "DATA & ANALYSIS > EXPORT DATA > CSV" FILE (choice text, not numeric values), as the
// survey platform writes it: UTF-8 WITH A BYTE ORDER MARK, CRLF line ends, fields quoted only when they
// need it, and THREE HEADER ROWS – (1) the column names Qualtrics generates (StartDate … UserLanguage,
// then Q1, Q2, Q3, Q4, Q5_1 … Q5_4, Q6, Q7, Q7_6_TEXT, Q8, Q9), (2) the question wording, the sub-item of
// a matrix question after " - " ("How many complaints … 2245? - Noise") and the multiple-choice question
// split into "- Selected Choice" and "- Other (please specify) - Text", (3) the ImportId of each column as
// JSON ({"ImportId":"QID5_1"}, with a timeZone for the dates). Qualtrics' metadata columns come first:
// Status ("IP Address" for a real response, "Survey Preview" for an officer's test), IP address,
// Progress, "Duration (in seconds)", Finished (True / False), RecordedDate, a ResponseId ("R_" and 15
// characters), empty recipient columns, a rough location, DistributionChannel ("anonymous", "preview")
// and UserLanguage ("EN-GB"). Rows come in the order responses were recorded. The multiple-choice answer
// is ONE FIELD OF CHOICES JOINED BY COMMAS with no spaces ("Powers to set decibel limits,Funding for
// enforcement"), so a reader must split on the choice texts; a free-text answer keeps a line break inside
// its quoted field. THREE THINGS A READER MUST SET ASIDE: the "Survey Preview" test row before the survey
// opened; a council's INCOMPLETE FIRST ATTEMPT (Finished False, Progress 38, recorded when it expired a
// week later, its one substantive answer different from the complete response that followed); and the
// council that never answered, which has no row at all. Nothing in the file names the Task Group: the
// title is only in the file name Qualtrics gave it and in Q2's wording.
// Rendering: each of the three header rows and each response row a line, its non-empty fields joined by
// " | ", a line break inside a field as a space.
// Synthetic test fixture: every council, officer, answer, address and identifier is invented (IP addresses
// from the documentation ranges).
//   node src/build-survey-qualtrics-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, COUNCILS, RESPONSES, HELP, DISPLAY } from "./common.mjs";

const FILE = DOCS.survey;
const BASE = basename(FILE, extname(FILE));
const Q5 = "How many complaints about fireworks did your council receive between 15 October and 15 November 2245?";
const Q7 = "Which of these would most help your council to deal with fireworks? Choose up to three.";
const COLS = [
  ["StartDate", "Start Date", { ImportId: "startDate", timeZone: "Europe/London" }],
  ["EndDate", "End Date", { ImportId: "endDate", timeZone: "Europe/London" }],
  ["Status", "Response Type", { ImportId: "status" }],
  ["IPAddress", "IP Address", { ImportId: "ipAddress" }],
  ["Progress", "Progress", { ImportId: "progress" }],
  ["Duration (in seconds)", "Duration (in seconds)", { ImportId: "duration" }],
  ["Finished", "Finished", { ImportId: "finished" }],
  ["RecordedDate", "Recorded Date", { ImportId: "recordedDate", timeZone: "Europe/London" }],
  ["ResponseId", "Response ID", { ImportId: "_recordId" }],
  ["RecipientLastName", "Recipient Last Name", { ImportId: "recipientLastName" }],
  ["RecipientFirstName", "Recipient First Name", { ImportId: "recipientFirstName" }],
  ["RecipientEmail", "Recipient Email", { ImportId: "recipientEmail" }],
  ["ExternalReference", "External Data Reference", { ImportId: "externalDataReference" }],
  ["LocationLatitude", "Location Latitude", { ImportId: "locationLatitude" }],
  ["LocationLongitude", "Location Longitude", { ImportId: "locationLongitude" }],
  ["DistributionChannel", "Distribution Channel", { ImportId: "distributionChannel" }],
  ["UserLanguage", "User Language", { ImportId: "userLanguage" }],
  ["Q1", "Which council are you answering for?", { ImportId: "QID1" }],
  ["Q2", "Your name and job title (so that the Fireworks Safety Task Group's officers can contact you about your answers)", { ImportId: "QID2_TEXT" }],
  ["Q3", "Did your council run or fund a public fireworks display in 2245?", { ImportId: "QID3" }],
  ["Q4", "How many fireworks displays did your safety advisory group review for the 2245 season?", { ImportId: "QID4_TEXT" }],
  ["Q5_1", `${Q5} - Noise`, { ImportId: "QID5_1" }],
  ["Q5_2", `${Q5} - Animal welfare`, { ImportId: "QID5_2" }],
  ["Q5_3", `${Q5} - Antisocial use (fireworks thrown or let off in the street)`, { ImportId: "QID5_3" }],
  ["Q5_4", `${Q5} - Sales to under-18s`, { ImportId: "QID5_4" }],
  ["Q6", "Has your council signed the quieter displays pledge?", { ImportId: "QID6" }],
  ["Q7", `${Q7} - Selected Choice`, { ImportId: "QID7" }],
  ["Q7_6_TEXT", `${Q7} - Other (please specify) - Text`, { ImportId: "QID7_6_TEXT" }],
  ["Q8", "How many all-year fireworks licences were in force in your council's area on 1 October 2245?", { ImportId: "QID8_TEXT" }],
  ["Q9", "Is there anything else you would like the Task Group to know?", { ImportId: "QID9_TEXT" }],
];
const json = (o) => "{" + Object.entries(o).map(([k, v]) => `"${k}":"${v}"`).join(",") + "}";

// timestamps: "2245-11-24 09:41:07" plus a duration
const addSecs = (ts, s) => {
  const d = new Date(ts.replace(" ", "T") + "Z");
  d.setUTCSeconds(d.getUTCSeconds() + s);
  return d.toISOString().slice(0, 19).replace("T", " ");
};
// response ids: "R_" and 15 characters, deterministic
let seed = 20246;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const rid = () => "R_" + Array.from({ length: 15 }, () => AL[Math.floor(rnd() * AL.length)]).join("");
const LOC = { wrayholme: ["53.6412", "-1.7829"], caldersey: ["53.7204", "-1.5521"], brantfell: ["54.0113", "-2.0467"], holmwick: ["53.5986", "-1.3307"], fellmoor: ["53.4471", "-2.2189"], eskholme: ["53.9032", "-1.1264"], hexworth: ["53.3828", "-1.4710"], stanmere: ["52.9844", "-1.1579"], wyckhampton: ["52.7561", "-1.9402"], burnthwaite: ["53.8197", "-2.6122"], calderfoot: ["53.5423", "-2.6348"] };

const rows = [COLS.map((c) => c[0]), COLS.map((c) => c[1]), COLS.map((c) => json(c[2]))];
// the officers' test before the survey opened
{
  const start = "2245-11-21 15:02:44", end = addSecs(start, 96);
  rows.push([start, end, "Survey Preview", "", "100", "96", "True", addSecs(end, 1), rid(), "", "", "", "", "51.4975", "-0.1357", "preview", "EN-GB",
    COUNCILS.wrayholme, "TEST - Yasmin checking the logic, please ignore", DISPLAY.run, "1", "1", "1", "1", "1", "Yes", HELP.slice(0, 3).join(","), "", "1", "test"]);
}
for (const r of RESPONSES) {
  const end = addSecs(r.start, r.secs);
  const [lat, lon] = LOC[r.c];
  if (r.partial) {
    rows.push([r.start, end, "IP Address", r.ip, String(r.progress), String(r.secs), "False", r.recorded, rid(), "", "", "", "", lat, lon, "anonymous", "EN-GB",
      COUNCILS[r.c], r.who, DISPLAY[r.display], "", "", "", "", "", "", "", "", "", ""]);
    continue;
  }
  rows.push([r.start, end, "IP Address", r.ip, "100", String(r.secs), "True", addSecs(end, 1), rid(), "", "", "", "", lat, lon, "anonymous", "EN-GB",
    COUNCILS[r.c], r.who, DISPLAY[r.display], r.sag, String(r.noise), String(r.animal), String(r.asb), String(r.u18), r.pledge, r.help.map((i) => HELP[i]).join(","), r.other ?? "", r.licences, r.comment]);
}
// Qualtrics records a partial response when it expires, so it sits among the rows by its recorded date
const head = rows.slice(0, 3), data = rows.slice(3);
data.sort((a, b) => a[7].localeCompare(b[7]));
const all = [...head, ...data];

const field = (c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = "\uFEFF" + all.map((r) => r.map((c) => field(c.replace(/\n/g, "\r\n"))).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
const out = all.map((r) => r.filter((c) => c !== "").map((c) => c.replace(/\n/g, " ")).join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${data.length} rows after 3 header rows)`);
