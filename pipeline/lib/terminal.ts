import { styleText } from 'node:util';

type Style = 'green' | 'yellow' | 'red' | 'bold' | 'dim';

/**
 * Colour only on a terminal that can show it, and never when NO_COLOR is set
 * (https://no-color.org). NO_COLOR is checked here because Node's `hasColors()` lets
 * FORCE_COLOR win over it; `hasColors()` says no for NODE_DISABLE_COLORS, TERM=dumb and an
 * unset TERM.
 */
export function colour(stream: NodeJS.WriteStream, style: Style, text: string): string {
  return stream.isTTY && !process.env.NO_COLOR && stream.hasColors()
    ? styleText(style, text, { validateStream: false })
    : text;
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal (never in CI logs) and the
 * work has more than one step. Returns the function to call after each step.
 */
export function progress(label: string, total: number, quiet = false): (done: number) => void {
  if (quiet || !process.stderr.isTTY || total < 2) return () => undefined;
  let last = -1;
  return (done) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    if (filled === last && done !== total) return;
    last = filled;
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${done === total ? '\r\x1b[K' : ''}`,
    );
  };
}

/** Sizes as people read them: 397 B, 2.6 KiB, 41.2 MiB. */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
