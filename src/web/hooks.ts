import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
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
 * new key costs no render of its own; and the call leaves from a layout effect, as the new key
 * renders, rather than a frame later, after the browser has painted it.
 */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; attempt: number; data?: T; error?: Error }>();
  useLayoutEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setAnswer({ key, attempt, data }); },
      (error: Error) => { if (!controller.signal.aborted) setAnswer({ key, attempt, error }); },
    );
    return () => controller.abort();
  }, [key, attempt]);
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
