import { Space, Tag, Tooltip, Typography } from 'antd';
import { Light } from '../../components/Light';
import { useI18n } from '../../i18n';
import { useTargetsT } from './messages';
import { usePanelT, verdictKey } from './panel-messages';
import type { Status } from './types';

/** The plan's headline counts (the server's lightCounts): what a figure is counted as. */
export const COUNTED_AS = ['green', 'yellow', 'red', 'notReported', 'none'] as const;
export type CountedAs = (typeof COUNTED_AS)[number];

/** What a figure is counted as: 未报送 apart, else its light, or none when it has none yet. */
export function countedAs(s: Status): CountedAs {
  if (s.verdict === 'no_data') return 'notReported';
  return s.light === 'green' || s.light === 'yellow' || s.light === 'red' ? s.light : 'none';
}

/**
 * One judged figure: the actual value (a link to the reports behind it) and its light. 未报送
 * (nothing reported for a due period) is its own grey state, never a red light that would
 * read as a missed target. A status with no light (not yet due, awaiting a person) shows its
 * verdict in words.
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
  const t = useTargetsT();
  const p = usePanelT();
  const { lang } = useI18n();
  const value =
    status.actual === null ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      <Typography.Link
        onClick={onOpenReports}
        data-testid={testId ? `${testId}-value` : undefined}
        data-opens="reports"
      >
        {status.actual}
        {unit === '%' ? '%' : ''}
        {status.corrected ? '*' : ''}
      </Typography.Link>
    );
  const state =
    status.verdict === 'no_data' ? (
      <Tag style={{ borderStyle: 'dashed', color: '#8c8c8c' }} data-light="not_reported">
        {t('notReported')}
      </Tag>
    ) : status.light ? (
      <Light light={status.light} />
    ) : (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {p(verdictKey(status.verdict))}
      </Typography.Text>
    );
  return (
    // The assessment's sentence, worded by core/targets/assess in both languages.
    <Tooltip title={lang === 'en' ? status.detailEn : status.detail}>
      <Space size={4} data-testid={testId} data-counted-as={countedAs(status)}>
        {value}
        {state}
      </Space>
    </Tooltip>
  );
}
