/** "belarus-lithuania-border" → "belarusLithuaniaBorder". */
export function constantName(fileStem: string): string;
/** The generated TypeScript files, as a map from path (relative to the root) to text. */
export function generateDataset(dataDir?: string): Map<string, string>;
