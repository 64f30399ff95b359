// Builds docs/wrayholme-licensing-public-access-all-year-fireworks-2246-01-20.html and its rendering in text/.
// Layout: AN IDOX PUBLIC ACCESS SEARCH RESULTS PAGE SAVED FROM THE BROWSER (Wrayholme Borough Council's
// "Licensing – Public Access", "Save page as… Web page, HTML only", 20 January 2246): the public register
// a member council keeps of applications for all-year fireworks licences, as the Task Group's licensing
// paper cites it. The system's own markup, with the whitespace its templates leave: the council's header
// and logo, "Public Access" and its tabs (Planning | Building Control | Licensing, Licensing selected), the
// search type links (Simple | Advanced | Weekly/Monthly Lists | Property Search | Map Search), a
// breadcrumb, "Search Results", the search criteria as a summary ("Licence type: Fireworks - all year
// supply; Date received: 01/01/2245 to 20/01/2246"), then A PAGER – "Showing 1-10 of 13", page links "1
// 2 Next" – AND ONLY THE FIRST TEN RESULTS: the other three are on page 2, which was not saved. Each
// result is an <li class="searchresult"> holding THE DESCRIPTION AS THE LINK TEXT ("All-year fireworks
// supply licence (renewal) - Bolsterstone Hardware"), the premises address in <p class="address">, and
// ONE <p class="metaInfo"> LINE "Ref. No: 45/00964/FWAY | Received: Thu 02 Oct 2245 | Status: Refused" –
// the fields separated by <span class="divider">|</span>, two-digit-year references, dates as "Thu 02 Oct
// 2245", the status in the system's words (Under Consideration, Licence Issued, Refused, Withdrawn,
// Surrendered), no decision date and nothing about why. A results-per-page select, a sort select
// ("Date Received" descending), "Save search" and "Refine search" controls, the council's footer, and
// Idox's scripts.
// Rendering: from "Search Results": the criteria, the pager, and each result as its description, address
// and metaInfo lines (the metaInfo's dividers kept as " | "); the council's header, tabs, controls and
// footer left out.
// Synthetic test fixture: every business, address and reference is invented.
//   node src/build-idox-register-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, LICENCES, REG_TOTAL, idoxDate } from "./common.mjs";

const FILE = DOCS.idox;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const BASEURL = "https://publicaccess.wrayholme.gov.uk/online-applications";
let k = 0;
const key = () => "R" + (0x5A3C91 + ++k * 7919).toString(36).toUpperCase() + "LIC0" + (k % 10);

const results = LICENCES.map((l) => {
  const meta = [`Ref. No: ${l.ref}`, `Received: ${idoxDate(l.rec)}`, `Status: ${l.status}`];
  out.push(l.desc, l.addr, meta.join(" | "));
  return `
      <li class="searchresult">
        <a href="/online-applications/licencingApplicationDetails.do?activeTab=summary&amp;keyVal=${key()}">
          ${esc(l.desc)}
        </a>
        <p class="address">
          ${esc(l.addr)}
        </p>
        <p class="metaInfo">
          ${esc(meta[0].split(": ")[0])}:
          ${esc(l.ref)}
          <span class="divider">|</span>
          Received:
          ${esc(idoxDate(l.rec))}
          <span class="divider">|</span>
          Status:
          ${esc(l.status)}
        </p>
      </li>`;
});

const criteria = "Licence type: Fireworks - all year supply; Date received: 01/01/2245 to 20/01/2246";
const pager = `Showing 1-${LICENCES.length} of ${REG_TOTAL}`;
const html = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>Licensing Search Results | Wrayholme Borough Council</title>
  <link rel="stylesheet" type="text/css" href="/online-applications/css/idox.css?v=6.4.1">
  <link rel="stylesheet" type="text/css" href="/online-applications/css/custom.css?v=6.4.1">
  <script type="text/javascript" src="/online-applications/js/jquery-3.7.1.min.js"></script>
  <script type="text/javascript" src="/online-applications/js/idox.js?v=6.4.1"></script>
  <script type="text/javascript">
    var idoxContext = { module: "licensing", searchType: "Licensing", resultsPerPage: 10 };
  </script>
</head>
<body>
<div id="idox">
  <div id="cookieNotice" class="cookieNotice">
    <p>This site uses cookies to make the site simpler. <a href="/online-applications/cookiePolicy.do">Find out more about cookies</a></p>
    <a href="#" class="button" id="cookieAccept">Accept</a>
  </div>
  <a href="#pa" class="skip">Skip to main content</a>
  <div id="header">
    <a href="https://www.wrayholme.gov.uk/"><img src="/online-applications/images/wrayholme-logo.png" alt="Wrayholme Borough Council logo"></a>
    <div id="headerTitle">Public Access</div>
    <ul id="headerLinks">
      <li><a href="/online-applications/registrationWizard.do?action=start">Register</a></li>
      <li><a href="/online-applications/login.jsp">Login</a></li>
      <li><a href="https://www.wrayholme.gov.uk/contact">Contact us</a></li>
    </ul>
  </div>
  <div id="pa">
    <div class="container">
      <ul id="subnav" class="tabs">
        <li><a href="/online-applications/search.do?action=simple&amp;searchType=Application">Planning</a></li>
        <li><a href="/online-applications/search.do?action=simple&amp;searchType=BuildingControl">Building Control</a></li>
        <li class="active"><a href="/online-applications/search.do?action=simple&amp;searchType=Licencing">Licensing</a></li>
      </ul>
      <ul id="searchtypes">
        <li><a href="/online-applications/search.do?action=simple&amp;searchType=Licencing">Simple</a></li>
        <li class="active"><a href="/online-applications/search.do?action=advanced&amp;searchType=Licencing">Advanced</a></li>
        <li><a href="/online-applications/search.do?action=weeklyList&amp;searchType=Licencing">Weekly/Monthly Lists</a></li>
        <li><a href="/online-applications/search.do?action=property">Property Search</a></li>
        <li><a href="/online-applications/spatialDisplay.do?action=display">Map Search</a></li>
      </ul>
      <div id="breadcrumbs">
        <a href="https://www.wrayholme.gov.uk/">Home</a> &gt;
        <a href="/online-applications/search.do?action=advanced&amp;searchType=Licencing">Licensing</a> &gt;
        Search Results
      </div>
      <div class="content">
        <h1>Search Results</h1>
        <div id="searchFilters">
          <p class="searchCriteria">
            ${esc(criteria)}
          </p>
          <a href="/online-applications/search.do?action=advanced&amp;searchType=Licencing" class="button secondary">Refine search</a>
          <a href="/online-applications/savedSearch.do?action=save" class="button secondary">Save search</a>
        </div>
        <form id="searchResults" action="/online-applications/pagedSearchResults.do" method="post">
          <input type="hidden" name="searchCriteria.page" value="1">
          <input type="hidden" name="action" value="page">
          <label for="resultsPerPage">Results per page</label>
          <select id="resultsPerPage" name="searchCriteria.resultsPerPage">
            <option value="10" selected="selected">10</option>
            <option value="25">25</option>
            <option value="50">50</option>
            <option value="100">100</option>
          </select>
          <label for="sortField">Sort by</label>
          <select id="sortField" name="searchCriteria.sortField">
            <option value="DATEAPRECV" selected="selected">Date Received</option>
            <option value="REFVAL">Reference</option>
            <option value="STATUS">Status</option>
          </select>
          <select id="sortOrder" name="searchCriteria.sortOrder" aria-label="Sort order">
            <option value="DESC" selected="selected">Descending</option>
            <option value="ASC">Ascending</option>
          </select>
          <input type="submit" value="Go" class="button primary">
        </form>
        <p class="pager top">
          <span class="showing">${pager}</span>
          <strong class="active">1</strong>
          <a href="/online-applications/pagedSearchResults.do?action=page&amp;searchCriteria.page=2" class="page">2</a>
          <a href="/online-applications/pagedSearchResults.do?action=page&amp;searchCriteria.page=2" class="next">Next</a>
        </p>
        <ul id="searchresults">${results.join("")}
        </ul>
        <p class="pager bottom">
          <span class="showing">${pager}</span>
          <strong class="active">1</strong>
          <a href="/online-applications/pagedSearchResults.do?action=page&amp;searchCriteria.page=2" class="page">2</a>
          <a href="/online-applications/pagedSearchResults.do?action=page&amp;searchCriteria.page=2" class="next">Next</a>
        </p>
      </div>
    </div>
  </div>
  <div id="footer">
    <ul>
      <li><a href="https://www.wrayholme.gov.uk/accessibility">Accessibility</a></li>
      <li><a href="https://www.wrayholme.gov.uk/privacy">Privacy</a></li>
      <li><a href="/online-applications/disclaimer.do">Disclaimer</a></li>
    </ul>
    <p>&copy; Wrayholme Borough Council. Public Access is provided by Idox Software Ltd.</p>
  </div>
</div>
<script type="text/javascript">$(function(){ idox.initSearchResults(); });</script>
</body>
</html>
`;
writeFileSync(join(root, "docs", FILE), html);
writeFileSync(join(root, "text", BASE + ".txt"), ["Search Results", criteria, pager, ...out, pager].join("\n") + "\n");
console.log(`wrote docs/${FILE} (${LICENCES.length} of ${REG_TOTAL} results)`);
