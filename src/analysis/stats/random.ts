/**
 * A seeded pseudo-random generator (mulberry32, T. Ettinger): the same seed gives the same
 * bootstrap and permutation draws on every run and machine. `next` returns floats in [0, 1);
 * `indices` and `shuffle` make many draws in one call (a resampling loop calling `next` per draw
 * spends more time in the call than in the draw), from the same sequence.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    const s = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    return mulberry(s);
  }

  /** Fills `out` with whole numbers in [0, size): `Math.floor(next() * size)`, draw by draw. */
  indices(out: Int32Array, size: number): Int32Array {
    let s = this.state;
    for (let k = 0; k < out.length; k++) {
      s = (s + 0x6d2b79f5) >>> 0;
      out[k] = Math.floor(mulberry(s) * size);
    }
    this.state = s;
    return out;
  }

  /** Shuffles `values` in place (Fisher–Yates from the end, j = floor(next() * (i + 1))). */
  shuffle(values: Int32Array): void {
    let s = this.state;
    for (let i = values.length - 1; i > 0; i--) {
      s = (s + 0x6d2b79f5) >>> 0;
      const j = Math.floor(mulberry(s) * (i + 1));
      const t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
    this.state = s;
  }
}

/** mulberry32's output for one state. */
function mulberry(s: number): number {
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** `SeededRandom` as a plain function of no arguments, for code that draws one number at a time. */
export function seededRandom(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}
