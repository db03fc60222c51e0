import { createRequire } from 'node:module';
import type { StateExtra } from './schemas.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca3: string;
  cca2: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/** A state as the lexicon knows it: names, adjectives, and the places that stand for its government. */
export interface StateInfo {
  code: string;
  name: string;
  /** False for territories: they are in the lexicon for membership lists, not as actors. */
  sovereign: boolean;
  names: string[];
  adjectives: string[];
  metonyms: { name: string; sector: string }[];
}

// Outside the UN but in the lexicon: the two observers, Taiwan, Kosovo (world-countries: UNK) and
// Western Sahara, a member of the African Union.
const NON_MEMBERS = new Set(['VAT', 'PSE', 'TWN', 'UNK', 'ESH']);
const RENAMED: Record<string, string> = { UNK: 'XKX' };

function split(demonym: string): string[] {
  return demonym.split(/,\s*|\s+or\s+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Every UN member and observer, Taiwan, Kosovo and the territories, from npm's world-countries and i18n-iso-countries,
 * with what `data/actors/states.yaml` adds. Two-letter codes among the packages' spellings are left
 * out: "AR" or "IN" in running text are not states.
 */
export function buildStates(extras: readonly StateExtra[]): Map<string, StateInfo> {
  const countries = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as { getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };
  const english = iso.getNames('en', { select: 'all' });
  const states = new Map<string, StateInfo>();
  for (const c of countries) {
    // Territories (Montserrat, Puerto Rico, Hong Kong) are kept for their names: organisations count
    // some among their members. Their capitals are not, being other places' names too (Plymouth).
    const sovereign = c.unMember || NON_MEMBERS.has(c.cca3);
    const code = RENAMED[c.cca3] ?? c.cca3;
    // One-word spellings from the packages are often native names that are English words too
    // ("Island" for Iceland, "Mann"): only several words or an acronym ("UAE") are kept; states.yaml
    // lists the one-word names news use.
    const spellings = c.altSpellings.filter((a) => /\s/.test(a) || /^[A-Z]{3,}$/.test(a));
    const names = new Set([c.name.common, c.name.official, ...spellings, ...(english[c.cca2] ?? [])]);
    const demonym = c.demonyms?.eng;
    states.set(code, {
      code,
      name: c.name.common,
      sovereign,
      names: [...names].filter((n) => n.replace(/[^\p{L}]/gu, '').length > 2 && !n.includes(',')),
      adjectives: demonym ? [...new Set([...split(demonym.m), ...split(demonym.f)])] : [],
      metonyms: sovereign ? (c.capital ?? []).map((name) => ({ name, sector: 'GOV' })) : [],
    });
  }
  for (const extra of extras) {
    const state = states.get(extra.code);
    if (!state) continue; // the loader reports unknown codes with their line
    state.names.push(...extra.aliases);
    state.adjectives = state.adjectives.filter((a) => !extra.notAdjectives.includes(a)).concat(extra.adjectives);
    for (const m of extra.metonyms) state.metonyms.push(typeof m === 'string' ? { name: m, sector: 'GOV' } : m);
  }
  return states;
}
