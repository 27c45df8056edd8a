import { z, type ZodType } from 'zod';

// Zod speaks Chinese to users: its built-in zh-CN messages, prefixed by the field's label
// (each schema field carries its Chinese name in .describe()).
z.config(z.locales.zhCN());

/** The Chinese label of the field at `path` in a Zod schema, or the path itself. */
export function fieldLabel(schema: unknown, path: (string | number)[]): string {
  let node: unknown = schema;
  let label: string | undefined;
  for (const key of path) {
    node = unwrap(node);
    if (node instanceof z.ZodObject) node = node.shape[key as string];
    else if (node instanceof z.ZodArray) node = node.element;
    else {
      node = undefined;
    }
    const described = (node as ZodType | undefined)?.description;
    if (described) label = described;
    if (typeof key === 'number') label = `${label ?? ''}第 ${key + 1} 项`;
  }
  return label ?? (path.join('.') || '请求内容');
}

function unwrap(node: unknown): unknown {
  let n = node;
  while (n instanceof z.ZodOptional || n instanceof z.ZodNullable || n instanceof z.ZodDefault) {
    n = n.unwrap();
  }
  return n;
}

interface IssueLike {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Plain Chinese for the issues people actually hit; Zod's zh-CN text for the rest. */
export function issueMessageZh(issue: IssueLike): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'invalid_type':
      return p.input === undefined ? '必须填写' : '类型不正确';
    case 'too_small':
      if (p.origin === 'string') return p.minimum === 1 ? '不能为空' : `至少 ${p.minimum} 个字符`;
      if (p.origin === 'array') return `至少 ${p.minimum} 项`;
      return `不能小于 ${p.minimum}`;
    case 'too_big':
      if (p.origin === 'string') return `不能超过 ${p.maximum} 个字符`;
      if (p.origin === 'array') return `最多 ${p.maximum} 项`;
      return `不能大于 ${p.maximum}`;
    case 'invalid_value':
      return '取值无效';
    case 'invalid_format':
      return p.format === 'regex' && issue.message ? issue.message : '格式不正确';
    case 'unrecognized_keys':
      return `包含不认识的字段 ${(p.keys as string[] | undefined)?.join('、') ?? ''}`;
    default:
      return issue.message ?? '不正确';
  }
}
