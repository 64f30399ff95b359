/**
 * What each bundled document yields. The expected values were read off the documents themselves (and
 * cross-checked with awk over the raw tab-separated rows), not taken from the extractor's output.
 */
import { describe, expect, it } from "vitest";
import type { DocRecord, MemberRecord, RiskRecord, TargetRecord } from "../../../src/ingest/records/schema.js";
import { bundled } from "../../helpers/corpus.js";

const of = <T extends DocRecord["type"]>(records: DocRecord[], type: T) => records.filter((r) => r.type === type) as Extract<DocRecord, { type: T }>[];
const countBy = (targets: TargetRecord[]) => {
  const counts: Record<string, number> = {};
  for (const t of targets) counts[String(t.status)] = (counts[String(t.status)] ?? 0) + 1;
  return counts;
};
const refsWith = (targets: TargetRecord[], status: string) => targets.filter((t) => t.status === status).map((t) => t.ref).sort();

describe("targets of the March 2019 report", () => {
  const targets = of(bundled("lga-performance-report-2019-03").records, "target").filter((t) => t.level === "target");
  const policy = targets.filter((t) => /^[A-Z]/.test(t.ref));
  const supporting = targets.filter((t) => /^\d/.test(t.ref));

  it("policy targets F1..B1: 18 Green, 10 Amber, none Red", () => {
    expect(policy).toHaveLength(28);
    expect(countBy(policy)).toEqual({ Green: 18, Amber: 10 });
    expect(refsWith(policy, "Amber")).toEqual(["ASC2", "ASC3", "ASC6", "ASC7", "B1", "CES5", "F1", "F4", "H2", "IG1"]);
  });

  it("Supporting Councils targets 1.1..12.14: 48 Green, 1.2 and 7.1 Red, 9.1 and 9.2 unrated under a Green objective", () => {
    expect(supporting).toHaveLength(52);
    expect(countBy(supporting)).toEqual({ Green: 48, Red: 2, null: 2 });
    expect(refsWith(supporting, "Red")).toEqual(["1.2", "7.1"]);
    const unrated = supporting.filter((t) => t.status === null);
    expect(unrated.map((t) => [t.ref, t.objectiveStatus])).toEqual([["9.1", "Green"], ["9.2", "Green"]]);
    expect(supporting.every((t) => t.theme[0] === "Supporting councils")).toBe(true);
  });

  it("reads the status even when the delivery text mentions another colour (11.4 and the Red Team)", () => {
    const t = targets.find((x) => x.ref === "11.4")!;
    expect(t.delivered).toContain("Red Team");
    expect(t.status).toBe("Green");
  });

  it("keeps the lead, board and theme of policy targets", () => {
    const f1 = targets.find((t) => t.ref === "F1")!;
    expect(f1).toMatchObject({ leadPerson: "Nicola Morton", board: "All Boards", theme: ["Funding for local government"] });
    expect(targets.find((t) => t.ref === "ASC3")).toMatchObject({ leadPerson: "Mark Norris", board: "Community Wellbeing Board" });
  });

  it("quotes its source row verbatim, with a locator", () => {
    const { text } = bundled("lga-performance-report-2019-03").doc;
    for (const t of targets) {
      expect(text.slice(t.sourceStart, t.sourceStart + t.source.length)).toBe(t.source);
      expect(t.locator.row).toBe(`target ${t.ref}`);
    }
  });
});

describe("outcomes of the Q1 2013/14 report", () => {
  const targets = of(bundled("lga-performance-report-2013-q1").records, "target");

  it("41 outcomes: 38 Green and 3 Amber, each with its reporting manager", () => {
    expect(targets).toHaveLength(41);
    expect(countBy(targets)).toEqual({ Green: 38, Amber: 3 });
    const amber = targets.filter((t) => t.status === "Amber");
    expect(amber.map((t) => t.leadPerson)).toEqual(["Alan Finch", "Sally Burlington", "Claire Holloway"]);
    expect(targets.every((t) => t.refIsSynthetic && t.lead)).toBe(true);
  });

  it("carries the theme across the report's separate markdown tables", () => {
    const lgInform = targets.find((t) => t.text.startsWith("LG Inform"))!;
    expect(lgInform.theme).toEqual(["Sector-led support, improvement and innovation"]);
  });
});

describe("risk register of the March 2019 report", () => {
  const risks = of(bundled("lga-performance-report-2019-03").records, "risk") as RiskRecord[];
  it("SR1..SR19 with impact x likelihood = score and the band from the register's key", () => {
    expect(risks.map((r) => r.ref)).toEqual(Array.from({ length: 19 }, (_, i) => `SR${i + 1}`));
    expect(risks.map((r) => r.score)).toEqual([8, 8, 10, 15, 15, 9, 8, 15, 8, 10, 15, 12, 10, 8, 3, 10, 10, 15, 8]);
    expect(risks.find((r) => r.ref === "SR4")).toMatchObject({ impact: 5, likelihood: 3, score: 15, band: "Amber", category: "Effectiveness", owner: "Cho" });
    expect(risks.find((r) => r.ref === "SR15")!.band).toBe("Green");
    expect(risks.find((r) => r.ref === "SR1")!.band).toBe("Yellow");
  });
});

describe("board membership", () => {
  const roles = (members: MemberRecord[], role: string) => members.filter((m) => m.role === role).map((m) => m.person);

  it("2017/18: chair, deputy chairs, vice-chair, groups and substitutes", () => {
    const members = of(bundled("iib-agenda-2018-03-22").records, "member");
    expect(new Set(members.map((m) => m.term))).toEqual(new Set(["2017/18"]));
    expect(roles(members, "chair")).toEqual(["Paul Bettison"]);
    expect(roles(members, "deputy chair")).toEqual(["Judi Billing", "Ron Woodley"]);
    expect(roles(members, "vice-chair")).toEqual(["Dave Hodgson"]);
    expect(members.find((m) => m.person === "Laura Miller")).toMatchObject({ council: "Purbeck District Council", group: "Conservative", role: "member" });
    expect(roles(members, "substitute")).toContain("Andrew Stringer");
    expect(members.find((m) => m.person === "Robert Bucke")).toBeDefined();
  });

  it("2020/21: chair Peter Fleming, deputies Judi Billing and Neil Prior, vice-chair Liz Green", () => {
    const members = of(bundled("iib-agenda-2020-12-17").records, "member");
    expect(new Set(members.map((m) => m.term))).toEqual(new Set(["2020/21"]));
    expect(members.find((m) => m.role === "chair")).toMatchObject({ person: "Peter Fleming", council: "Sevenoaks District Council" });
    expect(roles(members, "deputy chair")).toEqual(["Judi Billing", "Neil Prior"]);
    expect(roles(members, "vice-chair")).toEqual(["Liz Green"]);
    expect(members.find((m) => m.person === "Laura Miller")!.council).toBe("Dorset Council");
    expect(members.find((m) => m.person === "Neil Prior")!.group).toBe("Independent");
  });
});

describe("meetings, agendas, papers and attendance", () => {
  it("the 22 March 2018 agenda with its pages and the confidential item", () => {
    const { records } = bundled("iib-agenda-2018-03-22");
    const items = of(records, "agenda_item");
    expect(items.map((i) => i.number)).toEqual(["1", "2", "2a", "3", "4", "5", "6", "7", "8", "9"]);
    expect(items.find((i) => i.number === "7")).toMatchObject({ title: "One Public Estate and Land Release Fund", pages: "45-58", confidential: false });
    expect(items.filter((i) => i.confidential).map((i) => i.number)).toEqual(["9"]);
    expect(of(records, "meeting")[0]).toMatchObject({ venue: "Westminster Room, 8th Floor, 18 Smith Square, London, SW1P 3HZ", nextMeeting: expect.stringContaining("24 May 2018") });
  });

  it("papers with purpose, recommendation and contact officers (including split contacts)", () => {
    const papers2018 = of(bundled("iib-agenda-2018-03-22").records, "paper");
    const nao = papers2018.find((p) => p.title.startsWith("Financial Sustainability"))!;
    expect(nao.contacts).toEqual([{ name: "Dennis Skinner", position: "Head of Improvement", phone: "020 7664 3017", email: "dennis.skinner@local.gov.uk" }]);
    expect(papers2018.find((p) => p.title === "Data and Transparency Programme")!.recommendation).toContain("approves in principle");
    expect(papers2018.find((p) => p.title.startsWith("Highlighting"))!.contacts[0]).toMatchObject({ name: "Will Brooks", email: "william.brooks@local.gov.uk" });
    const lgInform = of(bundled("iib-agenda-2020-12-17").records, "paper").find((p) => p.title.startsWith("LG Inform"))!;
    expect(lgInform.contacts.map((c) => c.name)).toEqual(["Juliet Whitworth", "Ian Carbutt"]);
    expect(lgInform.contacts[1]!.position).toBe("Programme Manager – LG Inform");
  });

  it("the 2020 agenda marks the verbal update and the minutes confidential", () => {
    const items = of(bundled("iib-agenda-2020-12-17").records, "agenda_item");
    expect(items.filter((i) => i.confidential).map((i) => i.number)).toEqual(["2", "4"]);
  });

  it("attendance: who was marked No on 30/1/18", () => {
    const att = of(bundled("iib-agenda-2018-03-22").records, "attendance");
    expect(att.filter((a) => a.meetingDate === "2018-01-30" && a.present === false).map((a) => a.person)).toEqual(["Tudor Evans", "Phelim MacCafferty"]);
  });
});

describe("other tables as cells", () => {
  it("staffing, membership counts, polling and comms lines", () => {
    const cells = of(bundled("lga-performance-report-2019-03").records, "cell");
    const value = (row: string, col: string) => cells.find((c) => c.rowLabel === row && c.column === col)?.value;
    expect(value("Grand Total", "Mar-19")).toBe("369");
    expect(value("English Councils", "Mar-19")).toBe("339");
    expect(value("Member authority satisfaction", "Target 18/19")).toBe(">75%");
    expect(cells.find((c) => c.rowLabel === "Comms" && c.table === "Children, education and schools")!.value).toContain("83 episodes");
    const polling = of(bundled("iib-agenda-2020-12-17").records, "cell");
    expect(polling.find((c) => c.rowLabel === "Satisfied with way local council runs things" && c.column === "October-20")!.value).toBe("68");
  });

  it("expands column abbreviations from the table's legend", () => {
    const cells = of(bundled("iib-agenda-2018-03-22").records, "cell");
    expect(cells.find((c) => c.rowLabel === "Total:" && c.column.startsWith("LA"))!.column).toBe("LA (Leadership Academy)");
  });
});

describe("robustness", () => {
  it("keeps rows that repeat a reference (a layout can split a row in two) with unique ids", async () => {
    const { structure } = await import("../../../src/ingest/structure.js");
    const { inferMetadata } = await import("../../../src/ingest/metadata.js");
    const { extractRecords } = await import("../../../src/ingest/records/index.js");
    const text = [
      "Quarterly report March 2021",
      "",
      "Ref\tTarget\tProgress\tStatus",
      "A1\tFirst target\tDone half of it\tAmber",
      "A1\tFirst target (continued)\tThe rest is planned\tGreen",
      "A2\tSecond target\tDone\tGreen",
    ].join("\n");
    const doc = structure({ format: "text", text });
    const records = extractRecords(doc, inferMetadata("/tmp/q.txt", doc));
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(records.filter((r) => r.type === "target" && r.ref === "A1")).toHaveLength(2);
  });
});
