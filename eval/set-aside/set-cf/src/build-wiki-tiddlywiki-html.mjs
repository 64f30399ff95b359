// Builds docs/lsctg-team-wiki-2692-01-12.html and its rendering in text/.
// Layout: A TIDDLYWIKI 5 SINGLE-FILE WIKI (version 5.1.23, the officers' team notebook, saved to disk on
// 12 January 2692): the whole wiki is one HTML file whose content is only shown by its own JavaScript.
// The file holds TiddlyWiki's head (meta tags naming it, a "~~" comment marking each area), a static
// style area, a <noscript> SPLASH AREA that lists the wiki's tiddler titles for browsers without
// JavaScript, and then THE STORE AREA (a <div id="storeArea" style="display:none;">) with ONE <div> PER
// TIDDLER, ITS FIELDS AS ATTRIBUTES (title, tags in TiddlyWiki's "[[two words]]" form, created and
// modified as 17-digit timestamps YYYYMMDDhhmmssSSS, creator, modifier, type) AND ITS TEXT AS RAW
// WIKITEXT IN A <pre>, HTML-escaped: "!" and "!!" headings, "''bold''", "[[links]]", "#" and "*"
// lists, "; term / : definition" lists, tables typed as "|cell|cell|" with "!" header cells and a "|…|c"
// caption row, macros in "<<…>>", and TRANSCLUSION: the minutes of 19 November show their attendance by
// "{{Attendance 19 November 2691}}", so the names are in another tiddler. Tiddlers are stored sorted by
// title, system tiddlers ("$:/…") first – among them the $:/core PLUGIN AS A JSON STRING in its own
// <pre> (shortened here), the site title, the default tiddlers and the story list – and AN UNSAVED
// EDIT, "Draft of 'Action log'", sits in the store beside the action log itself. The boot scripts come
// after the store.
// Rendering: the wiki as a reader sees it – each ordinary tiddler in store order (drafts and system
// tiddlers left out): its title, then its text rendered (headings, paragraphs a line each, list items
// and definition-list terms and definitions a line each, without the list numbers the browser draws;
// table rows with cells " | ", the caption a line; markup, links and macros removed; a transclusion
// replaced by the transcluded tiddler's lines).
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-wiki-tiddlywiki-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, PROGRAMME, FUND, OFFICERS as O, GUEST, MEMBERS, SUBS, P, cllr, ACTIONS, ROUND2, MEETINGS } from "./common.mjs";

const FILE = DOCS.wiki;
const BASE = basename(FILE, extname(FILE));
const off = (k) => O[k].name;
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// ------------------------------------------------------------------ the tiddlers
const T = [];
const tid = (title, text, f = {}) => T.push({ title, text: text.replace(/^\n/, ""), created: f.created ?? "26910602091512204", modified: f.modified ?? f.created ?? "26910602091512204", tags: f.tags ?? "", type: f.type ?? "", creator: f.creator ?? "Ambrose Kettleborough", modifier: f.modifier ?? f.creator ?? "Ambrose Kettleborough", extra: f.extra ?? {} });

const memberRows = MEMBERS.map((m) => `|[[Cllr ${m.name}]] |${m.council} |${m.group} |${m.pos} |`).join("\n");
tid("Members", `
Membership of the [[${BODY}]] for 2691/92, as appointed by the ${BOARD} on 4 June 2691.

|Membership 2691/92|c
|!Councillor |!Council |!Political group |!Role |
${memberRows}

!! Named substitutes
${SUBS.map((s) => `* Cllr ${s.name} (${s.group}, ${s.council})`).join("\n")}

Substitutes may attend for any member of their own political group.

<<tag Membership>>
`, { created: "26910605114407113", modified: "26911002090155870", tags: "Membership [[Task Group]]" });

tid(BODY, `
The ${BODY} is a member task group of the ${BOARD}. It oversees the ${PROGRAMME} 2691–93 and the ${FUND}.

!! Terms of reference (summary)
* Twelve members appointed by the ${BOARD}, with up to three named substitutes.
* Quorum: four members.
* Meets five times a year; meetings are held at 18 Smith Square with members able to join online.
* Decisions on grant awards over £50,000 are key decisions and are published on the forward plan.

!! Officers
|!Role |!Name |!Phone |
|Lead officer |${off("cosima")}, ${O.cosima.title} |${O.cosima.phone} |
|Clerk |${off("ambrose")}, ${O.ambrose.title} |${O.ambrose.phone} |
|Grants |${off("priyanka")}, ${O.priyanka.title} |${O.priyanka.phone} |
|Performance and risk |${off("ngozi")}, ${O.ngozi.title} |${O.ngozi.phone} |
|Policy |${off("lorcan")}, ${O.lorcan.title} |${O.lorcan.phone} |

See also [[Members]], [[Meetings 2691/92]] and the [[Action log]].
`, { created: "26910602091512204", modified: "26911002090311402", tags: "[[Task Group]]" });

tid("Meetings 2691/92", `
All meetings are on Thursdays at 10.30 am.

* ${MEETINGS[0]}
* ${MEETINGS[1]} – [[Minutes 17 September 2691]]
* ${MEETINGS[2]} – [[Minutes 19 November 2691]]
* ${MEETINGS[3]} – papers published 13 January 2692
* ${MEETINGS[4]}
* ${MEETINGS[5]} (provisional; first meeting of 2692/93)
`, { created: "26910602092033517", modified: "26920112154410026", tags: "[[Task Group]]" });

const ATT = `
; Present
: Cllr ${P.oyelaran.name} (Chair), Cllr ${P.fennimore.name} (Vice-Chair), Cllr ${P.mbeki.name} (Deputy Chair), Cllr ${P.okafor.name}, Cllr ${P.ravenscroft.name}, Cllr ${P.charlesworth.name}, Cllr ${P.thorsby.name}, Cllr ${P.aukett.name}, Cllr ${P.strand.name}
; Substitute
: Cllr ${P.marchetti.name} (for Cllr ${P.vasquez.name})
; Apologies
: Cllr ${P.vasquez.name}, Cllr ${P.delacroix.name}, Cllr ${P.ilesanmi.name}
; Officers
: ${off("cosima")} (Programme Manager), ${off("priyanka")} (Senior Grants Adviser), ${off("lorcan")} (Senior Policy Adviser), ${off("ingrid")} (Finance Business Partner), ${off("ambrose")} (Member Services Officer, clerk)
; Guest
: ${GUEST.name}, ${GUEST.title} (item 5)
`;
tid("Attendance 19 November 2691", ATT, { created: "26911119102811609", modified: "26911119153002214", tags: "Attendance" });

const actionRow = (a) => `|${a.ref} |${a.min} |${a.action} |${off(a.owner)} |${a.due} |`;
tid("Minutes 19 November 2691", `
Meeting of the [[${BODY}]], Thursday 19 November 2691, 10.30 am to 12.50 pm, Meeting Room 3, 18 Smith Square and Microsoft Teams.

{{Attendance 19 November 2691}}

!! 1. Welcome and apologies
The Chair welcomed members and ${GUEST.name}. Apologies were received from Cllr ${P.vasquez.name} (Cllr ${P.marchetti.name} substituting), Cllr ${P.delacroix.name} and Cllr ${P.ilesanmi.name}.

!! 2. Declarations of interest
Cllr ${P.thorsby.name} declared a non-pecuniary interest in item 6 as a trustee of Millbeck Digital Buddies, a charity that received a round 1 grant and is a partner in Millbeck City Council's round 2 bid. She left the meeting for that item. No other interests were declared.

!! 3. Minutes of the meeting held on 17 September 2691
''Resolved:'' that the minutes of the meeting held on 17 September 2691 be agreed as a correct record.

!! 4. Performance and risk, quarter 2 2691/92
${off("cosima")} introduced the quarter 2 report. Four measures were Green, five Amber and one (CCM-10) had no data due. Members were concerned that only 610 young people had joined peer support groups (CCM-04) and that befriending volunteers were reporting heavy workloads going into the winter.

''Resolved:'' that the Task Group
# notes the quarter 2 performance report and risk register;
# asks for a deep dive on young people's peer support (CCM-04) at the meeting on 21 January 2692;
# asks that a risk on volunteer burnout be added to the programme risk register; and
# asks that the final data-sharing charter be circulated to partners by 8 January 2692.

!! 5. Presentation: loneliness among young adults
${GUEST.name} presented early findings of the Wexmoor Young Adults Panel Study. 27% of people aged 16 to 24 said they felt lonely often or always, against 19% of people aged 25 and over. Young people who had moved for work or study in the last two years were twice as likely to be lonely. Members asked about the role of colleges and universities and thanked Professor Banerjee-Stott for the presentation.

!! 6. ${FUND}: round 2 assessment
${off("priyanka")} reported that the round 2 prospectus had been published on 1 October 2691 and that bids would close on ${ROUND2.closed}. Councils could bid for up to £120,000 with match funding of 10%.

''Resolved:'' that
# round 2 bids be scored by a panel of the Vice-Chair (Cllr ${P.fennimore.name}), the Deputy Chair (Cllr ${P.mbeki.name}) and Cllr ${P.strand.name}, supported by officers;
# bids scoring below ${ROUND2.threshold} out of 100 not be recommended for an award; and
# the Chair, whose council intends to bid, take no part in the round 2 decisions, the Vice-Chair chairing the item at the January meeting.

!! 7. Rural transport pilots
${off("lorcan")} reported that the Orrington pilot had carried an average of 22 passengers a week since June against a minimum of 30, and that the Rural Mobility Fund grant for all pilots ends on 31 March 2692.

''Resolved:'' that
# the Orrington rural transport pilot be closed by 31 December 2691 and its unspent grant of £18,400 be returned to the programme budget; and
# the Chair write to the Department for Rural Communities asking for funding for the remaining pilots after March 2692.

!! 8. Forward plan
The Task Group agreed the agenda for 21 January 2692 (performance and risk at quarter 3, round 2 awards, the deep dive on CCM-04) and asked for a visit to a warm space before the March meeting.

!! Actions
|!Ref |!Minute |!Action |!Owner |!Due by |
${ACTIONS.map(actionRow).join("\n")}

The meeting closed at 12.50 pm. Next meeting: Thursday 21 January 2692.

<<tag Minutes>>
`, { created: "26911119102902518", modified: "26911124163317088", tags: "Minutes [[Task Group meetings]]" });

tid("Minutes 17 September 2691", `
Meeting of the [[${BODY}]], Thursday 17 September 2691, 10.30 am to 12.15 pm, Meeting Room 3, 18 Smith Square and Microsoft Teams.

; Present
: Cllr ${P.oyelaran.name} (Chair), Cllr ${P.fennimore.name} (Vice-Chair), Cllr ${P.mbeki.name} (Deputy Chair), Cllr ${P.okafor.name}, Cllr ${P.delacroix.name}, Cllr ${P.ravenscroft.name}, Cllr ${P.charlesworth.name}, Cllr ${P.vasquez.name}, Cllr ${P.thorsby.name}, Cllr ${P.strand.name}, Cllr ${P.ilesanmi.name}
; Apologies
: Cllr ${P.aukett.name}

!! 1. Performance, quarter 1 2691/92
''Resolved:'' that the quarter 1 performance report be noted.

!! 2. ${FUND}: round 2 prospectus
''Resolved:'' that round 2 open on 1 October 2691 with a pot of £800,000, a maximum award of £120,000 and match funding of 10%, closing on ${ROUND2.closed}.

!! Actions
|!Ref |!Minute |!Action |!Owner |!Due by |
|LSA-29 |2 |Publish the round 2 prospectus |${off("priyanka")} |01/10/2691 |
|LSA-30 |1 |Report passenger numbers for each rural transport pilot |${off("lorcan")} |19/11/2691 |

<<tag Minutes>>
`, { created: "26910917103015772", modified: "26910922101144391", tags: "Minutes [[Task Group meetings]]" });

const logRow = (a, over = {}) => { const b = { ...a, ...over }; return `|${b.ref} |${b.min} |${b.action} |${off(b.owner)} |${b.due} |${b.status === "Overdue" ? "''Overdue''" : b.status} |${b.update} |`; };
const LOG = (over = {}) => `
Actions agreed by the Task Group, kept by the clerk. Statuses as at 12 January 2692.

!! Actions from 19 November 2691
|!Ref |!Minute |!Action |!Owner |!Due |!Status |!Update |
${ACTIONS.map((a) => logRow(a, over[a.ref])).join("\n")}

!! Actions from 17 September 2691
|!Ref |!Minute |!Action |!Owner |!Due |!Status |!Update |
|LSA-29 |2 |Publish the round 2 prospectus |${off("priyanka")} |01/10/2691 |Done |Published 1 October 2691. |
|LSA-30 |1 |Report passenger numbers for each rural transport pilot |${off("lorcan")} |19/11/2691 |Done |Reported to the meeting on 19 November 2691 (minute 7). |
`;
tid("Action log", LOG(), { created: "26910917123301245", modified: "26920112151805733", tags: "[[Task Group meetings]]" });
// an edit begun after the last save and never finished: TiddlyWiki keeps it in the store
tid("Draft of 'Action log'", LOG({ "LSA-37": { status: "In progress", update: "Kettlebridge have offered 11 or 18 Feb" } }), { created: "26910917123301245", modified: "26920112153922410", tags: "[[Task Group meetings]]", extra: { "draft.of": "Action log", "draft.title": "Action log" } });

// system tiddlers
const CORE = JSON.stringify({ tiddlers: {
  "$:/language/Buttons/Save/Caption": { title: "$:/language/Buttons/Save/Caption", text: "save" },
  "$:/language/Buttons/NewTiddler/Hint": { title: "$:/language/Buttons/NewTiddler/Hint", text: "Create a new tiddler" },
  "$:/language/Search/Matches": { title: "$:/language/Search/Matches", text: "//<small><<resultCount>> matches</small>//" },
  "$:/language/SideBar/Recent/Caption": { title: "$:/language/SideBar/Recent/Caption", text: "Recent" },
  "$:/language/Date/Long/Month/1": { title: "$:/language/Date/Long/Month/1", text: "January" },
  "$:/core/ui/ViewTemplate/body": { title: "$:/core/ui/ViewTemplate/body", tags: "$:/tags/ViewTemplate", text: "<$reveal tag=\"div\" class=\"tc-tiddler-body\" type=\"nomatch\" stateTitle=<<folded-state>> text=\"hide\" retain=\"yes\" animate=\"yes\">\n\n<$list filter=\"[all[current]!has[plugin-type]!field:hide-body[yes]]\">\n\n<$transclude>\n\n<$transclude tiddler=\"$:/language/MissingTiddler/Hint\"/>\n\n</$transclude>\n\n</$list>\n\n</$reveal>" },
  "$:/core/readme": { title: "$:/core/readme", text: "This plugin contains TiddlyWiki's core components, including:\n\n* JavaScript code modules\n* Icons\n* Templates needed to create TiddlyWiki's user interface\n* British English (''en-GB'') translations of the localisable strings used by the core" },
} }, null, 0);
tid("$:/core", CORE, { created: "", modified: "", type: "application/json", creator: "", extra: { author: "JeremyRuston", "core-version": ">=5.0.0", dependents: "", description: "Core TiddlyWiki functionality", list: "readme", "plugin-type": "plugin", version: "5.1.23" } });
tid("$:/DefaultTiddlers", "[[Action log]]\n[[Minutes 19 November 2691]]\n[[Members]]", { created: "26910602093100020", modified: "26911124163520777" });
tid("$:/SiteSubtitle", "Officers' notebook – not for publication", { created: "26910602090822015" });
tid("$:/SiteTitle", "LSCTG team wiki", { created: "26910602090801559" });
tid("$:/StoryList", "", { created: "26920112153922410", modified: "26920112153922410", extra: { list: "[[Draft of 'Action log']] [[Minutes 19 November 2691]] Members" } });
tid("$:/status/UserName", "Ambrose Kettleborough", { created: "26910602090744102" });
tid("$:/theme", "$:/themes/tiddlywiki/vanilla", { created: "26910602090744550" });
tid("$:/palette", "$:/palettes/Vanilla", { created: "26910602090744551" });

// TiddlyWiki sorts the store by title ("$" before letters)
T.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));

// ------------------------------------------------------------------ the file
const attrs = (t) => {
  const a = { ...t.extra };
  if (t.created) a.created = t.created;
  if (t.creator) a.creator = t.creator;
  if (t.modified) a.modified = t.modified;
  if (t.modifier && t.creator) a.modifier = t.modifier;
  if (t.tags) a.tags = t.tags;
  a.title = t.title;
  if (t.type) a.type = t.type;
  return Object.keys(a).sort().map((k) => `${k}="${esc(a[k])}"`).join(" ");
};
const store = T.map((t) => `<div ${attrs(t)}>\n<pre>${esc(t.text)}</pre>\n</div>`).join("\n");
const ordinary = T.filter((t) => !t.title.startsWith("$:/")).map((t) => t.title);
const html = `<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<!--~~ Raw markup for the top of the head section ~~-->
<meta http-equiv="X-UA-Compatible" content="IE=Edge"/>
<meta name="application-name" content="TiddlyWiki" />
<meta name="generator" content="TiddlyWiki" />
<meta name="tiddlywiki-version" content="5.1.23" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="apple-mobile-web-app-status-bar-style" content="black-translucent" />
<meta name="mobile-web-app-capable" content="yes"/>
<meta name="format-detection" content="telephone=no" />
<meta name="copyright" content="TiddlyWiki created by Jeremy Ruston, (jeremy [at] jermolene [dot] com)

Copyright (c) 2004-2007, Jeremy Ruston
Copyright (c) 2007-2021, UnaMesa Association
All rights reserved." />
<link id="faviconLink" rel="shortcut icon" href="favicon.ico">
<title>LSCTG team wiki — Officers' notebook – not for publication</title>
<!--~~ This is a Tiddlywiki file. The points of interest in the file are marked with this pattern ~~-->

<!--~~ Raw markup ~~-->

</head>
<body class="tc-body">
<!--~~ Raw markup for the top of the body section ~~-->

<!--~~ Static styles ~~-->
<div id="styleArea">
<style data-tiddler-title="$:/boot/boot.css" data-tiddler-type="text/css" type="text/css">/*
Basic styles used before we boot up the parsing engine
*/

/*
Error message and password prompt
*/

.tc-error-form {
	font-family: sans-serif;
	color: #fff;
	z-index: 20000;
	position: fixed;
	background-color: rgb(255, 75, 75);
	border: 8px solid rgb(255, 0, 0);
	border-radius: 8px;
	box-shadow: 0 3px 10px rgba(0,0,0,0.5);
	padding: 0 2em 1em 2em;
	left: 50%;
	top: 50%;
	transform: translate(-50%,-50%);
}
</style>
</div>
<!--~~ Static content for Google and browsers without JavaScript ~~-->
<noscript>
<div id="splashArea">
<p>This <a class="tc-tiddlylink-external" href="https://tiddlywiki.com" rel="noopener noreferrer" target="_blank">TiddlyWiki</a> contains the following tiddlers:</p><p><ul>
${ordinary.map((t) => `<li>${esc(t)}</li>`).join("\n")}
</ul></p>
</div>
</noscript>
<!--~~ Ordinary tiddlers ~~-->
<div id="storeArea" style="display:none;">
${store}
</div>
<!--~~ Library modules ~~-->
<div id="libraryModules" style="display:none;">
<script data-tiddler-title="$:/library/sjcl.js" data-tiddler-type="application/javascript" type="text/javascript">"use strict";var sjcl={cipher:{},hash:{},keyexchange:{},mode:{},misc:{},codec:{},exception:{corrupt:function(a){this.toString=function(){return"CORRUPT: "+this.message};this.message=a},invalid:function(a){this.toString=function(){return"INVALID: "+this.message};this.message=a}}};
</script>
</div>
<!--~~ Boot kernel prologue ~~-->
<div id="bootKernelPrefix" style="display:none;">
<script data-tiddler-title="$:/boot/bootprefix.js" data-tiddler-type="application/javascript" type="text/javascript">/*\\
title: $:/boot/bootprefix.js
type: application/javascript

This file sets up the globals that need to be available when JavaScript modules are executed in the browser. The overall sequence is:

# BootPrefix.js
# <module definitions>
# Boot.js

See Boot.js for further details of the boot process.

\\*/

var _bootprefix = (function($tw) {

"use strict";

$tw = $tw || Object.create(null);
$tw.boot = $tw.boot || Object.create(null);
return $tw;

});
</script>
</div>
<!--~~ Boot kernel ~~-->
<div id="bootKernel" style="display:none;">
<script data-tiddler-title="$:/boot/boot.js" data-tiddler-type="application/javascript" type="text/javascript">/*\\
title: $:/boot/boot.js
type: application/javascript

The main boot kernel for TiddlyWiki. This single file creates a barebones TW environment that is just sufficient to bootstrap the modules containing the main logic of the application.

\\*/

var _boot = (function($tw) {
"use strict";
$tw.boot.suppressBoot = false;
return $tw;
});
</script>
</div>
<!--~~ Raw markup for the bottom of the body section ~~-->

</body>
</html>
`;

// ------------------------------------------------------------------ the rendering
const byTitle = Object.fromEntries(T.map((t) => [t.title, t]));
const inline = (s) => s.replace(/''/g, "").replace(/\/\//g, "").replace(/\[\[([^\]|]+)\]\]/g, "$1").trim();
function render(text) {
  const out = [];
  for (const raw of text.split("\n")) {
    const l = raw.trimEnd();
    if (!l.trim()) continue;
    let m;
    if (/^<<.*>>$/.test(l)) continue;
    if ((m = l.match(/^\{\{([^}]+)\}\}$/))) { out.push(...render(byTitle[m[1]].text)); continue; }
    if ((m = l.match(/^!+\s*(.*)$/))) { out.push(inline(m[1])); continue; }
    if ((m = l.match(/^[*#;:]\s*(.*)$/))) { out.push(inline(m[1])); continue; }
    if ((m = l.match(/^\|(.*)\|c$/))) { out.push(inline(m[1])); continue; }
    if (l.startsWith("|")) { out.push(l.slice(1, -1).split("|").map((c) => inline(c.replace(/^!/, ""))).join(" | ")); continue; }
    out.push(inline(l));
  }
  return out;
}
const out = [];
for (const t of T) {
  if (t.title.startsWith("$:/") || t.extra["draft.of"]) continue;
  out.push(t.title, ...render(t.text));
}
writeFileSync(join(root, "docs", FILE), html);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
