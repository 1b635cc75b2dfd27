#!/usr/bin/env node
"use strict";
// Tegner Takstskemas ikoner i ren JavaScript og skriver dem som PNG (zlib fra Node):
//   assets/icon-{16,32,64,80,128}.png    et regneark med en grøn flueben-mærkat (produktet)
// Kør: node scripts/lav-ikoner.js [udmappe]   (standard: assets/)
// Figurerne lægges i pixelkoordinater, så gitterlinjerne falder på hele pixels ved hver
// størrelse; kanterne udglattes ved at tage 4×4 prøver pr. pixel.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const FARVER = {
  blaa: [0x1f, 0x5f, 0x99], // ramme og overskriftsrække
  blaaLys: [0xa9, 0xc7, 0xe3], // gitterlinjer
  hvid: [0xff, 0xff, 0xff],
  arkBund: [0xf6, 0xfa, 0xfd],
  groen: [0x2e, 0x8b, 0x57],
  groenMoerk: [0x23, 0x6b, 0x43],
};

// ---------- figurer: funktioner (x, y) → sand, når punktet ligger inde ----------

function rektangel(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
}

function afrundetRektangel(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function cirkel(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** En streg med runde ender gennem punkterne (en polylinje med tykkelsen b). */
function streg(punkter, b) {
  const r = b / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < punkter.length; i++) {
      const [ax, ay] = punkter[i];
      const [bx, by] = punkter[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r) return true;
    }
    return false;
  };
}

// ---------- lærred ----------

function lavLaerred(s) {
  return { s, px: new Float64Array(s * s * 4) }; // præmultipliceret RGBA, 0..1
}

/** Maler en figur i en farve oven på lærredet (source-over), med 4×4 prøver pr. pixel. */
function mal(laerred, figur, farve, alfa = 1) {
  const { s, px } = laerred;
  const N = 4;
  const [r, g, b] = farve.map((c) => c / 255);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      let inde = 0;
      for (let j = 0; j < N; j++) {
        for (let i = 0; i < N; i++) {
          if (figur(x + (i + 0.5) / N, y + (j + 0.5) / N)) inde++;
        }
      }
      if (inde === 0) continue;
      const a = (alfa * inde) / (N * N);
      const k = (y * s + x) * 4;
      px[k] = r * a + px[k] * (1 - a);
      px[k + 1] = g * a + px[k + 1] * (1 - a);
      px[k + 2] = b * a + px[k + 2] * (1 - a);
      px[k + 3] = a + px[k + 3] * (1 - a);
    }
  }
}

// ---------- PNG ----------

const CRC_TABEL = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABEL[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const laengde = Buffer.alloc(4);
  laengde.writeUInt32BE(data.length);
  const typeOgData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeOgData));
  return Buffer.concat([laengde, typeOgData, crc]);
}

function tilPng(laerred) {
  const { s, px } = laerred;
  const raa = Buffer.alloc(s * (1 + s * 4));
  for (let y = 0; y < s; y++) {
    const linje = y * (1 + s * 4);
    raa[linje] = 0; // filtertype None
    for (let x = 0; x < s; x++) {
      const k = (y * s + x) * 4;
      const a = px[k + 3];
      const o = linje + 1 + x * 4;
      // PNG gemmer ikke-præmultipliceret farve.
      for (let c = 0; c < 3; c++) raa[o + c] = a > 0 ? Math.round(Math.min(1, px[k + c] / a) * 255) : 0;
      raa[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; // bitdybde
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raa, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- motiverne ----------

/** Fluebenets tre punkter i en cirkel med centrum (cx, cy) og radius r. */
function flueben(cx, cy, r) {
  return [
    [cx - 0.5 * r, cy + 0.02 * r],
    [cx - 0.14 * r, cy + 0.38 * r],
    [cx + 0.52 * r, cy - 0.34 * r],
  ];
}

/** Regnearket: hvidt ark med blå ramme og overskriftsrække, gitter og et grønt flueben. */
function tegnProduktikon(s) {
  const l = lavLaerred(s);
  const lille = s <= 16;
  const kant = Math.max(1, Math.round(s / 32)); // rammens og gitterets tykkelse
  const m = lille ? 0 : Math.round(s / 16); // luft omkring arket
  const x0 = m;
  const y0 = m + (lille ? 1 : 0);
  const x1 = s - m;
  const y1 = s - m - (lille ? 1 : 0);
  const r = Math.max(1, Math.round(s / 10));

  // Arket: en blå afrundet flade; under overskriftsrækken en lys flade inden for rammen.
  const hoved = y0 + (lille ? 3 : Math.round((y1 - y0) * 0.27));
  mal(l, afrundetRektangel(x0, y0, x1, y1, r), FARVER.blaa);
  const indre = afrundetRektangel(x0 + kant, y0 + kant, x1 - kant, y1 - kant, Math.max(0.5, r - kant));
  mal(l, (x, y) => y >= hoved && indre(x, y), FARVER.arkBund);

  // Gitteret: en smal rækkeoverskrift-kolonne og to datakolonner; tre rækker.
  const bredde = x1 - x0;
  const kolonner = lille ? [0.36, 0.68] : [0.27, 0.6];
  for (const k of kolonner) {
    const x = x0 + Math.round(bredde * k);
    mal(l, rektangel(x, hoved, x + kant, y1 - kant), FARVER.blaaLys);
  }
  const raekker = lille ? 2 : 3;
  for (let i = 1; i < raekker; i++) {
    const y = hoved + Math.round(((y1 - kant - hoved) * i) / raekker);
    mal(l, rektangel(x0 + kant, y, x1 - kant, y + kant), FARVER.blaaLys);
  }
  // Tynde lyse streger i overskriftsrækken antyder kolonnebogstaverne.
  if (!lille) {
    for (const k of kolonner) {
      const x = x0 + Math.round(bredde * k);
      mal(l, rektangel(x, y0 + kant * 2, x + kant, hoved), FARVER.blaaLys, 0.7);
    }
  }

  // Fluebenet i en grøn cirkel nederst til højre, med hvid kant mod gitteret.
  // Ved 16 px ligger centrum midt i en pixel, så cirklen bliver symmetrisk.
  const cr = lille ? 4.5 : s * 0.27;
  const cx = lille ? 11.5 : s - cr - s * 0.03;
  const cy = lille ? 11.5 : s - cr - s * 0.03;
  mal(l, cirkel(cx, cy, cr + Math.max(1, s / 32)), FARVER.hvid);
  mal(l, cirkel(cx, cy, cr), FARVER.groen);
  // Ved 16 px lægges fluebenet på pixelgitteret, ellers bliver det grumset.
  const ben = lille
    ? [
        [8.7, 11.5],
        [10.5, 13.3],
        [14, 9.8],
      ]
    : flueben(cx, cy, cr);
  mal(l, streg(ben, lille ? 1.8 : cr * 0.3), FARVER.hvid);
  return l;
}

function main() {
  const ud = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(ud, { recursive: true });
  const filer = [];
  for (const s of [16, 32, 64, 80, 128]) filer.push([`icon-${s}.png`, tegnProduktikon(s)]);
  for (const [navn, laerred] of filer) {
    fs.writeFileSync(path.join(ud, navn), tilPng(laerred));
    console.log(`Skrev ${path.relative(process.cwd(), path.join(ud, navn))} (${laerred.s}×${laerred.s})`);
  }
}

if (require.main === module) main();

module.exports = { tegnProduktikon, tilPng };
