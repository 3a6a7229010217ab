// Names marked inside evidence sentences: whole words, case-insensitive, longest first.
import { markNames } from '../../viewer/app/highlight';

const marked = (text: string, names: string[]) => markNames(text, names).map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('markNames', () => {
  it.each<[string, string[], string]>([
    ['Mayor Alma Torres met Okafor.', ['Alma Torres', 'Torres', 'Okafor'], 'Mayor [Alma Torres] met [Okafor].'],
    ['Torres and TORRES', ['Torres'], '[Torres] and [TORRES]'],
    ['Torresville is not Torres', ['Torres'], 'Torresville is not [Torres]'],
    ['Price rises; Dana Price speaks.', ['Dana Price', 'Price'], '[Price] rises; [Dana Price] speaks.'],
    ['No names here.', ['Okafor'], 'No names here.'],
    ['A at the start', ['A'], 'A at the start'],
    ['<b>Okafor</b>', ['Okafor'], '<b>[Okafor]</b>'],
  ])('%s', (text, names, expected) => {
    expect(marked(text, names)).toBe(expected);
  });

  it('keeps every character of the sentence', () => {
    const text = 'İstanbul hosted Okafor, then İzmir.';
    expect(markNames(text, ['Okafor']).map((s) => s.text).join('')).toBe(text);
    expect(marked(text, ['Okafor'])).toBe('İstanbul hosted [Okafor], then İzmir.');
  });
});
