/** SPEC's strict policy: no inline code or style, Trusted Types for every script sink. Used by the tests and the demo. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html apt-faq";
