import { z } from 'zod';
import { IsoDate } from '../model/index.js';

const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code such as "ARG"');
const Sector = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter CAMEO agent code such as "GOV"');
const Code = z.string().regex(/^[A-Z0-9]{3,15}$/, 'expected an upper-case CAMEO-style code such as "IGOUNO"');
const Words = z.array(z.string().min(1)).default([]);
const OptionalEnd = IsoDate.nullable().default(null);

function endsAfterStart(r: { start: string; end: string | null }): boolean {
  return r.end === null || r.end >= r.start;
}

/** A period that must not end before it starts. */
function dated<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, start: IsoDate, end: OptionalEnd })
    .refine((r) => endsAfterStart(r as unknown as { start: string; end: string | null }), { message: 'the date range ends before it starts', path: ['end'] });
}

export const RoleName = z.enum(['head-of-state', 'head-of-government', 'foreign-minister', 'vice-president', 'minister', 'org-head']);

export const Role = dated({
  country: Iso3.optional(),
  org: z.string().regex(/^org\//, 'expected an organisation id such as "org/un"').optional(),
  role: RoleName,
  title: z.string().min(1),
}).refine((r) => (r.country === undefined) !== (r.org === undefined), { message: 'a role has either a country or an org' });
export type Role = z.infer<typeof Role>;

export const PersonEntry = z.object({
  id: z.string().regex(/^person\/[a-z]{3}\/[a-z0-9-]+$/, 'expected an id such as "person/arg/alberto-fernandez"'),
  name: z.string().min(1),
  aliases: Words,
  short: Words,
  roles: z.array(Role).min(1, 'a person needs at least one role'),
});
export type PersonEntry = z.infer<typeof PersonEntry>;

export const Membership = dated({ country: Iso3 });

export const OrganisationEntry = z.object({
  id: z.string().regex(/^org\/[a-z0-9-]+$/, 'expected an id such as "org/celac"'),
  code: Code,
  name: z.string().min(1),
  aliases: Words,
  parent: z.string().nullable().default(null),
  members: z.array(Membership).default([]),
});
export type OrganisationEntry = z.infer<typeof OrganisationEntry>;

export const InitiativeEntry = z.object({
  id: z.string().regex(/^initiative\/[a-z0-9-]+$/, 'expected an id such as "initiative/bri"'),
  kind: z.enum(['initiative', 'forum']),
  code: Code,
  name: z.string().min(1),
  aliases: Words,
  sponsor: z.union([Iso3, z.string().regex(/^org\//)]).nullable().default(null),
  start: IsoDate.nullable().default(null),
});
export type InitiativeEntry = z.infer<typeof InitiativeEntry>;

export const GroupEntry = z.object({
  id: z.string().regex(/^group\/[a-z0-9-]+$/, 'expected an id such as "group/hamas"'),
  code: Code,
  country: Iso3.nullable().default(null),
  sector: Sector,
  name: z.string().min(1),
  aliases: Words,
});
export type GroupEntry = z.infer<typeof GroupEntry>;

export const RegionEntry = z.object({
  id: z.string().regex(/^region\/[a-z0-9-]+$/, 'expected an id such as "region/lam"'),
  code: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter CAMEO region code such as "LAM"'),
  name: z.string().min(1),
  aliases: Words,
  members: z.array(Iso3).default([]),
});
export type RegionEntry = z.infer<typeof RegionEntry>;

export const AgentEntry = z.object({
  sector: Sector,
  label: z.string().min(1),
  plover: Sector.nullable().default(null),
  words: z.array(z.string().min(1)).min(1),
});
export type AgentEntry = z.infer<typeof AgentEntry>;

export const Metonym = z.union([z.string().min(1), z.object({ name: z.string().min(1), sector: Sector })]);

export const StateExtra = z.object({
  code: Iso3,
  adjectives: Words,
  /** The package's adjectives that news use for another state: "Dominican" is the Dominican Republic's. */
  notAdjectives: Words,
  aliases: Words,
  metonyms: z.array(Metonym).default([]),
});
export type StateExtra = z.infer<typeof StateExtra>;
