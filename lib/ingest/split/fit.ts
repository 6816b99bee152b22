// Multinomial logistic regression, fitted with L-BFGS: the training half of the page splitter's model
// (model.ts scores with the weights it returns). Pure and deterministic: the same examples in the same
// order give the same weights, bit for bit. Used by scripts/train-splitter.ts only, never at run time.

export type Example = {
  /** Feature vector: indices and values of its non-zero features. */
  x: { idx: readonly number[]; val: readonly number[] };
  /** Class index. */
  y: number;
  /** Weight of the example in the loss. */
  w: number;
};

export type FitOptions = {
  /** L2 penalty on the weights (not on the biases), per unit of total example weight. */
  l2: number;
  maxIter: number;
  /** Stop when the largest gradient component falls below this. */
  tolerance?: number;
};

export type Fitted = {
  /** One row per class: the feature weights, then the bias. */
  weights: Float64Array[];
  iterations: number;
  loss: number;
};

type Sparse = { idx: Int32Array; val: Float64Array; y: number; w: number };

function toSparse(e: Example): Sparse {
  return { idx: Int32Array.from(e.x.idx), val: Float64Array.from(e.x.val), y: e.y, w: e.w };
}

/** Loss and gradient of the weighted, L2-penalised softmax cross-entropy at theta (classes x (F + 1)). */
function lossAndGradient(theta: Float64Array, data: Sparse[], classes: number, features: number, l2: number, totalWeight: number, grad: Float64Array): number {
  const stride = features + 1;
  grad.fill(0);
  let loss = 0;
  const z = new Float64Array(classes);
  for (const d of data) {
    let max = -Infinity;
    for (let c = 0; c < classes; c++) {
      let s = theta[c * stride + features]!;
      for (let k = 0; k < d.idx.length; k++) s += theta[c * stride + d.idx[k]!]! * d.val[k]!;
      z[c] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(z[c]! - max);
    const logSum = max + Math.log(sum);
    loss += d.w * (logSum - z[d.y]!);
    for (let c = 0; c < classes; c++) {
      const g = d.w * (Math.exp(z[c]! - logSum) - (c === d.y ? 1 : 0));
      if (g === 0) continue;
      for (let k = 0; k < d.idx.length; k++) grad[c * stride + d.idx[k]!]! += g * d.val[k]!;
      grad[c * stride + features]! += g;
    }
  }
  loss /= totalWeight;
  for (let i = 0; i < grad.length; i++) grad[i]! /= totalWeight;
  for (let c = 0; c < classes; c++) {
    for (let k = 0; k < features; k++) {
      const t = theta[c * stride + k]!;
      loss += 0.5 * l2 * t * t;
      grad[c * stride + k]! += l2 * t;
    }
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Fits softmax regression to the examples with L-BFGS (memory 10, backtracking line search). */
export function fitSoftmax(examples: readonly Example[], features: number, classes: number, opts: FitOptions): Fitted {
  if (examples.length === 0) throw new Error("fitSoftmax: no examples");
  for (const e of examples) {
    if (e.x.idx.some((k) => k < 0 || k >= features)) throw new Error(`fitSoftmax: a feature index is outside 0..${features - 1}`);
    if (!Number.isInteger(e.y) || e.y < 0 || e.y >= classes) throw new Error(`fitSoftmax: class ${e.y} out of range`);
  }
  const data = examples.map(toSparse);
  const totalWeight = data.reduce((s, d) => s + d.w, 0);
  const size = classes * (features + 1);
  const tolerance = opts.tolerance ?? 1e-6;
  let theta = new Float64Array(size);
  let grad = new Float64Array(size);
  let loss = lossAndGradient(theta, data, classes, features, opts.l2, totalWeight, grad);
  const memory = 10;
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rho: number[] = [];
  let iter = 0;
  for (; iter < opts.maxIter; iter++) {
    let gmax = 0;
    for (const g of grad) gmax = Math.max(gmax, Math.abs(g));
    if (gmax < tolerance) break;
    // Two-loop recursion: direction = -H * grad.
    const q = Float64Array.from(grad);
    const alpha: number[] = new Array(sList.length);
    for (let k = sList.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(sList[k]!, q);
      const yk = yList[k]!;
      for (let i = 0; i < size; i++) q[i]! -= alpha[k]! * yk[i]!;
    }
    if (sList.length > 0) {
      const last = sList.length - 1;
      const gamma = dot(sList[last]!, yList[last]!) / dot(yList[last]!, yList[last]!);
      for (let i = 0; i < size; i++) q[i]! *= gamma;
    } else {
      const norm = Math.sqrt(dot(grad, grad));
      for (let i = 0; i < size; i++) q[i]! /= norm;
    }
    for (let k = 0; k < sList.length; k++) {
      const beta = rho[k]! * dot(yList[k]!, q);
      const sk = sList[k]!;
      for (let i = 0; i < size; i++) q[i]! += sk[i]! * (alpha[k]! - beta);
    }
    const direction = q.map((v) => -v);
    let slope = dot(direction, grad);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      sList.length = yList.length = rho.length = 0;
      for (let i = 0; i < size; i++) direction[i] = -grad[i]!;
      slope = dot(direction, grad);
    }
    let step = 1;
    const next = new Float64Array(size);
    const nextGrad = new Float64Array(size);
    let nextLoss = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < size; i++) next[i] = theta[i]! + step * direction[i]!;
      nextLoss = lossAndGradient(next, data, classes, features, opts.l2, totalWeight, nextGrad);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextLoss < loss)) break; // no progress possible
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = next[i]! - theta[i]!;
      y[i] = nextGrad[i]! - grad[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      sList.push(s);
      yList.push(y);
      rho.push(1 / sy);
      if (sList.length > memory) {
        sList.shift();
        yList.shift();
        rho.shift();
      }
    }
    const converged = Math.abs(loss - nextLoss) < 1e-10 * Math.max(1, Math.abs(loss));
    theta = next;
    grad = nextGrad;
    loss = nextLoss;
    if (converged) {
      iter++;
      break;
    }
  }
  const weights: Float64Array[] = [];
  for (let c = 0; c < classes; c++) weights.push(theta.slice(c * (features + 1), (c + 1) * (features + 1)));
  return { weights, iterations: iter, loss };
}
