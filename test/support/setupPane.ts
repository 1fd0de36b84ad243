import "@testing-library/jest-dom";

// jsdom has no layout engine and so no ResizeObserver; Fluent's MessageBar
// observes its own size to reflow. Nothing resizes in jsdom, so observing is a no-op.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

// The browser-mode worker reads and writes workbook packages with web streams
// and CompressionStream, which Chromium has and jsdom lacks: the pane tests get
// Node's own implementations of the same WHATWG APIs.
import * as webStreams from "stream/web";
const webGlobals = globalThis as unknown as Record<string, unknown>;
for (const name of ["ReadableStream", "WritableStream", "TransformStream", "CompressionStream", "DecompressionStream", "TextEncoderStream", "TextDecoderStream"] as const) {
  webGlobals[name] ??= (webStreams as unknown as Record<string, unknown>)[name];
}
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
webGlobals.TextDecoder ??= NodeTextDecoder;
webGlobals.TextEncoder ??= NodeTextEncoder;
