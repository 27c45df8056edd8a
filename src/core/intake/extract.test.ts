import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractProposals, type Proposal, type TargetProposal, type TaskProposal } from './extract';
import { demoUnitRefs } from './fixtures';

// The five newspaper pages of shared/seeds, copied for the tests and the benchmark.
const SEEDS = fileURLToPath(new URL('../../../bench/intake/seeds/', import.meta.url));
const seed = (prefix: string) => {
  const f = readdirSync(SEEDS).find((n) => n.startsWith(prefix))!;
  return readFileSync(SEEDS + f, 'utf8');
};
const units = demoUnitRefs();
const nameOf = (id: string) => units.find((u) => u.id === id)?.name;
const run = (text: string, planYear = 2022) => extractProposals(text, { planYear, units });
const targets = (ps: Proposal[]) => ps.filter((p): p is TargetProposal => p.kind === 'target');
const tasks = (ps: Proposal[]) => ps.filter((p): p is TaskProposal => p.kind === 'task');

describe('seed 001 (市委经济工作会议, 2022)', () => {
  const ex = run(seed('001'));
  const expected = targets(ex.proposals).filter((p) => p.origin === 'expected');

  it('reads the nine 主要预期目标 with their meanings', () => {
    expect(expected.map((p) => p.wording)).toEqual([
      '地区生产总值增长8%左右',
      '研发经费投入强度2%以上',
      '居民收入与经济增长协调同步',
      '规上工业增加值增长8.5%以上',
      '固定资产投资增长10%以上',
      '社会消费品零售总额增长8.5%左右',
      '进出口总额保持平稳增长',
      '一般公共预算收入增长5%以上',
      '城镇调查失业率、节能减排、CPI涨幅等完成省控目标',
    ]);
    const gdp = expected[0]!.lines[0]!;
    expect(gdp.indicatorName).toBe('地区生产总值');
    expect(gdp.parsed).toMatchObject({ kind: 'numeric', comparator: 'about', value: 8, unit: '%' });
    expect(gdp.meaning).toBe('增速 约 8%（±0.5）');
    expect(expected[1]!.lines[0]!.parsed).toMatchObject({ comparator: 'gte', value: 2 });
    expect(expected[2]!.lines[0]!.parsed.kind).toBe('qualitative');
    expect(expected[8]!.lines.map((l) => l.indicatorName)).toEqual([
      '城镇调查失业率',
      '节能减排',
      'CPI涨幅',
    ]);
    expect(expected[8]!.lines.every((l) => l.parsed.kind === 'control')).toBe(true);
  });

  it('highlights the words of each target', () => {
    const gdp = expected[0]!;
    const words = gdp.spans.map((s) => `${s.field}:${ex.text.slice(s.start, s.end)}`);
    expect(words).toEqual(['indicator:地区生产总值', 'value:增长8%左右']);
    expect(ex.text.slice(gdp.start, gdp.end)).toBe('地区生产总值增长8%左右');
  });

  it('turns countable commitments into count targets with their unit', () => {
    const counts = targets(ex.proposals).filter((p) => p.origin === 'count');
    const byWording = new Map(counts.map((c) => [c.wording, c]));
    const firms = byWording.get('新增规上企业450家')!;
    expect(firms.measureUnit).toBe('家');
    expect(firms.lines[0]!.indicatorName).toBe('新增规上企业');
    expect(firms.lines[0]!.parsed).toMatchObject({ kind: 'numeric', value: 450, unit: '家' });
    expect(byWording.get('新建5G基站2000个')!.lines[0]!.parsed).toMatchObject({ value: 2000 });
    expect(byWording.get('打造美丽乡村示范村70家')!.measureUnit).toBe('家');
    expect(byWording.has('新增高新技术企业50家')).toBe(true);
    // The look back (肯定成绩) reports 新增规上企业405家 as a result, not a commitment.
    expect([...byWording.keys()].some((w) => w.includes('405'))).toBe(false);
  });

  it('proposes the key tasks of the 聚力 sections, titled by their lead phrase', () => {
    const ts = tasks(ex.proposals);
    const rural = ts.filter((t) => t.section === '2 聚力乡村振兴推进共同富裕').map((t) => t.title);
    expect(rural).toEqual([
      '扛稳粮食安全重任',
      '建设现代种业强市',
      '大力发展乡村产业',
      '稳妥推进乡村建设',
      '推进城乡融合发展',
      '加强乡村治理',
      '培养农业农村人才',
      '深化农村改革',
      '巩固拓展脱贫攻坚成果',
    ]);
    const reform = ts.find((t) => t.title === '深化农村改革')!;
    expect(reform.deadline).toMatchObject({ due: '2022-12-31', words: '年底前' });
    const county = ts.find((t) => t.title === '大力发展县域经济')!;
    expect(county.leadUnitIds.map(nameOf)).toEqual([
      '修武县',
      '博爱县',
      '武陟县',
      '温县',
      '沁阳市',
      '孟州市',
    ]);
  });

  it('flags what it could not read instead of dropping it', () => {
    const noUnit = tasks(ex.proposals).find((t) => t.title === '扛稳粮食安全重任')!;
    expect(noUnit.leadUnitIds).toEqual([]);
    expect(noUnit.flags).toContain('未识别出牵头单位，请指定');
    const suggested = tasks(ex.proposals).find((t) => t.title === '大力发展新型数字基础设施')!;
    expect(suggested.leadUnitIds.map(nameOf)).toEqual(['市工业和信息化局']);
    expect(suggested.flags[0]).toMatch(/建议由市工信局牵头，请确认/);
  });

  it('lists named enterprises as candidates, never invented', () => {
    const names = ex.proposals
      .filter((p) => p.kind === 'candidate')
      .map((p) => p.kind === 'candidate' && p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '龙佰集团',
        '皓泽电子',
        '江河纸业',
        '白鹿仓黄河歌谣国际文化旅游度假区',
      ]),
    );
  });
});

describe('seed 000 (市委十二届六次全会)', () => {
  const ex = run(seed('000'), 2024);
  it('splits the 中站、沁阳、博爱 sentence into one task per clause with its lead units', () => {
    const ts = tasks(ex.proposals).filter(
      (t) => t.section === '培育壮大新兴产业' && t.leadUnitIds.length > 0,
    );
    expect(ts.map((t) => [t.title, t.leadUnitIds.map(nameOf)])).toEqual([
      ['重点推动中站、沁阳、博爱新能源材料产业集群化发展', ['中站区', '沁阳市', '博爱县']],
      ['加快马村、武陟生物医药产业高端化发展', ['马村区', '武陟县']],
      ['促进孟州、高新区电子信息产业终端化发展', ['孟州市', '焦作城乡一体化示范区']],
    ]);
    const spans = ts[0]!.spans
      .filter((s) => s.field === 'leadUnit')
      .map((s) => ex.text.slice(s.start, s.end));
    expect(spans).toEqual(['中站', '沁阳', '博爱']);
  });
  it('does not read 解放思想 or 粮食高产示范区 as units', () => {
    const t = tasks(ex.proposals).find((x) => x.title.startsWith('坚持耕地保护'))!;
    expect(t.leadUnitIds).toEqual([]);
  });
  it('keeps named projects as candidates', () => {
    const names = ex.proposals
      .filter((p) => p.kind === 'candidate')
      .map((p) => p.kind === 'candidate' && p.name);
    expect(names).toContain('中原内配氢燃料电堆核心零部件产业园');
    expect(names).toContain('麦田里田园综合体');
  });
});

describe('seed 002 (示范区)', () => {
  it('reads the inline 主要预期目标是：list', () => {
    const ex = run(seed('002'));
    const expected = targets(ex.proposals).filter((p) => p.origin === 'expected');
    expect(expected.map((p) => p.wording)).toContain('研发经费强度达2.5%以上');
    expect(expected.map((p) => p.wording)).toContain(
      '城镇调查失业率、节能减排、CPI涨幅等完成市控目标任务',
    );
    expect(expected).toHaveLength(9);
  });
});

describe('the other seeds', () => {
  it.each(['003', '004'])('seed %s gives proposals with spans inside the text', (id) => {
    const ex = run(seed(id));
    expect(ex.proposals.length).toBeGreaterThan(10);
    for (const p of ex.proposals) {
      for (const s of p.spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(ex.text.length);
        expect(s.end).toBeGreaterThan(s.start);
      }
    }
  });
});

describe('deadlines and flags on short texts', () => {
  it('年底前 gives December 31 of the plan year; no wording leaves the 13710 rule', () => {
    const ex = run(
      '一、重点任务\n年底前完成市商务局跨境电商平台建设。市发改委加快推进重大项目谋划。',
      2026,
    );
    const [a, b] = tasks(ex.proposals);
    expect(a!.deadline).toEqual({
      due: '2026-12-31',
      words: '年底前',
      ruleCode: '13710',
      complexity: 'complex',
    });
    expect(a!.leadUnitIds.map(nameOf)).toEqual(['市商务局']);
    expect(b!.deadline).toEqual({
      due: null,
      words: null,
      ruleCode: '13710',
      complexity: 'ordinary',
    });
    expect(b!.leadUnitIds.map(nameOf)).toEqual(['市发展和改革委员会']);
  });
  it('reads 一季度, 6月底, 上半年 and cooperating units', () => {
    const ex = run(
      '一、任务\n一季度前启动温县试点。6月底前由孟州市牵头、市财政局配合完成改造。上半年各县（市、区）完成排查。',
      2026,
    );
    const ts = tasks(ex.proposals);
    expect(ts.map((t) => t.deadline.due)).toEqual(['2026-03-31', '2026-06-30', '2026-06-30']);
    expect(ts[1]!.leadUnitIds.map(nameOf)).toEqual(['孟州市']);
    expect(ts[1]!.cooperatingUnitIds.map(nameOf)).toEqual(['市财政局']);
    expect(ts[2]!.leadUnitIds).toHaveLength(11);
  });
  it('flags an unreadable target phrase rather than dropping it', () => {
    const ex = run('主要预期目标\n地区生产总值增长百分之八，研发经费投入强度2%以上。');
    const [gdp] = targets(ex.proposals);
    expect(gdp!.lines[0]!.parsed.kind).toBe('unreadable');
    expect(gdp!.flags[0]).toMatch(/地区生产总值增长百分之八/);
    expect(gdp!.confidence).toBeLessThan(0.5);
  });
  it('gives the same ids for the same text', () => {
    const a = run(seed('001')).proposals.map((p) => p.id);
    const b = run(seed('001')).proposals.map((p) => p.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });
});
