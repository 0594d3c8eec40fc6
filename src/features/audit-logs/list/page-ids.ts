/** Ids of the list page's elements that other parts of the page reach for (focus, labels). */

/** The page's heading, which labels it. */
export const LIST_TITLE_ID = 'audit-logs-title'

/** The search box's input: `/` focuses it, and a closed entry with no row to return to. */
export const SEARCH_INPUT_ID = 'audit-log-search'
