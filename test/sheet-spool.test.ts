import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xmlFragment } from '../pipeline/write/sheet-fragment.js';
import { SheetSpool } from '../pipeline/write/sheet-spool.js';
import { cleanTempDirs, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('the sheet spool: fragments kept on disk until the workbook is written', () => {
  const fragments = ['<row>a</row>', '', '<row>b</row><row>c</row>'].map((xml, i) =>
    xmlFragment(xml, i),
  );

  it("gives back each table's fragments in the order they came, bytes and facts", () => {
    const spool = new SheetSpool(join(tempDir(), '.sheets'), ['events', 'actors']);
    for (const f of fragments) {
      const { deflated, ...facts } = f;
      spool.add('events', facts, deflated);
      spool.add('actors', facts, deflated.subarray(0, 2));
    }
    spool.close();
    const back = [...spool.fragments('events')];
    expect(back.map((f) => ({ ...f, deflated: Buffer.from(f.deflated).toString('hex') }))).toEqual(
      fragments.map((f) => ({ ...f, deflated: Buffer.from(f.deflated).toString('hex') })),
    );
    expect([...spool.fragments('actors')].map((f) => f.deflated.length)).toEqual([2, 2, 2]);
  });

  it('a spool file cut short is an error, never a fragment of other bytes', () => {
    const dir = join(tempDir(), '.sheets');
    const spool = new SheetSpool(dir, ['events']);
    for (const { deflated, ...facts } of fragments) spool.add('events', facts, deflated);
    spool.close();
    truncateSync(join(dir, 'events'), 10);
    expect(() => [...spool.fragments('events')]).toThrow(
      'the spooled sheet of events is shorter than what was written to it',
    );
  });
});
