import { z } from 'zod';
import {
  DIRECTIONS,
  INDICATOR_KINDS,
  REPORT_FREQUENCIES,
  TARGET_LIMITS,
} from '../../../../core/enums';

export const CreateIndicatorBody = z.object({
  name: z.string().trim().min(1).max(TARGET_LIMITS.indicatorNameMax).describe('指标名称'),
  measureUnit: z.string().trim().min(1).max(TARGET_LIMITS.measureUnitMax).describe('计量单位'),
  kind: z.enum(INDICATOR_KINDS).describe('指标类型'),
  direction: z.enum(DIRECTIONS).optional().describe('指标方向'),
  cumulative: z.boolean().describe('是否累计'),
  frequency: z.enum(REPORT_FREQUENCIES).describe('报送周期'),
  reportingUnitId: z.uuid().nullable().optional().describe('报送部门'),
  description: z.string().trim().max(TARGET_LIMITS.noteMax).nullable().optional().describe('说明'),
});

export const UpdateIndicatorBody = CreateIndicatorBody.partial()
  .extend({ active: z.boolean().optional().describe('是否启用') })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');
