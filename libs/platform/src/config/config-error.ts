/** Raised when the environment does not satisfy a service's configuration schema. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: ReadonlyArray<{ variable: string; rule: string }>,
  ) {
    super(
      `Invalid configuration of ${service}:\n` +
        problems.map((p) => `  - ${p.variable}: ${p.rule}`).join('\n') +
        '\nEvery variable, its default and its rule are listed in docs/configuration.md.',
    );
    this.name = 'ConfigError';
  }
}
