/**
 * Contact cards (vCard) of the invented Bus Shelters Task Group, as a file of their own and attached to the
 * clerk's e-mail: read as an address book shows them, and the members' roles read from their categories.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { inferMetadata } from "../../../src/ingest/metadata.js";
import { extractRecords } from "../../../src/ingest/records/index.js";
import type { MemberRecord } from "../../../src/ingest/records/schema.js";
import { structure } from "../../../src/ingest/structure.js";
import { tempDir } from "../../helpers/assistant.js";
import { sheltersCardsEmail, sheltersContactCards } from "../../helpers/papers-shelters.js";

describe("a file of contact cards", () => {
  it("reads each card under its name: lines unfolded, values unescaped, how the file was written left out", async () => {
    const path = join(tempDir(), "bstg-members-2401-02.vcf");
    writeFileSync(path, sheltersContactCards());
    const text = (await loadFile(path)).text;
    expect(text).toContain("### Cllr Orla Pennyfeather");
    expect(text).toContain("Oxenford City Council\n\nLabour Group");
    expect(text).toContain("Categories: BSTG, BSTG Chair");
    expect(text).toContain("Note: Chair of the Task Group, 2401/02.\n\nDiary through his PA.");
    expect(text).toContain("Mobile: 07700 900771");
    expect(text).toContain("Telephone: 020 7946 0771");
    // (Version 4.0's number as a URI, read as the number.)
    expect(text).toContain("### Thea Ballantyne\n\nLocal Government Association\n\nFinance\n\nTitle: Finance Business Partner\n\nTelephone: +44-20-7946-0772");
    expect(text).toContain("Note: Programme manager for the shelters – repairs and new sites.");
    expect(text).not.toMatch(/PRODID|VERSION|REV:|PHOTO|\/9j\//);
  });

  it("reads the cards an e-mail carries as an attachment, and their members' roles from the categories", async () => {
    const path = join(tempDir(), "bstg-contact-cards-email-2401-10-20.eml");
    writeFileSync(path, sheltersCardsEmail());
    const doc = structure(await loadFile(path));
    const meta = inferMetadata(path, doc);
    expect(meta.board).not.toBe("Conservative Group");
    const members = extractRecords(doc, meta).filter((r): r is MemberRecord => r.type === "member");
    const of = (name: string) => members.find((m) => m.displayName.includes(name));
    expect(of("Vantongeren")).toMatchObject({ role: "chair", council: "Harrowgate Borough Council", group: "Conservative" });
    expect(of("Pennyfeather")?.role).toBe("substitute");
    expect(of("Marwood")).toMatchObject({ role: "member", portfolio: "new shelters (BS-01)" });
  });
});
