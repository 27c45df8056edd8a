import {
  AutoComplete,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, post, put } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useUnits } from '../../components/useUnits';
import { useT } from './messages';
import { useChainNames } from './useChains';
import {
  LADDER_LABELS,
  LISTING_LABELS,
  TITLE_KINDS,
  TITLE_LABELS,
  type EnterpriseDetail,
} from './types';

// The forms behind the buttons of the library and the enterprise page: what the API can do,
// a person can now do too. Each posts once and closes only when the server accepted it.

/**
 * A refusal that names a field (the USCC check says which character is wrong) is shown under
 * that field; anything else goes up to the modal's message. Returns true when placed on a field.
 */
function placeOnField(form: FormInstance, e: unknown, fields: string[]): boolean {
  if (e instanceof ApiError && e.field && fields.includes(e.field)) {
    form.setFields([{ name: e.field, errors: [e.message] }]);
    return true;
  }
  return false;
}

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

interface EnterpriseValues {
  uscc: string;
  name: string;
  formerNames: string[];
  unitId: string;
  industryCode: string;
  chain: string;
  strategicEmerging: boolean;
  scale: 'above' | 'below';
  listing: string;
  registeredOn: Dayjs | null;
  serviceOfficer: string;
  contacts: { name: string; phone: string; role: string }[];
}

/** Registers a new enterprise or edits one; the server checks the code (GB 32100-2015). */
export function EnterpriseForm({
  initial,
  onClose,
  onSaved,
}: {
  initial?: EnterpriseDetail;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const t = useT();
  const [form] = Form.useForm<EnterpriseValues>();
  const { units } = useUnits();
  const chains = useChainNames();
  const fields = ['uscc', 'name', 'unitId', 'industryCode', 'chain', 'registeredOn'];
  return (
    <FormModal<EnterpriseValues>
      form={form}
      width={720}
      title={initial ? `${t('editEnterprise')}：${initial.name}` : t('newEnterprise')}
      okTestId="enterprise-save"
      initialValues={
        initial
          ? {
              ...initial,
              registeredOn: initial.registeredOn ? dayjs(initial.registeredOn) : null,
              scale: initial.scale as 'above' | 'below',
            }
          : { scale: 'below', listing: 'unlisted', strategicEmerging: false, contacts: [] }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const body = {
          ...v,
          formerNames: v.formerNames ?? [],
          industryCode: v.industryCode ?? '',
          chain: v.chain ?? '',
          serviceOfficer: v.serviceOfficer ?? '',
          contacts: (v.contacts ?? []).map((c) => ({
            name: c.name,
            phone: c.phone ?? '',
            role: c.role ?? '',
          })),
          registeredOn: iso(v.registeredOn),
        };
        try {
          const r = initial
            ? await put<{ id: string }>(`/api/enterprises/${initial.id}`, body)
            : await post<{ id: string }>('/api/enterprises', body);
          onSaved(r.id);
        } catch (e) {
          if (!placeOnField(form, e, fields)) throw e;
        }
      }}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
        <Form.Item name="uscc" label={t('uscc')} rules={[{ required: true }]}>
          <Input maxLength={30} data-testid="ent-uscc" />
        </Form.Item>
        <Form.Item name="name" label={t('name')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="ent-name" />
        </Form.Item>
        <Form.Item name="unitId" label={t('unit')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="ent-unit"
            options={units
              .filter((u) => u.kind !== 'department')
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="chain" label={t('chain')}>
          <AutoComplete options={chains.map((c) => ({ value: c }))} maxLength={50} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('industryCode')} extra="如 C3985">
          <Input maxLength={10} />
        </Form.Item>
        <Form.Item name="registeredOn" label={t('registeredOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="scale" label={t('scale')}>
          <Select
            options={[
              { value: 'above', label: t('above') },
              { value: 'below', label: t('below') },
            ]}
          />
        </Form.Item>
        <Form.Item name="listing" label={t('listing')}>
          <Select
            options={Object.entries(LISTING_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="serviceOfficer" label={t('officer')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="formerNames" label={t('formerNames')}>
          <Select mode="tags" open={false} tokenSeparators={['、', ',']} />
        </Form.Item>
        <Form.Item name="strategicEmerging" valuePropName="checked">
          <Checkbox>{t('strategicEmerging')}</Checkbox>
        </Form.Item>
      </div>
      <Form.List name="contacts">
        {(items, { add, remove }) => (
          <>
            {items.map((it) => (
              <Space key={it.key} align="baseline">
                <Form.Item name={[it.name, 'name']} rules={[{ required: true }]}>
                  <Input placeholder={t('contactName')} maxLength={50} />
                </Form.Item>
                <Form.Item name={[it.name, 'phone']}>
                  <Input placeholder={t('contactPhone')} maxLength={30} />
                </Form.Item>
                <Form.Item name={[it.name, 'role']}>
                  <Input placeholder={t('contactRole')} maxLength={50} />
                </Form.Item>
                <Button type="link" onClick={() => remove(it.name)}>
                  {t('remove')}
                </Button>
              </Space>
            ))}
            <Button type="dashed" onClick={() => add()} disabled={items.length >= 10}>
              {t('addContact')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

export interface HeldTitle {
  id: string;
  kind: string;
  name: string;
  level: string;
  certificateNo: string;
  grantedOn: string;
  validTo: string | null;
}

interface TitleValues {
  kind: string;
  name: string;
  level: string;
  certificateNo: string;
  grantedOn: Dayjs;
  validTo: Dayjs | null;
}

/** A title held, with its level, certificate number and dates. */
export function TitleForm({
  enterpriseId,
  initial,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  /** A title held, to correct; without it a new title is recorded. */
  initial?: HeldTitle;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const [form] = Form.useForm<TitleValues>();
  return (
    <FormModal<TitleValues>
      form={form}
      title={initial ? t('editTitle') : t('addTitle')}
      okTestId="title-save"
      initialValues={
        initial
          ? {
              kind: initial.kind,
              name: initial.name,
              level: initial.level,
              certificateNo: initial.certificateNo,
              grantedOn: dayjs(initial.grantedOn),
              validTo: initial.validTo ? dayjs(initial.validTo) : null,
            }
          : { level: 'provincial' }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        try {
          const send = initial
            ? (body: unknown) => put(`/api/enterprises/${enterpriseId}/titles/${initial.id}`, body)
            : (body: unknown) => post(`/api/enterprises/${enterpriseId}/titles`, body);
          await send({
            kind: v.kind,
            name: v.name ?? '',
            level: v.level,
            certificateNo: v.certificateNo ?? '',
            grantedOn: iso(v.grantedOn),
            validTo: iso(v.validTo),
          });
          onSaved();
        } catch (e) {
          if (!placeOnField(form, e, ['validTo', 'grantedOn', 'certificateNo'])) throw e;
        }
      }}
    >
      <Form.Item name="kind" label={t('title')} rules={[{ required: true }]}>
        <Select
          data-testid="title-kind"
          options={TITLE_KINDS.map((k) => ({ value: k, label: TITLE_LABELS[k].zh }))}
        />
      </Form.Item>
      <Form.Item name="level" label={t('level')} rules={[{ required: true }]}>
        <Select
          options={[
            { value: 'national', label: '国家级' },
            { value: 'provincial', label: '省级' },
            { value: 'city', label: '市级' },
          ]}
        />
      </Form.Item>
      <Form.Item name="certificateNo" label={t('certificateNo')}>
        <Input maxLength={60} />
      </Form.Item>
      <Space>
        <Form.Item name="grantedOn" label={t('grantedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="validTo" label={t('validTo')}>
          <DatePicker />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

/** The date a ladder step (个转企 … 股上市) was reached; an empty date withdraws it. */
export function LadderForm({
  enterpriseId,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  return (
    <FormModal<{ step: string; reachedOn: Dayjs | null }>
      title={t('ladder')}
      okTestId="ladder-save"
      onClose={onClose}
      onSubmit={async (v) => {
        await put(`/api/enterprises/${enterpriseId}/ladder`, {
          step: v.step,
          reachedOn: iso(v.reachedOn),
        });
        onSaved();
      }}
    >
      <Form.Item name="step" label={t('ladderStep')} rules={[{ required: true }]}>
        <Select
          options={Object.entries(LADDER_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="reachedOn" label={t('reachedOn')} extra={t('reachedOnHint')}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

/** 万人助万企: a problem the enterprise raises becomes a supervised matter with 13710 deadlines. */
export function ProblemForm({
  enterpriseId,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  onClose(): void;
  onSaved(matterId: string): void;
}) {
  const t = useT();
  const { units } = useUnits();
  return (
    <FormModal<{ title: string; content: string; leadUnitId: string; complexity: string }>
      title={t('raiseProblem')}
      okTestId="problem-save"
      width={640}
      initialValues={{ complexity: 'ordinary' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await post<{ matterId: string }>(`/api/enterprises/${enterpriseId}/problems`, {
          ...v,
          content: v.content ?? '',
        });
        onSaved(r.matterId);
      }}
    >
      <Form.Item name="title" label={t('problemTitle')} rules={[{ required: true }]}>
        <Input maxLength={200} data-testid="problem-title" />
      </Form.Item>
      <Form.Item name="content" label={t('problemContent')}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
      <Form.Item name="leadUnitId" label={t('leadUnit')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="complexity" label={t('complexity')}>
        <Select
          options={[
            { value: 'ordinary', label: t('ordinary') },
            { value: 'complex', label: t('complex') },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
