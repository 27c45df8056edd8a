import { Form, InputNumber, Table } from 'antd';
import { put } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useT } from './messages';
import { METRIC_KEYS } from './types';

type Row = Record<string, string | number | null> & { unitId: string; unitName: string };

/** The year's title targets per county-level unit (the seed's 450 / 50 / 70, split by unit). */
export function TargetsForm({
  year,
  rows,
  onClose,
  onSaved,
}: {
  year: number;
  rows: Row[];
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const labels = {
    new_above_scale: t('newAboveScale'),
    new_high_tech: t('newHighTech'),
    new_specialized: t('newSpecialized'),
  };
  const initial = Object.fromEntries(
    rows.map((r) => [
      r.unitId,
      Object.fromEntries(METRIC_KEYS.map((m) => [m, (r[`${m}_target`] as number | null) ?? null])),
    ]),
  );
  return (
    <FormModal<Record<string, Record<string, number | null>>>
      title={`${year} 年${t('setTargets')}`}
      width={720}
      okTestId="targets-save"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const items = rows.flatMap((r) =>
          METRIC_KEYS.filter((m) => v[r.unitId]?.[m] != null).map((m) => ({
            unitId: r.unitId,
            metric: m,
            target: v[r.unitId]![m]!,
          })),
        );
        await put('/api/enterprise-targets', { year, items });
        onSaved();
      }}
    >
      <Table<Row>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('unit'), dataIndex: 'unitName', width: 140 },
          ...METRIC_KEYS.map((m) => ({
            title: labels[m],
            render: (_: unknown, r: Row) => (
              <Form.Item name={[r.unitId, m]} style={{ margin: 0 }}>
                <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ),
          })),
        ]}
      />
    </FormModal>
  );
}
