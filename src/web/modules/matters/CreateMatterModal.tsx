import { App, Form, Input, Radio, Select, TreeSelect } from 'antd';
import { useNavigate } from 'react-router';
import { MATTER_SOURCES, MATTER_SOURCE_LABELS } from '../../../core/enums';
import { post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useUnitTreeOptions } from '../../components/useUnits';
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
  const navigate = useNavigate();
  const units = useUnitTreeOptions();
  async function submit(v: Record<string, unknown>) {
    const m = await post<MatterDetail>('/api/matters', {
      ...v,
      listId: v.listId ?? null,
      cooperatingUnitIds: v.cooperatingUnitIds ?? [],
    });
    message.success('已立项（草稿），交办后开始计算期限');
    navigate(`/matters/m/${m.id}`);
  }
  return (
    <FormModal
      width={640}
      title="新建事项"
      okText="立项"
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ source: 'key_work', complexity: 'ordinary' }}
    >
      <Form.Item
        name="title"
        label="事项名称"
        rules={[{ required: true, message: '请填写事项名称' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="source" label="来源">
        <Select
          options={MATTER_SOURCES.map((s) => ({ value: s, label: MATTER_SOURCE_LABELS[s].zh }))}
        />
      </Form.Item>
      <Form.Item name="listId" label="所属清单">
        <Select allowClear options={lists.map((l) => ({ value: l.id, label: l.title }))} />
      </Form.Item>
      <Form.Item name="leadLeader" label="牵头领导">
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="leadUnitId"
        label="牵头单位"
        rules={[{ required: true, message: '请选择牵头单位' }]}
      >
        <TreeSelect treeData={units} showSearch treeNodeFilterProp="title" />
      </Form.Item>
      <Form.Item name="cooperatingUnitIds" label="配合单位">
        <TreeSelect treeData={units} multiple showSearch treeNodeFilterProp="title" />
      </Form.Item>
      <Form.Item
        name="complexity"
        label="复杂程度"
        extra="一般问题 7 天内落实解决；复杂问题 1 个月内解决或报送时间节点和方案"
      >
        <Radio.Group
          options={[
            { value: 'ordinary', label: '一般' },
            { value: 'complex', label: '复杂' },
          ]}
        />
      </Form.Item>
      <Form.Item name="content" label="事项内容">
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
