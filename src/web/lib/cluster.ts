/** A place on screen with its events per QuadClass (index 0 is QuadClass 1). */
export interface PlacePoint { name: string; x: number; y: number; byQuad: [number, number, number, number] }

export interface Cluster {
  x: number;
  y: number;
  total: number;
  byQuad: [number, number, number, number];
  /** The places in it, the busiest first. */
  names: string[];
}

const total = (q: readonly number[]) => q[0]! + q[1]! + q[2]! + q[3]!;

/**
 * Places closer than `radius` pixels merged into one mark, greedily, busiest first: each cluster
 * sits at its busiest place and sums its events by QuadClass.
 */
export function clusterPlaces(points: readonly PlacePoint[], radius: number): Cluster[] {
  const sorted = [...points].sort((a, b) => total(b.byQuad) - total(a.byQuad) || a.name.localeCompare(b.name));
  const clusters: Cluster[] = [];
  for (const p of sorted) {
    const near = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < radius);
    if (near) {
      for (let q = 0; q < 4; q++) near.byQuad[q]! += p.byQuad[q]!;
      near.total += total(p.byQuad);
      near.names.push(p.name);
    } else {
      clusters.push({ x: p.x, y: p.y, total: total(p.byQuad), byQuad: [...p.byQuad], names: [p.name] });
    }
  }
  return clusters;
}

/** The SVG path of a pie slice from angle a0 to a1 (radians, clockwise from 12 o'clock). */
export function slicePath(cx: number, cy: number, r: number, a0: number, a1: number): string {
  if (a1 - a0 >= 2 * Math.PI - 1e-9) return `M${cx},${cy - r}A${r},${r} 0 1 1 ${cx},${cy + r}A${r},${r} 0 1 1 ${cx},${cy - r}Z`;
  const x0 = cx + r * Math.sin(a0), y0 = cy - r * Math.cos(a0);
  const x1 = cx + r * Math.sin(a1), y1 = cy - r * Math.cos(a1);
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const f = (n: number) => Math.round(n * 100) / 100;
  return `M${f(cx)},${f(cy)}L${f(x0)},${f(y0)}A${r},${r} 0 ${large} 1 ${f(x1)},${f(y1)}Z`;
}
