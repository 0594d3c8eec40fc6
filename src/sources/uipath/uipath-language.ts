/**
 * UiPath writes each entry's `message` in the language the request asks for ("in the shorten
 * form: en, fr, de, ja…"). We ask for the reader's language when UiPath has it, English otherwise.
 */

/** The languages UiPath's products are offered in, in the short form the API takes. */
export const UIPATH_LANGUAGES = ['en', 'de', 'es', 'fr', 'ja', 'ko', 'pt', 'ro', 'ru', 'tr', 'zh'] as const
export type UiPathLanguage = (typeof UIPATH_LANGUAGES)[number]

export const DEFAULT_UIPATH_LANGUAGE: UiPathLanguage = 'en'

function isUiPathLanguage(value: string): value is UiPathLanguage {
  return (UIPATH_LANGUAGES as readonly string[]).includes(value)
}

/** The first of the reader's languages (BCP 47 tags, best first) that UiPath offers. */
export function pickUiPathLanguage(preferred: readonly string[]): UiPathLanguage {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
    if (isUiPathLanguage(primary)) return primary
  }
  return DEFAULT_UIPATH_LANGUAGE
}

/** The browser's languages; none outside a browser. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : []
}
