import type { DdlWarningCode, DdlWarningSeverity } from '../dialect';

/** A warning about a type mapping, before the compiler adds where it happened. */
export interface TypeNote {
  code: DdlWarningCode;
  severity: DdlWarningSeverity;
  message: string;
}
