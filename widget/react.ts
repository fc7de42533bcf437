/**
 * `tanya/react`: `<FaqAssistant>` for React, made by @lit/react from the element, so its attributes
 * and properties are typed props and its events are `onFaqAnswer`, `onFaqUnanswered` and
 * `onFaqFeedback`. Built as `dist/react.js` beside `widget.js`, which it imports (and so defines the
 * element); React itself comes from the host application. Not part of widget.js.
 *
 * @example
 * import { FaqAssistant } from 'tanya/react';
 * <FaqAssistant server="https://ASSISTANT-HOST" language="id" onFaqAnswer={(e) => track(e.detail.id)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { FaqAnswerEvent, FaqFeedbackEvent, FaqUnansweredEvent } from './components/events.js';
import { FaqAssistant as FaqAssistantElement } from './embed.js';

export const FaqAssistant = createComponent({
  tagName: 'faq-assistant',
  elementClass: FaqAssistantElement,
  react: React,
  events: {
    onFaqAnswer: 'faq-answer' as EventName<FaqAnswerEvent>,
    onFaqUnanswered: 'faq-unanswered' as EventName<FaqUnansweredEvent>,
    onFaqFeedback: 'faq-feedback' as EventName<FaqFeedbackEvent>,
  },
  displayName: 'FaqAssistant',
});

export type { FaqAnswerEvent, FaqFeedbackEvent, FaqUnansweredEvent };
