import { describe, expect, it } from 'vitest';
import { characterClasses, checkPassword } from './password-policy';

const policy = { passwordMinLength: 8, passwordMinClasses: 3 };

describe('password policy', () => {
  it('counts character classes', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('abcD1!')).toBe(4);
  });
  it('rejects short passwords with a Chinese message naming the length', () => {
    expect(checkPassword('Ab1!', policy)).toBe('密码至少需要 8 个字符');
  });
  it('rejects passwords with too few classes', () => {
    expect(checkPassword('abcdefgh1', policy)).toContain('至少 3 类');
  });
  it('accepts 8 characters with 3 classes', () => {
    expect(checkPassword('Abcdefg1', policy)).toBeNull();
  });
});
