// The public API of the communique package.
export * from './model/index.js';
export { createPipeline, createNlpEngine, buildPipeline, Doc, silentLogger, repairStage, nlpStage, actorsStage, eventsStage, whenStage, whereStage } from './pipeline/index.js';
export type { PipelineOptions, Pipeline, Stage, Context, Logger, Sentence } from './pipeline/index.js';
export type { NameRepairer, RepairKind } from './pipeline/repair/index.js';
export { readInputs, type ReadOptions, type ReadResult } from './pipeline/ingest/index.js';
export { codeInputs, sentenceRecords, type CodeOptions, type CodeSummary } from './app/code.js';
export { loadLexicon, type Lexicon, type LexiconOptions } from './lexicon/index.js';
export { scoreEvents, readGoldJsonl, readPetrarchXml, type EventScore, type GoldSentence } from './app/event-eval.js';
export { Store, parseEventFilter, encodeCursor, decodeCursor, contentHash, EXPORT_FORMATS, GDELT_COLUMNS, SCHEMA_VERSION } from './store/index.js';
export type { OpenOptions, StoreCounts, BatchResult, DocumentToStore, ExportFormat, ExportResult } from './store/index.js';
export { ingestInputs, ingestDocuments, toStored, type IngestOptions, type IngestProgress, type IngestSummary } from './app/ingest.js';
export { loadGazetteer, Gazetteer, type GazetteerOptions } from './lexicon/gazetteer/index.js';
export { scoreWhenWhere, readWhenWhereGold, kilometres, type WhenWhereScore, type WhenWhereGold } from './app/when-where-eval.js';
export { createApp, type ApiDeps } from './api/app.js';
