import { z } from 'zod';

// Configuration comes from environment variables, validated once at start-up: a bad value
// stops the program with a message that names the variable.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LUOSHI_DATA_DIR: z.string().default('./data'),
  /** Port of the embedded PostgreSQL on 127.0.0.1; 0 picks a free one at each start. */
  LUOSHI_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Where signed audit anchors are written; default <LUOSHI_DATA_DIR>/audit-anchors. Put it
   *  on storage the database administrators cannot write (see ARCHITECTURE.md). */
  LUOSHI_AUDIT_ANCHOR_DIR: z.string().optional(),
  /** Anchor signing key (64 hex digits); default: a key file created in the anchor directory. */
  LUOSHI_AUDIT_ANCHOR_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hex digits')
    .optional(),
  /** Seconds between anchors of a workspace's chain head. */
  LUOSHI_AUDIT_ANCHOR_SECONDS: z.coerce.number().int().min(1).default(60),
  /** HTTP worker processes; 0 = one per core (at most 4). */
  LUOSHI_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Set when Luoshi runs behind a TLS-terminating proxy: cookies become Secure. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Demo mode seeds the Jiaozuo workspace with fixed demo passwords. Never in production. */
  LUOSHI_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Tests only: lets a request fix "today" with the x-luoshi-today header. */
  LUOSHI_ALLOW_FIXED_TODAY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Background jobs (the daily escalation of overdue matters); off in tests. */
  LUOSHI_JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Optional DingTalk or WeCom group robot for escalation messages. */
  LUOSHI_ROBOT_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  LUOSHI_ROBOT_KIND: z.enum(['dingtalk', 'wecom']).default('dingtalk'),
  /** DingTalk "加签" secret, when the robot is set to sign requests. */
  LUOSHI_ROBOT_SECRET: z.string().min(1).optional(),
});

export type Config = z.infer<typeof EnvSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
