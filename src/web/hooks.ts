import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  retry: () => void;
}

/**
 * Calls `load` whenever `key` changes, aborting the call before; keeps the last data while loading.
 * Whether it is loading is read from the answer held (for this key and attempt, or not), so that a
 * new key costs no render of its own. The call leaves from the render of the new key itself: an
 * effect would wait until the whole page had rendered the change (every panel again, with its old
 * data), which held a filter change's requests back by as long as that took.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; attempt: number; data?: T; error?: Error }>();
  const call = useRef<{ key: string; attempt: number; controller: AbortController }>();
  if (call.current?.key !== key || call.current.attempt !== attempt) {
    call.current?.controller.abort();
    const controller = new AbortController();
    call.current = { key, attempt, controller };
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setAnswer({ key, attempt, data }); },
      (error: Error) => { if (!controller.signal.aborted) setAnswer({ key, attempt, error }); },
    );
  }
  useEffect(() => () => call.current?.controller.abort(), []);
  const current = answer?.key === key && answer.attempt === attempt;
  return { data: answer?.data, error: current ? answer.error : undefined, loading: !current, retry: () => setAttempt((a) => a + 1) };
}

/** The width of an element, kept current as it resizes. */
export function useWidth<E extends HTMLElement>(fallback = 800): [Ref<E>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || fallback);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || fallback));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
