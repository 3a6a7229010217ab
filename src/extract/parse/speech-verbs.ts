// Verbs of saying (speech-verbs.txt) and of reporting (report-cues.txt): their complement is a
// clause of its own, and they attribute quotations and reports; and what words are said in
// (speech-media.txt).
import { lexiconRows, lexiconSet } from '../lexicon';

let speech: Set<string> | undefined;

export function isSpeechVerb(word: string): boolean {
  speech ??= new Set([...lexiconSet('speech-verbs')].map((w) => w.toLowerCase()));
  return speech.has(word);
}

let report: Set<string> | undefined;

/** A verb of saying, or one by which an outlet reports ("reported", "quoted"). */
export function isReportVerb(word: string): boolean {
  report ??= new Set(lexiconRows('report-cues').map((row) => (row[0] ?? '').toLowerCase()));
  return isSpeechVerb(word) || report.has(word);
}

let media: Set<string> | undefined;

/** Things words are said in ("interview", "statement", "programme"), speech-media.txt. */
export function isMedium(word: string): boolean {
  media ??= lexiconSet('speech-media');
  return media.has(word);
}

let ownWords: Set<string> | undefined;

/** Media that are a person's own words ("interview", "column"; not "programme"), speech-media.txt rows marked words. */
export function isOwnWords(word: string): boolean {
  ownWords ??= new Set(lexiconRows('speech-media').filter((row) => row[1] === 'words').map((row) => row[0] ?? ''));
  return ownWords.has(word);
}
