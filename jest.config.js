// ESM TypeScript under jest: ts-jest compiles test and source files as ES modules
// (node runs with --experimental-vm-modules, see package.json), so ESM-only
// dependencies such as p-queue and pdfjs-dist load as they do in production.
/** @type {import('jest').Config} */
export default {
  testEnvironment: '<rootDir>/test/environment.cjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // one worker a core (jest's default leaves one idle: one worker on a 2-core CI machine, where
  // the OCR suites spend much of their time waiting on tesseract): 1,070 s → 634 s here
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/test/reporters/summary-line.cjs'],
  // the queue tests leave a BullMQ/ioredis handle open that was not found in time (docs: known
  // issues); without this a finished run would wait for it forever
  forceExit: true,
};
