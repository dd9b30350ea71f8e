import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InputError, isSystemError, type Problem } from '../lib/errors.js';
import { type DocumentSource, documentEntry, type EntryBytes } from './document-entry.js';
import { PartsCache } from './parts-cache.js';

/** Fewer documents than this are built on the main thread: starting workers would cost more. */
export const POOL_FROM = 16;
const ROLE = 'stepanakert-document-parts';
/** A worker's old generation: one document's stages need a few MiB; more only delays collection. */
const WORKER_HEAP_MB = 48;

type Reply =
  | { id: number; key: string; built: boolean; entry: Uint8Array }
  | { id: number; problems: Problem[] }
  | { id: number; system: SystemFault }
  | { id: number; message: string; stack?: string }
  | { id: number; stopped: Error };

/** A failed system call, as it crosses from a worker: what the main thread reports it by. */
type SystemFault = Pick<
  NodeJS.ErrnoException,
  'message' | 'code' | 'errno' | 'syscall' | 'path'
> & {
  dest?: string;
};

/** An error of a worker, as the main thread would have thrown it: an input error, a system error, or a bug. */
function replyOf(id: number, e: unknown): Reply {
  if (e instanceof InputError) return { id, problems: e.problems };
  if (isSystemError(e)) {
    const { message, code, errno, syscall, path, dest } = e as SystemFault;
    return { id, system: { message, code, errno, syscall, path, dest } };
  }
  return { id, message: (e as Error).message, stack: (e as Error).stack };
}

/** The error a reply carries, made again on the main thread. */
function errorOf(r: Exclude<Reply, { entry: Uint8Array }>): Error {
  if ('problems' in r) return new InputError(r.problems);
  if ('stopped' in r) return r.stopped;
  if ('system' in r) return Object.assign(new Error(r.system.message), r.system);
  return Object.assign(new Error(r.message), { stack: r.stack });
}

/** The error of a worker whose heap ran out: its documents are built on the main thread instead. */
export const outOfHeap = (e: unknown) =>
  (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** Buffers come back from a structured clone as plain Uint8Arrays. */
const buffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/**
 * Workers that read, key and build documents (documentEntry), each on a core of its own: the
 * main thread only sends folder names and appends what comes back. Results come back in any
 * order; the build takes them in document order, so the files do not depend on which worker was
 * quicker. An input or system error in a worker is the same error the main thread would have
 * thrown.
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
    private readonly source: DocumentSource,
    private readonly cache: PartsCache,
    size = Math.min(3, availableParallelism()),
  ) {
    this.workers = Array.from({ length: size }, () => this.start());
  }

  private start(): Worker {
    const w = new Worker(fileURLToPath(import.meta.url), {
      // the gazetteer the main thread read (never read again) and the cache it opened
      workerData: {
        role: ROLE,
        source: this.source,
        cache: {
          dir: this.cache.dir,
          keeps: this.cache.keeps,
          fingerprint: this.cache.fingerprint,
        },
      },
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

  /** One document's entry (documentEntry), by the next worker in turn. */
  entry(folder: string): Promise<EntryBytes> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        worker,
        reply: (r) => {
          this.waiting.delete(id);
          if ('entry' in r) resolve({ key: r.key, built: r.built, bytes: buffer(r.entry) });
          else reject(errorOf(r));
        },
      });
      worker.postMessage({ id, folder });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Whether this process can start workers: only the bundle is a file a worker can run. */
export const canPool = () => fileURLToPath(import.meta.url).endsWith('.mjs');

/** In a worker of the pool: the entry of each document sent, or its error. */
export function servePool(): boolean {
  if (isMainThread || workerData?.role !== ROLE || !parentPort) return false;
  const port = parentPort;
  const source = workerData.source as DocumentSource;
  const { dir, keeps, fingerprint } = workerData.cache;
  const cache = new PartsCache(dir, keeps, { fingerprint });
  port.on('message', ({ id, folder }: { id: number; folder: string }) => {
    try {
      const { key, built, bytes } = documentEntry(source, cache, folder);
      // handed over rather than copied: a buffer of its own (copied first if it shares one)
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const entry = own ? bytes : Uint8Array.from(bytes);
      port.postMessage({ id, key, built, entry } satisfies Reply, [entry.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage(replyOf(id, e));
    }
  });
  return true;
}
