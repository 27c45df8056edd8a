import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../core/enums';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import type { Board } from '../matters/types';
import type { Plan, PlanTable } from '../targets/types';

const RED = '#f5222d';
const YELLOW = '#faad14';
const GREEN = '#52c41a';

/** The landing page: who you are, and the state of your matters and targets at a glance. */
export function HomePage() {
  const { t, label } = useI18n();
  const { me, hasRole } = useAuth();
  const business = hasRole('supervisor', 'leader', 'liaison', 'viewer');
  const [board, setBoard] = useState<Board | null>(null);
  const [plan, setPlan] = useState<PlanTable | null>(null);

  useEffect(() => {
    if (!business) return;
    get<Board>('/api/matters/board').then(setBoard, () => undefined);
    get<{ items: Plan[] }>('/api/target-plans')
      .then(async (r) => {
        const latest = [...r.items].sort((a, b) => b.year - a.year)[0];
        if (latest) setPlan(await get<PlanTable>(`/api/target-plans/${latest.id}/table${qs({})}`));
      })
      .catch(() => undefined);
  }, [business]);
  if (!me) return null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Typography.Title level={4} data-testid="welcome">
          {t('welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('yourRoles')}：</Typography.Text>
        {me.roles.map((r) => (
          <Tag key={`${r.role}-${r.unitId}`}>
            {r.unitName} · {label(ROLE_LABELS[r.role])}
          </Tag>
        ))}
      </Card>
      <Row gutter={16}>
        {board && (
          <Col xs={24} lg={12}>
            <Card title={<Link to="/matters">{t('matters')}</Link>}>
              <Space size="large" wrap>
                <Statistic title="在办" value={board.total.open} />
                <Statistic
                  title="红灯"
                  value={board.total.red}
                  styles={{ content: { color: RED } }}
                />
                <Statistic
                  title="黄灯"
                  value={board.total.yellow}
                  styles={{ content: { color: YELLOW } }}
                />
                <Statistic title="超期" value={board.total.overdue} />
              </Space>
            </Card>
          </Col>
        )}
        {plan && (
          <Col xs={24} lg={12}>
            <Card
              title={
                <Link
                  to={`/targets?plan=${plan.plan.id}`}
                >{`${plan.plan.year}年 ${plan.plan.title}（${plan.periodLabel}）`}</Link>
              }
            >
              <Space size="large" wrap>
                <Statistic
                  title="绿灯"
                  value={plan.counts.green}
                  styles={{ content: { color: GREEN } }}
                />
                <Statistic
                  title="黄灯"
                  value={plan.counts.yellow}
                  styles={{ content: { color: YELLOW } }}
                />
                <Statistic
                  title="红灯"
                  value={plan.counts.red}
                  styles={{ content: { color: RED } }}
                />
                <Statistic title="未判定" value={plan.counts.none} />
              </Space>
            </Card>
          </Col>
        )}
      </Row>
    </Space>
  );
}
