// The graphics state both walks of a page's operator list follow (its rules: lines.ts; its
// clipping: clip.ts): save/restore and the current transformation matrix, through form
// XObjects, since paths and text are given before it.
import { compose, type Matrix } from './geometry.js';
import { OP } from './load.js';

/** An operator's array argument (a matrix, a bbox: pdf.js gives arrays or typed arrays), when it is one. */
export function numbers(arg: unknown): ArrayLike<number> | null {
  return Array.isArray(arg) || ArrayBuffer.isView(arg) ? (arg as ArrayLike<number>) : null;
}

export class GraphicsState<S extends { ctm: Matrix }> {
  private readonly stack: S[] = [];

  constructor(public current: S) {}

  /** Follows `fn` when it is save/restore, a transform or a form XObject's start or end: true then. */
  follow(fn: number | undefined, args: unknown[] | null): boolean {
    switch (fn) {
      case OP.save:
      case OP.paintFormXObjectBegin: {
        this.stack.push(this.current);
        this.current = { ...this.current };
        const m = fn === OP.paintFormXObjectBegin ? numbers(args?.[0]) : null;
        if (m) this.current.ctm = compose(this.current.ctm, Array.from(m) as Matrix);
        return true;
      }
      case OP.restore:
      case OP.paintFormXObjectEnd:
        this.current = this.stack.pop() ?? this.current;
        return true;
      case OP.transform:
        this.current.ctm = compose(this.current.ctm, args as Matrix);
        return true;
    }
    return false;
  }
}
