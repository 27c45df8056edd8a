import { Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { useT } from './messages';
import { OUTCOME_COLORS, TITLE_LABELS, type Evaluation } from './types';

/** One title's result: qualifies / nearly / not, how, points by indicator, what is lacking. */
export function EvaluationCard({ e }: { e: Evaluation }) {
  const t = useT();
  const { label: pick } = useI18n();
  return (
    <Card
      size="small"
      title={pick(TITLE_LABELS[e.titleKind])}
      data-testid={`evaluation-${e.titleKind}`}
      extra={
        <Tag color={OUTCOME_COLORS[e.outcome]} data-testid={`outcome-${e.titleKind}`}>
          {t(e.outcome)}
        </Tag>
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('version')}>{e.versionName ?? '—'}</Descriptions.Item>
        {e.score !== null && <Descriptions.Item label={t('score')}>{e.score}</Descriptions.Item>}
        {e.directRoutes.length > 0 && (
          <Descriptions.Item label={t('direct')}>{e.directRoutes.join('；')}</Descriptions.Item>
        )}
      </Descriptions>
      {e.indicators.length > 0 && (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={e.indicators}
          columns={[
            { title: t('indicators'), dataIndex: 'labelZh' },
            { title: '', dataIndex: 'value', width: 120 },
            { title: t('score'), width: 80, render: (_, i) => `${i.points}/${i.maxPoints}` },
          ]}
        />
      )}
      {e.gaps.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('gaps')}</Typography.Text>}
          dataSource={e.gaps}
          renderItem={(g) => (
            <List.Item data-testid="gap">
              <Space>
                <Typography.Text type="danger">•</Typography.Text>
                {g}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
