/**
 * Language codes as the editor and `apt-faq check` accept them: a BCP 47 tag whose primary
 * language the browser (or Node) can name (`fr`, `pt-BR`), in its canonical form (`FR-ca` →
 * `fr-CA`). A language's name written instead (`français`, `spanish`, `Español`) or an
 * underscore (`es_ES`) is refused, with the code to write. Not in the element's bundle: the
 * element takes any tag it is given, as the page's `lang` does.
 */

/**
 * The ISO 639-1 codes: the languages whose names are recognised to suggest a code. The
 * browser names them (Intl.DisplayNames): no table of names ships with the editor.
 */
const COMMON_CODES = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
  'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km ' +
  'kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om ' +
  'or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ' +
  'ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');

/** The name of a language in `uiLang`, or undefined when the browser does not know the language. */
export function languageName(code: string, uiLang: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([uiLang], { type: 'language', fallback: 'none' }).of(code);
    // An engine that ignored `fallback: 'none'` gives the code back: unknown all the same.
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    return undefined; // not a tag Intl accepts
  }
}

/**
 * The canonical form of a language tag of a known language (`FR-ca` → `fr-CA`), or undefined:
 * empty, not a BCP 47 tag (`français`), or a primary language the browser cannot name
 * (`espagnol`, `xx`).
 */
export function canonicalLanguage(text: string): string | undefined {
  const wanted = text.trim();
  if (!wanted) return undefined;
  let tag: string;
  try {
    [tag] = Intl.getCanonicalLocales(wanted);
  } catch {
    return undefined; // RangeError: not a language tag
  }
  if (!tag) return undefined;
  const primary = tag.split('-')[0];
  return primary !== 'und' && languageName(primary, 'en') ? tag : undefined;
}

const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();

/**
 * The code of the language whose name `text` is, in `uiLang`, in English or in itself
 * (`espagnol`, `Spanish`, `Español` → `es`; `es_ES` → `es-ES`), with its name in `uiLang`.
 */
export function suggestedCode(text: string, uiLang: string): { code: string; name: string } | undefined {
  const wanted = folded(text);
  if (!wanted) return undefined;
  // `es_ES`, as locales are written on servers: the tag is the same with a hyphen.
  const hyphenated = wanted.includes('_') ? canonicalLanguage(wanted.replaceAll('_', '-')) : undefined;
  if (hyphenated) return { code: hyphenated, name: languageName(hyphenated, uiLang) ?? hyphenated };
  for (const code of COMMON_CODES) {
    const names = [languageName(code, uiLang), languageName(code, 'en'), languageName(code, code)];
    if (names.some((name) => name !== undefined && folded(name) === wanted)) return { code, name: names[0] ?? code };
  }
  return undefined;
}
