import { Alert, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { get, post } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { UserText } from '../../../i18n';
import type { Target } from '../types';
import { useDialogT } from './dialog-messages';

interface Judgement {
  id: string;
  period: string;
  verdict: string;
  reason: string;
  current: boolean;
  judgeName: string;
  judgedAt: string;
}

/** 人工判定: a qualitative target is judged met or not by a person, with a written reason. */
export function JudgeModal({
  target,
  period,
  periodLabel,
  onClose,
  onSaved,
}: {
  target: Target;
  period: string;
  periodLabel: string;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useDialogT();
  const [history, setHistory] = useState<Judgement[]>([]);
  useEffect(() => {
    get<{ items: Judgement[] }>(`/api/targets/${target.id}/judgements`)
      .then((r) => setHistory(r.items))
      .catch(() => setHistory([]));
  }, [target.id]);
  const current = history.find((j) => j.current && j.period === period);

  async function submit(v: { verdict: string; reason: string }) {
    await post(`/api/targets/${target.id}/judgements`, { period, ...v });
    onSaved();
  }
  return (
    <FormModal
      title={`${t('judge')} · ${periodLabel}`}
      okTestId="judge-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography.Paragraph type="secondary">
        <UserText>
          {target.unit.name}：{target.wording}
        </UserText>
      </Typography.Paragraph>
      {current && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={t('judgedBefore', {
            name: current.judgeName,
            verdict: current.verdict === 'met' ? t('met') : t('notMet'),
          })}
        />
      )}
      <Form.Item name="verdict" label={t('verdict')} rules={[{ required: true, message: t('choose') }]}>
        <Radio.Group data-testid="judge-verdict">
          <Radio value="met">{t('met')}</Radio>
          <Radio value="not_met">{t('notMet')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('judgeReason')}
        rules={[{ required: true, whitespace: true, message: t('judgeReasonRequired') }]}
      >
        <Input.TextArea maxLength={500} rows={3} data-testid="judge-reason" />
      </Form.Item>
      {history.length > 0 && (
        <div data-testid="judge-history">
          <Typography.Text strong>{t('judgeHistory')}</Typography.Text>
          {history.map((j) => (
            <div key={j.id}>
              <Typography.Text delete={!j.current} type="secondary">
                {j.period} {j.verdict === 'met' ? t('met') : t('notMet')}：
                <UserText>{j.reason}</UserText>（<UserText>{j.judgeName}</UserText>，{j.judgedAt}）
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
    </FormModal>
  );
}
