/**
 * A document full of broadcast tokens ("<!channel>", "@here", a title with "<!channel> <!here>") must not
 * let the bot ping anyone, wherever its text appears: answers, sources, "not found" replies, the Home tab.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WORD_JOINER } from "../../src/slack/format.js";
import { answersIn, blockTexts, mention, message, openTestAssistant, sendCommand, sendEvent, startTestBot, uniqueTs, type TestAssistant, type TestBot } from "./helpers/harness.js";

let corpus: string;
let t: TestAssistant;
let bot: TestBot;

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), "lga-notice-"));
  writeFileSync(
    join(corpus, "members-notice-2019-03.txt"),
    [
      "Members' notice, March 2019",
      "",
      "Papers for the Improvement and Innovation Board",
      "",
      "<!channel> please read the revised papers before the meeting of the Improvement and Innovation Board on 14 March 2019.",
      "",
      "@here the revised papers are published on the members' portal, and @channel announcements are not used for board business.",
      "",
    ].join("\n"),
  );
  // The title (used in answers, sources and coverage) carries the tokens verbatim.
  writeFileSync(join(corpus, "members-notice-2019-03.txt.meta.json"), JSON.stringify({ title: "Members notice <!channel> <!here> March 2019" }));
  t = await openTestAssistant(corpus);
  bot = await startTestBot(t);
});

afterAll(async () => {
  await bot?.stop();
  t?.cleanup();
  rmSync(corpus, { recursive: true, force: true });
});

/** Everything the bot sent to Slack, except button values (data returned to the bot, never displayed). */
function everythingSent(): string {
  const strip = (_k: string, v: unknown) => (_k === "value" ? undefined : v);
  return [...bot.fake.calls.map((c) => JSON.stringify(c.args, strip)), ...bot.fake.responses.map((r) => JSON.stringify(r.body, strip))].join("\n");
}

describe("document text that tries to ping", () => {
  it("is shown escaped and pings no one, in answers, sources, replies and the Home tab", async () => {
    const m1 = mention("Where are the revised papers published?");
    await sendEvent(bot, m1);
    await sendEvent(bot, message("What should members read before the meeting?", { channel: "D_ALICE" }));
    await sendEvent(bot, mention("Which targets were Red in March 2019?")); // not in the papers: the reply lists the (hostile) title
    await sendCommand(bot, { text: "Where are the revised papers published?", response_url: bot.fake.responseUrl("cmd") });
    await sendEvent(bot, { type: "app_home_opened", user: "U_ALICE", channel: "D_ALICE", tab: "home", event_ts: uniqueTs() });
    await bot.running.whenIdle();

    const { answers } = answersIn(bot.fake, "C_GENERAL", m1.ts as string);
    expect(answers).toHaveLength(1);
    const shown = blockTexts(answers[0]!.blocks).join("\n");
    // The text is still there for people to read…
    expect(shown).toContain(`@${WORD_JOINER}here the revised papers are published`);
    expect(shown).toContain(`Members notice &lt;!${WORD_JOINER}channel&gt; &lt;!${WORD_JOINER}here&gt; March 2019`);
    expect(bot.fake.responses.find((r) => r.id === "cmd")).toBeDefined();
    expect(bot.fake.callsOf("views.publish")).toHaveLength(1);

    // …but nothing the bot sent can broadcast or mention.
    const sent = everythingSent();
    expect(sent.length).toBeGreaterThan(1000);
    expect(sent).not.toContain("<!channel>");
    expect(sent).not.toContain("<!here>");
    expect(sent).not.toMatch(/<[!@#]/);
    expect(sent).not.toMatch(/@(?:here|channel|everyone)\b/);
  });
});
