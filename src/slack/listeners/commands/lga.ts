/**
 * `/lga <question>`: acknowledged at once with a progress line, then answered so only the asker sees it,
 * with a "Share in channel" button. `/lga help`, `/lga brief <topic>`, `/lga cite <topic>`. Replies go
 * through the command's response_url, which works even in channels the bot has not joined.
 */
import type { App, RespondArguments } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { renderAnswer, renderDecline, renderError, renderHelp } from "../../blocks.js";
import { clip, safeMrkdwn, slackToPlain } from "../../format.js";
import { parseLgaCommand } from "../../command.js";
import { attempt } from "../../reply.js";
import type { BotServices } from "../../services.js";

export const COMMAND = "/lga";

export function registerLgaCommand(app: App, svc: BotServices): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    const access = checkAccess(svc.access, { teamId: command.team_id, channelId: command.channel_id, direct: command.channel_id.startsWith("D") || command.channel_name === "directmessage" });
    if (!access.ok) {
      await ack({ response_type: "ephemeral", ...renderDecline(access.reason) });
      return;
    }
    const parsed = parseLgaCommand(slackToPlain(command.text ?? "", svc.bot.userId));
    if (parsed.kind === "help") {
      await ack({ response_type: "ephemeral", ...renderHelp(svc.guide) });
      return;
    }
    if (parsed.kind === "usage") {
      await ack({ response_type: "ephemeral", text: parsed.message });
      return;
    }
    await ack({ response_type: "ephemeral", text: `:hourglass_flowing_sand: Looking through the papers for: _${safeMrkdwn(clip(parsed.question, 300))}_` });
    const outcome = await svc.answerer.ask(parsed.question);
    const messages = outcome.ok ? renderAnswer(outcome.answer, { answerId: outcome.id, share: true, showQuestion: true, coverage: svc.guide.coverage }) : [renderError()];
    for (const m of messages) {
      const reply: RespondArguments = { response_type: "ephemeral", replace_original: false, text: m.text, blocks: m.blocks };
      const sent = await attempt(svc, "response_url (command)", () => respond(reply));
      if (!sent.ok) break;
    }
  });
}
