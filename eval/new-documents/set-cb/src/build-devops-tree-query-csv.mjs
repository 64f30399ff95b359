// Builds docs/lscp-cleaner-streets-devops-tree-query-2622-03-08.csv and its rendering: the Cleaner
// Streets Programme as an Azure DevOps Boards tree query ("Work items and direct links" / "Tree of work
// items", parent/child) exported with "Export to CSV". As the export does for a tree query, the title is
// spread over "Title 1", "Title 2" and "Title 3" columns by the item's depth in the tree, so a project's
// name is in a different column from its risk's or task's; every field is quoted, CRLF line ends, a byte
// order mark; people are "Display Name <address>"; dates in the exporting user's locale with a time of
// 00:00:00; custom fields ("RAG Status", "Lead Member", "Budget (£)", "Likelihood", "Impact", "Risk Score")
// are empty on the work item types that do not have them; Description is the HTML of the rich-text field;
// the RAG key and the risk bands are only in the programme epic's description.
//   node src/build-devops-tree-query-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, DOCS, WORKSTREAMS, PROJECTS, RISKS, TASKS, RAG_KEY, OFFICERS, P, ado, cllr, PROGRAMME, BODY, FUND, PROGRAMME_BUDGET, gbp } from "./common.mjs";

const COLS = ["ID", "Work Item Type", "Title 1", "Title 2", "Title 3", "State", "Assigned To", "RAG Status", "Lead Member", "Target Date", "Budget (£)", "Likelihood", "Impact", "Risk Score", "Tags", "Area Path", "Iteration Path", "Changed Date", "Changed By", "Description"];
const AREA = "LGA Programmes\\Cleaner Streets";
const ITER = "LGA Programmes\\2621-22\\Q4";
const dt = (d) => (d ? `${d} 00:00:00` : "");
const rows = [];
const row = (o) => rows.push(COLS.map((c) => (o[c] == null ? "" : String(o[c]))));

// the programme epic: key, bands and budget only here
const keyHtml =
  `<div><b>${PROGRAMME}</b> - reports to the ${BODY} (papers via Democratic Services).</div>` +
  `<div><b>RAG Status</b> (Features only): ${RAG_KEY.map(([k, v]) => `${k} - ${v}`).join("; ")}.</div>` +
  `<div><b>Risk Score</b> = Likelihood x Impact, each scored 1 to 5: 15 to 25 red, 8 to 12 amber, 1 to 6 green. Risks sit under the Feature they threaten, or here when they threaten the whole programme.</div>` +
  `<div>Programme budget 2621-23: ${gbp(PROGRAMME_BUDGET)} (the Budget field of the Features). The ${FUND} is reported to the Panel separately.</div>`;
row({ ID: 5200, "Work Item Type": "Epic", "Title 1": "Programme management, key and programme risks", State: "Active", "Assigned To": ado("lavelle"), Tags: "Programme", "Area Path": AREA, "Iteration Path": ITER, "Changed Date": "04/03/2622 16:22:10", "Changed By": ado("hewish"), Description: keyHtml });

const riskRow = (r, depth) =>
  row({
    ID: r.id, "Work Item Type": "Risk", [`Title ${depth}`]: `${r.ref} ${r.title}`, State: r.state, "Assigned To": ado(r.owner),
    Likelihood: r.l, Impact: r.i, "Risk Score": r.score, Tags: r.state === "Closed" ? "Closed risk" : "",
    "Area Path": AREA, "Iteration Path": ITER, "Changed Date": r.state === "Closed" ? "04/02/2622 10:05:44" : "01/03/2622 11:40:02", "Changed By": ado(r.owner),
    Description: `<div><b>Mitigation:</b> ${r.mitigation}</div>`,
  });
const taskRow = (t, depth) =>
  row({ ID: t.id, "Work Item Type": "Task", [`Title ${depth}`]: t.title, State: t.state, "Assigned To": ado(t.owner), "Target Date": dt(t.target), "Area Path": AREA, "Iteration Path": ITER, "Changed Date": "06/03/2622 09:12:31", "Changed By": ado(t.owner), Description: "" });

for (const r of RISKS.filter((r) => r.parent === 5200)) riskRow(r, 2);
for (const ws of WORKSTREAMS) {
  row({ ID: ws.id, "Work Item Type": "Epic", "Title 1": ws.title, State: "Active", "Assigned To": ado(ws.owner), "Area Path": `${AREA}\\${ws.area}`, "Iteration Path": ITER, "Changed Date": "12/01/2622 14:03:55", "Changed By": ado("hewish"), Description: "" });
  for (const p of PROJECTS.filter((p) => p.ws === ws.id)) {
    const desc = `<div>${p.progress}</div>` + (p.was ? `<div>Target date moved from ${p.was}.</div>` : "");
    row({
      ID: p.id, "Work Item Type": "Feature", "Title 2": `${p.ref} ${p.title}`, State: p.state, "Assigned To": ado(p.owner), "RAG Status": p.rag,
      "Lead Member": p.lead ? cllr(p.lead) : "", "Target Date": dt(p.target), "Budget (£)": p.budget, Tags: p.tags,
      "Area Path": `${AREA}\\${ws.area}`, "Iteration Path": ITER, "Changed Date": p.state === "Closed" ? "03/02/2622 17:31:09" : "05/03/2622 15:47:26", "Changed By": ado(p.owner), Description: desc,
    });
    for (const r of RISKS.filter((r) => r.parent === p.id)) riskRow(r, 3);
    for (const t of TASKS.filter((t) => t.parent === p.id)) taskRow(t, 3);
  }
}

const q = (v) => `"${v.replace(/"/g, '""')}"`;
const csv = "\uFEFF" + [COLS, ...rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", DOCS.devops), csv, "utf8");

// rendering: the header, then each work item's non-empty fields joined by " | ", the description's tags
// removed (a block boundary as a space)
const plain = (h) => h.replace(/<\/div>\s*<div>/g, " ").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
const out = [COLS.join(" | ")];
for (const r of rows) out.push(r.map((v, i) => (COLS[i] === "Description" ? plain(v) : v)).filter((v) => v !== "").join(" | "));
writeFileSync(join(root, "text", basename(DOCS.devops, ".csv") + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${DOCS.devops} (${rows.length} work items)`);
