// Builds docs/illicit-tobacco-and-vapes-task-group-web-archive-2113-02-03.html and its rendering in text/.
// Layout: A WAYBACK MACHINE SNAPSHOT SAVED FROM THE BROWSER ("Save page as… Web page, HTML only" on
// web.archive.org): the Task Group's page on the association's website AS CAPTURED ON 3 FEBRUARY 2113,
// so its membership is a month out of date by the meeting of 14 March 2113 (a member who stood down on
// 10 February is still listed, her replacement is not). The archive's own markup wraps the page: the
// playback scripts and stylesheets at the top of <head> ("__wm.init", "__wm.wombat" with the capture
// timestamp) and "<!-- End Wayback Rewrite JS Include -->"; at the top of <body> THE WAYBACK TOOLBAR
// (BEGIN/END WAYBACK TOOLBAR INSERT): logo, the URL box, a month / day / year navigator ("Jan FEB Mar",
// "03", "2112 2113 2114"), "38 captures", the span of captures, a sparkline canvas, "About this
// capture" with COLLECTED BY and TIMESTAMPS panels, share and help icons, and the print line "The
// Wayback Machine - https://web.archive.org/web/21130203141522/…"; EVERY LINK AND ASSET REWRITTEN to
// /web/21130203141522/…, /web/21130203141522im_/… (images), cs_/ (styles) and js_/ (scripts); and at
// the very end the archive's comments ("FILE ARCHIVED ON 14:15:22 Feb 03, 2113 AND RETRIEVED FROM THE
// INTERNET ARCHIVE ON …", "playback timings (ms)"). The captured page is a Drupal site: a cookie banner,
// skip link, header, search, main menu, breadcrumb, then <main> – title, "Last updated", intro, terms
// of reference under an accordion button, the membership as a table (Councillor | Council | Political
// group | Position, positions such as "Deputy Chair; lead member for intelligence and data"), the
// substitutes as a list, a meetings table with links to PDFs and their sizes, a contact block – then an
// "In this section" sidebar and the footer.
// Rendering: the captured page's <main> in reading order (headings, paragraphs, list items, table rows
// with cells " | ", a link as its text); the Wayback toolbar, the archive's comments, the cookie banner,
// the site header, menu, breadcrumb, sidebar and footer left out.
// Synthetic test fixture: every person, council and date is invented.
//   node src/build-web-archive-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, FORUM, FORUM_CY, PROGRAMME, FUND, OFFICERS as O, PEOPLE, MEMBERS_FEB, MEETINGS } from "./common.mjs";

const FILE = DOCS.web;
const BASE = basename(FILE, extname(FILE));
const TS = "21130203141522";
const URL = "https://www.local.gov.uk/our-support/consumer-protection/illicit-tobacco-and-vapes-task-group";
const W = (u) => `/web/${TS}/${u.startsWith("http") ? u : "https://www.local.gov.uk" + u}`;
const IM = (u) => `/web/${TS}im_/https://www.local.gov.uk${u}`;
const CS = (u) => `/web/${TS}cs_/https://www.local.gov.uk${u}`;
const JS = (u) => `/web/${TS}js_/https://www.local.gov.uk${u}`;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const out = [];
const h = [];

// ------------------------------------------------------------------ head with the archive's playback includes
h.push(`<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><script type="text/javascript" src="/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>
<script type="text/javascript" src="/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
    __wm.init("https://web.archive.org/web");
  __wm.wombat("${URL}","${TS}","https://web.archive.org/","web","/_static/",
	      "2006281722");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->

    <meta charset="utf-8" />
<meta name="description" content="The ${BODY} oversees the ${PROGRAMME} and the ${FUND}." />
<link rel="canonical" href="https://web.archive.org/web/${TS}/${URL}" />
<meta property="og:site_name" content="Local Government Association" />
<meta property="og:title" content="${BODY}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="${IM("/themes/custom/lga/favicon.ico")}" type="image/vnd.microsoft.icon" />
    <title>${BODY} | Local Government Association</title>
    <link rel="stylesheet" media="all" href="${CS("/sites/default/files/css/css_Qx7uA2YlM0p3Vt9.css")}" />
<link rel="stylesheet" media="all" href="${CS("/sites/default/files/css/css_kP0ZrW8sT1bD4nL.css")}" />
    <script src="${JS("/sites/default/files/js/js_Hm2VwX9cQe4aP7r.js")}"></script>
  </head>
  <body class="path-node page-node-type-landing-page">`);

// ------------------------------------------------------------------ the Wayback toolbar
const nav = (ts, title, inner) => `<a href="https://web.archive.org/web/${ts}/${URL}" title="${title}">${inner}</a>`;
h.push(`<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;">
  <div id="donato-base">
    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/${TS}/${encodeURIComponent(URL)}" scrolling="no" frameborder="0" style="width:100%; height:100%"></iframe>
  </div>
</div><div id="wm-ipp-inside">
  <div id="wm-logo" style="float:left;width:110px;padding-top:12px;">
    <a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="/_static/images/toolbar/wayback-toolbar-logo-100.png, /_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, /_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
  </div>
  <div class="r" style="float:right;">
    <div id="wm-btns" style="text-align:right;height:25px;">
      <div id="wm-save-snapshot-success">success</div>
      <div id="wm-save-snapshot-fail">fail</div>
      <a id="wm-save-snapshot-open" href="#" title="Share via My Web Archive"><span class="iconochive-web"></span></a>
      <a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in" style="display:none;"><span class="iconochive-person" style="color:#666;font-size:160%;"></span></a>
      <span id="wm-save-snapshot-in-progress" class="iconochive-web"></span>
      <a href="http://faq.web.archive.org/" title="Get some help using the Wayback Machine" style="top:-6px;"><span class="iconochive-question" style="color:rgb(87,186,244);font-size:160%;"></span></a>
      <a id="wm-tb-close" href="#close" style="top:-2px;" title="Close the toolbar"><span class="iconochive-remove-circle" style="color:#888888;font-size:240%;"></span></a>
    </div>
    <div id="wm-share" style="text-align:right;">
      <a href="#" id="wm-screenshot" title="screenshot"><span class="wm-icon-screen-shot"></span></a>
      <a href="#" id="wm-video" title="video"><span class="iconochive-movies"></span></a>
      <a id="wm-share-facebook" href="#" data-url="https://web.archive.org/web/${TS}/${URL}" title="Share on Facebook" style="margin-right:5px;" target="_blank"><span class="iconochive-facebook" style="color:#3b5998;font-size:160%;"></span></a>
      <a id="wm-share-twitter" href="#" data-url="https://web.archive.org/web/${TS}/${URL}" title="Share on Twitter" style="margin-right:5px;" target="_blank"><span class="iconochive-twitter" style="color:#1dade2;font-size:160%;"></span></a>
    </div>
  </div>
  <table class="c" style="">
  <tbody><tr>
  <td class="u" colspan="2">
  <form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="${URL}" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="${TS}" /><input type="submit" value="Go" /></form>
  </td>
  <td class="n" rowspan="2" style="width:110px;">
    <table>
    <tbody>
    <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->
    <tr class="m">
      <td class="b" nowrap="nowrap">${nav("21130117092240", "17 Jan 2113", "<strong>Jan</strong>")}</td>
      <td class="c" id="displayMonthEl" title="You are here: 14:15:22 Feb 03, 2113">FEB</td>
      <td class="f" nowrap="nowrap">${nav("21130302081407", "02 Mar 2113", "<strong>Mar</strong>")}</td>
    </tr>
    <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->
    <tr class="d">
      <td class="b" nowrap="nowrap">${nav("21130130140217", "14:02:17 Jan 30, 2113", '<img src="/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" />')}</td>
      <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: 14:15:22 Feb 03, 2113">03</td>
      <td class="f" nowrap="nowrap">${nav("21130217111930", "11:19:30 Feb 17, 2113", '<img src="/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" />')}</td>
    </tr>
    <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->
    <tr class="y">
      <td class="b" nowrap="nowrap">${nav("21120621153348", "21 Jun 2112", "<strong>2112</strong>")}</td>
      <td class="c" id="displayYearEl" title="You are here: 14:15:22 Feb 03, 2113">2113</td>
      <td class="f" nowrap="nowrap">2114</td>
    </tr>
    </tbody>
    </table>
  </td>
  </tr>
  <tr>
  <td class="s">
      <div id="wm-nav-captures">
        <a class="t" href="/web/${TS}*/${URL}" title="See a list of every capture for this URL">38 captures</a>
        <div class="r" title="Timespan for captures of this URL">14 Jun 2111 - 02 Mar 2113</div>
      </div>
  </td>
  <td class="k">
  <a href="" id="wm-graph-anchor">
  <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">
    <canvas id="wm-sparkline-canvas" width="725" height="27" border="0"></canvas>
  </div>
  </a>
  </td>
  </tr></tbody></table>
  <div style="position:absolute;bottom:0;right:2px;text-align:right;">
    <a id="wm-expand" class="wm-btn wm-closed" href="#expand"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span style="font-size:80%">About this capture</span></a>
  </div>
</div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden">
  <div id="wm-capinfo-collected-by">
    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
    <div style="padding:3px;position:relative" id="wm-collected-by-content">
      <div style="display:inline-block;vertical-align:top;width:50%;">
        <span class="c-logo" style="background-image:url(https://archive.org/services/img/liveweb);"></span>
        Organization: <a style="color:#33f;" href="https://archive.org/details/internetarchive" target="_new"><span class="wm-title">Internet Archive</span></a>
        <div style="max-height:75px;overflow:hidden;position:relative;">
          Content crawled via the Wayback Machine Live Proxy mostly by the Save Page Now feature on web.archive.org.
        </div>
      </div>
      <div style="display:inline-block;vertical-align:top;width:49%;">
        <div>Collection: <a style="color:#33f;" href="https://archive.org/details/liveweb" target="_new"><span class="wm-title">Live Web Proxy Crawls</span></a></div>
      </div>
    </div>
  </div>
  <div id="wm-capinfo-timestamps">
    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>
    <div>
      <div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div>
      <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="/_static/images/loading.gif" alt="loading" /></div>
    </div>
  </div>
</div></div></div></div><div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/${TS}/${URL}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(725,27,25,2,"web","${URL}","${TS}",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt","/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->`);

// ------------------------------------------------------------------ the captured page: banner, header, menu, breadcrumb
h.push(`
<div id="ccc" class="cookie-banner" role="dialog" aria-label="Cookie preferences">
  <p>We use necessary cookies to make our site work. We would also like to set optional analytics cookies to help us improve it.</p>
  <button class="ccc-accept">Accept all cookies</button> <button class="ccc-reject">Reject optional cookies</button> <a href="${W("/about/cookies")}">Cookie policy</a>
</div>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
  <div class="container">
    <a href="${W("/")}" rel="home" class="site-logo"><img src="${IM("/themes/custom/lga/logo.svg")}" alt="Local Government Association home" /></a>
    <form class="search-block-form" action="${W("/search")}" method="get" role="search"><label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys" placeholder="Search" /><input type="submit" value="Search" /></form>
  </div>
  <nav role="navigation" aria-label="Main navigation" class="main-menu">
    <ul class="menu">
      <li><a href="${W("/our-support")}">Our support</a></li>
      <li><a href="${W("/topics")}">Topics</a></li>
      <li><a href="${W("/parliament")}">Parliament</a></li>
      <li><a href="${W("/publications")}">Publications</a></li>
      <li><a href="${W("/events")}">Events</a></li>
      <li><a href="${W("/about")}">About</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb-wrapper"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
  <ol>
    <li><a href="${W("/")}">Home</a></li>
    <li><a href="${W("/our-support")}">Our support</a></li>
    <li><a href="${W("/our-support/consumer-protection")}">Consumer protection</a></li>
    <li>${BODY}</li>
  </ol>
</nav></div>
<div class="layout-container">`);

// ------------------------------------------------------------------ main
const M = [];
const para = (html) => { M.push(`      <p>${html}</p>`); out.push(html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&")); };
const head2 = (t, id) => { M.push(`      <h2 id="${id}">${esc(t)}</h2>`); out.push(t); };
M.push(`<main id="main-content" role="main" class="main-content">
  <article class="node node--type-landing-page">
    <h1 class="page-title"><span class="field field--name-title">${BODY}</span></h1>`);
out.push(BODY);
M.push(`    <div class="node__meta"><span class="label">Last updated:</span> <time datetime="2113-01-19T12:00:00Z">19 January 2113</time></div>`);
out.push("Last updated: 19 January 2113");
M.push(`    <div class="field field--name-body">`);
para(`The ${BODY} is a joint task group of the LGA's ${BOARD} and the ${FORUM} (${FORUM_CY}). It oversees the ${PROGRAMME} 2112–14 and the £4.5 million ${FUND}, which pays for council enforcement work against illicit tobacco and illegal vapes.`);
para(`The Task Group's papers for meetings held in Wales or jointly with the Forum are published in Welsh and English.`);
M.push(`    </div>`);
// terms of reference under an accordion
M.push(`    <div class="accordion">
      <h2 class="accordion__heading"><button class="accordion__button" aria-expanded="false" aria-controls="tor-panel">Terms of reference</button></h2>
      <div class="accordion__panel" id="tor-panel" hidden>`);
out.push("Terms of reference");
const TOR = [
  "To oversee the delivery, performance, risks and budget of the programme.",
  "To award grants from the Trading Standards Enforcement Fund, within the limits agreed by the Board.",
  "To respond to government consultations on tobacco and vape regulation, on behalf of the Board and the Forum.",
  "The Task Group has 12 members and three named substitutes. Its quorum is four members, at least one of whom must be from a Welsh council.",
  "It meets four times a year and reports to the Board and to the Forum after each meeting.",
];
M.push(`        <ul>`);
for (const t of TOR) { M.push(`          <li>${esc(t)}</li>`); out.push(t); }
M.push(`        </ul>
      </div>
    </div>`);
// membership
head2("Membership 2112/13", "membership");
const position = (p) => {
  const base = p.role === "Member" ? (p.lead ? "" : "Member") : p.role;
  const lead = p.lead ? `lead member for ${p.lead === "Wales" ? "Wales" : p.lead.toLowerCase()}` : "";
  return base && lead ? `${base}; ${lead}` : base || lead.charAt(0).toUpperCase() + lead.slice(1);
};
M.push(`      <div class="table-responsive"><table class="table table--striped">
        <caption class="visually-hidden">Members of the ${esc(BODY)}</caption>
        <thead><tr><th scope="col">Councillor</th><th scope="col">Council</th><th scope="col">Political group</th><th scope="col">Position</th></tr></thead>
        <tbody>`);
out.push("Councillor | Council | Political group | Position");
for (const p of MEMBERS_FEB) {
  const c = [`Cllr ${p.fore} ${p.sur}`, p.council, p.group, position(p)];
  M.push(`          <tr><td><a href="${W("/people/cllr-" + (p.fore + "-" + p.sur).toLowerCase())}">${esc(c[0])}</a></td><td>${esc(c[1])}</td><td>${esc(c[2])}</td><td>${esc(c[3])}</td></tr>`);
  out.push(c.join(" | "));
}
M.push(`        </tbody>
      </table></div>`);
M.push(`      <h3>Substitutes</h3>
      <ul class="list--substitutes">`);
out.push("Substitutes");
for (const p of PEOPLE.filter((x) => x.role === "Substitute")) {
  const t = `Cllr ${p.fore} ${p.sur} (${p.group}, ${p.council})`;
  M.push(`        <li>${esc(t)}</li>`);
  out.push(t);
}
M.push(`      </ul>`);
// meetings
head2("Meetings 2112/13", "meetings");
M.push(`      <table class="table table--meetings">
        <thead><tr><th scope="col">Date</th><th scope="col">Papers</th></tr></thead>
        <tbody>`);
out.push("Date | Papers");
const MT = [
  [MEETINGS[0].date, `<a href="${W("/sites/default/files/documents/itvtg-agenda-2112-06-21.pdf")}">Agenda (PDF, 1.4 MB)</a> <a href="${W("/sites/default/files/documents/itvtg-minutes-2112-06-21.pdf")}">Minutes (PDF, 212 KB)</a>`, "Agenda (PDF, 1.4 MB) Minutes (PDF, 212 KB)"],
  [MEETINGS[1].date, `<a href="${W("/sites/default/files/documents/itvtg-agenda-2112-09-20.pdf")}">Agenda (PDF, 2.1 MB)</a> <a href="${W("/sites/default/files/documents/itvtg-minutes-2112-09-20.pdf")}">Minutes (PDF, 198 KB)</a>`, "Agenda (PDF, 2.1 MB) Minutes (PDF, 198 KB)"],
  [MEETINGS[2].date, `<a href="${W("/sites/default/files/documents/itvtg-agenda-2112-11-22.pdf")}">Agenda (PDF, 1.9 MB)</a> <a href="${W("/sites/default/files/documents/itvtg-draft-minutes-2112-11-22.pdf")}">Draft minutes (PDF, 225 KB)</a>`, "Agenda (PDF, 1.9 MB) Draft minutes (PDF, 225 KB)"],
  [MEETINGS[3].date + ", 10.30am", "Papers will be published a week before the meeting.", "Papers will be published a week before the meeting."],
  [MEETINGS[4].date + " (provisional)", "", ""],
];
for (const [d, html, text] of MT) {
  M.push(`          <tr><td>${esc(d)}</td><td>${html}</td></tr>`);
  out.push(`${d} | ${text}`);
}
M.push(`        </tbody>
      </table>`);
// contact
head2("Contact", "contact");
M.push(`      <div class="contact-card">`);
para(`For questions about meetings and papers: <strong>${O.perpetua.name}</strong>, ${O.perpetua.post}, <a href="mailto:${O.perpetua.email}">${O.perpetua.email}</a>, ${O.perpetua.phone}`);
para(`Lead officer: <strong>${O.ottilie.name}</strong>, ${O.ottilie.post}, <a href="mailto:${O.ottilie.email}">${O.ottilie.email}</a>`);
M.push(`      </div>`);
head2("Related pages", "related");
M.push(`      <ul class="related-links">
        <li><a href="${W("/our-support/consumer-protection/trading-standards-enforcement-fund")}">${FUND}</a></li>
        <li><a href="${W("/about/our-structure/consumer-protection-and-regulation-board")}">${BOARD}</a></li>
      </ul>`);
out.push(FUND, BOARD);
M.push(`  </article>
</main>`);
h.push(M.join("\n"));

// ------------------------------------------------------------------ sidebar, footer, archive comments
h.push(`<aside class="sidebar" role="complementary">
  <nav aria-label="In this section"><h2>In this section</h2>
    <ul>
      <li><a href="${W("/our-support/consumer-protection/trading-standards")}">Trading standards</a></li>
      <li><a href="${W("/our-support/consumer-protection/scams")}">Scams</a></li>
      <li><a href="${W("/our-support/consumer-protection/illicit-tobacco-and-vapes-task-group")}" class="is-active" aria-current="page">${BODY}</a></li>
      <li><a href="${W("/our-support/consumer-protection/trading-standards-enforcement-fund")}">${FUND}</a></li>
    </ul>
  </nav>
</aside>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="container">
    <p>Local Government Association, 18 Smith Square, London SW1P 3HZ</p>
    <ul class="footer-menu"><li><a href="${W("/about/accessibility")}">Accessibility</a></li><li><a href="${W("/about/privacy")}">Privacy</a></li><li><a href="${W("/about/cookies")}">Cookies</a></li><li><a href="${W("/contact")}">Contact us</a></li></ul>
    <p class="copyright">© Local Government Association 2113</p>
  </div>
</footer>
</div>
<script src="${JS("/sites/default/files/js/js_Tn4LrC1pWq8eY2k.js")}"></script>
</body>
</html>
<!--
     FILE ARCHIVED ON 14:15:22 Feb 03, 2113 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 09:40:11 Mar 06, 2113.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.694
  exclusion.robots: 0.027
  exclusion.robots.policy: 0.013
  esindex: 0.012
  cdx.remote: 31.208
  LoadShardBlock: 148.72 (3)
  PetaboxLoader3.datanode: 163.044 (4)
  load_resource: 109.336
  PetaboxLoader3.resolve: 61.829
-->`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
