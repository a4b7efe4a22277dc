// The licence a release carries unless the publisher names another (kept apart from release.ts,
// so the CLI can name it without loading DuckDB).
export const DEFAULT_LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };
