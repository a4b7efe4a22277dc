// Builds data/line-names.txt, the names budget lines are printed with, from the records
// of text-layer documents (the folders `corpus` or `ingest` wrote): what OCR's reading of a line's
// name is checked against (src/readers/ocr/line-names.ts). A name is kept when at least
// MIN_DOCUMENTS documents print it (one document's typo or clipped cell is no name), without its
// numbering (一、 1、 (1) 其中：), in hanzi and brackets only (no codes, no procurement items),
// and not an organization's (a unit's name in 收入总表 names one unit of one city).
//   node dist/scripts/line-names.js <records folder>...
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineNameBody } from '../src/catalogue/line-names.js';

const MIN_DOCUMENTS = 2;
const NAME = /^[\u4e00-\u9fff()、，]{4,}$/;
const ORGANIZATION = /(局|委员会|中心|办公室|院|所|站|队|馆|学校|大学|公司|厅|团|社|台|园|场|机关|本级|\))$/;

const records = (dir: string, file: string): Record<string, unknown>[] =>
  readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

const documents = new Map<string, Set<string>>();
for (const dir of process.argv.slice(2)) {
  const ocr = new Set(records(dir, 'documents.jsonl').filter((d) => d.text_source === 'ocr' || d.text_source === 'mixed').map((d) => d.doc_id as string));
  for (const line of records(dir, 'budget_lines.jsonl')) {
    if (ocr.has(line.doc_id as string) || typeof line.name !== 'string') continue;
    const body = lineNameBody(line.name);
    if (!NAME.test(body) || ORGANIZATION.test(body)) continue;
    documents.set(body, (documents.get(body) ?? new Set()).add(line.doc_id as string));
  }
}
const names = [...documents].filter(([, docs]) => docs.size >= MIN_DOCUMENTS).map(([body]) => body);
// a name clipped by its cell in some documents (其他环境监测与监察支) is the start of a name printed more often
const clipped = (body: string): boolean => names.some((n) => n.length > body.length && n.startsWith(body) && (documents.get(n)?.size ?? 0) > (documents.get(body)?.size ?? 0));
const kept = names.filter((n) => !clipped(n)).sort();
writeFileSync(join('data', 'line-names.txt'), `${kept.join('\n')}\n`);
console.log(`${kept.length} names (${names.length - kept.length} clipped left out) from ${documents.size} printed`);
