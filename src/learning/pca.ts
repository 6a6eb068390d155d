import type { RandomSource } from "../policies/clock.js";

/** A linear projection to fewer dimensions: y = basis · (x − mean), rows of `basis` orthonormal. */
export interface Projection {
  inputDimensions: number;
  components: number;
  mean: Float32Array;
  /** components × inputDimensions, row-major. */
  basis: Float32Array;
}

function orthonormaliseColumns(matrix: Float64Array, rows: number, columns: number): void {
  // Modified Gram-Schmidt on the columns of a row-major rows × columns matrix.
  for (let column = 0; column < columns; column++) {
    for (let previous = 0; previous < column; previous++) {
      let projection = 0;
      for (let row = 0; row < rows; row++) projection += matrix[row * columns + column]! * matrix[row * columns + previous]!;
      for (let row = 0; row < rows; row++) matrix[row * columns + column]! -= projection * matrix[row * columns + previous]!;
    }
    let norm = 0;
    for (let row = 0; row < rows; row++) norm += matrix[row * columns + column]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let row = 0; row < rows; row++) matrix[row * columns + column]! /= norm;
  }
}

/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi). Returns eigenvalues and column eigenvectors. */
function symmetricEigen(input: Float64Array, size: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(size * size);
  for (let index = 0; index < size; index++) v[index * size + index] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p * size + q]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * size + q]! - a[p * size + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p]!;
          const akq = a[k * size + q]!;
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k]!;
          const aqk = a[q * size + k]!;
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p]!;
          const vkq = v[k * size + q]!;
          v[k * size + p] = c * vkp - s * vkq;
          v[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(size);
  for (let index = 0; index < size; index++) values[index] = a[index * size + index]!;
  return { values, vectors: v };
}

/**
 * Principal components of the rows of `data` (rows × dimensions) by randomised subspace iteration:
 * a few passes over the data, no full covariance matrix. Deterministic for a given random source.
 */
export function fitPca(data: readonly Float32Array[], components: number, random: RandomSource, iterations = 3): Projection {
  const rows = data.length;
  const dimensions = data[0]?.length ?? 0;
  const width = Math.min(components + 10, dimensions, Math.max(rows, 1));
  const kept = Math.min(components, width);
  const mean = new Float32Array(dimensions);
  for (const row of data) for (let d = 0; d < dimensions; d++) mean[d]! += row[d]! / rows;
  // Q: dimensions × width, random Gaussian start.
  let q = new Float64Array(dimensions * width);
  for (let index = 0; index < q.length; index++) {
    const u = Math.max(random(), 1e-12);
    q[index] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  }
  orthonormaliseColumns(q, dimensions, width);
  const y = new Float64Array(rows * width);
  const multiplyData = (source: Float64Array) => {
    // y = (X − mean) · source
    const centeredMean = new Float64Array(width);
    for (let d = 0; d < dimensions; d++) for (let w = 0; w < width; w++) centeredMean[w]! += mean[d]! * source[d * width + w]!;
    for (let r = 0; r < rows; r++) {
      const row = data[r]!;
      const offset = r * width;
      for (let w = 0; w < width; w++) y[offset + w] = -centeredMean[w]!;
      for (let d = 0; d < dimensions; d++) {
        const value = row[d]!;
        if (value === 0) continue;
        const base = d * width;
        for (let w = 0; w < width; w++) y[offset + w]! += value * source[base + w]!;
      }
    }
  };
  const multiplyTransposed = () => {
    // q = (X − mean)ᵀ · y
    const next = new Float64Array(dimensions * width);
    const ySum = new Float64Array(width);
    for (let r = 0; r < rows; r++) for (let w = 0; w < width; w++) ySum[w]! += y[r * width + w]!;
    for (let r = 0; r < rows; r++) {
      const row = data[r]!;
      const offset = r * width;
      for (let d = 0; d < dimensions; d++) {
        const value = row[d]!;
        if (value === 0) continue;
        const base = d * width;
        for (let w = 0; w < width; w++) next[base + w]! += value * y[offset + w]!;
      }
    }
    for (let d = 0; d < dimensions; d++) for (let w = 0; w < width; w++) next[d * width + w]! -= mean[d]! * ySum[w]!;
    return next;
  };
  for (let iteration = 0; iteration < iterations; iteration++) {
    multiplyData(q);
    q = multiplyTransposed();
    orthonormaliseColumns(q, dimensions, width);
  }
  // Rayleigh-Ritz: small matrix B = Qᵀ C Q with C = (X−m)ᵀ(X−m); B = (XQ)ᵀ(XQ).
  multiplyData(q);
  const small = new Float64Array(width * width);
  for (let r = 0; r < rows; r++)
    for (let i = 0; i < width; i++) {
      const yi = y[r * width + i]!;
      for (let j = 0; j < width; j++) small[i * width + j]! += yi * y[r * width + j]!;
    }
  const { values, vectors } = symmetricEigen(small, width);
  const order = [...values.keys()].sort((left, right) => values[right]! - values[left]!).slice(0, kept);
  const basis = new Float32Array(kept * dimensions);
  order.forEach((eigenIndex, component) => {
    for (let d = 0; d < dimensions; d++) {
      let sum = 0;
      for (let w = 0; w < width; w++) sum += q[d * width + w]! * vectors[w * width + eigenIndex]!;
      basis[component * dimensions + d] = sum;
    }
  });
  return { inputDimensions: dimensions, components: kept, mean, basis };
}

const centredOffsets = new WeakMap<Projection, Float64Array>();

/** basis · mean for each component, computed once per projection. */
function offsetsOf(projection: Projection): Float64Array {
  let offsets = centredOffsets.get(projection);
  if (!offsets) {
    const { inputDimensions, components, mean, basis } = projection;
    offsets = new Float64Array(components);
    for (let component = 0; component < components; component++) {
      let sum = 0;
      const base = component * inputDimensions;
      for (let d = 0; d < inputDimensions; d++) sum += basis[base + d]! * mean[d]!;
      offsets[component] = sum;
    }
    centredOffsets.set(projection, offsets);
  }
  return offsets;
}

/** Projects and L2-normalises one vector: basis · (x − mean), computed as basis · x − basis · mean. */
export function project(projection: Projection, vector: ArrayLike<number>, out = new Float32Array(projection.components)): Float32Array {
  const { inputDimensions, components, basis } = projection;
  const offsets = offsetsOf(projection);
  const length = Math.min(inputDimensions, vector.length);
  let norm = 0;
  for (let component = 0; component < components; component++) {
    let sum = 0;
    const base = component * inputDimensions;
    for (let d = 0; d < length; d++) sum += basis[base + d]! * vector[d]!;
    sum -= offsets[component]!;
    out[component] = sum;
    norm += sum * sum;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let component = 0; component < components; component++) out[component]! *= scale;
  return out;
}
