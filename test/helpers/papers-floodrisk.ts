/**
 * Fixture papers of an invented body, the Flood-risk and Coastal Erosion Task Group, in layouts the other
 * fixtures do not use: its members' directory as a web page of cards (a filter sidebar, one card per
 * member in surname order, each card's roles given as a list of the bodies the member sits on) and an
 * annual report whose membership table counts the meetings each member attended.
 * Everything here is made up.
 */

const card = (name: string, group: string, council: string, ward: string, committees: string[]) => `
<article class="member-card">
  <img src="/img/${name.toLowerCase().replace(/\W+/g, "-")}.jpg" alt="${name}">
  <h3><a href="/members/${name.toLowerCase().replace(/\W+/g, "-")}">${name}</a></h3>
  <p><span class="dot" aria-hidden="true"></span>${group}</p>
  <p>${council}</p>
  <p>Ward: ${ward}</p>
  <p>On the Task Group since: June 2029</p>
  <h4>LGA committees</h4>
  <ul>
${committees.map((c) => `    <li><a href="/bodies">${c}</a></li>`).join("\n")}
    <li><a href="mailto:x@example.org">Email</a></li>
    <li><a href="/profile">Council profile</a></li>
  </ul>
</article>`;

export const floodRiskDirectoryHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Flood-risk and Coastal Erosion Task Group: members' directory | Local Government Association</title></head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<main id="main">
<h1>Flood-risk and Coastal Erosion Task Group: members' directory</h1>
<p>Last updated: Tuesday 14 October 2031</p>
<p>The Task Group has six members and two named substitutes for 2031/32. Each member's card shows their council and the LGA bodies they sit on.</p>
<aside>
<h2>Filter members</h2>
<form><fieldset><legend>Political group</legend>
<label><input type="checkbox"> Labour (3)</label><label><input type="checkbox"> Conservative (2)</label><label><input type="checkbox"> Green (1)</label>
</fieldset><button>Apply</button></form>
</aside>
<p>Showing 6 members, sorted by surname (A to Z)</p>
${card("Cllr Perpetua Ambridge", "Labour", "Hull City Council", "Marfleet", ["Flood-risk and Coastal Erosion Task Group – Member", "Environment and Place Board – Deputy Chair"])}
${card("Cllr Oswin Blaxhall", "Conservative", "East Suffolk Council", "Aldeburgh", ["Flood-risk and Coastal Erosion Task Group – Vice-Chair (from 1 October 2031)", "Rural Services Panel – Member"])}
${card("Cllr Tamsin Carrow", "Labour", "Sefton Council", "Ainsdale", ["Flood-risk and Coastal Erosion Task Group – Chair"])}
${card("Cllr Idris Dunwich", "Green", "Norfolk County Council", "Cromer", ["Flood-risk and Coastal Erosion Task Group – Deputy Chair", "Rural Services Panel – Substitute"])}
${card("Cllr Rosalind Hemsby", "Conservative", "Lincolnshire County Council", "Skegness North", ["Flood-risk and Coastal Erosion Task Group – Deputy Chair"])}
${card("Cllr Bartholomew Kessingland", "Labour", "Cornwall Council", "Bude", ["Flood-risk and Coastal Erosion Task Group – Member (from 1 October 2031; a substitute until then)"])}
<h2>Substitute members</h2>
<p>Substitutes can attend and vote in place of a member of their own political group.</p>
${card("Cllr Winifred Orford", "Green", "Suffolk County Council", "Felixstowe Coastal", ["Flood-risk and Coastal Erosion Task Group – Substitute"])}
${card("Cllr Lancelot Pakefield", "Conservative", "Dorset Council", "Lyme Regis", ["Flood-risk and Coastal Erosion Task Group – Substitute"])}
<h2>Recent changes to membership</h2>
<ul><li>1 October 2031: Cllr Oswin Blaxhall (East Suffolk Council) became Vice-Chair, after Cllr Gervase Walberswick stood down.</li></ul>
</main>
<footer><p>Local Government Association, 18 Smith Square, London</p></footer>
</body></html>
`;

export const floodRiskAnnualReportMd = `# Flood-risk and Coastal Erosion Task Group: annual report 2030/31

Item 3, 8 July 2031

## Membership and attendance

The Task Group met five times in 2030/31.

Table 1: Membership and attendance 2030/31

| Member | Council | Group | Role | Meetings attended (of 5) |
|---|---|---|---|---|
| Cllr Tamsin Carrow | Sefton Council | Labour | Chair | 5 |
| Cllr Gervase Walberswick | Waveney District Council | Conservative | Vice-Chair | 4 |
| Cllr Idris Dunwich | Norfolk County Council | Green | Deputy Chair | 3 |
| Cllr Rosalind Hemsby | Lincolnshire County Council | Conservative | Deputy Chair | 5 |
| Cllr Perpetua Ambridge | Hull City Council | Labour | Member | 1 |
| Cllr Oswin Blaxhall | East Suffolk Council | Conservative | Member | 4 |

## Governance actions

| Ref | Action | Lead officer | Due | Status |
|---|---|---|---|---|
| FR-01 | Publish the terms of reference | Hesper Lowestoft | 30 September 2030 | Complete |
| FR-02 | Agree a data-sharing protocol with the Environment Agency | Hesper Lowestoft | 31 December 2030 | Carried forward |
| FR-03 | Set up a register of members' interests | Caius Southwold | 31 March 2031 | Not started |
| FR-04 | Report the progress made on shoreline management plans | Caius Southwold | 30 June 2031 | In progress |

## Review of effectiveness

The Task Group reviews its governance once a year, in May.

The review of 2030/31 found two weaknesses. First, four of the eleven councils with shoreline projects running sent their quarterly monitoring returns late, one of them (Scarborough Borough Council) by more than two months. Second, an interest that a member declared at the meeting of 9 December 2030 was not entered in the register of interests until 2 February 2031. Neither weakness led to any loss of funds.

## What we did

The Task Group will use the independent evaluation of the toolkit pilot, due in the spring of 2032, to plan its work for 2032/33.

The Task Group published its shoreline management toolkit in March 2031 and answered the Government's consultation on coastal change.
`;

export const floodRiskMinutesMd = `# Flood-risk and Coastal Erosion Task Group: minutes of the meeting of 8 July 2031

## Present

- Cllr Tamsin Carrow (Chair)
- Cllr Rosalind Hemsby
- Cllr Oswin Blaxhall

## Apologies

- Cllr Perpetua Ambridge

## 1. Annual report

The Task Group agreed the annual report.
`;

export const floodRiskNoteTxt = `Flood-risk and Coastal Erosion Task Group

Minutes of the meeting of 15 October 2031

Item 4, the shoreline grants, was taken with Cllr Idris Dunwich in the chair, because the Chair's council, Sefton Council, had bid.
`;

/** A decision log kept as markdown decision records: a heading per record, its status among metadata bullets, links to the records it supersedes. */
export const floodRiskDecisionLogMd = `# Decision log: Flood-risk and Coastal Erosion Task Group

Last updated: 2031-10-20

## Records

* [FRD-01: Shoreline grants, round 1 – criteria](#frd-01-shoreline-grants-round-1--criteria)
* [FRD-02: Coastal change toolkit launch](#frd-02-coastal-change-toolkit-launch)
* [FRD-03: Shoreline grants, round 1 – later closing date](#frd-03-shoreline-grants-round-1--later-closing-date)
* [FRD-05: Data-sharing protocol with the Environment Agency](#frd-05-data-sharing-protocol-with-the-environment-agency)
* [FRD-04: Response to the consultation on coastal erosion maps](#frd-04-response-to-the-consultation-on-coastal-erosion-maps)

## FRD-01: Shoreline grants, round 1 – criteria

* Status: superseded by [FRD-03](#frd-03-shoreline-grants-round-1--later-closing-date)
* Deciders: the Task Group, meeting of 8 July 2031
* Date: 2031-07-08

### Context and Problem Statement

Round 1 of the shoreline grants needed criteria and a closing date of 12 September 2031.

## FRD-02: Coastal change toolkit launch

* Status: accepted
* Deciders: the Task Group, meeting of 8 July 2031
* Date: 2031-07-08

### Decision Outcome

Chosen option: "Launch the toolkit at the coastal summit", because most councils attend it.

## FRD-03: Shoreline grants, round 1 – later closing date

* Status: accepted, supersedes [FRD-01](#frd-01-shoreline-grants-round-1--criteria)
* Deciders: Cllr Tamsin Carrow (Chair), between meetings
* Date: 2031-09-01

### Decision Outcome

Chosen option: "Close on 26 September 2031", because the guidance was late.

## FRD-05: Data-sharing protocol with the Environment Agency

* Status: accepted
* Deciders: the Task Group, meeting of 15 October 2031
* Date: 2031-10-15

### Decision Outcome

Chosen option: "Sign the protocol as drafted", so action FR-02 of the annual report is completed, three months late.

## FRD-04: Response to the consultation on coastal erosion maps

* Status: proposed
* Deciders: Cllr Tamsin Carrow (Chair), after consulting members by email
* Date: 2031-10-20

### Context and Problem Statement

The Environment Agency consults on new coastal erosion maps until 30 November 2031.
`;

/** A grants paper whose table of bids gives "–" where there is no score or award: dashes, not ratings. */
export const floodRiskGrantsMd = `# Shoreline grants 2031/32: round 1 recommended awards

Flood-risk and Coastal Erosion Task Group, 15 October 2031, item 4

Round 1 ended on 26 September 2031 with six bids. Four were scored against the criteria; two bids are on the reserve list.

Contact officer: Hesper Lowestoft, Senior Adviser (Coastal). Contact her about the bids and about the results of the coastal erosion survey that informed the criteria.

Table 1: Round 1 bids

| Council | Ref | Project | Asked (£) | Score (of 30) | Recommended (£) | Outcome |
|---|---|---|---|---|---|---|
| Sefton Council | SG-01 | Dune fencing at Ainsdale | 40,000 | 24 | 40,000 | Recommended |
| Hull City Council | SG-02 | Flood gates at Victoria Dock | 55,000 | 21 | 50,000 | Recommended |
| East Suffolk Council | SG-03 | Cliff monitoring at Thorpeness | 30,000 | 17 | – | Reserve |
| Cornwall Council | SG-04 | Beach access repairs at Bude | 25,000 | 16 | – | Reserve |
| Dorset Council | SG-05 | Sea wall survey at Lyme Regis | 20,000 | – | – | Not eligible |
| Norfolk County Council | SG-06 | Groyne repairs at Cromer | 35,000 | 12 | – | Not recommended |
`;

/** A survey tool's summary export, its contact in the banner's notes, the line run on to the next. */
export const floodRiskSurveyTxt = `Survey Hub                                                        Summary report
================================================================================
Survey:         Coastal erosion survey of councils 2031
Responses:      88 (80 complete, 8 partial)
================================================================================

Prepared for the Task Group, 15 October 2031, item 5. Percentages are of the
councils that answered each question.

Contact: Morwenna Trevose, Research Adviser, 020 7946 0388,
morwenna.trevose@local.gov.uk

Q1  Has your council lost land to coastal erosion since 2021?
    Yes   61.36%   54
    No    38.64%   34
`;
