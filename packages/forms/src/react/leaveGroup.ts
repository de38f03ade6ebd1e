import type { FocusEvent } from 'react';

/** A blur handler for a group of inputs that calls `onLeave` only when focus leaves the whole group. */
export function leaveGroup(onLeave: () => void): (event: FocusEvent<HTMLElement>) => void {
  return (event) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
  };
}
