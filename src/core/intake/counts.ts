// Countable commitments inside key-work sentences: 新增规上企业450家, 新建5G基站2000个,
// 打造70家美丽乡村示范村, and lists that share the verb (新增国家科技型中小企业60家、高新技术
// 企业50家). Each becomes a count target worded "verb + object + number + unit".

export interface CountPhrase {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** The wording to store as the target: 新增高新技术企业50家. */
  wording: string;
  indicatorName: string;
  value: number;
  unit: string;
  /** Where the number and its unit were read (for highlighting). */
  numberStart: number;
  numberEnd: number;
  atLeast: boolean;
}

const VERBS =
  '新增|新建|新认定|新登记|新引进|打造|培育|建成|建设|引进|争创|创建|推出|签订|落地|开展|实施|推动|完成|招引|认定|实现|新培育|新开工|开工|谋划';
const COUNT_UNITS = '个|家|项|所|座|户|次|人次|人|名|条|处|套|台|辆|批|栋|公里|亩|元';
const NUM = '\\d+(?:\\.\\d+)?(?:-\\d+(?:\\.\\d+)?)?';
// Digits belong to an object only inside a name: 5G基站, 50亿级龙头企业.
const OBJECT = '(?:[^，。；、,;\\d]|\\d+[A-Za-z亿万]){1,24}?';

// verb + object + number + unit: 新增规上企业450家
const SHAPE_A = new RegExp(`(${VERBS})(${OBJECT})(${NUM})(万|亿)?(${COUNT_UNITS})(以上)?`, 'g');
// verb + number + unit + object: 打造70家美丽乡村示范村
const SHAPE_B = new RegExp(
  `(${VERBS})(?:各类|了)?(${NUM})(万|亿)?(${COUNT_UNITS})(以上)?((?:[^，。；、,;\\d]|\\d+[A-Za-z亿万])+?)(?=[，。；、,;]|$|、|和)`,
  'g',
);
// A list item after 、 that shares the verb: 、高新技术企业50家
const FOLLOWER = new RegExp(`^、(${OBJECT})(${NUM})(万|亿)?(${COUNT_UNITS})(以上)?`);

/** Objects that are amounts or comparisons, not things counted. */
function badObject(obj: string): boolean {
  return (
    !obj ||
    /^(实施|建设|推进|推动|开展)$/.test(obj) ||
    /投资|资金|收入|总额|增加值|总数|总量/.test(obj) ||
    /(达|达到|超过|不少于)$/.test(obj)
  );
}

function numberValue(n: string): number {
  // 2-3个: the lower end is the commitment.
  return Number(n.split('-')[0]);
}

/** Count phrases in a sentence, left to right, without overlaps. */
export function findCounts(sentence: string): CountPhrase[] {
  const out: CountPhrase[] = [];
  const overlaps = (s: number, e: number) => out.some((c) => s < c.end && e > c.start);
  for (const m of sentence.matchAll(SHAPE_A)) {
    const [all, verb, object, num, big, unit, above] = m as unknown as string[];
    const obj = object!.replace(/^(各类|了|的)/, '');
    if (badObject(obj)) continue;
    const start = m.index;
    const numberStart = start + verb!.length + object!.length;
    const fullUnit = (big ?? '') + unit!;
    const name = `${verb}${obj}`;
    out.push({
      start,
      end: start + all!.length,
      wording: `${name}${num}${fullUnit}${above ?? ''}`,
      indicatorName: name,
      value: numberValue(num!),
      unit: fullUnit,
      numberStart,
      numberEnd: numberStart + num!.length + fullUnit.length,
      atLeast: Boolean(above),
    });
    // Followers share the verb.
    let at = start + all!.length;
    for (;;) {
      const f = FOLLOWER.exec(sentence.slice(at));
      if (!f) break;
      const [fAll, fObj, fNum, fBig, fUnit, fAbove] = f as unknown as string[];
      if (badObject(fObj!)) break;
      const fName = `${verb}${fObj}`;
      const fUnitAll = (fBig ?? '') + fUnit!;
      const nStart = at + 1 + fObj!.length;
      out.push({
        start: at + 1,
        end: at + fAll!.length,
        wording: `${fName}${fNum}${fUnitAll}${fAbove ?? ''}`,
        indicatorName: fName,
        value: numberValue(fNum!),
        unit: fUnitAll,
        numberStart: nStart,
        numberEnd: nStart + fNum!.length + fUnitAll.length,
        atLeast: Boolean(fAbove),
      });
      at += fAll!.length;
    }
  }
  for (const m of sentence.matchAll(SHAPE_B)) {
    const [all, verb, num, big, unit, above, object] = m as unknown as string[];
    const start = m.index;
    const end = start + all!.length;
    if (overlaps(start, end)) continue;
    const obj = object!.replace(/^(的|左右)/, '').replace(/(以上)$/, '');
    if (obj.length < 2 || obj.length > 24) continue;
    const fullUnit = (big ?? '') + unit!;
    const name = `${verb}${obj}`;
    const numberStart = start + all!.indexOf(num!, verb!.length);
    out.push({
      start,
      end,
      wording: `${name}${num}${fullUnit}${above ?? ''}`,
      indicatorName: name,
      value: numberValue(num!),
      unit: fullUnit,
      numberStart,
      numberEnd: numberStart + num!.length + fullUnit.length,
      atLeast: Boolean(above),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
