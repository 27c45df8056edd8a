import { createInflateRaw } from 'node:zlib';
import { badRequest } from '../errors';

// An .xlsx is a zip. Before any spreadsheet parser sees an upload, its zip directory is read
// and every entry is inflated as a stream, counting bytes, rows and cells and keeping nothing:
// a zip bomb stops at the uncompressed-size limit within a fraction of a second, and a sheet
// with a million rows stops at the row limit, before a workbook is ever built in memory.

export interface XlsxLimits {
  maxEntries: number;
  /** Total inflated bytes of all entries. */
  maxUncompressedBytes: number;
  /** <row> elements in all worksheets (title and header rows included). */
  maxRows: number;
  /** <c> elements in all worksheets. */
  maxCells: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxEntries: 500,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 2_000_000,
};

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const FILE_UNREADABLE = '文件无法读取：请上传 .xlsx 格式的 Excel 文件';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function centralDirectory(data: Buffer, maxEntries: number): Entry[] {
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw badRequest(FILE_UNREADABLE, 'file');
  const count = data.readUInt16LE(eocd + 10);
  const cdOffset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw badRequest(FILE_UNREADABLE, 'file');
  if (count > maxEntries)
    throw badRequest(`文件结构异常：压缩包内文件超过 ${maxEntries} 个`, 'file');
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CD_SIG) {
      throw badRequest(FILE_UNREADABLE, 'file');
    }
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const entry = {
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      uncompressedSize: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
      name: data.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) {
      throw badRequest(FILE_UNREADABLE, 'file'); // zip64: no office sheet of ≤ 10 MB needs it
    }
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(data: Buffer, e: Entry): Buffer {
  const p = e.localOffset;
  if (p + 30 > data.length || data.readUInt32LE(p) !== LOCAL_SIG) {
    throw badRequest(FILE_UNREADABLE, 'file');
  }
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  if (start + e.compressedSize > data.length) throw badRequest(FILE_UNREADABLE, 'file');
  return data.subarray(start, start + e.compressedSize);
}

/** Counts a byte pattern across chunk boundaries, without copying the chunks. */
class PatternCounter {
  count = 0;
  private tail = Buffer.alloc(0);
  constructor(private readonly pattern: Buffer) {}
  feed(chunk: Buffer) {
    const k = this.pattern.length - 1;
    if (this.tail.length) {
      // Only matches that straddle the boundary: the tail (k bytes) plus k bytes of the chunk.
      const junction = Buffer.concat([this.tail, chunk.subarray(0, k)]);
      for (
        let i = junction.indexOf(this.pattern);
        i >= 0;
        i = junction.indexOf(this.pattern, i + 1)
      ) {
        this.count++;
      }
    }
    for (let i = chunk.indexOf(this.pattern); i >= 0; i = chunk.indexOf(this.pattern, i + 1)) {
      this.count++;
    }
    this.tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - k)));
  }
}

/**
 * Refuses, with a Chinese message, an .xlsx whose zip has too many entries, inflates to too
 * many bytes, or whose sheets hold too many rows or cells. Holds at most one inflated chunk.
 */
export async function checkXlsxLimits(
  data: Buffer,
  limits: Partial<XlsxLimits> = {},
): Promise<{ merges: Map<string, string[]> }> {
  const merges = new Map<string, string[]>();
  const L = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const entries = centralDirectory(data, L.maxEntries);
  const tooBig = () =>
    badRequest(
      `文件解压后超过 ${Math.round(L.maxUncompressedBytes / 1024 / 1024)} MB，可能是异常文件，已拒绝`,
      'file',
    );
  // Declared sizes first (cheap), then the real ones: a zip can lie about its sizes.
  if (entries.reduce((n, e) => n + e.uncompressedSize, 0) > L.maxUncompressedBytes) throw tooBig();
  let total = 0;
  const rows = new PatternCounter(Buffer.from('<row'));
  const cells = [new PatternCounter(Buffer.from('<c ')), new PatternCounter(Buffer.from('<c>'))];
  for (const e of entries) {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    const raw = entryData(data, e);
    const refs = new MergeRefs();
    if (sheet) merges.set(e.name.replace(/^.*\//, ''), refs.refs);
    if (e.method === 0) {
      total += raw.length;
      if (total > L.maxUncompressedBytes) throw tooBig();
      if (sheet) {
        rows.feed(raw);
        for (const c of cells) c.feed(raw);
        refs.feed(raw);
      }
      continue;
    }
    if (e.method !== 8) throw badRequest(FILE_UNREADABLE, 'file');
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    inflater.end(raw);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > L.maxUncompressedBytes) throw tooBig();
        if (!sheet) continue;
        rows.feed(chunk);
        if (rows.count > L.maxRows) {
          throw badRequest(`表格超过 ${L.maxRows} 行，请拆分后分批导入`, 'file');
        }
        for (const c of cells) c.feed(chunk);
        refs.feed(chunk);
        if (cells[0]!.count + cells[1]!.count > L.maxCells) {
          throw badRequest(`表格超过 ${L.maxCells} 个单元格，请拆分后分批导入`, 'file');
        }
      }
    } catch (err) {
      inflater.destroy();
      if (err instanceof Error && 'status' in err) throw err;
      throw badRequest(FILE_UNREADABLE, 'file');
    }
  }
  return { merges };
}

const MAX_MERGES = 10_000;
const MERGE_TAG = Buffer.from('<mergeCell');

/** Collects <mergeCell ref="A1:C1"/> ranges: the streaming sheet reader ignores merges. */
class MergeRefs {
  refs: string[] = [];
  private carry = Buffer.alloc(0);
  feed(chunk: Buffer) {
    if (this.refs.length >= MAX_MERGES) return;
    const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const first = buf.indexOf(MERGE_TAG);
    if (first < 0) {
      this.carry = Buffer.from(buf.subarray(Math.max(0, buf.length - MERGE_TAG.length)));
      return;
    }
    const text = buf.toString('latin1', first);
    const re = /<mergeCell\b[^>]*?\bref="([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7})"[^>]*>/g;
    let consumed = 0;
    for (let m = re.exec(text); m && this.refs.length < MAX_MERGES; m = re.exec(text)) {
      this.refs.push(m[1]!);
      consumed = re.lastIndex;
    }
    // Keep an unfinished tag for the next chunk (a tag is short; 200 bytes is plenty).
    const open = text.lastIndexOf('<mergeCell');
    this.carry =
      open >= consumed
        ? Buffer.from(text.slice(open, open + 200), 'latin1')
        : Buffer.from(buf.subarray(Math.max(0, buf.length - MERGE_TAG.length)));
  }
}
