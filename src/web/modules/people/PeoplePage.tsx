import { App, Button, Card, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ROLE_LABELS, type Role } from '../../../core/enums';
import { del, get, patch, post, qs } from '../../api';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import type { PersonView } from '../../types';
import { GrantRoleModal, PersonFormModal } from './PersonModals';

/** People in the caller's scope; the system admin adds accounts, the security admin manages roles. */
export function PeoplePage() {
  const { t, label } = useI18n();
  const { hasRole } = useAuth();
  const { message, modal } = App.useApp();
  const [q, setQ] = useState('');
  const [people, setPeople] = useState<PersonView[]>([]);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<PersonView | null>(null);
  const isSystemAdmin = hasRole('system_admin');
  const isSecurityAdmin = hasRole('security_admin');

  const reload = useCallback(async () => {
    const r = await get<{ items: PersonView[] }>(`/api/people${qs({ q })}`);
    setPeople(r.items);
  }, [q]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function act(fn: () => Promise<(PersonView & { message?: string }) | void>) {
    try {
      const p = await fn();
      if (p && p.message) message.info(p.message);
      else if (p && p.temporaryPassword)
        modal.info({
          title: t('resetPassword'),
          content: t('temporaryPassword', { password: p.temporaryPassword }),
        });
      else message.success(t('saved'));
      await reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <Card
      title={t('people')}
      extra={
        <Space>
          <Input.Search
            placeholder={t('search')}
            allowClear
            onSearch={setQ}
            style={{ width: 220 }}
          />
          {isSystemAdmin && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('addPerson')}
            </Button>
          )}
        </Space>
      }
    >
      <Table
        rowKey="id"
        dataSource={people}
        size="middle"
        locale={{ emptyText: t('noData') }}
        columns={[
          { title: t('displayName'), dataIndex: 'displayName' },
          { title: t('username'), dataIndex: 'username' },
          { title: t('homeUnit'), dataIndex: 'unitName' },
          {
            title: t('roles'),
            render: (_, p) =>
              p.roles.map((r) => (
                <Tag
                  key={r.id}
                  closable={isSecurityAdmin}
                  onClose={(e) => {
                    e.preventDefault();
                    void act(() => del(`/api/people/${p.id}/roles/${r.id}`));
                  }}
                >
                  {r.unitName} · {label(ROLE_LABELS[r.role as Role])}
                </Tag>
              )),
          },
          {
            title: t('status'),
            render: (_, p) => (
              <Space>
                {p.active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>}
                {p.locked && <Tag color="red">{t('locked')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('actions'),
            render: (_, p) => (
              <Space size="small" wrap>
                {isSecurityAdmin && (
                  <Button size="small" onClick={() => setGranting(p)}>
                    {t('grantRole')}
                  </Button>
                )}
                {isSecurityAdmin && p.locked && (
                  <Button
                    size="small"
                    onClick={() => act(() => post(`/api/people/${p.id}/unlock`))}
                  >
                    {t('unlock')}
                  </Button>
                )}
                {isSecurityAdmin && (
                  <Popconfirm
                    title={t('resetPassword')}
                    onConfirm={() => act(() => post(`/api/people/${p.id}/reset-password`))}
                  >
                    <Button size="small">{t('resetPassword')}</Button>
                  </Popconfirm>
                )}
                {isSystemAdmin && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(() => patch<PersonView>(`/api/people/${p.id}`, { active: !p.active }))
                    }
                  >
                    {p.active ? t('deactivate') : t('activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && (
        <PersonFormModal
          onClose={() => setCreating(false)}
          onSaved={async (p) => {
            setCreating(false);
            if (p.temporaryPassword)
              modal.info({
                title: t('addPerson'),
                content: t('temporaryPassword', { password: p.temporaryPassword }),
              });
            await reload();
          }}
        />
      )}
      {granting && (
        <GrantRoleModal
          person={granting}
          onClose={() => setGranting(null)}
          onSaved={async () => {
            setGranting(null);
            message.success(t('saved'));
            await reload();
          }}
        />
      )}
    </Card>
  );
}
