// Lock-out must not tell which usernames exist: a name with no account counts failures and
// "locks" exactly like a real one, so the 5th wrong attempt answers 423 for both. The counts
// live in memory (bounded): they only imitate; real accounts keep theirs in the database.

const MAX_NAMES = 10_000;

interface Phantom {
  failures: number;
  lockedUntil: number;
}

const phantoms = new Map<string, Phantom>();

export function phantomLockedUntil(username: string, now: number): number | null {
  const p = phantoms.get(username);
  return p && p.lockedUntil > now ? p.lockedUntil : null;
}

/** Counts a failure for a name with no account; returns the lock's end when it locks now. */
export function phantomFailure(
  username: string,
  policy: { maxFailedAttempts: number; lockoutMinutes: number },
  now: number,
): { attempts: number; lockedUntil: number | null } {
  const p = phantoms.get(username) ?? { failures: 0, lockedUntil: 0 };
  phantoms.delete(username); // re-insert: Map order is the eviction order
  const attempts = p.failures + 1;
  const lock = attempts >= policy.maxFailedAttempts;
  phantoms.set(username, {
    failures: lock ? 0 : attempts,
    lockedUntil: lock ? now + policy.lockoutMinutes * 60_000 : 0,
  });
  if (phantoms.size > MAX_NAMES) phantoms.delete(phantoms.keys().next().value!);
  return { attempts, lockedUntil: lock ? now + policy.lockoutMinutes * 60_000 : null };
}
