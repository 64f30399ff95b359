// Builds docs/people-places-board-agenda-2022-03-09.pdf (a portrait A4 agenda pack drawn with pdfkit) and
// its plain-text rendering text/people-places-board-agenda-2022-03-09.txt from the same content.
//
//   node src/build-ppb-pdf.mjs            (NODE_MODULES defaults to /work/main/node_modules; needs pdfkit 0.20)
//
// Layout: cover and notice page; membership as bulleted lists under political-group headings with roles in
// brackets and a "Substitutes:" list per group; the agenda as a numbered list (no table); three papers whose
// front sheets have their labels drawn as text in a left column (not a table) beside the values; numbered
// paragraphs. A running header (board, date) and a page footer are page furniture and are left out of the
// rendering. Synthetic test fixture: the people, figures and decisions are invented.
import { writeFileSync, mkdirSync, createWriteStream } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const { default: PDFDocument } = await import(pathToFileURL(join(NM, "pdfkit/js/pdfkit.node.mjs")).href);
const BASE = "people-places-board-agenda-2022-03-09";
const BOARD = "People and Places Board";
const DATE = "9 March 2022";

// ---------------------------------------------------------------- content
// Block types: title, big, h1, h2, p, bullet, group (bold group heading), num (numbered agenda line),
// para (numbered paragraph: num + text), sub (sub-paragraph), front (label + value lines), meta, pb,
// paper (marks where a paper's page numbering starts), gap.
const B = [];
const add = (t, o = {}) => B.push({ t, ...o });

function content(pages) {
  B.length = 0;
  // cover + notice
  add("title", { text: BOARD });
  add("big", { text: "Agenda" });
  add("p", { text: "Wednesday, 9 March 2022" });
  add("p", { text: "11.00 am" });
  add("p", { text: "Westminster Room, 8th Floor, 18 Smith Square, London, SW1P 3HZ, and online via Microsoft Teams" });
  add("p", { text: "To: Members of the People and Places Board" });
  add("p", { text: "cc: Named officers for briefing purposes" });
  add("gap");
  add("h2", { text: "People and Places Board – 9 March 2022" });
  add("p", { text: "There will be a hybrid meeting of the People and Places Board at 11.00 am on Wednesday, 9 March 2022. Members may attend in person in the Westminster Room, 8th Floor, 18 Smith Square, or join online; a Microsoft Teams link will be sent to members by their group office." });
  add("h2", { text: "Political group meetings" });
  add("p", { text: "Group meetings will take place from 10.00 am. Please contact your political group office for details:" });
  add("p", { text: "Conservative: Group Office 020 7946 0211, conservatives.group@local.gov.uk" });
  add("p", { text: "Labour: Group Office 020 7946 0212, labour.group@local.gov.uk" });
  add("p", { text: "Liberal Democrat: Group Office 020 7946 0213, libdem.group@local.gov.uk" });
  add("p", { text: "Independent: Group Office 020 7946 0214, independent.group@local.gov.uk" });
  add("h2", { text: "Apologies" });
  add("p", { text: "Please notify your political group office if you are unable to attend this meeting, so that a substitute can be arranged." });
  add("h2", { text: "LGA contact" });
  add("p", { text: "Kieran Oakes, Member Services Officer" });
  add("p", { text: "020 7946 0528 / kieran.oakes@local.gov.uk" });
  add("h2", { text: "Carers’ Allowance" });
  add("p", { text: "As part of the LGA Members’ Allowances Scheme a Carer’s Allowance of £9.50 per hour, or £11.05 if receiving London living wage, is available to cover the cost of dependants (i.e. children, elderly people or people with disabilities) incurred as a result of attending this meeting." });
  add("h2", { text: "Social media" });
  add("p", { text: "Please feel free to use social media during this meeting. The twitter hashtag for this meeting is #lgapeopleplaces" });
  add("pb");

  // membership
  add("h1", { text: "People and Places Board – Membership 2021/22" });
  const groups = [
    ["Conservative (7)", [
      "Cllr Margaret Ellwood (Chair) – Shropshire Council",
      "Cllr Julian Thorpe – North Kesteven District Council",
      "Cllr Rosalind Pym – West Suffolk Council",
      "Cllr Hugh Danvers – Rutland County Council",
      "Cllr Clare Ashworth – Ribble Valley Borough Council",
      "Cllr Toby Ferrand – East Hampshire District Council",
      "Cllr Nirmala Desai – Harborough District Council",
    ], ["Cllr Edwin Lacey – Breckland Council", "Cllr Yvonne Marchant – Torridge District Council"]],
    ["Labour (5)", [
      "Cllr Lorraine Beckett (Vice-Chair) – Barnsley Metropolitan Borough Council",
      "Cllr Shaun Maguire – Durham County Council",
      "Cllr Priya Raman – Lancaster City Council",
      "Cllr Owen Tregear – Stevenage Borough Council",
      "Cllr Kathleen Roe – Bassetlaw District Council",
    ], ["Cllr Martin Sedgwick – Copeland Borough Council", "Cllr Abena Boateng – Ipswich Borough Council"]],
    ["Liberal Democrat (2)", [
      "Cllr Fiona Lyle (Deputy Chair) – Somerset West and Taunton Council",
      "Cllr Gavin Hurst – North Norfolk District Council",
    ], ["Cllr Ann Delahaye – Eastbourne Borough Council"]],
    ["Independent (2)", [
      "Cllr Sheila Cowan (Deputy Chair) – Uttlesford District Council",
      "Cllr Rhys Penhallow – Council of the Isles of Scilly",
    ], ["Cllr Brian Tolley – Mid Devon District Council"]],
  ];
  for (const [g, members, subs] of groups) {
    add("group", { text: g });
    for (const m of members) add("bullet", { text: m });
    add("p", { text: "Substitutes:", italic: true });
    for (const m of subs) add("bullet", { text: m });
  }
  add("gap");
  add("h1", { text: "Agenda" });
  add("p", { text: "People and Places Board" });
  add("p", { text: "Wednesday 9 March 2022, 11.00 am – 1.00 pm" });
  add("p", { text: "Westminster Room, 8th Floor, 18 Smith Square, London, SW1P 3HZ, and online" });
  const pr = (k) => (pages[k] ? (pages[k][0] === pages[k][1] ? `(page ${pages[k][0]})` : `(pages ${pages[k][0]} – ${pages[k][1]})`) : "(page ?)");
  add("num", { n: "1.", text: "Welcome, apologies, substitutes and declarations of interest" });
  add("num", { n: "2.", text: `Levelling Up White Paper: what it means for non-metropolitan places ${pr("item2")}` });
  add("num", { n: "3.", text: `UK Shared Prosperity Fund: securing a fair deal for rural areas ${pr("item3")}` });
  add("num", { n: "4.", text: `Rural mobile connectivity: progress on the Shared Rural Network – for information ${pr("item4")}` });
  add("num", { n: "5.", text: "Note of the previous meeting held on 19 January 2022 – circulated separately" });
  add("num", { n: "6.", text: "Any other business" });
  add("p", { text: "Date of next meeting: Wednesday, 15 June 2022, 11.00 am, 18 Smith Square, London, SW1P 3HZ" });
  add("pb");

  // ---- item 2
  add("paper", { key: "item2" });
  add("meta", { text: "Item 2" });
  add("h1", { text: "Levelling Up White Paper: what it means for non-metropolitan places" });
  add("front", { label: "Purpose of report", value: ["For discussion."] });
  add("front", { label: "Summary", value: ["The Government published its Levelling Up White Paper, Levelling Up the United Kingdom, on 2 February 2022. It sets 12 missions to 2030 and a new devolution framework, and invites nine areas to begin negotiating county deals. This report summarises the proposals of most interest to county and district areas, sets out the early findings of an LGA survey of non-metropolitan councils, and proposes three priorities for the Board’s work in 2022/23."] });
  add("front", { label: "Recommendations", value: ["That the People and Places Board:", "a) comments on the implications of the White Paper for non-metropolitan places; and", "b) agrees the three priorities set out in paragraph 10 as the basis of the Board’s work programme for 2022/23."] });
  add("front", { label: "Action", value: ["Officers to reflect members’ comments in the LGA’s continuing engagement with the Department for Levelling Up, Housing and Communities (DLUHC) and to bring a draft work programme to the Board’s June meeting."] });
  add("front", { label: "Contact officer", value: ["Naomi Fairbairn"] });
  add("front", { label: "Position", value: ["Senior Adviser, People and Places"] });
  add("front", { label: "Phone no", value: ["020 7946 0537"] });
  add("front", { label: "Email", value: ["naomi.fairbairn@local.gov.uk"] });
  add("gap");
  add("h2", { text: "Background" });
  add("para", { n: "1.", text: "The White Paper sets out 12 national missions to be achieved by 2030, covering pay and productivity, research and development, transport, digital connectivity, education, skills, health, wellbeing, pride in place, housing, crime and local leadership. The local leadership mission states that by 2030 every part of England that wants one will have a devolution deal." });
  add("para", { n: "2.", text: "The devolution framework has three levels. Level 3 deals, the most ambitious, require a single institution with a directly elected leader across a functional economic area; level 2 deals are available to a single institution without an elected leader; level 1 covers joint working between councils, such as a joint committee." });
  add("para", { n: "3.", text: "Nine areas have been invited to begin negotiating county deals, and the Government says it wants to agree a number of them by autumn 2022. Most non-metropolitan areas are not among the nine." });
  add("h2", { text: "Survey of non-metropolitan councils" });
  add("para", { n: "4.", text: "Between 7 and 25 February 2022 the LGA surveyed the leaders and chief executives of the 146 county, unitary and district councils outside the metropolitan areas and London. 89 councils responded, a response rate of 61 per cent." });
  add("para", { n: "5.", text: "Of the councils that responded, 57 per cent said they intended to seek a devolution deal within the next two years, and 22 per cent said they would seek one only if a directly elected leader were not required. Only 9 per cent said they had the capacity to prepare a deal proposal without additional support." });
  add("para", { n: "6.", text: "The barriers most often cited were the requirement for a directly elected leader for a level 3 deal (cited by 64 councils), the absence of new funding attached to level 1 and level 2 deals (51 councils) and uncertainty over the future of district councils in two-tier areas (38 councils)." });
  add("para", { n: "7.", text: "The survey closed before the Government published further guidance on the devolution framework, and the results should be treated as indicative." });
  add("h2", { text: "Issues for members" });
  add("para", { n: "8.", text: "The White Paper recognises that rural areas face particular challenges in transport and digital connectivity, but the missions are measured largely at national level. There is a risk that progress in cities masks a lack of progress in rural and coastal places." });
  add("para", { n: "9.", text: "The proposed Office for Local Government (Oflog) will bring together data on council performance. The Board may wish to press for Oflog’s measures to reflect the higher cost of delivering services in sparsely populated areas." });
  add("h2", { text: "Proposed priorities" });
  add("para", { n: "10.", text: "Members are asked to agree three priorities for the Board’s work programme in 2022/23:" });
  add("sub", { n: "10.1.", text: "securing a fair route to devolution for two-tier and rural areas, including level 2 deals that do not require a directly elected leader;" });
  add("sub", { n: "10.2.", text: "making the case for the missions to be measured and reported at local authority level, so that the gap between urban and rural areas is visible; and" });
  add("sub", { n: "10.3.", text: "ensuring that the new burdens of levelling up, including the preparation of deal proposals, are fully funded, with capacity funding of at least £250,000 for each area invited to negotiate a deal." });
  add("h2", { text: "Implications for Wales" });
  add("para", { n: "11.", text: "The White Paper’s devolution framework applies to England only. Officers will share the findings of the survey with the Welsh Local Government Association." });
  add("h2", { text: "Financial implications" });
  add("para", { n: "12.", text: "The survey and the work set out in this report are met from the Board’s existing policy budget." });
  add("h2", { text: "Next steps" });
  add("para", { n: "13.", text: "Subject to members’ views, officers will bring a draft work programme for 2022/23 to the Board’s meeting on 15 June 2022." });
  add("pb");

  // ---- item 3
  add("paper", { key: "item3" });
  add("meta", { text: "Item 3" });
  add("h1", { text: "UK Shared Prosperity Fund: securing a fair deal for rural areas" });
  add("front", { label: "Purpose of report", value: ["For decision."] });
  add("front", { label: "Summary", value: ["The UK Shared Prosperity Fund (UKSPF) will replace EU structural funds, with £2.6 billion available to March 2025. This report sets out the LGA’s modelling of possible allocations and asks the Board to agree to commission independent research on the cost of delivering economic development in rural areas."] });
  add("front", { label: "Recommendations", value: ["That the People and Places Board:", "a) notes the LGA’s modelling of UKSPF allocations in paragraphs 4 to 6; and", "b) agrees to commission independent research on the additional costs of economic development in rural areas, at a cost of up to £35,000 from the Board’s 2022/23 policy budget."] });
  add("front", { label: "Action", value: ["Subject to members’ decision, officers to procure the research and report its findings to the Board in the autumn."] });
  add("front", { label: "Contact officer", value: ["Stuart Gilchrist"] });
  add("front", { label: "Position", value: ["Adviser, Inclusive Growth"] });
  add("front", { label: "Phone no", value: ["020 7946 0549"] });
  add("front", { label: "Email", value: ["stuart.gilchrist@local.gov.uk"] });
  add("gap");
  add("h2", { text: "Background" });
  add("para", { n: "1.", text: "The UKSPF is the Government’s replacement for EU structural funds. £2.6 billion will be available across the UK to March 2025, with £400 million in 2022/23, £700 million in 2023/24 and £1.5 billion in 2024/25." });
  add("para", { n: "2.", text: "Lead local authorities will be asked to produce an investment plan for their area. In two-tier areas the Government has indicated that district councils are likely to be the lead authorities, although this has not been confirmed. A prospectus is expected in the spring." });
  add("para", { n: "3.", text: "The LGA has argued that no area should receive less than it did from EU structural funds, and that councils need certainty of funding over several years to plan and deliver programmes." });
  add("h2", { text: "Modelling of allocations" });
  add("para", { n: "4.", text: "Officers have modelled three possible allocation methods – per head of population, a needs-based formula using the Community Renewal Fund prioritisation index, and a blend of the two – using ONS mid-2020 population estimates." });
  add("para", { n: "5.", text: "Under a per-head allocation, predominantly rural areas would receive an average of £18 per head a year, compared with £27 per head under the 2014–20 EU programmes. Under the needs-based formula the figure would be £22 per head, and under the blended method £20 per head." });
  add("para", { n: "6.", text: "Under all three methods, the 23 predominantly rural lead authorities with the lowest population density would receive less than they did under the EU programmes." });
  add("h2", { text: "Proposed research" });
  add("para", { n: "7.", text: "To strengthen our evidence, we propose to commission independent research into the additional costs of delivering business support, skills and community projects in sparsely populated areas. The research would report by October 2022 and would inform our response to the prospectus and our case for the next Spending Review." });
  add("para", { n: "8.", text: "The research is estimated to cost between £30,000 and £35,000. It would be met from the Board’s policy budget for 2022/23, subject to that budget being confirmed by the LGA’s Leadership Board." });
  add("para", { n: "9.", text: "Implications for Wales: the UKSPF is UK-wide, and officers will share the modelling with the Welsh Local Government Association." });
  add("pb");

  // ---- item 4
  add("paper", { key: "item4" });
  add("meta", { text: "Item 4" });
  add("h1", { text: "Rural mobile connectivity: progress on the Shared Rural Network" });
  add("front", { label: "Purpose of report", value: ["For information."] });
  add("front", { label: "Summary", value: ["This report updates members on the Shared Rural Network (SRN) and on the responses to the Board’s call for evidence on mobile coverage."] });
  add("front", { label: "Recommendation", value: ["That the Board notes the report."] });
  add("front", { label: "Action", value: ["Officers to take forward the work in line with members’ comments."] });
  add("front", { label: "Contact officer", value: ["Leah Bramley"] });
  add("front", { label: "Position", value: ["Policy Adviser"] });
  add("front", { label: "Phone no", value: ["020 7946 0561"] });
  add("front", { label: "Email", value: ["leah.bramley@local.gov.uk"] });
  add("gap");
  add("para", { n: "1.", text: "The Shared Rural Network is a £1 billion programme, funded jointly by the Government and the four mobile network operators, which aims to extend 4G coverage from at least one operator to 95 per cent of the UK’s landmass by the end of 2025." });
  add("para", { n: "2.", text: "In November 2021 the Board issued a call for evidence to councils on mobile coverage in their areas. It closed on 31 January 2022 and received 38 responses." });
  add("para", { n: "3.", text: "Twenty-two of the 38 responding councils reported that stretches of their main road network still had no reliable mobile signal, and 15 reported that applications for new masts had been delayed by disagreements over siting." });
  add("para", { n: "4.", text: "Several councils reported that the coverage shown on operators’ online checkers did not match residents’ experience. Officers will raise this with Ofcom." });
  add("para", { n: "5.", text: "Officers will publish a summary of the responses in April 2022 and will invite the operators to attend a future meeting of the Board." });
}

// ---------------------------------------------------------------- PDF
const M = 62; // margin
const BODY = 10;
const W = 595.28 - 2 * M;
function draw(path) {
  const doc = new PDFDocument({ size: "A4", margins: { top: 62, bottom: 58, left: M, right: M }, bufferPages: true, info: { Title: `${BOARD} – Agenda – ${DATE}`, Author: "LGA Member Services", Subject: "Synthetic test fixture" } });
  const stream = createWriteStream(path);
  doc.pipe(stream);
  const pages = {}; // paper key -> [first, last] page numbers counted from the first paper
  let paperStart = null; // page index where papers start
  let current = null;
  const pageIndex = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const ensure = (h) => {
    if (doc.y + h > doc.page.height - 58) doc.addPage();
  };
  for (const b of B) {
    switch (b.t) {
      case "title":
        doc.moveDown(4).font("Helvetica-Bold").fontSize(26).fillColor("#1F4E79").text(b.text, { width: W }).fillColor("black");
        break;
      case "big":
        doc.moveDown(0.5).font("Helvetica-Bold").fontSize(20).text(b.text).moveDown(0.5);
        break;
      case "h1":
        ensure(40);
        doc.moveDown(0.4).font("Helvetica-Bold").fontSize(15).fillColor("#1F4E79").text(b.text, { width: W }).fillColor("black").moveDown(0.4);
        break;
      case "h2":
        ensure(40);
        doc.moveDown(0.5).font("Helvetica-Bold").fontSize(11.5).text(b.text, { width: W }).moveDown(0.2);
        break;
      case "group":
        ensure(40);
        doc.moveDown(0.4).font("Helvetica-Bold").fontSize(11).text(b.text, { width: W }).moveDown(0.1);
        break;
      case "p":
        doc.font(b.italic ? "Helvetica-Oblique" : "Helvetica").fontSize(BODY).text(b.text, M, doc.y, { width: W, lineGap: 1.2 }).moveDown(0.3);
        break;
      case "bullet": {
        ensure(14);
        const y = doc.y;
        doc.font("Helvetica").fontSize(BODY).text("•", M + 8, y);
        doc.text(b.text, M + 22, y, { width: W - 22, lineGap: 1 });
        doc.x = M;
        break;
      }
      case "num": {
        ensure(16);
        const y = doc.y;
        doc.font("Helvetica-Bold").fontSize(BODY).text(b.n, M, y);
        doc.font("Helvetica").text(b.text, M + 26, y, { width: W - 26, lineGap: 1.2 });
        doc.x = M;
        doc.moveDown(0.35);
        break;
      }
      case "para":
      case "sub": {
        const ind = b.t === "sub" ? 30 : 0;
        doc.font("Helvetica").fontSize(BODY);
        const h = doc.heightOfString(b.text, { width: W - 30 - ind, lineGap: 1.2 });
        ensure(Math.min(h, 40));
        const y = doc.y;
        doc.text(b.n, M + ind, y);
        doc.text(b.text, M + 30 + ind, y, { width: W - 30 - ind, lineGap: 1.2 });
        doc.x = M;
        doc.moveDown(0.3);
        break;
      }
      case "front": {
        // label in a left column drawn as text; value lines in the right column, aligned to the label's top
        doc.font("Helvetica").fontSize(BODY);
        const colL = 118;
        const h = b.value.reduce((a, v) => a + doc.heightOfString(v, { width: W - colL, lineGap: 1.2 }) + 3, 0);
        ensure(h + 6);
        const y = doc.y;
        doc.font("Helvetica-Bold").text(b.label, M, y, { width: colL - 10 });
        doc.font("Helvetica");
        let yy = y;
        for (const v of b.value) {
          doc.text(v, M + colL, yy, { width: W - colL, lineGap: 1.2 });
          yy = doc.y + 3;
        }
        doc.x = M;
        doc.y = Math.max(yy, y + 14) + 4;
        break;
      }
      case "meta":
        doc.font("Helvetica-Bold").fontSize(BODY).text(b.text, M, doc.y, { width: W, align: "right" }).moveDown(0.3);
        break;
      case "gap":
        doc.moveDown(0.6);
        break;
      case "pb":
        if (current) pages[current][1] = pageIndex() - paperStart + 1;
        doc.addPage();
        break;
      case "paper":
        if (paperStart === null) paperStart = pageIndex();
        current = b.key;
        pages[current] = [pageIndex() - paperStart + 1, null];
        break;
      default:
        throw new Error(b.t);
    }
  }
  if (current) pages[current][1] = pageIndex() - paperStart + 1;
  // page furniture: running header on every page after the cover, footer with pack page numbers from the first paper
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const mb = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > 0) {
      doc.font("Helvetica").fontSize(8.5).fillColor("#555555");
      doc.text(BOARD, M, 30, { width: W, align: "left", lineBreak: false });
      doc.text(DATE, M, 30, { width: W, align: "right", lineBreak: false });
      doc.moveTo(M, 44).lineTo(M + W, 44).strokeColor("#1F4E79").lineWidth(0.6).stroke();
    }
    doc.font("Helvetica").fontSize(8).fillColor("#555555");
    const foot = i >= paperStart ? `18 Smith Square, London SW1P 3HZ   T 020 7946 0500   www.local.gov.uk        Page ${i - paperStart + 1}` : "18 Smith Square, London SW1P 3HZ   T 020 7946 0500   www.local.gov.uk";
    doc.text(foot, M, doc.page.height - 45, { width: W, align: "center", lineBreak: false });
    doc.fillColor("black");
    doc.page.margins.bottom = mb;
  }
  doc.end();
  return new Promise((res) => stream.on("finish", () => res({ pages, count: range.count })));
}

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = join(root, "docs", BASE + ".pdf");
// two passes: the agenda's page ranges come from where the papers fall
let pages = {};
let result;
for (let pass = 0; pass < 3; pass++) {
  content(pages);
  result = await draw(out);
  const same = JSON.stringify(result.pages) === JSON.stringify(pages);
  pages = result.pages;
  if (same) break;
}
content(pages);

// ---------------------------------------------------------------- text rendering
const lines = [];
for (const b of B) {
  if (["pb", "paper", "gap"].includes(b.t)) continue;
  if (b.t === "front") {
    lines.push(b.label);
    for (const v of b.value) lines.push(v);
    continue;
  }
  if (b.t === "num" || b.t === "para" || b.t === "sub") {
    lines.push(`${b.n} ${b.text}`);
    continue;
  }
  lines.push(b.text);
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${result.count} pages; papers at ${JSON.stringify(pages)}) and text/${BASE}.txt (${lines.length} lines)`);
