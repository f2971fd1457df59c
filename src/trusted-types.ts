/**
 * The Trusted Types policy `apt-faq` (SPEC's CSP allows it by name). It vouches for two
 * things only: HTML parsed into an inert template for the sanitizer, and the JSON-LD text of
 * the structured data. Created on first use, once per page.
 */
interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
type PolicyFactory = { createPolicy(name: string, rules: { createHTML(s: string): string; createScript(s: string): string }): Policy };

const identity = (input: string) => input;
let policy: Policy | undefined;

function apply(kind: 'createHTML' | 'createScript', input: string): string {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  policy ??= factory?.createPolicy('apt-faq', { createHTML: identity, createScript: identity }) ?? {
    createHTML: identity,
    createScript: identity,
  };
  // A TrustedHTML/TrustedScript is accepted wherever a string is; TypeScript's DOM types lag.
  return policy[kind](input) as string;
}

/** HTML that will only ever be parsed into an inert `<template>` and cleaned there by the sanitizer. */
export const trustedHtml = (html: string): string => apply('createHTML', html);

/** Text for a `<script type="application/ld+json">` data block, never executed. */
export const trustedScript = (json: string): string => apply('createScript', json);
