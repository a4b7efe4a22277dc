// The scheduled form: a run every second, each taking longer than that, never overlapping,
// one log line per run and per skipped run; a bad cron expression is a clear error.
import { runOnSchedule } from '../../src/crawl/schedule.js';

test('runs on the cron expression, never two at once, with a log line per run', async () => {
  const log: string[] = [];
  let active = 0;
  let most = 0;
  const stop = new AbortController();
  const job = async (): Promise<string> => {
    most = Math.max(most, ++active);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    active--;
    return '2 new file(s)';
  };
  setTimeout(() => stop.abort(), 3500);
  await runOnSchedule('* * * * * *', job, { log: (line) => log.push(line), signal: stop.signal });
  expect(most).toBe(1);
  expect(active).toBe(0); // the run in progress finished before the schedule stopped
  expect(log[0]).toMatch(/^\S+ scheduled "\* \* \* \* \* \*": first run at \d{4}-/);
  expect(log.filter((line) => / run \d+ started$/.test(line)).length).toBeGreaterThanOrEqual(1);
  expect(log.filter((line) => / run \d+ finished: 2 new file\(s\); next at /.test(line)).length).toBeGreaterThanOrEqual(1);
  expect(log.some((line) => line.endsWith('skipped a run: the previous run is still going'))).toBe(true);
  expect(log.at(-1)).toMatch(/schedule stopped after \d run\(s\)$/);
});

test('a bad cron expression is refused with an example', async () => {
  await expect(runOnSchedule('every night', async () => '', { log: () => undefined })).rejects.toThrow(
    /^--schedule "every night" is not a cron expression \(.+\): e\.g\. "0 2 \* \* \*" runs at 02:00 every night$/,
  );
});
