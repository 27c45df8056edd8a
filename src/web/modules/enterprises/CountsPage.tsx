import { Alert, Button, Card, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { get, qs } from '../../api';
import { useT } from './messages';
import { usePageT } from './page-messages';
import { TargetsForm } from './TargetsForm';
import { YearSelect } from './YearSelect';
import { METRIC_KEYS } from './types';

type Row = Record<string, string | number | null> & { unitId: string; unitName: string };

/** New 规上 / 高新技术企业 / 专精特新 per county-level unit against targets; each count opens its list. */
export function CountsPage() {
  const t = useT();
  const pt = usePageT();
  const [year, setYear] = useState(new Date().getFullYear());
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [canEdit, setCanEdit] = useState(false);
  const [editing, setEditing] = useState(false);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    setRows(null);
    get<{ rows: Row[]; canEdit: boolean }>(`/api/enterprise-counts${qs({ year })}`)
      .then((r) => {
        setRows(r.rows);
        setCanEdit(r.canEdit);
      })
      .catch((e: Error) => setError(e.message));
  }, [year, reload]);
  const labels = {
    new_above_scale: t('newAboveScale'),
    new_high_tech: t('newHighTech'),
    new_specialized: t('newSpecialized'),
  };
  const total = (k: string) => (rows ?? []).reduce((s, r) => s + Number(r[k] ?? 0), 0);
  return (
    <Card
      title={
        <Space>
          {t('counts')}
          <YearSelect value={year} onChange={setYear} />
        </Space>
      }
      extra={
        canEdit && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="set-targets">
            {t('setTargets')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" message={error} />}
      <Table<Row>
        rowKey="unitId"
        size="small"
        pagination={false}
        loading={rows === null && !error}
        dataSource={rows ?? []}
        data-testid="counts-table"
        locale={{ emptyText: rows === null ? t('loading') : t('noUnitsInView') }}
        summary={() =>
          (rows ?? []).length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{pt('sum')}</Table.Summary.Cell>
              {METRIC_KEYS.map((m, i) => (
                <Table.Summary.Cell key={m} index={i + 1}>
                  <Link
                    to={`/enterprises?metric=${m}&metricYear=${year}`}
                    data-testid={`count-${m}-total`}
                  >
                    {total(m)}
                  </Link>{' '}
                  / {total(`${m}_target`)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
        columns={[
          { title: t('unit'), dataIndex: 'unitName', width: 180 },
          ...METRIC_KEYS.map((m) => ({
            title: `${labels[m]}（${t('actual')} / ${t('target')}）`,
            render: (_: unknown, r: Row) => (
              <Space>
                <Link
                  to={`/enterprises?unitId=${r.unitId}&metric=${m}&metricYear=${year}`}
                  data-testid={`count-${m}-${r.unitName}`}
                >
                  {r[m] ?? 0}
                </Link>
                <span>/ {r[`${m}_target`] ?? '—'}</span>
              </Space>
            ),
          })),
        ]}
      />
      {editing && rows && (
        <TargetsForm
          year={year}
          rows={rows}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setReload((n) => n + 1);
          }}
        />
      )}
    </Card>
  );
}
