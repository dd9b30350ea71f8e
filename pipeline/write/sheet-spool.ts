import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { TableName } from '../records/tables.js';
import { FileSink } from './file-sink.js';
import type { FragmentFacts, SheetFragment } from './sheet-fragment.js';

/** A fragment as the spool keeps it: its facts in memory, its deflated bytes in the spool file. */
type Spooled = FragmentFacts & { bytes: number };

/**
 * Each table's sheet fragments, deflated, appended to a file of their own as the documents come
 * (`<dir>/<table>`), and read back in order when the workbook is written after the last one:
 * memory holds a few numbers a document, and the workbook never reads the cache, which another
 * build may change meanwhile.
 */
export class SheetSpool {
  private readonly sinks = new Map<TableName, FileSink>();
  private readonly spooled = new Map<TableName, Spooled[]>();

  constructor(
    readonly dir: string,
    tables: readonly TableName[],
  ) {
    for (const t of tables) {
      this.sinks.set(t, new FileSink(join(dir, t)));
      this.spooled.set(t, []);
    }
  }

  add(table: TableName, fragment: FragmentFacts, deflated: Uint8Array): void {
    this.sinks.get(table)?.write(deflated);
    this.spooled.get(table)?.push({ ...fragment, bytes: deflated.length });
  }

  /** Ends every file: what follows only reads. */
  close(): void {
    for (const sink of this.sinks.values()) sink.close();
  }

  /** A table's fragments in the order they came, each read back from its file. */
  *fragments(table: TableName): Iterable<SheetFragment> {
    const fd = openSync(join(this.dir, table), 'r');
    try {
      let position = 0;
      for (const { bytes, ...fragment } of this.spooled.get(table) ?? []) {
        const deflated = Buffer.alloc(bytes);
        for (let done = 0; done < bytes; )
          done += readSync(fd, deflated, done, bytes - done, position + done) || cutShort(table);
        position += bytes;
        yield { ...fragment, deflated };
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** A spool file shorter than what was written to it: something else changed the build's folder. */
const cutShort = (table: TableName): never => {
  throw new Error(`the spooled sheet of ${table} is shorter than what was written to it`);
};
