import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { del } from '../../../api';
import type { TargetPage } from '../types';
import { ControlValueModal } from './ControlValueModal';
import { DecomposeModal } from './DecomposeModal';
import { JudgeModal } from './JudgeModal';
import { MeaningModal } from './MeaningModal';
import { useDialogT } from './dialog-messages';

type Open = 'meaning' | 'control' | 'decompose' | 'judge' | null;

/** What a supervisor who manages the plan may do with one target, shown on its page. */
export function TargetActions({ data, onChanged }: { data: TargetPage; onChanged(): void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const t = useDialogT();
  const [open, setOpen] = useState<Open>(null);
  const { target, plan, status } = data;
  const kind = (target.parsed as { kind: string }).kind;
  const done = (text: string) => {
    setOpen(null);
    message.success(text);
    onChanged();
  };
  // The judged month: the indicator's latest reporting month on or before the page's period.
  const judgePeriod = status.month
    ? `${plan.year}-${String(status.month).padStart(2, '0')}`
    : data.period;

  async function remove() {
    try {
      await del(`/api/targets/${target.id}`);
      message.success(t('deleted'));
      navigate(`/targets?plan=${plan.id}&period=${data.period}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <>
      <Space wrap>
        <Button onClick={() => setOpen('meaning')} data-testid="action-meaning">
          {t('meaning')}
        </Button>
        {(kind === 'control' || kind === 'reference') && (
          <Button onClick={() => setOpen('control')} data-testid="action-control">
            {kind === 'control' ? t('setControl') : t('enterReference')}
          </Button>
        )}
        {!target.parentId && (
          <Button onClick={() => setOpen('decompose')} data-testid="action-decompose">
            {t('decompose')}
          </Button>
        )}
        {kind === 'qualitative' && (
          <Button onClick={() => setOpen('judge')} data-testid="action-judge">
            {t('judge')}
          </Button>
        )}
        <Popconfirm
          title={t('deleteAsk')}
          description={
            target.parentId
              ? t('deleteShare')
              : t('deleteAll')
          }
          okText={t('delete')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true, 'data-testid': 'delete-confirm' }}
          onConfirm={remove}
        >
          <Button danger data-testid="action-delete">
            {t('delete')}
          </Button>
        </Popconfirm>
      </Space>
      {open === 'meaning' && (
        <MeaningModal
          target={target}
          tolerance={target.tolerance ?? plan.tolerance ?? undefined}
          onClose={() => setOpen(null)}
          onSaved={() => done(t('meaningSaved'))}
        />
      )}
      {open === 'control' && (
        <ControlValueModal
          target={target}
          onClose={() => setOpen(null)}
          onSaved={() => done(t('saved'))}
        />
      )}
      {open === 'decompose' && (
        <DecomposeModal
          target={target}
          planUnitId={plan.unit.id}
          existing={data.units.map((u) => u.target)}
          onClose={() => setOpen(null)}
          onSaved={(n) => done(t('decomposed', { n }))}
        />
      )}
      {open === 'judge' && (
        <JudgeModal
          target={target}
          period={judgePeriod}
          periodLabel={status.periodLabel}
          onClose={() => setOpen(null)}
          onSaved={() => done(t('judged'))}
        />
      )}
    </>
  );
}
