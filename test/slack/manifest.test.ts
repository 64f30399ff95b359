/** The checked-in app manifest asks for what the bot listens to and calls, and nothing it cannot use. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const manifest = readFileSync(join(import.meta.dirname, "..", "..", "slack", "manifest.yml"), "utf8");
const listed = (key: string) => {
  const block = new RegExp(`\\n(\\s*)${key}:\\n((?:\\1\\s+- .*\\n)+)`).exec(manifest);
  return block ? [...block[2]!.matchAll(/- ([\w.:]+)/g)].map((m) => m[1]!) : [];
};

describe("slack/manifest.yml", () => {
  it("subscribes to every event the bot handles", () => {
    expect(listed("bot_events").sort()).toEqual(
      ["app_home_opened", "app_mention", "assistant_thread_context_changed", "assistant_thread_started", "message.channels", "message.groups", "message.im"].sort(),
    );
  });

  it("asks for the scopes those events and calls need", () => {
    expect(listed("bot").sort()).toEqual(["app_mentions:read", "assistant:write", "channels:history", "chat:write", "commands", "groups:history", "im:history", "im:read", "im:write"].sort());
  });

  it("declares /lga, interactivity, the Home tab, the assistant pane and Socket Mode", () => {
    expect(manifest).toMatch(/- command: \/lga\n/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/assistant_view:/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
  });
});
