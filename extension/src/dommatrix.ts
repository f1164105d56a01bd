/**
 * A 2-D DOMMatrix for pdf.js in the bundled language server, which reads a PDF's text and never
 * draws it. pdf.js builds a DOMMatrix when it loads and, for a few glyph shapes, while it reads;
 * Node has none, and outside the editor the native @napi-rs/canvas that pdfjs-dist pulls in
 * supplies one, but a .vsix cannot carry a native module for every platform. Injected ahead of the
 * server by scripts/bundle.mjs; a DOMMatrix already there is kept.
 */

type Init = ArrayLike<number> | { a: number; b: number; c: number; d: number; e: number; f: number };
const IDENTITY = [1, 0, 0, 1, 0, 0];

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init) {
    if (init === undefined) return;
    if ("a" in init) {
      this.set(init.a, init.b, init.c, init.d, init.e, init.f);
    } else if (init.length === 6) {
      this.set(init[0] ?? 1, init[1] ?? 0, init[2] ?? 0, init[3] ?? 1, init[4] ?? 0, init[5] ?? 0);
    } else if (init.length === 16) {
      // Column-major 4×4: the 2-D part is m11 m12 m21 m22 m41 m42.
      this.set(init[0] ?? 1, init[1] ?? 0, init[4] ?? 0, init[5] ?? 1, init[12] ?? 0, init[13] ?? 0);
    } else {
      throw new TypeError("DOMMatrix: an init array needs 6 or 16 numbers");
    }
  }

  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
    return this;
  }

  get m11() {
    return this.a;
  }
  get m12() {
    return this.b;
  }
  get m21() {
    return this.c;
  }
  get m22() {
    return this.d;
  }
  get m41() {
    return this.e;
  }
  get m42() {
    return this.f;
  }
  get is2D() {
    return true;
  }
  get isIdentity() {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  /** this = this × other. */
  multiplySelf(other: Init = IDENTITY): this {
    const o = new AffineMatrix(other);
    return this.set(
      this.a * o.a + this.c * o.b,
      this.b * o.a + this.d * o.b,
      this.a * o.c + this.c * o.d,
      this.b * o.c + this.d * o.d,
      this.a * o.e + this.c * o.f + this.e,
      this.b * o.e + this.d * o.f + this.f,
    );
  }

  /** this = other × this. */
  preMultiplySelf(other: Init = IDENTITY): this {
    const o = new AffineMatrix(other);
    const { a, b, c, d, e, f } = this;
    return this.set(
      o.a * a + o.c * b,
      o.b * a + o.d * b,
      o.a * c + o.c * d,
      o.b * c + o.d * d,
      o.a * e + o.c * f + o.e,
      o.b * e + o.d * f + o.f,
    );
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf([1, 0, 0, 1, tx, ty]);
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.set(Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN);
    const { a, b, c, d, e, f } = this;
    return this.set(d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det);
  }

  multiply(other?: Init) {
    return new AffineMatrix(this).multiplySelf(other);
  }
  translate(tx?: number, ty?: number) {
    return new AffineMatrix(this).translateSelf(tx, ty);
  }
  scale(sx?: number, sy?: number) {
    return new AffineMatrix(this).scaleSelf(sx, sy);
  }
  inverse() {
    return new AffineMatrix(this).invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}) {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }

  toFloat32Array() {
    return new Float32Array([this.a, this.b, 0, 0, this.c, this.d, 0, 0, 0, 0, 1, 0, this.e, this.f, 0, 1]);
  }
}

const scope = globalThis as { DOMMatrix?: unknown };
scope.DOMMatrix ??= AffineMatrix;

export { AffineMatrix };
