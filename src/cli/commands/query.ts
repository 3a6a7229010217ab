// `kg query [--graph FILE] [--json] SUBCOMMAND` and `kg query --cypher QUERY`: questions about a
// saved graph, answered as tables (evidence included) or as JSON.
import type { Command } from 'commander';
import { isIsoDate, type DateRange } from '../../dates';
import { KgError } from '../../errors';
import { withoutCoMentions } from '../../graph/co-mentions';
import { loadGraph } from '../../graph/load';
import {
  affiliations,
  CENTRALITY_MEASURES,
  communities,
  entitiesByKind,
  findEntities,
  graphStats,
  neighbours,
  quotedBy,
  quotes,
  resolveEntity,
  shortestPath,
  sisterCities,
  timeline,
  topEntities,
  whoMet,
  withinDates,
  type CentralityMeasure,
  type Connection,
  type Direction,
} from '../../query';
import { isEntityKind, isRelationType, ENTITY_KINDS, RELATION_TYPES } from '../../schema';
import type { EntityKind, KnowledgeGraph, RelationType } from '../../types';
import { DEFAULT_GRAPH } from './build';
import { cypherAnswer, wantsCypher, withCypherOptions, type CypherCliOptions } from './query-cypher';
import { arrow, connectionTable, cypherTable, entityTable, relationRows, table, timelineTable } from './query-format';

interface QueryOptions extends CypherCliOptions {
  graph: string;
  json?: boolean;
  withCoMentions?: boolean;
  since?: string;
  until?: string;
}

/**
 * The graph to ask: typed relations only, unless --with-co-mentions asks for the co-mention layer
 * too; cut to --since/--until when either is given.
 */
function graphFor(options: QueryOptions): KnowledgeGraph {
  const range: DateRange = {};
  for (const bound of ['since', 'until'] as const) {
    const value = options[bound];
    if (value === undefined) continue;
    if (!isIsoDate(value)) throw new KgError('USAGE', `--${bound} must be a date (YYYY-MM-DD, YYYY-MM or YYYY), found "${value}"`, value);
    range[bound] = value;
  }
  const graph = loadGraph(options.graph);
  return withinDates(options.withCoMentions === true ? graph : withoutCoMentions(graph), range);
}

function print(options: QueryOptions, answer: unknown, render: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(answer, null, 2)}\n` : render());
}

function positiveInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new KgError('USAGE', `${option} must be a whole number of at least 1, found "${value}"`, value);
  return Number(value);
}

function connections(what: string, ask: (graph: KnowledgeGraph, name: string) => Connection[]) {
  return (graph: KnowledgeGraph, options: QueryOptions, name: string): void => {
    const answer = ask(graph, name);
    const label = resolveEntity(graph, name).label;
    print(options, answer, () => (answer.length === 0 ? `${label}: no ${what}\n` : connectionTable(answer)));
  };
}

function runSubcommand(command: Command, handler: (graph: KnowledgeGraph, options: QueryOptions, ...args: string[]) => void) {
  return (...args: unknown[]): void => {
    const options = command.optsWithGlobals<QueryOptions>();
    const strings = args.filter((a): a is string => typeof a === 'string');
    const graph = graphFor(options);
    try {
      handler(graph, options, ...strings);
    } catch (error) {
      // The library knows the graph, not its file; the user may have several graphs.
      if (error instanceof KgError && error.code === 'QUERY_UNKNOWN_ENTITY') {
        throw new KgError(error.code, `${options.graph}: ${error.message}`, error.subject);
      }
      throw error;
    }
  };
}

export function registerQuery(program: Command): void {
  const query = withCypherOptions(
    program
      .command('query')
      .description('ask a saved graph: who met whom, who was quoted where, paths, central entities, or any Cypher MATCH query')
      .option('--graph <file>', 'the graph.json to ask', DEFAULT_GRAPH)
      .option('--json', 'answer in JSON instead of a table')
      .option('--with-co-mentions', 'also follow mentioned-with edges (entities named in one sentence), left out by default')
      .option('--since <date>', 'only what happened on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)')
      .option('--until <date>', 'only what happened on or before this day (YYYY-MM-DD, YYYY-MM or YYYY)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  kg query who-met "Alma Torres"
  kg query --graph out/graph.json --json path "Alma Torres" Riverton
  kg query top --by pagerank --kind person --limit 5
  kg query --since 2024-03-01 --until 2024-03-31 who-met "Alma Torres"
  kg query timeline "Alma Torres"
  kg query --cypher 'MATCH (p:person)-[:\`met-with\`]-(q:person {label: "Alma Torres"}) RETURN p.label'
  kg query --cypher-file long-query.cypher --max-rows 100000 --timeout 60`,
    )
    .action((options: QueryOptions) => {
      if (!wantsCypher(options)) {
        query.help({ error: true });
      }
      const result = cypherAnswer(graphFor(options), options);
      print(options, result, () => (result.rows.length === 0 ? '(no rows)\n' : cypherTable(result)));
    });
  const sub = (name: string, description: string): Command => query.command(name).description(description);
  const add = (command: Command, handler: (graph: KnowledgeGraph, options: QueryOptions, ...args: string[]) => void): void => {
    command.action(runSubcommand(command, handler));
  };

  add(sub('find', 'entities whose name or alias is NAME (any case)').argument('<name>'), (graph, options, name = '') => {
    const found = findEntities(graph, name);
    if (found.length === 0) resolveEntity(graph, name);
    print(options, found, () => entityTable(found));
  });
  add(sub('entities', 'every entity of one kind').argument('<kind>', ENTITY_KINDS.join(' | ')), (graph, options, kind = '') => {
    if (!isEntityKind(kind)) throw new KgError('USAGE', `unknown kind "${kind}" (expected ${ENTITY_KINDS.join(', ')})`, kind);
    const found = entitiesByKind(graph, kind);
    print(options, found, () => (found.length === 0 ? `no ${kind} in the graph\n` : entityTable(found)));
  });
  add(sub('who-met', 'the people NAME met with, and the sentences that say so').argument('<name>'), connections('met-with relations', whoMet));
  add(sub('quotes', 'the outlets that quoted the person NAME').argument('<name>'), connections('quoted-by relations from it', quotes));
  add(sub('quoted-by', 'the people and institutions the outlet OUTLET quoted').argument('<outlet>'), connections('quoted-by relations to it', quotedBy));
  add(sub('sister-cities', 'the cities twinned with CITY').argument('<city>'), connections('sister-city relations', sisterCities));
  add(sub('affiliations', 'affiliations of a person, or the people affiliated with a place or institution').argument('<name>'), connections('affiliated-with relations', affiliations));

  add(sub('timeline', "NAME's relations in date order, with the articles' titles").argument('<name>'), (graph, options, name = '') => {
    const entries = timeline(graph, name);
    const label = resolveEntity(graph, name).label;
    print(options, entries, () => (entries.length === 0 ? `${label}: no relations\n` : timelineTable(entries)));
  });

  const neighbourCommand = sub('neighbours', 'entities within --depth steps of NAME')
    .argument('<name>')
    .option('--relation <relation>', `only these relations, separated by commas (${RELATION_TYPES.join(', ')})`)
    .option('--direction <direction>', 'out, in or both (undirected relations count either way)', 'both')
    .option('--depth <n>', 'how many steps', '1');
  add(neighbourCommand, (graph, options, name = '') => {
    const own = neighbourCommand.opts<{ relation?: string; direction: string; depth: string }>();
    const relation = own.relation?.split(',').map((r) => r.trim());
    const unknown = relation?.find((r) => !isRelationType(r));
    if (unknown !== undefined) throw new KgError('USAGE', `unknown relation "${unknown}" (expected ${RELATION_TYPES.join(', ')})`, unknown);
    if (!['out', 'in', 'both'].includes(own.direction)) throw new KgError('USAGE', `--direction must be out, in or both, found "${own.direction}"`, own.direction);
    const found = neighbours(graph, name, { relation: relation as RelationType[] | undefined, direction: own.direction as Direction, depth: positiveInteger(own.depth, '--depth') });
    const label = resolveEntity(graph, name).label;
    print(options, found, () =>
      found.length === 0
        ? `${label}: no neighbours\n`
        : table(
            ['DEPTH', 'ENTITY', 'KIND', 'VIA', 'RELATION', 'EVIDENCE'],
            found.flatMap((n) => relationRows(n.relations, (r, first) => (first ? [String(n.depth), n.entity.label, n.entity.kind, graph.getNodeAttribute(n.via, 'label'), r.relation] : ['', '', '', '', '']))),
          ),
    );
  });

  const pathCommand = sub('path', 'the shortest chain of relations between FROM and TO, with evidence')
    .argument('<from>')
    .argument('<to>')
    .option('--directed', 'follow directed relations only from subject to object');
  add(pathCommand, (graph, options, from = '', to = '') => {
    const path = shortestPath(graph, from, to, { directed: pathCommand.opts<{ directed?: boolean }>().directed === true });
    print(options, path, () => {
      if (!path) return `no path between ${resolveEntity(graph, from).label} and ${resolveEntity(graph, to).label}\n`;
      const label = (key: string): string => graph.getNodeAttribute(key, 'label');
      if (path.steps.length === 0) return `"${from}" and "${to}" are the same entity: ${label(path.nodes[0]?.key ?? '')}\n`;
      return table(
        ['STEP', 'FROM', 'RELATION', 'TO', 'EVIDENCE'],
        path.steps.flatMap((step, i) => relationRows(step.relations, (r, first) => (first ? [String(i + 1), label(step.from), arrow(r, step.from), label(step.to)] : ['', '', '', '']))),
      );
    });
  });

  const topCommand = sub('top', 'the most central entities, with the relations and evidence behind each')
    .option('--by <measure>', CENTRALITY_MEASURES.join(', '), 'degree')
    .option('--kind <kind>', `only this kind (${ENTITY_KINDS.join(', ')})`)
    .option('--limit <n>', 'how many', '10');
  add(topCommand, (graph, options) => {
    const own = topCommand.opts<{ by: string; kind?: string; limit: string }>();
    if (!(CENTRALITY_MEASURES as readonly string[]).includes(own.by)) throw new KgError('USAGE', `--by must be one of ${CENTRALITY_MEASURES.join(', ')}, found "${own.by}"`, own.by);
    if (own.kind !== undefined && !isEntityKind(own.kind)) throw new KgError('USAGE', `unknown kind "${own.kind}" (expected ${ENTITY_KINDS.join(', ')})`, own.kind);
    const ranked = topEntities(graph, { measure: own.by as CentralityMeasure, kind: own.kind as EntityKind | undefined, limit: positiveInteger(own.limit, '--limit') });
    print(options, ranked, () =>
      ranked.length === 0
        ? `no ${own.kind ?? 'entities'} in the graph\n`
        : table(
            ['RANK', 'ENTITY', 'KIND', own.by.toUpperCase(), 'RELATIONS', 'EVIDENCE'],
            ranked.map((r, i) => [String(i + 1), r.entity.label, r.entity.kind, Number.isInteger(r.score) ? String(r.score) : r.score.toFixed(4), String(r.degree), String(r.evidence)]),
          ),
    );
  });

  add(sub('communities', 'groups of closely tied entities (Louvain)'), (graph, options) => {
    const found = communities(graph);
    print(options, found, () => found.length === 0 ? 'no entities in the graph\n' : table(['COMMUNITY', 'SIZE', 'RELATIONS', 'MEMBERS'], found.map((c) => [String(c.id + 1), String(c.members.length), String(c.relations.length), c.members.map((m) => m.label).join(', ')])));
  });

  add(sub('stats', 'counts of entities by kind and relations by type'), (graph, options) => {
    const stats = graphStats(graph);
    print(options, stats, () =>
      table(
        ['WHAT', 'COUNT'],
        [
          ['entities', String(stats.nodes)],
          ...Object.entries(stats.byKind).map(([kind, n]) => [`  ${kind}`, String(n)]),
          ['relations', String(stats.edges)],
          ...Object.entries(stats.byRelation).map(([relation, n]) => [`  ${relation}`, String(n)]),
          ['planned relations', String(stats.planned)],
          ['evidence sentences', String(stats.evidence)],
          ['articles', String(stats.articles)],
        ],
      ),
    );
  });
}
