// Builds docs/fly-tipping-task-group-actions-planner-2047-11-12.csv – the Task Group's actions plan exported
// from Microsoft Planner ("Export plan to Excel") and saved from Excel as "CSV UTF-8" – and its rendering
// text/fly-tipping-task-group-actions-planner-2047-11-12.txt, from the same content.
//
// As Planner and Excel write it: three "Plan name / Plan ID / Date of export" lines and a blank line above the
// header row, every row padded with commas to the sheet's width, a byte order mark, CRLF between rows and a
// bare LF for line breaks inside a quoted Description; several assignees and several labels in one cell
// separated by ";", checklist progress as "n/m" with the items themselves ";"-separated, dates as dd/mm/yyyy,
// Late and Is Recurring as true/false.
//
//   node src/build-planner-csv.mjs
// Synthetic test fixture: the people and tasks are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fly-tipping-task-group-actions-planner-2047-11-12";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });

const HEADER = [
  "Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date",
  "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By", "Completed Checklist Items",
  "Checklist Items", "Labels", "Description",
];

// deterministic Planner-looking task ids
let seed = 4711;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const tid = () => {
  // Planner ids never start with "-" or "_" here (Excel would take a leading "-" for a formula)
  for (;;) {
    const id = Array.from({ length: 28 }, () => ALPH[Math.floor(rnd() * ALPH.length)]).join("");
    if (!/^[-_]/.test(id)) return id;
  }
};

const B17 = "Actions – 17 Sep 2047";
const tasks = [
  {
    name: "Instruct counsel – vehicle seizure powers (min 5)", bucket: B17, progress: "In progress", priority: "Important",
    to: "Tom Loxley", by: "Ellie Yeoman", created: "18/09/2047", start: "18/09/2047", due: "31/10/2047", late: true,
    check: "2/4", items: "Draft instructions;Fee cap of £12,000 agreed with chambers;Chair to approve instructions;Send instructions to chambers",
    labels: "Legal;Chair sign-off",
    desc: "Agreed at the 17 September meeting (minute 5).\nFee not to exceed £12,000 - vired from contingency (budget line 4).\n6 Nov: instructions with the Chair for approval; the chambers' conflict check held them up. New target 22 Nov.",
  },
  {
    name: "Circulate EA hotspot map to members (min 4)", bucket: B17, progress: "Completed", priority: "Medium",
    to: "Grace Nakamura", by: "Ellie Yeoman", created: "18/09/2047", start: "18/09/2047", due: "27/09/2047",
    done: "24/09/2047", doneBy: "Grace Nakamura", labels: "Members",
    desc: "Map supplied by Rob Cavanagh (Environment Agency).\nNot for publication - members only.",
  },
  {
    name: "Scope partnerships workstream and add to tracker (min 3)", bucket: B17, progress: "Completed", priority: "Important",
    to: "Nadia Kapoor", by: "Ellie Yeoman", created: "18/09/2047", start: "18/09/2047", due: "04/10/2047",
    done: "03/10/2047", doneBy: "Nadia Kapoor",
    desc: "Now workstream 5 in the tracker: FWC-5.1 (EA joint protocol) and FWC-5.2 (landowners, with the NFU).",
  },
  {
    name: "Creative concepts for Not In Our Street (min 6)", bucket: "Campaign", progress: "In progress", priority: "Important",
    to: "Callum Horrocks;Marcus Delacroix", by: "Ellie Yeoman", created: "18/09/2047", start: "01/10/2047", due: "19/11/2047",
    check: "3/5", items: "Agency briefing;Three concepts;Test with two councils;Costed print plan;Present to the Task Group on 19 Nov",
    labels: "Comms;Budget",
    desc: "Launch agreed for March 2048.\nPrint costs running over - see risk FWCR-04.\nTesting with the Bolton and Wealden comms teams w/c 3 Nov.",
  },
  {
    name: "Bulky waste charges data for the November data paper (AOB)", bucket: B17, progress: "Completed", priority: "Medium",
    to: "Grace Nakamura", by: "Ellie Yeoman", created: "18/09/2047", start: "01/10/2047", due: "11/11/2047",
    done: "05/11/2047", doneBy: "Grace Nakamura", labels: "Data",
    desc: "Raised by Cllr Haque under any other business.\nNow in the data paper for 19 Nov (item 4).",
  },
  {
    name: "Chair's letter to Defra minister - keeping FPN income", bucket: "Lobbying", progress: "In progress", priority: "Urgent",
    to: "Nadia Kapoor;Marcus Delacroix", by: "Nadia Kapoor", created: "10/07/2047", start: "01/09/2047", due: "29/11/2047",
    check: "1/3", items: "Draft letter;Chair sign-off;Send and publish on the website",
    labels: "Chair sign-off;Defra",
    desc: "Draft with Cllr Rowbotham since 28 Oct.\nLinked to milestone FWC-4.1 and risk FWCR-01.",
  },
  {
    name: "Higher fixed penalty maximum - request meeting with minister", bucket: "Lobbying", progress: "In progress", priority: "Urgent",
    to: "Marcus Delacroix", by: "Nadia Kapoor", created: "10/07/2047", start: "10/07/2047", due: "30/09/2047", late: true,
    check: "1/2", items: "Request meeting;Briefing for the Chair",
    labels: "Defra;Blocked",
    desc: "Defra consultation on penalty levels postponed to 2048.\nTwo requests to the minister's office (18 Jul, 2 Oct) - no date offered yet.",
  },
  {
    name: "Enforcement resources survey - chase non-responders", bucket: "Data and evidence", progress: "In progress", priority: "Important",
    to: "Grace Nakamura", by: "Grace Nakamura", created: "02/09/2047", start: "02/09/2047", due: "15/11/2047",
    check: "3/5", items: "Reminder 1;Reminder 2 via chief executives;Regional leads to chase;Close survey on 15 Nov;Analysis",
    labels: "Data",
    desc: "Response rate 41% at 30 Sept, 56% at 10 Nov. Target 60%.\nOriginal closing date was 18 Oct.",
  },
  {
    name: "National cost of clearance estimate (FWC-1.3)", bucket: "Data and evidence", progress: "In progress", priority: "Medium",
    to: "Grace Nakamura", by: "Grace Nakamura", created: "14/07/2047", start: "01/08/2047", due: "31/01/2048",
    check: "2/6", items: "Method agreed with Defra;Council unit costs;Private land sample;Model;Peer review;Write-up",
    labels: "Data",
    desc: "",
  },
  {
    name: "Hotspot CCTV pilot grants - award and pay", bucket: "Work programme", progress: "Completed", priority: "Important",
    to: "Tom Loxley", by: "Nadia Kapoor", created: "12/07/2047", start: "15/07/2047", due: "30/09/2047",
    done: "26/09/2047", doneBy: "Bethany Walmsley",
    check: "4/4", items: "Assess bids;Chair approval;Grant letters;Payment",
    labels: "Budget",
    desc: "19 bids received. £6,000 each to six councils:\nLondon Borough of Barking and Dagenham\nCity of Bradford Metropolitan District Council\nMedway Council\nPeterborough City Council\nThurrock Council\nSwale Borough Council",
  },
  {
    name: "DPIA template for CCTV pilot councils", bucket: "Work programme", progress: "In progress", priority: "Medium",
    to: "Tom Loxley;Grace Nakamura", by: "Tom Loxley", created: "01/10/2047", start: "01/10/2047", due: "30/11/2047",
    check: "1/3", items: "Draft template;Check with LGA data protection officer;Send to the six councils",
    labels: "Legal",
    desc: "Mitigation for risk FWCR-07.\nICO guidance shared with the pilot councils on 14 Oct.",
  },
  {
    name: "Arrange first meeting on EA joint protocol", bucket: "Work programme", progress: "Not started", priority: "Important",
    to: "Nadia Kapoor", by: "Nadia Kapoor", created: "03/10/2047", start: "", due: "20/12/2047",
    labels: "Blocked",
    desc: "Blocked: the EA's new Deputy Director (waste crime) is not in post until January 2048.\nSee risk FWCR-05.",
  },
  {
    name: "Landowner guidance - scoping meeting with NFU", bucket: "Work programme", progress: "Completed", priority: "Medium",
    to: "Marcus Delacroix", by: "Nadia Kapoor", created: "03/10/2047", start: "03/10/2047", due: "15/10/2047",
    done: "15/10/2047", doneBy: "Marcus Delacroix",
    desc: "Met the National Farmers' Union's rural crime lead. Next: joint outline by Christmas.",
  },
  {
    name: "Model FPN guidance - final draft for publication", bucket: "Work programme", progress: "Not started", priority: "Important",
    to: "Tom Loxley", by: "Tom Loxley", created: "04/11/2047", start: "20/11/2047", due: "16/01/2048",
    labels: "Members",
    desc: "Depends on the Task Group's decision on item 3 on 19 Nov.\nPublication planned for January 2048.",
  },
  {
    name: "Update membership after Cllr Blundell stood down", bucket: "Admin", progress: "Completed", priority: "Medium",
    to: "Ellie Yeoman", by: "Ellie Yeoman", created: "18/09/2047", start: "18/09/2047", due: "04/10/2047",
    done: "14/10/2047", doneBy: "Ellie Yeoman",
    desc: "Cllr Imran Abbasi (Bradford) moves from substitute to member from 2 Oct.\nLabour Group nominated Cllr Lee Pilkington (Salford) as a substitute - confirmed 10 Oct.\nToR and membership v1.2 issued 14 Oct.",
  },
  {
    name: "Q2 budget monitoring return to EEHT Board", bucket: "Admin", progress: "Completed", priority: "Medium",
    to: "Bethany Walmsley", by: "Bethany Walmsley", created: "01/10/2047", start: "01/10/2047", due: "24/10/2047",
    done: "22/10/2047", doneBy: "Bethany Walmsley", labels: "Budget",
    desc: "",
  },
  {
    name: "Book room and Teams for the 28 January 2048 meeting", bucket: "Admin", progress: "Not started", priority: "Low",
    to: "Ellie Yeoman", by: "Ellie Yeoman", created: "20/10/2047", start: "", due: "10/01/2048",
    desc: "",
  },
];

const rows = tasks.map((t) => [
  tid(), t.name, t.bucket, t.progress, t.priority, t.to, t.by, t.created, t.start ?? "", t.due, "false",
  t.late ? "true" : "false", t.done ?? "", t.doneBy ?? "", t.check ?? "", t.items ?? "", t.labels ?? "", t.desc ?? "",
]);
const W = HEADER.length;
const top = [
  ["Plan name", "FWCTG actions and work plan 2047/48"],
  ["Plan ID", "Qm7cV2tXo0eYl9bN4sHaRGUAFk3E"],
  ["Date of export", "12/11/2047"],
  [],
];
const pad = (r) => [...r, ...new Array(W - r.length).fill("")];
const q = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = [...top, HEADER, ...rows].map((r) => pad(r).map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", BASE + ".csv"), "\ufeff" + csv);

// rendering: as the sheet reads in Excel, one row a line, non-empty cells joined by " | ", line breaks
// inside a cell shown as spaces
const txt = [...top, HEADER, ...rows]
  .map((r) => r.filter((c) => c !== "").map((c) => c.replace(/\n/g, " ")).join(" | "))
  .join("\n");
writeFileSync(join(root, "text", BASE + ".txt"), txt + "\n");
console.log(`wrote docs/${BASE}.csv and text/${BASE}.txt`);
