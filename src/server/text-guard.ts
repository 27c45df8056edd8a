import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { normalizeText, textProblem } from '../core/text';
import { AppError } from './errors';

// Text is validated and normalised once, at the edge, for every route: every string in the
// body, the query string and the path parameters, before Zod and before any handler (the
// sign-in route included, so nothing reaches the audit trail that PostgreSQL would store
// differently). Fields whose schema allows long text (max ≥ 200 or no max) are multi-line.

const MULTILINE_FROM = 200;
const PARTS = ['body', 'querystring', 'params'] as const;

interface Found {
  label: string | undefined;
  multiline: boolean;
}

export function registerTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const schemas = (req.routeOptions.schema ?? {}) as Record<string, unknown>;
    for (const part of PARTS) {
      const holder = part === 'querystring' ? 'query' : part;
      const value = (req as unknown as Record<string, unknown>)[holder];
      if (value === undefined || value === null) continue;
      const cleaned = guard(value, schemas[part], [], undefined);
      if (cleaned !== value) setPart(req, holder, cleaned);
    }
  });
}

function setPart(req: FastifyRequest, holder: string, value: unknown) {
  (req as unknown as Record<string, unknown>)[holder] = value;
}

/** Walks a JSON value beside its Zod schema; returns the value with strings in NFC. */
function guard(
  value: unknown,
  schema: unknown,
  path: string[],
  label: string | undefined,
): unknown {
  const node = unwrap(schema);
  const here =
    (schema as z.ZodType | undefined)?.description ??
    (node as z.ZodType | undefined)?.description ??
    label;
  if (typeof value === 'string') {
    const found: Found = { label: here, multiline: isMultiline(node) };
    const problem = textProblem(value, { multiline: found.multiline });
    if (problem) throw refused(found.label, path, problem);
    const nfc = normalizeText(value);
    return nfc === value ? value : nfc;
  }
  if (Array.isArray(value)) {
    const element = node instanceof z.ZodArray ? node.element : undefined;
    let changed = false;
    const out = value.map((v, i) => {
      const c = guard(v, element, [...path, String(i)], here ? `${here}第 ${i + 1} 项` : here);
      if (c !== v) changed = true;
      return c;
    });
    return changed ? out : value;
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const keyProblem = textProblem(key, { multiline: false });
      if (keyProblem) throw refused(undefined, path, `字段名${keyProblem}`);
      const child = childSchema(node, key);
      const c = guard(obj[key], child, [...path, key], here);
      if (c !== obj[key]) obj[key] = c;
    }
    return value;
  }
  return value;
}

function childSchema(node: unknown, key: string): unknown {
  if (node instanceof z.ZodObject) return node.shape[key];
  if (node instanceof z.ZodRecord) return node.valueType;
  if (node instanceof z.ZodDiscriminatedUnion || node instanceof z.ZodUnion) {
    for (const option of node.options as unknown[]) {
      const o = unwrap(option);
      if (o instanceof z.ZodObject && key in o.shape) return o.shape[key];
    }
  }
  return undefined;
}

function unwrap(node: unknown): unknown {
  let n = node;
  for (let i = 0; i < 10; i++) {
    if (n instanceof z.ZodOptional || n instanceof z.ZodNullable || n instanceof z.ZodDefault) {
      n = n.unwrap();
    } else if (n instanceof z.ZodPipe) {
      // z.preprocess and .transform: the input side describes what the client sends.
      const inner = n.in instanceof z.ZodTransform ? n.out : n.in;
      if ((n as z.ZodType).description && !(inner as z.ZodType).description) return n;
      n = inner;
    } else break;
  }
  return n;
}

function isMultiline(node: unknown): boolean {
  if (!(node instanceof z.ZodString)) return true;
  const max = node.maxLength;
  return max === null || max >= MULTILINE_FROM;
}

function refused(label: string | undefined, path: string[], problem: string): AppError {
  const name = label ?? (path.join('.') || '请求内容');
  return new AppError(400, 'validation', `${name}：${problem}`, path.join('.') || undefined);
}
