/**
 * The argument the command line's own file is started with as a worker
 * thread of `validate --jobs`: the entry then loads `node:worker_threads`
 * to confirm it, which a start on the main thread never pays for.
 */
export const VALIDATE_WORKER_ARG = "--news-schema-validate-worker";

/** What the command line's own file is started with when it runs as a worker thread of `validate --jobs`. */
export interface ValidateWorkerData {
  /** Marks the thread as a validation worker. */
  readonly newsSchemaValidateWorker: true;
  /** Whether the records it is sent are checked for grounding: it then loads the marker tables before the first batch. */
  readonly grounding: boolean;
}

/**
 * The `workerData` that makes the command line's own file start as a worker.
 *
 * @param grounding - Whether the worker checks grounding.
 * @returns The data to start the worker with.
 */
export function workerDataFor(grounding: boolean): ValidateWorkerData {
  return { newsSchemaValidateWorker: true, grounding };
}

/** Whether this thread was started to validate records, by `workerData` made with {@link workerDataFor}. */
export function isValidateWorker(data: unknown): data is ValidateWorkerData {
  return data !== null && typeof data === "object" && "newsSchemaValidateWorker" in data;
}
