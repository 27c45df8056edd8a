import { Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { useEvalT } from './messages';
import { localPeriod } from '../../components/periods';
import { activeLang, UserText } from '../../i18n';
import { useMoreT } from './more-messages';
import type { UnitBreakdown } from './types';

const fmt = (v: number | null) => (v === null ? '—' : String(v));

/** A unit's breakdown: points per indicator, lost against the best peer, and what-if. */
export function BreakdownPage() {
  const t = useEvalT();
  const more = useMoreT();
  const { id, unitId } = useParams();
  const [params] = useSearchParams();
  const [data, setData] = useState<UnitBreakdown | null>(null);
  useEffect(() => {
    get<UnitBreakdown>(
      `/api/evaluations/schemes/${id}/results/${unitId}${qs({ period: params.get('period') ?? undefined, version: params.get('version') ?? undefined })}`,
    ).then(setData);
  }, [id, unitId, params]);
  if (!data) return <Card loading />;
  const r = data.row;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card
        title={
          <span>
            <Link to={`/evaluations/s/${data.scheme.id}?period=${data.period}`}>
              <UserText>{data.scheme.name}</UserText>
            </Link>{' '}
            · <UserText>{r.unit.name}</UserText> · {t('breakdown')}
          </span>
        }
        extra={
          <Typography.Text type="secondary">
            {localPeriod(data.periodLabel, activeLang())} ·{' '}
            {more('version', { n: data.scheme.version })}
          </Typography.Text>
        }
      >
        <Row gutter={16}>
          <Col span={6}>
            <Statistic
              title={t('total')}
              value={r.total.toFixed(2)}
              data-testid="breakdown-total"
            />
          </Col>
          <Col span={6}>
            <Statistic
              title={`${t('rank')}（${r.groupLabel}）`}
              value={r.rank ? `${r.rank} / ${r.groupSize}` : '—'}
            />
          </Col>
          <Col span={6}>
            <Statistic title={t('adjust')} value={r.adjustmentPoints.toFixed(2)} />
          </Col>
          <Col span={6}>
            <Statistic title={t('lost')} value={r.lostToBest.toFixed(2)} />
          </Col>
        </Row>
        {r.vetoed && <Tag color="red">{t('vetoed')}</Tag>}
      </Card>
      <Card size="small" title={t('indicator')}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={data.leaves}
          data-testid="breakdown-leaves"
          columns={[
            { title: t('indicator'), dataIndex: 'name' },
            {
              title: t('value'),
              render: (_, l) =>
                l.rowsLink ? <Link to={l.rowsLink}>{fmt(l.value)}</Link> : fmt(l.value),
            },
            {
              title: t('earned'),
              render: (_, l) => `${l.points.toFixed(2)} / ${l.fullPoints.toFixed(2)}`,
            },
            {
              title: t('best'),
              render: (_, l) =>
                `${l.bestUnits.map((u) => u.name).join('、')}（${fmt(l.bestValue)}，${l.bestPoints.toFixed(2)}）`,
            },
            {
              title: t('lostToBest'),
              render: (_, l) =>
                l.lostToBest > 0 ? (
                  <Typography.Text type="danger">{l.lostToBest.toFixed(2)}</Typography.Text>
                ) : (
                  '0.00'
                ),
            },
          ]}
        />
      </Card>
      {data.whatIf.length > 0 && (
        <Card size="small" title={t('ifMatched')}>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={data.whatIf}
            data-testid="breakdown-whatif"
            columns={[
              { title: t('indicator'), dataIndex: 'name' },
              { title: t('value'), render: (_, w) => fmt(w.value) },
              { title: t('newTotal'), render: (_, w) => w.total.toFixed(2) },
              {
                title: t('newRank'),
                render: (_, w) => (w.rank === null ? '—' : `${w.rank} / ${r.groupSize}`),
              },
              { title: t('gain'), render: (_, w) => `+${w.gain.toFixed(2)}` },
            ]}
          />
        </Card>
      )}
      {data.adjustments.length > 0 && (
        <Card size="small" title={t('adjustments')}>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={data.adjustments}
            columns={[
              { title: t('indicator'), dataIndex: 'name' },
              { title: t('value'), render: (_, a) => fmt(a.value) },
              {
                title: t('earned'),
                render: (_, a) =>
                  a.kind === 'veto' ? (a.triggered ? t('vetoed') : '—') : a.points.toFixed(2),
              },
            ]}
          />
        </Card>
      )}
      {data.manual.length > 0 && (
        <Card size="small" title={t('manualHistory')}>
          <Table
            rowKey={(m) => `${m.itemKey}-${m.enteredAt}`}
            size="small"
            pagination={false}
            dataSource={data.manual}
            columns={[
              {
                title: t('indicator'),
                render: (_, m) =>
                  data.leaves.find((l) => l.key === m.itemKey)?.name ??
                  data.adjustments.find((a) => a.key === m.itemKey)?.name ??
                  m.itemKey,
              },
              {
                title: t('value'),
                render: (_, m) =>
                  m.current ? m.value : <Typography.Text delete>{m.value}</Typography.Text>,
              },
              { title: t('reason'), dataIndex: 'reason' },
              { title: t('evidence'), dataIndex: 'evidence' },
              { title: t('enteredBy'), dataIndex: 'enteredByName' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
