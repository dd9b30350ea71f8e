/** The function index.html defines and every file of explorer/ calls with its data. */
export const REGISTER = 'explorerLoaded';

/** What JSON must not hold as it is inside a script. */
const UNSAFE = /[<\u2028\u2029]/;

/**
 * JSON that can stand in a script and never end it: "<" written \u003c (no "</script>", no
 * "<!--"), and the line separators U+2028 and U+2029 escaped for older parsers. Most JSON holds
 * none of them and is given as JSON.stringify wrote it, after one scan.
 */
export function scriptJson(value: unknown): string {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) throw new Error(`explorer: ${String(value)} has no JSON to write`);
  if (!UNSAFE.test(json)) return json;
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A file of explorer/ as a classic script: one call of REGISTER with its own name and its data,
 * so that the page can load it from disk (file://), where fetch() is refused.
 */
export function scriptFile(name: string, payload: unknown): { name: string; content: string } {
  return { name, content: `${REGISTER}(${scriptJson(name)},${scriptJson(payload)});\n` };
}
