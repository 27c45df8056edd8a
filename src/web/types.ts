// Shapes of the API responses the pages use (the server's presenters produce them).

export interface UnitView {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  depth: number;
  rankingGroup: string | null;
  active: boolean;
}

export interface PersonView {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  roles: { id: string; role: string; unitId: string; unitName: string }[];
  temporaryPassword?: string;
}

export interface AuditView {
  seq: number;
  at: string;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
}
