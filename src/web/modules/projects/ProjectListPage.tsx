import { DownloadOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  LIST_DEFS,
  STAGE_LABELS,
  stageFromKey,
  type ListKind,
} from '../../../core/projects/stages';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { Light, type LightColor } from '../../components/Light';
import { useI18n } from '../../i18n';
import { pct } from './links';
import { ProjectFormModal } from './ProjectFormModal';
import { useProjectT } from './messages';
import { useDetailT } from './detail-messages';
import type { ProjectPageT } from './types';

const FILTER_KEYS = [
  'programme',
  'round',
  'cumulative',
  'list',
  'reached',
  'notReached',
  'unitId',
  'level',
  'light',
  'q',
];

/** The projects behind a number: every filter lives in the URL, so links open this list. */
export function ProjectListPage() {
  const t = useProjectT();
  const d = useDetailT();
  const { lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<ProjectPageT | null>(null);
  const [loading, setLoading] = useState(true);
  const [creating, setCreating] = useState(false);
  const { hasRole } = useAuth();
  const page = Number(params.get('page') ?? 1);
  const filter = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]));
  const key = FILTER_KEYS.map((k) => params.get(k)).join('|') + page;

  useEffect(() => {
    setLoading(true);
    get<ProjectPageT>(`/api/projects${qs({ ...filter, page, pageSize: 20 })}`)
      .then(setData)
      .finally(() => setLoading(false));
  }, [key]); // key covers every filter

  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    next.set('tab', 'list');
    next.delete('page');
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  const stageName = (k: string | null) => {
    const s = k ? stageFromKey(k) : null;
    return s ? STAGE_LABELS[s][lang] : '';
  };
  const chips = [
    filter.list && (LIST_DEFS[filter.list as ListKind]?.[lang] ?? filter.list),
    filter.round &&
      `${t('round')} ${filter.round}${filter.cumulative !== 'false' ? `（${t('cumulative')}）` : ''}`,
    filter.reached && t('reached', { stage: stageName(filter.reached) }),
    filter.notReached && t('notReached', { stage: stageName(filter.notReached) }),
    filter.unitId && data?.items[0]?.unit.name,
  ].filter(Boolean);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {hasRole('supervisor', 'liaison') && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-project">
            {t('newProject')}
          </Button>
        )}
        <Input.Search
          allowClear
          placeholder={t('search')}
          defaultValue={filter.q}
          onSearch={(v) => set('q', v || undefined)}
          style={{ width: 260 }}
          data-testid="project-search"
        />
        <Select
          allowClear
          placeholder={t('allLevels')}
          style={{ width: 130 }}
          value={filter.level}
          onChange={(v) => set('level', v)}
          options={[
            { value: 'provincial', label: d('provincial') },
            { value: 'city', label: d('city') },
            { value: 'county', label: d('county') },
          ]}
        />
        <Select
          allowClear
          placeholder={t('allLights')}
          style={{ width: 130 }}
          value={filter.light}
          onChange={(v) => set('light', v)}
          options={[
            { value: 'red', label: lang === 'zh' ? '红灯' : 'Red' },
            { value: 'yellow', label: lang === 'zh' ? '黄灯' : 'Yellow' },
            { value: 'green', label: lang === 'zh' ? '绿灯' : 'Green' },
          ]}
        />
        {chips.length > 0 && (
          <Typography.Text data-testid="list-filter">
            {t('filteredBy')}
            {chips.map((c) => (
              <Tag key={String(c)}>{c}</Tag>
            ))}
          </Typography.Text>
        )}
        {FILTER_KEYS.some((k) => params.get(k)) && (
          <Button onClick={() => setParams(new URLSearchParams({ tab: 'list' }))}>
            {t('clearFilters')}
          </Button>
        )}
      </Space>
      <Space>
        <Typography.Text data-testid="project-total">
          {data && !loading ? t('total', { n: data.total }) : t('loading')}
        </Typography.Text>
        {/* The same filters, every row: what the total counts. */}
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={`/api/projects/list.xlsx${qs(filter)}`}
          data-testid="list-export"
        >
          {t('exportList')}
        </Button>
      </Space>
      {creating && <ProjectFormModal onClose={() => setCreating(false)} />}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: loading ? ' ' : <Empty description={t('empty')} /> }}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          },
        }}
        columns={[
          {
            title: t('name'),
            render: (_, p) => (
              <div>
                <Link to={`/projects/p/${p.id}`} data-testid={`project-link-${p.id}`}>
                  {p.name}
                </Link>
                {p.synthetic && (
                  <Tag color="orange" style={{ marginLeft: 6 }}>
                    {t('synthetic')}
                  </Tag>
                )}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {p.owner}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('unit'), width: 110, render: (_, p) => p.unit.name },
          { title: t('level'), width: 80, render: (_, p) => p.levelLabel },
          { title: t('stage'), width: 90, render: (_, p) => <Tag>{p.stageLabel}</Tag> },
          {
            title: t('totalInvestment'),
            width: 120,
            align: 'right',
            render: (_, p) => p.totalInvestment.toFixed(2),
          },
          {
            title: t('investmentRate'),
            width: 110,
            align: 'right',
            render: (_, p) => pct(p.investmentRate),
          },
          {
            title: t('light'),
            width: 90,
            render: (_, p) => (
              <Light light={p.reportLight as LightColor} title={p.reportLightReason} />
            ),
          },
        ]}
      />
    </Space>
  );
}
