import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CameoCode, CommuniqueError, PloverType } from '../model/index.js';
import { checkList, readYaml } from './yaml.js';

/** A CAMEO event code with its QuadClass, Goldstein value and the PLOVER type it maps to. */
export interface CameoEntry {
  code: string;
  name: string;
  quadClass: number;
  goldstein: number;
  plover: PloverType | null;
  ploverMode: string | null;
  ploverContext: string[];
}

const PloverMode = z.object({ name: z.string().min(1), description: z.string() }).strict();
export const PloverTypeEntry = z.object({
  name: PloverType,
  quadClass: z.number().int().min(1).max(4),
  description: z.string(),
  modes: z.array(PloverMode).default([]),
}).strict();
export type PloverTypeEntry = z.infer<typeof PloverTypeEntry>;

export interface Ontology {
  cameo: Map<string, CameoEntry>;
  plover: PloverTypeEntry[];
  contexts: string[];
}

const COLUMNS = ['code', 'name', 'quadClass', 'goldstein', 'plover', 'ploverMode', 'ploverContext'];

/** Reads `cameo.tsv`: every CAMEO code, one a line, with the columns of COLUMNS. */
export function readCameoTable(file: string, label = file): Map<string, CameoEntry> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CommuniqueError('E_DICT_READ', `cannot read: ${(e as Error).message}`, { file: label });
  }
  const lines = text.split('\n');
  if (lines[0]!.trim() !== COLUMNS.join('\t')) {
    throw new CommuniqueError('E_DICT_PARSE', `expected the header "${COLUMNS.join('<tab>')}"`, { file: label, line: 1 });
  }
  const table = new Map<string, CameoEntry>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fail = (what: string): never => { throw new CommuniqueError('E_DICT_PARSE', what, { file: label, line }); };
    const cells = raw.replace(/\r$/, '').split('\t');
    if (cells.length !== COLUMNS.length) fail(`expected ${COLUMNS.length} tab-separated columns, found ${cells.length}`);
    const [code, name, quad, goldstein, plover, mode, context] = cells as [string, string, string, string, string, string, string];
    if (!CameoCode.safeParse(code).success) fail(`expected a CAMEO code such as "042", found "${code}"`);
    if (table.has(code)) fail(`duplicate CAMEO code "${code}"`);
    const quadClass = Number(quad), score = Number(goldstein);
    if (![1, 2, 3, 4].includes(quadClass)) fail(`expected a QuadClass from 1 to 4, found "${quad}"`);
    if (goldstein === '' || !(score >= -10 && score <= 10)) fail(`expected a Goldstein value from -10 to 10, found "${goldstein}"`);
    if (plover !== '' && !PloverType.safeParse(plover).success) fail(`unknown PLOVER type "${plover}"`);
    table.set(code, {
      code, name, quadClass, goldstein: score,
      plover: plover === '' ? null : (plover as PloverType),
      ploverMode: mode === '' ? null : mode,
      ploverContext: context === '' ? [] : context.split(';'),
    });
  });
  for (const code of table.keys()) {
    if (!table.has(code.slice(0, 2))) throw new CommuniqueError('E_DICT_CODE', `code ${code} has no root ${code.slice(0, 2)}`, { file: label });
  }
  return table;
}

/** Reads `plover.yaml`: the PLOVER types with their modes, and the contexts. */
export function readPlover(file: string, label = file): { types: PloverTypeEntry[]; contexts: string[] } {
  const yaml = readYaml(file, label);
  const root = yaml.root as unknown as { get(key: string, keep: true): never } | null;
  if (!root || typeof root.get !== 'function') throw new CommuniqueError('E_DICT_PARSE', 'expected "types" and "contexts"', { file: label, line: 1 });
  const types = checkList(root.get('types', true), PloverTypeEntry, yaml).map((t) => t.value);
  const contexts = checkList(root.get('contexts', true), z.object({ name: z.string(), description: z.string() }).strict(), yaml).map((c) => c.value.name);
  const missing = PloverType.options.filter((t) => !types.some((e) => e.name === t));
  if (missing.length) throw new CommuniqueError('E_DICT_CODE', `PLOVER types missing: ${missing.join(', ')}`, { file: label });
  return { types, contexts };
}
