import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from '../../core/enums';
import type { DbOrTx } from '../db/connection';
import { workspaceSettings } from '../db/schema';
import type { WorkspaceSettingsSnapshot } from './session-store';

export const SECURITY_POLICY_KEY = 'security_policy';

export const SecurityPolicySchema = z.object({
  passwordMinLength: z.number().int().min(8).max(64).describe('密码最小长度'),
  passwordMinClasses: z.number().int().min(1).max(4).describe('密码字符类别数'),
  maxFailedAttempts: z.number().int().min(1).max(20).describe('登录失败锁定次数'),
  lockoutMinutes: z.number().int().min(1).max(1440).describe('锁定时长（分钟）'),
  idleTimeoutMinutes: z.number().int().min(5).max(480).describe('空闲超时（分钟）'),
  forcePasswordChangeOnFirstSignIn: z.boolean().describe('首次登录强制修改密码'),
});

// Built once: a schema made per call (.partial() inside the function) is compiled per call.
const StoredSecurityPolicy = SecurityPolicySchema.partial();

/** The security policy from a stored value (or the settings read with the session). */
export function securityPolicyFrom(settings: WorkspaceSettingsSnapshot): SecurityPolicy {
  const stored = StoredSecurityPolicy.safeParse(settings[SECURITY_POLICY_KEY] ?? {});
  return { ...DEFAULT_SECURITY_POLICY, ...(stored.success ? stored.data : {}) };
}

/** The workspace's security policy: stored values over the defaults. */
export async function loadSecurityPolicy(db: DbOrTx, workspaceId: string): Promise<SecurityPolicy> {
  const [row] = await db
    .select()
    .from(workspaceSettings)
    .where(
      and(
        eq(workspaceSettings.workspaceId, workspaceId),
        eq(workspaceSettings.key, SECURITY_POLICY_KEY),
      ),
    );
  return securityPolicyFrom({ [SECURITY_POLICY_KEY]: row?.value });
}
