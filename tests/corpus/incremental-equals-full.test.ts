// An incremental build (articles added to, or removed from, a corpus the store holds) gives the
// graph a full build of the same articles gives: the same nodes, keys, labels, aliases, edges and
// evidence in the same order, byte for byte but for the positions, which an incremental build keeps
// from the last layout (docs/scale.md). The invented articles are made so that what is added or
// removed changes decisions taken on the articles already there: a bare surname tied to one person
// is untied when a second person of the same surname and context comes, and tied again when she
// goes; a new article lists a body's short name.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import { removeDir, runKg, scratchDir } from '../cli/run-kg';

const ARTICLES: Record<string, string> = {
  'a1-harbour.txt':
    'Harbour Trust backs quay plan\n\nMayor Tova Brandt of Port Vella met with the Harbour Trust on Monday to discuss the new quay with Norland Steel. ' +
    '"The quay will bring jobs," Brandt said. The Harbour Trust, known as HT, has pledged money to Port Vella.\n',
  'a2-rovers.txt':
    'Kerrow Rovers name coach\n\nMilo Brandt was named coach of Kerrow Rovers on Friday. Brandt visited Abcton before the season. ' +
    'Kerrow Rovers said the club had talked with Brandt for months.\n',
  'a3-quay.txt':
    'Quay vote delayed\n\nThe vote on the new quay was delayed on Wednesday. Brandt told the Harbour Trust that the plan was sound. ' +
    'Officials of Norland Steel said they would wait for the vote.\n',
};

const ADDED: Record<string, string> = {
  'a4-steel.txt':
    'Norland Steel hires director\n\nAnsa Brandt joined Norland Steel as director on Tuesday. She met with the Harbour Trust about the quay. ' +
    'Norland Steel, or NS, said the quay mattered to it.\n',
  'a5-ht.txt':
    'HT Radio opens\n\nHT Radio, a station of the Harbour Trust, opened in Port Vella. Milo Brandt of Kerrow Rovers spoke at the launch. ' +
    '"We are proud," said HT Radio chief Pell Orrin.\n',
};

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  for (const [name, text] of Object.entries({ ...ARTICLES, ...ADDED })) writeFileSync(join(dir, name), text);
});
afterAll(() => removeDir(dir));

function build(out: string, names: readonly string[], ...flags: string[]): string {
  const run = runKg(dir, ['build', ...names, '--out', out, ...flags]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const graphText = (out: string): string => readFileSync(join(dir, out, 'graph.json'), 'utf8');
const articlesOf = (out: string, key: string): string[] | undefined => loadGraph(join(dir, out, 'graph.json')).getNodeAttribute(key, 'articles');

/** graph.json with every node's x and y taken out, everything else as written. */
function withoutPositions(out: string): string {
  return graphText(out)
    .split('\n')
    .map((line) => line.replace(/,"x":-?[0-9.e+-]+,"y":-?[0-9.e+-]+/, ''))
    .join('\n');
}

const BEFORE = Object.keys(ARTICLES);
const ALL = [...BEFORE, ...Object.keys(ADDED)];

describe('an incremental build against a full build of the same articles', () => {
  it('adding articles: the same graph but for positions; laid out afresh, the same bytes', () => {
    expect(build('inc', BEFORE)).toContain(`: ${BEFORE.length} extracted, 0 unchanged, 0 removed`);
    // The bare Brandt of the quay story is the mayor while she is the one Brandt of its context...
    expect(articlesOf('inc', 'tova-brandt')).toEqual(['a1-harbour', 'a3-quay']);
    expect(build('inc', ALL)).toContain(`: ${ALL.length - BEFORE.length} extracted, ${BEFORE.length} unchanged, 0 removed`);
    build('full', ALL, '--no-store');
    // ...and a node of its own once a second Brandt of the same context comes.
    expect(articlesOf('inc', 'tova-brandt')).toEqual(['a1-harbour']);
    expect(articlesOf('inc', 'brandt')).toEqual(['a3-quay']);
    expect(withoutPositions('inc')).toBe(withoutPositions('full'));
    // Every node line carried a position that the comparison took out.
    expect(withoutPositions('full')).not.toMatch(/"x":/);
    build('inc', ALL, '--relayout');
    expect(graphText('inc')).toBe(graphText('full'));
    // Two extraction workers give the same bytes as one.
    build('full-jobs', ALL, '--no-store', '--jobs', '2');
    expect(graphText('full-jobs')).toBe(graphText('full'));
  });

  it('removing articles: the same graph but for positions', () => {
    const kept = ALL.filter((name) => name !== 'a4-steel.txt' && name !== 'a5-ht.txt');
    expect(build('inc', kept)).toContain(`: 0 extracted, ${kept.length} unchanged, 2 removed`);
    // The other Brandts of its context gone, the bare one is the mayor again.
    expect(articlesOf('inc', 'tova-brandt')).toEqual(['a1-harbour', 'a3-quay']);
    rmSync(join(dir, 'full'), { recursive: true, force: true });
    build('full', kept, '--no-store');
    expect(withoutPositions('inc')).toBe(withoutPositions('full'));
  });

  it('adding them again with two workers: the same graph but for positions', () => {
    expect(build('inc', ALL, '--jobs', '2')).toContain(`: ${ALL.length - BEFORE.length} extracted, ${BEFORE.length} unchanged, 0 removed`);
    expect(articlesOf('inc', 'tova-brandt')).toEqual(['a1-harbour']);
    expect(withoutPositions('inc')).toBe(withoutPositions('full-jobs'));
  });
});
