// Builds docs/uctg-carers-network-site-task-group-2652-02-18.html and its rendering in text/.
// Layout: A PAGE OF A GOOGLE SITE (the new Sites) SAVED FROM THE BROWSER ("Save page as… > Webpage, HTML
// only"): the "Unpaid Carers Task Group" page of the LGA Carers Network site, last updated on 18 February
// 2652 and saved on 2 March 2652.
//  - Google's generated markup: obfuscated class names ("tyJCtd mGzaTb Depvyb baZpAe", "zfr3Q CDt4Ke",
//    "C9DxTc"), jscontroller / jsname / jsaction attributes, inline JSON and script blocks in the head,
//    nonce'd styles, the site's header with its name and a navigation bar of links, "Skip to main
//    content" / "Skip to navigation" links, a cookie notice, a search button;
//  - THE PAGE IS A GRID OF SECTIONS AND TEXT BOXES, NOT A DOCUMENT: no <table> anywhere; each member is a
//    TEXT BOX OF FOUR OR FIVE <p> LINES (name, role, lead role, council, group) in a row of three boxes,
//    above a portrait image with no alt text; headings are <h2>/<h3> carrying a "Copy heading link"
//    button; the meetings and the contacts are text boxes of lines;
//  - THE TERMS OF REFERENCE ARE A COLLAPSIBLE TEXT GROUP, collapsed: a role="button" heading with
//    aria-expanded="false" and a panel that is display:none until it is opened (the words are all in the
//    saved page);
//  - buttons that open Google Drive folders and the Sheets tracker (links only, the documents are not in
//    the page), an embedded Drive folder as an empty <iframe>;
//  - the "Page updated" date only in the site-actions menu at the foot of the page (Page details), beside
//    "Google Sites" and "Report abuse", with the time as an epoch attribute.
// The page is out of date for the meeting of 10 March: it gives Room 2.3 (the meeting moved to Room 4.1).
// Rendering: from the page title on, a paragraph, list item or heading a line, each member's text box as
// its lines joined by " | ", the collapsed terms of reference in place; the header, navigation, cookie
// notice and the site-actions menu left out.
// Synthetic test fixture: every person, place and date is invented.
//   node src/build-site-google-sites-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, PEOPLE, P, cllr, OFFICERS as O, MEETINGS, BOARD, FUND, PROGRAMME, QUORUM, SUBS } from "./common.mjs";

const FILE = DOCS.site;
const BASE = basename(FILE, extname(FILE));
const SITE = "LGA Carers Network";
const PATH = "/local.gov.uk/lga-carers-network";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;");
let hid = 0;
const hId = () => `h.${(0x4f1c2a + 977 * ++hid).toString(16)}_${hid}`;
const lines = []; // rendering
const p = (text, cls = "zfr3Q CDt4Ke", render = true) => { if (render) lines.push(text); return `<p dir="ltr" class="${cls}" style="padding-top:0pt;margin-top:0pt;margin-bottom:0pt;"><span class="C9DxTc " style="font-family:Lato,Arial;font-weight:400;">${esc(text)}</span></p>`; };
const heading = (tag, text) => {
  lines.push(text);
  const id = hId();
  return `<${tag} id="${id}" dir="ltr" class="zfr3Q ${tag === "h2" ? "OmQG5e" : "JYVBee"}" style="padding-top:16pt;margin-top:0pt;margin-bottom:0pt;"><div jscontroller="Ae65rd" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" class="CjVfdc"><div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mAW2Ib CkrBpe c5wEud M9Bg4d" jscontroller="VXdfxd" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;" jsshadow aria-label="Copy heading link" aria-describedby="${id}" data-tooltip="Copy heading link" data-tooltip-position="top" data-tooltip-vertical-offset="12" data-tooltip-horizontal-offset="0"><a class="FKF6mc TpQm9d" href="#${id}" aria-label="Copy heading link" jsname="hiK3ld" role="button" aria-describedby="${id}"><div class="HBu6N" aria-hidden="true"><svg class="OUGEr QdAdhf" width="22px" height="22px" viewBox="0 0 24 24" fill="currentColor" focusable="false"><path d="M0 0h24v24H0z" fill="none"/><path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></svg></div></a></div></div><span class="C9DxTc " style="font-family:Lato,Arial;font-weight:700;">${esc(text)}</span></div></${tag}>`;
};
const box = (inner) => `<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">${inner}</div></div></div>`;
const column = (span, inner) => `<div class="hJDwNd-AhqUyc-${span} Ft7HRd-AhqUyc-${span} JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me">${inner}</div></div></div></div>`;
const row = (...cols) => `<div class="LS81yb VICjCf j5QzUe" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc">${cols.join("")}</div></div>`;
const section = (inner, bg = "") => `<section id="${hId()}" class="yaqOZd ${bg || "qeLZfd"}"><div class="IFuOkc"></div><div class="mYVXT">${inner}</div></section>`;
const portrait = (n) => `<div class="hJDwNd-AhqUyc-II5mzb Ft7HRd-AhqUyc-II5mzb jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="t3iYD"><img src="https://lh3.googleusercontent.com/sitesv/AICyYdb${(7340 + n * 131).toString(36)}Qz-member-${n}=w400" class="CENy8b" role="img" style="width:100%;margin:0%;"></div></div></div>`;
const li = (text) => { lines.push(text); return `<li class="zfr3Q TYR86d BxaUO" dir="ltr" style="list-style-type:disc;margin-left:0pt;"><p dir="ltr" class="zfr3Q CDt4Ke" style="padding-top:0pt;margin-top:0pt;margin-bottom:0pt;"><span class="C9DxTc ">${esc(text)}</span></p></li>`; };
const ul = (items) => `<ul class="n8H08c UVNKR" style="margin-left:0;margin-right:0;padding-left:0;">${items.map(li).join("")}</ul>`;
const button = (label, href) => `<div class="hJDwNd-AhqUyc-WIdYVe Ft7HRd-AhqUyc-WIdYVe jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="FKF6mc-sM5MNb"><a class="FKF6mc TpQm9d QmpIrf" href="${href}" target="_blank" aria-label="${esc(label)}, opens in a new tab" jsname="hiK3ld"><div class="NsaAfc"><p>${esc(label)}</p></div></a></div></div></div>`;

// ---------------------------------------------------------------- the members' text boxes
const card = (k) => {
  const m = P[k];
  const parts = [cllr(k), m.role === "Member" ? "Member" : m.role];
  if (m.lead) parts.push(`Lead member for ${m.lead}`);
  parts.push(m.council, m.group);
  if (m.from) parts.push(`Member from ${m.from}`);
  lines.push(parts.join(" | "));
  return box(parts.map((t, i) => `<p dir="ltr" class="zfr3Q CDt4Ke" style="padding-top:0pt;margin-top:0pt;margin-bottom:0pt;"><span class="C9DxTc " style="font-family:Lato,Arial;${i === 0 ? "font-weight:700;" : "font-weight:400;"}">${esc(t)}</span></p>`).join(""));
};
const members = PEOPLE.filter((m) => !["Substitute", "Former member"].includes(m.role)).map((m) => m.k);

const body = [];
// title section
body.push(section(row(column("uQSCkd", box(p("Unpaid Carers Task Group", "zfr3Q TYR86d")))), "LB7kq cJgDec nyKByd O13XJf KEFykf"));
// introduction
body.push(section(row(column("uQSCkd", box([
  p(`The Unpaid Carers Task Group (UCTG) is a member task group of the ${BOARD}. It oversees the ${PROGRAMME} and the ${FUND}, and reports to the Board after each of its meetings.`),
  p(`Lead officer: ${O.nkiru.name}, ${O.nkiru.post}.`),
].join(""))))));
// membership
lines.push("");
body.push(section([
  row(column("uQSCkd", box(heading("h2", "Membership 2651/52")))),
  ...[0, 3, 6, 9].map((i) => row(...members.slice(i, i + 3).map((k, j) => column("II5mzb", portrait(i + j) + card(k))))),
  row(column("uQSCkd", box([
    heading("h3", "Named substitutes"),
    ul(SUBS.map((s) => `${cllr(s.k)} (${s.council}, ${s.group})`)),
    heading("h3", "Changes this year"),
    p(`${cllr("tyldesley")} (Conservative, Brockhall County Council) joined the Task Group on 16 February 2652 in place of ${cllr("nutbeam")}, who stood down on 31 January 2652.`),
  ].join("")))),
].join("")));
// meetings
body.push(section([
  row(column("uQSCkd", box([
    heading("h2", "Meetings 2651/52"),
    p("All meetings start at 10.30am. Papers are published here five clear working days before each meeting."),
    ul(MEETINGS.map((m) => `${m.date}, ${m.room}`)),
  ].join("")))),
  row(column("WIdYVe", button("Agendas, papers and notes", "https://drive.google.com/drive/folders/1Yw3cT7uQk2VbXo0sLr5nE8aJdU6mHfPz")), column("WIdYVe", button("Performance tracker 2651/52", "https://docs.google.com/spreadsheets/d/1kQ9vJ4xR2nT8mB6cW0sY3pL5hD7fG1aZ/edit"))),
  row(column("uQSCkd", `<div class="w536ob" jsname="ZcIEJe"><iframe src="https://drive.google.com/embeddedfolderview?id=1Yw3cT7uQk2VbXo0sLr5nE8aJdU6mHfPz#list" class="YMEQtf" allowfullscreen frameborder="0" aria-label="Drive, UCTG papers 2651-52"></iframe></div>`)),
].join("")));
// terms of reference: a collapsible text group, collapsed
const torId = hId();
lines.push("Terms of reference");
const TOR = [
  p("Purpose: to oversee the Carers Support Programme 2651–53 for the twelve councils that take part, to decide awards from the Carers' Breaks Innovation Fund and to report to the Adult Care and Wellbeing Board."),
  p("Membership: twelve councillors appointed by the Board for the municipal year, with up to three named substitutes. The Board appoints the Chair, the Vice-Chair and the Deputy Chair; the Task Group may appoint lead members from among its members."),
  p(`Quorum: ${QUORUM}.`),
  p("Meetings: four a year, in person at 18 Smith Square with the option to join on Microsoft Teams. Members who join on Teams may take part in discussion and votes."),
  p("Decisions: the Task Group may award grants from the Carers' Breaks Innovation Fund of up to £100,000 each. Larger awards, and any risk above the Task Group's tolerance, go to the Board."),
];
body.push(section(row(column("uQSCkd", `<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div jscontroller="Vt0jnb" jsaction="rcuQ6b:rcuQ6b;" class="L5uwJb"><div jsname="OL7xpf" class="j5ZNcb" role="button" tabindex="0" aria-expanded="false" aria-controls="${torId}" jsaction="click:E0pB5e;keydown:Hq2uPe"><h3 dir="ltr" class="zfr3Q JYVBee"><span class="C9DxTc " style="font-family:Lato,Arial;font-weight:700;">Terms of reference</span></h3><span class="aPN5Qd"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class="Ya1g0e"><path d="M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z"/></svg></span></div><div id="${torId}" class="tyJCtd mGzaTb Depvyb baZpAe aYXvh" aria-hidden="true" style="display:none">${TOR.join("")}</div></div></div></div>`))));
// contacts
body.push(section(row(column("uQSCkd", box([
  heading("h2", "Contacts"),
  p(`${O.nkiru.name}, ${O.nkiru.post}: ${O.nkiru.phone}, ${O.nkiru.email}`),
  p(`${O.florian.name}, ${O.florian.post} (meetings, papers and substitutes): ${O.florian.phone}, ${O.florian.email}`),
  p("Councillors' contact details are in the members' area of the LGA website."),
].join(""))))));

const UPDATED_MS = Date.UTC(2652, 1, 18, 14, 7, 0);
const nav = ["Home", "Unpaid Carers Task Group", "Carers Support Programme", "Carers' Breaks Innovation Fund", "Resources", "Contact us"];
const slug = (s) => s.toLowerCase().replace(/'/g, "").replace(/[^a-z0-9]+/g, "-");
const html = `<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8"><script nonce="Qm1x7kLd3vTz0aPw">var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="Qm1x7kLd3vTz0aPw">window.WIZ_global_data = {"DpimGf":false,"EP1ykd":["/_/*"],"FdrFJe":"-4190218537720841055","Im6cmf":"/_/atari/","LVIXXb":1,"LoQv7e":false,"MT7f9b":[],"QrtxK":"","S06Grb":"","Yllh3e":"%.@.1","eptZe":"/_/atari/","gGcLoe":false,"qwAQke":"AtariViewUi","qymVe":"aGq8m6sWcXo","rtQCxc":0,"w2btAe":"%.@.null,null,\\"\\",false,null,null,true,false]","zChJod":"%.@.]"};</script><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico"><meta property="og:title" content="Unpaid Carers Task Group"><meta property="og:type" content="website"><meta property="og:url" content="https://sites.google.com${PATH}/unpaid-carers-task-group"><meta property="og:description" content="The Unpaid Carers Task Group (UCTG) is a member task group of the ${BOARD}."><meta itemprop="name" content="Unpaid Carers Task Group"><meta itemprop="description" content="The Unpaid Carers Task Group (UCTG) is a member task group of the ${BOARD}."><meta itemprop="url" content="https://sites.google.com${PATH}/unpaid-carers-task-group"><link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&display=swap" rel="stylesheet" nonce="JgV3rTq0pXk9sLw2"><link href="https://fonts.googleapis.com/css?family=Google+Sans:400,500|Roboto:300,400,500,700|Source+Code+Pro:400,700&display=swap" rel="stylesheet" nonce="JgV3rTq0pXk9sLw2"><link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7R57rYYVGiA.L.X.O/am=MBiA/d=1/rs=AGEqA5nH99C7yrr0e8G8G3jQs2xbCzvA4w" data-id="_cl" nonce="JgV3rTq0pXk9sLw2"><title>${SITE} - Unpaid Carers Task Group</title><style jsname="ptDGoc" nonce="JgV3rTq0pXk9sLw2">.M63kCb{background-color: rgba(255,255,255,1);}.OUGEr{color: rgba(33,33,33,1);}.duRjpb{font-family: Lato, sans-serif; font-size: 34pt; font-weight: 300;}.zfr3Q{font-family: Lato, sans-serif; font-size: 11pt; line-height: 1.6;}.TYR86d{font-size: 28pt;}.OmQG5e{font-size: 18pt;}.JYVBee{font-size: 13pt;}.aYXvh{padding-left: 16px;}.CENy8b{border-radius: 50%;}.BFDQOb{background-color: rgba(0,97,113,1);}</style><script nonce="Qm1x7kLd3vTz0aPw">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com",null,null,null,null,null,null,null,null,null,null,null,"SITES_%s",null,null,null,null,null,null,null,null,null,["AHKXmL0Z0c0C9V8b4y9pE0l3g3A","1"],null,null,null,null,null,null,null,null,null,null,null,null];window.globals = {"enableAnalytics":true,"webPropertyId":"","showDebug":false,"hashedSiteId":"3b5a1d8e6c0f4a7b9d2e1c5f8a0b3d6e","normalizedPath":"local.gov.uk/lga-carers-network/unpaid-carers-task-group","pageTitle":"Unpaid Carers Task Group"};</script></head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jscontroller="o1L5Wb" data-sitename="lga-carers-network" data-domain="local.gov.uk" data-universe="1" jsmodel="fNFZH" jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;zuqEgd:HI9w0;tr6QDd:Y8aXB;MxH79b:xDkBfb;JIbuQc:SPXMTb(uxAMZ),LjG1Ed(a6mxbb);" jsname="G0jgYd"><div jsname="gYwusb" class="p9b27"></div><div jscontroller="RrXLpc" jsname="XeeWQc" role="banner" jsaction="keydown:uiKYid(OH0EC);rcuQ6b:WYd;zuqEgd:ufqpf;JIbuQc:XfTnxb(lqvTlf),AlTiYc(GeGHKb),AlTiYc(m1xNUe),zZlNMe(pZn8Oc);YqO5N:ELcyfe;" data-top-navigation="true" class="BFDQOb"><div class="Nzd4Ae"><a class="Gs5Pv" href="#${hId()}" jsname="OH0EC">Skip to main content</a><a class="Gs5Pv" href="#" jsname="m1xNUe">Skip to navigation</a></div><div jsname="bF1uUb" class="BuY5Fd" jsaction="click:xVuwSc;"></div><div jsname="MVsrn" class="TbNlJb"><div role="button" class="U26fgb mAW2Ib CkrBpe c5wEud M9Bg4d" jscontroller="VXdfxd" jsaction="click:cOuCgd;" aria-label="Open navigation" tabindex="0"><svg class="wFCWne" viewBox="0 0 24 24" width="24px" height="24px" focusable="false"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"/></svg></div></div><div class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="${PATH}/home"><img src="https://lh6.googleusercontent.com/sitesv/AICyYdYlga-carers-network-logo=w16383" class="lzy1Td" role="img" aria-label="Site home" jsname="SwcDWb"><span class="QTKDff">${SITE}</span></a></div><nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MvizDe:lqvTlf;" role="navigation" tabindex="-1"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">${nav.map((n, i) => `<li jsname="ibnC6b" data-nav-level="1" class="VsJjtf${i === 1 ? " ZmrVpf" : ""}"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"${i === 1 ? ' aria-selected="true"' : ""} href="${PATH}/${i === 0 ? "home" : slug(n)}" data-url="${PATH}/${i === 0 ? "home" : slug(n)}" data-type="1" data-level="1">${esc(n)}</a></div></div></li>`).join("")}</ul></nav><div jscontroller="gK4msf" class="RBEWZc" jsname="h04Zod" jsaction="rcuQ6b:WYd;JIbuQc:AT95Ub;VbOlFf:HgE5D;FaOgy:Dxpvdb;" data-side-navigation="false"><div role="button" class="U26fgb mAW2Ib CkrBpe c5wEud M9Bg4d" aria-label="Open search bar" tabindex="0" data-tooltip="Open search bar"><svg class="wFCWne" viewBox="0 0 24 24" width="24px" height="24px" focusable="false"><path d="M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></svg></div><div class="oNsfjf" jsname="tuyzdb"><input type="search" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="off" tabindex="0" aria-label="Search this site" placeholder="Search this site" name="q"></div></div></div><div role="main" tabindex="-1" class="UtePc RCETm yxgWrb" dir="ltr">${body.join("")}</div><div class="Xpil1b xgQ6eb"></div><div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="${UPDATED_MS}" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd;" aria-label="Site actions" aria-disabled="false" tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class="dhUwsc"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zM11 9h2V7h-2v2z"/></svg></span></span><div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" jsaction="IpSVtb:TvD9Pc;" role="menu" tabindex="0" jsshadow><div class="XvhY1d" jsaction="mousedown:p8EH2c;"><div class="JAPqpe K0NPx"><span jsslot class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true);" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Google Sites</div></div></span><span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Report abuse</div></div></span><span jsslot class="z80M1 FeRvI" role="menuitem" tabindex="-1"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Page details</div></div></span><div class="kCtYwe"><div class="Ztv7b">Page updated</div><div class="vCOH3c">18 Feb 2652, 14:07</div></div></div></div></div></div></div></div><div jscontroller="hr1Ode" class="Ocq7Xd" jsname="Xs9ide" role="dialog" aria-live="polite"><div class="uwE8Sd">This site uses cookies from Google to deliver its services and to analyse traffic. Information about your use of this site is shared with Google. By using this site, you agree to its use of cookies.</div><div class="GVlWKd"><a class="XHmfNc" href="https://policies.google.com/technologies/cookies" target="_blank">Learn more</a><div role="button" class="U26fgb O0WRkf oG5Srb C0oVfc" tabindex="0"><span class="RveJvd snByac">Got it</span></div></div></div></div></div></div><script nonce="Qm1x7kLd3vTz0aPw">DOCS_timing['cl']=new Date().getTime();</script><script src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.en_GB.2vG4bqgHjYw.O/am=MBiA/d=1/rs=AGEqA5m8hVvQ3QJj6yXvC0yN0sWm1F7cEg/m=view" data-id="_cl" async nonce="Qm1x7kLd3vTz0aPw"></script></body></html>`;

writeFileSync(join(root, "docs", FILE), html);
writeFileSync(join(root, "text", BASE + ".txt"), lines.filter((l) => l !== "").join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
