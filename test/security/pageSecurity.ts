/**
 * Reading what a page allows: its Content-Security-Policy meta as directives, and its script tags. Text-level
 * parsing is enough here: the pages are our own small templates and webpack's minified output of them.
 */
export type Csp = Map<string, string[]>;

/** The policy of the page's `<meta http-equiv="Content-Security-Policy" content="…">`, or null if it has none. */
export function cspOf(html: string): Csp | null {
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  if (!meta?.[1]) return null;
  const policy: Csp = new Map();
  for (const directive of meta[1].split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources of a fetch directive, falling back to default-src as browsers do. */
export function sourcesFor(csp: Csp, directive: string): string[] {
  return csp.get(directive) ?? csp.get('default-src') ?? [];
}

export interface ScriptTag {
  src: string | null;
  /** Text between the tags: must be empty (no inline script). */
  body: string;
}

export function scriptsOf(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    src: /\bsrc="?([^"\s>]+)/i.exec(m[1] ?? '')?.[1] ?? null,
    body: (m[2] ?? '').trim(),
  }));
}

/** Inline event handler attributes (`onclick=`, `onload=`) and `javascript:` URLs: inline script by other means. */
export function inlineHandlers(html: string): string[] {
  return [...html.matchAll(/<[^>]*\s(on[a-z]+)\s*=|javascript:/gi)].map((m) => m[0]);
}

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
