/* global window, document -- runs in the browser */
// First script of csp-page.html (external, as the page's CSP forbids inline code): records
// every CSP or Trusted Types violation and every uncaught error, for embedding.test.ts to read.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', (event) => window.__errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
