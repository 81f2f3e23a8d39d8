import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/gateway';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { PasswordHasher } from './password-hasher';

/**
 * Makes sure the configured first staff account exists, so a new deployment can be
 * administered. An existing account is left as it is: its password may have been
 * changed since, and restarting must not reset it.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdmin.name);

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.options.BOOTSTRAP_ADMIN_EMAIL.toLowerCase();
    if (await this.db.account.findUnique({ where: { email }, select: { id: true } })) return;
    const id = uuidv7();
    const passwordHash = await this.hasher.hash(this.options.BOOTSTRAP_ADMIN_PASSWORD);
    await this.db.account
      .create({
        data: {
          id,
          email,
          displayName: 'Network administrator',
          status: 'active',
          passwordHash,
          emailVerifiedAt: new Date(),
          grants: { create: { id: uuidv7(), role: 'network-staff' } },
        },
      })
      .then(() => this.logger.log(`bootstrap staff account ${email} created`))
      // Another replica starting at the same moment may have created it first.
      .catch((error: unknown) => {
        if (!/Unique constraint/i.test(String(error))) throw error;
      });
  }
}
