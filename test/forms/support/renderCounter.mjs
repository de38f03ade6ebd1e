// Counts the React components that render in each commit, through the hook React DevTools uses, so
// tests and the bench can measure re-renders of the real components without changing them. Import
// this module before react-dom is loaded.
//
// A component rendered in a commit when it mounted or carries React's PerformedWork flag; a subtree
// whose child pointer is unchanged since the previous commit was skipped as a whole (as DevTools does).

const PERFORMED_WORK = 1;
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo

const commits = [];

function nameOf(fiber) {
  const type = fiber.type?.type ?? fiber.type?.render ?? fiber.type;
  return type?.displayName ?? type?.name ?? 'Anonymous';
}

function collect(next, previous, counts) {
  if (COMPONENT_TAGS.has(next.tag) && (previous === null || (next.flags & PERFORMED_WORK) === PERFORMED_WORK)) {
    const name = nameOf(next);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  if (previous !== null && next.child === previous.child) return;
  for (let child = next.child; child !== null; child = child.sibling) collect(child, child.alternate, counts);
}

if (globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ === undefined) {
  globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: (_id, root) => {
      const counts = {};
      collect(root.current, root.current.alternate, counts);
      commits.push(counts);
    },
    onPostCommitFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
  };
}

/** Forgets the commits counted so far. */
export function resetRenderCounts() {
  commits.length = 0;
}

/** Renders by component name, summed over the commits since the last reset. */
export function renderCounts() {
  const total = {};
  for (const counts of commits)
    for (const [name, count] of Object.entries(counts)) total[name] = (total[name] ?? 0) + count;
  return total;
}

/** Total component renders since the last reset. */
export function totalRenders() {
  return Object.values(renderCounts()).reduce((sum, count) => sum + count, 0);
}

/** The renders of each commit since the last reset, for diagnosing. */
export function commitLog() {
  return commits.map((counts) => ({ ...counts }));
}
