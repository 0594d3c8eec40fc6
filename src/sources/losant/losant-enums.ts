/** Enumerations from Losant's auditLog schema. They grow over time: decoders keep unknown values. */

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
