// Every interface dictionary has the same keys in Chinese and English, the same {slots} in
// both, and English strings with no Chinese left in them (bar the few listed on purpose).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

type Dict = { zh: Record<string, string>; en: Record<string, string> };

const WEB = new URL('.', import.meta.url).pathname;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/**
 * English strings that keep Chinese on purpose: the switch names the language it switches to;
 * examples of what is typed (a plan's own words, a list's name) and the Chinese wording a
 * document will carry are shown as they will be.
 */
const CHINESE_ON_PURPOSE = new Set([
  'messages.ts:language',
  'modules/targets/edit/dialog-messages.ts:wordingPlaceholder',
  'modules/targets/edit/messages.ts:wordingExtra',
  'modules/matters/messages.ts:listNamePlaceholder',
  'modules/matters/action-messages.ts:noticeDefaults',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.ts$/.test(name) &&
      !name.endsWith('.test.ts') &&
      readFileSync(p, 'utf8').includes('defineMessages(')
      ? [p]
      : [];
  });
}

async function dictionaries(): Promise<{ name: string; dict: Dict }[]> {
  const out: { name: string; dict: Dict }[] = [{ name: 'messages.ts', dict: messages }];
  for (const file of files(WEB)) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(mod)) {
      const dict = (value as { dict?: Dict }).dict;
      if (typeof value === 'function' && dict)
        out.push({ name: `${relative(WEB, file)}#${exported}`, dict });
    }
  }
  return out;
}

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface dictionaries', async () => {
  const all = await dictionaries();

  it('finds the module dictionaries', () => {
    expect(all.length).toBeGreaterThan(15);
  });

  for (const { name, dict } of all) {
    it(`${name}: the same keys and {slots} in zh and en, no Chinese in en`, () => {
      expect(Object.keys(dict.en).sort()).toEqual(Object.keys(dict.zh).sort());
      for (const key of Object.keys(dict.zh)) {
        expect(slots(dict.en[key]!), `${name} ${key}`).toEqual(slots(dict.zh[key]!));
        const file = name.split('#')[0];
        if (!CHINESE_ON_PURPOSE.has(`${file}:${key}`))
          expect(dict.en[key], `${name} ${key} is still Chinese`).not.toMatch(CJK);
      }
    });
  }
});
