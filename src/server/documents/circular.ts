import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { formatDateZh } from '../../core/format';
import {
  a4Page,
  bodyParagraph,
  FANGSONG,
  headingParagraph,
  HEITI,
  LINE,
  pageNumberFooter,
  redHeader,
  SIZE,
  textWidth,
  titleParagraph,
} from './gongwen';

// One builder for every 通报 (circular) the modules issue: the red header with the document
// number, the title, the addressee, intro paragraphs, headings and tables, closing paragraphs,
// the issuing office and the date in words. Tables wider than nine columns get a landscape
// page of their own (the text around them stays portrait), as offices print wide rankings.

export interface CircularColumn {
  header: string;
  /** Columns side by side with the same group share a merged header cell above theirs. */
  group?: string;
  /** Relative width (default 1). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export interface CircularTable {
  caption: string;
  columns: CircularColumn[];
  /** Cells as shown on screen: the caller formats numbers, the builder never rounds. */
  rows: string[][];
  /** A line under the table (sources, notes). */
  note?: string;
}

export type CircularBlock =
  { heading: string; level?: 1 | 2 } | { paragraph: string } | { table: CircularTable };

export interface Circular {
  /** The issuing office, printed red in the header and again above the date. */
  office: string;
  /** 文号, e.g. 焦督〔2026〕12号. */
  number: string;
  title: string;
  /** 主送机关, e.g. 各县（市）区人民政府，市直有关单位 (no trailing colon). */
  addressee?: string;
  blocks: CircularBlock[];
  /** 'YYYY-MM-DD', printed 2026年3月15日. */
  issuedOn: string;
}

const WIDE = 9;
const isWide = (b: CircularBlock) => 'table' in b && b.table.columns.length > WIDE;

export async function circularDocx(c: Circular): Promise<Buffer> {
  // Consecutive blocks on pages of the same orientation form one section.
  const runs: { landscape: boolean; blocks: CircularBlock[] }[] = [];
  for (const b of c.blocks) {
    const landscape = isWide(b);
    const last = runs[runs.length - 1];
    if (last && last.landscape === landscape) last.blocks.push(b);
    else runs.push({ landscape, blocks: [b] });
  }
  if (runs.length === 0 || runs[0]!.landscape) runs.unshift({ landscape: false, blocks: [] });
  const head = [
    ...redHeader(c.office, c.number),
    titleParagraph(c.title),
    ...(c.addressee ? [bodyParagraph(`${c.addressee}：`, { indent: false })] : []),
  ];
  const tail = [
    new Paragraph({ spacing: { before: 600 }, children: [] }),
    bodyParagraph(c.office, { indent: false, align: AlignmentType.RIGHT }),
    bodyParagraph(formatDateZh(c.issuedOn), { indent: false, align: AlignmentType.RIGHT }),
  ];
  const sections: ISectionOptions[] = runs.map((run, i) => ({
    properties: { page: a4Page(run.landscape) },
    footers: { default: pageNumberFooter() },
    children: [
      ...(i === 0 ? head : []),
      ...run.blocks.flatMap((b) => {
        if ('heading' in b) return [headingParagraph(b.heading, b.level ?? 1)];
        if ('paragraph' in b) return [bodyParagraph(b.paragraph)];
        return tableBlock(b.table, run.landscape);
      }),
      ...(i === runs.length - 1 ? tail : []),
    ],
  }));
  const doc = new Document({
    creator: c.office,
    title: c.title,
    styles: { default: { document: { run: { font: FANGSONG, size: SIZE.san } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function tableBlock(t: CircularTable, landscape: boolean): (Paragraph | Table)[] {
  const size = t.columns.length > 6 ? SIZE.wu : SIZE.xiaosi;
  const total = t.columns.reduce((s, col) => s + (col.width ?? 1), 0);
  const widths = t.columns.map((col) =>
    Math.floor((textWidth(landscape) * (col.width ?? 1)) / total),
  );
  const cell = (
    text: string,
    o: { header?: boolean; align?: CircularColumn['align']; span?: number; rows?: number },
  ) =>
    new TableCell({
      borders,
      verticalAlign: VerticalAlign.CENTER,
      columnSpan: o.span,
      rowSpan: o.rows,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [
        new Paragraph({
          alignment: ALIGN[o.align ?? 'center'],
          children: [new TextRun({ text, font: o.header ? HEITI : FANGSONG, size })],
        }),
      ],
    });
  const grouped = t.columns.some((col) => col.group);
  const headerRows: TableRow[] = [];
  if (grouped) {
    const top: TableCell[] = [];
    for (let i = 0; i < t.columns.length;) {
      const g = t.columns[i]!.group;
      let j = i + 1;
      while (g && j < t.columns.length && t.columns[j]!.group === g) j++;
      top.push(
        g
          ? cell(g, { header: true, span: j - i })
          : cell(t.columns[i]!.header, { header: true, rows: 2 }),
      );
      i = j;
    }
    headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: top }));
    headerRows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns
          .filter((col) => col.group)
          .map((col) => cell(col.header, { header: true })),
      }),
    );
  } else {
    headerRows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns.map((col) => cell(col.header, { header: true })),
      }),
    );
  }
  const bodyRows = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: t.columns.map((col, i) => cell(r[i] ?? '', { align: col.align })),
      }),
  );
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE, before: 120 },
    keepNext: true,
    children: [new TextRun({ text: t.caption, font: HEITI, size: SIZE.si })],
  });
  const out: (Paragraph | Table)[] = [
    caption,
    new Table({
      width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: [...headerRows, ...bodyRows],
    }),
  ];
  if (t.note)
    out.push(
      new Paragraph({
        spacing: { before: 60 },
        children: [new TextRun({ text: t.note, font: FANGSONG, size: SIZE.xiaosi })],
      }),
    );
  else out.push(new Paragraph({ children: [] }));
  return out;
}
