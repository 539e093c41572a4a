import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/src/config';

describe('configuration of the public address and the time budget', () => {
  it('defaults to the local address on the port, and 30 s a statement', () => {
    expect(loadConfig({ PORT: '4100' }, '/srv')).toMatchObject({ publicUrl: 'http://127.0.0.1:4100', statementTimeoutMs: 30_000 });
  });

  it('takes PUBLIC_URL without its trailing slash, and STATEMENT_TIMEOUT_MS in milliseconds', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://hub.example.gov.cn/ssj/', STATEMENT_TIMEOUT_MS: '5000' }, '/srv'))
      .toMatchObject({ publicUrl: 'https://hub.example.gov.cn/ssj', statementTimeoutMs: 5000 });
  });

  it('refuses what is not an address or not a sensible budget, in Chinese', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'hub.example.gov.cn' })).toThrow(new ConfigError('PUBLIC_URL 应为完整网址，如 https://hub.example.gov.cn，实为「hub.example.gov.cn」'));
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://hub' })).toThrow(ConfigError);
    expect(() => loadConfig({ PUBLIC_URL: 'https://hub/?x=1' })).toThrow(ConfigError);
    expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: '30s' })).toThrow(new ConfigError('STATEMENT_TIMEOUT_MS 应为 100–3600000 的整数（毫秒），实为「30s」'));
    expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: '0' })).toThrow(ConfigError);
  });
});
