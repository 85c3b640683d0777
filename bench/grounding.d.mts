/** A record changed in one way that grounding must reject. */
export interface Variant {
  /** The kind of change ("hedge dropped", "wrong currency", …). */
  readonly kind: string;
  /** Where the change was made, for a person. */
  readonly where: string;
  /** The changed record. */
  readonly record: unknown;
}

/** Every wrong variant of a correct record. */
export function variants(record: unknown): Variant[];

/** Tallies of a run: caught and total per kind, false positives, misses. */
export function measure(options?: { quick?: boolean }): Promise<{
  records: number;
  tally: Map<string, { caught: number; total: number }>;
  caught: number;
  total: number;
  falsePositives: { name: string; issues: unknown[] }[];
  missed: string[];
}>;
