/**
 * Papers of an invented body, the Heathland Grazing Panel, for what an answer must fetch from another
 * paper: the council of a member named as someone's replacement (the minutes name him, the membership
 * list gives his council), the post of a risk's owner (the register gives a name, an agenda line or a
 * contact block gives the post). All names and figures are made up.
 */

/** Minutes noting a change of membership: the new member is named, his council is not. */
export const heathlandMinutesMd = `# Heathland Grazing Panel

## Minutes of the meeting held on Wednesday 8 September 2027

Present: Cllr Araminta Pelling (Chair), Cllr Fenton Hazlewood, Cllr Ruth Okonedo.

### 2 Membership

2.1 The Chair reported that Cllr Jocelyn Ashcombe had stood down from the Panel on 31 July 2027.
Cllr Barnaby Treleaven, previously a substitute, took her place as a member from 1 August 2027.

### 3 Grazing licences

3.1 Members noted the report on grazing licences for common land.

### 4 Commons grazing consultation: draft response

Agreed
`;

/** The membership list, giving each member's council and group. */
export const heathlandMembershipMd = `# Heathland Grazing Panel: membership 2027/28

## Membership

| Councillor | Council | Group | Role |
|---|---|---|---|
| Cllr Araminta Pelling | Dorset Council | Conservative | Chair |
| Cllr Fenton Hazlewood | Surrey Heath Borough Council | Liberal Democrat | Vice-Chair |
| Cllr Ruth Okonedo | Breckland Council | Labour | Member |
| Cllr Barnaby Treleaven | New Forest District Council | Conservative | Member |
`;

/** A risk register that names each risk's owner but not the owner's post. */
export const heathlandRiskRegisterCsv = [
  "Ref,Risk,Owner,Rating",
  "HGR-01,Too few graziers apply for licences on small commons,Lavinia Stroud,High",
  "HGR-02,Livestock worrying by dogs rises on open commons,Osric Tennant,Medium",
  "",
].join("\n");

/** An agenda whose item lines give the presenting officers' posts after their names. */
export const heathlandAgendaMd = `# Heathland Grazing Panel: agenda, 8 September 2027

| Time | Item | Title | Presenting |
|---|---|---|---|
| 10.30 | 3 | Grazing licences for common land | Lavinia Stroud, Senior Adviser (Commons) |
`;

/** A paper whose contact line gives the officer's post after the name and a comma. */
export const heathlandDogsPaperMd = `Heathland Grazing Panel

8 September 2027

# Dogs on grazed commons

**Purpose of report:** For information.

**Summary:** This report sets out the councils' work with dog walkers on grazed commons.

**Contact officer:** Osric Tennant, Programme Manager (Access)

**Phone:** 020 7946 0612

1. Twelve councils now run a code of conduct for dog walkers on grazed commons.

2. The Commons Grazing Forum 2027 will be held on Thursday 18 November 2027 at Thetford Forest Lodge, with a session on dogs and livestock.
`;

/** A budget table whose rows are explained apart from it: under a side heading, and in a numbered paragraph. */
export const heathlandBudgetMd = `# Heathland Grazing Panel: budget 2027/28, position at 31 August 2027

| Budget line | Budget (£) | Forecast (£) | Variance (£) |
|---|---|---|---|
| Shepherding Apprenticeships | 52,000 | 38,000 | (14,000) |
| Commons Fencing Grants | 90,000 | 90,000 | 0 |
| Grazing Animal Welfare Checks | 24,000 | 19,500 | (4,500) |
| Commons Grazing Forum 2027 | 6,000 | 6,500 | 500 |

## Explanation of the variances

### Shepherding Apprenticeships – underspend £14,000

The National Flock Skills Trust withdrew as the training provider in July 2027, so four of the ten apprenticeships planned for the year will now start in 2028/29.

3. Grazing Animal Welfare Checks, underspend £4,500. Two of the six veterinary checks were combined with the commons fencing site visits, which cost less than separate visits.
`;

/** A record of a decision taken between meetings: the decision and its reasons on lines of their own. */
export const heathlandDecisionsTxt = `Heathland Grazing Panel
Decisions taken between meetings, 2027/28

Reference: HGP-D 27/04
Date of decision: 14 August 2027
Subject: Livestock tracking collars - contract extension
Decision: To extend the contract with Brackenridge Telemetry Ltd for livestock tracking collars on grazed commons by four months, to 31 December 2027, at a cost of £9,400.
Reasons: The collars on 31 commons stop working when the current contract ends on 31 August 2027, and a new supplier cannot be appointed before the winter grazing season.
Decision-maker: Chair of the Panel
`;

/**
 * A programme plan whose statuses are words after a coloured dot, "Late" and "Not started" among them,
 * under a table counting the tasks by status.
 */
export const heathlandPlanMd = `# Heathland Grazing Panel: grazing programme 2027/28, progress at 31 August 2027

| Status | Tasks |
|---|---|
| Complete | 1 |
| At risk | 1 |
| Late | 1 |
| Not started | 1 |

| ID | Task | Lead | Finish | Status |
|---|---|---|---|---|
| HGP1 | Map the commons that need grazing | Lavinia Stroud | 30 Jun 2027 | • Complete |
| HGP2 | Recruit graziers for small commons | Lavinia Stroud | 30 Sep 2027 | • At risk |
| HGP3 | Fence the Ashdown commons | Osric Tennant | 31 Jul 2027 | • Late |
| HGP4 | Winter grazing review | Osric Tennant | 31 Mar 2028 | • Not started |
`;

/**
 * An e-mail filed with the Panel's papers (its file name says whose) that gives the year's outturn after
 * the year ended, and a new Deputy Chair no membership list shows yet; it names the Panel only as "the
 * Panel".
 */
export const heathlandEmailTxt = `From: Lavinia Stroud <lavinia.stroud@local.gov.uk>
To: Cllr Araminta Pelling
Date: Tue, 18 Apr 2028 10:02:00 +0100
Subject: Outturn and Deputy Chair

Dear Araminta,

The outturn for the year is now final: the Panel spent £171,400 against its budget of £180,000.

The Liberal Democrat Group confirmed this morning that Cllr Perpetua Blanchflower will be the Panel's first Deputy Chair from 1 May 2028.

Best wishes,
Lavinia
`;

/** A draft response whose author is given on a "Drafted by:" line with her post, phone and e-mail. */
export const heathlandResponseMd = `# Commons grazing: draft response to the Government's consultation

Heathland Grazing Panel, 8 September 2027

Consultation: Grazing on common land: a new framework

Closing date: Friday 27 October 2027

Drafted by: Philippa Quennell, Adviser (Commons), 020 7946 0655, philippa.quennell@local.gov.uk

## About this draft

This is the second draft of the Panel's response to the Government's consultation on commons grazing, drafted after the Panel's discussion in June and two round tables with council officers.

## Question 1

Do you agree that councils should license grazing on small commons?

Our answer: Agree. Councils already manage most small commons and know the graziers.
`;

/** A board paper whose front sheet names its author as "Prepared by". */
export const heathlandLicencesPaperMd = `Heathland Grazing Panel

8 September 2027

# Grazing licences for common land

**Purpose of report:** For decision.

**Summary:** This report proposes a model grazing licence for councils.

**Prepared by:** Lavinia Stroud, Senior Adviser (Commons)

**Phone:** 020 7946 0611

1. Eleven councils have asked for a model licence.
`;

/** Grant bids whose recommendations carry a bracketed gloss: "Reserve (1)", "Recommended (reduced)". */
export const heathlandGrantsMd = `# Heathland Grazing Panel: commons fencing grants 2027/28

| Ref | Council | Bid (£) | Recommendation |
|---|---|---|---|
| CFG-01 | Dorset Council | 12,000 | Recommended |
| CFG-02 | Breckland Council | 9,500 | Recommended (reduced) |
| CFG-03 | New Forest District Council | 14,000 | Reserve (1) |
| CFG-04 | Surrey Heath Borough Council | 8,000 | Reserve (2) |
| CFG-05 | East Devon District Council | 11,000 | Not recommended |
| CFG-06 | Wealden District Council | 7,500 | Recommended |
`;

/** A year's outturn reported after the year has ended: its table is of that year, not of the next. */
export const heathlandOutturnMd = `# Heathland Grazing Panel: provisional outturn 2027/28

The Panel spent £171,400 against its budget of £180,000 for 2027/28.

| Budget line | Budget 2027/28 (£) | Outturn (£) | Variance (£) |
|---|---|---|---|
| Shepherding Apprenticeships | 52,000 | 37,200 | (14,800) |
| Commons Fencing Grants | 90,000 | 90,000 | 0 |
| Grazing Open Days | 14,000 | 12,600 | (1,400) |
| Grazing Animal Welfare Checks | 24,000 | 31,600 | 7,600 |
`;

/** A note that talks around rates and levels it does not give, beside one rate and one level it does. */
export const heathlandSurveysNoteTxt = `Heathland Grazing Panel
Note for members: surveys and charges, May 2028

The grazier survey opened on 3 April 2028 and closes on 12 May 2028; its findings will be reported to the Panel in July 2028, with the draft grazing guidance.

Of the 40 commons councils asked in 2027 whether they issue grazing licences, 26 replied: 65 per cent.

The Government has said it will cap the fees councils may charge for grazing licences from 2029.

The deposit for a stock-proof gate key is set at £25 per grazier.
`;

/**
 * A grants progress report whose projects are "Delayed" or "Complete" (not "late", "finished"), whose
 * figures include a row of nothing paid of 33 plots ("0 | 33 | 0"), under a title naming the projects.
 */
export const heathlandFencingProgressMd = `Heathland Grazing Panel

Item 6

Commons fencing projects: progress at 31 March 2028

Draft 3, Monday 3 April 2028 – for the Panel

**Purpose of report:** For information.

**Summary:** One of the three fencing projects is delayed.

**Recommendations:** That the Panel notes the progress of the three fencing projects and the new date for Breckland.

**Contact officer:** Osric Tennant

| Ref | Council | Site | Paid (£) | Posts planned | Posts done | Status |
|---|---|---|---|---|---|---|
| FP-01 | Dorset Council | Canford Heath: new boundary fence | 12,000 | 40 | 40 | Complete |
| FP-02 | Breckland Council | Thetford Heath: cattle grids and fence | 0 | 33 | 0 | Delayed |
| FP-03 | Wealden District Council | Crowborough Common: gates and posts | 3,000 | 28 | 9 | On track |
| Total | | | 15,000 | 101 | 49 | |

1. FP-01, Dorset Council. All 40 posts were set by the end of February 2028 and the grant has been paid in full.

2. FP-02, Breckland Council. The fencing contractor withdrew in February 2028; a new contractor starts in May 2028, so the posts will be set by the end of July 2028.
`;

/** A meeting's web page: the next meeting's date above an attendance register with a reason for each absence. */
export const heathlandMeetingHtml = `<html><head><title>Heathland Grazing Panel - Wednesday 26 April 2028</title></head><body><main>
<h1>Heathland Grazing Panel - Wednesday 26 April 2028</h1>
<h2>1. Apologies</h2>
<p>Apologies were received from Councillor Ruth Okonedo.</p>
<h2>2. Date of next meeting</h2>
<p>The next meeting will be held on Wednesday 19 July 2028 at 10.30am.</p>
<h2>Attendance details</h2>
<table>
<tr><th>Attendee</th><th>Role</th><th>Attendance</th><th>Reason for absence</th></tr>
<tr><td>Councillor Araminta Pelling</td><td>Chair</td><td>Present</td><td></td></tr>
<tr><td>Councillor Ruth Okonedo</td><td>Committee Member</td><td>Apologies</td><td>Attending a Breckland Council licensing hearing</td></tr>
<tr><td>Councillor Jory Treleaven</td><td>Committee Member</td><td>Attended virtually</td><td></td></tr>
<tr><td>Councillor Perpetua Blanchflower</td><td>Committee Member</td><td>Present</td><td></td></tr>
</table>
</main></body></html>
`;

/**
 * An officers' note that moves a date another paper gives (an event's, a task's finish), in words that
 * never name "deadline"; the budget gives the event only as a line of figures.
 */
export const heathlandOfficersNoteTxt = `Heathland Grazing Panel
Note of the officers' meeting with the Chair, 4 October 2027

1. Commons Grazing Forum 2027. Thetford Forest Lodge has double-booked its hall on 18 November 2027. The Chair agreed to move the Forum to Thursday 2 December 2027, at the same venue and with the same fees.

2. Fencing the Ashdown commons (HGP3). Osric Tennant asked for a revised finish of 31 January 2028. The Chair agreed that HGP3 be finished by Friday 26 November 2027 instead, before the winter grazing season.

3. Commons Grazing Forum 2027: Philippa Quennell is the lead officer for the Forum and its programme.
`;
