import { qs } from '../../api';

/** The project list behind a number: /projects?programme=..&list=..&reached=started. */
export function projectsLink(p: {
  programme?: string;
  round?: number | null;
  cumulative?: boolean;
  list?: string;
  reached?: string;
  notReached?: string;
  unitId?: string;
  level?: string;
  light?: string;
}): string {
  return `/projects${qs({
    tab: 'list',
    programme: p.programme,
    round: p.round ?? undefined,
    cumulative: p.round ? String(p.cumulative ?? true) : undefined,
    list: p.list,
    reached: p.reached,
    notReached: p.notReached,
    unitId: p.unitId,
    level: p.level,
    light: p.light,
  })}`;
}

/** A rate as shown: 98.8% (one decimal, as computed by the server), or — when nothing is listed. */
export function pct(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${rate.toFixed(1)}%`;
}
