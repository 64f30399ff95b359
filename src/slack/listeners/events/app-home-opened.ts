/** `app_home_opened`: publish the Home tab (documents and dates held, how to ask, examples). */
import type { App } from "@slack/bolt";
import { checkAccess } from "../../access.js";
import { renderHome } from "../../blocks.js";
import { attempt } from "../../reply.js";
import type { BotServices } from "../../services.js";
import { logRefusal } from "../refusal.js";

export function registerAppHome(app: App, svc: BotServices): void {
  app.event("app_home_opened", async ({ event, client, context }) => {
    if (event.tab !== "home") return;
    if (!checkAccess(svc.access, { teamId: context.teamId, direct: true }).ok) return logRefusal(svc, "team", "the Home tab");
    const view = renderHome(
      svc.guide,
      svc.answerer.engine.documents.map((d) => d.meta),
    );
    await attempt(svc, "views.publish", () => client.views.publish({ user_id: event.user, view }));
  });
}
