/**
 * Papers of an invented Quarries and Minerals Panel (2076/77) in layouts taken from other tools: minutes
 * sent to members in the body of an e-mail (.eml, MIME, quoted-printable HTML beside a plain-text part),
 * whose actions table gives no status; the next meeting's pack in markdown, whose action log gives each of
 * those actions a status in words ("On track", "Overdue", "Deferred", "Complete"); a web report whose
 * quarter's rating is a tick in one of four columns headed R / A / G / C under a spanning "Q3 rating"; and a
 * paper in markdown opening with a MultiMarkdown metadata block, the body's name set as a bold line under
 * the paper's title.
 */

/** Quoted-printable, as a mail client writes a UTF-8 part: "=E2=80=93" for "–", soft breaks at 76 columns. */
function quotedPrintable(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  let line = "";
  const lines: string[] = [];
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    const token = byte === 0x0a ? "\n" : (byte >= 33 && byte <= 126 && ch !== "=") || byte === 0x20 ? ch : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    if (token === "\n") {
      lines.push(line);
      line = "";
      continue;
    }
    if (line.length + token.length > 75) {
      lines.push(`${line}=`);
      line = "";
    }
    line += token;
  }
  lines.push(line);
  return lines.join("\r\n");
}

const minutesHtml = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div class="elementToProof">Dear Panel members,</div>
<div class="elementToProof">Please find below the draft minutes of the Quarries and Minerals Panel meeting held on Wednesday 20 January 2077. The Chair has agreed that they go out as a draft; they will go to the next meeting on Wednesday 10 March 2077 for confirmation.</div>
<div class="elementToProof">Kind regards,<br>Odile</div>
<hr>
<div class="elementToProof"><b>Quarries and Minerals Panel</b></div>
<div class="elementToProof">Draft minutes of the meeting held on Wednesday 20 January 2077, 2.00pm, Committee Room 3</div>
<div class="elementToProof"><b>Present:</b><br>Cllr Petra Lindqvist-Hale (Con) – Ashcombe County Council, Chair<br>Cllr Rowan Abernethy (Lab) – Kelsby Borough Council, Vice-Chair<br>Cllr Nadia Foulkes (LD) – Tarrow District Council</div>
<div class="elementToProof"><b>Substitute:</b><br>Cllr Emeka Stroud (Lab) – Pellham City Council, for Cllr Gwen Marrable</div>
<div class="elementToProof"><b>Apologies:</b><br>Cllr Gwen Marrable (Lab) – Wexcombe Borough Council</div>
<div class="elementToProof"><b>1. Welcome, apologies and declarations of interest</b></div>
<div class="elementToProof">1.1 The Chair welcomed members. Apologies were received from Cllr Gwen Marrable; Cllr Emeka Stroud attended as substitute.</div>
<div class="elementToProof">1.2 Cllr Nadia Foulkes said that Tarrow District Council, where she chairs the planning committee, intends to ask for a waiver of the bond at Haddon Edge quarry.</div>
<div class="elementToProof"><b>2. Restoration bonds</b></div>
<div class="elementToProof">2.1 Hamid Osei, Senior Adviser, introduced the paper on restoration bonds for worked-out quarries.</div>
<div class="elementToProof">2.2 Resolved: that the Panel agreed a minimum bond of £1.2 million for each new extraction site.</div>
<div class="elementToProof"><b>Actions agreed at this meeting</b></div>
<table border="1" style="border-collapse:collapse">
<tr><td><b>Ref</b></td><td><b>Minute</b></td><td><b>Action</b></td><td><b>Owner</b></td><td><b>Due</b></td></tr>
<tr><td>TA-21</td><td>2.2</td><td>Publish the bond guidance for mineral planning authorities</td><td>Hamid Osei</td><td>15 February 2077</td></tr>
<tr><td>TA-22</td><td>2.2</td><td>Survey councils on bonds held for sites already worked</td><td>Hamid Osei</td><td>31 March 2077</td></tr>
<tr><td>TA-23</td><td>1.1</td><td>Write to the minerals trade body about lorry routes on behalf of the Chair</td><td>Odile Brannigan</td><td>5 February 2077</td></tr>
<tr><td>TA-24</td><td>2.1</td><td>Report options for pooling bonds across councils</td><td>Hamid Osei</td><td>10 March 2077</td></tr>
</table>
</body></html>`;

const minutesPlain = `Dear Panel members,

Please find below the draft minutes of the Quarries and Minerals Panel meeting held on Wednesday 20 January 2077. The Chair has agreed that they go out as a draft; they will go to the next meeting on Wednesday 10 March 2077 for confirmation.

Quarries and Minerals Panel
Draft minutes of the meeting held on Wednesday 20 January 2077
`;

/** Minutes sent as an e-mail, as Exchange sends it: an encoded subject, the message as text and as HTML. */
export const quarriesMinutesEml = [
  "Received: from mail.example.invalid (127.0.0.1) by mail.example.invalid; Mon, 25 Jan 2077 10:04:00 +0000",
  "From: Odile Brannigan <odile.brannigan@local.gov.uk>",
  "To: QMP Members <qmp-members@local.gov.uk>",
  "Subject: =?utf-8?Q?Draft_minutes_=E2=80=93_Quarries_and_Minerals_Panel,_20_January?=",
  " =?utf-8?Q?_2077?=",
  "Date: Mon, 25 Jan 2077 10:04:00 +0000",
  "Message-ID: <qmp-2077-01-25@local.gov.uk>",
  "MIME-Version: 1.0",
  'Content-Type: multipart/alternative; boundary="b1_qmp"',
  "",
  "--b1_qmp",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  quotedPrintable(minutesPlain),
  "--b1_qmp",
  'Content-Type: text/html; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  quotedPrintable(minutesHtml),
  "--b1_qmp--",
  "",
].join("\r\n");

/** The next meeting's pack in markdown: its action log gives the January actions their status. */
export const quarriesPackMd = `# Quarries and Minerals Panel

Agenda pack for the meeting on Wednesday 10 March 2077

## Agenda

| Item | Title | Lead |
|---|---|---|
| 1 | Welcome and apologies | Chair |
| 2 | Minutes of the meeting held on 20 January 2077 (to confirm) | Chair |
| 3 | Action log | Odile Brannigan |

## Item 3: Action log

Actions agreed at the meeting on 20 January 2077, with their status at 1 March 2077.

| Ref | Action | Owner | Due | Status | Update |
|---|---|---|---|---|---|
| TA-21 | Publish the bond guidance for mineral planning authorities | Hamid Osei | 15 February 2077 | Complete | Published on 12 February 2077. |
| TA-22 | Survey councils on bonds held for sites already worked | Hamid Osei | 31 March 2077 | On track | 41 councils have replied so far. |
| TA-23 | Write to the minerals trade body about lorry routes on behalf of the Chair | Odile Brannigan | 5 February 2077 | Overdue | Draft letter with the Chair for signature. |
| TA-24 | Report options for pooling bonds across councils | Hamid Osei | 10 March 2077 | Deferred | Deferred to June with the Chair's agreement. |

## Item 4: Lorry drivers' survey

The Minerals Haulage Forum's survey slides are on the members' extranet.

4.1 Minerals Haulage Forum: lorry drivers' survey. The Forum surveyed 1,140 quarry lorry drivers in 2076. Only 41% said rest stops near quarries were adequate, and one driver in four had been held up by night restrictions.

## Item 6: Quarry restoration grants, round 1

Table 1: recommended grants

| Bid ref | Council | Site | Score (out of 100) | Recommended grant |
|---|---|---|---|---|
| QRG-01 | Kelsby Borough Council | Haddon Edge | 82 | £140,000 |
| QRG-02 | Tarrow District Council | Mossfold Pit | 71 | £95,000 |
| Total | | | | £235,000 |

Table 2: programme budget 2076/77

| Line | Budget 2076/77 | Spend to 28 February 2077 | Forecast outturn |
|---|---|---|---|
| Restoration advice (excluding the grants) | £60,000 | £41,000 | £58,000 |
| Haulage studies | £25,000 | £12,000 | £25,000 |

Grants will be paid in two halves, on signing and on completion.

Table 3: inspection revenue budget 2076/77 (£000)

| Line | Budget | Forecast | Variance |
|---|---|---|---|
| Monitoring visits | 120 | 135 | 15 |
| Enforcement notices | 40 | 31 | (9) |

## Item 7: Risk register

| Ref | Risk | Likelihood | Impact | Score | Owner |
|---|---|---|---|---|---|
| QRR-01 | Operators walk away from sites without restoring them | 3 | 5 | 15 | Hamid Osei |
| QRR-02 | Night lorry restrictions push traffic onto village roads | 4 | 3 | 12 | Odile Brannigan |

Mitigation

| Ref | Risk | Controls in place | Further action | Target score |
|---|---|---|---|---|
| QRR-01 | Sites left unrestored | Bonds required for new sites | Pooled bond fund (item 5) | 8 |
| QRR-02 | Lorries on village roads | Agreed lorry routes | Route signage pilot at Kelsby by June 2077 | 6 |
`;

/** A web report whose quarter's rating is a tick in one of four columns under a spanning header. */
export const quarriesMeasuresHtml = `<!DOCTYPE html>
<html><head><title>Minerals programme: performance at quarter 3 2076/77</title></head>
<body>
<h1>Minerals programme: performance at quarter 3 2076/77</h1>
<p>Table 1 gives each measure's rating last quarter and this quarter. Each measure has a tick in one of the four rating columns.</p>
<table border="1">
<tr><th rowspan="2">Ref</th><th rowspan="2">Measure</th><th rowspan="2">Lead officer</th><th rowspan="2">Q2 rating</th><th colspan="4">Q3 rating</th><th rowspan="2">Commentary</th></tr>
<tr><th>R</th><th>A</th><th>G</th><th>C</th></tr>
<tr><td>QR-01</td><td>Restoration plans approved</td><td>Hamid Osei</td><td>Amber</td><td></td><td></td><td>✔</td><td></td><td>Nine plans approved in the quarter.</td></tr>
<tr><td>QR-02</td><td>Lorry movements outside agreed hours</td><td>Odile Brannigan</td><td>Green</td><td>✔</td><td></td><td></td><td></td><td>Night deliveries rose after the bypass closed.</td></tr>
<tr><td>QR-03</td><td>Dust complaints resolved within 10 days</td><td>Hamid Osei</td><td>Green</td><td></td><td>✔</td><td></td><td></td><td>Two complaints took longer in December.</td></tr>
<tr><td>QR-04</td><td>National aggregates survey published</td><td>Odile Brannigan</td><td>Green</td><td></td><td></td><td></td><td>✔</td><td>Published on 2 November 2076.</td></tr>
</table>
<p>Key to the Q3 rating columns: R – off track; A – at risk; G – on track; C – complete.</p>
</body></html>`;

/** A paper in markdown under a MultiMarkdown metadata block, the body's name as a bold line under the title. */
export const quarriesPaperMd = `Title: Restoration bonds: options for pooling
Author: Hamid Osei
Date: 1 March 2077
Meeting: Quarries and Minerals Panel, 10 March 2077

# Restoration bonds: options for pooling

**Quarries and Minerals Panel**  
**Wednesday 10 March 2077**  
**Item 5**

**Purpose of report:** For decision.

**Summary:** This report sets out three options for pooling restoration bonds across councils.

**Recommendation:** That the Panel agrees option B, a shared bond fund held by the lead council.

**Contact officer:** Hamid Osei  
**Position:** Senior Adviser, Minerals  
**Phone no:** 020 7946 0312  
**Email:** hamid.osei@local.gov.uk

## 1. Background

1.1 At its meeting on 20 January 2077 the Panel asked for options for pooling bonds (action TA-24).
`;

/** A note of the next meeting in markdown: its declarations listed under a line of their own, one a member. */
export const quarriesNoteMd = `# Quarries and Minerals Panel: note of the meeting on 10 March 2077

## 1. Welcome and declarations

- Apologies: none.
- Declarations of interest:
  - Cllr Rowan Abernethy: item 4 - his brother drives for a haulage firm serving Kelsby quarry.
  - No other declarations.

## 2. Minutes of 20 January 2077

- Agreed as a correct record.
`;
