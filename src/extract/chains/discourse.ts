// What the text has named so far, in order: each sighting of an entity (by name or by a resolved
// reference) with its sentence, whether it was a subject, and whether it stood in a quotation;
// and who spoke the latest quotation of the paragraph.
import type { EntityKind } from '../../types';
import type { NounPhrase, SentenceParse } from '../parse/types';
import { breaksBetween } from '../parse/words';

export interface Sighting {
  entity: string;
  kind: EntityKind;
  sentence: number;
  /** Word index in its sentence. */
  start: number;
  subject: boolean;
  /** The subject of the sentence's main clause, not of a clause inside it. */
  main: boolean;
  /** The object of a verb of the sentence's main clause ("Regulators fined Abc"). */
  mainObject: boolean;
  quoted: boolean;
  /** The other entities named with it in one list or one phrase. */
  group: readonly string[];
}

/**
 * Kept so that every question costs in proportion to what it looks at, not to the article's
 * length: sightings are indexed by sentence, and counts and latest sightings kept as they come.
 */
export class Discourse {
  readonly sightings: Sighting[] = [];
  /** The entity who spoke the latest quotation of the paragraph. */
  speaker: string | undefined;
  /** How often each person was named outside quotations, and the first time as a main subject. */
  readonly counts = new Map<string, number>();
  readonly firstMainSubject = new Map<string, number>();
  /** Index of each entity's latest sighting. */
  readonly latest = new Map<string, number>();
  /** Where each sentence's sightings start in `sightings`. */
  private readonly sentenceStart: number[] = [];
  private subjects = new Set<NounPhrase>();
  private mainSubjects = new Set<NounPhrase>();
  private mainObjects = new Set<NounPhrase>();
  private lastEnd = 0;

  constructor(private readonly text: string) {}

  enter(parse: SentenceParse): void {
    this.sentenceStart[parse.sentence.index] = this.sightings.length;
    if (breaksBetween(this.text, this.lastEnd, parse.sentence.start)) this.speaker = undefined;
    // Filled in place: no array of every predicate's subjects per sentence.
    this.subjects = new Set();
    this.mainSubjects = new Set();
    this.mainObjects = new Set();
    for (const p of parse.predicates) {
      const main = p.clause.kind === 'main' || p.clause.kind === 'reporting';
      for (const np of p.subject) {
        this.subjects.add(np);
        if (main) this.mainSubjects.add(np);
      }
      if (main && p.voice === 'active') for (const np of p.object) this.mainObjects.add(np);
    }
  }

  leave(parse: SentenceParse): void {
    this.lastEnd = parse.sentence.end;
  }

  mention(parse: SentenceParse, np: NounPhrase): void {
    if (!np.kind) return;
    const group = np.list ? np.list.flatMap((m) => m.refs) : np.refs;
    for (const entity of np.refs) {
      const quoted = parse.words[np.head]?.quoted ?? false;
      const main = this.mainSubjects.has(np) || (np.list !== undefined && np.list.some((m) => this.mainSubjects.has(m)));
      this.latest.set(entity, this.sightings.length);
      if (np.kind === 'person' && !quoted) {
        this.counts.set(entity, (this.counts.get(entity) ?? 0) + 1);
        if (main && !this.firstMainSubject.has(entity)) this.firstMainSubject.set(entity, this.sightings.length);
      }
      this.sightings.push({
        entity,
        kind: np.kind,
        sentence: parse.sentence.index,
        start: np.start,
        subject: this.subjects.has(np) || (np.list !== undefined && np.list.some((m) => this.subjects.has(m))),
        main,
        mainObject: this.mainObjects.has(np),
        quoted,
        group,
      });
    }
  }

  /** Sightings of one sentence, in order. */
  inSentence(sentence: number): Sighting[] {
    return this.sightings.slice(this.sentenceStart[sentence] ?? this.sightings.length);
  }

  /** Sightings of the `reach` sentences before `sentence`, in order. */
  before(sentence: number, reach: number): Sighting[] {
    let from = this.sightings.length;
    for (let s = Math.max(0, sentence - reach); s < sentence; s++) {
      const at = this.sentenceStart[s];
      if (at !== undefined) {
        from = at;
        break;
      }
    }
    return this.sightings.slice(from, this.sentenceStart[sentence] ?? this.sightings.length);
  }

  /** The latest sightings first, as far back as `accept` asks, up to a bound. */
  *backwards(limit = 2000): Generator<Sighting> {
    for (let k = this.sightings.length - 1; k >= 0 && k >= this.sightings.length - limit; k--) yield this.sightings[k] as Sighting;
  }
}
