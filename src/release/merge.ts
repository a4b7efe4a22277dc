// Several output folders (a year's batches from several machines or runs) as one set of
// documents. A document is its doc_id (the sha256 of its bytes): read twice, in one folder
// (two copies of a file) or in two, it appears once, from its first source in code-unit
// order. Read twice with different records (another pipeline version, or metadata taken
// from another file name) it is a conflict, refused naming both folders.
import { createHash } from 'node:crypto';
import { RECORD_FILES } from '../schema/records.js';
import type { DocumentRecord, ErrorRecord, RecordFile } from '../schema/records.js';
import { compareStrings } from '../sink/compare.js';
import { compareErrors, compareInputs } from '../sink/render.js';
import { groupBy } from '../util/group-by.js';
import { ReleaseInputError } from './read-folder.js';
import type { OutputFolder, RejectedRecord } from './read-folder.js';

/** Record files that hang off a document by doc_id (every one but documents and errors). */
export const DOCUMENT_FILES = (Object.keys(RECORD_FILES) as RecordFile[]).filter((f) => f !== 'documents.jsonl' && f !== 'errors.jsonl');

export interface ReleaseDocument {
  document: DocumentRecord;
  /** the folder it was taken from. */
  folder: string;
  /** its records per file (DOCUMENT_FILES), in file order. */
  records: Map<RecordFile, unknown[]>;
  /** errors.jsonl records of this document (a partly read document). */
  errors: ErrorRecord[];
  /** every source it was read from, its own first. */
  sources: string[];
}

export interface MergedInputs {
  /** in output order: by source, then doc_id. */
  documents: ReleaseDocument[];
  /** errors of the inputs that are no document (nothing read), sorted as errors.jsonl. */
  failed: ErrorRecord[];
  rejected: RejectedRecord[];
  /** records left out because their document's own record was not valid. */
  orphans: number;
  /** per folder, the record files it does not have. */
  absent: { folder: string; files: RecordFile[] }[];
}

interface Occurrence {
  doc: ReleaseDocument;
  /** computed only when another folder has the document too. */
  signature: () => string;
}

export function mergeFolders(folders: OutputFolder[]): MergedInputs {
  const byDocId = new Map<string, Occurrence>();
  const failedByKey = new Map<string, ErrorRecord[]>();
  let orphans = 0;
  for (const folder of folders) {
    const { documents, failed, orphans: lost } = folderDocuments(folder);
    orphans += lost;
    for (const occurrence of documents) {
      const id = occurrence.doc.document.doc_id;
      const seen = byDocId.get(id);
      if (!seen) byDocId.set(id, occurrence);
      else if (seen.signature() !== occurrence.signature()) throw conflict(id, seen.doc, occurrence.doc);
      else keepFirstSource(seen.doc, occurrence.doc);
    }
    for (const [key, errors] of failed) {
      const seen = failedByKey.get(key);
      if (!seen || compareStrings(errors[0]!.source, seen[0]!.source) < 0) failedByKey.set(key, errors);
    }
  }
  // an input that failed in one run and was read in another (a TIMEOUT on a busy machine) is the document
  const failed = [...failedByKey]
    .filter(([key]) => !byDocId.has(key))
    .flatMap(([, errors]) => errors)
    .sort(compareErrors);
  const documents = [...byDocId.values()]
    .map((o) => o.doc)
    .sort((a, b) => compareInputs(a.document, b.document));
  return {
    documents,
    failed,
    rejected: folders.flatMap((f) => f.rejected),
    orphans,
    absent: folders.filter((f) => f.absent.length > 0).map((f) => ({ folder: f.dir, files: f.absent })),
  };
}

/** One folder's documents (each doc_id once) and its failed inputs keyed by doc_id, else source. */
function folderDocuments(folder: OutputFolder): { documents: Occurrence[]; failed: Map<string, ErrorRecord[]>; orphans: number } {
  const documents = folder.records.get('documents.jsonl') as DocumentRecord[];
  const copies = groupBy(documents, (d) => d.doc_id);
  const errors = folder.records.get('errors.jsonl') as ErrorRecord[];
  const grouped = new Map(DOCUMENT_FILES.map((file) => [file, groupBy(folder.records.get(file) as { doc_id: string }[], (r) => r.doc_id)]));
  let orphans = 0;
  for (const byDoc of grouped.values()) for (const [id, records] of byDoc) if (!copies.has(id)) orphans += records.length;

  const occurrences: Occurrence[] = [];
  for (const [id, docs] of copies) {
    const sorted = [...docs].sort((a, b) => compareStrings(a.source, b.source));
    const first = sorted[0]!;
    const records = new Map<RecordFile, unknown[]>();
    for (const file of DOCUMENT_FILES) {
      // each copy of the file wrote the same records again, one copy after another
      const all = grouped.get(file)!.get(id) ?? [];
      const size = all.length / docs.length;
      if (docs.length > 1 && !sameCopies(sorted, all, size)) {
        throw new ReleaseInputError(
          `${folder.dir}: document ${id} was read from ${sorted.map((d) => d.source).join(' and ')} with different records ` +
            `(metadata from the file names, or a changed file): remove one copy and run ingest again`,
        );
      }
      records.set(file, all.slice(0, size));
    }
    const doc: ReleaseDocument = {
      document: first,
      folder: folder.dir,
      records,
      errors: errors.filter((e) => e.doc_id === id && e.source === first.source),
      sources: sorted.map((d) => d.source),
    };
    let signature: string | undefined;
    occurrences.push({ doc, signature: () => (signature ??= signatureOf(first, [...records.values(), doc.errors.map(withoutSource)])) });
  }
  const failed = groupBy(
    errors.filter((e) => e.doc_id === null || !copies.has(e.doc_id)),
    (e) => e.doc_id ?? `source:${e.source}`,
  );
  return { documents: occurrences, failed, orphans };
}

/** The records of each copy of a document (`size` each, one copy after another) and its document records agree. */
function sameCopies(documents: DocumentRecord[], records: unknown[], size: number): boolean {
  if (!Number.isInteger(size)) return false;
  const chunks = documents.map((_, i) => JSON.stringify(records.slice(i * size, (i + 1) * size)));
  return chunks.every((c) => c === chunks[0]) && documents.every((d) => signatureOf(d, []) === signatureOf(documents[0]!, []));
}

/** What must be equal for two readings of one document to be the same: all but where the file was found. */
function signatureOf(document: DocumentRecord, records: unknown[][]): string {
  const { source: _source, source_url: _url, ...rest } = document;
  return createHash('sha256').update(JSON.stringify([rest, records])).digest('hex');
}

function withoutSource(error: ErrorRecord): Omit<ErrorRecord, 'source'> {
  const { source: _source, ...rest } = error;
  return rest;
}

function keepFirstSource(kept: ReleaseDocument, other: ReleaseDocument): void {
  kept.sources = [...new Set([...kept.sources, ...other.sources])].sort(compareStrings);
  if (compareStrings(other.document.source, kept.document.source) < 0) {
    kept.document = other.document;
    kept.folder = other.folder;
    kept.errors = other.errors;
  }
  // a URL known to one run only is still the document's
  if (kept.document.source_url === null && other.document.source_url !== null) kept.document = { ...kept.document, source_url: other.document.source_url };
}

function conflict(id: string, a: ReleaseDocument, b: ReleaseDocument): ReleaseInputError {
  const differs = [
    ...(signatureOf(a.document, []) !== signatureOf(b.document, []) ? ['documents.jsonl'] : []),
    ...DOCUMENT_FILES.filter((f) => JSON.stringify(a.records.get(f)) !== JSON.stringify(b.records.get(f))),
  ];
  return new ReleaseInputError(
    `document ${id} (${a.document.source}) differs between ${a.folder} and ${b.folder} (${differs.join(', ') || 'errors.jsonl'}): ` +
      'the folders were written by different pipeline versions or settings; run ingest again with one version over both, or release them separately',
  );
}
