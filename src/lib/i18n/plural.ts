/** The forms a plural message has; every language has `other`, English also `one`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/**
 * Chooses between plural forms with the catalogue language's CLDR rules (`Intl.PluralRules`),
 * so a language with more forms than English (Polish, Arabic…) only adds keys, never code.
 */
export function pluralRules(locale: string): (count: number, forms: PluralForms) => string {
  // Made on first use: catalogues call this as they load, before the first paint (format-number.ts).
  let rules: Intl.PluralRules | undefined
  return (count, forms) => {
    rules ??= new Intl.PluralRules(locale)
    return forms[rules.select(count)] ?? forms.other
  }
}
