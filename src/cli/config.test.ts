/** The configuration's checks on the messaging variables: each bad value is refused at start, by name. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';

const base = { DATABASE_URL: '' };

describe('SMTP_LISTEN', () => {
  it('is off unless set, and read as host and port', () => {
    expect(loadConfig({ ...base }).smtpListen).toBeNull();
    expect(loadConfig({ ...base, SMTP_LISTEN: '' }).smtpListen).toBeNull();
    expect(loadConfig({ ...base, SMTP_LISTEN: '127.0.0.1:2525' }).smtpListen).toEqual({
      host: '127.0.0.1',
      port: 2525,
    });
    expect(loadConfig({ ...base, SMTP_LISTEN: 'mail.internal:25' }).smtpListen).toEqual({
      host: 'mail.internal',
      port: 25,
    });
  });

  it.each(['2525', '127.0.0.1', '127.0.0.1:', '127.0.0.1:99999', 'smtp://127.0.0.1:2525', 'a b:25'])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => loadConfig({ ...base, SMTP_LISTEN: value })).toThrow(/Invalid configuration: SMTP_LISTEN/);
    },
  );
});

describe('SMS_PROVIDER_URL and SMS_FROM', () => {
  it('are both set, or neither', () => {
    expect(loadConfig({ ...base }).sms).toBeNull();
    expect(
      loadConfig({ ...base, SMS_PROVIDER_URL: 'https://AC1:tok@api.twilio.com', SMS_FROM: '+16175550100' })
        .sms,
    ).toEqual({ providerUrl: 'https://AC1:tok@api.twilio.com', from: '+16175550100' });
    expect(() => loadConfig({ ...base, SMS_PROVIDER_URL: 'https://AC1:tok@api.twilio.com' })).toThrow(
      /SMS_PROVIDER_URL and SMS_FROM/,
    );
    expect(() => loadConfig({ ...base, SMS_FROM: '+16175550100' })).toThrow(/SMS_PROVIDER_URL and SMS_FROM/);
  });

  it('refuses a provider URL without credentials, or not http(s), and a number not in E.164', () => {
    const from = '+16175550100';
    expect(() => loadConfig({ ...base, SMS_PROVIDER_URL: 'https://api.twilio.com', SMS_FROM: from })).toThrow(
      /SMS_PROVIDER_URL: must carry the account id and token/,
    );
    expect(() =>
      loadConfig({ ...base, SMS_PROVIDER_URL: 'https://AC1@api.twilio.com', SMS_FROM: from }),
    ).toThrow(/SMS_PROVIDER_URL: must carry the account id and token/);
    expect(() =>
      loadConfig({ ...base, SMS_PROVIDER_URL: 'ftp://AC1:tok@api.twilio.com', SMS_FROM: from }),
    ).toThrow(/SMS_PROVIDER_URL/);
    expect(() =>
      loadConfig({ ...base, SMS_PROVIDER_URL: 'https://AC1:tok@api.twilio.com', SMS_FROM: '617-555-0100' }),
    ).toThrow(/SMS_FROM: must be an E.164 number/);
  });
});

describe('PUBLIC_FIRM', () => {
  it('is null unless set (the oldest firm is public), and read as the slug', () => {
    expect(loadConfig({ ...base }).publicFirm).toBeNull();
    expect(loadConfig({ ...base, PUBLIC_FIRM: '' }).publicFirm).toBeNull();
    expect(loadConfig({ ...base, PUBLIC_FIRM: 'harbor-staffing' }).publicFirm).toBe('harbor-staffing');
  });

  it.each(['Harbor Staffing', 'harbor_staffing', '-harbor', 'harbor-', 'a'.repeat(101)])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => loadConfig({ ...base, PUBLIC_FIRM: value })).toThrow(/Invalid configuration: PUBLIC_FIRM/);
    },
  );
});
