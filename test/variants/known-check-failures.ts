// Checks that fail on a variant although every cell is read right, by file name prefix,
// with the reason. None at present: the split-tables variant (a table printed as two Word
// tables, row_index restarting at 0 in the second part) passes since the checks order rows
// by (table_index, row_index) (src/validate/checks/context.ts).
export const KNOWN_CHECK_FAILURES: Record<string, string[]> = {};
