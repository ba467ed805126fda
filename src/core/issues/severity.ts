/** How serious an issue is. Its own file, so that the rule table and the issue both take it. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
