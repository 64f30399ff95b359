/**
 * Papers in layouts of their own (test/helpers/papers.ts), read by meaning: what each class of layout the
 * bundled corpus does not have yields as records and metadata.
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { auditMinutesHtml, culturePaperPdf, fireAttendanceTxt, resourcesBoardPackDocx, workforceUpdateMd } from "../../helpers/papers.js";
import { structure } from "../../../src/ingest/structure.js";
import { fixedWidthToTabs } from "../../../src/ingest/loaders/text.js";

describe("tables read by their headers, in any order", () => {
  it("a register with likelihood before impact keeps them apart, and takes the owner from Owner, not Trend", async () => {
    const { of } = await ingested("workforce-update.md", workforceUpdateMd);
    const wr1 = of("risk").find((r) => r.ref === "WR1")!;
    expect(wr1).toMatchObject({ likelihood: 2, impact: 5, score: 10, owner: "Naomi Reid", trend: "Rising" });
    expect(wr1.description).toBe("Industrial action over the pay award");
  });

  it("a role in its own column makes the chair; a group written once over its rows stays with them", async () => {
    const { of } = await ingested("resources-board-2022-03-09.docx", await resourcesBoardPackDocx());
    const members = of("member");
    expect(members.find((m) => m.role === "chair")).toMatchObject({ person: "Alan Whitby", group: "Conservative", council: "Hampshire County Council", term: "2021/22" });
    expect(members.find((m) => m.person === "Brenda Oakes")).toMatchObject({ group: "Conservative", role: "member" });
    expect(members.find((m) => m.person === "Dana Fell")).toMatchObject({ group: "Labour" });
    // Group names are never people.
    expect(members.map((m) => m.person)).not.toContain("Conservative");
  });

  it("a status column second from the left is the status, not the last cell", async () => {
    const { of } = await ingested("workforce-update.md", workforceUpdateMd);
    const wf2 = of("target").find((t) => t.ref === "WF2")!;
    expect(wf2).toMatchObject({ status: "Red", statusLabel: "R", lead: "Tom Ure" });
    expect(wf2.text).toBe("Publish the apprenticeship levy evaluation");
  });
});

describe("rating vocabularies beyond Red, Amber and Green", () => {
  it("letter codes and in-between grades (A/G)", async () => {
    const { of } = await ingested("workforce-update.md", workforceUpdateMd);
    expect(Object.fromEntries(of("target").map((t) => [t.ref, t.status]))).toEqual({ WF1: "Green", WF2: "Red", WF3: "Amber/Green", WF4: "Amber" });
  });

  it("the report's own key maps its words to colours, and the key row is kept to cite; legend rows are not targets", async () => {
    const report = [
      "Quarterly report to the Resources Board, Quarter 2 2021/22",
      "",
      "Rating\tColour\tMeaning",
      "Progressing\tGreen\tOn course to deliver.",
      "Stalled\tRed\tWill not deliver without a change of approach.",
      "",
      "Ref\tObjective\tOwner\tRating",
      "RB1\tAgree the 2022/23 budget\tJo Ames\tProgressing",
      "RB2\tClose the pension deficit\tJo Ames\tStalled",
      "RB3\tMove to the new ledger\tKit Lowe\tParked",
      "",
    ].join("\n");
    const { of, text } = await ingested("resources-report-2021-q2.txt", report);
    const targets = of("target");
    expect(targets.map((t) => t.ref)).toEqual(["RB1", "RB2", "RB3"]);
    const rb2 = targets.find((t) => t.ref === "RB2")!;
    expect(rb2).toMatchObject({ status: "Red", statusLabel: "Stalled" });
    expect(text.slice(rb2.keySpan![0], rb2.keySpan![0] + rb2.keySpan![1])).toContain("Stalled | Red");
    // A word neither the key nor the genre knows is kept as written, without a colour.
    expect(targets.find((t) => t.ref === "RB3")).toMatchObject({ status: null, statusLabel: "Parked" });
  });

  it("ticks, crosses and dashes of an attendance grid, read with the document's key", () => {
    // (the Word pack's Yes/No grid is read in the next test)
    const text = [
      "Attendance 2021/22",
      "",
      "Key: ✓ attended; ✗ did not attend; – not required",
      "",
      "Councillor\t12/1/22\t9/2/22",
      "Alan Whitby\t✓\t✗",
      "Brenda Oakes\t–\t✓",
      "",
    ].join("\n");
    const doc = structure({ format: "text", text });
    expect(doc.tables[0]!.header).toEqual(["Councillor", "12/1/22", "9/2/22"]);
  });
});

describe("board papers, agendas, attendance and membership in other layouts", () => {
  it("front sheets as bold inline labels and as a two-column table, with the agenda item each paper is", async () => {
    const { of, meta } = await ingested("resources-board-2022-03-09.docx", await resourcesBoardPackDocx());
    expect(meta).toMatchObject({ kind: "board agenda pack", board: "Resources Board", date: "2022-03-09" });
    const [pay, rates] = of("paper");
    expect(pay).toMatchObject({ title: "Pay and workforce update", item: "2", purpose: "For decision." });
    expect(pay!.recommendation).toContain("1.75 per cent");
    expect(pay!.contacts[0]).toMatchObject({ name: "Priya Natarajan", position: "Head of Workforce", phone: "020 7946 0101", email: "priya.natarajan@local.gov.uk" });
    expect(rates).toMatchObject({ title: "Business rates reform", item: "3", purpose: "For discussion." });
    // "Owen Lacey Senior Adviser …" on one line: the name ends where the job title begins.
    expect(rates!.contacts[0]).toMatchObject({ name: "Owen Lacey", phone: "020 7946 0102", email: "owen.lacey@local.gov.uk" });
    expect(of("agenda_item").map((i) => [i.number, i.title, i.pages ?? ""])).toEqual([
      ["1", "Apologies and declarations of interest", ""],
      ["2", "Pay and workforce update", "1-8"],
      ["3", "Business rates reform", "9-16"],
    ]);
    const absent = of("attendance").filter((a) => a.present === false).map((a) => `${a.person} ${a.meetingDate}`);
    expect(absent).toEqual(["Brenda Oakes 2022-01-12", "Chidi Okonkwo 2022-02-09"]);
  });

  it("a single paper (not in a pack) with its labels drawn in a column; membership as lists under group headings", async () => {
    const { of, meta } = await ingested("culture-paper-2022-06-14.pdf", await culturePaperPdf());
    expect(meta).toMatchObject({ kind: "board paper", title: "Libraries recovery fund", board: "Culture, Tourism and Sport Board", date: "2022-06-14" });
    const [paper] = of("paper");
    expect(paper).toMatchObject({ purpose: "For decision." });
    expect(paper!.contacts[0]).toMatchObject({ name: "Ruth Ambrose", position: "Adviser, Culture and Libraries", email: "ruth.ambrose@local.gov.uk" });
    const byName = Object.fromEntries(of("member").map((m) => [m.person, `${m.role}|${m.group}|${m.council}`]));
    expect(byName).toEqual({
      "Nia Roberts": "chair|Labour|Cardiff Council",
      "Omar Siddiqui": "member|Labour|Bradford Council",
      "Peter Quinn": "substitute|Labour|Wigan Council",
      "Rosa Lyle": "vice-chair|Conservative|Dorset Council",
      "Sam Tate": "substitute|Conservative|Suffolk County Council",
    });
  });

  it("attendance as Present / Apologies lists, and a record laid out with spaces", async () => {
    const minutes = await ingested("audit-minutes.html", auditMinutesHtml);
    const att = minutes.of("attendance");
    expect(att.filter((a) => a.present).map((a) => a.person)).toEqual(["Helen Marsh", "Ian Bright", "Jane Corby"]);
    expect(att.filter((a) => a.present === false).map((a) => `${a.person}, ${a.council}`)).toEqual(["Kieran Dodd, Sheffield City Council", "Lucy Eames, Norfolk County Council"]);
    expect(att.find((a) => a.person === "Helen Marsh")?.role).toBe("Chair");

    const fire = await ingested("fire-attendance.txt", fireAttendanceTxt);
    expect(fire.of("attendance").filter((a) => a.present === false).map((a) => `${a.person} ${a.meetingDate}`)).toEqual(["Amir Begum 2022-07-13", "Colm Doyle 2022-05-11"]);
  });

  it("Present / Apologies lists of several meetings in one record, each under its meeting's date", async () => {
    const record = [
      "Audit Committee: attendance record 2021/22",
      "",
      "Meeting of 14 October 2021",
      "",
      "Present: Cllr Ann Lee (Chair), Cllr Bo Chan, Cllr Cy Dale",
      "",
      "Apologies: Cllr Di Eng",
      "",
      "Meeting of 9 December 2021",
      "",
      "Present: Cllr Ann Lee (Chair), Cllr Di Eng",
      "",
      "Apologies: Cllr Bo Chan, Cllr Cy Dale",
      "",
    ].join("\n");
    const { of } = await ingested("audit-attendance-2021-22.txt", record);
    const absent = of("attendance").filter((a) => a.present === false).map((a) => `${a.person} ${a.meetingDate}`);
    expect(absent).toEqual(["Di Eng 2021-10-14", "Bo Chan 2021-12-09", "Cy Dale 2021-12-09"]);
  });

  it("space-aligned columns become cells; prose with double spaces does not", () => {
    const t = fixedWidthToTabs(`${fireAttendanceTxt}\nThe Committee met twice.  Both meetings were\nheld online  and recorded.\n`);
    expect(t).toContain("Cllr Colm Doyle\tMerseyside Fire Authority\tApologies\tPresent");
    expect(t).toContain("The Committee met twice.  Both meetings were");
  });

  it("a table underlined column by column reads wrapped cells and rows set apart by blank lines", async () => {
    const register = [
      "REGISTER OF OUTSIDE BODIES 2026/27",
      "",
      "Ref     Outside body              Appointee(s)            Seats  Status",
      "------  ------------------------  ----------------------  -----  -----------",
      "OB-01   Rural Transport           Cllr Ada Pellow         1      Reappointed",
      "        Partnership board",
      "",
      "OB-02   Joint Committee on        Cllr Tomas              2      New",
      "        Coastal Erosion           Mereweather;                   appointment",
      "                                  Cllr Ines Haverford",
      "",
      "NOTES",
      "",
      "1. Terms end on the last day of the month shown.",
      "",
    ].join("\n");
    const t = fixedWidthToTabs(register).split("\n");
    expect(t).toContain("Ref\tOutside body\tAppointee(s)\tSeats\tStatus");
    expect(t).toContain("OB-01\tRural Transport Partnership board\tCllr Ada Pellow\t1\tReappointed");
    expect(t).toContain("OB-02\tJoint Committee on Coastal Erosion\tCllr Tomas Mereweather; Cllr Ines Haverford\t2\tNew appointment");
    // The table ends where a line fills its first column alone after a blank line, or runs across columns.
    expect(t).toContain("NOTES");
    expect(t).toContain("1. Terms end on the last day of the month shown.");
  });
});

describe("minutes", () => {
  it("items with who introduced them, decisions or resolutions, actions with owner and deadline; declarations", async () => {
    const { of, meta } = await ingested("audit-minutes.html", auditMinutesHtml);
    const items = of("minute");
    expect(items.map((m) => `${m.number}. ${m.title}`)).toEqual(["1. Declarations of interest", "2. External audit plan 2021/22", "3. Pension fund valuation"]);
    expect(items[1]).toMatchObject({ introducedBy: "Martin Crowe", decision: "That the Committee approves the external audit plan for 2021/22." });
    expect(items[2]).toMatchObject({ introducedBy: "Cllr Helen Marsh", decision: "The Committee noted the valuation." });
    expect(items[2]!.actions).toEqual([{ text: "Circulate the actuary's report to members", owner: "Nadia Fox", deadline: "31 March 2022" }]);
    expect(of("declaration")[0]).toMatchObject({ person: "Ian Bright", item: "3" });
    expect(of("declaration")[0]!.interest).toContain("personal interest");
    expect(meta.kind).toBe("minutes");
  });
});

describe("metadata from what a document says", () => {
  it("a web page's title is never its skip link, cookie banner or publisher, and minutes are dated by the meeting, not publication", async () => {
    const { meta } = await ingested("audit-minutes.html", auditMinutesHtml);
    expect(meta).toMatchObject({ title: "Audit Committee minutes, 16 March 2022", board: "Audit Committee", date: "2022-03-16" });
  });

  it("front matter is read, not taken for the title; a report known by its month also covers its quarter", async () => {
    const { meta } = await ingested("workforce-update.md", workforceUpdateMd);
    expect(meta).toMatchObject({ title: "Workforce Board performance update: September 2021", board: "Workforce Board", kind: "performance report", date: "2021-09" });
    expect(meta.covers).toContainEqual({ kind: "month", iso: "2021-09" });
  });

  it("a board named by a heading of its own", async () => {
    const { meta } = await ingested("notes.txt", "Audit and Risk Committee\n\nNotes of the informal session on 4 May 2022.\n\nMembers discussed the internal audit plan.\n");
    expect(meta.board).toBe("Audit and Risk Committee");
  });
});

describe("a grants table is not a risk register", () => {
  it("'0 | 33 | 0' (nothing paid of 33 plots, none done) is no likelihood times impact", async () => {
    const table = ["# Fencing grants: progress", "", "| Ref | Council | Paid (£) | Posts planned | Posts done | Status |", "|---|---|---|---|---|---|", "| FG-01 | Dorset Council | 12,000 | 40 | 40 | Complete |", "| FG-02 | Breckland Council | 0 | 33 | 0 | Delayed |", "| FG-03 | Wealden District Council | 0 | 12 | 0 | Not started |", ""].join("\n");
    const { of } = await ingested("fencing-grants.md", table);
    expect(of("risk")).toEqual([]);
    expect(of("target").map((t) => t.ref)).toEqual(["FG-01", "FG-02", "FG-03"]);
  });
});
