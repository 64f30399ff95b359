// Builds docs/whatdotheyknow-foi-special-treatments-licensing-2184-11-26.html and its rendering in text/.
// Layout: A FREEDOM OF INFORMATION REQUEST THREAD ON WHATDOTHEYKNOW, SAVED FROM THE BROWSER ("Save page as
// … Web page, HTML only"): the Alaveteli site's banner (a donation appeal, logo, menu, search, sign-in),
// the request's title and subtitle ("X made this Freedom of Information request to Y"), the status
// banner ("The request was partially successful."), Follow / Actions controls, then THE CORRESPONDENCE
// AS A TIMELINE OF MESSAGES – each a header of author, date and delivery status and a body that is the
// e-mail as sent, its lines joined by <br> – two from the requester (the request; the internal review
// request) and three from the council (acknowledgement; response; internal review outcome), an
// attachment card, a volunteer's annotation, "Link to this" / "Report" under each, a sidebar (followers,
// similar requests) and the site footer. THE COUNCIL'S TABLES WERE TYPED INTO AN E-MAIL AND ARRIVE AS
// LINES OF WORDS AND NUMBERS ("Harnley 66 146") under a header line whose column names run together;
// the minutes the request asked for exist only as an EXTRACT QUOTED INSIDE THE RESPONSE; the request
// page's e-mail addresses are masked ("[FOI #918204 email]"); quoted earlier messages are folded away
// behind "show quoted sections".
// Rendering: from the request's title to the last message: the title, subtitle and status, each
// message's header (author | date | status), its lines as they show, the attachment's name, the
// annotation; the banner, controls, sidebar and footer left out.
// Synthetic test fixture: every person, business, figure and decision is invented.
//   node src/build-foi-whatdotheyknow-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, HOST, BODY, SCHEME, M, OFFICERS as O, REQUESTER, ANNOTATOR, FOI_REF, DISTRICTS_SEPT, STOT, COMPLICATIONS, CTOT, RESOLVED, SUMMIT, FOI_SPENT, DTOT, num } from "./common.mjs";

const FILE = DOCS.foi;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const TITLE = "Special treatments licensing: inspections, complications and Task Group minutes";
const SLUG = "special_treatments_licensing_ins";
const out = [];
const parts = [];
let id = 1733020;

// a message: paragraphs of lines; a line may be "" for nothing
function message({ dir, author, date, iso, status, paras, attachment, quoted }) {
  const mid = `${dir}-${++id}`;
  out.push([author, date, status].filter(Boolean).join(" | "));
  const body = paras.map((p) => {
    p.forEach((l) => out.push(l));
    return `<p>${p.map(esc).join("<br>\n")}</p>`;
  }).join("\n");
  let att = "";
  if (attachment) {
    out.push(attachment.name);
    att = `
      <ul class="list-of-attachments">
        <li class="attachment">
          <a href="/request/918204/response/${id}/attach/2/${encodeURIComponent(attachment.name)}"><img class="attachment__image" alt="Attachment" src="/assets/content_type/icon_application_pdf_large.png" width="32" height="32"></a>
          <p class="attachment__name"><a href="/request/918204/response/${id}/attach/2/${encodeURIComponent(attachment.name)}">${esc(attachment.name)}</a></p>
          <p class="attachment__meta">${attachment.size} <a href="/request/918204/response/${id}/attach/2/${encodeURIComponent(attachment.name)}?cookie_passthrough=1">Download</a> <a href="/request/918204/response/${id}/attach/html/2/${encodeURIComponent(attachment.name)}.html">View as HTML</a></p>
        </li>
      </ul>`;
  }
  parts.push(`
  <div class="correspondence ${dir === "incoming" ? "correspondence--incoming" : "correspondence--outgoing"}" id="${mid}">
    <div class="correspondence__header">
      <span class="correspondence__header__author">${esc(author)}</span>
      <span class="correspondence__header__date"><a href="#${mid}" title="${iso}"><time datetime="${iso}">${esc(date)}</time></a></span>
      ${status ? `<span class="correspondence__header__delivery-status">${esc(status)}</span>` : ""}
    </div>
    <div class="correspondence_text">
${body}
${quoted ? `<p class="quoted-toggle"><a href="?unfold=1#${mid}" class="toggle_quote">show quoted sections</a></p>` : ""}${att}
    </div>
    <p class="correspondence__footer"><a href="/request/${SLUG}#${mid}" class="link-to-this">Link to this</a> <a href="/request/${SLUG}/report/new" class="report">Report</a></p>
  </div>`);
}

// ---------------------------------------------------------------- the thread
const head = [TITLE, `${REQUESTER} made this Freedom of Information request to ${HOST}`, "The request was partially successful."];
out.push(...head);
message({ dir: "outgoing", author: REQUESTER, date: "4 October 2184", iso: "2184-10-04T09:12:47+01:00", status: "Delivered", paras: [
  [`Dear ${HOST},`],
  [`Under the Freedom of Information Act 2000, please provide the following information about the ${SCHEME} and the ${BODY}, which your public health team supports.`],
  ["1. The number of premises and the number of practitioners licensed under the scheme in each district, at the latest date you hold.",
   "2. The number of complications reported through the complications reporting pathway since the scheme began, by type of procedure.",
   "3. The names and addresses of any premises currently under investigation for offering special treatments without a licence.",
   "4. The minutes of the Task Group's meeting of 22 September 2184.",
   "5. How much the council has spent so far on the Safer Skin Summit."],
  ["Yours faithfully,"],
  [REQUESTER],
] });
message({ dir: "incoming", author: HOST, date: "5 October 2184", iso: "2184-10-05T14:03:11+01:00", quoted: true, paras: [
  [`Dear ${REQUESTER}`],
  [`Freedom of Information request ${FOI_REF}`],
  ["Thank you for your request for information, which we received on 4 October 2184. We will respond by 1 November 2184, within 20 working days."],
  [`Please quote the reference above if you write to us about this request at [${HOST} request email].`],
  ["Kind regards", "Information Governance Team", HOST],
] });
const table1 = ["District Premises licensed Practitioners licensed", ...DISTRICTS_SEPT.map((r) => `${r[0]} ${r[1]} ${r[2]}`), `Total ${STOT[1]} ${num(STOT[2])}`];
const resolvedLines = RESOLVED.map((r) => r);
message({ dir: "incoming", author: HOST, date: "1 November 2184", iso: "2184-11-01T16:41:29+00:00", quoted: true, attachment: { name: `${FOI_REF} response.pdf`, size: "212K" }, paras: [
  [`Dear ${REQUESTER}`],
  [`Freedom of Information Act 2000 – request reference ${FOI_REF}`],
  ["Thank you for your request, which we received on 4 October 2184. Our response to each part is below, and a copy is attached as a PDF."],
  ["1. Licensed premises and practitioners", "The figures below are taken from the online licensing register and are as at 30 September 2184.", ...table1],
  [`2. Complications reported`, `From 1 July 2183 to 30 September 2184, ${CTOT[3]} complications were reported through the pathway:`, ...COMPLICATIONS.map((c) => `${c[0]}: ${c[3]}`)],
  ["3. Premises under investigation", "We hold this information, but we are withholding it under section 31(1)(g) of the Act, with section 31(2)(a) and (c), because disclosure would be likely to prejudice the district councils' ability to find out whether offences have been committed. We have considered the public interest and believe that it favours withholding the information while investigations are open. Where a premises is a sole trader's home, the address is also personal data and exempt under section 40(2). We can tell you that 7 premises were under investigation on 30 September 2184."],
  ["4. Minutes of 22 September 2184", "The minutes are in draft and will be submitted to the Task Group for approval at its meeting on 8 December 2184, after which they will be published. We are releasing the following extract from the draft now:",
   `Item 1 – Apologies and substitutes. Apologies were received from ${M.harkaway.name} (${M.mbathalowe.name} substituting) and from ${M.trevallion.name} (co-opted member).`,
   `Item 2 – Declarations of interest. ${M.pengethly.name} declared a non-registrable interest in item 4, as her daughter holds a practitioner licence in Brackwold. She took part in the discussion but did not vote.`,
   `Item 4 – Special treatments licensing: first-year review. ${O.cordelia.name} introduced the report. RESOLVED that the Task Group:`,
   ...resolvedLines,
   "The rest of the draft minutes is withheld under section 22 of the Act (information intended for future publication)."],
  ["5. Spending on the Safer Skin Summit", `The budget for the Safer Skin Summit on 21 October 2184 is £${num(SUMMIT.budget)}. At the date of this response the council has paid £${num(FOI_SPENT)}: the deposit for the hire of Harnley Moot Hall (£${num(SUMMIT.deposit)}) and the printing of programmes and badges (£${num(SUMMIT.printing)}). We have not yet received the other invoices.`],
  ["If you are unhappy with this response you can ask for an internal review by writing to us within 40 working days. If you remain dissatisfied after the review you can complain to the Information Commissioner."],
  ["Yours sincerely"],
  [O.fergal.name, O.fergal.post, "Information Governance Team", HOST],
] });
// the annotation
const ann = [`${ANNOTATOR} left an annotation (2 November 2184)`, `The Task Group's report for its meeting of 22 September 2184 (item 4, the first-year review) gives the figures at 30 June 2184: ${DTOT[1]} premises, ${DTOT[2]} practitioners and ${CTOT[1]} complications. The figures in this response are three months later.`];
parts.push(`
  <div class="comment_in_request" id="comment-88214">
    <div class="comment_in_request_text">
      <p>${esc(ann[1])}</p>
    </div>
    <p class="event_actions">${esc(ann[0].replace(" (2 November 2184)", ""))} (<time datetime="2184-11-02T08:20:05+00:00">2 November 2184</time>) <a href="#comment-88214">Link to this</a> <a href="/comment/88214/report/new">Report</a></p>
  </div>`);
out.push(`${ANNOTATOR} left an annotation (2 November 2184)`, ann[1]);
message({ dir: "outgoing", author: REQUESTER, date: "3 November 2184", iso: "2184-11-03T19:55:02+00:00", status: "Delivered", paras: [
  [`Dear ${HOST},`],
  ["Please pass this on to the person who conducts Freedom of Information reviews."],
  [`I am writing to request an internal review of ${HOST}'s handling of my FOI request '${TITLE}'.`],
  ["On part 3, the names of premises where a prosecution has finished are a matter of public record, and one case was presented at the Safer Skin Summit on 21 October 2184. Section 31 cannot apply to them."],
  ["On part 5, please tell me the final cost of the Summit now that it has taken place."],
  [`A full history of my FOI request and all correspondence is available on the Internet at this address: https://www.whatdotheyknow.com/request/${SLUG}`],
  ["Yours faithfully,"],
  [REQUESTER],
] });
message({ dir: "incoming", author: HOST, date: "26 November 2184", iso: "2184-11-26T11:18:40+00:00", quoted: true, paras: [
  [`Dear ${REQUESTER}`],
  [`Internal review – ${FOI_REF}`],
  [`I have reviewed the council's response of 1 November 2184. I am the council's ${O.philippa.post} and I was not involved in the original response.`],
  ["Part 3. I uphold your complaint in part. Where proceedings have concluded, the names of the businesses are public and section 31 does not apply to them. Two prosecutions under the scheme have concluded:",
   "Velvet Needle Studio, Corvistone – convicted at Marchbourne Magistrates' Court on 12 October 2184 of offering tattooing without a premises licence; fined £4,000 and ordered to pay costs of £2,750.",
   "Lumière Lip Lab, Stellingford – convicted on 19 October 2184 of offering dermal filler injections without a practitioner licence; fined £2,500.",
   "The exemption continues to apply to the premises whose cases are still under investigation, and I uphold the original response on those."],
  [`Part 5. The Summit took place on 21 October 2184. Its final cost was £${num(SUMMIT.final)}, within its budget of £${num(SUMMIT.budget)}.`],
  ["If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision."],
  ["Yours sincerely"],
  [O.philippa.name, O.philippa.post, HOST],
] });

// ---------------------------------------------------------------- the page
const html = `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>${esc(TITLE)} - a Freedom of Information request to ${HOST} - WhatDoTheyKnow</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(REQUESTER)} made this Freedom of Information request to ${HOST}. The request was partially successful.">
<link rel="canonical" href="https://www.whatdotheyknow.com/request/${SLUG}">
<link rel="alternate" type="application/atom+xml" title="Updates to this request" href="/feed/request/${SLUG}">
<link rel="stylesheet" href="/assets/application-5c1f0e2b9a.css" media="all">
<link rel="stylesheet" href="/assets/responsive/application-8d3a77c0f1.css" media="screen">
<script src="/assets/application-2be4c19d7e.js"></script>
<style>.quoted-toggle{font-size:.9em}.request-status-message--partially_successful{background:#ffe9b3}</style>
</head>
<body class="requests requests-show" id="request_show">
<a href="#content" class="skip-to-link">Skip to content</a>
<div class="donation-banner" role="region" aria-label="Donate">
  <p>WhatDoTheyKnow is a charity project. <a href="/donate">Help us keep it running</a> – <a href="#" class="donation-banner__dismiss">Close</a></p>
</div>
<div id="banner" class="entirewidth">
  <div id="banner_inner">
    <div id="logo_wrapper"><a href="/" id="logo"><img src="/assets/logo-wdtk.png" alt="WhatDoTheyKnow"></a></div>
    <div id="topnav">
      <ul id="navigation">
        <li><a href="/select_authority">Make a request</a></li>
        <li class="selected"><a href="/list/all">Browse requests</a></li>
        <li><a href="/body/list/all">View authorities</a></li>
        <li><a href="/blog">Read blog</a></li>
        <li><a href="/help/about">Help</a></li>
      </ul>
      <form id="navigation_search" action="/search" method="get"><label class="visually-hidden" for="navigation_search_button">Search</label><input type="search" name="query" placeholder="Search"><input id="navigation_search_button" type="submit" value="Search"></form>
      <div id="logged_in_bar"><a href="/profile/sign_in?r=%2Frequest%2F${SLUG}" id="signin_link">Sign in or sign up</a></div>
    </div>
  </div>
</div>
<div id="wrapper"><div id="content" role="main">
<div class="row">
<div id="left_column" class="left_column">
  <div class="request-header">
    <h1>${esc(TITLE)}</h1>
    <p class="request-header__subtitle"><a href="/user/noor_athelstan">${esc(REQUESTER)}</a> made this <a href="/help/requesting#different_laws">Freedom of Information</a> request to <a href="/body/marchbourne_county_council">${HOST}</a></p>
    <div class="request-header__action-bar">
      <div class="action-bar__follow"><a href="/request/${SLUG}/track" class="track-request-action">Follow</a> <span class="action-bar__follower-count">2 followers</span></div>
      <div class="action-menu"><a href="#" class="action-menu__button">Actions</a>
        <ul class="action-menu__menu" style="display:none">
          <li><a href="/request/${SLUG}/download">Download a zip file of all correspondence</a></li>
          <li><a href="/request/${SLUG}/report/new">Report this request</a></li>
          <li><a href="/annotate/request/${SLUG}">Add an annotation</a></li>
        </ul>
      </div>
    </div>
    <div id="request_status" class="request-status-message">
      <p class="request-status-message--partially_successful">The request was <strong>partially successful</strong>.</p>
    </div>
  </div>
  <div id="correspondence_timeline">
${parts.join("\n")}
  </div>
  <div class="after-actions"><p><a href="/request/${SLUG}/followups/new">Send a follow up</a> · <a href="/request/${SLUG}/describe">Update the status of this request</a></p></div>
</div>
<div id="right_column" class="sidebar right_column" role="complementary">
  <div class="sidebar__section">
    <h2>Follow this request</h2>
    <p>There are 2 people following this request</p>
  </div>
  <div class="sidebar__section">
    <h2>Act on what you've learnt</h2>
    <ul><li><a href="#">Share on social media</a></li><li><a href="/help/ico-guidance-for-authorities">Complain to the Information Commissioner</a></li></ul>
  </div>
  <div class="sidebar__section" id="similar">
    <h2>Similar requests</h2>
    <ul>
      <li><a href="/request/tattoo_studio_inspections_2183">Tattoo studio inspections 2183</a> – Corvistone Borough Council</li>
      <li><a href="/request/dermal_filler_harm_hospital_adm">Dermal filler harm – hospital admissions</a> – Marchbourne and Harnley Hospitals NHS Trust</li>
      <li><a href="/request/special_treatments_licence_fees">Special treatments licence fees</a> – Oxmere District Council</li>
    </ul>
    <p><a href="/similar/request/${SLUG}">More similar requests</a></p>
  </div>
  <div class="sidebar__section"><h2>Event history details</h2><p><a href="/request/${SLUG}/details">Show the full event history</a></p></div>
</div>
</div>
</div></div>
<div id="footer" class="footer">
  <div class="footer__inner">
    <ul><li><a href="/help/contact">Contact us</a></li><li><a href="/help/privacy">Privacy and cookies</a></li><li><a href="/help/api">API</a></li></ul>
    <p>WhatDoTheyKnow is run by mySociety, a registered charity, and powered by Alaveteli.</p>
  </div>
</div>
</body>
</html>
`;
writeFileSync(join(root, "docs", FILE), html);
writeFileSync(join(root, "text", BASE + ".txt"), out.filter((l) => l.trim()).join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
