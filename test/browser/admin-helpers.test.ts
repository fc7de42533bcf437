/** The admin console's pure parts: sorting, paging, sparkline geometry, ranking, content health. */
import { expect } from '@open-wc/testing';
import { filterParams } from '../../widget/pages/admin/api.js';
import { rankFeedback } from '../../widget/pages/admin/feedback.js';
import { pageOf, sortGroups } from '../../widget/pages/admin/groups.js';
import { missingTranslations, parseProblem, staleEntries } from '../../widget/pages/admin/health.js';
import { bars } from '../../widget/pages/admin/overview-chart.js';
import { sparkGeometry, sparklineLabel } from '../../widget/pages/admin/sparkline.js';
import type { BundleEntry } from '../../widget/search/types.js';
import { group } from './support/fake-admin-api.js';

const entry = (id: string, lang: 'id' | 'en', updated: string, translations: Array<'id' | 'en'> = [lang]): BundleEntry => ({
  id,
  lang,
  updated,
  translations,
  title: id,
  questions: [],
  tags: [],
  text: '',
  category: 'general',
  html: '',
});

describe('admin helpers', () => {
  it('sorts by count (ties by recency) and by recency (ties by count)', () => {
    const gs = [
      group('a', 2, { lastSeen: '2024-06-01T00:00:00Z' }),
      group('b', 5, { lastSeen: '2024-05-01T00:00:00Z' }),
      group('c', 2, { lastSeen: '2024-06-09T00:00:00Z' }),
    ];
    expect(sortGroups(gs, 'count').map((g) => g.query)).to.deep.equal(['b', 'c', 'a']);
    expect(sortGroups(gs, 'lastSeen').map((g) => g.query)).to.deep.equal(['c', 'a', 'b']);
    expect(gs.map((g) => g.query), 'input untouched').to.deep.equal(['a', 'b', 'c']);
  });

  it('pages, clamping out-of-range pages', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    const p = pageOf(items, 2, 50);
    expect([p.page, p.pages, p.start, p.end, p.items.length]).to.deep.equal([2, 3, 101, 120, 20]);
    expect(pageOf(items, 99, 50).page).to.equal(2);
    expect(pageOf([], 0, 50)).to.include({ page: 0, pages: 1, start: 0, end: 0 });
  });

  it('draws a sparkline in its box, flat at the bottom when all zero, and describes it', () => {
    const g = sparkGeometry([0, 5, 10], 100, 20, 0);
    expect(g.points).to.equal('0,20 50,10 100,0');
    expect(g).to.include({ max: 10, total: 15 });
    expect(sparkGeometry([0, 0], 10, 10, 0).points).to.equal('0,10 10,10');
    expect(sparklineLabel([1, 0, 3], 3)).to.equal('Last 3 days: 4 in total, at most 3 a day, 3 today');
  });

  it('stacks overview bars answered-under-unanswered, scaled to the busiest day', () => {
    const { bars: b, max } = bars(
      [
        { day: 'd1', searches: 10, answered: 6, unanswered: 4 },
        { day: 'd2', searches: 5, answered: 5, unanswered: 0 },
      ],
      200,
      100,
    );
    expect(max).to.equal(10);
    expect(b[0]).to.include({ answeredH: 60, answeredY: 40, unansweredH: 40, unansweredY: 0 });
    expect(b[1]!.x).to.be.greaterThan(b[0]!.x);
  });

  it('ranks feedback by not-helpful share, single votes last', () => {
    const ranked = rankFeedback(
      [
        { entryId: 'one-vote', lang: 'id', helpful: 0, notHelpful: 1, questions: [] },
        { entryId: 'half', lang: 'id', helpful: 5, notHelpful: 5, questions: [] },
        { entryId: 'bad', lang: 'id', helpful: 1, notHelpful: 9, questions: [] },
      ],
      3,
    );
    expect(ranked.map((r) => r.entryId)).to.deep.equal(['bad', 'half', 'one-vote']);
    expect(ranked[0]!.share).to.equal(0.9);
  });

  it('finds stale entries with their file paths, by a configurable threshold', () => {
    const now = Date.parse('2025-06-01T00:00:00Z');
    const entries = [entry('old', 'id', '2023-01-01'), entry('fresh', 'en', '2025-05-01'), entry('edge', 'id', '2024-06-01')];
    expect(staleEntries(entries, 365, now).map((s) => s.path)).to.deep.equal(['content/id/old.md']);
    expect(staleEntries(entries, 10, now).map((s) => s.id)).to.deep.equal(['old', 'edge', 'fresh']);
  });

  it('lists missing translations with the file to write', () => {
    const entries = [entry('both', 'id', '2024-01-01', ['id', 'en']), entry('both', 'en', '2024-01-01', ['id', 'en']), entry('only-id', 'id', '2024-01-01')];
    expect(missingTranslations(entries, ['id', 'en'])).to.deep.equal([
      { id: 'only-id', has: ['id'], missing: ['en'], paths: ['content/en/only-id.md'] },
    ]);
  });

  it('splits content problems into path, line and message', () => {
    expect(parseProblem('content/id/x.md:3: title is required')).to.include({ path: 'content/id/x.md', line: '3', message: 'title is required' });
    expect(parseProblem('something odd')).to.include({ path: '', message: 'something odd' });
  });

  it('leaves empty filters out of the query string', () => {
    expect(filterParams({ from: '', lang: 'id', status: '', q: '  paspor ' }).toString()).to.equal('lang=id&q=paspor');
  });
});
