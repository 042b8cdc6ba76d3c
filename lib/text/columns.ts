/**
 * Growing a set of parallel typed-array columns (the token, sentence and candidate buffers keep
 * one array per field so the hot loops allocate nothing per item).
 */
type Column = Int32Array | Uint8Array | Float64Array;

/** Copy each named column of `from` into the same column of the larger `into`, then let `from` use the larger arrays. */
export function growColumns<T, K extends keyof T>(from: T, into: T, names: readonly K[]): void {
  for (const name of names) {
    (into[name] as unknown as Column).set(from[name] as unknown as Column);
    from[name] = into[name];
  }
}
