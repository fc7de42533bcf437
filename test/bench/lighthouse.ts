/**
 * Lighthouse on a page of the running server, in Debian's Chromium (test tools cannot download a
 * browser here). Lighthouse's default config is its mobile preset: a mid-range phone's screen and a
 * simulated slow 4G with a 4× slower CPU, which is our citizens' case.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM_MESSAGE } from '../support/chromium.mjs';
import { bar, type Bar } from './stats.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The issue's bars, as Lighthouse scores 0–100. */
export const LIGHTHOUSE_BARS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
};

export interface LighthouseResult {
  url: string;
  /** 0–100 per category; null when Lighthouse could not score it (the page errored). */
  scores: Record<Category, number | null>;
  /** Audits that lost points, worst first, so a missed bar says what to fix. */
  failing: { id: string; title: string; score: number }[];
  runtimeError?: string;
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(MISSING_CHROMIUM_MESSAGE);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // Mobile preset (the default), stated so a change of Lighthouse's default does not change ours.
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => {
        const s = lhr.categories[c]?.score;
        return [c, typeof s === 'number' ? Math.round(s * 100) : null];
      }),
    ) as Record<Category, number | null>;
    const failing = Object.values(lhr.audits)
      .filter((a) => typeof a.score === 'number' && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => ({ id: a.id, title: a.title, score: Math.round((a.score as number) * 100) }))
      .sort((a, b) => a.score - b.score)
      .slice(0, 12);
    return { url, scores, failing, runtimeError: lhr.runtimeError?.message };
  } finally {
    chrome.kill();
  }
}

export function lighthouseBars(page: string, r: LighthouseResult): Bar[] {
  return CATEGORIES.map((c) => {
    const limit = LIGHTHOUSE_BARS[c];
    const score = r.scores[c] ?? 0;
    return bar(`Lighthouse ${c} ${page}`, score, limit, `${r.scores[c] ?? 'n/a'} (bar ${limit === 100 ? '= 100' : `≥ ${limit}`})`, 'min');
  });
}

export function formatLighthouse(pages: Record<string, LighthouseResult>): string {
  const lines = [`${'page'.padEnd(28)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`];
  for (const [page, r] of Object.entries(pages)) {
    lines.push(`${page.padEnd(28)} ${CATEGORIES.map((c) => String(r.scores[c] ?? 'n/a').padStart(15)).join('')}`);
    if (r.runtimeError) lines.push(`  runtime error: ${r.runtimeError}`);
    for (const a of r.failing) lines.push(`  ${String(a.score).padStart(3)}  ${a.id}: ${a.title}`);
  }
  return lines.join('\n');
}
