/**
 * The engine's planning (the digest and its report sheets), loaded when Generate is pressed rather than with the pane:
 * the preview never needs it, and its chunk keeps the pane's first script within its budget.
 */
export { planDigest } from '../engine';
