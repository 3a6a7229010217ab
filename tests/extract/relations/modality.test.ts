import { leadIn, modalityOf } from '../../../src/extract/relations/modality';

describe('modalityOf reads the words before a cue', () => {
  it.each([
    ['Ada Lin', 'fact'],
    ['Ada Lin on Thursday', 'fact'],
    ['Ada Lin did not', 'negated'],
    ['Ada Lin never', 'negated'],
    ['Ada Lin denied', 'negated'],
    ['Ada Lin will', 'planned'],
    ['Ada Lin is expected to', 'planned'],
    ['Ada Lin hopes to', 'planned'],
    ['Ada Lin plans to', 'planned'],
    ['Ada Lin would be happy to', 'planned'],
    // The cue's own clause only: an earlier clause's "will" or "not" does not carry over.
    ['Bo Chen will stay home, but Ada Lin', 'fact'],
    ['Bo Chen did not come and Ada Lin', 'fact'],
    // A denied report governs the clause that "that" opens, unless a new statement comes between.
    ['Ada Lin denied a report by the Quill Times that she had secretly', 'negated'],
    ['Ada Lin denied that she', 'negated'],
    ['Ada Lin denied the report, but said that she', 'fact'],
    ['Ada Lin denied nothing and said that she', 'fact'],
  ])('%s …', (before, expected) => {
    expect(modalityOf(before)).toBe(expected);
  });

  it('cuts the lead-in at the start of the clause', () => {
    expect(leadIn('Bo Chen said that Ada Lin will')).toBe(' Ada Lin will');
  });
});
