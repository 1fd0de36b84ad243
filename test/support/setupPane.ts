import "@testing-library/jest-dom";

// jsdom has no layout engine and so no ResizeObserver; Fluent's MessageBar
// observes its own size to reflow. Nothing resizes in jsdom, so observing is a no-op.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
