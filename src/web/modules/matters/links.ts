import { qs } from '../../api';

/** Filters of the matters list page, as in GET /api/matters (ListMattersQuery). */
export interface MatterFilters {
  status?: string;
  light?: string;
  unitId?: string | null;
  listId?: string | null;
  leader?: string;
  noLeader?: boolean;
  q?: string;
  overdue?: boolean;
  involvement?: 'lead' | 'cooperating';
  assignedFrom?: string;
  assignedTo?: string;
  closedFrom?: string;
  closedTo?: string;
  onTime?: boolean;
  openAt?: string;
  dueBefore?: string;
  /** The cockpit's and evaluations' figures: overdue as of a day, closed on time. */
  overdueAt?: string;
  closedOnTime?: boolean;
}

export const FILTER_KEYS = [
  'status',
  'light',
  'unitId',
  'listId',
  'leader',
  'noLeader',
  'q',
  'overdue',
  'involvement',
  'assignedFrom',
  'assignedTo',
  'closedFrom',
  'closedTo',
  'onTime',
  'openAt',
  'dueBefore',
  'overdueAt',
  'closedOnTime',
] as const;

/**
 * The list page that shows the matters behind a number. Counts on the board, the statistics
 * and the lists pages belong to the lead unit, hence involvement=lead there.
 */
export function mattersLink(f: MatterFilters): string {
  const params: Record<string, string | boolean | undefined> = {};
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v === undefined || v === null || v === false || v === '') continue;
    params[k] = v;
  }
  return `/matters/list${qs(params)}`;
}
