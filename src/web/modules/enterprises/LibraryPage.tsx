import { Alert, App, Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { XlsxUpload } from '../../components/XlsxUpload';
import { useUnits } from '../../components/useUnits';
import { useI18n } from '../../i18n';
import { useT } from './messages';
import { usePageT } from './page-messages';
import { EnterpriseForm } from './EnterpriseForms';
import { useChainNames } from './useChains';
import { YearSelect } from './YearSelect';
import { TITLE_KINDS, TITLE_LABELS, type EnterpriseSummary } from './types';

const PAGE_SIZE = 50;

interface LibraryResponse {
  items: EnterpriseSummary[];
  total: number;
  totalEstimated: boolean;
}

/** The library: search by name, code or pinyin initials, filter by unit, chain, title, scale, pool. */
export function LibraryPage() {
  const t = useT();
  const pt = usePageT();
  const { label: pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const { units } = useUnits();
  const chains = useChainNames();
  const [data, setData] = useState<LibraryResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [figuresYear, setFiguresYear] = useState(new Date().getFullYear() - 1);
  const [reload, setReload] = useState(0);
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  // The server decides per enterprise; this only hides buttons a reader could never use.
  const canWrite = hasRole('supervisor') || hasRole('liaison');
  const filter = Object.fromEntries([...params.entries()].filter(([k]) => k !== 'tab'));
  const key = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    setData(null);
    // Paged by the server: at 300,000 enterprises only the page shown is read.
    get<LibraryResponse>(`/api/enterprises${qs({ ...JSON.parse(key), pageSize: PAGE_SIZE })}`)
      .then((r) => live && setData(r))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [key, reload]);

  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    // Another filter starts again on its first page.
    if (k !== 'page') next.delete('page');
    setParams(next);
  };
  const counties = units.filter((u) => u.depth === 1 && u.kind !== 'department');

  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }} data-testid="library-toolbar">
        {canWrite && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-enterprise">
            {t('newEnterprise')}
          </Button>
        )}
        {t('figuresYear')}
        <YearSelect value={figuresYear} onChange={setFiguresYear} back={4} />
        <Button
          href={`/api/enterprises/figures.xlsx${qs({ year: figuresYear, unitId: filter.unitId })}`}
          data-testid="export-figures"
        >
          {t('exportFigures')}
        </Button>
        {canWrite && (
          <XlsxUpload
            url={`/api/enterprises/figures/import${qs({ year: figuresYear })}`}
            label={t('importFigures')}
            testId="import-figures"
            onDone={(r) => {
              message.success(t('imported', { n: (r as { saved: number }).saved }));
              setReload((n) => n + 1);
            }}
          />
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('search')}
          defaultValue={filter.q}
          style={{ width: 260 }}
          onSearch={(v) => set('q', v.trim() || undefined)}
          data-testid="enterprise-search"
        />
        <Select
          allowClear
          placeholder={t('unit')}
          style={{ width: 160 }}
          value={filter.unitId}
          options={counties.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(v) => set('unitId', v)}
        />
        <Select
          allowClear
          placeholder={t('chain')}
          style={{ width: 140 }}
          value={filter.chain}
          options={chains.map((c) => ({ value: c, label: c }))}
          onChange={(v) => set('chain', v)}
        />
        <Select
          allowClear
          placeholder={t('title')}
          style={{ width: 170 }}
          value={filter.title}
          options={TITLE_KINDS.map((k) => ({ value: k, label: pick(TITLE_LABELS[k]) }))}
          onChange={(v) => set('title', v)}
        />
        <Select
          allowClear
          placeholder={t('scale')}
          style={{ width: 100 }}
          value={filter.scale}
          options={[
            { value: 'above', label: t('above') },
            { value: 'below', label: t('below') },
          ]}
          onChange={(v) => set('scale', v)}
        />
        <Select
          allowClear
          placeholder={t('inPool')}
          style={{ width: 110 }}
          value={filter.inPool}
          options={[
            { value: 'true', label: pt('inLibrary') },
            { value: 'false', label: pt('notInLibrary') },
          ]}
          onChange={(v) => set('inPool', v)}
        />
      </Space>
      {filter.metric && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          message={pt('metricFilter', {
            year: filter.metricYear ?? '',
            metric:
              filter.metric === 'new_above_scale'
                ? t('newAboveScale')
                : filter.metric === 'new_high_tech'
                  ? t('newHighTech')
                  : t('newSpecialized'),
          })}
        />
      )}
      {error && <Alert type="error" message={error} />}
      <Table<EnterpriseSummary>
        rowKey="id"
        size="small"
        loading={data === null && !error}
        dataSource={data?.items ?? []}
        locale={{ emptyText: data === null ? t('loading') : t('empty') }}
        pagination={{
          pageSize: PAGE_SIZE,
          current: Number(params.get('page') ?? 1),
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => set('page', page > 1 ? String(page) : undefined),
          // An estimated total (a broad filter over a large library) says so: 约 N 家.
          showTotal: (n) =>
            data?.totalEstimated
              ? pt('totalEstimated', { n: n.toLocaleString('zh-CN') })
              : pt('total', { n }),
        }}
        data-testid="enterprise-table"
        columns={[
          {
            title: t('name'),
            render: (_, e) => (
              <Space size={4}>
                <Link to={`/enterprises/e/${e.id}`}>{e.name}</Link>
                {e.synthetic && (
                  <Tag color="purple" title={t('synthetic')}>
                    {pt('fictional')}
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: t('uscc'), dataIndex: 'uscc', width: 190 },
          { title: t('unit'), dataIndex: 'unitName', width: 100 },
          { title: t('chain'), dataIndex: 'chain', width: 110 },
          {
            title: t('scale'),
            width: 60,
            render: (_, e) => (e.scale === 'above' ? t('above') : t('below')),
          },
          {
            title: t('titles'),
            render: (_, e) => (
              <Space size={2} wrap>
                {e.titles.map((x) => (
                  <Tag key={x.kind}>{x.labelZh}</Tag>
                ))}
                {e.expiresInDays !== null && (
                  <Tag color="red">{t('expiring', { n: e.expiresInDays })}</Tag>
                )}
                {e.inPool && <Tag color="blue">{t('inPool')}</Tag>}
              </Space>
            ),
          },
          { title: t('officer'), dataIndex: 'serviceOfficer', width: 90 },
        ]}
      />
      {creating && (
        <EnterpriseForm
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(`/enterprises/e/${id}`);
          }}
        />
      )}
    </Card>
  );
}
