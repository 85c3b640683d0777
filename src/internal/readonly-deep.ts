/**
 * `T` with every property and array read-only, all the way down. A mutable
 * value is assignable to it, and so are the deeply read-only constants of
 * `news-schema/dataset`, so functions that only read take this.
 *
 * @group Dataset
 */
export type ReadonlyDeep<T> = T extends object ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> } : T;
