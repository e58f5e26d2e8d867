#!/usr/bin/env node
/**
 * Generates the add-in icons (assets/icon-{16,32,64,80,128}.png) with pure node + zlib.
 * Glyph: a ledger sheet (台账) — white page with a blue header band and blue ruling,
 * on a Chinese-red rounded square. Rendered with 8×8 supersampling for anti-aliasing.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/)
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;

const RED = [200, 22, 29]; // 中国红 #C8161D
const BLUE = [31, 78, 156]; // 政务蓝 #1F4E9C
const WHITE = [255, 255, 255];

/** Signed-distance style test: is (x, y) inside a rounded rectangle? Coordinates are in [0, 1]. */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= radius * radius;
}

/** Layers painted back to front; the first matching layer from the top wins. */
const PAGE = { left: 0.19, top: 0.17, right: 0.81, bottom: 0.83 };
const LINE = 0.05;
const layers = [
  { color: RED, hit: (x, y) => inRoundedRect(x, y, 0, 0, 1, 1, 0.2) },
  { color: WHITE, hit: (x, y) => inRoundedRect(x, y, PAGE.left, PAGE.top, PAGE.right, PAGE.bottom, 0.04) },
  {
    color: BLUE,
    hit: (x, y) =>
      x >= PAGE.left &&
      x <= PAGE.right &&
      y >= PAGE.top &&
      y <= 0.36 &&
      inRoundedRect(x, y, PAGE.left, PAGE.top, PAGE.right, PAGE.bottom, 0.04),
  },
  {
    // ruling: two horizontal lines and one vertical column divider
    color: BLUE,
    hit: (x, y) => {
      const inPage = x >= PAGE.left + 0.06 && x <= PAGE.right - 0.06 && y > 0.36 && y <= PAGE.bottom - 0.06;
      if (!inPage) return false;
      const horizontal = Math.abs(y - 0.53) <= LINE / 2 || Math.abs(y - 0.69) <= LINE / 2;
      const vertical = Math.abs(x - 0.41) <= LINE / 2;
      return horizontal || vertical;
    },
  },
];

function colorAt(x, y) {
  for (let i = layers.length - 1; i >= 0; i--) {
    if (layers[i].hit(x, y)) return layers[i].color;
  }
  return null;
}

function renderRgba(size) {
  const data = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colorAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        data[o] = Math.round(r / covered);
        data[o + 1] = Math.round(g / covered);
        data[o + 2] = Math.round(b / covered);
        data[o + 3] = Math.round((covered / (n * n)) * 255);
      }
    }
  }
  return data;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typeAndBody = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndBody));
  return Buffer.concat([len, typeAndBody, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type: None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, renderRgba(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)} (${size}×${size})\n`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, renderRgba, encodePng };
