/**
 * Papers of an invented Dark Skies Task Group, 2291/92, in layouts other tools make: a Word agenda pack
 * that still holds hidden text (a template's guidance notes, a superseded draft recommendation beside its
 * replacement, an exempt note under a public table) and rates its measures in a column per year; a survey
 * tool's raw export (three header rows, its bookkeeping columns, a preview response and an unfinished one);
 * and a debate's record saved from a parliament's website, each speaker a heading whose name and
 * constituency are set apart, with a share link under every speech.
 */
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A run Word hides: formatted as hidden text, neither shown nor printed. */
const hiddenRun = (text: string) => `<w:r><w:rPr><w:i/><w:vanish/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A run in a character style that hides it. */
const styledHiddenRun = (text: string) => `<w:r><w:rPr><w:rStyle w:val="GuidanceNote"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (inner: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${inner}</w:p>`;
const table = (rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;

const STYLES = `${XML}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="character" w:styleId="GuidanceNote"><w:name w:val="Guidance Note"/><w:rPr><w:color w:val="C00000"/><w:vanish/></w:rPr></w:style></w:styles>`;

/** The Task Group's agenda pack for 9 March 2292. */
export async function darkSkiesPackDocx(): Promise<Buffer> {
  const body = [
    para(run("Dark Skies Task Group"), "Title"),
    para(hiddenRun("Guidance: the cover is completed by Democratic Services. This note is hidden text and will not print.")),
    para(run("Meeting: Tuesday 9 March 2292, 2.00pm, Room 4, Fellgate House")),
    para(run("Item 2: Minutes of the meeting held on 12 January 2292"), "Heading1"),
    para(run("4. Evidence: Fellgate Astronomical Society"), "Heading2"),
    para(run("4.1 Dr Cressida Vanstone-Ebuka said that the Society's volunteers had taken sky quality readings at the reserve on forty nights since September.")),
    para(run("RESOLVED that the Task Group:")),
    para(run("(a) thanks Dr Vanstone-Ebuka;")),
    para(run("(b) asks the Programme Manager to collect sky quality readings from the rangers of all eight councils' dark sky sites;")),
    para(run("(c) asks for a model lighting condition for planning permissions near the reserve.")),
    para(run("Item 3: Action log"), "Heading1"),
    table([
      ["Ref", "Action", "Owner", "Due"],
      ["DSA-11", "Write to the lighting suppliers about warm-white lamps", "Ottoline Brackenbury", "01/02/2292"],
      ["DSA-12", "Update on an enforcement case (exempt)", "Ottoline Brackenbury", "09/03/2292"],
    ]),
    para(run("Item 7: Lighting survey: first findings"), "Heading1"),
    para(run("1. Four of the eight member councils filled in the lighting survey by 10 January 2292; their answers are in the survey export.")),
    para(run("Appendix B: Evidence received"), "Heading1"),
    para(run("Kestrel Valley Rangers Service · Visitor Centre · Fell Tarn")),
    para(run("Dear Cllr Thackeray-Oduya,")),
    para(run("Thank you for asking for our evidence. Our rangers recorded sky quality readings on 40 nights this winter, and we ask the Task Group to support a curfew on floodlit car parks near the reserve after 10pm.")),
    para(run("Yours sincerely,")),
    para(run("M. Oyelaran-Whitby")),
    para(run("Marcus Oyelaran-Whitby")),
    para(run("Head Ranger")),
    para(run("Item 6: Updates"), "Heading1"),
    para(run("1. The Chair wrote to the Department on 20 January 2292 asking when the national lighting standards would be revised. No reply from the Department had been received by 1 March 2292.")),
    para(run("2. The contract for the sky quality monitoring service was advertised on 3 January 2292; four bids were received by the closing date of 14 February 2292 and are being evaluated.")),
    para(run("3. The dark sky photography prize 2291 was awarded to Marisol Ekwueme of Brackwater for her picture of the Milky Way over Fell Tarn.")),
    para(hiddenRun("PART 2 – NOT FOR PUBLICATION. DSA-12: the council is prosecuting Glowmaster Signs Ltd of 14 Quarry Lane for an unlit-hours breach.")),
    para(run("Item 4: Dark skies measures 2291"), "Heading1"),
    para(run("Table 1: Season measures, 2290 and 2291")),
    table([
      ["Ref", "Measure", "Target", "2290", "2290 rating", "2291", "2291 rating", "Lead member"],
      ["DSM-01", "Streetlights converted to warm-white lamps", "1,500", "1,210", "Amber", "1,620", "Green", "Cllr Thackeray-Oduya"],
      ["DSM-02", "Complaints about light nuisance", "400 or fewer", "380", "Green", "455", "Red", "Cllr Pemberton-Salas"],
      ["DSM-03", "Sky quality readings above 21.0 at the reserve", "80%", "62%", "Red", "83%", "Green", "Cllr Thackeray-Oduya"],
      ["DSM-04", "Businesses switching off signs after midnight", "60%", "48%", "Red", "41%", "Red", "Cllr Pemberton-Salas"],
    ]),
    para(run("Key: Red – target missed; Amber – target missed, but improving; Green – target met.")),
    para(run("Table 2: Falls after dark reported to the councils, 2291, by age group")),
    table([
      ["Age group", "Trips", "Falls", "Total"],
      ["Under 12", "4", "2", "6"],
      ["12 to 17", "9", "5", "14"],
      ["18 to 64", "31", "22", "53"],
      ["65 and over", "12", "27", "39"],
    ]),
    para(styledHiddenRun("Guidance: use the words Red, Amber and Green as well as the cell colour.")),
    para(run("Item 5: Outdoor lighting licences: fees and conditions"), "Heading1"),
    para(run("Purpose of report: For decision.")),
    para(run("Summary: Fees for an outdoor lighting licence range from £150 to £520 in the eight member councils. This report recommends a common fee.")),
    para(run("Recommendations: That the Task Group:")),
    para(run("(a) notes the range of fees;")),
    para(hiddenRun("(b) recommends that member councils charge £410 for a new licence;")),
    para(run("(b) recommends that member councils charge £380 for a new licence and £190 to renew it.")),
    para(run("Contact officer: Ottoline Brackenbury")),
    para(run("Position: Senior Adviser, Environmental Protection")),
  ].join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`);
  zip.file("_rels/.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/_rels/document.xml.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/document.xml", `${XML}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

const csvLine = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");

/** The councils' survey as the survey tool exports its raw data. */
export function darkSkiesSurveyCsv(): string {
  const ids = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage", "Q1", "Q2", "Q3", "Q4_1", "Q4_2"];
  const questions = [
    "Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID", "Location Latitude", "Location Longitude", "Distribution Channel", "User Language",
    "Which council are you answering for?",
    "Your name and job title",
    "Has your council adopted the dark skies lighting policy?",
    "How many complaints about lighting did your council receive between 1 October and 31 December 2291? - Light nuisance",
    "How many complaints about lighting did your council receive between 1 October and 31 December 2291? - Sky glow",
  ];
  const importIds = ids.map((id) => JSON.stringify({ ImportId: id.startsWith("Q") ? `QID${id.slice(1)}` : id }));
  const meta = (status: string, progress: string, finished: string, when: string) => [`${when} 09:00:00`, `${when} 09:12:00`, status, "203.0.113.9", progress, "720", finished, `${when} 09:12:01`, `R_${when.replace(/-/g, "")}`, "54.1", "-2.3", "anonymous", "EN-GB"];
  const rows = [
    [...meta("Survey Preview", "100", "True", "2291-12-01"), "Fellgate Borough Council", "TEST - please ignore", "Yes", "1", "1"],
    [...meta("IP Address", "100", "True", "2291-12-03"), "Fellgate Borough Council", "Perpetua Quayle, Lighting Engineer", "Yes", "112", "40"],
    [...meta("IP Address", "100", "True", "2291-12-04"), "Ravensholt City Council", "Jonas Merriweather, Head of Environmental Health", "No", "287", "65"],
    [...meta("IP Address", "35", "False", "2291-12-05"), "Brackwater District Council", "Hepzibah Onwuachi, Planning Officer", "", "", ""],
    [...meta("IP Address", "100", "True", "2291-12-09"), "Brackwater District Council", "Hepzibah Onwuachi, Planning Officer", "Considering", "64", "22"],
    [...meta("IP Address", "100", "True", "2291-12-11"), "Aldermoor County Council", "Tobias Finchley-Nwosu, Trading Standards Manager", "Yes", "153", "31"],
  ];
  return `\uFEFF${[ids, questions, importIds, ...rows].map(csvLine).join("\r\n")}\r\n`;
}

/** A Westminster Hall debate's record saved from the parliament's website. */
export function darkSkiesDebateHtml(): string {
  const speech = (name: string, seat: string, paragraphs: string[]) =>
    `<div class="debate-item"><div class="contribution"><div class="header"><h2 class="memberLink"><a href="/search/MemberContributions?memberId=1"><img class="member-image" src="x.jpg" alt=""><div class="primary-text">${name}</div><div class="secondary-text">${seat}</div></a></h2></div><div class="content">${paragraphs.map((p) => `<p class="hs_Para">${p}</p>`).join("")}</div></div><div class="share-options"><button class="share-link">Share this contribution</button> <a class="share-x" href="https://x.com/intent/post?url=https%3A%2F%2Fexample.org">Post</a></div></div>`;
  return `<!DOCTYPE html><html><head><title>Light Pollution - Hansard - UK Parliament</title></head><body><main>
<h1>Light Pollution</h1><p>Volume 1021: debated on Tuesday 12 February 2292</p>
${speech("Lavinia Okonjo-Hartley", "(Fellgate East) (Lab)", ["I beg to move, That this House has considered light pollution.", "Complaints to the eight councils of the Dark Skies Task Group about light nuisance rose to 455 in 2291."])}
${speech("Sir Ambrose Pettigrew-Lund", "(Ravensholt and Brack) (Con)", ["Will the hon. Lady give way?"])}
${speech("Lavinia Okonjo-Hartley", "(Fellgate East) (Lab)", ["I give way."])}
${speech("Sir Ambrose Pettigrew-Lund", "(Ravensholt and Brack) (Con)", ["Does the hon. Lady accept that most businesses already dim their shop signs after midnight without being told to?"])}
</main></body></html>`;
}
