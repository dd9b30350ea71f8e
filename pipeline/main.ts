#!/usr/bin/env node
import { servePool } from './stages/parts-pool.js';

// the same bundle runs the CLI, or a worker of the per-document stages (parts-pool.ts)
if (!servePool()) {
  const { main } = await import('./cli.js');
  process.exitCode = await main(process.argv.slice(2));
}
