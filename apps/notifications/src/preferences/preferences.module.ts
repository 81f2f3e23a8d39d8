import { Module } from '@nestjs/common';
import { UpdatePreferencesHandler } from './commands/update-preferences/update-preferences.handler';
import { GetPreferencesHandler } from './queries/get-preferences/get-preferences.handler';
import { PreferencesRpcController } from './transport/preferences.rpc-controller';

/** Each person's notification preferences: categories per channel, quiet hours, the digest. The planner reads them. */
@Module({
  controllers: [PreferencesRpcController],
  providers: [GetPreferencesHandler, UpdatePreferencesHandler],
})
export class PreferencesModule {}
