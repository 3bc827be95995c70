/** Calls `run` once the reader has paused typing for `ms` milliseconds. */
export function debounce(run: () => void, ms = 120): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
