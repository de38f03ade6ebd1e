/**
 * Collects log lines and writes them together once per turn of the event loop: one write (a system
 * call) for all the requests answered in that turn, instead of one per request. `flush` writes
 * what is pending at once (at shutdown).
 */
export function batchedLines(write: (text: string) => void): { line(text: string): void; flush(): void } {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    write(text);
  };
  return {
    line(text) {
      pending.push(text);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
