// Prints the construction table (tests/extract/constructions): rows and passes per class, then
// every failing row with its missing and spurious triples. A development loop for the relation
// passes; CLASS arguments keep only the classes whose name contains one of them.
//
//   npm run constructions [-- CLASS...]
import { CLASSES } from '../tests/extract/constructions';
import { failures, runTable, summary } from '../tests/extract/constructions/report';

const wanted = process.argv.slice(2).map((a) => a.toLowerCase());
const classes = CLASSES.filter((c) => wanted.length === 0 || wanted.some((w) => c.name.toLowerCase().includes(w)));
const table = runTable(classes);
const failing = failures(table);
console.log(`${summary(table)}${failing ? `\n\n${failing}` : ''}`);
