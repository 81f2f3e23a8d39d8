// The email channel (issue #6): templates rendered per recipient, sent over pooled SMTP.
export { EmailChannelSender } from './email-channel.sender';
export { EmailModule } from './email.module';
export type { EmailRecipient } from './notification-email';
export type { EmailConfig } from './smtp-transport';
