// Compiles the package's lexicon into dist/lexicon.json and its gazetteer into dist/gazetteer.bin
// after tsc (part of `npm run build`): loading them then skips YAML, schema checks and compilation.
import { loadLexiconData, writeBundle, BUNDLE_PATH } from '../dist/lexicon/index.js';
import { buildGazetteerData, writeGazetteer, GAZETTEER_PATH } from '../dist/lexicon/gazetteer/index.js';
import { DEFAULT_DATA_DIR } from '../dist/lexicon/load.js';

try {
  let started = performance.now();
  const data = loadLexiconData();
  writeBundle(data);
  console.log(`lexicon ${data.version} compiled to ${BUNDLE_PATH} in ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  const places = buildGazetteerData(DEFAULT_DATA_DIR);
  writeGazetteer(places);
  console.log(`gazetteer ${places.version} (${places.name.length.toLocaleString('en')} places) compiled to ${GAZETTEER_PATH} in ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  console.error(`communique: ${e.describe ? e.describe() : e.message}`);
  process.exit(1);
}
