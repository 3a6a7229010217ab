// Turns candidate runs into classified names at their place in the text. Before classifying,
// a run loses its leading and trailing stop words, and a sentence's first word when it is an
// ordinary word capitalised only because it starts the sentence (the article writes it in lower
// case elsewhere, or it is an English word never capitalised mid-sentence). The run's context
// (a preposition before it, the word after it) goes with it; a possessive run before a title
// ("Abc's Mayor Ada Lin") becomes the owner of that title; an acronym in brackets right after
// a name is remembered for coreference.
import { lexiconRows, lexiconSet } from '../lexicon';
import type { Found } from '../resolve';
import type { Run } from './candidates';
import { bodyCue } from './body-cues';
import { classify } from './classify';
import { cues, isCountyWord, type Piece } from './piece';
import { gazetteer, isFirstName, isKnownBody, isStopWord, mayEndRegionName, nameKey } from './gazetteer';
import { lookupKnown } from './lookup';
import { isTeamContext } from './teams';
import { isModifier, isRoleWord, matchTitle } from './titles';
import type { Token } from './tokens';

const MAX_NAME_TOKENS = 16;
const MILLION_CITY = 1_000_000;

export interface ClassifiedRuns {
  found: Found[];
  /** Acronym name key → name key of the name it follows in brackets. */
  acronyms: Map<string, string>;
}

/** Words before "with" that twin towns ("twinned with", "sister cities with"). */
const TWINNED = new Set(['twinned', 'twin', 'twinning', 'partnered', 'city', 'cities', 'town', 'towns']);
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'visited', 'visiting', 'visit', 'via', 'toward', 'towards', 'into', 'across', 'throughout', 'around', 'of']);

/**
 * What the article itself says about words: which appear in lower case, and which are names
 * elsewhere (capitalised mid-sentence, or next to another capitalised word).
 */
export interface WordUse {
  lower: Set<string>;
  midCapital: Set<string>;
  /** Capitalised words that stand alone as names mid-sentence: no capitalised word, article or number before them, no noun after. */
  aloneMid: Set<string>;
  /** Words that follow a given name. */
  surnames: Set<string>;
}

export function wordUse(tokens: readonly Token[]): WordUse {
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  const aloneMid = new Set<string>();
  const surnames = new Set<string>();
  const capWord = (t: Token | undefined, sentence: number): boolean => t !== undefined && t.cap && !t.punct && t.sentence === sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (t.cap && t.index > 0 && !capWord(prev, t.sentence) && !ARTICLE.test(prev?.text ?? '') && standsAlone(t, next)) aloneMid.add(t.text);
    if (t.cap && capWord(prev, t.sentence) && isFirstName((prev as Token).text)) surnames.add(t.text);
    if (!t.cap) lower.add(t.text);
    else if ((t.index > 0 && !tokens[i - 1]?.punct) || (next?.cap && !next.punct && next.sentence === t.sentence && !isStopWord(t.text) && !isLowerCompound(t.text) && !beforeName(tokens, i + 1))) {
      midCapital.add(t.text);
    }
  }
  return { lower, midCapital, aloneMid, surnames };
}

const COMPASS = /^(?:North|South|East|West)/;
const ARTICLE = /^(?:the|a|an|\d.*)$/;
let functionWords: Set<string> | undefined;

/** A word used as a name on its own: a possessive, punctuation or a function word follows it, not a noun it qualifies. */
function standsAlone(token: Token, next: Token | undefined): boolean {
  if (token.possessive || next === undefined || next.sentence !== token.sentence) return true;
  return (next.punct && next.text !== '-') || (functionWords ??= lexiconSet('function-words')).has(next.text) || cues().personVerbs.has(next.text);
}

function alwaysCapitalCompany(token: Token, use: WordUse): boolean {
  const word = token.text;
  return gazetteer().companies.has(word) && use.aloneMid.has(word) && !use.lower.has(word.toLowerCase()) && !use.surnames.has(word) && !COMPASS.test(word);
}

/**
 * "Former Abcland", "Veteran Ada Lin", "Senior Abc House", "Veteran Labour MP Ada Lin": a word
 * before a known place, a known name of two words, a full personal name, or a known body's one
 * word and a title is not a name word itself.
 */
function beforeName(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at] as Token;
  const after = tokens[at + 1];
  const known = lookupKnown(next.text, 1, { locative: false });
  if (known?.kind === 'institution' ? after?.cap && matchTitle(tokens, at + 1) : known !== undefined && known.strength >= 3) return true;
  // "Senior Abc House officials": a known name of two words follows.
  if (after?.cap && !after.punct && after.sentence === next.sentence && lookupKnown(`${next.text} ${after.text}`, 2, { locative: false })) return true;
  return !next.possessive && isFirstName(next.text) && after !== undefined && after.cap && !after.punct && after.sentence === next.sentence;
}

export function classifyRuns(runs: readonly Run[], tokens: readonly Token[], text: string, use: WordUse, skip: (start: number) => boolean): ClassifiedRuns {
  const found: Found[] = [];
  const acronyms = new Map<string, string>();
  let previous: { run: Run; last: Piece | undefined } | undefined;
  let previousTown: { sentence: number; end: number } | undefined;
  for (const run of runs) {
    if (skip(run.tokens[0]?.start ?? 0)) continue;
    if (run.shouting) {
      found.push(...knownAcronyms(run, text));
      continue;
    }
    const trimmed = trimRun(run, use, tokens[run.at + run.tokens.length]);
    const { at } = trimmed;
    const name = dropFieldLabel(trimmed.name, tokens[at + trimmed.name.length], tokens[at + trimmed.name.length + 1]);
    // Names are short; a longer run of capitals is a list or a heading, and splitting it by
    // title, "of" and "-based" rules would recurse once per part.
    if (name.length === 0 || name.length > MAX_NAME_TOKENS) continue;
    // The words around a name say what it is only within its sentence: a headline's last word
    // ("... win group") is no cue for the name that opens the story.
    const before = sameSentence(tokens[at - 1], run.sentence);
    const after = sameSentence(tokens[at + name.length], run.sentence);
    // "#Abc", "@Abc": hashtags and handles are not names as written.
    if ((before?.text === '#' || before?.text === '@') && before.end === name[0]?.start) continue;
    // "Abc in France": a place said to lie in a country is read as a place, like one after "in".
    // "twinned with Abc", "sister cities with Abc": what a town is twinned with is a place too.
    const twinnedWith = before?.text === 'with' && TWINNED.has(tokens[at - 2]?.text.toLowerCase() ?? '');
    const locative = (before !== undefined && !before.cap && LOCATIVE.has(before.text.toLowerCase())) || twinnedWith || (after?.text === 'in' && countryAfter(tokens, at + name.length, true));
    const state = stateAfterPlace(tokens, at, name, previous?.last) ?? partyState(tokens, at, name);
    const pieces = state ? [state] : classify(name, {
      locative,
      nextWord: after && !after.punct ? after.text.toLowerCase() : '',
      previousWord: before && (!before.cap || before.text === 'The') && !before.punct ? before.text.toLowerCase() : '',
    });
    const only = pieces.length === 1 ? pieces[0] : undefined;
    if (only && mayBeTeam(only) && isTeamContext(tokens, at, name.length, only.kind === 'city' || only.kind === 'region')) {
      // A place's data yields to the context; a bare unknown word may still be a titled person's surname.
      const place = only.kind === 'city' || only.kind === 'region';
      pieces[0] = { ...only, kind: 'institution', rule: 'team-context', strength: place ? 4 : 2 };
    }
    // "president of the Abc Housing Conference": a role is held at a body, not at an event.
    if (pieces.length === 0 && name.length > 1 && bodyCue(tokens, at, name.length, false) === 'role-of') {
      pieces.push({ tokens: name, kind: 'institution', rule: 'body-cue:role-of', strength: 2 });
    }
    if (only && only.strength <= 1 && (only.kind === 'person' || only.kind === 'unknown')) {
      const kind = appositionKind(tokens, at + name.length);
      // A surname the article gives a given name employs no one: "Lin spokesman" is Ada Lin's.
      const found = kind || (name.length === 1 && use.surnames.has(name[0]?.text ?? '')) ? undefined : bodyCue(tokens, at, name.length, only.kind === 'person');
      // One word employs someone only where the article also uses it alone as a name ("at Abc."),
      // not only as a modifier ("Abcian officials"), or where the role is one only a body has and
      // its holder is named ("Abc chief executive Ada Lin").
      const cue = found === 'role-owner' && !use.aloneMid.has(name[0]?.text ?? '') ? undefined : found;
      if (kind) pieces[0] = { ...only, kind, rule: `apposition:${kind}`, strength: 2 };
      else if (cue) pieces[0] = { ...only, kind: 'institution', rule: `body-cue:${cue}`, strength: 2 };
      else if (afterKinNoun(tokens, at)) pieces[0] = { ...only, kind: 'person', rule: 'kin-noun', strength: 2 };
      else if (name.length === 1 && afterRoleWord(tokens, at)) pieces[0] = { ...only, kind: 'person', rule: 'role-word-name', strength: 2 };
    }
    // "chief economist at Fannie Mae", "chairman of Mac Format": no one holds such a role at a
    // person, whatever the name's shape.
    const heldAtBody = only?.kind === 'person' && only.strength >= 2 && !name[name.length - 1]?.possessive ? bodyCue(tokens, at, name.length, true) : undefined;
    if (only && (heldAtBody === 'role-at' || heldAtBody === 'body-role-of')) {
      pieces[0] = { ...only, kind: 'institution', rule: `body-cue:${heldAtBody}`, strength: 2 };
    }
    // "Shares in Oracle rose": a company's name that is also in the word list is the company where
    // the article writes it only with a capital, and alone as a name mid-sentence at least once:
    // not as a part of a longer name ("Abc Research Center"), after an article or a number ("the
    // Budget", "21st Century"), before a noun ("City analysts"), after a given name ("Ada Brown"),
    // after "in" or "near", nor as a compass adjective ("Western nations").
    if (only && pieces[0]?.kind === 'unknown' && !locative && run.tokens.length === 1 && alwaysCapitalCompany(name[0] as Token, use)) {
      pieces[0] = { ...only, kind: 'institution', rule: 'data:companies-capitalised', strength: 1 };
    }
    // "the town of Abc", "the boroughs of Abc and Xyz": a name after a noun for towns is one.
    const townOf = tokens[at - 1]?.text === 'of' && CITY_NOUNS.has(tokens[at - 2]?.text ?? '');
    const townAnd = previousTown?.sentence === run.sentence && (tokens[at - 1]?.text === 'and' || tokens[at - 1]?.text === ',') && previousTown.end === at - 1;
    if (only && only.strength <= 2 && (only.kind === 'person' || only.kind === 'unknown') && (townOf || townAnd)) {
      pieces[0] = { ...only, kind: 'city', rule: 'town-noun-of', strength: 2 };
    }
    // "Abcville, Xyzland": an unknown word that a comma and a country follow is a town there.
    if (only && only.strength === 0 && only.kind === 'unknown' && name.length <= 2 && countryAfterComma(tokens, at + name.length)) {
      pieces[0] = { ...only, kind: 'city', rule: 'town-comma-country', strength: 2 };
    }
    previousTown = pieces[0]?.rule === 'town-noun-of' ? { sentence: run.sentence, end: at + name.length } : previousTown;
    const region = pieces.every((p) => p.kind === 'unknown') ? regionWithLowercaseHead(name, after) : stateBeforeStateWord(name, after);
    if (region) pieces.splice(0, pieces.length, region);
    const first = pieces[0];
    const owner = previous?.last;
    const prior = previous?.run;
    const possessiveBefore = prior !== undefined && prior.sentence === run.sentence && prior.at + prior.tokens.length === run.at && prior.tokens[prior.tokens.length - 1]?.possessive;
    if (first?.title && !first.roleOf && owner && possessiveBefore) {
      first.roleOf = owner;
      if (matchTitle(name, 0)?.city) asCityOfRole(owner);
    }
    for (const piece of pieces) {
      const start = piece.tokens[0]?.start ?? 0;
      const end = piece.tokens[piece.tokens.length - 1]?.end ?? start;
      const definite = piece.tokens[0] === tokens[at] && before?.text.toLowerCase() === 'the';
      found.push({ piece, start, end, text: text.slice(start, end), sentence: run.sentence, locative, ...(definite ? { definite } : {}) });
    }
    const last = pieces[pieces.length - 1];
    noteAcronym(tokens, at + name.length, last, text, acronyms);
    previous = { run, last };
  }
  bodiesInLists(found, text, use);
  return { found, acronyms };
}

const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s+$/;
const WEAK_ONE_WORD = new Set(['first-name-alone', 'single-word']);
// Adjectives of peoples and places the data lacks ("Olympian", "Abcean").
const PEOPLE_ENDING = /(?:ean|ian)$/;

/**
 * "Abc United, Xyz and Qrs City", "Abcorp and Xyz": a single word that only looked like a given
 * name, or that nothing decided, listed with bodies is one of them; a word the article gives as a
 * surname stays what it was.
 */
function bodiesInLists(found: Found[], text: string, use: WordUse): void {
  // An ordinary word before "and" may open a body's own name ("Abcs and Xyz Commission"); a
  // possessive last in a list owns what follows, with which the list may go ("Abc and Ada's visit").
  const weak = (f: Found): boolean =>
    f.piece.tokens.length === 1 && !f.piece.tokens[0]?.possessive && WEAK_ONE_WORD.has(f.piece.rule) && !use.surnames.has(f.text) && /^\p{Lu}\p{Ll}+$/u.test(f.text) && !PEOPLE_ENDING.test(f.text) && !gazetteer().englishWords.has(f.text.toLowerCase());
  const listed = (a: Found, b: Found): boolean => a.sentence === b.sentence && LIST_GAP.test(text.slice(a.end, b.start));
  // Only names decided as bodies count, not words this pass made bodies: a line-up or a list of
  // surnames does not turn into bodies one by one.
  // An outlet's one word is often a surname's too ("Hill"), so it does not count, nor does a name
  // joined by "&", which may end a firm's name of surnames ("Abc, Xyz & Qrs").
  const body = found.map((f) => f.piece.kind === 'institution' && f.piece.rule !== 'lexicon:news-outlet' && f.piece.rule !== 'ampersand' && (f.piece.strength >= 3 || (f.piece.strength >= 2 && f.piece.tokens.length > 1)));
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const before = found[i - 1];
    const after = found[i + 1];
    const beforeListed = before !== undefined && listed(before, f);
    const afterListed = after !== undefined && listed(f, after);
    if (!weak(f) || !((beforeListed && body[i - 1]) || (afterListed && body[i + 1]))) continue;
    // A person listed beside it makes it a list of names of any sort (a line-up, a bill of acts).
    if ((beforeListed && before.piece.kind === 'person') || (afterListed && after.piece.kind === 'person')) continue;
    f.piece = { ...f.piece, kind: 'institution', rule: 'listed-with-bodies', strength: 2 };
  }
  placesListedWithTeams(found, text, listed);
}

const TEAM_RULES = new Set(['team-name', 'club-suffix', 'team-context', 'name-with-place']);

/**
 * "Abc United, Xyzton and Qrsville", "Real Abc, Xyzton and Qrsville": towns listed with a team,
 * and no person or country among them, are teams named after them (a country stands for its
 * national side and keeps its kind).
 */
function placesListedWithTeams(found: Found[], text: string, listed: (a: Found, b: Found) => boolean): void {
  // "Abc, Xyz and Qrs Marathons": a plural of an event's head names events, not teams.
  const isTeam = (p: Piece): boolean => {
    const last = (p.tokens[p.tokens.length - 1] as Token).text;
    return p.kind === 'institution' && !cues().eventHeads.has(last.replace(/s$/, '')) && (TEAM_RULES.has(p.rule) || (p.tokens.length > 1 && cues().teamSuffixes.has(last)));
  };
  for (let from = 0; from < found.length; ) {
    let to = from + 1;
    while (to < found.length && listed(found[to - 1] as Found, found[to] as Found)) to++;
    const list = found.slice(from, to);
    from = to;
    // "and" or "or" makes a list; a comma alone may bring a place in apposition ("Abc Stadium, Xyzton").
    const coordinated = list.some((f, k) => k > 0 && /\b(?:and|or)\s+$/.test(text.slice((list[k - 1] as Found).end, f.start)));
    if (list.length < 2 || !coordinated || !list.some((f) => isTeam(f.piece)) || list.some((f) => f.piece.kind === 'person' || f.piece.kind === 'country')) continue;
    for (const f of list) {
      if (f.piece.kind === 'city' && mayBeTeam(f.piece) && !f.piece.tokens[f.piece.tokens.length - 1]?.possessive) f.piece = { ...f.piece, kind: 'institution', rule: 'listed-with-teams', strength: 4 };
    }
  }
}

const sameSentence = (t: Token | undefined, sentence: number): Token | undefined => (t?.sentence === sentence ? t : undefined);

/** A comma at `i`, then a country's name closed by a mark or a lowercase word. */
function countryAfterComma(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === ',' && countryAfter(tokens, i, false);
}

/** A country's name (after "the" if `article`) right after token `i`, closed by a mark or a lowercase word. */
function countryAfter(tokens: readonly Token[], i: number, article: boolean): boolean {
  const from = article && tokens[i + 1]?.text.toLowerCase() === 'the' ? i + 2 : i + 1;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(from, from + n);
    const after = tokens[from + n];
    if (words.length < n || !words.every((t) => t.cap && !t.punct && t.sentence === tokens[i]?.sentence) || (after?.cap && !after.punct)) continue;
    if (lookupKnown(words.map((t) => t.text).join(' '), n, { locative: true })?.kind === 'country') return true;
  }
  return false;
}

let stateAbbreviations: Map<string, string> | undefined;

/**
 * "Fresno, Calif.", "Trenton, N.J.": a state as news agencies abbreviate it, right after a
 * city or county and a comma, with its period; elsewhere "Miss." or "Ind." is another word.
 */
function stateAfterPlace(tokens: readonly Token[], at: number, name: readonly Token[], place: Piece | undefined): Piece | undefined {
  const word = name[0];
  const before = tokens[at - 2];
  if (name.length !== 1 || !word || !before || tokens[at - 1]?.text !== ',') return undefined;
  // The city is the name just found, or a dateline's city ("ABCTON, Calif. —"), read apart.
  // "Abc County, Ky.": a county too.
  const county = place?.kind === 'region' && isCountyWord(before.text);
  const city = (place?.kind === 'city' || county) && before === place?.tokens[place.tokens.length - 1];
  if (!city && lookupKnown(before.text, 1, { locative: true })?.kind !== 'city') return undefined;
  return abbreviatedState(tokens, at, word, 'state-abbreviation');
}

/** A US state's abbreviation at token `at` with its period ("Calif." read as "Calif" and "."), as a region. */
function abbreviatedState(tokens: readonly Token[], at: number, word: Token, rule: string): Piece | undefined {
  stateAbbreviations ??= new Map(lexiconRows('state-abbreviations').map((r) => [r[0] ?? '', r[1] ?? '']));
  const period = tokens[at + 1];
  const dotted = period?.text === '.' && period.start === word.end;
  const state = stateAbbreviations.get(dotted ? `${word.text}.` : word.text);
  if (!state || (!dotted && !word.text.endsWith('.'))) return undefined;
  return { tokens: dotted ? [word, period] : [word], kind: 'region', rule, strength: 3, label: state, identity: nameKey(state) };
}

/**
 * "Sen. Ada Lin (R-Texas)", "Rep. Bo Tan, D-Calif.,": US news tags a legislator with the party's
 * initial and the state, abbreviated or not; the state is a region, never the city of its name.
 */
function partyState(tokens: readonly Token[], at: number, name: readonly Token[]): Piece | undefined {
  const open = tokens[at - 3]?.text;
  if (tokens[at - 1]?.text !== '-' || !/^[DRI]$/.test(tokens[at - 2]?.text ?? '') || (open !== '(' && open !== ',')) return undefined;
  const province = lookupKnown(name.map((t) => t.text).join(' '), name.length, { locative: false });
  if (province?.kind === 'region') return { tokens: [...name], ...province };
  return name.length === 1 ? abbreviatedState(tokens, at, name[0] as Token, 'party-state') : undefined;
}

const CITY_NOUNS = new Set(['city', 'town', 'capital', 'village', 'municipality', 'port', 'metropolis', 'suburb', 'cities', 'towns', 'villages', 'borough', 'boroughs', 'suburbs']);
// Prepositions, clause words and participles end an apposition's head ("a group affiliated with").
const APPOSITION_STOP = new Set(['in', 'of', 'on', 'near', 'at', 'for', 'with', 'from', 'that', 'which', 'who', 'where', 'since', 'and', 'or', 'by', 'affiliated', 'based', 'founded', 'led', 'owned', 'run', 'backed', 'funded', 'launched', 'created', 'known', 'called', 'named', 'set', 'formed', 'established', 'headquartered', 'linked', 'allied']);

/**
 * What an apposition right after a name calls it ("Abcton, a city in Xyz", "Abc, the public
 * broadcaster"): its head noun, the last word before a preposition, clause word or mark.
 */
function appositionKind(tokens: readonly Token[], i: number): 'city' | 'institution' | undefined {
  if (tokens[i]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[i + 1]?.text ?? '')) return undefined;
  let head: string | undefined;
  for (let k = i + 2; k < i + 8; k++) {
    const t = tokens[k];
    if (!t || t.punct || t.sentence !== tokens[i]?.sentence || APPOSITION_STOP.has(t.text)) break;
    head = t.cap || t.possessive ? undefined : t.text;
  }
  if (!head) return undefined;
  if (CITY_NOUNS.has(head)) return 'city';
  return cues().institutionCues.has(head) ? 'institution' : undefined;
}

const KIN_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'grandson', 'granddaughter', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'widow', 'widower', 'stepson', 'stepdaughter', 'son-in-law', 'daughter-in-law']);

/** "his daughter, Abc,", "her son Abc": a name right after a kin noun is a person's. */
function afterKinNoun(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const word = before?.text === ',' ? tokens[at - 2] : before;
  return word !== undefined && word.sentence === tokens[at]?.sentence && KIN_NOUNS.has(word.text.toLowerCase());
}

let teamRoles: Set<string> | undefined;
/**
 * "Abc's Brazilian midfielder Zedo", "Abc striker Zedo": one word right after a team's role word
 * (team-cues.txt roles) names its player, who often goes by one name; other role words are also
 * nouns before a name's first word ("nominee Abc", "official Abc").
 */
function afterRoleWord(tokens: readonly Token[], at: number): boolean {
  teamRoles ??= new Set(lexiconRows('team-cues').filter(([cue = '', where]) => where !== 'before' && isRoleWord(cue)).map(([cue = '']) => cue));
  const word = tokens[at - 1];
  return word !== undefined && !word.cap && word.sentence === tokens[at]?.sentence && teamRoles.has(word.text);
}

/** "Abcton's Mayor", "Abcton Mayor": a name taken for a person or unknown is the city of the role. */
export function asCityOfRole(owner: Piece): void {
  if (owner.kind === 'person' || owner.kind === 'unknown') Object.assign(owner, { kind: 'city', rule: 'city-role-owner', strength: 3 });
}

/** "the Abcian peninsula": a known region written with a lowercase head word. */
function regionWithLowercaseHead(name: Token[], after: Token | undefined): Piece | undefined {
  if (!after || after.cap || after.punct || !mayEndRegionName(after.text)) return undefined;
  const tokens = [...name, after];
  const known = lookupKnown(tokens.map((t) => t.text).join(' '), tokens.length, { locative: false });
  return known?.kind === 'region' ? { tokens, ...known, rule: `${known.rule}+lowercase-head` } : undefined;
}

/** "Abc state", "Abc province": a state or province of the data, whatever else shares its name. */
function stateBeforeStateWord(name: Token[], after: Token | undefined): Piece | undefined {
  if (!after || (after.text !== 'state' && after.text !== 'province')) return undefined;
  return gazetteer().provinces.has(nameKey(name.map((t) => t.text).join(' '))) ? { tokens: name, kind: 'region', rule: 'data:provinces+state-word', strength: 3 } : undefined;
}

/** Places and shapeless names may be teams; countries, and people known as people, are not. */
function mayBeTeam(piece: Piece): boolean {
  // Named regions ("Abcland" of the UK) stand for national sides, which keep the place's kind.
  if (piece.kind === 'city' || piece.kind === 'region') return !piece.identity && piece.rule !== 'lexicon:regions';
  if (piece.kind === 'unknown' || piece.rule === 'first-name-alone') return true;
  return (piece.kind === 'person' || piece.kind === 'institution') && piece.strength <= 1 && piece.tokens.length > 1;
}

/**
 * "Abc Xyz Agency (AXA)": the acronym after a name. A body's acronym may start elsewhere
 * (a place before the name, a name in another language), so any acronym counts after a body
 * unless it names a known place itself ("(UK)").
 */
function noteAcronym(tokens: readonly Token[], i: number, last: Piece | undefined, text: string, acronyms: Map<string, string>): void {
  if (!last || tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')') return;
  const acronym = tokens[i + 1];
  const start = last.tokens[0]?.start ?? 0;
  if (!acronym?.upper) return;
  const body = last.kind === 'institution' && last.tokens.length > 1 && !acronym.text.includes('.') && !lookupKnown(acronym.text, 1, { locative: false });
  if (!body && acronym.text[0] !== text[start]?.toUpperCase()) return;
  const end = last.tokens[last.tokens.length - 1]?.end ?? start;
  acronyms.set(nameKey(acronym.text), last.identity ?? nameKey(text.slice(start, end)));
}

const QUOTE_MARKS = /^["\u201c\u2018']$/;

/**
 * "Source: Abc Times Published: 2026-05-14": an ordinary word before a colon is the label of the
 * next field, not the end of the name before it.
 */
function dropFieldLabel(name: Token[], after: Token | undefined, value: Token | undefined): Token[] {
  const last = name[name.length - 1];
  // 'told Abc Sport: "..."': a quotation after the colon is what was said, not a field's value.
  if (name.length < 2 || after?.text !== ':' || !last || QUOTE_MARKS.test(value?.text ?? '')) return name;
  const word = last.text.toLowerCase();
  const label = gazetteer().englishWords.has(word) && !isFirstName(last.text) && !cues().orgHeads.has(last.text);
  return label ? name.slice(0, -1) : name;
}

function trimRun(run: Run, use: WordUse, after: Token | undefined): { name: Token[]; at: number } {
  let from = 0;
  let to = run.tokens.length;
  const word = (k: number): Token => run.tokens[k] as Token;
  for (;;) {
    // "Jan van Berg": a stop word ("Jan" the month) that is a first name before a particle stays.
    // "CEO of Abc Capital Ada Lin": a stop word that is a role title opens the name it belongs to.
    if (from < to && isStopWord(word(from).text) && !firstNameBeforeName(run.tokens, from, to) && !matchTitle(run.tokens, from) && !knownWhole(run.tokens, from, to)) from++;
    else if (from < to && run.initial && from === 0 && !matchTitle(run.tokens, 0) && !companyBeforeRole(run.tokens, to, after) && isSentenceOpener(run.tokens, to - from, use)) from++;
    // "Former Abc midfielder Ada Lin": a word that dates a role, opening a sentence before a body
    // and its role word, belongs to the role, not to the body's name.
    else if (from === 0 && to > 1 && run.initial && ROLE_TIME.test(word(0).text) && after !== undefined && !after.cap && isRoleWord(after.text)) from++;
    else if (from < to && !word(from).cap) from++;
    else break;
  }
  // "Ada May": a stop word after a first name is a surname.
  const named = to - from > 1 && isFirstName(word(to - 2).text);
  while (to > from && ((isStopWord(word(to - 1).text) && !named && !knownWhole(run.tokens, from, to)) || !word(to - 1).cap)) to--;
  return { name: run.tokens.slice(from, to), at: run.at + from };
}

/** "the Sunday Times": a stop word inside a body's name the data knows whole stays ("The" before one goes). */
const knownWhole = (tokens: readonly Token[], from: number, to: number): boolean =>
  to - from > 1 && !ARTICLE.test(tokens[from]?.text.toLowerCase() ?? '') && isKnownBody(tokens.slice(from, to).map((t) => t.text).join(' '));

function firstNameBeforeName(tokens: readonly Token[], k: number, to: number): boolean {
  const word = tokens[k] as Token;
  const next = tokens[k + 1];
  return k + 1 < to && next !== undefined && cues().particles.has(next.text) && isFirstName(word.text) && !gazetteer().englishWords.has(word.text.toLowerCase()) && !isStopWord(next.text);
}

/**
 * In a headline capitals tell nothing, but an acronym the data knows is still a name there
 * ("Campaign Reopens GOP Wounds"); a word in capitals ("CAPITOL HILL") is not an acronym.
 */
function knownAcronyms(run: Run, text: string): Found[] {
  const out: Found[] = [];
  for (const t of run.tokens) {
    if (!t.upper || t.text.length < 2 || t.text.length > 5 || gazetteer().englishWords.has(t.text.toLowerCase())) continue;
    const known = lookupKnown(t.text, 1, { locative: false });
    if (!known || known.strength < 3) continue;
    out.push({ piece: { tokens: [t], ...known }, start: t.start, end: t.end, text: text.slice(t.start, t.end), sentence: run.sentence, locative: false });
  }
  return out;
}

/** "Privately-held", "Long-time": a compound of ordinary words, capitalised only at its start. */
function isLowerCompound(word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.slice(1).every((p) => /^\p{Ll}/u.test(p)) && parts.every((p) => gazetteer().englishWords.has(p.toLowerCase()));
}

const BASED = /^(\p{Lu}[\p{L}.]*)-(?:based|headquartered)$/u;
const PLACE_KINDS = new Set(['city', 'country', 'region']);
/** "Abc-based", "Abc-headquartered" where Abc is a known place. */
function basedPlace(word: string): boolean {
  const head = BASED.exec(word)?.[1];
  return head !== undefined && PLACE_KINDS.has(lookupKnown(head, 1, { locative: true })?.kind ?? '');
}

/** An ordinary word capitalised only because it opens the sentence. */
function isSentenceOpener(run: readonly Token[], runLength: number, use: WordUse): boolean {
  const g = gazetteer();
  const token = run[0] as Token;
  const next = run[1];
  if (token.upper || use.midCapital.has(token.text)) return false;
  // "University of Abc", "Ministry of Xyz": a body's head before "of" opens its name.
  if (cues().orgHeads.has(token.text) && next?.text === 'of') return false;
  // "New Abcton Times editors": the word opens a known name of several words.
  for (let n = Math.min(runLength, 4); n >= 2; n--) {
    if (lookupKnown(run.slice(0, n).map((t) => t.text).join(' '), n, { locative: false })) return false;
  }
  // "Frankfurt-based Abc said": a known place before "-based" is where the body lies, not a word
  // (before a given name it may be a person's base, which the name's reading would lose).
  if (basedPlace(token.text) && !isFirstName(next?.text ?? '')) return false;
  const lower = token.text.toLowerCase();
  if (!use.lower.has(lower) && !g.englishWords.has(lower) && !isLowerCompound(token.text)) return false;
  if (runLength > 1 && isFirstName(token.text) && !isFirstName(next?.text ?? '')) return false;
  // A place whose name is also a common word ("Reading") does not keep an opener capitalised,
  // unless it is a city of millions, which news names far more often than the word.
  const known = lookupKnown(token.text, 1, { locative: false });
  if (known?.kind === 'city' && (g.cities.get(nameKey(token.text))?.population ?? 0) >= MILLION_CITY) return false;
  // "Conservative estimates put ...": a known body's adjective the article never capitalises
  // mid-sentence is the ordinary adjective when it opens a sentence alone.
  if (known?.kind === 'institution' && runLength === 1 && ADJECTIVE.test(token.text) && g.englishWords.has(lower)) return true;
  return !known || known.strength < 3;
}

/** "Shell's chairman A", "Apple's chief executive B": a company's one-word name before the role it employs opens no sentence as a word. */
function companyBeforeRole(run: readonly Token[], to: number, after: Token | undefined): boolean {
  const token = run[0] as Token;
  return to === 1 && token.possessive === true && after !== undefined && !after.cap && gazetteer().companies.has(token.text) && (isRoleWord(after.text) || isModifier(after));
}

const ROLE_TIME = /^(?:Former|Outgoing|Incoming|Acting|Then|Ex)$/;
const ADJECTIVE = /\p{L}{3}(?:ic|al|ive|an)$/u;
