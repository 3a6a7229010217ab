// A saved web page: the story taken out of it by Mozilla's Readability (Firefox's reader view)
// over jsdom's DOM, where scripts never run and nothing is fetched, so menus, footers, comments and
// scripts stay out. The text is the story's headings, paragraphs, list items and quotes, one block
// per paragraph; title, date, address, site and byline come from the page's metadata.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { KgError } from '../../errors';
import { parseDateField } from '../dates';
import type { ArticleFields } from '../metadata';
import { recordFields } from './fields';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption';

export interface PageArticle {
  text: string;
  fields: ArticleFields;
}

function attribute(document: Document, selector: string, name: string): string | undefined {
  return document.querySelector(selector)?.getAttribute(name) ?? undefined;
}

/** The story's blocks of text, each on one line; the byline is the author field, not text. */
function blocksOf(html: string, byline: string | undefined): string[] {
  const story = JSDOM.fragment(html);
  return (
    [...story.querySelectorAll(BLOCKS)]
      // A block holding other blocks (a list item of paragraphs) is read through them.
      .filter((block) => block.querySelector(BLOCKS) === null)
      .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '' && text !== byline)
  );
}

/** Separators between a headline and the site's name in a page's <title>: "Talks resume - Daily Abc". */
const SEPARATOR = '\\s+[-|\u2013\u2014:\u00b7\u2022]\\s+';

/** The headline without the site's name that pages add to it, before or after. */
function withoutSiteName(title: string, site: string | undefined): string {
  if (site === undefined || site.trim() === '') return title;
  const name = site.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`${SEPARATOR}${name}$|^${name}${SEPARATOR}`, 'i'), '').trim();
  return stripped === '' ? title : stripped;
}

/** `where` names the page in errors (FILE). */
export function readPage(html: string, where: string): PageArticle {
  // A console of its own: jsdom's complaints about the page's CSS would otherwise reach stderr.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    const url = attribute(document, 'link[rel="canonical"]', 'href') ?? attribute(document, 'meta[property="og:url"]', 'content');
    const headline = attribute(document, 'meta[property="og:title"]', 'content');
    const article = new Readability(document).parse();
    const byline = article?.byline?.replace(/\s+/g, ' ').trim();
    const blocks = typeof article?.content === 'string' ? blocksOf(article.content, byline) : [];
    if (article === null || blocks.length === 0) throw new KgError('INPUT_FORMAT', `${where}: no article text found in the page`, where);
    // A page's date that names no day is left out, not held against the page.
    const date = article.publishedTime === null || article.publishedTime === undefined ? undefined : parseDateField(article.publishedTime);
    const record = {
      // The page's own headline for sharing, else Readability's from <title>.
      title: headline ?? (article.title === null || article.title === undefined ? undefined : withoutSiteName(article.title, article.siteName ?? undefined)),
      date,
      url,
      outlet: article.siteName ?? undefined,
      author: byline?.replace(/^by\s+/i, ''),
    };
    return { text: `${blocks.join('\n\n')}\n`, fields: recordFields(record, where) };
  } finally {
    dom.window.close();
  }
}
