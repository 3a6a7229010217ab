// What the text has named so far, in order: each sighting of an entity (by name or by a resolved
// reference) with its sentence, whether it was a subject, and whether it stood in a quotation;
// and who spoke the latest quotation of the paragraph.
import type { EntityKind } from '../../types';
import type { NounPhrase, SentenceParse } from '../parse/types';

export interface Sighting {
  entity: string;
  kind: EntityKind;
  sentence: number;
  /** Word index in its sentence. */
  start: number;
  subject: boolean;
  /** The subject of the sentence's main clause, not of a clause inside it. */
  main: boolean;
  quoted: boolean;
  /** The other entities named with it in one list or one phrase. */
  group: readonly string[];
}

export class Discourse {
  readonly sightings: Sighting[] = [];
  /** The entity who spoke the latest quotation of the paragraph. */
  speaker: string | undefined;
  private subjects = new Set<NounPhrase>();
  private mainSubjects = new Set<NounPhrase>();
  private lastEnd = 0;

  constructor(private readonly text: string) {}

  enter(parse: SentenceParse): void {
    if (this.text.slice(this.lastEnd, parse.sentence.start).includes('\n')) this.speaker = undefined;
    this.subjects = new Set(parse.predicates.flatMap((p) => p.subject));
    this.mainSubjects = new Set(parse.predicates.filter((p) => p.clause.kind === 'main' || p.clause.kind === 'reporting').flatMap((p) => p.subject));
  }

  leave(parse: SentenceParse): void {
    this.lastEnd = parse.sentence.end;
  }

  mention(parse: SentenceParse, np: NounPhrase): void {
    if (!np.kind) return;
    const group = np.list ? np.list.flatMap((m) => m.refs) : np.refs;
    for (const entity of np.refs) {
      this.sightings.push({
        entity,
        kind: np.kind,
        sentence: parse.sentence.index,
        start: np.start,
        subject: this.subjects.has(np) || (np.list !== undefined && np.list.some((m) => this.subjects.has(m))),
        main: this.mainSubjects.has(np) || (np.list !== undefined && np.list.some((m) => this.mainSubjects.has(m))),
        quoted: parse.words[np.head]?.quoted ?? false,
        group,
      });
    }
  }

  /** Sightings of one sentence, in order. */
  inSentence(sentence: number): Sighting[] {
    const out: Sighting[] = [];
    for (let k = this.sightings.length - 1; k >= 0; k--) {
      const s = this.sightings[k] as Sighting;
      if (s.sentence < sentence) break;
      if (s.sentence === sentence) out.unshift(s);
    }
    return out;
  }
}
