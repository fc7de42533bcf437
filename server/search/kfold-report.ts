/** Loads every tuning set, judges it, and cross-validates the decision over all of them at once. */
import type { BuildOptions } from '../../widget/search/build-index.js';
import type { LoadedContent } from '../content/load.js';
import { loadCheckedContent, searchersOf } from './searchers.js';
import { formatPct, judge, line, HEADER, rates, score, type Judged } from './evaluate.js';
import { readLabelled, tuningSets, type LabelledQuery, type LabelledSet } from './labelled.js';
import { bestSetting, crossValidateChoosing, fitModel, RANKING_SETTINGS, spread, type CrossValidation, type Model, type RankingSetting } from './tune.js';

export interface TuningData {
  sets: LabelledSet[];
  /** Per set, its questions as judged by the search (same order as `sets`). */
  judged: Judged[][];
}

/** What every ranking setting reads alike, read once however many settings judge it: content folders and question files. */
export interface TuningInputs {
  contents: Map<string, Promise<LoadedContent>>;
  questions: Map<string, Promise<LabelledQuery[]>>;
}

const newInputs = (): TuningInputs => ({ contents: new Map(), questions: new Map() });

function once<T>(cache: Map<string, Promise<T>>, key: string, read: (key: string) => Promise<T>): Promise<T> {
  let p = cache.get(key);
  if (!p) cache.set(key, (p = read(key)));
  return p;
}

export async function loadTuningData(
  sets = tuningSets(),
  options: Omit<BuildOptions, 'translations'> = {},
  inputs: TuningInputs = newInputs(),
): Promise<TuningData> {
  const searchersByDir = new Map<string, ReturnType<typeof searchersOf>>();
  const judged: Judged[][] = [];
  for (const set of sets) {
    let searchers = searchersByDir.get(set.content);
    if (!searchers) searchersByDir.set(set.content, (searchers = searchersOf(await once(inputs.contents, set.content, loadCheckedContent), options)));
    judged.push(judge(await once(inputs.questions, set.queries, readLabelled), searchers));
  }
  return { sets, judged };
}

export interface KFold {
  data: TuningData;
  cv: CrossValidation & { judged: Judged[] };
  /** The same k-fold over other shuffles of the questions into folds: how much the figures owe to one draw. */
  redrawn: CrossValidation[];
  /** What ships: the ranking setting and decision fitted on every question. */
  chosen: RankingSetting & { model: Model };
}

/** Other shuffles into folds, besides the one quoted (FOLD_SEED in tune.ts). */
const REDRAW_SEEDS = [1, 2, 3];

/**
 * Judges every tuning set under each ranking setting, cross-validates, and fits what ships on all of
 * it. `redraws`: how many other shuffles into folds to cross-validate over as well (each costs a few
 * seconds; the judging, done once, is most of the run).
 */
export async function kfold(redraws = REDRAW_SEEDS.length): Promise<KFold> {
  const bySetting: TuningData[] = [];
  const inputs = newInputs();
  for (const setting of RANKING_SETTINGS) bySetting.push(await loadTuningData(tuningSets(), setting, inputs));
  const all = bySetting.map((d) => d.judged.flat());
  const cv = crossValidateChoosing(all);
  const redrawn = REDRAW_SEEDS.slice(0, redraws).map((seed) => crossValidateChoosing(all, cv.k, seed));
  const setting = bestSetting(all);
  return { data: bySetting[0], cv, redrawn, chosen: { ...RANKING_SETTINGS[setting], model: fitModel(all[setting]) } };
}

export function formatCrossValidation({ data, cv, redrawn }: KFold): string {
  const decided = new Map(cv.judged.map((j, i) => [j, cv.heldOut[i]]));
  const lines = [
    `k-fold (${cv.k} folds${cv.choices ? `, the ranking setting (body and questions weights) chosen per fold among ${cv.choices}` : ''} over ${cv.judged.length} questions of ${data.sets.map((s) => s.name).join(', ')}): every decision by a model fitted without that question`,
    line(HEADER),
  ];
  let at = 0;
  data.sets.forEach((set, i) => {
    const mine = cv.judged.slice(at, (at += data.judged[i].length));
    const r = score(mine, (_, j) => decided.get(j)!);
    for (const [lang, s] of Object.entries(r.byLang)) lines.push(rowOf(`${set.name} ${lang}`, s!));
    lines.push(rowOf(`${set.name}`, r.overall));
  });
  // The issue's bars are per language over every held-out question.
  const pooled = score(cv.judged, (_, j) => decided.get(j)!);
  for (const [lang, s] of Object.entries(pooled.byLang)) lines.push(rowOf(`all ${lang}`, s!));
  const s = spread(cv.folds);
  lines.push(
    `across folds (mean ± sd): top-1 answered ${formatPct(s.answeredTop1.mean)} ± ${formatPct(s.answeredTop1.sd)}, ` +
      `answered wrong ${formatPct(s.answeredWrong.mean)} ± ${formatPct(s.answeredWrong.sd)}, ` +
      `top-3 ${formatPct(s.top3.mean)} ± ${formatPct(s.top3.sd)}, declined ${formatPct(s.declined.mean)} ± ${formatPct(s.declined.sd)}`,
  );
  if (redrawn.length) {
    // One draw of the folds can be lucky or not by about a point: the same figure over other draws says how much.
    const draws = [cv, ...redrawn].map((c) => spread(c.folds));
    const range = (key: 'answeredTop1' | 'answeredWrong' | 'top3' | 'declined') => {
      const means = draws.map((d) => d[key].mean);
      const mean = means.reduce((a, b) => a + b, 0) / means.length;
      return `${formatPct(mean)} (${formatPct(Math.min(...means))}–${formatPct(Math.max(...means))})`;
    };
    lines.push(
      `over ${draws.length} draws of the folds (mean, lowest–highest draw): top-1 answered ${range('answeredTop1')}, ` +
        `answered wrong ${range('answeredWrong')}, top-3 ${range('top3')}, declined ${range('declined')}`,
    );
  }
  return lines.join('\n');
}

function rowOf(name: string, sc: Parameters<typeof rates>[0]): string {
  const r = rates(sc);
  return line([name, String(sc.questions), formatPct(r.answeredTop1), formatPct(r.answeredWrong), formatPct(r.top1), formatPct(r.top3), Number.isNaN(r.mrr) ? '–' : r.mrr.toFixed(3), formatPct(r.declined)]);
}
