/** Forgets the commits counted so far. */
export function resetRenderCounts(): void;
/** Renders by component name, summed over the commits since the last reset. */
export function renderCounts(): Record<string, number>;
/** Total component renders since the last reset. */
export function totalRenders(): number;
