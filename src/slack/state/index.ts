/** The bot's state store the configuration asks for: PostgreSQL when DATABASE_URL is set, else SQLite. */
import type { Config } from "../../config.js";
import { PostgresBotState } from "./postgres.js";
import { SqliteBotState } from "./sqlite.js";
import type { BotState } from "./store.js";

export type { BotState } from "./store.js";

export async function openBotState(slack: Config["slack"]): Promise<BotState> {
  return slack.databaseUrl ? PostgresBotState.connect(slack.databaseUrl) : new SqliteBotState(slack.stateDb);
}
