import { Module } from '@nestjs/common';
import { SignedLinks } from './infra/signed-links';

/** The signed, expiring links emailed to referees and guardians (issue #13). */
@Module({ providers: [SignedLinks], exports: [SignedLinks] })
export class SignedLinksModule {}
