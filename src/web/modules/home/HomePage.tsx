import { Card, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '../../../core/enums';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';

/** The landing page: who you are and what you may do; modules add their overviews here. */
export function HomePage() {
  const { t, label } = useI18n();
  const { me } = useAuth();
  if (!me) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} data-testid="welcome">
          {t('welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('yourRoles')}：</Typography.Text>
        {me.roles.map((r) => (
          <Tag key={`${r.role}-${r.unitId}`}>
            {r.unitName} · {label(ROLE_LABELS[r.role])}
          </Tag>
        ))}
      </Card>
    </Space>
  );
}
