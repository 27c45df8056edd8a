import { Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../core/enums';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { Loadable, useLoad } from '../../components/Loadable';
import { localPeriod } from '../../components/periods';
import { useI18n, withUserText } from '../../i18n';
import { mattersLink, type MatterFilters } from '../matters/links';
import type { Plan, PlanTable } from '../targets/types';
import { useHomeT } from './messages';

const RED = '#f5222d';
const YELLOW = '#faad14';
const GREEN = '#52c41a';

interface MatterCounts {
  open: number;
  red: number;
  yellow: number;
  green: number;
  overdue: number;
  cooperating: number;
}

/** The landing page: who you are, and the state of your matters and targets at a glance. */
export function HomePage() {
  const { t, label } = useI18n();
  const { me, hasRole } = useAuth();
  const business = hasRole('supervisor', 'leader', 'liaison', 'viewer');
  if (!me) return null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Typography.Title level={4} data-testid="welcome">
          {withUserText(t('welcome'), { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('yourRoles')}：</Typography.Text>
        {me.roles.map((r) => (
          <Tag key={`${r.role}-${r.unitId}`}>
            {r.unitName} · {label(ROLE_LABELS[r.role])}
          </Tag>
        ))}
      </Card>
      {business && (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <MattersCard />
          </Col>
          <Col xs={24} lg={12}>
            <TargetsCard />
          </Col>
        </Row>
      )}
    </Space>
  );
}

/**
 * Open matters the caller's units lead or cooperate on (配合), as their own list shows them;
 * each number opens the matters behind it.
 */
function MattersCard() {
  const { t } = useI18n();
  const h = useHomeT();
  const counts = useLoad(() => get<MatterCounts>('/api/matters/counts'), []);
  const stat = (title: string, n: number, f: MatterFilters, key: string, color?: string) => (
    <Link to={mattersLink(f)} data-testid={`home-matters-${key}`}>
      <Statistic title={title} value={n} styles={color ? { content: { color } } : undefined} />
    </Link>
  );
  return (
    <Card title={<Link to="/matters">{t('matters')}</Link>}>
      <Loadable state={counts} testId="home-matters-loading">
        {(c) => (
          <Space size="large" wrap>
            {stat(h('open'), c.open, { status: 'open' }, 'open')}
            {stat(
              h('cooperating'),
              c.cooperating,
              { status: 'open', involvement: 'cooperating' },
              'cooperating',
            )}
            {stat(h('red'), c.red, { status: 'open', light: 'red' }, 'red', RED)}
            {stat(h('yellow'), c.yellow, { status: 'open', light: 'yellow' }, 'yellow', YELLOW)}
            {stat(h('overdue'), c.overdue, { overdue: true }, 'overdue')}
          </Space>
        )}
      </Loadable>
    </Card>
  );
}

/** The latest plan's lights over every figure the caller sees. */
function TargetsCard() {
  const h = useHomeT();
  const { lang } = useI18n();
  const plan = useLoad(async () => {
    const r = await get<{ items: Plan[] }>('/api/target-plans');
    const latest = [...r.items].sort((a, b) => b.year - a.year)[0];
    return latest ? get<PlanTable>(`/api/target-plans/${latest.id}/table${qs({})}`) : null;
  }, []);
  return (
    <Loadable state={plan} testId="home-targets-loading">
      {(p) =>
        p === null ? (
          <Card>
            <Empty description={h('noPlan')} />
          </Card>
        ) : (
          <Card
            title={
              <Link to={`/targets?plan=${p.plan.id}&period=${p.period}`}>
                {withUserText(
                  h('planTitle', { year: p.plan.year, period: localPeriod(p.periodLabel, lang) }),
                  { title: p.plan.title },
                )}
              </Link>
            }
          >
            <Link to={`/targets?plan=${p.plan.id}&period=${p.period}`}>
              <Space size="large" wrap data-testid="home-target-counts">
                <Statistic
                  title={h('green')}
                  value={p.counts.green}
                  styles={{ content: { color: GREEN } }}
                />
                <Statistic
                  title={h('yellow')}
                  value={p.counts.yellow}
                  styles={{ content: { color: YELLOW } }}
                />
                <Statistic
                  title={h('red')}
                  value={p.counts.red}
                  styles={{ content: { color: RED } }}
                />
                <Statistic title={h('notReported')} value={p.counts.notReported} />
                <Statistic title={h('undecided')} value={p.counts.none} />
              </Space>
            </Link>
          </Card>
        )
      }
    </Loadable>
  );
}
