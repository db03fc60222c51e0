import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli.js';
import { scratch } from '../../test/helpers/files.js';

const files = scratch();

describe('communique actors', () => {
  it('looks a name up on a date, with every entry its words can mean', async () => {
    const r = await cli(['actors', 'lookup', 'President Fernández', '--date', '2021-06-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('coded as: ARGGOV  person  Alberto Fernández (President)');
    expect(r.stdout).toMatch(/person\s+Cristina Fernández de Kirchner/);
    expect(r.stdout).toMatch(/2019-12-10 – 2023-12-10\s+President, ARG/);
  });

  it('prints JSON', async () => {
    const r = await cli(['actors', 'lookup', 'the Kremlin', '-f', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.actors[0]).toMatchObject({ code: 'RUSGOV', kind: 'state', name: 'Russia' });
  });

  it('counts what the lexicon holds', async () => {
    const r = await cli(['actors', 'stats', '--format', 'json']);
    const s = JSON.parse(r.stdout);
    expect(s.states).toBeGreaterThanOrEqual(197);
    expect(s.organisations).toBeGreaterThanOrEqual(80);
    expect(s.people).toBeGreaterThan(1000);
  });

  it('loads a PETRARCH dictionary and reports the lines it cannot read', async () => {
    const dict = files.write('extra.actors', 'GONDOR_ [GON]\nBROKEN_ [GON 2004017-20061201]\n');
    const r = await cli(['actors', 'lookup', 'Gondor', '--actors', dict]);
    expect(r.stdout).toContain('coded as: GON');
    expect(r.stderr).toContain(`${dict}:2: W_DICT expected a date as YYMMDD or YYYYMMDD, found "2004017"`);
  });

  // [arguments, what stderr says]
  const usage: [string[], RegExp][] = [
    [['actors'], /expected "lookup" or "stats"/],
    [['actors', 'lookup'], /lookup needs a name/],
    [['actors', 'lookup', 'X', '--date', '2023-13-45'], /--date must be a real day as YYYY-MM-DD, not "2023-13-45"/],
    [['actors', 'stats', '--actors', '/nonexistent/file.actors'], /E_DICT_READ at \/nonexistent\/file.actors: cannot read: no such file/],
  ];
  it.each(usage)('refuses %j in one line', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
