// Scores the extractor on CoNLL-2003 (evaluation only: nothing from the data set goes into the
// project). Each document (split at -DOCSTART-) is rebuilt as text, one sentence a line; the
// set of unique names of each type in the document is compared with the names the extractor
// mentions (PER = person, ORG = institution, LOC = city, country or region; MISC ignored).
// compromise's people(), organizations() and places() run on the same text as a baseline.
//
//   npx ts-node --transpile-only scripts/eval-conll.ts [PATH_TO_eng.testa]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { extractArticle } from '../src/extract';
import type { EntityKind } from '../src/types';

type NameType = 'PER' | 'ORG' | 'LOC';
const TYPES: NameType[] = ['PER', 'ORG', 'LOC'];
const TYPE_OF_KIND: Record<EntityKind, NameType> = { person: 'PER', institution: 'ORG', city: 'LOC', country: 'LOC', region: 'LOC' };

interface Doc {
  text: string;
  words: number;
  gold: Record<NameType, Set<string>>;
}

type Names = Record<NameType, Set<string>>;
const emptyNames = (): Names => ({ PER: new Set(), ORG: new Set(), LOC: new Set() });

/** Names compare without case, accents, punctuation, spacing or a possessive. */
function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$/;

function readDocs(path: string): Doc[] {
  const docs: Doc[] = [];
  let lines: string[] = [];
  let sentence: string[] = [];
  let gold = emptyNames();
  let words = 0;
  let open: { type: string; tokens: string[] } | undefined;
  const closeName = (): void => {
    if (open && (TYPES as string[]).includes(open.type)) gold[open.type as NameType].add(key(open.tokens.join(' ')));
    open = undefined;
  };
  const endSentence = (): void => {
    closeName();
    if (sentence.length) lines.push(sentence.join(''));
    sentence = [];
  };
  const endDoc = (): void => {
    endSentence();
    if (lines.length) docs.push({ text: lines.join('\n'), words, gold });
    lines = [];
    gold = emptyNames();
    words = 0;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      endDoc();
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const parts = line.split(' ');
    const token = parts[0] ?? '';
    const tag = parts[parts.length - 1] ?? 'O';
    words++;
    sentence.push(sentence.length && !NO_SPACE_BEFORE.test(token) ? ` ${token}` : token);
    const [bio, type] = tag.split('-');
    if (tag === 'O' || !type) closeName();
    else if (bio === 'B' || !open || open.type !== type) {
      closeName();
      open = { type, tokens: [token] };
    } else open.tokens.push(token);
  }
  endDoc();
  return docs;
}

function ours(text: string): Names {
  const names = emptyNames();
  const extraction = extractArticle(text);
  const kindOf = new Map(extraction.entities.map((e) => [e.id, e.kind]));
  for (const m of extraction.mentions ?? []) {
    const kind = kindOf.get(m.entity);
    if (kind) names[TYPE_OF_KIND[kind]].add(key(m.text));
  }
  return names;
}

function compromise(text: string): Names {
  const doc = nlp(text);
  const list = (view: { out: (format: 'array') => string[] }): Set<string> => new Set(view.out('array').map(key).filter(Boolean));
  return { PER: list(doc.people()), ORG: list(doc.organizations()), LOC: list(doc.places()) };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(docs: Doc[], system: (text: string) => Names): { counts: Record<NameType, Counts>; seconds: number } {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<NameType, Counts>;
  const started = process.hrtime.bigint();
  const predicted = docs.map((d) => system(d.text));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  docs.forEach((doc, i) => {
    for (const type of TYPES) {
      const gold = doc.gold[type];
      const got = predicted[i]?.[type] ?? new Set<string>();
      const c = counts[type];
      for (const name of got) if (gold.has(name)) c.tp++;
      else c.fp++;
      for (const name of gold) if (!got.has(name)) c.fn++;
    }
  });
  return { counts, seconds };
}

function prf(c: Counts): string {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  return `P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function report(title: string, result: { counts: Record<NameType, Counts>; seconds: number }, words: number): void {
  console.log(`${title}  (${Math.round(words / result.seconds).toLocaleString('en')} words/s)`);
  for (const type of TYPES) console.log(`  ${type}      ${prf(result.counts[type])}`);
  const all = TYPES.reduce((a, t) => ({ tp: a.tp + result.counts[t].tp, fp: a.fp + result.counts[t].fp, fn: a.fn + result.counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`  overall  ${prf(all)}`);
}

function main(): void {
  const path = process.argv[2] ?? resolve(__dirname, '../../shared/conll2003/eng.testa');
  if (!existsSync(path)) {
    console.error(`eval-conll: ${path}: file not found (pass the path to eng.testa)`);
    process.exit(1);
  }
  const docs = readDocs(path);
  const words = docs.reduce((n, d) => n + d.words, 0);
  console.log(`${docs.length} documents, ${words.toLocaleString('en')} words, document-level unique names`);
  extractArticle('Warm-up.'); // load the gazetteers before timing
  report('news-kg', score(docs, ours), words);
  report('compromise 14.17', score(docs, compromise), words);
}

main();
