import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Anchors: signed checkpoints of each workspace's chain head, written outside the database
 * (a file, with a key the database never sees). Someone with database access can rewrite
 * the chain consistently, delete its tail or all of it; they cannot forge an anchor, so
 * `audit verify` compares the chain with every anchor and names the difference.
 */
export interface AnchorStore {
  file: string;
  key: Buffer;
}

export interface Anchor {
  workspaceId: string;
  seq: number;
  hash: string;
  at: string;
}

export interface ReadAnchor extends Anchor {
  line: number;
  valid: boolean;
}

/** Opens (creating on first use) the anchor file and its key in `dir`, or the given key. */
export function openAnchorStore(dir: string, keyHex?: string): AnchorStore {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyFile = join(dir, 'anchor.key');
  let key: Buffer;
  if (keyHex) key = Buffer.from(keyHex, 'hex');
  else {
    if (!existsSync(keyFile))
      writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600 });
    key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
  }
  return { file: join(dir, 'anchors.jsonl'), key };
}

function mac(key: Buffer, a: Anchor): string {
  return createHmac('sha256', key)
    .update(`${a.workspaceId}|${a.seq}|${a.hash}|${a.at}`)
    .digest('hex');
}

export function appendAnchor(store: AnchorStore, a: Anchor): void {
  // One short line per append: O_APPEND keeps lines whole even from several processes.
  appendFileSync(store.file, JSON.stringify({ ...a, mac: mac(store.key, a) }) + '\n', {
    mode: 0o600,
  });
}

export function readAnchors(store: AnchorStore): ReadAnchor[] {
  if (!existsSync(store.file)) return [];
  const out: ReadAnchor[] = [];
  readFileSync(store.file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      try {
        const o = JSON.parse(text) as Anchor & { mac: string };
        const expected = Buffer.from(mac(store.key, o), 'hex');
        const given = Buffer.from(String(o.mac), 'hex');
        const valid = given.length === expected.length && timingSafeEqual(given, expected);
        out.push({
          workspaceId: o.workspaceId,
          seq: o.seq,
          hash: o.hash,
          at: o.at,
          line: i + 1,
          valid,
        });
      } catch {
        out.push({ workspaceId: '', seq: 0, hash: '', at: '', line: i + 1, valid: false });
      }
    });
  return out;
}
