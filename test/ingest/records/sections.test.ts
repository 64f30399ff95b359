/**
 * Records from layouts that write a record as a section or a line rather than a table row
 * (test/helpers/papers-sections.ts): risks as sections of labelled bullets, a one-line rating key with
 * letter codes, group names on lines of their own, a run-on lead members paragraph, a paper under a
 * running header, lists with "and" inside brackets, declarations that do not say "interest".
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { heritageRegisterDocx, heritageRegisterMd, planningRecordTxt, skillsUpdateDocx, standardsMinutesHtml, wellbeingPackMd } from "../../helpers/papers-sections.js";

describe("a risk register written as one section per risk", () => {
  it("reads each section's scores, owner, controls and other labelled lines", async () => {
    const { of, meta } = await ingested("heritage-register.md", heritageRegisterMd);
    const risks = of("risk");
    expect(risks.map((r) => r.ref)).toEqual(["HB-R1", "HB-R2", "HB-R3"]);
    expect(risks[0]).toMatchObject({
      description: "Closure of council-run museums",
      likelihood: 4,
      impact: 4,
      score: 16,
      inherentScore: 20,
      rating: "Red",
      owner: "Imelda Corrigan, Adviser, Museums",
      mitigation: "evidence on museum running costs shared with the department; peer support for councils reviewing their museum services",
      notes: ["Escalation: escalated to the corporate risk register as CRR21"],
    });
    expect(risks[2]).toMatchObject({ score: 6, inherentScore: 9, rating: "Green" });
    // "Position at 31 October 2024": the register's date, not its next review.
    expect(meta.period).toBe("October 2024");
    expect(meta.board).toBe("Heritage Board");
  });
});

describe("the same register in Word, a table of labels per risk", () => {
  it("reads the same scores, owner and notes from the tables", async () => {
    const { of } = await ingested("heritage-register.docx", await heritageRegisterDocx());
    const risks = of("risk");
    expect(risks.map((r) => r.ref)).toEqual(["HB-R1", "HB-R2", "HB-R3"]);
    expect(risks[0]).toMatchObject({ score: 16, inherentScore: 20, rating: "Red", owner: "Imelda Corrigan, Adviser, Museums", notes: ["Escalation: escalated to the corporate risk register as CRR21"] });
    expect(risks[1]).toMatchObject({ score: 12, inherentScore: 12 });
    // The tables are the risks', not cells of a table of their own.
    expect(of("cell")).toEqual([]);
  });
});

describe("targets written as a heading over a table of labels", () => {
  it("reads each target's rating, lead and progress from its table", async () => {
    const md = [
      "# Digital Board – progress report, Quarter 2 2024/25",
      "",
      "### DG-1 Cyber: run cyber exercises with 40 councils",
      "",
      "| Status | Amber |",
      "| --- | --- |",
      "| Lead | Hana Rees |",
      "| Progress | 28 exercises held against a profile of 30. |",
      "",
      "### DG-2 Data: publish the council data standard",
      "",
      "| Status | Complete |",
      "| --- | --- |",
      "| Lead | Ivo Laine |",
      "| Progress | Published in August. |",
    ].join("\n");
    const { of } = await ingested("digital-progress.md", md);
    const byRef = Object.fromEntries(of("target").map((t) => [t.ref, t]));
    expect(byRef["DG-1"]).toMatchObject({ status: "Amber", lead: "Hana Rees", delivered: "28 exercises held against a profile of 30." });
    expect(byRef["DG-2"]).toMatchObject({ status: "Blue", lead: "Ivo Laine" });
    expect(of("cell")).toEqual([]);
  });
});

describe("a one-line key of letter codes over two rating columns", () => {
  it("reads NR as not rated, this quarter's column as the rating and last quarter's beside it", async () => {
    const { of, meta } = await ingested("skills-update.docx", await skillsUpdateDocx());
    expect(meta.period).toBe("Q2 2024/25");
    const byRef = Object.fromEntries(of("target").map((t) => [t.ref, t]));
    expect(byRef["SK-01"]).toMatchObject({ status: "Amber", otherRatings: [expect.objectContaining({ column: "Q1 RAG", status: "Green" })] });
    expect(byRef["SK-03"]!.otherRatings?.[0]).toMatchObject({ status: "Not rated" });
    // The table's title is the heading above the key, not the key.
    expect(byRef["SK-01"]!.theme.join(" ")).toContain("Performance against objectives");
    expect(byRef["SK-01"]!.theme.join(" ")).not.toContain("Key:");
  });
});

describe("membership under group lines, lead members in one paragraph, a paper under a running header", () => {
  it("ends a group's substitutes at the next group line and gives each group its own members", async () => {
    const { of } = await ingested("wellbeing-pack.md", wellbeingPackMd);
    const members = Object.fromEntries(of("member").map((m) => [m.person, m]));
    expect(members["Petra Olsen"]).toMatchObject({ role: "substitute", group: "Conservative" });
    expect(members["Idris Mensah"]).toMatchObject({ role: "vice-chair", group: "Labour" });
    expect(members["Lola Farrant"]).toMatchObject({ role: "member", group: "Labour", portfolio: "mental health and wellbeing" });
    expect(members["Quentin Marsh"]).toMatchObject({ role: "substitute", group: "Labour" });
    // A membership list's substitutes are not an attendance record.
    expect(of("attendance")).toEqual([]);
  });

  it("titles a paper by the line under its item number, not the running header above it", async () => {
    const { of } = await ingested("wellbeing-pack.md", wellbeingPackMd);
    const papers = of("paper");
    expect(papers.map((p) => p.title)).toEqual(["Carers' breaks funding: the 2025/26 allocations and what they mean for councils' support for unpaid carers", "Integrated neighbourhood teams: first year"]);
    expect(papers[0]!.contacts[0]).toMatchObject({ name: "Marisol Brandt", phone: "020 7946 0111" });
  });
});

describe("minutes' lists and declarations as written", () => {
  it("splits a Present paragraph at commas and 'and' outside brackets", async () => {
    const { of } = await ingested("standards-minutes.html", standardsMinutesHtml);
    const present = of("attendance").filter((a) => a.present);
    expect(present.map((a) => a.person)).toEqual(["Yusuf Adair", "Nell Brannigan", "Ravi Tandon", "Gita Moss"]);
    expect(present.find((a) => a.person === "Gita Moss")!.role).toBe("Treasury and Investments Manager");
  });

  it("takes 'declared that …' under a declarations heading as a declaration", async () => {
    const { of } = await ingested("standards-minutes.html", standardsMinutesHtml);
    expect(of("declaration").map((d) => d.person)).toEqual(["Nell Brannigan", "Osric Pell"]);
  });
});

describe("a title set in capitals", () => {
  it("names the body in the case it is written in, with what the document is", async () => {
    const { meta, of } = await ingested("planning-record.txt", planningRecordTxt);
    expect(meta.title).toBe("Planning Committee – Membership record 2024/25");
    expect(meta.board).toBe("Planning Committee");
    expect(meta.kind).toBe("membership");
    expect(of("member").find((m) => m.role === "chair")).toMatchObject({ person: "Hamid Oyelowo", board: "Planning Committee" });
  });
});
