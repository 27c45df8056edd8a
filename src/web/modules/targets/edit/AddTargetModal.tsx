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
import { useEditT } from './messages';
import { useParsePreview, type ParsedLine } from './useParsePreview';

const WORDING_MAX = 200;

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
  const t = useEditT();
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
            meaning: t('countMismatch', { picked: picked.length, read: read.length }),
          };
          return { ...base, indicatorId: id, indicatorName: byId.get(id)?.name ?? null };
        });
  const missing = lines.some((l) => !l.indicatorId);
  const unreadable = lines.some((l) => l.parsed.kind === 'unreadable');
  const length = [...wording.trim()].length;
  // Say why saving is not possible instead of a silently disabled button.
  const whyNot =
    wording.trim() === ''
      ? t('whyEmpty')
      : length > WORDING_MAX
        ? t('whyTooLong', { max: WORDING_MAX, count: length })
        : preview.loading
          ? t('whyReading')
          : lines.length === 0
            ? t('whyNothing')
            : missing
              ? t('whyMissing')
              : null;
  const canSave = whyNot === null;

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
      title={t('addTitle', { year: plan.year, unit: plan.unit.name })}
      onOk={submit}
      onCancel={onClose}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ disabled: !canSave, 'data-testid': 'add-target-submit' }}
      footer={(_, { OkBtn, CancelBtn }) => (
        <Space>
          {whyNot && (
            <Typography.Text type="secondary" data-testid="add-target-why">
              {whyNot}
            </Typography.Text>
          )}
          <CancelBtn />
          <OkBtn />
        </Space>
      )}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical">
        <Form.Item label={t('wordingLabel')} extra={t('wordingExtra')}>
          <Input.TextArea
            value={wording}
            onChange={(e) => setWording(e.target.value)}
            count={{ show: true, max: WORDING_MAX }}
            rows={2}
            autoFocus
            data-testid="add-target-wording"
          />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item label={t('seq')} extra={t('seqExtra')}>
            <InputNumber min={1} max={999} precision={0} value={seq} onChange={setSeq} />
          </Form.Item>
          <Form.Item label={t('pick')} style={{ minWidth: 360 }}>
            <Select
              mode="multiple"
              allowClear
              value={picked}
              onChange={setPicked}
              optionFilterProp="label"
              options={indicators.map((i) => ({ value: i.id, label: i.name }))}
              placeholder={t('pickPlaceholder')}
              data-testid="add-target-indicators"
            />
          </Form.Item>
        </Space>
      </Form>
      <Typography.Title level={5}>{t('reading')}</Typography.Title>
      {preview.error && <Alert type="error" title={preview.error} />}
      {!preview.error && lines.length === 0 && (
        <Typography.Text type="secondary">
          {preview.loading ? t('readingNow') : t('readingHint')}
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
              title: t('indicator'),
              render: (_, l) =>
                l.indicatorId ? (
                  <Tag color="blue">{l.indicatorName}</Tag>
                ) : (
                  <Tag color="red" data-testid="preview-missing-indicator">
                    {l.indicatorName ? t('notFound', { name: l.indicatorName }) : t('noName')}
                  </Tag>
                ),
            },
            {
              title: t('meaning'),
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
          title={t('unreadable')}
          data-testid="preview-unreadable"
        />
      )}
      {missing && <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('missing')} />}
    </Modal>
  );
}
