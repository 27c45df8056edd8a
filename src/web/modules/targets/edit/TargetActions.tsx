import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { del } from '../../../api';
import type { TargetPage } from '../types';
import { ControlValueModal } from './ControlValueModal';
import { DecomposeModal } from './DecomposeModal';
import { JudgeModal } from './JudgeModal';
import { MeaningModal } from './MeaningModal';

type Open = 'meaning' | 'control' | 'decompose' | 'judge' | null;

/** What a supervisor who manages the plan may do with one target, shown on its page. */
export function TargetActions({ data, onChanged }: { data: TargetPage; onChanged(): void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
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
      message.success('目标已删除');
      navigate(`/targets?plan=${plan.id}&period=${data.period}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <>
      <Space wrap>
        <Button onClick={() => setOpen('meaning')} data-testid="action-meaning">
          修正解读
        </Button>
        {(kind === 'control' || kind === 'reference') && (
          <Button onClick={() => setOpen('control')} data-testid="action-control">
            {kind === 'control' ? '设置控制值' : '录入参照值'}
          </Button>
        )}
        {!target.parentId && (
          <Button onClick={() => setOpen('decompose')} data-testid="action-decompose">
            分解到单位
          </Button>
        )}
        {kind === 'qualitative' && (
          <Button onClick={() => setOpen('judge')} data-testid="action-judge">
            人工判定
          </Button>
        )}
        <Popconfirm
          title="删除这个目标？"
          description={
            target.parentId
              ? '只删除该单位的分解目标，已报数据保留'
              : '同时删除它分解到各单位的目标，已报数据保留'
          }
          okText="删除"
          cancelText="取消"
          okButtonProps={{ danger: true, 'data-testid': 'delete-confirm' }}
          onConfirm={remove}
        >
          <Button danger data-testid="action-delete">
            删除
          </Button>
        </Popconfirm>
      </Space>
      {open === 'meaning' && (
        <MeaningModal
          target={target}
          tolerance={target.tolerance ?? plan.tolerance ?? undefined}
          onClose={() => setOpen(null)}
          onSaved={() => done('解读已修正')}
        />
      )}
      {open === 'control' && (
        <ControlValueModal
          target={target}
          onClose={() => setOpen(null)}
          onSaved={() => done('已保存')}
        />
      )}
      {open === 'decompose' && (
        <DecomposeModal
          target={target}
          planUnitId={plan.unit.id}
          existing={data.units.map((u) => u.target)}
          onClose={() => setOpen(null)}
          onSaved={(n) => done(`已分解到 ${n} 个单位`)}
        />
      )}
      {open === 'judge' && (
        <JudgeModal
          target={target}
          period={judgePeriod}
          periodLabel={status.periodLabel}
          onClose={() => setOpen(null)}
          onSaved={() => done('判定已保存')}
        />
      )}
    </>
  );
}
