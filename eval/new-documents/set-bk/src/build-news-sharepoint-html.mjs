// Builds docs/sgesjc-news-2232-02-17-sharepoint.html and its rendering in text/.
// Layout: A SHAREPOINT ONLINE NEWS POST SAVED FROM THE BROWSER ("Save page as… Web page, complete", the
// HTML only): the host council's intranet site "Safety Certification Hub", a modern site page built of
// WEB PARTS. Before the content: the Microsoft 365 suite bar (app launcher, "SharePoint", "Search this
// site"), the site header (logo tile of initials, site title, "Following", the site's navigation) and
// the page's command bar; `_spPageContextInfo` and other scripts in the head. The page: a title area
// (title, the author as a persona, "Published 2/17/2232" – THE SITE'S LOCALE IS en-US, SO THE PAGE'S OWN
// DATES ARE MONTH FIRST while the text written in it uses British dates), then CANVAS SECTIONS whose
// controls carry `data-sp-feature-tag`: TEXT WEB PARTS (the news itself: membership change, lead
// members, the Chair's urgent decision, the consultation), A PEOPLE WEB PART of persona cards for the
// members (a coin of initials, the name as primary text, "Chair · Sallowmere County Council ·
// Conservative" as secondary text), a second People web part for the substitutes and a third for the
// officers (job titles, no telephone numbers), AN EVENTS WEB PART whose cards give the date ONLY AS A
// TILE OF A MONTH ABBREVIATION AND A DAY NUMBER ("MAR" / "12") with no year, the weekday and times as
// "Mon, 2:00 PM - 3:30 PM" (the full date with the year only in each card's aria-label attribute), a
// QUICK LINKS web part of documents, then the page's social bar (likes, views, "Save for later") and
// THE COMMENTS, one of which (the Event Safety Adviser's) MOVES THE SITE VISIT that the events web part
// still shows on its old day; replies are nested under their comment.
// Rendering: from the page title on: title, byline, each paragraph, heading and list item a line; a
// persona card as "name | secondary text"; an event card as "month | day | title | when | where"; a
// quick link's text; the social bar; each comment as "name | date | text". The suite bar, site header,
// navigation, command bar, scripts and the footer left out.
// Synthetic test fixture: every person, council, ground and date is invented.
//   node src/build-news-sharepoint-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, HOST, MEETINGS, KEY_DATES as K, MEMBERS, SUBS, OFFICERS as O, C, TANYARD, ENGINEER, gbp } from "./common.mjs";

const FILE = DOCS.news;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const h = [];
const H = (s) => h.push(s);
const initials = (name) => name.replace(/^(Cllr|Dr) /, "").split(/[ -]/).filter(Boolean).map((w) => w[0]).filter((c, i, a) => i === 0 || i === a.length - 1).join("").toUpperCase();
const SITE = "https://sallowmerecc.sharepoint.com/sites/SafetyCertification";
const TITLE = "Joint Committee news: February 2232";
const AUTHOR = O.jupe;

// ---------------------------------------------------------------- web part helpers
let wp = 0;
const wpId = () => `${(0x3f2a9c10 + wp++ * 7919).toString(16)}-8b1e-4c2d-9a55-${(0x5d1e2f300000 + wp * 104729).toString(16).slice(0, 12)}`;
const persona = (name, secondary, size = 48) => {
  out.push(`${name} | ${secondary}`);
  return `<div class="ms-Persona ms-Persona--size${size} root-141" data-automation-id="persona"><div class="ms-Persona-coin ms-Persona--size${size}"><div class="ms-Persona-imageArea"><div class="ms-Persona-initials ms-Persona-initials--${["blue", "teal", "green", "magenta", "orange"][name.length % 5]}" aria-hidden="true"><span>${esc(initials(name))}</span></div></div></div><div class="ms-Persona-details"><div class="ms-Persona-primaryText"><div class="ms-TooltipHost" role="none">${esc(name)}</div></div><div class="ms-Persona-secondaryText"><div class="ms-TooltipHost" role="none">${esc(secondary)}</div></div></div></div>`;
};
const textPart = (html, lines) => {
  out.push(...lines);
  return `<div class="ControlZone ControlZone--control" data-sp-feature-tag="Rich Text Editor WebPart" data-sp-feature-instance-id="${wpId()}"><div data-sp-webpart="" data-sp-webpartdataversion="1.0"><div data-automation-id="textBox" class="cke_editable rte--read isFluentRTE rteEmphasis">${html}</div></div></div>`;
};
const P = (t) => `<p>${esc(t)}</p>`;
const H2 = (t) => `<h2 class="headerSubtitleFont">${esc(t)}</h2>`;
const UL = (items) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
const section = (cols) => `<div class="CanvasZone row" data-automation-id="CanvasZone"><div class="CanvasZoneContainer"><div class="CanvasSection CanvasSection-col CanvasSection-xl${cols}" data-automation-id="CanvasSection">`;
const sectionEnd = `</div></div></div>`;

// ---------------------------------------------------------------- head, suite bar, site header
H(`<!DOCTYPE html>
<html dir="ltr" lang="en-US" class="ms-Fabric">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)}</title>
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon" id="favicon">
<link rel="stylesheet" href="https://res-1.cdn.office.net/files/sp-client/sp-pages-assets_a5f1e0c2.css">
<script type="text/javascript">var _spPageContextInfo={"webAbsoluteUrl":"${SITE}","webServerRelativeUrl":"/sites/SafetyCertification","webTitle":"Safety Certification Hub","webTemplate":"64","currentCultureName":"en-US","currentUICultureName":"en-US","currentLanguage":1033,"siteClientTag":"0$$16.0.31219.12006","pageItemId":87,"pageListId":"{b7a2c6e1-5f3d-4a0b-9e71-2c4d8f6a1b90}","userDisplayName":"Ines Cleverdon","userLoginName":"ines.cleverdon@sallowmere.gov.uk","isSPO":true,"timeZoneInfo":{"Description":"(UTC+00:00) Dublin, Edinburgh, Lisbon, London"}};</script>
<script type="text/javascript">window.__spPageStartTime=Date.now();var g_spPreFetchKeys=["sp-pages-assets","sp-webpart-shared","sp-people-webpart","sp-events-webpart","sp-quicklinks-webpart","sp-comments"];</script>
<style>
html,body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif}
#SuiteNavWrapper{height:48px;background:#0f6a3b;color:#fff}.spSiteHeader{padding:16px 32px;border-bottom:1px solid #edebe9}
.CanvasSection{padding:0 32px}.ms-Persona{display:flex;align-items:center;margin:8px 0}.ms-Persona-coin{width:48px;height:48px;border-radius:50%;margin-right:12px}
.ms-Persona-initials{width:48px;height:48px;border-radius:50%;display:flex;align-items:center;justify-content:center;color:#fff}
.ms-Persona-initials--blue{background:#0078d4}.ms-Persona-initials--teal{background:#038387}.ms-Persona-initials--green{background:#498205}.ms-Persona-initials--magenta{background:#c239b3}.ms-Persona-initials--orange{background:#ca5010}
.ms-Persona-secondaryText{color:#605e5c;font-size:12px}.eventCard{display:flex;margin:12px 0}.dateBox{width:56px;text-align:center;border:1px solid #c8c6c4;margin-right:12px}
.dateBox .month{display:block;font-size:12px;color:#0f6a3b;font-weight:600}.dateBox .day{display:block;font-size:24px}.eventTitle{font-weight:600}.eventMeta{font-size:12px;color:#605e5c}
.commentItem{border-top:1px solid #edebe9;padding:12px 0}.commentItem .reply{margin-left:48px}.socialBar span{margin-right:16px}
</style>
</head>
<body class="ms-Fabric--isFocusHidden">
<div id="SuiteNavWrapper" class="SuiteNavWrapper" role="banner">
  <div id="O365_NavHeader" class="o365sx-navbar" data-automation-id="suitenav">
    <button type="button" id="O365_MainLink_NavMenu" class="o365sx-button o365sx-waffle" aria-label="App launcher"><span class="ms-Icon--WaffleOffice365"></span></button>
    <a class="o365sx-appName" href="https://sallowmerecc.sharepoint.com/_layouts/15/sharepoint.aspx"><span class="o365sx-appName-text">SharePoint</span></a>
    <div class="ms-SearchBox" role="search"><input type="text" class="ms-SearchBox-field" placeholder="Search this site" aria-label="Search this site"></div>
    <button type="button" class="o365sx-button" aria-label="Settings"><span class="ms-Icon--Settings"></span></button>
    <button type="button" class="o365sx-button" aria-label="Help"><span class="ms-Icon--Help"></span></button>
    <button type="button" class="o365sx-button o365sx-persona" aria-label="Account manager for Ines Cleverdon"><span class="o365sx-persona-initials">IC</span></button>
  </div>
</div>
<div id="spPageCanvasContent" class="SPCanvas">
<div class="spSiteHeader" data-automation-id="SiteHeader" role="banner">
  <div class="logoWrapper"><a href="${SITE}" aria-label="Safety Certification Hub home"><span class="logoInitials" style="background:#0f6a3b;color:#fff">SC</span></a></div>
  <div class="siteTitle"><a href="${SITE}" data-automation-id="SiteHeaderTitle">Safety Certification Hub</a></div>
  <div class="siteActions"><button type="button" class="ms-Button" aria-label="Not following"><span class="ms-Button-label">Follow</span></button><span class="membersInfo" aria-label="Site members">46 members</span></div>
  <nav class="ms-HorizontalNav" role="navigation" aria-label="Site navigation"><ul>
    <li><a href="${SITE}">Home</a></li><li><a href="${SITE}/SitePages/News.aspx">News</a></li><li><a href="${SITE}/Shared%20Documents">Documents</a></li>
    <li><a href="${SITE}/SitePages/Safety-advisory-groups.aspx">Safety advisory groups</a></li><li><a href="${SITE}/Lists/Grounds">Grounds register</a></li>
    <li><a href="${SITE}/SitePages/Joint-Committee.aspx">Joint Committee</a></li><li><a href="#" class="editNav">Edit</a></li>
  </ul></nav>
</div>
<div class="commandBarWrapper" data-automation-id="pageCommandBar"><div class="ms-CommandBar" role="menubar">
  <button class="ms-CommandBarItem" role="menuitem">+ New</button><button class="ms-CommandBarItem" role="menuitem">Promote</button><button class="ms-CommandBarItem" role="menuitem">Page details</button><button class="ms-CommandBarItem" role="menuitem">Analytics</button>
  <span class="ms-CommandBar-secondary"><span class="pageStatus">Published 2/17/2232</span><button class="ms-CommandBarItem" role="menuitem">Share</button><button class="ms-CommandBarItem" role="menuitem">Edit</button></span>
</div></div>
<div class="mainContent" role="main" data-automation-id="contentScrollRegion">
<article class="CanvasComponent LCS" data-sp-feature-tag="Site Page" data-sp-news-post="true">`);

// ---------------------------------------------------------------- title area
out.push(TITLE);
out.push(`${AUTHOR.name} | ${AUTHOR.post} | Published 2/17/2232`);
H(`<div class="pageTitle" data-automation-id="pageHeader"><div class="titleRegion"><div class="ms-Image imageArea" role="presentation" style="background-image:url('${SITE}/SiteAssets/SitePages/Joint-Committee-news-February/tanyard-lane-east-stand.jpg')"></div>
<h1 class="ms-font-su pageTitle" data-automation-id="pageTitle" role="heading" aria-level="1">${esc(TITLE)}</h1>
<div class="authorByline" data-automation-id="newsAuthorByline"><div class="ms-Persona ms-Persona--size32"><div class="ms-Persona-coin"><div class="ms-Persona-initials ms-Persona-initials--teal"><span>TJ</span></div></div><div class="ms-Persona-details"><div class="ms-Persona-primaryText">${esc(AUTHOR.name)}</div><div class="ms-Persona-secondaryText">${esc(AUTHOR.post)}</div></div></div>
<span class="publishDate" data-automation-id="newsPublishedDate">Published 2/17/2232</span></div></div></div>`);

// ---------------------------------------------------------------- text web part: the news
const mj = MEETINGS.march;
const news = [
  ["p", `Welcome to February's update for members and officers of the ${BODY}. Our next meeting is on Thursday 22 March at 10am in the Council Chamber at County Hall; the papers will be published on 14 March.`],
  ["h2", "Membership changes"],
  ["p", `Cllr Tobin Whatmough stood down from the Joint Committee on 31 January 2232. We thank him for his work as lead member for structural safety, particularly on the Tanyard Lane East Stand. ${C.cra} has appointed Cllr Juliet Penrice (Conservative) in his place from 9 February 2232, and the Chair has asked her to take on the lead member role for structural safety.`],
  ["h2", "Lead members for 2231/32"],
  ["ul", MEMBERS.filter((m) => m.lead && !m.left).map((m) => `${m.lead[0].toUpperCase() + m.lead.slice(1)} – ${m.name} (${C[m.c].replace(/ (County|City|Borough|District) Council$/, "")})`)],
  ["h2", "Tanyard Lane East Stand: Chair's urgent decision"],
  ["p", `On 6 February the Chair, Cllr Araminta Wapshott, after consulting the Vice-Chair, Cllr Ezekiel Maunder, used the authority the Joint Committee gave her on 15 December to reduce the capacity of the East Stand at Tanyard Lane from ${gbp(TANYARD.eastBefore)} to ${gbp(TANYARD.eastAfter)} (decision UD-2232-01). The club's interim survey, received on 30 January, confirmed the corrosion in roof columns C4 and C7 that ${ENGINEER.firm} found in November, and rows T to Z stay closed. The ground's permitted capacity is now ${gbp(TANYARD.after)}.`],
  ["p", "The new capacity applies from Tewsley Town's home match on Saturday 11 February. The decision will be reported to the meeting on 22 March."],
  ["h2", "Model conditions consultation"],
  ["p", `Public consultation on the draft model conditions for general safety certificates opens on 8 March and closes on 19 April. The notice will appear in the Sallowmere Gazette and Advertiser on 8 March. Cllr Isbister will lead on engagement with clubs; please send any comments from your council to ${O.sewter.name}.`],
];
const htmlOf = (blocks) => blocks.map(([k, v]) => (k === "p" ? P(v) : k === "h2" ? H2(v) : UL(v))).join("");
const linesOf = (blocks) => blocks.flatMap(([k, v]) => (k === "ul" ? v : [v]));
H(section(12));
H(textPart(htmlOf(news), linesOf(news)));
H(sectionEnd);

// ---------------------------------------------------------------- people web parts
const secondary = (m) => `${m.role ?? "Member"} · ${C[m.c]} · ${m.party}`;
const people = (title, make) => {
  out.push(title);
  const cards = make();
  return `<div class="ControlZone ControlZone--control" data-sp-feature-tag="People WebPart" data-sp-feature-instance-id="${wpId()}"><div data-sp-webpart=""><div class="webPartHeader"><h2 class="webPartTitle" role="heading" aria-level="2">${esc(title)}</h2></div><div class="peopleWebPart layout-compact" role="list">${cards.map((c) => `<div role="listitem" class="personaCard">${c}</div>`).join("")}</div></div></div>`;
};
H(section(8));
H(people("Joint Committee members 2231/32", () => MEMBERS.filter((m) => !m.left).map((m) => persona(m.name, secondary(m)))));
H(people("Named substitutes", () => SUBS.map((s) => persona(s.name, `Substitute · ${C[s.c]} · ${s.party}`))));
H(`</div><div class="CanvasSection CanvasSection-col CanvasSection-xl4" data-automation-id="CanvasSection">`);
H(people("Officer contacts", () => ["sewter", "edgecombe", "cleverdon", "mewburn", "jupe"].map((k) => persona(O[k].name, O[k].post, 40))));

// ---------------------------------------------------------------- events web part
const EVENTS = [
  { iso: K.consultOpen, title: "Model conditions consultation opens", when: "Thu, All day", where: "Online" },
  { iso: K.siteVisitPlanned, title: "Site visit: Tanyard Lane East Stand", when: "Mon, 2:00 PM - 3:30 PM", where: "Tanyard Lane, Tewsley", end: "3:30 PM", start: "2:00 PM" },
  { iso: K.privateReps, title: "Papers published: Joint Committee 22 March", when: "Wed, All day", where: "" },
  { iso: mj, title: BODY, when: "Thu, 10:00 AM - 1:00 PM", where: "Council Chamber, County Hall, Sallowmere", start: "10:00 AM", end: "1:00 PM" },
  { iso: K.fanZoneSag, title: "Brantwick Road Stadium fan zone: safety advisory group", when: "Thu, 9:30 AM - 11:00 AM", where: "Microsoft Teams meeting", start: "9:30 AM", end: "11:00 AM" },
  { iso: K.consultClose, title: "Model conditions consultation closes", when: "Thu, All day", where: "" },
];
const MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const US_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WDAY = { Mon: "Monday", Tue: "Tuesday", Wed: "Wednesday", Thu: "Thursday", Fri: "Friday" };
out.push("Coming up");
const cards = EVENTS.map((e, i) => {
  const [y, m, d] = e.iso.split("-").map(Number);
  const aria = `${e.title}, ${WDAY[e.when.slice(0, 3)]}, ${US_MONTH[m - 1]} ${d}, ${y}${e.start ? `, ${e.start} to ${e.end}` : ", all day"}${e.where ? `, ${e.where}` : ""}`;
  out.push([MON[m - 1], String(d), e.title, e.when, e.where].filter(Boolean).join(" | "));
  return `<div role="listitem" class="eventCard" data-automation-id="event-card-${i}" aria-label="${esc(aria)}"><a href="${SITE}/_layouts/15/Event.aspx?ListGuid=c41e8a77-2d90-4f5b-8b3a-6e0f1d2c9a84&amp;ItemId=${112 + i}" data-interception="off"><div class="dateBox" aria-hidden="true"><span class="month">${MON[m - 1]}</span><span class="day">${d}</span></div><div class="eventDetails"><div class="eventTitle">${esc(e.title)}</div><div class="eventMeta eventTime">${esc(e.when)}</div>${e.where ? `<div class="eventMeta eventLocation">${esc(e.where)}</div>` : ""}</div></a></div>`;
});
H(`<div class="ControlZone ControlZone--control" data-sp-feature-tag="Events WebPart" data-sp-feature-instance-id="${wpId()}"><div data-sp-webpart=""><div class="webPartHeader"><h2 class="webPartTitle" role="heading" aria-level="2">Coming up</h2><a class="seeAllLink" href="${SITE}/Lists/Events">See all</a></div><div class="eventsWebPart layout-filmstrip" role="list">${cards.join("")}</div></div></div>`);

// ---------------------------------------------------------------- quick links
const LINKS = [
  "Minutes of 15 December 2231 (draft)",
  "Ground register and inspection tracker 2231-32",
  "Draft model conditions for general safety certificates (consultation draft)",
  "Record of urgent decision UD-2232-01",
  "Terms of reference of the Joint Committee",
];
out.push("Papers and documents", ...LINKS);
H(`<div class="ControlZone ControlZone--control" data-sp-feature-tag="QuickLinksWebPart" data-sp-feature-instance-id="${wpId()}"><div data-sp-webpart=""><div class="webPartHeader"><h2 class="webPartTitle" role="heading" aria-level="2">Papers and documents</h2></div><div class="quickLinks layout-list" role="list">${LINKS.map((l, i) => `<div role="listitem" class="quickLinkItem"><a href="${SITE}/Shared%20Documents/Joint%20Committee/${encodeURIComponent(l)}.${["docx", "xlsx", "pdf", "pdf", "pdf"][i]}" data-interception="off"><span class="ms-Icon fileTypeIcon ${["docx", "xlsx", "pdf", "pdf", "pdf"][i]}" aria-hidden="true"></span><span class="quickLinkText">${esc(l)}</span></a></div>`).join("")}</div></div></div>`);
H(sectionEnd);

// ---------------------------------------------------------------- social bar and comments
out.push("7 Likes | 142 Views | Save for later");
H(`<div class="socialBar" data-automation-id="sp-socialbar"><span class="likeButton" data-automation-id="sp-socialbar-likebutton"><i class="ms-Icon--Like"></i> 7 Likes</span><span class="viewCount" data-automation-id="sp-socialbar-viewcount">142 Views</span><span class="saveForLater"><i class="ms-Icon--SingleBookmark"></i> Save for later</span></div>`);
const COMMENTS = [
  { who: O.cleverdon.name, when: "2/17/2232", text: "Please note the Tanyard Lane site visit has moved to Tuesday 13 March, same time (2pm): the club can't host us on the Monday. I've updated the calendar invitation, but the event above still shows the old date.", likes: 3 },
  { who: "Cllr Ezekiel Maunder", when: "2/18/2232", text: "Thanks Tamsin. Can members see the club's interim survey itself?", likes: 0, replies: [
    { who: O.jupe.name, when: "2/19/2232", text: "It's exempt (paragraph 3), so it will be item 8 in the private part of the March meeting. I'll e-mail it to members in confidence before then.", likes: 1 },
  ] },
  { who: "Cllr Juliet Penrice", when: "2/20/2232", text: "Delighted to be joining the Joint Committee, and looking forward to the site visit.", likes: 5 },
];
out.push("Comments");
const comment = (c, reply) => {
  out.push(`${c.who} | ${c.when} | ${c.text}`);
  return `<div class="commentItem${reply ? " reply" : ""}" data-automation-id="comment"><div class="ms-Persona ms-Persona--size32"><div class="ms-Persona-coin"><div class="ms-Persona-initials ms-Persona-initials--blue"><span>${esc(initials(c.who))}</span></div></div></div><div class="commentBody"><span class="commentAuthor">${esc(c.who)}</span> <span class="commentDate" title="${esc(c.when)}">${esc(c.when)}</span><div class="commentText">${esc(c.text)}</div><div class="commentActions"><button class="ms-Button" aria-label="Like">${c.likes ? `<i class="ms-Icon--Like"></i><span class="likeCount">${c.likes}</span>` : `<i class="ms-Icon--Like"></i>`}</button><button class="ms-Button">Reply</button></div>${(c.replies ?? []).map((r) => comment(r, true)).join("")}</div></div>`;
};
H(`<section class="commentsWrapper" data-sp-feature-tag="Comments" aria-label="Comments"><h2 class="commentsHeader">Comments</h2><div class="ms-TextField addComment"><textarea placeholder="Add a comment. Type @ to mention someone" aria-label="Add a comment"></textarea></div>${COMMENTS.map((c) => comment(c)).join("")}</section>`);
H(`</article></div>
<footer class="spFooter" role="contentinfo"><div class="footerLogo">${esc(HOST)}</div><div class="footerLinks"><a href="${SITE}/SitePages/Accessibility.aspx">Accessibility</a> · <a href="${SITE}/SitePages/Privacy.aspx">Privacy</a> · <a href="mailto:safety.certification@sallowmere.gov.uk">Contact the site owner</a></div></footer>
</div>
<script type="text/javascript" src="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_en-us_9f2b7c1d0e.js"></script>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
