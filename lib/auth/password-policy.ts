/**
 * What `npm run user -- add` refuses as a password (scrypt makes guessing slow, not a weak
 * password strong). Pure: the CLI and its test call it. Length counts most, so 10 characters
 * at least; then the shapes that guessing lists try first.
 */
const COMMON = new Set([
  "password",
  "password1",
  "password12",
  "password123",
  "passw0rd",
  "123456789",
  "1234567890",
  "12345678910",
  "qwertyuiop",
  "qwerty1234",
  "qwerty12345",
  "1q2w3e4r5t",
  "iloveyou12",
  "letmein123",
  "welcome123",
  "admin12345",
  "administrator",
  "abc1234567",
  "abcdefghij",
  "0987654321",
  "changeme12",
  "trustno1234",
]);

export const MIN_PASSWORD_LENGTH = 10;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `the password is too short (at least ${MIN_PASSWORD_LENGTH} characters)`;
  if ([...password].length > 256) return "the password is too long (at most 256 characters)";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "the password is one of the most common ones";
  if (new Set(lower).size < 5) return "the password repeats too few characters (at least 5 different ones)";
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && lower.includes(local)) return "the password contains the account's name";
  if (/^(?:0123456789|1234567890|abcdefghij|qwertyuiop)+/.test(lower) && lower.length <= 12) return "the password is a keyboard or number run";
  return null;
}
