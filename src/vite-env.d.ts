/// <reference types="svelte" />
/// <reference types="vite/client" />

/** Build date (YYYY-MM-DD), set by vite.config.ts. */
declare const __BUILD_DATE__: string;
/** Public address of the app for share and embed links ('' = the current address). */
declare const __PUBLIC_URL__: string;
/** Where readers report a correction to the data. */
declare const __CORRECTIONS_URL__: string;
