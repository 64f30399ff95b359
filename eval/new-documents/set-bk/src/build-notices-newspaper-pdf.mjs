// Builds docs/sallowmere-gazette-public-notices-2232-03-08.pdf and its rendering in text/.
// Layout: A LOCAL NEWSPAPER'S PUBLIC NOTICES PAGE, AS THE E-EDITION PAGE PDF (pdfkit, one tabloid page
// 842 × 1191 pt, DejaVu Serif Condensed and Sans Condensed embedded): the paper's folio line (page
// number, title, date, web address) over a black "PUBLIC NOTICES" banner, then FIVE NARROW COLUMNS WITH
// RULES BETWEEN THEM, the notices set one after another down each column and on into the next, each
// headed by its issuer and its statutory heading in capitals, centred, separated by rules; body text
// justified in 7.3 pt. The Joint Committee's two notices – the NOTICE OF MEETING of 22 March 2232 with
// its agenda and the NOTICE OF INTENTION TO CONDUCT BUSINESS IN PRIVATE (item 8, and the deadline for
// representations), and the NOTICE OF CONSULTATION on the draft model conditions for general safety
// certificates with A TABLE OF PROPOSED FEES SET WITH DOT LEADERS – sit among other bodies' notices
// with dates and places of their own: a temporary road closure for a 10K race, an experimental match-day
// parking order round one of the grounds, a premises licence application at another, planning
// applications (one a temporary stand), a stewards-wanted advertisement and a list of deceased estates
// (Trustee Act notices) "continued on page 48". Notices run over column breaks mid-paragraph. Text is
// drawn column by column, top to bottom, so a reader that follows the drawing order reads each notice
// whole; one that reads across the page by height mixes five notices in a line.
// Rendering: the folio line and the banner, then each notice's lines, a paragraph a line (joined where it
// crosses a column), a fee row as "label | amount"; the footer line at the end.
// Synthetic test fixture: every council, person, road, business and date is invented.
//   node src/build-notices-newspaper-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, HOST, MEETINGS, KEY_DATES as K, OFFICERS as O, FEES, full, long } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.notices;
const BASE = basename(FILE, extname(FILE));
const PW = 842, PH = 1191, ML = 30, MR = 30, TOP = 112, BOTTOM = PH - 44, NCOL = 5, GUT = 11;
const CW = (PW - ML - MR - GUT * (NCOL - 1)) / NCOL;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, info: { Title: "Sallowmere Gazette and Advertiser – 08/03/2232 – Page 47", Author: "Sallowmere Gazette and Advertiser", Creator: "Adobe InDesign 42.1 (Windows)", Producer: "Adobe PDF Library 38.0", CreationDate: new Date("2232-03-07T18:20:00Z"), ModDate: new Date("2232-03-07T18:20:00Z") } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("serif", join(FONTS, "DejaVuSerifCondensed.ttf"))
  .registerFont("serifB", join(FONTS, "DejaVuSerifCondensed-Bold.ttf"))
  .registerFont("serifI", join(FONTS, "DejaVuSerifCondensed-Italic.ttf"))
  .registerFont("sans", join(FONTS, "DejaVuSansCondensed.ttf"))
  .registerFont("sansB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));

const out = []; // rendering
// ---------------------------------------------------------------- page furniture
doc.font("sans").fontSize(8).fillColor("#000");
const folio = ["47", "Sallowmere Gazette and Advertiser", `${full(K.gazette)}`, "www.sallowmeregazette.co.uk"];
doc.text(folio[0], ML, 30, { lineBreak: false });
doc.font("sansB").fontSize(9).text(folio[1], ML + 40, 29.5, { lineBreak: false });
doc.font("sans").fontSize(8).text(folio[2], PW / 2 - doc.widthOfString(folio[2]) / 2 + 60, 30, { lineBreak: false });
doc.text(folio[3], PW - MR - doc.widthOfString(folio[3]), 30, { lineBreak: false });
doc.moveTo(ML, 44).lineTo(PW - MR, 44).lineWidth(0.6).stroke();
out.push(folio.join(" | "));
doc.rect(ML, 52, PW - ML - MR, 40).fill("#111");
doc.fillColor("#fff").font("sansB").fontSize(26).text("PUBLIC NOTICES", ML + 12, 58, { lineBreak: false });
const sub = "Legal and statutory notices · To place a notice call 0117 496 0990 or e-mail publicnotices@sallowmeregazette.co.uk";
doc.font("sans").fontSize(8).text(sub, PW - MR - 12 - doc.widthOfString(sub), 72, { lineBreak: false });
doc.fillColor("#000");
out.push("PUBLIC NOTICES | " + sub);
// the last two columns stop above a display advertisement two columns wide
const AD_H = 300, COL_BOTTOM = [BOTTOM, BOTTOM, BOTTOM, BOTTOM - AD_H - 10, BOTTOM - AD_H - 10];
for (let c = 1; c < NCOL; c++) { const x = ML + c * (CW + GUT) - GUT / 2; doc.moveTo(x, TOP - 4).lineTo(x, c === 4 ? COL_BOTTOM[4] : BOTTOM).lineWidth(0.4).strokeColor("#666").stroke(); }
doc.strokeColor("#000");

// ---------------------------------------------------------------- the column flow
let col = 0, y = TOP;
const X = () => ML + col * (CW + GUT);
const need = (h) => {
  if (y + h > COL_BOTTOM[col]) {
    col++;
    y = TOP;
    if (col >= NCOL) throw new Error("page full");
  }
};
const wrap = (text, font, size, width) => {
  doc.font(font).fontSize(size);
  const words = text.split(/ +/), lines = [];
  let cur = "";
  for (const w of words) {
    const t = cur ? cur + " " + w : w;
    if (doc.widthOfString(t) <= width || !cur) cur = t;
    else { lines.push(cur); cur = w; }
  }
  if (cur) lines.push(cur);
  return lines;
};
// one paragraph: justified (or centred / left), indented first line optional; rendering: the whole text
const para = (text, o = {}) => {
  const font = o.font ?? "serif", size = o.size ?? 7.6, lh = size * (o.lead ?? 1.2), indent = o.indent ?? 0;
  const width = CW - indent;
  const lines = wrap(text, font, size, width);
  lines.forEach((ln, i) => {
    need(lh);
    doc.font(font).fontSize(size);
    const w = doc.widthOfString(ln);
    let x = X() + indent, ws = 0;
    if (o.align === "center") x = X() + (CW - w) / 2;
    else if (o.align === "right") x = X() + CW - w;
    else if (o.align !== "left" && o.align !== "right" && i < lines.length - 1) { const gaps = ln.split(" ").length - 1; if (gaps) ws = (width - w) / gaps; }
    doc.text(ln, x, y, { lineBreak: false, wordSpacing: ws });
    y += lh;
  });
  y += o.after ?? 2.5;
  if (o.render !== false) out.push(o.renderAs ?? text);
};
const start = () => need(95); // a notice's heading is kept with its first lines
const head = (text, o = {}) => para(text, { font: "sansB", size: o.size ?? 8, align: "center", after: o.after ?? 1.5, lead: 1.15 });
const rule = (gap = 5) => { need(gap * 2); y += gap; doc.moveTo(X(), y).lineTo(X() + CW, y).lineWidth(0.5).stroke(); y += gap; };
// a dotted-leader row: label (wrapped), dots, amount at the right
const leader = (label, amount) => {
  const size = 7.6, lh = size * 1.2;
  doc.font("serif").fontSize(size);
  const aw = doc.widthOfString(amount);
  const lines = wrap(label, "serif", size, CW - aw - 14);
  lines.forEach((ln, i) => {
    need(lh);
    doc.font("serif").fontSize(size).text(ln, X() + 6, y, { lineBreak: false });
    if (i === lines.length - 1) {
      const lw = doc.widthOfString(ln), dots = ".".repeat(Math.max(2, Math.floor((CW - 6 - lw - aw - 6) / doc.widthOfString("."))));
      doc.text(dots, X() + 6 + lw + 2, y, { lineBreak: false });
      doc.text(amount, X() + CW - aw, y, { lineBreak: false });
    }
    y += lh;
  });
  out.push(`${label} | ${amount}`);
};

// ---------------------------------------------------------------- notice 1: the meeting and the private item
const M = MEETINGS.march;
start();
head("SALLOWMERE COUNTY COUNCIL", { size: 9.5 });
head(BODY.toUpperCase());
head("NOTICE OF MEETING", { size: 8.5, after: 3 });
para(`NOTICE IS HEREBY GIVEN that a meeting of the ${BODY} will be held in the Council Chamber, County Hall, Castle Street, Sallowmere on ${full(M)} at 10.00am.`);
para("The meeting is open to the press and public except for item 8. The agenda is:");
const AGENDA = [
  "Apologies and substitutes",
  "Declarations of interest",
  `Minutes of the meeting held on ${long(MEETINGS.dec)}`,
  "Chair's urgent decision UD-2232-01: Tanyard Lane East Stand",
  "Ground Safety Programme 2231/32: performance at quarter 3, risks and budget",
  "Brantwick Road Stadium fan zone: safety advisory group report",
  "Structural engineering advice: framework contract from 1 June 2232",
  "Tanyard Lane East Stand: the club's interim survey (exempt)",
];
AGENDA.forEach((t, i) => para(`${i + 1}. ${t}`, { align: "left", indent: 6, after: 1 }));
y += 2;
head("NOTICE OF INTENTION TO CONDUCT BUSINESS IN PRIVATE", { size: 7.8, after: 2.5 });
para("The Joint Committee intends to consider item 8 in private because it is likely to disclose information about the financial or business affairs of a particular person, other than the authority (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972).");
para(`Anyone who wishes to make representations about why the item should be considered in public should write to ${O.jupe.name}, ${O.jupe.post}, County Hall, Castle Street, Sallowmere, or e-mail ${O.jupe.email} (telephone ${O.jupe.phone}), by 5pm on ${full(K.privateReps)}. Any representations received, and the response to them, will be published with the agenda.`);
para(`The agenda papers will be published on ${full(K.privateReps)} at www.sallowmere.gov.uk/committees.`);
para(`Dated ${long(K.gazette)}`, { align: "left", after: 0.5 });
para(`${O.sewter.name}, ${O.sewter.post}, for and on behalf of the Joint Committee`, { align: "left", font: "serifI" });
rule();

// ---------------------------------------------------------------- notice 2: the consultation and fees
start();
head("SALLOWMERE COUNTY COUNCIL", { size: 9.5 });
head("SAFETY OF SPORTS GROUNDS");
head("CONSULTATION ON DRAFT MODEL CONDITIONS FOR GENERAL SAFETY CERTIFICATES AND PROPOSED FEES 2232/33", { size: 7.8, after: 3 });
para(`The ${BODY}, on behalf of ${HOST} as the certifying authority, is consulting on draft model conditions to be attached to every general safety certificate for a sports ground in the county. The draft includes new conditions on accessible viewing, stewarding ratios, fan zones and the inspection of regulated stands.`);
para(`The consultation runs from ${full(K.consultOpen)} until 5pm on ${full(K.consultClose)}.`);
para("The draft conditions may be seen at www.sallowmere.gov.uk/groundsafety, at the reception of County Hall, and at the main offices of Brantwick City Council, Cradbury Borough Council, Marlbeck District Council, Fellhampton District Council and Tewsley Borough Council during normal office hours.");
para("The Joint Committee also proposes the following fees from 1 June 2232 (no VAT is payable):");
for (const [l, a] of FEES) leader(l, a);
y += 3;
para(`A drop-in session for clubs and event organisers will be held on ${full("2232-03-27")} from 4pm to 7pm in the Main Stand lounge, Brantwick Road Stadium.`);
para(`Responses should be sent to safety.certification@sallowmere.gov.uk or in writing to the ${O.sewter.post}, County Hall, Castle Street, Sallowmere.`);
para(`Dated ${long(K.gazette)}`, { align: "left", after: 0.5 });
para(`${O.sewter.name}, ${O.sewter.post}`, { align: "left", font: "serifI" });
rule();

// ---------------------------------------------------------------- notice 3: road closure for the 10K
start();
head("BRANTWICK CITY COUNCIL", { size: 9.5 });
head("ROAD TRAFFIC REGULATION ACT 1984 – SECTION 16A");
head("THE BRANTWICK CITY COUNCIL (BRANTWICK 10K) (TEMPORARY PROHIBITION OF TRAFFIC) ORDER 2232", { size: 7.5, after: 3 });
para(`NOTICE IS HEREBY GIVEN that Brantwick City Council intends to make an Order to prohibit vehicles from entering or proceeding in the roads listed below between 7.00am and 1.00pm on ${full(K.tenK)}, to enable the Brantwick 10K road race to take place safely.`);
para("Roads: Brantwick Road (between Station Approach and Harrier Way); Harrier Way; Kilnfield Avenue; Quayside (between Mill Bridge and Ropewalk); Ropewalk.");
para("The alternative route for vehicles will be via Station Approach, the Inner Ring Road and Tollgate Street, and will be signed. Access for emergency vehicles will be kept at all times.");
para(`Dated ${long(K.gazette)}. Director of Place, Brantwick City Council, Civic Centre, Brantwick.`, { align: "left" });
rule();

// ---------------------------------------------------------------- notice 4: experimental match-day parking order
start();
head("TEWSLEY BOROUGH COUNCIL", { size: 9.5 });
head("THE TEWSLEY BOROUGH COUNCIL (TANYARD LANE AREA) (MATCH DAY PARKING) (EXPERIMENTAL) ORDER 2232", { size: 7.5, after: 3 });
para(`NOTICE IS HEREBY GIVEN that Tewsley Borough Council has made the above Order, which comes into force on ${full("2232-03-17")} and may remain in force for up to 18 months.`);
para("The effect of the Order is to prohibit waiting at any time on match days, from two hours before kick-off until one hour after the end of the match, in Tanyard Lane, Tannery Close, Beck Street and Orchard Rise, Tewsley, except for holders of a residents' match day permit. Match days will be shown on signs at the entrance to each road.");
para("Any person may object to the Order being made permanent within six months of the date on which it comes into force, by writing to the Parking Services Manager, Tewsley Borough Council, Town Hall, Tewsley.");
para(`Dated ${long(K.gazette)}. Head of Legal Services, Tewsley Borough Council.`, { align: "left" });
rule();

// ---------------------------------------------------------------- notice 5: licence application
start();
head("LICENSING ACT 2003", { size: 9 });
head("NOTICE OF APPLICATION FOR A PREMISES LICENCE", { size: 7.8, after: 3 });
para("Notice is given that Marlbeck Racecourse Ltd has applied to Marlbeck District Council on 5 March 2232 for a premises licence for the Paddock Bar, Marlbeck Racecourse, Racecourse Road, Marlbeck.");
para("The application is for the sale of alcohol for consumption on the premises from 11.00am to 11.00pm on race days, and the provision of recorded music from 11.00am to 11.30pm on race days.");
para("Any responsible authority or other person may make representations in writing to the Licensing Team, Marlbeck District Council, Council Offices, Market Place, Marlbeck, by 2 April 2232. The register of applications may be seen at the same address.");
para("It is an offence knowingly or recklessly to make a false statement in connection with an application; the maximum fine on summary conviction is unlimited.", { font: "serifI" });
rule();

// ---------------------------------------------------------------- notice 5a: variation for the fan zone
start();
head("LICENSING ACT 2003", { size: 9 });
head("NOTICE OF APPLICATION TO VARY A PREMISES LICENCE", { size: 7.8, after: 3 });
para("Notice is given that Brantwick Athletic FC Ltd has applied to Brantwick City Council on 6 March 2232 to vary the premises licence for Brantwick Road Stadium, Brantwick Road, Brantwick, to add a fan zone for up to 2,500 people beside the South Stand, with the sale of alcohol from two hours before kick-off until 30 minutes after the end of each home match, and live and recorded music in the fan zone on match days.");
para("Representations may be made in writing to the Licensing Service, Brantwick City Council, Civic Centre, Brantwick, by 3 April 2232.");
rule();

// ---------------------------------------------------------------- notice 6: planning applications
start();
head("CRADBURY BOROUGH COUNCIL", { size: 9.5 });
head("TOWN AND COUNTRY PLANNING – APPLICATIONS RECEIVED", { size: 7.8, after: 3 });
para("The following applications may be seen at www.cradbury.gov.uk/planning. Comments should be made by 29 March 2232.");
para("CB/2232/0187 – Cradbury Park, Stadium Road, Cradbury: temporary seated stand of 1,400 seats at the north end of the ground for the 2232/33 season, with access ramps.");
para("CB/2232/0192 – 6 Weavers Row, Cradbury: single-storey rear extension.");
para("CB/2232/0203 – Land at Hollow Lane, Cradbury: change of use of agricultural building to a farm shop and café (listed building consent also sought).");
rule();

// ---------------------------------------------------------------- advertisement
need(70);
const boxTop = y;
head("TEWSLEY TOWN FC", { size: 10 });
head("MATCH DAY STEWARDS WANTED", { size: 8.5, after: 3 });
para("Saturday and midweek home games at Tanyard Lane. Paid training towards the Level 2 spectator safety award. Must be 18 or over.", { align: "center" });
para("Call the Club Secretary on 0117 496 0981", { align: "center", font: "serifB" });
doc.rect(X() - 2, boxTop - 4, CW + 4, y - boxTop + 4).lineWidth(1).stroke();
rule(6);

// ---------------------------------------------------------------- notice 8: parish vacancy
start();
head("FELLHAMPTON DISTRICT COUNCIL", { size: 9.5 });
head("ASHCROOK PARISH COUNCIL – NOTICE OF VACANCY IN THE OFFICE OF PARISH COUNCILLOR", { size: 7.8, after: 3 });
para("Notice is given that, following the resignation of Councillor Peter Yapp, a vacancy exists in the office of councillor for Ashcrook Parish Council.");
para("If by 26 March 2232 (excluding weekends and bank holidays) a request for an election to fill the vacancy is made in writing to the Returning Officer, Fellhampton District Council, Council House, Fellhampton, by ten electors for the parish, an election will be held. If no request is made, the Parish Council will fill the vacancy by co-option.");
para(`Dated ${long(K.gazette)}. Returning Officer, Fellhampton District Council.`, { align: "left" });
rule();

// ---------------------------------------------------------------- advertisement: a vacancy
need(95);
const jobTop = y;
head("SALLOWMERE COUNTY COUNCIL", { size: 9.5 });
head("SAFETY OFFICER (SPORTS GROUNDS)", { size: 8.5, after: 3 });
para("Safety Certification Service, County Hall, Sallowmere. Grade 9. Permanent, full time.", { align: "center" });
para("Help us keep spectators safe at the county's nine certified grounds. You will inspect grounds and regulated stands, advise safety advisory groups and enforce safety certificates. Experience of crowd safety or structural inspection is essential.", { align: "center" });
para("Closing date: 23 March 2232. Ref SCC-4471. Apply at www.sallowmere.gov.uk/jobs", { align: "center", font: "serifB" });
doc.rect(X() - 2, jobTop - 4, CW + 4, y - jobTop + 4).lineWidth(1).stroke();
rule(6);

// ---------------------------------------------------------------- notice 9: stopping up
start();
head("SALLOWMERE COUNTY COUNCIL", { size: 9.5 });
head("HIGHWAYS ACT 1980 – SECTION 116", { size: 8 });
head("STOPPING UP OF PART OF KILN YARD, MARLBECK", { size: 7.8, after: 3 });
para("Notice is given that Sallowmere County Council intends to apply to the magistrates' court sitting at Marlbeck on 19 April 2232 at 10.00am for an order stopping up the part of Kiln Yard, Marlbeck, shown on the plan that may be seen at County Hall, on the ground that it is unnecessary. Anyone who uses the highway, or who would be aggrieved by the order, may attend and be heard.");
para(`Dated ${long(K.gazette)}. Director of Law and Governance, Sallowmere County Council.`, { align: "left" });
rule();

// ---------------------------------------------------------------- notice 10: village green
start();
head("CRADBURY BOROUGH COUNCIL", { size: 9.5 });
head("COMMONS ACT 2006 – SECTION 15", { size: 8 });
head("APPLICATION TO REGISTER LAND AT THE RECREATION GROUND, WEAVERS ROW, CRADBURY AS A TOWN OR VILLAGE GREEN", { size: 7.5, after: 3 });
para("An application has been made to register the land described above as a town or village green. Any person may object in writing to the Commons Registration Officer, Cradbury Borough Council, Town Hall, Cradbury, by 3 May 2232, quoting reference VG/2232/02.");
rule();

// ---------------------------------------------------------------- notice 11: abandoned vehicles
start();
head("MARLBECK DISTRICT COUNCIL", { size: 9.5 });
head("REFUSE DISPOSAL (AMENITY) ACT 1978 – ABANDONED VEHICLES", { size: 7.8, after: 3 });
para("The vehicles listed below were removed by the Council as abandoned and are held at the Council's depot, Tannery Road, Marlbeck. Unless claimed by their owners within 14 days of this notice, they will be disposed of.");
for (const v of ["Silver hatchback, registration not displayed – removed from Racecourse Road, 19 February 2232", "Blue estate car – removed from the car park of Marlbeck Racecourse, 22 February 2232", "White panel van – removed from Kiln Yard, 27 February 2232"]) para(v, { align: "left", indent: 6, after: 1.5 });
para("Enquiries: Environmental Services, Council Offices, Market Place, Marlbeck.", { align: "left" });
rule();

// ---------------------------------------------------------------- classified advertisements
start();
doc.rect(X(), y, CW, 14).fill("#111");
doc.fillColor("#fff").font("sansB").fontSize(9).text("CLASSIFIED", X() + 4, y + 3, { lineBreak: false });
doc.fillColor("#000");
out.push("CLASSIFIED");
y += 19;
const CLASSIFIED = [
  ["SITUATIONS VACANT", [
    "CLEANERS wanted for Brantwick Road Stadium, match days and Mondays, £14.60 an hour. Call 0117 496 0962.",
    "CATERING ASSISTANTS, Marlbeck Racecourse, race days April to October. Food hygiene certificate an advantage. Apply at the racecourse office.",
    "DELIVERY DRIVER, full licence, Tewsley area, early starts. Call 0117 496 0958.",
  ]],
  ["SERVICES", [
    "ROOFING and guttering, all repairs, free quotes, fully insured. Marlbeck Roofing, 0117 496 0951.",
    "PIANO LESSONS, all ages and grades, Cradbury. Call Mrs Kneeshaw on 0117 496 0948.",
    "HOUSE CLEARANCES, garden waste, licensed waste carrier. 0117 496 0945.",
    "CHIMNEY SWEEP, certificates issued, Brantwick and villages. 0117 496 0941.",
  ]],
  ["FOR SALE", [
    "SEASON TICKET, Tewsley Town FC, Main Stand, 2232/33, £240 or near offer. 0117 496 0937.",
    "GARDEN SHED, 8ft by 6ft, good condition, buyer collects, £60. Ashcrook.",
    "MOBILITY SCOOTER, little used, with charger, £350. Call 0117 496 0933.",
  ]],
  ["ANNOUNCEMENTS", [
    "BRANTWICK HARRIERS AC welcomes new members of all abilities. Training Tuesdays and Thursdays, 6.30pm, Brantwick Athletics Arena.",
    "TEWSLEY BRASS BAND spring concert, Saturday 24 March 2232, 7.30pm, St Mary's Church. Tickets £8 on the door.",
  ]],
];
for (const [h, items] of CLASSIFIED) {
  need(30);
  para(h, { font: "sansB", size: 8, align: "left", after: 1.5 });
  for (const t of items) para(t, { size: 7.2, after: 2 });
  y += 2;
}
rule();

// ---------------------------------------------------------------- notice 7: deceased estates
start();
head("TRUSTEE ACT 1925 – SECTION 27", { size: 9 });
head("DECEASED ESTATES", { size: 8.5, after: 3 });
para("Notice is given that creditors and others having claims against the estates of the people named below must send written particulars to the address given by the date shown, after which the estates will be distributed having regard only to the claims then notified.", { font: "serifI" });
para("BOLITHO, Henry James, late of 3 Ferry Cottages, Marlbeck, retired groundsman, died 14 December 2231. Particulars to Carveth Hambly LLP, 12 Bank Street, Marlbeck, by 11 May 2232.");
para("DUNWOODY, Margery Ann, late of 14 Orchard Rise, Tewsley, retired schoolteacher, died 2 January 2232. Particulars to Stidwell & Co, 40 High Street, Tewsley, by 11 May 2232.");
para("KNEEBONE, Ivy Lilian, late of Rosebank Care Home, Cradbury, died 27 December 2231. Particulars to Rouncefield Wearne Solicitors, 2 Guildhall Yard, Cradbury, by 11 May 2232.");
para("NANCARROW, Stanley George, late of 88 Tollgate Street, Brantwick, retired bus driver, died 8 January 2232. Particulars to Brantwick Legal LLP, Quayside, Brantwick, by 14 May 2232.");
para("OSBORNE-PYM, Cecily, late of The Old Forge, Ashcrook, Fellhampton, died 30 January 2232. Particulars to Carveth Hambly LLP, 12 Bank Street, Marlbeck, by 18 May 2232.");
para("PENHOLT, Arthur Denzil, late of Flat 6, Kilnfield Court, Brantwick, died 19 January 2232. Particulars to the Estates Team, Brantwick Legal LLP, Quayside, Brantwick, by 14 May 2232.");
para("Continued on page 48", { align: "right", font: "serifB", after: 0 });

// ---------------------------------------------------------------- display advertisement across columns 4 and 5
{
  const ax = ML + 3 * (CW + GUT), aw = 2 * CW + GUT, ay = BOTTOM - AD_H;
  doc.rect(ax, ay, aw, AD_H).fill("#1d4e2c");
  doc.fillColor("#ffffff");
  const adLines = [
    ["sansB", 22, "THE SALLOWMERE SHOW"],
    ["sansB", 15, "Saturday 9 and Sunday 10 June 2232"],
    ["sans", 10.5, "Sallowmere Showground, Marlbeck"],
    ["sans", 9.5, "Show jumping · Livestock · Food hall · Falconry · Vintage tractors"],
    ["sans", 9.5, "Gates open 8.30am. Free parking. Dogs welcome on leads."],
    ["sansB", 10.5, "Early bird tickets until 30 April: adults £18, children free"],
    ["sans", 9.5, "www.sallowmereshow.org.uk · 0117 496 0977"],
    ["sans", 7.5, "Organised by the Sallowmere Agricultural Society. Registered charity."],
  ];
  let yy = ay + 26;
  for (const [f, sz, t] of adLines) {
    doc.font(f).fontSize(sz);
    doc.text(t, ax + (aw - doc.widthOfString(t)) / 2, yy, { lineBreak: false });
    yy += sz * 1.9 + 8;
    out.push(t);
  }
  doc.fillColor("#000");
}

// footer
doc.font("sans").fontSize(7).fillColor("#444");
const foot = "Public notices are published as supplied by the advertiser. The Sallowmere Gazette and Advertiser cannot accept responsibility for the content of any notice.";
doc.text(foot, ML, PH - 30, { lineBreak: false });
out.push(foot);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (columns used: ${col + 1}) and text/${BASE}.txt (${out.length} lines)`);
