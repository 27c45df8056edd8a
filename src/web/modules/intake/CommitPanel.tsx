import { Alert, App, Button, Card, Checkbox, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { get, post, qs } from '../../api';
import { FormModal } from '../../components/FormModal';
import { MatterTable } from '../matters/MatterTable';
import type { MatterPage, MatterSummary } from '../matters/types';
import { useIntakeT } from './messages';
import type { CommitResult, IntakeView } from './types';

/** Create the ledger; once created, links to the plan and the list, and the new matters. */
export function CommitPanel({
  intake,
  onCommitted,
}: {
  intake: IntakeView;
  onCommitted(): Promise<void>;
}) {
  const t = useIntakeT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [matters, setMatters] = useState<MatterSummary[]>([]);
  const accepted = intake.proposals.filter((p) => p.status === 'accepted');
  const targets = accepted.filter((p) => p.kind === 'target').length;
  const tasks = accepted.filter((p) => p.kind === 'task').length;

  useEffect(() => {
    if (!intake.listId) return;
    void get<MatterPage>(`/api/matters${qs({ listId: intake.listId, pageSize: 200 })}`).then((r) =>
      setMatters(r.items),
    );
  }, [intake.listId]);

  if (intake.status === 'committed') {
    return (
      <Card size="small" data-testid="commit-result">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="success" title={t('committed')} />
          <Space>
            {intake.planId && (
              <Link to={`/targets${qs({ plan: intake.planId })}`} data-testid="link-plan">
                {t('viewPlan')}
              </Link>
            )}
            {intake.listId && (
              <Link to="/matters?tab=lists" data-testid="link-lists">
                {t('viewLists')}
              </Link>
            )}
          </Space>
          {matters.length > 0 && (
            <MatterTable items={matters} pagination={false} data-testid="new-matters" />
          )}
        </Space>
      </Card>
    );
  }
  return (
    <Card size="small">
      <Space>
        <Button
          type="primary"
          disabled={targets + tasks === 0}
          onClick={() => setOpen(true)}
          data-testid="create-ledger"
        >
          {t('create')}
        </Button>
        <span>{t('createSummary', { targets, tasks })}</span>
      </Space>
      {open && (
        <FormModal<{ planTitle: string; listTitle: string; assign: boolean }>
          title={t('createTitle')}
          okText={t('create')}
          okTestId="confirm-create"
          onClose={() => setOpen(false)}
          initialValues={{
            planTitle: `${intake.planYear}年${intake.title}`.slice(0, 80),
            listTitle: `${intake.title}重点工作任务清单`.slice(0, 100),
            assign: true,
          }}
          onSubmit={async (v) => {
            const r = await post<CommitResult>(`/api/intakes/${intake.id}/commit`, v);
            message.success(t('done', { targets: r.targets, matters: r.matters }));
            setOpen(false);
            await onCommitted();
          }}
        >
          <p>{t('createSummary', { targets, tasks })}</p>
          {targets > 0 && (
            <Form.Item name="planTitle" label={t('planTitle')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
          {tasks > 0 && (
            <Form.Item name="listTitle" label={t('listTitle')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="assign" valuePropName="checked">
            <Checkbox data-testid="assign-now">{t('assignNow')}</Checkbox>
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
