/**
 * Papers of an invented Village Halls Fund Panel in the layouts of participation and grants tools: a
 * results page saved from a participation platform (a card per project: name, tags, description, a status
 * word and a percentage apart, then labelled dates; a filter sidebar of check boxes with counts), an open
 * grants CSV (organisations' names in "…Org:Name" columns), markdown notes whose register is a list of check
 * boxes and whose apologies name substitutes in brackets, and a paper's table of allocations by area.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";

const PAGE = "village-halls-fund-results-2193-02-10";
const GRANTS = "village-halls-fund-grants-2193-02-12";
const NOTES = "vhfp-notes-2193-01-21";
const PAPER = "vhfp-allocations-paper-2193-03-04";

const PROJECTS: { name: string; tags: string; status: string; percent: number }[] = [
  { name: "New roof, Ashby Fold Hall", tags: "Ashby Green spaces Round 1", status: "Completed", percent: 100 },
  { name: "Accessible toilets, Brindle Cross Hall", tags: "Brindle Health Round 1", status: "Delayed", percent: 30 },
  { name: "Solar panels, Cotterstock Reading Room", tags: "Cotterstock Environment Round 1", status: "In progress", percent: 55 },
  { name: "Kitchen refit, Dunmere Institute", tags: "Dunmere Older people Round 1", status: "Delayed", percent: 10 },
  { name: "Hearing loop, Eskby Church Room", tags: "Eskby Health Round 1", status: "Not started", percent: 0 },
];

function resultsPage(): string {
  const filter = (legend: string, options: string[]) =>
    `<fieldset><legend>${legend}</legend><ul>${options.map((o) => `<li><label><input type="checkbox" checked> ${o}</label></li>`).join("")}</ul></fieldset>`;
  const card = (p: (typeof PROJECTS)[number], k: number) =>
    `<div class="card"><div class="card__text"><a href="/results/${k}"><h3>${p.name}</h3></a>` +
    `<div class="tags">${p.tags
      .split(" ")
      .map((t) => `<span class="label">${t}</span>`)
      .join("")}</div><p>Works to the hall so that it can stay open to everyone in the village.</p></div>` +
    `<div class="card__data"><div class="progress"><div class="progress__title">${p.status}</div><div class="progress__bar" style="width:${p.percent}%"></div><div class="progress__number">${p.percent}%</div></div>` +
    `<div class="dates"><div><span class="dates__label">Start date</span> <strong>0${k + 1}/06/2192</strong></div><div><span class="dates__label">End date</span> <strong>3${k % 2}/03/2193</strong></div></div>` +
    `<div class="footer"><span>Reference: VHF-RES-${100 + k}</span></div></div></div>`;
  return `<!DOCTYPE html><html lang="en"><head><title>Results - Village Halls Fund - Have Your Say Hartsmoor</title></head><body>
<main><h1>Village Halls Fund 2192–93</h1><h2>Results</h2>
<aside><h2>Filter</h2>${filter("Status", ["Not started (1)", "In progress (1)", "Delayed (2)", "Completed (1)"])}${filter("Area", ["Ashby (1)", "Brindle (1)", "Cotterstock (1)", "Dunmere (1)", "Eskby (1)"])}</aside>
<section><p>5 projects</p>${PROJECTS.map(card).join("\n")}</section></main></body></html>`;
}

function grantsCsv(): string {
  const header = ["Identifier", "Title", "Description", "Amount Awarded", "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Beneficiary Location:Name", "Funding Org:Name"];
  const rows = [
    ["360G-HDC-VHF-01", "New roof, Ashby Fold Hall", "Replacing the hall's roof.", "42000", "2192-05-20", "GB-CHC-1100001", "Ashby Fold Hall Trust", "Ashby", "Hartsmoor District Council"],
    ["360G-HDC-VHF-02", "Accessible toilets, Brindle Cross Hall", "Two accessible toilets.", "18500", "2192-05-20", "GB-CHC-1100002", "Brindle Cross Hall Committee", "Brindle", "Hartsmoor District Council"],
    ["360G-HDC-VHF-03", "Solar panels, Cotterstock Reading Room", "Solar panels and a battery.", "26000", "2192-05-20", "360G-HDC-ORG-03", "Cotterstock Reading Room CIO", "Cotterstock", "Hartsmoor District Council"],
  ];
  return `\ufeff${[header, ...rows].map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n")}\r\n`;
}

function notesMd(): string {
  return `# Village Halls Fund Panel – notes of the meeting of 21 January 2193

## Who was there

### Members
- [x] Cllr Odile Fennimore-Ashe (Chair) – Hartsmoor District Council
- [x] Cllr Bartram Quenby – Ashby Parish Council
- [ ] Cllr Sorcha Peddlesden – Brindle Parish Council – apols, sub: Cllr Lorcan Hebblethwaite
- [ ] Cllr Ivo Marchbank – Eskby Parish Council
- [x] Cllr Wilhelmina Trott – Hartsmoor District Council

### Substitutes
- [x] Cllr Lorcan Hebblethwaite (for Cllr Peddlesden)

## 1. Apologies

**1.1** Apologies from Cllr Peddlesden (Cllr Hebblethwaite substituting).

## 2. Round 1 delivery

**2.1** Two halls are behind: Brindle Cross and Dunmere.

**2.2** Cllr Trott said: "If the Dunmere kitchen is not fitted by Easter, the lunch club will have nowhere to go, and we should tell the village now."

**2.3** Cllr Quenby asked for the Brindle Cross contractor to attend the next meeting.

**2.4** The away day in January will look again at text reminders for work parties, which the volunteers' survey asked for.

**2.5** Officers will bring the costs of text reminders to the away day so that the map can show them.

**2.6** Cllr Trott asked that the away day map show who would send the text reminders.

## 3. Lead members

| Hall | Lead member | Note |
|---|---|---|
| Dunmere Institute | Cllr Trott | Kitchen refit behind schedule |
| Ashby Fold Hall | Cllr Quenby | Complete |
`;
}

function allocationsPaper(): string {
  return `# Village Halls Fund Panel – 4 March 2193 – Item 5: Round 2 allocations

5.1 The round 2 allocations are set out in Table 5.1.

Table 5.1: Allocations by area (£)

| Area | Round 1 allocation | Round 2 allocation |
|---|---|---|
| Ashby | 40,000 | 52,000 |
| Brindle | 40,000 | 47,500 |
| Cotterstock | 40,000 | 61,000 |
| Total | 120,000 | 160,500 |

5.2 The Panel is asked to agree the allocations.
`;
}

const PACK = "vhfp-agenda-pack-2193-03-04";

function agendaPackMd(): string {
  return `# Village Halls Fund Panel

Agenda

| Date | Thursday 4 March 2193 |
|---|---|
| Venue | Council Chamber, Hartsmoor House |

## Agenda

| Item | Title | Lead | Page |
|---|---|---|---|
| 1 | Welcome and apologies | Chair | – |
| 2 | Round 2 allocations | Ivor Penhallow | 3 |
| 2b | Volunteer day | Ivor Penhallow | 5 |
| Part B – items not open to the public | | | |
| 3 | Caretaking contract for the halls | Ivor Penhallow | – |

## Item 2: Round 2 allocations

The round 2 allocations are in Table 5.1 of the paper.

### Risks

Risks are scored likelihood × impact. Risks scoring 12 or more are reported to the District Council's Cabinet.

| Ref | Risk | Likelihood | Impact | Score | Owner |
|---|---|---|---|---|---|
| VHR-01 | Halls close for want of volunteers | 4 | 4 | 16 | Ivor Penhallow |
| VHR-02 | Building costs rise faster than the grants | 3 | 3 | 9 | Ivor Penhallow |
| VHR-03 | A grant is spent on work that is not done | 2 | 5 | 10 | Ivor Penhallow |
| VHR-04 | The caretaking contract lapses | 3 | 4 | 12 | Ivor Penhallow |

## Item 2b: Volunteer day

| Purpose of report | To report what members agreed at the volunteer day. |
|---|---|
| Contact officer | Ivor Penhallow, Halls Officer, 01632 960 771 |

Recommendation

That the Panel notes the outcome of the volunteer day.

1. Members met at Ashby Fold Hall on Saturday 3 February 2193 to plan the summer works.

2. Members agreed to share one caretaker between the five halls.

## Item 3: Caretaking contract for the halls

This item is not for publication. It is exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.
`;
}

const AWAY_DAY = "vhfp-away-day-2193-01-30";

function awayDayMd(): string {
  return `# VHFP away day – round 3

## Money

- Keep the £2,000 cap per hall for small repairs – Agreed

## Volunteers

- One caretaker shared between the five halls – Agreed
- Text reminders before each work party – To decide in March
`;
}

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${PAGE}.html`), resultsPage());
  writeFileSync(join(corpus, `${GRANTS}.csv`), grantsCsv());
  writeFileSync(join(corpus, `${NOTES}.md`), notesMd());
  writeFileSync(join(corpus, `${PAPER}.md`), allocationsPaper());
  writeFileSync(join(corpus, `${PACK}.md`), agendaPackMd());
  writeFileSync(join(corpus, `${AWAY_DAY}.md`), awayDayMd());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 90_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);

describe("a participation platform's results page", () => {
  it("reads each card as a project with its status word, whatever stands between its name and its dates", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === PAGE);
    expect(targets.map((t) => t.text)).toEqual(PROJECTS.map((p) => p.name));
    expect(targets.filter((t) => /delayed/i.test(t.statusLabel ?? "")).map((t) => t.text)).toEqual(["Accessible toilets, Brindle Cross Hall", "Kitchen refit, Dunmere Institute"]);
  });

  it("does not read the filter's check boxes as tasks", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === PAGE);
    expect(targets.some((t) => /\(\d+\)$/.test(t.text))).toBe(false);
  });

  it("lists the delayed projects, not rows whose words mention projects", async () => {
    const a = await ask("which projects are delayed?");
    expect(a.answer).toContain("Accessible toilets, Brindle Cross Hall");
    expect(a.answer).toContain("Kitchen refit, Dunmere Institute");
    expect(a.answer).not.toContain("Solar panels");
  });
});

describe("an open grants CSV", () => {
  it("is a table of grants, not a list of members (its names are organisations' and places')", () => {
    expect(assistant.index.recordsOf("member").filter((m) => m.docId === GRANTS)).toEqual([]);
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === GRANTS);
    expect(cells.find((c) => c.rowLabel === "360G-HDC-VHF-02" && c.column === "Recipient Org:Name")?.value).toBe("Brindle Cross Hall Committee");
  });
});

describe("a row named by its own words", () => {
  it("gives the columns asked of it: who got the grant titled so and how much, not what was applied for", async () => {
    const a = await ask("which group got the accessible toilets grant and how much?");
    expect(a.answer).toContain("360G-HDC-VHF-02");
    expect(a.answer).toContain("Recipient Org:Name: Brindle Cross Hall Committee");
    expect(a.answer).toContain("Amount Awarded: 18500");
    expect(a.answer).not.toContain("GB-CHC-1100002");
    expect(a.citations[0]?.quote).toContain("360G-HDC-VHF-02");
  });

  it("gives its description when asked what it is for", async () => {
    const a = await ask("what does the grants file say the solar panels grant is for?");
    expect(a.answer).toContain("Description: Solar panels and a battery.");
  });
});

describe("notes whose register is a list of check boxes", () => {
  it("reads ticked names as present and unticked ones as apologies or absent, with the substitute", () => {
    const records = assistant.index.recordsOf("attendance").filter((r) => r.docId === NOTES);
    const of = (surname: string) => records.filter((r) => r.person.endsWith(surname));
    expect(of("Quenby").map((r) => r.present)).toEqual([true]);
    expect(of("Peddlesden").map((r) => [r.present, r.group])).toEqual([[false, "Apologies"]]);
    expect(of("Marchbank").map((r) => [r.present, r.group])).toEqual([[false, "Absent"]]);
    // (The bracketed substitute of the apologies sentence is the listed substitute, not another apology.)
    expect(of("Hebblethwaite").map((r) => r.present)).toEqual([true]);
    expect(of("Hebblethwaite")[0]!.note).toMatch(/substitute for Cllr Peddlesden/);
  });
});

describe("an agenda table with a row over its private items", () => {
  it("marks the items under a Part B row private, with the reason the pack gives under the item", async () => {
    const items = assistant.index.recordsOf("agenda_item").filter((r) => r.docId === PACK);
    expect(items.map((r) => [r.number, r.confidential])).toEqual([
      ["1", false],
      ["2", false],
      ["2b", false],
      ["3", true],
    ]);
    const a = await ask("is item 3 confidential? why?");
    expect(a.answer).toContain("paragraph 3 of Part 1 of Schedule 12A");
  });
});

describe("a register's own rule for escalating risks", () => {
  it("lists the risks at or past the score its paper says goes to the cabinet, with the rule cited", async () => {
    const a = await ask("which risks are high enough to go to the cabinet?");
    expect(a.answer).toContain("Risks scoring 12 or more are reported to the District Council's Cabinet.");
    expect(a.answer).toContain("VHR-01");
    expect(a.answer).toContain("VHR-04");
    expect(a.answer).not.toContain("VHR-02");
    expect(a.answer).not.toContain("VHR-03");
  });
});

describe("a paper's recommendation said in one sentence", () => {
  it("ends before the paper's first numbered paragraph", () => {
    const paper = assistant.index.recordsOf("paper").find((p) => p.docId === PACK && /volunteer day/i.test(p.title));
    expect(paper?.recommendation).toBe("That the Panel notes the outcome of the volunteer day.");
  });
});

describe("briefings asked for as people ask", () => {
  it("briefs on an agenda item named by its number: its paper", async () => {
    const a = await ask("can you give me a quick briefing on item 2b before saturday?");
    expect(a.answer).toContain("Volunteer day");
    expect(a.answer).toContain("That the Panel notes the outcome of the volunteer day.");
  });

  it("briefs on the document a catching-up question names, its body's initials aside, as one answer", async () => {
    const a = await ask("i missed the away day - what came out of it?");
    expect(a.answer).toContain("VHFP away day – round 3");
    expect(a.answer).toContain("One caretaker shared between the five halls");
  });
});

describe("a question naming one document by its title", () => {
  it("is answered from that document, though another paper shares the title's words", async () => {
    const a = await ask("what does the away day map say about text reminders?");
    expect(a.answer).toContain("Text reminders before each work party – To decide in March");
  });
});

describe("a briefing on a risk register", () => {
  it("lists every risk, highest score first, when asked for in passing ('quick briefing on … pls')", async () => {
    const a = await ask("quick briefing on the risk register pls");
    const at = (ref: string) => a.answer.indexOf(ref);
    for (const ref of ["VHR-01", "VHR-02", "VHR-03", "VHR-04"]) expect(at(ref)).toBeGreaterThan(-1);
    expect(at("VHR-01")).toBeLessThan(at("VHR-04"));
    expect(at("VHR-04")).toBeLessThan(at("VHR-03"));
    expect(at("VHR-03")).toBeLessThan(at("VHR-02"));
  });
});

describe("what someone said", () => {
  it("quotes the paragraph in which that member is the one speaking, not a row that names them beside the subject", async () => {
    const a = await ask("what did cllr trott say about the dunmere kitchen? exact words pls");
    expect(a.answer).toContain('2.2 Cllr Trott said: "If the Dunmere kitchen is not fitted by Easter');
    expect(a.answer).not.toContain("Kitchen refit behind schedule");
    expect(a.citations[0]?.quote).toContain("the lunch club will have nowhere to go");
  });
});

describe("one column of every row", () => {
  it("answers what each area gets in the round asked, from that round's column", async () => {
    const a = await ask("what's each area getting in round 2?");
    for (const line of ["Ashby: 52,000", "Brindle: 47,500", "Cotterstock: 61,000"]) expect(a.answer).toContain(line);
    expect(a.answer).not.toContain("40,000");
    expect(a.citations.some((c) => c.quote.includes("Round 2 allocation"))).toBe(true);
  });
});
