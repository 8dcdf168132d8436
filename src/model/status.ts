/** Whether a fact stands: asserted by its sources, disputed by another, denied by a party, or retracted. */
import { z } from 'zod';

export const STATUSES = ['asserted', 'disputed', 'denied', 'retracted'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;
