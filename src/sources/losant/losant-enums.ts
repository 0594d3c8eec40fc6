/** Enumerations from Losant's auditLog schema. They grow over time: decoders keep unknown values. */
import { messages } from '@/lib/i18n'

export const LOSANT_ACTOR_TYPES = ['Application', 'Device', 'Flow', 'User', 'ApiToken'] as const

export const LOSANT_PRIMARY_TARGET_TYPES = ['Application', 'Dashboard', 'OrgInvite'] as const

export const LOSANT_SECONDARY_TARGET_TYPES = [
  'ApiToken',
  'ApplicationCertificateAuthority',
  'ApplicationCertificate',
  'ApplicationKey',
  'Credential',
  'Dashboard',
  'DataTable',
  'Device',
  'DeviceRecipe',
  'Event',
  'ExperienceDomain',
  'ExperienceEndpoint',
  'ExperienceGroup',
  'ExperienceSlug',
  'ExperienceUser',
  'ExperienceVersion',
  'ExperienceView',
  'File',
  'Flow',
  'Integration',
  'Notebook',
  'PrivateFile',
  'ResourceJob',
  'Webhook',
] as const

type LosantEntityType =
  | (typeof LOSANT_ACTOR_TYPES)[number]
  | (typeof LOSANT_PRIMARY_TARGET_TYPES)[number]
  | (typeof LOSANT_SECONDARY_TARGET_TYPES)[number]

/** The catalogue's name for each type; typed so that a new enum value cannot go without one. */
export const LOSANT_TYPE_LABELS: Readonly<Record<LosantEntityType, string>> = messages.sources.losant.entityTypes
