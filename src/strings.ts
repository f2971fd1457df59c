/** Every piece of text the widget itself shows or announces. Override any of them with the `strings` property. */
export interface FaqStrings {
  /** Accessible name of each answer's permalink. */
  permalink: string;
  /** Announced after a permalink is copied to the clipboard. */
  linkCopied: string;
  /** Shown while a `src` document loads. */
  loading: string;
  /** The server answered with a non-2xx status (404: the file is not there, said in words). */
  errorStatus: (status: number) => string;
  /** The request failed: offline, blocked, refused. */
  errorNetwork: string;
  /** No answer within the time limit. */
  errorTimeout: string;
  /** The answer is not a valid FAQ document. */
  errorInvalid: string;
  /** The document is a file on disk (`file:`), which the browser does not let a page read: no retry is offered. */
  errorFile: string;
  /** Hand-written items are present but none could be read (a CMS rewrote the markup). Also logged as a console error. */
  errorChildren: string;
  /** The button that loads the document again. */
  retry: string;
  /** Label of the search field. */
  searchLabel: string;
  /** How many questions match, shown and announced: "3 of 6 questions". */
  resultCount: (count: number, total: number) => string;
  /** The empty state of a search. */
  noResults: (query: string) => string;
  /** The button that empties the search field. */
  clearSearch: string;
  /** The toggle when some answers are closed. */
  expandAll: string;
  /** The toggle when every answer is open. */
  collapseAll: string;
}

const en: FaqStrings = {
  permalink: 'Link to this question',
  linkCopied: 'Link copied',
  loading: 'Loading questions…',
  errorStatus: (status) =>
    `The questions could not be loaded: ${status === 404 ? 'the file was not found (404)' : `the server answered ${status}`}.`,
  errorNetwork: 'The questions could not be loaded. Check your connection and try again.',
  errorTimeout: 'The questions are taking too long to load. Try again in a moment.',
  errorInvalid: 'The questions could not be read: the file is not a valid FAQ document.',
  errorFile: 'A page opened from the disk cannot load the questions: open it from a web server, or paste the FAQ into the page as HTML.',
  errorChildren: 'The questions could not be read: paste the HTML into an HTML block, or use the WordPress plugin.',
  retry: 'Try again',
  searchLabel: 'Search the questions',
  resultCount: (count, total) => `${count} of ${total} ${total === 1 ? 'question' : 'questions'}`,
  noResults: (query) => `No questions match “${query}”.`,
  clearSearch: 'Clear search',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
};

// French typography: a no-break space before ":", "?" and inside « ».
const fr: FaqStrings = {
  permalink: 'Lien vers cette question',
  linkCopied: 'Lien copié',
  loading: 'Chargement des questions…',
  errorStatus: (status) =>
    `Impossible de charger les questions\u00a0: ${status === 404 ? 'le fichier est introuvable (404)' : `le serveur a répondu ${status}`}.`,
  errorNetwork: 'Impossible de charger les questions. Vérifiez votre connexion et réessayez.',
  errorTimeout: 'Le chargement des questions prend trop de temps. Réessayez dans un instant.',
  errorInvalid: 'Impossible de lire les questions\u00a0: le fichier n’est pas un document de FAQ valide.',
  errorFile: 'Une page ouverte depuis le disque ne peut pas charger les questions\u00a0: ouvrez-la depuis un serveur web, ou collez la FAQ dans la page en HTML.',
  errorChildren: 'Impossible de lire les questions\u00a0: collez le HTML dans un bloc HTML, ou utilisez l’extension WordPress.',
  retry: 'Réessayer',
  searchLabel: 'Rechercher dans les questions',
  resultCount: (count, total) => `${count} ${count > 1 ? 'questions' : 'question'} sur ${total}`,
  noResults: (query) => `Aucune question ne correspond à «\u00a0${query}\u00a0».`,
  clearSearch: 'Effacer la recherche',
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
};

const es: FaqStrings = {
  permalink: 'Enlace a esta pregunta',
  linkCopied: 'Enlace copiado',
  loading: 'Cargando las preguntas…',
  errorStatus: (status) =>
    `No se pudieron cargar las preguntas: ${status === 404 ? 'no se encontró el archivo (404)' : `el servidor respondió ${status}`}.`,
  errorNetwork: 'No se pudieron cargar las preguntas. Compruebe su conexión e inténtelo de nuevo.',
  errorTimeout: 'Las preguntas tardan demasiado en cargarse. Inténtelo de nuevo en un momento.',
  errorInvalid: 'No se pudieron leer las preguntas: el archivo no es un documento de preguntas frecuentes válido.',
  errorFile: 'Una página abierta desde el disco no puede cargar las preguntas: ábrala desde un servidor web o pegue las preguntas en la página en HTML.',
  errorChildren: 'No se pudieron leer las preguntas: pegue el HTML en un bloque HTML o use el plugin de WordPress.',
  retry: 'Reintentar',
  searchLabel: 'Buscar en las preguntas',
  resultCount: (count, total) => `${count} de ${total} ${total === 1 ? 'pregunta' : 'preguntas'}`,
  noResults: (query) => `Ninguna pregunta coincide con «${query}».`,
  clearSearch: 'Borrar la búsqueda',
  expandAll: 'Desplegar todo',
  collapseAll: 'Plegar todo',
};

/** The built-in UI languages. */
export const BUILT_IN_STRINGS: Readonly<Record<string, FaqStrings>> = { en, fr, es };

/**
 * The strings for a language tag: its own language (`fr-CH` → `fr`) when built in,
 * else English. `overrides` replace single strings.
 */
export function resolveStrings(lang: string | null | undefined, overrides?: Partial<FaqStrings>): FaqStrings {
  return { ...(BUILT_IN_STRINGS[primaryLanguage(lang)] ?? en), ...overrides };
}

/** `fr-CH` → `fr`. */
export const primaryLanguage = (lang: string | null | undefined): string => (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];

/** The language the UI strings for `lang` are in: `lang` itself when built in, else English. */
export function uiLanguage(lang: string | null | undefined): string {
  return lang && BUILT_IN_STRINGS[primaryLanguage(lang)] ? lang : 'en';
}

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction a language is written in. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(primaryLanguage(lang)) ? 'rtl' : 'ltr';
}

/** The language in force for an element: its own `lang`, else the nearest ancestor's, across shadow roots. */
export function inheritedLang(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
  }
  return undefined;
}
