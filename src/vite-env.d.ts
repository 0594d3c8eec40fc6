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
