import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Select, Space, Statistic, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { XlsxUpload } from '../../components/XlsxUpload';
import { PlanTable } from './PlanTable';
import { ReportingPanel } from './ReportingPanel';
import { ReportsDrawer } from './ReportsDrawer';
import { AddTargetModal } from './edit/AddTargetModal';
import { PlanFormModal } from './edit/PlanFormModal';
import { defaultPeriod, type Plan, type PlanTable as PlanTableData } from './types';

/** Annual plans: pick a plan and a month, see every target judged, export or import ledgers. */
export function TargetsPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [plans, setPlans] = useState<Plan[]>([]);
  const [table, setTable] = useState<PlanTableData | null>(null);
  const [drawer, setDrawer] = useState<{ targetId: string; title: string } | null>(null);
  const [modal, setModal] = useState<'plan' | 'target' | null>(null);
  const canCreatePlan = useAuth().hasRole('supervisor');
  const planId = params.get('plan') ?? plans[0]?.id;
  const plan = plans.find((p) => p.id === planId);
  const period = params.get('period') ?? (plan ? defaultPeriod(plan.year) : undefined);

  const loadPlans = useCallback(async () => {
    setPlans((await get<{ items: Plan[] }>('/api/target-plans')).items);
  }, []);
  useEffect(() => {
    void loadPlans();
  }, [loadPlans]);

  const load = useCallback(async () => {
    if (!planId || !period) return;
    setTable(await get<PlanTableData>(`/api/target-plans/${planId}/table${qs({ period })}`));
  }, [planId, period]);
  useEffect(() => {
    load().catch((e) => message.error((e as Error).message));
  }, [load, message]);

  const set = (k: string, v: string) => setParams((p) => (p.set(k, v), p));
  const newPlanButton = canCreatePlan && (
    <Button icon={<PlusOutlined />} onClick={() => setModal('plan')} data-testid="new-plan">
      新建计划
    </Button>
  );
  const modals = (
    <>
      {modal === 'plan' && (
        <PlanFormModal
          onClose={() => setModal(null)}
          onSaved={(p) => {
            setModal(null);
            message.success('计划已建立');
            void loadPlans().then(() => setParams({ plan: p.id }));
          }}
        />
      )}
      {modal === 'target' && plan && (
        <AddTargetModal
          plan={plan}
          onClose={() => setModal(null)}
          onSaved={(items) => {
            setModal(null);
            message.success(`已添加 ${items.length} 个目标`);
            void load();
          }}
        />
      )}
    </>
  );
  if (plans.length === 0)
    return (
      <Card>
        <Empty description="暂无目标计划">{newPlanButton}</Empty>
        {modals}
      </Card>
    );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Space wrap size="large">
          <Select
            style={{ minWidth: 320 }}
            value={planId}
            onChange={(v) => setParams({ plan: v })}
            options={plans.map((p) => ({
              value: p.id,
              label: `${p.year}年 ${p.unit.name} ${p.title}`,
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
              添加目标
            </Button>
          )}
          {table && (
            <>
              <Statistic
                title="绿灯"
                value={table.counts.green}
                styles={{ content: { color: '#52c41a' } }}
              />
              <Statistic
                title="黄灯"
                value={table.counts.yellow}
                styles={{ content: { color: '#faad14' } }}
              />
              <Statistic
                title="红灯"
                value={table.counts.red}
                styles={{ content: { color: '#f5222d' } }}
              />
              <Statistic title="未判定" value={table.counts.none} />
            </>
          )}
        </Space>
      </Card>
      {table?.syntheticNote && <Alert type="info" showIcon title={table.syntheticNote} />}
      {table && planId && period && (
        <Tabs
          items={[
            {
              key: 'table',
              label: `目标完成情况（${table.periodLabel}）`,
              children: (
                <Card
                  extra={
                    <Space>
                      <Button
                        icon={<DownloadOutlined />}
                        href={`/api/target-plans/${planId}/ledger.xlsx${qs({ period })}`}
                        data-testid="export-ledger"
                      >
                        导出台账
                      </Button>
                      <Button
                        icon={<DownloadOutlined />}
                        href={`/api/target-plans/${planId}/report-sheet.xlsx${qs({ period })}`}
                      >
                        下载填报表
                      </Button>
                      <XlsxUpload
                        url={`/api/target-plans/${planId}/report-sheet${qs({ period })}`}
                        label="导入填报表"
                        testId="import-report-sheet"
                        onDone={(r) => {
                          message.success((r as { message: string }).message);
                          void load();
                        }}
                      />
                    </Space>
                  }
                >
                  <PlanTable
                    data={table}
                    onOpenReports={(targetId, title) => setDrawer({ targetId, title })}
                  />
                </Card>
              ),
            },
            {
              key: 'reporting',
              label: '填报情况',
              children: <ReportingPanel planId={planId} period={period} />,
            },
          ]}
        />
      )}
      {drawer && <ReportsDrawer {...drawer} onClose={() => setDrawer(null)} />}
      {modals}
    </Space>
  );
}
