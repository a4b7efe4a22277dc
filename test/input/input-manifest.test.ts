import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '../../src/input/csv.js';
import { ManifestError, readInputManifest } from '../../src/input/input-manifest.js';
import { fillFromMeta } from '../../src/input/metadata.js';
import { documentRecord, sha } from '../sink/fixtures.js';
import { tempDir } from '../cli/helpers.js';

let root: string;
beforeEach(async () => {
  root = await tempDir('manifest-');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parseCsv', () => {
  test('quotes, doubled quotes, commas and line breaks inside quotes, CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['', ''],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
  });
});

describe('readInputManifest', () => {
  test('CSV: paths relative to the manifest, metadata typed, blank cells left out, BOM ignored', async () => {
    const file = join(root, 'list.csv');
    await writeFile(
      file,
      '\uFEFFpath,region_code,department,fiscal_year,source_url,notes\n' +
        'a/预算.pdf,130321,"青龙满族自治县财政局",2024,https://example.org/a.pdf,x\n' +
        '/abs/b.docx,,,,,\n',
    );
    expect(await readInputManifest(file)).toEqual([
      {
        path: join(root, 'a', '预算.pdf'),
        meta: { region_code: '130321', department: '青龙满族自治县财政局', fiscal_year: 2024, source_url: 'https://example.org/a.pdf' },
      },
      { path: '/abs/b.docx' },
    ]);
  });

  test('a CSV saved by Excel as GBK is read', async () => {
    const file = join(root, 'gbk.csv');
    // "path,department\na.pdf,财政局" in GBK
    const gbk = Buffer.concat([Buffer.from('path,department\na.pdf,'), Buffer.from([0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6]), Buffer.from('\n')]);
    await writeFile(file, gbk);
    expect(await readInputManifest(file)).toEqual([{ path: join(root, 'a.pdf'), meta: { department: '财政局' } }]);
  });

  test('JSON Lines: one object per line, numbers or strings', async () => {
    const file = join(root, 'list.jsonl');
    await writeFile(file, '{"path":"a.pdf","fiscal_year":2023,"region_code":"130321"}\n\n{"path":"b.pdf","fiscal_year":"2024"}\n');
    expect(await readInputManifest(file)).toEqual([
      { path: join(root, 'a.pdf'), meta: { fiscal_year: 2023, region_code: '130321' } },
      { path: join(root, 'b.pdf'), meta: { fiscal_year: 2024 } },
    ]);
  });

  test('every bad row is reported with its line before anything is read', async () => {
    const file = join(root, 'bad.csv');
    await writeFile(file, 'path,region_code,fiscal_year\na.pdf,1303,2024\n,130321,\nb.pdf,,2024年\n');
    const error = await readInputManifest(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message.split('\n')).toEqual([
      'the manifest has errors; fix them and re-run:',
      `${file}:2: region_code "1303" is not a 6-digit division code`,
      `${file}:3: no path`,
      `${file}:4: fiscal_year "2024年" is not a year such as 2024`,
    ]);
  });

  test('a CSV without a path column, a line that is not JSON, a missing file', async () => {
    await writeFile(join(root, 'no-path.csv'), 'file,year\na.pdf,2024\n');
    await expect(readInputManifest(join(root, 'no-path.csv'))).rejects.toThrow(/must name the columns, one of them "path"/);
    await writeFile(join(root, 'x.jsonl'), '{"path":"a.pdf"}\n[1]\n');
    await expect(readInputManifest(join(root, 'x.jsonl'))).rejects.toThrow(/x\.jsonl:2: not a JSON object/);
    await expect(readInputManifest(join(root, 'none.csv'))).rejects.toThrow(/cannot read the manifest/);
  });
});

describe('fillFromMeta', () => {
  const doc = { ...documentRecord('a.pdf', sha('a')), fiscal_year: null, region_code: null, metadata_sources: { department: 'cover' } };

  test('fills only what the document lacks and says where it came from', () => {
    const filled = fillFromMeta(doc, { fiscal_year: 2024, region_code: '130321', department: '别的单位', source_url: 'u' });
    expect(filled).toMatchObject({ fiscal_year: 2024, region_code: '130321', department_name: doc.department_name, source_url: 'u' });
    expect(filled.metadata_sources).toEqual({ department: 'cover', fiscal_year: 'input_manifest', region_code: 'input_manifest' });
    expect(filled.warnings).toEqual([
      { code: 'MANIFEST_DISAGREES', message: expect.stringMatching(/^the manifest gives department "别的单位" but the document says .*kept/) },
    ]);
    expect(doc.fiscal_year).toBeNull(); // a copy
  });

  test('without metadata the record is unchanged', () => {
    expect(fillFromMeta(doc, undefined)).toBe(doc);
  });
});
