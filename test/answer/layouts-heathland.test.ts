/**
 * What an answer fetches from another paper (test/helpers/papers-heathland.ts): the council of the member
 * the minutes name as someone's replacement, and the post of a risk's owner written beside the name in an
 * agenda or in a paper's contact line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { heathlandAgendaMd, heathlandBudgetMd, heathlandDecisionsTxt, heathlandEmailTxt, heathlandGrantsMd, heathlandLicencesPaperMd, heathlandPlanMd, heathlandResponseMd, heathlandDogsPaperMd, heathlandMembershipMd, heathlandMinutesMd, heathlandRiskRegisterCsv, heathlandOutturnMd, heathlandSurveysNoteTxt, heathlandFencingProgressMd, heathlandMeetingHtml, heathlandOfficersNoteTxt } from "../helpers/papers-heathland.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "heathland-grazing-panel-minutes-2027-09-08.md"), heathlandMinutesMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-membership-2027-28.md"), heathlandMembershipMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-risk-register-2027-08.csv"), heathlandRiskRegisterCsv);
  writeFileSync(join(corpus, "heathland-grazing-panel-agenda-2027-09-08.md"), heathlandAgendaMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-dogs-2027-09-08.md"), heathlandDogsPaperMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-budget-2027-08.md"), heathlandBudgetMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-decisions-2027-28.txt"), heathlandDecisionsTxt);
  writeFileSync(join(corpus, "heathland-grazing-panel-programme-2027-08.md"), heathlandPlanMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-email-outturn-2028-04-18.txt"), heathlandEmailTxt);
  writeFileSync(join(corpus, "heathland-grazing-panel-consultation-response-2027-09-08.md"), heathlandResponseMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-licences-2027-09-08.md"), heathlandLicencesPaperMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-fencing-grants-2027-28.md"), heathlandGrantsMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-outturn-2028-05-10.md"), heathlandOutturnMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-surveys-note-2028-05-12.txt"), heathlandSurveysNoteTxt);
  writeFileSync(join(corpus, "heathland-grazing-panel-fencing-progress-2028-04-03.md"), heathlandFencingProgressMd);
  writeFileSync(join(corpus, "heathland-grazing-panel-meeting-2028-04-26.html"), heathlandMeetingHtml);
  writeFileSync(join(corpus, "heathland-grazing-panel-officers-note-2027-10-04.txt"), heathlandOfficersNoteTxt);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quoted = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");

describe("details of the people an answer names, from another paper", () => {
  it("gives the council of the member who replaced another, from the membership list", async () => {
    const a = await ask("who took ashcombe's place on the grazing panel and what council is he from?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Treleaven");
    expect(a.answer).toContain("New Forest District Council");
    expect(quoted(a)).toContain("New Forest District Council");
  });

  it("does not give another person's council when the question names whose it wants", async () => {
    const a = await ask("what council is cllr okonedo from?");
    expect(a.answer).toContain("Breckland Council");
    expect(a.answer).not.toContain("Dorset Council");
  });

  it("gives the post of a risk's owner, written beside the name in the agenda", async () => {
    const a = await ask("what's the job title of whoever owns the risk about graziers applying for licences?");
    expect(a.answer).toContain("Lavinia Stroud");
    expect(a.answer).toContain("Senior Adviser (Commons)");
    expect(quoted(a)).toContain("Lavinia Stroud, Senior Adviser (Commons)");
  });

  it("reads the post after the name in a contact line ('Osric Tennant, Programme Manager (Access)')", async () => {
    const paper = assistant.index.recordsOf("paper").find((p) => p.docId === "heathland-grazing-panel-dogs-2027-09-08");
    expect(paper?.contacts[0]).toMatchObject({ name: "Osric Tennant", position: "Programme Manager (Access)" });
    const a = await ask("job title of the owner of the livestock worrying risk?");
    expect(a.answer).toContain("Programme Manager (Access)");
  });
});

describe("why a table row is what it is: the paper's own account of the row", () => {
  it("reads the paragraph under a side heading naming the row", async () => {
    const a = await ask("why are the shepherding apprenticeships underspent?");
    expect(a.answer).toContain("National Flock Skills Trust withdrew");
    expect(quoted(a)).toContain("The National Flock Skills Trust withdrew as the training provider in July 2027");
  });

  it("reads a numbered paragraph opening with the row's name", async () => {
    const a = await ask("how come the grazing animal welfare checks line is underspent?");
    expect(a.answer).toContain("combined with the commons fencing site visits");
  });
});

describe("why a decision was taken", () => {
  it("answers with the decision's reasons, not only the decision", async () => {
    const a = await ask("why was the tracking collars contract extended?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("a new supplier cannot be appointed before the winter grazing season");
  });
});

describe("statuses as a plan writes them", () => {
  it("reads a status after a coloured dot, and 'Late' and 'Not started' as ratings", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === "heathland-grazing-panel-programme-2027-08");
    const status = (ref: string) => targets.find((t) => t.ref === ref)?.status;
    expect(status("HGP1")).toBe("Blue");
    expect(status("HGP2")).toBe("Amber");
    expect(status("HGP3")).toBe("Red");
    expect(status("HGP4")).toBe("Not rated");
  });

  it("lists the tasks with a status, not the rows counting them", async () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === "heathland-grazing-panel-programme-2027-08");
    expect(targets.map((t) => t.ref).sort()).toEqual(["HGP1", "HGP2", "HGP3", "HGP4"]);
    const a = await ask("anything late on the grazing programme?");
    expect(a.answer).toContain("Fence the Ashdown commons");
    expect(a.answer).not.toContain("• Late");
  });
});

describe("papers filed under a board that do not name it", () => {
  it("counts a document whose file name begins with the board's name as the board's", () => {
    const email = assistant.index.documents.find((d) => d.meta.docId === "heathland-grazing-panel-email-outturn-2028-04-18");
    expect(email?.meta.board).toBe("Heathland Grazing Panel");
  });

  it("answers a year's outturn from a paper of the months after the year ended", async () => {
    const a = await ask("what was the grazing panel's outturn for 2027/28?");
    expect(a.answer).toContain("171,400");
  });

  it("answers who holds a role no membership list names from the papers' text", async () => {
    const a = await ask("who is the grazing panel's deputy chair?");
    expect(a.answer).toContain("Blanchflower");
  });
});

describe("who wrote a paper, and their number", () => {
  it("reads a 'Prepared by' line as the paper's contact", () => {
    const paper = assistant.index.recordsOf("paper").find((p) => p.docId === "heathland-grazing-panel-licences-2027-09-08");
    expect(paper?.contacts[0]).toMatchObject({ name: "Lavinia Stroud", phone: "020 7946 0611" });
  });

  it("answers 'who drafted it and what's her number' with the line giving both", async () => {
    const a = await ask("who drafted the commons grazing consultation response and whats her number");
    expect(a.answer).toContain("Philippa Quennell");
    expect(a.answer).toContain("020 7946 0655");
  });
});

describe("a count asked for", () => {
  it("is not answered by a count of something else beside the question's words", async () => {
    const a = await ask("how many responses did the government get to the commons grazing consultation?");
    expect(a.found).toBe(false);
  });

  it("is answered by a count of what it names", async () => {
    const a = await ask("how many councils have asked for a model grazing licence?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Eleven|11/);
  });
});

describe("rows picked by a category with a gloss", () => {
  it("lists the bids on the reserve list ('Reserve (1)', 'Reserve (2)')", async () => {
    const a = await ask("which fencing grant bids are on the reserve list?");
    expect(a.answer).toContain("CFG-03");
    expect(a.answer).toContain("CFG-04");
    expect(a.answer).not.toContain("CFG-01");
    // (Read from the table as its rows with that recommendation, counted.)
    expect(a.answer).toMatch(/2 items with Recommendation: Reserve\b/);
  });
});

describe("a year asked that the papers do not give", () => {
  it("declines a year no table found is of, saying which year it has", async () => {
    const a = await ask("whats the budget for grazing open days in 2029/30");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("2027/28");
  });

  it("declines 'next year' from a table of a year already over", async () => {
    const a = await ask("how much is budgeted for grazing open days next yr");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("2027/28");
  });

  it("answers the year the table is of", async () => {
    const a = await ask("whats the budget for grazing open days in 2027/28");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("14,000");
  });
});

describe("a rate or a level asked for", () => {
  it("is not answered by a passage about the survey that gives no rate", async () => {
    const a = await ask("whats the response rate for the grazier survey");
    expect(a.found).toBe(false);
  });

  it("is answered by the passage giving the rate", async () => {
    const a = await ask("what percentage of commons councils replied about grazing licences?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("65 per cent");
  });

  it("is not answered by a passage saying a cap will be set but not at what level", async () => {
    const a = await ask("what level will the cap on grazing licence fees be set at");
    expect(a.found).toBe(false);
  });

  it("is answered by the passage giving the level", async () => {
    const a = await ask("what level is the deposit for a gate key set at?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("£25");
  });
});

describe("statuses asked in other words than the papers'", () => {
  it("'running late' lists the projects the report calls Delayed, from the report its words name", async () => {
    const a = await ask("which commons fencing projects are running late?");
    expect(a.answer).toContain("FP-02");
    expect(a.answer).not.toContain("FP-01");
    // (The programme's "Late" task is another report's.)
    expect(a.answer).not.toContain("HGP3");
  });

  it("'finished' lists the ones marked Complete", async () => {
    const a = await ask("which commons fencing projects are finished");
    expect(a.answer).toContain("FP-01");
    expect(a.answer).not.toContain("FP-02");
  });

  it("titles the paper by its heading, not by its draft line", async () => {
    const doc = assistant.index.documents.find((d) => d.meta.docId.includes("fencing-progress"))!;
    expect(doc.meta.title).toBe("Commons fencing projects: progress at 31 March 2028");
  });
});

describe("a paper's recommendations, why a row is as it is, and why someone was absent", () => {
  it("'the recs in the … report' are the paper's recommendations", async () => {
    const a = await ask("what are the recs in the commons fencing projects progress report");
    expect(a.answer).toContain("notes the progress of the three fencing projects");
  });

  it("'why is the breckland project delayed' quotes the numbered paragraph that opens with its reference", async () => {
    const a = await ask("why is the breckland fencing project delayed");
    expect(a.answer).toContain("The fencing contractor withdrew in February 2028");
    expect(quoted(a)).toContain("FP-02, Breckland Council. The fencing contractor withdrew");
  });

  it("'why wasn't she at the april meeting' gives the reason the register gives, for that meeting (not the next one's date)", async () => {
    const a = await ask("why wasnt cllr okonedo at the april meeting");
    expect(a.answer).toContain("Attending a Breckland Council licensing hearing");
    expect(a.answer).toContain("26 April 2028");
    expect(a.answer).not.toContain("19 July 2028");
  });
});

describe("a register's other ways of attending, and a total asked as 'so far'", () => {
  it("counts 'Attended virtually' as there, and says how", async () => {
    const a = await ask("who attended the 26 april grazing panel meeting?");
    expect(a.answer).toContain("Treleaven");
    expect(a.answer).toContain("Attended virtually");
  });

  it("'how much … so far' is the table's total row, not each row", async () => {
    const a = await ask("how much have the commons fencing projects been paid so far");
    expect(a.answer).toContain("15,000");
    expect(a.answer).not.toContain("12,000");
  });
});

describe("a row named by a site in another of its cells", () => {
  it("'how much have we paid wealden for crowborough common' reads the row whose site it is", async () => {
    const a = await ask("how much have we paid wealden so far for crowborough common");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("3,000");
  });
});

describe("a date asked, and a date moved", () => {
  it("'when is the forum' is not answered by the forum's budget line: the passages that date it, the move among them", async () => {
    const a = await ask("when is the commons grazing forum this year?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("2 December 2027");
    expect(quoted(a)).toContain("The Chair agreed to move the Forum to Thursday 2 December 2027");
  });

  it("'which officer is leading on the forum' is not answered by the forum's budget line, which names no one", async () => {
    const a = await ask("which officer leads on the grazing forum 2027?");
    expect(a.answer).toContain("Philippa Quennell");
  });

  it("'new deadline for HGP3' reads 'deadline' as asked (not as a word of the papers one slip away) and finds the date agreed instead", async () => {
    const a = await ask("whats the new deadline for HGP3?");
    expect(a.answer).toContain("26 November 2027");
  });
});
