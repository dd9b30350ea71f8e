import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InputError, type Problem } from '../lib/errors.js';
import { documentParts } from './document-parts.js';
import { serialise } from './parts-cache.js';
import type { Gazetteer } from './read-gazetteer.js';
import type { RawDocument } from './read-raw.js';

/** Fewer documents than this are built on the main thread: starting workers would cost more. */
export const POOL_FROM = 16;
const ROLE = 'stepanakert-document-parts';
/** A worker's old generation: one document's stages need a few MiB; more only delays collection. */
const WORKER_HEAP_MB = 48;

type Reply =
  | { id: number; entry: Uint8Array }
  | { id: number; problems: Problem[] }
  | { id: number; message: string; stack?: string }
  | { id: number; stopped: Error };

/** The error of a worker whose heap ran out: its documents are built on the main thread instead. */
export const outOfHeap = (e: unknown) =>
  (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

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
  private readonly waiting = new Map<number, { worker: Worker; reply: (r: Reply) => void }>();
  private next = 0;
  private closing = false;

  /**
   * One worker per core, at most three (the main thread mostly waits for them: it reads,
   * hashes and appends); each with a small heap, so that memory stays flat.
   */
  constructor(
    private readonly gazetteer: Gazetteer,
    size = Math.min(3, availableParallelism()),
  ) {
    this.workers = Array.from({ length: size }, () => this.start());
  }

  private start(): Worker {
    const w = new Worker(fileURLToPath(import.meta.url), {
      // the gazetteer the main thread read and keyed the entries by, never read again
      workerData: { role: ROLE, gazetteer: this.gazetteer },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
    });
    w.on('message', (r: Reply) => this.waiting.get(r.id)?.reply(r));
    w.on('error', (e) => this.stopped(w, e));
    w.on('exit', (code) =>
      this.stopped(w, new Error(`a worker of the build exited (code ${code})`)),
    );
    return w;
  }

  /**
   * A worker that stopped (its heap ran out, an uncaught error, an exit) fails the documents it
   * was given, with its error, and another takes its place: no document waits for it forever.
   */
  private stopped(w: Worker, error: Error): void {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    if (!this.closing) this.workers[i] = this.start();
    for (const [id, waiting] of this.waiting)
      if (waiting.worker === w) waiting.reply({ id, stopped: error });
  }

  /** The parts of one document, built by the next worker in turn, as the bytes of its cache entry. */
  parts(raw: RawDocument): Promise<Buffer> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        worker,
        reply: (r) => {
          this.waiting.delete(id);
          if ('entry' in r) resolve(buffer(r.entry));
          else if ('problems' in r) reject(new InputError(r.problems));
          else if ('stopped' in r) reject(r.stopped);
          else reject(Object.assign(new Error(r.message), { stack: r.stack }));
        },
      });
      worker.postMessage({ id, raw });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Whether this process can start workers: only the bundle is a file a worker can run. */
export const canPool = () => fileURLToPath(import.meta.url).endsWith('.mjs');

/** In a worker of the pool: build each document sent, reply with its parts or its error. */
export function servePool(): boolean {
  if (isMainThread || workerData?.role !== ROLE || !parentPort) return false;
  const port = parentPort;
  const gazetteer = workerData.gazetteer as Gazetteer;
  port.on('message', ({ id, raw }: { id: number; raw: RawDocument }) => {
    try {
      // one buffer, handed over rather than copied
      const entry = serialise(documentParts(revive(raw), gazetteer));
      const own = new Uint8Array(entry.length);
      own.set(entry);
      port.postMessage({ id, entry: own }, [own.buffer]);
    } catch (e) {
      if (e instanceof InputError) port.postMessage({ id, problems: e.problems });
      else port.postMessage({ id, message: (e as Error).message, stack: (e as Error).stack });
    }
  });
  return true;
}
