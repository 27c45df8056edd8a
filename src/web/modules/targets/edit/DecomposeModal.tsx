import { Alert, Button, Input, Modal, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { get, put } from '../../../api';
import { normalizeWording, splitIndicatorAndTarget } from '../../../../core/targets/normalize';
import type { UnitView } from '../../../types';
import { UserText, withUserText } from '../../../i18n';
import type { Target } from '../types';
import { useDialogT } from './dialog-messages';

/**
 * 分解到单位: one row per unit directly under the plan's unit, each with its own words
 * (prefilled from its existing share). Saved all or nothing; rows left empty are not sent.
 */
export function DecomposeModal({
  target,
  planUnitId,
  existing,
  onClose,
  onSaved,
}: {
  target: Target;
  planUnitId: string;
  existing: Target[];
  onClose(): void;
  onSaved(count: number): void;
}) {
  const t = useDialogT();
  const [units, setUnits] = useState<UnitView[] | null>(null);
  const [words, setWords] = useState<Record<string, string>>(() =>
    Object.fromEntries(existing.map((t) => [t.unit.id, t.wording])),
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    get<{ items: UnitView[] }>('/api/units')
      .then((r) => setUnits(r.items.filter((u) => u.parentId === planUnitId && u.active)))
      .catch((e) => setError((e as Error).message));
  }, [planUnitId]);

  const own = splitIndicatorAndTarget(normalizeWording(target.wording)).targetText;
  const fillBlanks = () =>
    setWords((w) => ({
      ...w,
      ...Object.fromEntries((units ?? []).filter((u) => !w[u.id]?.trim()).map((u) => [u.id, own])),
    }));

  async function submit() {
    const items = (units ?? [])
      .map((u) => ({ unitId: u.id, wording: (words[u.id] ?? '').trim() }))
      .filter((i) => i.wording !== '');
    if (items.length === 0) return setError(t('decomposeEmpty'));
    setSaving(true);
    try {
      const r = await put<{ items: Target[] }>(`/api/targets/${target.id}/decomposition`, {
        items,
      });
      onSaved(r.items.length);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={720}
      title={
        <>
          {t('decompose')} · <UserText>{target.indicator.name}</UserText>
        </>
      }
      onOk={submit}
      onCancel={onClose}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'decompose-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{t('ownTarget')}
          <UserText>{target.wording}</UserText></Typography.Text>
        <Button size="small" onClick={fillBlanks} disabled={!own} data-testid="decompose-fill">
          {withUserText(t('fillBlanks'), { own })}
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={units === null}
        pagination={false}
        dataSource={units ?? []}
        scroll={{ y: 420 }}
        data-testid="decompose-table"
        columns={[
          { title: t('unitColumn'), dataIndex: 'name', width: 180 },
          {
            title: t('wordingColumn'),
            render: (_, u) => (
              <Input
                value={words[u.id] ?? ''}
                maxLength={200}
                placeholder={t('wordingPlaceholder')}
                onChange={(e) => setWords((w) => ({ ...w, [u.id]: e.target.value }))}
                data-testid={`decompose-${u.code}`}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
