import type { Readable } from 'node:stream';
import type { Db } from '../db/connection';

/** What a running export knows: the database, the job's parameters, a progress callback. */
export interface ExportContext<P> {
  db: Db;
  workspaceId: string;
  params: P;
  /** Rows written so far and the total; the runner stores it at most a few times a second. */
  progress(done: number, total: number): void;
}

export interface ExportKind<P> {
  /** Produces the file: its Chinese name and the .xlsx stream. */
  run(ctx: ExportContext<P>): Promise<{ fileName: string; stream: Readable }>;
}

const kinds = new Map<string, ExportKind<never>>();

/** A module registers each long export it offers once, at import time. */
export function registerExportKind<P>(name: string, kind: ExportKind<P>) {
  kinds.set(name, kind as ExportKind<never>);
}

export function exportKind(name: string): ExportKind<unknown> | undefined {
  return kinds.get(name) as ExportKind<unknown> | undefined;
}
