interface Queryable {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  documentElement: { getAttribute(name: string): string | null } | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

function attr(doc: Queryable, selector: string, name: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
}

/** The fields a news page declares about itself: date, title, URL, language and site. */
export function readFields(doc: Queryable): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const selector of DATE_META) {
    const date = attr(doc, selector, 'content');
    if (date) { fields.date = date; break; }
  }
  fields.date ??= attr(doc, 'time[datetime]', 'datetime') ?? '';
  const title = attr(doc, 'meta[property="og:title"]', 'content') ?? doc.querySelector('title')?.textContent?.trim();
  if (title) fields.title = title;
  const url = attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content');
  if (url) fields.url = url;
  const site = attr(doc, 'meta[property="og:site_name"]', 'content');
  if (site) fields.source = site;
  const language = doc.documentElement?.getAttribute('lang')?.trim();
  if (language) fields.language = language;
  if (!fields.date) delete fields.date;
  return fields;
}
