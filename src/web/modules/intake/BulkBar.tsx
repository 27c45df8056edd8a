import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useIntakeT } from './messages';
import type { ProposalView, ReviewOp } from './types';

/** Bulk actions on the selected proposals: accept, reject, merge, assign lead units. */
export function BulkBar({
  selected,
  visible,
  units,
  apply,
}: {
  selected: string[];
  visible: ProposalView[];
  units: Array<{ value: string; label: string }>;
  apply(ops: ReviewOp[]): Promise<boolean>;
}) {
  const t = useIntakeT();
  const [lead, setLead] = useState<string[]>([]);
  const [coop, setCoop] = useState<string[]>([]);
  const confident = visible
    .filter((p) => p.status === 'pending' && p.confidence >= 0.8)
    .map((p) => p.id);
  const tasks = selected.filter((id) => visible.find((p) => p.id === id)?.kind === 'task');
  return (
    <Space wrap style={{ marginTop: 8 }}>
      <Button
        disabled={confident.length === 0}
        onClick={() => void apply([{ op: 'accept', ids: confident }])}
        data-testid="accept-confident"
      >
        {t('acceptConfident')}（{confident.length}）
      </Button>
      <Typography.Text type="secondary">{t('selected', { n: selected.length })}</Typography.Text>
      <Button
        disabled={!selected.length}
        onClick={() => void apply([{ op: 'accept', ids: selected }])}
      >
        {t('acceptSelected')}
      </Button>
      <Button
        disabled={!selected.length}
        danger
        onClick={() => void apply([{ op: 'reject', ids: selected }])}
      >
        {t('rejectSelected')}
      </Button>
      <Button disabled={tasks.length < 2} onClick={() => void apply([{ op: 'merge', ids: tasks }])}>
        {t('merge')}
      </Button>
      <Select
        mode="multiple"
        style={{ minWidth: 200 }}
        placeholder={t('assignUnits')}
        options={units}
        optionFilterProp="label"
        value={lead}
        onChange={setLead}
        data-testid="bulk-lead"
      />
      <Select
        mode="multiple"
        style={{ minWidth: 160 }}
        placeholder={t('assignCoop')}
        options={units}
        optionFilterProp="label"
        value={coop}
        onChange={setCoop}
      />
      <Button
        type="primary"
        disabled={!tasks.length || !lead.length}
        data-testid="bulk-assign"
        onClick={async () => {
          const ok = await apply([
            {
              op: 'assign',
              ids: tasks,
              leadUnitIds: lead,
              ...(coop.length ? { cooperatingUnitIds: coop } : {}),
            },
          ]);
          if (ok) {
            setLead([]);
            setCoop([]);
          }
        }}
      >
        {t('assign')}
      </Button>
    </Space>
  );
}
