import { z } from 'zod';
import {
  ActorCount, DateMention, DyadCount, Event, EventFilter, EventPage, EventWithMentions, PlaceCount, PlaceMention, StoredDocument, TimelinePoint,
} from '../model/index.js';
import { ApiError } from './errors.js';
import { DocumentInput } from './documents.js';
import { ActorQuery, TimelineQuery } from './params.js';

// The OpenAPI 3.1 document, made from the same zod schemas the handlers validate with: what it says
// cannot drift from what the server does.

type Schema = Record<string, unknown>;

function jsonSchema(s: z.ZodType, io: 'input' | 'output' = 'output'): Schema {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Schema;
  return rest;
}

/** Query parameters from an object schema's fields. */
function parameters(s: z.ZodObject): Schema[] {
  return Object.entries(s.shape).map(([name, field]) => ({
    name, in: 'query', required: !(field as z.ZodType).safeParse(undefined).success, schema: jsonSchema(field as z.ZodType, 'input'),
  }));
}

const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = {
  400: json(ref('Error'), 'a parameter or field is wrong: the message names it'),
  500: json(ref('Error'), 'the server failed'),
};
const CodedDocument = z.object({
  document: z.object({ id: z.string(), date: z.string().nullable(), title: z.string().nullable(), text: z.string() }),
  sentences: z.array(z.tuple([z.number(), z.number()])),
  actors: z.array(z.object({ sentence: z.number(), actor: z.unknown() })),
  dates: z.array(DateMention),
  places: z.array(PlaceMention),
  events: z.array(Event),
});

export function openApiDocument(version: string): Schema {
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  return {
    openapi: '3.1.0',
    info: { title: 'communique', version, description: 'Political events coded from reports: query, count, and code new reports.' },
    paths: {
      '/api/events': { get: { summary: 'Events, newest first, under the filters; a page at a time (cursor)', parameters: parameters(EventFilter), responses: { 200: json(ref('EventPage'), 'a page of events'), ...errors } } },
      '/api/events/{id}': { get: { summary: 'One event with every report of it', parameters: [id], responses: { 200: json(ref('EventWithMentions'), 'the event'), 404: json(ref('Error'), 'no such event'), ...errors } } },
      '/api/documents': {
        post: {
          summary: 'Code a report and store it; with the server\'s --token, the token is needed; without one, only from this machine',
          requestBody: { required: true, content: { 'application/json': { schema: ref('DocumentInput') } } },
          responses: {
            201: json({ type: 'object', properties: { id: { type: 'string' }, stored: { type: 'boolean' }, replaced: { type: 'boolean' }, events: { type: 'array', items: ref('Event') } } }, 'stored'),
            200: json({ type: 'object' }, 'already stored with the same text: unchanged'),
            401: json(ref('Error'), 'the token is missing or wrong'),
            403: json(ref('Error'), 'posted from another machine to a server without a token'),
            ...errors,
          },
        },
      },
      '/api/documents/{id}': { get: { summary: 'A stored report with every span: sentences, actors, the reports of events', parameters: [id], responses: { 200: json(ref('StoredDocument'), 'the document'), 404: json(ref('Error'), 'no such document'), ...errors } } },
      '/api/code': {
        post: {
          summary: 'Code a report without storing it: its sentences, actors, dates, places and events',
          requestBody: { required: true, content: { 'application/json': { schema: ref('DocumentInput') } } },
          responses: { 200: json(jsonSchema(CodedDocument), 'what coding found'), ...errors },
        },
      },
      '/api/actors': { get: { summary: 'Actors whose code or name matches q, with their event counts', parameters: parameters(ActorQuery), responses: { 200: json({ type: 'object', properties: { actors: { type: 'array', items: ref('ActorCount') } } }, 'the actors'), ...errors } } },
      '/api/stats/timeline': { get: { summary: 'Events per day, week or month, with the Goldstein mean and sum', parameters: parameters(TimelineQuery), responses: { 200: json({ type: 'object', properties: { interval: { type: 'string' }, points: { type: 'array', items: ref('TimelinePoint') } } }, 'the timeline'), ...errors } } },
      '/api/stats/dyads': { get: { summary: 'The most frequent source–target pairs', parameters: parameters(EventFilter), responses: { 200: json({ type: 'object', properties: { dyads: { type: 'array', items: ref('DyadCount') } } }, 'the dyads'), ...errors } } },
      '/api/stats/actors': { get: { summary: 'The most active actors', parameters: parameters(EventFilter), responses: { 200: json({ type: 'object', properties: { actors: { type: 'array', items: ref('ActorCount') } } }, 'the actors'), ...errors } } },
      '/api/stats/places': { get: { summary: 'The places with the most events', parameters: parameters(EventFilter), responses: { 200: json({ type: 'object', properties: { places: { type: 'array', items: ref('PlaceCount') } } }, 'the places'), ...errors } } },
    },
    components: {
      schemas: {
        Error: jsonSchema(ApiError), Event: jsonSchema(Event), EventPage: jsonSchema(EventPage), EventWithMentions: jsonSchema(EventWithMentions),
        StoredDocument: jsonSchema(StoredDocument), DocumentInput: jsonSchema(DocumentInput, 'input'), ActorCount: jsonSchema(ActorCount),
        TimelinePoint: jsonSchema(TimelinePoint), DyadCount: jsonSchema(DyadCount), PlaceCount: jsonSchema(PlaceCount),
      },
    },
  };
}
