import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CreateBootstrapAdminHandler } from '../commands/create-bootstrap-admin/create-bootstrap-admin.handler';

/**
 * At start-up, makes sure the configured first staff account exists. A start-up hook is
 * how this use case is triggered, as a timer triggers a scheduler's: so it is transport,
 * and the work is a command handler like any other.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  constructor(private readonly createBootstrapAdmin: CreateBootstrapAdminHandler) {}

  onApplicationBootstrap(): Promise<void> {
    return this.createBootstrapAdmin.execute();
  }
}
