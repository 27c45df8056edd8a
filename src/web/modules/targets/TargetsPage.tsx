import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Select,
  Space,
  Statistic,
  Tabs,
  Tooltip,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { Loadable, useLoad } from '../../components/Loadable';
import { localPeriod } from '../../components/periods';
import { XlsxUpload } from '../../components/XlsxUpload';
import { useI18n } from '../../i18n';
import { useTargetsT } from './messages';
import { usePanelT } from './panel-messages';
import { PlanTable } from './PlanTable';
import { ReportingPanel } from './ReportingPanel';
import { ReportsDrawer } from './ReportsDrawer';
import { COUNTED_AS, type CountedAs } from './StatusCell';
import { AddTargetModal } from './edit/AddTargetModal';
import { PlanFormModal } from './edit/PlanFormModal';
import { defaultPeriod, type Plan, type PlanTable as PlanTableData } from './types';

/** Annual plans: pick a plan and a month, see every target judged, export or import ledgers. */
export function TargetsPage() {
  const { message } = App.useApp();
  const t = useTargetsT();
  const [params, setParams] = useSearchParams();
  const [drawer, setDrawer] = useState<{ targetId: string; title: string } | null>(null);
  const [modal, setModal] = useState<'plan' | 'target' | null>(null);
  const canCreatePlan = useAuth().hasRole('supervisor');
  const plans = useLoad(async () => (await get<{ items: Plan[] }>('/api/target-plans')).items, []);
  const planId = params.get('plan') ?? plans.data?.[0]?.id;
  const plan = plans.data?.find((p) => p.id === planId);
  const period = params.get('period') ?? (plan ? defaultPeriod(plan.year) : undefined);
  const table = useLoad(
    async () =>
      planId && period
        ? get<PlanTableData>(`/api/target-plans/${planId}/table${qs({ period })}`)
        : null,
    [planId, period],
  );

  const set = (k: string, v: string) => setParams((p) => (p.set(k, v), p));
  // A headline count's link narrows the table to the rows holding its figures.
  const only = COUNTED_AS.find((o) => o === params.get('light'));
  const newPlanButton = canCreatePlan && (
    <Button icon={<PlusOutlined />} onClick={() => setModal('plan')} data-testid="new-plan">
      {t('newPlan')}
    </Button>
  );
  const modals = (
    <>
      {modal === 'plan' && (
        <PlanFormModal
          onClose={() => setModal(null)}
          onSaved={(p) => {
            setModal(null);
            message.success(t('planCreated'));
            void plans.reload().then(() => setParams({ plan: p.id }));
          }}
        />
      )}
      {modal === 'target' && plan && (
        <AddTargetModal
          plan={plan}
          onClose={() => setModal(null)}
          onSaved={(items) => {
            setModal(null);
            message.success(t('targetsAdded', { n: items.length }));
            void table.reload();
          }}
        />
      )}
    </>
  );

  return (
    <Loadable state={plans} testId="plans-loading">
      {(list) =>
        list.length === 0 ? (
          <Card>
            <Empty description={t('noPlans')} data-testid="no-plans">
              {newPlanButton}
            </Empty>
            {modals}
          </Card>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Card>
              <Space wrap size="large">
                <Select
                  style={{ minWidth: 320 }}
                  value={planId}
                  onChange={(v) => setParams({ plan: v })}
                  options={list.map((p) => ({
                    value: p.id,
                    label: t('planLabel', { year: p.year, unit: p.unit.name, title: p.title }),
                  }))}
                  data-testid="plan-select"
                />
                <DatePicker
                  picker="month"
                  allowClear={false}
                  value={period ? dayjs(`${period}-01`) : undefined}
                  onChange={(d) => d && set('period', d.format('YYYY-MM'))}
                  data-testid="period-picker"
                />
                {newPlanButton}
                {plan?.canManage && (
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setModal('target')}
                    data-testid="add-target"
                  >
                    {t('addTarget')}
                  </Button>
                )}
                {table.data && planId && period && (
                  <Counts
                    data={table.data}
                    link={(light) => `/targets${qs({ plan: planId, period, light })}`}
                  />
                )}
              </Space>
            </Card>
            <Loadable state={table} testId="table-loading">
              {(data) =>
                data &&
                planId &&
                period && (
                  <PlanTabs
                    data={data}
                    planId={planId}
                    period={period}
                    only={only}
                    onShowAll={() => setParams((p) => (p.delete('light'), p))}
                    onChanged={() => void table.reload()}
                    onOpenReports={(targetId, title) => setDrawer({ targetId, title })}
                  />
                )
              }
            </Loadable>
            {drawer && <ReportsDrawer {...drawer} onClose={() => setDrawer(null)} />}
            {modals}
          </Space>
        )
      }
    </Loadable>
  );
}

/**
 * The headline counts: every figure the caller sees, 未报送 apart from red. Each opens the
 * table narrowed to the rows that hold those figures.
 */
function Counts({ data, link }: { data: PlanTableData; link: (light: CountedAs) => string }) {
  const t = useTargetsT();
  const c = data.counts;
  const items = [
    { key: 'green', only: 'green', value: c.green, color: '#52c41a' },
    { key: 'yellow', only: 'yellow', value: c.yellow, color: '#faad14' },
    { key: 'red', only: 'red', value: c.red, color: '#f5222d' },
    { key: 'notReported', only: 'notReported', value: c.notReported, color: '#8c8c8c' },
    { key: 'undecided', only: 'none', value: c.none, color: undefined },
  ] as const;
  return (
    <Tooltip title={t('countsHint')}>
      <Space size="large" data-testid="plan-counts">
        {items.map((i) => (
          <Statistic
            key={i.key}
            title={t(i.key)}
            valueRender={() => (
              <Link to={link(i.only)} style={i.color ? { color: i.color } : undefined}>
                {i.value}
              </Link>
            )}
            data-testid={`count-${i.key}`}
          />
        ))}
      </Space>
    </Tooltip>
  );
}

function PlanTabs({
  data,
  planId,
  period,
  only,
  onShowAll,
  onChanged,
  onOpenReports,
}: {
  data: PlanTableData;
  planId: string;
  period: string;
  only?: CountedAs;
  onShowAll(): void;
  onChanged(): void;
  onOpenReports(targetId: string, title: string): void;
}) {
  const t = useTargetsT();
  const p = usePanelT();
  const { lang } = useI18n();
  const { message } = App.useApp();
  return (
    <>
      {data.syntheticNote && <Alert type="info" showIcon title={p('syntheticNote')} />}
      <Tabs
        items={[
          {
            key: 'table',
            label: t('tableTab', { period: localPeriod(data.periodLabel, lang) }),
            children: (
              <Card
                extra={
                  <Space>
                    <Button
                      icon={<DownloadOutlined />}
                      href={`/api/target-plans/${planId}/ledger.xlsx${qs({ period })}`}
                      data-testid="export-ledger"
                    >
                      {t('exportLedger')}
                    </Button>
                    <Button
                      icon={<DownloadOutlined />}
                      href={`/api/target-plans/${planId}/report-sheet.xlsx${qs({ period })}`}
                    >
                      {t('downloadSheet')}
                    </Button>
                    {/* Only liaisons report figures: nobody else is offered an import that
                        would refuse every line. */}
                    {data.canReport && (
                      <XlsxUpload
                        url={`/api/target-plans/${planId}/report-sheet${qs({ period })}`}
                        label={t('importSheet')}
                        testId="import-report-sheet"
                        onDone={(r) => {
                          message.success((r as { message: string }).message);
                          onChanged();
                        }}
                      />
                    )}
                  </Space>
                }
              >
                {only && (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 8 }}
                    data-testid="table-only"
                    title={t('onlyRows', {
                      what: t(only === 'none' ? 'undecided' : only),
                      n: String(data.counts[only]),
                    })}
                    action={
                      <Button size="small" onClick={onShowAll}>
                        {t('showAll')}
                      </Button>
                    }
                  />
                )}
                <PlanTable data={data} only={only} onOpenReports={onOpenReports} />
              </Card>
            ),
          },
          {
            key: 'reporting',
            label: t('reportingTab'),
            children: <ReportingPanel planId={planId} period={period} />,
          },
        ]}
      />
    </>
  );
}
