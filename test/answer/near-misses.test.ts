/**
 * Questions the papers come near but do not answer: a role asked of a year the papers do not cover, a
 * council asked of someone listed without one, councils asked of a round that has no table, a sum asked
 * where the papers give none, a body's quorum that only another body's paper gives. Each is declined, and
 * its answerable neighbour still answered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { ASKS_AMOUNT_OF_MONEY, ASKS_RATE, ASKS_WHICH_COUNCILS, holdsCouncilName } from "../../src/answer/expected.js";
import { tempDir, testConfig } from "../helpers/assistant.js";

const MINUTES = `Harbour Towns Forum

Minutes of the meeting held on 12 June 2041

Present: Cllr Ada Lovelock (Chair) – Cornwall Council; Cllr Bram Pettigrew (Vice-Chair); Cllr Cass Hollin – Torbay Council
Apologies: Cllr Dev Marr – North Devon Council

1. Harbour dues
The Forum agreed to ask the Department for figures on harbour dues by September 2041. Harbour masters in eleven councils now share a duty rota, and members thanked them for their work over the winter storms.

2. Harbour grants
Members noted the round 1 awards set out in the paper.
`;

const GRANTS = `# Harbour grants: round 1 awards and round 2

Harbour Towns Forum, 12 June 2041, item 2

Contact officer: Elspeth Quayle, Adviser (Coastal Economy), 020 7946 0412

## Round 1 harbour grants

| Ref | Council | Harbour | Grant |
| --- | --- | --- | --- |
| HG-1 | Cornwall | Porthleven quay repairs | £48,000 |
| HG-2 | Torbay | Brixham fish market ramp | £31,500 |
| HG-3 | Scarborough | West Pier lighting | £12,250 |

## Round 2

Round 2 opens in October 2041. The Department has not yet confirmed the budget for round 2.
`;

const DREDGING_TERMS = `Coastal Dredging Working Group

Terms of reference 2041/42

1. The Working Group advises councils on maintenance dredging of small harbours.
2. The quorum is three members.
3. Chair: Cllr Orla Penhallow – Cornwall Council
`;

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "harbour-towns-forum-minutes-2041-06-12.txt"), MINUTES);
  writeFileSync(join(corpus, "harbour-towns-forum-harbour-grants-2041-06-12.md"), GRANTS);
  writeFileSync(join(corpus, "coastal-dredging-working-group-terms-of-reference-2041.txt"), DREDGING_TERMS);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);

describe("a role asked of a period", () => {
  it("declines a year no paper of the body covers, naming the meetings it does hold", async () => {
    const a = await ask("who chaired the harbour towns forum in 2039/40?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("12 June 2041");
    expect(a.answer).not.toContain("Ada Lovelock");
  });

  it("still answers the role with no period asked", async () => {
    const a = await ask("who chairs the harbour towns forum?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Ada Lovelock");
  });
});

describe("a council asked of a role holder", () => {
  it("says the papers give no council for someone listed without one", async () => {
    const a = await ask("which council is the vice chair of the harbour towns forum from?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("Bram Pettigrew");
    expect(a.answer).toMatch(/no council/);
  });

  it("gives the council of a role holder listed with one", async () => {
    const a = await ask("which council is the chair of the harbour towns forum from?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Cornwall Council");
  });
});

describe("councils asked of a programme's round", () => {
  it("lists the councils of the table the round names, with the rest of each row", async () => {
    const a = await ask("which councils got round 1 harbour grants?");
    expect(a.found).toBe(true);
    for (const council of ["Cornwall", "Torbay", "Scarborough"]) expect(a.answer).toContain(council);
    expect(a.answer).toContain("£31,500");
  });

  it("declines a round whose councils no paper names", async () => {
    const a = await ask("which councils got round 2 harbour grants?");
    expect(a.found).toBe(false);
    expect(a.answer).not.toContain("Scarborough");
  });
});

describe("a sum asked where the papers give none", () => {
  it("declines a pay question answered by no sum of money", async () => {
    const a = await ask("what do councils pay harbour masters?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/no sum of money/);
  });
});

describe("a thing asked that only another body's paper mentions", () => {
  it("declines the quorum of a body whose papers never give one", async () => {
    const a = await ask("whats the quorum for the harbour towns forum?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain('"quorum"');
  });

  it("gives the quorum of the body whose paper does", async () => {
    const a = await ask("whats the quorum for the coastal dredging working group?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("three members");
  });
});

describe("what a question asks for", () => {
  it("reads a percentage sign as asking for a rate", () => {
    expect(ASKS_RATE.test("what % of calls were answered in two minutes?")).toBe(true);
    expect(ASKS_RATE.test("what calls were answered?")).toBe(false);
  });

  it("reads pay, a pot and a worth as asking for a sum", () => {
    expect(ASKS_AMOUNT_OF_MONEY.test("what do councils pay crossing patrols an hour?")).toBe(true);
    expect(ASKS_AMOUNT_OF_MONEY.test("how much is in the pot for round 2?")).toBe(true);
    expect(ASKS_AMOUNT_OF_MONEY.test("what do councils say about crossing patrols?")).toBe(false);
  });

  it("tells a council named from councils in general", () => {
    expect(ASKS_WHICH_COUNCILS.test("which councils got round 1 grants?")).toBe(true);
    expect(holdsCouncilName("Kent County Council made a late bid.")).toBe(true);
    expect(holdsCouncilName("the London Borough of Newham's allocation")).toBe(true);
    expect(holdsCouncilName("The Council agreed the grants. Councils may bid.")).toBe(false);
  });
});
