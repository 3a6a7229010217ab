// `kg export GRAPH.json --format gexf|graphml|csv|neo4j-csv|cypher --out PATH`: a saved graph for other tools.
import type { Command } from 'commander';
import { KgError } from '../../errors';
import { checkOutput, EXPORT_FORMATS, isExportFormat, renderExport } from '../../export/export-graph';
import { writeFilesAtomic } from '../../export/write-file';
import { withoutCoMentions } from '../../graph/co-mentions';
import { loadGraph } from '../../graph/load';

interface ExportCliOptions {
  format: string;
  out: string;
  gephiUndirected?: boolean;
  dialect: string;
  withCoMentions?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('convert a saved graph.json for Gephi, networkx, yEd, Cytoscape, spreadsheets, Neo4j or Memgraph')
    .argument('<graph>', 'a graph.json written by kg build or kg extract')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .requiredOption('--out <path>', 'output file (for csv: the folder for nodes.csv and edges.csv)')
    .option('--gephi-undirected', 'gexf: mark met-with and sister-city undirected for Gephi (networkx cannot read such a file)')
    .option('--dialect <dialect>', 'cypher: neo4j or memgraph', 'neo4j')
    .option('--with-co-mentions', 'keep the mentioned-with edges (entities named in one sentence), left out by default')
    .action((graphPath: string, options: ExportCliOptions) => {
      const { format, out, dialect } = options;
      if (!isExportFormat(format)) {
        throw new KgError('USAGE', `${graphPath}: unknown format "${format}" (expected ${EXPORT_FORMATS.join(', ')})`, format);
      }
      if (dialect !== 'neo4j' && dialect !== 'memgraph') {
        throw new KgError('USAGE', `${graphPath}: unknown Cypher dialect "${dialect}" (expected neo4j or memgraph)`, dialect);
      }
      checkOutput(format, out);
      const loaded = loadGraph(graphPath);
      const graph = options.withCoMentions === true ? loaded : withoutCoMentions(loaded);
      const files = renderExport(graph, format, out, {
        symmetricEdges: options.gephiUndirected === true ? 'undirected' : 'directed',
        dialect,
      });
      writeFilesAtomic(files);
      process.stdout.write(`${files.map((f) => f.path).join(', ')}: ${graph.order} nodes, ${graph.size} edges (${format})\n`);
    });
}
