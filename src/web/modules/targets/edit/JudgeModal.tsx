import { Alert, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { get, post } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import type { Target } from '../types';

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
      title={`人工判定 · ${periodLabel}`}
      okTestId="judge-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography.Paragraph type="secondary">
        {target.unit.name}：{target.wording}
      </Typography.Paragraph>
      {current && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={`本期已由${current.judgeName}判定为“${current.verdict === 'met' ? '完成' : '未完成'}”，再次判定将取代它`}
        />
      )}
      <Form.Item name="verdict" label="判定" rules={[{ required: true, message: '请选择' }]}>
        <Radio.Group data-testid="judge-verdict">
          <Radio value="met">完成</Radio>
          <Radio value="not_met">未完成</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="reason"
        label="判定理由"
        rules={[{ required: true, whitespace: true, message: '请写明判定理由' }]}
      >
        <Input.TextArea maxLength={500} rows={3} data-testid="judge-reason" />
      </Form.Item>
      {history.length > 0 && (
        <div data-testid="judge-history">
          <Typography.Text strong>判定记录</Typography.Text>
          {history.map((j) => (
            <div key={j.id}>
              <Typography.Text delete={!j.current} type="secondary">
                {j.period} {j.verdict === 'met' ? '完成' : '未完成'}：{j.reason}（{j.judgeName}，
                {j.judgedAt}）
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
    </FormModal>
  );
}
