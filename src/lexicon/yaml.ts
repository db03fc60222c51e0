import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { CommuniqueError } from '../model/index.js';

/** An entry of a data file with the line it starts on, for messages about it later. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

/**
 * Reads a YAML file holding a list and checks every item against `schema`. The first problem fails
 * the load with the file, the line and what was expected: a data file never loads half.
 */
export function loadYamlList<S extends z.ZodType>(file: string, schema: S, label = file): Located<z.infer<S>>[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CommuniqueError('E_DICT_READ', `cannot read: ${(e as Error).message}`, { file: label });
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line ?? counter.linePos(err.pos[0]).line;
    throw new CommuniqueError('E_DICT_PARSE', `invalid YAML: ${err.message.split('\n')[0]}`, { file: label, line });
  }
  const root = doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) throw new CommuniqueError('E_DICT_PARSE', 'expected a list of entries', { file: label, line: lineOf(root as Node, counter) });

  return root.items.map((item) => {
    const node = item as Node;
    const raw = (node as { toJSON(): unknown }).toJSON();
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      let at: Node | null | undefined = node;
      for (const key of issue.path) {
        const next: Node | undefined = isMap(at) || isSeq(at) ? (at.get(key as never, true) as Node | undefined) : undefined;
        if (!next) break;
        at = next;
      }
      const found = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
      throw new CommuniqueError('E_DICT_PARSE', `${issue.message}${found}`, { file: label, line: lineOf(at, counter) });
    }
    return { value: parsed.data as z.infer<S>, file: label, line: lineOf(node, counter) ?? 1 };
  });
}
