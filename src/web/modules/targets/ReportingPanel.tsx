import { Card, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateZh } from '../../../core/format';
import { get, qs } from '../../api';
import { Light } from '../../components/Light';
import { useI18n } from '../../i18n';
import { usePanelT, type ReportingStateKey } from './panel-messages';
import type { ReportingStatus } from './types';

/** Which units have reported for the period, against the reporting deadline. */
export function ReportingPanel({ planId, period }: { planId: string; period: string }) {
  const t = usePanelT();
  const { lang } = useI18n();
  const [data, setData] = useState<ReportingStatus | null>(null);
  useEffect(() => {
    get<ReportingStatus>(`/api/target-plans/${planId}/reporting${qs({ period })}`).then(setData);
  }, [planId, period]);
  if (!data) return null;
  const state = (r: { state: string; stateLabel: string }) =>
    lang === 'zh' ? r.stateLabel : t(`state_${r.state}` as ReportingStateKey);
  return (
    <Card>
      <Typography.Paragraph>
        {t('deadline', { date: lang === 'zh' ? formatDateZh(data.deadline) : data.deadline })}
      </Typography.Paragraph>
      <Table
        rowKey={(r) => r.unit.id}
        size="small"
        pagination={false}
        dataSource={data.units}
        data-testid="reporting-table"
        columns={[
          { title: t('unit'), render: (_, r) => r.unit.name },
          { title: t('expected'), dataIndex: 'expected' },
          { title: t('reported'), dataIndex: 'reported' },
          {
            title: t('status'),
            render: (_, r) => (r.light ? <Light light={r.light} title={state(r)} /> : null),
          },
          { title: t('note'), render: (_, r) => state(r) },
          { title: t('missing'), render: (_, r) => r.missing.join('、') },
        ]}
      />
    </Card>
  );
}
