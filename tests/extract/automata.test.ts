// The tagger runs the model's pattern machines with automata.ts: it must find what wink-nlp's
// automaton.js finds, on runs of tags (numbers, and strings as the first machine's updates leave
// them) and hints.
import fsm from 'wink-nlp/src/automaton.js';
import Cache from 'wink-nlp/src/cache.js';
import model from 'wink-eng-lite-web-model';
import { makeMachine } from '../../src/extract/parse/automata';

it('finds the patterns wink-nlp\'s automata find', () => {
  const core = (model.core as () => { features: { lexeme: { intrinsicSize: number } } })();
  const cache = Cache(core, model.featureFn);
  const pos = (model.pos as () => { machines: string[]; transformers: unknown[] })();
  const skip = cache.lookup(cache.value(0))?.[0] ?? -1;
  const hinted: number[] = [];
  for (let i = 0; i < core.features.lexeme.intrinsicSize; i++) if (cache.property(i, 'posHint')) hinted.push(i);
  let seed = 3;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (const json of pos.machines) {
    const wink = fsm(cache, cache.value(0));
    wink.importJSON(json);
    const ours = makeMachine(json, skip);
    for (let run = 0; run < 3000; run++) {
      const tags: Array<number | string> = [];
      const raw: number[] = [];
      for (let k = 1 + random(30); k > 0; k--) {
        tags.push(random(5) === 0 ? String(random(19)) : random(19));
        raw.push(random(3) === 0 ? (hinted[random(hinted.length)] as number) : random(1000), 0, 0, 0);
      }
      const hints = tags.map((_, k) => Number(cache.property(raw[4 * k] as number, 'posHint')));
      expect(ours(tags, hints)).toEqual(wink.recognize(tags, pos.transformers[0], raw));
    }
  }
});
