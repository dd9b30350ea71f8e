import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root: the nearest folder above this module with a package.json (works from source, compiled or bundled code). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('no package.json above the pipeline code');
    dir = up;
  }
  return dir;
}

export const ROOT_DIR = findRoot();
export const ROOT_URL = pathToFileURL(`${ROOT_DIR}/`);
