/**
 * @module Text messages over HTTP: an adapter for the Twilio Messages API (and the many providers that speak it).
 * `SMS_PROVIDER_URL=https://ACCOUNT_SID:AUTH_TOKEN@api.twilio.com` and `SMS_FROM=+16175550100`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SmsProvider } from './transports.ts';

/**
 * The provider's signature of a webhook call: HMAC-SHA1 with the auth token over the URL followed by every form
 * field's name and value, sorted by name, in base64 (Twilio's X-Twilio-Signature).
 */
export function webhookSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data =
    url +
    Object.keys(params)
      .sort()
      .map((k) => k + params[k])
      .join('');
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * A number as the provider's API takes it (E.164, `+` and digits): one written with `+` or the international `00`
 * keeps its country code; a national North-American number (10 digits, or 11 with the trunk 1) gets `+1` when the
 * sending number is North-American too. Anything else goes as it was written, for the provider to judge.
 */
export function toE164(number: string, from: string): string {
  const digits = number.replace(/\D/g, '');
  const trimmed = number.trim();
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (trimmed.startsWith('00') && digits.length > 9) return `+${digits.slice(2)}`;
  if (from.startsWith('+1')) {
    if (digits.length === 10) return `+1${digits}`;
    if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  }
  return trimmed;
}

export interface SmsHttpConfig {
  /** The API's base, without credentials, e.g. https://api.twilio.com */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
  timeoutMs?: number;
}

/** An error from the provider; `retryable` says whether trying again later can help (5xx, 429, the network). */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
}

/** Reads `SMS_PROVIDER_URL` (credentials in its user part) and `SMS_FROM`; throws naming what is wrong. */
export function smsConfigFrom(providerUrl: string, from: string): SmsHttpConfig {
  const url = new URL(providerUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('SMS_PROVIDER_URL must be an https:// URL');
  const accountSid = decodeURIComponent(url.username);
  const authToken = decodeURIComponent(url.password);
  if (!accountSid || !authToken)
    throw new Error('SMS_PROVIDER_URL must carry the account id and token: https://SID:TOKEN@host');
  url.username = '';
  url.password = '';
  return { baseUrl: url.toString().replace(/\/$/, ''), accountSid, authToken, from };
}

export function smsHttpProvider(config: SmsHttpConfig): SmsProvider {
  const endpoint = `${config.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const auth = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
  return {
    name: 'twilio-compatible',
    verifyWebhook(url, params, signature) {
      const expected = Buffer.from(webhookSignature(config.authToken, url, params));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
    async send({ to, body }) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            To: toE164(to, config.from),
            From: config.from,
            Body: body,
          }).toString(),
          signal: AbortSignal.timeout(config.timeoutMs ?? 15_000),
        });
      } catch (error) {
        throw new SmsSendError(`SMS provider unreachable: ${(error as Error).message}`, true);
      }
      const text = await response.text();
      let json: { sid?: unknown; message?: unknown } = {};
      try {
        json = JSON.parse(text) as typeof json;
      } catch {
        // Not JSON: the status says enough.
      }
      if (!response.ok) {
        const detail = typeof json.message === 'string' ? json.message : text.slice(0, 200);
        throw new SmsSendError(
          `SMS provider answered ${response.status}: ${detail}`,
          response.status >= 500 || response.status === 429,
        );
      }
      if (typeof json.sid !== 'string') throw new SmsSendError('SMS provider gave no message id', true);
      return { providerId: json.sid };
    },
  };
}
