/**
 * Files in Word's Rich Text Format and Outlook's TNEF ("winmail.dat"), written as Word and Exchange write
 * them, for the loaders' tests: an RTF document with Word's tables of fonts, colours and styles, a
 * document-information group, `\'hh` bytes and `\uN` characters, a field and a table; a TNEF stream
 * carrying files as attachment attributes; an e-mail whose only attachment is that stream.
 */

/** An RTF document as Word writes it, around a body of RTF paragraphs and rows. */
export function wordRtf(title: string, body: string): string {
  return [
    String.raw`{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\deflang2057`,
    String.raw`{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f34\fbidi \fswiss\fcharset0\fprq2 Arial;}}`,
    String.raw`{\colortbl;\red0\green0\blue0;\red192\green0\blue0;}`,
    String.raw`{\*\defchp \fs22\lang2057 }{\*\defpap \ql \li0\ri0\sa160 }`,
    String.raw`{\stylesheet{\ql \li0\ri0\sa160\widctlpar \f34\fs22 \snext0 \sqformat Normal;}{\s1\ql \li0\ri0\sb240\keepn\outlinelevel0 \b\fs32 \sbasedon0 \snext0 \sqformat heading 1;}{\*\cs10 \additive \ssemihidden Default Paragraph Font;}}`,
    String.raw`{\*\rsidtbl \rsid4719318\rsid4719412}{\*\generator Microsoft Word 11.0.8125;}`,
    String.raw`{\info{\title ${title}}{\author Democratic Services}{\creatim\yr2171\mo3\dy14\hr9\min5}}`,
    String.raw`{\header \pard\plain \f34\fs16 Harbour Walls Panel \u8211\'96 header text\par}`,
    body,
    "}",
  ].join("\r\n");
}

/** A paragraph of plain runs, as Word writes one (its properties reset, `\rtlch\fcs1` noise on each run). */
export const rtfParagraph = (runs: string, style = "") => String.raw`\pard\plain ${style}\ltrpar\ql \li0\ri0\sa160\widctlpar {\rtlch\fcs1 \af31507 \ltrch\fcs0 \f34\fs22 ${runs}}\par` + "\r\n";

/** A table row: Word's row definition, each cell's paragraph ending in `\cell`, the definition again and `\row`. */
export function rtfRow(cells: string[]): string {
  const definition = String.raw`\trowd \irow0\ts11\trgaph108\trleft-108` + cells.map((_, i) => String.raw`\clvertalt\clbrdrt\brdrs\brdrw10 \cellx${(i + 1) * 2000}`).join("");
  const content = cells.map((c) => String.raw`\pard\plain \ltrpar\ql \intbl {\rtlch\fcs1 \af31507 \ltrch\fcs0 \f34\fs20 ${c}}\cell `).join("");
  return `${definition}\r\n${content}\\pard\\plain \\ltrpar\\intbl {${definition}\\row }\r\n`;
}

/** One TNEF attribute: level, id (type in the high word), length, data and the data's checksum. */
function tnefAttribute(level: 1 | 2, id: number, data: Buffer): Buffer {
  const head = Buffer.alloc(9);
  head.writeUInt8(level, 0);
  head.writeUInt32LE(id >>> 0, 1);
  head.writeUInt32LE(data.length, 5);
  const checksum = Buffer.alloc(2);
  checksum.writeUInt16LE(data.reduce((sum, byte) => (sum + byte) & 0xffff, 0), 0);
  return Buffer.concat([head, data, checksum]);
}

const padded = (b: Buffer) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
};

/** The MAPI properties of an attachment: PR_ATTACH_LONG_FILENAME (Unicode) after a PR_ATTACH_METHOD. */
function attachmentProperties(longName: string): Buffer {
  const name = Buffer.from(`${longName}\0`, "utf16le");
  return Buffer.concat([
    uint32(2),
    Buffer.from([0x03, 0x00, 0x05, 0x37]), // PT_LONG, PR_ATTACH_METHOD
    uint32(1),
    Buffer.from([0x1f, 0x00, 0x07, 0x37]), // PT_UNICODE, PR_ATTACH_LONG_FILENAME
    uint32(1),
    uint32(name.length),
    padded(name),
  ]);
}

/** A winmail.dat stream: the message's class and subject, then each file as an attachment (8.3 title and long name). */
export function tnefStream(subject: string, files: { shortName: string; longName: string; data: Buffer }[]): Buffer {
  const signature = Buffer.alloc(6);
  signature.writeUInt32LE(0x223e9f78, 0);
  signature.writeUInt16LE(0x0001, 4);
  return Buffer.concat([
    signature,
    tnefAttribute(1, 0x00089006, uint32(0x00010000)), // attTnefVersion
    tnefAttribute(1, 0x00078008, Buffer.from("IPM.Microsoft Mail.Note\0", "latin1")), // attMessageClass
    tnefAttribute(1, 0x00018004, Buffer.from(`${subject}\0`, "latin1")), // attSubject
    ...files.flatMap((f) => [
      tnefAttribute(2, 0x00069002, Buffer.alloc(14)), // attAttachRenddata
      tnefAttribute(2, 0x00018010, Buffer.from(`${f.shortName}\0`, "latin1")), // attAttachTitle
      tnefAttribute(2, 0x0006800f, f.data), // attAttachData
      tnefAttribute(2, 0x00069005, attachmentProperties(f.longName)), // attAttachment
    ]),
  ]);
}

/** An Outlook rich-text message as another mail system receives it: a plain covering note and winmail.dat. */
export function emailWithWinmail(opts: { from: string; to: string; subject: string; date: string; note: string; winmail: Buffer }): string {
  const boundary = "_000_LO2P265MB4417TNEFTEST_";
  const base64 = opts.winmail.toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    `From: ${opts.from}`,
    `To: ${opts.to}`,
    `Subject: ${opts.subject}`,
    `Date: ${opts.date}`,
    "X-MS-Has-Attach: yes",
    "X-MS-TNEF-Correlator: <LO2P265MB4417TNEFTEST@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    'Content-Type: text/plain; charset="Windows-1252"',
    "Content-Transfer-Encoding: 7bit",
    "",
    opts.note,
    "",
    `--${boundary}`,
    'Content-Type: application/ms-tnef; name="winmail.dat"',
    "Content-Transfer-Encoding: base64",
    'Content-Disposition: attachment; filename="winmail.dat"',
    "",
    base64,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
