import { describe, expect, it } from "vitest";
import { stackedCellsToRows } from "../../../src/ingest/loaders/stacked-cells.js";

describe("stackedCellsToRows", () => {
  it("sets a table written one cell a line a row a line, the header too", () => {
    const text = ["Spend by council", "Council", "Budget", "Spent", "Ashdale", "£4,000", "£3,100", "Birkdale", "£2,500", "(£200)", "Next steps"].join("\n");
    expect(stackedCellsToRows(text)).toBe(["Spend by council", "Council\tBudget\tSpent", "Ashdale\t£4,000\t£3,100", "Birkdale\t£2,500\t(£200)", "Next steps"].join("\n"));
  });

  it("stops at the first group that is not a name and figures", () => {
    const text = ["Council", "Budget", "Spent", "Ashdale", "4,000", "3,100", "Birkdale", "2,500", "2,700", "Coldbeck", "to follow", "1,200"].join("\n");
    expect(stackedCellsToRows(text).split("\n").slice(3)).toEqual(["Coldbeck", "to follow", "1,200"]);
  });

  it("leaves lines alone where fewer than two rows follow, or the lines are sentences", () => {
    const one = ["Council", "Budget", "Spent", "Ashdale", "4,000", "3,100", "Contact us"].join("\n");
    expect(stackedCellsToRows(one)).toBe(one);
    const prose = ["Agenda", "1. Welcome", "2. Minutes", "3. Finance", "10", "20", "4. Any other business", "30", "40"].join("\n");
    expect(stackedCellsToRows(prose)).toBe(prose);
  });

  it("does not run a table over a blank line", () => {
    const text = ["Council", "Budget", "Spent", "", "Ashdale", "4,000", "3,100", "Birkdale", "2,500", "2,700"].join("\n");
    expect(stackedCellsToRows(text)).toBe(text);
  });
});
