// The parts of one disclosure read in one run (a 情况说明 and its 报表: the same package_id)
// are linked after the batch: each lists the others (package_partners), and the narrative
// part's figures are checked against the lines of its tables part. It works on the rendered
// entries, so documents served from the cache link the same way, and it changes only the
// entries of linked parts.
import { BudgetLine, DocumentRecord, FigureRecord } from '../schema/records.js';
import type { RenderedEntry } from '../sink/render.js';
import { renderLine } from '../sink/render.js';
import { figureChecks } from '../validate/checks/index.js';
import { figureOf } from '../validate/narrative/figures.js';

interface Part {
  doc_id: string;
  source: string;
  part: DocumentRecord['package_part'];
}

/** Entries are keyed by source and doc_id: the same bytes under two names are two inputs. */
const entryKey = (source: string, doc_id: string): string => `${source}\u0000${doc_id}`;

/** What linking changes in an entry: its document line and the checks added. */
export interface PackagePatch {
  document: string;
  checks: string;
  failed_checks: string[];
}

const parseLines = <T>(text: string, parse: (v: unknown) => T): T[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => parse(JSON.parse(l)));

const documentOf = (entry: RenderedEntry): DocumentRecord | null => parseLines(entry.text['documents.jsonl'], (v) => DocumentRecord.parse(v))[0] ?? null;

/**
 * Patches by source and doc_id for the linked parts; `entries` is called twice (a summary pass, then
 * the linked entries' lines), so a large run never holds more than the linked documents.
 */
export async function linkPackages(entries: () => AsyncIterable<RenderedEntry>): Promise<Map<string, PackagePatch>> {
  const packages = new Map<string, Part[]>();
  for await (const entry of entries()) {
    const doc = documentOf(entry);
    if (!doc?.package_id) continue;
    const parts = packages.get(doc.package_id) ?? [];
    if (!parts.some((p) => p.doc_id === doc.doc_id)) parts.push({ doc_id: doc.doc_id, source: doc.source, part: doc.package_part });
    packages.set(doc.package_id, parts);
  }
  const linked = [...packages.values()].filter((parts) => parts.length > 1);
  if (linked.length === 0) return new Map();

  const wanted = new Set(linked.flat().map((p) => entryKey(p.source, p.doc_id)));
  const loaded = new Map<string, RenderedEntry>();
  for await (const entry of entries()) {
    const key = entry.input.doc_id ? entryKey(entry.input.source, entry.input.doc_id) : null;
    if (key && wanted.has(key)) loaded.set(key, entry);
  }

  const patches = new Map<string, PackagePatch>();
  for (const parts of linked) {
    const tables = parts.filter((p) => p.part === 'tables' || p.part === 'complete').sort((a, b) => a.source.localeCompare(b.source))[0];
    for (const p of parts) {
      const entry = loaded.get(entryKey(p.source, p.doc_id));
      const doc = entry && documentOf(entry);
      if (!entry || !doc) continue;
      const partners = parts.filter((o) => o.doc_id !== p.doc_id).map((o) => o.doc_id).sort();
      const checks = p.part === 'narrative' && tables ? crossChecks(entry, loaded.get(entryKey(tables.source, tables.doc_id))) : [];
      const failed = checks.filter((c) => c.status === 'fail').map((c) => c.check);
      const checks_failed = doc.checks_failed + failed.length;
      const status = failed.length > 0 && doc.status === 'ok' ? 'partial' : doc.status;
      patches.set(entryKey(p.source, p.doc_id), {
        document: renderLine('documents.jsonl', { ...doc, package_partners: partners, checks_failed, status }),
        checks: checks.map((c) => renderLine('checks.jsonl', c)).join(''),
        failed_checks: failed,
      });
    }
  }
  return patches;
}

/** The narrative part's labelled figures against the tables part's lines. */
function crossChecks(narrative: RenderedEntry, tables: RenderedEntry | undefined) {
  if (!tables || !narrative.input.doc_id) return [];
  const figures = parseLines(narrative.text['figures.jsonl'], (v) => FigureRecord.parse(v)).flatMap((f) =>
    f.label === null ? [] : [figureOf({ ...f, label: f.label })],
  );
  const lines = parseLines(tables.text['budget_lines.jsonl'], (v) => BudgetLine.parse(v));
  return figureChecks(narrative.input.doc_id, lines, figures);
}

/** The entries with their patches applied, in the same order. */
export async function* patched(entries: AsyncIterable<RenderedEntry> | Iterable<RenderedEntry>, patches: ReadonlyMap<string, PackagePatch>): AsyncGenerator<RenderedEntry> {
  for await (const entry of entries) {
    const patch = entry.input.doc_id ? patches.get(entryKey(entry.input.source, entry.input.doc_id)) : undefined;
    yield patch
      ? {
          ...entry,
          text: { ...entry.text, 'documents.jsonl': patch.document, 'checks.jsonl': entry.text['checks.jsonl'] + patch.checks },
          failed_checks: [...entry.failed_checks, ...patch.failed_checks],
        }
      : entry;
  }
}
