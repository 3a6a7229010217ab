// The tagger's pattern machines (the model's rules that correct tags from their neighbours), run
// as wink-nlp's automaton.js runs them, with their transitions in a flat table of numbers. wink
// keeps each state's transitions in an object keyed by number, read twice for every token the
// machine steps over; here a transition is one array read, and a token's hint (the model's
// `posHint`, which stands for its tag where it has one) is read once a document.

/** A machine as the model ships it (automaton.js's exportJSON): states, and what each terminal one means. */
type MachineJson = [
  version: number,
  lastState: number,
  fsm: Record<string, Record<string, number>>,
  terminals: Record<string, string>,
  marked: Record<string, [number, number]>,
  custom: Record<string, unknown>,
];

/** A pattern found: [first token, last token, the terminal state's value] as wink's recognize gives it. */
export type Match = [number, number, string];

/** automaton.js's end-of-text token and its key for a state's fallback. */
const EOS = 2070000;
const OTHERWISE = 2070003;
/** pos-transformers.js: a token's hint, raised above every tag. */
const HINT_BASE = 1_080_000;

/**
 * Tokens a table row holds: tags below TAGS, hints from HINT_BASE below HINT_BASE + TAGS, and
 * the end of text; any other token (or a tag held as a string) is read from the state's own keys.
 */
const TAGS = 128;
const COLUMNS = 2 * TAGS + 1;

function column(t: number): number {
  if (t >= 0 && t < TAGS && Number.isInteger(t)) return t;
  if (t >= HINT_BASE && t < HINT_BASE + TAGS && Number.isInteger(t)) return TAGS + t - HINT_BASE;
  return t === EOS ? 2 * TAGS : -1;
}

/**
 * A machine from its JSON: `recognize(tags, hints)` finds its patterns in a document's tags
 * (hints[k] is token k's hint, 0 for none), as automaton.js's recognize with pos-transformers'
 * transformer does; `skip` is the tag it passes over (automaton.js's keyLF).
 */
export function makeMachine(json: string, skip: number): (tags: ReadonlyArray<number | string>, hints: ArrayLike<number>) => Match[] {
  const [, , fsm, terminals, marked] = JSON.parse(json) as MachineJson;
  const states = Math.max(0, ...Object.keys(fsm).map(Number), ...Object.keys(terminals).map(Number)) + 1;
  // -1: no such state (wink would fail reading it); else the next state, 0 (the root) when none.
  const next = new Int32Array(states * COLUMNS).fill(-1);
  const otherwise = new Int32Array(states);
  for (const [key, row] of Object.entries(fsm)) {
    const state = Number(key);
    next.fill(0, state * COLUMNS, (state + 1) * COLUMNS);
    otherwise[state] = row[OTHERWISE] ?? 0;
    for (const [token, to] of Object.entries(row)) {
      const c = /^\d+$/.test(token) ? column(Number(token)) : -1;
      if (c >= 0) next[state * COLUMNS + c] = to;
    }
  }
  const terminal: Array<string | undefined> = Array.from({ length: states }, (_, s) => terminals[s]);
  const marks: Array<[number, number] | undefined> = Array.from({ length: states }, (_, s) => marked[s]);

  /** fsm[state][t] || root, as wink reads it: a tag the updater set is a string ('16'), read as the number's key. */
  const step = (state: number, t: number | string): number => {
    const c = typeof t === 'number' ? column(t) : -1;
    const to = c >= 0 ? next[state * COLUMNS + c] : undefined;
    if (to !== undefined && to !== -1) return to;
    const row = fsm[state];
    if (row === undefined) throw new Error(`tagger: pattern machine has no state ${state}`);
    return (row[t] ?? 0) || 0;
  };

  /** automaton.js's pushMatch2Patterns: a terminal of value '0' is no pattern; a marked one is narrowed. */
  const push = (patterns: Match[], first: number, last: number, state: number): void => {
    const value = terminal[state] as string;
    if (value === '0') return;
    const mark = marks[state];
    patterns.push(mark ? [first + mark[0], last - mark[1], value] : [first, last, value]);
  };

  return (tags, hints) => {
    // automaton.js's recognize, step for step (no pattern swaps: the tagger sets none).
    const length = tags.length;
    const patterns: Match[] = [];
    let first = 0;
    let state = 0;
    let ns = 0;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = 0;
    for (let i = 0; i <= length; i += 1) {
      for (let j = i; j <= length; j += 1) {
        let t = j === length ? EOS : (tags[j] as number | string);
        if (t === skip) continue;
        if (j < length) {
          const hint = hints[j] as number;
          if (hint) t = hint + HINT_BASE;
        }
        ns = step(state, t);
        if (!state && ns) first = j;
        if (terminal[ns]) {
          push(patterns, first, j, ns);
          i = j;
          j = length + 100;
          ns = 0;
          lastOtherwiseState = 0;
        } else if (ns === 0) {
          if (lastOtherwiseState) {
            push(patterns, first, lastOtherwiseIndex, lastOtherwiseState);
            i = lastOtherwiseIndex;
            j = length + 100;
            ns = 0;
            lastOtherwiseState = 0;
          } else {
            j = length + 100;
          }
        }
        state = ns;
        const fallback = otherwise[state] as number;
        if (fallback) {
          lastOtherwiseIndex = j;
          lastOtherwiseState = fallback;
        }
      }
    }
    return patterns;
  };
}
