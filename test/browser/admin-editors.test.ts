/** The pure parts of the editors' loop in the console: new-answer names, answer search, chart axis, language choice. */
import { expect } from '@open-wc/testing';
import { matchEntries } from '../../widget/pages/admin/admin-answers.js';
import type { EntrySummary } from '../../widget/pages/admin/api.js';
import { slugOf, titleOf } from '../../widget/pages/admin/group-to-answer.js';
import { ADMIN_STRINGS, initialAdminLang } from '../../widget/pages/admin/i18n/index.js';
import { axisTicks } from '../../widget/pages/admin/overview-chart.js';
import { sparklineLabel } from '../../widget/pages/admin/sparkline.js';

const summary = (id: string, lang: 'id' | 'en', title: string): EntrySummary => ({
  id,
  lang,
  title,
  category: 'passport',
  updated: '2024-01-01',
  draft: false,
  stale: false,
  translated: true,
  errors: 0,
});

describe('editors in the console', () => {
  it('names a new answer from a citizen\'s question: a title with a question mark, a valid id', () => {
    expect(titleOf('  mau buat paspor  anak gmn!!')).to.equal('Mau buat paspor anak gmn?');
    expect(titleOf('')).to.equal('');
    expect(slugOf('Mau buat paspor anak: gmn?')).to.equal('mau-buat-paspor-anak-gmn');
    expect(slugOf('Déjà vu — visa ÉLECTRONIQUE')).to.equal('deja-vu-visa-electronique');
    expect(slugOf('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh')).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugOf('???')).to.equal('');
  });

  it('finds answers by every word of title or id, in both languages', () => {
    const all = [summary('office-hours', 'id', 'Jam berapa kantor imigrasi buka?'), summary('office-hours', 'en', 'When is the office open?'), summary('passport-new', 'id', 'Syarat paspor baru')];
    expect(matchEntries(all, 'kantor jam').map((e) => `${e.lang}/${e.id}`)).to.deep.equal(['id/office-hours']);
    expect(matchEntries(all, 'OFFICE').map((e) => `${e.lang}/${e.id}`)).to.deep.equal(['id/office-hours', 'en/office-hours']);
    expect(matchEntries(all, '  ')).to.have.length(3);
  });

  it('puts dates under the chart: first and last day always, at most five', () => {
    const days = Array.from({ length: 30 }, (_, i) => `2024-06-${String(i + 1).padStart(2, '0')}`);
    const ticks = axisTicks(days);
    expect(ticks.map((t) => t.day)).to.deep.equal(['2024-06-01', '2024-06-08', '2024-06-16', '2024-06-23', '2024-06-30']);
    expect(ticks[0]!.at).to.be.closeTo(100 / 60, 0.001);
    expect(axisTicks(['2024-06-01']).map((t) => t.day)).to.deep.equal(['2024-06-01']);
    expect(axisTicks([])).to.deep.equal([]);
  });

  it('speaks the browser\'s language until the admin picks one', () => {
    localStorage.removeItem('tanya-admin-lang');
    expect(initialAdminLang(['id-ID', 'en'])).to.equal('id');
    expect(initialAdminLang(['fr-FR', 'en-GB'])).to.equal('en');
    expect(initialAdminLang(['ja'])).to.equal('en');
    localStorage.setItem('tanya-admin-lang', 'id');
    expect(initialAdminLang(['en-US'])).to.equal('id');
    localStorage.removeItem('tanya-admin-lang');
  });

  it('has every English string in Indonesian too', () => {
    expect(Object.keys(ADMIN_STRINGS.id).sort()).to.deep.equal(Object.keys(ADMIN_STRINGS.en).sort());
    expect(ADMIN_STRINGS.id.viewAnswers).to.not.equal(ADMIN_STRINGS.en.viewAnswers);
    expect(sparklineLabel([1, 0, 3], 3, ADMIN_STRINGS.id)).to.equal('3 hari terakhir: 4 seluruhnya, paling banyak 3 sehari, 3 hari ini');
  });
});
