// affiliated-with: a person → the institution, city, country or region of their role.
// Read from role titles before a name ("Lumen Mayor A", "X's Mayor A", "Chinese Vice
// President A", "Mayor of X A") and role appositions after it ("A, an expert at X",
// "A, X's chief spokeswoman", "President A of X").
import type { EntityKind } from '../../types';
import type { ExtractedRelation } from '../types';
import { isRolePhrase, knownRoles, roleAtEnd, type RolePhrase } from './roles';
import { between, type Item, type SentenceView } from './view';

const PLACES: readonly EntityKind[] = ['institution', 'city', 'country', 'region'];

/** A role the article gives a person, with the entity it ties them to when one is named. */
export interface RoleFact {
  person: string;
  role: string;
  target?: string;
}

export interface Affiliations {
  relations: ExtractedRelation[];
  roles: RoleFact[];
}

/** Between two titled names of one list: "and" or a comma, then the next title. */
const LIST_NEXT = /^\s*(?:,\s*(?:and\s+)?|and\s+)[\p{L}\s-]*$/u;

/** The last entity of a possessive chain starting at `item` ("Norland's National Bank"). */
function chainEnd(view: SentenceView, item: Item): Item {
  let cur = item;
  for (;;) {
    const next = view.items.find((i) => i.start > cur.end && PLACES.includes(i.kind));
    if (!cur.possessive || !next || !/^['’]s?\s+$/.test(between(view, cur.end, next.start))) return cur;
    cur = next;
  }
}

function previousItem(view: SentenceView, item: Item): Item | undefined {
  const k = view.items.indexOf(item);
  for (let j = k - 1; j >= 0; j--) {
    const p = view.items[j];
    if (p && p.end <= item.start) return p;
  }
  return undefined;
}

function nextItem(view: SentenceView, item: Item): Item | undefined {
  return view.items.find((i) => i.start >= item.end && i !== item);
}

/** A title the entity passes kept inside the name ("King Ada"), read with the adjective before it. */
function titleInName(view: SentenceView, person: Item, head: string, adjectives: ReadonlyMap<string, string>): RolePhrase | undefined {
  const name = between(view, person.start, person.end);
  const first = /^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?/u.exec(name)?.[0] ?? '';
  for (const candidate of [first, first.split(/\s+/)[0] ?? '']) {
    if (!candidate || candidate === name || !knownRoles().has(candidate.toLowerCase())) continue;
    const found = roleAtEnd(`${head}${candidate}`, adjectives);
    if (found) return { ...found, start: Math.min(found.start, head.length) };
  }
  return undefined;
}

/** Where a title glued to the name stands in the text before it ("Abc's Minister of Xyz A"). */
function gluedTitleStart(head: string, title: string): number {
  const at = head.lastIndexOf(title);
  return at >= 0 && /^\s*$/.test(head.slice(at + title.length)) ? at : head.length;
}

/** The roles and affiliations stated around one person name. */
function aroundPerson(view: SentenceView, person: Item, adjectives: ReadonlyMap<string, string>): Array<RoleFact & { rule: string }> {
  const out: Array<RoleFact & { rule: string }> = [];
  const prev = previousItem(view, person);
  const headFrom = prev ? prev.end : view.sentence.start;
  const head = between(view, headFrom, person.start);
  const titled = roleAtEnd(head, adjectives) ?? (person.title ? { role: person.title, start: gluedTitleStart(head, person.title) } : undefined) ?? titleInName(view, person, head, adjectives);
  const add = (role: string, target: string | undefined, rule: string): void => {
    const fact: RoleFact & { rule: string } = { person: person.entity, role, rule };
    if (target) fact.target = target;
    out.push(fact);
  };

  if (titled) {
    const lead = head.slice(0, titled.start);
    if (titled.adjective) {
      // "Chinese Vice President A": the adjective names the country.
      add(titled.role, adjectives.get(titled.adjective), 'demonym-title');
    } else if (prev && PLACES.includes(prev.kind) && /^(?:['’]s?)?\s*$/.test(lead)) {
      // "Lumen Mayor A", "Vella's Mayor A", "IMF Managing Director A".
      add(titled.role, prev.entity, 'place-title');
    } else {
      add(titled.role, undefined, 'title');
    }
  } else if (prev && (prev.kind === 'country' || prev.kind === 'institution') && prev.possessive && /^['’]s?\s+$/.test(head)) {
    // "Ruritania's Ada Lin": the country or body she speaks for.
    add('', prev.entity, 'possessive-name');
  } else if (prev && PLACES.includes(prev.kind) && /^\s+$/.test(head)) {
    // "Mayor of X A": the role and "of" stand before the place that precedes the name.
    const before = previousItem(view, prev);
    const lead = between(view, before ? before.end : view.sentence.start, prev.start);
    const m = /\s(?:of|for)\s+(?:the\s+)?$/i.exec(` ${lead}`);
    const role = m ? roleAtEnd(` ${lead}`.slice(0, m.index), adjectives) : undefined;
    if (role) add(role.role, prev.entity, 'title-of-place');
  }

  const next = nextItem(view, person);
  if (!next) return out;
  const tail = between(view, person.end, next.start);
  const chained = chainEnd(view, next);
  const targetOk = PLACES.includes(chained.kind);
  // "A, an expert at X", "A, head of X's Y".
  const appo = /^,\s+(.+?)\s+(?:at|of|with|for|from|in)\s+(?:the\s+)?$/iu.exec(tail);
  const appoRole = appo?.[1] ? isRolePhrase(appo[1]) : undefined;
  if (appoRole && targetOk) add(appoRole, chained.entity, 'apposition-role');
  // "A, X's chief spokeswoman".
  if (/^,\s+(?:the\s+)?$/i.test(tail) && next.possessive && PLACES.includes(next.kind)) {
    const after = view.sentence.text.slice(next.end - view.sentence.start).replace(/^['’]s?\s+/, '');
    const words = /^([\p{L}\s-]+?)(?=[,.;:]|\s+(?:said|says|told|and|who)\b|$)/u.exec(after);
    const role = words?.[1] ? isRolePhrase(words[1]) : undefined;
    if (role) add(role, next.entity, 'apposition-possessive-role');
  }
  // "President A of X", "Senator A of the opposition X".
  if (titled && /^\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(tail) && targetOk) add(titled.role, chained.entity, 'title-name-of-place');
  return out;
}

/** Every affiliation the article states, and all roles found (for resolving descriptions). */
export function extractAffiliations(views: SentenceView[], adjectives: ReadonlyMap<string, string>): Affiliations {
  const relations: ExtractedRelation[] = [];
  const roles: RoleFact[] = [];
  for (const view of views) {
    // The country a nationality adjective gave the previous name of a list, and where that name ended.
    let listCountry: { country: string; end: number } | undefined;
    for (const item of view.items) {
      if (item.kind !== 'person' || item.via !== 'name') continue;
      const facts = aroundPerson(view, item, adjectives);
      const inherited = listCountry && LIST_NEXT.test(between(view, listCountry.end, item.start)) ? listCountry.country : undefined;
      const own = facts.find((f) => f.rule === 'demonym-title')?.target;
      // "Israeli prime minister A and energy minister B": B's title shares A's adjective.
      if (!own && inherited) {
        for (const f of facts) if (!f.target && f.rule === 'title' && f.role) Object.assign(f, { target: inherited, rule: 'list-demonym-title' });
      }
      const country = own ?? (facts.some((f) => f.rule === 'list-demonym-title') ? inherited : undefined);
      listCountry = country ? { country, end: item.end } : undefined;
      for (const fact of facts) {
        roles.push({ person: fact.person, role: fact.role, ...(fact.target ? { target: fact.target } : {}) });
        if (!fact.target || fact.target === fact.person) continue;
        relations.push({
          source: fact.person,
          target: fact.target,
          relation: 'affiliated-with',
          ...(fact.role ? { role: fact.role } : {}),
          evidence: [view.evidence],
          rule: `affiliated-with:${fact.rule}`,
        });
      }
    }
  }
  return { relations, roles };
}
