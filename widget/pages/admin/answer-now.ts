/**
 * "What does it answer now?": the search core run in the page on the current bundle, exactly as
 * the widget would, for the text a citizen typed.
 */
import type { Lang, SearchHit } from '../../search/types.js';
import type { UnansweredGroup } from './api.js';
import type { BundleWatcher } from './bundles.js';

export interface AnswerNow {
  lang: Lang;
  /** What was searched: the most recent example as typed, else the group key. */
  text: string;
  answered: boolean;
  results: SearchHit[];
  /** The bundle version searched, so the admin knows which content the verdict is about. */
  version: string;
}

/** One verdict per language the group was asked in (Indonesian when unknown); none before bundles load. */
export function answerNow(group: UnansweredGroup, bundles: Pick<BundleWatcher, 'get'>, limit = 3): AnswerNow[] {
  const langs: Lang[] = group.langs.length ? group.langs : ['id'];
  const text = group.examples[0] ?? group.query;
  const out: AnswerNow[] = [];
  for (const lang of langs) {
    const loaded = bundles.get(lang);
    if (!loaded) continue;
    const outcome = loaded.searcher.search(text, { limit });
    out.push({ lang, text, answered: outcome.answered, results: outcome.results, version: loaded.bundle.version });
  }
  return out;
}
