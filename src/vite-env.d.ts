/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_AUDIT_SOURCE?: string
  readonly VITE_AUDIT_API_URL?: string
  readonly VITE_AUDIT_ORG_ID?: string
  readonly VITE_AUDIT_API_TOKEN?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** package.json's version, replaced at build time (vite.config.ts `define`). */
declare const __APP_VERSION__: string
