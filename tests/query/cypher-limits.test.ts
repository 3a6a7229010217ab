// What one Cypher query may cost. Each case was a way to hang or crash `kg query` on a 10k-node
// graph: a cartesian product (out of heap after 120 s), a deep variable-length walk, a range
// bound of 20 digits, 20k nested parentheses or a 30k-term OR (stack overflow), and names over 256
// characters (cut).
import { generateGraph } from '../../bench/generate-graph';
import { runCypher } from '../../src/query';
import { harbour, thrown } from './fixtures';

const big = generateGraph(10_000, 5);
const graph = harbour();

function limitError(query: string, options = {}, on = big): string {
  const error = thrown(() => runCypher(on, query, options));
  expect(error.code).toBe('QUERY_LIMIT');
  expect(error.message).not.toContain('\n');
  return error.message;
}

describe('Cypher cost limits', () => {
  it('refuses a cartesian product of two unanchored patterns instead of running out of heap', () => {
    expect(limitError('MATCH (a), (b) RETURN a.label, b.label')).toBe(
      'Cypher: the patterns starting at (a) and (b) share no variable, so every match of one pairs with every match of the other: 10000 × 10000 combinations, more than the 1000000 a query may ask for; join them by a relationship or narrow each (a kind, a label)',
    );
  });

  it('refuses a three-way product counted with count(*) instead of never finishing', () => {
    expect(limitError('MATCH (a), (b), (c) RETURN count(*)')).toMatch(/share no variable.*10000 × 10000 × 10000 combinations/);
  });

  it('refuses a product spread over two MATCH clauses too', () => {
    expect(limitError('MATCH (a:person) MATCH (b:city) RETURN count(*)')).toMatch(/\(a\) and \(b\) share no variable.*2000 × 2000/);
  });

  it('still answers small products and patterns joined by a shared variable', () => {
    expect(runCypher(graph, 'MATCH (a:city), (b:city) RETURN count(*) AS n').rows).toEqual([{ n: 9 }]);
    expect(runCypher(big, 'MATCH (a {label: "Entity 1"}), (b {label: "Entity 2"}) RETURN a.label, b.label').rows).toHaveLength(1);
  });

  it('stops a deep variable-length walk at its time budget instead of running past a minute', () => {
    expect(limitError('MATCH (a)-[*1..8]-(b) RETURN count(*)', { timeoutMs: 500 })).toBe(
      'Cypher: the query ran out of its time budget of 0.5 s; narrow the pattern (a kind, a label, a shorter range) or raise --timeout',
    );
  });

  it.each(['*1..99999999999999999999', '*1..11', '*11', '*12..'])('refuses the range %s above the hard maximum depth', (range) => {
    expect(limitError(`MATCH (a {label: "Entity 1"})-[${range}]-(b) RETURN b`)).toMatch(/a variable-length relationship may go at most 10 hops deep, found \*\d*\.\.\d+ \(line 1, column \d+\)/);
  });

  it('refuses an answer over the row limit, and says how to get it', () => {
    expect(limitError('MATCH (a:person) RETURN a.label', { maxRows: 3 }, graph)).toBe(
      'Cypher: the query finds more than 3 rows; add LIMIT, narrow the pattern, or raise --max-rows',
    );
    expect(limitError('MATCH (a)-[r]-(b) RETURN a.kind, count(*)', { maxRows: 2 }, graph)).toMatch(/groups into more than 2 rows/);
    expect(limitError('MATCH (a) RETURN DISTINCT a.kind', { maxRows: 2 }, graph)).toMatch(/finds more than 2 rows/);
  });

  it('keeps only the best rows of ORDER BY ... LIMIT, so a small answer from many rows stays within the limit', () => {
    const rows = runCypher(big, 'MATCH (a:person) RETURN a.label ORDER BY a.label DESC SKIP 1 LIMIT 3', { maxRows: 10 }).rows;
    expect(rows).toEqual([{ 'a.label': 'Entity 9990' }, { 'a.label': 'Entity 9985' }, { 'a.label': 'Entity 9980' }]);
  });
});

describe('Cypher query text of any size', () => {
  it('refuses 20k nested parentheses with a syntax error, not a stack overflow', () => {
    const error = thrown(() => runCypher(graph, `MATCH (n) WHERE ${'('.repeat(20_000)}true${')'.repeat(20_000)} RETURN n`));
    expect(error.code).toBe('QUERY_SYNTAX');
    expect(error.message).toMatch(/^Cypher syntax error at line 1, column \d+: the query nests more than 100 levels deep/);
  });

  it('refuses 20k NOTs and 20k nested lists the same way', () => {
    expect(thrown(() => runCypher(graph, `MATCH (n) WHERE ${'NOT '.repeat(20_000)}true RETURN n`)).message).toMatch(/nests more than 100 levels/);
    expect(thrown(() => runCypher(graph, `MATCH (n) WHERE n.label IN ${'['.repeat(20_000)}${']'.repeat(20_000)} RETURN n`)).message).toMatch(/nests more than 100 levels/);
  });

  it('answers a 30k-term OR chain', () => {
    const terms = Array.from({ length: 30_000 }, (_, i) => `c.label = "Nowhere ${i}"`);
    terms.push('c.label = "Velmora"');
    expect(runCypher(graph, `MATCH (c:city) WHERE ${terms.join(' OR ')} RETURN c.label`).rows).toEqual([{ 'c.label': 'Velmora' }]);
  });

  it('keeps names longer than 256 characters whole', () => {
    const name = `n${'x'.repeat(400)}`;
    const result = runCypher(graph, `MATCH (${name}:city {label: "Velmora"}) RETURN ${name}.label`);
    expect(result.columns).toEqual([`${name}.label`]);
    expect(result.rows).toEqual([{ [`${name}.label`]: 'Velmora' }]);
  });
});
