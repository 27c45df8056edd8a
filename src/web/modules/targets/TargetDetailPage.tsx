import { App, Button, Card, Descriptions, Segmented, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { RankingChart, TrendChart } from './charts';
import { ReportModal } from './ReportModal';
import { ReportsDrawer } from './ReportsDrawer';
import { TargetActions } from './edit/TargetActions';
import { Loading } from '../../components/Loadable';
import { localPeriod } from '../../components/periods';
import { RANKING_GROUP_LABELS, type RankingGroup } from '../../../core/enums';
import { useI18n } from '../../i18n';
import { useTargetsT } from './messages';
import { StatusCell } from './StatusCell';
import type { Ranking, TargetPage } from './types';

/** One target: its words and meaning, its status, the trend per unit, the ranking of units. */
export function TargetDetailPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const [data, setData] = useState<TargetPage | null>(null);
  const [ranking, setRanking] = useState<Ranking | null>(null);
  const [basis, setBasis] = useState<'actual' | 'completion'>('actual');
  const [drawer, setDrawer] = useState<{ targetId: string; title: string } | null>(null);
  const [reporting, setReporting] = useState<{
    targetId: string;
    unitName: string;
    actual: number | null;
  } | null>(null);
  const period = params.get('period') ?? undefined;
  const t = useTargetsT();
  const { lang, label } = useI18n();
  const inLang = (l: string) => localPeriod(l, lang);

  const load = useCallback(async () => {
    const page = await get<TargetPage>(`/api/targets/${id}${qs({ period })}`);
    setData(page);
    // The ranking is asked through the page's own line: the server ranks the plan line's
    // units from it, and a county liaison, who cannot read the city's line, gets its rank.
    setRanking(
      await get<Ranking>(
        `/api/targets/${page.target.id}/ranking${qs({ period: page.period, basis })}`,
      ).catch(() => null),
    );
  }, [id, period, basis]);
  useEffect(() => {
    load().catch((e) => message.error((e as Error).message));
  }, [load, message]);

  if (!data) return <Loading />;
  const { target, status, plan } = data;
  const canReport = hasRole('liaison', 'supervisor');
  const mine = [{ target, status }, ...data.units];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <span data-testid="target-title" data-user-text="">
            {target.wording}
          </span>
        }
        extra={<Link to={`/targets?plan=${plan.id}&period=${data.period}`}>{t('backToPlan')}</Link>}
        actions={
          plan.canManage
            ? [
                <div key="manage" style={{ textAlign: 'left', paddingInline: 16 }}>
                  <TargetActions data={data} onChanged={() => void load()} />
                </div>,
              ]
            : undefined
        }
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('plan')}>
            {t('planLabel', { year: plan.year, unit: plan.unit.name, title: plan.title })}
          </Descriptions.Item>
          <Descriptions.Item label={t('indicator')}>
            {target.indicator.name}（{target.indicator.measureUnit}）
          </Descriptions.Item>
          <Descriptions.Item label={t('meaning')}>
            <span data-testid="target-meaning">
              {target.meaning}
              {target.parsedBy === 'person'
                ? ` · ${t('byPerson', { reason: target.overrideReason ?? '' })}`
                : ''}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('unit')}>{target.unit.name}</Descriptions.Item>
          <Descriptions.Item label={inLang(status.periodLabel)}>
            <StatusCell
              status={status}
              unit={target.indicator.measureUnit}
              onOpenReports={() => setDrawer({ targetId: target.id, title: target.unit.name })}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('detail')}>
            <span data-testid="target-detail">
              {lang === 'en' ? status.detailEn : status.detail}
            </span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('trend')}>
        <TrendChart trend={data.trend} />
      </Card>
      <Card title={t('decomposed')}>
        <Table
          rowKey={(r) => r.target.id}
          size="small"
          pagination={false}
          dataSource={mine}
          columns={[
            {
              title: t('unit'),
              render: (_, r) =>
                r.target.id === target.id ? (
                  r.target.unit.name
                ) : (
                  <Link
                    to={`/targets/t/${r.target.id}?period=${data.period}`}
                    data-testid={`unit-target-${r.target.unit.code}`}
                  >
                    {r.target.unit.name}
                  </Link>
                ),
            },
            { title: t('target'), render: (_, r) => r.target.wording },
            { title: t('meaning'), render: (_, r) => r.target.meaning },
            {
              title: inLang(status.periodLabel),
              render: (_, r) => (
                <StatusCell
                  status={r.status}
                  unit={target.indicator.measureUnit}
                  onOpenReports={() =>
                    setDrawer({ targetId: r.target.id, title: r.target.unit.name })
                  }
                />
              ),
            },
            {
              title: t('actions'),
              render: (_, r) =>
                canReport && (
                  <Button
                    size="small"
                    onClick={() =>
                      setReporting({
                        targetId: r.target.id,
                        unitName: r.target.unit.name,
                        actual: r.status.actual,
                      })
                    }
                    data-testid={`report-${r.target.unit.code}`}
                  >
                    {r.status.actual === null ? t('report') : t('correct')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {ranking && ranking.items.length > 0 && (
        <Card
          title={t('ranking', {
            period: inLang(ranking.periodLabel),
            basis: basis === 'completion' ? t('byCompletion') : t('byActual'),
          })}
          extra={
            <Segmented
              value={basis}
              onChange={(v) => setBasis(v as typeof basis)}
              options={[
                { value: 'actual', label: t('byActual') },
                { value: 'completion', label: t('byCompletion') },
              ]}
            />
          }
        >
          <Typography.Paragraph type="secondary">
            {t('groupsNote', {
              groups: ranking.groups
                .map((g) => {
                  const known = RANKING_GROUP_LABELS[g.group as RankingGroup];
                  return known ? label(known) : g.label;
                })
                .join(' / '),
            })}
          </Typography.Paragraph>
          {ranking.items.length === 1 ? (
            <Typography.Text data-testid="own-rank">
              {t('yourRank', {
                group: ranking.items[0]!.groupRank ?? '—',
                overall: ranking.items[0]!.overallRank ?? '—',
              })}
            </Typography.Text>
          ) : (
            <RankingChart ranking={ranking} />
          )}
        </Card>
      )}
      {drawer && <ReportsDrawer {...drawer} onClose={() => setDrawer(null)} />}
      {reporting && (
        <ReportModal
          targetId={reporting.targetId}
          period={data.period}
          title={`${reporting.unitName} · ${target.indicator.name} · ${inLang(status.periodLabel)}`}
          existing={reporting.actual}
          measureUnit={target.indicator.measureUnit}
          onClose={() => setReporting(null)}
          onSaved={() => {
            setReporting(null);
            message.success(t('saved'));
            void load();
          }}
        />
      )}
    </Space>
  );
}
