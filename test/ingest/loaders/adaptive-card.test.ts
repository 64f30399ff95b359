/** An actionable message's Adaptive Card (Power Automate's approvals) is read where its fallback body says little. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { FOOTBRIDGES_CARD, footbridgesApprovalEml } from "../../helpers/papers-footbridges.js";
import { adaptiveCardHtml } from "../../../src/ingest/loaders/adaptive-card.js";

describe("an approval request whose Adaptive Card is in the HTML's head", () => {
  it("reads the card: its title, text without markdown marks, facts and table as rows, no buttons", async () => {
    const doc = await ingested("fsstg-approval-2491-05-27.eml", footbridgesApprovalEml());
    expect(doc.text).toContain("Approval request: FSSTG agenda pack, 9 June 2491");
    expect(doc.text).toContain("asks the Chair to approve the agenda pack for publication on Friday 30 May 2491.");
    expect(doc.text).toMatch(/Approver\s*(?:\t|\|)\s*Cllr Perran Tresidder \(Chair\)/);
    expect(doc.text).toMatch(/5\s*(?:\t|\|)\s*Footbridge renewal grants: round 2/);
    expect(doc.text).not.toContain("Reject");
    expect(doc.text).not.toContain("Open it in Outlook");
  });

  it("is nothing for a page without a card, or with one that is not JSON", () => {
    expect(adaptiveCardHtml("<html><body><p>Hello</p></body></html>")).toBeUndefined();
    expect(adaptiveCardHtml('<script type="application/adaptivecard+json">{not json</script>')).toBeUndefined();
    expect(adaptiveCardHtml(`<script type="application/adaptivecard+json">${JSON.stringify(FOOTBRIDGES_CARD)}</script>`)).toContain("<h2>Approval request");
  });

  it("reads a text block's size and weight whatever their case, as Power Automate writes them ('Large', 'Bolder')", () => {
    const card = { type: "AdaptiveCard", body: [{ type: "TextBlock", text: "Your request was approved", size: "Large", weight: "Bolder" }, { type: "TextBlock", text: "Details", size: "Medium", weight: "Bolder" }] };
    const html = adaptiveCardHtml(`<script type="application/adaptivecard+json">${JSON.stringify(card)}</script>`)!;
    expect(html).toContain("<h2>Your request was approved</h2>");
    expect(html).toContain("<h2>Details</h2>");
  });
});
