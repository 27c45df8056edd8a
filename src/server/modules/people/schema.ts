import { z } from 'zod';
import { LIMITS, ROLES } from '../../../core/enums';

export const PersonIdParams = z.object({ id: z.uuid().describe('人员') });
export const GrantParams = z.object({
  id: z.uuid().describe('人员'),
  grantId: z.uuid().describe('角色'),
});

const username = z
  .string()
  .trim()
  .min(LIMITS.usernameMin)
  .max(LIMITS.usernameMax)
  .regex(/^[a-zA-Z0-9_.-]+$/, '只能包含字母、数字、下划线、点和连字符')
  .describe('用户名');

export const CreatePersonBody = z.object({
  username,
  displayName: z.string().trim().min(1).max(LIMITS.displayNameMax).describe('姓名'),
  unitId: z.uuid().describe('所在单位'),
  initialPassword: z.string().max(LIMITS.passwordMax).optional().describe('初始密码'),
});

export const UpdatePersonBody = z
  .object({
    displayName: z.string().trim().min(1).max(LIMITS.displayNameMax).optional().describe('姓名'),
    unitId: z.uuid().optional().describe('所在单位'),
    active: z.boolean().optional().describe('启用状态'),
  })
  .refine((b) => Object.keys(b).length > 0, '请至少修改一项');

export const GrantRoleBody = z.object({
  role: z.enum(ROLES).describe('角色'),
  unitId: z.uuid().describe('角色适用单位'),
});

export const ListPeopleQuery = z.object({
  unitId: z.uuid().optional().describe('单位'),
  q: z.string().trim().max(LIMITS.searchQueryMax).optional().describe('搜索内容'),
});

export const PersonView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  active: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
  roles: z.array(
    z.object({ id: z.string(), role: z.string(), unitId: z.string(), unitName: z.string() }),
  ),
});
export type PersonViewT = z.infer<typeof PersonView>;

/** Returned once when an account is created or its password reset; never stored in clear. */
export const PersonWithPassword = PersonView.extend({ temporaryPassword: z.string().optional() });

/** 三员分立: a grant or revocation of an administrator role waiting for a second administrator. */
export const AdminRoleRequest = z.object({
  id: z.string(),
  kind: z.enum(['grant', 'revoke']),
  status: z.enum(['pending', 'approved', 'rejected']),
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type AdminRoleRequestT = z.infer<typeof AdminRoleRequest>;

export const RoleChangeResult = z.object({
  request: AdminRoleRequest,
  message: z.string(),
});

export const RequestIdParams = z.object({ id: z.uuid().describe('申请') });
