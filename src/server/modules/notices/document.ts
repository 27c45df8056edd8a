import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip as mm,
  Document,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { formatDateZh } from '../../../core/format';

// The 督办单 in official-document style (GB/T 9704 公文格式): A4; margins 37/35/28/26 mm; red
// issuing-office header in 小标宋; the document number centred under it with a red rule;
// body in 仿宋 三号 (16 pt); dates written 2026年3月15日.

export interface NoticeDocument {
  office: string;
  number: string;
  matterTitle: string;
  leadUnit: string;
  cooperatingUnits: string[];
  leadLeader: string;
  assignedOn: string | null;
  finalDue: string | null;
  overdueDays: number;
  content: string;
  requirements: string;
  replyDue: string;
  issuedOn: string;
}

const FANGSONG = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋', cs: 'FangSong' };
const HEITI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体', cs: 'SimHei' };
const XIAOBIAOSONG = {
  ascii: 'FZXiaoBiaoSong-B05S',
  hAnsi: 'FZXiaoBiaoSong-B05S',
  eastAsia: '方正小标宋简体',
  cs: 'SimSun',
};
const SIZE_3 = 32; // 三号 = 16 pt, in half-points
const RED = 'FF0000';

const body = (
  text: string,
  opts: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [new TextRun({ text, font: FANGSONG, size: SIZE_3 })],
  });

const field = (label: string, value: string) =>
  new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [
      new TextRun({ text: `${label}：`, font: HEITI, size: SIZE_3 }),
      new TextRun({ text: value, font: FANGSONG, size: SIZE_3 }),
    ],
  });

export async function noticeDocx(n: NoticeDocument): Promise<Buffer> {
  const date = (d: string | null) => (d ? formatDateZh(d) : '—');
  const overdue = n.overdueDays > 0 ? `，已逾期${n.overdueDays}天` : '';
  const doc = new Document({
    creator: n.office,
    title: `${n.number} 督办单`,
    styles: { default: { document: { run: { font: FANGSONG, size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun({ text: n.office, font: XIAOBIAOSONG, size: 72, color: RED })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
            spacing: { after: 400 },
            children: [new TextRun({ text: n.number, font: FANGSONG, size: SIZE_3 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 200, after: 400 },
            children: [new TextRun({ text: '督 办 单', font: XIAOBIAOSONG, size: 44 })],
          }),
          body(`${n.leadUnit}：`, { indent: false }),
          body(
            `${date(n.assignedOn)}交办你单位牵头办理的“${n.matterTitle}”，办结期限为${date(n.finalDue)}${overdue}。根据“13710”工作制度，现予督办。`,
          ),
          field('事项名称', n.matterTitle),
          field('牵头领导', n.leadLeader || '—'),
          field('牵头单位', n.leadUnit),
          field('配合单位', n.cooperatingUnits.join('、') || '—'),
          ...(n.content ? [field('事项内容', n.content)] : []),
          field('督办要求', n.requirements),
          field('反馈时限', `请于${date(n.replyDue)}前将办理情况书面报送${n.office}。`),
          new Paragraph({ spacing: { before: 600 }, children: [] }),
          body(n.office, { indent: false, align: AlignmentType.RIGHT }),
          body(date(n.issuedOn), { indent: false, align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
