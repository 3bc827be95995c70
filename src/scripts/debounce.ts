/**
 * Calls `run` once the reader has paused typing for `ms` milliseconds. A
 * quarter of a second is about one keystroke on a phone's keyboard: shorter,
 * and each letter typed at that pace is a search of its own, with the index
 * chunks and result fragment it downloads (Pagefind's own interface waits 300).
 */
export function debounce(run: () => void, ms = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
