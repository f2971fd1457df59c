/** Ids of the form's fields, shared by the labels, the problem links and the tests. */
export const fieldId = (field: string, key?: number): string => (key === undefined ? `faq-${field}` : `faq-item-${key}-${field}`);
