/** A node to place: its id and how active it is (bigger nodes push harder). */
export interface LayoutNode { id: string; weight: number }
export interface LayoutEdge { source: string; target: string; weight: number }
export interface Point { x: number; y: number }

/**
 * A force-directed layout (Fruchterman–Reingold): nodes repel each other, edges pull their ends
 * together, a weak pull keeps everything near the centre, and the step shrinks as it cools. It starts
 * from a circle in the order given, so the same graph always lands the same way. `margin` keeps
 * nodes (and their labels) inside the box; a last pass moves apart nodes nearer than `minGap`.
 */
export function forceLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], width: number, height: number, margin = 40, minGap = 34, iterations = 300): Map<string, Point> {
  const n = nodes.length;
  const cx = width / 2, cy = height / 2;
  // Coordinates and forces in flat arrays made once, not objects and arrays made every step: the
  // overview lays out its network on every filter change, and the same sums in the same order land
  // every node where they always did.
  const px = new Float64Array(n), py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    px[i] = cx + Math.cos(a) * (width / 2 - margin);
    py[i] = cy + Math.sin(a) * (height / 2 - margin);
  }
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: e.weight }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined && l.a !== l.b);
  const maxW = Math.max(1, ...links.map((l) => l.w));
  const k = 0.6 * Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / Math.max(1, n));
  const kk = k * k, far = 9 * k * k;
  let temperature = width / 8;
  const cooling = temperature / (iterations + 1);
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = px[i]! - px[j]!, y = py[i]! - py[j]!;
        let d2 = x * x + y * y;
        if (d2 < 0.01) { x = 0.1 * (i - j); y = 0.1; d2 = x * x + y * y; }
        if (d2 > far) continue; // far apart: no push, so that loose parts stay on screen
        const f = kk / d2;
        dx[i]! += x * f; dy[i]! += y * f;
        dx[j]! -= x * f; dy[j]! -= y * f;
      }
    }
    for (const l of links) {
      const x = px[l.a]! - px[l.b]!, y = py[l.a]! - py[l.b]!;
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const f = (d / k) * (0.3 + 0.7 * (l.w / maxW));
      dx[l.a]! -= x * f; dy[l.a]! -= y * f;
      dx[l.b]! += x * f; dy[l.b]! += y * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i]! += (cx - px[i]!) * 0.07;
      dy[i]! += (cy - py[i]!) * 0.07 * (width / height);
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(d, temperature);
      px[i] = Math.max(margin, Math.min(width - margin, px[i]! + (dx[i]! / d) * move));
      py[i] = Math.max(margin, Math.min(height - margin, py[i]! + (dy[i]! / d) * move));
    }
    temperature -= cooling;
  }
  for (let pass = 0; pass < 30; pass++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const x = px[j]! - px[i]!, y = py[j]! - py[i]!, d = Math.hypot(x, y) || 0.01;
        if (d >= minGap) continue;
        const push = (minGap - d) / 2;
        px[i] = Math.max(margin, Math.min(width - margin, px[i]! - (x / d) * push));
        py[i] = Math.max(margin, Math.min(height - margin, py[i]! - (y / d) * push));
        px[j] = Math.max(margin, Math.min(width - margin, px[j]! + (x / d) * push));
        py[j] = Math.max(margin, Math.min(height - margin, py[j]! + (y / d) * push));
      }
    }
  }
  return new Map(nodes.map((node, i) => [node.id, { x: px[i]!, y: py[i]! }]));
}
