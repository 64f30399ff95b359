/**
 * Optional allow-lists (SLACK_ALLOWED_TEAMS, SLACK_ALLOWED_CHANNELS). Empty lists allow everything. Direct
 * messages and the assistant pane are conversations with the bot itself: the channel list does not apply
 * to them, only the workspace list.
 */
import type { DeclineReason } from "./blocks.js";

export interface AccessRules {
  allowedTeams: string[];
  allowedChannels: string[];
}

export interface Where {
  teamId?: string | undefined;
  channelId?: string | undefined;
  /** A direct message (channel type "im"; ids starting with D). */
  direct?: boolean;
}

export type Access = { ok: true } | { ok: false; reason: DeclineReason };

export function checkAccess(rules: AccessRules, where: Where): Access {
  if (rules.allowedTeams.length && !(where.teamId && rules.allowedTeams.includes(where.teamId))) return { ok: false, reason: "team" };
  const direct = where.direct ?? where.channelId?.startsWith("D") ?? false;
  if (direct || !rules.allowedChannels.length) return { ok: true };
  if (where.channelId && rules.allowedChannels.includes(where.channelId)) return { ok: true };
  return { ok: false, reason: "channel" };
}
