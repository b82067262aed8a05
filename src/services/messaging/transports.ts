/** @module How messages leave Waypoint: the interfaces the delivery worker sends through. */

export interface OutgoingMail {
  from: string;
  to: string;
  replyTo?: string | undefined;
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string | undefined;
  headers?: Record<string, string>;
}

/** Sends one email; resolves when the SMTP server accepted it, rejects with the reason otherwise. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ accepted: boolean; response: string }>;
  close(): void;
}

/** Sends one text message; resolves with the provider's id for it. */
export interface SmsProvider {
  readonly name: string;
  send(message: { to: string; body: string }): Promise<{ providerId: string }>;
  /** Whether an inbound webhook call (its full URL, form fields and signature header) really came from the provider. */
  verifyWebhook(url: string, params: Record<string, string>, signature: string): boolean;
}

export interface Transports {
  email: MailTransport | null;
  sms: SmsProvider | null;
  /** The address Waypoint's public pages are reached at (unsubscribe links). */
  publicUrl: string;
  /** The address mail is sent from (its display name is the sender's and the firm's). */
  mailFrom: string;
  /** Where replies go (Waypoint's own listener's address), when set; the sender's own address otherwise. */
  replyTo: string | null;
}

/** Whether a channel has a transport now (otherwise its messages wait in the outbox). */
export const hasTransport = (transports: Transports | undefined, channel: 'email' | 'sms'): boolean =>
  Boolean(transports?.[channel]);
