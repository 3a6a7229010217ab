// The calling thread uses an extraction as it is, a worker thread and the store as JSON: the
// objects must be exactly what their JSON reads back as, or the paths would give different graphs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractObjects } from '../../src/corpus/extracted';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');

describe('an extraction used as it is equals its JSON read back', () => {
  it.each(readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort())('%s', async (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const { extraction, sentences } = await extractObjects({ id: name, path: name, content: { text, fields: { date: '2024-03-02' } } });
    expect(extraction.relations.length).toBeGreaterThan(0);
    // toStrictEqual tells a property set to undefined, which JSON drops, from one left out.
    expect(JSON.parse(JSON.stringify(extraction))).toStrictEqual(extraction);
    expect(JSON.parse(JSON.stringify(sentences))).toStrictEqual(sentences);
  });
});
