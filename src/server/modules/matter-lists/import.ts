import { and, eq } from 'drizzle-orm';
import { isIsoDate } from '../../../core/dates';
import {
  MATTER_LIMITS as L,
  MATTER_SOURCE_LABELS,
  MATTER_SOURCES,
  type MatterSource,
} from '../../../core/enums';
import { pathInScope } from '../../auth/scope';
import type { DbOrTx } from '../../db/connection';
import { units } from '../../db/schema';
import { readLedger, type LedgerField } from '../../excel/ledger-reader';
import type { MatterFields } from '../matters/service';
import type { ReportProgress } from '../../progress-stream';

// Reading a list of matters from an office's .xlsx ledger. Every row is checked before any is
// saved; the errors name the row as Excel numbers it: 第 5 行：牵头单位"某某局"不存在.

export const IMPORT_FIELDS: LedgerField[] = [
  { key: 'seq', headers: ['序号'] },
  { key: 'title', headers: ['事项名称', '任务名称', '重点工作', '工作任务'], required: true },
  { key: 'source', headers: ['来源', '事项来源'] },
  { key: 'leadLeader', headers: ['牵头领导', '责任领导', '分管领导'] },
  { key: 'leadUnit', headers: ['牵头单位', '责任单位'], required: true },
  { key: 'coops', headers: ['配合单位', '协办单位'] },
  { key: 'content', headers: ['事项内容', '工作内容', '具体内容', '目标任务'] },
  { key: 'complexity', headers: ['复杂程度', '事项类型'] },
  { key: 'nodes', headers: ['时间节点', '节点要求'] },
  { key: 'tags', headers: ['标签'] },
];

const SPLIT = /[、,，;；\n]+/;
const NODE_RE =
  /^(\d{4})(?:-|年|\/|\.)(\d{1,2})(?:-|月|\/|\.)(\d{1,2})日?\s*(?:前)?\s*[:：]?\s*(.+)$/;

function str(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function sourceOf(text: string, fallback: MatterSource): MatterSource | null {
  if (!text) return fallback;
  const hit = MATTER_SOURCES.find((s) => MATTER_SOURCE_LABELS[s].zh === text || s === text);
  if (hit) return hit;
  if (/批示/.test(text)) return 'leader_instruction';
  if (/会议/.test(text)) return 'meeting_decision';
  if (/民生/.test(text)) return 'livelihood';
  if (/改革/.test(text)) return 'reform';
  if (/重点/.test(text)) return 'key_work';
  return null;
}

export async function parseMatterSheet(
  db: DbOrTx,
  o: {
    workspaceId: string;
    supervisorPaths: string[];
    data: Buffer;
    listId: string;
    listSource: MatterSource;
    progress?: ReportProgress;
  },
): Promise<{ rows: MatterFields[]; errors: string[] }> {
  const sheet = await readLedger(o.data, IMPORT_FIELDS, { maxRows: L.importRowsMax });
  const all = await db
    .select({
      id: units.id,
      name: units.name,
      code: units.code,
      path: units.path,
      active: units.active,
    })
    .from(units)
    .where(and(eq(units.workspaceId, o.workspaceId), eq(units.active, true)));
  const byName = new Map<string, (typeof all)[number]>();
  for (const u of all) {
    byName.set(u.name, u);
    byName.set(u.code, u);
  }
  const errors: string[] = [];
  const rows: MatterFields[] = [];
  if (sheet.length === 0) errors.push('表格中没有事项');
  for (const [i, { rowNumber, values }] of sheet.entries()) {
    o.progress?.('checking', i + 1, sheet.length);
    const err = (msg: string) => errors.push(`第 ${rowNumber} 行：${msg}`);
    const before = errors.length;
    const title = str(values.title);
    if (!title) err('事项名称不能为空');
    else if (title.length > L.titleMax) err(`事项名称不能超过 ${L.titleMax} 个字`);
    const source = sourceOf(str(values.source), o.listSource);
    if (!source)
      err(
        `来源"${str(values.source)}"无法识别，应为${MATTER_SOURCES.map((s) => MATTER_SOURCE_LABELS[s].zh).join('、')}之一`,
      );
    const leadName = str(values.leadUnit);
    const lead = byName.get(leadName);
    if (!leadName) err('牵头单位不能为空');
    else if (!lead) err(`牵头单位"${leadName}"不存在`);
    else if (!pathInScope(lead.path, o.supervisorPaths))
      err(`牵头单位"${leadName}"不在您的管辖范围内`);
    const coopIds: string[] = [];
    for (const name of str(values.coops)
      .split(SPLIT)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const u = byName.get(name);
      if (!u) err(`配合单位"${name}"不存在`);
      else if (u.id !== lead?.id) coopIds.push(u.id);
    }
    const cx = str(values.complexity);
    const complexity = !cx || /一般/.test(cx) ? 'ordinary' : /复杂/.test(cx) ? 'complex' : null;
    if (!complexity) err(`复杂程度"${cx}"无法识别，应为"一般"或"复杂"`);
    const nodes: { title: string; due: string }[] = [];
    for (const part of str(values.nodes)
      .split(/[;；\n]+/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const m = NODE_RE.exec(part);
      const due = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
      if (!m || !isIsoDate(due)) err(`时间节点"${part}"格式有误，应为"2026-06-30 完成选址"`);
      else nodes.push({ due, title: m[4]!.trim().slice(0, 100) });
    }
    const content = str(values.content);
    if (content.length > L.contentMax) err(`事项内容不能超过 ${L.contentMax} 个字`);
    const leader = str(values.leadLeader);
    if (leader.length > L.leaderMax) err(`牵头领导不能超过 ${L.leaderMax} 个字`);
    const seqRaw = values.seq;
    const seq = typeof seqRaw === 'number' && Number.isInteger(seqRaw) ? seqRaw : null;
    if (errors.length > before) continue;
    rows.push({
      title,
      source: source!,
      listId: o.listId,
      leadLeader: leader,
      leadUnitId: lead!.id,
      cooperatingUnitIds: coopIds,
      content,
      complexity: complexity!,
      nodes,
      tags: str(values.tags)
        .split(SPLIT)
        .map((x) => x.trim())
        .filter(Boolean)
        .slice(0, L.tagsMax),
      seq,
    });
  }
  return { rows, errors };
}
