import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { formatDateZh } from '../../../core/format';
import {
  a4Page,
  bodyParagraph as body,
  FANGSONG,
  HEITI,
  LINE,
  redHeader,
  SIZE,
  XIAOBIAOSONG,
} from '../../documents/gongwen';

// The 督办单 in official-document style (GB/T 9704 公文格式, shared with the 通报 in
// documents/gongwen.ts): A4; the red issuing-office header and the document number under a red
// rule; body in 仿宋 三号 (16 pt); dates written 2026年3月15日.

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

const field = (label: string, value: string) =>
  new Paragraph({
    indent: { firstLine: 640 },
    spacing: LINE,
    children: [
      new TextRun({ text: `${label}：`, font: HEITI, size: SIZE.san }),
      new TextRun({ text: value, font: FANGSONG, size: SIZE.san }),
    ],
  });

export async function noticeDocx(n: NoticeDocument): Promise<Buffer> {
  const date = (d: string | null) => (d ? formatDateZh(d) : '—');
  const overdue = n.overdueDays > 0 ? `，已逾期${n.overdueDays}天` : '';
  const doc = new Document({
    creator: n.office,
    title: `${n.number} 督办单`,
    styles: { default: { document: { run: { font: FANGSONG, size: SIZE.san } } } },
    sections: [
      {
        properties: { page: a4Page() },
        children: [
          ...redHeader(n.office, n.number),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 200, after: 400 },
            children: [new TextRun({ text: '督 办 单', font: XIAOBIAOSONG, size: SIZE.er })],
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
