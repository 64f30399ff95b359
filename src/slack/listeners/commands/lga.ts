/**
 * `/lga <question>`: acknowledged at once with a progress line, then answered (by the work runner) so only
 * the asker sees it, with a "Share in channel" button. `/lga help`, `/lga brief <topic>`, `/lga cite
 * <topic>`. Replies go through the command's response_url, which works even in channels the bot has not
 * joined; the answer replaces the progress line.
 */
import type { App } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { renderDecline, renderHelp } from "../../blocks.js";
import { clip, safeMrkdwn, slackToPlain } from "../../format.js";
import { parseLgaCommand } from "../../command.js";
import type { BotServices } from "../../services.js";
import { submitQuestion } from "../../work/keys.js";

export const COMMAND = "/lga";

export function registerLgaCommand(app: App, svc: BotServices): void {
  app.command(COMMAND, async ({ command, body, ack }) => {
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
    await submitQuestion(svc, body, { question: parsed.question, reply: { via: "response_url", url: command.response_url }, share: true, user: command.user_id, teamId: command.team_id });
  });
}
