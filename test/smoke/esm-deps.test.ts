import PQueue from 'p-queue';
import * as cheerio from 'cheerio';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

test('ESM-only dependencies load under jest', async () => {
  const q = new PQueue({ concurrency: 2 });
  const r = await q.add(async () => 41 + 1);
  expect(r).toBe(42);
  expect(cheerio.load('<p>x</p>')('p').text()).toBe('x');
  expect(typeof getDocument).toBe('function');
});
