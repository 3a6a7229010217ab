// What extracting one article yields for the corpus: its extraction and its sentences (the
// co-mention layer's evidence), as the JSON the store keeps, made the same way on a worker thread
// and on the main one, so every path gives the same graph.
import { readsFileDate } from '../article/metadata';
import { splitSentences } from '../article/sentences';
import { articleContent, type SourceArticle } from '../article/stream';
import { extractArticle } from '../extract';

export interface ExtractedJson {
  extraction: string;
  sentences: string;
}

/** What extraction needs of an article: its id, where it is, its content and its file's date. */
export type ExtractSource = Pick<SourceArticle, 'id' | 'path' | 'line' | 'fileDate' | 'content'>;

export interface Extracted {
  json: ExtractedJson;
  /** The article's date came from its file's date (see readsFileDate), so the store keys it by that too. */
  readsFileDate: boolean;
}

/** Throws KgError for a saved page with no story in it. */
export async function extractSource(source: ExtractSource): Promise<Extracted> {
  const { text, fields } = await articleContent(source);
  const describe = { fields, ...(source.fileDate === undefined ? {} : { fileDate: source.fileDate }) };
  const extraction = extractArticle(text, source.id, describe);
  return { json: { extraction: JSON.stringify(extraction), sentences: JSON.stringify(splitSentences(text)) }, readsFileDate: readsFileDate(text, describe) };
}
