// Builds docs/oral-health-delivery-tracker-2066-11.html: a Microsoft Lists / SharePoint list view saved from the
// browser ("OHITG Delivery Tracker 2066/67", view "By delivery confidence": rows grouped under collapsible group
// headers "Delivery confidence : Stalled (2)", person columns, choice pills, Modified / Modified By columns, a view
// selector and command bar), and its rendering text/oral-health-delivery-tracker-2066-11.txt (what a reader sees, in
// reading order, each row as "cell | cell"). Synthetic test fixture.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TRACKER, CONFIDENCE, OFFICERS, check } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "oral-health-delivery-tracker-2066-11";
check();
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const T = []; // rendering lines
const initials = (n) => n.split(" ").map((w) => w[0]).join("");
const pillColour = { Stalled: "#fde7e9;color:#a4262c", Drifting: "#fff4ce;color:#8a5300", "On course": "#dff6dd;color:#107c10", Delivered: "#deecf9;color:#004578" };
const wsColour = { Prevention: "#e8daef", Access: "#d4e6f1", Fluoridation: "#d0ece7", "Care homes": "#fadbd8", "Sugar reduction": "#fcf3cf", Evidence: "#e5e8e8", Governance: "#ebdef0" };
const person = (k) => `<span class="od-persona"><span class="od-persona-initials" aria-hidden="true" data-initials="${initials(OFFICERS[k].name)}"></span><button class="od-persona-name" type="button">${esc(OFFICERS[k].name)}</button></span>`;

const H = [];
H.push(`<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<title>OHITG Delivery Tracker 2066/67 - By delivery confidence</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:"Segoe UI",Arial,sans-serif;font-size:14px;margin:0;color:#323130}
#SuiteNavWrapper{background:#03787c;color:#fff;height:48px;display:flex;align-items:center;padding:0 12px;gap:16px}
#SuiteNavWrapper .app{font-weight:600;font-size:16px}
#SuiteNavWrapper input{width:360px;border:0;border-radius:4px;padding:6px}
.siteHeader{padding:16px 32px;border-bottom:1px solid #edebe9}
.siteHeader h1{font-size:20px;margin:0}
.siteNav a{margin-right:18px;color:#03787c;text-decoration:none}
.commandBar{display:flex;gap:14px;padding:8px 32px;border-bottom:1px solid #edebe9}
.commandBar button{background:none;border:0;font:inherit;color:#323130}
.commandBar .right{margin-left:auto}
.listHeader{padding:16px 32px 4px}
.listHeader h2{font-size:24px;font-weight:600;margin:0 0 6px}
.listDescription{max-width:900px;color:#605e5c}
.viewSwitcher{padding:0 32px 8px}
.ms-DetailsList{padding:0 32px}
table.od-list{border-collapse:collapse;width:100%}
table.od-list th{text-align:left;font-weight:600;border-bottom:1px solid #edebe9;padding:8px;white-space:nowrap}
table.od-list td{border-bottom:1px solid #f3f2f1;padding:8px;vertical-align:top}
tr.od-group-header td{background:#faf9f8;font-weight:600;padding-top:14px}
.od-group-chevron{display:inline-block;width:16px}
.pill{border-radius:12px;padding:2px 10px;display:inline-block;white-space:nowrap}
.od-persona-initials{display:inline-block;width:24px;height:24px;border-radius:50%;background:#c7e0f4;vertical-align:middle;margin-right:6px}
.od-persona-name{background:none;border:0;font:inherit;color:#323130;padding:0}
footer.listFooter{padding:12px 32px;color:#605e5c}
</style>
</head>
<body>`);
// chrome
H.push(`<div id="SuiteNavWrapper" role="banner"><span class="waffle" aria-label="App launcher">&#x2637;</span><span class="app">SharePoint</span><input type="search" placeholder="Search this list" aria-label="Search this list"><span class="me" aria-label="Account manager for Orla Kinsella"></span></div>`);
H.push(`<header class="siteHeader"><h1>Community Wellbeing</h1><nav class="siteNav" aria-label="Site navigation"><a href="#">Home</a><a href="#">Documents</a><a href="#">OHITG Papers</a><a href="#">OHITG Delivery Tracker 2066/67</a><a href="#">Site contents</a></nav></header>`);
T.push("SharePoint", "Community Wellbeing", "Home", "Documents", "OHITG Papers", "OHITG Delivery Tracker 2066/67", "Site contents");
H.push(`<div class="commandBar" role="menubar"><button>+ New</button><button>Edit in grid view</button><button>Share</button><button>Export</button><button>Automate</button><button>Integrate</button><span class="right"><button aria-haspopup="listbox" id="viewSwitcher">By delivery confidence &#x25BE;</button><button aria-label="Filter">Filter</button></span></div>`);
T.push("+ New | Edit in grid view | Share | Export | Automate | Integrate | By delivery confidence | Filter");
// view selector menu (closed; options listed in the DOM)
H.push(`<ul class="viewMenu" role="listbox" aria-label="Views" hidden><li role="option">All items</li><li role="option" aria-selected="true">By delivery confidence</li><li role="option">By workstream</li><li role="option">My items</li><li role="option">Save view as</li></ul>`);
H.push(`<main id="spPageCanvasContent">`);
H.push(`<div class="listHeader"><h2>OHITG Delivery Tracker 2066/67</h2>`);
T.push("OHITG Delivery Tracker 2066/67");
const desc = `Oral Health Improvement Task Group: the 14 items of the Oral Health Delivery Plan 2066/67. Leads update their items before each meeting; exceptions (Stalled and Drifting) are reported to the task group.`;
const key = "Delivery confidence key: " + CONFIDENCE.map((c) => `${c.value} = ${c.colour}, ${c.meaning}`).join("; ") + ".";
H.push(`<div class="listDescription"><p>${esc(desc)}</p><p>${esc(key)}</p></div></div>`);
T.push(desc, key);
H.push(`<div class="viewSwitcher">View: <strong>By delivery confidence</strong> &middot; Grouped by Delivery confidence &middot; 14 items</div>`);
T.push("View: By delivery confidence · Grouped by Delivery confidence · 14 items");
const cols = ["Ref", "Title", "Workstream", "Lead", "Delivery confidence", "Target date", "Latest update", "Modified", "Modified By"];
H.push(`<div class="ms-DetailsList" role="grid" aria-label="OHITG Delivery Tracker 2066/67"><table class="od-list"><thead><tr><th class="check" aria-label="Select all"></th>${cols.map((c) => `<th scope="col" role="columnheader"><button class="hdr" type="button">${esc(c)}</button></th>`).join("")}</tr></thead><tbody>`);
T.push(cols.join(" | "));
for (const c of CONFIDENCE) {
  const rows = TRACKER.filter((t) => t.conf === c.value);
  H.push(`<tr class="od-group-header" role="row" aria-expanded="true"><td colspan="10"><button class="od-group-chevron" aria-label="Collapse group">&#x2304;</button><span class="groupName">Delivery confidence : ${esc(c.value)}</span> <span class="groupCount">(${rows.length})</span></td></tr>`);
  T.push(`Delivery confidence : ${c.value} (${rows.length})`);
  for (const t of rows) {
    H.push(`<tr role="row" class="od-row"><td class="check"><span role="checkbox" aria-checked="false" aria-label="Select row"></span></td>` +
      `<td>${esc(t.ref)}</td><td><a href="#" class="od-title">${esc(t.title)}</a></td>` +
      `<td><span class="pill" style="background:${wsColour[t.ws]}">${esc(t.ws)}</span></td>` +
      `<td>${person(t.lead)}</td>` +
      `<td><span class="pill" style="background:${pillColour[t.conf]}">${esc(t.conf)}</span></td>` +
      `<td>${esc(t.target)}</td><td>${esc(t.update)}</td><td>${esc(t.modified)}</td><td>${person(t.by)}</td></tr>`);
    T.push([t.ref, t.title, t.ws, OFFICERS[t.lead].name, t.conf, t.target, t.update, t.modified, OFFICERS[t.by].name].join(" | "));
  }
}
H.push(`</tbody></table></div>`);
H.push(`</main>`);
H.push(`<footer class="listFooter">Showing 14 of 14 items</footer>`);
T.push("Showing 14 of 14 items");
H.push(`</body>\n</html>\n`);
writeFileSync(join(root, "docs", BASE + ".html"), H.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), T.join("\n") + "\n");
console.log("wrote", BASE);
