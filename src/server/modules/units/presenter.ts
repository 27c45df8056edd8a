import type { units } from '../../db/schema';
import type { UnitViewT } from './schema';

export function presentUnit(
  u: Pick<
    typeof units.$inferSelect,
    'id' | 'code' | 'name' | 'kind' | 'parentId' | 'depth' | 'rankingGroup' | 'active'
  >,
): UnitViewT {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parentId,
    depth: u.depth,
    rankingGroup: u.rankingGroup,
    active: u.active,
  };
}
