// The OCR reader's general rules, one by one: other readings of an amount cell (a lost or
// misread decimal point), the line reader's decoding (digits only from the same scores), rules
// told from characters' strokes, double rules snapped to one, a red seal dropped, targets and
// codes not read as amounts, a comparison sign read as its look-alike, the skew among specks.
import type { Gray } from '../../../src/readers/ocr/bitmap.js';
import { readPage, skewAngle, turn, withoutShadow } from '../../../src/readers/ocr/bitmap.js';
import { apply } from '../../../src/readers/pdf/geometry.js';
import { turnedFrame } from '../../../src/readers/pdf/parts.js';
import { decodeLine, lineLikelihood, type LineScores } from '../../../src/readers/ocr/line-reader.js';
import { catalogueName } from '../../../src/readers/ocr/line-names.js';
import { amountReadings, cellImage, onePerLine, cellLines, fullWidth, mayBeAmount, pageText, readPercent, readSign, textBands, thousandsPoints, tightLines, withPrintedUnit, type CellLine } from '../../../src/readers/ocr/pages.js';
import { textByInk } from '../../../src/readers/ocr/ink-text.js';
import { lookAlikeWords } from '../../../src/catalogue/look-alike.js';
import type { OcrWord } from '../../../src/readers/ocr/tesseract.js';
import { findRules, snapDoubles } from '../../../src/readers/ocr/rules.js';
import { missedLines } from '../../../src/readers/ocr/missed-lines.js';

describe('amount readings', () => {
  test("the general pass's reading, then the point put back or read in place of a digit", () => {
    // 15.92 blurred: the digits pass reads the point as a 3, the general pass drops it
    expect(amountReadings('15392', ['1592'])).toEqual(['1592', '153.92', '15.92', '1.92']);
    expect(amountReadings('494', ['4,94'])).toEqual(['4,94', '4.94']); // a point read as a comma
    expect(amountReadings('1,038.81', ['1038.81'])).toEqual(['1038.81']); // has its point: nothing to repair
    expect(amountReadings('200.00', ['二百'])).toEqual([]); // the general pass read no amount
    expect(amountReadings('7.75', ['好人', ', 7.75', '7.79'])).toEqual(['7.79']); // the enhanced digits pass's (', 7.75' is the same figure)
  });

  test('a thousands separator read as a point is a comma: an amount has one decimal point (北京 scanned: 9.616.338314)', () => {
    expect(thousandsPoints('9.616.338314')).toBe('9,616.338314');
    expect(thousandsPoints('1.234.567.89')).toBe('1,234,567.89');
    expect(thousandsPoints('1.110,468900')).toBe('1,110,468900');
    // one point: the decimal one, whatever follows it
    expect(thousandsPoints('12.345')).toBe('12.345');
    expect(thousandsPoints('9,626.777589')).toBe('9,626.777589');
  });
});

describe('page text', () => {
  test("a signature's strokes and loops are dropped; a title's 一 and its uncertain hanzi stay", () => {
    const w = (text: string, conf: number, line: string): OcrWord => ({ image: 0, line, text, conf, x0: 0, y0: 0, x1: 10, y1: 10 });
    const words = [
      ...['部门预算', '一', '般', '公共预算', '财政拨款', '支出表'].map((t) => w(t, t === '般' ? 0.3 : 0.95, '1.1.1')),
      w('一', 0.9, '2.1.1'), w('~', 0.96, '2.1.1'), w('一', 0.85, '2.1.1'), // the underline
      w('VAN', 0.2, '3.1.1'), w('蕊', 0.0, '3.1.1'), // the loops
    ];
    expect(pageText(words).map((x) => x.text).join('')).toBe('部门预算一般公共预算财政拨款支出表');
  });
});

describe('page lines', () => {
  // 泉州 政府办 p. 36 scanned at 200 dpi: tesseract gave the title 驻沪办房屋修缮经费项目绩效目标表
  // as four lines of its own (boxes as the page read them, each widened to the whole line), and the
  // title was read four times; 单位：万元 at the right margin of the line below stays a line of its own
  const word = (line: string, x0: number, y0: number, x1: number, y1: number): OcrWord => ({ image: 0, line, text: '', conf: 90, x0, y0, x1, y1 });
  test('pieces of tesseract lines that overlap on one band are one line', () => {
    const title = [word('1.1.1', 642, 330, 1841, 403), word('2.1.1', 642, 331, 1841, 403), word('3.1.1', 642, 334, 1841, 403), word('4.1.1', 642, 329, 1843, 403)];
    const below = [word('5.1.1', 200, 430, 900, 470), word('5.1.2', 2100, 431, 2300, 470)];
    expect(onePerLine([...title, ...below]).map(({ line, x0, y0, x1, y1 }) => [line, x0, y0, x1, y1])).toEqual([
      ['1.1.1', 642, 329, 1843, 403],
      ['5.1.1', 200, 430, 900, 470],
      ['5.1.2', 2100, 431, 2300, 470],
    ]);
  });
});

describe('cell text', () => {
  test("a line of Latin letters read at low confidence is a seal's or a signature's strokes", () => {
    const w = (text: string, conf: number, line: string): OcrWord => ({ image: 0, line, text, conf, x0: 0, y0: 0, x1: 10, y1: 30 });
    expect(cellLines([w('十一、节能环保支出', 0.95, '0'), w('AN', 0.3, '1')]).map((x) => x.text)).toEqual(['十一、节能环保支出']);
    // sure Latin (a unit), and hanzi at low confidence, stay
    expect(cellLines([w('10', 0.99, '0'), w('kWh', 0.9, '1'), w('台', 0.4, '2')]).map((x) => x.text)).toEqual(['10', 'kWh', '台']);
  });

  // a cell crop 400 px wide with blocks of ink [x0, y0, x1, y1]
  const crop = (blocks: [number, number, number, number][]): Gray => {
    const img: Gray = { width: 400, height: 120, data: new Uint8Array(400 * 120).fill(255) };
    for (const [x0, y0, x1, y1] of blocks) for (let y = y0; y <= y1; y++) img.data.fill(0, y * 400 + x0, y * 400 + x1 + 1);
    return img;
  };

  // 烟台 wraps 机关事业单位基本养老保 / 险缴费支出 with 0.1 pt between them: 4 blank rows at 300 dpi,
  // one band; it may be two lines (the line reader decides: a line of faint strokes has blank rows too)
  test('a band of lines set tight (4 blank rows between) may be two lines; a character of parts one above the other (昌) and 三 are not', () => {
    const img = crop([[10, 10, 390, 49], [10, 54, 200, 93]]);
    expect(textBands(img)).toEqual([[10, 93]]);
    expect(tightLines(img, [10, 93])).toEqual([[10, 49], [54, 93]]);
    // 40 px wide, its halves 3 rows apart; 三's strokes 4 rows apart
    expect(tightLines(crop([[10, 10, 50, 27], [10, 31, 50, 49]]), [10, 49])).toEqual([[10, 49]]);
    expect(tightLines(crop([[10, 10, 50, 12], [10, 17, 50, 19], [8, 24, 52, 27]]), [10, 27])).toEqual([[10, 27]]);
    // a line of characters with the same part-gap at one row everywhere is no two lines: its parts are short
    expect(tightLines(crop([[10, 10, 390, 14], [10, 18, 390, 49]]), [10, 49])).toEqual([[10, 49]]);
  });
});

describe('line reader decoding (CTC)', () => {
  // class 0 is the blank; one row of probabilities per column of the line image
  const dict = ['', '人', '7', '.', '5', '1'];
  const scores = (rows: number[][]): LineScores => ({ probs: Float32Array.from(rows.flat()), columns: rows.length, classes: dict.length, x0: 0, width: 8 * rows.length });
  // 7 . 7 5 as printed, the first 7 over two columns, a blank between the two 7s
  const line = scores([
    [0.1, 0.0, 0.9, 0.0, 0.0, 0.0],
    [0.0, 0.0, 0.95, 0.0, 0.0, 0.05],
    [0.2, 0.0, 0.0, 0.8, 0.0, 0.0],
    [0.1, 0.6, 0.3, 0.0, 0.0, 0.0], // a 7 the general reading takes for 人
    [0.0, 0.0, 0.0, 0.0, 0.7, 0.3],
  ]);

  test('the best character of each column, repeats and blanks collapsed, each with its surest probability and the runner-up', () => {
    const r = decodeLine(line, dict);
    expect(r.text).toBe('7.人5');
    expect(r.conf).toBeCloseTo(0.6);
    expect(r.chars[0]).toEqual({ char: '7', at: 1, prob: expect.closeTo(0.95) as unknown as number, alt: { char: '1', prob: expect.closeTo(0.05) as unknown as number } });
    expect(r.chars[3]?.alt).toEqual({ char: '1', prob: expect.closeTo(0.3) as unknown as number });
  });

  test('a column the blank won keeps its likeliest character when it has 0.1 or more (a glyph half seen)', () => {
    expect(decodeLine(line, dict).unread).toEqual([]);
    // 7 . 7 5 with the 5 half seen (0.3 beside a blank's 0.7) and a 1 barely (0.05)
    const half = scores([
      [0.1, 0.0, 0.9, 0.0, 0.0, 0.0],
      [0.0, 0.0, 0.0, 0.95, 0.0, 0.05],
      [0.7, 0.0, 0.0, 0.0, 0.3, 0.0],
      [0.95, 0.0, 0.0, 0.0, 0.0, 0.05],
    ]);
    expect(decodeLine(half, dict)).toMatchObject({ text: '7.', unread: [{ char: '5', at: 2, prob: expect.closeTo(0.3) as unknown as number }] });
  });

  test('with a charset, the best allowed character: an amount read with digits only', () => {
    const r = decodeLine(line, dict, '0123456789.,-');
    expect(r.text).toBe('7.75');
    expect(r.conf).toBeCloseTo(0.3);
  });
});

describe("a line's name read as a printed name", () => {
  // the likelihood of a text is the sum over its alignments with the columns
  test('CTC likelihood: every way of laying the characters over the columns, blanks between equal ones', () => {
    const two = { probs: Float32Array.from([0.5, 0.5, 0.5, 0.5]), columns: 2, classes: 2, x0: 0, width: 16 };
    expect(Math.exp(lineLikelihood(two, ['', 'a'], 'a'))).toBeCloseTo(0.75); // a a, a -, - a
    expect(Math.exp(lineLikelihood(two, ['', 'a'], 'aa'))).toBeCloseTo(0); // a blank between them: three columns at least
    expect(lineLikelihood(two, ['', 'a'], 'b')).toBe(-Infinity);
  });

  // 西安 信访局's 财政拨款收支总表 scanned at 200 dpi (p. 22): (1)工资福利支出 read 工资福科支出, the
  // model giving 科 0.6 and 利 0.3 in its column; 食糖储备 is printed (and no name the catalogue has)
  const dict = ['', '(', '1', ')', '工', '资', '福', '利', '科', '支', '出', '商', '品', '和', '服', '务', '食', '糖', '盐', '储', '备'];
  const line = (columns: [string, number, string?, number?][]): LineScores => {
    const probs = new Float32Array(columns.length * dict.length);
    columns.forEach(([ch, p, alt, q], t) => {
      probs[t * dict.length] = 1 - p - (q ?? 0);
      probs[t * dict.length + dict.indexOf(ch)] = p;
      if (alt) probs[t * dict.length + dict.indexOf(alt)] = q ?? 0;
    });
    return { probs, columns: columns.length, classes: dict.length, x0: 0, width: 8 * columns.length };
  };
  const sure = (text: string): [string, number][] => [...text].map((ch) => [ch, 0.95]);

  test('a name the catalogue lacks, one character from one it has, is that name when the scores make it likely', () => {
    const misread = line([...sure('(1)工资福'), ['科', 0.6, '利', 0.3], ...sure('支出')]);
    expect(catalogueName('(1)工资福科支出', misread, dict)).toBe('(1)工资福利支出');
    // the numbering printed full-width stays so
    expect(catalogueName('（1）工资福科支出', misread, dict)).toBe('（1）工资福利支出');
  });

  test('a character lost between two others: the name with it where the scores leave room for it', () => {
    // 商品和服务支出 read 商品服务支出: 和 had 0.3 in the blank column between 品 and 服
    const lost = line([...sure('商品'), ['和', 0.3], ...sure('服务支出')]);
    expect(decodeLine(lost, dict).text).toBe('商品服务支出');
    expect(catalogueName('商品服务支出', lost, dict)).toBe('商品和服务支出');
    // no trace of 和 in the scores: read as printed
    const none = line([...sure('商品服务支出')]);
    expect(catalogueName('商品服务支出', none, dict)).toBeUndefined();
  });

  test('a name read surely stays as read, however near a catalogue name; a catalogue name is not second-guessed', () => {
    expect(catalogueName('食糖储备', line([['食', 0.95], ['糖', 0.99, '盐', 0.001], ...sure('储备')]), dict)).toBeUndefined();
    expect(catalogueName('工资福利支出', line(sure('工资福利支出')), dict)).toBeUndefined();
    // the same misreading as above, the model sure of 科: stays
    expect(catalogueName('(1)工资福科支出', line([...sure('(1)工资福'), ['科', 0.98, '利', 0.0001], ...sure('支出')]), dict)).toBeUndefined();
  });
});

describe('rules from a bitmap', () => {
  const SCALE = 300 / 72; // pixels per point, as the reader renders
  const page = (bars: [x0: number, y0: number, x1: number, y1: number][]): Gray => {
    const img: Gray = { width: 600, height: 500, data: new Uint8Array(600 * 500).fill(255) };
    for (const [x0, y0, x1, y1] of bars) for (let y = y0; y <= y1; y++) img.data.fill(0, y * 600 + x0, y * 600 + x1 + 1);
    return img;
  };
  const axes = (img: Gray): string[] => [...new Set(findRules(img, SCALE).map((s) => `${s.axis}${Math.round(s.at * SCALE)}`))].sort();

  test("two characters' bottom strokes side by side (基本, 22 pt) are no rule; a short column rule between two rules is", () => {
    expect(axes(page([[100, 100, 190, 102]]))).toEqual([]);
    // a header row 24 pt tall: its column rule is shorter than a lone rule may be, but meets the rules above and below it
    expect(axes(page([[50, 50, 550, 51], [50, 150, 550, 151], [300, 50, 301, 151]]))).toEqual(['h151', 'h51', 'v301']);
  });

  // 福州's 20-pt project titles scanned: 斗's upright in 科, 18 pt long, stands 1 pt above the
  // rule under its cell and meets nothing at its top. Taken for a rule, it was erased and the tip
  // of the stroke across it read as a dot: 科·学普及活动项目, five project names lost.
  test("a glyph's upright standing on a rule is no rule; a column rule from rule to rule is", () => {
    const rules: [number, number, number, number][] = [[50, 50, 550, 51], [50, 150, 550, 151], [50, 50, 51, 151], [549, 50, 550, 151]];
    expect(axes(page([...rules, [300, 70, 304, 145]]))).toEqual(['h151', 'h51', 'v51', 'v550']);
    expect(axes(page([...rules, [300, 50, 301, 151]]))).toEqual(['h151', 'h51', 'v301', 'v51', 'v550']);
  });

  test("a bold title's strokes (门 at 22 pt: 20 pt long, 9 px thick, meeting each other) are no rules; a thin rule as short is", () => {
    // 门: its left and right verticals and its top bar, 84 px (20 pt) long and 9 px (2.2 pt) thick
    expect(axes(page([[100, 100, 108, 183], [100, 100, 183, 108], [175, 100, 183, 183]]))).toEqual([]);
    // a table's header row as tall, ruled in 1 px hairlines: rules
    expect(axes(page([[50, 300, 550, 300], [50, 384, 550, 384], [300, 300, 300, 384]]))).toEqual(['h301', 'h385', 'v301']);
  });

  test("a serif title's strokes, rule-long in their middle rows only (江苏 政协's 22-pt 一 and 出), are no rules", () => {
    // a bar 14 px thick whose middle 5 rows are 105 px long (25 pt), its edges tapered to 61 and 70 px
    const bar: [number, number, number, number][] = [[100, 100, 160, 104], [100, 105, 204, 109], [110, 110, 179, 113]];
    // crossed by a stroke whose middle 3 columns are 91 px long, its sides 60 px
    const stroke: [number, number, number, number][] = [[148, 60, 150, 150], [151, 75, 157, 134]];
    expect(axes(page([...bar, ...stroke]))).toEqual([]);
  });

  test('rules printed grey (190, no pixel as dark as print) are rules, on grey paper too; cell shading (240) and a grey area are not', () => {
    const grey = (bars: [number, number, number, number][], tone: number, paper = 255): Gray => {
      const img = page([]);
      img.data.fill(paper);
      for (const [x0, y0, x1, y1] of bars) for (let y = y0; y <= y1; y++) img.data.fill(tone, y * 600 + x0, y * 600 + x1 + 1);
      return img;
    };
    const grid: [number, number, number, number][] = [[50, 50, 550, 52], [50, 150, 550, 152], [50, 250, 550, 252], [50, 50, 52, 252], [300, 50, 302, 252], [548, 50, 550, 252]];
    expect(axes(grey(grid, 190))).toEqual(['h251', 'h51', 'h151', 'v301', 'v51', 'v549'].sort());
    // a shaded header cell, 100 rows of 240: no rule; a chart's grey area, darker: no rule either
    expect(axes(grey([[50, 50, 550, 150]], 240))).toEqual([]);
    expect(axes(grey([[50, 50, 550, 150], [200, 150, 400, 400]], 180))).toEqual([]);
    // paper scanned at 205: the same grey grid is lighter than grey print may be there, but
    // darker than the paper either side of it (below)
    expect(axes(grey(grid, 190, 205))).toEqual(['h251', 'h51', 'h151', 'v301', 'v51', 'v549'].sort());
  });

  test('rules fainter than any threshold of print (北京 0.75 grey at 200 dpi: 222 on paper 248) are found by the paper beside them, through cell shading too', () => {
    const img = page([]);
    // paper with noise of ±3 (deterministic), a grid of 2-px rules at 222, a shaded header row (240) under its rules
    for (let i = 0; i < img.data.length; i++) img.data[i] = 248 - ((i * 7919) % 7);
    const fill = (x0: number, y0: number, x1: number, y1: number, tone: number): void => {
      for (let y = y0; y <= y1; y++) img.data.fill(tone, y * 600 + x0, y * 600 + x1 + 1);
    };
    fill(50, 50, 550, 150, 240);
    for (const y of [50, 150, 250, 350]) fill(50, y, 550, y + 1, 222);
    for (const x of [50, 300, 550]) fill(x, 50, x + 1, 351, 222);
    expect(axes(img)).toEqual(['h151', 'h251', 'h351', 'h51', 'v301', 'v51', 'v551']);
    // the shading alone: its edges are steps, not ridges
    const shaded = page([]);
    shaded.data.fill(248);
    for (let y = 50; y <= 150; y++) shaded.data.fill(240, y * 600 + 50, y * 600 + 551);
    expect(axes(shaded)).toEqual([]);
  });

  test("a column rule printed in one row only, shorter than a rule may be alone, is found where it runs from rule to rule in line with the column's rule; a glyph's stroke in line, short of its cell's rules, is not", () => {
    // rules across at 50, 150, 250, 302, 352 and 402; the column rule at x 300 runs through the
    // first two rows, is not printed in the third, and is printed in the fourth only (52 px, 12.5
    // pt: 北京's 收入总计 | … | 支出总计 under 上年结转结余 printed without it); in the fifth a glyph's
    // 34-px stroke stands on its line, 8 px short of either rule
    const across = [50, 150, 250, 302, 352, 402].map((y): [number, number, number, number] => [50, y, 550, y + 1]);
    const img = page([...across, [300, 50, 301, 251], [300, 302, 301, 353], [300, 360, 301, 394]]);
    const v = findRules(img, SCALE)
      .filter((r) => r.axis === 'v')
      .map((r) => [Math.round(r.from * SCALE), Math.round(r.to * SCALE)] as const);
    expect(v.some(([from, to]) => from <= 52 && to >= 250)).toBe(true);
    // (less the 3 px either side of the rules across that erasing them took)
    expect(v.some(([from, to]) => from <= 308 && to >= 348)).toBe(true);
    expect(v.some(([from, to]) => from >= 355 && to <= 400)).toBe(false);
  });

  test('a rule the scan broke into pieces (gaps of 10 and 15 px) is measured whole', () => {
    expect(axes(page([[100, 300, 180, 301], [191, 300, 270, 301], [286, 300, 360, 301]]))).toEqual(['h301']);
    // the same pieces further apart are three short runs: no rule
    expect(axes(page([[100, 300, 180, 301], [230, 300, 310, 301], [360, 300, 440, 301]]))).toEqual([]);
  });

  test('a double (or blurred thick) rule is one; rules a row apart stay two', () => {
    const h = (at: number, from = 0, to = 300) => ({ axis: 'h' as const, at, from, to });
    expect(snapDoubles([h(152.6), h(155.5), h(170)]).map((s) => s.at)).toEqual([152.6, 152.6, 170]);
    // parallel but side by side (no common stretch): not the same rule
    expect(snapDoubles([h(100, 0, 100), h(103, 200, 300)]).map((s) => s.at)).toEqual([100, 103]);
  });

  test('black print and blue ink are ink; a red seal is not', () => {
    const ppm = (px: number[][]): Uint8Array => new Uint8Array([...Buffer.from(`P6\n${px.length} 1\n255\n`, 'latin1'), ...px.flat()]);
    const { rules } = readPage(ppm([[20, 20, 20], [220, 40, 40], [47, 117, 181], [110, 20, 20]]));
    expect(rules.data[0]).toBe(20); // print
    expect(rules.data[1]).toBeGreaterThan(200); // the seal's red
    expect(rules.data[2]).toBeLessThan(100); // a blue title (江苏)
    expect(rules.data[3]).toBeLessThan(180); // print under the seal stays dark enough for a rule
  });

  test('for the text, the seal is taken out: its pixels paper-white, print under it as dark as printed', () => {
    // a 40 × 40 page: a seal of colour (215, 70, 80) multiplied over paper (250) and over grey
    // print (k = 0.4, 0.6), its edges half covered, a blue stroke and grey print beside it
    const px: number[][] = [];
    const seal = [215, 70, 80].map((c) => c / 255);
    const inked = (k: number, a: number): number[] => seal.map((c) => Math.round(250 * k * (1 - a * (1 - c))));
    for (let i = 0; i < 1600; i++) px.push(i < 960 ? inked(1, 1) : i < 1000 ? inked(0.85, 1) : i < 1100 ? inked(0.4, 1) : i < 1200 ? inked(0.6, 1) : i < 1300 ? inked(1, 0.5) : i < 1400 ? [45, 75, 200] : [100, 100, 100]);
    const ppm = new Uint8Array([...Buffer.from('P6\n40 40\n255\n', 'latin1'), ...px.flat()]);
    const { rules, text } = readPage(ppm);
    expect(rules.data[0]).toBe(211); // the red channel keeps a light seal
    const near = (v: number | undefined, printed: number): boolean => Math.abs((v as number) - printed) <= 255 - 250 + 1;
    expect(text.data[0]).toBe(255); // seal alone: white (the seal's colour is measured against the paper)
    expect(text.data[980]).toBe(255); // a light grey under the seal (its edge, JPEG's ringing): white
    expect(rules.data[980]).toBeLessThan(200);
    expect(near(text.data[1050], 100)).toBe(true); // print of k = 0.4 under the seal: 0.4 × 250, as printed
    expect(near(text.data[1150], 150)).toBe(true);
    expect(text.data[1250]).toBeGreaterThanOrEqual(250); // a half-covered edge: paper too
    expect(text.data[1350]).toBe(45); // blue ink is kept (blue titles are print)
    expect(text.data[1450]).toBe(100); // grey print untouched
    expect(rules.data[1050]).toBe(84); // the rules' image: print under the seal darker, as scanned
  });

  test("for the cells, a blue pen's strokes are taken out too; print under them stays, as does print JPEG tinted blue", () => {
    // a 40 × 40 page: a pen of colour (45, 75, 200) multiplied over paper (250) and over grey
    // print (k = 0.3), grey print with a faint blue tint, and paper
    const pen = [45, 75, 200].map((c) => c / 255);
    const px: number[][] = [];
    for (let i = 0; i < 1600; i++) px.push(i < 600 ? pen.map((c) => Math.round(250 * c)) : i < 800 ? pen.map((c) => Math.round(75 * c)) : i < 1000 ? [100, 100, 108] : [250, 250, 250]);
    const { rules, text, cells } = readPage(new Uint8Array([...Buffer.from('P6\n40 40\n255\n', 'latin1'), ...px.flat()]));
    expect(text).toBe(rules); // no seal
    expect(text.data[300]).toBe(44); // the text keeps blue ink (a title printed blue)
    expect(cells.data[300]).toBe(255); // the pen over paper: white
    expect(Math.abs((cells.data[700] as number) - 75)).toBeLessThanOrEqual(3); // print under the pen: as printed (k = 0.3 of 250)
    expect(cells.data[900]).toBe(100); // the faint tint is no pen: print untouched
    expect(cells.data[1200]).toBe(250);
  });

  test("a cell is read without the pen where its print is crossed by strokes, as printed where its ink is blue print", () => {
    const img = (ink: number): Gray => ({ width: 100, height: 10, data: new Uint8Array(1000).map((_, i) => (i < ink ? 0 : 255)) });
    const crossed = img(300);
    expect(cellImage(crossed, img(250))).not.toBe(crossed); // a stroke over print: its 50 pixels out
    const bluePrint = img(300);
    expect(cellImage(bluePrint, img(20))).toBe(bluePrint); // nearly all its ink blue: print, kept
    expect(cellImage(bluePrint, undefined)).toBe(bluePrint); // a page without a pen
  });
});

test('punctuation as typeset: a colon next to hanzi full-width, a numbering point after digits ASCII (江苏 人大 re-produced, OCR\'d: 1．一般公共预算)', () => {
  expect(fullWidth('1．一般公共预算')).toBe('1.一般公共预算');
  expect(fullWidth('12．其他支出')).toBe('12.其他支出');
  expect(fullWidth('其中:')).toBe('其中：');
  // a decimal point is no numbering point
  expect(fullWidth('1.50')).toBe('1.50');
  // a numbering's 、 read as a comma (北京 scanned at 200 dpi: 十三，交通运输支出); a comma inside a label stays
  expect(fullWidth('十三，交通运输支出')).toBe('十三、交通运输支出');
  expect(fullWidth('二,外交支出')).toBe('二、外交支出');
  expect(fullWidth('其中，人员经费')).toBe('其中，人员经费');
  // a bracketed numbering's 一 read as a dash (苏州 scanned at 200 dpi); a dash elsewhere stays
  expect(fullWidth('（—）一般公共服务支出')).toBe('（一）一般公共服务支出');
  expect(fullWidth('(-)一般公共服务支出')).toBe('(一)一般公共服务支出');
  expect(fullWidth('2025—2026年')).toBe('2025—2026年');
});

describe('narrow or full-width by the ink beside it', () => {
  // a 40-px line: 元 (ink 34 px wide), a slash or bracket (ink 10 px), 天 (34 px), with `before`
  // and `after` px of white beside the middle one, which the model read at column 2 of 4 as `read`
  function line(before: number, after: number, read: string): string {
    const blobs: [number, number][] = [[0, 33], [34 + before, 43 + before], [44 + before + after, 77 + before + after]];
    const width = 78 + before + after;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    for (const [a, b] of blobs) for (let y = 5; y < 35; y++) img.data.fill(0, y * width + a, y * width + b + 1);
    const chars = ['元', read, '天'].map((char, i) => ({ char, at: [0, 2, 3][i] as number, prob: 0.9 }));
    const reading = { columns: 4, x0: 0, width, text: chars.map((c) => c.char).join(''), conf: 0.9, chars };
    return textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, reading);
  }

  test('a slash close to its neighbours is ASCII, one with white of half an em both sides full-width, however it was read', () => {
    expect(line(2, 2, '／')).toBe('元/天');
    expect(line(20, 20, '/')).toBe('元／天');
    expect(line(20, 2, '／')).toBe('元/天'); // white on one side only: not a full-width slash
  });

  // white as measured on pages of ten templates at 200 dpi: full-width 0.49–1.00 of the line's
  // height, ASCII 0.08–0.39 (宋体's half-width bracket has white of its own: 深圳's 因公出国(境)费, 0.38)
  test('an opening bracket is full-width by the white before it, a closing one by the white after it', () => {
    expect(line(20, 2, '(')).toBe('元（天');
    expect(line(2, 20, '（')).toBe('元(天');
    expect(line(2, 20, '(')).toBe('元(天');
    expect(line(2, 20, ')')).toBe('元）天');
    expect(line(15, 2, '（')).toBe('元(天');
    // or a whole em between its neighbours' ink: the sample's 三公 page scanned and rendered again
    // at 150 dpi, its （ with white of 0.42 before it and 1.14 between 出国 and 境
    expect(line(17, 19, '(')).toBe('元（天');
  });

  // (8)对企业补助 on a 40-px line: ( and 8 (ink 6 px), ) (6 px) with `after` px of white before
  // 对, then 对企业补助 (ink 34 px) `spacing` px apart, read at the columns of their ink
  function spaced(after: number, spacing: number): string {
    const blobs: [number, number][] = [[0, 5], [8, 13], [16, 21]];
    for (let x = 22 + after, i = 0; i < 5; i++, x += 34 + spacing) blobs.push([x, x + 33]);
    const width = (blobs.at(-1) as [number, number])[1] + 1;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    for (const [a, b] of blobs) for (let y = 5; y < 35; y++) img.data.fill(0, y * width + a, y * width + b + 1);
    const chars = ['(', '8', ')', ...'对企业补助'].map((char, i) => ({ char, at: Math.floor(((blobs[i] as [number, number])[0] + (blobs[i] as [number, number])[1]) / 2 / 4), prob: 0.9 }));
    return textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, { columns: Math.ceil(width / 4), x0: 0, width: Math.ceil(width / 4) * 4, text: chars.map((c) => c.char).join(''), conf: 0.9, chars });
  }

  // 西安 prints its 6-pt tables letter-spaced: 0.27–0.40 of the line's height between hanzi, and
  // white of 0.43–0.57 after a half-width ); set solid, that white is a full-width ）'s
  test("a letter-spaced line's spacing is taken off the white a bracket is judged by", () => {
    expect(spaced(20, 2)).toBe('（8）对企业补助');
    expect(spaced(20, 13)).toBe('(8)对企业补助');
    // a full-width ） stays one however the line is spaced: its own white and the spacing
    expect(spaced(20 + 13, 13)).toBe('（8）对企业补助');
  });

  // 局（本）ending a line: 局 (0–33), （ (54–63, 20 px of white before it), 本 (66–99), ） read at
  // column 7 of 8, its ink broken by the scan into 104 and 106–114, nothing after it
  function pair(closing: string, broken: boolean): string {
    const blobs: [number, number][] = [[0, 33], [54, 63], [66, 99], ...(broken ? [[104, 104], [106, 114]] as [number, number][] : [[104, 114]] as [number, number][])];
    const width = 135;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    for (const [a, b] of blobs) for (let y = 5; y < 35; y++) img.data.fill(0, y * width + a, y * width + b + 1);
    const chars = ['局', '（', '本', closing].map((char, i) => ({ char, at: [0, 3, 5, 6][i] as number, prob: 0.9 }));
    return textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, { columns: 8, x0: 0, width: 8 * 16, text: chars.map((c) => c.char).join(''), conf: 0.9, chars });
  }

  test('a bracket with nothing beside it on the side that decides is as wide as its partner, its broken stroke one glyph', () => {
    expect(pair(')', false)).toBe('局（本）');
    expect(pair(')', true)).toBe('局（本）');
  });
});

describe('targets, rates and codes', () => {
  test('a rate, a target or a code is no amount, whatever its digits; an amount with a stray character still is', () => {
    expect(['100%', '≥95%', '≤500', '13032123P003317100520', '1,038.81', '7.7人', '25'].map(mayBeAmount)).toEqual([false, false, false, false, true, true, true]);
  });

  test('a unit read surely after a number is printed (15人, 2025年); read unsurely it may be noise on an amount', () => {
    expect([withPrintedUnit('15人', 0.99), withPrintedUnit('2025年', 0.998), withPrintedUnit('7.7人', 0.62), withPrintedUnit('1,038.81', 0.99), withPrintedUnit('合计', 0.99)]).toEqual([true, true, false, false, false]);
  });

  // ≥ read as 2, ≤ as S: the sign still had some probability where the first character was read
  const dict = ['', '2', '9', '5', '%', '≥', 'S', '≤', '0', '台', '6'];
  const cell = (text: string, firstColumn: number[]): CellLine[] => {
    const rows = [firstColumn, ...text.slice(1).split('').map((ch) => dict.map((d) => (d === ch ? 0.9 : 1e-6)))];
    return [{ word: { image: 0, line: '0', text, conf: 0.7, x0: 0, y0: 0, x1: 10, y1: 10 }, scores: { probs: Float32Array.from(rows.flat()), columns: rows.length, classes: dict.length, x0: 0, width: 8 * rows.length } }];
  };
  const column = (probs: Record<string, number>): number[] => dict.map((d) => probs[d] ?? 0);

  test('a sign read as its look-alike is put back where the model gave it at least 0.01 there', () => {
    const read = (lines: CellLine[]): string => (readSign(lines, dict), lines.map((l) => l.word.text).join('|'));
    expect(read(cell('295%', column({ '2': 0.85, '≥': 0.1 })))).toBe('≥95%');
    expect(read(cell('S500', column({ S: 0.6, '≤': 0.27 })))).toBe('≤500');
    expect(read(cell('295%', column({ '2': 0.99, '≥': 0.00005 })))).toBe('295%'); // a true 2: no sign there
    expect(read(cell('2500', column({ '2': 0.85, '≥': 0.1 })))).toBe('2500'); // digits only: an amount keeps its 2
    expect(read([...cell('S500', column({ S: 0.6, '≤': 0.27 })), ...cell('台', column({ 台: 0.9 }))])).toBe('≤500|台');
  });

  // ≥95% read as 29596: the % as 96, as on the committed 200-dpi project scan (% 0.21 where
  // the first 9 of 96 was read; the sign 0.006 where the 2 was)
  test('a % read as two digits is put back where the model gave it at least 0.05, and then the sign', () => {
    const read = (text: string, sign: number, percent: number, at = 3): string => {
      const rows = text.split('').map((ch) => dict.map((d) => (d === ch ? 0.9 : 1e-6)));
      (rows[0] as number[])[dict.indexOf('≥')] = sign;
      (rows[at] as number[])[dict.indexOf('%')] = percent;
      const lines = cell(text, rows[0] as number[]);
      (lines[0] as CellLine).scores.probs = Float32Array.from(rows.flat());
      readPercent(lines, dict);
      readSign(lines, dict);
      return (lines[0] as CellLine).word.text;
    };
    expect(read('29596', 0.006, 0.21)).toBe('≥95%');
    expect(read('29596', 1e-6, 0.21)).toBe('295%'); // no sign where the 2 was: a 2 it stays
    expect(read('29596', 0.006, 0.01)).toBe('29596'); // no % either: digits, an amount's 2 kept
    expect(read('29096', 0.006, 0.21)).toBe('≥90%');
    expect(read('29596', 0.006, 0.21, 1)).toBe('29596'); // a % is no figure's middle: three characters after it
  });
});

describe('skew', () => {
  test('lines of text 24 px tall at 0.8° (a 150-dpi scan rendered at 300): the angle found is 0.8°, not 0°', () => {
    // every other row is sampled: with one-pixel bins, 0° alone would leave every other bin
    // empty and about double the score of any ink more than a pixel tall
    const width = 1600;
    const height = 700;
    const data = new Uint8Array(width * height).fill(255);
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const t = Math.tan((0.8 * Math.PI) / 180);
    for (let top = 40; top < 620; top += 40) {
      for (let x = 40; x < 1560; x++) {
        for (let dy = 0; dy < 24; dy++) if (rnd() < 0.4) data[Math.round(top + dy + x * t) * width + x] = 0; // falling to the right
      }
    }
    expect(skewAngle({ width, height, data })).toBeCloseTo(0.8, 1);
  });

  test('rules printed grey count for the skew: a table ruled at 190, falling 0.5°, with no black ink at all', () => {
    const width = 1600;
    const height = 700;
    const data = new Uint8Array(width * height).fill(255);
    const t = Math.tan((0.5 * Math.PI) / 180);
    for (let top = 40; top < 620; top += 50) for (let x = 40; x < 1560; x++) for (const dy of [0, 1]) data[Math.round(top + dy + x * t) * width + x] = 190;
    expect(skewAngle({ width, height, data })).toBeCloseTo(0.5, 1);
  });
});

describe('characters read where nothing is printed', () => {
  test('a character read in a blank stretch (a header spaced over its cell: 支      出) is noise, dropped; the printed ones stay', () => {
    // 支 at 0-33, 出 at 200-233 on a 40-px line; the model read 支爾出, 爾 in column 3 of 6 (x ≈ 117)
    const width = 240;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    for (const [a, b] of [[0, 33], [200, 233]] as const) for (let y = 5; y < 35; y++) img.data.fill(0, y * width + a, y * width + b + 1);
    const chars = [
      { char: '支', at: 0, prob: 0.9 },
      { char: '爾', at: 2, prob: 0.3 },
      { char: '出', at: 5, prob: 0.9 },
    ];
    expect(textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, { columns: 6, x0: 0, width, text: '支爾出', conf: 0.3, chars })).toBe('支出');
  });

  // a 40-px line: 1 (ink 6 px), a bar of grey 214 36 px wide and 2 px high at `row`, 、 (6 px),
  // 部 (34 px), the model's columns 8 px wide; `read` is what it read, each at the column of its ink
  function barred(row: number, read: string, next = '、'): string {
    const width = 130;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    for (let y = 5; y < 35; y++) img.data.fill(0, y * width, y * width + 6);
    for (const y of [row, row + 1]) img.data.fill(214, y * width + 14, y * width + 50);
    for (let y = 28; y < 34; y++) img.data.fill(0, y * width + 56, y * width + 62);
    for (let y = 3; y < 37; y++) img.data.fill(0, y * width + 70, y * width + 104);
    const columns: Record<string, number> = { 1: 0, 一: 3, [next]: 7, 部: 10 };
    const chars = [...read].map((char) => ({ char, at: columns[char] as number, prob: 0.9 }));
    return textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, { columns: 17, x0: 0, width: 136, text: read, conf: 0.9, chars });
  }

  // a 40-px line: 一 (a bar 34 px wide at rows 18–21), then `second` (a 、: ink 8 px wide at rows
  // 26–33; or another 一), then 本 (34 px); the model read 一一本 at the columns of their ink
  function numbered(second: '、' | '一'): string {
    const width = 130;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    const ink = (x0: number, x1: number, y0: number, y1: number) => {
      for (let y = y0; y <= y1; y++) img.data.fill(0, y * width + x0, y * width + x1 + 1);
    };
    ink(2, 35, 18, 21);
    if (second === '、') ink(44, 51, 26, 33);
    else ink(42, 75, 18, 21);
    ink(86, 119, 3, 36);
    const chars = [['一', 2], ['一', second === '、' ? 5 : 7], ['本', 12]].map(([char, at]) => ({ char: char as string, at: at as number, prob: 0.9 }));
    return textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, { columns: 17, x0: 0, width: 136, text: '一一本', conf: 0.9, chars });
  }

  test("a 一 read after a numeral whose ink is a 、's (narrow, below the middle) is the numbering's 、; a 一 is a bar", () => {
    expect(numbered('、')).toBe('一、本');
    expect(numbered('一')).toBe('一一本');
  });

  // a 40-px line: 出 (ink 34 px), then a mark 3 px square with its top at `row`, read as .
  function pointAfter(row: number | null): string {
    const width = 60;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    for (let y = 3; y < 37; y++) img.data.fill(0, y * width, y * width + 34);
    if (row !== null) for (let y = row; y < row + 3; y++) img.data.fill(0, y * width + 44, y * width + 47);
    const chars = [{ char: '出', at: 2, prob: 0.9 }, { char: '.', at: 5, prob: 0.6 }];
    return textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, { columns: 8, x0: 0, width: 64, text: '出.', conf: 0.6, chars });
  }

  test('a point read after a hanzi, last, with its ink above the baseline or none, is a speck; one on the baseline is printed', () => {
    expect(pointAfter(19)).toBe('出');
    expect(pointAfter(null)).toBe('出');
    expect(pointAfter(33)).toBe('出.');
  });

  // a 40-px line of hanzi 34 px wide at a pitch of 40 px (钢 结 构 修 · 项 目), the glyph at `lost`
  // printed or left white; the model read 钢结构修项目, its columns 8 px wide, and half saw the
  // fifth glyph (鳝 0.23 where the blank won, as 泉州's 修缮 scanned at 200 dpi)
  function halfSeen(printed: boolean): string {
    const width = 240;
    const img: Gray = { width, height: 40, data: new Uint8Array(width * 40).fill(255) };
    for (const k of [0, 1, 2, 3, 4, 5]) if (k !== 4 || printed) for (let y = 3; y < 37; y++) img.data.fill(0, y * width + 40 * k, y * width + 40 * k + 34);
    const chars = [...'钢结构修项目'].map((char, i) => ({ char, at: [2, 7, 12, 17, 27, 32][i] as number, prob: 0.95 }));
    return textByInk(img, { x0: 0, y0: 0, x1: width, y1: 40 }, { columns: 30, x0: 0, width, text: '钢结构修项目', conf: 0.95, chars, unread: [{ char: '鳝', at: 22, prob: 0.23 }] });
  }

  test("a glyph the model half saw (a hanzi of 0.1 or more where the blank won) on ink a glyph's room wide between two read hanzi is put back", () => {
    expect(halfSeen(true)).toBe('钢结构修鳝项目'); // 鳝 is 缮's look-alike: 修鳝 is 修缮 (look-alike words)
    expect(lookAlikeWords(halfSeen(true))).toBe('钢结构修缮项目');
    // no ink there (a letter-spaced line's white): nothing
    expect(halfSeen(false)).toBe('钢结构修项目');
  });

  test('a 一 greyed by blur (211–216) is printed: put back where the line reader passed over it, kept where it read it', () => {
    expect(barred(19, '1、部')).toBe('1一、部');
    expect(barred(19, '1一、部')).toBe('1一、部');
    // not a bar at the top or bottom of the line (a rule's remains), nor one before a digit (a dash)
    expect(barred(3, '1、部')).toBe('1、部');
    expect(barred(19, '15部', '5')).toBe('15部');
  });
});

describe('lines the page layout passed over', () => {
  const SCALE = 300 / 72;
  // a 12 pt line (50 px): a title at the left, read; 单位：元 at the right margin, not read
  const img: Gray = { width: 1200, height: 300, data: new Uint8Array(1200 * 300).fill(255) };
  const ink = (x0: number, y0: number, x1: number, y1: number): void => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x += 3) img.data[y * 1200 + x] = 0; // strokes 3 px apart
  };
  ink(100, 100, 500, 149);
  ink(1000, 100, 1180, 149);
  ink(600, 200, 620, 249); // a lone mark narrower than a character
  ink(100, 280, 900, 282); // 3 px: a speck's height, no line of text

  test('ink outside the boxes read is cut into lines; fragments and specks are not lines', () => {
    expect(missedLines(img, [{ x0: 100, y0: 100, x1: 501, y1: 150 }], SCALE)).toEqual([{ x0: 1000, y0: 100, x1: 1181, y1: 150 }]);
  });

  test('texts of one band further apart than one and a half line heights are two lines', () => {
    expect(missedLines(img, [], SCALE).map((b) => [b.x0, b.x1])).toEqual([[100, 500], [1000, 1181]]);
  });
});

describe('pages scanned sideways or upside down', () => {
  // 3 × 2 pixels:  a b c
  //                d e f
  const img: Gray = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
  test('a quarter turn clockwise puts the left column on top, reversed; a half turn reverses all', () => {
    expect(turn(img, 90)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(turn(img, 180)).toEqual({ width: 3, height: 2, data: Uint8Array.from([6, 5, 4, 3, 2, 1]) });
    expect(turn(img, 270)).toEqual({ width: 2, height: 3, data: Uint8Array.from([3, 6, 2, 5, 1, 4]) });
  });

  test("a turned page's frame maps its display space back to the page's user space", () => {
    // a 600 × 800 pt portrait page with the usual viewport (user y up): display (x, y) is user (x, 800 − y)
    const frame = { number: 1, width: 600, height: 800, toUser: [1, 0, 0, -1, 0, 800] as [number, number, number, number, number, number] };
    const t90 = turnedFrame(frame, 90);
    expect([t90.width, t90.height]).toEqual([800, 600]);
    // turned clockwise, the page's top left corner is the turned page's top right
    expect(apply(t90.toUser, 800, 0)).toEqual([0, 800]);
    expect(apply(turnedFrame(frame, 180).toUser, 600, 800)).toEqual([0, 800]);
    expect(apply(turnedFrame(frame, 270).toUser, 0, 600)).toEqual([0, 800]);
  });
});

describe('shadows', () => {
  // 400 × 100: paper 140 (a shadow) on the left half, 250 on the right; a 10-px ink stroke
  // across, 70 in the light and as much darker in the shadow (39)
  const page = (left: number): Gray => {
    const data = new Uint8Array(400 * 100);
    for (let y = 0; y < 100; y++) for (let x = 0; x < 400; x++) data[y * 400 + x] = x < 200 ? left : 250;
    for (let y = 45; y < 55; y++) for (let x = 20; x < 380; x++) data[y * 400 + x] = x < 200 ? Math.round((left * 70) / 250) : 70;
    return { width: 400, height: 100, data };
  };

  test('paper in a shadow is lifted to white and ink under it to its own darkness; a page without one is left as it is', () => {
    const clean = { rules: page(250), text: page(250), cells: page(250) };
    expect(withoutShadow(clean)).toBe(clean);
    const img = page(140);
    const { rules } = withoutShadow({ rules: img, text: img, cells: img });
    expect(rules.data[10 * 400 + 30]).toBe(255); // shadowed paper
    expect(rules.data[50 * 400 + 30]).toBe(71); // the stroke in the shadow: 39 × 255 / 140
    expect(rules.data[50 * 400 + 390]).toBe(250); // paper in the light, untouched
  });
});
