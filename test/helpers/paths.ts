// Paths of the bundled samples and the shared real documents (CI clones the project with ../shared beside it).
import { resolve } from 'node:path';

export const SAMPLE_DOCX = 'samples/qinglong-2024.docx';
export const SHARED = resolve(process.cwd(), '../shared');
