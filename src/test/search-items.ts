/** Items in two languages, with accents and capitals, for the search and expand-all tests. */
export const multilingual = [
  { id: 'education', question: 'Éducation et formation ?', answer: 'Nous formons la police.' },
  { id: 'visits', question: 'Visits to places of detention', answer: 'Monitoring bodies visit prisons.' },
  { id: 'funding', question: 'Funding?', answer: 'We are not a DONOR of other organisations.' },
];
