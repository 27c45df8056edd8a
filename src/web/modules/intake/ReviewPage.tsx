import { Alert, App, Card, Empty, Segmented, Space, Statistic, Switch, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { get, patch } from '../../api';
import { useUnits } from '../../components/useUnits';
import { BulkBar } from './BulkBar';
import { CommitPanel } from './CommitPanel';
import { EditProposalModal } from './EditProposalModal';
import { useIntakeT } from './messages';
import { ProposalCard } from './ProposalCard';
import type { IntakeView, ProposalView, ReviewOp } from './types';

type Kind = 'all' | 'target' | 'task' | 'candidate';

/** The review screen: every proposal by section, keyboard-driven, then one step to create. */
export function ReviewPage() {
  const { id } = useParams();
  const t = useIntakeT();
  const { message } = App.useApp();
  const { units } = useUnits();
  const [intake, setIntake] = useState<IntakeView | null>(null);
  const [kind, setKind] = useState<Kind>('all');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [onlyPending, setOnlyPending] = useState(false);
  const [cursor, setCursorState] = useState(0);
  // The key handler reads the cursor from a ref: a quick run of keys must not act twice on
  // one proposal while React has not re-rendered yet.
  const cursorRef = useRef(0);
  const setCursor = useCallback((next: number | ((c: number) => number)) => {
    cursorRef.current = typeof next === 'function' ? next(cursorRef.current) : next;
    setCursorState(cursorRef.current);
  }, []);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<{ p: ProposalView; mode: 'edit' | 'split' } | null>(null);
  const refs = useRef(new Map<string, HTMLDivElement>());

  const load = useCallback(
    async () => setIntake(await get<IntakeView>(`/api/intakes/${id}`)),
    [id],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const unitNames = useMemo(() => {
    const m = new Map(units.map((u) => [u.id, u.name]));
    for (const u of intake?.units ?? []) m.set(u.id, u.name);
    return m;
  }, [units, intake]);
  const unitOptions = useMemo(
    () =>
      units.filter((u) => u.active && u.depth <= 2).map((u) => ({ value: u.id, label: u.name })),
    [units],
  );

  const visible = useMemo(
    () =>
      (intake?.proposals ?? []).filter(
        (p) =>
          (kind === 'all' || p.kind === kind) &&
          (!onlyFlagged || p.flags.length > 0) &&
          (!onlyPending || p.status === 'pending'),
      ),
    [intake, kind, onlyFlagged, onlyPending],
  );
  const readOnly = intake?.status === 'committed';

  // Operations go to the server one after another, so the last answer is the newest state.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const apply = useCallback(
    (ops: ReviewOp[]): Promise<boolean> => {
      const run = queue.current.then(async () => {
        try {
          setIntake(await patch<IntakeView>(`/api/intakes/${id}`, { ops }));
          return true;
        } catch (e) {
          message.error((e as Error).message);
          return false;
        }
      });
      queue.current = run;
      return run;
    },
    [id, message],
  );

  // j/k move, a accept, r reject, e edit, x select: the hands stay on the keyboard.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (readOnly || editing || e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable) return;
      const p = visible[cursorRef.current];
      if (e.key === 'j') setCursor((c) => Math.min(c + 1, visible.length - 1));
      else if (e.key === 'k') setCursor((c) => Math.max(c - 1, 0));
      else if (p && (e.key === 'a' || e.key === 'r')) {
        void apply([{ op: e.key === 'a' ? 'accept' : 'reject', ids: [p.id] }]);
        // Move on at once, so a run of keys does not wait for the server.
        if (!onlyPending) setCursor((c) => Math.min(c + 1, visible.length - 1));
      } else if (p && e.key === 'e') setEditing({ p, mode: 'edit' });
      else if (p && e.key === 'x') toggle(p.id, !selected.has(p.id));
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    const p = visible[cursor];
    if (p) refs.current.get(p.id)?.scrollIntoView({ block: 'nearest' });
  }, [cursor, visible]);

  function toggle(pid: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(pid);
      else next.delete(pid);
      return next;
    });
  }

  if (!intake) return <Card loading />;
  const bySection: Array<{ title: string; items: Array<{ p: ProposalView; index: number }> }> = [];
  visible.forEach((p, index) => {
    const last = bySection[bySection.length - 1];
    if (last && last.title === p.section) last.items.push({ p, index });
    else bySection.push({ title: p.section, items: [{ p, index }] });
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={`${t('title')}：${intake.title}（${intake.planYear}）`}
        extra={<Link to="/intake">{t('previous')}</Link>}
      >
        <Space size="large" wrap>
          <Statistic title={t('proposals')} value={intake.counts.total} />
          <Statistic title={t('accepted')} value={intake.counts.accepted} />
          <Statistic title={t('rejected')} value={intake.counts.rejected} />
          <Statistic title={t('flagged')} value={intake.counts.flagged} />
          <Statistic title={t('edits')} value={intake.editCount} />
          <Statistic title={t('extraction')} value={intake.extractionMs} suffix="ms" />
        </Space>
        {intake.existing && <Alert type="info" title={t('existing')} style={{ marginTop: 12 }} />}
      </Card>
      <CommitPanel intake={intake} onCommitted={load} />
      {!readOnly && (
        <Card size="small">
          <Space wrap>
            <Segmented<Kind>
              value={kind}
              onChange={(k) => (setKind(k), setCursor(0))}
              options={[
                { value: 'all', label: t('all') },
                { value: 'target', label: t('targets') },
                { value: 'task', label: t('tasks') },
                { value: 'candidate', label: t('candidates') },
              ]}
            />
            <Switch checked={onlyFlagged} onChange={(v) => (setOnlyFlagged(v), setCursor(0))} />{' '}
            {t('onlyFlagged')}
            <Switch
              checked={onlyPending}
              onChange={(v) => (setOnlyPending(v), setCursor(0))}
            />{' '}
            {t('onlyPending')}
            <Typography.Text type="secondary">{t('keys')}</Typography.Text>
          </Space>
          <BulkBar
            selected={[...selected]}
            visible={visible}
            units={unitOptions}
            apply={async (ops) => {
              const ok = await apply(ops);
              if (ok) setSelected(new Set());
              return ok;
            }}
          />
        </Card>
      )}
      {visible.length === 0 && <Empty description={t('noProposals')} />}
      {bySection.map((s, si) => (
        <div key={`${si}-${s.title}`}>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {s.title || t('section')}
          </Typography.Title>
          {s.items.map(({ p, index }) => (
            <ProposalCard
              key={p.id}
              ref={(el) => {
                if (el) refs.current.set(p.id, el);
              }}
              p={p}
              text={intake.text}
              unitName={(u) => unitNames.get(u) ?? u}
              active={index === cursor}
              selected={selected.has(p.id)}
              readOnly={readOnly}
              onSelect={(on) => toggle(p.id, on)}
              onFocus={() => setCursor(index)}
              onOp={(op) => void apply([{ op, ids: [p.id] }])}
              onEdit={() => setEditing({ p, mode: 'edit' })}
              onSplit={() => setEditing({ p, mode: 'split' })}
            />
          ))}
        </div>
      ))}
      {editing && (
        <EditProposalModal
          p={editing.p}
          mode={editing.mode}
          units={unitOptions}
          onClose={() => setEditing(null)}
          onSubmit={async (op) => {
            setIntake(await patch<IntakeView>(`/api/intakes/${id}`, { ops: [op] }));
            setEditing(null);
          }}
        />
      )}
    </Space>
  );
}
