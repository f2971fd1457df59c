export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}
export function applyEdits(source: string, edits: readonly SourceEdit[]): string;
export function sourceMapForEdits(
  source: string,
  edits: readonly SourceEdit[],
  file: string,
): { version: 3; file: string; sources: string[]; sourcesContent: string[]; names: string[]; mappings: string };
