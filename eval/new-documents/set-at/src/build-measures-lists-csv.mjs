// Builds docs/libraries-panel-performance-measures-2098-99-q2.csv and its rendering in text/.
// Layout: A MICROSOFT LISTS (SHAREPOINT) LIST EXPORTED WITH "Export > Export to CSV": a UTF-8 byte order
// mark, CRLF row ends, the list's display column names as the header (with SharePoint's own columns at
// the end: Modified, Modified By, Created By, Item Type, Path, and an empty Compliance Asset Id), rows in
// the view's order (sorted by Modified, newest first, not by measure ID), person columns as display
// names, every field quoted only when it must be, MULTI-LINE COMMENTARY FIELDS holding line breaks (LF
// inside a CRLF file) and "doubled" quotation marks, an em dash for "no figure", the RAG status as a
// word ("Green", "Amber", "Red", "Not rated") with the previous quarter's in a separate column, and no
// key or title row: the quarter is named only in the column headings.
// Rendering: the header and each row on one line, cells joined by " | ", line breaks inside a cell
// written as a space.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-measures-lists-csv.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, MEASURES } from "./common.mjs";

const BASE = "libraries-panel-performance-measures-2098-99-q2";
const HEAD = ["Title", "Measure ID", "Workstream", "Lead officer", "Unit", "Baseline 2097/98", "Target 2098/99", "Q1 actual (Apr-Jun)", "Q2 actual (Jul-Sep)", "RAG Q1", "RAG Q2", "Direction of travel", "Commentary", "Data source", "Compliance Asset Id", "Modified", "Modified By", "Created By", "Item Type", "Path"];
const toDate = (s) => { const [d, t] = s.split(" "); const [dd, mm, yy] = d.split("/"); return new Date(`${yy}-${mm}-${dd}T${t}`); };
const rows = [...MEASURES].sort((a, b) => toDate(b.mod) - toDate(a.mod));
const cells = (r) => [r.title, r.id, r.ws, r.lead, r.unit, r.base, r.target, r.q1, r.q2, r.prev, r.rag, r.trend, r.comm, r.src, "", r.mod, r.by, "Bartholomew Yeo", "Item", "sites/LibrariesProgramme/Lists/Performance measures 2098-99"];
const q = (s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = "\ufeff" + [HEAD, ...rows.map(cells)].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", BASE + ".csv"), csv);
const txt = [HEAD, ...rows.map(cells)].map((r) => r.map((c) => c.replace(/\n/g, " ")).join(" | ")).join("\n") + "\n";
writeFileSync(join(root, "text", BASE + ".txt"), txt);
console.log(`wrote docs/${BASE}.csv (${rows.length} rows) and text/${BASE}.txt`);
