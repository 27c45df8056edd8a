import { Alert, App, Button, Card, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, get, post, qs } from '../../api';
import { useUnits } from '../../components/useUnits';
import { useI18n } from '../../i18n';
import { FIGURE_LABELS_EN, usePageT } from './page-messages';
import { FIGURE_FIELDS } from './FiguresForm';
import { YearSelect } from './YearSelect';

// The batch form of yearly figures: a unit's enterprises for a year on one screen, a page of
// 50 at a time (a county can hold tens of thousands). Only the rows changed on the page are
// sent, each with its other figures unchanged; the save is all-or-nothing.

const PAGE_SIZE = 50;
/** The columns typed most often; the rest stay as they are (single form, or .xlsx import). */
const COLUMNS = [
  'revenue',
  'mainRevenue',
  'rdExpense',
  'employees',
  'rdStaff',
  'debtRatio',
  'equityFinancing',
  'yearsInNiche',
  'marketShare',
] as const;
type Column = (typeof COLUMNS)[number];

interface SheetRow {
  id: string;
  name: string;
  uscc: string;
  unitName: string;
  canEdit: boolean;
  figures: Record<string, unknown> | null;
}
interface Sheet {
  items: SheetRow[];
  total: number;
  totalEstimated: boolean;
}

export function FiguresBatchPage() {
  const pt = usePageT();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { units } = useUnits();
  const counties = units.filter((u) => u.depth === 1 && u.kind !== 'department');
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [edits, setEdits] = useState<Record<string, Partial<Record<Column, number | null>>>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setSheet(null);
    setEdits({});
    setErrors([]);
    get<Sheet>(`/api/enterprises/figures/batch${qs({ year, unitId, page, pageSize: PAGE_SIZE })}`)
      .then((s) => live && setSheet(s))
      .catch((e: Error) => live && setErrors([e.message]));
    return () => {
      live = false;
    };
  }, [year, unitId, page, reload]);

  const label = (k: string) =>
    lang === 'zh' ? (FIGURE_FIELDS.find(([f]) => f === k)?.[1] ?? k) : (FIGURE_LABELS_EN[k] ?? k);
  const changed = Object.keys(edits);

  const save = async () => {
    const rows = sheet!.items
      .filter((r) => edits[r.id])
      .map((r) => ({ ...(r.figures ?? {}), ...edits[r.id], enterpriseId: r.id }));
    setSaving(true);
    setErrors([]);
    try {
      await post('/api/enterprises/figures/batch', { year, rows });
      message.success(pt('batchSaved', { n: rows.length }));
      setReload((n) => n + 1);
    } catch (e) {
      // The server names the faulty rows by their place in what was sent.
      const names = rows.map((r) => sheet!.items.find((i) => i.id === r.enterpriseId)!.name);
      const details = e instanceof ApiError ? e.details : [];
      setErrors([
        (e as Error).message,
        ...details.map((d) => d.replace(/^第 (\d+) 行/, (_, n: string) => names[Number(n) - 1]!)),
      ]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <YearSelect value={year} onChange={(y) => (setYear(y), setPage(1))} />
        <Select
          allowClear
          placeholder={pt('batchUnit')}
          style={{ width: 160 }}
          value={unitId}
          onChange={(v) => (setUnitId(v), setPage(1))}
          options={counties.map((u) => ({ value: u.id, label: u.name }))}
          data-testid="batch-unit"
        />
        <Button
          type="primary"
          disabled={changed.length === 0}
          loading={saving}
          onClick={save}
          data-testid="batch-save"
        >
          {pt('batchSave', { n: changed.length })}
        </Button>
        <Typography.Text type="secondary">{pt('batchHint')}</Typography.Text>
      </Space>
      {errors.length > 0 && (
        <Alert
          type="error"
          style={{ marginBottom: 12 }}
          message={errors[0]}
          description={errors.length > 1 ? errors.slice(1).join('；') : undefined}
          data-testid="batch-errors"
        />
      )}
      <Table<SheetRow>
        rowKey="id"
        size="small"
        loading={sheet === null && errors.length === 0}
        dataSource={sheet?.items ?? []}
        scroll={{ x: 1500 }}
        data-testid="batch-table"
        pagination={{
          pageSize: PAGE_SIZE,
          current: page,
          total: sheet?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => setPage(p),
          showTotal: (n) =>
            sheet?.totalEstimated
              ? pt('totalEstimated', { n: n.toLocaleString('zh-CN') })
              : pt('total', { n }),
        }}
        columns={[
          { title: pt('name'), dataIndex: 'name', fixed: 'left', width: 240 },
          { title: pt('batchUnitColumn'), dataIndex: 'unitName', width: 90 },
          ...COLUMNS.map((k) => ({
            title: label(k),
            width: 130,
            render: (_: unknown, r: SheetRow) => {
              const edited = edits[r.id]?.[k];
              const value = edited !== undefined ? edited : (r.figures?.[k] as number | null);
              return (
                <InputNumber
                  size="small"
                  min={0}
                  disabled={!r.canEdit}
                  value={value ?? null}
                  aria-label={`${r.name} ${label(k)}`}
                  onChange={(v) =>
                    setEdits((all) => ({ ...all, [r.id]: { ...all[r.id], [k]: v ?? null } }))
                  }
                  style={{ width: '100%' }}
                />
              );
            },
          })),
        ]}
      />
    </Card>
  );
}
