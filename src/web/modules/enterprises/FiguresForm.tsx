import { Form, InputNumber } from 'antd';
import { put } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { useT } from './messages';
import { FIGURE_LABELS_EN, usePageT } from './page-messages';

// The fields of the single form; the same keys as the batch form and the import.
export const FIGURE_FIELDS: [string, string][] = [
  ['revenue', '营业收入（万元）'],
  ['mainRevenue', '主营业务收入（万元）'],
  ['rdExpense', '研发费用（万元）'],
  ['rdExpenseDomestic', '境内研发费用（万元）'],
  ['employees', '职工人数'],
  ['rdStaff', '研发人员'],
  ['stStaff', '科技人员'],
  ['debtRatio', '资产负债率（%）'],
  ['ipClassIHighValue', 'Ⅰ类高价值知识产权'],
  ['ipClassISelf', '自主研发Ⅰ类知识产权'],
  ['ipClassI', 'Ⅰ类知识产权'],
  ['ipClassII', 'Ⅱ类知识产权'],
  ['ipMainProductClassI', '主导产品Ⅰ类知识产权'],
  ['equityFinancing', '新增股权融资（万元）'],
  ['yearsInNiche', '从事细分市场年限'],
  ['marketShare', '细分市场占有率（%）'],
  ['highTechIncomeShare', '高新技术产品收入占比（%）'],
  ['htInnovationScore', '高企创新能力得分'],
];
const SCORE_FIELDS: [string, string, number][] = [
  ['specialisation', '专业化得分', 25],
  ['refinement', '精细化得分', 25],
  ['characteristic', '特色化得分', 15],
  ['innovation', '创新能力得分', 35],
];

export function FiguresForm({
  enterpriseId,
  year,
  initial,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  year: number;
  initial: Record<string, unknown> | undefined;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const pt = usePageT();
  const { lang } = useI18n();
  const named = (k: string, zh: string) => (lang === 'zh' ? zh : (FIGURE_LABELS_EN[k] ?? zh));
  const scores = (initial?.zjtxScores ?? {}) as Record<string, number>;
  return (
    <FormModal
      title={pt('editFiguresOf', { edit: t('editFigures'), year })}
      width={720}
      okTestId="figures-save"
      initialValues={{
        ...initial,
        ...Object.fromEntries(SCORE_FIELDS.map(([k]) => [`s_${k}`, scores[k]])),
      }}
      onClose={onClose}
      onSubmit={async (v: Record<string, unknown>) => {
        const body: Record<string, unknown> = Object.fromEntries(
          FIGURE_FIELDS.map(([k]) => [k, v[k] ?? null]),
        );
        const s = SCORE_FIELDS.map(([k]) => v[`s_${k}`] as number | null | undefined);
        body.zjtxScores = s.every((x) => x === null || x === undefined)
          ? null
          : Object.fromEntries(SCORE_FIELDS.map(([k], i) => [k, s[i] ?? 0]));
        body.flags = (initial?.flags as string[]) ?? [];
        await put(`/api/enterprises/${enterpriseId}/figures/${year}`, body);
        onSaved();
      }}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
        {FIGURE_FIELDS.map(([k, label]) => (
          <Form.Item key={k} name={k} label={named(k, label)} style={{ marginBottom: 8 }}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid={`fig-${k}`} />
          </Form.Item>
        ))}
        {SCORE_FIELDS.map(([k, label, max]) => (
          <Form.Item
            key={k}
            name={`s_${k}`}
            label={pt('fullMarks', { label: named(k, label), max })}
            style={{ marginBottom: 8 }}
          >
            <InputNumber min={0} max={max} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </div>
    </FormModal>
  );
}
