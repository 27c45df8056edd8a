import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { UserText } from '../../i18n';
import { useTargetsT } from './messages';
import { countedAs, StatusCell, type CountedAs } from './StatusCell';
import type { PlanTable as PlanTableData } from './types';

type Row = PlanTableData['rows'][number];

/** Whether the wording already names the indicator (地区生产总值增长8%左右 vs 增长9%以上). */
function namesIndicator(wording: string, indicator: string): boolean {
  return wording.replace(/\s/g, '').includes(indicator.slice(0, 4));
}

/**
 * The plan as the ledger people print: one row per target line with its words, the meaning
 * Luoshi read from them, the plan unit's figure and light, then one column per unit, each
 * cell with that unit's own target (the same figure can be green against one county's target
 * and yellow against another's).
 */
export function PlanTable({
  data,
  only,
  onOpenReports,
}: {
  data: PlanTableData;
  /** Only the rows with a figure the headline counts count as this (a count's link). */
  only?: CountedAs;
  onOpenReports(targetId: string, title: string): void;
}) {
  const t = useTargetsT();
  const columns: ColumnsType<Row> = [
    {
      title: t('seq'),
      width: 56,
      fixed: 'left',
      render: (_, r) => (r.target.lineNo === 1 ? r.target.seq : ''),
    },
    {
      title: t('wording'),
      width: 260,
      fixed: 'left',
      render: (_, r) => {
        const named = namesIndicator(r.target.wording, r.target.indicator.name);
        return (
          <div>
            {!named && (
              <Typography.Text strong style={{ display: 'block' }} data-testid="row-indicator">
                {r.target.indicator.name}
              </Typography.Text>
            )}
            <Link
              to={`/targets/t/${r.target.id}?period=${data.period}`}
              data-testid={`target-${r.target.seq}-${r.target.lineNo}`}
            >
              {r.target.wording}
            </Link>
            {named && (r.target.lineNo > 1 || r.target.wording.includes('、')) ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {r.target.indicator.name}
              </Typography.Text>
            ) : null}
          </div>
        );
      },
    },
    {
      title: t('meaning'),
      width: 170,
      render: (_, r) => (
        <Tooltip
          title={
            r.target.parsedBy === 'person'
              ? t('byPerson', { reason: r.target.overrideReason ?? '' })
              : t('byWording')
          }
        >
          <Typography.Text
            type={r.target.needsPerson ? 'warning' : undefined}
            data-testid={`meaning-${r.target.seq}-${r.target.lineNo}`}
          >
            {r.target.meaning}
            {r.target.parsedBy === 'person' ? t('personMark') : ''}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: <UserText>{data.unit.name}</UserText>,
      width: 150,
      render: (_, r) => (
        <StatusCell
          status={r.status}
          unit={r.target.indicator.measureUnit}
          testId={`status-${r.target.seq}-${r.target.lineNo}`}
          onOpenReports={() =>
            onOpenReports(r.target.id, `${data.unit.name} · ${r.target.indicator.name}`)
          }
        />
      ),
    },
    ...data.units.map((u) => ({
      title: (
        <Link to={`/targets/unit/${u.id}?year=${data.plan.year}&period=${data.period}`}>
          <UserText>{u.name}</UserText>
        </Link>
      ),
      key: u.id,
      width: 140,
      render: (_: unknown, r: Row) => {
        const cell = r.units.find((c) => c.unitId === u.id);
        if (!cell) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <div>
            <StatusCell
              status={cell.status}
              unit={r.target.indicator.measureUnit}
              onOpenReports={() =>
                onOpenReports(cell.targetId, `${u.name} · ${r.target.indicator.name}`)
              }
            />
            <Typography.Text
              type="secondary"
              style={{ display: 'block', fontSize: 12 }}
              title={cell.wording}
              data-testid={`cell-target-${r.target.seq}-${r.target.lineNo}-${u.code}`}
            >
              {t('unitTarget', { meaning: cell.meaning })}
            </Typography.Text>
          </div>
        );
      },
    })),
  ];
  return (
    <Table
      rowKey={(r) => r.target.id}
      size="small"
      bordered
      pagination={false}
      dataSource={
        only
          ? data.rows.filter((r) =>
              [r.status, ...r.units.map((u) => u.status)].some((x) => countedAs(x) === only),
            )
          : data.rows
      }
      columns={columns}
      scroll={{ x: 740 + data.units.length * 140 }}
      data-testid="plan-table"
    />
  );
}
