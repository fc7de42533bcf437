/**
 * A requirement checker as shipped in a content bundle: a few questions, each answer leading to the
 * next question or to an outcome (a checklist). Lists rather than records, so that no lookup keyed
 * by an answer taken from a URL can reach an object's prototype (see ./walk.ts).
 */

export interface CheckerOption {
  /** Stable key, written in URLs (`?who=child`): kebab-case, the same in every language. */
  id: string;
  label: string;
  /** Exactly one of `next` (a step id) and `outcome` (an outcome id) is set. */
  next?: string;
  outcome?: string;
}

export interface CheckerStep {
  /** Stable key, the URL parameter of this question's answer. */
  id: string;
  question: string;
  options: CheckerOption[];
}

export interface CheckerOutcome {
  id: string;
  title: string;
  /** A short plain-text explanation. */
  text: string;
  /** The documents to bring: they become the personal checklist. */
  items: string[];
  /** Ids of entries (same language) with the full answers. */
  links: string[];
}

export interface Checker {
  /** The first step's id. */
  start: string;
  steps: CheckerStep[];
  outcomes: CheckerOutcome[];
}

/** What a checker needs of the assistant showing it. */
export interface CheckerHost {
  /** Origin of the Tanya server; '' for this page's. */
  readonly server: string;
  /** Whether the page is the assistant's own (its URL then holds the checker's answers). */
  readonly useHistory: boolean;
}
