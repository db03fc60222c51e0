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
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    return { x: cx + Math.cos(a) * (width / 2 - margin), y: cy + Math.sin(a) * (height / 2 - margin) };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: e.weight }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined && l.a !== l.b);
  const maxW = Math.max(1, ...links.map((l) => l.w));
  const k = 0.6 * Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / Math.max(1, n));
  let temperature = width / 8;
  const cooling = temperature / (iterations + 1);
  for (let step = 0; step < iterations; step++) {
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i]!.x - pos[j]!.x, y = pos[i]!.y - pos[j]!.y;
        let d2 = x * x + y * y;
        if (d2 < 0.01) { x = 0.1 * (i - j); y = 0.1; d2 = x * x + y * y; }
        if (d2 > 9 * k * k) continue; // far apart: no push, so that loose parts stay on screen
        const f = (k * k) / d2;
        dx[i]! += x * f; dy[i]! += y * f;
        dx[j]! -= x * f; dy[j]! -= y * f;
      }
    }
    for (const l of links) {
      const x = pos[l.a]!.x - pos[l.b]!.x, y = pos[l.a]!.y - pos[l.b]!.y;
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const f = (d / k) * (0.3 + 0.7 * (l.w / maxW));
      dx[l.a]! -= x * f; dy[l.a]! -= y * f;
      dx[l.b]! += x * f; dy[l.b]! += y * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i]! += (cx - pos[i]!.x) * 0.07;
      dy[i]! += (cy - pos[i]!.y) * 0.07 * (width / height);
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(d, temperature);
      const p = pos[i]!;
      p.x = Math.max(margin, Math.min(width - margin, p.x + (dx[i]! / d) * move));
      p.y = Math.max(margin, Math.min(height - margin, p.y + (dy[i]! / d) * move));
    }
    temperature -= cooling;
  }
  for (let pass = 0; pass < 30; pass++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos[i]!, b = pos[j]!;
        const x = b.x - a.x, y = b.y - a.y, d = Math.hypot(x, y) || 0.01;
        if (d >= minGap) continue;
        const push = (minGap - d) / 2;
        a.x = Math.max(margin, Math.min(width - margin, a.x - (x / d) * push));
        a.y = Math.max(margin, Math.min(height - margin, a.y - (y / d) * push));
        b.x = Math.max(margin, Math.min(width - margin, b.x + (x / d) * push));
        b.y = Math.max(margin, Math.min(height - margin, b.y + (y / d) * push));
      }
    }
  }
  return new Map(nodes.map((node, i) => [node.id, pos[i]!]));
}
