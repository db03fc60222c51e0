// Compiles the package's lexicon into dist/lexicon.json after tsc (part of `npm run build`).
import { loadLexiconData, writeBundle, BUNDLE_PATH } from '../dist/lexicon/index.js';

const started = performance.now();
try {
  const data = loadLexiconData();
  writeBundle(data);
  console.log(`lexicon ${data.version} compiled to ${BUNDLE_PATH} in ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  console.error(`communique: ${e.describe ? e.describe() : e.message}`);
  process.exit(1);
}
