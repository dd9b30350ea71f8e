import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InputError, type Problem } from '../lib/errors.js';
import { type DocumentParts, documentParts } from './document-parts.js';
import { readGazetteer } from './read-gazetteer.js';
import type { RawDocument } from './read-raw.js';

/** Fewer documents than this are built on the main thread: starting workers would cost more. */
export const POOL_FROM = 16;
const ROLE = 'stepanakert-document-parts';
/** A worker's old generation: one document's stages need a few MiB; more only delays collection. */
const WORKER_HEAP_MB = 64;

type Reply =
  | { id: number; parts: DocumentParts }
  | { id: number; problems: Problem[] }
  | { id: number; message: string; stack?: string };

/** Buffers come back from a structured clone as plain Uint8Arrays. */
const buffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
function revive(raw: RawDocument): RawDocument {
  const optional = (f: RawDocument['agreement']) => f && { ...f, bytes: buffer(f.bytes) };
  return {
    ...raw,
    textBytes: buffer(raw.textBytes),
    ...(raw.secondCoding ? { secondCoding: optional(raw.secondCoding) } : {}),
    ...(raw.agreement ? { agreement: optional(raw.agreement) } : {}),
  };
}

/**
 * Workers that run the per-document stages (documentParts) of documents the main thread has
 * read, each on a core of its own. Results come back in any order; the build takes them in
 * document order, so the files do not depend on which worker was quicker. An input error in a
 * worker is the same error the main thread would have thrown.
 */
export class PartsPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (r: Reply) => void>();
  private next = 0;

  /**
   * One worker per core but the main thread's (which reads, writes and hashes meanwhile), at
   * least one, at most three; each with a small heap, so that memory stays flat.
   */
  constructor(rawDir: string, size = Math.min(3, Math.max(1, availableParallelism() - 1))) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(fileURLToPath(import.meta.url), {
        workerData: { role: ROLE, rawDir },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      w.on('message', (r: Reply) => this.waiting.get(r.id)?.(r));
      // a worker that dies fails every document still waiting for it
      w.on('error', (e) => this.failAll(e.message, e.stack));
      return w;
    });
  }

  /** The parts of one document, built by the next worker in turn. */
  parts(raw: RawDocument): Promise<DocumentParts> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (r) => {
        this.waiting.delete(id);
        if ('parts' in r)
          resolve({
            facts: r.parts.facts,
            segments: r.parts.segments.map(([n, b]) => [n, buffer(b)]),
          });
        else if ('problems' in r) reject(new InputError(r.problems));
        else reject(Object.assign(new Error(r.message), { stack: r.stack }));
      });
      worker.postMessage({ id, raw });
    });
  }

  private failAll(message: string, stack?: string): void {
    for (const [id, reply] of this.waiting) reply({ id, message, ...(stack ? { stack } : {}) });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Whether this process can start workers: only the bundle is a file a worker can run. */
export const canPool = () => fileURLToPath(import.meta.url).endsWith('.mjs');

/** In a worker of the pool: build each document sent, reply with its parts or its error. */
export function servePool(): boolean {
  if (isMainThread || workerData?.role !== ROLE || !parentPort) return false;
  const port = parentPort;
  const gazetteer = readGazetteer(workerData.rawDir as string);
  port.on('message', ({ id, raw }: { id: number; raw: RawDocument }) => {
    try {
      port.postMessage({ id, parts: documentParts(revive(raw), gazetteer) });
    } catch (e) {
      if (e instanceof InputError) port.postMessage({ id, problems: e.problems });
      else port.postMessage({ id, message: (e as Error).message, stack: (e as Error).stack });
    }
  });
  return true;
}
