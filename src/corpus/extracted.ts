// What extracting one article yields for the corpus: its extraction and the sentences the
// co-mention layer reads (those naming two entities or more). A worker thread sends them as JSON;
// the calling thread uses them as they are, since a long article's JSON and its parse would be
// held beside them. Both are made from the same objects, so every path gives the same graph.
import { readsFileDate } from '../article/metadata';
import { articleContent, type SourceArticle } from '../article/stream';
import { extractArticle } from '../extract';
import { sentencesNamingTwo } from '../extract/mention-sentences';
import type { Extraction, Sentence } from '../extract/types';

export interface ExtractedJson {
  extraction: string;
  sentences: string;
}

/** What extraction needs of an article: its id, where it is, its content and its file's date. */
export type ExtractSource = Pick<SourceArticle, 'id' | 'path' | 'line' | 'fileDate' | 'content'>;

export interface ExtractedArticle {
  extraction: Extraction;
  sentences: Sentence[];
}

export interface Extracted {
  json: ExtractedJson;
  /** The article's date came from its file's date (see readsFileDate), so the store keys it by that too. */
  readsFileDate: boolean;
}

export type ExtractedObjects = ExtractedArticle & Pick<Extracted, 'readsFileDate'>;

/** Throws KgError for a saved page with no story in it. */
export async function extractObjects(source: ExtractSource): Promise<ExtractedObjects> {
  const { text, fields } = await articleContent(source);
  const describe = { fields, ...(source.fileDate === undefined ? {} : { fileDate: source.fileDate }) };
  const extraction = extractArticle(text, source.id, describe);
  return { extraction, sentences: sentencesNamingTwo(text, extraction.mentions ?? []), readsFileDate: readsFileDate(text, describe) };
}

/** extractObjects as JSON. */
export async function extractSource(source: ExtractSource): Promise<Extracted> {
  const { readsFileDate: fileDate, ...found } = await extractObjects(source);
  return { json: { extraction: JSON.stringify(found.extraction), sentences: JSON.stringify(found.sentences) }, readsFileDate: fileDate };
}
