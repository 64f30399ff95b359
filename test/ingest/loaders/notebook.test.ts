import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { structure } from "../../../src/ingest/structure.js";
import { inferMetadata } from "../../../src/ingest/metadata.js";

const notebook = `<!DOCTYPE html><html><head><title>ramps_budget_monitoring_2081_82_q3</title></head><body>
<div class="jp-Cell jp-MarkdownCell"><h1 id="Ramps-budget">Stairlifts and Ramps Panel: programme budget 2081/82<a class="anchor-link" href="#Ramps-budget">¶</a></h1>
<p>Monitoring at 31 December 2081.</p></div>
</body></html>`;

describe("a notebook exported to HTML", () => {
  it("is titled by its heading, not by a file name left as the page's title, and without the heading's permalink", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lga-nb-"));
    const path = join(dir, "ramps-budget-2081-82-q3.html");
    writeFileSync(path, notebook);
    const loaded = await loadFile(path);
    expect(loaded.text).not.toContain("¶");
    const meta = inferMetadata(path, structure(loaded));
    expect(meta.title).toBe("Stairlifts and Ramps Panel: programme budget 2081/82");
  });
});
