/**
 * The shape of one language's UI strings. Placeholders in braces (`{n}`, `{date}`) are filled by
 * `format()`, so a host can override any string with plain JSON.
 */
export interface UiStrings {
  /** Accessible name of the whole assistant (landmark and launcher panel). */
  name: string;
  searchLabel: string;
  placeholder: string;
  clear: string;
  /** Live region: number of results for the typed question. */
  resultCount: string;
  resultCountOne: string;
  noResults: string;
  suggestionsLabel: string;
  browseHeading: string;
  noAnswerHeading: string;
  noAnswerText: string;
  closestTopics: string;
  handoffHeading: string;
  whatsapp: string;
  back: string;
  lastChecked: string;
  source: string;
  helpfulQuestion: string;
  yes: string;
  no: string;
  thanks: string;
  sorryHandoff: string;
  share: string;
  linkCopied: string;
  checklistClear: string;
  checklistProgress: string;
  notTranslated: string;
  loading: string;
  loadError: string;
  offline: string;
  /** Answering from the copy saved on the device while the server cannot be reached; `{date}`. */
  offlineSaved: string;
  retry: string;
  openLauncher: string;
  closeLauncher: string;
  /** Label of the button that switches to this language, written in this language. */
  languageName: string;
  switchLanguage: string;
  categories: Record<string, string>;
}

/** Host overrides, per language: `{"id": {"placeholder": "…"}}`. */
export type StringOverrides = Partial<Record<string, Partial<UiStrings>>>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a typo in an override shows. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
