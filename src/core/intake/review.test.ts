import { describe, expect, it } from 'vitest';
import { extractProposals, type TaskProposal } from './extract';
import { demoUnitRefs } from './fixtures';
import { applyReview } from './review';

const units = demoUnitRefs();
const known = (id: string) => units.some((u) => u.id === id);
const text =
  '一、重点任务\n温县加快推进高标准农田建设。年底前孟州市完成老旧小区改造。市商务局开展招商活动。';
const base = () => extractProposals(text, { planYear: 2026, units }).proposals;
const task = (ps: ReturnType<typeof base>, i: number) =>
  ps.filter((p) => p.kind === 'task')[i] as TaskProposal;

describe('applyReview', () => {
  it('accepts and rejects by id; an unknown id names itself', () => {
    const ps = applyReview(base(), { op: 'accept', ids: ['m1'] }, known);
    expect(task(ps, 0).status).toBe('accepted');
    expect(() => applyReview(ps, { op: 'reject', ids: ['m9'] }, known)).toThrow(
      '没有编号为 m9 的提案',
    );
  });

  it('assigns lead units in bulk and drops the cooperating duplicates', () => {
    const ps = applyReview(
      base(),
      {
        op: 'assign',
        ids: ['m1', 'm3'],
        leadUnitIds: ['410882'],
        cooperatingUnitIds: ['410882', 'JZ-CZJ'],
      },
      known,
    );
    expect(task(ps, 0).leadUnitIds).toEqual(['410882']);
    expect(task(ps, 2).cooperatingUnitIds).toEqual(['JZ-CZJ']);
    expect(() =>
      applyReview(ps, { op: 'assign', ids: ['m1'], leadUnitIds: ['nope'] }, known),
    ).toThrow('提案 m1（温县加快推进高标准农田建设）：单位不存在或不在您的管辖范围内');
  });

  it('merges tasks: units united, the earliest worded deadline kept', () => {
    const ps = applyReview(base(), { op: 'merge', ids: ['m1', 'm2'] }, known);
    const merged = task(ps, 0);
    expect(ps.filter((p) => p.kind === 'task')).toHaveLength(2);
    expect(merged.leadUnitIds).toEqual(['410825', '410883']);
    expect(merged.deadline.due).toBe('2026-12-31');
  });

  it('splits a task into several, each accepted', () => {
    const ps = applyReview(
      base(),
      { op: 'split', id: 'm3', titles: ['招商活动一', '招商活动二'] },
      known,
    );
    expect(ps.filter((p) => p.kind === 'task').map((p) => p.id)).toEqual([
      'm1',
      'm2',
      'm3-1',
      'm3-2',
    ]);
    expect(() => applyReview(ps, { op: 'split', id: 'm1', titles: ['只有一个'] }, known)).toThrow(
      '拆分需要至少两个事项名称',
    );
  });

  it('edits a task (the edit accepts it) and re-reads an edited target', () => {
    let ps = applyReview(
      base(),
      { op: 'edit', id: 'm1', changes: { title: '高标准农田', due: '2026-06-30' } },
      known,
    );
    expect(task(ps, 0)).toMatchObject({
      title: '高标准农田',
      status: 'accepted',
      deadline: { due: '2026-06-30', complexity: 'complex' },
    });
    ps = extractProposals('主要预期目标\n地区生产总值增长百分之八。', {
      planYear: 2026,
      units,
    }).proposals;
    ps = applyReview(
      ps,
      { op: 'edit', id: 't1', changes: { wording: '地区生产总值增长8%' } },
      known,
    );
    const t = ps[0]!;
    expect(t.kind === 'target' && t.lines[0]!.meaning).toBe('增速 达到 8%');
    expect(t.flags).toEqual([]);
  });
});
