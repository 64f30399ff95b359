// Builds docs/pptg-draft-minutes-2341-11-13-wordpress-post.html and its rendering in text/.
// Layout: A WORDPRESS BLOG POST SAVED FROM THE BROWSER ("Save page as… Web page, HTML only", on 14 January
// 2342): the Task Group's small website runs on WordPress with a block theme, and the clerk publishes the
// draft minutes as a post. The markup is what WordPress prints: the Yoast SEO comment and its JSON-LD
// schema graph in <head> (datePublished / dateModified only there), the emoji settings script, the
// block library's inline styles, `wp-site-blocks`, a header template part (site title, tagline,
// navigation block), then the post: title, `wp-block-post-date` (a <time> whose attribute holds the ISO
// date), author, category terms, Yoast's "Estimated reading time", and the post content in Gutenberg
// blocks – a coloured group block carrying the clerk's update notice, table blocks (`wp-block-table`,
// `is-style-stripes`, a <figcaption>), headings, paragraphs numbered by hand (1.1, 1.2 …), RESOLVED
// blocks set as QUOTE BLOCKS (`wp-block-quote`), the actions in a DETAILS BLOCK (`wp-block-details`,
// collapsed: <summary> "Actions arising from this meeting (7)") and a FILE BLOCK (the PDF's name and a
// Download button). The attendance table GROUPS ROWS UNDER A LABEL IN ITS FIRST CELL, the cell left
// empty on the rows after it. Then post terms (tags), post navigation (Previous / Next titles), THE
// COMMENTS – the minutes' own correction is a member's comment and the clerk's threaded reply; a second
// member's request is left unanswered – the "Leave a Reply" form, and the footer with the latest posts,
// archives and "Proudly powered by WordPress".
// Rendering: from the post's title on: each paragraph, heading, list item, table row (non-empty cells
// " | ") or label a line; a comment as "author · date" then its text; the site header, navigation, form
// and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-wordpress-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, SITE, ROOM, OFFICERS as O, GUEST, P, cllr, PRESENT, ONLINE, SUB, APOLOGIES, ACTIONS, CONSULT, OPA, MEETINGS } from "./common.mjs";

const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const h = [];
const H = (s) => h.push(s);
const line = (s) => out.push(s);

const TITLE = "Draft minutes: Pavement Parking Task Group, 13 November 2341";
const URL = "https://clearfootways.org.uk/2341/11/20/draft-minutes-pavement-parking-task-group-13-november-2341/";

H(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v48.2 - https://yoast.com/wordpress/plugins/seo/ -->
<title>${esc(TITLE)} - ${SITE}</title>
<meta name="description" content="Draft minutes of the meeting of the ${BODY} on 13 November 2341." />
<link rel="canonical" href="${URL}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2341-11-20T16:05:12+00:00" />
<meta property="article:modified_time" content="2341-11-24T11:00:47+00:00" />
<meta name="author" content="${O.imogen.name}" />
<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="${O.imogen.name}" />
<meta name="twitter:label2" content="Est. reading time" /><meta name="twitter:data2" content="6 minutes" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"${URL}#article","isPartOf":{"@id":"${URL}"},"author":{"name":"${O.imogen.name}","@id":"https://clearfootways.org.uk/#/schema/person/7c1e"},"headline":"${TITLE}","datePublished":"2341-11-20T16:05:12+00:00","dateModified":"2341-11-24T11:00:47+00:00","wordCount":1184,"commentCount":3,"articleSection":["Minutes"],"inLanguage":"en-GB"},{"@type":"WebSite","@id":"https://clearfootways.org.uk/#website","name":"${SITE}","description":"${BODY}"}]}</script>
<!-- / Yoast SEO plugin. -->
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/clearfootways.org.uk\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};
</script>
<style id='wp-block-library-inline-css'>
.wp-block-table table{border-collapse:collapse;width:100%}.wp-block-table td,.wp-block-table th{border:1px solid;padding:.5em}
.wp-block-table.is-style-stripes tbody tr:nth-child(odd){background-color:#f0f0f0}
.wp-block-quote{border-left:.25em solid;margin:0 0 1.75em;padding-left:1em}
.wp-block-details summary{cursor:pointer}.has-pale-cyan-blue-background-color{background-color:#abb8c3}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute;width:1px}
</style>
<link rel='stylesheet' id='twentytwentyfour-style-css' href='https://clearfootways.org.uk/wp-content/themes/twentytwentyfour/style.css?ver=1.2' media='all' />
<link rel="https://api.w.org/" href="https://clearfootways.org.uk/wp-json/" />
<link rel="alternate" type="application/json" href="https://clearfootways.org.uk/wp-json/wp/v2/posts/412" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://clearfootways.org.uk/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel='shortlink' href='https://clearfootways.org.uk/?p=412' />
</head>
<body class="post-template-default single single-post postid-412 single-format-standard logged-out wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="https://clearfootways.org.uk" target="_self" rel="home">${SITE}</a></p>
<p class="wp-block-site-tagline">${esc(BODY)} · ${esc(BOARD)}</p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Main menu"><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
<ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://clearfootways.org.uk/"><span class="wp-block-navigation-item__label">Home</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://clearfootways.org.uk/about/"><span class="wp-block-navigation-item__label">About the Task Group</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://clearfootways.org.uk/meetings/"><span class="wp-block-navigation-item__label">Meetings and papers</span></a></li><li class="wp-block-navigation-item current-menu-ancestor"><a class="wp-block-navigation-item__content" href="https://clearfootways.org.uk/news/"><span class="wp-block-navigation-item__label">News</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://clearfootways.engagementhq.com/pilot-zones"><span class="wp-block-navigation-item__label">Have your say</span></a></li></ul></nav>
</div>
</header>
<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">
<div class="wp-block-group alignfull is-layout-constrained">`);

// ---------------------------------------------------------------- post header
H(`<h1 style="font-size:var(--wp--preset--font-size--x-large)" class="alignwide wp-block-post-title">${esc(TITLE)}</h1>`);
line(TITLE);
H(`<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2341-11-20T16:05:12+00:00">20 November 2341</time></div>
<p class="has-small-font-size">by</p><div class="wp-block-post-author-name">${O.imogen.name}</div>
<p class="has-small-font-size">in</p><div class="taxonomy-category wp-block-post-terms"><a href="https://clearfootways.org.uk/category/minutes/" rel="tag">Minutes</a></div></div>`);
line(`20 November 2341 by ${O.imogen.name} in Minutes`);
H(`<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">`);
H(`<span class="yoast-reading-time__wrapper"><span class="yoast-reading-time__icon"></span><span class="yoast-reading-time__spacer" style="display:inline-block;width:1em"></span><span class="yoast-reading-time__descriptive-text">Estimated reading time: </span><span class="yoast-reading-time__reading-time">6</span><span class="yoast-reading-time__time-unit"> minutes</span></span>`);
line("Estimated reading time: 6 minutes");

const para = (s, cls = "") => { H(`<p${cls ? ` class="${cls}"` : ""}>${esc(s)}</p>`); line(s); };
const heading = (s, lvl = 2) => { H(`<h${lvl} class="wp-block-heading">${esc(s)}</h${lvl}>`); line(s); };
const resolved = (num, recs) => {
  H(`<blockquote class="wp-block-quote is-layout-flow"><p>${num} <strong>RESOLVED</strong> that the Task Group:</p>`);
  line(`${num} RESOLVED that the Task Group:`);
  for (const r of recs) { H(`<p>${esc(r)}</p>`); line(r); }
  H(`</blockquote>`);
};

H(`<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow" style="padding:1em"><p><strong>Updated 24 November 2341:</strong> attendance corrected. ${esc(cllr("elsdon"))} sent apologies; the version first posted showed her as present online.</p></div>`);
line(`Updated 24 November 2341: attendance corrected. ${cllr("elsdon")} sent apologies; the version first posted showed her as present online.`);
para(`These are the draft minutes of the meeting of the ${BODY} held on 13 November 2341. They have not yet been approved: the Task Group will be asked to agree them as a correct record at its next meeting, on ${MEETINGS[3].date}. Comments on the draft by 27 November 2341, please.`);

// meeting details table
H(`<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><tbody>`);
const kv = [["Meeting", `${BODY} (${BOARD})`], ["Date", "Thursday 13 November 2341, 10:30am to 12:55pm"], ["Venue", `${ROOM}, and Microsoft Teams`], ["Chair", cllr("vardon")], ["Clerk", `${O.imogen.name}, ${O.imogen.post}`]];
for (const [k, v] of kv) { H(`<tr><td><strong>${esc(k)}</strong></td><td>${esc(v)}</td></tr>`); line(`${k} | ${v}`); }
H(`</tbody></table></figure>`);

// attendance, grouped under a label in the first cell
heading("Attendance");
H(`<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Attendance</th><th>Name</th><th>Council or organisation</th></tr></thead><tbody>`);
line("Attendance | Name | Council or organisation");
const ROLE = { vardon: " (Chair)", kettleby: " (Vice-Chair)", oyewole: " (Deputy Chair)" };
const rows = [];
PRESENT.forEach((k, i) => rows.push([i === 0 ? "Present" : "", `${cllr(k)}${ROLE[k] ?? ""}${ONLINE.includes(k) ? " (online)" : ""}`, P[k].council]));
rows.push(["Substitute", `${cllr(SUB.k)} (for ${cllr(SUB.for)})`, P[SUB.k].council]);
APOLOGIES.forEach((k, i) => rows.push([i === 0 ? "Apologies" : "", cllr(k), P[k].council]));
["zainab", "cosmo", "greer", "ezra", "imogen"].forEach((k, i) => rows.push([i === 0 ? "Officers" : "", O[k].name, O[k].post]));
rows.push(["Guest", GUEST.name, GUEST.post]);
for (const r of rows) { H(`<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`); line(r.filter(Boolean).join(" | ")); }
H(`</tbody></table><figcaption class="wp-element-caption">Members attended in the room unless marked (online).</figcaption></figure>`);
line("Members attended in the room unless marked (online).");

// ---------------------------------------------------------------- the items
heading("1. Welcome, apologies, substitutes and declarations of interest");
para(`1.1 The Chair welcomed ${cllr("gulliford")} (Quillborough City Council) to her first meeting. She replaced ${cllr("ashendon")} from 6 October 2341; he stood down from the Task Group on 3 October 2341 on becoming Leader of Quillborough City Council.`);
para(`1.2 Apologies were received from ${cllr("dobree")} and ${cllr("elsdon")}. ${cllr("wollaton")} attended as substitute for ${cllr("dobree")}.`);
para(`1.3 ${cllr("tulliver")} declared a non-registrable interest in item 4 because he lives in the proposed Harbour Hill zone in Tregennick. He left the room while the Task Group discussed that zone and took no part in it.`);
para(`1.4 ${cllr("pettigrove")} said, for transparency, that he holds a blue badge. This is not a disclosable interest and he took part in all items.`);

heading("2. Minutes of the last meeting and actions");
para(`2.1 The minutes of the meeting held on 18 September 2341 were agreed as a correct record.`);
para(`2.2 Of the eight actions from that meeting (PKA-07 to PKA-14), six are complete. Two remain open: PKA-10, costing a permit exemption for blue badge holders, which is now due on 22 January 2342; and PKA-13, the letter to the Department for Transport of 2 October 2341 asking when the national footway parking offence will start, to which no reply has been received. The Head of Democratic Services will chase it (PKA-21).`);

heading("3. Clear Footways Programme: highlight report, quarter 2");
para(`3.1 ${O.zainab.name}, ${O.zainab.post}, introduced the highlight report for quarter 2 (1 July to 30 September 2341). Of the eight measures, four were on track, three at risk and one not rated. Overall the programme was rated green.`);
para(`3.2 Members were most concerned about CFM-07: only 58% of residents said the footways in phase 1 streets were usually clear, against a target of 65%. The Senior Adviser, Traffic Management, warned that the framework supplier of the prescribed signs had raised its lead time from 6 to 14 weeks, which could delay the signs for the pilot zones.`);
resolved("3.3", [
  "(a) notes the highlight report for quarter 2;",
  "(b) asks officers to bring a sign supply recovery plan to the next meeting (PKA-15);",
  "(c) agrees that CFM-02 (penalty charge notices issued) remains a measure to monitor only, with no target.",
]);

heading("4. Consultation on the pilot zones");
para(`4.1 ${O.ezra.name}, ${O.ezra.post}, reported that the consultation on the six proposed pilot zones opened on ${CONSULT.opens} and closes on ${CONSULT.closesWas}. By the morning of the meeting it had received ${CONSULT.atMeeting} responses. Four drop-in sessions had been held; two were still to come, at Norrisgate Library on 27 November and at Hollins Park Community Centre on 2 December.`);
para(`4.2 Members asked for an update to be published halfway through the consultation, and for the consultation to be extended if a drop-in session could not go ahead, so that every zone had the same chance to respond.`);
resolved("4.3", [
  "(a) notes the progress of the consultation;",
  "(b) delegates to the Chair, after consulting the Vice-Chair, the decision to extend the consultation by up to two weeks if a drop-in session cannot go ahead;",
  "(c) asks officers to publish a mid-consultation update on the engagement site (PKA-16).",
]);

heading("5. Footway parking policies");
para(`5.1 Eleven of the twelve councils have now adopted a footway parking policy, Brackenshaw District Council having adopted its policy on 6 November 2341. Ormsgill Borough Council expects to adopt its policy on 11 December 2341.`);
resolved("5.2", [
  "(a) notes the position;",
  "(b) asks the Programme Manager to obtain Ormsgill Borough Council's confirmation of the date (PKA-17).",
]);

heading("6. Presentation: Open Pavements Alliance");
para(`6.1 ${GUEST.name}, ${GUEST.post}, presented the Alliance's survey of its members who are blind, partially sighted or use a wheelchair. Of ${OPA.members} members who replied, ${OPA.forced} said a vehicle parked on the pavement had forced them into the road in the last month, and ${OPA.stopped} had stopped making some journeys altogether.`);
para(`6.2 The Chair thanked her. The Task Group agreed that the survey should be shared with the twelve councils (PKA-18).`);

heading("7. Enforcement training");
para(`7.1 The Programme Manager reported that 74 of the 90 civil enforcement officers in the pilot councils had been trained in footway parking enforcement by 30 September 2341. A second course for 16 officers in Pelsworth and Wyrdale will be arranged (PKA-19) within the enforcement training budget of £45,000.`);

heading("8. Any other business");
para(`8.1 ${cllr("halberd")} asked for options for school streets to be considered alongside the pilot zones. Officers will report on them to the meeting in March (PKA-20).`);

heading("9. Date of next meeting");
para(`9.1 ${MEETINGS[3].date} at 10:30am, ${ROOM} (and Microsoft Teams).`);
para(`The meeting ended at 12:55pm.`);

// actions in a details block
H(`<details class="wp-block-details is-layout-flow"><summary>Actions arising from this meeting (7)</summary>`);
line("Actions arising from this meeting (7)");
H(`<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Ref</th><th>Minute</th><th>Action</th><th>Owner</th><th>Due</th></tr></thead><tbody>`);
line("Ref | Minute | Action | Owner | Due");
const dmy = (iso) => iso.split("-").reverse().join("/");
for (const a of ACTIONS.filter((a) => a.meet === "13 Nov 2341").sort((x, y) => x.ref.localeCompare(y.ref))) {
  const owner = O[a.owners[0]].name;
  const r = [a.ref, a.min, a.name, owner, dmy(a.due)];
  H(`<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`);
  line(r.join(" | "));
}
H(`</tbody></table></figure></details>`);

H(`<div class="wp-block-file"><a id="wp-block-file--media-9d2e" href="https://clearfootways.org.uk/wp-content/uploads/2341/11/pptg-minutes-2341-11-13-draft-v2.pdf">pptg-minutes-2341-11-13-draft-v2</a><a href="https://clearfootways.org.uk/wp-content/uploads/2341/11/pptg-minutes-2341-11-13-draft-v2.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-9d2e">Download</a></div>`);
line("pptg-minutes-2341-11-13-draft-v2 Download");
H(`</div>`); // entry-content

// terms, navigation
H(`<div class="wp-block-group is-layout-flex"><p class="has-small-font-size">Tags:</p><div class="taxonomy-post_tag wp-block-post-terms"><a href="https://clearfootways.org.uk/tag/consultation/" rel="tag">consultation</a><span class="wp-block-post-terms__separator">, </span><a href="https://clearfootways.org.uk/tag/highlight-report/" rel="tag">highlight report</a><span class="wp-block-post-terms__separator">, </span><a href="https://clearfootways.org.uk/tag/pilot-zones/" rel="tag">pilot zones</a></div></div>`);
line("Tags: consultation, highlight report, pilot zones");
H(`<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://clearfootways.org.uk/2341/11/06/agenda-13-november-2341/" rel="prev">Agenda: Pavement Parking Task Group, 13 November 2341</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://clearfootways.org.uk/2341/12/05/consultation-extended/" rel="next">Consultation on the pilot zones extended to 19 December</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>`);
line("← Agenda: Pavement Parking Task Group, 13 November 2341");
line("Consultation on the pilot zones extended to 19 December →");

// ---------------------------------------------------------------- comments
H(`<div class="wp-block-comments"><h2 id="comments" class="wp-block-comments-title">3 responses to “${esc(TITLE)}”</h2><ol class="wp-block-comment-template">`);
line(`3 responses to “${TITLE}”`);
const comment = (id, author, date, iso, text, children = "") => {
  H(`<li id="comment-${id}" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flex"><div class="wp-block-avatar"><img alt="" src="https://secure.gravatar.com/avatar/${id}a7?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo wp-block-avatar__image" height="40" width="40" /></div><div class="wp-block-group is-layout-flow"><div class="wp-block-comment-author-name">${esc(author)}</div><div class="wp-block-comment-date"><time datetime="${iso}"><a href="${URL}#comment-${id}">${esc(date)}</a></time></div><div class="wp-block-comment-content"><p>${esc(text)}</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" data-commentid="${id}" data-postid="412" aria-label="Reply to ${esc(author)}">Reply</a></div></div></div>${children}</li>`);
};
const c1 = "I sent my apologies for this meeting, but the attendance table shows me as present online. Please could this be corrected?";
const c1r = `Thank you, Cllr Elsdon-Tarr: you are quite right. Corrected above; the Task Group will be asked to approve the corrected version on 22 January.`;
const c2 = "Minute 8: I asked for options for school streets and for the routes to the three special schools in Sallowcombe. Could PKA-20 cover both?";
let child = "";
{
  const hh = h.length;
  comment(88, O.imogen.name, "24 November 2341 at 11:02 am", "2341-11-24T11:02:09+00:00", c1r);
  child = `<ol class="children">${h.splice(hh).join("")}</ol>`;
}
comment(87, cllr("elsdon"), "21 November 2341 at 9:14 am", "2341-11-21T09:14:40+00:00", c1, child);
line(`${cllr("elsdon")} 21 November 2341 at 9:14 am`); line(c1); line("Reply");
line(`${O.imogen.name} 24 November 2341 at 11:02 am`); line(c1r); line("Reply");
comment(91, cllr("halberd"), "25 November 2341 at 4:47 pm", "2341-11-25T16:47:03+00:00", c2);
line(`${cllr("halberd")} 25 November 2341 at 4:47 pm`); line(c2); line("Reply");
H(`</ol>`);
H(`<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://clearfootways.org.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='412' id='comment_post_ID' /></p></form></div>`);
H(`</div>`); // comments
H(`</div></main>`);

// ---------------------------------------------------------------- footer: latest posts, archives
H(`<footer class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<div class="wp-block-group"><h2 class="wp-block-heading has-medium-font-size">Latest news</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">
<li><a class="wp-block-latest-posts__post-title" href="https://clearfootways.org.uk/2342/01/12/what-we-heard/">Pilot zones consultation: what we heard</a><time datetime="2342-01-12T10:20:00+00:00" class="wp-block-latest-posts__post-date">12 January 2342</time></li>
<li><a class="wp-block-latest-posts__post-title" href="https://clearfootways.org.uk/2341/12/05/consultation-extended/">Consultation on the pilot zones extended to 19 December</a><time datetime="2341-12-05T15:41:00+00:00" class="wp-block-latest-posts__post-date">5 December 2341</time></li>
<li><a class="wp-block-latest-posts__post-title" href="${URL}">${esc(TITLE)}</a><time datetime="2341-11-20T16:05:12+00:00" class="wp-block-latest-posts__post-date">20 November 2341</time></li>
</ul></div>
<div class="wp-block-group"><h2 class="wp-block-heading has-medium-font-size">Archives</h2><ul class="wp-block-archives-list wp-block-archives"><li><a href='https://clearfootways.org.uk/2342/01/'>January 2342</a></li><li><a href='https://clearfootways.org.uk/2341/12/'>December 2341</a></li><li><a href='https://clearfootways.org.uk/2341/11/'>November 2341</a></li><li><a href='https://clearfootways.org.uk/2341/09/'>September 2341</a></li><li><a href='https://clearfootways.org.uk/2341/06/'>June 2341</a></li></ul></div>
</div>
<div class="wp-block-group alignwide"><p class="has-small-font-size">${SITE} is the website of the ${esc(BODY)}. Contact: ${O.imogen.email}</p><p class="has-small-font-size">Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div>
</footer>
</div>
<script src="https://clearfootways.org.uk/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>
</html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
