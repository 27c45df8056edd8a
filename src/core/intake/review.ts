// A person's review of the proposals: accept, reject, edit, merge, split, bulk-assign units.
// Pure: takes the proposals and one operation, returns the new proposals or a Chinese error
// that names the proposal. Every operation counts as one human edit.
import { isIsoDate } from '../dates';
import { readTargetPhrase } from './targets';
import type { Proposal, TaskProposal } from './types';

export type ReviewOp =
  | { op: 'accept' | 'reject' | 'reset'; ids: string[] }
  | {
      op: 'edit';
      id: string;
      changes: {
        title?: string;
        content?: string;
        leadUnitIds?: string[];
        cooperatingUnitIds?: string[];
        leadLeader?: string;
        due?: string | null;
        complexity?: 'ordinary' | 'complex';
        wording?: string;
        name?: string;
      };
    }
  | { op: 'assign'; ids: string[]; leadUnitIds: string[]; cooperatingUnitIds?: string[] }
  | { op: 'merge'; ids: string[] }
  | { op: 'split'; id: string; titles: string[] };

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const label = (p: Proposal) =>
  `提案 ${p.id}（${p.kind === 'task' ? p.title : p.kind === 'target' ? p.wording : p.name}）`;

function find(ps: Proposal[], id: string, field: string): Proposal {
  const p = ps.find((x) => x.id === id);
  if (!p) throw new ReviewError(`没有编号为 ${id} 的提案`, field);
  return p;
}

function asTask(p: Proposal, field: string): TaskProposal {
  if (p.kind !== 'task') throw new ReviewError(`${label(p)}：只有重点工作事项可以这样操作`, field);
  return p;
}

/** Applies one operation; `knownUnit` says whether a unit id exists in the caller's scope. */
export function applyReview(
  proposals: Proposal[],
  op: ReviewOp,
  knownUnit: (id: string) => boolean,
): Proposal[] {
  const ps = proposals.map((p) => ({ ...p }) as Proposal);
  const checkUnits = (p: Proposal, ids: string[], field: string) => {
    const bad = ids.find((id) => !knownUnit(id));
    if (bad) throw new ReviewError(`${label(p)}：单位不存在或不在您的管辖范围内`, field);
  };
  switch (op.op) {
    case 'accept':
    case 'reject':
    case 'reset': {
      const status = op.op === 'accept' ? 'accepted' : op.op === 'reject' ? 'rejected' : 'pending';
      for (const id of op.ids) find(ps, id, 'ids').status = status;
      return ps;
    }
    case 'edit': {
      const p = find(ps, op.id, 'id');
      const c = op.changes;
      if (p.kind === 'task') {
        if (c.title !== undefined) {
          if (!c.title.trim())
            throw new ReviewError(`${label(p)}：事项名称不能为空`, 'changes.title');
          p.title = c.title.trim();
        }
        if (c.content !== undefined) p.content = c.content.trim();
        if (c.leadLeader !== undefined) p.leadLeader = c.leadLeader.trim();
        if (c.leadUnitIds) {
          checkUnits(p, c.leadUnitIds, 'changes.leadUnitIds');
          p.leadUnitIds = [...new Set(c.leadUnitIds)];
          p.cooperatingUnitIds = p.cooperatingUnitIds.filter((id) => !p.leadUnitIds.includes(id));
        }
        if (c.cooperatingUnitIds) {
          checkUnits(p, c.cooperatingUnitIds, 'changes.cooperatingUnitIds');
          p.cooperatingUnitIds = [...new Set(c.cooperatingUnitIds)].filter(
            (id) => !p.leadUnitIds.includes(id),
          );
        }
        if (c.due !== undefined) {
          if (c.due !== null && !isIsoDate(c.due))
            throw new ReviewError(`${label(p)}：期限日期格式不正确`, 'changes.due');
          p.deadline = { ...p.deadline, due: c.due, words: c.due ? p.deadline.words : null };
          if (c.due && !c.complexity) p.deadline.complexity = 'complex';
        }
        if (c.complexity) p.deadline = { ...p.deadline, complexity: c.complexity };
      } else if (p.kind === 'target') {
        if (c.wording !== undefined) {
          const wording = c.wording.trim();
          if (!wording) throw new ReviewError(`${label(p)}：目标表述不能为空`, 'changes.wording');
          const read = readTargetPhrase(wording, p.start, p.sectionIndex);
          p.wording = wording;
          p.lines = read.lines;
          p.flags = read.flags;
        }
      } else if (c.name !== undefined) {
        if (!c.name.trim()) throw new ReviewError(`${label(p)}：名称不能为空`, 'changes.name');
        p.name = c.name.trim();
      }
      p.status = 'accepted';
      return ps;
    }
    case 'assign': {
      for (const id of op.ids) {
        const p = asTask(find(ps, id, 'ids'), 'ids');
        checkUnits(p, op.leadUnitIds, 'leadUnitIds');
        checkUnits(p, op.cooperatingUnitIds ?? [], 'cooperatingUnitIds');
        p.leadUnitIds = [...new Set(op.leadUnitIds)];
        if (op.cooperatingUnitIds) p.cooperatingUnitIds = [...new Set(op.cooperatingUnitIds)];
        p.cooperatingUnitIds = p.cooperatingUnitIds.filter((u) => !p.leadUnitIds.includes(u));
        p.flags = p.flags.filter((f) => !/牵头单位|建议由/.test(f));
      }
      return ps;
    }
    case 'merge': {
      if (op.ids.length < 2) throw new ReviewError('请至少选择两个事项合并', 'ids');
      const parts = op.ids.map((id) => asTask(find(ps, id, 'ids'), 'ids'));
      const [first, ...rest] = parts as [TaskProposal, ...TaskProposal[]];
      first.content = parts.map((t) => t.content).join('\n');
      first.leadUnitIds = [...new Set(parts.flatMap((t) => t.leadUnitIds))];
      first.cooperatingUnitIds = [...new Set(parts.flatMap((t) => t.cooperatingUnitIds))].filter(
        (u) => !first.leadUnitIds.includes(u),
      );
      const dues = parts
        .map((t) => t.deadline.due)
        .filter((d): d is string => Boolean(d))
        .sort();
      if (dues[0]) first.deadline = { ...first.deadline, due: dues[0], complexity: 'complex' };
      first.spans = parts.flatMap((t) => t.spans);
      first.start = Math.min(...parts.map((t) => t.start));
      first.end = Math.max(...parts.map((t) => t.end));
      first.status = 'accepted';
      const gone = new Set(rest.map((t) => t.id));
      return ps.filter((p) => !gone.has(p.id));
    }
    case 'split': {
      const p = asTask(find(ps, op.id, 'id'), 'id');
      const titles = op.titles.map((t) => t.trim()).filter(Boolean);
      if (titles.length < 2)
        throw new ReviewError(`${label(p)}：拆分需要至少两个事项名称`, 'titles');
      const at = ps.indexOf(p);
      const pieces: TaskProposal[] = titles.map((title, i) => ({
        ...p,
        id: `${p.id}-${i + 1}`,
        title,
        status: 'accepted',
      }));
      if (pieces.some((x) => ps.some((y) => y.id === x.id))) {
        throw new ReviewError(`${label(p)}：已经拆分过，请先处理拆分后的事项`, 'id');
      }
      ps.splice(at, 1, ...pieces);
      return ps;
    }
  }
}
