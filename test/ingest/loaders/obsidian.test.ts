import { describe, expect, it } from "vitest";
import { obsidianToMarkdown } from "../../../src/ingest/loaders/obsidian.js";
import { withCorpus } from "../../helpers/assistant.js";

const note = [
  "# Harbours and Estuaries Panel – minutes, 20 January 2071",
  "",
  "> [!failure]- Apologies",
  "> - [[Cllr Morwenna Tregear|Cllr Tregear]] – no substitute",
  "",
  "%% check the spelling of the pilot's name %%",
  "",
  "## 2. Harbour dues",
  "",
  "![[Harbours agenda pack 2071-01-20#Item 2]]",
  "",
  "[[Rhys Tonkin]] introduced the report. The dues would rise by ==4 per cent==.",
  "",
  "> [!success] Decision",
  "> decision:: The Panel agreed the harbour dues for 2071/72, rising by 4 per cent from 1 April 2071.",
  "",
  "```dataview",
  'TASK FROM "Harbours" WHERE !completed',
  "```",
].join("\n");

describe("a note from an Obsidian vault", () => {
  it("is read as its reading view shows it", () => {
    const lines = obsidianToMarkdown(note).split("\n");
    expect(lines).toContain("Apologies");
    expect(lines).toContain("- Cllr Tregear – no substitute");
    expect(lines).toContain("Harbours agenda pack 2071-01-20 > Item 2");
    expect(lines).toContain("Rhys Tonkin introduced the report. The dues would rise by 4 per cent.");
    expect(lines).toContain("decision: The Panel agreed the harbour dues for 2071/72, rising by 4 per cent from 1 April 2071.");
    const text = lines.join("\n");
    expect(text).not.toMatch(/%%|\[\[|\[!|TASK FROM|==/);
  });

  it("leaves out a wiki's breadcrumb of links and its table of contents", () => {
    const text = obsidianToMarkdown("[[_TOC_]]\n\n[[Home]] / [[Boards and panels]] / Action log\n\n# Action log\n\nSee [[Action log archive]].");
    expect(text.split("\n").filter((l) => l.trim())).toEqual(["# Action log", "See Action log archive."]);
  });

  it("leaves markdown without the vault's syntax as it is", () => {
    const plain = "# Minutes\n\n> A quoted line: owner:: not a field here\n";
    expect(obsidianToMarkdown(plain)).toBe(plain);
  });

  it("gives a minute's decision from its callout, without the field's name", async () => {
    await withCorpus({ "harbours-minutes-2071-01-20.md": note }, async (a) => {
      const minute = a.index.recordsOf("minute").find((m) => m.title.includes("Harbour dues"));
      expect(minute?.decision).toBe("The Panel agreed the harbour dues for 2071/72, rising by 4 per cent from 1 April 2071.");
      expect(minute?.introducedBy).toBe("Rhys Tonkin");
    });
  });
});
