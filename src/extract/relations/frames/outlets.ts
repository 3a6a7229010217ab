// News outlets: institutions whose names make them outlets (news-outlets.txt, or a capitalised
// outlet head in the name: "Abc Times", "Abc-Post"), and phrases that present one ("the news
// agency Abc", "the Abc newspaper", "Abc's Morning programme", "the state broadcaster, Abc").
import { lexiconRows, lexiconSet } from '../../lexicon';
import type { NounPhrase } from '../../parse/types';
import type { ExtractedEntity } from '../../types';
import { lastWord } from '../../parse/words';
import type { Doc } from '../site';

let heads: { capital: Set<string>; lower: Set<string> } | undefined;
let known: Set<string> | undefined;

/** Outlet head words: capitalised ones inside names, lowercase ones around them. */
function outletHeads(): { capital: Set<string>; lower: Set<string> } {
  if (!heads) {
    const words = lexiconRows('outlet-heads').map((row) => row[0] ?? '');
    heads = {
      capital: new Set(words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase())),
      lower: new Set(words.filter((w) => /^\p{Ll}/u.test(w)).flatMap((w) => w.split(' '))),
    };
  }
  return heads;
}

// Compared without a leading "the": the lexicon writes "The Abc", the entity is labelled "Abc".
const bare = (n: string): string => n.toLowerCase().replace(/^the\s+/, '');

/** Ids of the article's institutions whose names make them news outlets. */
export function outletEntities(entities: readonly ExtractedEntity[]): Set<string> {
  known ??= new Set(lexiconRows('news-outlets').map((row) => bare(row[0] ?? '')));
  const { capital } = outletHeads();
  const out = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'institution') continue;
    const names = [e.label, ...e.aliases];
    // A head may be hyphenated on ("Abc-Post"); an outlet's service keeps its name first ("Abc World").
    const headed = names.some((n) => n.includes(' ') || n.includes('-') ? n.split(/[\s-]+/).some((w) => capital.has(w.toLowerCase())) : false);
    const firstWord = bare(e.label).split(/\s+/)[0] ?? '';
    if (headed || names.some((n) => known?.has(bare(n))) || (e.label.includes(' ') && known.has(firstWord))) out.add(e.id);
  }
  return out;
}

/** True for a lowercase word that names a kind of outlet ("newspaper", "agency", "programme"). */
export const isOutletWord = (word: string): boolean => outletHeads().lower.has(word);

/** The outlet a phrase names or presents, if any. */
export function outletOf(np: NounPhrase | undefined, outlets: ReadonlySet<string>): string | undefined {
  if (!np) return undefined;
  const id = np.refs[0];
  if (np.form === 'name' && id) {
    if (outlets.has(id)) return id;
    if (np.kind === 'institution' && (np.modifiers.some(isOutletWord) || (np.appositive && np.appositive.modifiers.concat(np.appositive.lower.split(' ')).some(isOutletWord)))) return id;
    return undefined;
  }
  if (np.form !== 'description') return undefined;
  // "State media, Abc, quoted A": a description standing for an outlet named beside it.
  if (id && outlets.has(id)) return id;
  const head = lastWord(np.lower);
  if (!isOutletWord(head)) return undefined;
  // "the Abc newspaper", "Abc's Morning programme", "the news agency, Abc".
  const named = np.qualifiers.find((q) => q.kind === 'institution')?.entity ?? (np.possessor?.kind === 'institution' ? np.possessor.refs[0] : undefined);
  if (named) return named;
  return np.appositive?.form === 'name' && np.appositive.kind === 'institution' ? np.appositive.refs[0] : undefined;
}

let pressRoles: Set<string> | undefined;
/** A journalist's role (press-roles.txt): "reporter", "political editor". */
export const isPressRole = (role: string): boolean => (pressRoles ??= lexiconSet('press-roles')).has(lastWord(role.toLowerCase()));

/**
 * The outlets a person works for as a journalist, as the sentence presents them: a journalist's
 * role ("Abc reporter A", "A, a correspondent for Abc") or no role but the outlet's ("A of the Abc
 * Times"); not another role there ("A, the owner of the Abc Times").
 */
export function journalistOutlets(np: NounPhrase, sentence: number, doc: Doc): string[] {
  if (np.form !== 'name' || np.kind !== 'person' || !doc.outlets.size) return [];
  const facts = doc.rolesByPerson.get(np.refs[0] ?? '') ?? [];
  return [...new Set(facts.filter((r) => r.sentence === sentence && r.target !== undefined && doc.outlets.has(r.target) && (!r.role.trim() || isPressRole(r.role))).map((r) => r.target as string))];
}
