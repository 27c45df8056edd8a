import { App, Form, Input, Radio, Select, TreeSelect } from 'antd';
import { useNavigate } from 'react-router';
import { MATTER_LIMITS, MATTER_SOURCES, MATTER_SOURCE_LABELS } from '../../../core/enums';
import { post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { countOf, lengthRule } from '../../components/limits';
import { useComponentT } from '../../components/messages';
import { useI18n } from '../../i18n';
import { useUnitTreeOptions } from '../../components/useUnits';
import { useMattersT } from './messages';
import type { MatterDetail } from './types';

/** 立项: a new matter saved as a draft; deadlines are computed when it is assigned. */
export function CreateMatterModal({
  lists,
  onClose,
}: {
  lists: { id: string; title: string }[];
  onClose(): void;
}) {
  const { message } = App.useApp();
  const t = useMattersT();
  const ct = useComponentT();
  const { label } = useI18n();
  const navigate = useNavigate();
  const units = useUnitTreeOptions();
  async function submit(v: Record<string, unknown>) {
    const m = await post<MatterDetail>('/api/matters', {
      ...v,
      listId: v.listId ?? null,
      cooperatingUnitIds: v.cooperatingUnitIds ?? [],
    });
    message.success(t('created'));
    navigate(`/matters/m/${m.id}`);
  }
  return (
    <FormModal
      width={640}
      title={t('newMatterTitle')}
      okText={t('create')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ source: 'key_work', complexity: 'ordinary' }}
    >
      <Form.Item
        name="title"
        label={t('title')}
        rules={[
          { required: true, message: t('titleRequired') },
          lengthRule(ct, t('title'), MATTER_LIMITS.titleMax),
        ]}
      >
        <Input count={countOf(MATTER_LIMITS.titleMax)} data-testid="matter-title-input" />
      </Form.Item>
      <Form.Item name="source" label={t('source')}>
        <Select
          options={MATTER_SOURCES.map((s) => ({ value: s, label: label(MATTER_SOURCE_LABELS[s]) }))}
        />
      </Form.Item>
      <Form.Item name="listId" label={t('list')}>
        <Select allowClear options={lists.map((l) => ({ value: l.id, label: l.title }))} />
      </Form.Item>
      <Form.Item
        name="leadLeader"
        label={t('leadLeader')}
        rules={[lengthRule(ct, t('leadLeader'), MATTER_LIMITS.leaderMax)]}
      >
        <Input count={countOf(MATTER_LIMITS.leaderMax)} />
      </Form.Item>
      <Form.Item
        name="leadUnitId"
        label={t('leadUnit')}
        rules={[{ required: true, message: t('leadUnitRequired') }]}
      >
        <TreeSelect treeData={units} showSearch treeNodeFilterProp="title" />
      </Form.Item>
      <Form.Item name="cooperatingUnitIds" label={t('coopUnits')}>
        <TreeSelect treeData={units} multiple showSearch treeNodeFilterProp="title" />
      </Form.Item>
      <Form.Item name="complexity" label={t('complexity')} extra={t('complexityExtra')}>
        <Radio.Group
          options={[
            { value: 'ordinary', label: t('ordinary') },
            { value: 'complex', label: t('complex') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('content')}
        rules={[lengthRule(ct, t('content'), MATTER_LIMITS.contentMax)]}
      >
        <Input.TextArea rows={3} count={countOf(MATTER_LIMITS.contentMax)} />
      </Form.Item>
    </FormModal>
  );
}
