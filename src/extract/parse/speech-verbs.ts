// Verbs of saying (speech-verbs.txt) and of reporting (report-cues.txt): their complement is a
// clause of its own, and they attribute quotations and reports.
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
