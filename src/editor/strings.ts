/**
 * Every piece of text the editor shows or announces, in English, French and Spanish.
 * Plain words for people who do not write code: "anchor", not "slug"; "file", not "payload".
 */
import type { FaqProblem, ProblemCode } from '../problems.js';

/** The editor's interface text in one language. */
export interface EditorStrings {
  appTitle: string;
  intro: string;
  interfaceLanguage: string;
  startHeading: string;
  startBundled: string;
  startEmpty: string;
  openFile: string;
  dropHint: string;
  dropHere: string;
  replaceConfirm: string;
  notJson: (name: string) => string;
  opened: (name: string) => string;
  fileProblemsHeading: string;
  fileProblemsIntro: string;
  restoreFound: (when: string) => string;
  restore: string;
  discard: string;
  documentHeading: string;
  langLabel: string;
  langHint: string;
  titleLabel: string;
  /** Under the title: what the title is used for (the widget never shows it). */
  titleHint: string;
  questionsHeading: string;
  itemHeading: (position: number, question: string) => string;
  untitled: string;
  questionLabel: string;
  idLabel: string;
  idHintAuto: string;
  idHintEdited: string;
  idReset: string;
  answerLabel: string;
  openLabel: string;
  moveUp: string;
  moveDown: string;
  duplicate: string;
  remove: string;
  itemActions: (position: number) => string;
  addQuestion: string;
  emptyList: string;
  reorderHint: string;
  dragHint: string;
  undo: (what: string) => string;
  undoDelete: (question: string) => string;
  undoMove: string;
  undoAdd: string;
  undoDuplicate: string;
  undoOpen: string;
  added: (position: number) => string;
  duplicated: (position: number) => string;
  deleted: (question: string) => string;
  moved: (position: number, total: number) => string;
  undone: (what: string) => string;
  problemsHeading: string;
  problemCount: (count: number) => string;
  toolbarLabel: string;
  paragraph: string;
  bold: string;
  italic: string;
  link: string;
  bulletList: string;
  numberedList: string;
  quote: string;
  code: string;
  linkUrl: string;
  linkApply: string;
  linkCancel: string;
  linkInvalid: string;
  previewHeading: string;
  previewSearch: string;
  previewExpandAll: string;
  previewExclusive: string;
  previewLanguage: string;
  previewDark: string;
  exportHeading: string;
  download: string;
  copyJson: string;
  embedLabel: string;
  htmlLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  exportSkipped: (count: number) => string;
  // Publishing, stable anchors, asking before replacing (issue 23).
  anchorFallback: string;
  idHintShared: string;
  anchorChange: string;
  anchorChangeConfirm: (id: string) => string;
  anchorChangeYes: string;
  anchorChangeNo: string;
  replaceYes: string;
  replaceNo: string;
  publishHtmlHeading: string;
  downloadHtml: string;
  scriptFrom: (zip: string) => string;
  wordpressHint: (zip: string) => string;
  publishJsonHeading: string;
  jsonNeedsServer: string;
  // The one list of problems (issue 23): the shared problems (src/problems.ts) in the editor's words.
  /** "Question 3: ", before a question's problem in the list (items counted from 1, like the list). */
  problemAt: (position: number) => string;
  /** What each problem means, keyed by its code; a question's problem starts in lower case (after `problemAt`). */
  problemText: Readonly<Record<ProblemCode, (problem: FaqProblem) => string>>;
  /** The chosen file is not JSON, and where it first goes wrong. */
  notJsonAt: (name: string, line: number, column: number) => string;
  // Several languages in one FAQ (issue 24). `language` is a label made by `languageLabel`: "French (fr)".
  /** Before a translation's problem: "Question 3, French (fr): " (no position: the language alone). */
  problemIn: (language: string, position?: number) => string;
  /** The words for an item's fields, to name what is not translated. */
  fieldNames: Readonly<Record<'question' | 'answer', string>>;
  languagesHeading: string;
  languagesIntro: string;
  /** The main language's button: "English (en), main language". */
  mainLanguage: (language: string) => string;
  /** Used when the document has no `lang` yet. */
  mainLanguageUnnamed: string;
  addLanguage: string;
  newLanguageLabel: string;
  newLanguageHint: string;
  addLanguageConfirm: string;
  addLanguageCancel: string;
  languageEmpty: string;
  languageInvalid: (tag: string) => string;
  /** A language's name typed instead of its code: "“espagnol” is not a language code: for Spanish, type es." */
  languageNameTyped: (text: string, name: string, code: string) => string;
  /** Under the main language's field, when it holds no code of a known language. */
  langNotExported: string;
  languageIsMain: (tag: string) => string;
  languageExists: (tag: string) => string;
  languageAdded: (language: string) => string;
  editingLanguage: (language: string) => string;
  removeLanguage: (language: string) => string;
  removeLanguageConfirm: (language: string, texts: number) => string;
  removeLanguageYes: string;
  removeLanguageNo: string;
  languageRemoved: (language: string) => string;
  undoAddLanguage: (language: string) => string;
  undoRemoveLanguage: (language: string) => string;
  /** The one line that says why a translation view has no add, delete or move. */
  translationOnlyHint: (main: string) => string;
  /** The visible marker of an item not (fully) translated: "Not translated: answer". */
  untranslatedMarker: (fields: string) => string;
  /** "In English (en), the main language", over the text being translated. */
  mainText: (language: string) => string;
  translatedTitleLabel: (language: string) => string;
  translatedQuestionLabel: (language: string) => string;
  translatedAnswerLabel: (language: string) => string;
  /** "fr: 2 of 6 items untranslated: funding (question, answer), partners (answer)". */
  untranslatedSummary: (language: string, missing: number, total: number, list: string) => string;
  allTranslated: (language: string) => string;
  htmlLanguageLabel: string;
  htmlOneLanguage: string;
}

/**
 * A language tag as people read it, in the editor's language: `fr` → "French (fr)" in English,
 * "français (fr)" in French. The tag alone where the browser has no name for it.
 */
export function languageLabel(tag: string, uiLang: string): string {
  try {
    const name = new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
  } catch {
    return tag; // not a language tag (yet): the problems list says so
  }
}

/** `question, answer` (as the problems carry it) in the editor's words for the fields. */
const fieldList = (detail: string | undefined, names: EditorStrings['fieldNames']): string =>
  (detail ?? '').split(', ').map((field) => names[field as 'question' | 'answer'] ?? field).join(', ');

/** `img, script` → `<img>, <script>`: element names as people see them in HTML. */
const tags = (detail = ''): string => detail.split(', ').map((name) => `<${name}>`).join(', ');

/** A language's name inside a sentence: French and Spanish write it in small letters, whatever the engine gives ("Espagnol"); a country in it keeps its capital ("espagnol d’Espagne"). */
const inSentence = (name: string, lang: string): string => name.charAt(0).toLocaleLowerCase(lang) + name.slice(1);

/** A language's name after « pour » : « l’espagnol », « le français » (names of languages are masculine). */
const frenchArticle = (name: string): string => {
  const lower = inSentence(name, 'fr');
  return /^[aeiouyàâéèêîôh]/.test(lower) ? `l’${lower}` : `le ${lower}`;
};

const en: EditorStrings = {
  appTitle: 'FAQ editor',
  intro: 'Write the questions and answers, check them in the preview, then download the file to publish. Your work is kept in this browser as you type.',
  interfaceLanguage: 'Language of the editor',
  startHeading: 'Start',
  startBundled: 'Start from the APT’s FAQ',
  startEmpty: 'Start an empty FAQ',
  openFile: 'Open a JSON file…',
  dropHint: 'You can also drop a JSON file anywhere on this page.',
  dropHere: 'Drop the file to open it',
  replaceConfirm: 'Replace the FAQ you are editing? Your changes have not been downloaded yet.',
  notJson: (name) => `“${name}” could not be opened: it is not a JSON file.`,
  opened: (name) => `Opened “${name}”.`,
  fileProblemsHeading: 'What was wrong in the opened file',
  fileProblemsIntro: 'The file opened anyway. Wrong or missing values became empty fields; the problems left are listed under “Problems”.',
  restoreFound: (when) => `A draft saved in this browser on ${when} was found.`,
  restore: 'Restore the draft',
  discard: 'Discard it',
  documentHeading: 'About this FAQ',
  langLabel: 'Language of the questions',
  langHint: 'A language code: en for English, fr for French, es for Spanish.',
  titleLabel: 'Title',
  titleHint: 'Not shown in the FAQ on your page: it is kept in the file and is the browser tab’s title of the downloaded HTML page.',
  questionsHeading: 'Questions',
  itemHeading: (position, question) => `${position}. ${question}`,
  untitled: '(new question)',
  questionLabel: 'Question',
  idLabel: 'Anchor',
  idHintAuto: 'The end of the question’s link (page#anchor). Made from the question until you change it.',
  idHintEdited: 'The end of the question’s link (page#anchor). Letters, digits and hyphens; no spaces.',
  idReset: 'Make it from the question again',
  answerLabel: 'Answer',
  openLabel: 'Open when the page loads',
  moveUp: 'Move up',
  moveDown: 'Move down',
  duplicate: 'Duplicate',
  remove: 'Delete',
  itemActions: (position) => `Actions for question ${position}`,
  addQuestion: 'Add a question',
  emptyList: 'No questions yet. Add the first one.',
  reorderHint: 'Alt+↑ and Alt+↓ move the question you are editing; with a mouse, drag it by ⠿.',
  dragHint: 'Drag to move this question',
  undo: (what) => `Undo: ${what}`,
  undoDelete: (question) => `delete “${question}”`,
  undoMove: 'move',
  undoAdd: 'add',
  undoDuplicate: 'duplicate',
  undoOpen: 'open another FAQ',
  added: (position) => `Question ${position} added.`,
  duplicated: (position) => `Copy added as question ${position}.`,
  deleted: (question) => `Question “${question}” deleted. Undo is available.`,
  moved: (position, total) => `Moved to position ${position} of ${total}.`,
  undone: (what) => `Undone: ${what}.`,
  problemsHeading: 'Problems',
  problemCount: (count) => (count === 0 ? 'No problems' : count === 1 ? '1 problem' : `${count} problems`),
  toolbarLabel: 'Format the answer',
  paragraph: 'Paragraph',
  bold: 'Bold',
  italic: 'Italic',
  link: 'Link',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  quote: 'Quote',
  code: 'Code',
  linkUrl: 'Link address',
  linkApply: 'Add the link',
  linkCancel: 'Cancel',
  linkInvalid: 'Use an address that starts with https://, http://, mailto: or tel:, or a link in the page (#…).',
  previewHeading: 'Preview',
  previewSearch: 'Search box',
  previewExpandAll: '“Expand all” button',
  previewExclusive: 'One answer open at a time',
  previewLanguage: 'Language of the FAQ’s buttons',
  previewDark: 'Dark page',
  exportHeading: 'Save and publish',
  download: 'Download the JSON file',
  copyJson: 'Copy the JSON',
  embedLabel: 'Put the JSON file on your site next to the page and apt-faq.js, then paste this into the page',
  htmlLabel: 'The HTML to paste into the page, or into your site’s HTML block',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'The browser did not allow copying: select the text and copy it by hand.',
  exportSkipped: (count) =>
    `${count === 1 ? 'One question has a problem' : `${count} questions have problems`}: the FAQ will leave ${count === 1 ? 'it' : 'them'} out until fixed.`,
  // Publishing, stable anchors, asking before replacing (issue 23).
  anchorFallback: 'question',
  idHintShared: 'The end of the question’s link (page#anchor). It stays the same when you reword the question, so links already shared keep working.',
  anchorChange: 'Change the anchor…',
  anchorChangeConfirm: (id) => `This FAQ was already saved or published: links ending in #${id} will no longer open this question. Change the anchor anyway?`,
  anchorChangeYes: 'Change it',
  anchorChangeNo: 'Keep it',
  replaceYes: 'Replace it',
  replaceNo: 'Keep editing',
  publishHtmlHeading: 'Paste it into a page',
  downloadHtml: 'Download the HTML',
  scriptFrom: (zip) =>
    `The questions can be read even without JavaScript. The last line loads apt-faq.js: it comes in ${zip}, the same zip as this editor. Put it in the same folder as the page.`,
  wordpressHint: (zip) =>
    `On WordPress: install the plugin apt-faq-wordpress.zip, which is in ${zip} (Plugins › Add New Plugin › Upload Plugin). Then paste the HTML, without its last line (the plugin loads apt-faq.js itself), into a “Custom HTML” block; or upload the JSON file to the Media Library, copy its address (“Copy URL to clipboard”) and write [apt_faq src="that address"]. For the APT’s own FAQ, [apt_faq] alone is enough.`,
  publishJsonHeading: 'Or publish the JSON file',
  jsonNeedsServer: 'This way works on a web site, not on a page opened from your computer’s disk: some browsers refuse to read the file there.',
  problemAt: (position) => `Question ${position}: `,
  problemText: {
    'json-syntax': ({ line, column }) => `The file is not valid JSON${line ? ` (line ${line}, column ${column})` : ''}.`,
    'document-not-object': () => 'The file is not an FAQ document.',
    'items-missing': () => 'The file has no list of questions (“items”).',
    'too-many-items': ({ detail }) => `More than ${detail} questions: the ones after are left out.`,
    'lang-invalid': ({ detail }) => (detail ? `The language of the questions, “${detail}”, is not a language code: the FAQ is saved without a language.` : 'The language code is not valid.'),
    'title-invalid': () => 'The title is not text.',
    'item-not-object': () => 'this entry is not a question with an answer.',
    'question-empty': () => 'the question is empty.',
    'question-too-long': ({ detail }) => `the question is longer than ${detail} characters: the rest will be cut.`,
    'answer-missing': () => 'the answer is missing.',
    'answer-empty': () => 'the answer is empty: the page would show nothing under the question.',
    'answer-too-long': ({ detail }) => `the answer is longer than ${detail} characters: the rest will be cut.`,
    'id-invalid': () => 'the anchor must not be empty or contain spaces or “#”.',
    'id-duplicate': () => 'another question already uses this anchor.',
    'open-invalid': () => '“Open when the page loads” must be yes or no.',
    'answer-drops-element': ({ detail }) => `the page will show the answer without these elements: ${tags(detail)}.`,
    'answer-drops-attribute': ({ detail }) => `the page will drop these attributes from the answer: ${detail}.`,
    'answer-drops-link': ({ detail }) => `the page will remove the links of these kinds from the answer: ${detail}.`,
    'translations-invalid': ({ field, detail }) =>
      field === 'lang'
        ? 'Translations need the language of the questions (under “About this FAQ”).'
        : detail === 'lang'
          ? 'this translation is in the main language: it is ignored.'
          : 'The translations are not in the expected form.',
    'translation-needs-ids': () => 'Translations need an anchor for every question.',
    'translation-orphan': ({ id }) => `the translated question${id ? ` “${id}”` : ''} is not in the main list: kept in the file, never shown.`,
    'translation-missing': ({ detail }) => `not translated (${fieldList(detail, en.fieldNames)}): shown in the main language.`,
    'children-none-valid': () => 'None of the questions written in the page could be read.',
    'language-unknown': ({ detail, lang }) =>
      lang && lang !== detail ? `the language “${detail}” is not a code: read as ${lang}, the code pages use; the file you save has ${lang}.` : `“${detail}” is not the code of a language: no page will show this translation.`,
  },
  notJsonAt: (name, line, column) => `“${name}” could not be opened: it is not valid JSON (line ${line}, column ${column}).`,
  problemIn: (language, position) => (position ? `Question ${position}, ${language}: ` : `${language}: `),
  fieldNames: { question: 'question', answer: 'answer' },
  languagesHeading: 'Languages',
  languagesIntro: 'Choose the language to edit. A translation shows each text of the main language beside its field.',
  mainLanguage: (language) => `${language}, main language`,
  mainLanguageUnnamed: 'Main language',
  addLanguage: 'Add a language',
  newLanguageLabel: 'Language code of the translation',
  newLanguageHint: 'For example fr for French, es for Spanish, pt-BR for Brazilian Portuguese.',
  addLanguageConfirm: 'Add',
  addLanguageCancel: 'Cancel',
  languageEmpty: 'Type a language code.',
  languageInvalid: (tag) => `“${tag}” is not the code of a language. Type a code such as en, fr or es.`,
  languageNameTyped: (text, name, code) => `“${text}” is not a language code: for ${name}, type ${code}.`,
  langNotExported: 'Until it is a language code, the FAQ is saved without a language.',
  languageIsMain: (tag) => `${tag} is the main language of this FAQ.`,
  languageExists: (tag) => `This FAQ already has a translation into ${tag}.`,
  languageAdded: (language) => `${language} added. You are now editing it.`,
  editingLanguage: (language) => `Now editing ${language}.`,
  removeLanguage: (language) => `Remove ${language}`,
  removeLanguageConfirm: (language, texts) =>
    `Remove ${language}? Its ${texts === 1 ? 'translated text' : `${texts} translated texts`} will be deleted from this FAQ.`,
  removeLanguageYes: 'Remove it',
  removeLanguageNo: 'Keep it',
  languageRemoved: (language) => `${language} removed. Undo is available.`,
  undoAddLanguage: (language) => `add ${language}`,
  undoRemoveLanguage: (language) => `remove ${language}`,
  translationOnlyHint: (main) => `Questions are added, deleted and moved in the main language, ${main}; here you translate their texts.`,
  untranslatedMarker: (fields) => `Not translated: ${fields}`,
  mainText: (language) => `In ${language}, the main language`,
  translatedTitleLabel: (language) => `Title in ${language}`,
  translatedQuestionLabel: (language) => `Question in ${language}`,
  translatedAnswerLabel: (language) => `Answer in ${language}`,
  untranslatedSummary: (lang, missing, total, list) => `${lang}: ${missing} of ${total} ${total === 1 ? 'item' : 'items'} untranslated: ${list}`,
  allTranslated: (lang) => `${lang}: every item translated.`,
  htmlLanguageLabel: 'Language of the HTML',
  htmlOneLanguage: 'The HTML holds one language: paste the French HTML into the French page, and so on. The JSON file holds them all.',
};

// French typography: a no-break space before ":", "?", "!" and inside « ».
const fr: EditorStrings = {
  appTitle: 'Éditeur de FAQ',
  intro: 'Rédigez les questions et les réponses, vérifiez-les dans l’aperçu, puis téléchargez le fichier à publier. Votre travail est conservé dans ce navigateur au fil de la saisie.',
  interfaceLanguage: 'Langue de l’éditeur',
  startHeading: 'Commencer',
  startBundled: 'Partir de la FAQ de l’APT',
  startEmpty: 'Commencer une FAQ vide',
  openFile: 'Ouvrir un fichier JSON…',
  dropHint: 'Vous pouvez aussi déposer un fichier JSON n’importe où sur cette page.',
  dropHere: 'Déposez le fichier pour l’ouvrir',
  replaceConfirm: 'Remplacer la FAQ en cours\u00a0? Vos modifications n’ont pas encore été téléchargées.',
  notJson: (name) => `Impossible d’ouvrir «\u00a0${name}\u00a0»\u00a0: ce n’est pas un fichier JSON.`,
  opened: (name) => `«\u00a0${name}\u00a0» ouvert.`,
  fileProblemsHeading: 'Ce qui n’allait pas dans le fichier ouvert',
  fileProblemsIntro: 'Le fichier a tout de même été ouvert. Les valeurs fausses ou manquantes sont devenues des champs vides\u00a0; les problèmes restants figurent sous «\u00a0Problèmes\u00a0».',
  restoreFound: (when) => `Un brouillon enregistré dans ce navigateur le ${when} a été trouvé.`,
  restore: 'Reprendre le brouillon',
  discard: 'L’abandonner',
  documentHeading: 'À propos de cette FAQ',
  langLabel: 'Langue des questions',
  langHint: 'Un code de langue\u00a0: en pour l’anglais, fr pour le français, es pour l’espagnol.',
  titleLabel: 'Titre',
  titleHint: 'N’apparaît pas dans la FAQ sur votre page : il est gardé dans le fichier et sert de titre d’onglet à la page HTML téléchargée.',
  questionsHeading: 'Questions',
  itemHeading: (position, question) => `${position}. ${question}`,
  untitled: '(nouvelle question)',
  questionLabel: 'Question',
  idLabel: 'Ancre',
  idHintAuto: 'La fin du lien de la question (page#ancre). Tirée de la question tant que vous ne la modifiez pas.',
  idHintEdited: 'La fin du lien de la question (page#ancre). Lettres, chiffres et tirets\u00a0; pas d’espace.',
  idReset: 'La tirer à nouveau de la question',
  answerLabel: 'Réponse',
  openLabel: 'Ouverte au chargement de la page',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  duplicate: 'Dupliquer',
  remove: 'Supprimer',
  itemActions: (position) => `Actions pour la question ${position}`,
  addQuestion: 'Ajouter une question',
  emptyList: 'Aucune question pour l’instant. Ajoutez la première.',
  reorderHint: 'Alt+↑ et Alt+↓ déplacent la question en cours de saisie\u00a0; à la souris, faites-la glisser par ⠿.',
  dragHint: 'Faire glisser pour déplacer cette question',
  undo: (what) => `Annuler ${what}`,
  undoDelete: (question) => `la suppression de «\u00a0${question}\u00a0»`,
  undoMove: 'le déplacement',
  undoAdd: 'l’ajout de la question',
  undoDuplicate: 'la copie',
  undoOpen: 'l’ouverture d’une autre FAQ',
  added: (position) => `Question ${position} ajoutée.`,
  duplicated: (position) => `Copie ajoutée en question ${position}.`,
  deleted: (question) => `Question «\u00a0${question}\u00a0» supprimée. Vous pouvez annuler.`,
  moved: (position, total) => `Déplacée en position ${position} sur ${total}.`,
  undone: (what) => `Action annulée\u00a0: ${what}.`,
  problemsHeading: 'Problèmes',
  problemCount: (count) => (count === 0 ? 'Aucun problème' : count === 1 ? '1 problème' : `${count} problèmes`),
  toolbarLabel: 'Mettre en forme la réponse',
  paragraph: 'Paragraphe',
  bold: 'Gras',
  italic: 'Italique',
  link: 'Lien',
  bulletList: 'Liste à puces',
  numberedList: 'Liste numérotée',
  quote: 'Citation',
  code: 'Code',
  linkUrl: 'Adresse du lien',
  linkApply: 'Ajouter le lien',
  linkCancel: 'Annuler',
  linkInvalid: 'Utilisez une adresse commençant par https://, http://, mailto: ou tel:, ou un lien dans la page (#…).',
  previewHeading: 'Aperçu',
  previewSearch: 'Champ de recherche',
  previewExpandAll: 'Bouton «\u00a0Tout déplier\u00a0»',
  previewExclusive: 'Une seule réponse ouverte à la fois',
  previewLanguage: 'Langue des boutons de la FAQ',
  previewDark: 'Page sombre',
  exportHeading: 'Enregistrer et publier',
  download: 'Télécharger le fichier JSON',
  copyJson: 'Copier le JSON',
  embedLabel: 'Placez le fichier JSON sur votre site, à côté de la page et d’apt-faq.js, puis collez ceci dans la page',
  htmlLabel: 'Le HTML à coller dans la page, ou dans le bloc HTML de votre site',
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed: 'Le navigateur n’a pas permis la copie\u00a0: sélectionnez le texte et copiez-le vous-même.',
  exportSkipped: (count) =>
    count === 1
      ? 'Une question a un problème\u00a0: la FAQ l’omettra tant qu’elle ne sera pas corrigée.'
      : `${count} questions ont des problèmes\u00a0: la FAQ les omettra tant qu’elles ne seront pas corrigées.`,
  // Publishing, stable anchors, asking before replacing (issue 23).
  anchorFallback: 'question',
  idHintShared: 'La fin du lien de la question (page#ancre). Elle ne change pas quand vous reformulez la question\u00a0: les liens déjà partagés restent valables.',
  anchorChange: 'Changer l’ancre…',
  anchorChangeConfirm: (id) => `Cette FAQ a déjà été enregistrée ou publiée\u00a0: les liens finissant par #${id} n’ouvriront plus cette question. Changer l’ancre quand même\u00a0?`,
  anchorChangeYes: 'La changer',
  anchorChangeNo: 'La garder',
  replaceYes: 'Remplacer',
  replaceNo: 'Continuer la saisie',
  publishHtmlHeading: 'La coller dans une page',
  downloadHtml: 'Télécharger le HTML',
  scriptFrom: (zip) =>
    `Les questions se lisent même sans JavaScript. La dernière ligne charge apt-faq.js\u00a0: ce fichier est dans ${zip}, le même zip que cet éditeur. Placez-le dans le même dossier que la page.`,
  wordpressHint: (zip) =>
    `Sous WordPress\u00a0: installez l’extension apt-faq-wordpress.zip, qui se trouve dans ${zip} (Extensions › Ajouter une extension › Téléverser une extension). Collez ensuite le HTML, sans sa dernière ligne (l’extension charge elle-même apt-faq.js), dans un bloc «\u00a0HTML personnalisé\u00a0»\u00a0; ou téléversez le fichier JSON dans la Médiathèque, copiez son adresse («\u00a0Copier l’URL dans le presse-papier\u00a0») et écrivez [apt_faq src="cette adresse"]. Pour la FAQ de l’APT elle-même, [apt_faq] seul suffit.`,
  publishJsonHeading: 'Ou publier le fichier JSON',
  jsonNeedsServer: 'Cette méthode fonctionne sur un site web, pas sur une page ouverte depuis le disque de votre ordinateur\u00a0: certains navigateurs refusent alors de lire le fichier.',
  problemAt: (position) => `Question ${position}\u00a0: `,
  problemText: {
    'json-syntax': ({ line, column }) => `Le fichier n’est pas du JSON valide${line ? ` (ligne ${line}, colonne ${column})` : ''}.`,
    'document-not-object': () => 'Le fichier n’est pas un document de FAQ.',
    'items-missing': () => 'Le fichier n’a pas de liste de questions («\u00a0items\u00a0»).',
    'too-many-items': ({ detail }) => `Plus de ${detail} questions\u00a0: les suivantes sont omises.`,
    'lang-invalid': ({ detail }) =>
      detail ? `La langue des questions, «\u00a0${detail}\u00a0», n’est pas un code de langue\u00a0: la FAQ est enregistrée sans langue.` : 'Le code de langue n’est pas valide.',
    'title-invalid': () => 'Le titre n’est pas du texte.',
    'item-not-object': () => 'cette entrée n’est pas une question avec sa réponse.',
    'question-empty': () => 'la question est vide.',
    'question-too-long': ({ detail }) => `la question dépasse ${detail}\u00a0caractères\u00a0: la suite sera coupée.`,
    'answer-missing': () => 'la réponse manque.',
    'answer-empty': () => 'la réponse est vide\u00a0: la page n’afficherait rien sous la question.',
    'answer-too-long': ({ detail }) => `la réponse dépasse ${detail}\u00a0caractères\u00a0: la suite sera coupée.`,
    'id-invalid': () => 'l’ancre ne doit pas être vide ni contenir d’espace ou de «\u00a0#\u00a0».',
    'id-duplicate': () => 'une autre question utilise déjà cette ancre.',
    'open-invalid': () => '«\u00a0Ouverte au chargement de la page\u00a0» doit valoir oui ou non.',
    'answer-drops-element': ({ detail }) => `la page affichera la réponse sans ces éléments\u00a0: ${tags(detail)}.`,
    'answer-drops-attribute': ({ detail }) => `la page retirera ces attributs de la réponse\u00a0: ${detail}.`,
    'answer-drops-link': ({ detail }) => `la page retirera de la réponse les liens de ces types\u00a0: ${detail}.`,
    'translations-invalid': ({ field, detail }) =>
      field === 'lang'
        ? 'Les traductions demandent la langue des questions (sous «\u00a0À propos de cette FAQ\u00a0»).'
        : detail === 'lang'
          ? 'cette traduction est dans la langue principale\u00a0: elle est ignorée.'
          : 'Les traductions n’ont pas la forme attendue.',
    'translation-needs-ids': () => 'Les traductions demandent une ancre pour chaque question.',
    'translation-orphan': ({ id }) => `la question traduite${id ? ` «\u00a0${id}\u00a0»` : ''} n’est pas dans la liste principale\u00a0: gardée dans le fichier, jamais affichée.`,
    'translation-missing': ({ detail }) => `non traduite (${fieldList(detail, fr.fieldNames)})\u00a0: affichée dans la langue principale.`,
    'children-none-valid': () => 'Aucune des questions écrites dans la page n’a pu être lue.',
    'language-unknown': ({ detail, lang }) =>
      lang && lang !== detail
        ? `la langue «\u00a0${detail}\u00a0» n’est pas un code\u00a0: lue comme ${lang}, le code que les pages utilisent\u00a0; le fichier enregistré aura ${lang}.`
        : `«\u00a0${detail}\u00a0» n’est le code d’aucune langue\u00a0: aucune page n’affichera cette traduction.`,
  },
  notJsonAt: (name, line, column) => `Impossible d’ouvrir «\u00a0${name}\u00a0»\u00a0: ce n’est pas du JSON valide (ligne ${line}, colonne ${column}).`,
  problemIn: (language, position) => (position ? `Question ${position}, ${language}\u00a0: ` : `${language}\u00a0: `),
  fieldNames: { question: 'question', answer: 'réponse' },
  languagesHeading: 'Langues',
  languagesIntro: 'Choisissez la langue à modifier. Une traduction montre chaque texte de la langue principale à côté de son champ.',
  mainLanguage: (language) => `${language}, langue principale`,
  mainLanguageUnnamed: 'Langue principale',
  addLanguage: 'Ajouter une langue',
  newLanguageLabel: 'Code de la langue de la traduction',
  newLanguageHint: 'Par exemple fr pour le français, es pour l’espagnol, pt-BR pour le portugais du Brésil.',
  addLanguageConfirm: 'Ajouter',
  addLanguageCancel: 'Annuler',
  languageEmpty: 'Saisissez un code de langue.',
  languageInvalid: (tag) => `«\u00a0${tag}\u00a0» n’est le code d’aucune langue. Tapez un code comme en, fr ou es.`,
  languageNameTyped: (text, name, code) => `«\u00a0${text}\u00a0» n’est pas un code de langue\u00a0: pour ${frenchArticle(name)}, tapez ${code}.`,
  langNotExported: 'Tant que ce n’est pas un code de langue, la FAQ est enregistrée sans langue.',
  languageIsMain: (tag) => `${tag} est la langue principale de cette FAQ.`,
  languageExists: (tag) => `Cette FAQ a déjà une traduction en ${tag}.`,
  languageAdded: (language) => `${language} ajouté. Vous modifiez maintenant cette langue.`,
  editingLanguage: (language) => `Langue modifiée\u00a0: ${language}.`,
  removeLanguage: (language) => `Retirer ${language}`,
  removeLanguageConfirm: (language, texts) =>
    `Retirer ${language}\u00a0? ${texts === 1 ? 'Son texte traduit sera supprimé' : `Ses ${texts} textes traduits seront supprimés`} de cette FAQ.`,
  removeLanguageYes: 'La retirer',
  removeLanguageNo: 'La garder',
  languageRemoved: (language) => `${language} retiré. Vous pouvez annuler.`,
  undoAddLanguage: (language) => `l’ajout\u00a0: ${language}`,
  undoRemoveLanguage: (language) => `le retrait\u00a0: ${language}`,
  translationOnlyHint: (main) => `Les questions s’ajoutent, se suppriment et se déplacent dans la langue principale, ${main}\u00a0; ici, vous traduisez leurs textes.`,
  untranslatedMarker: (fields) => `Non traduit\u00a0: ${fields}`,
  mainText: (language) => `En ${language}, la langue principale`,
  translatedTitleLabel: (language) => `Titre en ${language}`,
  translatedQuestionLabel: (language) => `Question en ${language}`,
  translatedAnswerLabel: (language) => `Réponse en ${language}`,
  untranslatedSummary: (lang, missing, total, list) =>
    `${lang}\u00a0: ${missing} ${missing === 1 ? 'question non traduite' : 'questions non traduites'} sur ${total}\u00a0: ${list}`,
  allTranslated: (lang) => `${lang}\u00a0: toutes les questions sont traduites.`,
  htmlLanguageLabel: 'Langue du HTML',
  htmlOneLanguage: 'Le HTML contient une seule langue\u00a0: collez le HTML en français dans la page française, et ainsi de suite. Le fichier JSON les contient toutes.',
};

const es: EditorStrings = {
  appTitle: 'Editor de preguntas frecuentes',
  intro: 'Escriba las preguntas y respuestas, revíselas en la vista previa y descargue el archivo para publicarlo. Su trabajo se guarda en este navegador mientras escribe.',
  interfaceLanguage: 'Idioma del editor',
  startHeading: 'Empezar',
  startBundled: 'Partir de las preguntas de la APT',
  startEmpty: 'Empezar desde cero, sin preguntas',
  openFile: 'Abrir un archivo JSON…',
  dropHint: 'También puede soltar un archivo JSON en cualquier lugar de esta página.',
  dropHere: 'Suelte el archivo para abrirlo',
  replaceConfirm: '¿Reemplazar las preguntas que está editando? Sus cambios aún no se han descargado.',
  notJson: (name) => `No se pudo abrir «${name}»: no es un archivo JSON.`,
  opened: (name) => `«${name}» abierto.`,
  fileProblemsHeading: 'Lo que estaba mal en el archivo abierto',
  fileProblemsIntro: 'El archivo se abrió de todos modos. Los valores erróneos o ausentes quedaron como campos vacíos; los problemas restantes figuran en «Problemas».',
  restoreFound: (when) => `Se encontró un borrador guardado en este navegador el ${when}.`,
  restore: 'Recuperar el borrador',
  discard: 'Descartarlo',
  documentHeading: 'Acerca de estas preguntas',
  langLabel: 'Idioma de las preguntas',
  langHint: 'Un código de idioma: en para inglés, fr para francés, es para español.',
  titleLabel: 'Título',
  titleHint: 'No aparece en las preguntas de su página: se guarda en el archivo y es el título de pestaña de la página HTML descargada.',
  questionsHeading: 'Preguntas',
  itemHeading: (position, question) => `${position}. ${question}`,
  untitled: '(nueva pregunta)',
  questionLabel: 'Pregunta',
  idLabel: 'Ancla',
  idHintAuto: 'El final del enlace de la pregunta (página#ancla). Se forma a partir de la pregunta hasta que la cambie.',
  idHintEdited: 'El final del enlace de la pregunta (página#ancla). Letras, cifras y guiones; sin espacios.',
  idReset: 'Formarla de nuevo a partir de la pregunta',
  answerLabel: 'Respuesta',
  openLabel: 'Abierta al cargar la página',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  duplicate: 'Duplicar',
  remove: 'Eliminar',
  itemActions: (position) => `Acciones de la pregunta ${position}`,
  addQuestion: 'Añadir una pregunta',
  emptyList: 'Todavía no hay preguntas. Añada la primera.',
  reorderHint: 'Alt+↑ y Alt+↓ mueven la pregunta que está editando; con el ratón, arrástrela por ⠿.',
  dragHint: 'Arrastrar para mover esta pregunta',
  undo: (what) => `Deshacer ${what}`,
  undoDelete: (question) => `la eliminación de «${question}»`,
  undoMove: 'el movimiento',
  undoAdd: 'la adición de la pregunta',
  undoDuplicate: 'la copia',
  undoOpen: 'la apertura de otras preguntas',
  added: (position) => `Pregunta ${position} añadida.`,
  duplicated: (position) => `Copia añadida como pregunta ${position}.`,
  deleted: (question) => `Pregunta «${question}» eliminada. Puede deshacerlo.`,
  moved: (position, total) => `Movida a la posición ${position} de ${total}.`,
  undone: (what) => `Se deshizo ${what}.`,
  problemsHeading: 'Problemas',
  problemCount: (count) => (count === 0 ? 'Ningún problema' : count === 1 ? '1 problema' : `${count} problemas`),
  toolbarLabel: 'Dar formato a la respuesta',
  paragraph: 'Párrafo',
  bold: 'Negrita',
  italic: 'Cursiva',
  link: 'Enlace',
  bulletList: 'Lista con viñetas',
  numberedList: 'Lista numerada',
  quote: 'Cita',
  code: 'Código',
  linkUrl: 'Dirección del enlace',
  linkApply: 'Añadir el enlace',
  linkCancel: 'Cancelar',
  linkInvalid: 'Use una dirección que empiece por https://, http://, mailto: o tel:, o un enlace dentro de la página (#…).',
  previewHeading: 'Vista previa',
  previewSearch: 'Campo de búsqueda',
  previewExpandAll: 'Botón «Desplegar todo»',
  previewExclusive: 'Una sola respuesta abierta a la vez',
  previewLanguage: 'Idioma de los botones de las preguntas',
  previewDark: 'Página oscura',
  exportHeading: 'Guardar y publicar',
  download: 'Descargar el archivo JSON',
  copyJson: 'Copiar el JSON',
  embedLabel: 'Ponga el archivo JSON en su sitio, junto a la página y a apt-faq.js, y pegue esto en la página',
  htmlLabel: 'El HTML que hay que pegar en la página, o en el bloque HTML de su sitio',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'El navegador no permitió copiar: seleccione el texto y cópielo a mano.',
  exportSkipped: (count) =>
    `${count === 1 ? 'Una pregunta tiene un problema' : `${count} preguntas tienen problemas`}: no se mostrará${count === 1 ? '' : 'n'} hasta que se corrija${count === 1 ? '' : 'n'}.`,
  // Publishing, stable anchors, asking before replacing (issue 23).
  anchorFallback: 'pregunta',
  idHintShared: 'El final del enlace de la pregunta (página#ancla). No cambia cuando reformula la pregunta: los enlaces ya compartidos siguen funcionando.',
  anchorChange: 'Cambiar el ancla…',
  anchorChangeConfirm: (id) => `Estas preguntas ya se guardaron o publicaron: los enlaces que terminan en #${id} dejarán de abrir esta pregunta. ¿Cambiar el ancla de todos modos?`,
  anchorChangeYes: 'Cambiarla',
  anchorChangeNo: 'Mantenerla',
  replaceYes: 'Reemplazar',
  replaceNo: 'Seguir editando',
  publishHtmlHeading: 'Pegarlas en una página',
  downloadHtml: 'Descargar el HTML',
  scriptFrom: (zip) =>
    `Las preguntas se leen incluso sin JavaScript. La última línea carga apt-faq.js: viene en ${zip}, el mismo zip que este editor. Póngalo en la misma carpeta que la página.`,
  wordpressHint: (zip) =>
    `En WordPress: instale el plugin apt-faq-wordpress.zip, que está en ${zip} (Plugins › Añadir nuevo plugin › Subir plugin). Luego pegue el HTML, sin su última línea (el plugin carga apt-faq.js por sí mismo), en un bloque «HTML personalizado»; o suba el archivo JSON a la Biblioteca de medios, copie su dirección («Copiar URL al portapapeles») y escriba [apt_faq src="esa dirección"]. Para las preguntas frecuentes de la APT, basta con [apt_faq].`,
  publishJsonHeading: 'O publicar el archivo JSON',
  jsonNeedsServer: 'Esta forma funciona en un sitio web, no en una página abierta desde el disco de su ordenador: algunos navegadores se niegan a leer el archivo en ese caso.',
  problemAt: (position) => `Pregunta ${position}: `,
  problemText: {
    'json-syntax': ({ line, column }) => `El archivo no es JSON válido${line ? ` (línea ${line}, columna ${column})` : ''}.`,
    'document-not-object': () => 'El archivo no es un documento de preguntas frecuentes.',
    'items-missing': () => 'El archivo no tiene lista de preguntas («items»).',
    'too-many-items': ({ detail }) => `Más de ${detail} preguntas: las siguientes se omiten.`,
    'lang-invalid': ({ detail }) =>
      detail ? `El idioma de las preguntas, «${detail}», no es un código de idioma: las preguntas se guardan sin idioma.` : 'El código de idioma no es válido.',
    'title-invalid': () => 'El título no es texto.',
    'item-not-object': () => 'esta entrada no es una pregunta con su respuesta.',
    'question-empty': () => 'la pregunta está vacía.',
    'question-too-long': ({ detail }) => `la pregunta tiene más de ${detail} caracteres: el resto se cortará.`,
    'answer-missing': () => 'falta la respuesta.',
    'answer-empty': () => 'la respuesta está vacía: la página no mostraría nada bajo la pregunta.',
    'answer-too-long': ({ detail }) => `la respuesta tiene más de ${detail} caracteres: el resto se cortará.`,
    'id-invalid': () => 'el ancla no puede estar vacía ni contener espacios o «#».',
    'id-duplicate': () => 'otra pregunta ya usa esta ancla.',
    'open-invalid': () => '«Abierta al cargar la página» debe ser sí o no.',
    'answer-drops-element': ({ detail }) => `la página mostrará la respuesta sin estos elementos: ${tags(detail)}.`,
    'answer-drops-attribute': ({ detail }) => `la página quitará estos atributos de la respuesta: ${detail}.`,
    'answer-drops-link': ({ detail }) => `la página quitará de la respuesta los enlaces de estos tipos: ${detail}.`,
    'translations-invalid': ({ field, detail }) =>
      field === 'lang'
        ? 'Las traducciones necesitan el idioma de las preguntas (en «Acerca de estas preguntas»).'
        : detail === 'lang'
          ? 'esta traducción está en el idioma principal: se ignora.'
          : 'Las traducciones no tienen la forma esperada.',
    'translation-needs-ids': () => 'Las traducciones necesitan un ancla para cada pregunta.',
    'translation-orphan': ({ id }) => `la pregunta traducida${id ? ` «${id}»` : ''} no está en la lista principal: se guarda en el archivo, nunca se muestra.`,
    'translation-missing': ({ detail }) => `sin traducir (${fieldList(detail, es.fieldNames)}): se muestra en el idioma principal.`,
    'children-none-valid': () => 'No se pudo leer ninguna de las preguntas escritas en la página.',
    'language-unknown': ({ detail, lang }) =>
      lang && lang !== detail
        ? `el idioma «${detail}» no es un código: se lee como ${lang}, el código que usan las páginas; el archivo guardado tendrá ${lang}.`
        : `«${detail}» no es el código de ningún idioma: ninguna página mostrará esta traducción.`,
  },
  notJsonAt: (name, line, column) => `No se pudo abrir «${name}»: no es JSON válido (línea ${line}, columna ${column}).`,
  problemIn: (language, position) => (position ? `Pregunta ${position}, ${language}: ` : `${language}: `),
  fieldNames: { question: 'pregunta', answer: 'respuesta' },
  languagesHeading: 'Idiomas',
  languagesIntro: 'Elija el idioma que desea editar. Una traducción muestra cada texto del idioma principal junto a su campo.',
  mainLanguage: (language) => `${language}, idioma principal`,
  mainLanguageUnnamed: 'Idioma principal',
  addLanguage: 'Añadir un idioma',
  newLanguageLabel: 'Código del idioma de la traducción',
  newLanguageHint: 'Por ejemplo fr para el francés, es para el español, pt-BR para el portugués de Brasil.',
  addLanguageConfirm: 'Añadir',
  addLanguageCancel: 'Cancelar',
  languageEmpty: 'Escriba un código de idioma.',
  languageInvalid: (tag) => `«${tag}» no es el código de ningún idioma. Escriba un código como en, fr o es.`,
  languageNameTyped: (text, name, code) => `«${text}» no es un código de idioma: para el ${inSentence(name, 'es')}, escriba ${code}.`,
  langNotExported: 'Mientras no sea un código de idioma, las preguntas se guardan sin idioma.',
  languageIsMain: (tag) => `${tag} es el idioma principal de estas preguntas frecuentes.`,
  languageExists: (tag) => `Estas preguntas frecuentes ya tienen una traducción al ${tag}.`,
  languageAdded: (language) => `${language} añadido. Ahora está editando este idioma.`,
  editingLanguage: (language) => `Idioma en edición: ${language}.`,
  removeLanguage: (language) => `Quitar ${language}`,
  removeLanguageConfirm: (language, texts) =>
    `¿Quitar ${language}? ${texts === 1 ? 'Su texto traducido se borrará' : `Sus ${texts} textos traducidos se borrarán`} de estas preguntas frecuentes.`,
  removeLanguageYes: 'Quitarlo',
  removeLanguageNo: 'Conservarlo',
  languageRemoved: (language) => `${language} quitado. Puede deshacerlo.`,
  undoAddLanguage: (language) => `la adición del idioma ${language}`,
  undoRemoveLanguage: (language) => `la retirada del idioma ${language}`,
  translationOnlyHint: (main) => `Las preguntas se añaden, borran y mueven en el idioma principal, ${main}; aquí se traducen sus textos.`,
  untranslatedMarker: (fields) => `Sin traducir: ${fields}`,
  mainText: (language) => `En ${language}, el idioma principal`,
  translatedTitleLabel: (language) => `Título en ${language}`,
  translatedQuestionLabel: (language) => `Pregunta en ${language}`,
  translatedAnswerLabel: (language) => `Respuesta en ${language}`,
  untranslatedSummary: (lang, missing, total, list) =>
    `${lang}: ${missing} de ${total} ${total === 1 ? 'pregunta' : 'preguntas'} sin traducir: ${list}`,
  allTranslated: (lang) => `${lang}: todas las preguntas están traducidas.`,
  htmlLanguageLabel: 'Idioma del HTML',
  htmlOneLanguage: 'El HTML contiene un solo idioma: pegue el HTML en francés en la página francesa, y así sucesivamente. El archivo JSON los contiene todos.',
};

/** Languages named in themselves, for the language menus. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'Français', es: 'Español' };

/** The editor's built-in interface languages. */
export const EDITOR_STRINGS: Readonly<Record<string, EditorStrings>> = { en, fr, es };

/** The strings for a language tag (`fr-CH` → French), English when it is not built in. */
export function editorStrings(lang: string | null | undefined): EditorStrings {
  return EDITOR_STRINGS[(lang ?? '').trim().toLowerCase().split(/[-_]/)[0]] ?? en;
}
