// A YAML block between `---` lines at the top of a `.txt` or `.md` article: its fields describe
// the article, the text after it is the article.
import type * as yaml from 'yaml';
import { KgError } from '../../errors';
import type { ArticleFields } from '../metadata';
import { recordFields } from './fields';

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export interface FrontMatter {
  fields: ArticleFields;
  /** The article after the block (all of it when there is none). */
  body: string;
}

export function splitFrontMatter(text: string, path: string): FrontMatter {
  const open = OPEN.exec(text);
  if (open === null) return { fields: {}, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (close === null) throw new KgError('INPUT_FORMAT', `${path}:1: front matter opened with --- is never closed`, path);
  let data: unknown;
  try {
    // yaml (some 70 modules) is loaded only for an article that has front matter.
    data = (require('yaml') as typeof yaml).parse(rest.slice(0, close.index));
  } catch (error) {
    const line = ((error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 0) + 1;
    throw new KgError('INPUT_FORMAT', `${path}:${line}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`, path);
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new KgError('INPUT_FORMAT', `${path}:2: front matter must be a map of fields (title: ..., date: ...)`, path);
  }
  const lineEnd = rest.indexOf('\n', close.index);
  const body = lineEnd === -1 ? '' : rest.slice(lineEnd + 1);
  return { fields: data === null ? {} : recordFields(data as Record<string, unknown>, path), body };
}
