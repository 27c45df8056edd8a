import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { get, post } from '../api';
import { defineMessages } from '../i18n';

const useT = defineMessages({
  zh: { none: '暂无通知', unread: '{n} 条未读', title: '通知' },
  en: { none: 'No notifications', unread: '{n} unread', title: 'Notifications' },
});

interface Notification {
  id: string;
  title: string;
  body: string;
  matterId: string | null;
  createdAt: string;
  read: boolean;
}

const POLL_MS = 60_000;

/** In-app notifications (reminders, warnings, notices), polled once a minute. */
export function NotificationBell() {
  const navigate = useNavigate();
  const t = useT();
  const [items, setItems] = useState<Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const load = useCallback(async () => {
    const r = await get<{ items: Notification[]; unread: number }>(
      '/api/notifications?limit=20',
    ).catch(() => null);
    if (r) {
      setItems(r.items);
      setUnread(r.unread);
    }
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  async function open(n: Notification) {
    if (!n.read) await post(`/api/notifications/${n.id}/read`).catch(() => undefined);
    if (n.matterId) navigate(`/matters/m/${n.matterId}`);
    void load();
  }

  const content = (
    <List
      style={{ width: 360, maxHeight: 420, overflow: 'auto' }}
      size="small"
      dataSource={items}
      locale={{ emptyText: t('none') }}
      renderItem={(n) => (
        <List.Item onClick={() => open(n)} style={{ cursor: 'pointer' }}>
          <List.Item.Meta
            title={<Typography.Text strong={!n.read}>{n.title}</Typography.Text>}
            description={n.body}
          />
        </List.Item>
      )}
    />
  );
  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      title={unread ? t('unread', { n: unread }) : t('title')}
    >
      <Badge count={unread} size="small">
        <Button type="text" icon={<BellOutlined />} data-testid="notifications" />
      </Badge>
    </Popover>
  );
}
