// Limits that keep one hostile or broken input from taking the batch down: checked on
// the raw bytes (and a zip's central directory) before anything is parsed or inflated.

export interface InputLimits {
  /** files above this size are refused (TOO_LARGE) before they are read. */
  maxFileBytes: number;
  /** zip entries (a .docx has tens, rarely hundreds). */
  zipMaxEntries: number;
  /** sum of the entries' declared uncompressed sizes. */
  zipMaxInflatedBytes: number;
  /** uncompressed ÷ compressed size of any entry above ZIP_RATIO_MIN_BYTES. */
  zipMaxRatio: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  zipMaxEntries: 10_000,
  zipMaxInflatedBytes: 256 * 1024 * 1024,
  // deflate tops out near 1032:1 (what bombs use); real Word XML stays far below 100:1
  zipMaxRatio: 200,
};

/** Small entries may compress extremely well without being a threat. */
export const ZIP_RATIO_MIN_BYTES = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
