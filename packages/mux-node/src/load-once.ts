/**
 * Wraps a dynamic `import()` so that it runs once and every later call gets the same promise.
 * A failed load (a chunk that could not be fetched) is forgotten: the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
