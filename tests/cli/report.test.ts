// What `kg build` / `kg extract` print: the --verbose rule lines and the closing summary.
import { join } from 'node:path';
import type { BuildSummary } from '../../src/pipeline';
import { summaryLines, verboseLines } from '../../src/cli/report';
import { extraction } from '../graph/extraction-fixture';

const zero = { person: 0, city: 0, institution: 0, country: 0, region: 0 };
const none = { 'met-with': 0, 'quoted-by': 0, 'sister-city': 0, 'affiliated-with': 0, visited: 0, 'located-in': 0 };

function summary(overrides: Partial<BuildSummary>): BuildSummary {
  return { articles: 1, words: 12, entities: zero, relations: none, coMentions: 0, files: [join('out', 'graph.json')], seconds: 0.5, ...overrides };
}

describe('verboseLines', () => {
  it('prints the article, then each entity with its kind and rule, then each edge with role, status and rule', () => {
    const text = 'Mayor Ada Quill of Port Vella will meet Bo Ferren.';
    const made = extraction(
      'harbor-1',
      text,
      [
        { label: 'Ada Quill', kind: 'person' },
        { label: 'Port Vella', kind: 'city' },
        { label: 'Bo Ferren', kind: 'person' },
      ],
      [
        { source: 'Ada Quill', target: 'Port Vella', relation: 'affiliated-with', sentence: text, role: 'Mayor' },
        { source: 'Ada Quill', target: 'Bo Ferren', relation: 'met-with', sentence: text, status: 'planned' },
      ],
    );
    expect(verboseLines(made)).toEqual([
      '# harbor-1',
      'Ada Quill → person (test)',
      'Port Vella → city (test)',
      'Bo Ferren → person (test)',
      'Ada Quill -affiliated-with-> Port Vella [role: Mayor] (test)',
      'Ada Quill -met-with-> Bo Ferren [planned] (test)',
    ]);
  });
});

describe('summaryLines', () => {
  it('counts articles, words and seconds, lists only the kinds and relations found, the co-mention pairs, and names the files', () => {
    const lines = summaryLines(
      summary({ entities: { ...zero, person: 2, city: 1 }, relations: { ...none, visited: 3 }, coMentions: 4, files: [join('out', 'graph.json'), join('out', 'graph.gexf')] }),
    );
    expect(lines).toEqual([
      '1 article, 12 words, 0.50 s',
      'entities: person 2, city 1',
      'relations: visited 3',
      'co-mentions: 4 pairs named in one sentence',
      `wrote ${join('out', 'graph.json')}, ${join('out', 'graph.gexf')}`,
    ]);
  });

  it('says none when nothing was found, and counts many files by folder', () => {
    const files = ['a', 'b', 'c'].map((id) => join('per-article', `${id}.json`));
    expect(summaryLines(summary({ articles: 3, files }))).toEqual(['3 articles, 12 words, 0.50 s', 'entities: none', 'relations: none', 'wrote 3 files in per-article']);
  });
});
