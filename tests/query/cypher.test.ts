// The Cypher subset as a table: each query with the rows it must return, or the error it must
// raise. Rows are simplified: nodes and relationships to their keys, evidence maps kept whole.
import { runCypher } from '../../src/query';
import { lookupOf } from '../../src/query/lookup';
import { parseQuery } from '../../src/query/cypher/parser';
import { planQuery } from '../../src/query/cypher/plan';
import type { Output } from '../../src/query/cypher/values';
import { harbour, thrown } from './fixtures';

type Simple = null | boolean | number | string | Simple[] | { [key: string]: Simple };

function simplify(value: Output): Simple {
  if (Array.isArray(value)) return value.map(simplify);
  if (value !== null && typeof value === 'object') {
    if ('key' in value && typeof value.key === 'string') return value.key;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, simplify(v as Output)]));
  }
  return value;
}

const graph = harbour();
const rowsOf = (query: string): Simple[][] => {
  const result = runCypher(graph, query);
  return result.rows.map((row) => result.columns.map((column) => simplify(row[column] ?? null)));
};

const MIRA = 'mira-castellan';
const answers: Array<[string, string, Simple[][]]> = [
  ['nodes by label (kind)', 'MATCH (p:person) RETURN p.label ORDER BY p.label', [['Ines Abadi'], ['Mira Castellan'], ['Oskar Vantongeren'], ['Ruth Okonkwo'], ['Teo Lindqvist']]],
  ['undirected relation, property map', 'MATCH (p:person)-[:`met-with`]-(q:person {label: "Mira Castellan"}) RETURN p.label ORDER BY p.label', [['Ines Abadi'], ['Oskar Vantongeren']]],
  ['the same through WHERE', 'MATCH (p:person)-[:`met-with`]-(q) WHERE q.label = "Mira Castellan" RETURN p.label ORDER BY p.label', [['Ines Abadi'], ['Oskar Vantongeren']]],
  ['directed relation, arrow right', 'MATCH (p)-[:`quoted-by`]->(o {label: "Evening Beacon"}) RETURN p.label ORDER BY p.label', [['Mira Castellan'], ['Oskar Vantongeren']]],
  ['directed relation, arrow left', 'MATCH (o {label: "Evening Beacon"})<-[:`quoted-by`]-(p) RETURN p.label ORDER BY p.label', [['Mira Castellan'], ['Oskar Vantongeren']]],
  ['directed relation against its direction', 'MATCH (o {label: "Evening Beacon"})-[:`quoted-by`]->(p) RETURN p.label', []],
  ['an arrow on an undirected relation fits either way', 'MATCH (a {label: "Velmora"})-[:`sister-city`]->(b) RETURN b.label', [['Port Ardent']]],
  ['alternative types', 'MATCH (m {key: "mira-castellan"})-[r:visited|`affiliated-with`]->(c) RETURN r.relation, c.label ORDER BY r.relation', [['affiliated-with', 'Port Ardent'], ['visited', 'Port Ardent']]],
  ['comma-separated patterns sharing a variable', 'MATCH (a:person)-[:`quoted-by`]->(o), (a)-[:`met-with`]-(b:person {label: "Teo Lindqvist"}) RETURN a.label, o.label', [['Oskar Vantongeren', 'Evening Beacon']]],
  ['two MATCH clauses', 'MATCH (a {label: "Teo Lindqvist"})-[:`met-with`]-(b) MATCH (b)-[:visited]->(c) RETURN c.label', [['Velmora']]],
  ['variable length *1..3', 'MATCH (a {label: "Teo Lindqvist"})-[:`met-with`*1..3]-(b) RETURN DISTINCT b.label ORDER BY b.label', [['Ines Abadi'], ['Mira Castellan'], ['Oskar Vantongeren']]],
  ['variable length *2', 'MATCH (a {label: "Teo Lindqvist"})-[:`met-with`*2]-(b) RETURN b.label', [['Mira Castellan']]],
  ['variable length *..1', 'MATCH (a {label: "Teo Lindqvist"})-[*..1]-(b) RETURN b.label', [['Oskar Vantongeren']]],
  ['variable length binds a list of relationships', 'MATCH (a {label: "Teo Lindqvist"})-[r:`met-with`*2]-(b) RETURN r', [[['oskar-vantongeren|met-with|teo-lindqvist', `${MIRA}|met-with|oskar-vantongeren`]]]],
  ['variable length without an upper bound', 'MATCH (a {label: "Teo Lindqvist"})-[:`met-with`*]-(b) RETURN DISTINCT b.label ORDER BY b.label', [['Ines Abadi'], ['Mira Castellan'], ['Oskar Vantongeren']]],
  ['variable length from zero includes the start', 'MATCH (a {label: "Teo Lindqvist"})-[*0..1]-(b) RETURN b.label ORDER BY b.label', [['Oskar Vantongeren'], ['Teo Lindqvist']]],
  ['WHERE <>', 'MATCH (c:city) WHERE c.label <> "Velmora" RETURN c.label ORDER BY c.label', [['Port Ardent'], ['Saltmere']]],
  ['WHERE <', 'MATCH (p:person) WHERE p.mentions < 2 RETURN p.label ORDER BY p.label', [['Ruth Okonkwo'], ['Teo Lindqvist']]],
  ['WHERE >, ORDER BY DESC', 'MATCH (p:person) WHERE p.mentions > 2 RETURN p.label ORDER BY p.mentions DESC', [['Mira Castellan'], ['Oskar Vantongeren']]],
  ['CONTAINS', 'MATCH (n) WHERE n.label CONTAINS "Ardent" RETURN n.key ORDER BY n.key', [['ardent-maritime-council'], ['port-ardent']]],
  ['STARTS WITH', 'MATCH (n) WHERE n.label STARTS WITH "Re" RETURN n.label', [['Republic of Caldera']]],
  ['ENDS WITH', 'MATCH (n:city) WHERE n.label ENDS WITH "mere" RETURN n.label', [['Saltmere']]],
  ['IN a list', 'MATCH (n) WHERE n.label IN ["Velmora", "Saltmere", "Nowhere"] RETURN n.label ORDER BY n.label', [['Saltmere'], ['Velmora']]],
  ['IN a list property', 'MATCH (n) WHERE "Ardent" IN n.aliases RETURN n.key ORDER BY n.key', [['ardent-maritime-council'], ['port-ardent']]],
  ['AND, OR, NOT, parentheses', 'MATCH (p:person) WHERE (p.mentions > 2 OR p.label STARTS WITH "Teo") AND NOT p.label CONTAINS "Oskar" RETURN p.label ORDER BY p.label', [['Mira Castellan'], ['Teo Lindqvist']]],
  ['AS and ORDER BY the alias', 'MATCH (c:city) RETURN c.label AS city ORDER BY city DESC', [['Velmora'], ['Saltmere'], ['Port Ardent']]],
  ['DISTINCT', 'MATCH (p:person)-[:`quoted-by`]->(o) RETURN DISTINCT o.label ORDER BY o.label', [['Coastal Wire'], ['Evening Beacon']]],
  ['count(*)', 'MATCH (p:person) RETURN count(*) AS people', [[5]]],
  ['count grouped by the other columns', 'MATCH (p:person)-[:`quoted-by`]->(o) RETURN o.label AS outlet, count(p) AS quoted ORDER BY quoted DESC, outlet', [['Evening Beacon', 2], ['Coastal Wire', 1]]],
  ['count(DISTINCT x) beside count(x)', 'MATCH (p:person)-[r]->(c:city) RETURN count(DISTINCT c) AS cities, count(r) AS edges', [[2, 3]]],
  ['count of nothing is one row of zero', 'MATCH (p:person {label: "Nobody"}) RETURN count(*)', [[0]]],
  ['SKIP and LIMIT', 'MATCH (p:person) RETURN p.label ORDER BY p.label SKIP 1 LIMIT 2', [['Mira Castellan'], ['Oskar Vantongeren']]],
  ['LIMIT 0', 'MATCH (p:person) RETURN p.label LIMIT 0', []],
  ['a relationship variable', 'MATCH (:person {label: "Ruth Okonkwo"})-[r]->() RETURN r', [['ruth-okonkwo|quoted-by|coastal-wire']]],
  ['relationship property role', 'MATCH ()-[r:`affiliated-with`]->() RETURN r.role ORDER BY r.role', [['Mayor'], ['chair']]],
  ['relationship property map on status', 'MATCH (a)-[:`met-with` {status: "planned"}]-(b:person {label: "Ines Abadi"}) RETURN a.label', [['Mira Castellan']]],
  ['IS NOT NULL', 'MATCH ()-[r]->() WHERE r.status IS NOT NULL RETURN DISTINCT r.key', [[`${MIRA}|met-with|ines-abadi`]]],
  ['evidence of a relationship', 'MATCH ({label: "Saltmere"})-[r:`located-in`]->() RETURN r.evidence', [[[{ article: 'harbour-2', sentence: 'Saltmere, a port in Westmarch, joined the talks.', start: 673, end: 721, date: '2024-03-18', dateSource: 'article' }]]]],
  ['node properties', 'MATCH (n {label: "Ardent Maritime Council"}) RETURN n.key, n.kind, n.aliases, n.mentions, n.articles', [['ardent-maritime-council', 'institution', ['AMC', 'Ardent'], 2, ['harbour-2']]]],
  ['an undirected pattern matches each edge both ways', 'MATCH (a)-[:`sister-city`]-(b) RETURN count(*)', [[4]]],
  ['relationships are unique within a match', 'MATCH (a {label: "Teo Lindqvist"})-[:`met-with`]-(b)-[:`met-with`]-(c) RETURN c.label', [['Mira Castellan']]],
  ['a cycle closed through a shared variable', 'MATCH (a)-[:`met-with`]-(b), (b)-[:`quoted-by`]->(o)<-[:`quoted-by`]-(a) RETURN a.label, b.label ORDER BY a.label', [['Mira Castellan', 'Oskar Vantongeren'], ['Oskar Vantongeren', 'Mira Castellan']]],
  ['label values are exact', 'MATCH (p:person {label: "mira castellan"}) RETURN p', []],
  ['two kinds match nothing', 'MATCH (n:person:city) RETURN n', []],
  ['null never equals', 'MATCH (p:person) WHERE p.label = null RETURN p', []],
  ['comments and line breaks', "MATCH (c:city) // cities\nWHERE c.label = 'Saltmere' /* one */\nRETURN c.label", [['Saltmere']]],
  ['keywords in any case', "match (c:city {label: 'Velmora'}) return c.label as name", [['Velmora']]],
  ['a backticked variable', 'MATCH (`the city`:city {label: "Velmora"}) RETURN `the city`.label', [['Velmora']]],
  ['a whole node', 'MATCH (n:region) RETURN n', [['westmarch']]],
  ['injection-looking value in a property map', 'MATCH (n {label: "x\\"}) DETACH DELETE n //"}) RETURN n', []],
  ['injection-looking value in WHERE', "MATCH (n) WHERE n.label = 'Velmora\\' OR 1=1 //' RETURN n.label", []],
  ['a quote inside a value matches literally', 'MATCH (n) WHERE n.label = "Velmora\\" OR \\"1\\"=\\"1" RETURN n', []],
];

describe('Cypher subset: answers', () => {
  it.each(answers)('%s', (_, query, expected) => {
    expect(rowsOf(query)).toEqual(expected);
  });

  it('names columns by alias or as written', () => {
    expect(runCypher(graph, 'MATCH (p:person {label: "Teo Lindqvist"}) RETURN p.label, p.kind AS kind, count(*)').columns).toEqual(['p.label', 'kind', 'count(*)']);
  });

  it('returns a bound relationship with its relation and evidence', () => {
    const [row] = runCypher(graph, 'MATCH (:person {label: "Ruth Okonkwo"})-[r]->() RETURN r').rows;
    expect(row?.r).toMatchObject({
      relation: 'quoted-by',
      source: 'ruth-okonkwo',
      target: 'coastal-wire',
      evidence: [{ article: 'harbour-1', sentence: 'Ruth Okonkwo told Coastal Wire she had doubts.' }],
    });
  });

  it('never changes the graph, whatever the values say', () => {
    const copy = harbour();
    runCypher(copy, 'MATCH (n {label: "x\\"}) DETACH DELETE n //"}) RETURN n');
    expect(() => runCypher(copy, 'MATCH (n) DETACH DELETE n')).toThrow();
    expect([copy.order, copy.size]).toEqual([13, 13]);
  });
});

const errors: Array<[string, string, 'QUERY_SYNTAX' | 'QUERY_UNSUPPORTED', RegExp]> = [
  ['an unclosed node', 'MATCH (n RETURN n', 'QUERY_SYNTAX', /line 1, column 10: expected "\)", found "RETURN"/],
  ['a missing value on line 2', 'MATCH (n:person)\nWHERE n.label =\nRETURN n', 'QUERY_SYNTAX', /line 3, column 1: expected a value, found "RETURN"/],
  ['an unterminated string', 'MATCH (n {label: "abc}) RETURN n', 'QUERY_SYNTAX', /line 1, column 18: unterminated string/],
  ['a RETURN with nothing', 'MATCH (n) RETURN', 'QUERY_SYNTAX', /line 1, column 17: expected a value, found the end of the query/],
  ['no MATCH', 'RETURN 1', 'QUERY_SYNTAX', /line 1, column 1: expected MATCH/],
  ['a hyphenated type without backticks', 'MATCH (n)-[:met-with]-(m) RETURN n', 'QUERY_SYNTAX', /backticks.*`met-with`/],
  ['an unknown label', 'MATCH (n:persn) RETURN n', 'QUERY_SYNTAX', /line 1, column 7: unknown node label :persn/],
  ['an unknown relationship type', 'MATCH (n)-[:meets]-(m) RETURN n', 'QUERY_SYNTAX', /unknown relationship type :meets/],
  ['an unknown property', 'MATCH (n) RETURN n.age', 'QUERY_SYNTAX', /line 1, column 20: nodes have no property "age"/],
  ['an unknown variable', 'MATCH (n) RETURN m', 'QUERY_SYNTAX', /line 1, column 18: unknown variable m/],
  ['a negative LIMIT', 'MATCH (n) RETURN n LIMIT -1', 'QUERY_SYNTAX', /line 1, column 26: expected a number after LIMIT/],
  ['ORDER without BY', 'MATCH (n) RETURN n ORDER n', 'QUERY_SYNTAX', /expected BY/],
  ['trailing words', 'MATCH (n) RETURN n LIMIT 1 n', 'QUERY_SYNTAX', /line 1, column 28: expected the end of the query/],
  ['an empty range', 'MATCH (n)-[*3..1]-(m) RETURN m', 'QUERY_SYNTAX', /range \*3\.\.1 is empty/],
  ['ORDER BY a column DISTINCT does not return', 'MATCH (n) RETURN DISTINCT n.kind ORDER BY n.label', 'QUERY_SYNTAX', /must be a RETURN column/],
  ['CREATE', 'CREATE (n:person {label: "X"})', 'QUERY_UNSUPPORTED', /CREATE is not supported/],
  ['MERGE', 'MERGE (n:person)', 'QUERY_UNSUPPORTED', /MERGE is not supported/],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', 'QUERY_UNSUPPORTED', /DETACH DELETE is not supported \(line 1, column 11\)/],
  ['SET', 'MATCH (n) SET n.label = "x"', 'QUERY_UNSUPPORTED', /SET is not supported/],
  ['OPTIONAL MATCH', 'OPTIONAL MATCH (n) RETURN n', 'QUERY_UNSUPPORTED', /OPTIONAL MATCH is not supported/],
  ['WITH', 'MATCH (n) WITH n RETURN n', 'QUERY_UNSUPPORTED', /WITH is not supported/],
  ['UNWIND', 'UNWIND [1, 2] AS x RETURN x', 'QUERY_UNSUPPORTED', /UNWIND is not supported/],
  ['UNION', 'MATCH (n) RETURN n UNION MATCH (m) RETURN m', 'QUERY_UNSUPPORTED', /UNION is not supported/],
  ['CALL', 'CALL db.labels()', 'QUERY_UNSUPPORTED', /CALL is not supported/],
  ['another function', 'MATCH (n) RETURN toUpper(n.label)', 'QUERY_UNSUPPORTED', /the function toUpper\(\) is not supported/],
  ['a named path', 'MATCH p = (n)-[]-(m) RETURN p', 'QUERY_UNSUPPORTED', /named paths/],
  ['arithmetic', 'MATCH (n) WHERE n.mentions + 1 > 2 RETURN n', 'QUERY_UNSUPPORTED', /arithmetic/],
  ['a regular expression', 'MATCH (n) WHERE n.label =~ "M.*" RETURN n', 'QUERY_UNSUPPORTED', /regular expressions/],
  ['a parameter', 'MATCH (n {label: $name}) RETURN n', 'QUERY_UNSUPPORTED', /parameters/],
  ['count() in WHERE', 'MATCH (n) WHERE count(*) > 1 RETURN n', 'QUERY_UNSUPPORTED', /count\(\) inside an expression/],
  ['RETURN *', 'MATCH (n) RETURN *', 'QUERY_UNSUPPORTED', /RETURN \* is not supported/],
];

describe('Cypher subset: errors', () => {
  it.each(errors)('%s', (_, query, code, message) => {
    const error = thrown(() => runCypher(graph, query));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});

describe('Cypher planning', () => {
  it('starts from the named node through the label index, not from every person', () => {
    const query = parseQuery('MATCH (a:person)-[:`met-with`]-(b)-[:`met-with`]-(c {label: "Teo Lindqvist"}) RETURN a');
    const [start] = planQuery(graph, lookupOf(graph), query);
    expect(start).toMatchObject({ kind: 'start', candidates: ['teo-lindqvist'] });
    expect(start?.kind === 'start' && start.node.variable).toBe('c');
  });

  it('uses a WHERE equality on the label the same way', () => {
    const [start] = planQuery(graph, lookupOf(graph), parseQuery('MATCH (a:person)-[]-(b) WHERE b.label = "Velmora" RETURN a'));
    expect(start).toMatchObject({ kind: 'start', candidates: ['velmora'] });
  });
});
