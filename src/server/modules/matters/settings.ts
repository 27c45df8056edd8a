import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { RULE_13710, validateRule, type DeadlineRule } from '../../../core/matters/deadline-rules';
import {
  DEFAULT_ESCALATION_THRESHOLDS,
  DEFAULT_YELLOW_WITHIN_DAYS,
  validateEscalationThresholds,
} from '../../../core/matters/lights';
import { validateNoticeNumber } from '../../../core/matters/supervision-number';
import type { WorkspaceSettingsSnapshot } from '../../auth/session-store';
import type { DbOrTx } from '../../db/connection';
import { workspaceSettings } from '../../db/schema';
import { badRequest } from '../../errors';

// Deadline rules and thresholds are data a supervisor may change; 13710 ships as the default.
export const MATTER_SETTINGS_KEY = 'matter_settings';

const Step = z.object({
  key: z.enum(['deploy', 'feedback', 'resolve', 'plan_or_resolve']),
  labelZh: z.string(),
  labelEn: z.string(),
  amount: z.number().int(),
  unit: z.enum(['day', 'month']),
  appliesTo: z.enum(['all', 'ordinary', 'complex']),
});
const Rule = z.object({
  code: z.string(),
  nameZh: z.string(),
  dayKind: z.enum(['natural', 'working']),
  steps: z.array(Step),
});

export const MatterSettingsSchema = z.object({
  rules: z.array(Rule).min(1).max(20).describe('期限规则'),
  defaultRuleCode: z.string().describe('默认期限规则'),
  yellowWithinDays: z.number().int().min(0).max(30).describe('黄灯提前天数'),
  reminderAfterDays: z.number().int().describe('逾期催办天数'),
  warningAfterDays: z.number().int().describe('逾期预警天数'),
  noticeAfterDays: z.number().int().describe('逾期督办单天数'),
  noticePrefix: z.string().describe('督办单文号前缀'),
});
export type MatterSettings = z.infer<typeof MatterSettingsSchema> & { rules: DeadlineRule[] };

export const DEFAULT_MATTER_SETTINGS: MatterSettings = {
  rules: [RULE_13710],
  defaultRuleCode: RULE_13710.code,
  yellowWithinDays: DEFAULT_YELLOW_WITHIN_DAYS,
  ...DEFAULT_ESCALATION_THRESHOLDS,
  noticePrefix: '焦督',
};

/** Chinese messages for a settings value; empty when it may be saved. */
export function validateMatterSettings(s: MatterSettings): string[] {
  const errors: string[] = [];
  s.rules.forEach((r, i) => {
    for (const e of validateRule(r)) errors.push(`规则 ${i + 1}：${e}`);
  });
  const codes = s.rules.map((r) => r.code);
  if (new Set(codes).size !== codes.length) errors.push('规则编号不能重复');
  if (!codes.includes(s.defaultRuleCode))
    errors.push(`默认规则"${s.defaultRuleCode}"不在规则列表中`);
  errors.push(...validateEscalationThresholds(s));
  const prefixErrors = validateNoticeNumber({ prefix: s.noticePrefix, year: 2026, seq: 1 });
  errors.push(...prefixErrors);
  return errors;
}

// Built once: a schema made per call (.partial() inside the function) is compiled per call.
const StoredMatterSettings = MatterSettingsSchema.partial();

function matterSettingsFrom(value: unknown): MatterSettings {
  const stored = StoredMatterSettings.safeParse(value ?? {});
  return { ...DEFAULT_MATTER_SETTINGS, ...(stored.success ? stored.data : {}) } as MatterSettings;
}

/**
 * The workspace's matter settings: stored values over the defaults. Given the settings read
 * with the caller's session (auth.settings), no query is made.
 */
export async function loadMatterSettings(
  db: DbOrTx,
  workspaceId: string,
  snapshot?: WorkspaceSettingsSnapshot,
): Promise<MatterSettings> {
  if (snapshot) return matterSettingsFrom(snapshot[MATTER_SETTINGS_KEY]);
  const [row] = await db
    .select()
    .from(workspaceSettings)
    .where(
      and(
        eq(workspaceSettings.workspaceId, workspaceId),
        eq(workspaceSettings.key, MATTER_SETTINGS_KEY),
      ),
    );
  return matterSettingsFrom(row?.value);
}

export function ruleByCode(settings: MatterSettings, code?: string): DeadlineRule {
  const wanted = code ?? settings.defaultRuleCode;
  const rule = settings.rules.find((r) => r.code === wanted);
  if (!rule) throw badRequest(`期限规则"${wanted}"不存在`, 'ruleCode');
  return rule;
}
