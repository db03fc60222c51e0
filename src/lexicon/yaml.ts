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

/** A parsed YAML file, its line counter and the label its messages name it by. */
export interface YamlFile {
  root: Node | null;
  counter: LineCounter;
  label: string;
}

/** Reads and parses a YAML file; a syntax error fails with the file and line. */
export function readYaml(file: string, label = file): YamlFile {
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
  return { root: doc.contents as Node | null, counter, label };
}

/** Checks a node against `schema`; the first problem fails with the line of the field at fault. */
export function checkNode<S extends z.ZodType>(node: Node, schema: S, { counter, label }: YamlFile): Located<z.infer<S>> {
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
}

/** Checks that `node` is a list and every item of it against `schema`. */
export function checkList<S extends z.ZodType>(node: Node | null | undefined, schema: S, file: YamlFile): Located<z.infer<S>>[] {
  if (node === null || node === undefined) return [];
  if (!isSeq(node)) throw new CommuniqueError('E_DICT_PARSE', 'expected a list of entries', { file: file.label, line: lineOf(node, file.counter) });
  return node.items.map((item) => checkNode(item as Node, schema, file));
}

/**
 * Reads a YAML file holding a list and checks every item against `schema`. The first problem fails
 * the load with the file, the line and what was expected: a data file never loads half.
 */
export function loadYamlList<S extends z.ZodType>(file: string, schema: S, label = file): Located<z.infer<S>>[] {
  const yaml = readYaml(file, label);
  return checkList(yaml.root, schema, yaml);
}
