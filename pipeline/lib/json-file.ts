import {
  findNodeAtLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { fail } from './errors.js';

/** A parsed JSON file that can tell the line and column of any value in it. */
export interface JsonFile {
  readonly file: string;
  readonly value: unknown;
  /** 1-based line and column of the value at `path` (or of its nearest existing parent). */
  locate(path: (string | number)[]): { line: number; column: number };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses strict JSON (no comments, no trailing commas). A syntax error names line and column.
 * The syntax tree that locates values is only built when an error needs a location.
 */
export function parseJsonFile(file: string, text: string): JsonFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // before the parser that locates a syntax error: it recurses, and deep nesting overflows it
    requireShallow(file, text);
    syntaxError(file, text);
  }
  // validators and readers recurse: too deep a value is refused, where the text nests too deeply
  if (depthOver(value, MAX_DEPTH)) requireShallow(file, text);
  let tree: Node | undefined;
  return {
    file,
    value,
    locate(path) {
      tree ??= parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
      if (!tree) return { line: 1, column: 1 };
      let node: Node | undefined;
      for (let n = path.length; n >= 0 && node === undefined; n--) {
        node = findNodeAtLocation(tree, path.slice(0, n));
      }
      const target = node?.parent?.type === 'property' ? node.parent : node;
      return lineColumn(text, target?.offset ?? 0);
    },
  };
}

/** How deep JSON may nest: far more than any file of the project needs, far less than the stack allows. */
export const MAX_DEPTH = 64;

/**
 * Whether a parsed value nests arrays and objects more than `max` levels deep. It recurses, but
 * never deeper than `max`; a stack of [value, depth] pairs cost a pair for every object.
 */
function depthOver(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max === 0) return true;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (child !== null && typeof child === 'object' && depthOver(child, max - 1)) return true;
  }
  return false;
}

/** Refuses JSON nested deeper than MAX_DEPTH (validators and readers recurse), at the place it does. */
function requireShallow(file: string, text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) {
        const at = lineColumn(text, i);
        fail({
          file,
          ...at,
          problem: 'the JSON is nested too deeply',
          expected: `at most ${MAX_DEPTH} levels of arrays and objects`,
          found: `more than ${MAX_DEPTH} levels at line ${at.line}, column ${at.column}`,
          fix: 'flatten the structure: no file of this project needs deep nesting',
        });
      }
    } else if (c === 93 || c === 125) depth--;
  }
}

function syntaxError(file: string, text: string): never {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const at = lineColumn(text, first?.offset ?? 0);
  return fail({
    file,
    ...at,
    problem: `invalid JSON: ${first ? words(printParseErrorCode(first.error)) : 'empty file'}`,
    expected: 'a valid JSON document',
    found: show(text, first?.offset ?? 0),
    fix: `correct the JSON syntax at line ${at.line}, column ${at.column} (a missing comma, quote or bracket is the usual cause)`,
  });
}

/** "CommaExpected" → "comma expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function show(text: string, offset: number): string {
  const excerpt = text.slice(offset, offset + 20).split('\n')[0] ?? '';
  return excerpt === '' ? 'end of file' : JSON.stringify(excerpt);
}
