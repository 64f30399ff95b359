/**
 * Acks first. Slack retries any request not acknowledged within 3 s, so under a burst the thread that reads
 * requests must not spend its turns on answers. Work that can wait (a listener after its ack, rendering
 * and delivering an answer) awaits `yieldToAcks()`: it resolves in a later turn of the event loop, one
 * caller per turn and in order, so between two such pieces of work the loop reads and acknowledges every
 * request that has arrived.
 */
let lastTurn: Promise<void> = Promise.resolve();

export function yieldToAcks(): Promise<void> {
  const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  lastTurn = turn;
  return turn;
}
