import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageHome } from '../pipeline/metadata/home.js';
import { generateAnnotationTypes, generateTypes } from '../pipeline/types/generate-types.js';
import { cleanTempDirs, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });

describe('the dataset as a package', () => {
  it('the annotation types of the pipeline are generated from schemas/ too (make types)', async () => {
    expect(await generateAnnotationTypes(), 'run `make types`').toBe(
      readFileSync(join(ROOT, 'pipeline/annotations.generated.ts'), 'utf8'),
    );
  });

  it('has row types generated from schemas/ (make types), identical to the committed ones', async () => {
    expect(await generateTypes(), 'run `make types`').toBe(
      readFileSync(join(ROOT, 'package/index.d.ts'), 'utf8'),
    );
  });

  it('is publishable: npm publish --dry-run would publish only the data, the schemas, the loader and their notices', () => {
    const published = JSON.parse(
      npm(['publish', '--dry-run', '--json', '--ignore-scripts'], ROOT),
    ) as Record<string, { id: string; files: { path: string }[] }>;
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const entry = published[pkg.name];
    expect(entry?.id).toBe(`stepanakert-bombardment-2020@${pkg.version}`);
    const files = (entry?.files ?? []).map((f) => f.path).sort();
    const dist = readFileSync(join(ROOT, 'dist/SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => `dist/${l.split('  ')[1]}`);
    expect(files).toEqual(
      [
        'CHANGELOG.md',
        'CITATION.cff',
        'LICENSE',
        'README.md',
        'package.json',
        'package/index.d.ts',
        'package/index.js',
        ...dist,
        'dist/SHA256SUMS',
        ...readFileSync(join(ROOT, 'test/fixtures/schema-files.txt'), 'utf8').trim().split('\n'),
      ].sort(),
    );
  });

  it('is public, licensed for its code and its data, published with provenance, and points home', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect({
      private: pkg.private,
      license: pkg.license,
      publishConfig: pkg.publishConfig,
      repository: pkg.repository,
      homepage: pkg.homepage,
      bugs: pkg.bugs,
    }).toEqual({
      private: undefined,
      // the code is MIT (LICENSE), the data CC BY-SA 4.0 (dist/LICENSE)
      license: 'MIT AND CC-BY-SA-4.0',
      publishConfig: { access: 'public', provenance: true },
      ...packageHome(),
    });
    expect(packageHome()).toEqual({
      repository: {
        type: 'git',
        url: 'git+https://github.com/stepanakert-data/stepanakert-bombardment-2020.git',
      },
      homepage: 'https://github.com/stepanakert-data/stepanakert-bombardment-2020#readme',
      bugs: { url: 'https://github.com/stepanakert-data/stepanakert-bombardment-2020/issues' },
    });
  });

  it('installs from its tarball and imports from plain JavaScript and from TypeScript', () => {
    const work = tempDir();
    const tarball = join(
      work,
      JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT))[0].filename,
    );
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      '{ "name": "app", "private": true, "type": "module" }\n',
    );
    npm(['install', '--no-save', '--offline', '--ignore-scripts', tarball], app);
    const js = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { events, casualties, tables } from 'stepanakert-bombardment-2020'; console.log(events.length, casualties.find((c) => c.qualifier === 'more_than').count_low, Object.keys(tables).join(','))",
      ],
      { cwd: app, encoding: 'utf8' },
    );
    expect(js).toBe(
      '6 13 documents,events,casualties,damage,munitions,actors,claims,event_actors,places,exclusions\n',
    );
    writeFileSync(
      join(app, 'main.ts'),
      `import { casualties, type Casualty, type Event, events } from 'stepanakert-bombardment-2020';
const first: Event | undefined = events[0];
const injured: Casualty[] = casualties.filter((c) => c.outcome === 'injured');
const low: number | null = injured[0]?.count_low ?? null;
// @ts-expect-error outcome is 'killed' | 'injured', never 'wounded'
const wrong: Casualty['outcome'] = 'wounded';
console.log(first?.date_start, low, wrong);
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
      }),
    );
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], {
      cwd: app,
      encoding: 'utf8',
    });
  });
});
