import { Alert, Button, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n, UserText } from '../../i18n';
import {
  figureDisplay,
  figureLabel,
  sectionSubtitle,
  sectionTitle,
  titleIsData,
} from './figure-labels';
import { loadCockpit, loadTrends } from './early';
import { JiaozuoMap } from './map-loader';
import { TrendsCard, type Trends } from './TrendsCard';
import { useCockpitT } from './messages';

interface Figure {
  key: string;
  label: string;
  value: number | null;
  display: string;
  tone?: 'red' | 'yellow' | 'green';
  link: string | null;
  byUnit?: { unitId: string; value: number | null; display: string; link: string | null }[];
  higherBetter?: boolean;
}
interface Section {
  key: string;
  title: string;
  subtitle?: string;
  params?: Record<string, string | number | boolean>;
  link: string;
  figures: Figure[];
}
interface Cockpit {
  today: string;
  scopeName: string;
  focus: { id: string; code: string; name: string } | null;
  units: { id: string; code: string; name: string }[];
  sections: Section[];
  timings: Record<string, number>;
}

const TONES = { red: '#f5222d', yellow: '#faad14', green: '#52c41a' } as const;

/** 领导驾驶舱: every module's headline figures for the caller's scope, each a link to its rows. */
export function CockpitPage() {
  const t = useCockpitT();
  const { lang } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const unitId = params.get('unit') ?? undefined;
  const [data, setData] = useState<Cockpit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ms, setMs] = useState(0);
  const [figureKey, setFigureKey] = useState<string | null>(null);
  const [trends, setTrends] = useState<Trends | null>(null);
  const [trendsError, setTrendsError] = useState<string | null>(null);

  // The figures and the trends are asked for together, not one after the other.
  useEffect(() => {
    const t0 = performance.now();
    let current = true;
    setData(null);
    setTrends(null);
    setTrendsError(null);
    loadCockpit<Cockpit>(unitId).then(
      (d) => {
        if (!current) return;
        setMs(Math.round(performance.now() - t0));
        setData(d);
      },
      (e: Error) => current && setError(e.message),
    );
    loadTrends<Trends>(unitId).then(
      (d) => current && setTrends(d),
      (e: Error) => current && setTrendsError(e.message),
    );
    return () => {
      current = false;
    };
  }, [unitId]);

  const mappable = useMemo(
    () =>
      (data?.sections ?? []).flatMap((s) =>
        s.figures
          .filter((f) => f.byUnit && f.byUnit.length > 0)
          .map((f) => ({ section: s, figure: f })),
      ),
    [data],
  );
  const chosen =
    mappable.find((m) => m.figure.key === figureKey) ??
    mappable.find((m) => m.figure.key === 'matters.overdue') ??
    mappable[0];

  const unitName = (id: string) => data?.units.find((u) => u.id === id)?.name ?? '';
  const fLabel = (f: Figure) => figureLabel(f, lang, unitName);
  const sTitle = (s: Section) => sectionTitle(s, lang);

  if (error) return <Alert type="error" title={error} />;
  if (!data) return <Card loading />;

  const mapValues = data.units.map((u) => {
    const v = chosen?.figure.byUnit?.find((b) => b.unitId === u.id);
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      value: v?.value ?? null,
      display: figureDisplay(v?.display ?? '—', lang),
    };
  });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small">
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="cockpit-scope">
            {t('title')} · <UserText>{data.scopeName}</UserText>
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('asOf')} {data.today} · {t('loadTime', { ms })}
          </Typography.Text>
          {data.focus && (
            <Button size="small" onClick={() => navigate('/cockpit')} data-testid="cockpit-back">
              {t('backToAll')}
            </Button>
          )}
        </Space>
      </Card>
      {!data.focus && mappable.length > 0 && (
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card
              size="small"
              title={t('mapFigure')}
              extra={
                <Select
                  size="small"
                  style={{ width: 260 }}
                  value={chosen?.figure.key}
                  onChange={setFigureKey}
                  data-testid="map-figure"
                  options={mappable.map((m) => ({
                    value: m.figure.key,
                    label: `${sTitle(m.section)} · ${fLabel(m.figure)}`,
                  }))}
                />
              }
            >
              <JiaozuoMap
                values={mapValues}
                higherBetter={chosen?.figure.higherBetter ?? true}
                label={chosen ? fLabel(chosen.figure) : ''}
                onUnitClick={(id) => navigate(`/cockpit?unit=${id}`)}
              />
              <Typography.Text type="secondary">{t('clickHint')}</Typography.Text>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" title={`${t('byUnit')} · ${chosen ? fLabel(chosen.figure) : ''}`}>
              <Table
                size="small"
                rowKey="unitId"
                pagination={false}
                dataSource={mapValues}
                columns={[
                  {
                    title: t('unit'),
                    render: (_, r) => <Link to={`/cockpit?unit=${r.unitId}`}>{r.name}</Link>,
                  },
                  {
                    title: t('value'),
                    render: (_, r) => {
                      const link = chosen?.figure.byUnit?.find((b) => b.unitId === r.unitId)?.link;
                      return link ? (
                        <Link to={link} data-testid={`unit-figure-${r.code}`}>
                          {r.display}
                        </Link>
                      ) : (
                        r.display
                      );
                    },
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Row gutter={[16, 16]}>
        {data.sections.map((s) => (
          <Col xs={24} lg={12} key={s.key}>
            <Card
              size="small"
              title={
                <Link to={s.link}>
                  {titleIsData(s.key) ? <UserText>{s.title}</UserText> : sTitle(s)}
                </Link>
              }
              extra={<Typography.Text type="secondary">{sectionSubtitle(s, lang)}</Typography.Text>}
              data-testid={`section-${s.key}`}
            >
              <Space size="large" wrap>
                {s.figures.map((f) => (
                  <Statistic
                    key={f.key}
                    title={
                      f.key.startsWith('eval.') && f.key.includes('.first.') ? (
                        <UserText>{fLabel(f)}</UserText>
                      ) : (
                        fLabel(f)
                      )
                    }
                    valueRender={() =>
                      f.link ? (
                        <Link
                          to={f.link}
                          data-testid={`fig-${f.key}`}
                          style={{ color: f.tone ? TONES[f.tone] : undefined }}
                        >
                          {figureDisplay(f.display, lang)}
                        </Link>
                      ) : (
                        <span>{figureDisplay(f.display, lang)}</span>
                      )
                    }
                  />
                ))}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <TrendsCard data={trends} error={trendsError} />
    </Space>
  );
}
