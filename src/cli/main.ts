#!/usr/bin/env node
// The budget-ingest bin.
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2));
