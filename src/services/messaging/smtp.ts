/** @module Email over SMTP with nodemailer: the mail transport when `SMTP_URL` is set. */
import { createTransport } from 'nodemailer';
import type { MailTransport, OutgoingMail } from './transports.ts';

/**
 * A transport for `smtp://user:pass@host:587` (STARTTLS when the server offers it) or `smtps://…:465`. One pooled
 * connection: the delivery worker sends one message at a time per tick.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = createTransport(url, {});
  return {
    async send(mail: OutgoingMail) {
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        replyTo: mail.replyTo,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        inReplyTo: mail.inReplyTo,
        references: mail.inReplyTo,
        headers: mail.headers,
      });
      return { accepted: info.accepted.length > 0, response: info.response };
    },
    close: () => transporter.close(),
  };
}
