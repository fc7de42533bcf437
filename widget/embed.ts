/**
 * `widget.js`, the embed script: defines `<faq-assistant>`. The element loads nothing until used.
 *
 * @example
 * <script type="module" src="https://ASSISTANT-HOST/widget.js"></script>
 * <faq-assistant server="https://ASSISTANT-HOST" lang="id"></faq-assistant>
 */
export { FaqAssistant } from './faq-assistant.js';
export type { FaqAnswerEvent, FaqFeedbackEvent, FaqUnansweredEvent } from './faq-assistant.js';
