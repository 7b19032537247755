/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png): a dark blue tile with three bars in RAG colours
 * rising left to right. Plain PNG written with zlib, no image library. Run: `npx tsx scripts/drawIcons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
const TILE: Rgb = [0x1f, 0x4e, 0x78];
const BARS: { color: Rgb; x0: number; x1: number; top: number }[] = [
  { color: [0x10, 0x7c, 0x41], x0: 0.2, x1: 0.36, top: 0.52 },
  { color: [0xe8, 0xb0, 0x00], x0: 0.42, x1: 0.58, top: 0.36 },
  { color: [0xd1, 0x34, 0x38], x0: 0.64, x1: 0.8, top: 0.2 },
];
const BASE = 0.8;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour at a point of the unit square, or null outside the rounded tile. */
function colourAt(x: number, y: number): Rgb | null {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const bar = BARS.find((b) => x >= b.x0 && x < b.x1 && y >= b.top && y < BASE);
  if (bar) return bar.color;
  if (y >= BASE && y < BASE + 0.05 && x >= 0.16 && x < 0.84) return [0xff, 0xff, 0xff];
  return TILE;
}

/** RGBA pixels, 4×4 supersampled so small sizes stay smooth. */
export function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  const n = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          c.forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
          sum[3] = (sum[3] ?? 0) + 1;
        }
      const covered = sum[3] ?? 0;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = covered ? Math.round((sum[i] ?? 0) / covered) : 0;
      row[1 + px * 4 + 3] = Math.round((covered / (n * n)) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const data = deflateSync(Buffer.concat(rows), { level: 9 });
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80, 128];

if (require.main === module) {
  for (const size of ICON_SIZES)
    writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), drawIcon(size));
  console.log(`assets/icon-{${ICON_SIZES.join(',')}}.png written`);
}
