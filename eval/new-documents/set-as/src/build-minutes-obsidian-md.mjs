// Writes docs/coastal-panel-minutes-2096-03-14.md and its rendering in text/.
// Layout: the clerk's minutes kept in an OBSIDIAN vault and uploaded as the raw .md file: YAML
// properties (with wiki links and lists), callouts ("> [!info] Meeting details", "> [!failure]- Apologies",
// foldable with + / -), [[wiki links]] to people's notes (some with aliases, [[Name|shown]]),
// an embed of the agenda pack (![[...#Item 3]]), ==highlights==, %%comments%% hidden in reading view,
// Dataview inline fields ("decision:: ..."), tasks in the Tasks plugin's format (📅 due date, ✅ done date,
// ⏫ priority, #action tag, Jira keys), footnotes and a dataview query block.
// Rendering (what Obsidian's reading view shows): properties as "key: value" lines, callout markers
// replaced by their titles, links as their shown text, comments and the query block left out,
// tasks as ☐ / ☑, footnotes at the end.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-minutes-obsidian-md.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./common.mjs";

const BASE = "coastal-panel-minutes-2096-03-14";
const MD = String.raw`---
title: CCFRP minutes 2096-03-14
aliases:
  - Coastal panel minutes March 2096
  - CCFRP 14 Mar 96
tags:
  - ccfrp
  - minutes
  - "2095-96"
meeting: "[[CCFRP meetings#2096-03-14]]"
date: 2096-03-14
chair: "[[Cllr Imogen Tresidder]]"
clerk: "[[Wilf Padgett]]"
status: draft – not yet agreed by the Panel
---

# Coastal Communities and Flood Resilience Panel – minutes, 14 March 2096

> [!info] Meeting details
> **Date:** Wednesday 14 March 2096, 10.30am to 1.05pm
> **Venue:** Tamar Room, Fenwick House, 27 Carrow Street, London SW1P 4QQ (and on Teams)
> **Agenda pack:** [[CCFRP agenda pack 2096-03-14]]

> [!note]+ Present
> - [[Cllr Imogen Tresidder]] (Chair) – East Harrowby County Council
> - [[Cllr Nkechi Adeyemi-Rowe]] (Vice-Chair) – Port Avenell City Council
> - [[Cllr Fenella Morwenstow]] (Deputy Chair) – Brackwater District Council
> - [[Cllr Jago Penhallow]] (Deputy Chair) – Tregarrow District Council
> - [[Cllr Barnaby Cottesloe]] – Saltfleet Coast District Council
> - [[Cllr Gervase Pellow]] – Tullingford Borough Council
> - [[Cllr Winifred Stanier]] – Marshby and Skerne District Council
> - [[Cllr Callum Strachan-Reid]] – Corrington City Council
> - [[Cllr Rosalind Threlfall]] – Selmouth Borough Council (online)
> - [[Cllr Tamsin Oyelaran]] – Old Wyke Borough Council
> - [[Cllr Ambrose Teague]] – North Dunmere District Council
> - [[Cllr Saffron Idowu-Marsh]] – Marshby and Skerne District Council
> - [[Cllr Lionel Fairbrass]] – Holderwick County Council (substitute)

> [!failure]- Apologies
> - [[Cllr Delphine Ashworth-Kyle]] – substitute: [[Cllr Lionel Fairbrass]]
> - [[Cllr Eamon Gilhooly]] – no substitute

> [!abstract]- In attendance
> - Dr Morwenna Caddick, Area Director, Environment Agency (item 6)
> - Officers: [[Marisol Quennell]], [[Tobias Ferrabee]], [[Lowenna Carbis]], [[Declan Urquhart-Hale]], [[Hester Aldous]] and [[Wilf Padgett]] (minutes)

%% Cllr Threlfall dropped off Teams for about ten minutes during item 4 – check with her whether she wants that recorded. %%

## 1. Welcome, apologies and declarations of interest

The Chair welcomed members and officers, and in particular [[Cllr Tamsin Oyelaran]] to her first meeting, and Dr Morwenna Caddick of the Environment Agency. Apologies were received from [[Cllr Delphine Ashworth-Kyle|Cllr Ashworth-Kyle]], for whom [[Cllr Lionel Fairbrass|Cllr Fairbrass]] attended as substitute, and from [[Cllr Eamon Gilhooly|Cllr Gilhooly]]. The meeting was quorate.

> [!warning] Declarations of interest
> - [[Cllr Barnaby Cottesloe]] declared an other registrable interest in item 3, as the cabinet member for coastal protection at Saltfleet Coast District Council, which had bid to round 2 of the Coastal Transition Fund. He left the room for item 3.
> - [[Cllr Lionel Fairbrass]] declared an other registrable interest in item 3, as Holderwick County Council had also bid to round 2. He left the room for item 3 and did not vote.
> - [[Cllr Saffron Idowu-Marsh]] declared a non-registrable interest in item 6 as a member of the Marshby Internal Drainage Board. She stayed and took part.

## 2. Note of the last meeting

The note of the meeting held on 7 December 2095 was agreed as a correct record. On matters arising, [[Marisol Quennell]] reported that the Chair's letter to the Minister on the Bellwin scheme (CFRP-16) had been sent on 19 December 2095 and that no reply had yet been received.

## 3. Coastal Transition Fund: round 2 allocations

![[CCFRP agenda pack 2096-03-14#Item 3]]

[[Lowenna Carbis]] introduced the report. Seventeen bids totalling £14.2 million had been received for the £5 million round; the appraisal panel had shortlisted seven and recommended six schemes for funding, totalling £4,860,000, with the Carrack Point Council bid deferred to round 3.

Members asked why the Holderwick scheme had been recommended for less than it had bid for. Officers said the appraisal panel had not been able to fund the car park relocation within the round. [[Cllr Ambrose Teague]] proposed, and [[Cllr Fenella Morwenstow]] seconded, that the Holderwick allocation be increased to ==£600,000==, using £80,000 of the £140,000 contingency. On a vote, the amendment was carried.

> [!success] Decision
> decision:: The Panel agreed the round 2 allocations set out in the report, as amended: Holderwick County Council's allocation was increased from £520,000 to £600,000, funded from the contingency. The total allocated in round 2 is therefore £4,940,000, and £60,000 of contingency remains. The Carrack Point Council bid was deferred to round 3, to be resubmitted with a full business case.

### Actions
- [ ] Notify councils of the round 2 allocations and issue grant offer letters #action owner:: [[Lowenna Carbis]] ⏫ 📅 2096-03-28 (CFRP-25)
- [ ] Invite Carrack Point Council to resubmit in round 3 with a full business case #action owner:: [[Lowenna Carbis]] 📅 2096-05-30 (CFRP-26)
- [ ] Move £80,000 from the contingency to the Holderwick scheme #action owner:: [[Declan Urquhart-Hale]] 📅 2096-03-29 (CFRP-29)

## 4. Budget monitoring 2095/96: quarter 3

[[Declan Urquhart-Hale]] introduced the report. At 31 December 2095 the programme was forecast to underspend by £804,000 against the revised budget of £11,085,000, mainly because round 2 grants and the Skegby Gap roll-back pilot would not be paid out in full in 2095/96 and because the monitoring framework contract would now start in April 2096.

> [!success] Decision
> decision:: The Panel noted the forecast outturn of £10,281,000 and the underspend of £804,000, and noted the virement of £25,000 from commissioned research to the skills academy agreed on 7 December 2095.

## 5. Strategic risk register

[[Hester Aldous]] introduced the register. Three risks had risen since December: CCR-01 (Bellwin), CCR-03 (peer reviewers) and CCR-05 (monitoring framework). Members noted that CCR-08, on relocation being seen as "managed abandonment", remained the highest-scoring risk at 20.

[[Cllr Jago Penhallow]] said that several councils could not recruit coastal engineers and asked that this be added to the register.

> [!success] Decision
> decision:: The Panel agreed the risk register, and agreed that a new risk on the loss of specialist coastal engineering capacity in councils be added as CCR-09 and scored for the June meeting.

- [ ] Add CCR-09 to the register and score it for the June meeting #action owner:: [[Hester Aldous]] 📅 2096-06-06 (CFRP-27)

## 6. Shoreline Management Plan refresh – update from the Environment Agency

Dr Morwenna Caddick, Area Director, Environment Agency, gave a presentation on the refresh of the 22 Shoreline Management Plans covering the coast of England. The refreshed plans would be published for public consultation from September to November 2096. Early work suggested that the policy for 31 of the plans' policy units would change from "hold the line" to "managed realignment" or "no active intervention" by 2105.[^1]

Members stressed that councils needed the new policies early enough to plan for relocation, and asked that the LGA respond to the consultation.

> [!success] Decision
> decision:: The Panel noted the update and asked officers to bring a draft consultation response to the October 2096 meeting.

- [x] Circulate the Environment Agency's slides to members #action owner:: [[Wilf Padgett]] 📅 2096-03-21 ✅ 2096-03-15 (CFRP-28)

## 7. Forward work programme 2096/97

The Panel agreed the forward work programme, adding a report on coastal engineering apprenticeships (CFRP-20) to the June meeting.

## 8. Any other business

> [!important] Bellwin scheme
> The Chair expressed the Panel's frustration that Ministers had still not replied on Bellwin reform (IR-02, rated red). The Panel agreed that the Chair write again to the Minister, copying in the Treasury.

- [ ] Chair's second letter to the Minister on Bellwin reform, copied to the Treasury #action owner:: [[Marisol Quennell]] 📅 2096-04-11 (CFRP-24)

## 9. Coastal monitoring framework: award of contract (exempt)

The Panel resolved to exclude the press and public for this item, which contained exempt information about the financial or business affairs of the bidders. ==The Panel agreed the recommendation in the exempt report.== The decision will be published once the standstill period has ended.

---

> [!tip] Next meeting
> **Wednesday 27 June 2096, 10.30am**, Tamar Room, Fenwick House.

## Open actions from this meeting

` + "```dataview\nTASK\nFROM \"Panels/CCFRP\"\nWHERE contains(tags, \"#action\") AND !completed AND file.name = this.file.name\nSORT due ASC\n```" + String.raw`

[^1]: Figures from Dr Caddick's slides, which were circulated after the meeting (CFRP-28).
`;

// --- rendering: what Obsidian's reading view shows
const front = MD.match(/^---\n([\s\S]*?)\n---\n/);
const body = MD.slice(front[0].length);
const out = [];
const link = (s) =>
  s
    .replace(/!\[\[([^\]]+)\]\]/g, (_, t) => t.replace("#", " > "))
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, "$2")
    .replace(/\[\[([^\]]+)\]\]/g, (_, t) => t.replace("#", " > "));
// properties: lists joined by ", ", links shown as text, quotes removed
{
  const lines = front[1].split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([a-z]+):\s*(.*)$/);
    if (!m) continue;
    let val = m[2];
    if (!val) {
      const items = [];
      while (i + 1 < lines.length && /^\s+- /.test(lines[i + 1])) items.push(lines[++i].replace(/^\s+- /, ""));
      val = items.join(", ");
    }
    out.push(`${m[1]}: ${link(val.replace(/"/g, ""))}`);
  }
}
let inCode = false;
const notes = [];
for (let line of body.replace(/%%[\s\S]*?%%\n*/g, "").split("\n")) {
  if (line.startsWith("```")) { inCode = !inCode; continue; }
  if (inCode) continue;
  if (/^\[\^\d+\]: /.test(line)) { notes.push(line.replace(/^\[\^(\d+)\]: /, "$1. ")); continue; }
  if (line.trim() === "" || line.trim() === "---") continue;
  line = line.replace(/^> ?/, "");
  line = line.replace(/^\[!\w+\][+-]? ?/, "");
  line = line.replace(/^#+ /, "");
  line = line.replace(/^- \[ \] /, "☐ ").replace(/^- \[x\] /, "☑ ").replace(/^- /, "");
  line = link(line).replace(/\*\*/g, "").replace(/==/g, "").replace(/\[\^(\d+)\]/g, "$1");
  line = line.replace(/^decision:: /, "decision: ").replace(/ owner:: /g, " owner: ");
  out.push(line);
}
out.push(...notes);
writeFileSync(join(root, "docs", BASE + ".md"), MD);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.md and text/${BASE}.txt`);
