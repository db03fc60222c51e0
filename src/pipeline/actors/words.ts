/** Word lists the actor rules share: read-only constants, the syntax around actors rather than actors. */

/** Nouns for the members of a group: "Latin American countries", "countries in the region". */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(['countries', 'nations', 'states', 'governments', 'leaders', 'members', 'partners', 'neighbours', 'neighbors', 'peoples', 'group', 'bloc']);

/** The first person plural, which in reported speech is the speaker's side. */
export const WE: ReadonlySet<string> = new Set(['we', 'our', 'us', 'ours']);

/** Words of direction that describe a place: "in Kurdish northern Iraq", "based in southern Chile". */
export const COMPASS: ReadonlySet<string> = new Set(['east', 'west', 'north', 'south', 'central', 'eastern', 'western', 'northern', 'southern']);

/** Possessive pronouns: "its troops", "their leaders" are someone's own. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
