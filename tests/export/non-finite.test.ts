// A node whose layout failed (NaN or Infinity in x, y or size) is still exported, without the
// values no reader accepts.
import { toCypher } from '../../src/export/cypher';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { createKnowledgeGraph } from '../../src/graph/build';

function graphWithBrokenLayout() {
  const graph = createKnowledgeGraph();
  graph.addNode('ada-quill', { label: 'Ada Quill', kind: 'person', aliases: [], mentions: 1, articles: ['a'], x: Number.NaN, y: 2, size: Number.POSITIVE_INFINITY, color: '#000000' });
  graph.addNode('port-vella', { label: 'Port Vella', kind: 'city', aliases: [], mentions: 1, articles: ['a'], x: 1.5, y: -2, size: 4, color: '#000000' });
  return graph;
}

describe('non-finite layout values', () => {
  it('GEXF leaves out the position and size of that node only', () => {
    const gexf = toGexf(graphWithBrokenLayout());
    expect(gexf).not.toMatch(/NaN|Infinity/);
    expect(gexf.match(/<viz:position /g)).toHaveLength(1);
    expect(gexf).toContain('<viz:position x="1.5" y="-2"/>');
    expect(gexf.match(/<viz:size /g)).toHaveLength(1);
  });

  it('Cypher sets no x, y or size for that node', () => {
    const lines = toCypher(graphWithBrokenLayout()).split('\n');
    const ada = lines.find((l) => l.includes("{id: 'ada-quill'}")) ?? '';
    expect(ada).not.toMatch(/n\.x|n\.y|n\.size|NaN|Infinity/);
    expect(lines.find((l) => l.includes("{id: 'port-vella'}"))).toContain('n.x = 1.5, n.y = -2.0, n.size = 4.0');
  });

  it('GraphML leaves out the data element', () => {
    const graphml = toGraphml(graphWithBrokenLayout());
    expect(graphml).not.toMatch(/NaN|Infinity/);
    expect(graphml.match(/<data key="n-x">/g)).toHaveLength(1);
  });
});
