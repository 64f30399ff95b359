// Tiny PNG pictograms for the Easy Read document (no image library needed): each picture is drawn into
// an RGBA buffer with circles, rectangles and thick lines, then written as a PNG with node:zlib.
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
function png(w, h, px) {
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) { raw[y * (w * 4 + 1)] = 0; px.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4); }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
const hex = (s) => [parseInt(s.slice(1, 3), 16), parseInt(s.slice(3, 5), 16), parseInt(s.slice(5, 7), 16)];
function canvas(n = 120) {
  const px = Buffer.alloc(n * n * 4, 255);
  const set = (x, y, c) => { if (x < 0 || y < 0 || x >= n || y >= n) return; const i = (Math.floor(y) * n + Math.floor(x)) * 4; px[i] = c[0]; px[i + 1] = c[1]; px[i + 2] = c[2]; px[i + 3] = 255; };
  const g = {
    circle(cx, cy, r, col, ring = 0) { const c = hex(col); for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) { const d = Math.hypot(x - cx, y - cy); if (d <= r && (!ring || d >= r - ring)) set(x, y, c); } return g; },
    rect(x0, y0, w, h, col) { const c = hex(col); for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, c); return g; },
    line(x0, y0, x1, y1, t, col) { const c = hex(col); const L = Math.hypot(x1 - x0, y1 - y0); for (let s = 0; s <= L; s += 0.5) { const x = x0 + ((x1 - x0) * s) / L, y = y0 + ((y1 - y0) * s) / L; for (let dy = -t / 2; dy <= t / 2; dy++) for (let dx = -t / 2; dx <= t / 2; dx++) set(x + dx, y + dy, c); } return g; },
    person(cx, cy, s, col) { g.circle(cx, cy - 18 * s, 11 * s, col); g.rect(cx - 14 * s, cy - 4 * s, 28 * s, 34 * s, col); return g; },
    png: () => png(n, n, px),
  };
  return g;
}
const BLUE = "#1F4E9A", GREEN = "#2E8B3E", RED = "#C0392B", AMBER = "#E39B1B", GREY = "#7A7A7A";
export const PICTURES = {
  meeting: () => canvas().rect(15, 70, 90, 10, "#8B5A2B").person(35, 55, 0.9, BLUE).person(60, 50, 0.9, GREEN).person(85, 55, 0.9, AMBER).png(),
  calendar: () => canvas().rect(20, 25, 80, 75, GREY).rect(24, 42, 72, 54, "#FFFFFF").rect(20, 25, 80, 15, RED).rect(34, 50, 14, 12, BLUE).png(),
  chair: () => canvas().person(60, 60, 1.3, BLUE).rect(30, 95, 60, 8, "#8B5A2B").circle(60, 22, 8, AMBER).png(),
  people: () => canvas().person(30, 65, 0.8, BLUE).person(60, 60, 0.9, GREEN).person(90, 65, 0.8, RED).png(),
  apologies: () => canvas().person(50, 62, 1, GREY).line(78, 30, 108, 60, 6, RED).line(108, 30, 78, 60, 6, RED).png(),
  interest: () => canvas().person(45, 62, 1, BLUE).rect(72, 30, 34, 26, AMBER).rect(80, 56, 6, 8, AMBER).png(),
  talk: () => canvas().circle(60, 52, 36, BLUE).rect(40, 80, 12, 18, BLUE).circle(45, 52, 5, "#FFFFFF").circle(60, 52, 5, "#FFFFFF").circle(75, 52, 5, "#FFFFFF").png(),
  job: () => canvas().rect(25, 45, 70, 50, "#8B5A2B").rect(45, 33, 30, 14, "#8B5A2B").rect(50, 38, 20, 9, "#FFFFFF").rect(25, 62, 70, 5, AMBER).png(),
  chart: () => canvas().rect(20, 95, 85, 4, GREY).rect(28, 60, 14, 35, GREEN).rect(50, 45, 14, 50, AMBER).rect(72, 30, 14, 65, RED).png(),
  money: () => canvas().circle(60, 60, 40, AMBER).circle(60, 60, 40, "#B7791F", 5).line(48, 82, 76, 82, 5, "#7A4A00").line(52, 82, 55, 40, 5, "#7A4A00").line(46, 62, 68, 62, 5, "#7A4A00").png(),
  tick: () => canvas().circle(60, 60, 42, GREEN).line(38, 60, 54, 76, 9, "#FFFFFF").line(54, 76, 84, 44, 9, "#FFFFFF").png(),
  book: () => canvas().rect(20, 30, 38, 60, BLUE).rect(62, 30, 38, 60, BLUE).rect(26, 38, 26, 44, "#FFFFFF").rect(68, 38, 26, 44, "#FFFFFF").png(),
  next: () => canvas().line(20, 60, 90, 60, 10, BLUE).line(70, 38, 94, 60, 10, BLUE).line(70, 82, 94, 60, 10, BLUE).png(),
  phone: () => canvas().rect(40, 18, 40, 84, "#333333").rect(45, 26, 30, 60, "#9CC3E6").circle(60, 94, 4, "#FFFFFF").png(),
  question: () => canvas().circle(60, 60, 42, AMBER).circle(60, 88, 5, "#FFFFFF").line(60, 70, 60, 60, 7, "#FFFFFF").line(60, 60, 74, 48, 7, "#FFFFFF").line(74, 48, 66, 34, 7, "#FFFFFF").line(66, 34, 50, 38, 7, "#FFFFFF").png(),
};
