// Builds docs/psctg-camera-sites-map-2191-11-30-qgis.pdf and its rendering in text/.
// Layout: A QGIS PRINT LAYOUT EXPORTED TO PDF ("Export as PDF", A3 landscape, two pages): the GIS
// analyst's map of the eighteen public space camera sites, Appendix B to item 4 of the meeting of
// 13 December 2191. The items are written in the layout's z-order, as QGIS exports them: first THE MAP
// FRAME (council polygons, roads, a river, the Hub's star, one marker per site coloured by status, the
// site ids as point labels, council names as area labels, road numbers), then the title and subtitle
// labels, THE LEGEND (a symbol patch beside each label; the status labels were edited by the analyst to
// carry the layer's code in brackets, "Awaiting upgrade (AWAIT)"), then THE ATTRIBUTE TABLE ITEM, whose
// header is the layer's RAW FIELD NAMES (site_id, site_name, council, cameras, status, monitored, go_live)
// and whose cells are the RAW VALUES: status as the code alone ("AWAIT"), the council as the short name,
// go_live as an ISO date or "n/a"; "Add pages to show all rows" with "Repeat header": S01-S11 on page 1,
// S12-S18 on page 2 under the header again. Then a scale bar, a north arrow, a notes box, the credits
// label (who produced the map, when, the CRS and the project file) and a page label "page n of 2".
// So a site's status is a code in a table cell, named only by the legend; its place on the map is only a
// marker's position.
// Rendering: title, subtitle, the legend's lines, the attribute table (the header once, then each row,
// cells " | "), the notes and the credits; the map's labels, scale bar, north arrow and page labels left out.
// Synthetic test fixture: every site, council and figure is invented.
//   node src/build-sites-map-qgis-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, SITES, STATUS, TOWN, OFFICERS as O, MAP_AS_AT, MAP_MADE, MEETINGS, longDate } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.map;
const BASE = basename(FILE, extname(FILE));
const PW = 1190.55, PH = 841.89;
const doc = new PDFDocument({
  size: [PW, PH], margin: 0, autoFirstPage: false,
  info: { Title: "psctg_sites_v7 - Appendix B", Creator: "QGIS 3.88.2-Harrowgate", Producer: "Qt 6.14.1 (C) 2190 The Qt Company Ltd.", Author: "lossington" },
});
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));

const out = []; // the rendering's lines
const tbl = []; // the attribute table's lines, put before the notes
const MX = 28, MY = 28, MW = 770, MH = 470; // map frame
const px = (x) => MX + x * MW, py = (y) => MY + y * MH;
const COLOUR = { LIVE: "#1a9641", LOCAL: "#2b83ba", WIP: "#fdae61", AWAIT: "#d7191c", DECOM: "#7f7f7f" };

// ---------------------------------------------------------------- page 1: the map frame
doc.addPage();
doc.rect(MX, MY, MW, MH).fill("#f4f1ea");
const REGIONS = {
  kestleford: [[0, 0], [0.34, 0], [0.36, 0.38], [0.3, 0.44], [0, 0.42]],
  brantmoor: [[0.34, 0], [0.66, 0], [0.64, 0.36], [0.5, 0.37], [0.36, 0.38]],
  ashwold: [[0.66, 0], [1, 0], [1, 0.4], [0.64, 0.36]],
  oxhaven: [[0, 0.42], [0.3, 0.44], [0.33, 0.66], [0.24, 0.74], [0, 0.76]],
  wyrecastle: [[0.3, 0.44], [0.36, 0.38], [0.5, 0.37], [0.48, 0.66], [0.33, 0.66]],
  pilkerton: [[0.5, 0.37], [0.64, 0.36], [0.72, 0.44], [0.7, 0.66], [0.48, 0.66]],
  fallowdene: [[0.64, 0.36], [1, 0.4], [1, 0.68], [0.7, 0.66], [0.72, 0.44]],
  marlhithe: [[0, 0.76], [0.24, 0.74], [0.38, 0.78], [0.4, 1], [0, 1]],
  quistwell: [[0.24, 0.74], [0.33, 0.66], [0.48, 0.66], [0.7, 0.66], [0.66, 0.9], [0.4, 1], [0.38, 0.78]],
  ebbersley: [[0.7, 0.66], [1, 0.68], [1, 1], [0.4, 1], [0.66, 0.9]],
};
const FILLS = ["#e8efe0", "#efe6d8", "#e3ebf0", "#f0e8ea", "#e9e6f0", "#eef0e0", "#e0ece8", "#f2ecdc", "#e6e9ec", "#ece3e0"];
Object.entries(REGIONS).forEach(([k, pts], i) => {
  doc.save().polygon(...pts.map(([x, y]) => [px(x), py(y)])).fillOpacity(1).fillAndStroke(FILLS[i], "#8a7a6a").restore();
});
// river and roads
doc.save().moveTo(px(0), py(0.6)).bezierCurveTo(px(0.25), py(0.5), px(0.45), py(0.75), px(0.7), py(0.6)).bezierCurveTo(px(0.82), py(0.53), px(0.9), py(0.62), px(1), py(0.58)).lineWidth(3).stroke("#9ecae1").restore();
const road = (pts) => { doc.save().moveTo(px(pts[0][0]), py(pts[0][1])); for (const [x, y] of pts.slice(1)) doc.lineTo(px(x), py(y)); doc.lineWidth(2.2).stroke("#e6550d").restore(); };
road([[0.02, 0.25], [0.3, 0.28], [0.55, 0.25], [0.98, 0.3]]);
road([[0.5, 0.02], [0.47, 0.4], [0.55, 0.7], [0.52, 0.98]]);
road([[0.1, 0.95], [0.35, 0.72], [0.62, 0.6], [0.9, 0.5]]);
// area labels (council names), then road numbers and the river's name
doc.fillColor("#6b5d4f").font("i").fontSize(10);
const centroid = (pts) => [pts.reduce((t, p) => t + p[0], 0) / pts.length, pts.reduce((t, p) => t + p[1], 0) / pts.length];
for (const [k, pts] of Object.entries(REGIONS)) {
  const [cx, cy] = centroid(pts);
  doc.text(TOWN[k].toUpperCase(), px(cx) - 45, py(cy) + 14, { width: 90, align: "center", lineBreak: false, characterSpacing: 1.5 });
}
doc.font("c").fontSize(7).fillColor("#a63603");
doc.text("A6012", px(0.12), py(0.255), { lineBreak: false });
doc.text("A640", px(0.475), py(0.08), { lineBreak: false });
doc.text("B5231", px(0.78), py(0.515), { lineBreak: false });
doc.font("i").fontSize(7.5).fillColor("#3182bd").text("River Wyre", px(0.62), py(0.635), { lineBreak: false });
// the Hub
const star = (cx, cy, r) => { const p = []; for (let i = 0; i < 10; i++) { const a = -Math.PI / 2 + (i * Math.PI) / 5, rr = i % 2 ? r / 2.4 : r; p.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]); } return p; };
const HUBXY = [0.51, 0.235];
doc.save().polygon(...star(px(HUBXY[0]), py(HUBXY[1]), 9)).fillAndStroke("#ffd700", "#000").restore();
// site markers and their labels (the labelling engine's order: by the layer's feature order)
const marker = (st, x, y, r = 5.5) => {
  if (st === "DECOM") { doc.save().moveTo(x - r, y - r).lineTo(x + r, y + r).moveTo(x + r, y - r).lineTo(x - r, y + r).lineWidth(2.2).stroke(COLOUR.DECOM).restore(); return; }
  if (st === "AWAIT") { doc.save().circle(x, y, r).lineWidth(2.2).fillAndStroke("#ffffff", COLOUR.AWAIT).restore(); return; }
  if (st === "WIP") { doc.save().polygon([x, y - r - 1], [x + r + 1, y + r], [x - r - 1, y + r]).fillAndStroke(COLOUR.WIP, "#333").restore(); return; }
  if (st === "LOCAL") { doc.save().rect(x - r, y - r, 2 * r, 2 * r).fillAndStroke(COLOUR.LOCAL, "#333").restore(); return; }
  doc.save().circle(x, y, r).fillAndStroke(COLOUR.LIVE, "#333").restore();
};
for (const s of SITES) marker(s.status, px(s.x), py(s.y));
doc.font("b").fontSize(8).fillColor("#000");
for (const s of SITES) doc.text(s.id, px(s.x) + 8, py(s.y) - 4, { lineBreak: false });
doc.lineWidth(1).rect(MX, MY, MW, MH).stroke("#000");

// ---------------------------------------------------------------- title, subtitle
const RX = 822, RW = PW - RX - 28;
const title = `CCTV Renewal Programme: public space camera sites and upgrade status at ${longDate(MAP_AS_AT).replace(/^\w+ /, "")}`;
const subtitle = `Public Space CCTV Task Group, ${longDate(MEETINGS.december).replace(/^\w+ /, "")} – Appendix B to item 4`;
doc.font("b").fontSize(17).fillColor("#000").text(title, RX, 30, { width: RW });
let y = doc.y + 6;
doc.font("r").fontSize(10.5).fillColor("#333").text(subtitle, RX, y, { width: RW });
out.push(title, subtitle);
y = doc.y + 16;

// ---------------------------------------------------------------- legend
doc.lineWidth(0.6).rect(RX, y, RW, 218).stroke("#666");
doc.font("b").fontSize(11).fillColor("#000").text("Legend", RX + 8, y + 8, { lineBreak: false });
out.push("Legend");
doc.font("b").fontSize(9).text("Camera sites – upgrade status", RX + 8, y + 28, { lineBreak: false });
out.push("Camera sites – upgrade status");
let ly = y + 48;
for (const [code, label] of Object.entries(STATUS)) {
  marker(code, RX + 18, ly + 5, 5);
  doc.font("r").fontSize(9).fillColor("#000").text(label, RX + 34, ly, { width: RW - 44 });
  out.push(label);
  ly = doc.y + 6;
}
doc.save().polygon(...star(RX + 18, ly + 5, 7)).fillAndStroke("#ffd700", "#000").restore();
doc.font("r").fontSize(9).fillColor("#000").text("Joint Monitoring Hub", RX + 34, ly, { lineBreak: false });
out.push("Joint Monitoring Hub");
ly += 18;
doc.save().rect(RX + 11, ly, 14, 10).fillAndStroke("#efe6d8", "#8a7a6a").restore();
doc.text("Partner council boundary", RX + 34, ly, { lineBreak: false });
out.push("Partner council boundary");
ly += 18;
doc.save().moveTo(RX + 10, ly + 5).lineTo(RX + 26, ly + 5).lineWidth(2.2).stroke("#e6550d").restore();
doc.text("A and B roads", RX + 34, ly, { lineBreak: false });
out.push("A and B roads");
ly += 18;
doc.save().moveTo(RX + 10, ly + 5).lineTo(RX + 26, ly + 5).lineWidth(3).stroke("#9ecae1").restore();
doc.text("River", RX + 34, ly, { lineBreak: false });
out.push("River");
y += 232;

// ---------------------------------------------------------------- the attribute table (page 1: S01-S11)
const COLS = [["site_id", 48], ["site_name", 196], ["council", 92], ["cameras", 58], ["status", 62], ["monitored", 112], ["go_live", 80]];
const TX = MX, RH = 17;
const header = (ty) => {
  let x = TX;
  for (const [h, w] of COLS) {
    doc.save().rect(x, ty, w, RH).fillAndStroke("#d9d9d9", "#000").restore();
    doc.font("cb").fontSize(9).fillColor("#000").text(h, x + 4, ty + 4, { width: w - 8, lineBreak: false });
    x += w;
  }
  return ty + RH;
};
const row = (s, ty) => {
  let x = TX;
  const vals = [s.id, s.name, TOWN[s.c], String(s.cams), s.status, s.mon, s.live];
  COLS.forEach(([, w], i) => {
    doc.lineWidth(0.5).rect(x, ty, w, RH).stroke("#000");
    doc.font("c").fontSize(9).fillColor("#000").text(vals[i], x + 4, ty + 4, { width: w - 8, lineBreak: false, align: i === 3 ? "right" : "left" });
    x += w;
  });
  return vals;
};
tbl.push(COLS.map(([h]) => h).join(" | "));
let ty = header(MY + MH + 16);
for (const s of SITES.slice(0, 11)) { tbl.push(row(s, ty).join(" | ")); ty += RH; }

// ---------------------------------------------------------------- scale bar, north arrow
const sbx = RX, sby = y + 6;
for (let i = 0; i < 4; i++) doc.save().rect(sbx + i * 40, sby, 40, 6).fillAndStroke(i % 2 ? "#fff" : "#000", "#000").restore();
doc.font("r").fontSize(8).fillColor("#000");
for (let i = 0; i <= 4; i++) doc.text(String(i), sbx + i * 40 - 3, sby + 9, { lineBreak: false });
doc.text("km", sbx + 168, sby + 9, { lineBreak: false });
doc.save().polygon([RX + RW - 20, sby - 6], [RX + RW - 28, sby + 16], [RX + RW - 20, sby + 10], [RX + RW - 12, sby + 16]).fill("#000").restore();
doc.font("b").fontSize(10).text("N", RX + RW - 24, sby - 20, { lineBreak: false });

// ---------------------------------------------------------------- notes and credits
const notes = `Notes: Status as reported by the partner councils to the programme team on ${longDate(MAP_AS_AT).replace(/^\w+ /, "")}. Sites marked DECOM are proposed for decommissioning after the annual review of camera justification and are subject to the Task Group's decision on ${longDate(MEETINGS.december).replace(/^\w+ /, "")} (item 5). "Recorded only" means the cameras record but are not watched live. go_live is the date a site's upgraded cameras went, or are planned to go, live. Camera counts are fixed public space cameras; redeployable cameras are not shown.`;
doc.lineWidth(0.6).rect(RX, sby + 34, RW, 150).stroke("#666");
doc.font("r").fontSize(8.5).fillColor("#000").text(notes, RX + 8, sby + 42, { width: RW - 16 });
out.push(notes);
const credits = `Map produced by ${O.lo.name}, ${O.lo.post}, ${MAP_MADE}. CRS: EPSG:27700 (British National Grid). Project: psctg_sites_v7.qgz. Contains OS data © Crown copyright and database right 2191. Licence number AC0000849217.`;
doc.font("r").fontSize(7.5).fillColor("#444").text(credits, RX, PH - 86, { width: RW });
out.push(credits);
doc.font("r").fontSize(7.5).fillColor("#444").text("page 1 of 2", PW - 80, PH - 20, { lineBreak: false });

// ---------------------------------------------------------------- page 2: the table's second frame, header repeated
doc.addPage();
doc.font("b").fontSize(13).fillColor("#000").text("Camera sites at 30 November 2191 – attribute table (continued)", MX, 30, { lineBreak: false });
ty = header(60);
for (const s of SITES.slice(11)) { tbl.push(row(s, ty).join(" | ")); ty += RH; }
doc.font("r").fontSize(7.5).fillColor("#444").text("page 2 of 2", PW - 80, PH - 20, { lineBreak: false });

doc.end();
// the attribute table in the rendering comes after the legend and before the notes (the order a reader takes it)
out.splice(out.findIndex((l) => l.startsWith("Notes: ")), 0, ...tbl);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote docs/" + FILE + " and text/" + BASE + ".txt");
