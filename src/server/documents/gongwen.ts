import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip as mm,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';

// Shared pieces of official-document style (GB/T 9704-2012 党政机关公文格式), used by the 督办单
// (notices/document.ts) and the 通报 (circular.ts): A4 with margins 37/35/28/26 mm, the red
// issuing-office header in 小标宋 with the document number under a red rule, titles in 小标宋
// 二号, body in 仿宋 三号 on a 28-point line, headings 黑体 (一、) and 楷体 (（一）), page numbers
// "— 1 —" in 宋体 四号 at the foot.

export const FANGSONG = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋', cs: 'FangSong' };
export const HEITI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体', cs: 'SimHei' };
export const KAITI = { ascii: 'KaiTi', hAnsi: 'KaiTi', eastAsia: '楷体', cs: 'KaiTi' };
export const SONGTI = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体', cs: 'SimSun' };
/** 方正小标宋简体 where installed; Word substitutes a 宋体 face where it is not. */
export const XIAOBIAOSONG = {
  ascii: 'FZXiaoBiaoSong-B05S',
  hAnsi: 'FZXiaoBiaoSong-B05S',
  eastAsia: '方正小标宋简体',
  cs: 'SimSun',
};

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21 } as const;
export const RED = 'FF0000';
/** 28 pt exact line spacing: 22 lines on an A4 page of 公文. */
export const LINE = { line: 560, lineRule: 'exact' as const };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A body paragraph in 仿宋 三号, first line indented two characters unless told otherwise. */
export function bodyParagraph(text: string, opts: { indent?: boolean; align?: Align } = {}) {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    spacing: LINE,
    children: [new TextRun({ text, font: FANGSONG, size: SIZE.san })],
  });
}

/** A heading inside the body: level 1 in 黑体 (一、…), level 2 in 楷体 (（一）…). */
export function headingParagraph(text: string, level: 1 | 2 = 1) {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: LINE,
    keepNext: true,
    children: [new TextRun({ text, font: level === 1 ? HEITI : KAITI, size: SIZE.san })],
  });
}

/** The red 版头: the issuing office, then the document number centred above a red rule. */
export function redHeader(office: string, number: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new TextRun({ text: office, font: XIAOBIAOSONG, size: 72, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
      spacing: { after: 400 },
      children: [new TextRun({ text: number, font: FANGSONG, size: SIZE.san })],
    }),
  ];
}

/** The title in 小标宋 二号, centred. */
export function titleParagraph(text: string) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 200, after: 400, line: 700, lineRule: 'exact' },
    children: [new TextRun({ text, font: XIAOBIAOSONG, size: SIZE.er })],
  });
}

/** A4 portrait (or landscape for wide tables) with the 公文 margins. */
export function a4Page(landscape = false): NonNullable<ISectionOptions['properties']>['page'] {
  const margin = landscape
    ? { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35) }
    : { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
  return {
    // A4 in twips; docx swaps width and height itself for landscape.
    size: {
      width: 11906,
      height: 16838,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin,
  };
}

/** "— 1 —" in 宋体 四号 at the foot of every page. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONGTI, size: SIZE.si }),
        ],
      }),
    ],
  });
}

/** Usable text width in twips (A4 minus the margins above), for table column widths. */
export function textWidth(landscape: boolean): number {
  return landscape ? 16838 - mm(37) - mm(35) : 11906 - mm(28) - mm(26);
}
