/** Text safety, incoming text, the /lga grammar and access rules: the small pure pieces of the bot. */
import { describe, expect, it } from "vitest";
import { checkAccess } from "../../src/slack/access.js";
import { parseLgaCommand } from "../../src/slack/command.js";
import { looksLikeQuestion, mrkdwnLink, safeMrkdwn, messageText, slackToPlain, WORD_JOINER } from "../../src/slack/format.js";
import { BoundedMap } from "../../src/slack/memory.js";

describe("safeMrkdwn", () => {
  it("strikes words the papers strike through as Slack does", () => {
    expect(safeMrkdwn("The Task Group meets ~~five~~ four times a year.")).toBe("The Task Group meets ~five~ four times a year.");
  });

  it("escapes &, < and > so no Slack control sequence survives", () => {
    const out = safeMrkdwn("<!channel> <!here> <!everyone> <@U123ABC> <#C0123|general> <!subteam^S01|team> <https://x.test|click> a & b > c");
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain("&lt;!");
    expect(out).toContain("a &amp; b &gt; c");
  });

  it("defuses plain @channel, @here and @everyone but keeps them readable", () => {
    const out = safeMrkdwn("@here the venue moved; @channel and @Everyone too; email x@here.org stays");
    expect(out).not.toMatch(/@(?:here|channel|everyone)\b/i);
    expect(out).toContain(`@${WORD_JOINER}here`);
    expect(out.replaceAll(WORD_JOINER, "")).toContain("@here the venue moved");
  });

  it("builds links whose URL and label cannot break out", () => {
    expect(mrkdwnLink("https://docs.test/a b.pdf?x=1&y=<2>|z", "Report | <!channel>")).toBe("<https://docs.test/a b.pdf?x=1&amp;y=&lt;2&gt;%7Cz|Report ¦ &lt;!" + WORD_JOINER + "channel&gt;>");
    expect(mrkdwnLink("javascript:alert(1)", "x")).toBe("x");
  });
});

describe("slackToPlain", () => {
  it("removes the bot's mention, keeps other people's names, unescapes", () => {
    expect(slackToPlain("<@UBOT123> who chairs the board &amp; when? cc <@U999|alice> in <#C1|general> <!here>", "UBOT123")).toBe("who chairs the board & when? cc @alice in #general");
    expect(slackToPlain("see <https://example.org/x|the paper> and <https://example.org/y>")).toBe("see the paper and https://example.org/y");
  });
});

describe("messageText", () => {
  it("reads the words from rich-text blocks when a client sends an empty text", () => {
    const blocks = [
      {
        type: "rich_text",
        elements: [
          {
            type: "rich_text_section",
            elements: [
              { type: "user", user_id: "U_BOT" },
              { type: "text", text: " which targets were " },
              { type: "text", text: "Red", style: { bold: true } },
              { type: "text", text: " in March 2019? " },
              { type: "emoji", name: "eyes" },
            ],
          },
        ],
      },
    ];
    const text = messageText({ text: "", blocks });
    expect(text).toBe("<@U_BOT> which targets were Red in March 2019?");
    expect(slackToPlain(text, "U_BOT")).toBe("which targets were Red in March 2019?");
    expect(messageText({ text: "plain wins", blocks })).toBe("plain wins");
  });
});

describe("looksLikeQuestion", () => {
  it("tells follow-up questions from chatter", () => {
    for (const q of ["and which were Amber?", "what about 2013", "Which targets were Red", "brief me on the board", "cite the risk register"]) expect(looksLikeQuestion(q), q).toBe(true);
    for (const c of ["thanks!", "great, see you at 3", "👍", "ok"]) expect(looksLikeQuestion(c), c).toBe(false);
  });
});

describe("/lga", () => {
  it("parses help, briefings, citations and questions", () => {
    expect(parseLgaCommand("")).toEqual({ kind: "help" });
    expect(parseLgaCommand("help")).toEqual({ kind: "help" });
    expect(parseLgaCommand("brief Improvement and Innovation Board")).toEqual({ kind: "ask", question: "brief me on Improvement and Innovation Board" });
    expect(parseLgaCommand("brief me on the risks")).toEqual({ kind: "ask", question: "brief me on the risks" });
    expect(parseLgaCommand("cite sector-led improvement")).toEqual({ kind: "ask", question: "cite sector-led improvement" });
    expect(parseLgaCommand("brief").kind).toBe("usage");
    expect(parseLgaCommand("Which targets were Red in March 2019?")).toEqual({ kind: "ask", question: "Which targets were Red in March 2019?" });
    expect(parseLgaCommand("briefing papers for March?")).toEqual({ kind: "ask", question: "briefing papers for March?" });
  });
});

describe("access", () => {
  const rules = { allowedTeams: ["T1"], allowedChannels: ["C1"] };
  it("allows the listed team and channels, DMs in the listed team, and everything when lists are empty", () => {
    expect(checkAccess(rules, { teamId: "T1", channelId: "C1" })).toEqual({ ok: true });
    expect(checkAccess(rules, { teamId: "T1", channelId: "C2" })).toEqual({ ok: false, reason: "channel" });
    expect(checkAccess(rules, { teamId: "T2", channelId: "C1" })).toEqual({ ok: false, reason: "team" });
    expect(checkAccess(rules, { teamId: "T1", channelId: "D9" })).toEqual({ ok: true });
    expect(checkAccess(rules, { teamId: "T2", channelId: "D9" })).toEqual({ ok: false, reason: "team" });
    expect(checkAccess({ allowedTeams: [], allowedChannels: [] }, { teamId: "T9", channelId: "C9" })).toEqual({ ok: true });
  });
});

describe("bounded memories", () => {
  it("evict the least recently used entry and expire old ones", () => {
    let now = 0;
    const m = new BoundedMap<string, number>(2, 100, () => now);
    m.set("a", 1).set("b", 2);
    m.get("a");
    m.set("c", 3);
    expect([m.has("a"), m.has("b"), m.has("c")]).toEqual([true, false, true]);
    now = 150;
    expect(m.get("a")).toBeUndefined();
  });
});
