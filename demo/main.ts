import '../src/define.js';

/** Logs every event of every FAQ on the page, newest first. */
const log = document.querySelector<HTMLOListElement>('#log');
const EVENTS = ['apt-faq-open', 'apt-faq-close', 'apt-faq-load', 'apt-faq-error', 'apt-faq-search'] as const;

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    if (!log) return;
    const entry = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    entry.append(name, ` ${JSON.stringify((event as CustomEvent).detail)}`);
    log.prepend(entry);
  });
}
