import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { StatusCell } from './StatusCell';
import type { PlanTable as PlanTableData } from './types';

type Row = PlanTableData['rows'][number];

/**
 * The plan as the ledger people print: one row per target line with its words, the meaning
 * Luoshi read from them, the plan unit's figure and light, then one column per unit.
 */
export function PlanTable({
  data,
  onOpenReports,
}: {
  data: PlanTableData;
  onOpenReports(targetId: string, title: string): void;
}) {
  const columns: ColumnsType<Row> = [
    {
      title: '序号',
      width: 56,
      fixed: 'left',
      render: (_, r) => (r.target.lineNo === 1 ? r.target.seq : ''),
    },
    {
      title: '目标（原文）',
      width: 260,
      fixed: 'left',
      render: (_, r) => (
        <div>
          <Link
            to={`/targets/t/${r.target.id}?period=${data.period}`}
            data-testid={`target-${r.target.seq}-${r.target.lineNo}`}
          >
            {r.target.wording}
          </Link>
          {r.target.lineNo > 1 || r.target.wording.includes('、') ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {r.target.indicator.name}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: '解读',
      width: 170,
      render: (_, r) => (
        <Tooltip
          title={
            r.target.parsedBy === 'person'
              ? `人工修正：${r.target.overrideReason ?? ''}`
              : '系统按原文解读'
          }
        >
          <Typography.Text type={r.target.needsPerson ? 'warning' : undefined}>
            {r.target.meaning}
            {r.target.parsedBy === 'person' ? '（人工）' : ''}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: data.unit.name,
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
          {u.name}
        </Link>
      ),
      key: u.id,
      width: 130,
      render: (_: unknown, r: Row) => {
        const cell = r.units.find((c) => c.unitId === u.id);
        if (!cell) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Tooltip title={cell.wording}>
            <span>
              <StatusCell
                status={cell.status}
                unit={r.target.indicator.measureUnit}
                onOpenReports={() =>
                  onOpenReports(cell.targetId, `${u.name} · ${r.target.indicator.name}`)
                }
              />
            </span>
          </Tooltip>
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
      dataSource={data.rows}
      columns={columns}
      scroll={{ x: 740 + data.units.length * 130 }}
      data-testid="plan-table"
    />
  );
}
