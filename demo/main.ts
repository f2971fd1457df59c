import '../src/define.js';

/** Logs every event of every FAQ on the page, newest first. */
const log = document.querySelector<HTMLOListElement>('#log');
const EVENTS = ['apt-faq-open', 'apt-faq-close', 'apt-faq-load', 'apt-faq-error', 'apt-faq-search'] as const;

function record(type: string, detail: unknown): void {
  if (!log) return;
  const entry = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = type;
  entry.append(name, ` ${JSON.stringify(detail)}`);
  log.prepend(entry);
}

for (const type of EVENTS) document.addEventListener(type, (event) => record(type, (event as CustomEvent).detail));
// On demo/csp.html, any Content-Security-Policy or Trusted Types violation shows up in the log too.
document.addEventListener('securitypolicyviolation', (event) =>
  record('securitypolicyviolation', { directive: event.effectiveDirective, blocked: event.blockedURI }),
);
