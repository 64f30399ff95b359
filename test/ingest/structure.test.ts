import { describe, expect, it } from "vitest";
import { structure } from "../../src/ingest/structure.js";
import { bundled } from "../helpers/corpus.js";
import { lidosTranscriptVtt } from "../helpers/papers-lidos.js";

describe("structure", () => {
  it("keeps the March 2019 row for target 1.2 whole, status included, under its table header", () => {
    const { doc } = bundled("lga-performance-report-2019-03");
    const rows = doc.blocks.filter((b) => b.kind === "row" && b.cells?.[0] === "1.2");
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.cells!.at(-1)).toBe("Red");
    expect(row.text).toContain("Reducing the number of councils");
    const table = doc.tables[row.table!]!;
    expect(table.header).toContain("Has the target been achieved?");
  });

  it("joins a row broken by a blank line back together (target 9.2)", () => {
    const { doc } = bundled("lga-performance-report-2019-03");
    const row = doc.blocks.find((b) => b.kind === "row" && b.cells?.[0] === "9.2")!;
    expect(row.text).toContain("This led to a report, completed in June");
    expect(doc.blocks.some((b) => b.kind === "row" && b.text.startsWith("led to a report"))).toBe(false);
  });

  it("continues a broken row's prose, not the short label a shifted continuation lines up under", () => {
    const text = [
      "Ref\tTarget\tDelivered\t\tStatus\tImpact",
      "A1\tReform the service\tWe set up a joint working group with partners for\t\tAmber\tThe effect is that councils' views are heard in",
      "\t\tthe review of the inspection regime.\t\toversight of the process continues.",
      "",
    ].join("\n");
    const { blocks } = structure({ format: "text", text });
    const row = blocks.find((b) => b.kind === "row" && b.cells?.[0] === "A1")!;
    expect(row.cells![2]).toContain("partners for the review of the inspection regime.");
    expect(row.cells![4]).toBe("Amber");
    expect(row.cells![5]).toContain("heard in oversight of the process continues.");
  });

  it("joins back the codes drawn midway down a row of two printed lines, each into the cell left empty for it", () => {
    const text = [
      "Ref\tMeasure\tQ2\tRAG\tQ3\tRAG\tTrend",
      "FTN-01\tFountains repaired within ten working days of a\t61%\t\t70%\t\t▲",
      "\t\t\tA\t\tG\t",
      "\tfault report (cumulative)\t\t\t\t\t",
      "FTN-02\tRefill points on the app\t410\tG\t455\tG\t►",
      "",
    ].join("\n");
    const { blocks } = structure({ format: "text", text });
    const row = blocks.find((b) => b.kind === "row" && b.cells?.[0] === "FTN-01")!;
    expect(row.cells).toEqual(["FTN-01", "Fountains repaired within ten working days of a fault report (cumulative)", "61%", "A", "70%", "G", "▲"]);
    expect(blocks.filter((b) => b.kind === "row")).toHaveLength(3);
  });

  it("reads markdown tables with <p> cells and continues a table split into several", () => {
    const { doc } = bundled("lga-performance-report-2013-q1");
    const headers = new Set(doc.tables.map((t) => t.header.join("|")));
    expect(headers.size).toBe(1);
    const row = doc.blocks.find((b) => b.kind === "row" && b.text.startsWith("Full membership"))!;
    expect(row.cells).toEqual([expect.stringContaining("Full membership"), "Claire Holloway", expect.stringContaining("97% of subs"), "Amber"]);
  });

  it("never lets a chunk of text span two board papers", () => {
    const { doc } = bundled("iib-agenda-2018-03-22");
    expect(doc.papers.map((p) => p.title)).toEqual([
      "Financial Sustainability of local authorities: 2018",
      "Data and Transparency Programme",
      "National Procurement Strategy 2018",
      "Strategic Supplier Relationship Management",
      "Highlighting Leadership offer: update",
      "One Public Estate and Land Release Fund",
      "LGA Boards' improvement activity",
    ]);
    for (const p of doc.papers) for (let i = p.start; i < p.end; i++) expect(doc.blocks[i]!.paper).toBe(p.index);
  });

  it("continues a table across a page-furniture line", () => {
    const { doc } = bundled("iib-agenda-2020-12-17");
    const table = doc.tables.find((t) => t.title === "Summary of positive responses for key measures")!;
    const labels = table.rows.map((i) => doc.blocks[i]!.cells![0]);
    expect(labels).toContain("Satisfied with way local council runs things");
    expect(labels).toContain("Agree council provides value for money");
  });

  it("makes quotes from the canonical text: every block sits at its offset", () => {
    const s = structure({ format: "text", text: "Title\n\nA <b>bold</b> line.\nref\tcell two\t<p>Green</p>\n" });
    for (const b of s.blocks) expect(s.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(s.blocks.map((b) => b.text)).toEqual(["Title", "A bold line.", "ref | cell two | Green"]);
  });
});

describe("structure: a table counting each rating", () => {
  it("takes a row of rating codes over rows of numbers for the table's header", () => {
    const text = ["Ref\tObjective\tStatus", "W1.1\tConclude the pay round\tA", "W1.2\tAgree the award\tG", "", "Theme\tG\tA\tR\tTotal", "1. Pay\t1\t1\t0\t2", "All themes\t1\t1\t0\t2", ""].join("\n");
    const { tables } = structure({ format: "text", text });
    expect(tables.map((t) => t.header.join("|"))).toEqual(["Ref|Objective|Status", "Theme|G|A|R|Total"]);
    // A data row with a rating is not a header.
    const rows = ["Ref\tObjective\tStatus", "W1.1\tPay\tA", "W1.2\tAward\tG", ""].join("\n");
    expect(structure({ format: "text", text: rows }).tables[0]!.header).toEqual(["Ref", "Objective", "Status"]);
  });
});

describe("structure: a chart's labels", () => {
  it("reads lines standing alone, each ending in its figure, as text, not headings", () => {
    const doc = structure({ format: "text", text: "Item 3\n\nWaiting lists by region\n\nLondon 183\n\nSouth East 88\n\nSouth West 79\n\nEngland: 72\n\nBase: 191 councils." });
    const kind = (t: string) => doc.blocks.find((b) => b.text === t)?.kind;
    expect(kind("London 183")).toBe("text");
    expect(kind("England: 72")).toBe("text");
    expect(kind("Waiting lists by region")).toBe("heading");
  });
});

describe("a transcript saved as WebVTT captions", () => {
  it("is read as its NOTE's title over what each speaker said, without the cues' machinery", () => {
    const { blocks } = structure({ format: "text", text: lidosTranscriptVtt });
    expect(blocks[0]).toMatchObject({ kind: "heading", text: "Lidos and Outdoor Swimming Panel: evidence session on open water quality" });
    expect(blocks.some((b) => /-->|^WEBVTT$|^NOTE$|^\d+$/.test(b.text))).toBe(false);
    expect(blocks.filter((b) => /^Cllr Araminta Featherstonehaugh \(Chair\): /.test(b.text))).toHaveLength(2);
    expect(blocks.at(-1)!.headings).toEqual(["Lidos and Outdoor Swimming Panel: evidence session on open water quality"]);
  });
});

describe("printed lines made paragraphs of their own (Word opening a PDF)", () => {
  it("reads a sentence on from a full line into a line opening with a bracket or a figure", () => {
    const text = [
      "3. Officers propose a cap on pitch fee rises for the next two years: no rise above",
      "4 per cent in any one year, for every market in the scheme. The lower cap",
      "(it was 6 per cent under the old scheme) keeps pitches affordable for new traders.",
      "Short line",
      "(a bracket after a short line is a paragraph of its own)",
    ].join("\n\n");
    const doc = structure({ format: "docx", text });
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain(
      "3. Officers propose a cap on pitch fee rises for the next two years: no rise above 4 per cent in any one year, for every market in the scheme. The lower cap (it was 6 per cent under the old scheme) keeps pitches affordable for new traders.",
    );
    expect(texts).toContain("(a bracket after a short line is a paragraph of its own)");
  });
});

describe("structure: a table's title", () => {
  it("is not the last clause of a resolution above it, but a caption is", () => {
    const rows = ["Organisation\tProject\tAward (£)", "Fenholt Scouts\tSandbag store\t4,200", "Brackwater Wardens\tRadios\t9,750", ""].join("\n");
    const resolved = ["RESOLVED: that the Task Group", "", "(a) awards two grants, as set out in the table below;", "", "(b) carries the remaining £1,050 to round 3, which opens on 1 March 2332.", "", rows].join("\n");
    expect(structure({ format: "text", text: resolved }).tables[0]!.title).toBeUndefined();
    expect(structure({ format: "text", text: ["Round 2 awards", "", rows].join("\n") }).tables[0]!.title).toBe("Round 2 awards");
  });
});

describe("structure: forms printed one after another under the same title", () => {
  const form = (title: string, sample: string, number: string, council: string, result: string) =>
    [title, "", `Description of sample\t${sample}`, `Certificate no.\t${number}`, `Submitted by\t${council}`, "", "Determinand\tResult\tUnits", `Patulin\t${result}\tµg/kg`, "", "Opinion", "", "In my opinion the sample complies.", ""].join("\n");

  it("names each form in the headings over its rows by its first fields, a form whose title says more too", () => {
    const text = [
      form("CERTIFICATE OF ANALYSIS", "Apple juice, cloudy", "AR/71/0101", "Kestrel Bay Port Health Authority", "12"),
      form("CERTIFICATE OF ANALYSIS", "Pear puree, in 5 kg tubs, for catering and for the kitchens of schools only", "AR/71/0102", "Saltmere Port Health Authority", "31"),
      form("AMENDED CERTIFICATE OF ANALYSIS", "Quince paste", "AR/71/0103A", "Kestrel Bay Port Health Authority", "8"),
    ].join("\n");
    const { blocks } = structure({ format: "text", text });
    const row = (result: string) => blocks.find((b) => b.kind === "row" && b.cells?.[0] === "Patulin" && b.cells?.[1] === result)!;
    expect(row("12").headings?.[0]).toBe("CERTIFICATE OF ANALYSIS (Apple juice, cloudy; AR/71/0101; Kestrel Bay Port Health Authority)");
    // (A long value by its first part.)
    expect(row("31").headings?.[0]).toBe("CERTIFICATE OF ANALYSIS (Pear puree; AR/71/0102; Saltmere Port Health Authority)");
    expect(row("8").headings?.[0]).toBe("AMENDED CERTIFICATE OF ANALYSIS (Quince paste; AR/71/0103A; Kestrel Bay Port Health Authority)");
    // (The heading's own line is unchanged.)
    expect(blocks.filter((b) => b.kind === "heading" && b.text === "CERTIFICATE OF ANALYSIS")).toHaveLength(2);
  });

  it("leaves alone sections that share a title but are not forms of the same fields", () => {
    const text = ["Actions", "", "Ref\tAction\tOwner", "A1\tWrite to the council\tJo", "", "Decisions", "", "The panel agreed the plan.", "", "Actions", "", "Item\tDue", "B2\tMarch", ""].join("\n");
    const { blocks } = structure({ format: "text", text });
    expect(blocks.filter((b) => b.headings?.[0]?.startsWith("Actions (")).length).toBe(0);
  });
});

describe("structure: a paper whose sections are numbered by hand", () => {
  it("finds the paper by its numbered purpose, under a front sheet of details set as a table", () => {
    const text = [
      "Invasive Weeds Task Group",
      "",
      "Item 7",
      "",
      "# Volunteer insurance 2372",
      "",
      "Report of\tHead of Programmes, Invasive Weeds Partnership",
      "Contact officer\tTamsin Rowbotham, Programme Officer",
      "Key decision\tNo",
      "Exempt information\tNone – this report is for publication",
      "Wards affected\tAll wards in the three councils",
      "Background papers\tNone",
      "",
      "1. Purpose of the report",
      "",
      "1.1 To agree the insurance of volunteers who pull balsam on the councils' land.",
      "",
      "2. Recommendations",
      "",
      "2.1 That the Task Group agrees to insure the volunteers under the Partnership's policy.",
      "",
    ].join("\n");
    const doc = structure({ format: "markdown", text });
    expect(doc.papers.map((p) => p.title)).toEqual(["Volunteer insurance 2372"]);
    expect(doc.blocks.find((b) => b.text === "2. Recommendations")?.label?.name).toBe("Recommendations");
    // (A minute's numbered item is not a paper's section.)
    expect(structure({ format: "markdown", text: "3. Apologies\n\nCllr A sent apologies.\n" }).blocks[0]!.label).toBeUndefined();
  });

  it("numbers a paper by the item field above its title, set as a label beside its value", () => {
    const text = [
      "Local Government Association",
      "",
      "| Meeting: | Bus Shelters Task Group |",
      "| Date: | Thursday 12 October 2401 |",
      "| Item: | 4 |",
      "",
      "Shelter repairs: recovery plan",
      "",
      "| Purpose of report | For decision. |",
      "| Summary | The repair contractor lost two crews in August; this paper sets out how the backlog will be cleared. |",
      "| Is this a key decision? | No |",
      "| Recommendations | That the Task Group agrees the recovery plan. |",
      "| Contact officer | Oswin Quarrendon |",
      "",
      "1. The repair contractor lost two crews in August.",
      "",
    ].join("\n");
    const doc = structure({ format: "markdown", text });
    expect(doc.papers.map((p) => p.item)).toEqual(["4"]);
  });
});
