/** A Word tracker rated by colour alone: empty status cells with a shading fill, and a key of coloured cells. */
export async function colourTrackerDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph, HeadingLevel, ShadingType, Table, TableCell, TableRow, WidthType } = await import("docx");
  const cell = (text: string, fill?: string) =>
    new TableCell({ ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: "auto" } } : {}), children: [new Paragraph(text)] });
  const row = (cells: InstanceType<typeof TableCell>[]) => new TableRow({ children: cells });
  const plan = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(["Ref", "Milestone", "Lead officer", "Q1", "Q2", "Commentary"].map((t) => cell(t))),
      row([cell("WM-01"), cell("Publish the water meadows guidance"), cell("Tobias Wrenfield"), cell("", "00B050"), cell("", "0070C0"), cell("Published in August.")]),
      row([cell("WM-02"), cell("Survey of flood-meadow councils"), cell("Hester Pocklington"), cell("", "00B050"), cell("", "FF0000"), cell("Only 12 replies; survey reopened.")]),
      row([cell("WM-03"), cell("Regional workshops on meadow grazing"), cell("Tobias Wrenfield"), cell("", "00B050"), cell("", "FFC000"), cell("Two of four held.")]),
      row([cell("WM-04"), cell("Grants for meadow restoration"), cell("Hester Pocklington"), cell("", "BFBFBF"), cell("", "00B050"), cell("Fund opens in January.")]),
    ],
  });
  const key = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(["Colour", "Status", "What it means"].map((t) => cell(t))),
      row([cell("Blue", "0070C0"), cell("Complete"), cell("Delivered.")]),
      row([cell("Green", "00B050"), cell("On track"), cell("Will be delivered by the due date.")]),
      row([cell("Amber", "FFC000"), cell("Some slippage"), cell("May be late.")]),
      row([cell("Red", "FF0000"), cell("Off track"), cell("Will not be delivered by the due date without a decision by members.")]),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Water Meadows Task Group: delivery plan 2093/94, progress at quarter 2", heading: HeadingLevel.HEADING_1 }),
          new Paragraph("Table 1: Milestones – status at the end of quarter 1 and quarter 2 (see the key in Appendix A)"),
          plan,
          new Paragraph({ text: "Appendix A: Key to status colours", heading: HeadingLevel.HEADING_2 }),
          key,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
