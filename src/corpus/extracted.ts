// What extracting one article yields for the corpus: its extraction and its sentences (the
// co-mention layer's evidence), as the JSON the store keeps, made the same way on a worker thread
// and on the main one, so every path gives the same graph.
import { splitSentences } from '../article/sentences';
import { extractArticle } from '../extract';

export interface ExtractedJson {
  extraction: string;
  sentences: string;
}

export function extractedJson(text: string, id: string): ExtractedJson {
  return { extraction: JSON.stringify(extractArticle(text, id)), sentences: JSON.stringify(splitSentences(text)) };
}
