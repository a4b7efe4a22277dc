import { readFileSync } from 'fs';
import { openPdf } from './dist/src/readers/pdf/load.js';
import { scanPage } from './dist/src/readers/pdf/page.js';
import { pageRuns } from './dist/src/readers/pdf/text.js';
const [file, pageNo, x0, x1, y0, y1] = process.argv.slice(2).map((v, i) => (i ? Number(v) : v));
const src = await openPdf(new Uint8Array(readFileSync(file)));
const raw = await src.readPage(pageNo);
const scan = scanPage(raw, true);
for (const s of scan.debug.segments) {
  const [sx0, sx1, sy0, sy1] = s.axis === 'h' ? [s.from, s.to, s.at, s.at] : [s.at, s.at, s.from, s.to];
  if (sx1 >= x0 && sx0 <= x1 && sy1 >= y0 && sy0 <= y1) console.log(s.axis, s.at.toFixed(1), s.from.toFixed(1), s.to.toFixed(1));
}
for (const r of pageRuns(raw)) if (r.box.x1 >= x0 && r.box.x0 <= x1 && r.box.y1 >= y0 && r.box.y0 <= y1) console.log('run', JSON.stringify(r.text), r.box.x0.toFixed(1), r.box.y0.toFixed(1), r.box.x1.toFixed(1), r.box.y1.toFixed(1), r.size.toFixed(1));
