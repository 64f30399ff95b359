/**
 * Papers of an invented body, the Hedgerows and Verges Panel (2661/62), in the layouts of work tools and
 * committee systems: a tree query exported from a work tracker as CSV (titles by depth, rich-text
 * descriptions, risks and features in one export), a committee database exported as Lotus Notes structured
 * text, a goals app's tree saved as HTML, a "papers published" message with its agenda typed as "Item n:"
 * lines, and a hearing's transcript opening with who sat and who gave evidence. Every name and figure is
 * invented.
 */

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The programme as a tracker's tree query exports it: "Title 1/2/3" by depth, HTML descriptions. */
export function hedgerowsTreeQueryCsv(): string {
  const header = ["ID", "Work Item Type", "Title 1", "Title 2", "Title 3", "State", "Assigned To", "RAG Status", "Lead Member", "Target Date", "Likelihood", "Impact", "Risk Score", "Description"];
  const rows: string[][] = [
    ["7100", "Epic", "Programme and programme risks", "", "", "Active", "Ottoline Brackenbury <ottoline.brackenbury@example.gov.uk>", "", "", "", "", "", "", "<div><b>RAG Status</b> (Features only): Red - will miss its date unless the Panel acts; Amber - at risk but recoverable; Green - on track; Blue - complete; Grey - not started.</div><div><b>Risk Score</b> = Likelihood x Impact, each scored 1 to 5: 15 to 25 red, 8 to 12 amber, 1 to 6 green.</div>"],
    ["7151", "Risk", "", "HVR-01 Verge contractors cannot recruit cutting crews", "", "Active", "Ottoline Brackenbury <ottoline.brackenbury@example.gov.uk>", "", "", "", "4", "4", "16", "<div><b>Mitigation:</b> Two lots; in-house crews as a fallback.</div>"],
    ["7152", "Risk", "", "HVR-02 Hedge laying grants are paid late", "", "Active", "Peregrine Wolstenholme <peregrine.wolstenholme@example.gov.uk>", "", "", "", "2", "3", "6", "<div><b>Mitigation:</b> Monthly payment runs.</div>"],
    ["7101", "Epic", "A. Hedgerows", "", "", "Active", "Ottoline Brackenbury <ottoline.brackenbury@example.gov.uk>", "", "", "", "", "", "", ""],
    ["7111", "Feature", "", "HVP-01 Hedge planting on 40 km of roadside", "", "Active", "Ottoline Brackenbury <ottoline.brackenbury@example.gov.uk>", "Red", "Cllr Araminta Fothergill", "31/03/2662 00:00:00", "", "", "", "<div>18 of 40 km planted; the tree nursery closed in January.</div><div>Target date moved from 31/12/2661.</div>"],
    ["7153", "Risk", "", "", "HVR-03 Newly planted hedges die in a dry spring", "Active", "Ottoline Brackenbury <ottoline.brackenbury@example.gov.uk>", "", "", "", "3", "5", "15", "<div><b>Mitigation:</b> Watering contract for the first summer.</div>"],
    ["7112", "Feature", "", "HVP-02 Hedge laying training for volunteers", "", "Active", "Peregrine Wolstenholme <peregrine.wolstenholme@example.gov.uk>", "Green", "Cllr Bartholomew Quennell", "30/06/2662 00:00:00", "", "", "", "<div>212 volunteers trained.</div>"],
    ["7113", "Feature", "", "HVP-03 Verge management standard", "", "Closed", "Peregrine Wolstenholme <peregrine.wolstenholme@example.gov.uk>", "Blue", "Cllr Bartholomew Quennell", "31/01/2662 00:00:00", "", "", "", "<div>All 9 councils adopted the standard.</div>"],
    ["7161", "Task", "", "", "Order replacement whips from a second nursery", "Doing", "Ottoline Brackenbury <ottoline.brackenbury@example.gov.uk>", "", "", "15/02/2662 00:00:00", "", "", "", ""],
    ["7162", "Task", "", "", "Publish the verge standard", "Done", "Peregrine Wolstenholme <peregrine.wolstenholme@example.gov.uk>", "", "", "31/01/2662 00:00:00", "", "", "", ""],
  ];
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The committee database as its clerk exported it from Notes: documents apart by form feeds, items "Name:  value". */
export function hedgerowsNotesExport(): string {
  return [
    "Form:  Membership",
    "Committee:  Hedgerows and Verges Panel",
    "MunicipalYear:  2661/62",
    "Body:  Hedgerows and Verges Panel - membership 2661/62",
    "Councillor\tCouncil\tPolitical group\tPosition",
    "Cllr Araminta Fothergill\tWoldhaven District Council\tConservative\tChair",
    "Cllr Bartholomew Quennell\tSedgecombe Borough Council\tLabour\tVice-Chair",
    "Cllr Imogen Thistlewood\tWoldhaven District Council\tLiberal Democrat\tMember",
    "Cllr Rufus Penhaligon\tMarrowfield City Council\tLabour\tMember",
    "$UpdatedBy:  CN=Ottoline Brackenbury/OU=Democratic Services/O=LGA",
    "$Revisions:  01/06/2661 10:14:52",
    "\fForm:  Minutes",
    "Committee:  Hedgerows and Verges Panel",
    "MeetingDate:  12/11/2661",
    "Venue:  Room 3, 18 Smith Square",
    "MinuteStatus:  Draft - for approval at the meeting on 11/02/2662",
    "Present:  Cllr Araminta Fothergill (Chair), Cllr Bartholomew Quennell (Vice-Chair), Cllr Imogen Thistlewood",
    "Substitutes:  Cllr Lavinia Ormerod for Cllr Rufus Penhaligon",
    "Apologies:  Cllr Rufus Penhaligon",
    "$FILE:  HVP-2661-11-12-slides.pptx",
    "Body:  HEDGEROWS AND VERGES PANEL",
    "Minutes of the meeting held on Thursday 12 November 2661 at 10.30am",
    "",
    "1. Apologies and declarations of interest",
    "1.1 Apologies were received from Cllr Rufus Penhaligon, for whom Cllr Lavinia Ormerod substituted.",
    "",
    "2. Hedge planting (HVP-01)",
    "2.1 Ottoline Brackenbury, Programme Manager, reported that the tree nursery had closed.",
    "2.2 RESOLVED that the Panel:",
    "(a) moves the planting target date to 31 March 2662; and",
    "(b) buys replacement whips from a second nursery (HVA-12).",
    "",
    "3. Verge management standard (HVP-03)",
    "3.1 RESOLVED that the Panel:",
    "(a) recommends the verge management standard to all nine councils (HVA-13).",
    "",
    "The meeting ended at 12.15pm.",
    "$UpdatedBy:  CN=Ottoline Brackenbury/OU=Democratic Services/O=LGA",
    "\fForm:  Action",
    "$REF:  5A1B2C3D4E5F60718293A4B5C6D7E8F9",
    "ActionRef:  HVA-12",
    "MeetingDate:  12/11/2661",
    "MinuteNo:  2",
    "ActionText:  Buy replacement whips from a second nursery",
    "Owner:  CN=Ottoline Brackenbury/OU=Programmes/O=LGA",
    "DueDate:  15/01/2662",
    "ActionStatus:  Open",
    "CompletedDate:  ",
    "Update:  Quotes received from two nurseries.",
    "\fForm:  Action",
    "$REF:  5A1B2C3D4E5F60718293A4B5C6D7E8F9",
    "ActionRef:  HVA-13",
    "MeetingDate:  12/11/2661",
    "MinuteNo:  2",
    "ActionText:  Write to councils about the new planting date",
    "Owner:  CN=Peregrine Wolstenholme/OU=Programmes/O=LGA",
    "DueDate:  30/11/2661",
    "ActionStatus:  Complete",
    "CompletedDate:  20/11/2661",
    "Update:  Letters sent on 20/11/2661.",
    "",
  ].join("\n");
}

/** The programme's goals as a goals app's tree page saved as HTML: rows of spans, no cell roles. */
export function hedgerowsGoalsHtml(): string {
  const row = (kind: string, title: string, value: string, progress: string, status: string, initials: string, owner: string, tag: string, note?: string) =>
    `<div class="Tree_row" role="row" aria-level="${kind === "Objective" ? 1 : 2}"><span class="Tree_type">${kind}</span><a class="Tree_title" href="#">${title}</a><span class="Tree_value">${value}</span><div class="Bar" role="progressbar" aria-valuenow="50"><div class="Bar_fill"></div></div><span class="Bar_label">${progress}</span><span class="Chip">${status}</span><span class="Avatar_avatar" title="${owner}" aria-hidden="true">${initials}</span><span class="Tree_tags">${tag}</span>${note ? `<div class="Tree_note">${note}</div>` : ""}</div>`;
  return [
    "<!doctype html><html><head><title>Goals · Hedgerows Programme</title></head><body><main>",
    "<h1>Hedgerows Programme</h1>",
    '<div class="Tree" role="treegrid" aria-label="Goals">',
    '<div role="row"><span role="columnheader">Goal</span><span role="columnheader">Current / Target</span><span role="columnheader">Progress</span><span role="columnheader">Status</span><span role="columnheader">Owner</span><span role="columnheader">Tags</span></div>',
    row("Objective", "Roadsides are greener", "", "55%", "Needs attention", "OB", "Ottoline Brackenbury", ""),
    row("Key Result", "HVK1.1 Kilometres of hedge planted", "18 / 40", "45%", "Off track", "OB", "Ottoline Brackenbury", "Cllr Fothergill", "Nursery closed in January; whips ordered elsewhere."),
    row("Key Result", "HVK1.2 Volunteers trained in hedge laying", "212 / 250", "85%", "On track", "PW", "Peregrine Wolstenholme", "Cllr Quennell"),
    row("Key Result", "HVK1.3 Verges cut for wildflowers", "61% / 80%", "60%", "Needs attention", "PW", "Peregrine Wolstenholme", "Cllr Quennell", "Two councils have not changed their cutting contracts."),
    "</div></main></body></html>",
  ].join("\n");
}

/** The message members get when a meeting's papers are published: the agenda typed as "Item n:" lines. */
export function hedgerowsPapersPublishedEml(): string {
  return [
    "From: Member Services <member.services@example.gov.uk>",
    "To: hvp.members@example.gov.uk",
    "Subject: Papers published: Hedgerows and Verges Panel, Thursday 11 February 2662",
    "Date: Thu, 4 Feb 2662 09:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dear Panel member,",
    "",
    "The agenda and papers for the next meeting of the Hedgerows and Verges Panel have been published.",
    "",
    "Agenda",
    "",
    "Item 1: Welcome and apologies",
    "Item 2: Declarations of interest",
    "Item 3: Minutes of the meeting held on 12 November 2661 (for approval)",
    "Item 4: Hedgerows Programme: progress at quarter 3 - Ottoline Brackenbury",
    "Item 5: Any other business",
    "",
    "Part B (not open to the public)",
    "",
    "Item 6: Cutting contract: evaluation of tenders (exempt under paragraph 3) - Peregrine Wolstenholme",
    "",
    "Item 4 in brief",
    "",
    "Two of the three key results need attention.",
    "",
  ].join("\r\n");
}

/** A hearing's transcript as its reporters typed it: who sat, who gave evidence in which panel, then the turns. */
export function hedgerowsTranscriptText(): string {
  return [
    "HEDGEROWS AND VERGES PANEL",
    "",
    "EVIDENCE SESSION: HEDGE LAYING",
    "",
    "Thursday, 14 January 2662",
    "",
    "Before:",
    "",
    "CLLR BARTHOLOMEW QUENNELL (Labour, Sedgecombe Borough Council), Vice-Chair, in the Chair",
    "",
    "Panel members:",
    "",
    "CLLR IMOGEN THISTLEWOOD (Liberal Democrat, Woldhaven District Council)",
    "",
    "Witnesses:",
    "",
    "Panel 1",
    "",
    "DR CASSIUS MOBERLY, Senior Ecologist, Eastmere Wildlife Trust",
    "",
    "Panel 2",
    "",
    "MS HONORIA VANSTONE, Director, Hedgelayers' Guild",
    "",
    "(10.00am)",
    "",
    "CHAIR: Good morning and welcome to this evidence session on hedge laying.",
    "",
    "DR MOBERLY: Thank you, Chair. Laid hedges hold twice as many nesting birds as flailed ones.",
    "",
  ].join("\n");
}
