import { Space, Tooltip, Typography } from 'antd';
import { Light } from '../../components/Light';
import type { Status } from './types';

/**
 * One judged figure: the actual value (a link to the reports behind it) and its light. A
 * status with no light (not yet due, awaiting a person) shows its verdict in words.
 */
export function StatusCell({
  status,
  unit,
  onOpenReports,
  testId,
}: {
  status: Status;
  unit?: string;
  onOpenReports?: () => void;
  testId?: string;
}) {
  const value =
    status.actual === null ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      <Typography.Link onClick={onOpenReports} data-testid={testId ? `${testId}-value` : undefined}>
        {status.actual}
        {unit === '%' ? '%' : ''}
        {status.corrected ? '*' : ''}
      </Typography.Link>
    );
  return (
    <Tooltip title={status.detail}>
      <Space size={4} data-testid={testId}>
        {value}
        {status.light ? (
          <Light light={status.light} />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {status.verdictLabel}
          </Typography.Text>
        )}
      </Space>
    </Tooltip>
  );
}
