/**
 * The scanner's byte loops as WebAssembly (byte-kernels.wat): the one-byte-per-character view of a
 * UTF-8 text, the keyword automaton's walk and the search for base64 runs. Measured on the 200 MB
 * benchmark corpus (Node 24, files in memory, the copies into the kernels' memory included): the
 * walk 370–600 ms in TypeScript, 190 ms here; the base64 search 380–630 ms in TypeScript, 90 ms
 * here for its runs (SIMD, 32 bytes at a time).
 *
 * A text is copied into the kernels' memory once: the walk and the search read the same copy, and
 * the view made here is left where the walk reads it. So the kernels keep the last text placed,
 * known by its array: callers give each text's bytes in an array of their own, and do not change
 * them between the calls for that text.
 *
 * Each function returns undefined where the kernel cannot answer, and its caller runs its
 * TypeScript twin, which gives the same results: without WebAssembly (`node --jitless`), for a text
 * over {@link MAX_KERNEL_TEXT}, when a text holds keywords closer than one in 2 bytes (or in 16,
 * over 4 MB), or when the kernels' memory cannot grow.
 */
import { Buffer } from 'node:buffer';
import { BYTE_KERNELS_WASM } from './generated/byte-kernels-wasm.js';

/** Larger texts take the TypeScript path: the kernels' memory grows to ~1.5× the largest text, and never shrinks. */
export const MAX_KERNEL_TEXT = 24 * 1024 * 1024;

/** Below this offset sits the kernels' own class table (see the layout in byte-kernels.wat). */
const TABLE_AT = 256;
/** Zero bytes after a text: `base64Runs` reads up to 64 past a chunk that starts before the end. */
const PAD_AFTER = 80;
const PAGE = 65_536;

/** What is used of the WebAssembly API (whose types come with the DOM lib, which this project leaves out). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
}

interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface KernelExports {
  memory: WasmMemory;
  asciiView(text: number, length: number): number;
  keywordHits(table: number, text: number, length: number, lead: number, out: number, cap: number): number;
  base64Runs(text: number, length: number, out: number): number;
}

/** The instance (undefined until first use; null where WebAssembly cannot run). */
let instance: KernelExports | null | undefined;
/** The automaton table in the kernels' memory now, and its size there. */
let loadedTable: Int32Array | undefined;
let tableBytes = 0;
/** The lead of the last walk: where its text starts depends on it. */
let lastLead = 0;
/** The text in the kernels' memory now, followed by at least PAD_AFTER zero bytes. */
let placed: { bytes: Uint8Array; at: number } | undefined;

/** Where the walk places a text: after the table and `lead` zero bytes. */
function textOffset(lead: number): number {
  return align(TABLE_AT + tableBytes + lead + 16);
}

function kernels(): KernelExports | null {
  if (instance === undefined) {
    // Absent under `node --jitless`.
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    try {
      instance = api ? (new api.Instance(new api.Module(Buffer.from(BYTE_KERNELS_WASM, 'base64'))).exports as KernelExports) : null;
    } catch {
      instance = null;
    }
  }
  return instance;
}

/**
 * Every keyword hit of the automaton over `bytes` (one byte per character, as `asciiBytes` gives
 * them), as (offset, premultiplied state) pairs in offset order: what `keywordHitsInTs` returns.
 */
export function keywordHitsInWasm(bytes: Uint8Array, table: Int32Array, longest: number): Int32Array | undefined {
  const quarter = (bytes.length + 3) >> 2;
  // Room for one hit in 16 bytes: ordinary text has about one in 1,000. A text denser in keywords
  // (a line of base64 with `EAA` and `key` all through it) is walked again with room for one in
  // 2, up to a size: the TypeScript walk took twice as long on such texts.
  return (
    walkWithRoom(bytes, table, longest, (quarter >> 4) + 64) ??
    (bytes.length <= MAX_DENSE_TEXT ? walkWithRoom(bytes, table, longest, (quarter >> 1) + 64) : undefined)
  );
}

/** Texts up to this size get a second walk with room for dense hits (4 bytes of memory per byte of text). */
const MAX_DENSE_TEXT = 4 * 1024 * 1024;

function walkWithRoom(bytes: Uint8Array, table: Int32Array, longest: number, cap: number): Int32Array | undefined {
  const wasm = kernels();
  if (!wasm || bytes.length > MAX_KERNEL_TEXT) return undefined;
  const lead = Math.max(0, longest - 1);
  lastLead = lead;
  if (loadedTable !== table) tableBytes = Math.max(tableBytes, table.byteLength);
  const text = textOffset(lead);
  const out = align(text + bytes.length + PAD_AFTER) + 16;
  const memory = reserve(wasm, out + 4 * cap * 8);
  if (!memory) return undefined;
  if (loadedTable !== table) {
    new Int32Array(memory.buffer, TABLE_AT, table.length).set(table);
    loadedTable = table;
  }
  const view = new Uint8Array(memory.buffer);
  // The first walk starts on `lead` zero bytes; an earlier text may have left its own there.
  view.fill(0, text - lead, text);
  place(view, bytes, text);
  if (wasm.keywordHits(TABLE_AT, text, bytes.length, lead, out, cap) < 0) return undefined;
  const words = new Int32Array(memory.buffer);
  const counts = [0, 1, 2, 3].map((walk) => words[(out >> 2) - 4 + walk] as number);
  const hits = new Int32Array(2 * counts.reduce((sum, count) => sum + count, 0));
  let at = 0;
  counts.forEach((count, walk) => {
    const region = (out >> 2) + walk * cap * 2;
    hits.set(words.subarray(region, region + 2 * count), at);
    at += 2 * count;
  });
  return hits;
}

/**
 * Every maximal run of 24 or more base64 characters (`MIN_BASE64_RUN`) in `bytes`, as (start, end,
 * class mix) triples in order: what `base64RunsInTs` returns.
 */
export function base64RunsInWasm(bytes: Uint8Array): Int32Array | undefined {
  const wasm = kernels();
  if (!wasm || bytes.length > MAX_KERNEL_TEXT) return undefined;
  // Where the walk placed it, when it did; else after the automaton table, which stays loaded.
  const text = placed?.bytes === bytes ? placed.at : align(TABLE_AT + tableBytes + 16);
  const out = align(text + bytes.length + PAD_AFTER);
  // A run is 24 characters and the byte that ends it.
  const memory = reserve(wasm, out + (Math.floor(bytes.length / 25) + 1) * 12);
  if (!memory) return undefined;
  place(new Uint8Array(memory.buffer), bytes, text);
  const count = wasm.base64Runs(text, bytes.length, out);
  return new Int32Array(memory.buffer, out, 3 * count).slice();
}

/**
 * The one-byte-per-character view of the text that the valid UTF-8 `utf8` decodes to (no byte
 * order mark), made in place where the walk will read it: what `fromValidUtf8` makes in
 * TypeScript (ascii-bytes.ts). Undefined when it does not come out `units` long (then the text was
 * not decoded from these bytes), or WebAssembly cannot run.
 */
export function asciiViewInWasm(utf8: Uint8Array, units: number): Uint8Array | undefined {
  const wasm = kernels();
  if (!wasm || utf8.length > MAX_KERNEL_TEXT) return undefined;
  const text = textOffset(lastLead);
  const memory = reserve(wasm, text + utf8.length + PAD_AFTER);
  if (!memory) return undefined;
  const view = new Uint8Array(memory.buffer);
  view.set(utf8, text);
  placed = undefined;
  if (wasm.asciiView(text, utf8.length) !== units) return undefined;
  const ascii = view.slice(text, text + units);
  // What the UTF-8 held past the view becomes the zero bytes after it.
  view.fill(0, text + units, text + units + PAD_AFTER);
  placed = { bytes: ascii, at: text };
  return ascii;
}

/** Copies `bytes` to `at`, with zero bytes after, unless they are there already. */
function place(view: Uint8Array, bytes: Uint8Array, at: number): void {
  if (placed?.bytes === bytes && placed.at === at) return;
  view.set(bytes, at);
  view.fill(0, at + bytes.length, at + bytes.length + PAD_AFTER);
  placed = { bytes, at };
}

/**
 * The memory, grown to `bytes` if needed (growing detaches earlier views: callers make theirs
 * after); undefined when it cannot grow, and the TypeScript twin runs.
 */
function reserve(wasm: KernelExports, bytes: number): WasmMemory | undefined {
  const missing = bytes - wasm.memory.buffer.byteLength;
  try {
    if (missing > 0) wasm.memory.grow(Math.ceil(missing / PAGE));
  } catch {
    return undefined;
  }
  return wasm.memory;
}

function align(offset: number): number {
  return (offset + 15) & ~15;
}
