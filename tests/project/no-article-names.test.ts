// The extractor must generalise: no name from the articles we score on may appear in the code,
// and no person of theirs in the lexicons (general lists of places and outlets may hold theirs).
// General knowledge is exempt from the code check: a place, body or word the shipped data
// already knows without any article ("America", "United Nations", "Army"). People never are.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gazetteer, nameKey } from '../../src/extract/entities/gazetteer';
import { lookupKnown } from '../../src/extract/entities/lookup';

const repo = resolve(__dirname, '..', '..');
const articles = resolve(repo, '..', 'shared', 'articles');
const present = existsSync(articles);

interface GoldEntity {
  name: string;
  kind: string;
  aliases?: string[];
}

function goldFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return goldFiles(path);
    return name.endsWith('.gold.json') ? [path] : [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Known to the world-knowledge data (countries, cities, regions, general lexicons) or a dictionary word. */
function generalKnowledge(entity: GoldEntity): boolean {
  if (entity.kind === 'person') return false;
  const words = entity.name.split(/\s+/).length;
  if (words === 1 && gazetteer().englishWords.has(nameKey(entity.name))) return true;
  return lookupKnown(entity.name, words, { locative: false }) !== undefined;
}

(present ? describe : describe.skip)('no article names in the project', () => {
  // Read only when the suite runs: describe.skip still evaluates this body.
  const entities: GoldEntity[] = present ? goldFiles(articles).flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { entities: GoldEntity[] }).entities) : [];
  const files = sourceFiles(join(repo, 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  // The construction table's sentences are invented: real places and bodies, never a person of ours.
  const table = sourceFiles(join(repo, 'tests', 'extract', 'constructions')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('finds gold entities to check', () => {
    expect(entities.length).toBeGreaterThan(50);
  });

  it('no code file names an entity of our articles', () => {
    const names = [...new Set(entities.filter((e) => !generalKnowledge(e)).map((e) => e.name).filter((n) => n.length >= 4))];
    const found: string[] = [];
    for (const { path, text } of files.filter((f) => f.path.endsWith('.ts'))) {
      for (const name of names) {
        if (new RegExp(`\\b${escape(name)}\\b`, 'i').test(text)) found.push(`${path.slice(repo.length + 1)}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no file names a person of our articles', () => {
    const people = [...new Set(entities.filter((e) => e.kind === 'person' && e.name.includes(' ')).map((e) => e.name))];
    const found: string[] = [];
    for (const { path, text } of [...files, ...table]) {
      for (const name of people) {
        if (new RegExp(`\\b${escape(name)}\\b`, 'i').test(text)) found.push(`${path.slice(repo.length + 1)}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });
});

if (!present) {
  test.skip('no article names: ../shared/articles is absent, nothing to compare with', () => undefined);
}
