import { z } from 'zod';
import { LIMITS } from '../../../core/enums';

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(LIMITS.usernameMax).describe('用户名'),
  password: z.string().min(1).max(LIMITS.passwordMax).describe('密码'),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(LIMITS.passwordMax).describe('当前密码'),
  newPassword: z.string().min(1).max(LIMITS.passwordMax).describe('新密码'),
});

export const MeResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  roles: z.array(z.object({ role: z.string(), unitId: z.string(), unitName: z.string() })),
});

/** What the sign-in page needs before anyone signs in: the session if there is one, and in
 * demo mode the demo accounts (their password is published in the README). */
export const SessionResponse = z.object({
  me: MeResponse.nullable(),
  demo: z
    .object({
      password: z.string(),
      accounts: z.array(
        z.object({ username: z.string(), displayName: z.string(), roles: z.array(z.string()) }),
      ),
    })
    .nullable(),
});
