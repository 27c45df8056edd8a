import type { SecurityPolicy } from './enums';

/** Character classes counted by the policy: lower, upper, digit, other. */
export function characterClasses(password: string): number {
  let n = 0;
  if (/[a-z]/.test(password)) n++;
  if (/[A-Z]/.test(password)) n++;
  if (/[0-9]/.test(password)) n++;
  if (/[^a-zA-Z0-9]/.test(password)) n++;
  return n;
}

/** Returns a Chinese message naming what is missing, or null when the password is acceptable. */
export function checkPassword(
  password: string,
  policy: Pick<SecurityPolicy, 'passwordMinLength' | 'passwordMinClasses'>,
): string | null {
  if (password.length < policy.passwordMinLength) {
    return `密码至少需要 ${policy.passwordMinLength} 个字符`;
  }
  if (characterClasses(password) < policy.passwordMinClasses) {
    return `密码需要包含大写字母、小写字母、数字、符号中的至少 ${policy.passwordMinClasses} 类`;
  }
  return null;
}
