import type { Lexicon } from '../lexicon/index.js';
import { createPipeline } from '../pipeline/index.js';
import type { NlpEngine } from '../pipeline/nlp/index.js';

export interface ExampleFailure {
  rule: string;
  file: string;
  line: number;
  example: string;
  /** What the sentence coded instead: "rule-id SRC→TGT", or nothing. */
  got: string[];
}

/**
 * Codes every rule's examples and reports those where the rule does not fire (or fires with no
 * source): the examples are what the rule was written for. Discard examples must code nothing.
 */
export function checkRuleExamples(lexicon: Lexicon, nlp?: NlpEngine): { examples: number; failures: ExampleFailure[] } {
  const pipeline = createPipeline({ lexicon, nlp });
  const failures: ExampleFailure[] = [];
  let examples = 0;
  // An example is read as a report of the latest year it names (2020 when it names none), so that
  // "in 2012" is news in it, not history.
  const dateOf = (text: string) => `${Math.max(...[...text.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1])), 0) || 2020}-12-31`;
  const code = (text: string) => pipeline.run({ id: 'example', date: dateOf(text), text, meta: {}, origin: { file: 'example', format: 'text' } }).events;
  const { rules, discards } = lexicon.data.events;
  for (const rule of [...rules, ...discards]) {
    for (const example of rule.examples) {
      examples++;
      const events = code(example);
      const ok = 'cameo' in rule ? events.some((e) => e.rule === rule.id) : events.length === 0;
      if (!ok) failures.push({ rule: rule.id, file: rule.file, line: rule.line, example, got: events.map((e) => `${e.rule} ${e.source?.code ?? '-'}→${e.target?.code ?? '-'}`) });
    }
  }
  return { examples, failures };
}
