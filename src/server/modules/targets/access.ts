import { BUSINESS_ROLES } from '../../../core/enums';
import { pathInScope, requireRolePaths, scopePaths } from '../../auth/scope';
import type { AuthContext } from '../../auth/session-store';

// Who may do what with targets (issue 3). Reading: any business role, within its subtrees;
// the department that reports an indicator also sees that indicator's lines. Managing plans,
// indicators and decomposition, correcting a parsed meaning and judging qualitative targets:
// supervisors, for plans of units in their subtrees. Reporting: liaisons, for their own unit
// (and its subtree), or for every unit on an indicator their department reports.
// Administrators (三员) hold no business role and get 403.

export interface TargetAccess {
  read: string[];
  manage: string[];
  report: string[];
}

export function targetAccess(auth: AuthContext): TargetAccess {
  return {
    read: requireRolePaths(auth, BUSINESS_ROLES),
    manage: scopePaths(auth, ['supervisor']),
    report: scopePaths(auth, ['liaison']),
  };
}

/** A line is visible when its unit, or the department reporting its indicator, is in scope. */
export function canSeeLine(
  paths: string[],
  line: { unitPath: string; reportingUnitPath: string | null },
): boolean {
  return (
    pathInScope(line.unitPath, paths) ||
    (line.reportingUnitPath !== null && pathInScope(line.reportingUnitPath, paths))
  );
}

export function canReportLine(
  access: TargetAccess,
  line: { unitPath: string; reportingUnitPath: string | null },
): boolean {
  return canSeeLine(access.report, line);
}

export function canManagePlan(access: TargetAccess, planUnitPath: string): boolean {
  return pathInScope(planUnitPath, access.manage);
}
