// A small contract graph whose text holds everything that breaks naive exporters: markup
// characters, both quotes, backslashes, emoji, right-to-left text, C0 controls, a lone surrogate,
// line breaks, CSV and array delimiters, and Cypher written to escape a string literal.
import { createKnowledgeGraph } from '../../src/graph/build';
import type { KnowledgeGraph } from '../../src/types';

export const HOSTILE_LABEL = 'x"}) DETACH DELETE n //';
export const NASTY = `Zoë "Ace" <O'Brien> & Co 🦊 \\ مدينة الندى \u0001bell\u0007 esc\u001b lone\uD800 tab\there`;

export function hostileGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.setAttribute('name', 'hostile <&> "fixture"');
  graph.addNode(`o'brien&<co>"`, {
    label: NASTY,
    kind: 'person',
    aliases: ['A&B', '<tag>', HOSTILE_LABEL, 'semi;colon', 'comma, "quoted"', 'back\\slash`tick'],
    mentions: 2,
    articles: ['art-1', 'art;2'],
    x: -1.5,
    y: 2.25,
    size: 4,
  });
  graph.addNode('hostile', { label: HOSTILE_LABEL, kind: 'person', aliases: [], mentions: 1, articles: ['art-1'], x: 3, y: -4, size: 2 });
  graph.addNode('dune-harbour', { label: 'ميناء الكثبان ‏(Dune Harbour)', kind: 'city', aliases: ['DH'], mentions: 1, articles: ['art-1'], x: 0, y: 0, size: 3 });
  graph.addNode('reed-isle', { label: 'Reed Isle', kind: 'city', aliases: [], mentions: 1, articles: ['art-1'], x: 1e-7, y: 123456.789, size: 3 });
  const sentence = `He said: "<b>A & B</b>" ]]> \u0000 then\nleft\r\n🦊 ${HOSTILE_LABEL} \\n`;
  const evidence = [{ article: 'art-1', sentence, start: 0, end: sentence.length }];
  graph.addUndirectedEdgeWithKey(`o'brien&<co>"|met-with|hostile`, `o'brien&<co>"`, 'hostile', { relation: 'met-with', evidence, weight: 1 });
  graph.addDirectedEdgeWithKey(`o'brien&<co>"|visited|dune-harbour`, `o'brien&<co>"`, 'dune-harbour', { relation: 'visited', evidence, weight: 1, status: 'planned' });
  graph.addDirectedEdgeWithKey(`o'brien&<co>"|affiliated-with|dune-harbour`, `o'brien&<co>"`, 'dune-harbour', {
    relation: 'affiliated-with',
    evidence,
    weight: 2,
    role: `Mayor "pro tem" <acting> & ${HOSTILE_LABEL}`,
  });
  graph.addUndirectedEdgeWithKey('dune-harbour|sister-city|reed-isle', 'dune-harbour', 'reed-isle', { relation: 'sister-city', evidence, weight: 1 });
  return graph;
}
