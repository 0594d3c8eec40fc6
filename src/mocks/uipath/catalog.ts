// What happens in the demo tenant: categories, their actions, who does them, what UiPath writes
// in `auditLogDetails` and the sentence in `message`, in three languages.
import type { Prng } from '../losant/prng'
import type { MessageLanguage } from './schema'

export interface Person {
  userName: string
  email: string | null
}

export const PEOPLE: readonly Person[] = [
  { userName: 'Ada Lovelace', email: 'ada.lovelace@contoso.com' },
  { userName: 'Grace Hopper', email: 'grace.hopper@contoso.com' },
  { userName: 'Alan Turing', email: 'alan.turing@contoso.com' },
  { userName: 'Katherine Johnson', email: 'katherine.johnson@contoso.com' },
  { userName: 'Linus Pauling', email: 'linus.pauling@contoso.com' },
  { userName: 'Margaret Hamilton', email: 'margaret.hamilton@contoso.com' },
  { userName: 'Édouard Lucas', email: 'edouard.lucas@contoso.fr' },
  { userName: 'Emmy Noether', email: 'emmy.noether@contoso.de' },
  { userName: 'Kenji Sato', email: 'kenji.sato@contoso.co.jp' },
  { userName: 'Zoë Ortiz', email: 'zoe.ortiz@contoso.com' },
  { userName: 'admin', email: 'it-admins@contoso.com' },
  // An external application acting with its own identity has no email.
  { userName: 'Invoice Sync (external application)', email: null },
]

export type Source = 'Cis' | 'Orchestrator' | 'Portal'

export interface Action {
  category: string
  action: string
  source: Source
  weight: number
  /** The object acted on, for details and messages. */
  target: (prng: Prng) => string
  details: (prng: Prng, target: string, person: Person) => Record<string, unknown>
  /** Details for the same action that carry a value a redactor must hide (some entries use these). */
  secret?: (prng: Prng, target: string) => Record<string, unknown>
}

const ROBOTS = [
  'Finance-Bot-01',
  'Finance-Bot-02',
  'HR-Onboarding',
  'Claims-Intake',
  'Invoice-Reader',
  'Nightly-Reports',
]
const PROCESSES = ['InvoiceProcessing', 'EmployeeOnboarding', 'ClaimsTriage', 'MonthEndClose', 'VendorMasterSync']
const QUEUES = ['Invoices', 'Claims', 'NewHires', 'VendorUpdates']
const ASSETS = ['SAP_Credentials', 'SharePointUrl', 'RetryLimit', 'MailboxCredential', 'ApiBaseUrl']
const FOLDERS = ['Shared', 'Finance', 'HR', 'Claims', 'Sandbox']
const MACHINES = ['VM-RPA-01', 'VM-RPA-02', 'VDI-Pool-A', 'Laptop-Dev-7']
const GROUPS = ['Automation Developers', 'Automation Users', 'Administrators', 'Finance Operators']
const APPS = ['Invoice Sync', 'Power BI Connector', 'ServiceNow Bridge']
const TENANTS = ['DefaultTenant', 'Production', 'UAT']

const clientIp = (prng: Prng) =>
  `${prng.pick(['10.12', '10.40', '192.168', '172.20'])}.${prng.int(0, 255)}.${prng.int(1, 254)}`
const userAgent = (prng: Prng) =>
  prng.pick([
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/17.5',
    'UiPath.Assistant/24.10',
  ])
const guid = (prng: Prng) => {
  const hex = prng.hex(32)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
}
const changed = (prng: Prng, fields: string[]) => prng.sample(fields, prng.int(1, Math.min(3, fields.length)))

export const ACTIONS: readonly Action[] = [
  {
    category: 'User',
    action: 'Login',
    source: 'Cis',
    weight: 30,
    target: () => '',
    details: (prng) => ({
      ClientIp: clientIp(prng),
      UserAgent: userAgent(prng),
      AuthenticationType: prng.pick(['Local', 'AzureAD', 'SAML']),
    }),
  },
  {
    category: 'User',
    action: 'Logout',
    source: 'Cis',
    weight: 14,
    target: () => '',
    details: (prng) => ({ ClientIp: clientIp(prng) }),
  },
  {
    category: 'User',
    action: 'Create',
    source: 'Cis',
    weight: 2,
    target: (prng) => prng.pick(['j.doe@contoso.com', 'r.roe@contoso.com', 'contractor7@contoso.com']),
    details: (prng, target) => ({ UserName: target, Groups: prng.sample(GROUPS, 2) }),
    secret: (prng, target) => ({ UserName: target, Password: `Welcome${prng.int(100, 999)}!` }),
  },
  {
    category: 'User',
    action: 'Update',
    source: 'Cis',
    weight: 3,
    target: (prng) => prng.pick(PEOPLE).userName,
    details: (prng, target) => ({
      UserName: target,
      ChangedFields: changed(prng, ['Name', 'Surname', 'Email', 'Groups']),
    }),
  },
  {
    category: 'User',
    action: 'Delete',
    source: 'Cis',
    weight: 1,
    target: (prng) => prng.pick(['contractor3@contoso.com', 'temp.user@contoso.com']),
    details: (_prng, target) => ({ UserName: target }),
  },
  {
    category: 'Group',
    action: 'AddMember',
    source: 'Cis',
    weight: 2,
    target: (prng) => prng.pick(GROUPS),
    details: (prng, target) => ({ GroupName: target, Member: prng.pick(PEOPLE).userName }),
  },
  {
    category: 'Group',
    action: 'RemoveMember',
    source: 'Cis',
    weight: 1,
    target: (prng) => prng.pick(GROUPS),
    details: (prng, target) => ({ GroupName: target, Member: prng.pick(PEOPLE).userName }),
  },
  {
    category: 'ExternalApplication',
    action: 'Create',
    source: 'Cis',
    weight: 0.5,
    target: (prng) => prng.pick(APPS),
    details: (prng, target) => ({ Name: target, AppId: guid(prng), Scopes: ['OR.Queues', 'OR.Assets.Read'] }),
  },
  {
    category: 'ExternalApplication',
    action: 'RegenerateSecret',
    source: 'Cis',
    weight: 0.5,
    target: (prng) => prng.pick(APPS),
    details: (prng, target) => ({ Name: target, AppId: guid(prng) }),
    secret: (prng, target) => ({ Name: target, AppId: guid(prng), clientSecret: `uip_${prng.hex(40)}` }),
  },
  {
    category: 'Robot',
    action: 'Create',
    source: 'Orchestrator',
    weight: 2,
    target: (prng) => prng.pick(ROBOTS),
    details: (prng, target) => ({
      RobotName: target,
      Type: prng.pick(['Unattended', 'Attended', 'NonProduction']),
      FolderName: prng.pick(FOLDERS),
    }),
  },
  {
    category: 'Robot',
    action: 'Update',
    source: 'Orchestrator',
    weight: 4,
    target: (prng) => prng.pick(ROBOTS),
    details: (prng, target) => ({
      RobotName: target,
      ChangedFields: changed(prng, ['Description', 'ExecutionSettings', 'Username', 'Type']),
    }),
    secret: (prng, target) => ({ RobotName: target, Username: 'CONTOSO\\svc-rpa', Password: `Rpa-${prng.hex(10)}` }),
  },
  {
    category: 'Robot',
    action: 'Delete',
    source: 'Orchestrator',
    weight: 1,
    target: (prng) => prng.pick(ROBOTS),
    details: (_prng, target) => ({ RobotName: target }),
  },
  {
    category: 'Process',
    action: 'Create',
    source: 'Orchestrator',
    weight: 2,
    target: (prng) => prng.pick(PROCESSES),
    details: (prng, target) => ({
      ProcessName: target,
      PackageVersion: `1.${prng.int(0, 9)}.${prng.int(0, 30)}`,
      FolderName: prng.pick(FOLDERS),
    }),
  },
  {
    category: 'Process',
    action: 'Update',
    source: 'Orchestrator',
    weight: 5,
    target: (prng) => prng.pick(PROCESSES),
    details: (prng, target) => ({
      ProcessName: target,
      PackageVersion: `1.${prng.int(0, 9)}.${prng.int(0, 30)}`,
      PreviousVersion: `1.${prng.int(0, 9)}.${prng.int(0, 30)}`,
    }),
  },
  {
    category: 'Process',
    action: 'Delete',
    source: 'Orchestrator',
    weight: 1,
    target: (prng) => prng.pick(PROCESSES),
    details: (_prng, target) => ({ ProcessName: target }),
  },
  {
    category: 'Queue',
    action: 'Create',
    source: 'Orchestrator',
    weight: 1,
    target: (prng) => prng.pick(QUEUES),
    details: (prng, target) => ({ QueueName: target, MaxRetries: prng.int(0, 3), FolderName: prng.pick(FOLDERS) }),
  },
  {
    category: 'Queue',
    action: 'Update',
    source: 'Orchestrator',
    weight: 2,
    target: (prng) => prng.pick(QUEUES),
    details: (prng, target) => ({
      QueueName: target,
      ChangedFields: changed(prng, ['MaxRetries', 'AutoRetry', 'SlaInMinutes']),
    }),
  },
  {
    category: 'Queue',
    action: 'Delete',
    source: 'Orchestrator',
    weight: 0.5,
    target: (prng) => prng.pick(QUEUES),
    details: (_prng, target) => ({ QueueName: target }),
  },
  {
    category: 'Asset',
    action: 'Create',
    source: 'Orchestrator',
    weight: 1.5,
    target: (prng) => prng.pick(ASSETS),
    details: (prng, target) => ({
      AssetName: target,
      ValueType: prng.pick(['Text', 'Integer', 'Bool']),
      FolderName: prng.pick(FOLDERS),
    }),
  },
  {
    category: 'Asset',
    action: 'Update',
    source: 'Orchestrator',
    weight: 3,
    target: (prng) => prng.pick(ASSETS),
    details: (prng, target) => ({
      AssetName: target,
      ValueType: 'Text',
      Value: prng.pick(['https://contoso.sharepoint.com/sites/rpa', '5', 'true']),
    }),
    secret: (prng, target) => ({
      AssetName: target,
      ValueType: 'Credential',
      CredentialUsername: 'svc-sap',
      CredentialPassword: `S4p!${prng.hex(8)}`,
    }),
  },
  {
    category: 'Asset',
    action: 'Delete',
    source: 'Orchestrator',
    weight: 0.5,
    target: (prng) => prng.pick(ASSETS),
    details: (_prng, target) => ({ AssetName: target }),
  },
  {
    category: 'Folder',
    action: 'Create',
    source: 'Orchestrator',
    weight: 0.5,
    target: (prng) => prng.pick(FOLDERS),
    details: (prng, target) => ({ FolderName: target, ProvisionType: prng.pick(['Manual', 'Automatic']) }),
  },
  {
    category: 'Folder',
    action: 'AssignUsers',
    source: 'Orchestrator',
    weight: 1.5,
    target: (prng) => prng.pick(FOLDERS),
    details: (prng, target) => ({
      FolderName: target,
      Users: prng.sample(PEOPLE, 2).map((person) => person.userName),
      Roles: ['Automation User'],
    }),
  },
  {
    category: 'Machine',
    action: 'Update',
    source: 'Orchestrator',
    weight: 1,
    target: (prng) => prng.pick(MACHINES),
    details: (prng, target) => ({ MachineName: target, Slots: prng.int(1, 4) }),
    secret: (prng, target) => ({ MachineName: target, ClientId: guid(prng), ClientSecret: prng.hex(32) }),
  },
  {
    category: 'Tenant',
    action: 'Update',
    source: 'Portal',
    weight: 0.6,
    target: (prng) => prng.pick(TENANTS),
    details: (prng, target) => ({ TenantName: target, ChangedFields: changed(prng, ['Region', 'Services', 'Name']) }),
  },
  {
    category: 'Tenant',
    action: 'Disable',
    source: 'Portal',
    weight: 0.2,
    target: () => 'UAT',
    details: (_prng, target) => ({ TenantName: target }),
  },
  {
    category: 'Tenant',
    action: 'Enable',
    source: 'Portal',
    weight: 0.2,
    target: () => 'UAT',
    details: (_prng, target) => ({ TenantName: target }),
  },
  {
    category: 'License',
    action: 'Allocate',
    source: 'Portal',
    weight: 0.8,
    target: (prng) => prng.pick(TENANTS),
    details: (prng, target) => ({
      TenantName: target,
      Product: prng.pick(['Unattended Robot', 'Attended User', 'Automation Developer']),
      Quantity: prng.int(1, 5),
    }),
  },
]

const VERBS: Record<MessageLanguage, Record<string, string>> = {
  en: {
    Create: 'was created',
    Update: 'was updated',
    Delete: 'was deleted',
    AddMember: 'had a member added',
    RemoveMember: 'had a member removed',
    RegenerateSecret: 'had its secret regenerated',
    AssignUsers: 'had users assigned',
    Disable: 'was disabled',
    Enable: 'was enabled',
    Allocate: 'had licenses allocated',
  },
  fr: {
    Create: 'a été créé',
    Update: 'a été modifié',
    Delete: 'a été supprimé',
    AddMember: 'a reçu un membre',
    RemoveMember: 'a perdu un membre',
    RegenerateSecret: 'a reçu un nouveau secret',
    AssignUsers: 'a reçu des utilisateurs',
    Disable: 'a été désactivé',
    Enable: 'a été activé',
    Allocate: 'a reçu des licences',
  },
  de: {
    Create: 'wurde erstellt',
    Update: 'wurde geändert',
    Delete: 'wurde gelöscht',
    AddMember: 'hat ein Mitglied erhalten',
    RemoveMember: 'hat ein Mitglied verloren',
    RegenerateSecret: 'hat ein neues Geheimnis erhalten',
    AssignUsers: 'hat Benutzer erhalten',
    Disable: 'wurde deaktiviert',
    Enable: 'wurde aktiviert',
    Allocate: 'hat Lizenzen erhalten',
  },
}
const BY: Record<MessageLanguage, string> = { en: 'by', fr: 'par', de: 'von' }

/** The sentence UiPath writes in `message`, in each demo language. */
export function messages(action: Action, target: string, person: Person): Record<MessageLanguage, string> {
  const who = person.userName
  if (action.category === 'User' && action.action === 'Login') {
    return {
      en: `User '${who}' logged in.`,
      fr: `L'utilisateur '${who}' s'est connecté.`,
      de: `Benutzer '${who}' hat sich angemeldet.`,
    }
  }
  if (action.category === 'User' && action.action === 'Logout') {
    return {
      en: `User '${who}' logged out.`,
      fr: `L'utilisateur '${who}' s'est déconnecté.`,
      de: `Benutzer '${who}' hat sich abgemeldet.`,
    }
  }
  const sentence = (language: MessageLanguage) =>
    `${action.category} '${target}' ${VERBS[language][action.action] ?? action.action} ${BY[language]} '${who}'.`
  return { en: sentence('en'), fr: sentence('fr'), de: sentence('de') }
}
