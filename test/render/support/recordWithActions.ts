import type { Action, StrategyDiscussionRecord } from '@strategy-record/schemas';
import { exampleRecords } from './exampleRecords.js';

const OWNERS = [
  ['Nguyễn Thị Hương', "Northshire Council Children's Social Care"],
  ['Dr Jiří Dvořák', 'Northshire Community Health NHS Trust'],
  ['Ștefan Bălănescu', 'Little Acorns Day Nursery'],
  ['Siobhán Ní Bhriain', "Northshire Council Children's Social Care"],
  ['DC Ayşe Yılmaz', 'Northshire Constabulary'],
] as const;

/** The action's own words: unique per action, long enough to wrap over two or three lines. */
export function actionDescription(index: number, total: number): string {
  const variety = [
    'visit the family home and check the sleeping arrangements',
    'telephone the school and ask for the attendance record',
    'book a Polish interpreter for the next visit',
  ];
  return `Action ${String(index).padStart(3, '0')} of ${total}: ${variety[index % variety.length]} for Zofia Wójcik and Kacper Żak, then write to the social worker.`;
}

/** The joint Section 47 example with `count` actions in place of its own (for page-break tests). */
export function recordWithActions(count: number): StrategyDiscussionRecord {
  const base = exampleRecords('final').find(([file]) => file === 'joint-s47-physical-injury.json')?.[1];
  if (base === undefined) throw new Error('The joint Section 47 example record is missing.');
  const actions: Action[] = Array.from({ length: count }, (_, offset) => {
    const index = offset + 1;
    const [fullName, agency] = OWNERS[index % OWNERS.length] ?? OWNERS[0];
    return {
      id: `A${index}`,
      description: actionDescription(index, count),
      owner: { fullName, agency },
      dueBy: `2026-03-${String((index % 28) + 1).padStart(2, '0')}`,
      status: 'open',
    };
  });
  return { ...base, actions };
}
