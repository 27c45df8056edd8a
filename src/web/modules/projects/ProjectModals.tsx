import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { PROBLEM_KINDS, PROBLEM_LABELS } from '../../../core/projects/labels';
import { post, put } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useProjectT } from './messages';
import type { ProjectDetailT } from './types';

interface Props {
  project: ProjectDetailT;
  onClose(): void;
  onDone(): void;
}

/** One month's year-to-date figure for one project (last month unless one is given). */
export function ReportModal({ project, onClose, onDone, month }: Props & { month?: string }) {
  const t = useProjectT();
  return (
    <FormModal<{ month: Dayjs; ytdCompleted: number }>
      title={`${t('reportInvestment')}：${project.name}`}
      onClose={onClose}
      okTestId="report-ok"
      initialValues={{ month: month ? dayjs(`${month}-01`) : dayjs().subtract(1, 'month') }}
      onSubmit={async (v) => {
        await put(`/api/projects/${project.id}/investments/${v.month.format('YYYY-MM')}`, {
          ytdCompleted: v.ytdCompleted,
        });
        onDone();
      }}
    >
      <Form.Item name="month" label={t('month')} rules={[{ required: true }]}>
        <DatePicker picker="month" />
      </Form.Item>
      <Form.Item name="ytdCompleted" label={t('ytd')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={2} style={{ width: 200 }} data-testid="ytd-input" />
      </Form.Item>
    </FormModal>
  );
}

/** A problem needing help, supervised as a matter with 13710 deadlines. */
export function ProblemModal({ project, onClose, onDone }: Props) {
  const t = useProjectT();
  return (
    <FormModal<{ kind: string; description: string }>
      title={`${t('raiseProblem')}：${project.name}`}
      onClose={onClose}
      initialValues={{ kind: 'land' }}
      onSubmit={async (v) => {
        await post(`/api/projects/${project.id}/problems`, v);
        onDone();
      }}
    >
      <Form.Item name="kind" label={t('problemKind')} rules={[{ required: true }]}>
        <Select options={PROBLEM_KINDS.map((k) => ({ value: k, label: PROBLEM_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="description" label={t('description')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
