/**
 * The element's public events, for host-page analytics. All bubble and cross the shadow boundary.
 * Question text in these events is what the citizen typed on this page; it never leaves the page
 * unless the host sends it somewhere.
 */
import type { Lang } from '../search/types.js';

export interface FaqAnswerDetail {
  id: string;
  lang: Lang;
  /** The question that led there; '' when the citizen browsed to it. */
  query: string;
}

export interface FaqUnansweredDetail {
  query: string;
  lang: Lang;
  reason: 'no-match' | 'not-helpful';
  entryId?: string;
}

export interface FaqFeedbackDetail {
  id: string;
  lang: Lang;
  helpful: boolean;
}

export type FaqAnswerEvent = CustomEvent<FaqAnswerDetail>;
export type FaqUnansweredEvent = CustomEvent<FaqUnansweredDetail>;
export type FaqFeedbackEvent = CustomEvent<FaqFeedbackDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'faq-answer': FaqAnswerEvent;
    'faq-unanswered': FaqUnansweredEvent;
    'faq-feedback': FaqFeedbackEvent;
  }
}

export function faqEvent<K extends 'faq-answer' | 'faq-unanswered' | 'faq-feedback'>(
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
