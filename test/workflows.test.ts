import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { archiveName, home } from '../pipeline/metadata/home.js';
import { cleanTempDirs, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix: Record<string, unknown[]> } }>;
}

const read = (name: string) => readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
const load = (name: string) => parse(read(name)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe('the GitHub workflows', () => {
  it.each(['ci.yml', 'release.yml'])('%s is a valid workflow (@action-validator/core)', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the validator does catch a broken workflow', () => {
    expect(
      validateWorkflow('on: push\njobs:\n  a:\n    steps: []\n').errors.length,
    ).toBeGreaterThan(0);
  });

  it('runs make test on every push and pull request, on Node 20 and 22, with the npm cache', () => {
    const w = load('ci.yml');
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push']);
    expect(w.jobs.test?.strategy?.matrix.node).toEqual(['20', '22']);
    const s = steps(w);
    expect(s.find((x) => x.uses?.startsWith('actions/setup-node@'))?.with).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'node-version': '${{ matrix.node }}',
      cache: 'npm',
    });
    expect(
      s.map((x) => x.run).filter((r) => r?.startsWith('make') || r?.startsWith('git')),
    ).toEqual([
      'make',
      'git add --intent-to-add -- dist && git diff --exit-code --stat -- dist',
      'make test',
    ]);
    // the explorer tests find the runner's Chrome through CHROMIUM
    expect((w.jobs.test as { env?: Record<string, string> }).env).toEqual({
      CHROMIUM: '/usr/bin/google-chrome',
    });
  });

  it('ci.yml fails on a stale dist/: the check after make sees a changed or added file', () => {
    const check = steps(load('ci.yml')).find((x) => x.run?.includes('git diff'))?.run ?? 'missing';
    const repo = tempDir();
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    git('init', '-q');
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist/a.csv'), 'a\n');
    git('add', '.');
    git('commit', '-qm', 'dist');
    const run = () => spawnSync('bash', ['-eu', '-c', check], { cwd: repo, encoding: 'utf8' });
    expect(run().status).toBe(0);
    writeFileSync(join(repo, 'dist/a.csv'), 'b\n');
    expect(run().status).toBe(1);
    git('checkout', '--', 'dist');
    writeFileSync(join(repo, 'dist/b.csv'), 'new\n');
    expect(run().status).toBe(1);
  });

  it('releases on a version tag: build, check, refuse a mismatched version, zip, publish to npm, attach the files', () => {
    const w = load('release.yml');
    expect(w.on).toEqual({ push: { tags: ['v*'] } });
    expect((w as unknown as { permissions: unknown }).permissions).toEqual({
      contents: 'write',
      'id-token': 'write',
    });
    const runs = steps(w)
      .map((x) => x.run)
      .filter((r): r is string => r !== undefined && !r.includes('\n'));
    expect(runs).toEqual([
      'make',
      'make check',
      // the same stale-dist/ check as ci.yml: a changed or an added file fails the release
      'git add --intent-to-add -- dist && git diff --exit-code --stat -- dist',
      'make archive',
      `gh release create "$GITHUB_REF_NAME" $(find dist -type f | LC_ALL=C sort) build/${archiveName()} --title "Dataset $GITHUB_REF_NAME" --notes-file CHANGELOG.md --verify-tag`,
    ]);
    const publish = steps(w).find((x) => x.name === 'Publish the package to npm with provenance');
    expect(publish?.run?.trim().split('\n').at(-1)).toBe(
      'npm publish --provenance --access public',
    );
    // publishing comes after the checks and the zip, before the release
    const names = steps(w).map((x) => x.name);
    expect(names.indexOf(publish?.name)).toBeGreaterThan(
      names.indexOf('Zip the whole data package reproducibly'),
    );
    const guard =
      steps(w).find((x) => x.name === 'Refuse a tag that differs from the dataset version')?.run ??
      '';
    const run = (tag: string) =>
      spawnSync('bash', ['-eu', '-c', guard], {
        cwd: ROOT,
        env: { ...process.env, GITHUB_REF_NAME: tag },
        encoding: 'utf8',
      });
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(run(`v${version}`).status).toBe(0);
    const wrong = run('v9.9.9');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toBe(
      `::error title=Version mismatch::tag v9.9.9, package.json ${version}, datapackage.json ${version}: bump the version in package.json and CHANGELOG.md, rebuild, and tag again\n`,
    );
  });

  it('the release refuses to run in a repository other than the one schemas/dataset.json declares', () => {
    const w = load('release.yml');
    const names = steps(w).map((x) => x.name);
    const step = steps(w).find(
      (x) => x.name === 'Refuse a repository other than the declared home',
    );
    // first of all, before anything is built or published
    expect(names.indexOf(step?.name)).toBe(2);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect((step as { env?: unknown }).env).toEqual({ REPOSITORY: '${{ github.repository }}' });
    const run = (repository: string) =>
      spawnSync('bash', ['-eu', '-c', step?.run ?? 'false'], {
        cwd: ROOT,
        env: { ...process.env, REPOSITORY: repository },
        encoding: 'utf8',
      });
    expect(run(home().slug).status).toBe(0);
    const fork = run('someone/fork');
    expect({ status: fork.status, stdout: fork.stdout }).toEqual({
      status: 1,
      stdout: `::error file=schemas/dataset.json,title=Repository mismatch::schemas/dataset.json declares ${home().repository}, but this release runs in https://github.com/someone/fork: correct "repository" in schemas/dataset.json, rebuild, and tag again\n`,
    });
  });
});
