import type { Evidence as EvidenceSpan } from '../../model/event.js';
import { splitEvidence } from '../lib/spans.js';

/** The sentence an event was coded from, its trigger words highlighted. */
export function Evidence({ evidence, trigger }: { evidence: EvidenceSpan; trigger: EvidenceSpan }) {
  const [before, words, after] = splitEvidence(evidence, trigger);
  return <span class="evidence">{before}{words && <mark class="trigger">{words}</mark>}{after}</span>;
}
