/** A Word template filled by a flow: its controls' values read, its repeating rows a table, an unfilled control's prompt left out. */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { tempDir } from "../../helpers/assistant.js";
import { footbridgesTemplateDocx } from "../../helpers/papers-footbridges.js";

describe("a risk register filled into a Word template", () => {
  it("reads the controls' values and the repeating section's rows, not the prompt of a control left empty", async () => {
    const path = join(tempDir(), "fsstg-risk-register-template-2491-05-20.docx");
    writeFileSync(path, await footbridgesTemplateDocx());
    const text = (await loadFile(path)).text;
    expect(text).toContain("Risk register, reviewed 20 May 2491");
    expect(text).toMatch(/FSR-01\tA stepping stone crossing fails in a winter flood\t20\tPerpetua Lanyon-Hext/);
    expect(text).toMatch(/FSR-02\tFootbridges cannot be maintained\t9\tTamsin Ebdon-Farr/);
    expect(text).toMatch(/Approved by:\s*\n/);
    expect(text).not.toContain("Click or tap here to enter text.");
  });
});
