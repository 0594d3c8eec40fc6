/** A VITE_* variable in the production build's environment that the app has no use for. */
export const UNRELATED_BUILD_VARIABLE = {
  name: 'VITE_SOMEONE_ELSES_SETTING',
  value: 'unrelated-value-3f9c2a71',
}
