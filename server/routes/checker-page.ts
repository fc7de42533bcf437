/**
 * A requirement checker on its `/a/:id` page, without JavaScript: each question is a
 * `<form method="get">` of radio inputs, so each answer is a URL that holds the answers so far
 * (`/a/passport-checker?lang=id&who=adult&reason=first`) and the browser's Back goes back a
 * question. The outcome's URL is shareable: opened fresh it shows the same checklist, and its
 * Open Graph tags name the outcome. Every value goes through hono's `html`, which escapes it.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import * as z from 'zod';
import { CHECKER_KEY } from '../content/checker-schema.js';
import { checklistText, whatsappShareUrl } from '../../widget/checker/share-text.js';
import type { Checker } from '../../widget/checker/types.js';
import { answerPairs, answersFrom, checkerHref, progressOf, walk, type Walk } from '../../widget/checker/walk.js';
import type { BundleEntry, Lang } from '../../widget/search/types.js';

type Page = HtmlEscapedString | Promise<HtmlEscapedString>;

const UI: Record<Lang, { progress: string; next: string; back: string; yourAnswers: string; change: string; bring: string; fullAnswers: string; startAgain: string; whatsapp: string }> = {
  id: {
    progress: 'Pertanyaan {n} dari {total}',
    next: 'Lanjut',
    back: 'Kembali',
    yourAnswers: 'Jawaban Anda',
    change: 'Ubah',
    bring: 'Yang perlu dibawa',
    fullAnswers: 'Jawaban lengkap',
    startAgain: 'Mulai lagi',
    whatsapp: 'Kirim ke WhatsApp',
  },
  en: {
    progress: 'Question {n} of {total}',
    next: 'Next',
    back: 'Back',
    yourAnswers: 'Your answers',
    change: 'Change',
    bring: 'What to bring',
    fullAnswers: 'Full answers',
    startAgain: 'Start again',
    whatsapp: 'Send to WhatsApp',
  },
};

const MAX_PARAMS = 60;
/** One `step=option` pair of the query; anything else in the query is not an answer. */
const answerParam = z.tuple([z.string().max(40).regex(CHECKER_KEY), z.string().max(40).regex(CHECKER_KEY)]);

/** The answers in a URL's query, validated: names a checker could use, nothing else. */
export function answersInQuery(url: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const pair of [...new URL(url).searchParams].slice(0, MAX_PARAMS)) {
    const parsed = answerParam.safeParse(pair);
    if (parsed.success) pairs.push(parsed.data);
  }
  return pairs;
}

/** `/a/<id>?lang=<lang>&step=option…`: the URL of a walk's answers (the first `upTo` of them). */
export function checkerPath(entry: BundleEntry, answers: Walk['answers'], upTo = answers.length): string {
  return checkerHref(entry.id, entry.lang, answerPairs(answers.slice(0, upTo)));
}

export interface CheckerPage {
  walk: Walk;
  /** Where the answers so far lead: the outcome's URL is its canonical, shareable address. */
  path: string;
  /** `<title>` and og:title: the outcome's title once reached. */
  title: string;
  description: string;
  /** Whether this URL is worth indexing on its own (the start and the outcomes are; half-way steps are not). */
  indexable: boolean;
  article: (origin: string) => Page;
}

/** The page for the answers in `pairs`; `titleOf(id)` names the linked answers (same language). */
export function checkerPage(
  entry: BundleEntry & { checker: Checker },
  pairs: [string, string][],
  titleOf: (id: string) => string | undefined,
): CheckerPage {
  const w = walk(entry.checker, answersFrom(pairs));
  return {
    walk: w,
    // A half-way step's own address is not worth sharing or indexing: it points at the start.
    path: checkerPath(entry, w.outcome ? w.answers : []),
    title: w.outcome ? `${w.outcome.title} · ${entry.title}` : entry.title,
    description: w.outcome ? w.outcome.text || w.outcome.items.join(', ') : entry.text,
    indexable: !!w.outcome || !w.answers.length,
    article: (origin) => checkerArticle(entry, w, origin, titleOf),
  };
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function checkerArticle(entry: BundleEntry & { checker: Checker }, w: Walk, origin: string, titleOf: (id: string) => string | undefined): Page {
  const t = UI[entry.lang];
  const progress = progressOf(entry.checker, w);
  const step = w.step;
  const outcome = w.outcome;
  return html`<section class="checker" aria-label="${entry.title}" lang="${entry.lang}">
    ${w.answers.length
      ? html`<h2>${t.yourAnswers}</h2>
          <ol class="checker-answers">
            ${w.answers.map(
              (a, i) => html`<li>${a.step.question} <strong>${a.option.label}</strong> <a href="${checkerPath(entry, w.answers, i)}">${t.change}<span class="visually-hidden">: ${a.step.question}</span></a></li>`,
            )}
          </ol>`
      : ''}
    ${step && progress
      ? html`<form method="get" action="/a/${entry.id}" class="checker-step">
          <input type="hidden" name="lang" value="${entry.lang}" />
          ${answerPairs(w.answers).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}
          <fieldset>
            <legend>${step.question}</legend>
            <p class="checker-progress">${fill(t.progress, { n: progress.position, total: progress.total })}</p>
            ${step.options.map(
              (o, i) => html`<p class="checker-option">
                <input type="radio" id="checker-${step.id}-${o.id}" name="${step.id}" value="${o.id}" ${i === 0 ? html`required` : ''} />
                <label for="checker-${step.id}-${o.id}">${o.label}</label>
              </p>`,
            )}
          </fieldset>
          <p>
            <button type="submit">${t.next}</button>
            ${w.answers.length ? html` <a href="${checkerPath(entry, w.answers, w.answers.length - 1)}">${t.back}</a>` : ''}
          </p>
        </form>`
      : ''}
    ${outcome
      ? html`<div class="checker-outcome">
          <h2 id="checker-outcome">${outcome.title}</h2>
          ${outcome.text ? html`<p>${outcome.text}</p>` : ''}
          <h3>${t.bring}</h3>
          <ul class="checklist">
            ${outcome.items.map((item) => html`<li>${item}</li>`)}
          </ul>
          <p>
            <a class="whatsapp" href="${whatsappShareUrl(checklistText(entry.title, outcome, `${origin}${checkerPath(entry, w.answers)}`))}" rel="noopener noreferrer">${t.whatsapp}</a>
          </p>
          ${outcome.links.length
            ? html`<h3>${t.fullAnswers}</h3>
                <ul>
                  ${outcome.links.map((id) => html`<li><a href="/a/${id}?lang=${entry.lang}">${titleOf(id) ?? id}</a></li>`)}
                </ul>`
            : ''}
          <p><a href="${checkerPath(entry, [])}">${t.startAgain}</a></p>
        </div>`
      : ''}
  </section>`;
}
