// A scheme's indicators from an office's .xlsx: one row per indicator or bonus/penalty item.
// All or nothing: every row is checked before anything is saved, and each problem names the
// row as Excel numbers it (第 5 行：…). Units stay those of the latest version.
import type { LedgerField, LedgerRow } from '../../excel/ledger-reader';
import { allSources } from './sources';
import type { DefinitionBodyT } from './schema';
import { AdjustmentRow, ItemRow } from './schema';

export const IMPORT_FIELDS: LedgerField[] = [
  { key: 'category', headers: ['类别'] },
  { key: 'key', headers: ['编号', '指标编号'], required: true },
  { key: 'parentKey', headers: ['上级编号', '上级指标编号'] },
  { key: 'name', headers: ['指标名称', '名称'], required: true },
  { key: 'weight', headers: ['权重', '分值'] },
  { key: 'direction', headers: ['方向'] },
  { key: 'source', headers: ['数据来源'] },
  { key: 'params', headers: ['来源参数'] },
  { key: 'method', headers: ['计分方法'] },
  { key: 'methodParams', headers: ['计分参数'] },
  { key: 'placeholder', headers: ['待补充'] },
  { key: 'note', headers: ['说明', '备注'] },
];

const str = (v: string | number | null | undefined) =>
  v === null || v === undefined ? '' : String(v).trim();

/** "目标=100；封顶=1.2" → { 目标: '100', 封顶: '1.2' } */
function pairs(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(/[;；\n]+/)) {
    const m = /^\s*([^=＝:：]+)\s*[=＝:：]\s*(.+?)\s*$/.exec(part);
    if (m) out.set(m[1]!.trim(), m[2]!);
  }
  return out;
}

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? NaN : Number(s));

function sourceFrom(text: string, paramsText: string) {
  const s = allSources().find((x) => x.labelZh === text || x.kind === text);
  if (!s)
    return {
      error: `数据来源“${text}”不存在，可选：${allSources()
        .map((x) => x.labelZh)
        .join('、')}`,
    };
  const params: Record<string, unknown> = {};
  for (const [k, v] of pairs(paramsText)) {
    const f = s.paramFields.find((x) => x.labelZh === k || x.name === k);
    if (!f) return { error: `来源参数“${k}”不认识` };
    params[f.name] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return { source: { kind: s.kind, params } };
}

function methodFrom(method: string, p: string) {
  const kv = pairs(p);
  switch (method) {
    case '目标比值':
    case '与目标值之比':
      return {
        kind: 'ratio_to_target',
        target: num(kv.get('目标')),
        cap: num(kv.get('封顶') ?? '1'),
      };
    case '极差法':
    case '最小最大':
      return { kind: 'min_max' };
    case '名次得分':
      return {
        kind: 'rank_points',
        points: p
          .split(/[,，、\s]+/)
          .filter(Boolean)
          .map(Number),
      };
    case '分档':
      return {
        kind: 'threshold',
        steps: p
          .split(/[;；]+/)
          .filter((x) => x.trim())
          .map((x) => {
            const [from, factor] = x.split(/[:：→]/);
            return { from: num(from), factor: num(factor) };
          }),
      };
    default:
      return null;
  }
}

/** The rows as a definition body, or the Chinese problems by row. */
export function definitionFromSheet(
  rows: LedgerRow[],
  units: DefinitionBodyT['units'],
): { body?: DefinitionBodyT; errors: string[]; rowOfItem: number[]; rowOfAdjustment: number[] } {
  const errors: string[] = [];
  const items: DefinitionBodyT['items'] = [];
  const adjustments: DefinitionBodyT['adjustments'] = [];
  const rowOfItem: number[] = [];
  const rowOfAdjustment: number[] = [];
  if (rows.length === 0) errors.push('表格中没有指标');
  for (const { rowNumber, values } of rows) {
    const err = (m: string) => errors.push(`第 ${rowNumber} 行：${m}`);
    const category = str(values.category) || '指标';
    const name = str(values.name);
    const hasSource = str(values.source) !== '';
    const src = hasSource ? sourceFrom(str(values.source), str(values.params)) : null;
    if (src && 'error' in src) {
      err(src.error!);
      continue;
    }
    if (category === '指标') {
      const method = str(values.method);
      const normalisation = method ? methodFrom(method, str(values.methodParams)) : undefined;
      if (method && !normalisation) {
        err(`计分方法“${method}”不认识，可选：目标比值、极差法、名次得分、分档`);
        continue;
      }
      const dir = str(values.direction);
      const direction =
        dir === ''
          ? undefined
          : dir === '越高越好'
            ? 'higher_better'
            : dir === '越低越好'
              ? 'lower_better'
              : 'bad';
      if (direction === 'bad') {
        err(`方向“${dir}”应为“越高越好”或“越低越好”`);
        continue;
      }
      const parsed = ItemRow.safeParse({
        key: str(values.key),
        parentKey: str(values.parentKey) || null,
        name,
        weight: num(str(values.weight)),
        direction,
        source: src?.source,
        normalisation: normalisation ?? undefined,
        placeholder: /^(是|待补充|√|y|yes)$/i.test(str(values.placeholder)),
        note: str(values.note),
      });
      if (!parsed.success) {
        err(describeIssue(parsed.error.issues[0]!));
        continue;
      }
      items.push(parsed.data);
      rowOfItem.push(rowNumber);
    } else if (['加分', '减分', '否决'].includes(category)) {
      const kv = pairs(str(values.methodParams));
      const kind = category === '加分' ? 'bonus' : category === '减分' ? 'penalty' : 'veto';
      const cap = kv.get('封顶');
      const parsed = AdjustmentRow.safeParse(
        kind === 'veto'
          ? {
              key: str(values.key),
              name,
              kind,
              source: src?.source,
              effect: cap ? 'cap' : 'zero',
              cap: cap ? num(cap) : undefined,
            }
          : {
              key: str(values.key),
              name,
              kind,
              source: src?.source,
              perUnit: num(kv.get('每单位')),
              max: num(kv.get('最高')),
            },
      );
      if (!parsed.success) {
        err(describeIssue(parsed.error.issues[0]!));
        continue;
      }
      adjustments.push(parsed.data);
      rowOfAdjustment.push(rowNumber);
    } else err(`类别“${category}”应为指标、加分、减分或否决`);
  }
  if (errors.length > 0) return { errors, rowOfItem, rowOfAdjustment };
  return {
    body: { total: 100, items, adjustments, units, note: '从 Excel 导入' },
    errors,
    rowOfItem,
    rowOfAdjustment,
  };
}

const LABELS: Record<string, string> = {
  key: '编号',
  parentKey: '上级编号',
  name: '指标名称',
  weight: '权重',
  source: '数据来源',
  target: '计分参数中的目标',
  cap: '计分参数中的封顶',
  points: '名次得分',
  steps: '分档',
  perUnit: '计分参数中的每单位',
  max: '计分参数中的最高',
};

function describeIssue(issue: { path: PropertyKey[]; message: string; code: string }): string {
  const field = [...issue.path]
    .reverse()
    .map(String)
    .find((p) => LABELS[p]);
  const label = field ? LABELS[field] : '内容';
  if (issue.code === 'invalid_type') return `${label}缺少或不是有效的值`;
  return `${label}：${issue.message}`;
}
