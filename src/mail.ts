import nodemailer from 'nodemailer'
import type { Email, MailTransport } from './domain/outbox/index.js'

/** SMTP through nodemailer when SMTP_URL is set; otherwise emails wait in the in-app outbox. */
export function mailTransport(smtpUrl: string | undefined, from: string): MailTransport {
  if (!smtpUrl) return { configured: false, send: async () => {} }
  const transport = nodemailer.createTransport(smtpUrl)
  return {
    configured: true,
    async send(email: Email) {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text })
    },
  }
}
