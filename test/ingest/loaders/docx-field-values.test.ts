/**
 * A Word pack saved as Strict Open XML from a document library: its cover fields are content controls bound
 * to the library's columns (the text cached in the file is an earlier meeting's), and its ratings are legacy
 * drop-down form fields that store only the index of the entry chosen.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { formatWordDate } from "../../../src/ingest/loaders/docx-field-values.js";
import { lighthousePack } from "../../helpers/papers-lighthouses.js";
import { tempDir } from "../../helpers/assistant.js";

async function loadedPack(): Promise<string> {
  const path = join(tempDir(), "lhtg-agenda-pack-2240-03-13.docx");
  writeFileSync(path, await lighthousePack());
  return (await loadFile(path)).text;
}

describe("a Word pack's drop-down fields and bound controls", () => {
  it("shows each drop-down's chosen entry, as Word does, and the first entry where none was chosen", async () => {
    const text = await loadedPack();
    expect(text).toMatch(/LHM-2\tLanterns restored\tRed – off track/);
    expect(text).toMatch(/LHM-1\tLighthouses open to visitors\tGreen – on track/);
    expect(text).toMatch(/LHM-3\tVolunteer guides trained\tSelect status/);
    expect(text).toMatch(/LH-02\t.*\tOverdue/);
    // (Only the chosen entry: not every entry of the list.)
    expect(text).not.toMatch(/Amber – some risk/);
  });

  it("shows a bound control's value from the library's metadata, not the stale text cached in the file", async () => {
    const text = await loadedPack();
    expect(text).toMatch(/Date\tFriday 13 March 2240/);
    expect(text).toMatch(/Venue\tCouncil Chamber, Carn Head Guildhall/);
    expect(text).toMatch(/Status\tPublished/);
    expect(text).not.toMatch(/Room 4, Quay House/);
    expect(text).not.toMatch(/Date\tFriday 10 January 2240/);
  });

  it("formats a date as Word's date pictures say", () => {
    const day = new Date(Date.UTC(2240, 2, 13));
    expect(formatWordDate(day, "dddd d MMMM yyyy")).toBe("Friday 13 March 2240");
    expect(formatWordDate(day, "dd/MM/yy")).toBe("13/03/40");
    expect(formatWordDate(day, "d MMM yyyy 'at noon'")).toBe("13 Mar 2240 at noon");
  });
});
