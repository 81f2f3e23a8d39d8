import { describeServiceConfig } from '@scn/testing';
import { notificationsConfigSchema } from './config';

const load = describeServiceConfig('notifications', notificationsConfigSchema, {
  extraDefaults: { REDIS_URL: 'redis://127.0.0.1:6379', SMTP_URL: 'smtp://127.0.0.1:1025' },
  badValues: [
    ['REDIS_URL', 'http://cache:6379'],
    ['SMTP_URL', 'cache:25'],
  ],
});

it('accepts TLS variants of Redis and SMTP', () => {
  expect(load({ REDIS_URL: 'rediss://cache:6380', SMTP_URL: 'smtps://mail:465' })).toMatchObject({
    REDIS_URL: 'rediss://cache:6380',
    SMTP_URL: 'smtps://mail:465',
  });
});
