// The OCR reader's general rules, one by one: other readings of an amount cell (a lost or
// misread decimal point), double rules snapped to one, a red seal dropped.
import { binarize, readPnm, upscale } from '../../../src/readers/ocr/bitmap.js';
import { amountReadings, cellLines, pageText } from '../../../src/readers/ocr/pages.js';
import type { OcrWord } from '../../../src/readers/ocr/tesseract.js';
import { snapDoubles } from '../../../src/readers/ocr/rules.js';

describe('amount readings', () => {
  test("the general pass's reading, then the point put back or read in place of a digit", () => {
    // 15.92 blurred: the digits pass reads the point as a 3, the general pass drops it
    expect(amountReadings('15392', ['1592'])).toEqual(['1592', '153.92', '15.92', '1.92']);
    expect(amountReadings('494', ['4,94'])).toEqual(['4,94', '4.94']); // a point read as a comma
    expect(amountReadings('1,038.81', ['1038.81'])).toEqual(['1038.81']); // has its point: nothing to repair
    expect(amountReadings('200.00', ['二百'])).toEqual([]); // the general pass read no amount
    expect(amountReadings('7.75', ['好人', ', 7.75', '7.79'])).toEqual(['7.79']); // the enhanced digits pass's (', 7.75' is the same figure)
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

describe('cell text', () => {
  test("a cell's words in tesseract's order, one run per line, whatever their boxes", () => {
    const w = (text: string, x0: number, y0: number, line = '1.1.1'): OcrWord => ({ image: 0, line, text, conf: 0.9, x0, y0, x1: x0 + 10, y1: y0 + 30 });
    // 四 boxed small and low, right of 费 by its box
    const words = [w('二', 0, 0), w('十', 20, 0), { ...w('四', 200, 25), y1: 28 }, w('、', 40, 0), w('预', 60, 0), w('备', 80, 0), w('费', 100, 0)];
    expect(cellLines(words).map((x) => [x.text, x.x0, x.x1])).toEqual([['二十四、预备费', 0, 210]]);
    expect(cellLines([w('十一、节能环保支出', 0, 0), { ...w('AN', 90, 0), conf: 0.3 }]).map((x) => x.text)).toEqual(['十一、节能环保支出']);
    expect(cellLines([w('其中', 0, 0), w(':', 40, 0), w('公务用车', 50, 0), w('10', 0, 40, '1.1.2'), w('台', 30, 40, '1.1.2')]).map((x) => x.text)).toEqual(['其中：公务用车', '10台']);
  });
});

describe('digits crops', () => {
  test('enlarged bilinearly, then black and white at the threshold between ink and paper', () => {
    const img = { width: 3, height: 2, data: new Uint8Array([0, 100, 200, 50, 150, 250]) };
    const big = upscale(img, 2);
    expect([big.width, big.height]).toEqual([6, 4]);
    expect(Array.from(big.data.subarray(0, 6))).toEqual([0, 25, 75, 125, 175, 200]);
    expect(Array.from(binarize({ width: 4, height: 1, data: new Uint8Array([20, 40, 220, 240]) }).data)).toEqual([0, 0, 255, 255]);
  });
});

describe('rules from a bitmap', () => {
  test('a double (or blurred thick) rule is one; rules a row apart stay two', () => {
    const h = (at: number, from = 0, to = 300) => ({ axis: 'h' as const, at, from, to });
    expect(snapDoubles([h(152.6), h(155.5), h(170)]).map((s) => s.at)).toEqual([152.6, 152.6, 170]);
    // parallel but side by side (no common stretch): not the same rule
    expect(snapDoubles([h(100, 0, 100), h(103, 200, 300)]).map((s) => s.at)).toEqual([100, 103]);
  });

  test('black print and blue ink are ink; a red seal is not', () => {
    const ppm = (px: number[][]): Uint8Array => new Uint8Array([...Buffer.from(`P6\n${px.length} 1\n255\n`, 'latin1'), ...px.flat()]);
    const img = readPnm(ppm([[20, 20, 20], [220, 40, 40], [47, 117, 181], [110, 20, 20]]));
    expect(img.data[0]).toBe(20); // print
    expect(img.data[1]).toBeGreaterThan(200); // the seal's red
    expect(img.data[2]).toBeLessThan(100); // a blue title (江苏)
    expect(img.data[3]).toBeLessThan(180); // print under the seal stays dark enough for a rule
  });
});
