/** The sample page's language menu: sets the FAQ's `lang`, as a site's language switcher would. */
const faq = document.querySelector('#multilingual');
const menu = document.querySelectorAll<HTMLButtonElement>('.language-menu button');

for (const button of menu) {
  button.addEventListener('click', () => {
    faq?.setAttribute('lang', button.dataset.lang!);
    for (const other of menu) other.setAttribute('aria-pressed', String(other === button));
  });
}
