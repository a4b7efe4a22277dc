import type { InputFile } from '../input/collect.js';
import type { InputOutcome } from '../sink/render.js';
import { processInput } from './process-input.js';
import type { ProcessSettings, Processor } from './process-input.js';

/**
 * Runs every input through the processor, one at a time. This is the seam for a worker
 * pool: the writer sorts everything, so outcomes may arrive in any order.
 */
export async function* processAll(
  inputs: readonly InputFile[],
  processor: Processor,
  settings: ProcessSettings = {},
): AsyncGenerator<InputOutcome> {
  for (const input of inputs) yield await processInput(input, processor, settings);
}
