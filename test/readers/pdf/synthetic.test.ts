// Hand-built PDFs, one per situation the reader must handle: stroked (LibreOffice) and
// filled (Word/WPS) borders with merged cells, shading, tables over pages, a rotated page,
// rules-only and unruled tables, odd code points, damaged and protected files.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentModel } from '../../../src/model/document.js';
import { IngestError } from '../../../src/pipeline/errors.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { cell, rowTexts, size, span, tables } from './helpers.js';
import { buildPdf, fillRect, grid, line, text, type3Text, type PageSpec } from './pdf-builder.js';

const read = (pages: PageSpec[], options?: { debugDir?: string; maxPages?: number }): Promise<DocumentModel> =>
  readPdf(buildPdf(pages), options);

/** Some body text, so that the document's body size is 10.5 pt. */
const BODY = text(60, 810, 10.5, '本部门预算公开的说明文字，用于确定正文字号。') + text(60, 794, 10.5, '第二行说明文字，同样是正文字号的段落内容。');

/** A 4×4 table whose header merges two pairs of columns and whose first column merges two rows. */
function mergedTable(style: 'stroke' | 'fill'): string {
  const seg = (x1: number, y1: number, x2: number, y2: number): string =>
    style === 'stroke' ? line(x1, y1, x2, y2) : x1 === x2 ? fillRect(x1 - 0.3, y2, 0.6, y1 - y2) : fillRect(x1, y1 - 0.3, x2 - x1, 0.6);
  return (
    // a grey shading behind the header and white cell backgrounds: neither is a rule
    fillRect(60, 720, 475, 40, 0.85) +
    fillRect(61, 681, 138, 18, 1) +
    [760, 740, 720, 680].map((y) => seg(60, y, 535, y)).join('') +
    seg(200, 700, 535, 700) + // no rule under 一、财政拨款: it spans two rows
    [60, 300, 535].map((x) => seg(x, 760, x, 680)).join('') +
    seg(200, 740, 200, 680) + // no rule between 收入 and its second column
    seg(400, 740, 400, 680) +
    text(110, 746, 10, '收入') + text(405, 746, 10, '支出') +
    text(64, 726, 10, '项目') + text(204, 726, 10, '金额') + text(304, 726, 10, '项目') + text(404, 726, 10, '金额') +
    text(64, 696, 10, '一、财政拨款') + text(204, 706, 10, '1,234.50') + text(304, 706, 10, '一、一般公共服务支出') + text(404, 706, 10, '1,000.00') +
    text(204, 686, 10, '234.50') + text(304, 686, 10, '二、外交支出') + text(404, 686, 10, '468.50')
  );
}

function expectMergedTable(doc: DocumentModel): void {
  const [t] = tables(doc);
  expect(t).toBeDefined();
  if (!t) return;
  expect(size(t)).toBe('4x4');
  expect(rowTexts(t, 0)).toEqual(['收入', '收入', '支出', '支出']);
  expect([span(t, 0, 0), span(t, 0, 2), span(t, 2, 0)]).toEqual(['1x2', '1x2', '2x1']);
  expect(rowTexts(t, 1)).toEqual(['项目', '金额', '项目', '金额']);
  expect(rowTexts(t, 2)).toEqual(['一、财政拨款', '1,234.50', '一、一般公共服务支出', '1,000.00']);
  expect(rowTexts(t, 3)).toEqual(['一、财政拨款', '234.50', '二、外交支出', '468.50']);
  expect(cell(t, 3, 0).origin).toEqual({ row: 2, col: 0 });
  expect(cell(t, 0, 3)).toMatchObject({ origin: { row: 0, col: 2 }, rowSpan: 1, colSpan: 2, page: 1 });
  const b = cell(t, 1, 1).bbox;
  expect(b && [b.x0, b.y0, b.x1, b.y1].map(Math.round)).toEqual([200, 720, 300, 740]);
  expect(t.page).toBe(1);
}

describe('ruled tables', () => {
  test('stroked borders (LibreOffice): merged cells from missing inner rules; title block right before', async () => {
    const doc = await read([{ content: BODY + text(240, 775, 16, '部门收支总表') + mergedTable('stroke') }]);
    expectMergedTable(doc);
    const i = doc.blocks.findIndex((b) => b.kind === 'table');
    expect(doc.blocks[i - 1]).toMatchObject({ kind: 'heading', text: '部门收支总表', page: 1 });
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: '本部门预算公开的说明文字，用于确定正文字号。第二行说明文字，同样是正文字号的段落内容。' });
  });

  test('borders as thin filled rectangles (Word/WPS), shading ignored', async () => {
    expectMergedTable(await read([{ content: mergedTable('fill') }]));
  });

  test('bold drawn again as stroked glyph outlines is no border, also where a clip hides the text', async () => {
    // poppler's cairo backend re-draws WPS's stroked bold as one path per glyph; 北京 水务局's
    // header wraps "支出" below its cell, where the clip hides the text but not the outline's ends
    // a glyph: a vertical stroke (its two long edges would be a column rule) and a triangle
    const glyph = (x: number, y: number): string => `${x + 1} ${y - 1} m ${x + 2} ${y - 1} l ${x + 2} ${y + 8} l ${x + 1} ${y + 8} l h ${x + 4} ${y + 3} m ${x + 9} ${y + 3} l ${x + 6} ${y + 7} l h S\n`;
    // "出" 0.4 of its height inside the 金额 cell's clip: hidden, its outline crossing the rule under the header
    const hidden = `q 200 720 100 20 re W n\n${text(204, 716, 10, '出')}Q\n`;
    const doc = await read([{ content: mergedTable('stroke') + glyph(110, 746) + glyph(120, 746) + hidden + glyph(204, 716) }]);
    expectMergedTable(doc);
  });

  test('a text run crossing a cell border is cut at the glyph centres', async () => {
    const content = grid([60, 200, 340], [700, 680], 'stroke') + text(152, 686, 12, '一二三四五六');
    const [t] = tables(await read([{ content }]));
    expect(t && rowTexts(t, 0)).toEqual(['一二三四', '五六']);
  });

  test('a single framed box is text, not a table', async () => {
    const content = grid([60, 535], [700, 660], 'stroke') + text(70, 680, 10, '说明：本表无数据。');
    const doc = await read([{ content }]);
    expect(tables(doc)).toEqual([]);
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: '说明：本表无数据。', level: null, page: 1 }]);
  });
});

describe('tables over pages', () => {
  const xs = [60, 200, 340];
  const header = text(64, 746, 12, '项目') + text(204, 746, 12, '金额');
  const rows = (labels: string[], top: number): string =>
    labels.map((l, i) => text(64, top - 14 - 20 * i, 12, l) + (l === '' ? '' : text(204, top - 14 - 20 * i, 12, `${i + 1}.00`))).join('');

  test('header repeated on the next page dropped, a row cut by the page break joined, page numbers dropped', async () => {
    const page1 =
      text(200, 790, 16, '部门支出总表') +
      grid(xs, [760, 740, 720, 700, 680], 'stroke') +
      header +
      rows(['办公费', '印刷费'], 740) +
      // the last row's first cell is full and continues on page 2
      text(64, 686, 12, '一二三四五六七八九十') +
      text(290, 30, 10, '- 1 -');
    const page2 =
      grid(xs, [800, 780, 760, 740], 'stroke') +
      text(64, 786, 12, '项目') + text(204, 786, 12, '金额') +
      text(64, 766, 12, '甲乙') +
      text(64, 746, 12, '水费') + text(204, 746, 12, '3.00') +
      text(290, 30, 10, '- 2 -');
    const doc = await read([{ content: page1 }, { content: page2 }]);
    expect(tables(doc)).toHaveLength(1);
    const [t] = tables(doc);
    if (!t) return;
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '金额'],
      ['办公费', '1.00'],
      ['印刷费', '2.00'],
      ['一二三四五六七八九十甲乙', ''],
      ['水费', '3.00'],
    ]);
    expect(cell(t, 4, 0).page).toBe(2);
    expect(doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]))).toEqual(['部门支出总表']);
  });

  /**
   * A two-column table whose second row a page break cuts: page 1 ends with `cut`, page 2 opens
   * with the rest of one of its cells (`rest`, at `x`), then the row `next`: the rows read.
   */
  async function cutRow(columns: number[], title: string, head: [string, string], cut: [string, string], rest: { x: number; text: string }, next: [string, string]): Promise<string[][] | undefined> {
    const page1 =
      text(200, 790, 16, title) +
      grid(columns, [760, 740, 720], 'stroke') +
      text(64, 746, 12, head[0]) + text(204, 746, 12, head[1]) +
      text(64, 726, 12, cut[0]) + text(204, 726, 12, cut[1]);
    const page2 = grid(columns, [800, 780, 760], 'stroke') + text(rest.x, 786, 12, rest.text) + text(64, 766, 12, next[0]) + text(204, 766, 12, next[1]);
    const [t] = tables(await read([{ content: page1 }, { content: page2 }]));
    return t?.rows.map((r) => r.map((c) => c.text));
  }

  test('centred text cut by the page break goes on centred: joined', async () => {
    // 福州 医疗保障局 pp. 26–27: 项目名称 | 2026年医疗服务与保障能力提升补助资 at p. 26's foot (the cell's one
    // line full, centred), 金 mid-cell on p. 27
    expect(await cutRow(xs, '项目绩效目标表', ['主管部门', '福州市医疗保障局'], ['项目名称', '医疗保障能力提升补助资'], { x: 264, text: '金' }, ['资金总额', '745.00'])).toEqual([
      ['主管部门', '福州市医疗保障局'],
      ['项目名称', '医疗保障能力提升补助资金'],
      ['资金总额', '745.00'],
    ]);
  });

  test('a line wrapped with room for one more character, the next line starting with a character and its closing bracket: joined', async () => {
    // 深圳 水务局 pp. 43–44: 深圳市水务局（本 at p. 43's foot, 级） on p. 44 (a closing bracket never starts a line);
    // 9 characters end 26 pt short of the border: room for one character, not for 级）
    expect(await cutRow([60, 198, 340], '重点项目表', ['单位名称', '预算数'], ['深圳市水务局（市本', '9,503.54'], { x: 64, text: '级）' }, ['深圳市水文水质中心', '305.78'])).toEqual([
      ['单位名称', '预算数'],
      ['深圳市水务局（市本级）', '9,503.54'],
      ['深圳市水文水质中心', '305.78'],
    ]);
  });

  test('a new title between two tables keeps them apart', async () => {
    const page1 = grid(xs, [760, 740, 720], 'stroke') + header + rows(['办公费'], 740);
    const page2 = text(200, 800, 16, '另一张表') + grid(xs, [760, 740, 720], 'stroke') + header + rows(['水费'], 740);
    expect(tables(await read([{ content: page1 }, { content: page2 }]))).toHaveLength(2);
  });
});

test('rotated page (/Rotate 90): rows and columns as shown, bboxes in user space', async () => {
  // drawn in landscape coordinates (842 × 595) and mapped onto the portrait page
  const landscape =
    text(360, 540, 16, '横向表格') +
    grid([100, 300, 500, 742], [520, 500, 480, 460], 'stroke') +
    text(104, 506, 10, '项目') + text(304, 506, 10, '预算数') + text(504, 506, 10, '备注') +
    text(104, 486, 10, '办公费') + text(304, 486, 10, '10.00') + text(504, 486, 10, '') +
    text(104, 466, 10, '水费') + text(304, 466, 10, '2.50') + text(504, 466, 10, 'note');
  const doc = await read([{ rotate: 90, content: `q 0 1 -1 0 595 0 cm\n${landscape}Q\n` }]);
  const [t] = tables(doc);
  expect(t && size(t)).toBe('3x3');
  if (!t) return;
  expect(rowTexts(t, 0)).toEqual(['项目', '预算数', '备注']);
  expect(rowTexts(t, 2)).toEqual(['水费', '2.50', 'note']);
  expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: '横向表格' });
  // landscape cell 100–300 × 480–500 is, in portrait user space, x 95–115 and y 100–300
  const b = cell(t, 1, 0).bbox;
  expect(b && [b.x0, b.y0, b.x1, b.y1].map(Math.round)).toEqual([95, 100, 115, 300]);
});

describe('tables without (enough) rules', () => {
  const body = (top: number): string =>
    text(64, top, 10, '项目') + text(300, top, 10, '金额') + text(420, top, 10, '备注') +
    text(64, top - 16, 10, '办公费') + text(300, top - 16, 10, '12.00') + text(420, top - 16, 10, '日常') +
    text(64, top - 32, 10, '印刷费') + text(300, top - 32, 10, '3.50') + text(420, top - 32, 10, '') +
    text(64, top - 48, 10, '差旅费') + text(300, top - 48, 10, '8.00') + text(420, top - 48, 10, '出差');

  const expectColumns = (doc: DocumentModel): void => {
    const [t] = tables(doc);
    expect(t && size(t)).toBe('4x3');
    if (!t) return;
    expect(rowTexts(t, 0)).toEqual(['项目', '金额', '备注']);
    expect(rowTexts(t, 1)).toEqual(['办公费', '12.00', '日常']);
    expect(rowTexts(t, 2)).toEqual(['印刷费', '3.50', '']);
    expect(rowTexts(t, 3)).toEqual(['差旅费', '8.00', '出差']);
    expect(doc.warnings.map((w) => w.code)).toContain('PDF_UNRULED_TABLE');
  };

  test('three-line table (horizontal rules only): columns from text alignment', async () => {
    const rules = line(60, 715, 535, 715) + line(60, 697, 535, 697) + line(60, 645, 535, 645);
    expectColumns(await read([{ content: rules + body(702) }]));
  });

  test('a frame with row rules but no column rules: columns from text alignment', async () => {
    expectColumns(await read([{ content: grid([60, 535], [715, 697, 681, 665, 649], 'fill') + body(702) }]));
  });

  test('no rules at all: aligned columns still come out as a table', async () => {
    expectColumns(await read([{ content: body(702) }]));
  });

  test('prose with wide justified gaps is not a table', async () => {
    const prose = [0, 1, 2, 3]
      .map((i) => text(60, 700 - 16 * i, 10, '基本支出') + text(200, 700 - 16 * i, 10, '13,994.31万元，占') + text(400, 700 - 16 * i, 10, '63.75%；'))
      .join('');
    const doc = await read([{ content: prose }]);
    expect(tables(doc)).toEqual([]);
  });
});

describe('text', () => {
  test('CJK radicals from a producer ToUnicode map become the ordinary characters', async () => {
    const doc = await read([{ content: text(60, 700, 12, '部', 'F2') + text(72, 700, 12, 'A', 'F3') + text(80, 700, 12, 'B', 'F3') }]);
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: '部门一', level: null, page: 1 }]);
  });

  // 北京 公安局交通警察局 2026 p. 19: a merged cell's text drawn again on the next page, clipped to
  // the part of the cell there; only what shows is read
  test('text drawn outside its clip is not printed and not read; a glyph the clip cuts through is, where half of it shows', async () => {
    const clipped = (x: number, y: number, w: number, h: number, body: string): string => `q ${x} ${y} ${w} ${h} re W n\n${body}Q\n`;
    const doc = await read([
      {
        content:
          text(200, 780, 14, '项目支出绩效目标表') +
          // above the clip (the cell's part on this page): the project's name and goals again
          clipped(60, 600, 300, 100, text(60, 780, 10, '绩效审计购买服务') + text(60, 720, 10, '进单位完善治理') + text(60, 640, 10, '实现既定目标。')) +
          // a wrapped label's second line, 0.6 of its em box inside the clip (上海's 出: 0.64), and
          // a line of which 0.4 shows (a line a page break cuts: read on the page where more shows)
          clipped(60, 500, 300, 40, text(60, 520, 10, '一、文化旅游体育与传媒支') + text(60, 498, 10, '出')) +
          clipped(60, 400, 300, 40, text(60, 438, 10, '碳达峰碳中和工作经费')),
      },
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['项目支出绩效目标表', '实现既定目标。', '一、文化旅游体育与传媒支出']);
  });

  // 北京 公安局交通警察局 2026 p. 36: the last line of a project's name, cut by the page's first
  // row (half of it shows there), is that row's, though its full box would sit in the header's
  test('a line the clip cuts is placed by the part that shows', async () => {
    const doc = await read([
      {
        content:
          grid([60, 200, 300], [700, 680, 640], 'stroke') +
          text(64, 686, 10, '项目名称') +
          text(204, 686, 10, '金额') +
          `q 60 640 140 40 re W n\n${text(64, 677, 10, '信函告知费')}Q\n` +
          text(204, 660, 10, '12.00'),
      },
    ]);
    expect(tables(doc).map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([
      [
        ['项目名称', '金额'],
        ['信函告知费', '12.00'],
      ],
    ]);
  });

  test('spaces kept between Latin words only', async () => {
    const doc = await read([{ content: text(60, 700, 10, 'PC') + text(75, 700, 10, '服务器') + text(110, 700, 10, 'Total') + text(140, 700, 10, 'Amount') }]);
    expect(doc.blocks[0]).toMatchObject({ text: 'PC服务器Total Amount' });
  });
});

describe('font types', () => {
  // One row per font type pdf.js reports: Type 1 (standard font), CID (predefined CMap),
  // Type 1 with a ToUnicode map, Type 3 (FontMatrix glyph space, NaN ascent/descent) and a
  // TrueType font that is not embedded. Before, Type 3 text had NaN boxes and landed nowhere.
  test('every font type gives finite boxes and its text lands in its cell', async () => {
    const rows: [string, string][] = [
      [text(64, 726, 10, 'Total'), text(204, 726, 10, '1,234.50')],
      [text(64, 706, 10, '一般公共服务支出'), text(204, 706, 10, '1,000.00', 'F2')],
      [text(64, 686, 10, 'AB', 'F3'), text(204, 686, 10, '234.50', 'F3')],
      [type3Text(64, 666, 10, '合计'), type3Text(204, 666, 10, '1,468.50')],
      [text(64, 646, 10, 'Arial', 'F5'), text(204, 646, 10, '12.00', 'F5')],
    ];
    const doc = await read([{ content: BODY + grid([60, 200, 300], [740, 720, 700, 680, 660, 640], 'stroke') + rows.flat().join('') }]);
    const [t] = tables(doc);
    expect(t && size(t)).toBe('5x2');
    if (!t) return;
    expect([0, 1, 2, 3, 4].map((r) => rowTexts(t, r))).toEqual([
      ['Total', '1,234.50'],
      ['一般公共服务支出', '1,000.00'],
      ['门一', '234.50'],
      ['合计', '1,468.50'],
      ['Arial', '12.00'],
    ]);
    for (const row of t.rows) for (const c of row) expect(Object.values(c.bbox ?? {}).every(Number.isFinite)).toBe(true);
  });
});

describe('errors', () => {
  const codeOf = async (bytes: Uint8Array, options?: { ocr?: boolean }): Promise<unknown> => {
    try {
      await readPdf(bytes, options);
      return 'no error';
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      return [(e as IngestError).code, (e as IngestError).stage];
    }
  };

  test('password-protected', async () => {
    expect(await codeOf(buildPdf([{ content: text(60, 700, 10, 'x') }], { encrypted: true }))).toEqual(['ENCRYPTED_PDF', 'read']);
  });

  test('not a PDF inside', async () => {
    expect(await codeOf(new Uint8Array(Buffer.from('%PDF-1.4\nnothing here')))).toEqual(['CORRUPT_PDF', 'read']);
  });

  test('pages without any text: OCR finds none either (or is unavailable), saying so', async () => {
    expect(await codeOf(buildPdf([{ content: grid([60, 200, 300], [700, 680, 660], 'stroke') }]))).toEqual(['NO_TEXT_LAYER', 'read']);
    await expect(readPdf(buildPdf([{ content: '' }]))).rejects.toThrow(/OCR found no text/);
    expect(await codeOf(buildPdf([{ content: '' }]), { ocr: false })).toEqual(['OCR_UNAVAILABLE', 'read']);
  });
});

test('maxPages reads only the first pages and says so', async () => {
  const doc = await read([{ content: text(60, 700, 10, 'one') }, { content: text(60, 700, 10, 'two') }], { maxPages: 1 });
  expect(doc.pages).toBe(2);
  expect(doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['one']);
  expect(doc.warnings.map((w) => w.code)).toEqual(['PDF_PAGES_SKIPPED']);
});

test('debug view: an SVG and a JSON per page with the rules, cells and text assignment', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdf-debug-'));
  try {
    await read([{ content: mergedTable('stroke') }], { debugDir: dir });
    expect((await readdir(dir)).sort()).toEqual(['page-001.json', 'page-001.svg']);
    const json = JSON.parse(await readFile(path.join(dir, 'page-001.json'), 'utf8')) as {
      lines: unknown[];
      tables: { cells: { row: number; col: number; text: string }[] }[];
      text: { text: string; assignedTo: string }[];
    };
    expect(json.lines.length).toBeGreaterThanOrEqual(9);
    expect(json.tables[0]?.cells).toContainEqual(expect.objectContaining({ row: 2, col: 2, text: '一、一般公共服务支出' }));
    expect(json.text).toContainEqual({ text: '1,234.50', box: expect.any(Array), assignedTo: 'T0 r2 c1' });
    const svg = await readFile(path.join(dir, 'page-001.svg'), 'utf8');
    expect(svg).toContain('stroke="red"');
    expect(svg).toContain('T0 2,0 2×1');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
