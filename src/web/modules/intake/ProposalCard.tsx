import { Button, Checkbox, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { forwardRef } from 'react';
import { useI18n } from '../../i18n';
import { Highlight } from './Highlight';
import { useIntakeT } from './messages';
import type { ProposalView } from './types';

const STATUS_COLOR = { pending: 'default', accepted: 'green', rejected: 'red' } as const;

/** One proposal: what was read, from which words, how sure, what a person must check. */
export const ProposalCard = forwardRef<
  HTMLDivElement,
  {
    p: ProposalView;
    text: string;
    unitName(id: string): string;
    active: boolean;
    selected: boolean;
    readOnly: boolean;
    onSelect(on: boolean): void;
    onFocus(): void;
    onOp(op: 'accept' | 'reject' | 'reset'): void;
    onEdit(): void;
    onSplit(): void;
  }
>(function ProposalCard(props, ref) {
  const { p, text, unitName, active, selected, readOnly } = props;
  const t = useIntakeT();
  const { lang } = useI18n();
  const statusLabel = p.status === 'pending' ? '' : t(p.status);
  const kindLabel =
    p.kind === 'target'
      ? t(p.origin === 'expected' ? 'expected' : 'count')
      : p.kind === 'task'
        ? t('tasks')
        : t(p.candidateKind);
  return (
    <div
      ref={ref}
      data-testid={`proposal-${p.id}`}
      data-status={p.status}
      onClick={props.onFocus}
      style={{
        border: active ? '2px solid #1677ff' : '1px solid #f0f0f0',
        borderRadius: 6,
        padding: active ? 11 : 12,
        marginBottom: 8,
        background: p.status === 'rejected' ? '#fafafa' : '#fff',
        opacity: p.status === 'rejected' ? 0.6 : 1,
      }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Space wrap>
          {!readOnly && (
            <Checkbox checked={selected} onChange={(e) => props.onSelect(e.target.checked)} />
          )}
          <Tag>{p.id}</Tag>
          <Tag color={p.kind === 'task' ? 'blue' : p.kind === 'target' ? 'purple' : 'cyan'}>
            {kindLabel}
          </Tag>
          <Typography.Text strong>
            {p.kind === 'task' ? p.title : p.kind === 'target' ? p.wording : p.name}
          </Typography.Text>
          {statusLabel && <Tag color={STATUS_COLOR[p.status]}>{statusLabel}</Tag>}
        </Space>
        <Space>
          <span title={t('confidence')} style={{ width: 70, display: 'inline-block' }}>
            <Progress
              percent={Math.round(p.confidence * 100)}
              size="small"
              strokeColor={
                p.confidence >= 0.8 ? '#52c41a' : p.confidence >= 0.5 ? '#faad14' : '#ff4d4f'
              }
            />
          </span>
          {!readOnly && (
            <>
              {p.status === 'pending' ? (
                <>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => props.onOp('accept')}
                    data-testid={`accept-${p.id}`}
                  >
                    {t('accept')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => props.onOp('reject')}
                    data-testid={`reject-${p.id}`}
                  >
                    {t('reject')}
                  </Button>
                </>
              ) : (
                <Button size="small" onClick={() => props.onOp('reset')}>
                  {t('reset')}
                </Button>
              )}
              <Button size="small" onClick={props.onEdit} data-testid={`edit-${p.id}`}>
                {t('edit')}
              </Button>
              {p.kind === 'task' && (
                <Button size="small" onClick={props.onSplit}>
                  {t('split')}
                </Button>
              )}
            </>
          )}
        </Space>
      </Space>
      <div style={{ margin: '6px 0' }}>
        <Highlight text={text} start={p.start} end={p.end} spans={p.spans} lang={lang} />
      </div>
      {p.kind === 'task' && (
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('lead')}>
            <span data-testid={`lead-${p.id}`}>
              {p.leadUnitIds.length ? (
                p.leadUnitIds.map(unitName).join('、')
              ) : (
                <Tag color="orange">{t('none')}</Tag>
              )}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('coop')}>
            {p.cooperatingUnitIds.map(unitName).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('leader')}>{p.leadLeader || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('deadline')}>
            {p.deadline.due
              ? `${p.deadline.due}${p.deadline.words ? `（${p.deadline.words}）` : ''}`
              : t('ruleDeadline', { rule: p.deadline.ruleCode })}
          </Descriptions.Item>
        </Descriptions>
      )}
      {p.kind === 'target' && (
        <Space wrap>
          {p.lines.map((l, i) => (
            <Tag
              key={i}
              color={(l.parsed as { kind: string }).kind === 'unreadable' ? 'red' : 'geekblue'}
            >
              {l.indicatorName ?? t('none')}：{l.meaning}
            </Tag>
          ))}
        </Space>
      )}
      {p.flags.length > 0 && (
        <div style={{ marginTop: 4 }}>
          {p.flags.map((f) => (
            <Typography.Text key={f} type="warning" style={{ display: 'block', fontSize: 12 }}>
              ⚠ {f}
            </Typography.Text>
          ))}
        </div>
      )}
    </div>
  );
});
