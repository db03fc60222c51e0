import { useEffect, useState } from 'preact/hooks';
import { ErrorBox, Loading } from '../components/status.js';
import type { ViewProps } from '../view.js';

type MapModule = typeof import('./map.js');
let loaded: Promise<MapModule> | undefined;

/** The map, loaded when first shown: the country shapes are most of the app's bytes, and the other pages do without them. */
export function LazyMap(props: ViewProps & { tall?: boolean }) {
  const [mod, setMod] = useState<MapModule>();
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    loaded ??= import('./map.js');
    loaded.then(setMod, (e: Error) => { loaded = undefined; setError(e); });
  }, [attempt]);
  if (mod) return <mod.WorldMap {...props} />;
  if (error) return <ErrorBox error={error} retry={() => { setError(undefined); setAttempt((a) => a + 1); }} what="the map" />;
  return <Loading what="the map" />;
}
