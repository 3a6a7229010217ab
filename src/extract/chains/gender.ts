// What the article says of each person's gender: their first name (multilingual first-name
// lists), a form of address or gendered role word before the name ("Mrs", "chairwoman"), and
// pronouns already resolved to them. "he" and "she" only take people of a fitting gender.
import { getGender } from 'gender-detection-from-name';
import { lexiconRows, lexiconSet } from '../lexicon';
import { ownString } from '../../own-string';
import type { ExtractedEntity } from '../types';

export type Gender = 'male' | 'female' | 'unknown';

// First names repeat across articles and the lists are searched name by name, so answers are kept.
const byFirstName = new Map<string, Gender>();
const CACHE_LIMIT = 50_000;

function firstNameGender(first: string): Gender {
  let gender = byFirstName.get(first);
  if (gender === undefined) {
    if (byFirstName.size >= CACHE_LIMIT) byFirstName.clear();
    gender = getGender(first);
    byFirstName.set(ownString(first), gender);
  }
  return gender;
}

let familyNames: Set<string> | undefined;
const familyNameFirst = (word: string): boolean => (familyNames ??= lexiconSet('east-asian-surnames')).has(word);

let gendered: Map<string, Gender> | undefined;

/** The gender a word before a name or in a description gives ("Mrs", "spokeswoman"). */
export function genderOfWord(word: string): Gender {
  gendered ??= new Map(lexiconRows('gendered-words').map((row) => [(row[0] ?? '').toLowerCase(), (row[1] ?? 'unknown') as Gender]));
  return gendered.get(word.toLowerCase()) ?? 'unknown';
}

/** Genders known for the article's people, from their first names; updated as the text says more. */
export class Genders {
  private readonly known = new Map<string, Gender>();

  constructor(entities: readonly ExtractedEntity[]) {
    for (const e of entities) {
      const first = e.kind === 'person' && e.label.includes(' ') ? e.label.split(/\s+/)[0] : undefined;
      // A family name written first ("Pak Ji-won") says nothing of gender.
      const gender = first && !familyNameFirst(first) ? firstNameGender(first) : 'unknown';
      if (gender !== 'unknown') this.known.set(e.id, gender);
    }
  }

  get(entity: string): Gender {
    return this.known.get(entity) ?? 'unknown';
  }

  /** Records what the text says; a stated word outranks a first-name guess. */
  learn(entity: string, gender: Gender): void {
    if (gender !== 'unknown') this.known.set(entity, gender);
  }

  fits(entity: string, gender: Gender): boolean {
    const known = this.get(entity);
    return gender === 'unknown' || known === 'unknown' || known === gender;
  }
}
