/**
 * "Share in channel" on an answer only the asker could see: posts it for everyone through the response_url
 * (falling back to chat.postMessage), then removes the private copy. The answer comes from the cache, or
 * is asked again when the cache no longer has it (after a restart).
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { ACTIONS, decodeRef, renderAnswer, renderDecline } from "../../blocks.js";
import { attempt, postMessage } from "../../reply.js";
import type { BotServices } from "../../services.js";

export function registerShare(app: App, svc: BotServices): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, body, action, respond, client }) => {
    await ack();
    const channel = body.channel?.id;
    const teamId = body.team?.id ?? body.user.team_id;
    // Sharing posts for everyone there: a DM between people is a conversation like any other (not the bot's DM).
    const access = checkAccess(svc.access, { teamId, channelId: channel, direct: false });
    if (!access.ok) {
      await attempt(svc, "response_url (share)", () => respond({ response_type: "ephemeral", replace_original: false, ...renderDecline(access.reason) }));
      return;
    }
    const ref = decodeRef(action.value);
    let stored = ref ? await svc.answerer.recall(ref.id) : undefined;
    if (!stored && ref?.question) {
      const again = await svc.answerer.ask(ref.question);
      if (again.ok) stored = { id: again.id, question: ref.question, answer: again.answer };
    }
    if (!stored) {
      await attempt(svc, "response_url (share)", () => respond({ response_type: "ephemeral", replace_original: false, text: "Sorry, that answer is no longer available. Please ask again." }));
      return;
    }
    const messages = renderAnswer(stored.answer, { answerId: stored.id, showQuestion: true, coverage: svc.guide.coverage });
    let shared = true;
    for (const m of messages) {
      const r = await attempt(svc, "response_url (share)", () => respond({ response_type: "in_channel", replace_original: false, text: m.text, blocks: m.blocks }));
      if (!r.ok) {
        shared = false;
        break;
      }
    }
    if (!shared && channel) {
      shared = true;
      for (const m of messages) if (!(await postMessage(svc, client, { channel }, m)).ok) shared = false;
    }
    if (shared) await attempt(svc, "response_url (delete)", () => respond({ delete_original: true }));
    else
      await attempt(svc, "response_url (share)", () =>
        respond({ response_type: "ephemeral", replace_original: false, text: "Sorry, I couldn't share that here. Invite me to the channel (`/invite` me) and try again." }),
      );
  });
}
