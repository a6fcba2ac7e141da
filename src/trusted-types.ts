/**
 * The one Trusted Types policy of the timeline, `sahel-timeline`, created when first wanted.
 * A page whose Content-Security-Policy lists the policies it allows (`trusted-types …`) lists
 * it beside Lit's `lit-html`; a page that leaves it out still works (rich text is shown as
 * plain text, gestures are painted on the main thread). The policy stays private to this
 * module: it only ever passes markup to an inert `DOMParser` document (render/rich-text.ts)
 * and starts this package's own ink worker (render/ink-hand-over.ts).
 */

/** The policy's name. */
export const TRUSTED_TYPES_POLICY = 'sahel-timeline';

interface Policy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): Policy;
}

/** Undefined until first wanted, null when the page refused it. */
let policy: Policy | null | undefined;

/** The policy, where Trusted Types exist: null when the page refused it, undefined where they do not exist. */
function ours(): Policy | null | undefined {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return undefined;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createHTML: (input) => input,
        // Only the ink worker, from the same origin as the page (a bundler may add a hash to its name).
        createScriptURL: (input) => {
          const url = new URL(input, document.baseURI);
          if (url.origin !== location.origin || !/\/ink-worker[\w.-]*\.js$/.test(url.pathname)) throw new TypeError(`sahel-timeline: ${input} is not its ink worker`);
          return url.href;
        },
      });
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Markup as `DOMParser` takes it on the page: a TrustedHTML where Trusted Types exist, else
 * the string; undefined when the page refuses our policy.
 */
export function parserInput(markup: string): string | undefined {
  const p = ours();
  if (p === undefined) return markup;
  // DOMParser's declared parameter is a string; at run time it takes the TrustedHTML.
  return p ? (p.createHTML(markup) as string) : undefined;
}

/**
 * The ink worker's URL as `new Worker` takes it: a TrustedScriptURL where Trusted Types exist,
 * else the string; null when the page refuses our policy.
 */
export function trustedScriptUrl(url: string): string | null {
  const p = ours();
  if (p === undefined) return url;
  return p ? (p.createScriptURL(url) as string) : null;
}
