/** `/lga …` text to what the bot should do. Briefings and citations are passed to the engine as text. */
export type LgaCommand = { kind: "help" } | { kind: "ask"; question: string } | { kind: "usage"; message: string };

export function parseLgaCommand(text: string): LgaCommand {
  const t = text.trim();
  if (!t || /^(?:help|\?|-h|--help)$/i.test(t)) return { kind: "help" };
  const brief = /^brief(?:\s+me)?(?:\s+on)?\b\s*(.*)$/is.exec(t);
  if (brief) {
    const topic = brief[1]!.trim();
    return topic ? { kind: "ask", question: `brief me on ${topic}` } : { kind: "usage", message: "Tell me what to brief you on, for example `/lga brief Improvement and Innovation Board`." };
  }
  const cite = /^cite\b\s*(.*)$/is.exec(t);
  if (cite) {
    const topic = cite[1]!.trim();
    return topic ? { kind: "ask", question: `cite ${topic}` } : { kind: "usage", message: "Tell me what to cite, for example `/lga cite sector-led improvement`." };
  }
  return { kind: "ask", question: t };
}
