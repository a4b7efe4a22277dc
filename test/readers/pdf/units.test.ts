// The reader's pure steps on hand-made inputs: code points and spaces, rules from an
// operator list, grids and merged cells, page furniture, joining table parts.
import { cleanSpaces, normalizeCodePoints } from '../../../src/readers/pdf/chars.js';
import { isPageNumber, findFurniture } from '../../../src/readers/pdf/furniture.js';
import type { Matrix } from '../../../src/readers/pdf/geometry.js';
import { findGrids } from '../../../src/readers/pdf/grid.js';
import { mergeSegments, readSegments, type Segment } from '../../../src/readers/pdf/lines.js';
import { OP } from '../../../src/readers/pdf/load.js';
import type { TextLine } from '../../../src/readers/pdf/page.js';
import type { PartCell, TablePart } from '../../../src/readers/pdf/parts.js';
import { appendPart, startTable, toTableBlock } from '../../../src/readers/pdf/tables.js';
import { fontExtent, joinLines, lineText, type Run } from '../../../src/readers/pdf/text.js';

describe('characters', () => {
  test('radicals and compatibility code points become ordinary ideographs', () => {
    expect(normalizeCodePoints('部⻔预算，⻋辆⼀台')).toBe('部门预算，车辆一台');
    expect(normalizeCodePoints('（一）：１２')).toBe('（一）：１２'); // full-width forms stay as printed
    // Noto Sans CJK SC's 户 arrives as the Kangxi radical ⼾, whose NFKC is the traditional 戶
    expect(normalizeCodePoints('财政专⼾')).toBe('财政专户');
  });

  test('font extents are finite whatever metrics a font reports', () => {
    expect(fontExtent({ ascent: NaN, descent: NaN })).toEqual({ ascent: 0.85, descent: -0.15 }); // Type 3
    expect(fontExtent(undefined)).toEqual({ ascent: 0.85, descent: -0.15 }); // font not loaded
    expect(fontExtent({ ascent: 0, descent: 0 })).toEqual({ ascent: 0.6, descent: 0 }); // zero metrics
    expect(fontExtent({ ascent: Infinity, descent: -Infinity })).toEqual({ ascent: 0.85, descent: -0.15 });
    expect(fontExtent({ ascent: 0.88, descent: -0.12 })).toEqual({ ascent: 0.88, descent: -0.12 });
  });

  test('spaces inside a run survive only between Latin/digit words', () => {
    expect(cleanSpaces('江 苏 省 人 民 检 察 院 2018 年')).toBe('江苏省人民检察院2018年');
    expect(cleanSpaces('PC 服务器')).toBe('PC服务器');
    expect(cleanSpaces('Total   Amount\u3000')).toBe('Total Amount');
    expect(cleanSpaces('21.95 %')).toBe('21.95 %');
  });
});

const run = (text: string, x0: number, x1: number, size = 10): Run => ({
  text,
  box: { x0, y0: 100, x1, y1: 100 + size },
  size,
  bold: false,
  vertical: false,
});

describe('joining runs', () => {
  test('digits split into runs join without spaces; a real word gap keeps one', () => {
    expect(lineText([run('21', 0, 10), run(',', 10, 14), run('955.35', 14, 40)], false)).toBe('21,955.35');
    expect(lineText([run('Total', 0, 20), run('Amount', 23, 50)], false)).toBe('Total Amount');
    expect(lineText([run('Total', 0, 20), run('Amount', 21, 50)], false)).toBe('TotalAmount');
  });

  test('CJK never gets a space in a cell; in free text only a field gap does', () => {
    expect(lineText([run('部门：', 0, 30), run('江苏省', 80, 110)], false)).toBe('部门：江苏省');
    expect(lineText([run('部门：', 0, 30), run('江苏省', 80, 110)], true)).toBe('部门： 江苏省');
    expect(lineText([run('预算总计', 0, 40), run('21', 65, 75), run(',955.35万元', 75, 120)], true)).toBe('预算总计21,955.35万元'); // justified prose
    expect(lineText([run('部门预算收支总表', 0, 80), run('1', 108, 113)], true)).toBe('部门预算收支总表 1'); // a contents line
    expect(lineText([run('合', 0, 10), run('计', 60, 70)], true)).toBe('合计'); // distributed alignment
  });

  test('stacked lines join without a space after CJK', () => {
    expect(joinLines(['公共财政拨款(补助)', '资金'])).toBe('公共财政拨款(补助)资金');
    expect(joinLines(['Total', 'Amount'])).toBe('Total Amount');
    // a line broken after a hyphen keeps the hyphen and gets no space (广州 项目名称 "…2025-" | "2026年…")
    expect(joinLines(['广州市信访局2025-', '2026年信息化运维项目'])).toBe('广州市信访局2025-2026年信息化运维项目');
  });
});

describe('rules from the operator list', () => {
  const identity: Matrix = [1, 0, 0, 1, 0, 0];
  const rect = (x: number, y: number, w: number, h: number): Float32Array =>
    new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4]);
  const path = (paint: number, p: Float32Array): unknown[] => [paint, [p], new Float32Array(4)];

  test('thin filled rectangles and stroked segments, through the CTM; shading, white and curves ignored', () => {
    const fn = [
      OP.save, OP.transform, OP.setFillRGBColor, OP.constructPath, OP.constructPath,
      OP.setFillRGBColor, OP.constructPath, OP.restore, OP.constructPath, OP.constructPath,
    ];
    const args: unknown[] = [
      null,
      [1, 0, 0, 1, 10, 20],
      ['#000000'],
      path(OP.eoFill, rect(0, 0, 100, 0.5)), // a border drawn as a rectangle
      path(OP.fill, rect(0, 10, 100, 50)), // cell shading
      ['#ffffff'],
      path(OP.fill, rect(0, 100, 100, 0.5)), // white: a background, not a border
      null,
      path(OP.stroke, new Float32Array([0, 0, 0, 1, 0, 50])), // back to the identity CTM
      path(OP.stroke, new Float32Array([0, 0, 0, 2, 10, 10, 20, 10, 30, 0])), // a curve
    ];
    expect(readSegments(fn, args, identity)).toEqual([
      { axis: 'h', at: 20.25, from: 10, to: 110 },
      { axis: 'v', at: 0, from: 0, to: 50 },
    ]);
  });

  test('thin filled trapezoids and hexagons (borders mitred into the crossing border) are rules too', () => {
    // 广州 部门预算 (2026): each border a 4-corner shape with one end cut at 45°
    const quad = new Float32Array([0, 798, 42.41, 1, 42, 42.41, 1, 42, 43.16, 1, 797.25, 43.16, 4]);
    const upright = new Float32Array([0, 798, 435.56, 1, 798, 42.41, 1, 797.25, 43.16, 1, 797.25, 435.56, 4]);
    const hexagon = new Float32Array([0, 10, 100, 1, 10.5, 99.5, 1, 99.5, 99.5, 1, 100, 100, 1, 99.5, 100.5, 1, 10.5, 100.5, 4]);
    const triangle = new Float32Array([0, 0, 0, 1, 50, 0, 1, 0, 40, 4]); // thick: not a rule
    const fn = [OP.constructPath, OP.constructPath, OP.constructPath, OP.constructPath];
    const args = [path(OP.fill, quad), path(OP.fill, upright), path(OP.fill, hexagon), path(OP.fill, triangle)];
    const r3 = (n: number): number => Math.round(n * 1000) / 1000;
    const round = (s: Segment): Segment => ({ ...s, at: r3(s.at), from: r3(s.from), to: r3(s.to) });
    expect(readSegments(fn, args, identity).map(round)).toEqual([
      { axis: 'h', at: 42.785, from: 42, to: 798 },
      { axis: 'v', at: 797.625, from: 42.41, to: 435.56 },
      { axis: 'h', at: 100, from: 10, to: 100 },
    ]);
  });

  test('glyph-shaped paths lying on text are its outline (fake bold, text as curves), not borders', () => {
    // pdftocairo re-draws WPS's stroked bold text as one stroked path per glyph: a "1" is a
    // straight box plus a flag; a 一 alone would be one straight box, like a border piece
    const one = new Float32Array([0, 132, 25, 1, 135, 25, 1, 135, 28, 1, 132, 28, 4, 0, 136, 28, 1, 140, 28, 1, 138, 24, 4]);
    const curved = new Float32Array([0, 140, 25, 2, 141, 26, 142, 27, 143, 30, 1, 140, 30, 4]);
    const rule = new Float32Array([0, 100, 40, 1, 300, 40]);
    const fn = [OP.constructPath, OP.constructPath, OP.constructPath];
    const args = [path(OP.stroke, one), path(OP.stroke, curved), path(OP.stroke, rule)];
    const textBox = { x0: 130, y0: 22, x1: 150, y1: 32 };
    const onText = (b: { x0: number; y0: number; x1: number; y1: number }): boolean =>
      b.x0 >= textBox.x0 && b.x1 <= textBox.x1 && b.y0 >= textBox.y0 && b.y1 <= textBox.y1;
    const axes = (segs: Segment[]): string[] => segs.map((s) => `${s.axis}${Math.round(s.at)}`);
    expect(axes(readSegments(fn, args, identity, onText))).toEqual(['h40']);
    // the same shapes away from any text keep their straight edges (a curve never makes a rule)
    expect(axes(readSegments(fn, args, identity))).toEqual(['h25', 'v135', 'h28', 'v132', 'h28', 'h30', 'v140', 'h40']);
  });

  test('the viewport maps user space to display space (y down)', () => {
    const viewport: Matrix = [1, 0, 0, -1, 0, 842];
    expect(readSegments([OP.constructPath], [path(OP.stroke, new Float32Array([0, 10, 800, 1, 100, 800]))], viewport)).toEqual([
      { axis: 'h', at: 42, from: 10, to: 100 },
    ]);
  });

  test('collinear pieces snap and join; junction dots vanish', () => {
    const pieces: Segment[] = [
      { axis: 'h', at: 10, from: 0, to: 50 },
      { axis: 'h', at: 10.3, from: 51, to: 100 },
      { axis: 'h', at: 30, from: 0, to: 40 },
      { axis: 'h', at: 30, from: 60, to: 61 },
    ];
    const merged = mergeSegments(pieces).map((s) => ({ ...s, at: Math.round(s.at * 100) / 100 }));
    expect(merged).toEqual([
      { axis: 'h', at: 10.15, from: 0, to: 100 },
      { axis: 'h', at: 30, from: 0, to: 40 },
    ]);
  });
});

describe('grids', () => {
  const h = (at: number, from: number, to: number): Segment => ({ axis: 'h', at, from, to });
  const v = (at: number, from: number, to: number): Segment => ({ axis: 'v', at, from, to });

  test('a missing inner rule merges the two grid positions it would separate', () => {
    const segments = [
      h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), h(60, 100, 300), h(80, 0, 300),
      v(0, 0, 80), v(100, 20, 80), v(200, 0, 80), v(300, 0, 80),
      h(500, 0, 300), // a lone rule elsewhere: not part of the grid
    ];
    const { grids, loose } = findGrids(segments);
    expect(grids).toHaveLength(1);
    const g = grids[0];
    if (!g) return;
    expect(g.xs).toEqual([0, 100, 200, 300]);
    expect(g.ys).toEqual([0, 20, 40, 60, 80]);
    expect(g.cells.map((c) => `${c.row},${c.col} ${c.rowSpan}x${c.colSpan}`)).toEqual([
      '0,0 1x2', '0,2 1x1', '1,0 1x1', '1,1 1x1', '1,2 1x1', '2,0 2x1', '2,1 1x1', '2,2 1x1', '3,1 1x1', '3,2 1x1',
    ]);
    expect(loose).toEqual([h(500, 0, 300)]);
  });

  test('vertical rules touching no horizontal one join a grid they run from top to bottom of', () => {
    // 北京 项目支出绩效目标表 continued: the left columns hold cells merged over the whole page,
    // so they have neither top nor bottom border; the right columns are ruled row by row
    const segments = [
      h(25, 400, 700), h(60, 400, 700), h(100, 400, 700),
      v(400, 25, 100), v(550, 25, 100), v(700, 25, 100),
      v(70, 25, 100), v(200, 25.5, 99.5), // the left columns' borders
      v(300, 40, 100), // shorter: not part of the grid
    ];
    const { grids } = findGrids(segments);
    expect(grids).toHaveLength(1);
    const g = grids[0];
    if (!g) return;
    expect(g.xs).toEqual([70, 200, 400, 550, 700]);
    expect(g.cells.map((c) => `${c.row},${c.col} ${c.rowSpan}x${c.colSpan}`)).toEqual([
      '0,0 2x1', '0,1 2x1', '0,2 1x1', '0,3 1x1', '1,2 1x1', '1,3 1x1',
    ]);
  });

  test('an undrawn vertical edge where the row rules end is still a border', () => {
    // 北京 水务局 p136: a project's 绩效目标 cell (100–200, merged over three rows) beside its
    // 一级指标 cells, each ruled off below from x 200 on; under the header the rule at x 200 is
    // not drawn
    const segments = [
      h(0, 0, 300), h(20, 0, 300), h(40, 200, 300), h(60, 200, 300), h(80, 0, 300),
      v(0, 0, 80), v(100, 0, 80), v(200, 0, 20), v(300, 0, 80),
    ];
    const g = findGrids(segments).grids[0];
    expect(g?.xs).toEqual([0, 100, 200, 300]);
    expect(g?.cells.map((c) => `${c.row},${c.col} ${c.rowSpan}x${c.colSpan}`)).toEqual([
      '0,0 1x1', '0,1 1x1', '0,2 1x1', '1,0 3x1', '1,1 3x1', '1,2 1x1', '2,2 1x1', '3,2 1x1',
    ]);
  });
});

describe('page furniture', () => {
  test('page number patterns', () => {
    for (const s of ['3', '- 3 -', '—12—', '第 3 页', '第3页 共31页', '3/31', 'Page 4']) expect(isPageNumber(s)).toBe(true);
    for (const s of ['2018年', '公开01表', '一、', '3.5']) expect(isPageNumber(s)).toBe(false);
  });

  test('running headers (after their first occurrence) and page numbers in the margins', () => {
    const line = (text: string, y: number): TextLine => ({ text, box: { x0: 100, y0: y, x1: 200, y1: y + 10 }, size: 10, bold: false, runs: [] });
    const pages = [1, 2, 3, 4, 5].map((n) => ({
      height: 842,
      lines: [line('某某单位2018年部门预算', 20), line(`正文第${n}页的内容`, 400), line(`第 ${n} 页`, 810)],
    }));
    const found = findFurniture(pages);
    expect(pages.map((p) => p.lines.map((l) => found.has(l)))).toEqual([
      [false, false, true],
      [true, false, true],
      [true, false, true],
      [true, false, true],
      [true, false, true],
    ]);
  });
});

describe('joining table parts', () => {
  const part = (page: number, xs: number[], rows: string[][], spans: Record<string, number> = {}): TablePart => {
    const cells: PartCell[] = [];
    rows.forEach((r, row) => {
      let col = 0;
      for (const text of r) {
        const colSpan = spans[`${row},${col}`] ?? 1;
        const box = { x0: xs[col] as number, y0: row * 20, x1: xs[col + colSpan] as number, y1: row * 20 + 20 };
        cells.push({ row, col, rowSpan: 1, colSpan, text, page, box, bbox: box });
        col += colSpan;
      }
    });
    return { page, pageWidth: 595, pageHeight: 842, box: { x0: 0, y0: 0, x1: 300, y1: 100 }, xs, rows: rows.length, cells, ruled: true };
  };

  test('a continuation lacking a column border is re-gridded; its repeated header dropped', () => {
    const draft = startTable(part(1, [0, 100, 200, 300], [['项目', '金额', '备注'], ['办公费', '1.00', '']]));
    const next = part(2, [0, 100.8, 200.5, 300.2], [['项目', '金额', '备注'], ['合计', '1.00', '']]);
    expect(appendPart(draft, next)).toBe(true);
    const last = part(3, [0, 200, 300], [['总计', '9.00']], { '0,0': 1 });
    expect(appendPart(draft, last)).toBe(true);
    const t = toTableBlock(draft, 0);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '金额', '备注'],
      ['办公费', '1.00', ''],
      ['合计', '1.00', ''],
      ['总计', '总计', '9.00'],
    ]);
    expect(t.rows[3]?.[1]?.origin).toEqual({ row: 3, col: 0 });
    expect(t.rows[3]?.map((c) => c.page)).toEqual([3, 3, 3]);
  });

  test('columns sized anew on the next page: joined when it repeats the header column for column', () => {
    // 广州 部门预算项目支出及其他支出预算表: every page's columns are sized to its own texts
    const draft = startTable(part(1, [0, 120, 170, 300], [['项目', '金额', '绩效目标'], ['甲项目', '1.00', '目标一']]));
    const next = part(2, [0, 110, 185, 300], [['项目', '金额', '绩效目标'], ['乙项目', '2.00', '目标二']]);
    expect(appendPart(draft, next)).toBe(true);
    expect(toTableBlock(draft, 0).rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '金额', '绩效目标'],
      ['甲项目', '1.00', '目标一'],
      ['乙项目', '2.00', '目标二'],
    ]);
    // no repeated header: another table of the same width, kept apart
    const other = part(3, [0, 100, 200, 300], [['丙项目', '3.00', '目标三']]);
    expect(appendPart(draft, other)).toBe(false);
    expect(draft.rows).toBe(3);
  });

  test("OCR'd parts: a repeated header read a little differently is still dropped; a text layer's must match exactly", () => {
    const ocr = (t: TablePart): TablePart => ({ ...t, cells: t.cells.map((c) => ({ ...c, confidence: 0.9 })) });
    const header = [['序号', '收入', '支出'], ['栏次', '1', '2']];
    // the continuation's header as OCR read it: 支出 → 支岀, 2 → 人
    const noisy = [['序号', '收入', '支岀'], ['栏次', '1', '人']];
    const draft = startTable(ocr(part(1, [0, 100, 200, 300], [...header, ['1', '一、一般公共预算', '1038.81']])));
    expect(appendPart(draft, ocr(part(2, [0, 100, 200, 300], [...noisy, ['12', '二、政府性基金', '200.00']])))).toBe(true);
    expect(toTableBlock(draft, 0).rows.map((r) => r[0]?.text)).toEqual(['序号', '栏次', '1', '12']);
    // the same from a text layer: not a repeated header, the rows are kept
    const text = startTable(part(1, [0, 100, 200, 300], [...header, ['1', '一、一般公共预算', '1038.81']]));
    expect(appendPart(text, part(2, [0, 100, 200, 300], [...noisy, ['12', '二、政府性基金', '200.00']]))).toBe(true);
    expect(toTableBlock(text, 0).rows.map((r) => r[0]?.text)).toEqual(['序号', '栏次', '1', '序号', '栏次', '12']);
  });

  test("OCR'd parts: data rows are not taken for a header, however alike their shape", () => {
    const ocr = (t: TablePart): TablePart => ({ ...t, cells: t.cells.map((c) => ({ ...c, confidence: 0.9 })) });
    const draft = startTable(ocr(part(1, [0, 100, 200, 300], [['项目', '预算数', '备注'], ['办公费', '2.52', '']])));
    expect(appendPart(draft, ocr(part(2, [0, 100, 200, 300], [['邮电费', '1.40', ''], ['差旅费', '0.10', '']])))).toBe(true);
    expect(toTableBlock(draft, 0).rows.map((r) => r[0]?.text)).toEqual(['项目', '办公费', '邮电费', '差旅费']);
  });

  test('a block printed again under the same top rows keeps them: not a repeated header', () => {
    // 福州 医疗保障局 pp. 37–38: two 综合工作经费 blocks, their title and 项目名称 rows alike
    const block = (unit: string, total: string): string[][] => [
      ['综合工作经费项目绩效目标表'], ['项目名称', '综合工作经费'], ['主管部门', '福州市医疗保障局', unit], ['资金总额', total, ''], ['年度目标', '保证费用及时支付。'],
    ];
    const spans = { '0,0': 3, '1,1': 2, '4,1': 2 };
    const draft = startTable(part(1, [0, 100, 200, 300], block('福州市医疗保障基金中心', '1160.00'), spans));
    expect(appendPart(draft, part(2, [0, 100, 200, 300], block('福州市医疗保障服务行为监测中心', '66.50'), spans))).toBe(true);
    expect(toTableBlock(draft, 0).rows.map((r) => r[0]?.text)).toEqual([
      '综合工作经费项目绩效目标表', '项目名称', '主管部门', '资金总额', '年度目标',
      '综合工作经费项目绩效目标表', '项目名称', '主管部门', '资金总额', '年度目标',
    ]);
    // a header over rows going on is still dropped, whatever they share (北京 统计局 支出总表: 2010501-行政运行
    // down every row, pp. 3–4)
    const row = (economic: string, amount: string) => ['2010501-行政运行', economic, amount];
    const header = ['支出功能分类科目', '部门支出经济分类科目', '合计'];
    const table = startTable(part(1, [0, 100, 200, 300], [header, row('30101-基本工资', '3,702.21'), row('30102-津贴补贴', '5,933.32'), row('30103-奖金', '5,098.85')]));
    expect(appendPart(table, part(2, [0, 100, 200, 300], [header, row('30213-维修（护）费', '78.93'), row('30299-其他商品和服务支出', '774.73'), row('31002-办公设备购置', '160.54')]))).toBe(true);
    expect(toTableBlock(table, 0).rows.map((r) => r[1]?.text)).toEqual([
      '部门支出经济分类科目', '30101-基本工资', '30102-津贴补贴', '30103-奖金', '30213-维修（护）费', '30299-其他商品和服务支出', '31002-办公设备购置',
    ]);
    // or their zeros (广州 发展和改革委员会 基本支出表 pp. 23–24: unit after unit, 0.00 under every fund but one)
    const funds = ['支出项目类别（资金使用单位）', '总计', '一般公共预算', '政府性基金预算', '其他资金'];
    const line = (name: string, amount: string) => [name, amount, amount, '0.00', '0.00'];
    const xs = [0, 60, 120, 180, 240, 300];
    const units = startTable(part(1, xs, [funds, line('合计', '16,877.61'), line('广州市发展和改革委员会（本级）', '11,463.44'), line('工资福利支出', '7,655.91')]));
    expect(appendPart(units, part(2, xs, [funds, line('对个人和家庭的补助', '42.31'), line('广州市储备粮管理中心', '1,862.24'), line('工资福利支出', '1,662.06')]))).toBe(true);
    expect(toTableBlock(units, 0).rows.map((r) => r[0]?.text)).toEqual([
      '支出项目类别（资金使用单位）', '合计', '广州市发展和改革委员会（本级）', '工资福利支出', '对个人和家庭的补助', '广州市储备粮管理中心', '工资福利支出',
    ]);
  });

  test("OCR'd parts: a caption across the table must read alike on its own; another name opens another block", () => {
    const ocr = (t: TablePart): TablePart => ({ ...t, cells: t.cells.map((c) => ({ ...c, confidence: 0.9 })) });
    // 福州 科技局 pp. 34–35 (scanned): one project's block ends a page, the next opens the next under its own
    // title; the rows under it alike but for the name and the figures
    const block = (name: string, total: string, goal: string): TablePart => {
      const rows = [
        [`${name}项目绩效目标表`], ['项目名称', name], ['主管部门', '福州市科学技术局', '实施单位', '福州市科学技术局'],
        ['专项资金情况（万元）', '资金总额', total], ['', '财政拨款', total], ['', '其他资金', '0.00'], ['年度目标', goal],
      ];
      const spans = { '0,0': 5, '1,1': 4, '2,1': 2, '3,1': 2, '3,3': 2, '4,1': 2, '4,3': 2, '5,1': 2, '5,3': 2, '6,1': 4 };
      const t = ocr(part(1, [0, 60, 120, 180, 240, 300], rows, spans));
      // 专项资金情况（万元） down three rows
      const cells = t.cells.filter((c) => !(c.col === 0 && (c.row === 4 || c.row === 5)));
      return { ...t, cells: cells.map((c) => (c.row === 3 && c.col === 0 ? { ...c, rowSpan: 3 } : c)) };
    };
    const draft = startTable(block('科技特派员专项', '800.00', '开展科技特派员的选认。'));
    expect(appendPart(draft, { ...block('科技特派员联席会议办公室工作经费', '50.00', '用于聘用人员、办公、交通。'), page: 2 })).toBe(true);
    expect(toTableBlock(draft, 0).rows.map((r) => r[0]?.text)).toEqual([
      '科技特派员专项项目绩效目标表', '项目名称', '主管部门', '专项资金情况（万元）', '专项资金情况（万元）', '专项资金情况（万元）', '年度目标',
      '科技特派员联席会议办公室工作经费项目绩效目标表', '项目名称', '主管部门', '专项资金情况（万元）', '专项资金情况（万元）', '专项资金情况（万元）', '年度目标',
    ]);
    // the caption of one table going on, OCR'd a little differently on its next page, is still a repeated header
    const header = [['部门收支预算总表'], ['序号', '收入', '支出']];
    const table = startTable(ocr(part(1, [0, 100, 200, 300], [...header, ['1', '一、一般公共预算', '1038.81']], { '0,0': 3 })));
    const misread = [['部门收支预算总衣'], ['序号', '收入', '支岀']];
    expect(appendPart(table, ocr(part(2, [0, 100, 200, 300], [...misread, ['12', '二、政府性基金', '200.00']], { '0,0': 3 })))).toBe(true);
    expect(toTableBlock(table, 0).rows.map((r) => r[0]?.text)).toEqual(['部门收支预算总表', '序号', '1', '12']);
  });

  test('different columns: not a continuation', () => {
    const draft = startTable(part(1, [0, 100, 200, 300], [['a', 'b', 'c']]));
    expect(appendPart(draft, part(2, [0, 150, 300], [['x', 'y']]))).toBe(false);
    expect(draft.rows).toBe(1);
  });
});
