/**
 * Fits the answered/declined model (widget/search/decision.ts) on labelled questions, and
 * measures it honestly: k-fold cross-validation, every figure from questions the fit never saw.
 */
import { confidenceOf, featuresOf, isDeclinedOutright, type Evidence } from '../../widget/search/index.js';
import { rates, score, type Judged, type Scores } from './evaluate.js';

export interface Model {
  weights: number[];
  bias: number;
  threshold: number;
}

/**
 * At most this share of all questions may get a confident wrong answer (it sends a citizen off
 * with the wrong papers); within that, the threshold answers as many as it can. Held out, the share
 * comes out higher than on the questions fitted, and differs from set to set: at 3.5 % a few sets
 * reached 5.0–5.3 % held out; at 3 % every set and language stays at or under 4.7 % (k-fold), for
 * about two points fewer answered. The 5 % a language may have holds in each set, not only on average.
 */
export const MAX_WRONG = 0.03;

const forced = (e: Evidence) => isDeclinedOutright(e);

/**
 * L2-regularised logistic regression by gradient descent: some hundred and twenty features, over a
 * thousand questions. The penalty is a prior worth a fixed number of questions, so a smaller set (one
 * set's own k-fold, a few hundred questions) is held closer to zero than the whole tuning data: a
 * fixed per-question L2 that suits 1,400 questions overfits 300. k-fold (4 draws) chose the strength:
 * the equivalent of L2 0.01 on the whole data answered a point fewer for the same wrong share; 0.001
 * answered a few more but wrong rose to 3.5 % and declined fell under 90 %.
 */
const PRIOR_STRENGTH = 3.5;

function fitLogistic(xs: number[][], ys: number[], steps = 3000, rate = 0.5): { weights: number[]; bias: number } {
  const n = xs.length || 1;
  const l2 = PRIOR_STRENGTH / n;
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * xs[i][j];
      const err = 1 / (1 + Math.exp(-z)) - ys[i];
      for (let j = 0; j < d; j++) gw[j] += err * xs[i][j];
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (gw[j] / n + l2 * w[j]);
    b -= (rate * gb) / n;
  }
  return { weights: w, bias: b };
}

/** Right answers, or minus the excess of wrong ones when there are more than MAX_WRONG allows. */
function utility(judged: readonly Judged[], answered: (j: Judged) => boolean): number {
  let right = 0;
  let wrong = 0;
  for (const j of judged) {
    if (!j.ids.length || !answered(j)) continue;
    if (j.item.expect.includes(j.ids[0])) right++;
    else wrong++;
  }
  const allowed = MAX_WRONG * judged.length;
  return wrong <= allowed ? right : -(wrong - allowed);
}

export function fitModel(judged: readonly Judged[]): Model {
  const train = judged.filter((j) => j.ids.length && !forced(j.evidence));
  const xs = train.map((j) => featuresOf(j.evidence));
  const ys = train.map((j) => (j.item.expect.includes(j.ids[0]) ? 1 : 0));
  const { weights, bias } = fitLogistic(xs, ys);
  const model = { weights, bias, threshold: 0.5 };
  let best = -Infinity;
  for (let t = 0.3; t <= 0.951; t += 0.01) {
    const u = utility(train, (j) => confidenceOf(j.evidence, model) >= t);
    if (u > best) [best, model.threshold] = [u, Math.round(t * 100) / 100];
  }
  return model;
}

export const decideWith = (m: Model) => (e: Evidence) => !forced(e) && confidenceOf(e, m) >= m.threshold;

/** The shuffle the quoted k-fold figures use. */
export const FOLD_SEED = 20261201;

/** A fixed, seeded shuffle, so two runs make the same folds. */
function foldOf(n: number, k: number, seed = FOLD_SEED): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let a = seed;
  const rnd = () => ((a = (a * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const fold = new Array<number>(n);
  order.forEach((idx, pos) => (fold[idx] = pos % k));
  return fold;
}

export interface CrossValidation {
  k: number;
  /** How many ranking settings each fold chose among, when it did. */
  choices?: number;
  /** Per question (same order as the input), the decision of the model fitted without its fold. */
  heldOut: boolean[];
  /** Per fold, its held-out questions' scores. */
  folds: Scores[];
}

export function crossValidate(judged: readonly Judged[], k = 5): CrossValidation {
  return crossValidateChoosing([judged], k);
}

/**
 * How well a ranking orders the answers, whatever is decided: the mean reciprocal rank of the first
 * right answer among the results, over the questions that have one.
 */
export function orderQuality(judged: readonly Judged[]): number {
  let sum = 0;
  let n = 0;
  for (const j of judged) {
    if (!j.item.expect.length) continue;
    n++;
    const rank = j.ids.findIndex((id) => j.item.expect.includes(id));
    if (rank >= 0) sum += 1 / (rank + 1);
  }
  return n ? sum / n : 0;
}

/** The setting whose ranking orders the given questions best (`bySetting[s]`: them, judged under setting s); the first on a tie. */
export function bestSetting(bySetting: readonly (readonly Judged[])[]): number {
  const quality = bySetting.map(orderQuality);
  return quality.indexOf(Math.max(...quality));
}

/**
 * K-fold over the same questions judged under several ranking settings (`bySetting[s][i]` is
 * question i under setting s): each fold picks the setting that orders the other folds' questions
 * best, fits the decision on them under it, then decides its own questions. So the ranking knobs are
 * chosen without the questions they are measured on, like the decision, and by what they change: the
 * order. (Chosen by the decision's utility instead, they barely move it, and so would never weigh
 * what they do to the order.)
 */
export function crossValidateChoosing(bySetting: readonly (readonly Judged[])[], k = 5, seed = FOLD_SEED): CrossValidation & { judged: Judged[] } {
  const n = bySetting[0].length;
  const fold = foldOf(n, k, seed);
  const heldOut = new Array<boolean>(n).fill(false);
  const judged = new Array<Judged>(n);
  const folds: Scores[] = [];
  for (let f = 0; f < k; f++) {
    const setting = bestSetting(bySetting.map((all) => all.filter((_, i) => fold[i] !== f)));
    const decide = decideWith(fitModel(bySetting[setting].filter((_, i) => fold[i] !== f)));
    const held: Judged[] = [];
    bySetting[setting].forEach((j, i) => {
      if (fold[i] !== f) return;
      heldOut[i] = j.ids.length > 0 && decide(j.evidence);
      judged[i] = j;
      held.push(j);
    });
    folds.push(score(held, decide).overall);
  }
  return { k, heldOut, folds, judged, choices: bySetting.length > 1 ? bySetting.length : undefined };
}

/** The ranking settings `npm run tune` chooses among: how much the body counts, and all of an answer's questions together. */
export const BODY_WEIGHTS = [0.3, 0.45, 0.6, 0.8];
export const QUESTIONS_WEIGHTS = [0.4, 0.8, 1.5, 2.2];

export interface RankingSetting {
  bodyWeight: number;
  questionsWeight: number;
}

export const RANKING_SETTINGS: readonly RankingSetting[] = BODY_WEIGHTS.flatMap((bodyWeight) =>
  QUESTIONS_WEIGHTS.map((questionsWeight) => ({ bodyWeight, questionsWeight })),
);

/** Mean and standard deviation across folds of each rate. */
export function spread(folds: readonly Scores[]) {
  const per = folds.map(rates);
  const keys = ['answeredTop1', 'answeredWrong', 'top1', 'top3', 'mrr', 'declined'] as const;
  return Object.fromEntries(
    keys.map((key) => {
      const vs = per.map((r) => r[key]).filter((v) => !Number.isNaN(v));
      const mean = vs.reduce((s, v) => s + v, 0) / (vs.length || 1);
      const sd = Math.sqrt(vs.reduce((s, v) => s + (v - mean) ** 2, 0) / (vs.length || 1));
      return [key, { mean, sd }];
    }),
  ) as Record<(typeof keys)[number], { mean: number; sd: number }>;
}
