import type { ReactNode } from 'react';
import { UserText, type Lang } from '../../i18n';
import { yearToDate } from '../../components/periods';

// The cockpit API words its sections and figures in Chinese; in English they are worded here
// from their stable keys (matters.open, projects.start.started, eval.<code>.rank, …).

const FIGURES: Record<string, string> = {
  'matters.open': 'Open matters',
  'matters.red': 'Red',
  'matters.overdue': 'Overdue, not closed',
  'matters.toZero': 'Left to clear (open)',
  'matters.cleared': 'Units cleared (none overdue)',
  'targets.green': 'Green',
  'targets.yellow': 'Yellow',
  'targets.red': 'Red',
  'projects.start.started': 'Started (start batch)',
  'projects.start.producing': 'In production (start batch)',
  'projects.produce.performing': 'Performing (production batch)',
  'projects.investment': 'Investment completed',
  'enterprises.new_above_scale': 'New above-scale enterprises (actual / target)',
  'enterprises.new_high_tech': 'New high-tech enterprises (actual / target)',
  'enterprises.new_specialized': 'New specialised enterprises (actual / target)',
};

const SECTIONS: Record<string, string> = {
  matters: 'Supervision',
  targets: 'Targets',
  enterprises: 'Enterprise cultivation',
};

interface Named {
  key: string;
  label: string;
}

/** A figure's label in the interface language; unit names inside stay as entered. */
export function figureLabel(f: Named, lang: Lang, unitName: (id: string) => string): string {
  if (lang === 'zh') return f.label;
  if (FIGURES[f.key]) return FIGURES[f.key]!;
  const ev = /^eval\.[^.]+\.(rank|total|first)(?:\.(.+))?$/.exec(f.key);
  if (ev?.[1] === 'rank') return 'Rank in group';
  if (ev?.[1] === 'total') return f.label === '得分' ? 'Score' : 'Units assessed';
  if (ev?.[1] === 'first') return `First in group: ${unitName(ev[2] ?? '')}`;
  return f.label;
}

/** A section's title: fixed ones are worded, a programme's or scheme's name stays as entered. */
export function sectionTitle(s: { key: string; title: string }, lang: Lang): string {
  return lang === 'en' ? (SECTIONS[s.key] ?? s.title) : s.title;
}

/** Whether the section's title is entered data (a programme's or scheme's name). */
export const titleIsData = (key: string) => !(key in SECTIONS);

/** A section's subtitle, worded from its parts in English. */
export function sectionSubtitle(
  s: { key: string; subtitle?: string; params?: Record<string, string | number | boolean> },
  lang: Lang,
): ReactNode {
  const p = s.params;
  if (lang === 'zh' || !p) return s.subtitle ?? '';
  if (s.key === 'matters') return `As of ${p.today}`;
  if (s.key === 'targets')
    return (
      <>
        {p.year} <UserText>{p.planTitle}</UserText> ({yearToDate(String(p.period), lang)})
        {p.synthetic ? ' · includes demo data' : ''}
      </>
    );
  if (s.key === 'projects')
    return `${p.round ? `Round ${p.round}, ` : ''}to date · as of ${p.today}`;
  if (s.key === 'enterprises') return `${p.year} · against the cultivation targets`;
  if (s.key.startsWith('eval.'))
    return `${yearToDate(String(p.period), lang)} · version ${p.version}`;
  return s.subtitle ?? '';
}

/** A figure's shown value: ranks and scores worded in English (第 2 名 / 5 → #2 of 5). */
export function figureDisplay(display: string, lang: Lang): string {
  if (lang === 'zh') return display;
  return display
    .replace(/第 (\S+) 名 \/ (\d+)/, '#$1 of $2')
    .replace(/(\S+) 分（第 (\S+) 名）/, '$1 (#$2)');
}
