import {
  Alert,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { get, post } from '../../../api';
import type { Plan, Target } from '../types';
import { useParsePreview, type ParsedLine } from './useParsePreview';

interface Indicator {
  id: string;
  name: string;
  measureUnit: string;
  active: boolean;
}

/**
 * Add a target as the plan words it. While the person types, Luoshi shows what it read: per
 * line the indicator matched and the meaning. Wording it cannot read is flagged for a person,
 * never guessed; a line whose indicator is not found cannot be saved until one is chosen.
 */
export function AddTargetModal({
  plan,
  onClose,
  onSaved,
}: {
  plan: Plan;
  onClose(): void;
  onSaved(items: Target[]): void;
}) {
  const [wording, setWording] = useState('');
  const [seq, setSeq] = useState<number | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const preview = useParsePreview(wording);

  useEffect(() => {
    get<{ items: Indicator[] }>('/api/indicators').then((r) =>
      setIndicators(r.items.filter((i) => i.active)),
    );
  }, []);

  const byId = new Map(indicators.map((i) => [i.id, i]));
  // Chosen indicators replace the ones found by name, in the order the wording names them.
  const read = preview.lines ?? [];
  const lines: ParsedLine[] =
    picked.length === 0 || read.length === 0
      ? read
      : picked.map((id, i) => {
          const l = read.length === picked.length ? read[i]! : read.length === 1 ? read[0]! : null;
          const base = l ?? {
            parsed: { kind: 'unreadable' },
            meaning: `无法识别：指定了 ${picked.length} 个指标，原文有 ${read.length} 个目标值`,
          };
          return { ...base, indicatorId: id, indicatorName: byId.get(id)?.name ?? null };
        });
  const missing = lines.some((l) => !l.indicatorId);
  const unreadable = lines.some((l) => l.parsed.kind === 'unreadable');
  const canSave = wording.trim() !== '' && lines.length > 0 && !missing && !preview.loading;

  async function submit() {
    setSaving(true);
    try {
      const r = await post<{ items: Target[] }>(`/api/target-plans/${plan.id}/targets`, {
        wording: wording.trim(),
        indicatorIds: picked.length > 0 ? picked : undefined,
        seq: seq ?? undefined,
      });
      onSaved(r.items);
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
      title={`添加目标 · ${plan.year}年 ${plan.unit.name}`}
      onOk={submit}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ disabled: !canSave, 'data-testid': 'add-target-submit' }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical">
        <Form.Item
          label="目标（照计划原文录入）"
          extra="如：地区生产总值增长8%左右；一个短语含几个指标时写“分别增长7%、8%”"
        >
          <Input.TextArea
            value={wording}
            onChange={(e) => setWording(e.target.value)}
            maxLength={200}
            rows={2}
            autoFocus
            data-testid="add-target-wording"
          />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item label="序号" extra="不填则排在最后">
            <InputNumber min={1} max={999} precision={0} value={seq} onChange={setSeq} />
          </Form.Item>
          <Form.Item label="指定指标（可选，按原文顺序）" style={{ minWidth: 360 }}>
            <Select
              mode="multiple"
              allowClear
              value={picked}
              onChange={setPicked}
              optionFilterProp="label"
              options={indicators.map((i) => ({ value: i.id, label: i.name }))}
              placeholder="按名称自动匹配"
              data-testid="add-target-indicators"
            />
          </Form.Item>
        </Space>
      </Form>
      <Typography.Title level={5}>落实的解读</Typography.Title>
      {preview.error && <Alert type="error" title={preview.error} />}
      {!preview.error && lines.length === 0 && (
        <Typography.Text type="secondary">
          {preview.loading ? '正在解读…' : '输入目标后，这里显示系统读到的指标和含义'}
        </Typography.Text>
      )}
      {lines.length > 0 && (
        <Table
          rowKey={(_, i) => String(i)}
          size="small"
          pagination={false}
          loading={preview.loading}
          dataSource={lines}
          data-testid="add-target-preview"
          columns={[
            {
              title: '指标',
              render: (_, l) =>
                l.indicatorId ? (
                  <Tag color="blue">{l.indicatorName}</Tag>
                ) : (
                  <Tag color="red" data-testid="preview-missing-indicator">
                    {l.indicatorName ? `未找到指标“${l.indicatorName}”` : '未写指标名称'}
                  </Tag>
                ),
            },
            {
              title: '含义',
              render: (_, l) => (
                <Typography.Text
                  type={l.parsed.kind === 'unreadable' ? 'danger' : undefined}
                  data-testid="preview-meaning"
                >
                  {l.meaning}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
      {unreadable && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title="有无法识别的表述：系统不会猜测。可照原文保存，再由督查人员“修正解读”"
          data-testid="preview-unreadable"
        />
      )}
      {missing && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title="没有找到对应指标：请在“指定指标”中按顺序选择，或先新建指标"
        />
      )}
    </Modal>
  );
}
