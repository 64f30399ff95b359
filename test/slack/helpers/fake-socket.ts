/**
 * A minimal Socket Mode endpoint for the fake Slack: a WebSocket server (RFC 6455, text frames, ping/pong,
 * close) on the fake's HTTP server. It greets with `hello`, sends envelopes, and records the acks.
 */
import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
  at: number;
}

export class FakeSocketMode {
  readonly acks: SocketAck[] = [];
  private sockets = new Set<Duplex>();
  private connectedWaiters: Array<() => void> = [];

  constructor(server: Server, private readonly path = "/socket") {
    server.on("upgrade", (req: IncomingMessage, socket: Duplex) => this.upgrade(req, socket));
  }

  get connected(): number {
    return this.sockets.size;
  }

  whenConnected(timeoutMs = 5000): Promise<void> {
    if (this.sockets.size) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("no Socket Mode connection")), timeoutMs);
      this.connectedWaiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Send an envelope (events_api, slash_commands, interactive) to every connected client; its id. */
  send(type: "events_api" | "slash_commands" | "interactive", payload: Record<string, unknown>, opts: { retryAttempt?: number; envelopeId?: string } = {}): string {
    const envelopeId = opts.envelopeId ?? randomUUID();
    const msg = { envelope_id: envelopeId, type, payload, accepts_response_payload: type !== "events_api", retry_attempt: opts.retryAttempt ?? 0, retry_reason: opts.retryAttempt ? "timeout" : "" };
    for (const s of this.sockets) s.write(frame(0x1, Buffer.from(JSON.stringify(msg))));
    return envelopeId;
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  private upgrade(req: IncomingMessage, socket: Duplex): void {
    if (!req.url?.startsWith(this.path)) {
      socket.destroy();
      return;
    }
    const key = String(req.headers["sec-websocket-key"] ?? "");
    const accept = createHash("sha1").update(key + GUID).digest("base64");
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => this.sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const parsed = parseFrame(buffer);
        if (!parsed) break;
        buffer = buffer.subarray(parsed.length);
        if (parsed.opcode === 0x1) {
          const msg = JSON.parse(parsed.payload.toString("utf8")) as { envelope_id: string; payload?: Record<string, unknown> };
          this.acks.push({ envelope_id: msg.envelope_id, ...(msg.payload ? { payload: msg.payload } : {}), at: Date.now() });
        } else if (parsed.opcode === 0x9) {
          socket.write(frame(0xa, parsed.payload));
        } else if (parsed.opcode === 0x8) {
          socket.write(frame(0x8, parsed.payload));
          socket.end();
        }
      }
    });
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake-slack" }, connection_info: { app_id: "A_TEST" } }))));
    for (const w of this.connectedWaiters.splice(0)) w();
  }
}

/** A server-to-client frame (final, unmasked). */
function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff]) : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(len)]);
  return Buffer.concat([head, payload]);
}

function bigLength(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** One complete (client, masked) frame from the start of `buf`, or undefined if more bytes are needed. */
function parseFrame(buf: Buffer): { opcode: number; payload: Buffer; length: number } | undefined {
  if (buf.length < 2) return undefined;
  const opcode = buf[0]! & 0x0f;
  const masked = (buf[1]! & 0x80) !== 0;
  let len = buf[1]! & 0x7f;
  let offset = 2;
  if (len === 126) {
    if (buf.length < 4) return undefined;
    len = buf.readUInt16BE(2);
    offset = 4;
  } else if (len === 127) {
    if (buf.length < 10) return undefined;
    len = Number(buf.readBigUInt64BE(2));
    offset = 10;
  }
  const maskLen = masked ? 4 : 0;
  if (buf.length < offset + maskLen + len) return undefined;
  const mask = masked ? buf.subarray(offset, offset + 4) : undefined;
  const payload = Buffer.from(buf.subarray(offset + maskLen, offset + maskLen + len));
  if (mask) for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
  return { opcode, payload, length: offset + maskLen + len };
}
