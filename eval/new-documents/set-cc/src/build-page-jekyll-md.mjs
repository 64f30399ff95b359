// Builds docs/innstg-task-group-page-jekyll-source-2642-02-03.md and its rendering in text/.
// Layout: THE KRAMDOWN SOURCE OF A JEKYLL PAGE (a GitHub Pages site, as the file sits in the site's
// repository: `boards/land-water-rural-affairs/innstg.md`, last edited 3 February 2642), not the built
// page:
//  - YAML FRONT MATTER THAT HOLDS THE PAGE'S DATA: layout, permalink, nav order, last_modified_at, the
//    quorum as a bare number, and THE MEMBERS, SUBSTITUTES AND MEETINGS AS LISTS OF YAML FLOW MAPPINGS,
//    one per line (`- { name: "Cllr …", council: "…", group: Labour, role: Member, lead: "…", since:
//    2642-01-01, replaces: "Cllr …" }`), meeting dates in ISO form only;
//  - THE BODY RENDERS THAT DATA WITH LIQUID: the members' table is a header row, an alignment row and ONE
//    `{% for m in page.members %}` LINE whose cells are `{{ m.name }}`-style tags; the substitutes and
//    the meetings are `{% for %}` loops over bullets; the quorum sentence says "{{ page.quorum }}
//    members"; the next-meeting banner indexes the list (`page.meetings[3]`) and formats its date with
//    a `date:` filter – so no member's name, no meeting's day and not the quorum is in the body's text;
//  - CONTACTS AS `{% include contact-card.html name="…" role="…" email="…" phone="…" %}` TAGS whose
//    only content is their parameters;
//  - KRAMDOWN EXTENSIONS: `* TOC` over `{:toc}`, block IALs on lines of their own under what they style
//    (`{: .govuk-table}`, `{: .govuk-list .govuk-list--number}`, `{: #members}`), a `markdown="1"` div,
//    a footnote, and ABBREVIATION DEFINITIONS at the end (`*[INNS]: invasive non-native species`);
//  - a `{% comment %}` block the site never shows, holding the clerk's note of a membership change;
//  - and, because it was last edited on 3 February, the March meeting still in Room 2.3 (the agenda
//    e-mail of 8 March moves it to Room 1.6).
// Rendering: the file's lines as a reader of the source meets them – front matter lines as they stand
// (fences dropped), headings without "#", list and table lines as they stand with `**` and the table's
// alignment row dropped, Liquid tags kept where they stand; lines that are only IALs, only Liquid control
// tags or only punctuation left out.
// Synthetic test fixture: every person, council, number and date is invented.
//   node src/build-page-jekyll-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, MEMBERS, SUBS, MEETINGS, OFFICERS as O, QUORUM, BODY, SHORT, BOARD } from "./common.mjs";

const FILE = DOCS.page;
const BASE = basename(FILE, extname(FILE));
const y = (s) => (/[:,#"'{}\[\]&*!|>%@`]|^\d|^(yes|no|true|false)$/i.test(s) ? JSON.stringify(s) : s);
const flow = (o) => "{ " + Object.entries(o).map(([k, v]) => `${k}: ${/^\d{4}-\d\d-\d\d$/.test(v) ? v : y(String(v))}`).join(", ") + " }";
const member = (m) => flow({ name: m.name, council: m.council, group: m.group, role: m.role, ...(m.lead ? { lead: m.lead } : {}), ...(m.since ? { since: m.since, replaces: m.replaces } : {}) });
const meeting = (mt) => flow({ date: mt.iso, time: mt.time, venue: mt.venue, ...(mt.note ? { note: mt.note } : {}) });
const card = (o, role) => `{% include contact-card.html name="${o.name}" role="${role ?? o.post}" email="${o.email}" phone="${o.phone}" %}`;

const md = `---
layout: task-group
title: "${BODY}"
short_name: ${SHORT}
description: "A member task group of the ${BOARD} on invasive non-native species."
permalink: /boards/land-water-rural-affairs/innstg/
parent_board: "${BOARD}"
parent_url: /boards/land-water-rural-affairs/
nav_order: 4
last_modified_at: 2642-02-03 09:12:44 +0000
quorum: ${QUORUM}
members:
${MEMBERS.map((m) => "  - " + member(m)).join("\n")}
substitutes:
${SUBS.map((s) => "  - " + flow({ name: s.name, council: s.council, group: s.group })).join("\n")}
meetings:
${MEETINGS.map((mt) => "  - " + meeting(mt)).join("\n")}
sidebar:
  nav: boards
---

* TOC
{:toc}

<div class="govuk-notification-banner" markdown="1">
**Next meeting:** {{ page.meetings[3].date | date: "%A %-d %B %Y" }} at {{ page.meetings[3].time }}, {{ page.meetings[3].venue }}. Papers are published five clear working days before the meeting.
</div>

## About the Task Group
{: #about}

The {{ page.title }} ({{ page.short_name }}) is a member task group of the [{{ page.parent_board }}]({{ page.parent_url | relative_url }}). It oversees the Invasive Species Control Programme 2641–42 and the Riverbank Restoration Fund[^rrf] for the Board, and reports to the Board after each meeting.
{: .govuk-body-l}

## Terms of reference
{: #terms-of-reference}

1. To oversee the delivery of the Invasive Species Control Programme 2641–42, its budget and its risks, on behalf of the ${BOARD}.
2. To agree the prospectus and the awards of each round of the Riverbank Restoration Fund, within the limits the Board has set.
3. To share good practice between member councils on controlling INNS on council-owned land and riverbanks, and on enforcement.
4. To report to the Board after each meeting.
{: .govuk-list .govuk-list--number}

The quorum is {{ page.quorum }} members, one of whom must be the Chair or the Vice-Chair. A named substitute may attend in place of a member of their own political group and counts towards the quorum.
{: .govuk-inset-text}

## Members 2641/42
{: #members}

| Councillor | Council | Political group | Position |
|:-----------|:--------|:----------------|:---------|
{% for m in page.members %}| {{ m.name }} | {{ m.council }} | {{ m.group }} | {{ m.role }}{% if m.lead %}; lead member for {{ m.lead }}{% endif %}{% if m.since %} (from {{ m.since | date: "%-d %B %Y" }}, replacing {{ m.replaces }}){% endif %} |
{% endfor %}
{: .govuk-table}

{% comment %}
Lionel Varty stood down on 31/12/2641 - Saoirse Tankard from 1/1/2642 (Labour group office email of 14/12/2641). PO 3/2/2642
{% endcomment %}

### Named substitutes
{: #substitutes}

{% for s in page.substitutes %}
* {{ s.name }} ({{ s.group }}, {{ s.council }})
{% endfor %}

## Meetings 2641/42
{: #meetings}

{% for mt in page.meetings %}
* {{ mt.date | date: "%A %-d %B %Y" }} at {{ mt.time }}, {{ mt.venue }}{% if mt.note %} ({{ mt.note }}){% endif %}
{% endfor %}

Agendas, papers and notes of meetings are on the [meetings page]({{ '/meetings/?body=innstg' | relative_url }}).

## Lead officers
{: #officers}

${card(O.tamsin)}
${card(O.lachlan)}
${card(O.ines, "Data and Systems Lead (mapping app and shared records)")}

## Contact the Task Group
{: #contact}

For papers, apologies and substitutes, contact the clerk:

${card(O.philippa, "Member Services Officer (clerk to the Task Group)")}

[^rrf]: Round 1 awards were agreed by the Board in September 2641. Round 2 (2642) is for projects on riverbanks and other council-owned land.

*[INNS]: invasive non-native species
*[INNSTG]: Invasive Non-Native Species Task Group
*[LGA]: Local Government Association
`;
writeFileSync(join(root, "docs", FILE), md, "utf8");

// ---- rendering
const out = [];
let fence = 0;
for (const raw of md.split("\n")) {
  const l = raw.trim();
  if (l === "---") { fence++; continue; }
  if (!/[A-Za-z0-9]/.test(l)) continue; // blank lines, rules, the table's alignment row
  if (/^\{:.*\}$/.test(l)) continue; // kramdown IALs and {:toc}
  if (/^\{%-?\s*(for|endfor|comment|endcomment|if|endif)\b[^%]*%\}$/.test(l)) continue; // Liquid control tags alone on a line
  if (/^<\/?div\b[^>]*>$/.test(l)) continue;
  out.push(l.replace(/^#+\s*/, "").replace(/\*\*/g, ""));
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
