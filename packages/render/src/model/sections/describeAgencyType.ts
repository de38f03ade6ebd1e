import type { Agency } from '@strategy-record/schemas';
import { enumLabel } from '../labels.js';

/** "Health: Paediatrician", "Police": the kind of agency in words. */
export function describeAgencyType(agency: Agency | undefined): string | undefined {
  const type = enumLabel('agency', 'type', agency?.type);
  const healthRole = enumLabel('agency', 'healthRole', agency?.healthRole);
  if (type === undefined) return healthRole;
  return healthRole === undefined ? type : `${type}: ${healthRole}`;
}
