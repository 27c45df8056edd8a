/**
 * The tab a URL asks for, if the caller has it; otherwise the first of theirs. A liaison
 * following a supervisor's link to /matters?tab=lists lands on their own matters, not on a
 * page with no tab selected and nothing under it.
 */
export function tabOf(tabs: readonly { key: string }[], wanted: string | null): string {
  return tabs.some((t) => t.key === wanted) ? wanted! : tabs[0]!.key;
}
