import type { Actor } from '../../model/actor.js';
import type { PloverType } from '../../model/event.js';

/** CAMEO's four QuadClasses, with the colour every view gives them. */
export const QUADS = [
  { quad: 1, name: 'Verbal cooperation', color: '#5aae61' },
  { quad: 2, name: 'Material cooperation', color: '#1b7837' },
  { quad: 3, name: 'Verbal conflict', color: '#f1a340' },
  { quad: 4, name: 'Material conflict', color: '#b2182b' },
] as const;

export function quadColor(quad: number): string {
  return QUADS[quad - 1]?.color ?? '#888';
}

export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

const RED = [178, 24, 43], GREY = [190, 190, 190], GREEN = [27, 120, 55];

/** A colour for a Goldstein value: red for conflict (-10), grey at 0, green for cooperation (+10). */
export function goldsteinColor(g: number, alpha = 1): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const [from, to, f] = t < 0 ? [GREY, RED, -t] : [GREY, GREEN, t];
  const c = from.map((v, i) => Math.round(v + (to[i]! - v) * Math.sqrt(f)));
  return alpha < 1 ? `rgba(${c.join(',')},${alpha.toFixed(2)})` : `rgb(${c.join(',')})`;
}

/** An actor as a cell shows it: its code, or a dash when the event has none. */
export function actorCode(actor: Actor | null): string {
  return actor?.code ?? '—';
}

/** A Goldstein value with its sign: "+7.0", "−4.0". */
export function signed(g: number): string {
  return `${g > 0 ? '+' : g < 0 ? '−' : ''}${Math.abs(g).toFixed(1)}`;
}

const NUMBERS = new Intl.NumberFormat('en');

/**
 * A count as people read it: 1,234. One formatter serves every call: toLocaleString builds one each
 * time, and a render of the overview formats hundreds of counts.
 */
export const count = (n: number): string => NUMBERS.format(n);
