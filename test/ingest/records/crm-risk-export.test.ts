/** A risk register as a CRM's report exports it: fields labelled with their object, a record status beside the rating. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { stilesRisksCsv } from "../../helpers/papers-stiles.js";

describe("a CRM report of the risk register", () => {
  it("takes each risk's reference from 'Risk Reference' and its name from 'Risk: Risk Name', not the record id", async () => {
    const doc = await ingested("skgtg-programme-risks-report-2602-03-03.csv", stilesRisksCsv());
    const risks = doc.of("risk");
    expect(risks.map((r) => r.ref)).toEqual(["SKR-02", "SKR-01", "SKR-03"]);
    expect(risks.find((r) => r.ref === "SKR-02")!.description).toBe("Too few rights of way officers");
  });

  it("rates each risk by its RAG rating, not by whether the record is open, nor by the previous rating", async () => {
    const doc = await ingested("skgtg-programme-risks-report-2602-03-03.csv", stilesRisksCsv());
    const rating = (ref: string) => doc.of("risk").find((r) => r.ref === ref)!.rating;
    expect(rating("SKR-02")).toBe("Red");
    expect(rating("SKR-03")).toBe("Amber");
    expect(rating("SKR-01")).toBe("Green");
    expect(doc.of("risk").find((r) => r.ref === "SKR-02")!.score).toBe(16);
  });
});
