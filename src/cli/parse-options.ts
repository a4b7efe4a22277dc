// Option values as people type them: durations (90s, 2m, 500ms) and sizes (100MB, 64KB).
import { InvalidArgumentError } from 'commander';

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** Milliseconds; a bare number is seconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text.trim());
  if (!match) throw new InvalidArgumentError('expected a duration such as 90s, 2m or 500ms');
  const ms = Number(match[1]) * (DURATION_UNITS[(match[2] ?? 's').toLowerCase()] ?? 1000);
  if (ms <= 0) throw new InvalidArgumentError('must be more than 0');
  return ms;
}

/** Bytes; a bare number is bytes. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(text.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 100MB, 512KB or 2GB');
  return Math.round(Number(match[1]) * (SIZE_UNITS[(match[2] ?? 'b').toLowerCase()] ?? 1));
}

export function parseCount(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new InvalidArgumentError('expected a whole number');
  return Number(text);
}

export function parsePositive(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new InvalidArgumentError('expected a number above 0');
  return value;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
