// Builds docs/home-adaptations-panel-terms-of-reference-2081-82.txt: the Panel's terms of reference and
// membership as an AsciiDoc source file (as kept in a docs repository and saved with a .txt name), and its
// rendering text/<same>.txt (the same lines, with each |=== table's cells joined into "cell | cell" rows and
// the fence lines dropped; every other line, attributes and markup included, kept as a reader sees it).
//   node src/build-tor-adoc.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MEMBERS, SUBSTITUTES, OFFICERS, MEETINGS, longDate } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "home-adaptations-panel-terms-of-reference-2081-82";
const O = OFFICERS;

// members table: one cell a line, a blank line between rows (the footnote macro stuck to its cell, as authors type it)
const memberRows = MEMBERS.map((m) =>
  [`|${m.name}`, `|${m.council}`, `|${m.group}`, `|${m.role}${m.footnote ? `footnote:[${m.footnote}]` : ""}`].join("\n"),
).join("\n\n");
// substitutes: one row a line
const subRows = SUBSTITUTES.map((s) => `|${s.name} |${s.council} |${s.group}`).join("\n");
const meetingRows = MEETINGS.map((m) => `|${longDate(m.iso)} |${m.time} |${m.venue}`).join("\n");
const officerRows = [O.kirkbride, O.kellaway, O.hindmarsh, O.vorster, O.loosemore, O.wadlow]
  .map((o) => `|${o.role} |${o.name}, ${o.post} |${o.phone} |${o.email}`)
  .join("\n");

const doc = `= Home Adaptations Panel: terms of reference and membership 2081/82
${O.wadlow.name} <${O.wadlow.email}>
v1.2, 3 September 2081: membership updated after the Conservative group's nomination of 28 August 2081
:description: Terms of reference, membership, substitutes, meeting dates and supporting officers of the LGA Home Adaptations Panel, 2081/82.
:keywords: Disabled Facilities Grant, DFG, home adaptations, terms of reference, membership
:doctype: article
:toc: left
:toclevels: 2
:sectnums:
:icons: font
:lang: en-GB
:panel-mailbox: homeadaptations@local.gov.uk
:next-review: 22 April 2082
:experimental:

// Kept in the member-services docs repository (panels/home-adaptations/tor.adoc).
// The web page and the PDF are built from this file with Asciidoctor: edit this file, not the built copies.

[abstract]
.Summary
The Home Adaptations Panel is a time-limited member panel of the Local Government Association (LGA). It leads the LGA's work on the Disabled Facilities Grant (DFG) and on the home adaptations that let disabled and older people live safely and independently in their own homes. The LGA Board set it up on 14 May 2081, and it first met on 16 July 2081.

IMPORTANT: These terms of reference run to 31 March 2083. The Panel will review them at its meeting on {next-review} and advise the LGA Board whether it should continue after that date.

== Purpose

The Panel will:

. make the case to Government for DFG funding that keeps pace with demand, including a higher upper limit for the mandatory grant;
. lead the LGA's response to the Government's review of the DFG test of resources (the means test);
. help councils cut the time from first contact to a finished adaptation, in particular through the Adaptations Accelerator pilot in eight councils;
. champion the occupational therapy (OT) and trusted assessor workforce that councils need to assess for and deliver adaptations;
. gather and publish evidence and good practice, including a quarterly dashboard of DFG waiting times; and
. oversee the LGA's programme budget for home adaptations (£640,000 in 2081/82).

== What the Panel can and cannot do

The Panel may agree LGA responses to consultations on the DFG and home adaptations, and it may commission work within its programme budget. Anything that would commit the LGA on wider housing or adult social care funding goes to the LGA Board.

The Panel may itself agree a virement between lines of its programme budget of up to £25,000. A larger virement needs the agreement of the LGA's Director of Finance, and the Panel is told of it at its next meeting.

NOTE: The Panel does not consider individual grant applications, appeals or complaints about a council's adaptations service. Enquiries of that kind are passed to the council concerned.

== Membership

=== Members 2081/82

The Panel has 12 members, appointed by the LGA's political groups in proportion to their strength in the General Assembly: Labour 5, Conservative 4, Liberal Democrat 2 and Green 1. Members serve for the municipal year.

.Members of the Home Adaptations Panel, 2081/82
[cols="3,4,2,3",options="header"]
|===
|Member
|Council
|Group
|Role

${memberRows}
|===

=== Substitutes

Each political group may name substitutes. A substitute may attend, speak and vote only in place of a member of the same group who has sent apologies, and only for that meeting.

[cols="3,4,2",options="header"]
|===
|Substitute |Council |Group
${subRows}
|===

TIP: The Green group has not named a substitute for 2081/82. If Cllr Kinnersley cannot come to a meeting, the Green group office may nominate another Green councillor for that meeting only.

=== Office holders

Chair:: Cllr Bernadette Gillingwater (Labour, Sunderland City Council), elected by the Panel on 16 July 2081.
Vice-Chair:: Cllr Hamish Urquhart (Conservative, Dorset Council).
Deputy Chair:: Cllr Tegan Tregidga (Liberal Democrat, Cornwall Council).
Lead members:: Cllr Declan Mulready leads on the workforce (purpose 4) and Cllr Marguerite Ashbridge on the Adaptations Accelerator pilot (purpose 3).

If the Chair is absent, or has an interest in an item, the Vice-Chair takes the chair; if both are absent or have an interest, the Deputy Chair does.

=== Quorum

The quorum is four members, who must come from at least two political groups. A substitute attending in place of a member counts towards the quorum.

== Meetings

The Panel meets four times in 2081/82. Meetings are held in public unless the Panel agrees otherwise for an item. Papers are published five working days before each meeting.

.Meetings in 2081/82
[cols="3,1,4",options="header"]
|===
|Date |Time |Venue
${meetingRows}
|===

== Declarations of interest

Members declare any interest in an item at the start of each meeting, in line with the LGA's code of conduct. The eight Accelerator pilot councils are Calderdale, Cheshire West and Chester, Cornwall, Gateshead, Luton, Sunderland, Torbay and Wokingham. A member from one of those councils declares an interest when the Panel discusses the pilot grants.

== Officers supporting the Panel

[cols="2,4,2,3",options="header"]
|===
|Role |Officer |Telephone |Email
${officerRows}
|===

The Panel's mailbox is {panel-mailbox}.

[appendix]
== Version history

[cols="1,2,5",options="header"]
|===
|Version |Date |Changes
|1.0 |12 May 2081 |First draft, agreed by the LGA Board on 14 May 2081.
|1.1 |16 July 2081 |Agreed by the Panel at its first meeting. Quorum changed from five members to four. Lead members added.
|1.2 |3 September 2081 |Cllr Anjali Bhardwaj replaces Cllr Crispin Rushbrooke. Cllr Elspeth Grierson added as a Conservative substitute.
|===

[glossary]
== Glossary

DFG:: Disabled Facilities Grant, the mandatory grant councils pay for adaptations such as stairlifts, level-access showers, ramps, through-floor lifts and extensions. The upper limit in England is £45,000 a grant.
Test of resources:: the means test that decides how much an adult applicant pays towards the cost of the work.
Trusted assessor:: a member of staff trained to assess for simpler adaptations without a full occupational therapy assessment.
HIA:: home improvement agency.
`;

// rendering: tables as "cell | cell" rows (cells on their own lines are gathered by the [cols] count)
function render(src) {
  const out = [];
  const lines = src.split("\n");
  let ncols = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^\[cols="([^"]+)"/.exec(line);
    if (m) ncols = m[1].split(",").length;
    if (line.trim() === "|===") {
      const cells = [];
      for (i++; lines[i].trim() !== "|==="; i++) {
        if (!lines[i].trim()) continue;
        for (const c of lines[i].split(/(?:^|\s)\|/).slice(1)) cells.push(c.trim());
      }
      for (let k = 0; k < cells.length; k += ncols) out.push(cells.slice(k, k + ncols).join(" | "));
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), doc);
writeFileSync(join(root, "text", BASE + ".txt"), render(doc));
console.log("wrote docs/ and text/ " + BASE + ".txt");
