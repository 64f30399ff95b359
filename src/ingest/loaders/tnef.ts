/**
 * Transport Neutral Encapsulation Format (TNEF, "winmail.dat"): how Outlook and Exchange send a rich-text
 * message to a mail system that is not Exchange. The message's attachments (minutes as a Word or RTF file,
 * a paper as a PDF) are not MIME parts of their own but records inside this one binary part, so a reader
 * that does not open it sees a covering note and a file called winmail.dat.
 *
 * The stream ([MS-OXTNEF] 2.1.3): a signature 0x223E9F78, a key, then attributes, each a level (1 the
 * message, 2 an attachment), an id (its low word the attribute, its high word the type), a length, the
 * data and a checksum. An attachment begins at attAttachRenddata; its bytes are attAttachData, its short
 * name attAttachTitle, and its long name (PR_ATTACH_LONG_FILENAME) is among the MAPI properties of
 * attAttachment. Only what a reader needs is decoded: each attachment's name and bytes.
 */

import { withWindowsPunctuation } from "./text.js";

const SIGNATURE = 0x223e9f78;
const LEVEL_ATTACHMENT = 2;
const ATT_ATTACH_RENDDATA = 0x9002;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACHMENT = 0x9005;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_DISPLAY_NAME = 0x3001;

export interface TnefAttachment {
  /** The file's name: its long name where the stream gives one, else its 8.3 title. */
  name: string;
  data: Buffer;
}

/** True if the bytes are a TNEF stream. */
export function isTnef(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(0) === SIGNATURE;
}

/** The attachments a TNEF stream carries, in order; an attribute cut short ends the reading there. */
export function tnefAttachments(bytes: Uint8Array): TnefAttachment[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isTnef(buf)) return [];
  const found: { title?: string; longName?: string; data?: Buffer }[] = [];
  let at = 6; // signature (4) and legacy key (2)
  while (at + 9 <= buf.length) {
    const level = buf.readUInt8(at);
    const id = buf.readUInt32LE(at + 1) & 0xffff;
    const length = buf.readUInt32LE(at + 5);
    const start = at + 9;
    const end = start + length;
    if (end + 2 > buf.length) break;
    const data = buf.subarray(start, end);
    at = end + 2; // the checksum is not checked: a reader opens the file whatever it says
    if (level !== LEVEL_ATTACHMENT) continue;
    if (id === ATT_ATTACH_RENDDATA || !found.length) found.push({});
    const current = found[found.length - 1]!;
    if (id === ATT_ATTACH_DATA) current.data = data;
    else if (id === ATT_ATTACH_TITLE) current.title = cString(data);
    else if (id === ATT_ATTACHMENT) current.longName = mapiString(data, PR_ATTACH_LONG_FILENAME) ?? mapiString(data, PR_DISPLAY_NAME);
  }
  return found
    .filter((a): a is typeof a & { data: Buffer } => !!a.data)
    .map((a) => ({ name: a.longName || a.title || "attachment", data: a.data }));
}

/** A NUL-terminated 8-bit string (the stream's own strings are in the message's code page; names are ASCII). */
function cString(data: Buffer): string {
  const nul = data.indexOf(0);
  return withWindowsPunctuation(new TextDecoder("windows-1252").decode(nul >= 0 ? data.subarray(0, nul) : data)).trim();
}

const FIXED_SIZES: Record<number, number> = {
  0x0002: 4, // PT_SHORT, padded to 4
  0x0003: 4, // PT_LONG
  0x0004: 4, // PT_FLOAT
  0x0005: 8, // PT_DOUBLE
  0x0006: 8, // PT_CURRENCY
  0x0007: 8, // PT_APPTIME
  0x000a: 4, // PT_ERROR
  0x000b: 4, // PT_BOOLEAN, padded to 4
  0x0014: 8, // PT_I8
  0x0040: 8, // PT_SYSTIME
  0x0048: 16, // PT_CLSID
};
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const VARIABLE_TYPES = new Set([PT_STRING8, PT_UNICODE, 0x0102 /* PT_BINARY */, 0x000d /* PT_OBJECT */]);
const MULTI_VALUED = 0x1000;

/**
 * A string property of a MAPI property list ([MS-OXTNEF] 2.1.3.4): a count, then each property's type and
 * id, a name if it is a named property, and its value(s), every value padded to four bytes. Undefined if
 * the property is absent or the list cannot be read.
 */
function mapiString(data: Buffer, wanted: number): string | undefined {
  try {
    let at = 0;
    const count = data.readUInt32LE(at);
    at += 4;
    for (let p = 0; p < count; p++) {
      const type = data.readUInt16LE(at);
      const id = data.readUInt16LE(at + 2);
      at += 4;
      if (id >= 0x8000) {
        at += 16; // the property set's GUID
        const kind = data.readUInt32LE(at);
        at += 4;
        if (kind === 0) at += 4;
        else {
          const nameLength = data.readUInt32LE(at);
          at += 4 + padded(nameLength);
        }
      }
      const base = type & ~MULTI_VALUED;
      const values = type & MULTI_VALUED || VARIABLE_TYPES.has(base) ? data.readUInt32LE(at) : 1;
      if (type & MULTI_VALUED || VARIABLE_TYPES.has(base)) at += 4;
      for (let v = 0; v < values; v++) {
        if (VARIABLE_TYPES.has(base)) {
          const length = data.readUInt32LE(at);
          const value = data.subarray(at + 4, at + 4 + length);
          at += 4 + padded(length);
          if (id === wanted && (base === PT_UNICODE || base === PT_STRING8)) {
            const text = base === PT_UNICODE ? value.toString("utf16le") : withWindowsPunctuation(new TextDecoder("windows-1252").decode(value));
            return text.replace(/\0+$/, "").trim() || undefined;
          }
        } else {
          const size = FIXED_SIZES[base];
          if (size === undefined) return undefined;
          at += size;
        }
      }
    }
  } catch {
    // a property list cut short: the name is taken from the attachment's title instead
  }
  return undefined;
}

const padded = (n: number) => (n + 3) & ~3;
