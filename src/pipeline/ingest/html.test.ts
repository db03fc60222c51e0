import { describe, expect, it } from 'vitest';
import { readAll, scratch } from '../../../test/helpers/files.js';

const files = scratch();

const PAGE = `<!doctype html>
<html lang="en"><head>
<title>Leaders meet in Lima | Example News</title>
<meta property="og:title" content="Leaders meet in Lima">
<meta property="article:published_time" content="2024-11-15T09:00:00-05:00">
<link rel="canonical" href="https://news.example.org/lima">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> Subscribe now for unlimited access</nav>
<header><p>Breaking: markets close higher</p></header>
<article>
<h1>Leaders meet in Lima</h1>
<p>LIMA, Nov. 15 -- Chinese President Xi Jinping and Peruvian President Dina Boluarte opened the port of Chancay on Thursday, a project both governments called a gateway between Asia and South America.</p>
<p>The two leaders also signed an upgraded free trade agreement and several memoranda on investment, officials said, as the Asia-Pacific Economic Cooperation summit got under way in the Peruvian capital.</p>
<p>Boluarte said the port would cut shipping times to Asia by more than a week and bring thousands of jobs to the region north of Lima.</p>
</article>
<aside><p>Most read: ten recipes for the weekend</p></aside>
<footer><p>Copyright Example News. All rights reserved. Privacy policy.</p></footer>
</body></html>`;

describe('HTML', () => {
  it('reads the main text in paragraphs and drops navigation, asides and footers', async () => {
    const path = files.write('page.html', PAGE);
    const { documents, diagnostics } = await readAll([path]);
    expect(diagnostics).toEqual([]);
    const d = documents[0]!;
    expect(d).toMatchObject({ date: '2024-11-15', title: 'Leaders meet in Lima', url: 'https://news.example.org/lima', language: 'en' });
    expect(d.text).toContain('LIMA, Nov. 15 -- Chinese President Xi Jinping');
    expect(d.text).toContain('\n\nThe two leaders also signed');
    for (const boilerplate of ['Subscribe', 'Copyright', 'recipes', 'Home']) expect(d.text).not.toContain(boilerplate);
  });

  it('reads a page without an article element, and one with no text at all', async () => {
    const short = files.write('short.htm', '<html><body><p>Chile recalled its ambassador to Caracas on Monday.</p></body></html>');
    const empty = files.write('empty.html', '<html><body><script>var x = 1;</script></body></html>');
    const { documents, diagnostics } = await readAll([short, empty]);
    expect(documents[0]!.text).toBe('Chile recalled its ambassador to Caracas on Monday.');
    expect(diagnostics).toMatchObject([{ code: 'W_NO_DATE', file: short }, { code: 'W_EMPTY', file: empty }]);
  });
});
