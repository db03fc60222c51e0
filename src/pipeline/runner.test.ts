import { describe, expect, it } from 'vitest';
import { CommuniqueError } from '../model/index.js';
import { loadLexicon } from '../lexicon/index.js';
import { doc, engine } from '../../test/helpers/front-end.js';
import { silentLogger, type Context } from './context.js';
import { buildPipeline, createPipeline, type Stage } from './index.js';

const ctx: Context = { logger: silentLogger, nlp: engine };

/** A stage that notes each document it runs on, and after which stage it ran. */
function noting(name: string, seen: string[]): Stage {
  return { name, requires: ['text'], assigns: [], run: (d) => void seen.push(`${name}:${d.document.id}`) };
}

describe('buildPipeline', () => {
  it('refuses a stage whose input no earlier stage assigns', () => {
    const needsActors: Stage = { name: 'needs-actors', requires: ['actors'], assigns: [], run: () => undefined };
    expect(() => buildPipeline([needsActors], ctx)).toThrow(CommuniqueError);
    expect(() => buildPipeline([needsActors], ctx)).toThrow(/"needs-actors" requires actors/);
  });

  it('runAll runs each stage over every document before the next stage, pausing after each', async () => {
    const seen: string[] = [];
    const pipeline = buildPipeline([noting('first', seen), noting('second', seen)], ctx);
    const docs = await pipeline.runAll([doc('One.', 'a'), doc('Two.', 'b')], () => void seen.push('pause'));
    expect(docs.map((d) => d.document.id)).toEqual(['a', 'b']);
    expect(seen).toEqual(['first:a', 'first:b', 'pause', 'second:a', 'second:b', 'pause']);
  });

  it('runAll codes each document as run does', async () => {
    const pipeline = createPipeline({ nlp: engine, lexicon: loadLexicon() });
    const texts = [
      'The foreign ministers of Chile and Peru met in Lima on Monday to sign a fisheries accord.',
      'Protesters marched on the parliament in Nairobi. Police fired tear gas at them.',
      'Japan condemned the missile launch and called on North Korea to return to talks.',
    ];
    const documents = texts.map((t, i) => doc(t, `d${i}`));
    const together = await pipeline.runAll(documents);
    const alone = documents.map((d) => pipeline.run(d));
    expect(together.map((d) => d.events)).toEqual(alone.map((d) => d.events));
    expect(together.map((d) => d.actors)).toEqual(alone.map((d) => d.actors));
    expect(together.flatMap((d) => d.events).length).toBeGreaterThanOrEqual(3);
  });
});
