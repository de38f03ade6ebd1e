/** Forgets the commits counted so far. */
export function resetRenderCounts(): void;
/** Renders by component name, summed over the commits since the last reset. */
export function renderCounts(): Record<string, number>;
/** Total component renders since the last reset. */
export function totalRenders(): number;
/** The renders of each commit since the last reset, for diagnosing. */
export function commitLog(): Record<string, number>[];
