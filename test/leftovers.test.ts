import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markedProcesses, repositoryFiles } from './global-setup.js';
import { cleanTempDirs, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

// The checks the end of every test run makes (test/global-setup.ts), shown to see what they must.
describe('the end of a test run finds what a test left behind', () => {
  it('a process started with the run mark, until it ends', async () => {
    const mark = `STEPANAKERT_TEST_RUN=${tempDir()}`;
    const [name, value] = mark.split('=') as [string, string];
    const child = spawn('sleep', ['60'], {
      stdio: 'ignore',
      env: { ...process.env, [name]: value },
    });
    await new Promise((resolve) => child.once('spawn', resolve));
    expect(markedProcesses(mark)).toEqual([{ pid: child.pid, command: 'sleep 60' }]);
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await ended;
    expect(markedProcesses(mark)).toEqual([]);
  });

  it('a file added to a folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'a');
    const before = repositoryFiles(dir);
    writeFileSync(join(dir, 'left.txt'), 'b');
    expect(repositoryFiles(dir).filter((f) => !before.includes(f))).toEqual(['/left.txt']);
  });
});
