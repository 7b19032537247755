/** What jest's jsdom lacks and the pane's dependencies touch. Import first, before anything that uses them. */
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom (jest's) has no TextEncoder; jsdom's own loader, used to boot office.js, needs one.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Fluent's MessageBar and ProgressBar only need a ResizeObserver to exist.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
