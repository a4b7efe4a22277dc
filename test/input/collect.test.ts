import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs, isJunkName } from '../../src/input/collect.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'collect-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function touch(...parts: string[]): Promise<string> {
  const path = join(root, ...parts);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, 'x');
  return path;
}

describe('collectInputs', () => {
  test('walks folders recursively in path order, skipping hidden files and junk', async () => {
    await touch('b.pdf');
    await touch('a', 'z', 'd.pdf');
    await touch('a', 'c.docx');
    await touch('a', '.hidden.pdf');
    await touch('.git', 'x.pdf');
    await touch('Thumbs.db');
    await touch('a', '.DS_Store');
    await touch('a', 'desktop.ini');
    await touch('~$c.docx');
    await touch('__MACOSX', 'a', 'c.docx');

    const { inputs, missing } = await collectInputs([root]);
    expect(missing).toEqual([]);
    expect(inputs.map((i) => i.source)).toEqual([
      join(root, 'a', 'c.docx'),
      join(root, 'a', 'z', 'd.pdf'),
      join(root, 'b.pdf'),
    ]);
    for (const input of inputs) expect(input.path).toBe(input.source);
  });

  test('the order does not depend on the order of the arguments', async () => {
    const b = await touch('b.pdf');
    const a = await touch('dir', 'a.pdf');
    const one = await collectInputs([b, join(root, 'dir')]);
    const two = await collectInputs([join(root, 'dir'), b]);
    expect(one.inputs).toEqual(two.inputs);
    expect(one.inputs.map((i) => i.source)).toEqual([b, a]);
  });

  test('missing paths are reported, not thrown, and the rest is still collected', async () => {
    const a = await touch('a.pdf');
    const gone = join(root, 'gone.pdf');
    const { inputs, missing } = await collectInputs([gone, a]);
    expect(inputs.map((i) => i.source)).toEqual([a]);
    expect(missing).toEqual([{ source: gone, message: 'no such file or folder: check the path' }]);
  });

  test('a hidden file named explicitly is read', async () => {
    const hidden = await touch('.budget.pdf');
    expect((await collectInputs([hidden])).inputs.map((i) => i.source)).toEqual([hidden]);
  });

  test('a file reached twice is collected once', async () => {
    const a = await touch('dir', 'a.pdf');
    const { inputs } = await collectInputs([a, join(root, 'dir'), a]);
    expect(inputs.map((i) => i.source)).toEqual([a]);
  });

  test('excluded folders (the output folder) are not walked', async () => {
    const a = await touch('a.pdf');
    await touch('out', 'documents.jsonl');
    const { inputs } = await collectInputs([root], { exclude: [join(root, 'out'), join(root, 'not-there')] });
    expect(inputs.map((i) => i.source)).toEqual([a]);
  });

  test('a symbolic link loop does not hang the walk', async () => {
    const a = await touch('dir', 'a.pdf');
    await symlink(join(root, 'dir'), join(root, 'dir', 'loop'));
    const { inputs } = await collectInputs([root]);
    expect(inputs.map((i) => i.source)).toEqual([a]);
  });

  test('sources of files in a folder are the folder as given joined with the relative path', async () => {
    await touch('in', 'x.docx');
    const { inputs } = await collectInputs([join(root, 'in')]);
    expect(inputs).toEqual([{ path: join(root, 'in', 'x.docx'), source: join(root, 'in', 'x.docx') }]);
  });

  test('targets carry metadata to every file under them; a file reached twice keeps the first target\'s', async () => {
    const a = await touch('in', 'a.pdf');
    const b = await touch('in', 'sub', 'b.pdf');
    const { inputs } = await collectInputs([{ path: a, meta: { fiscal_year: 2023 } }, { path: join(root, 'in'), meta: { region_code: '130321' } }]);
    expect(inputs).toEqual([
      { path: a, source: a, meta: { fiscal_year: 2023 } },
      { path: b, source: b, meta: { region_code: '130321' } },
    ]);
  });
});

test('isJunkName', () => {
  expect(['.DS_Store', 'Thumbs.db', 'thumbs.db', '~$预算.docx', '.git', '__MACOSX', 'desktop.ini'].every(isJunkName)).toBe(true);
  expect(['预算.pdf', 'a.docx', 'Thumbs.db.pdf'].some(isJunkName)).toBe(false);
});
