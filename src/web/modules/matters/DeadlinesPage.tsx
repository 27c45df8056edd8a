import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { Loadable, useLoad } from '../../components/Loadable';
import { useUnits } from '../../components/useUnits';
import { UserText, withUserText } from '../../i18n';
import { useMattersT } from './messages';
import type { Deadline, Deadlines } from './types';

const PAGE_SIZE = 50;

/**
 * The rows behind a 反馈及时率 of the monthly statistics: every feedback deadline and time node
 * due in the month, of a lead unit or all, each met on time or not. The rate is those met
 * (?onTime=true) over all of them, as the total above the table says.
 */
export function DeadlinesPage() {
  const t = useMattersT();
  const [params, setParams] = useSearchParams();
  const { byId } = useUnits();
  const month = params.get('month') ?? '';
  const unitId = params.get('unitId') ?? undefined;
  const onTime = params.get('onTime') === 'true' ? 'true' : undefined;
  const page = Number(params.get('page') ?? 1);
  const state = useLoad(
    () =>
      get<Deadlines>(
        `/api/matters/deadlines${qs({ month, unitId, onTime, page, pageSize: PAGE_SIZE })}`,
      ),
    [month, unitId, onTime, page],
  );
  const unit = unitId ? byId.get(unitId)?.name : undefined;
  return (
    <Loadable state={state}>
      {(d) => (
        <Card
          title={t('deadlinesTitle', { month: d.month, asOf: d.asOf })}
          extra={
            <Space>
              <Typography.Text strong data-testid="list-total" data-total={d.total}>
                {t('deadlinesN', { n: d.total })}
              </Typography.Text>
              <Button
                icon={<DownloadOutlined />}
                href={`/api/matters/deadlines.xlsx${qs({ month, unitId, onTime })}`}
                data-testid="list-export"
              >
                {t('exportExcel')}
              </Button>
            </Space>
          }
        >
          <Space wrap style={{ marginBottom: 12 }}>
            {unit && <Tag>{withUserText(t('deadlinesUnit'), { name: unit })}</Tag>}
            <Checkbox
              checked={onTime === 'true'}
              onChange={(e) =>
                setParams((p) => {
                  if (e.target.checked) p.set('onTime', 'true');
                  else p.delete('onTime');
                  p.delete('page');
                  return p;
                })
              }
            >
              {t('deadlinesOnTime')}
            </Checkbox>
          </Space>
          <Table<Deadline>
            rowKey={(r) => `${r.matterId}-${r.kind}-${r.name}-${r.due}`}
            size="small"
            dataSource={d.items}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: d.total,
              showSizeChanger: false,
              onChange: (n) => setParams((p) => (p.set('page', String(n)), p)),
            }}
            columns={[
              {
                title: t('deadlineMatter'),
                render: (_, r) => (
                  <Link to={`/matters/m/${r.matterId}`}>
                    <UserText>{r.title}</UserText>
                  </Link>
                ),
              },
              {
                title: t('deadlineKind'),
                render: (_, r) =>
                  r.kind === 'feedback' ? t('deadlineFeedback') : <UserText>{r.name}</UserText>,
              },
              { title: t('deadlineDue'), dataIndex: 'due', width: 110 },
              { title: t('deadlineDone'), render: (_, r) => r.doneOn ?? '—', width: 110 },
              {
                title: '',
                width: 90,
                render: (_, r) =>
                  r.onTime ? (
                    <Tag color="green">{t('deadlineMet')}</Tag>
                  ) : (
                    <Tag color="red">{t('deadlineLate')}</Tag>
                  ),
              },
            ]}
          />
        </Card>
      )}
    </Loadable>
  );
}
