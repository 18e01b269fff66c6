/**
 * Cloud providers beside the keys in `cloud.ts`: IBM Cloud, Oracle Cloud, Tencent Cloud, the
 * Alibaba Cloud secret, Microsoft's identifiable Azure keys (Functions, AI services, Container
 * Registry), Google OAuth refresh tokens and Firebase Cloud Messaging server keys.
 */
import type { SecretRule } from '../contracts.js';
import { END_BASE64, WORD_START, assignedTo, END_VALUE } from './assigned.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const cloud = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'cloud' });

const byName = { confidence: 'medium', minEntropy: 3.5 } as const;

export const CLOUD_PROVIDER_RULES: readonly SecretRule[] = [
  // API keys are 44 characters: https://cloud.ibm.com/docs/account?topic=account-userapikey
  cloud({
    id: 'ibm-cloud-api-key',
    title: 'IBM Cloud API key',
    description: 'A 44-character IBM Cloud API key assigned to an IBM name (`IBMCLOUD_API_KEY=…`).',
    severity: 'critical',
    keywords: ['ibm'],
    pattern: assignedTo(`${WORD_START}ibm`, '[a-z0-9_-]{44}', END_URL),
    ...byName,
    remediation: rotateThenRemove('delete the key in IBM Cloud → Manage → Access (IAM) → API keys (or `ibmcloud iam api-key-delete`)')
  }),
  // Customer secret keys (S3-compatible) are 44 base64 characters:
  // https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcredentials.htm
  cloud({
    id: 'oracle-cloud-secret-key',
    title: 'Oracle Cloud customer secret key',
    description: 'A 44-character Oracle Cloud (OCI) customer secret key assigned to an OCI or Oracle secret name.',
    severity: 'critical',
    keywords: ['oci_', 'oci-', 'oracle'],
    pattern: assignedTo(String.raw`(?:${WORD_START}oci[_-]|oracle)[a-z0-9_.-]{0,20}secret`, '[a-z0-9+/]{43}=|[a-z0-9+/]{44}', END_BASE64),
    ...byName,
    remediation: rotateThenRemove('delete the customer secret key in the OCI Console → Identity → the user → Customer secret keys')
  }),
  // SecretId `AKID` + 32: https://www.tencentcloud.com/document/product/598/34228
  cloud({
    id: 'tencent-secret-id',
    title: 'Tencent Cloud SecretId',
    description: 'Tencent Cloud API SecretIds (`AKID` + 32 characters).',
    severity: 'high',
    keywords: ['akid'],
    pattern: rx`${START}AKID[A-Za-z0-9]{32}${END}`,
    remediation: rotateThenRemove('disable and delete the API key in the Tencent Cloud CAM console → API keys after creating a new one')
  }),
  cloud({
    id: 'tencent-secret-key',
    title: 'Tencent Cloud SecretKey',
    description: 'A 32-character Tencent Cloud SecretKey assigned to a Tencent or QCloud name.',
    severity: 'critical',
    keywords: ['tencent', 'qcloud'],
    pattern: assignedTo('tencent|qcloud', '[a-z0-9]{32}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('disable and delete the API key in the Tencent Cloud CAM console → API keys after creating a new one')
  }),
  // AccessKey secrets are 30 characters: https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
  cloud({
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    description: 'A 30-character Alibaba Cloud AccessKey secret assigned to an Alibaba, Aliyun or AliCloud name.',
    severity: 'critical',
    keywords: ['alibaba', 'aliyun', 'alicloud'],
    pattern: assignedTo('alibaba|aliyun|alicloud', '[a-z0-9]{30}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('disable and delete the AccessKey pair in the RAM console → Users → AccessKey, after creating a new one')
  }),
  // Identifiable function keys (`AzFu` at 44, `==` padding): https://learn.microsoft.com/azure/azure-functions/function-keys-how-to
  cloud({
    id: 'azure-functions-key',
    title: 'Azure Functions key',
    description: 'Azure Functions host and function keys in the identifiable format (`…AzFu…==`, 56 characters).',
    severity: 'high',
    keywords: ['azfu'],
    pattern: rx`${START}[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==${END_BASE64}`,
    remediation: rotateThenRemove('renew the key in the Azure portal → the function app → App keys (or the function\'s Function keys)')
  }),
  // Older keys have no marker: only one sent as `x-functions-key` or assigned to a functions key name.
  cloud({
    id: 'azure-functions-key-legacy',
    title: 'Azure Functions key (unmarked)',
    description: 'An Azure Functions key (40–60 base64 characters) sent as `x-functions-key` or assigned to a functions key name.',
    severity: 'high',
    keywords: ['functions-key', 'functions_key', 'function_key', 'functionkey', 'functionskey'],
    pattern: assignedTo(String.raw`functions?[_-]?key`, '[a-z0-9_/+-]{40,58}={0,2}', String.raw`(?![A-Za-z0-9_/+=-])`),
    ...byName,
    remediation: rotateThenRemove('renew the key in the Azure portal → the function app → App keys (or the function\'s Function keys)')
  }),
  // Identifiable AI services keys (84 characters, `ACOG` signature):
  // https://learn.microsoft.com/purview/sit-defn-azure-cognitive-service-key
  cloud({
    id: 'azure-ai-services-key',
    title: 'Azure AI services key',
    description: 'Azure AI services / Azure OpenAI keys in the 84-character identifiable format (`…JQQJ…ACOG…`).',
    severity: 'high',
    keywords: ['acog'],
    pattern: rx`${START}[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}ACOG[A-Za-z0-9]{4}${END}`,
    remediation: rotateThenRemove('regenerate the key in the Azure portal → the resource → Keys and Endpoint, after moving clients to the other key')
  }),
  // Older keys are 32 hex characters, sent as `api-key`: https://learn.microsoft.com/azure/ai-services/openai/reference
  cloud({
    id: 'azure-openai-key-legacy',
    title: 'Azure OpenAI / AI services key (32 hex)',
    description: 'A 32-hex-character Azure OpenAI or AI services key assigned to an Azure OpenAI, cognitive services or `Ocp-Apim-Subscription-Key` name.',
    severity: 'high',
    keywords: ['azure_openai', 'azure-openai', 'azureopenai', 'cognitive', 'ocp-apim-subscription-key'],
    pattern: assignedTo(String.raw`azure[_-]?openai|cognitive|ocp-apim-subscription-key`, '[a-f0-9]{32}', END_VALUE),
    ...byName,
    remediation: rotateThenRemove('regenerate the key in the Azure portal → the resource → Keys and Endpoint, after moving clients to the other key')
  }),
  // Identifiable registry passwords (52 characters, `+ACR` at 42):
  // https://learn.microsoft.com/purview/sit-defn-azure-container-registry-access-key
  cloud({
    id: 'azure-container-registry-password',
    title: 'Azure Container Registry password',
    description: 'Azure Container Registry access keys and token passwords in the identifiable format (`…+ACR…`, 52 characters).',
    severity: 'high',
    keywords: ['+acr'],
    pattern: rx`(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}${END_BASE64}`,
    remediation: rotateThenRemove('regenerate the password in the Azure portal → the registry → Access keys (or the token\'s passwords)')
  }),
  // Refresh tokens `1//0…`: https://developers.google.com/identity/protocols/oauth2#expiration
  cloud({
    id: 'google-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    description: 'Google OAuth 2.0 refresh tokens (`1//0` + 40 or more characters): new access tokens until revoked.',
    severity: 'high',
    keywords: ['1//0'],
    pattern: rx`(?<![A-Za-z0-9_/-])1//0[A-Za-z0-9_-]{40,300}${END_URL}`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('revoke it at https://myaccount.google.com/permissions (or `https://oauth2.googleapis.com/revoke?token=…`), and rotate the OAuth client secret that goes with it')
  }),
  // Legacy FCM server keys `AAAA…:APA91b…`: https://firebase.google.com/docs/cloud-messaging/auth-server
  cloud({
    id: 'firebase-cloud-messaging-server-key',
    title: 'Firebase Cloud Messaging server key',
    description: 'Legacy Firebase Cloud Messaging server keys (`AAAA` + 7 + `:APA91b` + 134 characters): push to every app user.',
    severity: 'high',
    keywords: ['apa91b'],
    pattern: rx`${START}AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}${END_URL}`,
    remediation: rotateThenRemove('delete the server key in the Firebase console → Project settings → Cloud Messaging, and migrate to the HTTP v1 API')
  })
];
