// Builds .xlsx-shaped zip files at test time (no binary fixtures in the repository): a zip
// bomb and a sheet with a million rows, each generated as a stream.
import { constants, crc32, deflateRawSync } from 'node:zlib';

interface Built {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
}

/**
 * Deflate segments compressed with a full flush do not depend on what came before, so one
 * compressed segment can be repeated: a gigabyte of XML costs a few milliseconds to build.
 */
function segment(data: Buffer): Buffer {
  return deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
}
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

function repeatedEntry(
  name: string,
  head: string,
  body: Buffer,
  times: number,
  tail: string,
): Built {
  const h = Buffer.from(head);
  const t = Buffer.from(tail);
  const one = segment(body);
  const compressed = Buffer.concat([
    segment(h),
    ...Array.from({ length: times }, () => one),
    segment(t),
    FINAL_EMPTY_BLOCK,
  ]);
  // The CRC is left 0: the server refuses these files before any CRC would be checked.
  return { name, compressed, crc: 0, size: h.length + body.length * times + t.length };
}

function plainEntry(name: string, data: Buffer): Built {
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

function zip(entries: Built[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

/** A sheet of `megabytes` MB of blanks inside one cell: about 1,000 times its zipped size. */
export function zipBomb(megabytes: number, opts: { lieAboutSize?: boolean } = {}) {
  const sheet = repeatedEntry(
    'xl/worksheets/sheet1.xml',
    '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
    Buffer.alloc(1024 * 1024, 0x20),
    megabytes,
    '</t></is></c></row></sheetData></worksheet>',
  );
  // A bomb that declares a small size in its directory, to get past a declared-size check.
  if (opts.lieAboutSize) sheet.size = 1000;
  return zip([plainEntry('[Content_Types].xml', CONTENT_TYPES), sheet]);
}

/** A sheet with `rows` rows (a multiple of 10,000) of one number each. */
export function manyRows(rows: number) {
  const block = Buffer.from('<row><c><v>1</v></c></row>'.repeat(10_000));
  return zip([
    plainEntry('[Content_Types].xml', CONTENT_TYPES),
    repeatedEntry(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData>',
      block,
      rows / 10_000,
      '</sheetData></worksheet>',
    ),
  ]);
}
