import { z } from 'zod';
import { TARGET_LIMITS } from '../../../../core/enums';
import { ParsedWordingSchema, Reason } from '../schema';

const settings = {
  tolerance: z.number().min(0).max(100).nullable().optional().describe('“左右”容差（百分点）'),
  reportDueDay: z.number().int().min(1).max(28).optional().describe('报送截止日'),
  yellowFrom: z.number().min(0).max(100).optional().describe('黄灯起点（落后百分点）'),
  redFrom: z.number().min(0).max(100).optional().describe('红灯起点（落后百分点）'),
  notStartedMonths: z.number().int().min(1).max(12).optional().describe('未启动亮红灯月数'),
};

export const CreatePlanBody = z.object({
  unitId: z.uuid().describe('计划所属单位'),
  year: z.number().int().min(2000).max(2100).describe('年度'),
  title: z.string().trim().min(1).max(TARGET_LIMITS.planTitleMax).describe('计划名称'),
  source: z.string().trim().max(TARGET_LIMITS.noteMax).nullable().optional().describe('出处'),
  ...settings,
});

export const UpdatePlanBody = z
  .object({
    title: CreatePlanBody.shape.title.optional(),
    source: CreatePlanBody.shape.source,
    ...settings,
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项')
  .refine(
    (b) => b.yellowFrom === undefined || b.redFrom === undefined || b.yellowFrom <= b.redFrom,
    '黄灯起点不能大于红灯起点',
  );

export const ListPlansQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('年度'),
});

const Wording = z.string().trim().min(1).max(TARGET_LIMITS.wordingMax).describe('目标表述');

export const CreateTargetBody = z.object({
  wording: Wording,
  /** In the order the wording names them; omitted: found by name in the wording. */
  indicatorIds: z.array(z.uuid()).min(1).max(10).optional().describe('指标'),
  seq: z.number().int().min(1).max(999).optional().describe('序号'),
});

export const ParseBody = z.object({ wording: Wording });

export const UpdateTargetBody = z
  .object({
    wording: Wording.optional(),
    tolerance: z.number().min(0).max(1e6).nullable().optional().describe('“左右”容差'),
    controlValue: z.number().finite().nullable().optional().describe('上级下达控制值'),
    referenceValues: z
      .array(z.number().finite().nullable())
      .max(3)
      .nullable()
      .optional()
      .describe('参照平均水平'),
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');

export const OverrideMeaningBody = z.object({
  parsed: ParsedWordingSchema.describe('目标含义'),
  reason: Reason.describe('更正理由'),
});

export const DecompositionBody = z.object({
  items: z
    .array(
      z.object({
        unitId: z.uuid().describe('单位'),
        wording: Wording,
      }),
    )
    .min(1)
    .max(500)
    .describe('分解'),
});
