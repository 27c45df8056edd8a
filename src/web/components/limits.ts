import type { Rule } from 'antd/es/form';

/**
 * A length limit that is explained, not enforced by silently cutting what was pasted: the
 * field shows its count (red past the limit) and saving names the field, the limit and
 * the length. Use with `count={countOf(max)}` on the Input.
 */
export function lengthRule(
  t: (key: 'tooLong', vars: Record<string, string | number>) => string,
  field: string,
  max: number,
): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const count = typeof value === 'string' ? [...value.trim()].length : 0;
      if (count > max) throw new Error(t('tooLong', { field, max, count }));
    },
  };
}

export const countOf = (max: number) => ({ show: true, max });
