import { describe, expect, it } from 'vitest';
import { checkStageOrder } from '../../../../core/projects/stages';
import { TASK_FORCES, taskForceProjects } from './task-forces';

describe('the 示范区 task forces (seed 002)', () => {
  it('push 291 synthetic key projects, each task force with its leader', () => {
    for (const today of ['2026-01-05', '2026-06-15', '2026-12-31']) {
      const list = taskForceProjects(today);
      expect(list).toHaveLength(291);
      expect(new Set(list.map((p) => p.unitCode))).toEqual(new Set(['410871']));
      expect(list.every((p) => p.name.endsWith('（合成）'))).toBe(true);
      expect(new Set(list.map((p) => p.key)).size).toBe(291);
      for (const tf of TASK_FORCES) {
        const mine = list.filter((p) => p.taskForceMembers.startsWith(`${tf.name}：`));
        expect(mine.length).toBeGreaterThanOrEqual(24);
        expect(new Set(mine.map((p) => p.taskForceLeader))).toEqual(new Set([tf.leader]));
      }
      for (const p of list) {
        expect(checkStageOrder(p), p.name).toBeNull();
        for (const d of [p.signedOn, p.startedOn, p.producingOn]) {
          if (d) expect(d <= today, `${p.name} ${d}`).toBe(true);
        }
      }
    }
  });
});
