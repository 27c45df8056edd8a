import type { Readable } from 'node:stream';
import type { IsoDate } from '../../../core/dates';
import { LIGHT_LABELS } from '../../../core/matters/lights';
import type { DbOrTx } from '../../db/connection';
import { streamLedger } from '../../excel/ledger-writer';
import { registerExportKind } from '../../exports/registry';
import { presentSummary } from '../matters/presenter';
import {
  cooperatorNames,
  latestReports,
  listLedgerIds,
  matterRowsByIds,
  type MatterRow,
} from '../matters/queries';
import { loadMatterSettings } from '../matters/settings';
import { findList } from './service';

/** Matters are read a page at a time: memory stays flat and other queries get their turn. */
const PAGE = 500;

export interface LedgerParams {
  listId: string;
  /** The caller's matter scope when they asked (unit paths). */
  paths: string[];
  today: IsoDate;
}

/** The list's ledger (台账) as offices keep it in Excel, streamed page by page. */
export async function matterListLedger(
  db: DbOrTx,
  ws: string,
  p: LedgerParams,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<{ fileName: string; stream: Readable }> {
  const list = await findList(db, ws, p.listId);
  const { yellowWithinDays } = await loadMatterSettings(db, ws);
  const ids = await listLedgerIds(db, ws, p.paths, list.id);
  progress(0, ids.length);

  type Item = { r: MatterRow; s: ReturnType<typeof presentSummary>; coop: string; last: string };
  async function* items(): AsyncGenerator<Item> {
    for (let i = 0; i < ids.length; i += PAGE) {
      const page = ids.slice(i, i + PAGE);
      const [rows, coops, last] = await Promise.all([
        matterRowsByIds(db, ws, page),
        cooperatorNames(db, ws, page),
        latestReports(db, ws, page),
      ]);
      for (const r of rows) {
        yield {
          r,
          s: presentSummary(r, p.today, yellowWithinDays),
          coop: coops.get(r.id) ?? '',
          last: last.get(r.id)?.content ?? '',
        };
      }
      progress(Math.min(i + PAGE, ids.length), ids.length);
      // Let other work on this process run between pages (tests run jobs beside HTTP).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const stream = streamLedger<Item>(
    {
      title: `${list.title}落实情况台账`,
      sheetName: '台账',
      subtitle: `导出日期：${p.today}`,
      columns: [
        { header: '事项名称', width: 36, value: ({ r }) => r.title },
        { header: '来源', value: ({ s }) => s.sourceLabel },
        { header: '牵头领导', value: ({ r }) => r.leadLeader },
        { header: '牵头单位', width: 20, value: ({ r }) => r.leadUnitName },
        { header: '配合单位', width: 24, value: ({ coop }) => coop },
        { header: '事项内容', width: 36, value: ({ r }) => r.content },
        { header: '交办日期', value: ({ r }) => r.assignedOn },
        { header: '办结期限', value: ({ r }) => r.finalDue },
        { header: '办理状态', value: ({ s }) => s.statusLabel },
        {
          header: '灯',
          value: ({ s }) => (s.light === 'none' ? '' : LIGHT_LABELS[s.light as 'red'].zh),
        },
        { header: '最新进展', width: 40, value: ({ last }) => last },
        { header: '办结日期', value: ({ r }) => r.closedOn },
        { header: '评定等次', value: ({ r }) => r.rating },
      ],
    },
    items(),
  );
  return { fileName: `${list.title}台账.xlsx`, stream };
}

registerExportKind<LedgerParams>('matter-list-ledger', {
  run: (ctx) => matterListLedger(ctx.db, ctx.workspaceId, ctx.params, ctx.progress),
});
