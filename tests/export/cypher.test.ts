// The Cypher script, read by a tokenizer as a database would: every value stays inside its own
// string literal, so a hostile label cannot run as a statement, and the literals decode to the
// graph's own text.
import { join } from 'node:path';
import { cypherFloat, cypherName, cypherString, toCypher } from '../../src/export/cypher';
import { cleanText } from '../../src/export/xml-text';
import { loadGraph } from '../../src/graph/load';
import { cypherStatements, type Token } from './cypher-tokens';
import { HOSTILE_LABEL, hostileGraph, NASTY } from './hostile-graph';
import { REPO_ROOT } from './readers';

const words = (tokens: Token[]): string[] => tokens.filter((t) => t.kind === 'word').map((t) => t.value);
const strings = (tokens: Token[]): string[] => tokens.filter((t) => t.kind === 'string').map((t) => t.value);
const names = (tokens: Token[]): string[] => tokens.filter((t) => t.kind === 'name').map((t) => t.value);

/** The node statement whose `{id: '...'}` is `id`. */
function nodeStatement(statements: Token[][], id: string): Token[] {
  const found = statements.find((s) => words(s)[0] === 'MERGE' && strings(s)[0] === id);
  if (!found) throw new Error(`no MERGE for node ${id}`);
  return found;
}

describe('cypherString', () => {
  it.each([
    ['plain', 'Reed Isle'],
    ['quotes', `it's "ok"`],
    ['backslashes', 'a\\b\\\\c\\n'],
    ['line breaks and tabs', 'one\ntwo\r\nthree\tfour'],
    ['unicode', 'Zoë 🦊 مدينة الندى \u2028 \u0085'],
    ['a hostile label', HOSTILE_LABEL],
    ["a string that tries to close itself", "x' }) DETACH DELETE n; MATCH (m) //"],
  ])('%s decode back to exactly the same text', (_, text) => {
    const [statement] = cypherStatements(`RETURN ${cypherString(text)};`);
    expect(statement).toEqual([{ kind: 'word', value: 'RETURN' }, { kind: 'string', value: text }]);
  });

  it('drops the control characters no export can carry', () => {
    const [statement] = cypherStatements(`RETURN ${cypherString(NASTY)};`);
    expect(strings(statement!)).toEqual([cleanText(NASTY)]);
  });
});

describe('cypherName and cypherFloat', () => {
  it('quotes names in backticks with backticks doubled', () => {
    expect(cypherName('we`ird')).toBe('`we``ird`');
    expect(names(cypherStatements(`MATCH (n:${cypherName('a`) DETACH DELETE n //')});`)[0]!)).toEqual(['a`) DETACH DELETE n //']);
  });

  it('writes floats that stay floats', () => {
    expect([3, -8, 0.5, 1e21, 1e-7].map(cypherFloat)).toEqual(['3.0', '-8.0', '0.5', '1e21', '1e-7']);
  });
});

describe('toCypher', () => {
  it('writes one constraint, one MERGE per node and one MATCH ... MERGE per edge', () => {
    const graph = loadGraph(join(REPO_ROOT, 'tests', 'fixtures', 'graphs', 'small.json'));
    const statements = cypherStatements(toCypher(graph));
    expect(statements).toHaveLength(1 + graph.order + graph.size);
    expect(words(statements[0]!).slice(0, 2)).toEqual(['CREATE', 'CONSTRAINT']);
    expect(statements.slice(1, 1 + graph.order).every((s) => words(s)[0] === 'MERGE')).toBe(true);
    const edges = statements.slice(1 + graph.order);
    expect(edges.every((s) => words(s)[0] === 'MATCH' && words(s).includes('MERGE'))).toBe(true);
    expect(names(edges[0]!)).toEqual(['Entity', 'Entity', 'MET_WITH']);
  });

  it('keeps a hostile label, aliases, role and evidence inside single string literals', () => {
    const graph = hostileGraph();
    const statements = cypherStatements(toCypher(graph));
    expect(statements).toHaveLength(1 + graph.order + graph.size);
    const allWords = new Set(statements.flatMap(words));
    expect(allWords.has('DETACH')).toBe(false);
    expect(allWords.has('DELETE')).toBe(false);

    const hostile = nodeStatement(statements, 'hostile');
    expect(strings(hostile)).toEqual(['hostile', HOSTILE_LABEL, 'person', 'art-1']);
    const nasty = nodeStatement(statements, `o'brien&<co>"`);
    expect(strings(nasty).slice(0, 3)).toEqual([`o'brien&<co>"`, cleanText(NASTY), 'person']);
    expect(strings(nasty)).toEqual(expect.arrayContaining(graph.getNodeAttribute(`o'brien&<co>"`, 'aliases')));
    expect(names(nasty)).toEqual(['Entity', 'Person']);

    const affiliation = statements.find((s) => names(s).includes('AFFILIATED_WITH'))!;
    const evidence = graph.getEdgeAttribute(`o'brien&<co>"|affiliated-with|dune-harbour`, 'evidence');
    expect(strings(affiliation)).toEqual(
      expect.arrayContaining([`Mayor "pro tem" <acting> & ${HOSTILE_LABEL}`, JSON.stringify(evidence)]),
    );
  });

  it('writes the Memgraph index and constraint when asked', () => {
    const statements = cypherStatements(toCypher(hostileGraph(), { dialect: 'memgraph' }));
    expect(words(statements[0]!)).toEqual(['CREATE', 'INDEX', 'ON', 'id']);
    expect(words(statements[1]!)).toEqual(['CREATE', 'CONSTRAINT', 'ON', 'n', 'ASSERT', 'n', 'id', 'IS', 'UNIQUE']);
  });
});
