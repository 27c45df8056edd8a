// The Jiaozuo unit tree as the demo workspace has it (county level and departments, a few
// townships), with ids equal to codes: the extractor's tests and the benchmark use it.
import type { UnitRef } from './units';

const COUNTY_LEVEL: Array<[string, string, string]> = [
  ['410802', '解放区', 'district'],
  ['410803', '中站区', 'district'],
  ['410804', '马村区', 'district'],
  ['410811', '山阳区', 'district'],
  ['410821', '修武县', 'county'],
  ['410822', '博爱县', 'county'],
  ['410823', '武陟县', 'county'],
  ['410825', '温县', 'county'],
  ['410871', '焦作城乡一体化示范区', 'zone'],
  ['410882', '沁阳市', 'county_city'],
  ['410883', '孟州市', 'county_city'],
];
const DEPARTMENTS: Array<[string, string]> = [
  ['JZ-DCS', '市委督查室'],
  ['JZ-FGW', '市发展和改革委员会'],
  ['JZ-GXJ', '市工业和信息化局'],
  ['JZ-KJJ', '市科学技术局'],
  ['JZ-TJJ', '市统计局'],
  ['JZ-CZJ', '市财政局'],
  ['JZ-SWJ', '市商务局'],
  ['JZ-ZJJ', '市住房和城乡建设局'],
  ['JZ-RSJ', '市人力资源和社会保障局'],
  ['JZ-STJ', '市生态环境局'],
];
const TOWNSHIPS: Array<[string, string]> = [
  ['410882104', '紫陵镇'],
  ['410822102', '许良镇'],
];

export function demoUnitRefs(): UnitRef[] {
  return [
    { id: '410800', name: '焦作市', kind: 'city', depth: 0 },
    ...COUNTY_LEVEL.map(([id, name, kind]) => ({ id, name, kind, depth: 1 })),
    ...DEPARTMENTS.map(([id, name]) => ({ id, name, kind: 'department', depth: 1 })),
    ...TOWNSHIPS.map(([id, name]) => ({ id, name, kind: 'township', depth: 2 })),
  ];
}
