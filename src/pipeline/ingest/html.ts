import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Origin } from '../../model/index.js';
import type { ReadResult } from './record.js';
import { readFields } from './html-meta.js';
import { documentFromRecord } from './record.js';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption';

/** The text of an element's blocks, one paragraph each, separated by blank lines. */
function blockText(root: { querySelectorAll(s: string): Iterable<{ textContent: string | null; querySelector(s: string): unknown }> }): string {
  const paragraphs: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // its inner blocks speak for it
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/**
 * An HTML page: its main text by Mozilla's Readability (navigation, ads and footers dropped), in
 * paragraphs; title, date, URL and language from the page's metadata.
 */
export function readHtml(content: string, file: string): ReadResult {
  const { document } = parseHTML(content);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const fields = readFields(document);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document);
  if (!text && article?.textContent) text = article.textContent.replace(/[ \t]+/g, ' ').trim();
  if (!text) text = blockText(document) || (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const origin: Origin = { file, format: 'html' };
  if (!text) return { diagnostics: [{ level: 'warning', code: 'W_EMPTY', file, message: 'the page has no main text to read' }] };
  return documentFromRecord({ ...fields, title: article?.title || fields.title, text }, origin);
}
