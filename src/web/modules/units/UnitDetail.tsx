import { App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import {
  RANKING_GROUP_LABELS,
  ROLE_LABELS,
  UNIT_KIND_LABELS,
  type RankingGroup,
  type Role,
  type UnitKind,
} from '../../../core/enums';
import { get, post, qs } from '../../api';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import type { PersonView, UnitView } from '../../types';
import { UnitFormModal, type UnitFormMode } from './UnitFormModal';

export function UnitDetail({
  unit,
  units,
  onChanged,
  onSelect,
}: {
  unit: UnitView;
  units: UnitView[];
  onChanged(): Promise<void>;
  onSelect(id: string): void;
}) {
  const { t, label } = useI18n();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const [people, setPeople] = useState<PersonView[]>([]);
  const [mode, setMode] = useState<UnitFormMode | null>(null);
  const isAdmin = hasRole('system_admin');
  const children = units.filter((u) => u.parentId === unit.id);
  const parent = units.find((u) => u.id === unit.parentId);

  useEffect(() => {
    get<{ items: PersonView[] }>(`/api/people${qs({ unitId: unit.id })}`)
      .then((r) => setPeople(r.items))
      .catch(() => setPeople([]));
  }, [unit.id]);

  async function toggleActive() {
    try {
      await post(`/api/units/${unit.id}/${unit.active ? 'deactivate' : 'activate'}`);
      message.success(t('saved'));
      await onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={<span data-testid="unit-detail-name">{unit.name}</span>}
        extra={
          isAdmin && (
            <Space>
              <Button onClick={() => setMode('create')} data-testid="unit-add">
                {t('addUnit')}
              </Button>
              <Button onClick={() => setMode('edit')}>{t('rename')}</Button>
              {unit.parentId && <Button onClick={() => setMode('move')}>{t('move')}</Button>}
              {unit.parentId && (
                <Button danger={unit.active} onClick={toggleActive}>
                  {unit.active ? t('deactivate') : t('activate')}
                </Button>
              )}
            </Space>
          )
        }
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('code')}>
            <span data-testid="unit-detail-code">{unit.code}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('kind')}>
            {label(UNIT_KIND_LABELS[unit.kind as UnitKind])}
          </Descriptions.Item>
          <Descriptions.Item label={t('parentUnit')}>{parent?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rankingGroup')}>
            {unit.rankingGroup
              ? label(RANKING_GROUP_LABELS[unit.rankingGroup as RankingGroup])
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('status')}>
            {unit.active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {children.length > 0 && (
        <Card title={`${t('subunits')}（${children.length}）`} size="small">
          <Space wrap>
            {children.map((c) => (
              <Button key={c.id} size="small" onClick={() => onSelect(c.id)}>
                {c.name}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Card title={t('peopleInUnit')} size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={people}
          locale={{ emptyText: t('noData') }}
          columns={[
            { title: t('displayName'), dataIndex: 'displayName' },
            { title: t('username'), dataIndex: 'username' },
            {
              title: t('roles'),
              render: (_, p) =>
                p.roles.map((r) => (
                  <Tag key={r.id}>
                    {r.unitName} · {label(ROLE_LABELS[r.role as Role])}
                  </Tag>
                )),
            },
          ]}
        />
      </Card>
      {mode && (
        <UnitFormModal
          mode={mode}
          unit={unit}
          units={units}
          onClose={() => setMode(null)}
          onSaved={async () => {
            setMode(null);
            message.success(t('saved'));
            await onChanged();
          }}
        />
      )}
    </Space>
  );
}
