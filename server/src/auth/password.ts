/**
 * Password hashing with Node's built-in scrypt (memory-hard). The stored text carries its own
 * parameters, so they can be raised later without invalidating older hashes.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
// N = 2^15, r = 8: 32 MiB per hash, about 60–100 ms on these machines.
const PARAMS = { N: 32768, r: 8, p: 1 };
export const MIN_PASSWORD_LENGTH = 10;

function scrypt(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 };
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export class PasswordPolicyError extends Error {}

export function checkPasswordPolicy(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new PasswordPolicyError(`密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Hashed once at start, so that a login for an unknown name costs as much as one for a real account. */
export const DUMMY_HASH = hashPassword(randomBytes(12).toString('hex'));
