// Working memory of the conflict sweep, kept between calls only weakly.
//
// A sweep of a million meetings needs some ninety megabytes of typed arrays. Asking for that much
// afresh on every call makes the engine collect garbage in full at once (its heuristics count
// memory outside the heap against the heap's limit), which on a large heap costs more than the
// sweep itself. So the buffers of the last call are kept under a weak reference: a call soon
// after (a schedule checked again after an edit) reuses them, and the garbage collector takes
// them back whenever it needs the memory. A call made while another is running (from a callback)
// gets buffers of its own.

/** Named buffers that one call of the sweep works in. */
export interface Scratch {
  readonly buffers: Map<string, ArrayBuffer>
}

let spare: WeakRef<Scratch> | undefined
let lent: Scratch | undefined

/** The buffers of an earlier call if the collector has left them, else new ones. */
export function borrowScratch(): Scratch {
  if (lent !== undefined) return { buffers: new Map() }
  const scratch = spare?.deref() ?? { buffers: new Map() }
  lent = scratch
  return scratch
}

/** Ends a call's use of `scratch`, keeping it (weakly) for the next call. */
export function returnScratch(scratch: Scratch): void {
  if (lent !== scratch) return
  lent = undefined
  spare = new WeakRef(scratch)
}

function bufferOf(scratch: Scratch, name: string, bytes: number): ArrayBuffer {
  let buffer = scratch.buffers.get(name)
  if (buffer === undefined || buffer.byteLength < bytes) {
    buffer = new ArrayBuffer(bytes)
    scratch.buffers.set(name, buffer)
  }
  return buffer
}

/**
 * `length` 32-bit integers named `name`, left over from an earlier call: their values are
 * arbitrary until written.
 */
export function int32s(scratch: Scratch, name: string, length: number): Int32Array {
  return new Int32Array(bufferOf(scratch, name, length * 4), 0, length)
}

/** As {@link int32s}, unsigned. */
export function uint32s(scratch: Scratch, name: string, length: number): Uint32Array {
  return new Uint32Array(bufferOf(scratch, name, length * 4), 0, length)
}

/** As {@link int32s}, for 64-bit floating-point numbers. */
export function float64s(scratch: Scratch, name: string, length: number): Float64Array {
  return new Float64Array(bufferOf(scratch, name, length * 8), 0, length)
}

/** Keeps `array`'s memory under `name` for the next call, when it is larger. */
export function keepBuffer(scratch: Scratch, name: string, array: ArrayBufferView): void {
  const kept = scratch.buffers.get(name)
  const buffer = array.buffer
  if (
    buffer instanceof ArrayBuffer &&
    (kept === undefined || kept.byteLength < buffer.byteLength)
  ) {
    scratch.buffers.set(name, buffer)
  }
}
