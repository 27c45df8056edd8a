import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { LEVEL_LABELS, PROJECT_LEVELS } from '../../../core/projects/labels';
import { checkStageOrder, STAGE_LABELS, STAGES, type Stage } from '../../../core/projects/stages';
import { ApiError, patch, post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useUnitTreeOptions } from '../../components/useUnits';
import { useI18n } from '../../i18n';
import { useProjectT } from './messages';
import type { ProjectDetailT } from './types';

const DATE_FIELDS = ['periodStart', 'periodEnd', ...STAGES] as const;
const TEXT_FIELDS = [
  'name',
  'owner',
  'industry',
  'chain',
  'location',
  'taskForceLeader',
  'taskForceMembers',
  'notes',
] as const;
const KNOWN_FIELDS: string[] = [...DATE_FIELDS, ...TEXT_FIELDS, 'unitId', 'level', 'planYear'];
type Values = Record<string, Dayjs | string | number | null | undefined>;

const iso = (v: unknown) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : null);

/** The form's values as the API's body: dates as YYYY-MM-DD, empty texts as ''. */
function toBody(v: Values) {
  const body: Record<string, unknown> = {
    unitId: v.unitId,
    level: v.level,
    planYear: v.planYear,
    totalInvestment: v.totalInvestment ?? 0,
    annualPlan: v.annualPlan ?? 0,
  };
  for (const f of TEXT_FIELDS) body[f] = ((v[f] as string | undefined) ?? '').trim();
  for (const f of DATE_FIELDS) body[f] = iso(v[f]);
  return body;
}

/**
 * A project's every field (point 1 of the issue): create, or edit an existing one. Stage dates
 * out of order are caught on the field that breaks the order, naming both dates, before the
 * server sees them; a refusal from the server lands on the field it names too.
 */
export function ProjectFormModal({
  project,
  onClose,
  onDone,
}: {
  project?: ProjectDetailT;
  onClose(): void;
  onDone?(): void;
}) {
  const t = useProjectT();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const units = useUnitTreeOptions();
  const [form] = Form.useForm<Values>();

  const initial: Values = project
    ? {
        unitId: project.unit.id,
        level: project.level,
        planYear: project.planYear,
        totalInvestment: project.totalInvestment,
        annualPlan: project.annualPlan,
      }
    : { level: 'city', planYear: dayjs().year() };
  if (project) {
    for (const f of TEXT_FIELDS) initial[f] = project[f];
    for (const f of DATE_FIELDS) initial[f] = project[f] ? dayjs(project[f]) : null;
  }

  async function submit(v: Values) {
    try {
      if (project) {
        await patch(`/api/projects/${project.id}`, toBody(v));
        onDone?.();
      } else {
        const created = await post<ProjectDetailT>('/api/projects', toBody(v));
        message.success(t('created'));
        navigate(`/projects/p/${created.id}`);
      }
    } catch (e) {
      // Also on the field the server names, so the person sees where to look.
      if (e instanceof ApiError && e.field && KNOWN_FIELDS.includes(e.field)) {
        form.setFields([{ name: e.field, errors: [e.message] }]);
      }
      throw e;
    }
  }

  // The rule on a stage date: the pair it breaks, when it is the later of the two.
  const stageRule = (s: Stage) => ({
    validator: async () => {
      const dates = Object.fromEntries(STAGES.map((x) => [x, iso(form.getFieldValue(x))]));
      const err = checkStageOrder(dates);
      if (err && err.later === s) throw new Error(err.messageZh);
    },
  });

  return (
    <FormModal<Values>
      width={760}
      form={form}
      title={project ? `${t('editProject')}：${project.name}` : t('newProject')}
      okTestId="project-form-ok"
      onClose={onClose}
      onSubmit={submit}
      initialValues={initial}
    >
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
      >
        <Input maxLength={200} data-testid="project-form-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="unitId"
            label={t('unit')}
            rules={[{ required: true, message: t('unitRequired') }]}
          >
            <TreeSelect
              treeData={units}
              showSearch
              treeNodeFilterProp="title"
              data-testid="project-form-unit"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="owner" label={t('owner')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="industry" label={t('industryOnly')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="chain" label={t('chain')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="level"
            label={t('level')}
            rules={[{ required: true, message: t('levelRequired') }]}
          >
            <Select options={PROJECT_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="totalInvestment" label={t('totalInvestment')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="annualPlan" label={t('annualPlan')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="planYear" label={t('planYear')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="periodStart" label={t('periodStart')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="periodEnd"
            label={t('periodEnd')}
            dependencies={['periodStart']}
            rules={[
              {
                validator: async (_, v) => {
                  const start = iso(form.getFieldValue('periodStart'));
                  const end = iso(v);
                  if (start && end && end < start) {
                    throw new Error(`建设结束日期（${end}）不能早于建设起始日期（${start}）`);
                  }
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {STAGES.map((s) => (
          <Col span={8} key={s}>
            <Form.Item
              name={s}
              label={`${STAGE_LABELS[s][lang]}${lang === 'zh' ? '日期' : ''}`}
              dependencies={STAGES.filter((x) => x !== s)}
              rules={[stageRule(s)]}
            >
              <DatePicker style={{ width: '100%' }} data-testid={`project-form-${s}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="location" label={t('location')}>
        <Input maxLength={200} placeholder={t('locationHint')} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="taskForceLeader" label={`${t('taskForce')} · ${t('leader')}`}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="taskForceMembers" label={`${t('taskForce')} · ${t('members')}`}>
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="notes" label={t('notes')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
