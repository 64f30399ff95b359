/** 👍/👎 under an answer: recorded (question, answer, user, time) to the feedback log, thanked privately. */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { ACTIONS, decodeRef } from "../../blocks.js";
import type { FeedbackEntry } from "../../feedback.js";
import { attempt } from "../../reply.js";
import type { BotServices } from "../../services.js";

export function registerFeedback(app: App, svc: BotServices): void {
  app.action<BlockAction<ButtonAction>>(/^lga_feedback_(?:up|down)$/, async ({ ack, body, action, respond }) => {
    await ack();
    // The allow-lists apply to every entry point: a click from elsewhere is not recorded.
    const access = checkAccess(svc.access, { teamId: body.team?.id ?? body.user.team_id, channelId: body.channel?.id, direct: body.channel?.id?.startsWith("D") ?? false });
    if (!access.ok) {
      svc.logger.info(`feedback not recorded: ${access.reason === "team" ? "workspace" : "channel"} not allowed`);
      return;
    }
    const rating = action.action_id === ACTIONS.feedbackUp ? "up" : "down";
    const ref = decodeRef(action.value);
    const stored = ref ? await svc.answerer.recall(ref.id) : undefined;
    const answer = stored?.answer;
    const entry: FeedbackEntry = {
      time: new Date().toISOString(),
      rating,
      user: body.user.id,
      ...(body.team?.id ? { team: body.team.id } : {}),
      ...(body.channel?.id ? { channel: body.channel.id } : {}),
      question: stored?.question ?? ref?.question ?? "",
      // Without the cached answer (after a restart), the message's own fallback text is the answer.
      answer: answer?.answer ?? body.message?.text ?? "",
      ...(answer ? { found: answer.found, mode: answer.mode, sources: answer.citations.map((c) => ({ docId: c.docId, locator: c.locator })) } : {}),
      ...(ref ? { answerId: ref.id } : {}),
    };
    const written = await svc.feedback.record(entry);
    if (!written.ok) svc.logger.error(`could not record feedback in ${svc.feedback.path}: ${written.error}`);
    const text = written.ok
      ? `Thanks, your ${rating === "up" ? "👍" : "👎"} is recorded${rating === "down" ? ": it helps us see where the answers fall short." : "."}`
      : "Sorry, I couldn't record that feedback just now.";
    await attempt(svc, "response_url (feedback)", () => respond({ response_type: "ephemeral", replace_original: false, text }));
  });
}
