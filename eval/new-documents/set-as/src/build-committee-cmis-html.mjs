// Builds docs/coastal-panel-committee-details-cmis.html and its rendering in text/.
// Layout: a committee page of a CMIS-style committee system (Civica CMIS runs inside a DotNetNuke
// portal): the portal skin (logo, mega menu, "You are here" breadcrumb, search box, cookie bar), then a
// module whose ASP.NET WebForms markup holds the content: hidden __VIEWSTATE inputs, <span id="dnn_ctr…_lbl…">
// labels, a tab strip of in-page links, a details grid of label and value cells, the terms of reference,
// the membership and substitutes as GridView tables (a photo column, "Chairman" / "Vice-Chairman" /
// "Deputy Chairman" roles), a meetings GridView and a contact panel; the portal footer last.
// Rendering: the page's text in reading order (skin included, as on newdocs-dev's web page), table rows
// with cells joined by " | " (a photo cell is empty), hidden inputs and scripts left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-committee-cmis-html.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, BODY, PARENT, PROGRAMME, OFFICERS, MEMBERS, SUBS, FORMER, MEETINGS_9596, MEETINGS_9697, longDate } from "./common.mjs";

const BASE = "coastal-panel-committee-details-cmis";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const P = "dnn_ctr412_ViewCMIS_CommitteeDetails";
const html = [];
const text = [];
const H = (s) => html.push(s);
const T = (s) => text.push(s);

const ROLE = { Chair: "Chairman", "Vice-Chair": "Vice-Chairman", "Deputy Chair": "Deputy Chairman" };
const slug = (s) => s.replace(/^Cllr /, "").toLowerCase().replace(/[^a-z]+/g, "-");
const mtgShort = (iso) => {
  const d = new Date(iso + "T12:00:00Z");
  return `${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()]} ${d.getUTCDate()} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

H(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en-GB" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Committee details - ${esc(BODY)} | LGA committee information</title>
<meta id="MetaDescription" name="DESCRIPTION" content="Committee details, membership and meetings of the ${esc(BODY)}" />
<link href="/Portals/_default/Skins/LGA2090/skin.css?cdv=388" type="text/css" rel="stylesheet" />
<link href="/DesktopModules/CMIS/module.css?cdv=388" type="text/css" rel="stylesheet" />
<script src="/Resources/libraries/jQuery/03_07_01/jquery.js?cdv=388" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/cmis5/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/412/id/118/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgYCBw8WAh4EVGV4dAUhQ29hc3RhbCBDb21tdW5pdGllcyBhbmQgRmxvb2QgUmVzaWxpZW5jZSBQYW5lbGQYAQUeX19Db250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFD2RubiRkbm5TRUFSQ0gkY21kU2VhcmNoIG1nQxWk3n8gG0t9bA==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div id="dnn_cookieBar" class="cookie-bar"><p>We use cookies to make this site work and to understand how it is used. <a href="/cookies">Cookie settings</a> <a href="#" class="btn" onclick="return acceptCookies();">Accept all cookies</a></p></div>
<div id="siteWrapper">
<div id="dnn_header" class="header">
 <a id="dnn_dnnLOGO_hypLogo" title="Local Government Association" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/lga-logo.png" alt="Local Government Association" /></a>
 <div id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" aria-label="Search" /><a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Search</a></div>
</div>
<nav id="dnn_nav" class="dnnmega"><ul class="topLevel">
 <li class="item first"><a href="/cmis5/Home.aspx">Home</a></li>
 <li class="item"><a href="/cmis5/Meetings.aspx">Meetings</a></li>
 <li class="item current"><a href="/cmis5/Committees.aspx">Committees</a></li>
 <li class="item"><a href="/cmis5/People.aspx">Councillors</a></li>
 <li class="item"><a href="/cmis5/Decisions.aspx">Decisions</a></li>
 <li class="item"><a href="/cmis5/Documents.aspx">Documents</a></li>
 <li class="item last"><a href="/cmis5/Calendar.aspx">Calendar</a></li>
</ul></nav>
<div id="dnn_breadcrumb" class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb">You are here: <a href="/cmis5/Home.aspx" class="SkinObject">Home</a> &gt; <a href="/cmis5/Committees.aspx" class="SkinObject">Committees</a> &gt; <span class="SkinObject">${esc(BODY)}</span></span></div>
<div id="dnn_ContentPane" class="contentPane">
<div class="DnnModule DnnModule-CMIS DnnModule-412"><a name="412"></a>
<div class="c_container c_head_grey"><h1 class="c_title"><span id="dnn_ctr412_dnnTITLE_titleLabel" class="TitleHead">Committee details</span></h1>
<div id="dnn_ctr412_ContentPane" class="c_content">
<div id="dnn_ctr412_ModuleContent" class="DNNModuleContent ModCMISC">`);
T("We use cookies to make this site work and to understand how it is used. Cookie settings Accept all cookies");
T("Local Government Association");
T("Search");
T("Home | Meetings | Committees | Councillors | Decisions | Documents | Calendar");
T(`You are here: Home > Committees > ${BODY}`);
T("Committee details");

H(`<h2 class="CMISCommitteeName"><span id="${P}_lblCommitteeName">${esc(BODY)}</span></h2>
<ul class="CMISTabs" role="tablist">
 <li class="selected"><a href="#details">Details</a></li>
 <li><a href="#membership">Membership</a></li>
 <li><a href="#meetings">Meetings</a></li>
 <li><a href="#contact">Contact</a></li>
 <li><a href="/cmis5/Documents/tabid/64/ctl/ViewCMIS_DocumentsList/mid/415/committee/118/Default.aspx">Documents</a></li>
 <li><a href="/cmis5/Subscribe.aspx?committee=118">Subscribe to updates</a></li>
</ul>`);
T(BODY);
T("Details | Membership | Meetings | Contact | Documents | Subscribe to updates");

// details grid
const DETAILS = [
  ["Committee type", `Member panel of the ${PARENT}`],
  ["Established", "14 June 2095, for a term ending on 31 May 2097"],
  ["Meets", "Four times a year, normally on a Wednesday morning"],
  ["Quorum", "Five members, from at least two political groups"],
  ["Reports to", PARENT],
];
H(`<a name="details"></a><table class="CMISDetails" id="${P}_tblDetails" cellspacing="0">`);
for (const [k, v] of DETAILS) {
  const id = k.replace(/\s+/g, "");
  H(` <tr><td class="CMISLabel"><span id="${P}_lbl${id}Caption">${esc(k)}:</span></td><td class="CMISValue"><span id="${P}_lbl${id}">${esc(v)}</span></td></tr>`);
  T(`${k}: | ${v}`);
}
H(`</table>`);

// purpose and terms of reference
const PURPOSE = `The ${BODY} is a cross-party member panel of the ${PARENT}. It oversees the LGA's ${PROGRAMME} 2095–2097, which helps councils on the coast and in areas of high flood risk to plan for, adapt to and recover from coastal erosion and flooding, and it leads the LGA's work with Government, the Environment Agency and insurers on these issues.`;
const TOR = [
  `to oversee delivery of the ${PROGRAMME}, including its delivery tracker, budget and risk register;`,
  "to agree allocations from the Coastal Transition Fund, within the budget delegated by the Board, up to £5 million in any one round;",
  "to agree LGA responses to consultations on flood and coastal erosion risk management, within the policy lines set by the Board;",
  "to commission peer support and skills development for lead local flood authorities; and",
  "to report on its work to each meeting of the Board.",
];
H(`<h3 class="CMISSectionHead"><span id="${P}_lblPurposeCaption">Purpose of committee</span></h3>
<div id="${P}_divPurpose" class="CMISPurpose"><p>${esc(PURPOSE)}</p>
<p><strong>Terms of reference</strong></p>
<p>The Panel has been asked by the Board:</p>
<ol>${TOR.map((t) => `<li>${esc(t)}</li>`).join("")}</ol>
<p>A named substitute may attend and vote in place of a member of the same political group who has sent apologies. Decisions of the Panel on the Coastal Transition Fund are final; other decisions are reported to the Board.</p></div>`);
T("Purpose of committee");
T(PURPOSE);
T("Terms of reference");
T("The Panel has been asked by the Board:");
TOR.forEach((t) => T(t));
T("A named substitute may attend and vote in place of a member of the same political group who has sent apologies. Decisions of the Panel on the Coastal Transition Fund are final; other decisions are reported to the Board.");

// membership GridView
H(`<a name="membership"></a><h3 class="CMISSectionHead"><span id="${P}_lblMembershipCaption">Membership</span></h3>
<div><table class="CMISTable" cellspacing="0" rules="all" border="1" id="${P}_gvMembers" style="border-collapse:collapse;">
 <tr class="CMISTableHeader"><th scope="col">&nbsp;</th><th scope="col">Councillor</th><th scope="col">Role</th><th scope="col">Political group</th><th scope="col">Council</th><th scope="col">Appointed</th></tr>`);
T("Membership");
T(" | Councillor | Role | Political group | Council | Appointed");
MEMBERS.forEach((m, i) => {
  const role = ROLE[m.role] ?? "Member";
  const grp = m.party ? `${m.group} (${m.party})` : m.group;
  H(` <tr class="${i % 2 ? "CMISTableAltRow" : "CMISTableRow"}"><td><img id="${P}_gvMembers_imgPhoto_${i}" src="/cmis5/Portals/0/Images/People/${slug(m.name)}.jpg" alt="Photo of ${esc(m.name)}" style="height:60px;width:48px;" /></td><td><a id="${P}_gvMembers_hlName_${i}" href="/cmis5/People/tabid/63/ctl/ViewCMIS_Person/mid/413/id/${2310 + i}/Default.aspx">${esc(m.name)}</a></td><td><span id="${P}_gvMembers_lblRole_${i}">${role}</span></td><td>${esc(grp)}</td><td>${esc(m.council)}</td><td>${m.since}</td></tr>`);
  T(` | ${m.name} | ${role} | ${grp} | ${m.council} | ${m.since}`);
});
H(`</table></div>
<p class="CMISNote"><span id="${P}_lblMembershipNote">${esc(FORMER.name)} (${FORMER.group}, ${esc(FORMER.council)}) stood down from the Panel on ${FORMER.left}.</span></p>`);
T(`${FORMER.name} (${FORMER.group}, ${FORMER.council}) stood down from the Panel on ${FORMER.left}.`);

// substitutes GridView
H(`<h3 class="CMISSectionHead"><span id="${P}_lblSubstitutesCaption">Named substitutes</span></h3>
<div><table class="CMISTable" cellspacing="0" rules="all" border="1" id="${P}_gvSubstitutes" style="border-collapse:collapse;">
 <tr class="CMISTableHeader"><th scope="col">Councillor</th><th scope="col">Political group</th><th scope="col">Council</th></tr>`);
T("Named substitutes");
T("Councillor | Political group | Council");
SUBS.forEach((m, i) => {
  H(` <tr class="${i % 2 ? "CMISTableAltRow" : "CMISTableRow"}"><td><a href="/cmis5/People/tabid/63/ctl/ViewCMIS_Person/mid/413/id/${2340 + i}/Default.aspx">${esc(m.name)}</a></td><td>${m.group}</td><td>${esc(m.council)}</td></tr>`);
  T(`${m.name} | ${m.group} | ${m.council}`);
});
H(`</table></div>`);

// meetings GridView
H(`<a name="meetings"></a><h3 class="CMISSectionHead"><span id="${P}_lblMeetingsCaption">Meetings</span></h3>
<div><table class="CMISTable" cellspacing="0" rules="all" border="1" id="${P}_gvMeetings" style="border-collapse:collapse;">
 <tr class="CMISTableHeader"><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Venue</th><th scope="col">Documents</th></tr>`);
T("Meetings");
T("Date | Time | Venue | Documents");
const TIME = { "2096-12-05": "2.00 pm" };
const DOCS = { "2095-07-06": "Agenda, Minutes", "2095-10-05": "Agenda, Minutes", "2095-12-07": "Agenda, Minutes", "2096-03-14": "Agenda, Draft minutes" };
[...MEETINGS_9596, ...MEETINGS_9697].forEach((d, i) => {
  const time = TIME[d] ?? "10.30 am";
  const venue = d === "2095-07-06" ? "Online (Microsoft Teams)" : "Tamar Room, Fenwick House";
  const docs = DOCS[d] ?? "Not yet published";
  H(` <tr class="${i % 2 ? "CMISTableAltRow" : "CMISTableRow"}"><td><a href="/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/${9800 + i}/Committee/118/Default.aspx">${mtgShort(d)}</a></td><td>${time}</td><td>${venue}</td><td>${docs}</td></tr>`);
  T(`${mtgShort(d)} | ${time} | ${venue} | ${docs}`);
});
H(`</table></div>`);

// contact panel
const Q = OFFICERS.quennell, W = OFFICERS.padgett;
H(`<a name="contact"></a><h3 class="CMISSectionHead"><span id="${P}_lblContactCaption">Contact information</span></h3>
<div class="CMISContact" id="${P}_pnlContact">
<p><span class="CMISLabel">Support officer:</span> <span id="${P}_lblContactName">${W.name}</span>, ${W.post}</p>
<p><span class="CMISLabel">Telephone:</span> <span id="${P}_lblContactPhone">${W.phone}</span></p>
<p><span class="CMISLabel">Email:</span> <a id="${P}_hlContactEmail" href="mailto:${W.email}">${W.email}</a></p>
<p><span class="CMISLabel">Lead officer:</span> ${Q.name}, ${Q.post} (${Q.phone}, <a href="mailto:${Q.email}">${Q.email}</a>)</p>
</div>`);
T("Contact information");
T(`Support officer: ${W.name}, ${W.post}`);
T(`Telephone: ${W.phone}`);
T(`Email: ${W.email}`);
T(`Lead officer: ${Q.name}, ${Q.post} (${Q.phone}, ${Q.email})`);

H(`</div></div></div></div>
</div>
<div id="dnn_footer" class="footer">
 <ul class="footerLinks"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
 <p>Local Government Association, Fenwick House, 27 Carrow Street, London SW1P 4QQ</p>
 <p class="poweredBy">Powered by CMIS &copy; Civica UK Ltd</p>
</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{&quot;__scdoff&quot;:&quot;1&quot;}" />
</form>
</body>
</html>
`);
T("Accessibility | Privacy | Cookies");
T("Local Government Association, Fenwick House, 27 Carrow Street, London SW1P 4QQ");
T("Powered by CMIS © Civica UK Ltd");

writeFileSync(join(root, "docs", BASE + ".html"), html.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
