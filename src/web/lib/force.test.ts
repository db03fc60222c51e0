import { describe, expect, it } from 'vitest';
import { forceLayout, type LayoutEdge, type LayoutNode } from './force.js';

const nodes = (ids: string): LayoutNode[] => ids.split(' ').map((id) => ({ id, weight: 1 }));
const edges = (pairs: string): LayoutEdge[] => pairs.split(' ').map((p) => {
  const [source, target] = p.split('-') as [string, string];
  return { source, target, weight: 1 };
});
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the force layout', () => {
  const rows: [name: string, ids: string, pairs: string, near: [string, string], far: [string, string]][] = [
    ['two pairs', 'A B C D', 'A-B C-D', ['A', 'B'], ['A', 'C']],
    ['a triangle and a loner', 'A B C D', 'A-B B-C C-A', ['A', 'C'], ['A', 'D']],
    ['a star', 'H A B C E', 'H-A H-B H-C H-E', ['H', 'A'], ['A', 'C']],
  ];
  it.each(rows)('%s: linked nodes end nearer than unlinked ones', (_name, ids, pairs, near, far) => {
    const p = forceLayout(nodes(ids), edges(pairs), 600, 400);
    expect(dist(p.get(near[0])!, p.get(near[1])!)).toBeLessThan(dist(p.get(far[0])!, p.get(far[1])!));
  });

  it('keeps every node inside the margins, and lands the same way twice', () => {
    const ids = 'A B C D E F G H I J K L';
    const links = edges('A-B B-C C-D D-E E-F F-A G-H I-J K-L A-G');
    const p = forceLayout(nodes(ids), links, 500, 300, 30, 20);
    const all = [...p.values()];
    for (const a of all) for (const b of all) if (a !== b) expect(dist(a, b)).toBeGreaterThan(19);
    for (const { x, y } of p.values()) {
      expect(x).toBeGreaterThanOrEqual(30); expect(x).toBeLessThanOrEqual(470);
      expect(y).toBeGreaterThanOrEqual(30); expect(y).toBeLessThanOrEqual(270);
    }
    expect(forceLayout(nodes(ids), links, 500, 300, 30, 20)).toEqual(p);
  });

  it('places nothing for no nodes, and ignores edges to unknown nodes', () => {
    expect(forceLayout([], [], 100, 100).size).toBe(0);
    expect(forceLayout(nodes('A'), edges('A-Z'), 100, 100).size).toBe(1);
  });
});
