import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, t=2, p=1): about 30 ms here, affordable per login, costly per guess.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let decoy: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown email) it verifies against a decoy, so the response
 * time does not reveal whether the email has an account.
 */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (hash === undefined) {
    decoy ??= hashPassword('decoy password for unknown emails').catch((error: unknown) => {
      decoy = undefined;
      throw error;
    });
    await argon2.verify(await decoy, password);
    return false;
  }
  return argon2.verify(hash, password);
}
