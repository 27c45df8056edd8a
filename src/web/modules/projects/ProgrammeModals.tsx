import { App, DatePicker, Form, Input, Radio, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { LIST_DEFS, LISTS, type ListKind } from '../../../core/projects/stages';
import { get, post, qs } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { useProjectT } from './messages';
import type { DashboardT, ProjectPageT } from './types';

/** A new programme: 三个一批 (in rounds) or a plain one such as 灾后重建. */
export function NewProgrammeModal({
  onClose,
  onDone,
}: {
  onClose(): void;
  onDone(id: string): void;
}) {
  const t = useProjectT();
  return (
    <FormModal<{ name: string; kind: string; description?: string }>
      title={t('newProgramme')}
      okTestId="programme-form-ok"
      onClose={onClose}
      initialValues={{ kind: 'three_batches' }}
      onSubmit={async (v) => {
        const r = await post<{ id: string }>('/api/programmes', {
          ...v,
          description: v.description ?? '',
        });
        onDone(r.id);
      }}
    >
      <Form.Item
        name="name"
        label={t('programmeName')}
        rules={[{ required: true, whitespace: true, message: t('programmeName') }]}
      >
        <Input maxLength={200} data-testid="programme-form-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('programmeKind')}>
        <Radio.Group
          options={[
            { value: 'three_batches', label: t('kindThree') },
            { value: 'plain', label: t('kindPlain') },
          ]}
        />
      </Form.Item>
      <Form.Item name="description" label={t('description')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** The next round (期) of a 三个一批 programme; the server checks it comes after the last. */
export function NewRoundModal({
  programmeId,
  onClose,
  onDone,
}: {
  programmeId: string;
  onClose(): void;
  onDone(seq: number): void;
}) {
  const t = useProjectT();
  return (
    <FormModal<{ name?: string; heldOn: Dayjs }>
      title={t('newRound')}
      okTestId="round-form-ok"
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await post<{ seq: number }>(`/api/programmes/${programmeId}/rounds`, {
          name: v.name?.trim() || undefined,
          heldOn: v.heldOn.format('YYYY-MM-DD'),
        });
        onDone(r.seq);
      }}
    >
      <Form.Item name="name" label={t('roundName')}>
        <Input maxLength={20} placeholder="第四期" />
      </Form.Item>
      <Form.Item
        name="heldOn"
        label={t('heldOn')}
        rules={[{ required: true, message: t('heldOn') }]}
      >
        <DatePicker data-testid="round-form-date" />
      </Form.Item>
    </FormModal>
  );
}

/** Search projects by name as the person types (the server pages; 20 at a time). */
function ProjectPicker({ value, onChange }: { value?: string; onChange?(v: string): void }) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const search = (q: string) => {
    const mine = ++seq.current;
    setBusy(true);
    get<ProjectPageT>(`/api/projects${qs({ q: q.trim() || undefined, pageSize: 20 })}`)
      .then((r) => {
        if (mine !== seq.current) return;
        setOptions(r.items.map((p) => ({ value: p.id, label: `${p.name}（${p.unit.name}）` })));
      })
      .finally(() => mine === seq.current && setBusy(false));
  };
  useEffect(() => search(''), []);
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={search}
      options={options}
      notFoundContent={busy ? <Spin size="small" /> : null}
      data-testid="entry-form-project"
    />
  );
}

/** Puts a project on one of a programme's lists (a round's 签约/开工/投产 list, or 建设). */
export function AddEntryModal({
  data,
  onClose,
  onDone,
}: {
  data: DashboardT;
  onClose(): void;
  onDone(): void;
}) {
  const t = useProjectT();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const rounds = data.programme.kind === 'three_batches';
  const lists: readonly ListKind[] = rounds ? ['sign', 'start', 'produce'] : LISTS;
  return (
    <FormModal<{ round?: number; list: ListKind; projectId: string }>
      title={`${t('addEntry')}：${data.programme.name}`}
      okTestId="entry-form-ok"
      onClose={onClose}
      initialValues={{ round: data.round ?? undefined, list: rounds ? 'sign' : 'build' }}
      onSubmit={async (v) => {
        await post(`/api/programmes/${data.programme.id}/entries`, {
          round: rounds ? (v.round ?? null) : null,
          list: v.list,
          projectId: v.projectId,
        });
        message.success(t('entryAdded'));
        onDone();
      }}
    >
      {rounds && (
        <Form.Item name="round" label={t('round')} rules={[{ required: true }]}>
          <Select options={data.rounds.map((r) => ({ value: r.seq, label: r.name }))} />
        </Form.Item>
      )}
      <Form.Item name="list" label={t('listKind')} rules={[{ required: true }]}>
        <Radio.Group options={lists.map((l) => ({ value: l, label: LIST_DEFS[l][lang] }))} />
      </Form.Item>
      <Form.Item
        name="projectId"
        label={t('pickProject')}
        rules={[{ required: true, message: t('pickProject') }]}
      >
        <ProjectPicker />
      </Form.Item>
    </FormModal>
  );
}
