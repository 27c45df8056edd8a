import { z } from 'zod';
import { LIMITS, RANKING_GROUPS, UNIT_KINDS } from '../../../core/enums';

export const UnitIdParams = z.object({ id: z.uuid().describe('单位') });

export const CreateUnitBody = z.object({
  name: z.string().trim().min(1).max(LIMITS.unitNameMax).describe('单位名称'),
  code: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.unitCodeMax)
    .regex(/^[0-9A-Za-z-]+$/, '只能包含数字、字母和连字符')
    .describe('单位代码'),
  kind: z.enum(UNIT_KINDS).describe('单位类型'),
  parentId: z.uuid().describe('上级单位'),
  rankingGroup: z.enum(RANKING_GROUPS).nullable().optional().describe('排名分组'),
});

export const UpdateUnitBody = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.unitNameMax).optional().describe('单位名称'),
    parentId: z.uuid().optional().describe('上级单位'),
    rankingGroup: z.enum(RANKING_GROUPS).nullable().optional().describe('排名分组'),
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');

export const ListUnitsQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('包含已停用单位'),
});

export const SearchUnitsQuery = z.object({
  q: z.string().trim().min(1).max(LIMITS.searchQueryMax).describe('搜索内容'),
});

export const UnitView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  depth: z.number(),
  rankingGroup: z.string().nullable(),
  active: z.boolean(),
});
export type UnitViewT = z.infer<typeof UnitView>;
