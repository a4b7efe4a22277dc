// The same printed pages re-distilled by ghostscript (gs -sDEVICE=pdfwrite, as ps2pdf and many
// print-to-PDF drivers run it): the ToUnicode maps it writes for the CJK fonts of 江苏's PDFs are
// wrong for part of their glyphs (、 read as 1, 功 as ß, 其 as w, 分 as V), so a page's text is
// mostly right and under the garbled-page threshold. Before, such pages were read as text: the
// re-distilled 省委办公厅 2018 read its 收支预算总表 as 三1w他资金 and ß能分类, silently.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readExpected } from '../../../src/accuracy/expected.js';
import { brokenFonts, markBrokenFonts, tallyFont, type FontTally } from '../../../src/readers/pdf/garbled.js';
import { processDocument } from '../../../src/pipeline/process.js';
import { withoutOcr } from '../../helpers/without-ocr.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'redistilled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF re-distilled by ghostscript (pages `first`…`last` only, when given). */
async function redistilled(input: string, name: string, pages?: [number, number]): Promise<Uint8Array> {
  const out = join(dir, name);
  const range = pages ? [`-dFirstPage=${pages[0]}`, `-dLastPage=${pages[1]}`] : [];
  await run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', ...range, '-o', out, input]);
  return new Uint8Array(readFileSync(out));
}

const tally = (...texts: string[]): FontTally => {
  const t = { chars: 0, implausible: 0, strayLatin: 0 };
  for (const s of texts) tallyFont(t, s);
  return t;
};

describe('fonts whose map is broken', () => {
  test('stray Latin letters in a font are a broken map; rare hanzi, ㎡ and pinyin are not', () => {
    const fonts = new Map([
      // what the re-distilled 省委办公厅 PDF's 宋体 reads (收支预算总表, its page 3)
      ['redistilled', tally('一1财政拨款', '三1w他资金', 'ß能分类', 'ß能科目名称', '城乡社{支出', '一般|共预算Ā本支出', '1ÿ¯费')],
      // 北京 交通委's fee table: 11 ㎡ in 276 characters, the corpus's most implausible font
      ['square-metres', tally('北京市城市道路挖掘修复费标准', '元/㎡'.repeat(11), '沥青混凝土路面快速路主干路次干路支路'.repeat(12))],
      // a font of a few names only, with rare hanzi (广州 水务局)
      ['rare-hanzi', tally('广州市水务局', '潖江水库', '査看', '鲃鱼涌', '孖涌泵站', '流溪河', '增江')],
      ['pinyin', tally('Lǚ Yóu Jú', 'Wèi Shēng Jiàn Kāng', 'Nǚ ü é ê')],
    ]);
    expect([...brokenFonts(fonts)]).toEqual(['redistilled']);
  });

  test('a page drawing a few characters in a font broken over the document is garbled too', () => {
    // what pdf.js gives for the Chromium sample's fonts without their ToUnicode maps (text-layers.test.ts)
    const pages = [
      { fonts: new Map([['glyph-ids', tally('\u0015\u0013\u0015\u0017ᠣ䪗侗刳㕆ঐ᨞ଛ᢯ゝᤄ', '䪗侗刳㕆ଛ᢯䈗', '䪗侗刳㕆ụỞ᧪䈗 \u0014')]]), garbled: true },
      { fonts: new Map([['glyph-ids', tally('䪗侗刳')], ['sound', tally('一般公共预算支出表（单位：万元）合计基本支出项目支出')]]), garbled: false },
      { fonts: new Map([['sound', tally('政府性基金预算支出表')]]), garbled: false },
    ];
    markBrokenFonts(pages);
    expect(pages.map((p) => p.garbled)).toEqual([true, true, false]);
  });

  test('the re-distilled 省委办公厅 2018 is not read from its text layer: GARBLED_TEXT for its 15 pages without OCR', async () => {
    const bytes = await redistilled(readExpected('expected/real/jiangsu-shengwei-2018.jsonl').input, 'shengwei.pdf');
    const r = await withoutOcr(() => processDocument({ bytes, source: 'shengwei.pdf' }));
    expect(r.kind === 'error' && r.error.code).toBe('GARBLED_TEXT');
    expect(r.kind === 'error' && r.error.message).toContain('page(s) 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 ');
  });

  test('its page read by OCR instead: the 政协办公厅 2018 一般公共预算支出预算表 as printed', async () => {
    const expected = readExpected('expected/real/jiangsu-zhengxie-2018.jsonl');
    const bytes = await redistilled(expected.input, 'zhengxie-p7.pdf', [7, 7]);
    const r = await processDocument({ bytes, source: 'zhengxie-p7.pdf' });
    expect(r.kind).toBe('document');
    if (r.kind !== 'document') return;
    expect(r.output.document.text_source).toBe('ocr');
    const table = 'general_budget_expenditure';
    const lines = (ls: readonly { table: string; code: string | null; name: string | null; amounts: object }[]) =>
      ls.filter((l) => l.table === table).map((l) => [l.code, l.name, l.amounts]);
    expect(lines(r.output.budget_lines)).toEqual(lines(expected.lines));
    expect(lines(expected.lines)).toHaveLength(17);
  });
});
