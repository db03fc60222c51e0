// Codes every verb-pattern rule's examples and lists those their rule does not code: run after
// editing data/events (npx tsx scripts/check-events.ts [--quiet]).
import { checkRuleExamples } from '../src/app/rule-check.js';
import { loadLexicon } from '../src/lexicon/index.js';

try {
  const lexicon = loadLexicon();
  const { examples, failures } = checkRuleExamples(lexicon);
  if (!process.argv.includes('--quiet')) {
    for (const f of failures) console.log(`${f.file}:${f.line} ${f.rule}\n    ${f.example}\n    coded: ${f.got.join('; ') || 'nothing'}`);
  }
  console.log(`${lexicon.data.events.rules.length} rules, ${examples} examples, ${failures.length} not coded by their rule`);
} catch (e) {
  console.error(`check-events: ${(e as { describe?: () => string }).describe?.() ?? (e as Error).message}`);
  process.exit(1);
}
