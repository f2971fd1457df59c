import { expect } from '@open-wc/testing';
import { canonicalLanguage, languageName, suggestedCode } from './language-tag.js';

describe('language codes (editor and apt-faq check)', () => {
  it('accepts the tags of known languages, in their canonical form', () => {
    expect(['fr', 'FR-ca', 'pt-br', 'es-419', 'zh-Hant', ' en ', 'fil'].map(canonicalLanguage)).to.deep.equal(['fr', 'fr-CA', 'pt-BR', 'es-419', 'zh-Hant', 'en', 'fil']);
  });

  it('refuses names, unknown languages and what is not a tag, in every engine', () => {
    for (const text of ['français', 'espagnol', 'spanish', 'Español', 'xx', 'es_ES', 'und', '', '  ']) {
      expect(canonicalLanguage(text), text).to.equal(undefined);
    }
    expect(languageName('xx', 'fr')).to.equal(undefined);
    expect(languageName('es', 'fr')).to.equal('espagnol');
  });

  it('suggests the code of a language named in the editor’s language, in English or in itself', () => {
    // Engines differ in capitals (WebKit: "Alemán"): the strings set the case of a name in a sentence.
    const suggested = (text: string, ui: string) => {
      const found = suggestedCode(text, ui);
      return found && `${found.code} ${found.name.toLowerCase()}`;
    };
    expect(suggested('espagnol', 'fr')).to.equal('es espagnol');
    expect(suggested('Spanish', 'fr')).to.equal('es espagnol');
    expect(suggested('francais', 'fr')).to.equal('fr français');
    expect(suggested('Español', 'en')).to.equal('es spanish');
    expect(suggested('alemán', 'es')).to.equal('de alemán');
    // A server's locale: the code with a hyphen, named as the engine names it ("espagnol d’Espagne", "espagnol (Espagne)").
    expect(suggested('es_ES', 'fr')).to.match(/^es-ES espagnol\b/);
    expect(suggested('pt_br', 'en')).to.match(/^pt-BR .*portuguese/);
    expect(suggestedCode('xx', 'fr')).to.equal(undefined);
    expect(suggestedCode('xx_YY', 'fr')).to.equal(undefined);
  });
});
