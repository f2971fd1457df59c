export declare const START: string;
export declare const END: string;
export declare function apiTables(manifest: unknown): string;
export declare function withApiTables(readme: string, manifest: unknown): string;
