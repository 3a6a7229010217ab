// What the viewer does with a graph file that names things after Object members: one message
// naming the file instead of a blank page ("n.toLowerCase is not a function").
import { graphFromText } from '../../viewer/app/loading';

// The GEXF reader needs the browser's DOMParser; these files are JSON and never reach it.
jest.mock('graphology-gexf/browser', () => ({ parse: () => new Error('no GEXF here') }));

const evidence = [{ article: 'a', sentence: 'Ada met Bo.', start: 0, end: 11 }];
const person = (key: string) => ({ key, attributes: { label: key, kind: 'person', aliases: [], mentions: 1, articles: ['a'] } });

function graphText(relation: string, keys = ['ada', 'bo']): string {
  const [a = 'ada', b = 'bo'] = keys;
  return JSON.stringify({
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: keys.map(person),
    edges: [{ key: 'e1', source: a, target: b, undirected: true, attributes: { relation, evidence, weight: 1 } }],
  });
}

describe('the viewer loading a hostile graph.json', () => {
  it('reads a good one', () => {
    expect(graphFromText('graph.json', graphText('met-with')).size).toBe(1);
  });

  it.each(['constructor', 'toString', '__proto__'])('names the file and the relation %j instead of staying blank', (relation) => {
    expect(() => graphFromText('graph.json', graphText(relation))).toThrow(`graph.json: edge "e1" has unknown relation ${JSON.stringify(relation)}`);
  });

  it('names a node keyed __proto__ instead of staying blank', () => {
    expect(() => graphFromText('graph.json', graphText('met-with', ['__proto__', 'bo']))).toThrow('graph.json: node key "__proto__" is a name JavaScript objects reserve; rename the node');
  });
});
