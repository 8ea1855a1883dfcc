import { CredentialsSignin } from 'next-auth';

/** Thrown by the credentials provider when a limit is hit; the sign-in action words it. */
export class SignInRateLimited extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}
