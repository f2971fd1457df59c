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
}

/** `img, script` → `<img>, <script>`: element names as people see them in HTML. */
const tags = (detail = ''): string => detail.split(', ').map((name) => `<${name}>`).join(', ');

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
    'lang-invalid': () => 'The language code is not valid.',
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
    'translations-invalid': () => 'The translations are not in the expected form.',
    'translation-needs-ids': () => 'Translations need an anchor for every question.',
    'translation-orphan': () => 'this translated question is not in the main list.',
    'translation-missing': () => 'not translated: shown in the main language.',
    'children-none-valid': () => 'None of the questions written in the page could be read.',
  },
  notJsonAt: (name, line, column) => `“${name}” could not be opened: it is not valid JSON (line ${line}, column ${column}).`,
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
  undo: (what) => `Annuler\u00a0: ${what}`,
  undoDelete: (question) => `supprimer «\u00a0${question}\u00a0»`,
  undoMove: 'déplacer',
  undoAdd: 'ajouter',
  undoOpen: 'ouvrir une autre FAQ',
  added: (position) => `Question ${position} ajoutée.`,
  duplicated: (position) => `Copie ajoutée en question ${position}.`,
  deleted: (question) => `Question «\u00a0${question}\u00a0» supprimée. Vous pouvez annuler.`,
  moved: (position, total) => `Déplacée en position ${position} sur ${total}.`,
  undone: (what) => `Annulé\u00a0: ${what}.`,
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
    'lang-invalid': () => 'Le code de langue n’est pas valide.',
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
    'translations-invalid': () => 'Les traductions n’ont pas la forme attendue.',
    'translation-needs-ids': () => 'Les traductions demandent une ancre pour chaque question.',
    'translation-orphan': () => 'cette question traduite n’est pas dans la liste principale.',
    'translation-missing': () => 'non traduite\u00a0: affichée dans la langue principale.',
    'children-none-valid': () => 'Aucune des questions écrites dans la page n’a pu être lue.',
  },
  notJsonAt: (name, line, column) => `Impossible d’ouvrir «\u00a0${name}\u00a0»\u00a0: ce n’est pas du JSON valide (ligne ${line}, colonne ${column}).`,
};

const es: EditorStrings = {
  appTitle: 'Editor de preguntas frecuentes',
  intro: 'Escriba las preguntas y respuestas, revíselas en la vista previa y descargue el archivo para publicarlo. Su trabajo se guarda en este navegador mientras escribe.',
  interfaceLanguage: 'Idioma del editor',
  startHeading: 'Empezar',
  startBundled: 'Partir de las preguntas de la APT',
  startEmpty: 'Empezar unas preguntas vacías',
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
  undo: (what) => `Deshacer: ${what}`,
  undoDelete: (question) => `eliminar «${question}»`,
  undoMove: 'mover',
  undoAdd: 'añadir',
  undoOpen: 'abrir otras preguntas',
  added: (position) => `Pregunta ${position} añadida.`,
  duplicated: (position) => `Copia añadida como pregunta ${position}.`,
  deleted: (question) => `Pregunta «${question}» eliminada. Puede deshacerlo.`,
  moved: (position, total) => `Movida a la posición ${position} de ${total}.`,
  undone: (what) => `Deshecho: ${what}.`,
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
    'lang-invalid': () => 'El código de idioma no es válido.',
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
    'translations-invalid': () => 'Las traducciones no tienen la forma esperada.',
    'translation-needs-ids': () => 'Las traducciones necesitan un ancla para cada pregunta.',
    'translation-orphan': () => 'esta pregunta traducida no está en la lista principal.',
    'translation-missing': () => 'sin traducir: se muestra en el idioma principal.',
    'children-none-valid': () => 'No se pudo leer ninguna de las preguntas escritas en la página.',
  },
  notJsonAt: (name, line, column) => `No se pudo abrir «${name}»: no es JSON válido (línea ${line}, columna ${column}).`,
};

/** Languages named in themselves, for the language menus. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'Français', es: 'Español' };

/** The editor's built-in interface languages. */
export const EDITOR_STRINGS: Readonly<Record<string, EditorStrings>> = { en, fr, es };

/** The strings for a language tag (`fr-CH` → French), English when it is not built in. */
export function editorStrings(lang: string | null | undefined): EditorStrings {
  return EDITOR_STRINGS[(lang ?? '').trim().toLowerCase().split(/[-_]/)[0]] ?? en;
}
