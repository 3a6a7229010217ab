// CR (old Mac files), CRLF (Windows) and LF all end lines: the same article read from each gives
// the same title, sentences, entities and relations; a CR-only file is not one long line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeLineBreaks } from '../../src/article/decode';
import { readArticles } from '../../src/article/stream';
import { splitSentences } from '../../src/article/sentences';
import { readStructure } from '../../src/article/structure';
import { extractArticle } from '../../src/extract';

const ARTICLE = [
  'Harbour council backs ferry plan',
  '',
  'Mayor Lena Marsh met Tomas Ecker in Port Avelin on Monday',
  '',
  'Greta Holloway told the Avelin Herald the ferry would run by spring.',
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'kg-breaks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, text: string): Promise<string> {
  writeFileSync(join(dir, name), text);
  const [article] = await readArticles([join(dir, name)]);
  if (article === undefined) throw new Error('no article read');
  return article.text;
}

function summary(text: string) {
  const structure = readStructure(text);
  const extraction = extractArticle(text, 'ferry');
  const names = new Map(extraction.entities.map((e) => [e.id, e.label]));
  return {
    title: structure.title && text.slice(structure.title.start, structure.title.end),
    sentences: splitSentences(text).map((s) => s.text.trim()),
    entities: extraction.entities.map((e) => `${e.label}/${e.kind}`).sort(),
    relations: extraction.relations.map((r) => `${names.get(r.source)} ${r.relation} ${names.get(r.target)}`).sort(),
  };
}

describe('line endings', () => {
  let lf: ReturnType<typeof summary>;
  beforeAll(async () => {
    lf = summary(await read('lf.txt', ARTICLE));
  });

  it('reads the LF article as the test expects (title, paragraphs apart)', () => {
    expect(lf.title).toBe('Harbour council backs ferry plan');
    expect(lf.sentences).toHaveLength(3);
    expect(lf.relations).toContain('Lena Marsh met-with Tomas Ecker');
  });

  it('reads CR-only line endings (old Mac files) as line breaks: title found, no sentence across paragraphs', async () => {
    const text = await read('cr.txt', ARTICLE.replace(/\n/g, '\r'));
    expect(text).toHaveLength(ARTICLE.length);
    expect(summary(text)).toEqual(lf);
  });

  it('reads CRLF line endings as line breaks', async () => {
    expect(summary(await read('crlf.txt', ARTICLE.replace(/\n/g, '\r\n')))).toEqual(lf);
  });

  it('keeps every offset: a CR becomes one LF, a CRLF stays as it is', () => {
    expect(normalizeLineBreaks('a\rb\r\nc\n\r')).toBe('a\nb\r\nc\n\n');
  });
});
