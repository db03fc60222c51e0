import type { ExportRow } from './gdelt.js';

/**
 * An event in the PLOVER/POLECAT style: one flat JSON object with the event type and mode, the
 * actors' names, countries and sectors (PLOVER's "agents"), the place and the evidence. Statements,
 * which PLOVER lacks, have no record (null).
 */
export function ploverRecord(r: ExportRow): Record<string, unknown> | null {
  const e = r.event;
  if (e.plover === null) return null;
  return {
    event_id: e.id,
    event_date: e.date,
    event_type: e.plover,
    event_mode: e.ploverMode,
    event_context: [],
    negated: e.negated,
    cameo: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    source_actor: e.source?.name ?? null,
    source_code: e.source?.code ?? null,
    source_country: e.source?.country ?? null,
    source_agent: e.source?.sector ?? null,
    target_actor: e.target?.name ?? null,
    target_code: e.target?.code ?? null,
    target_country: e.target?.country ?? null,
    target_agent: e.target?.sector ?? null,
    place_name: e.place?.name ?? null,
    place_country: e.place?.country ?? null,
    admin1: e.place?.admin1 ?? null,
    latitude: e.place?.lat ?? null,
    longitude: e.place?.lon ?? null,
    geonames_id: e.place?.geonameId ?? null,
    feature_type: e.place?.precision ?? null,
    event_text: e.evidence.text,
    story_id: e.docId,
    url: r.url,
    num_mentions: e.numMentions,
    num_sources: e.numSources,
    num_articles: e.numArticles,
    coder: `communique ${e.rule}`,
    lexicon: e.lexicon,
  };
}
