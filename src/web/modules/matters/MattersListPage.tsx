import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space, Tag, TreeSelect, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { Loadable, useLoad } from '../../components/Loadable';
import { useUnitTreeOptions } from '../../components/useUnits';
import { FILTER_KEYS } from './links';
import { MatterTable } from './MatterTable';
import { useMattersT } from './messages';
import type { MatterList, MatterPage } from './types';

const PAGE_SIZE = 20;
/** Filters set by the numbers of the statistics pages, not by the controls here. */
const HIDDEN = [
  'assignedFrom',
  'assignedTo',
  'closedFrom',
  'closedTo',
  'onTime',
  'openAt',
  'dueBefore',
  'noLeader',
  'overdueAt',
  'closedOnTime',
] as const;

/**
 * The matters behind any number: one 清单's matters, one unit's overdue matters, a leader's,
 * a search. Every filter lives in the URL, so each count on the home page, the board, the
 * statistics and the lists pages is a link here, and the total shown equals that count.
 */
export function MattersListPage() {
  const t = useMattersT();
  const [params, setParams] = useSearchParams();
  const units = useUnitTreeOptions();
  const page = Number(params.get('page') ?? 1);
  const filters = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])),
  );
  const key = JSON.stringify(filters);
  const lists = useLoad(
    async () => (await get<{ items: MatterList[] }>('/api/matter-lists')).items,
    [],
  );
  const state = useLoad(
    () => get<MatterPage>(`/api/matters${qs({ ...filters, page, pageSize: PAGE_SIZE })}`),
    [key, page],
  );
  const set = (k: string, v: string | undefined | null) =>
    setParams((p) => {
      if (v) p.set(k, v);
      else p.delete(k);
      p.delete('page');
      return p;
    });
  // Filters set by a statistic's link, said in words (超期未办结（截至 2026-11-30）).
  const hidden = HIDDEN.filter((k) => params.get(k)).map((k) => t(`f_${k}`, { v: params.get(k)! }));

  return (
    <Card
      title={t('filteredTitle')}
      extra={
        state.data && (
          <Space>
            <Typography.Text strong data-testid="list-total" data-total={state.data.total}>
              {t('totalN', { n: state.data.total })}
            </Typography.Text>
            {/* The same filters, every row: what the total counts. */}
            <Button
              icon={<DownloadOutlined />}
              href={`/api/matters/list.xlsx${qs(filters)}`}
              data-testid="list-export"
            >
              {t('exportExcel')}
            </Button>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('filterList')}
          value={params.get('listId') ?? undefined}
          onChange={(v) => set('listId', v)}
          options={(lists.data ?? []).map((l) => ({ value: l.id, label: l.title }))}
          data-testid="filter-list"
        />
        <TreeSelect
          allowClear
          showSearch
          style={{ width: 200 }}
          placeholder={t('filterUnit')}
          treeData={units}
          treeNodeFilterProp="title"
          value={params.get('unitId') ?? undefined}
          onChange={(v) => set('unitId', v)}
          data-testid="filter-unit"
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('filterStatus')}
          value={params.get('status') ?? undefined}
          onChange={(v) => set('status', v)}
          options={[
            { value: 'open', label: t('statusOpen') },
            { value: 'closed', label: t('statusClosed') },
            { value: 'draft', label: t('statusDraft') },
          ]}
        />
        <Select
          allowClear
          style={{ width: 110 }}
          placeholder={t('light')}
          value={params.get('light') ?? undefined}
          onChange={(v) => set('light', v)}
          options={(['red', 'yellow', 'green'] as const).map((l) => ({ value: l, label: t(l) }))}
          data-testid="filter-light"
        />
        <Checkbox
          checked={params.get('overdue') === 'true'}
          onChange={(e) => set('overdue', e.target.checked ? 'true' : undefined)}
          data-testid="filter-overdue"
        >
          {t('filterOverdue')}
        </Checkbox>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('filterInvolvement')}
          value={params.get('involvement') ?? undefined}
          onChange={(v) => set('involvement', v)}
          options={[
            { value: 'lead', label: t('lead') },
            { value: 'cooperating', label: t('coop') },
          ]}
        />
        <Input
          allowClear
          style={{ width: 140 }}
          placeholder={t('filterLeader')}
          defaultValue={params.get('leader') ?? ''}
          onBlur={(e) => set('leader', e.target.value.trim())}
          onPressEnter={(e) => set('leader', e.currentTarget.value.trim())}
        />
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('filterSearch')}
          defaultValue={params.get('q') ?? ''}
          onSearch={(v) => set('q', v.trim())}
          data-testid="filter-q"
        />
        <Button onClick={() => setParams({})}>{t('clearFilters')}</Button>
      </Space>
      {hidden.length > 0 && (
        <div style={{ marginBottom: 12 }} data-testid="list-extra-filters">
          <Tag closable onClose={() => setParams((p) => (HIDDEN.forEach((k) => p.delete(k)), p))}>
            {t('extraFilter', { desc: hidden.join('，') })}
          </Tag>
        </div>
      )}
      <Loadable state={state} testId="list-loading">
        {(data) => (
          <MatterTable
            items={data.items}
            loading={state.loading}
            data-testid="filtered-matters"
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.total,
              showSizeChanger: false,
              onChange: (p) => setParams((x) => (x.set('page', String(p)), x)),
            }}
          />
        )}
      </Loadable>
    </Card>
  );
}
