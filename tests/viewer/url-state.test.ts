// The shareable view in the URL, read back as it was written.
import { initialState, type ViewState } from '../../viewer/app/state';
import { readUrlState, urlSearchOf } from '../../viewer/app/url-state';

describe('url state', () => {
  it('writes nothing for the default view', () => {
    expect(urlSearchOf(initialState())).toBe('');
  });

  it('round-trips node, shown kinds and relations, and size mode', () => {
    const state = { ...initialState(), selectedNode: 'port-vella', hiddenKinds: new Set(['person', 'region'] as const), hiddenRelations: new Set(['visited'] as const), sizeBy: 'mentions' as const };
    const search = urlSearchOf(state);
    expect(search).toBe('?node=port-vella&kinds=city,institution,country&relations=met-with,quoted-by,sister-city,affiliated-with,located-in&size=mentions');
    const read = readUrlState(search);
    expect(read.node).toBe('port-vella');
    expect([...read.hiddenKinds].sort()).toEqual(['person', 'region']);
    expect([...read.hiddenRelations]).toEqual(['visited']);
    expect(read.sizeBy).toBe('mentions');
  });

  it('round-trips every filter, mode and the focus', () => {
    const state: ViewState = {
      ...initialState(),
      coMentions: true,
      unconnected: 'shown',
      minDegree: 3,
      topN: 250,
      topBy: 'pagerank',
      colorBy: 'community',
      sizeBy: 'pagerank',
      ego: { node: 'alma-torres', depth: 2 },
    };
    const search = urlSearchOf(state);
    expect(search).toBe('?co-mentions=on&unconnected=shown&min-degree=3&top=250&top-by=pagerank&size=pagerank&color=community&focus=alma-torres&depth=2');
    const { node, ...read } = readUrlState(search);
    expect(node).toBeNull();
    expect({ ...state, ...read }).toEqual(state);
  });

  it('keeps the co-mention layer on only when asked, and never lists it among the relations', () => {
    expect(readUrlState('?co-mentions=on').coMentions).toBe(true);
    expect(readUrlState('?relations=met-with,mentioned-with').hiddenRelations.has('quoted-by')).toBe(true);
    expect(readUrlState('').coMentions).toBe(false);
  });

  it('ignores unknown kinds, relations, modes and counts, and keeps odd node keys intact', () => {
    const read = readUrlState('?node=a%26b%3Dc&kinds=city,planet&relations=likes&unconnected=maybe&min-degree=-2&top=lots&size=fame&focus=');
    expect(read.node).toBe('a&b=c');
    expect([...read.hiddenKinds].sort()).toEqual(['country', 'institution', 'person', 'region']);
    expect(read.hiddenRelations.size).toBe(6);
    expect([read.unconnected, read.minDegree, read.topN, read.sizeBy, read.ego]).toEqual(['auto', 0, 0, 'degree', null]);
  });
});
